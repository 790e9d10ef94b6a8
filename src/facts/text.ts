/** Lower case, punctuation and quote marks dropped, whitespace collapsed: for comparing wordings. */
export function normalizeForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// Function words carry no content: two sentences sharing only these say nothing alike.
const STOP_WORDS = new Set(
  "a an the and or but of in on at to for from by with as is are was were be been being has have had it its this that these those he she they we i you his her their our said says say will would could should may might not no than then there here which who whom whose what when where while also after before over into about up out".split(" "),
);

/** The set of content words of a text (stop words dropped). */
export function contentWords(text: string): Set<string> {
  // "Raqqa's" and "Raqqa" are one word for comparing what two sentences say.
  return new Set(normalizeForMatch(text).split(" ").map((w) => w.replace(/'s?$/, "")).filter((w) => w.length > 1 && !STOP_WORDS.has(w)));
}

/** |A ∩ B| / |A ∪ B|; 0 for two empty sets. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}
