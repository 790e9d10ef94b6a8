import { z } from "zod";

/** Where a fact was read: an article, character offsets into its cleaned text, and the verbatim span. */
export const SourceRefSchema = z.object({
  article: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Always `article.text.slice(start, end)`. */
  excerpt: z.string(),
});

export const DatePrecisionSchema = z.enum(["day", "week", "month", "year"]);

/**
 * A date resolved against the article's publication date, at the precision the text gives:
 * `2016-11-05` (day), `2017-W22` (ISO week), `2016-11` (month), `2016` (year).
 */
export const ResolvedDateSchema = z.object({
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/),
  precision: DatePrecisionSchema,
  /** "late last year", "early 2016", "around March": the text itself hedges. */
  approximate: z.boolean(),
});

/** A date expression as written, and its resolution (null when there was no publication date). */
export const DateMentionSchema = z.object({
  expression: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  resolved: ResolvedDateSchema.nullable(),
});

export const QuoteSchema = z.object({
  kind: z.literal("quote"),
  id: z.string(),
  /** The words inside the quotation marks, verbatim (several spans joined when a quote is interrupted). */
  text: z.string(),
  /** Who said it, as the article names them; null when the article does not say. */
  speaker: z.string().nullable(),
  /** The speaker's role where the text gives it ("the spokesman for the SDF"). */
  role: z.string().nullable(),
  /** Id of the actor the speaker was resolved to, when there is one. */
  actor: z.string().nullable(),
  /** A fragment woven into the reporter's own sentence rather than a full statement. */
  partial: z.boolean(),
  /** When the words were said or written, where the sentence dates it. */
  said: ResolvedDateSchema.nullable(),
  sources: z.array(SourceRefSchema).min(1),
});

export const EventSchema = z.object({
  kind: z.literal("event"),
  id: z.string(),
  /** The sentence stating the happening, verbatim. */
  text: z.string(),
  date: DateMentionSchema,
  sources: z.array(SourceRefSchema).min(1),
});

export const FigureSchema = z.object({
  kind: z.literal("figure"),
  id: z.string(),
  value: z.number(),
  /** Unit of measure where there is one ("km", "square miles", "%", "USD"). */
  unit: z.string().nullable(),
  /** What is counted ("people", "jihadists", "fighters"). */
  counts: z.string().nullable(),
  /** "more than", "up to", "about", "tens of thousands": the figure is not exact. */
  qualifier: z.string().nullable(),
  approximate: z.boolean(),
  /** Who gives the figure, where the sentence says ("SANA", "the Observatory"). */
  attribution: z.string().nullable(),
  /** The figure's phrase, verbatim. */
  text: z.string(),
  /** The clause around the figure, verbatim: what a reader needs to know what it counts. */
  context: z.string(),
  sources: z.array(SourceRefSchema).min(1),
});

export const ActorTypeSchema = z.enum(["person", "organisation", "place"]);

export const ActorSchema = z.object({
  kind: z.literal("actor"),
  id: z.string(),
  /** The fullest name the sources use. */
  name: z.string(),
  type: ActorTypeSchema,
  /** Every other name the sources use for the same actor (surname, acronym, spelling variant). */
  aliases: z.array(z.string()),
  /** Titles and roles the sources give ("Brig. Gen.", "the spokesman for the SDF"). */
  roles: z.array(z.string()),
  mentions: z.number().int().nonnegative(),
  sources: z.array(SourceRefSchema).min(1),
});

export const FactSchema = z.discriminatedUnion("kind", [QuoteSchema, EventSchema, FigureSchema, ActorSchema]);

/** Figures from different sources about the same quantity that do not agree. */
export const DisagreementSchema = z.object({
  id: z.string(),
  /** What the claims are about, in a few words ("killed in airstrikes"). */
  topic: z.string(),
  claims: z.array(
    z.object({
      figure: z.string(),
      value: z.number(),
      text: z.string(),
      attribution: z.string().nullable(),
      sources: z.array(SourceRefSchema).min(1),
    }),
  ).min(2),
});

/** Why the selection ranked a fact where it did: a score and the signals behind it, in words. */
export const RankSchema = z.object({
  score: z.number(),
  /** Chosen for the brief (within its section's budget, or pinned). */
  selected: z.boolean(),
  why: z.array(z.string()),
});

/** The analyst's own words from briefing.yaml: printed as a note, never as sourced fact. */
export const AnalystNoteFactSchema = z.object({
  kind: z.literal("note"),
  id: z.string(),
  text: z.string(),
  date: ResolvedDateSchema.nullable(),
});

export type Rank = z.infer<typeof RankSchema>;
export type AnalystNote = z.infer<typeof AnalystNoteFactSchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;
export type ResolvedDate = z.infer<typeof ResolvedDateSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type ActorType = z.infer<typeof ActorTypeSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type FactKind = Fact["kind"];
export type Disagreement = z.infer<typeof DisagreementSchema>;
