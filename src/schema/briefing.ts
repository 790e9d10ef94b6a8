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

/** A date as precise as the analyst knows it: `2017-06-06`, `2017-06` or `2017`. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected a date as YYYY-MM-DD, YYYY-MM or YYYY")
  .refine((value) => value.length < 10 || IsoDaySchema.safeParse(value).success, "not a real calendar day")
  .refine((value) => value.length < 7 || (Number(value.slice(5, 7)) >= 1 && Number(value.slice(5, 7)) <= 12), "not a real month");

/**
 * The analyst's correction of one extracted fact. A quote's words are verbatim and stay as the
 * source gives them; an event's sentence is a paraphrase and may be reworded.
 */
export const FactEditSchema = z
  .object({
    speaker: z.string().min(1).optional(),
    role: z.string().min(1).optional(),
    date: PartialDateSchema.optional(),
    text: z.string().min(1).optional(),
  })
  .strict()
  .refine((edit) => Object.keys(edit).length > 0, "an edit needs at least one of speaker, role, date, text");

/** A fact the extraction missed. Its text must be found verbatim in the article it cites. */
export const AddedQuoteSchema = z
  .object({
    kind: z.literal("quote"),
    article: z.string().min(1),
    text: z.string().min(1),
    speaker: z.string().min(1).optional(),
    role: z.string().min(1).optional(),
    date: PartialDateSchema.optional(),
  })
  .strict();

export const AddedEventSchema = z
  .object({ kind: z.literal("event"), article: z.string().min(1), text: z.string().min(1), date: PartialDateSchema })
  .strict();

/** The analyst's own words: printed as an analyst's note, never as sourced fact. */
export const AnalystNoteSchema = z.object({ kind: z.literal("note"), text: z.string().min(1), date: PartialDateSchema.optional() }).strict();

export const AdditionSchema = z.discriminatedUnion("kind", [AddedQuoteSchema, AddedEventSchema, AnalystNoteSchema]);

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
    quotes: z
      .object({
        max: z.number().int().positive().optional(),
        /** How many quotes one speaker may have; by default one in a short list (≤ 4), else two. */
        per_speaker: z.number().int().positive().optional(),
      })
      .strict()
      .default({}),
    figures: z.object({ max: z.number().int().positive().optional() }).strict().default({}),
    sources: z.record(z.string(), SourceMetaSchema).default({}),
    /** Facts to print whatever the selection says, by ID. */
    pin: z.array(FactIdSchema).default([]),
    /** Facts never to print, by ID. */
    drop: z.array(FactIdSchema).default([]),
    /** Corrections by ID: a speaker, role, date, or an event's wording. */
    edit: z.record(FactIdSchema, FactEditSchema).default({}),
    /** Facts the extraction missed (verbatim from a cited article) and the analyst's own notes. */
    add: z.array(AdditionSchema).default([]),
    /**
     * Source notes at the foot of each page that cites them (`footnotes`, laid out by the paged-media
     * polyfill) or only in the numbered list at the end (`endnotes`, the simpler and faster layout).
     */
    notes: z.enum(["footnotes", "endnotes"]).default("footnotes"),
    /** Print every extracted fact that the selection left out in an annex at the end. */
    annex: z.boolean().default(false),
    /** The most pages the brief may take; a longer PDF is a warning naming what to trim. */
    pages: z.number().int().positive().optional(),
  })
  .strict()
  .refine((c) => !c.pin.some((id) => c.drop.includes(id)), { message: "a fact cannot be both pinned and dropped", path: ["drop"] });

export type BriefingConfig = z.infer<typeof BriefingConfigSchema>;
export type BriefingConfigInput = z.input<typeof BriefingConfigSchema>;
export type FactEdit = z.infer<typeof FactEditSchema>;
export type Addition = z.infer<typeof AdditionSchema>;
export type SourceMeta = z.infer<typeof SourceMetaSchema>;
export type Paper = z.infer<typeof PaperSchema>;
