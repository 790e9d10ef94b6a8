import { extractArticle } from "../extract/index.js";
import { curate } from "../facts/curate.js";
import { findDisagreements } from "../facts/disagreements.js";
import { mergeArticleFacts } from "../facts/merge.js";
import type { BriefingConfig, BriefingFacts, Source } from "../schema/index.js";
import type { LoadedBriefing } from "./load.js";

/**
 * Extracts every article and merges the facts across them: pure, so `extract`, `check`, `build`
 * and `eval` all see exactly the same facts.
 */
export function assembleFacts(loaded: Pick<LoadedBriefing, "articles" | "config" | "warnings"> & Partial<Pick<LoadedBriefing, "configFile" | "configLines">>): BriefingFacts {
  const perArticle = loaded.articles.map((article) => extractArticle(article));
  const merged = mergeArticleFacts(perArticle);
  const { facts, curation, warnings } = curate(
    { ...merged, disagreements: findDisagreements(merged.figures, loaded.articles, merged.actors) },
    loaded.config,
    { file: loaded.configFile ?? null, ...(loaded.configLines ? { lineOf: loaded.configLines } : {}) },
  );
  return {
    sources: loaded.articles.map((article) => toSource(article, loaded.config)),
    ...facts,
    curation,
    warnings: [...loaded.warnings, ...perArticle.flatMap((a) => a.warnings), ...warnings],
  };
}

function toSource({ text: _text, ...article }: LoadedBriefing["articles"][number], config: BriefingConfig): Source {
  return { ...article, grade: config.sources[article.id]?.grade ?? null };
}
