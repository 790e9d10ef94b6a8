import type { ArticleFacts } from "../extract/index.js";
import type { Event, Figure, Quote } from "../schema/index.js";
import { isoWeek } from "../extract/calendar.js";
import { normalizeText } from "../ingest/normalize.js";
import type { GoldEvent, GoldFigure, GoldFile, GoldQuote } from "./gold.js";

/** One line of the report a developer reads to see why a score is what it is. */
export interface EvalFinding {
  article: string;
  category: "quotes" | "events" | "figures";
  kind: "miss" | "false-hit" | "wrong-speaker" | "wrong-date";
  text: string;
  expected?: string;
  got?: string;
}

/** Raw counts, summed over articles before any ratio is taken. */
export interface EvalCounts {
  quotes: { system: number; systemCorrect: number; gold: number; goldFound: number; speakerChecked: number; speakerCorrect: number };
  events: { gold: number; goldFound: number; dateCorrect: number };
  figures: { system: number; systemCorrect: number; gold: number; goldFound: number };
}

export interface ArticleScore {
  article: string;
  counts: EvalCounts;
  findings: EvalFinding[];
}

export function emptyCounts(): EvalCounts {
  return {
    quotes: { system: 0, systemCorrect: 0, gold: 0, goldFound: 0, speakerChecked: 0, speakerCorrect: 0 },
    events: { gold: 0, goldFound: 0, dateCorrect: 0 },
    figures: { system: 0, systemCorrect: 0, gold: 0, goldFound: 0 },
  };
}

export function addCounts(into: EvalCounts, from: EvalCounts): EvalCounts {
  for (const category of ["quotes", "events", "figures"] as const) {
    const target = into[category] as Record<string, number>;
    for (const [key, value] of Object.entries(from[category])) target[key] = (target[key] ?? 0) + value;
  }
  return into;
}

/**
 * Scores one article's extraction against its gold file, by the rules of the gold format's README:
 * text containment after normalizing whitespace, quote characters and case; optional items count
 * when found and are not missed when absent.
 */
export function scoreArticle(gold: GoldFile, facts: ArticleFacts): ArticleScore {
  const counts = emptyCounts();
  const findings: EvalFinding[] = [];
  const article = gold.article;
  const text = indexText(facts.article.text);

  if (gold.quotes) scoreQuotes(article, gold.quotes, facts, counts, findings);
  if (gold.events) scoreEvents(article, gold.events, facts.events, text, counts, findings);
  if (gold.figures) scoreFigures(article, gold.figures, facts.figures, text, counts, findings);
  return { article, counts, findings };
}

function scoreQuotes(article: string, gold: GoldQuote[], facts: ArticleFacts, counts: EvalCounts, findings: EvalFinding[]): void {
  const system = facts.quotes.map((quote) => ({ quote, norm: normalize(stripQuoteMarks(quote.text)) }));
  const matched = new Set<Quote>();
  for (const item of gold) {
    const needle = normalize(stripQuoteMarks(item.text));
    const hits = system.filter((s) => s.norm.includes(needle));
    if (!item.optional) counts.quotes.gold++;
    if (hits.length === 0) {
      if (!item.optional) findings.push({ article, category: "quotes", kind: "miss", text: item.text, expected: item.speaker ?? "(no speaker)" });
      continue;
    }
    if (item.optional) counts.quotes.gold++;
    counts.quotes.goldFound++;
    for (const hit of hits) matched.add(hit.quote);
    // The most specific system quote is the one that answers for this gold quote.
    const best = hits.reduce((a, b) => (b.norm.length < a.norm.length ? b : a)).quote;
    counts.quotes.speakerChecked++;
    if (speakerMatches(item.speaker, best, facts)) counts.quotes.speakerCorrect++;
    else findings.push({ article, category: "quotes", kind: "wrong-speaker", text: item.text, expected: item.speaker ?? "(no speaker)", got: best.speaker ?? "(no speaker)" });
  }
  counts.quotes.system += system.length;
  counts.quotes.systemCorrect += matched.size;
  for (const s of system) {
    if (!matched.has(s.quote)) findings.push({ article, category: "quotes", kind: "false-hit", text: s.quote.text, got: s.quote.speaker ?? "(no speaker)" });
  }
}

/** The gold speaker's last word appears in the system's speaker or one of its actor's names. */
function speakerMatches(expected: string | null, quote: Quote, facts: ArticleFacts): boolean {
  if (expected === null) return quote.speaker === null;
  if (quote.speaker === null) return false;
  // The last word as written ("Rhine-Westphalia"), compared with the system's words the same way.
  const lastWord = expected.trim().split(/\s+/).pop()!.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const actor = quote.actor ? facts.actors.find((a) => a.id === quote.actor) : undefined;
  const names = [quote.speaker, ...(actor ? [actor.name, ...actor.aliases] : [])];
  const spaced = (name: string) => name.toLowerCase().split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}]/gu, ""));
  return names.some((name) => wordsOf(name).includes(lastWord) || spaced(name).includes(lastWord));
}

function scoreEvents(article: string, gold: GoldEvent[], events: Event[], text: IndexedText, counts: EvalCounts, findings: EvalFinding[]): void {
  for (const item of gold) {
    const places = text.find(item.text);
    const hits = events.filter((e) => e.sources.some((src) => overlapsAny(places, src.start, src.end)));
    if (!item.optional) counts.events.gold++;
    if (hits.length === 0) {
      if (!item.optional) findings.push({ article, category: "events", kind: "miss", text: item.text, expected: item.date });
      continue;
    }
    if (item.optional) counts.events.gold++;
    counts.events.goldFound++;
    if (hits.some((e) => dateMatches(item.date, e.date.resolved?.value ?? null))) counts.events.dateCorrect++;
    else findings.push({ article, category: "events", kind: "wrong-date", text: item.text, expected: item.date, got: hits.map((e) => `${e.date.resolved?.value ?? "unresolved"} (“${e.date.expression}”)`).join("; ") });
  }
}

/**
 * A system date matches the gold date at the gold's precision: a system day inside a gold week or
 * month counts for that week or month; a coarser system date never matches a finer gold one.
 */
export function dateMatches(gold: string, system: string | null): boolean {
  if (system === null) return false;
  if (gold === system) return true;
  if (/^\d{4}-W\d{2}$/.test(gold)) return /^\d{4}-\d{2}-\d{2}$/.test(system) && isoWeekOf(system) === gold;
  if (/-W/.test(system)) return gold.length === 4 && system.startsWith(gold);
  return system.length > gold.length && system.startsWith(`${gold}-`);
}

/** `2017-06-01` → `2017-W22`. */
export function isoWeekOf(day: string): string {
  return isoWeek(new Date(`${day}T12:00:00Z`));
}

function scoreFigures(article: string, gold: GoldFigure[], figures: Figure[], text: IndexedText, counts: EvalCounts, findings: EvalFinding[]): void {
  const matched = new Set<Figure>();
  for (const item of gold) {
    const places = text.find(item.text);
    const hits = figures.filter((f) => sameValue(f.value, item.value) && f.sources.some((src) => overlapsAny(places, src.start, src.end)));
    if (!item.optional) counts.figures.gold++;
    if (hits.length === 0) {
      if (!item.optional) {
        const near = figures.filter((f) => f.sources.some((src) => overlapsAny(places, src.start, src.end)));
        findings.push({ article, category: "figures", kind: "miss", text: item.text, expected: String(item.value), ...(near.length ? { got: near.map((f) => String(f.value)).join(", ") } : {}) });
      }
      continue;
    }
    if (item.optional) counts.figures.gold++;
    counts.figures.goldFound++;
    for (const hit of hits) matched.add(hit);
  }
  counts.figures.system += figures.length;
  counts.figures.systemCorrect += matched.size;
  for (const f of figures) {
    if (!matched.has(f)) findings.push({ article, category: "figures", kind: "false-hit", text: f.text, got: String(f.value) });
  }
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.abs(b) * 1e-9;
}

function overlapsAny(places: Array<[number, number]>, start: number, end: number): boolean {
  return places.some(([s, e]) => s < end && start < e);
}

const QUOTE_CHARS: Record<string, string> = { "‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "′": "'", "″": '"' };

function normalizeChar(c: string): string {
  const lower = (QUOTE_CHARS[c] ?? c).toLowerCase();
  // A few letters lower-case to two code units ("İ"); keeping them as they are keeps offsets aligned.
  return lower.length === c.length ? lower : c;
}

/**
 * Whitespace collapsed, quote characters unified, lower case — after the same spacing repairs
 * ingest applies to articles ("US -backed" → "US-backed"), so gold snippets copied from the raw
 * file still match the cleaned text.
 */
export function normalize(text: string): string {
  return Array.from(normalizeText(text).replace(/\s+/g, " ").trim(), normalizeChar).join("");
}

function stripQuoteMarks(text: string): string {
  return text.replace(/^[\s"'“”‘’«»]+|[\s"'“”‘’«»]+$/g, "");
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

interface IndexedText {
  /** Every place the (normalized) needle stands in the text, as original offsets. */
  find(needle: string): Array<[number, number]>;
}

/** The article text normalized once, with a map from normalized positions back to original offsets. */
function indexText(original: string): IndexedText {
  let norm = "";
  const map: number[] = [];
  let lastWasSpace = true;
  for (let i = 0; i < original.length; i++) {
    const c = original[i]!;
    if (/\s/.test(c)) {
      if (!lastWasSpace) {
        norm += " ";
        map.push(i);
      }
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    norm += normalizeChar(c);
    map.push(i);
  }
  return {
    find(needle: string): Array<[number, number]> {
      const n = normalize(needle);
      const places: Array<[number, number]> = [];
      if (!n) return places;
      for (let at = norm.indexOf(n); at >= 0; at = norm.indexOf(n, at + 1)) {
        places.push([map[at]!, map[at + n.length - 1]! + 1]);
      }
      return places;
    },
  };
}
