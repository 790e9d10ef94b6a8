// npm run fuzz [-- CASES] — the ingest/extraction property over many random and mutated articles.
import fc from "fast-check";
import { ingestAndExtract } from "../test/fuzz/property.js";

const cases = Number(process.argv[2] ?? 10_000);
const started = performance.now();
const result = fc.check(ingestAndExtract, { numRuns: cases });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (result.failed) {
  console.error(`fuzz: FAILED after ${result.numRuns} cases (seed ${result.seed}, path ${result.counterexamplePath}):`);
  console.error(result.counterexample, result.errorInstance);
  process.exitCode = 1;
} else {
  console.log(`fuzz: ${result.numRuns} cases tried, 0 failures (${seconds} s, seed ${result.seed})`);
}
