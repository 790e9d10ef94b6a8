import type { Actor, BriefingConfig, Disagreement, Event, Figure, Quote, Warning } from "../schema/index.js";

export interface Curatable {
  quotes: Quote[];
  events: Event[];
  figures: Figure[];
  actors: Actor[];
  disagreements: Disagreement[];
}

export interface Curated<T extends Curatable> {
  facts: T;
  curation: { pinned: string[]; dropped: string[] };
  warnings: Warning[];
}

/**
 * Applies the analyst's last word from briefing.yaml: dropped facts go (and leave any
 * disagreement they were part of), pinned ones are recorded for the selection to keep. An ID that
 * matches no fact — an article removed, a text changed — is a warning naming the ID and its line.
 */
export function curate<T extends Curatable>(facts: T, config: Pick<BriefingConfig, "pin" | "drop">, where: { file?: string | null; lineOf?: (path: Array<string | number>) => number | undefined } = {}): Curated<T> {
  const ids = new Set([...facts.quotes, ...facts.events, ...facts.figures, ...facts.actors].map((f) => f.id));
  const warnings: Warning[] = [];
  const known = (list: "pin" | "drop") =>
    config[list].filter((id, index) => {
      if (ids.has(id)) return true;
      const line = where.lineOf?.([list, index]);
      warnings.push({ code: "unknown-fact", message: `${list}: no fact has the ID ${id} (run \`briefing extract\` for the current IDs)`, ...(where.file ? { file: where.file } : {}), ...(line ? { line } : {}) });
      return false;
    });
  const pinned = known("pin");
  const dropped = new Set(known("drop"));
  const keep = <F extends { id: string }>(list: F[]) => list.filter((f) => !dropped.has(f.id));
  const disagreements = facts.disagreements
    .map((d) => ({ ...d, claims: d.claims.filter((c) => !dropped.has(c.figure)) }))
    .filter((d) => d.claims.length >= 2);
  return {
    facts: { ...facts, quotes: keep(facts.quotes), events: keep(facts.events), figures: keep(facts.figures), actors: keep(facts.actors), disagreements },
    curation: { pinned, dropped: [...dropped] },
    warnings,
  };
}
