import { describe, expect, it } from "vitest";
import { extractArticle } from "../extract/index.js";
import { testArticle } from "../extract/test-article.js";
import { extractMany, extractStream } from "./extract-many.js";

const articles = Array.from({ length: 7 }, (_, i) =>
  testArticle(`“We will hold the line near bridge ${i},” said Maria Lopez on Tuesday. Some ${1200 + i} people fled the town of Brisk last week.`, "2017-06-09", `a${i}`),
);

describe("extractMany", () => {
  it("gives in worker threads exactly what extracting article by article gives, in article order", async () => {
    const inWorkers = await extractMany(articles, { workers: 2, batchBytes: 1 });
    expect(inWorkers).toEqual(articles.map((article) => extractArticle(article)));
    expect(inWorkers.map((facts) => facts.article.id)).toEqual(articles.map((a) => a.id));
    expect(inWorkers[3]!.figures.find((f) => f.counts === "people")).toMatchObject({ value: 1203 });
  }, 60_000);

  it("extracts a small corpus in this thread: no batch goes to a worker", async () => {
    const { Worker } = await import("node:worker_threads");
    const original = Worker.prototype.postMessage;
    let posted = 0;
    Worker.prototype.postMessage = function (this: InstanceType<typeof Worker>, ...args: Parameters<typeof original>) {
      posted++;
      return original.apply(this, args);
    };
    try {
      const facts = await extractMany(articles);
      expect(facts).toEqual(articles.map((article) => extractArticle(article)));
      expect(posted, "batches posted to workers").toBe(0);
    } finally {
      Worker.prototype.postMessage = original;
    }
  });

  it("reports an article that breaks extraction in a worker by its file, and fails the whole run", async () => {
    const broken = { ...articles[4]!, path: "articles/broken.txt", text: { length: 5 } as unknown as string };
    const run = extractMany([...articles.slice(0, 4), broken, ...articles.slice(5)], { workers: 2, batchBytes: 1 });
    await expect(run).rejects.toMatchObject({ name: "BriefingError", file: "articles/broken.txt", message: expect.stringMatching(/^extraction failed: /) });
  }, 60_000);

  it("reports an article that breaks extraction in this thread by its file too", async () => {
    const broken = { ...articles[1]!, path: "articles/broken.txt", text: { length: 5 } as unknown as string };
    await expect(extractMany([articles[0]!, broken], { workers: 0 })).rejects.toMatchObject({ name: "BriefingError", file: "articles/broken.txt", message: expect.stringMatching(/^extraction failed: /) });
  });

  it("lets a caller stop reading the stream early, and shuts the workers down", async () => {
    const seen: string[] = [];
    for await (const facts of extractStream(articles, { workers: 2, batchBytes: 1 })) {
      seen.push(facts.article.id);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual(["a0", "a1"]);
  }, 60_000);
});
