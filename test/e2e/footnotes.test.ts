import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBriefing } from "../../src/index.js";
import { readPdf, type PdfText } from "../support/pdf.js";

// The example briefing as printed, read back page by page: every source a page cites has its note
// at the foot of that page, once.
let dir: string;
let pdf: PdfText;

/** The footnotes printed on a page: lines "3 CNN, “Title” …", by number. */
function footnotesOn(text: string): number[] {
  return [...text.matchAll(/^(\d+) [^,\n]+, “/gm)].map((m) => Number(m[1]));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "briefing-footnotes-"));
  const { output } = await buildBriefing("briefings/raqqa", { out: join(dir, "raqqa.pdf") });
  pdf = await readPdf(output);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("source notes at the foot of the page", () => {
  it("puts the note of every source a page cites on that page, once, and no note it does not cite", () => {
    let pagesWithNotes = 0;
    pdf.pages.forEach((text, index) => {
      const cited = [...new Set(pdf.links[index]!.filter((d) => /^note-\d+$/.test(d)).map((d) => Number(d.slice(5))))].sort();
      const notes = footnotesOn(text);
      expect(new Set(notes).size, `page ${index + 1} repeats a note`).toBe(notes.length);
      expect([...notes].sort(), `page ${index + 1}`).toEqual(cited);
      if (notes.length > 0) pagesWithNotes++;
    });
    expect(pagesWithNotes).toBeGreaterThanOrEqual(3);
  });

  it("numbers notes per briefing: a source keeps its number on every page", () => {
    const lines = pdf.pages.flatMap((text) => [...text.matchAll(/^(\d+) ([^,\n]+), “/gm)].map((m) => `${m[1]} ${m[2]}`));
    expect(new Set(lines)).toEqual(new Set(["1 CNN", "2 Unattributed news report"]));
  });

  it("prints the handling banner top and bottom, the running header and Page N of M on every page, and bookmarks", () => {
    pdf.pages.forEach((text, index) => {
      expect(text.match(/FOR TRAINING USE/g)?.length, `page ${index + 1}`).toBeGreaterThanOrEqual(2);
      expect(text).toContain(`Page ${index + 1} of ${pdf.pages.length}`);
      if (index > 0) expect(text).toContain("As of 9 June 2017");
    });
    expect(pdf.outline.map((t) => t.toLowerCase())).toEqual(expect.arrayContaining(["timeline", "key quotes", "key figures", "sources"]));
  });

  it("with notes: endnotes keeps the simple layout: notes only in the list at the end", async () => {
    const folder = join(dir, "endnotes");
    await cp("briefings/raqqa", folder, { recursive: true, filter: (src) => !src.includes("/out") });
    await writeFile(join(folder, "briefing.yaml"), `${await readFile(join(folder, "briefing.yaml"), "utf8")}\nnotes: endnotes\n`);
    const endnotes = await readPdf((await buildBriefing(folder, { out: join(dir, "endnotes.pdf") })).output);
    expect(endnotes.pages.flatMap(footnotesOn)).toEqual([]);
    expect(endnotes.pages.at(-1)).toMatch(/CNN, “Syria: US-backed forces launch bid/);
  }, 60_000);
});
