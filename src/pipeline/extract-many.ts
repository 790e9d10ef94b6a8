import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { BriefingError } from "../errors.js";
import { extractArticle, type ArticleFacts } from "../extract/index.js";
import type { Article } from "../schema/index.js";

/** Below this much text (about 2,000 articles) starting workers, each loading the language model, costs more than it saves (measured on 2 cores: even at 8 MB, 1.1×). */
export const PARALLEL_FROM_BYTES = 8_000_000;
/** Batches keep messages few and let a fast worker take more of the queue. */
const BATCH_BYTES = 256_000;

export interface ExtractManyOptions {
  /**
   * Worker threads to extract in. Default: one per core when the articles hold at least
   * PARALLEL_FROM_BYTES of text, else none (extracted in this thread). `$BRIEFING_WORKERS` overrides.
   */
  workers?: number;
  /** Text per batch sent to a worker (tests use a small one to spread a few articles over workers). */
  batchBytes?: number;
}

export interface BatchRequest {
  batch: number;
  articles: Article[];
}

export type BatchReply =
  | { batch: number; facts: Array<Omit<ArticleFacts, "article">> }
  | { batch: number; error: { message: string; stack: string; file: string | null } };

/**
 * Extracts every article, in worker threads when there is enough text to repay starting them.
 * The result is the same, in the same order, as `articles.map(extractArticle)`: extraction is pure.
 */
export async function extractMany(articles: readonly Article[], options: ExtractManyOptions = {}): Promise<ArticleFacts[]> {
  const out: ArticleFacts[] = [];
  for await (const facts of extractStream(articles, options)) out.push(facts);
  return out;
}

/**
 * The facts of each article in turn, in article order, for a caller that need not hold them all:
 * only a few batches are in flight at once, so memory stays flat however many articles there are.
 */
export async function* extractStream(articles: readonly Article[], options: ExtractManyOptions = {}): AsyncGenerator<ArticleFacts> {
  const batches = batchesOf(articles, options.batchBytes ?? BATCH_BYTES);
  const workers = Math.min(workersWanted(articles, options), batches.length);
  if (workers <= 1) {
    for (const article of articles) yield extractNaming(article);
    return;
  }
  yield* extractInWorkers(batches, workers);
}

/**
 * One article's facts, in this thread; extraction that throws is reported by the article's file, as a worker reports it,
 * so the message says which article to look at.
 */
export function extractNaming(article: Article): ArticleFacts {
  try {
    return extractArticle(article);
  } catch (error) {
    throw extractionFailed(error instanceof Error ? error : new Error(String(error)), article.path);
  }
}

/** The error for an article extraction threw on, in this thread or a worker: named by the article's file where it has one. */
function extractionFailed(cause: Error, file: string | null | undefined): BriefingError {
  return new BriefingError(`extraction failed: ${cause.message}`, { ...(file ? { file } : {}), cause });
}

function workersWanted(articles: readonly Article[], options: ExtractManyOptions): number {
  const fromEnv = process.env.BRIEFING_WORKERS ? Number(process.env.BRIEFING_WORKERS) : NaN;
  const requested = options.workers ?? (Number.isInteger(fromEnv) && fromEnv >= 0 ? fromEnv : undefined);
  if (requested !== undefined) return requested;
  const bytes = articles.reduce((sum, a) => sum + a.text.length, 0);
  return bytes >= PARALLEL_FROM_BYTES ? availableParallelism() : 1;
}

type Batch = { articles: Article[] };

/** Consecutive articles, about `batchBytes` of text in each batch. */
function batchesOf(articles: readonly Article[], batchBytes: number): Batch[] {
  const batches: Batch[] = [];
  let current: Article[] = [];
  let bytes = 0;
  for (const article of articles) {
    current.push(article);
    bytes += article.text.length;
    if (bytes >= batchBytes) {
      batches.push({ articles: current });
      [current, bytes] = [[], 0];
    }
  }
  if (current.length) batches.push({ articles: current });
  return batches;
}

/**
 * The worker module beside this one: compiled JavaScript in dist/, or TypeScript in src/, which the
 * worker compiles through tsx as the main thread does (loader hooks are not shared with workers).
 */
function startWorker(largestBatchBytes: number): Worker {
  // The parent's flags (--input-type, --cpu-prof, a test runner's) are not the worker's business.
  // A worker's heap is capped so that idle garbage does not pile up: the language model and the
  // facts of one batch (about 60 bytes of heap for each byte of text) with room to spare. A small young
  // generation (8 MB, not V8's default of several times that per worker) keeps each worker's resident
  // memory down at no cost in time (10,000 articles in 2 workers: peak RSS 390–420 MB against 460–480 MB,
  // 46–56 s against 50–58 s, measured alternately).
  const options = { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: Math.ceil(160 + (largestBatchBytes / 1e6) * 100), maxYoungGenerationSizeMb: 8 } };
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./extract-worker.js", import.meta.url), options);
  const worker = new URL("./extract-worker.ts", import.meta.url).href;
  const tsx = import.meta.resolve("tsx/esm/api");
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); });`, { ...options, eval: true });
}

async function* extractInWorkers(batches: Batch[], count: number): AsyncGenerator<ArticleFacts> {
  const largest = Math.max(...batches.map((batch) => batch.articles.reduce((sum, a) => sum + a.text.length, 0)));
  const pool = Array.from({ length: count }, () => startWorker(largest));
  const done = new Map<number, ArticleFacts[]>();
  let failure: BriefingError | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  let sent = 0;
  let yielded = 0;
  // Two batches a worker at most, so a slow consumer holds back the workers instead of piling up results.
  const give = (worker: Worker) => {
    if (sent < batches.length && sent - yielded < 2 * count) worker.postMessage({ batch: sent, articles: batches[sent++]!.articles } satisfies BatchRequest);
  };
  const idle: Worker[] = [];
  for (const worker of pool) {
    worker.on("message", (reply: BatchReply) => {
      if ("error" in reply) {
        failure ??= extractionFailed(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }), reply.error.file);
      } else {
        const batch = batches[reply.batch]!;
        done.set(reply.batch, reply.facts.map((facts, i) => ({ article: batch.articles[i]!, ...facts })));
        idle.push(worker);
      }
      notify();
    });
    worker.on("error", (error) => {
      failure ??= new BriefingError(`an extraction worker failed: ${error.message}`, { cause: error });
      notify();
    });
    worker.on("exit", (code) => {
      if (code !== 0) failure ??= new BriefingError(`an extraction worker stopped with exit code ${code}`);
      notify();
    });
    give(worker);
    give(worker);
  }
  try {
    while (yielded < batches.length) {
      if (failure) throw failure;
      const ready = done.get(yielded);
      if (!ready) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      done.delete(yielded++);
      while (idle.length && sent < batches.length && sent - yielded < 2 * count) give(idle.shift()!);
      yield* ready;
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
