import type { ArticleFacts } from "../extract/index.js";
import { curate } from "../facts/curate.js";
import { findDisagreements } from "../facts/disagreements.js";
import { mergeArticleFacts } from "../facts/merge.js";
import { selectFacts } from "../facts/select.js";
import type { BriefingConfig, BriefingFacts, Source } from "../schema/index.js";
import { extractMany } from "./extract-many.js";
import type { LoadedBriefing } from "./load.js";

type AssembleInput = Pick<LoadedBriefing, "articles" | "config" | "warnings"> & Partial<Pick<LoadedBriefing, "configFile" | "configLines">>;

/**
 * Extracts every article, merges the facts across them, applies the analyst's pins, drops, edits
 * and additions, then ranks and selects: pure, so `extract`, `check`, `build` and `eval` all see
 * exactly the same facts. A large corpus is extracted in worker threads (see extractMany).
 */
export async function assembleFacts(loaded: AssembleInput): Promise<BriefingFacts> {
  return assembleExtracted(await extractMany(loaded.articles), loaded);
}

/** Everything after extraction: merge, curate, rank and select (what the selection bench times). */
export function assembleExtracted(perArticle: ArticleFacts[], loaded: AssembleInput): BriefingFacts {
  const merged = mergeArticleFacts(perArticle);
  const { facts, curation, warnings } = curate(
    { ...merged, disagreements: findDisagreements(merged.figures, loaded.articles, merged.actors) },
    loaded.config,
    { file: loaded.configFile ?? null, articles: loaded.articles, ...(loaded.configLines ? { lineOf: loaded.configLines } : {}) },
  );
  const sources = loaded.articles.map((article) => toSource(article, loaded.config));
  return {
    ...selectFacts({ ...facts, sources }, loaded.config, new Set(curation.pinned)),
    curation,
    warnings: [...loaded.warnings, ...perArticle.flatMap((a) => a.warnings), ...warnings],
  };
}

function toSource({ text: _text, ...article }: LoadedBriefing["articles"][number], config: BriefingConfig): Source {
  return { ...article, grade: config.sources[article.id]?.grade ?? null };
}
