import { z } from "zod";

/** A calendar day, `YYYY-MM-DD`. */
export const IsoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((value) => isRealDay(value), "not a real calendar day");

function isRealDay(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const ArticleFormatSchema = z.enum(["text", "markdown", "html"]);

/**
 * One ingested article. `text` is the cleaned body every fact's offsets point into;
 * the title is kept apart so that offsets stay stable whatever the headline is.
 */
export const ArticleSchema = z.object({
  /** Stable identifier: the file name without its extension. */
  id: z.string().min(1),
  /** Path of the source file, relative to the briefing folder when inside it. */
  path: z.string(),
  format: ArticleFormatSchema,
  title: z.string(),
  outlet: z.string().nullable(),
  /** Publication day: the reference for relative dates. `null` leaves them unresolved. */
  published: IsoDaySchema.nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  /** Cleaned body text (debris stripped, spaces normalized). */
  text: z.string(),
});

export type Article = z.infer<typeof ArticleSchema>;
export type ArticleFormat = z.infer<typeof ArticleFormatSchema>;
