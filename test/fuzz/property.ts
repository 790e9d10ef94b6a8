import fc from "fast-check";
import { readFileSync } from "node:fs";
import { IngestError } from "../../src/errors.js";
import { extractArticle } from "../../src/extract/index.js";
import { parseArticle } from "../../src/ingest/index.js";

const SEEDS = ["eval/dev/000_6b0960937377b744.txt", "eval/dev/001_a65e98f10f8ae187.txt"].map((f) => readFileSync(f, "utf8"));

/** Text that looks like news and text that looks like nothing: both must come through unharmed. */
const articleText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 400 }),
  fc.array(fc.constantFrom("“", "”", "\"", "‘", "’", "said", " he ", "Sunday", "on 5 November", "2014", "200,000", "\n\n", "Lt-Gen ", "Selo", ".", ",", " ", "(SDF)", "tens of thousands"), { maxLength: 120 }).map((parts) => parts.join("")),
  fc.tuple(fc.constantFrom(...SEEDS), fc.nat(), fc.nat(), fc.string({ maxLength: 20 })).map(([seed, a, b, insert]) => {
    const at = a % seed.length;
    return seed.slice(0, at) + insert + seed.slice(Math.min(seed.length, at + (b % 200)));
  }),
);

/** The property: ingest refuses only with IngestError; extraction never throws; every excerpt is verbatim and in range. */
export const ingestAndExtract = fc.property(articleText, fc.option(fc.constantFrom("2016-11-06", "2017-06-09"), { nil: undefined }), (text, published) => {
  let article;
  try {
    article = parseArticle(new TextEncoder().encode(text), "fuzz.txt", published ? { published } : {}).article;
  } catch (error) {
    if (error instanceof IngestError) return true;
    throw error;
  }
  const facts = extractArticle(article);
  for (const fact of [...facts.quotes, ...facts.events, ...facts.figures, ...facts.actors]) {
    for (const source of fact.sources) {
      if (source.start < 0 || source.end > article.text.length || source.start > source.end) throw new Error(`offsets out of range in ${fact.id}`);
      if (article.text.slice(source.start, source.end) !== source.excerpt) throw new Error(`excerpt not verbatim in ${fact.id}`);
    }
  }
  return true;
});
