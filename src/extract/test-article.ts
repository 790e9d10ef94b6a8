import type { Article } from "../schema/index.js";

/** A one-off article for extractor tests: `text` as given, published on `published`. */
export function testArticle(text: string, published: string | null = "2017-06-09", id = "t"): Article {
  return { id, path: `${id}.txt`, format: "text", title: "Test", outlet: null, published, url: null, author: null, text };
}
