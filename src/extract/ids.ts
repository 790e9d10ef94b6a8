import { createHash } from "node:crypto";

/**
 * A stable fact id: derived from the article and the fact's own words, so it survives re-runs and
 * new articles. `factId("q", "cnn-raqqa", "We are starting …")` → `q-3f9a1c2b`.
 */
export function factId(prefix: string, article: string, text: string): string {
  const normalized = text.toLowerCase().replace(/\s+/g, " ").trim();
  const hash = createHash("sha256").update(`${article}\u0000${normalized}`).digest("hex").slice(0, 8);
  return `${prefix}-${hash}`;
}
