import type { SourceRef } from "../schema/index.js";
import type { ArticleDoc } from "./document.js";

/** The source reference for `[start, end)` of an article: offsets plus the verbatim excerpt. */
export function sourceRef(doc: ArticleDoc, start: number, end: number): SourceRef {
  return { article: doc.article.id, start, end, excerpt: doc.text.slice(start, end) };
}
