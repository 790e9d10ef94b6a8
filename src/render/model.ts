import { TLP_LABELS, type BriefingConfig, type BriefingFacts, type Event, type Quote, type Source, type SourceRef } from "../schema/index.js";
import type { Cites, ViewModel } from "../schema/view-model.js";
import { formatDate, formatShortDate } from "./helpers.js";
import { markdownBlock, markdownInline } from "./markdown.js";
import { dayOf } from "../facts/day.js";
import { outletKey } from "../facts/select.js";
import { gazetteer, normalisePlace } from "./gazetteer.js";
import { locatorMap } from "./locator-map.js";
import { timelineSvg } from "./timeline-svg.js";

/** The Admiralty scale's words, for the legend under the source notes. */
const RELIABILITY: Record<string, string> = { A: "completely reliable", B: "usually reliable", C: "fairly reliable", D: "not usually reliable", E: "unreliable", F: "reliability cannot be judged" };
const CREDIBILITY: Record<string, string> = { "1": "confirmed", "2": "probably true", "3": "possibly true", "4": "doubtful", "5": "improbable", "6": "truth cannot be judged" };

/** A fact printed with many sources cites this many; the note says how many more report it. */
const MAX_CITES = 3;

/**
 * Numbers sources in order of first citation: a source cited again keeps its number. The notes are
 * per article (outlet, title, date, url), as printed reports cite. A fact reported by dozens of
 * articles cites three — other outlets before a second article of one outlet, sources already
 * numbered before new ones — and counts the rest, so the notes stay readable.
 */
class Citations {
  private readonly numbers = new Map<string, number>();
  constructor(private readonly outletOf: (article: string) => string) {}

  cite(refs: readonly SourceRef[]): Cites {
    const articles = [...new Set(refs.map((r) => r.article))];
    const chosen: string[] = [];
    const outlets = new Set<string>();
    const passes: Array<(a: string) => boolean> = [
      (a) => this.numbers.has(a) && !outlets.has(this.outletOf(a)),
      (a) => !outlets.has(this.outletOf(a)),
      (a) => this.numbers.has(a),
      () => true,
    ];
    for (const pass of passes) {
      for (const article of articles) {
        if (chosen.length >= MAX_CITES) break;
        if (chosen.includes(article) || !pass(article)) continue;
        chosen.push(article);
        outlets.add(this.outletOf(article));
      }
    }
    const numbers = chosen.map((article) => {
      let n = this.numbers.get(article);
      if (n === undefined) {
        n = this.numbers.size + 1;
        this.numbers.set(article, n);
      }
      return n;
    });
    return { numbers: numbers.sort((a, b) => a - b), more: articles.length - chosen.length };
  }

  order(): string[] {
    return [...this.numbers.keys()];
  }
}

/**
 * Everything the templates see, already selected, ordered, formatted and cited. Pure: the same
 * briefing gives the same model. Typed and documented by `ViewModelSchema` (docs/template-data.md).
 */
export function buildViewModel({ config, facts }: { config: BriefingConfig; facts: BriefingFacts }): ViewModel {
  const locale = config.locale;
  const outletOf = new Map(facts.sources.map((s) => [s.id, outletKey(s)]));
  const citations = new Citations((article) => outletOf.get(article) ?? article);
  const date = (value: string) => formatDate(value, locale);

  // The selection (src/facts/select.ts) has already chosen within each section's budget, pins included.
  const timelineEvents = chronological(facts.events.filter((e) => e.rank.selected && e.date.resolved !== null), config.timeline.order);
  const timeline = timelineEvents.map((event, index) => ({
    id: event.id,
    number: index + 1,
    iso: event.date.resolved!.value,
    date: formatDate(event.date.resolved!, locale),
    precision: event.date.resolved!.precision,
    text: event.text,
    expression: event.date.expression,
    cites: citations.cite(event.sources),
  }));
  const undated = facts.events
    .filter((e) => e.date.resolved === null)
    .map((event) => ({ id: event.id, expression: event.date.expression, text: event.text, cites: citations.cite(event.sources) }));

  const published = new Map(facts.sources.map((s) => [s.id, s.published]));
  const quotes = byScore(facts.quotes.filter((q) => q.rank.selected)).map((quote) => ({
    id: quote.id,
    text: quoteForDisplay(quote),
    speaker: quote.speaker,
    role: quote.role,
    // When the text does not date the words, the reader still learns when they were reported.
    said: quote.said ? formatDate(quote.said, locale) : null,
    reported: !quote.said && published.get(quote.sources[0]!.article) ? date(published.get(quote.sources[0]!.article)!) : null,
    partial: quote.partial,
    cites: citations.cite(quote.sources),
  }));

  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const figures = byScore(facts.figures.filter((f) => f.rank.selected)).map((figure) => ({
    id: figure.id,
    // An order of magnitude ("tens of thousands") is shown as written, never as a made-up count.
    value: figure.approximate && figure.qualifier && /\b(tens|hundreds|dozens) of\b/.test(figure.qualifier) ? figure.qualifier : (asClock(figure) ?? number.format(figure.value)),
    unit: asClock(figure) === null ? figure.unit : null,
    context: figure.context,
    counts: figure.counts,
    qualifier: figure.qualifier && !/\b(tens|hundreds|dozens) of\b/.test(figure.qualifier) ? figure.qualifier : null,
    approximate: figure.approximate,
    attribution: figure.attribution,
    text: figure.text,
    cites: citations.cite(figure.sources),
  }));

  // Never trimmed by a budget: a dispute between sources is what a reader must not miss. A long one
  // shows its extremes and its best-sourced claims, and says how many more lie between.
  // With many disputes, each shows only its lowest and highest claims.
  const claimLimit = facts.disagreements.length > 3 ? 2 : 4;
  const disagreements = facts.disagreements.map((d) => {
    const shown = claimsToShow(d.claims, claimLimit);
    const others = d.claims.filter((c) => !shown.includes(c));
    const values = others.map((c) => c.value);
    return {
      id: d.id,
      topic: d.topic,
      claims: shown.map((c) => ({ value: number.format(c.value), text: c.text, attribution: c.attribution, cites: citations.cite(c.sources) })),
      others: others.length > 0 ? { count: others.length, from: number.format(Math.min(...values)), to: number.format(Math.max(...values)), sources: new Set(others.flatMap((c) => c.sources.map((s) => s.article))).size } : null,
    };
  });

  // The analyst's own words: never cited, never mixed in with what the sources say.
  const notes = facts.notes.map((n) => ({ id: n.id, text: n.text, date: n.date ? formatDate(n.date, locale) : null }));

  // Everything the selection left out, for a reader who wants all of it (cited before the notes are numbered).
  const annex = config.annex
    ? {
        events: chronological(facts.events.filter((e) => !e.rank.selected && e.date.resolved !== null), "oldest-first").map((e) => ({ id: e.id, date: formatDate(e.date.resolved!, locale), text: e.text, cites: citations.cite(e.sources) })),
        quotes: facts.quotes.filter((q) => !q.rank.selected).map((q) => ({ id: q.id, text: quoteForDisplay(q), speaker: q.speaker, partial: q.partial, cites: citations.cite(q.sources) })),
        figures: facts.figures.filter((f) => !f.rank.selected).map((f) => ({ id: f.id, text: f.text, context: f.context, attribution: f.attribution, cites: citations.cite(f.sources) })),
      }
    : null;

  // Places the articles name, on a map drawn now; places the gazetteer lacks are listed, not guessed.
  // Country names are places whatever type the extraction gave them.
  const mapped = config.style === "flash" ? null : placesMap(facts.actors);

  const actors = [...facts.actors]
    .filter((a) => a.type !== "place" || a.mentions > 1)
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
    .slice(0, 12)
    .map((a) => ({ name: a.name, type: a.type, aliases: a.aliases, roles: a.roles.slice(0, 2), mentions: a.mentions }));

  // Sources never cited still count: listed after the cited ones when they are few (or the annex
  // is on), otherwise summed up in a line, so fifty articles read do not print fifty notes.
  const byId = new Map(facts.sources.map((s) => [s.id, s]));
  const cited = new Set(citations.order());
  const uncited = facts.sources.filter((s) => !cited.has(s.id));
  const listUncited = uncited.length <= 12 || config.annex;
  const order = [...citations.order(), ...(listUncited ? uncited.map((s) => s.id) : [])];
  const days = uncited.flatMap((s) => (s.published ? [s.published] : [])).sort();
  const uncitedSummary = listUncited
    ? null
    : { count: uncited.length, outlets: new Set(uncited.map((s) => s.outlet ?? s.id)).size, from: days.length ? date(days[0]!) : null, to: days.length ? date(days.at(-1)!) : null };
  const sourceNotes = order.flatMap((id, index) => {
    const source = byId.get(id);
    return source ? [note(source, index + 1, date)] : [];
  });
  const grades = sourceNotes.filter((n) => n.grade);

  const asOf = config.as_of ?? newest(facts.sources);
  const handling = config.handling ? handlingOf(config.handling) : null;

  return {
    lang: locale,
    paper: config.paper,
    style: config.style,
    /** The flash update leaves out the long sections (actors, undated sentences). */
    flash: config.style === "flash",
    title: config.title,
    subtitle: config.subtitle ?? null,
    reportNumber: config.report_number ?? null,
    author: config.author ?? null,
    asOf: asOf ? date(asOf) : null,
    period: config.period ? { from: date(config.period.from), to: date(config.period.to) } : null,
    handling,
    furniture: {
      size: config.paper === "letter" ? "letter" : "A4",
      header: config.title,
      asOf: asOf ? `As of ${date(asOf)}` : "",
      footer: [config.report_number ?? "Situation briefing", config.title].join(" · "),
    },
    summaryHtml: markdownBlock(config.summary),
    takeaways: config.takeaways.map(markdownInline),
    counts: {
      sources: facts.sources.length,
      outlets: new Set(facts.sources.map((s) => s.outlet ?? s.id)).size,
      events: timeline.length,
      quotes: quotes.length,
      figures: figures.length,
    },
    timeline,
    // Drawn at build time from dates and row numbers only: no article text reaches the SVG.
    timelineGraphic: timelineSvg(
      timelineEvents.map((event, index) => ({ date: event.date.resolved!, label: String(index + 1) })),
      (d) => formatShortDate(d, locale),
    ),
    undated,
    locatorMap: mapped,
    quotes,
    figures,
    disagreements,
    actors,
    analystNotes: notes,
    annex: annex && annex.events.length + annex.quotes.length + annex.figures.length > 0 ? annex : null,
    notes: sourceNotes,
    /** Source notes at the foot of each page that cites them (`notes: footnotes` in briefing.yaml). */
    footnotes: config.notes === "footnotes",
    uncitedSources: uncitedSummary,
    gradeLegend: grades.length > 0 ? { reliability: RELIABILITY, credibility: CREDIBILITY } : null,
  };
}

export type { ViewModel };

/**
 * The marks are the template's to draw: the comma that led back into the reporter's sentence goes,
 * and so does a fragment's full stop (the template marks the fragment with ellipses).
 */
function quoteForDisplay(quote: Quote): string {
  // A quotation that runs over paragraphs reopens with a mark at each one: in a box it reads on as one.
  const text = quote.text.replace(/\s*\n\s*(?:[“"‘«„]\s*)?/g, " ").replace(/[\s,;:]+$/, "");
  return quote.partial ? text.replace(/\.+$/, "") : text;
}

function note(source: Source, number: number, date: (v: string) => string) {
  const grade = source.grade;
  return {
    number,
    id: source.id,
    outlet: source.outlet,
    title: source.title,
    date: source.published ? date(source.published) : null,
    url: source.url,
    grade,
    gradeText: grade ? `${RELIABILITY[grade[0]!] ?? ""}, ${CREDIBILITY[grade[1]!] ?? ""}` : null,
  };
}

/** TLP 2.0 colours: the label's colour on black. Other markings print black on white. */
const TLP_COLOURS: Record<string, string> = { clear: "#ffffff", green: "#33ff00", amber: "#ffc000", "amber-strict": "#ffc000", red: "#ff2b2b" };

function handlingOf(text: string) {
  const label = text.trim().toUpperCase();
  const tlp = (TLP_LABELS as readonly string[]).includes(label) ? label.slice(4).toLowerCase().replace("+", "-") : null;
  return { text: tlp ? label : text.trim(), tlp, colour: tlp ? TLP_COLOURS[tlp]! : "#000000", background: tlp ? "#000000" : "transparent" };
}

function newest(sources: Source[]): string | null {
  return sources.reduce<string | null>((max, s) => (s.published && (!max || s.published > max) ? s.published : max), null);
}

function placesMap(actors: BriefingFacts["actors"]) {
  const places = actors.filter((a) => a.type === "place" || gazetteer().countries.has(normalisePlace(a.name)));
  if (places.length === 0) return null;
  const map = locatorMap(places, gazetteer());
  return map.svg ? { svg: map.svg, notFound: map.notFound, outside: map.outside } : null;
}

type Claim = BriefingFacts["disagreements"][number]["claims"][number];

/** Up to `limit` claims in order of value: the lowest, the highest, and the best-sourced between them. */
function claimsToShow(claims: Claim[], limit: number): Claim[] {
  if (claims.length <= limit) return claims;
  const byValue = [...claims].sort((a, b) => a.value - b.value);
  const extremes = [byValue[0]!, byValue.at(-1)!];
  const best = byValue.slice(1, -1).sort((a, b) => b.sources.length - a.sources.length).slice(0, Math.max(0, limit - 2));
  return byValue.filter((c) => extremes.includes(c) || best.includes(c));
}

/** By the middle of each date's span: "2017-W22" sorts among the days of late May, not after June. */
function chronological<E extends Event>(events: E[], order: "oldest-first" | "newest-first"): E[] {
  const sorted = [...events].sort((a, b) => dayOf(a.date.resolved!) - dayOf(b.date.resolved!) || a.sources[0]!.start - b.sources[0]!.start);
  return order === "newest-first" ? sorted.reverse() : sorted;
}

/** Most important first; equal scores keep the articles' order. */
function byScore<F extends { rank: { score: number } }>(facts: F[]): F[] {
  return facts.map((fact, index) => ({ fact, index })).sort((a, b) => b.fact.rank.score - a.fact.rank.score || a.index - b.index).map(({ fact }) => fact);
}

/**
 * A race's time or a span told in hours, minutes and seconds, as the clock shows it: 7731 seconds → "2:08:51", 257.9 →
 * "4:17.9". A length the text gives in one unit ("90 seconds") stays as written.
 */
export function asClock(figure: { value: number; unit: string | null; text: string }): string | null {
  if (figure.unit !== "seconds" || figure.value < 60 || !/\d:\d\d|\b(?:hours?|hrs?|minutes?|mins?)\b.*\b(?:minutes?|mins?|seconds?|secs?)\b/i.test(figure.text)) return null;
  const hundredths = Math.round(figure.value * 100);
  const hours = Math.floor(hundredths / 360_000);
  const minutes = Math.floor((hundredths % 360_000) / 6_000);
  const seconds = (hundredths % 6_000) / 100;
  const [whole, fraction] = String(seconds).split(".");
  const ss = `${whole!.padStart(2, "0")}${fraction ? `.${fraction}` : ""}`;
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${ss}` : `${minutes}:${ss}`;
}
