import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Article, Warning } from "../schema/index.js";

export interface ArticleOverrides {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  author?: string;
}

export interface IngestResult {
  article: Article;
  warnings: Warning[];
}

// Temporary minimal reader: plain UTF-8 text, first line as title, a leading " date YYYY-MM-DD".
export async function readArticle(path: string, overrides: ArticleOverrides = {}): Promise<IngestResult> {
  let text = await readFile(path, "utf8");
  let published: string | null = null;
  const dateLine = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(text);
  if (dateLine) {
    published = dateLine[1]!;
    text = text.slice(dateLine[0].length);
  }
  const title = text.split("\n").find((l) => l.trim())?.trim() ?? basename(path);
  const article: Article = {
    id: basename(path, extname(path)),
    path,
    format: "text",
    title: overrides.title ?? title,
    outlet: overrides.outlet ?? null,
    published: overrides.published ?? published,
    url: overrides.url ?? null,
    author: overrides.author ?? null,
    text: text.replace(/(\S) -(?=[a-z])/g, "$1-"),
  };
  return { article, warnings: [] };
}
