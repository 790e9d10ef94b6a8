// A worker thread of extractMany: extracts the batches of articles it is sent and returns their
// facts (without the article text, which the main thread already holds).
import { parentPort } from "node:worker_threads";
import { extractArticle } from "../extract/index.js";
import type { Article } from "../schema/index.js";
import type { BatchReply, BatchRequest } from "./extract-many.js";

const port = parentPort;
if (!port) throw new Error("extract-worker runs only as a worker thread");

port.on("message", ({ batch, articles }: BatchRequest) => {
  let current: Article | undefined;
  try {
    const facts = articles.map((article) => {
      current = article;
      const { article: _article, ...rest } = extractArticle(article);
      return rest;
    });
    port.postMessage({ batch, facts } satisfies BatchReply);
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ batch, error: { message: e.message, stack: e.stack ?? "", file: current?.path ?? null } } satisfies BatchReply);
  }
});
