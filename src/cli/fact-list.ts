import type { BriefingFacts } from "../schema/index.js";

const clip = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

/**
 * The facts as a reviewer reads them: one line per fact with its ID, score and whether the brief
 * prints it, then the signals behind the score. Best first within each section.
 */
export function formatFactList(facts: BriefingFacts): string {
  const lines: string[] = [];
  const section = <F extends { id: string; rank: { score: number; selected: boolean; why: string[] } }>(title: string, list: F[], label: (fact: F) => string) => {
    const chosen = list.filter((f) => f.rank.selected).length;
    lines.push(`${title} (${chosen} of ${list.length} in the brief)`);
    for (const fact of [...list].sort((a, b) => b.rank.score - a.rank.score)) {
      lines.push(`  ${fact.rank.selected ? "✓" : "·"} ${fact.id}  ${fact.rank.score.toFixed(2).padStart(6)}  ${clip(label(fact), 96)}`);
      lines.push(`      ${fact.rank.why.join("; ")}`);
    }
    lines.push("");
  };
  section("Timeline", facts.events, (e) => `${e.date.resolved?.value ?? `(${e.date.expression})`}  ${e.text}`);
  section("Quotes", facts.quotes, (q) => `${q.speaker ?? "Unattributed"}: “${q.text}”`);
  section("Figures", facts.figures, (f) => `${f.text}${f.attribution ? ` (${f.attribution})` : ""}: ${f.context}`);
  if (facts.notes.length > 0) {
    lines.push("Analyst's notes");
    for (const note of facts.notes) lines.push(`  ${note.id}  ${note.date?.value ?? ""} ${note.text}`.replace(/ {2,}/g, "  "));
    lines.push("");
  }
  const { pinned, dropped, edited, added } = facts.curation;
  lines.push(`Curation: ${pinned.length} pinned, ${dropped.length} dropped, ${edited.length} fields edited, ${added.length} added`);
  return `${lines.join("\n")}\n`;
}
