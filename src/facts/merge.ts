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
  const normalized: string[] = [];
  const sources: SourceUnion[] = [];
  const byShingle = new Postings();
  for (const quote of all) {
    const text = normalizeForMatch(quote.text);
    const shingles = shinglesOf(text.split(" ").filter(Boolean), 6);
    const target = byShingle.candidates(shingles).find((i) => normalized[i]!.includes(text) || text.includes(normalized[i]!));
    if (target !== undefined) {
      merged[target] = combineQuote(merged[target]!, quote);
      if (text.length > normalized[target]!.length) normalized[target] = text;
      sources[target]!.add(quote.sources);
      continue;
    }
    const index = merged.push(structuredClone(quote)) - 1;
    normalized.push(text);
    sources.push(new SourceUnion(quote.sources));
    byShingle.add(shingles, index);
  }
  return merged.map((quote, i) => ({ ...quote, sources: sources[i]!.list }));
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
  };
}

/**
 * Events on the same resolved date that report the same happening: their sentences share most of
 * their content words, or share a fair part of them and at least two of the names (actors, places)
 * they mention, as two outlets word one happening differently.
 */
export function mergeEvents(all: Event[]): Event[] {
  const merged: Event[] = [];
  const traits: Traits[] = [];
  const sources: SourceUnion[] = [];
  // Blocking: an event is compared only with events of its date that share a number or a name —
  // the happenings it could be the same as — never with every event of the day.
  const byKey = new Postings();
  for (const event of all) {
    const date = event.date.resolved?.value;
    if (!date) {
      merged.push(structuredClone(event));
      traits.push({ words: new Set(), numbers: new Set(), names: new Set() });
      sources.push(new SourceUnion(event.sources));
      continue;
    }
    const words = contentWords(event.text);
    const mine = { words, numbers: new Set([...words].filter((w) => /\d/.test(w))), names: namesIn(event.text) };
    const tokens = [...mine.numbers, ...mine.names];
    const keys = (tokens.length > 0 ? tokens : ["*"]).map((k) => `${date}|${k}`);
    const target = byKey.candidates(keys).find((i) => sameHappening(traits[i]!, mine));
    if (target !== undefined) {
      sources[target]!.add(event.sources);
      continue;
    }
    const index = merged.push(structuredClone(event)) - 1;
    traits.push(mine);
    sources.push(new SourceUnion(event.sources));
    byKey.add(keys, index);
  }
  return merged.map((event, i) => ({ ...event, sources: sources[i]!.list }));
}

/** What two reports of one happening are compared on, worked out once per event. */
interface Traits {
  words: Set<string>;
  numbers: Set<string>;
  names: Set<string>;
}

function sameHappening(a: Traits, b: Traits): boolean {
  // "4,307 people fled Eston" and "38,954 people fled Delft" are two reports, however alike the wording.
  if (a.numbers.size > 0 && b.numbers.size > 0 && ![...a.numbers].some((n) => b.numbers.has(n))) return false;
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
  const sources: SourceUnion[] = [];
  const byKey = new Map<string, number>();
  for (const figure of all) {
    const key = [figure.value, figure.unit ?? "", normalizeForMatch(figure.counts ?? figure.text)].join("|");
    // ("Kiprop, 24," in one race report, "Pinzón, 24," in another: a bare number says nothing of what it counts.)
    const bare = figure.counts === null && figure.unit === null && /^[\d.,\s]+$/.test(figure.text.trim());
    const target = bare ? undefined : byKey.get(key);
    // Two mentions in one article are two figures (a count and its repetition, or two counts).
    if (target !== undefined && !figure.sources.some((s) => sources[target]!.hasArticle(s.article))) {
      sources[target]!.add(figure.sources);
      continue;
    }
    byKey.set(key, merged.push(structuredClone(figure)) - 1);
    sources.push(new SourceUnion(figure.sources));
  }
  return merged.map((figure, i) => ({ ...figure, sources: sources[i]!.list }));
}

/**
 * Actors sharing any name or alias (case-insensitive) across articles are one actor. Articles may
 * type the same name differently ("Syria" as a place, or as a speaker): the type with more mentions wins.
 */
export function mergeActors(all: Actor[]): { actors: Actor[]; renamed: Map<string, string> } {
  const merged: Array<{ actor: Actor; names: Set<string>; roles: Set<string>; sources: SourceUnion }> = [];
  const byName = new Map<string, number>();
  const renamed = new Map<string, string>();
  for (const actor of all) {
    const names = [actor.name, ...actor.aliases].map((n) => n.toLowerCase());
    const target = names.map((n) => byName.get(n)).find((i) => i !== undefined);
    if (target !== undefined) {
      const kept = merged[target]!;
      kept.actor = {
        ...kept.actor,
        type: actor.mentions > kept.actor.mentions ? actor.type : kept.actor.type,
        name: actor.name.length > kept.actor.name.length ? actor.name : kept.actor.name,
        mentions: kept.actor.mentions + actor.mentions,
      };
      for (const name of [actor.name, ...actor.aliases]) kept.names.add(name);
      for (const role of actor.roles) kept.roles.add(role);
      kept.sources.add(actor.sources);
      renamed.set(actor.id, kept.actor.id);
      for (const n of names) byName.set(n, target);
      continue;
    }
    const index = merged.push({ actor: structuredClone(actor), names: new Set([actor.name, ...actor.aliases]), roles: new Set(actor.roles), sources: new SourceUnion(actor.sources) }) - 1;
    for (const n of names) byName.set(n, index);
  }
  const actors = merged.map(({ actor, names, roles, sources }) => ({
    ...actor,
    aliases: [...names].filter((n) => n !== actor.name),
    roles: [...roles],
    sources: sources.list,
  }));
  return { actors, renamed };
}

/** Per-article facts → one list per kind, merged across articles, in first-seen order. */
export function mergeArticleFacts(perArticle: ArticleFacts[]): { quotes: Quote[]; events: Event[]; figures: Figure[]; actors: Actor[] } {
  const { actors, renamed } = mergeActors(perArticle.flatMap((a) => a.actors));
  const quotes = mergeQuotes(perArticle.flatMap((a) => a.quotes)).map((q) => (q.actor && renamed.has(q.actor) ? { ...q, actor: renamed.get(q.actor)! } : q));
  return { quotes, events: mergeEvents(perArticle.flatMap((a) => a.events)), figures: mergeFigures(perArticle.flatMap((a) => a.figures)), actors };
}

/** The sources of one merged fact, each once, gathered in constant time per source. */
class SourceUnion {
  readonly list: SourceRef[] = [];
  private readonly seen = new Set<string>();
  private readonly articles = new Set<string>();
  constructor(refs: readonly SourceRef[]) {
    this.add(refs);
  }
  add(refs: readonly SourceRef[]): void {
    for (const ref of refs) {
      const key = `${ref.article}:${ref.start}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.articles.add(ref.article);
      this.list.push(ref);
    }
  }
  hasArticle(article: string): boolean {
    return this.articles.has(article);
  }
}

/**
 * An inverted index from keys (shingles, numbers, names) to merged facts. A key shared by very many
 * facts says little about any one of them, so each key remembers only its newest entries: the cost
 * per fact stays bounded however large the briefing grows.
 */
class Postings {
  private static readonly LIMIT = 64;
  private readonly map = new Map<string, number[]>();
  add(keys: readonly string[], index: number): void {
    for (const key of keys) {
      const list = this.map.get(key);
      if (!list) this.map.set(key, [index]);
      else {
        list.push(index);
        if (list.length > Postings.LIMIT) list.shift();
      }
    }
  }
  candidates(keys: readonly string[]): number[] {
    const out = new Set<number>();
    for (const key of keys) for (const index of this.map.get(key) ?? []) out.add(index);
    return [...out];
  }
}

function shinglesOf(words: string[], size: number): string[] {
  if (words.length <= size) return [words.join(" ")];
  const out: string[] = [];
  for (let i = 0; i + size <= words.length; i++) out.push(words.slice(i, i + size).join(" "));
  return out;
}
