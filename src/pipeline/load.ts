import { stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { loadBriefingConfig } from "../config/load.js";
import { ConfigError, IngestError } from "../errors.js";
import { listArticleFiles, readArticle } from "../ingest/index.js";
import type { Article, BriefingConfig, Warning } from "../schema/index.js";

/** Everything read from a briefing folder: the "read" of read → assemble → apply. */
export interface LoadedBriefing {
  dir: string;
  config: BriefingConfig;
  configFile: string | null;
  /** The line of a value in briefing.yaml, for warnings that point at it. */
  configLines: (path: Array<string | number>) => number | undefined;
  articles: Article[];
  warnings: Warning[];
}

/** Reads `<dir>/briefing.yaml` and every article under `<dir>/articles/`. */
export async function loadBriefing(dirInput: string): Promise<LoadedBriefing> {
  const dir = resolve(dirInput);
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new ConfigError("no such briefing folder", { file: dirInput });
  const { config, file, lineOf, warnings } = await loadBriefingConfig(dir);
  const articlesDir = join(dir, "articles");
  const files = await listArticleFiles(articlesDir);
  if (files.length === 0) throw new IngestError("no articles: add .txt, .md or .html files to this folder", { file: articlesDir });
  const articles: Article[] = [];
  for (const path of files) {
    const id = path.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
    const result = await readArticle(path, config.sources[id] ?? {});
    // Paths relative to the briefing folder: the JSON and the PDF do not leak where a machine keeps it.
    articles.push({ ...result.article, path: relative(dir, path) });
    warnings.push(...result.warnings);
  }
  const unknown = Object.keys(config.sources).filter((id) => !articles.some((a) => a.id === id));
  for (const id of unknown) {
    warnings.push({ code: "unknown-source", message: `sources.${id} names no article in ${articlesDir}`, ...(file ? { file } : {}) });
  }
  return { dir, config, configFile: file, configLines: lineOf, articles, warnings };
}
