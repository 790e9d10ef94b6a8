import type { Actor, Article, Event, Fact, Figure, Quote, Warning } from "../schema/index.js";
import actors from "./actors.js";
import { analyzeArticle } from "./document.js";
import events from "./events.js";
import figures from "./figures.js";
import quotes from "./quotes.js";
import type { ExtractContext, Extractor } from "./types.js";

/**
 * The extraction chain, in order. Later steps read what earlier ones found through `ctx.facts`
 * (quotes resolve speakers against the actors). Disable one by leaving it out of `only`.
 */
export const extractors: ReadonlyArray<readonly [name: string, run: Extractor]> = [
  ["actors", actors],
  ["quotes", quotes],
  ["events", events],
  ["figures", figures],
];

export interface ArticleFacts {
  article: Article;
  actors: Actor[];
  quotes: Quote[];
  events: Event[];
  figures: Figure[];
  warnings: Warning[];
}

export interface ExtractOptions {
  /** Run only these extractors (by name), in chain order. */
  only?: readonly string[];
}

/** Runs the chain over one article. Pure: no I/O, no clock. */
export function extractArticle(article: Article, options: ExtractOptions = {}): ArticleFacts {
  const doc = analyzeArticle(article);
  const ctx: ExtractContext = { facts: [], warnings: [] };
  for (const [name, run] of extractors) {
    if (options.only && !options.only.includes(name)) continue;
    ctx.facts.push(...run(doc, ctx));
  }
  return {
    article,
    actors: ctx.facts.filter((f): f is Actor => f.kind === "actor"),
    quotes: ctx.facts.filter((f): f is Quote => f.kind === "quote"),
    events: ctx.facts.filter((f): f is Event => f.kind === "event"),
    figures: ctx.facts.filter((f): f is Figure => f.kind === "figure"),
    warnings: ctx.warnings,
  };
}

export type { ArticleDoc, Sentence, Span, Token } from "./document.js";
export { analyzeArticle, sentenceAt } from "./document.js";
export type { ExtractContext, Extractor } from "./types.js";
export { factId } from "./ids.js";
export { sourceRef } from "./refs.js";
export type { Fact };
