import type { Actor, Article, Disagreement, Figure } from "../schema/index.js";
import { contentWords } from "./text.js";

/**
 * Kinds of quantity that news reports dispute. Two figures can only disagree when they measure the
 * same kind of thing; these are general classes of conflict reporting, not words of any one text.
 */
const QUANTITY_CLASSES: ReadonlyArray<{ topic: string; pattern: RegExp }> = [
  { topic: "killed", pattern: /\b(killed|dead|deaths?|died|killings?|fatalities|death toll|lives)\b/i },
  { topic: "injured", pattern: /\b(injured|wounded|hurt|injuries)\b/i },
  { topic: "displaced", pattern: /\b(displaced|refugees|fled|fleeing|evacuated|homeless|uprooted|from their homes)\b/i },
  { topic: "detained", pattern: /\b(arrested|detained|detainees|prisoners|captured)\b/i },
  { topic: "size of the force", pattern: /\b(fighters|troops|soldiers|militants|forces?|-strong|strong|combatants|rebels|personnel|militiamen)\b/i },
];

const CLASS_WORDS = new Set(
  QUANTITY_CLASSES.flatMap((c) => c.pattern.source.replace(/\\b|[()?]/g, "").split("|")).map((w) => w.toLowerCase().replace(/^-/, "")),
);

// Saying when is not saying what: two counts "since early March" are not thereby about one thing.
const TIME_WORDS = new Set(
  "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday early later latest since until today yesterday tomorrow night morning evening weeks months years".split(" "),
);

interface Placed {
  figure: Figure;
  topic: string;
  context: string;
  actors: Set<string>;
  places: Set<string>;
  words: Set<string>;
  sayer: string;
}

/**
 * Figures about the same quantity that sources give differently: 12 vs 21 killed in the same
 * airstrikes; a force of 30,000 vs more than 40,000. Figures are grouped by quantity class first,
 * so the comparison never runs over every pair of figures in the briefing.
 */
export function findDisagreements(figures: Figure[], articles: Article[], actors: Actor[]): Disagreement[] {
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const mentions = mentionsByArticle(actors);
  const nameOf = new Map(actors.map((a) => [a.id, a.name]));
  const byTopic = new Map<string, Placed[]>();
  for (const figure of figures) {
    const source = figure.sources[0]!;
    const context = sentenceAround(textOf.get(source.article) ?? "", source.start, source.end);
    const topic = QUANTITY_CLASSES.find((c) => c.pattern.test(`${figure.counts ?? ""} ${context.text}`))?.topic;
    if (!topic) continue;
    const placed: Placed = {
      figure,
      topic,
      context: context.text,
      ...actorsMentioned(mentions.get(source.article) ?? [], context.start, context.end, figure.attribution),
      words: new Set([...contentWords(context.text)].filter((w) => w.length >= 5 && !CLASS_WORDS.has(w) && !TIME_WORDS.has(w) && !/\d/.test(w))),
      sayer: `${source.article}|${(figure.attribution ?? "").toLowerCase()}`,
    };
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), placed]);
  }

  const out: Disagreement[] = [];
  for (const [topic, group] of byTopic) {
    const used = new Set<Placed>();
    for (const a of group) {
      if (used.has(a)) continue;
      const rivals = group.filter((b) => b !== a && !used.has(b) && b.figure.value !== a.figure.value && b.sayer !== a.sayer && (b.figure.unit ?? "") === (a.figure.unit ?? "") && aboutTheSameThing(a, b));
      if (rivals.length === 0) continue;
      const claims = [a, ...rivals];
      claims.forEach((c) => used.add(c));
      out.push({
        id: `d-${claims.map((c) => c.figure.id.replace(/^[a-z]+-/, "")).join("").slice(0, 8)}`,
        topic: withSubject(topic, claims, nameOf),
        claims: claims.map(({ figure }) => ({ figure: figure.id, value: figure.value, text: figure.context, attribution: figure.attribution, sources: figure.sources })),
      });
    }
  }
  return out;
}

/** "displaced" → "displaced: Delft" when every claim names the same place or actor. */
function withSubject(topic: string, claims: Placed[], nameOf: Map<string, string>): string {
  const [first, ...rest] = claims.map((c) => new Set([...c.places, ...c.actors]));
  const shared = [...first!].filter((id) => rest.every((set) => set.has(id)));
  return shared.length > 0 ? `${topic}: ${nameOf.get(shared[0]!)}` : topic;
}

/**
 * The same organisation or person named in both sentences, or a shared content word ("airstrikes"),
 * and not about two different places (people who fled one town and people who fled another).
 */
function aboutTheSameThing(a: Placed, b: Placed): boolean {
  if (a.places.size > 0 && b.places.size > 0 && ![...a.places].some((p) => b.places.has(p))) return false;
  const named = (x: Placed) => new Set([...x.actors, ...x.places]);
  const namedA = named(a);
  const namedB = named(b);
  if (namedA.size > 0 && namedB.size > 0 && ![...namedA].some((id) => namedB.has(id))) return false;
  for (const id of a.actors) if (b.actors.has(id)) return true;
  for (const w of a.words) if (b.words.has(w)) return true;
  return false;
}

interface Mention {
  id: string;
  type: Actor["type"];
  names: string[];
  start: number;
  end: number;
}

/** Every actor mention, by article: built once so placing a figure looks at one article's mentions only. */
function mentionsByArticle(actors: Actor[]): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  for (const actor of actors) {
    const names = [actor.name, ...actor.aliases].map((n) => n.toLowerCase());
    for (const s of actor.sources) {
      const list = out.get(s.article) ?? [];
      list.push({ id: actor.id, type: actor.type, names, start: s.start, end: s.end });
      out.set(s.article, list);
    }
  }
  return out;
}

/**
 * The people and organisations a sentence is about, and the places it names. Whoever gives the
 * figure is its sayer, not its subject: two figures from one ministry may be about different things.
 */
function actorsMentioned(mentions: readonly Mention[], start: number, end: number, attribution: string | null): { actors: Set<string>; places: Set<string> } {
  const actors = new Set<string>();
  const places = new Set<string>();
  const sayer = attribution?.toLowerCase() ?? null;
  for (const m of mentions) {
    if (m.start < start || m.end > end) continue;
    if (m.type === "place") places.add(m.id);
    else if (!sayer || !m.names.some((n) => sayer.includes(n))) actors.add(m.id);
  }
  return { actors, places };
}

/** The sentence around `[start, end)`, by terminal punctuation: enough context to classify a figure. */
function sentenceAround(text: string, start: number, end: number): { text: string; start: number; end: number } {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to]!)) to++;
  return { text: text.slice(from, to), start: from, end: to };
}
