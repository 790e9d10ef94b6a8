import { z } from "zod";

const GoldDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/, "expected YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www");

/**
 * One hand-made answer file (`<article>.gold.yaml`). A category left out is not scored;
 * an empty list says the article has none. Extra keys (source, licence, corpus) are allowed.
 */
export const GoldFileSchema = z.looseObject({
  article: z.string().min(1),
  published: z.union([z.string(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)),
  quotes: z
    .array(z.object({ text: z.coerce.string(), speaker: z.string().nullable(), optional: z.boolean().optional() }))
    .nullish(),
  events: z
    .array(
      z.object({
        date: z.union([z.string(), z.number(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v))).pipe(GoldDateSchema),
        text: z.coerce.string(),
        optional: z.boolean().optional(),
      }),
    )
    .nullish(),
  figures: z
    .array(z.object({ value: z.number(), text: z.coerce.string(), optional: z.boolean().optional() }))
    .nullish(),
});

export type GoldFile = z.infer<typeof GoldFileSchema>;
export type GoldQuote = NonNullable<GoldFile["quotes"]>[number];
export type GoldEvent = NonNullable<GoldFile["events"]>[number];
export type GoldFigure = NonNullable<GoldFile["figures"]>[number];
