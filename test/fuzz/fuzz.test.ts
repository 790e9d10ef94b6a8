import fc from "fast-check";
import { it } from "vitest";
import { ingestAndExtract } from "./property.js";

// A short run in every test pass; `npm run fuzz` runs 10,000 cases.
it("ingest and extraction survive random and mutated articles, keeping every excerpt verbatim", () => {
  fc.assert(ingestAndExtract, { numRuns: 150, seed: Number(process.env.FUZZ_SEED ?? 20261122) });
}, 60_000);
