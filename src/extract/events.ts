import type { Event, Fact, ResolvedDate } from "../schema/index.js";
import { findDates } from "./dates.js";
import type { ArticleDoc } from "./document.js";
import { factId } from "./ids.js";
import { sourceRef } from "./refs.js";
import type { ExtractContext } from "./types.js";

/**
 * Dated happenings: every sentence that names a date becomes an event for each distinct date it
 * names, resolved against the article's publication date. The event's text is the whole sentence.
 */
export default function events(doc: ArticleDoc, _ctx: ExtractContext): Fact[] {
  const out: Event[] = [];
  let anchor: ResolvedDate | null = null;
  for (const sentence of doc.sentences) {
    const seen = new Set<string>();
    const verbs = doc.tokens
      .slice(sentence.tokens[0], sentence.tokens[1] + 1)
      .filter((t) => t.pos === "VERB" || t.pos === "AUX")
      .map((t) => [t.start - sentence.start, t.end - sentence.start] as const);
    const findings = findDates(sentence.text, doc.article.published, { verbs, anchor });
    anchor = findings.filter((f) => f.resolved).pop()?.resolved ?? anchor;
    for (const found of findings) {
      const key = found.resolved?.value ?? `?${found.expression.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        kind: "event",
        id: factId("e", doc.article.id, `${sentence.text}\u0000${key}`),
        text: sentence.text,
        date: { expression: found.expression, start: sentence.start + found.start, end: sentence.start + found.end, resolved: found.resolved },
        sources: [sourceRef(doc, sentence.start, sentence.end)],
      });
    }
  }
  return out;
}
