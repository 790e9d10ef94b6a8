import { createRequire } from "node:module";
import winkNLP from "wink-nlp";
import type { Article } from "../schema/index.js";
import { LIST_MARKER } from "../ingest/list-items.js";

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

/**
 * Abbreviated titles that stand before a name and never end a sentence ("St." and "Jr." may: "Main St.", "King Jr."), as
 * a regular expression's alternatives; "j\.g" is a navy lieutenant's junior grade ("Lt. j.g. Marisa Chun").
 */
export const TITLE_ABBREVIATIONS = String.raw`Gov|Sen|Rep|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Pvt|Adm|Cmdr|Dr|Mr|Mrs|Ms|Prof|Rev|Ven|Msgr|Fr|Hon|Supt|Insp|Det|Brig|Atty|Dist|Asst|Amb|Eng|Engr|Barr|Pharm|Arc|Comr|Commr|Coun|Const|Cst|j\.g`;
const TITLE_BEFORE_NAME = new RegExp(`(?:^|[\\s(])(?:${TITLE_ABBREVIATIONS})\\.$`);

/**
 * Given names written short with a full stop: "Ma." (María, as Filipino names write it), "Md." and "Mohd." (Muhammad, as
 * Bangladeshi and Malaysian names write it).
 */
export const SHORT_GIVEN_NAME = "Ma|Md|Mohd|Muhd";
/**
 * A dateline opening a story: a place in capitals, maybe its state and the day, the agency (in brackets or not), then a dash:
 * "SINGAPORE – ", "VALTOURNENCHE, Italy, Aug 13 (Continental Press) - ", "BAIRNSDALE, Vic, March 18 AAP - ".
 */
export const DATELINE = /^\s*\p{Lu}{2,}[\p{Lu}\p{M}\s.'’-]*(?:,\s*[\p{L}\p{M}\d.\s]{1,24}?){0,3}\s*(?:\([^()]{1,40}\)|\p{Lu}{2,5})?\s*[—–-]{1,2}\s+/u;
/** The rest of a name after a short given name: "Ma. Teresa “Tess” Villanueva", "Jose Ma. Cabrera-Lim", "Md. Shafiqul Islam". */
export const REST_OF_A_NAME_AFTER_MA = /^\s*\p{Lu}\p{Ll}+(?:\s+["“]?\p{Lu}|-\p{Lu}\p{Ll})/u;

const SHORT_GIVEN_NAME_AT_THE_END = new RegExp(`(?:^|\\s)(?:${SHORT_GIVEN_NAME})\\.$`);
/** A short given name as one word, its full stop kept: "Md.". */
export const SHORT_GIVEN_NAME_WORD = new RegExp(`^(?:${SHORT_GIVEN_NAME})\\.$`);

type Nlp = ReturnType<typeof winkNLP>;
let nlpInstance: Nlp | undefined;

// The model takes a few hundred milliseconds to load: do it once, on first use, not at import.
// Only sentence boundaries and part-of-speech tags are used; the other stages would double the cost.
function nlp(): Nlp {
  // Required here, not imported: loading the model takes a while, and `--help` should not wait for it.
  nlpInstance ??= winkNLP(require("wink-eng-lite-web-model") as Parameters<typeof winkNLP>[0], ["sbd", "pos"]);
  return nlpInstance;
}

let lexiconProbe: ReturnType<Nlp["readDoc"]> | undefined;

/** Whether the tagger's English lexicon holds this word in lower case: "soil", "twelve", "congestion" (not "amtrak"). */
export function isEnglishWord(word: string): boolean {
  lexiconProbe ??= nlp().readDoc("");
  return !lexiconProbe.isOOV(word.toLowerCase());
}

/** Segments an article. Pure: the same text always gives the same document. */
export function analyzeArticle(article: Article): ArticleDoc {
  const text = article.text;
  const paragraphs = splitParagraphs(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];

  // One pass of the tagger over the whole text (a call per paragraph costs more), then sentences
  // are cut at paragraph ends: a headline or caption line never runs into the next sentence.
  const engine = nlp();
  const its = engine.its;
  const wdoc = engine.readDoc(text);
  const values = wdoc.tokens().out() as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const tags = wdoc.tokens().out(its.pos) as string[];
  const paragraphOf: number[] = [];
  // wink-nlp's index of each token → ours: the line breaks it keeps as tokens are not words.
  const ours: number[] = [];
  let cursor = 0;
  let paragraphIndex = 0;
  for (let i = 0; i < values.length; i++) {
    cursor += (spaces[i] ?? "").length;
    const value = values[i] ?? "";
    // wink-nlp reproduces the input losslessly; trust but verify so offsets can never drift.
    const found = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    const at = found < 0 ? cursor : found;
    cursor = at + value.length;
    if (!value.trim()) {
      ours.push(-1);
      continue;
    }
    while (paragraphIndex < paragraphs.length - 1 && at >= paragraphs[paragraphIndex]!.end) paragraphIndex++;
    // (Before its paragraph starts: the marker of a list's item.)
    if (at < paragraphs[paragraphIndex]!.start) {
      ours.push(-1);
      continue;
    }
    ours.push(tokens.length);
    tokens.push({ start: at, end: at + value.length, text: value, pos: tags[i] ?? "X" });
    paragraphOf.push(paragraphIndex);
  }
  const spans = wdoc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const pushSentence = (a: number, b: number) => {
    const first = tokens[a]!;
    const last = tokens[b]!;
    const previous = sentences[sentences.length - 1];
    // "a magnitude-7.6 quake": the tagger may cut at a dot inside a number; a sentence never starts without a space before it.
    // Nor does one end with a title before a name: "succeed the term-limited Gov. Jane Hull in January".
    // Nor with "Ma." or "Md." before the rest of a name.
    const restOfAName = () => SHORT_GIVEN_NAME_AT_THE_END.test(previous!.text) && REST_OF_A_NAME_AFTER_MA.test(text.slice(first.start, first.start + 40));
    const joined = previous && previous.paragraph === paragraphOf[a] && (previous.end === first.start || (TITLE_BEFORE_NAME.test(previous.text) && /^\p{Lu}/u.test(first.text)) || restOfAName());
    if (previous && joined) {
      sentences[sentences.length - 1] = { ...previous, end: last.end, text: text.slice(previous.start, last.end), tokens: [previous.tokens[0], b] };
      return;
    }
    sentences.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), paragraph: paragraphOf[a]!, tokens: [a, b] });
  };
  for (const [winkFirst, winkLast] of spans) {
    let from = -1;
    let previous = -1;
    for (let w = winkFirst; w <= winkLast; w++) {
      const i = ours[w] ?? -1;
      if (i < 0) continue;
      if (from >= 0 && paragraphOf[i] !== paragraphOf[previous]) {
        pushSentence(from, previous);
        from = i;
      }
      if (from < 0) from = i;
      previous = i;
    }
    if (from >= 0) pushSentence(from, previous);
  }

  return { article, text, paragraphs, sentences, tokens };
}

const PARAGRAPH = new RegExp(String.raw`[^\n]+(?:\n(?![ \t]*\n)(?!${LIST_MARKER.source.replace(/^\^/, "")})[^\n]+)*`, "g");

/** A line that is only a time of day: "12:05", "11:40 a.m.", "15:30 GMT". */
const TIME_STAMP_LINE = /^(\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|[ECMP][SD]T|IST|SGT|AEST|AEDT))?)[ \t]*\n\s*(?=\S)/i;

/**
 * Paragraphs are runs of text separated by a blank line. Single line breaks stay inside a paragraph
 * because plain-text articles are often hard-wrapped; but a line that opens with a list's marker starts one of its own,
 * as an item of a list ("• 537,000 people affected across 15 districts") is no continuation of the line above it.
 */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(PARAGRAPH)) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    // "12:05\nSarah Penhaligon, head of …, says": a live blog's time stamp on a line of its own heads an entry; it opens no
    // sentence of it.
    const stamp = TIME_STAMP_LINE.exec(text.slice(start, end));
    if (stamp) {
      spans.push({ start, end: start + stamp[1]!.length });
      start += stamp[0].length;
    }
    // (A list's marker is no word of its item.)
    const marker = LIST_MARKER.exec(text.slice(start, end));
    if (marker) start += marker[0].length;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

/** The sentence containing offset `at`, or undefined. Sentences are in text order and never overlap. */
export function sentenceAt(doc: ArticleDoc, at: number): Sentence | undefined {
  const sentence = doc.sentences[lastIndexAtOrBefore(doc.sentences, at, (s) => s.start)];
  return sentence && at < sentence.end ? sentence : undefined;
}

/** The index of the last item whose `key` is at or before `at` (-1 if none), by binary search over items in text order. */
/** The token that starts at `at`: tokens are in text order. */
export function tokenStartingAt(doc: ArticleDoc, at: number): Token | undefined {
  const token = doc.tokens[lastIndexAtOrBefore(doc.tokens, at, (t) => t.start)];
  return token?.start === at ? token : undefined;
}

export function lastIndexAtOrBefore<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
