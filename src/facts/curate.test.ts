import { describe, expect, it } from "vitest";
import type { Disagreement, Figure, Quote } from "../schema/index.js";
import { curate } from "./curate.js";

const ref = [{ article: "a", start: 0, end: 1, excerpt: "x" }];
const quote = (id: string): Quote => ({ kind: "quote", id, text: id, speaker: null, role: null, actor: null, partial: false, said: null, sources: ref });
const figure = (id: string, value: number): Figure => ({ kind: "figure", id, value, unit: null, counts: null, qualifier: null, approximate: false, attribution: null, text: String(value), context: String(value), sources: ref });
const disagreement: Disagreement = {
  id: "d-1",
  topic: "killed",
  claims: [
    { figure: "f-00000001", value: 12, text: "12", attribution: "SANA", sources: ref },
    { figure: "f-00000002", value: 21, text: "21", attribution: "SOHR", sources: ref },
  ],
};
const facts = { quotes: [quote("q-00000001"), quote("q-00000002")], events: [], figures: [figure("f-00000001", 12), figure("f-00000002", 21)], actors: [], disagreements: [disagreement] };

describe("curate", () => {
  it("drops facts, and a disagreement with fewer than two claims left goes too", () => {
    const { facts: out, curation } = curate(facts, { pin: ["q-00000002"], drop: ["f-00000001"] });
    expect(out.figures.map((f) => f.id)).toEqual(["f-00000002"]);
    expect(out.disagreements).toEqual([]);
    expect(curation).toEqual({ pinned: ["q-00000002"], dropped: ["f-00000001"] });
  });

  it("warns about an ID that matches no fact, naming the file and line", () => {
    const { warnings, curation } = curate(facts, { pin: ["q-deadbeef"], drop: [] }, { file: "b/briefing.yaml", lineOf: (path) => (path[0] === "pin" && path[1] === 0 ? 7 : undefined) });
    expect(curation.pinned).toEqual([]);
    expect(warnings).toEqual([expect.objectContaining({ code: "unknown-fact", file: "b/briefing.yaml", line: 7, message: expect.stringContaining("q-deadbeef") })]);
  });
});
