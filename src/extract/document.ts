import { createRequire } from "node:module";
import winkNLP from "wink-nlp";
import type { Article } from "../schema/index.js";

const require = createRequire(import.meta.url);

/** A half-open character range `[start, end)` into an article's text. */
export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, PUNCT …). */
  pos: string;
}

export interface Sentence extends Span {
  text: string;
  /** Index into `paragraphs`. */
  paragraph: number;
  /** Index range into `tokens`, `[firstToken, lastToken]` inclusive. */
  tokens: [number, number];
}

/**
 * An article segmented once, for every extractor to share: paragraphs (blank-line separated),
 * sentences and tokens, each with offsets into `article.text`.
 */
export interface ArticleDoc {
  article: Article;
  text: string;
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlpInstance: Nlp | undefined;

// The model takes a few hundred milliseconds to load: do it once, on first use, not at import.
// Only sentence boundaries and part-of-speech tags are used; the other stages would double the cost.
function nlp(): Nlp {
  // Required here, not imported: loading the model takes a while, and `--help` should not wait for it.
  nlpInstance ??= winkNLP(require("wink-eng-lite-web-model") as Parameters<typeof winkNLP>[0], ["sbd", "pos"]);
  return nlpInstance;
}

/** Segments an article. Pure: the same text always gives the same document. */
export function analyzeArticle(article: Article): ArticleDoc {
  const text = article.text;
  const paragraphs = splitParagraphs(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];

  // Segment paragraph by paragraph: a headline or caption line never runs into the next sentence.
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const slice = text.slice(paragraph.start, paragraph.end);
    const engine = nlp();
    const its = engine.its;
    const wdoc = engine.readDoc(slice);
    const values = wdoc.tokens().out() as string[];
    const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
    const tags = wdoc.tokens().out(its.pos) as string[];
    const firstToken = tokens.length;
    let cursor = 0;
    for (let i = 0; i < values.length; i++) {
      cursor += (spaces[i] ?? "").length;
      const value = values[i] ?? "";
      // wink-nlp reproduces the input losslessly; trust but verify so offsets can never drift.
      const found = slice.startsWith(value, cursor) ? cursor : slice.indexOf(value, cursor);
      const at = found < 0 ? cursor : found;
      tokens.push({ start: paragraph.start + at, end: paragraph.start + at + value.length, text: value, pos: tags[i] ?? "X" });
      cursor = at + value.length;
    }
    const spans = wdoc.sentences().out(its.span) as unknown as Array<[number, number]>;
    for (const [a, b] of spans) {
      const first = tokens[firstToken + a];
      const last = tokens[firstToken + b];
      if (!first || !last) continue;
      sentences.push({
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        paragraph: paragraphIndex,
        tokens: [firstToken + a, firstToken + b],
      });
    }
  });

  return { article, text, paragraphs, sentences, tokens };
}

/**
 * Paragraphs are runs of text separated by a blank line. Single line breaks stay inside a paragraph
 * because plain-text articles are often hard-wrapped.
 */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*/g;
  for (const match of text.matchAll(pattern)) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

/** The sentence containing offset `at`, or undefined. Binary search: sentences are ordered. */
export function sentenceAt(doc: ArticleDoc, at: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
