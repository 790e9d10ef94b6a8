import { z } from "zod";
import { IsoDaySchema } from "./article.js";

/** Traffic Light Protocol 2.0 labels; anything else in `handling` is printed as free text. */
export const TLP_LABELS = ["TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"] as const;

/** The Admiralty (NATO) grading of a source: reliability A–F and credibility 1–6, e.g. `B2`. */
export const SourceGradeSchema = z
  .string()
  .regex(/^[A-F][1-6]$/, "expected an Admiralty grade: a letter A–F then a digit 1–6, e.g. B2");

/** Metadata a person gives a source when the article file lacks it; keyed by article id (file name without extension). */
export const SourceMetaSchema = z
  .object({
    title: z.string().min(1).optional(),
    outlet: z.string().min(1).optional(),
    published: IsoDaySchema.optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    author: z.string().min(1).optional(),
    grade: SourceGradeSchema.optional(),
  })
  .strict();

export const PaperSchema = z.enum(["a4", "letter"]);

/** A fact's stable ID as `briefing extract` prints it: a kind letter and eight hex digits. */
export const FactIdSchema = z.string().regex(/^[qefa]-[0-9a-f]{8}$/, "expected a fact ID as `briefing extract` prints it, e.g. q-3f9a1c2b");

export const BriefingConfigSchema = z
  .object({
    title: z.string().min(1),
    subtitle: z.string().min(1).optional(),
    report_number: z.string().min(1).optional(),
    /** The day the briefing speaks for; defaults to the newest article's date. */
    as_of: IsoDaySchema.optional(),
    period: z
      .object({ from: IsoDaySchema, to: IsoDaySchema })
      .strict()
      .refine((p) => p.from <= p.to, "period.from must not be after period.to")
      .optional(),
    /** Handling marking printed on every page: a TLP label or free text such as "FOR TRAINING USE". */
    handling: z.string().min(1).optional(),
    author: z.string().min(1).optional(),
    paper: PaperSchema.default("a4"),
    /** The built-in look: a standard brief, or a compact one-page flash update (`styles/<style>.css`). */
    style: z.enum(["standard", "flash"]).default("standard"),
    /** BCP 47 locale for dates and numbers (en-GB, en-US, fr-FR …). */
    locale: z.string().min(2).default("en-GB"),
    /** Key takeaways, each a line of Markdown. */
    takeaways: z.array(z.string().min(1)).default([]),
    /** Bottom line up front, in Markdown (raw HTML is not rendered). */
    summary: z.string().optional(),
    timeline: z
      .object({
        order: z.enum(["oldest-first", "newest-first"]).default("oldest-first"),
        max: z.number().int().positive().optional(),
      })
      .strict()
      .default({ order: "oldest-first" }),
    quotes: z.object({ max: z.number().int().positive().optional() }).strict().default({}),
    figures: z.object({ max: z.number().int().positive().optional() }).strict().default({}),
    sources: z.record(z.string(), SourceMetaSchema).default({}),
    /** Facts to print whatever the selection says, by ID. */
    pin: z.array(FactIdSchema).default([]),
    /** Facts never to print, by ID. */
    drop: z.array(FactIdSchema).default([]),
  })
  .strict()
  .refine((c) => !c.pin.some((id) => c.drop.includes(id)), { message: "a fact cannot be both pinned and dropped", path: ["drop"] });

export type BriefingConfig = z.infer<typeof BriefingConfigSchema>;
export type BriefingConfigInput = z.input<typeof BriefingConfigSchema>;
export type SourceMeta = z.infer<typeof SourceMetaSchema>;
export type Paper = z.infer<typeof PaperSchema>;
