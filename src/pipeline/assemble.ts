import { extractArticle } from "../extract/index.js";
import { findDisagreements } from "../facts/disagreements.js";
import { mergeArticleFacts } from "../facts/merge.js";
import type { BriefingConfig, BriefingFacts, Source } from "../schema/index.js";
import type { LoadedBriefing } from "./load.js";

/**
 * Extracts every article and merges the facts across them: pure, so `extract`, `check`, `build`
 * and `eval` all see exactly the same facts.
 */
export function assembleFacts(loaded: Pick<LoadedBriefing, "articles" | "config" | "warnings">): BriefingFacts {
  const perArticle = loaded.articles.map((article) => extractArticle(article));
  const merged = mergeArticleFacts(perArticle);
  return {
    sources: loaded.articles.map((article) => toSource(article, loaded.config)),
    ...merged,
    disagreements: findDisagreements(merged.figures, loaded.articles, merged.actors),
    warnings: [...loaded.warnings, ...perArticle.flatMap((a) => a.warnings)],
  };
}

function toSource({ text: _text, ...article }: LoadedBriefing["articles"][number], config: BriefingConfig): Source {
  return { ...article, grade: config.sources[article.id]?.grade ?? null };
}
