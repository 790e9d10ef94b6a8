import type { EvalReport } from "./run.js";
import { summarize } from "./run.js";
import type { EvalCounts } from "./score.js";

/** The human report: every miss and false hit first, the totals last (where a terminal's tail shows them). */
export function formatEvalReport(report: EvalReport, options: { findings?: boolean } = {}): string {
  const lines: string[] = [];
  if (options.findings !== false) {
    for (const set of report.sets) {
      for (const article of set.articles) {
        for (const f of article.findings) {
          const detail = [f.expected !== undefined ? `expected ${f.expected}` : "", f.got !== undefined ? `got ${f.got}` : ""].filter(Boolean).join(", ");
          lines.push(`${f.category.padEnd(7)} ${f.kind.padEnd(13)} ${article.article}: “${clip(f.text)}”${detail ? ` — ${detail}` : ""}`);
        }
      }
    }
    if (lines.length) lines.push("");
  }
  for (const set of report.sets) lines.push(...totals(set.goldDir, set.counts));
  if (report.sets.length > 1) lines.push(...totals("all sets", report.counts));
  return lines.join("\n");
}

function totals(label: string, counts: EvalCounts): string[] {
  const s = summarize(counts);
  const q = counts.quotes;
  return [
    `${label}`,
    `  quotes   P ${pct(s.quotes.precision)}  R ${pct(s.quotes.recall)}  F1 ${pct(s.quotes.f1)}  speaker ${pct(s.quotes.speakerAccuracy)}   (${q.systemCorrect}/${q.system} system, ${q.goldFound}/${q.gold} gold, ${q.speakerCorrect}/${q.speakerChecked} speakers)`,
    `  events   R ${pct(s.events.recall)}  date ${pct(s.events.dateAccuracy)}   (${counts.events.goldFound}/${counts.events.gold} found, ${counts.events.dateCorrect} dated right)`,
    `  figures  P ${pct(s.figures.precision)}  R ${pct(s.figures.recall)}   (${counts.figures.systemCorrect}/${counts.figures.system} system, ${counts.figures.goldFound}/${counts.figures.gold} gold)`,
  ];
}

function pct(x: number): string {
  return x.toFixed(3);
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 90 ? `${flat.slice(0, 87)}…` : flat;
}
