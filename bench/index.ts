// npm run bench — speed and memory figures, as ratios measured in one run (machines here are noisy).
import { cp, mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build as esbuild } from "esbuild";
import { analyzeArticle, extractArticle, extractors, type ExtractContext } from "../src/extract/index.js";
import { assembleExtracted, assembleFacts } from "../src/pipeline/assemble.js";
import { BriefingConfigSchema } from "../src/schema/index.js";
import { buildBriefing } from "../src/pipeline/build.js";
import { loadBriefing } from "../src/pipeline/load.js";
import { renderBriefing, builtinDirs } from "../src/render/index.js";
import { BrowserSession } from "../src/print/index.js";
import { generateArticle } from "./corpus.js";

const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);
const mb = (bytes: number) => (bytes / 1e6).toFixed(2);

async function extraction(): Promise<void> {
  const cores = availableParallelism();
  const { execFileSync } = await import("node:child_process");
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "pipe" });
  // Each run in a fresh plain-node process (bench/extract-run.ts, bundled), so that its peak memory is its own.
  const scratch = await mkdtemp(join(tmpdir(), "briefing-bench-"));
  const runner = join(scratch, "extract-run.mjs");
  await esbuild({ entryPoints: [fileURLToPath(new URL("./extract-run.ts", import.meta.url))], bundle: true, format: "esm", platform: "node", target: "es2023", outfile: runner, logLevel: "warning" });
  const dist = fileURLToPath(new URL("../dist", import.meta.url));
  const run = (count: number, workers: number) =>
    JSON.parse(execFileSync(process.execPath, [runner, String(count), String(workers), dist], { encoding: "utf8", maxBuffer: 1 << 20 })) as { seconds: number; peakRss: number };
  console.log(`\nExtraction throughput on a generated corpus (articles from sentence patterns), streamed: each article's facts are dropped once counted; the transpiled dist/ the CLI runs`);
  console.log(`  articles      MB   1 thread: s    MB/s  peak RSS   ${cores} workers: s    MB/s  peak RSS   ms/article`);
  try {
    for (const count of [1, 10, 100, 1000, 10000]) {
      const bytes = Array.from({ length: count }, (_, i) => Buffer.byteLength(generateArticle(i).text)).reduce((a, b) => a + b, 0);
      const single = run(count, 1);
      // Worker threads start (and load the language model) per call: not worth it for a handful of articles.
      const parallel = count >= 100 ? run(count, cores) : null;
      const best = Math.min(single.seconds, parallel?.seconds ?? Infinity);
      const rate = (seconds: number) => (bytes / 1e6 / seconds).toFixed(2);
      const cells = (r: { seconds: number; peakRss: number } | null) =>
        r ? `${r.seconds.toFixed(2).padStart(13)} ${rate(r.seconds).padStart(7)} ${(r.peakRss / 1e6).toFixed(0).padStart(6)} MB` : `${"-".padStart(13)} ${"-".padStart(7)} ${"-".padStart(9)}`;
      console.log(`  ${String(count).padStart(8)} ${mb(bytes).padStart(7)} ${cells(single)} ${cells(parallel)} ${((best * 1000) / count).toFixed(2).padStart(12)}`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  console.log(`  (target ≥ 5 MB/s, time per article flat as the corpus grows, < 500 MB resident at 10,000 articles)`);

  // One long article: nothing in an extractor may compare every quote, sentence or date with every other.
  const long = (count: number) => ({ ...generateArticle(0), text: Array.from({ length: count }, (_, i) => generateArticle(i).text).join("\n\n") });
  const perMb = (count: number) => {
    const article = long(count);
    const started = performance.now();
    extractArticle(article);
    return (performance.now() - started) / (article.text.length / 1e6);
  };
  extractArticle(generateArticle(0)); // the language model loads here, not inside the first timing
  const [small, large] = [perMb(300), perMb(1200)];
  console.log(`  one long article: ${(small / 1000).toFixed(2)} s/MB at 1.2 MB, ${(large / 1000).toFixed(2)} s/MB at 4.7 MB: ${(large / small).toFixed(2)}× (linear: close to 1)`);

  // Where the time goes, stage by stage, in this thread: what to work on next.
  const sample = Array.from({ length: 500 }, (_, i) => generateArticle(i));
  const spent = new Map<string, number>([["segment (wink-nlp)", 0]]);
  for (const article of sample) {
    let started = performance.now();
    const doc = analyzeArticle(article);
    spent.set("segment (wink-nlp)", spent.get("segment (wink-nlp)")! + performance.now() - started);
    const ctx: ExtractContext = { facts: [], warnings: [] };
    for (const [name, run] of extractors) {
      started = performance.now();
      ctx.facts.push(...run(doc, ctx));
      spent.set(name, (spent.get(name) ?? 0) + performance.now() - started);
    }
  }
  const total = [...spent.values()].reduce((a, b) => a + b, 0);
  console.log(`  per stage (src/ through tsx, for the shares): ${[...spent].map(([name, ms]) => `${name} ${(ms / sample.length).toFixed(2)} ms (${((ms / total) * 100).toFixed(0)}%)`).join(", ")}`);
}

async function endToEnd(): Promise<void> {
  console.log("\nThe example briefing (briefings/raqqa)");
  const out = await mkdtemp(join(tmpdir(), "briefing-bench-"));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  try {
    const builds: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await buildBriefing("briefings/raqqa", { out: join(out, "raqqa.pdf") });
      builds.push(performance.now() - started);
    }
    const loaded = await loadBriefing("briefings/raqqa");
    const html = renderBriefing({ config: loaded.config, facts: await assembleFacts(loaded) }, { templateDirs: [builtinDirs.templates], styleDirs: [builtinDirs.styles] });
    const prints: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const session = await BrowserSession.start();
      await session.print(html, { paper: "a4" });
      await session.close();
      prints.push(performance.now() - started);
    }
    console.log(`  build end to end, median of 5:              ${median(builds).toFixed(0)} ms`);
    console.log(`  browser start + print of the same HTML:     ${median(prints).toFixed(0)} ms`);
    console.log(`  ratio build / print alone:                  ${(median(builds) / median(prints)).toFixed(2)}×  (target ≤ 1.5×)`);

    // What laying out footnotes costs: the same briefing printed with notes at the foot of each page
    // (Paged.js) and with endnotes (Chromium alone), through one warm browser.
    const session = await BrowserSession.start();
    const endnotesHtml = renderBriefing({ config: { ...loaded.config, notes: "endnotes" }, facts: await assembleFacts(loaded) }, { templateDirs: [builtinDirs.templates], styleDirs: [builtinDirs.styles] });
    const time = async (document: string) => {
      const times: number[] = [];
      for (let i = 0; i < 6; i++) {
        const started = performance.now();
        await session.print(document, { paper: "a4" });
        if (i > 0) times.push(performance.now() - started);
      }
      return median(times);
    };
    const [withFootnotes, withEndnotes] = [await time(html), await time(endnotesHtml)];
    await session.close();
    console.log(`  print, warm browser: footnotes ${withFootnotes.toFixed(0)} ms, endnotes ${withEndnotes.toFixed(0)} ms: footnote layout costs ${(withFootnotes - withEndnotes).toFixed(0)} ms`);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

async function many(): Promise<void> {
  const count = Number(process.env.BENCH_BRIEFINGS ?? 100);
  const sample = Math.min(count, 10);
  console.log(`\n${count} copies of the example: \`briefing build --all\` vs ${count} separate \`briefing build\` runs (both through the CLI)`);
  const root = await mkdtemp(join(tmpdir(), "briefing-bench-many-"));
  const { execFileSync } = await import("node:child_process");
  const cli = (...args: string[]) => execFileSync(process.execPath, ["bin/briefing.js", ...args], { stdio: "pipe", env: { ...process.env, NO_COLOR: "1" } });
  try {
    const dirs: string[] = [];
    for (let i = 0; i < count; i++) {
      const dir = join(root, "briefings", `b${String(i).padStart(3, "0")}`);
      await cp("briefings/raqqa", dir, { recursive: true, filter: (src) => !src.includes("/out") });
      dirs.push(dir);
    }
    // Both sides run the transpiled dist/ as an installed CLI does (bin/ falls back to compiling src/ when dist/ is stale).
    execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "pipe" });
    cli("build", dirs[0]!, "--out", join(root, "warm")); // the disk cache warm for both
    let started = performance.now();
    cli("build", "--all", join(root, "briefings"), "--out", join(root, "all"));
    const all = performance.now() - started;
    started = performance.now();
    for (const dir of dirs.slice(0, sample)) cli("build", dir, "--out", join(root, "one"));
    const separate = ((performance.now() - started) / sample) * count;
    console.log(`  build --all (concurrency ${availableParallelism()}):  ${(all / 1000).toFixed(1)} s, ${(all / count).toFixed(0)} ms a briefing`);
    console.log(`  separate builds:  ${(separate / 1000).toFixed(1)} s, ${(separate / count).toFixed(0)} ms a briefing (${sample} timed, times ${count / sample})`);
    console.log(`  speed-up:         ${(separate / all).toFixed(1)}×  (target ≥ 10×)`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function selection(): Promise<void> {
  console.log("\nMerge, curation, ranking and selection after extraction (extraction not timed)");
  console.log("  articles    facts   seconds   µs/fact   RSS MB");
  // 200 distinct generated articles, extracted once, then reused under new article ids: the
  // selection sees the same load as from that many articles without minutes of extraction first.
  const pool = Array.from({ length: 200 }, (_, i) => generateArticle(i));
  const extracted = pool.map((article) => extractArticle(article));
  const config = BriefingConfigSchema.parse({ title: "Bench", as_of: "2024-05-17" });
  let perFact: number | null = null;
  for (const count of [500, 5000]) {
    const articles = Array.from({ length: count }, (_, i) => ({ ...pool[i % pool.length]!, id: `a-${i}`, outlet: `Outlet ${i % 40}` }));
    const perArticle = articles.map((article, i) => {
      const facts = extracted[i % pool.length]!;
      const move = <F extends { id: string; sources: Array<{ article: string }> }>(f: F): F => ({ ...f, id: `${f.id}${i}`, sources: f.sources.map((s) => ({ ...s, article: article.id })) });
      return { ...facts, quotes: facts.quotes.map(move), events: facts.events.map(move), figures: facts.figures.map(move), actors: facts.actors.map(move) };
    });
    const factCount = perArticle.reduce((n, a) => n + a.quotes.length + a.events.length + a.figures.length + a.actors.length, 0);
    const started = performance.now();
    assembleExtracted(perArticle, { articles, config, warnings: [] });
    const seconds = (performance.now() - started) / 1000;
    const micro = (seconds * 1e6) / factCount;
    console.log(`  ${String(count).padStart(8)} ${String(factCount).padStart(8)} ${seconds.toFixed(2).padStart(9)} ${micro.toFixed(1).padStart(9)} ${mb(process.memoryUsage().rss).padStart(8)}`);
    if (perFact !== null) console.log(`  time per fact, 5,000 vs 500 articles: ${(micro / perFact).toFixed(2)}×  (near-linear: close to 1)`);
    perFact = micro;
  }
}

async function watchLatency(): Promise<void> {
  console.log("\nWatch mode: saving a template → the preview reloaded with the change");
  const { watchBriefing } = await import("../src/watch/index.js");
  const { get } = await import("node:http");
  const { mkdir, writeFile } = await import("node:fs/promises");
  const dir = await mkdtemp(join(tmpdir(), "briefing-bench-watch-"));
  await cp("briefings/raqqa", dir, { recursive: true, filter: (src) => !src.includes("/out") });
  await mkdir(join(dir, "templates", "partials"), { recursive: true });
  const partial = join(dir, "templates", "partials", "quotes.hbs");
  await writeFile(partial, "<section>draft 0</section>\n");
  const preview = await watchBriefing(dir, { port: 0 });
  let announced: (() => void) | null = null;
  get(new URL("events", preview.url), (response) => response.on("data", (chunk: Buffer) => /data: reload/.test(chunk.toString()) && announced?.()));
  await new Promise((resolve) => setTimeout(resolve, 200));
  const times: number[] = [];
  try {
    for (let i = 1; i <= 10; i++) {
      const reloaded = new Promise<void>((resolve) => (announced = resolve));
      const started = performance.now();
      await writeFile(partial, `<section>draft ${i}</section>\n`);
      await reloaded;
      // What the preview page does next: fetch the page again.
      const page = await (await fetch(preview.url)).text();
      if (!page.includes(`draft ${i}`)) throw new Error("the preview did not show the change");
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await preview.close();
    await rm(dir, { recursive: true, force: true });
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`  save → reloaded page, median of 10: ${sorted[5]!.toFixed(0)} ms (worst ${sorted.at(-1)!.toFixed(0)} ms; target < 300 ms)`);
}

async function largeBriefing(): Promise<void> {
  const count = Number(process.env.BENCH_ARTICLES ?? 500);
  console.log(`\nOne briefing of ${count} generated articles, end to end (read, extract, select, render, print)`);
  const { mkdir, writeFile } = await import("node:fs/promises");
  const dir = await mkdtemp(join(tmpdir(), "briefing-bench-large-"));
  try {
    await mkdir(join(dir, "articles"));
    for (let i = 0; i < count; i++) {
      const article = generateArticle(i);
      const front = `---\ntitle: ${JSON.stringify(article.title)}\noutlet: Wire ${i % 25}\npublished: 2024-05-${String(1 + (i % 28)).padStart(2, "0")}\n---\n`;
      await writeFile(join(dir, "articles", `a${i}.md`), `${front}${article.text}\n`);
    }
    await writeFile(join(dir, "briefing.yaml"), "title: Five hundred sources\n");
    const result = await buildBriefing(dir, { out: join(dir, "large.pdf") });
    const t = result.timings;
    const f = result.facts;
    console.log(`  ${(t.total / 1000).toFixed(2)} s in all (target < 10 s): load ${t.load.toFixed(0)} ms, extract and select ${t.extract.toFixed(0)} ms, render ${t.render.toFixed(0)} ms, print ${t.print.toFixed(0)} ms (browser start included)`);
    console.log(`  ${f.events.length} events, ${f.quotes.length} quotes, ${f.figures.length} figures after merging; ${result.pages} pages; RSS ${mb(process.memoryUsage().rss)} MB`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (wanted("extract")) await extraction();
if (wanted("large")) await largeBriefing();
if (wanted("watch")) await watchLatency();
if (wanted("select")) await selection();
if (wanted("many")) await many();
if (wanted("build")) await endToEnd();
