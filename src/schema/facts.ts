import { z } from "zod";
import { ArticleSchema } from "./article.js";
import { ActorSchema, AnalystNoteFactSchema, DisagreementSchema, EventSchema, FigureSchema, QuoteSchema, RankSchema } from "./fact.js";
import { WarningSchema } from "./warning.js";

/** An article as the briefing cites it: everything but the body text. */
export const SourceSchema = ArticleSchema.omit({ text: true }).extend({
  /** Admiralty grade given in briefing.yaml, e.g. `B2`. */
  grade: z.string().nullable(),
});

/** One field the analyst corrected: the extracted value and the analyst's. */
export const EditRecordSchema = z.object({ id: z.string(), field: z.string(), from: z.string().nullable(), to: z.string(), line: z.number().int().positive().nullable() });

export const CurationSchema = z.object({
  pinned: z.array(z.string()),
  dropped: z.array(z.string()),
  edited: z.array(EditRecordSchema),
  /** IDs of facts and notes the analyst added by hand. */
  added: z.array(z.string()),
});

/**
 * Every fact of a briefing after merging across articles: what `briefing extract` prints
 * and what the renderer selects from.
 */
export const BriefingFactsSchema = z.object({
  sources: z.array(SourceSchema),
  quotes: z.array(QuoteSchema.extend({ rank: RankSchema })),
  events: z.array(EventSchema.extend({ rank: RankSchema })),
  figures: z.array(FigureSchema.extend({ rank: RankSchema })),
  actors: z.array(ActorSchema),
  disagreements: z.array(DisagreementSchema),
  notes: z.array(AnalystNoteFactSchema),
  /** What the analyst changed in briefing.yaml, so the brief is auditable. */
  curation: CurationSchema,
  warnings: z.array(WarningSchema),
});

export type Source = z.infer<typeof SourceSchema>;
export type Curation = z.infer<typeof CurationSchema>;
export type EditRecord = z.infer<typeof EditRecordSchema>;
export type RankedQuote = BriefingFacts["quotes"][number];
export type RankedEvent = BriefingFacts["events"][number];
export type RankedFigure = BriefingFacts["figures"][number];
export type BriefingFacts = z.infer<typeof BriefingFactsSchema>;
