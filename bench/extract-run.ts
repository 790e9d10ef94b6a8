// One extraction run, alone in its process: `node <bundle of this file> COUNT WORKERS DIST_DIR`.
// `npm run bench -- extract` bundles this file (and the corpus generator) into plain JavaScript and
// runs it without tsx, so that the process's peak memory is what the CLI itself would use: the
// transpiled dist/ and the articles it holds, not a TypeScript compiler or the other benchmarks' modules.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { extractArticle } from "../src/extract/index.js";
import type { extractStream } from "../src/pipeline/extract-many.js";
import { generateArticle } from "./corpus.js";

const [count, workers, dist] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]!];
const load = async <T>(module: string) => (await import(pathToFileURL(join(dist, module)).href)) as T;
const { extractArticle: extract } = await load<{ extractArticle: typeof extractArticle }>("extract/index.js");
const { extractStream: stream } = await load<{ extractStream: typeof extractStream }>("pipeline/extract-many.js");
// The heap is set up as the CLI sets it up (`BENCH_DEFAULT_HEAP=1`: as V8 would, to compare).
if (!process.env.BENCH_DEFAULT_HEAP) (await load<{ keepHeapNearLiveSize: () => void }>("cli/heap.js")).keepHeapNearLiveSize();

// The articles are all held at once, as a briefing's loaded articles are.
const articles = Array.from({ length: count }, (_, i) => generateArticle(i));
if (workers <= 1) extract(articles[0]!); // load the language model outside the timing, as the workers do before their first batch
const started = performance.now();
let seen = 0;
for await (const _facts of stream(articles, { workers })) seen++;
if (seen !== count) throw new Error("extraction lost articles");
const seconds = (performance.now() - started) / 1000;
process.stdout.write(JSON.stringify({ seconds, peakRss: process.resourceUsage().maxRSS * 1024 }));
