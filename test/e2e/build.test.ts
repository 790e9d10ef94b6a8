import { cp, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assembleFacts, buildBriefing, loadBriefing, type BuildResult } from "../../src/index.js";
import { readPdf, type PdfText } from "../support/pdf.js";

describe("building the example briefing (briefings/raqqa) into a real PDF", () => {
  let out: string;
  let result: BuildResult;
  let pdf: PdfText;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), "briefing-e2e-"));
    result = await buildBriefing("briefings/raqqa", { out: join(out, "raqqa.pdf") });
    pdf = await readPdf(result.output);
  }, 120_000);

  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it("writes the PDF where it was asked to, and nothing half-written beside it", async () => {
    expect(result.output).toBe(join(out, "raqqa.pdf"));
    expect((await stat(result.output)).size).toBeGreaterThan(10_000);
    const head = await readFile(result.output);
    expect(head.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("carries the title, the handling marking and page numbers on every page", () => {
    expect(pdf.text).toContain("The battle for Raqqa");
    pdf.pages.forEach((page, index) => {
      expect(page).toContain("FOR TRAINING USE");
      expect(page).toContain(`Page ${index + 1} of ${pdf.pages.length}`);
    });
  });

  it("has bookmarks for the sections", () => {
    const titles = pdf.outline.map((t) => t.toLowerCase());
    expect(titles).toEqual(expect.arrayContaining(["timeline", "key quotes", "key figures", "where sources differ", "sources"]));
  });

  it("sets the PDF metadata from briefing.yaml", () => {
    expect(pdf.info).toMatchObject({ Title: "The battle for Raqqa", Author: "Example briefing desk", Subject: expect.stringContaining("Islamic State") });
  });

  it("renders the timeline dates the program extracted, in the briefing's locale", () => {
    expect(result.facts.events.some((e) => e.date.resolved?.value === "2016-11-05")).toBe(true);
    expect(result.facts.events.some((e) => e.date.resolved?.value === "2016-11-06")).toBe(true);
    expect(pdf.text).toContain("5 November 2016");
    expect(pdf.text).toContain("6 November 2016");
  });

  it("prints a quote by Selo", () => {
    const selo = result.facts.quotes.find((q) => /Sel?o|Silo/.test(q.speaker ?? ""));
    expect(selo).toBeDefined();
    expect(pdf.text.replace(/\s+/g, " ")).toContain(selo!.text.replace(/\s+/g, " ").slice(0, 40));
  });

  it("numbers footnotes that resolve to both sources", () => {
    const sources = pdf.text.slice(pdf.text.lastIndexOf("SOURCES"));
    expect(sources).toMatch(/1\.?\s*(CNN|Unattributed)/);
    expect(sources).toContain("CNN");
    expect(sources).toContain("Syria: US-backed forces launch bid to seize ISIS");
    expect(sources).toContain("Assault on Raqqa begins as US-backed forces close in");
  });
});

describe("the analyst's last word in briefing.yaml", () => {
  it("prints a pinned quote beyond the budget, leaves a dropped figure out, applies an edit and a verbatim addition, and records each", async () => {
    const dir = await mkdtemp(join(tmpdir(), "briefing-curate-"));
    try {
      await cp("briefings/raqqa", dir, { recursive: true, filter: (src) => !src.includes("/out") });
      const facts = await assembleFacts(await loadBriefing(dir));
      const partial = facts.quotes.find((q) => q.partial)!;
      const figure = facts.figures.find((f) => f.value === 4000)!;
      const event = facts.events.find((e) => e.rank.selected)!;
      const addition = "The operation was announced just days after Iraqi forces entered the city of Mosul";
      const yaml = await readFile(join(dir, "briefing.yaml"), "utf8");
      await writeFile(
        join(dir, "briefing.yaml"),
        `${yaml}
quotes:
  max: 1
pin:
  - ${partial.id}
drop:
  - ${figure.id}
  - f-00000000
edit:
  ${event.id}:
    text: "The analyst's corrected wording of this event."
add:
  - kind: event
    article: 2016-11-06-cnn-raqqa-operation
    text: "${addition}"
    date: 2016-11
  - kind: note
    text: Reporting from inside the city is thin.
`,
      );
      const result = await buildBriefing(dir, { format: "html", out: join(dir, "out.html") });
      const html = await readFile(result.output, "utf8");
      expect(html).toContain(partial.text.slice(0, 30));
      expect(html).not.toContain("4,000 jihadists");
      expect(html).toContain("The analyst&#x27;s corrected wording of this event.");
      expect(html).toContain(addition);
      expect(html).toMatch(/Analyst’s notes[\s\S]*Reporting from inside the city is thin\./);
      const added = result.facts.events.find((e) => e.text === addition)!;
      expect(added.rank.selected).toBe(true);
      const note = result.facts.notes[0]!;
      expect(result.facts.curation).toEqual({
        pinned: [partial.id, added.id],
        dropped: [figure.id],
        edited: [{ id: event.id, field: "text", from: event.text, to: "The analyst's corrected wording of this event.", line: expect.any(Number) }],
        added: [added.id, note.id],
      });
      expect(result.warnings).toContainEqual(expect.objectContaining({ code: "unknown-fact", line: expect.any(Number) }));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the annex", () => {
  it("lists, with their IDs, the facts the selection left out, and only those", async () => {
    const dir = await mkdtemp(join(tmpdir(), "briefing-annex-"));
    try {
      await cp("briefings/raqqa", dir, { recursive: true, filter: (src) => !src.includes("/out") });
      await writeFile(join(dir, "briefing.yaml"), `${await readFile(join(dir, "briefing.yaml"), "utf8")}\nannex: true\nquotes: { max: 3 }\n`);
      const { output, facts } = await buildBriefing(dir, { format: "html", out: join(dir, "annex.html") });
      const html = await readFile(output, "utf8");
      const annex = html.slice(html.indexOf('id="annex"'));
      expect(annex).toContain("Annex: all other extracted facts");
      const left = facts.quotes.filter((q) => !q.rank.selected);
      expect(left.length).toBe(facts.quotes.length - 3);
      for (const quote of left) expect(annex).toContain(quote.id);
      for (const quote of facts.quotes.filter((q) => q.rank.selected)) expect(annex).not.toContain(quote.id);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the flash update style", () => {
  it("keeps to its budgets and leaves out the long sections", async () => {
    const dir = await mkdtemp(join(tmpdir(), "briefing-flash-"));
    try {
      await cp("briefings/raqqa", dir, { recursive: true, filter: (src) => !src.includes("/out") });
      await writeFile(join(dir, "briefing.yaml"), `${await readFile(join(dir, "briefing.yaml"), "utf8")}\nstyle: flash\n`);
      const { output } = await buildBriefing(dir, { format: "html", out: join(dir, "flash.html") });
      const html = await readFile(output, "utf8");
      expect(html).toContain('class="paper-a4 style-flash notes-foot"');
      expect(html.match(/<tr class="precision-/g)).toHaveLength(4);
      expect(html.match(/<figure class="quote/g)).toHaveLength(2);
      expect(html).not.toContain('id="actors"');
      // A flash update is one page, footnotes included.
      const { pages } = await buildBriefing(dir, { out: join(dir, "flash.pdf") });
      expect(pages).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
