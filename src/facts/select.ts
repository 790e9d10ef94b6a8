import type { Actor, BriefingConfig, Disagreement, Event, Figure, Quote, Rank, Source, SourceRef } from "../schema/index.js";
import { dayOf } from "./day.js";

/**
 * What each style prints when briefing.yaml sets no budget. A standard brief of dozens of articles
 * still fits in a few pages; a flash update fits on one.
 */
export const BUDGETS = {
  standard: { timeline: 15, quotes: 8, figures: 10 },
  flash: { timeline: 4, quotes: 2, figures: 3 },
} as const;

export interface SelectionInput {
  quotes: Quote[];
  events: Event[];
  figures: Figure[];
  actors: Actor[];
  disagreements: Disagreement[];
  sources: Pick<Source, "id" | "outlet" | "published">[];
}

export type SelectionConfig = Pick<BriefingConfig, "style" | "timeline" | "quotes" | "figures"> & { as_of?: string | undefined };

type Ranked<F> = F & { rank: Rank };

/** Which outlet a source counts as: two articles of one outlet are one independent source. */
export function outletKey(source: Pick<Source, "id" | "outlet">): string {
  return (source.outlet ?? source.id).toLowerCase();
}

/**
 * Ranks every quote, event and figure and marks the ones the brief prints: the top of each list
 * within its length budget, plus every pinned fact. Each score comes with the signals behind it in
 * words, which `briefing extract` prints, so every choice can be explained. Pure and linear in the
 * number of facts (lookups go through maps, nothing is compared pairwise).
 */
export function selectFacts<T extends SelectionInput>(facts: T, config: SelectionConfig, pinned: ReadonlySet<string>) {
  const budget = BUDGETS[config.style];
  const signals = new Signals(facts);
  const asOf = config.as_of ?? newest(facts.sources);

  const events = choose(
    facts.events.map((event) => rankEvent(event, signals, asOf)),
    config.timeline.max ?? budget.timeline,
    pinned,
    // Undated sentences cannot stand on a timeline; they are listed apart.
    (event) => event.date.resolved !== null,
  );
  const quotes = chooseQuotes(
    facts.quotes.map((quote) => rankQuote(quote, signals)),
    config.quotes.max ?? budget.quotes,
    config.quotes.per_speaker,
    pinned,
  );
  const disputed = new Set(facts.disagreements.flatMap((d) => d.claims.map((c) => c.figure)));
  const figures = choose(
    facts.figures.map((figure) => rankFigure(figure, signals, disputed)),
    config.figures.max ?? budget.figures,
    pinned,
  );
  return { ...facts, quotes, events, figures };
}

/** The counts every score draws on, indexed once. */
class Signals {
  private readonly outletOf: Map<string, string>;
  private readonly actorByName = new Map<string, Actor>();
  private readonly actorById: Map<string, Actor>;
  /** How many articles have an event on each date: a date many sources name mattered (news-tls' date ranking). */
  readonly articlesOnDate = new Map<string, Set<string>>();

  constructor(facts: SelectionInput) {
    this.outletOf = new Map(facts.sources.map((s) => [s.id, outletKey(s)]));
    this.actorById = new Map(facts.actors.map((a) => [a.id, a]));
    for (const actor of facts.actors) {
      for (const name of [actor.name, ...actor.aliases]) {
        const key = name.toLowerCase();
        // Short acronyms only as written in full words ("IS" but not "is"): checked in actorsIn.
        if (key.length >= 2 && (this.actorByName.get(key)?.mentions ?? 0) < actor.mentions) this.actorByName.set(key, actor);
      }
    }
    for (const event of facts.events) {
      const value = event.date.resolved?.value;
      if (!value) continue;
      const set = this.articlesOnDate.get(value) ?? new Set<string>();
      for (const s of event.sources) set.add(s.article);
      this.articlesOnDate.set(value, set);
    }
  }

  /** Independent outlets: two articles from one outlet count once. */
  outlets(sources: readonly SourceRef[]): string[] {
    return [...new Set(sources.map((s) => this.outletOf.get(s.article) ?? s.article))];
  }

  /** The actors a text names, most mentioned first. */
  actorsIn(text: string): Actor[] {
    const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu) ?? [];
    const found = new Map<string, Actor>();
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= 4 && i + n <= words.length; n++) {
        const phrase = words.slice(i, i + n).join(" ").replace(/[.’']+$/, "");
        const actor = this.actorByName.get(phrase.toLowerCase());
        // A lower-case word ("is", "us") is not the acronym it spells.
        if (actor && /\p{Lu}/u.test(phrase)) found.set(actor.id, actor);
      }
    }
    return [...found.values()].sort((a, b) => b.mentions - a.mentions);
  }

  actor(id: string | null): Actor | undefined {
    return id ? this.actorById.get(id) : undefined;
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * An event's score: independent outlets reporting it (the strongest signal), how many articles name
 * its date, how recent it is against the as-of date, how precise the date is, and the prominence
 * of the actors it names.
 */
function rankEvent(event: Event, signals: Signals, asOf: string | null): Ranked<Event> {
  const why: string[] = [];
  const outlets = signals.outlets(event.sources);
  let score = 3 * outlets.length;
  why.push(`reported by ${plural(outlets.length, "outlet")}`);
  const resolved = event.date.resolved;
  if (resolved) {
    const articles = signals.articlesOnDate.get(resolved.value)?.size ?? 1;
    if (articles > 1) {
      score += 1.5 * Math.log2(articles);
      why.push(`its date is named in ${articles} articles`);
    }
    if (resolved.precision !== "day") {
      score -= resolved.precision === "year" ? 1.5 : 0.75;
      why.push(`dated only to the ${resolved.precision}`);
    }
    if (asOf) {
      const days = Math.round(dayOf({ value: asOf }) - dayOf(resolved));
      if (days < 0) {
        score += 1;
        why.push(`ahead of the as-of date (${plural(-days, "day")})`);
      } else {
        score += 2 * Math.exp(-days / 30);
        why.push(days === 0 ? "on the as-of date" : `${plural(days, "day")} before the as-of date`);
      }
    }
  } else {
    score -= 5;
    why.push("no date could be placed");
  }
  const actors = signals.actorsIn(event.text).slice(0, 3);
  if (actors.length > 0) {
    score += 0.5 * actors.reduce((sum, a) => sum + Math.log2(1 + a.mentions), 0);
    why.push(`names ${actors.map((a) => `${a.name} (${plural(a.mentions, "mention")})`).join(", ")}`);
  }
  return { ...event, rank: { score: round(score), selected: false, why } };
}

/**
 * A quote's score: the speaker's prominence (mentions of the speaker and of the organisation in
 * their role, across sources), repetition across outlets, and substance (length, a full statement
 * rather than a fragment).
 */
function rankQuote(quote: Quote, signals: Signals): Ranked<Quote> {
  const why: string[] = [];
  const outlets = signals.outlets(quote.sources);
  let score = 3 * outlets.length;
  why.push(`quoted by ${plural(outlets.length, "outlet")}`);
  if (quote.speaker) {
    const speaker = signals.actor(quote.actor) ?? signals.actorsIn(quote.speaker)[0];
    const mentions = speaker?.mentions ?? 1;
    score += Math.log2(1 + mentions);
    why.push(`speaker ${quote.speaker} (${plural(mentions, "mention")})`);
    const organisation = quote.role ? signals.actorsIn(quote.role).find((a) => a.type === "organisation") : undefined;
    if (organisation) {
      score += 0.5 * Math.log2(1 + organisation.mentions);
      why.push(`speaks for ${organisation.name} (${plural(organisation.mentions, "mention")})`);
    }
  } else {
    score -= 3;
    why.push("no speaker named");
  }
  const words = quote.text.split(/\s+/).filter(Boolean).length;
  score += Math.min(words, 40) / 8;
  why.push(`${plural(words, "word")}`);
  if (quote.partial) {
    score -= 4;
    why.push("a fragment, not a full statement");
  }
  return { ...quote, rank: { score: round(score), selected: false, why } };
}

/** A figure's score: outlets reporting it, a source vouching for it, a count of something named, a dispute. */
function rankFigure(figure: Figure, signals: Signals, disputed: ReadonlySet<string>): Ranked<Figure> {
  const why: string[] = [];
  const outlets = signals.outlets(figure.sources);
  let score = 4 * outlets.length;
  why.push(`reported by ${plural(outlets.length, "outlet")}`);
  if (figure.attribution) {
    score += 2;
    why.push(`attributed to ${figure.attribution}`);
  }
  if (figure.counts) {
    score += 1;
    why.push(`counts ${figure.counts}`);
  }
  if (disputed.has(figure.id)) {
    score += 3;
    why.push("sources disagree about it");
  }
  return { ...figure, rank: { score: round(score), selected: false, why } };
}

/** The `max` best-scored facts that qualify, plus every pinned one; ties keep the articles' order. */
function choose<F extends { id: string; rank: Rank }>(ranked: F[], max: number, pinned: ReadonlySet<string>, qualifies: (fact: F) => boolean = () => true): F[] {
  const order = ranked
    .map((fact, index) => ({ fact, index }))
    .filter(({ fact }) => qualifies(fact))
    .sort((a, b) => b.fact.rank.score - a.fact.rank.score || a.index - b.index);
  const chosen = new Set(order.slice(0, max).map(({ fact }) => fact.id));
  return ranked.map((fact) => mark(fact, chosen.has(fact.id), pinned));
}

/**
 * Quotes by score, with two rules a desk editor applies: one speaker does not crowd out the rest
 * (one quote each in a short list, two in a longer one, unless briefing.yaml says otherwise), and a
 * fragment only gets in when no full statement is left to take its place.
 */
function chooseQuotes(ranked: Array<Ranked<Quote>>, max: number, perSpeaker: number | undefined, pinned: ReadonlySet<string>): Array<Ranked<Quote>> {
  const cap = perSpeaker ?? (max <= 4 ? 1 : 2);
  const order = ranked.map((quote, index) => ({ quote, index })).sort((a, b) => b.quote.rank.score - a.quote.rank.score || a.index - b.index);
  const chosen = new Set<string>();
  const capped = new Set<string>();
  const bySpeaker = new Map<string, number>();
  for (const partialPass of [false, true]) {
    for (const { quote } of order) {
      if (chosen.size >= max) break;
      if (quote.partial !== partialPass || chosen.has(quote.id)) continue;
      const key = (quote.speaker ?? "").toLowerCase();
      if (key && (bySpeaker.get(key) ?? 0) >= cap) {
        capped.add(quote.id);
        continue;
      }
      bySpeaker.set(key, (bySpeaker.get(key) ?? 0) + 1);
      chosen.add(quote.id);
    }
  }
  return ranked.map((quote) => {
    if (!capped.has(quote.id) || pinned.has(quote.id)) return mark(quote, chosen.has(quote.id), pinned);
    return { ...quote, rank: { ...quote.rank, why: [...quote.rank.why, `${quote.speaker} already has ${plural(cap, "quote")} in the brief`] } };
  });
}

function mark<F extends { id: string; rank: Rank }>(fact: F, chosen: boolean, pinned: ReadonlySet<string>): F {
  const isPinned = pinned.has(fact.id);
  const why = isPinned ? [...fact.rank.why, "pinned in briefing.yaml"] : chosen ? fact.rank.why : [...fact.rank.why, "below the section's budget"];
  return { ...fact, rank: { ...fact.rank, selected: chosen || isPinned, why } };
}

function newest(sources: SelectionInput["sources"]): string | null {
  return sources.reduce<string | null>((max, s) => (s.published && (!max || s.published > max) ? s.published : max), null);
}
