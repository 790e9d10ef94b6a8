import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseYaml } from "../config/yaml.js";
import { readArticle } from "../ingest/index.js";
import { extractNaming } from "../pipeline/extract-many.js";
import { GoldFileSchema } from "./gold.js";
import { addCounts, emptyCounts, scoreArticle, type ArticleScore, type EvalCounts } from "./score.js";

export interface EvalSet {
  goldDir: string;
  articlesDir: string;
}

export interface EvalReport {
  sets: Array<{ goldDir: string; counts: EvalCounts; articles: ArticleScore[] }>;
  counts: EvalCounts;
}

/**
 * Reads every `*.gold.yaml` of each set, extracts its article exactly as `build` does (with the
 * gold's `published` date as the publication date) and scores it.
 */
export async function runEval(sets: EvalSet[]): Promise<EvalReport> {
  const report: EvalReport = { sets: [], counts: emptyCounts() };
  for (const set of sets) {
    const names = (await readdir(set.goldDir)).filter((n) => n.endsWith(".gold.yaml")).sort();
    const articles: ArticleScore[] = [];
    const counts = emptyCounts();
    for (const name of names) {
      const file = join(set.goldDir, name);
      const gold = parseYaml(await readFile(file, "utf8"), file, GoldFileSchema);
      const { article } = await readArticle(join(set.articlesDir, gold.article));
      const facts = extractNaming({ ...article, published: gold.published });
      const score = scoreArticle(gold, facts);
      articles.push(score);
      addCounts(counts, score.counts);
    }
    report.sets.push({ goldDir: set.goldDir, counts, articles });
    addCounts(report.counts, counts);
  }
  return report;
}

/** The ratios a script can rely on (`briefing eval --json`). */
export function summarize(counts: EvalCounts) {
  const q = counts.quotes;
  const precision = ratio(q.systemCorrect, q.system);
  const recall = ratio(q.goldFound, q.gold);
  return {
    quotes: {
      precision,
      recall,
      f1: round(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)),
      speakerAccuracy: ratio(q.speakerCorrect, q.speakerChecked),
    },
    events: { recall: ratio(counts.events.goldFound, counts.events.gold), dateAccuracy: ratio(counts.events.dateCorrect, counts.events.goldFound) },
    figures: { precision: ratio(counts.figures.systemCorrect, counts.figures.system), recall: ratio(counts.figures.goldFound, counts.figures.gold) },
  };
}

export type EvalSummary = ReturnType<typeof summarize>;

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : round(a / b);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
