import { describe, expect, it } from "vitest";
import type { Article, Disagreement, Event, Figure, Quote } from "../schema/index.js";
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
const facts = { quotes: [quote("q-00000001"), quote("q-00000002")], events: [] as Event[], figures: [figure("f-00000001", 12), figure("f-00000002", 21)], actors: [], disagreements: [disagreement] };

describe("curate", () => {
  it("drops facts, and a disagreement with fewer than two claims left goes too", () => {
    const { facts: out, curation } = curate(facts, { pin: ["q-00000002"], drop: ["f-00000001"] });
    expect(out.figures.map((f) => f.id)).toEqual(["f-00000002"]);
    expect(out.disagreements).toEqual([]);
    expect(curation).toEqual({ pinned: ["q-00000002"], dropped: ["f-00000001"], edited: [], added: [] });
  });

  it("warns about an ID that matches no fact, naming the file and line", () => {
    const { warnings, curation } = curate(facts, { pin: ["q-deadbeef"], drop: [] }, { file: "b/briefing.yaml", lineOf: (path) => (path[0] === "pin" && path[1] === 0 ? 7 : undefined) });
    expect(curation.pinned).toEqual([]);
    expect(warnings).toEqual([expect.objectContaining({ code: "unknown-fact", file: "b/briefing.yaml", line: 7, message: expect.stringContaining("q-deadbeef") })]);
  });

  it("corrects a quote's speaker and role and an event's date and wording, and records each change with its line", () => {
    const event: Event = { kind: "event", id: "e-00000001", text: "The offensive began on Sunday.", date: { expression: "Sunday", start: 24, end: 30, resolved: { value: "2016-11-06", precision: "day", approximate: false } }, sources: ref };
    const { facts: out, curation } = curate(
      { ...facts, events: [event] },
      { pin: [], drop: [], edit: { "q-00000001": { speaker: "Talal Silo", role: "SDF spokesman" }, "e-00000001": { date: "2016-11-05", text: "The SDF announced the offensive." } }, add: [] },
      { lineOf: (path) => (path[0] === "edit" ? 20 : undefined) },
    );
    expect(out.quotes[0]).toMatchObject({ speaker: "Talal Silo", role: "SDF spokesman", text: "q-00000001" });
    expect(out.events[0]).toMatchObject({ text: "The SDF announced the offensive.", date: { expression: "Sunday", resolved: { value: "2016-11-05", precision: "day" } } });
    // The source excerpt stays verbatim whatever the analyst rewords.
    expect(out.events[0]!.sources).toEqual(ref);
    expect(curation.edited).toEqual([
      { id: "q-00000001", field: "speaker", from: null, to: "Talal Silo", line: 20 },
      { id: "q-00000001", field: "role", from: null, to: "SDF spokesman", line: 20 },
      { id: "e-00000001", field: "date", from: "2016-11-06", to: "2016-11-05", line: 20 },
      { id: "e-00000001", field: "text", from: "The offensive began on Sunday.", to: "The SDF announced the offensive.", line: 20 },
    ]);
  });

  it("refuses to reword a quote, or to edit a figure, naming the file and line", () => {
    const where = { file: "b/briefing.yaml", lineOf: () => 9 };
    expect(() => curate(facts, { pin: [], drop: [], edit: { "q-00000001": { text: "Something else" } } }, where)).toThrow(/edit\.q-00000001\.text: a quote's words are verbatim/);
    expect(() => curate(facts, { pin: [], drop: [], edit: { "f-00000001": { date: "2017" } } }, where)).toThrow(expect.objectContaining({ file: "b/briefing.yaml", line: 9 }));
  });

  it("warns about an edit of an ID that no longer exists", () => {
    const { warnings } = curate(facts, { pin: [], drop: [], edit: { "e-deadbeef": { date: "2017" } } }, { lineOf: () => 4 });
    expect(warnings).toEqual([expect.objectContaining({ code: "unknown-fact", line: 4, message: expect.stringContaining("edit: no fact has the ID e-deadbeef") })]);
  });

  const article: Article = { id: "cnn", path: "articles/cnn.md", format: "markdown", title: "T", outlet: "CNN", published: "2016-11-06", url: null, author: null, text: "The SDF said on Sunday that the\noffensive had begun. \u201cWe will win,\u201d Silo said." };

  it("adds a quote and an event found verbatim in their article (line breaks may differ), pinned, with offsets", () => {
    const { facts: out, curation } = curate(
      facts,
      { pin: [], drop: [], add: [{ kind: "event", article: "cnn", text: "The SDF said on Sunday that the offensive had begun.", date: "2016-11-06" }, { kind: "quote", article: "cnn", text: "We will win,", speaker: "Talal Silo" }] },
      { articles: [article] },
    );
    const event = out.events.at(-1)!;
    expect(event).toMatchObject({ id: expect.stringMatching(/^e-[0-9a-f]{8}$/), date: { resolved: { value: "2016-11-06", precision: "day" } } });
    expect(article.text.slice(event.sources[0]!.start, event.sources[0]!.end)).toBe(event.sources[0]!.excerpt);
    expect(event.text).toBe("The SDF said on Sunday that the\noffensive had begun.");
    const quote = out.quotes.at(-1)!;
    expect(quote).toMatchObject({ speaker: "Talal Silo", text: "We will win,", partial: false });
    expect(curation.added).toEqual([event.id, quote.id]);
    expect(curation.pinned).toEqual([event.id, quote.id]);
  });

  it("refuses an addition whose words are not in the article, naming the file and line", () => {
    const attempt = () => curate(facts, { pin: [], drop: [], add: [{ kind: "quote", article: "cnn", text: "We will surely win" }] }, { articles: [article], file: "b/briefing.yaml", lineOf: (path) => (path.join(".") === "add.0.text" ? 31 : undefined) });
    expect(attempt).toThrow(/add\[0\]\.text: not found verbatim in article "cnn"/);
    expect(attempt).toThrow(expect.objectContaining({ file: "b/briefing.yaml", line: 31 }));
    expect(() => curate(facts, { pin: [], drop: [], add: [{ kind: "event", article: "bbc", text: "x", date: "2017" }] }, { articles: [article] })).toThrow(/no article "bbc"/);
  });

  it("keeps an analyst's note apart from sourced facts", () => {
    const { facts: out, curation } = curate(facts, { pin: [], drop: [], add: [{ kind: "note", text: "Ground reports are thin.", date: "2017-06" }] });
    expect(out.notes).toEqual([{ kind: "note", id: expect.stringMatching(/^n-/), text: "Ground reports are thin.", date: { value: "2017-06", precision: "month", approximate: false } }]);
    expect(out.quotes).toHaveLength(2);
    expect(out.events).toHaveLength(0);
    expect(curation.added).toEqual([out.notes[0]!.id]);
  });
});
