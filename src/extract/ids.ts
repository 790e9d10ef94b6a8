import { hash } from "node:crypto";

/**
 * A stable fact id: derived from the article and the fact's own words, so it survives re-runs and
 * new articles. `factId("q", "cnn-raqqa", "We are starting …")` → `q-3f9a1c2b`.
 */
export function factId(prefix: string, article: string, text: string): string {
  const normalized = text.toLowerCase().replace(/\s+/g, " ").trim();
  // One-shot hashing: the same digest as createHash(), without a Hash object for each of thousands of facts.
  return `${prefix}-${hash("sha256", `${article}\u0000${normalized}`, "hex").slice(0, 8)}`;
}
