import type { ArticleFacts } from "../extract/index.js";
import type { Actor, Event, Figure, Quote, SourceRef } from "../schema/index.js";
import { contentWords, jaccard, normalizeForMatch } from "./text.js";

/**
 * Facts from several articles that report the same thing become one fact with several sources.
 * Candidates are found through an index (never by comparing every fact with every other), so
 * merging stays linear in the number of facts.
 */
export function mergeQuotes(all: Quote[]): Quote[] {
  // Two outlets quoting the same words share a run of words even when one quotes more than the other.
  const merged: Quote[] = [];
  const byShingle = new Map<string, number[]>();
  for (const quote of all) {
    const words = normalizeForMatch(quote.text).split(" ").filter(Boolean);
    const shingles = shinglesOf(words, 6);
    const candidates = new Set(shingles.flatMap((s) => byShingle.get(s) ?? []));
    const target = [...candidates].find((i) => sameQuote(merged[i]!, quote));
    if (target !== undefined) {
      merged[target] = combineQuote(merged[target]!, quote);
      continue;
    }
    const index = merged.push(structuredClone(quote)) - 1;
    for (const s of shingles) byShingle.set(s, [...(byShingle.get(s) ?? []), index]);
  }
  return merged;
}

function sameQuote(a: Quote, b: Quote): boolean {
  const x = normalizeForMatch(a.text);
  const y = normalizeForMatch(b.text);
  return x.includes(y) || y.includes(x);
}

function combineQuote(kept: Quote, other: Quote): Quote {
  // The longer wording is the fuller quotation; a named speaker beats an unattributed one.
  const fuller = other.text.length > kept.text.length ? other : kept;
  return {
    ...fuller,
    id: kept.id,
    speaker: kept.speaker ?? other.speaker,
    role: kept.role ?? other.role,
    actor: kept.actor ?? other.actor,
    partial: kept.partial && other.partial,
    said: kept.said ?? other.said,
    sources: unionSources(kept.sources, other.sources),
  };
}

/**
 * Events on the same resolved date that report the same happening: their sentences share most of
 * their content words, or share a fair part of them and at least two of the names (actors, places)
 * they mention, as two outlets word one happening differently.
 */
export function mergeEvents(all: Event[]): Event[] {
  const merged: Event[] = [];
  const byDate = new Map<string, Array<{ index: number; words: Set<string>; names: Set<string> }>>();
  for (const event of all) {
    const key = event.date.resolved?.value;
    if (!key) {
      merged.push(structuredClone(event));
      continue;
    }
    const words = contentWords(event.text);
    const names = namesIn(event.text);
    const candidates = byDate.get(key) ?? [];
    const target = candidates.find((c) => sameHappening(c, { words, names }));
    if (target !== undefined) {
      merged[target.index] = { ...merged[target.index]!, sources: unionSources(merged[target.index]!.sources, event.sources) };
      continue;
    }
    byDate.set(key, [...candidates, { index: merged.push(structuredClone(event)) - 1, words, names }]);
  }
  return merged;
}

function sameHappening(a: { words: Set<string>; names: Set<string> }, b: { words: Set<string>; names: Set<string> }): boolean {
  // "4,307 people fled Eston" and "38,954 people fled Delft" are two reports, however alike the wording.
  const numbersA = [...a.words].filter((w) => /\d/.test(w));
  const numbersB = new Set([...b.words].filter((w) => /\d/.test(w)));
  if (numbersA.length > 0 && numbersB.size > 0 && !numbersA.some((n) => numbersB.has(n))) return false;
  const overlap = jaccard(a.words, b.words);
  if (overlap >= 0.5) return true;
  let sharedNames = 0;
  for (const name of a.names) if (b.names.has(name)) sharedNames++;
  return overlap >= 0.3 && sharedNames >= 2;
}

/** Capitalised words other than the sentence's first: the names a sentence mentions, lower-cased. */
function namesIn(text: string): Set<string> {
  const words = text.match(/[\p{L}][\p{L}\p{N}'’-]*/gu) ?? [];
  return new Set(words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase().replace(/['’]s$/, "")));
}

/** The same value of the same thing counted, reported by several sources. */
export function mergeFigures(all: Figure[]): Figure[] {
  const merged: Figure[] = [];
  const byKey = new Map<string, number>();
  for (const figure of all) {
    const key = [figure.value, figure.unit ?? "", normalizeForMatch(figure.counts ?? figure.text)].join("|");
    const target = byKey.get(key);
    if (target !== undefined && !merged[target]!.sources.some((s) => figure.sources.some((t) => t.article === s.article))) {
      merged[target] = { ...merged[target]!, sources: unionSources(merged[target]!.sources, figure.sources) };
      continue;
    }
    byKey.set(key, merged.push(structuredClone(figure)) - 1);
  }
  return merged;
}

/**
 * Actors sharing any name or alias (case-insensitive) across articles are one actor. Articles may
 * type the same name differently ("Syria" as a place, or as a speaker): the type with more mentions wins.
 */
export function mergeActors(all: Actor[]): { actors: Actor[]; renamed: Map<string, string> } {
  const merged: Actor[] = [];
  const byName = new Map<string, number>();
  const renamed = new Map<string, string>();
  for (const actor of all) {
    const names = [actor.name, ...actor.aliases].map((n) => n.toLowerCase());
    const target = names.map((n) => byName.get(n)).find((i) => i !== undefined);
    if (target !== undefined) {
      const kept = merged[target]!;
      const fullest = actor.name.length > kept.name.length ? actor.name : kept.name;
      const aliases = [...new Set([kept.name, ...kept.aliases, actor.name, ...actor.aliases])].filter((n) => n !== fullest);
      merged[target] = {
        ...kept,
        type: actor.mentions > kept.mentions ? actor.type : kept.type,
        name: fullest,
        aliases,
        roles: [...new Set([...kept.roles, ...actor.roles])],
        mentions: kept.mentions + actor.mentions,
        sources: unionSources(kept.sources, actor.sources),
      };
      renamed.set(actor.id, kept.id);
      for (const n of names) byName.set(n, target);
      continue;
    }
    const index = merged.push(structuredClone(actor)) - 1;
    for (const n of names) byName.set(n, index);
  }
  return { actors: merged, renamed };
}

/** Per-article facts → one list per kind, merged across articles, in first-seen order. */
export function mergeArticleFacts(perArticle: ArticleFacts[]): { quotes: Quote[]; events: Event[]; figures: Figure[]; actors: Actor[] } {
  const { actors, renamed } = mergeActors(perArticle.flatMap((a) => a.actors));
  const quotes = mergeQuotes(perArticle.flatMap((a) => a.quotes)).map((q) => (q.actor && renamed.has(q.actor) ? { ...q, actor: renamed.get(q.actor)! } : q));
  return { quotes, events: mergeEvents(perArticle.flatMap((a) => a.events)), figures: mergeFigures(perArticle.flatMap((a) => a.figures)), actors };
}

function unionSources(a: SourceRef[], b: SourceRef[]): SourceRef[] {
  const seen = new Set(a.map((s) => `${s.article}:${s.start}`));
  return [...a, ...b.filter((s) => !seen.has(`${s.article}:${s.start}`))];
}

function shinglesOf(words: string[], size: number): string[] {
  if (words.length <= size) return [words.join(" ")];
  const out: string[] = [];
  for (let i = 0; i + size <= words.length; i++) out.push(words.slice(i, i + size).join(" "));
  return out;
}
