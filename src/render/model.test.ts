import { describe, expect, it } from "vitest";
import { BriefingConfigSchema, type BriefingFacts } from "../schema/index.js";
import { asClock, buildViewModel } from "./model.js";

const source = (id: string, outlet: string) => ({ id, path: `articles/${id}.md`, format: "markdown" as const, title: id, outlet, published: "2017-06-09", url: null, author: null, grade: null });
const ref = (article: string) => ({ article, start: 0, end: 1, excerpt: "x" });
const rank = { score: 1, selected: true, why: [] };

function facts(articles: Array<[string, string]>, uncited = 0): BriefingFacts {
  const extra = Array.from({ length: uncited }, (_, i) => source(`other-${i}`, `Outlet ${i % 3}`));
  return {
    sources: [...articles.map(([id, outlet]) => source(id, outlet)), ...extra],
    quotes: [{ kind: "quote", id: "q-1", text: "We will win.", speaker: "A", role: null, actor: null, partial: false, said: null, sources: articles.map(([id]) => ref(id)), rank }],
    events: [],
    figures: [],
    actors: [],
    disagreements: [],
    notes: [],
    curation: { pinned: [], dropped: [], edited: [], added: [] },
    warnings: [],
  };
}

describe("citations in the view model", () => {
  it("cites a fact reported by many articles three times, other outlets first, and counts the rest", () => {
    const model = buildViewModel({ config: BriefingConfigSchema.parse({ title: "T" }), facts: facts([["cnn-1", "CNN"], ["cnn-2", "CNN"], ["bbc", "BBC"], ["afp", "AFP"], ["rt", "RT"]]) });
    expect(model.quotes[0]!.cites).toEqual({ numbers: [1, 2, 3], more: 2 });
    // The two articles not cited are still listed, after the cited ones.
    expect(model.notes.map((n) => n.outlet)).toEqual(["CNN", "BBC", "AFP", "CNN", "RT"]);
  });

  it("lists a few uncited sources, and sums up many in a line unless the annex is on", () => {
    const few = buildViewModel({ config: BriefingConfigSchema.parse({ title: "T" }), facts: facts([["a", "A"]], 5) });
    expect(few.notes).toHaveLength(6);
    expect(few.uncitedSources).toBeNull();
    const many = buildViewModel({ config: BriefingConfigSchema.parse({ title: "T" }), facts: facts([["a", "A"]], 40) });
    expect(many.notes).toHaveLength(1);
    expect(many.uncitedSources).toMatchObject({ count: 40, outlets: 3 });
    const annex = buildViewModel({ config: BriefingConfigSchema.parse({ title: "T", annex: true }), facts: facts([["a", "A"]], 40) });
    expect(annex.notes).toHaveLength(41);
  });
});

describe("quotes in the view model", () => {
  it("reads a quotation that runs over paragraphs on as one, without the mark that reopens it", () => {
    const base = facts([["a", "A"]]);
    const quote = { ...base.quotes[0]!, text: "We will call on select locals.\n\n“If we need to go all out, we will.\n\n‘Everything is on the table," };
    const model = buildViewModel({ config: BriefingConfigSchema.parse({ title: "T" }), facts: { ...base, quotes: [quote] } });
    expect(model.quotes[0]!.text).toBe("We will call on select locals. If we need to go all out, we will. Everything is on the table");
  });
});

describe("asClock", () => {
  it("shows a length of time of a minute or more as a race's clock does, and leaves other figures alone", () => {
    const clocks: Array<[number, string]> = [[7731, "2:08:51"], [257.9, "4:17.9"], [128469, "35 hours 41 minutes 09 seconds"], [72, "1 minute 12 seconds"], [10260, "two hours and 51 minutes"], [119.999, "1:59.999"]];
    expect(clocks.map(([value, text]) => asClock({ value, unit: "seconds", text }))).toEqual(["2:08:51", "4:17.9", "35:41:09", "1:12", "2:51:00", "2:00"]);
    // (A length given in one unit stays as written: "90 seconds" is no "1:30".)
    expect(asClock({ value: 90, unit: "seconds", text: "90 seconds" })).toBeNull();
    expect(asClock({ value: 47, unit: "seconds", text: "0:47" })).toBeNull();
    expect(asClock({ value: 7731, unit: "km", text: "2:08:51" })).toBeNull();
  });
});
