import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { generateArticle } from "../../bench/corpus.js";
import { assembleFacts, buildBriefing, loadBriefing } from "../../src/index.js";
import type { BriefingFacts } from "../../src/schema/index.js";
import { readPdf } from "../support/pdf.js";

// 20 real Wikinews articles (the dev set, CC BY 2.5; see eval/wikinews/README.md) and 12 generated
// from sentence patterns: 32 sources, far more facts than a four-page brief can print.
const WIKINEWS = "eval/wikinews";
// Five pages for 32 sources: the build shortens the sections until the brief fits (pins and additions stay).
const PAGE_BUDGET = 5;
let dir: string;
let facts: BriefingFacts;
const flat = (text: string) => text.replace(/\s+/g, " ");

async function writeBriefing(extra: Record<string, unknown>): Promise<void> {
  const sources: Record<string, { outlet: string; published: string; url: string }> = {};
  for (const gold of (await readdir(WIKINEWS)).filter((f) => f.endsWith(".gold.yaml"))) {
    const meta = parse(await readFile(join(WIKINEWS, gold), "utf8")) as { article: string; published: string; source: string };
    sources[meta.article.replace(/\.txt$/, "")] = { outlet: "Wikinews", published: meta.published, url: meta.source };
  }
  await writeFile(join(dir, "briefing.yaml"), stringify({ title: "Thirty-two sources", as_of: "2009-06-30", pages: PAGE_BUDGET, sources, ...extra }));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "briefing-many-"));
  await mkdir(join(dir, "articles"));
  await cp(WIKINEWS, join(dir, "articles"), { recursive: true, filter: (src) => !src.endsWith(".yaml") && !src.endsWith(".md") });
  for (let i = 0; i < 12; i++) {
    const article = generateArticle(i);
    const front = `---\ntitle: ${JSON.stringify(article.title)}\noutlet: Wire ${"ABCD"[i % 4]}\npublished: 2009-0${1 + (i % 6)}-1${i % 10}\n---\n`;
    await writeFile(join(dir, "articles", `wire-${i}.md`), `${front}${article.text}\n`);
  }
  await writeBriefing({});
  facts = await assembleFacts(await loadBriefing(dir));
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("a briefing of 32 articles", () => {
  it("selects within each section's budget and explains every choice", () => {
    expect(facts.sources).toHaveLength(32);
    expect(facts.events.length).toBeGreaterThan(40);
    expect(facts.quotes.length).toBeGreaterThan(40);
    expect(facts.events.filter((e) => e.rank.selected)).toHaveLength(15);
    expect(facts.quotes.filter((q) => q.rank.selected)).toHaveLength(8);
    expect(facts.figures.filter((f) => f.rank.selected)).toHaveLength(10);
    for (const fact of [...facts.events, ...facts.quotes, ...facts.figures]) expect(fact.rank.why.length).toBeGreaterThan(0);
    // No speaker crowds out the rest.
    const speakers = facts.quotes.filter((q) => q.rank.selected).map((q) => q.speaker);
    for (const speaker of new Set(speakers)) if (speaker) expect(speakers.filter((s) => s === speaker).length).toBeLessThanOrEqual(2);
  });

  it("prints within the page budget with the analyst's pin, drop, edit and verbatim addition in the PDF", async () => {
    const byScore = <F extends { rank: { score: number } }>(list: F[]) => [...list].sort((a, b) => b.rank.score - a.rank.score);
    const pinned = byScore(facts.quotes.filter((q) => !q.rank.selected && !q.partial && q.speaker && q.text.length > 40))[0]!;
    const dropped = byScore(facts.events.filter((e) => e.rank.selected))[0]!;
    const edited = byScore(facts.quotes.filter((q) => q.rank.selected))[0]!;
    const article = "wn-118147-us-automaker-bailout-deal-fails-to";
    const addition = "The final vote count in the Senate was 52-35, eight short of the 60 needed to pass.";
    await writeBriefing({
      pin: [pinned.id],
      drop: [dropped.id],
      edit: { [edited.id]: { speaker: "Speaker Named By The Analyst" } },
      add: [{ kind: "event", article, text: addition, date: "2008-12-11" }],
    });
    const result = await buildBriefing(dir, { out: join(dir, "brief.pdf") });
    const pdf = await readPdf(result.output);
    const text = flat(pdf.text);
    expect(pdf.pages.length).toBeLessThanOrEqual(PAGE_BUDGET);
    expect(result.warnings.map((w) => w.code)).not.toContain("over-page-budget");
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: "fitted-to-page-budget", line: expect.any(Number) }));
    expect(text).toContain(flat(pinned.text).slice(0, 40));
    expect(text).not.toContain(flat(dropped.text).slice(0, 60));
    expect(text).toContain("Speaker Named By The Analyst");
    expect(text).toContain("eight short of the 60 needed to pass");
    expect(result.facts.curation.edited).toEqual([expect.objectContaining({ id: edited.id, field: "speaker", to: "Speaker Named By The Analyst" })]);
    for (let n = 0; n < pdf.pages.length; n++) expect(pdf.pages[n]).toContain(`Page ${n + 1} of ${pdf.pages.length}`);
  }, 60_000);

  it("warns, naming briefing.yaml and the line, when the brief runs over its page budget", async () => {
    await writeBriefing({ pages: 1 });
    const result = await buildBriefing(dir, { out: join(dir, "long.pdf") });
    expect(result.pages).toBeGreaterThan(1);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: "over-page-budget", file: join(dir, "briefing.yaml"), line: expect.any(Number) }));
  }, 60_000);
});
