import { ConfigError } from "../errors.js";
import { factId } from "../extract/ids.js";
import { literalPattern } from "../extract/pattern.js";
import type { Actor, Addition, AnalystNote, Article, BriefingConfig, Curation, Disagreement, EditRecord, Event, FactEdit, Figure, Quote, ResolvedDate, Warning } from "../schema/index.js";

export interface Curatable {
  quotes: Quote[];
  events: Event[];
  figures: Figure[];
  actors: Actor[];
  disagreements: Disagreement[];
}

export interface Curated<T extends Curatable> {
  facts: T & { notes: AnalystNote[] };
  curation: Curation;
  warnings: Warning[];
}

/** Where briefing.yaml is, and how to find the line of a value in it, for errors and warnings. */
export interface ConfigPlace {
  file?: string | null;
  lineOf?: (path: Array<string | number>) => number | undefined;
}

/** Which fields an edit may correct, by kind of fact: a quote's words are verbatim and stay so. */
const EDITABLE: Record<string, ReadonlyArray<keyof FactEdit>> = {
  quote: ["speaker", "role", "date"],
  event: ["date", "text"],
};

/**
 * Applies the analyst's last word from briefing.yaml, in this order: add (each quote or event found
 * verbatim in the article it cites), edit, drop (a dropped fact also leaves any disagreement it was
 * part of), pin. An ID that matches no fact — an article removed, a text changed — is a warning
 * naming the ID and its line; an addition that is not in its article is an error with file:line.
 */
export function curate<T extends Curatable>(
  facts: T,
  config: Pick<BriefingConfig, "pin" | "drop"> & Partial<Pick<BriefingConfig, "edit" | "add">>,
  where: ConfigPlace & { articles?: readonly Article[] } = {},
): Curated<T> {
  const warnings: Warning[] = [];
  const place = (path: Array<string | number>) => {
    const line = where.lineOf?.(path);
    return { ...(where.file ? { file: where.file } : {}), ...(line ? { line } : {}) };
  };

  const added = applyAdditions(facts, config.add ?? [], where.articles ?? [], place, warnings);
  const withAdded = { ...facts, quotes: [...facts.quotes, ...added.quotes], events: [...facts.events, ...added.events] };
  const ids = new Set([...withAdded.quotes, ...withAdded.events, ...withAdded.figures, ...withAdded.actors].map((f) => f.id));
  const unknown = (list: string, id: string, path: Array<string | number>) =>
    warnings.push({ code: "unknown-fact", message: `${list}: no fact has the ID ${id} (run \`briefing extract\` for the current IDs)`, ...place(path) });

  const { quotes, events, edited } = applyEdits(withAdded, config.edit ?? {}, ids, place, unknown);
  const known = (list: "pin" | "drop") =>
    config[list].filter((id, index) => {
      if (ids.has(id)) return true;
      unknown(list, id, [list, index]);
      return false;
    });
  // What the analyst added is meant to be printed.
  const pinned = [...new Set([...known("pin"), ...added.pinned])];
  const dropped = new Set(known("drop"));
  const keep = <F extends { id: string }>(list: F[]) => list.filter((f) => !dropped.has(f.id));
  const disagreements = facts.disagreements
    .map((d) => ({ ...d, claims: d.claims.filter((c) => !dropped.has(c.figure)) }))
    .filter((d) => d.claims.length >= 2);
  return {
    facts: { ...facts, quotes: keep(quotes), events: keep(events), figures: keep(facts.figures), actors: keep(facts.actors), disagreements, notes: added.notes },
    curation: { pinned: pinned.filter((id) => !dropped.has(id)), dropped: [...dropped], edited, added: added.ids },
    warnings,
  };
}

type Place = (path: Array<string | number>) => { file?: string; line?: number };

function applyAdditions(facts: Curatable, additions: readonly Addition[], articles: readonly Article[], place: Place, warnings: Warning[]) {
  const out = { quotes: [] as Quote[], events: [] as Event[], notes: [] as AnalystNote[], ids: [] as string[], pinned: [] as string[] };
  const existing = new Set([...facts.quotes, ...facts.events].map((f) => f.id));
  additions.forEach((addition, index) => {
    if (addition.kind === "note") {
      const id = factId("n", "analyst", addition.text);
      out.notes.push({ kind: "note", id, text: addition.text, date: addition.date ? resolvedDate(addition.date) : null });
      out.ids.push(id);
      return;
    }
    const article = articles.find((a) => a.id === addition.article);
    if (!article) {
      const known = articles.map((a) => a.id).join(", ");
      throw new ConfigError(`add[${index}].article: no article "${addition.article}" in this briefing (articles: ${known})`, place(["add", index, "article"]));
    }
    const span = findVerbatim(article.text, addition.text);
    if (!span) {
      throw new ConfigError(
        `add[${index}].text: not found verbatim in article "${article.id}" (${article.path}); copy the words exactly as the article has them, or add an analyst's note (kind: note) instead`,
        place(["add", index, "text"]),
      );
    }
    const sources = [{ article: article.id, ...span, excerpt: article.text.slice(span.start, span.end) }];
    const text = sources[0]!.excerpt;
    const id = factId(addition.kind === "quote" ? "q" : "e", article.id, text);
    if (existing.has(id)) {
      warnings.push({ code: "already-extracted", message: `add[${index}]: the extraction already has this ${addition.kind} as ${id}; it is pinned instead`, ...place(["add", index]) });
      out.pinned.push(id);
      return;
    }
    existing.add(id);
    if (addition.kind === "quote") {
      out.quotes.push({ kind: "quote", id, text, speaker: addition.speaker ?? null, role: addition.role ?? null, actor: null, partial: false, said: addition.date ? resolvedDate(addition.date) : null, sources });
    } else {
      out.events.push({ kind: "event", id, text, date: { expression: addition.date, start: span.start, end: span.start, resolved: resolvedDate(addition.date) }, sources });
    }
    out.ids.push(id);
    out.pinned.push(id);
  });
  return out;
}

function applyEdits(facts: Curatable, edits: Record<string, FactEdit>, ids: Set<string>, place: Place, unknown: (list: string, id: string, path: Array<string | number>) => void) {
  const edited: EditRecord[] = [];
  const kindOf = new Map<string, string>([...facts.quotes, ...facts.events, ...facts.figures, ...facts.actors].map((f) => [f.id, f.kind]));
  const record = (id: string, field: string, from: string | null, to: string) => edited.push({ id, field, from, to, line: place(["edit", id, field]).line ?? null });
  for (const [id, edit] of Object.entries(edits)) {
    if (!ids.has(id)) {
      unknown("edit", id, ["edit", id]);
      continue;
    }
    const kind = kindOf.get(id)!;
    const allowed = EDITABLE[kind] ?? [];
    for (const field of Object.keys(edit) as Array<keyof FactEdit>) {
      if (allowed.includes(field)) continue;
      const why = kind === "quote" && field === "text" ? "a quote's words are verbatim from its source; drop it, or add the right words from the article" : `a ${kind} takes edits of ${allowed.length ? allowed.join(", ") : "nothing: drop it and add a note instead"}`;
      throw new ConfigError(`edit.${id}.${field}: ${why}`, place(["edit", id, field]));
    }
  }
  const quotes = facts.quotes.map((quote) => {
    const edit = edits[quote.id];
    if (!edit) return quote;
    const next = { ...quote };
    if (edit.speaker !== undefined) {
      record(quote.id, "speaker", quote.speaker, edit.speaker);
      // The extracted actor link belonged to the speaker the analyst corrected.
      Object.assign(next, { speaker: edit.speaker, actor: null });
    }
    if (edit.role !== undefined) {
      record(quote.id, "role", quote.role, edit.role);
      next.role = edit.role;
    }
    if (edit.date !== undefined) {
      record(quote.id, "date", quote.said?.value ?? null, edit.date);
      next.said = resolvedDate(edit.date);
    }
    return next;
  });
  const events = facts.events.map((event) => {
    const edit = edits[event.id];
    if (!edit) return event;
    const next = { ...event };
    if (edit.date !== undefined) {
      record(event.id, "date", event.date.resolved?.value ?? null, edit.date);
      next.date = { ...event.date, resolved: resolvedDate(edit.date) };
    }
    if (edit.text !== undefined) {
      record(event.id, "text", event.text, edit.text);
      next.text = edit.text;
    }
    return next;
  });
  return { quotes, events, edited };
}

/** `2017-06-06` → day, `2017-06` → month, `2017` → year. */
function resolvedDate(value: string): ResolvedDate {
  return { value, precision: value.length === 10 ? "day" : value.length === 7 ? "month" : "year", approximate: false };
}

/**
 * Where the words stand in the article. Verbatim means the same characters; only runs of white
 * space may differ, because YAML folds long lines and articles wrap theirs.
 */
export function findVerbatim(text: string, words: string): { start: number; end: number } | null {
  const parts = words.trim().split(/\s+/).map((part) => literalPattern(part));
  if (parts.length === 0 || parts[0] === "") return null;
  const match = new RegExp(parts.join("\\s+")).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
