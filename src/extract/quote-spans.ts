import type { ArticleDoc } from "./document.js";
import { NICKNAME_BETWEEN_NAMES } from "./names.js";

/** A run of text between quotation marks. Offsets are into the article text. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the paragraph's end when the quote is left open. */
  close: number;
  /** The words inside the marks, trimmed. */
  textStart: number;
  textEnd: number;
  paragraph: number;
  /** Left open at the end of its paragraph: news style when the quote runs on into the next one. */
  open_ended: boolean;
}

// "”" opens too where a typesetter used the closing mark at both ends (”A suicide bomber …,” he said).
const OPENERS = new Set(["“", "\"", "«", "„", "‘", "``", "”"]);
const CLOSERS: Record<string, string> = { "“": "”", "\"": "\"", "«": "»", "„": "“", "‘": "’", "``": "''", "”": "”" };
/** Marks that open only where a quotation can start: they also close, or stand in words as apostrophes. */
const OPENS_ONLY_BEFORE_A_WORD = new Set(["\"", "‘", "”"]);
/** Every mark that can open or close a quotation, the typewriter pair of old wire copy (``…'') included. */
const MARKS = /``|''|[“”"«»„‘’]/g;

/**
 * Finds quotation spans paragraph by paragraph, so an unbalanced mark never runs past its
 * paragraph. Curly marks pair by direction; straight marks pair in turn, or with a closing curly or
 * typewriter mark ("…'' in converted wire copy), and a curly opener may close with a straight mark
 * (”Yes, of course,"). A curly opener left open ends at the paragraph's end (a quote that
 * continues in the next paragraph).
 */
export function findQuoteSpans(article: ArticleDoc): QuoteSpan[] {
  // Read straight single quotes as curly ones where the article quotes with nothing else ('Nobody goes into
  // local government to close libraries,' said …): the same offsets, so the spans hold for the text as written.
  const curled = curledSingleQuotes(article.text, article.paragraphs);
  const doc = curled === article.text ? article : { ...article, text: curled };
  const spans: QuoteSpan[] = [];
  doc.paragraphs.forEach((paragraph, index) => {
    let openAt = -1;
    let opener = "";
    let possessiveAt = -1;
    // Jump from quotation mark to quotation mark: every other character leaves the state as it is.
    MARKS.lastIndex = paragraph.start;
    for (let match = MARKS.exec(doc.text); match && match.index < paragraph.end; match = MARKS.exec(doc.text)) {
      const i = match.index;
      const c = match[0];
      if (openAt < 0) {
        if (OPENERS.has(c) && (!OPENS_ONLY_BEFORE_A_WORD.has(c) || opensHere(doc.text, i))) {
          openAt = i;
          opener = c;
        }
        continue;
      }
      const apostrophe = opener === "‘" && c === "’" && isApostrophe(doc.text, i);
      // ("the bank ‘deeply regrets’ the failings and had ‘invested significantly’": one read as a possessive closed the
      // quotation after all when another opens before any other mark.)
      if (apostrophe && /s/i.test(doc.text[i - 1] ?? "")) possessiveAt = i;
      if (opener === "‘" && c === "‘" && possessiveAt > openAt && opensHere(doc.text, i)) {
        push(doc, spans, openAt, possessiveAt + 1, index, false, opener.length, 1);
        openAt = i;
        continue;
      }
      const closes = !apostrophe && (c === CLOSERS[opener] || ((opener === "“" || opener === "”") && c === "\"") || (opener === "\"" && (c === "”" || c === "''")));
      if (closes && i > openAt + opener.length) {
        push(doc, spans, openAt, i + c.length, index, false, opener.length, c.length);
        openAt = -1;
      } else if (c === "“" && opener === "‘" && nestedDoubleQuote(doc.text, i, paragraph.end)) {
        // (‘… to fund the “digital-first” strategy the board keeps talking about.’: British style nests double quotation
        // marks inside single ones; the single quotation goes on past them.)
        MARKS.lastIndex = nestedDoubleQuote(doc.text, i, paragraph.end);
      } else if (c === "“" && (opener === "“" || opener === "‘")) {
        // A second opener before any closer: the first was never closed (or, for a single quote, was
        // an apostrophe after all); restart here.
        openAt = i;
        opener = c;
      }
    }
    // A single quote left open was an apostrophe or a quote mark in a name, unless the next paragraph
    // opens with one: British style runs a quotation on that way (‘… friends.¶‘We are very grateful…’).
    if (openAt >= 0 && (opener !== "‘" || singleQuoteRunsOn(doc, index, openAt))) push(doc, spans, openAt, paragraph.end, index, true, opener.length, 0);
  });
  return spans;
}

/**
 * The text with each straight single quote written as the curly mark it stands for, when the article has no
 * double quotation marks and opens a quotation with one somewhere: ‘ after a space or a line's start before a
 * word, ’ elsewhere (an apostrophe, or a closing mark). Otherwise the text as it is.
 * (An article that quotes some speakers with double marks and others with single ones, as copy put together from two
 * outlets does, has single quotes read so in its paragraphs without double marks, once one of them plainly quotes speech
 * with them: ‘…,’ she said; told reporters: ‘…’.)
 */
function curledSingleQuotes(text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>): string {
  if (!/'/.test(text)) return text;
  const curl = (from: number, to: number) =>
    text.slice(from, to).replace(/'/g, (_mark, at: number) => (/[\s([{—–]/.test(text[from + at - 1] ?? "\n") && /[\p{L}\p{N}]/u.test(text[from + at + 1] ?? "") ? "‘" : "’"));
  if (!DOUBLE_MARKS.test(text)) return /(?:^|\s)'[\p{Lu}\p{N}]/mu.test(text) ? curl(0, text.length) : text;
  // ("'A few weeks ago they played Perry Como and he said, "I know this one, Paulie." He hadn't called me Paulie in years.'": a
  // paragraph whose quotation opens with a single mark holds its double ones nested inside, written straight or curly.)
  const nestsDouble = (p: { start: number; end: number }) => {
    const paragraph = text.slice(p.start, p.end);
    const first = paragraph.search(/["“”'‘’]/);
    return first >= 0 && paragraph[first] === "'" && /^\s*$|[\s:—–]$/.test(paragraph.slice(0, first)) && /[\p{L}\p{N}]/u.test(paragraph[first + 1] ?? "") && !/[“”«»„]|``/.test(paragraph) && SINGLE_QUOTED_SPEECH.test(paragraph);
  };
  const single = paragraphs.filter((p) => (!DOUBLE_MARKS.test(text.slice(p.start, p.end)) || nestsDouble(p)) && text.slice(p.start, p.end).includes("'"));
  if (!single.some((p) => SINGLE_QUOTED_SPEECH.test(text.slice(p.start, p.end)))) return text;
  const curlDouble = (part: string, from: number) => part.replace(/"/g, (_mark, at: number) => (/[\s([{—–]/.test(text[from + at - 1] ?? "\n") && /[\p{L}\p{N}]/u.test(text[from + at + 1] ?? "") ? "“" : "”"));
  let out = "";
  let at = 0;
  for (const p of single) {
    out += text.slice(at, p.start) + curlDouble(curl(p.start, p.end), p.start);
    at = p.end;
  }
  return out + text.slice(at);
}

const DOUBLE_MARKS = /[“”"«»„]|``/;
/** Speech in straight single quotes: "‘…,’ she said", "‘…’ Mr Gill added", "told reporters: ‘Our members…’". */
const SINGLE_QUOTED_SPEECH = new RegExp(
  String.raw`[,.?!]'\s+(?:(?:he|she|they|we|I)\s+|(?:\p{Lu}[\p{L}'-]*\s+){1,3})?(?:said|says|added|adds|told|asked|warned|explained|insisted)\b|(?:\b(?:said|says|added|told\s+(?:\p{L}+\s+){0,3}?)|:)\s*'\p{Lu}[^']{8,}[,.?!]'`,
  "u",
);

/**
 * A right single quote inside a word is an apostrophe ("don’t"), and after an s it may be a possessive ("the members’
 * union"), as after a capitalised plural before a name's next word ("‘The Teachers’ Pension Scheme remains …’").
 */
function isApostrophe(text: string, i: number): boolean {
  if (/[\p{L}\p{N}]/u.test(text[i + 1] ?? "")) return true;
  if (!/s/i.test(text[i - 1] ?? "") || !/\s/.test(text[i + 1] ?? "")) return false;
  const after = text.slice(i + 1, i + 40);
  // ("said it ‘stands by the decisions of its officials’ and pointed out": no possessive stands before a word that joins or
  // opens a clause or a phrase; a noun follows one.)
  if (/^\s+\p{Ll}/u.test(after)) return !/^\s+(he|she|they|said|says|added|told|and|but|or|nor|as|to|in|on|at|for|with|by|from|that|which|while|when|because|after|before|of|the|a|an|is|was|were|are|has|had|have|will|would|could|if|than|so)\b/.test(after);
  return /(?:^|\s)\p{Lu}\p{Ll}+s$/u.test(text.slice(Math.max(0, i - 20), i)) && /^\s\p{Lu}\p{Ll}+\b(?!\s+(?:said|says|added|told)\b)/u.test(after);
}

/** Where a “…” opened at `at` inside a single quotation closes (the offset after it), when a closing ’ still follows in the paragraph; else 0. */
function nestedDoubleQuote(text: string, at: number, end: number): number {
  const inner = text.indexOf("”", at + 1);
  if (inner < 0 || inner >= end || text.slice(at + 1, inner).includes("’") || text.slice(at + 1, inner).includes("‘")) return 0;
  for (let close = text.indexOf("’", inner); close >= 0 && close < end; close = text.indexOf("’", close + 1)) {
    if (!isApostrophe(text, close)) return inner + 1;
  }
  return 0;
}

/** A single quote left open runs on when the next paragraph opens with ‘. */
function singleQuoteRunsOn(doc: ArticleDoc, index: number, openAt: number): boolean {
  const paragraph = doc.paragraphs[index]!;
  const next = doc.paragraphs[index + 1];
  const first = doc.text.indexOf("‘", paragraph.start);
  // Not the paragraph's first ‘ ("‘We have looked at every option,’ he said. ‘The reality is …¶‘I would rather …’"):
  // a mark after a space, before a capital, opens a sentence of speech as surely.
  const opensSpeech = first === openAt || (/\s/.test(doc.text[openAt - 1] ?? "") && /\p{Lu}/u.test(doc.text[openAt + 1] ?? ""));
  return next !== undefined && doc.text.slice(next.start, next.start + 3).trimStart().startsWith("‘") && opensSpeech && first < paragraph.end;
}

/**
 * A straight quote opens a quotation at the start of a line or after a space or bracket, before a
 * word (or a stray space and then a word: ‘stated that " if there is…"’).
 */
function opensHere(text: string, i: number): boolean {
  const before = i === 0 ? " " : text[i - 1]!;
  const after = text[i + 1] ?? " ";
  return /[\s([{—–-]/.test(before) && (!/\s/.test(after) || (after === " " && /[\p{L}\p{N}]/u.test(text[i + 2] ?? "")));
}

function push(doc: ArticleDoc, spans: QuoteSpan[], open: number, close: number, paragraph: number, openEnded: boolean, openerLength: number, closerLength: number): void {
  let textStart = open + openerLength;
  let textEnd = close - closerLength;
  while (textStart < textEnd && /\s/.test(doc.text[textStart]!)) textStart++;
  while (textEnd > textStart && /\s/.test(doc.text[textEnd - 1]!)) textEnd--;
  if (textEnd > textStart && !isNickname(doc.text, open, close)) spans.push({ open, close, textStart, textEnd, paragraph, open_ended: openEnded });
}

/**
 * A nickname between a person's given name and family name, "Ma. Teresa “Tess” Villanueva": part of a name, not a
 * quotation, and nothing for the attribution around it to stop at.
 */
function isNickname(text: string, open: number, close: number): boolean {
  const from = Math.max(0, open - 30);
  for (const match of text.slice(from, close + 30).matchAll(NICKNAME_BETWEEN_NAMES)) {
    const at = from + match.index + match[1]!.length;
    if (text.slice(at, open).trim() === "" && from + match.index + match[0].trimEnd().length === close) return true;
  }
  return false;
}
