import { z } from "zod";
import { ArticleSchema } from "./article.js";
import { ActorSchema, DisagreementSchema, EventSchema, FigureSchema, QuoteSchema } from "./fact.js";
import { WarningSchema } from "./warning.js";

/** An article as the briefing cites it: everything but the body text. */
export const SourceSchema = ArticleSchema.omit({ text: true }).extend({
  /** Admiralty grade given in briefing.yaml, e.g. `B2`. */
  grade: z.string().nullable(),
});

/**
 * Every fact of a briefing after merging across articles: what `briefing extract` prints
 * and what the renderer selects from.
 */
export const BriefingFactsSchema = z.object({
  sources: z.array(SourceSchema),
  quotes: z.array(QuoteSchema),
  events: z.array(EventSchema),
  figures: z.array(FigureSchema),
  actors: z.array(ActorSchema),
  disagreements: z.array(DisagreementSchema),
  /** What the analyst changed in briefing.yaml, so the brief is auditable. */
  curation: z.object({ pinned: z.array(z.string()), dropped: z.array(z.string()) }),
  warnings: z.array(WarningSchema),
});

export type Source = z.infer<typeof SourceSchema>;
export type BriefingFacts = z.infer<typeof BriefingFactsSchema>;
