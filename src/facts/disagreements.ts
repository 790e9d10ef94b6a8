import type { Actor, Article, Disagreement, Figure } from "../schema/index.js";
import { contentWords } from "./text.js";

/**
 * Kinds of quantity that news reports dispute. Two figures can only disagree when they measure the
 * same kind of thing; these are general classes of conflict reporting, not words of any one text.
 */
const QUANTITY_CLASSES: ReadonlyArray<{ topic: string; pattern: RegExp }> = [
  { topic: "killed", pattern: /\b(killed|dead|deaths?|died|killings?|fatalities|death toll|lives)\b/i },
  { topic: "injured", pattern: /\b(injured|wounded|hurt|injuries)\b/i },
  { topic: "displaced", pattern: /\b(displaced|refugees|fled|fleeing|evacuated|homeless)\b/i },
  { topic: "detained", pattern: /\b(arrested|detained|detainees|prisoners|captured)\b/i },
  { topic: "size of the force", pattern: /\b(fighters|troops|soldiers|militants|forces?|-strong|strong|combatants|rebels|personnel|militiamen)\b/i },
];

const CLASS_WORDS = new Set(
  QUANTITY_CLASSES.flatMap((c) => c.pattern.source.replace(/\\b|[()?]/g, "").split("|")).map((w) => w.toLowerCase().replace(/^-/, "")),
);

interface Placed {
  figure: Figure;
  topic: string;
  context: string;
  actors: Set<string>;
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
      actors: actorsMentioned(actors, source.article, context.start, context.end),
      words: new Set([...contentWords(context.text)].filter((w) => w.length >= 5 && !CLASS_WORDS.has(w) && !/\d/.test(w))),
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
        topic,
        claims: claims.map(({ figure }) => ({ figure: figure.id, value: figure.value, text: figure.context, attribution: figure.attribution, sources: figure.sources })),
      });
    }
  }
  return out;
}

/** The same organisation or person named in both sentences, or a shared content word ("airstrikes"). */
function aboutTheSameThing(a: Placed, b: Placed): boolean {
  for (const id of a.actors) if (b.actors.has(id)) return true;
  for (const w of a.words) if (b.words.has(w)) return true;
  return false;
}

function actorsMentioned(actors: Actor[], article: string, start: number, end: number): Set<string> {
  const ids = new Set<string>();
  for (const actor of actors) {
    if (actor.type === "place") continue;
    if (actor.sources.some((s) => s.article === article && s.start >= start && s.end <= end)) ids.add(actor.id);
  }
  return ids;
}

/** The sentence around `[start, end)`, by terminal punctuation: enough context to classify a figure. */
function sentenceAround(text: string, start: number, end: number): { text: string; start: number; end: number } {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to]!)) to++;
  return { text: text.slice(from, to), start: from, end: to };
}
