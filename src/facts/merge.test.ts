import { describe, expect, it } from "vitest";
import type { Actor, Article, Event, Figure, Quote, SourceRef } from "../schema/index.js";
import { findDisagreements } from "./disagreements.js";
import { mergeActors, mergeEvents, mergeFigures, mergeQuotes } from "./merge.js";

const ref = (article: string, start = 0, end = 5): SourceRef => ({ article, start, end, excerpt: "x".repeat(end - start) });

const quote = (id: string, text: string, article: string, speaker: string | null = null): Quote => ({
  kind: "quote", id, text, speaker, role: null, actor: null, partial: false, said: null, sources: [ref(article)],
});

const event = (id: string, text: string, article: string, value: string): Event => ({
  kind: "event", id, text, sources: [ref(article)], date: { expression: "Sunday", start: 0, end: 6, resolved: { value, precision: "day", approximate: false } },
});

describe("mergeQuotes", () => {
  it("merges two outlets' versions of one quote, keeping the fuller wording and both sources", () => {
    const merged = mergeQuotes([
      quote("q-1", "We are starting an operation to liberate the city from the militants", "cnn", "Talal Selo"),
      quote("q-2", "We are starting an operation to liberate the city from the militants, with American aerial cover", "afp"),
      quote("q-3", "The fight will not be easy", "afp", "Ash Carter"),
    ]);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({ id: "q-1", speaker: "Talal Selo", text: expect.stringContaining("aerial cover") });
    expect(merged[0]!.sources.map((s) => s.article)).toEqual(["cnn", "afp"]);
  });

  it("keeps different quotes that share a few words apart", () => {
    expect(mergeQuotes([quote("q-1", "We will win this war", "a"), quote("q-2", "We will lose this war", "b")])).toHaveLength(2);
  });
});

describe("mergeEvents", () => {
  it("merges reports of the same happening on the same day, not other days or other happenings", () => {
    const merged = mergeEvents([
      event("e-1", "US-backed militias launched an operation to seize Raqqa on Sunday.", "cnn", "2016-11-06"),
      event("e-2", "On Sunday, US-backed militias launched an operation to seize Raqqa, the group said.", "afp", "2016-11-06"),
      event("e-3", "US-backed militias launched an operation to seize Raqqa.", "bbc", "2016-11-07"),
      event("e-4", "Turkey's prime minister warned of retaliation.", "bbc", "2016-11-06"),
    ]);
    expect(merged.map((e) => e.id)).toEqual(["e-1", "e-3", "e-4"]);
    expect(merged[0]!.sources).toHaveLength(2);
  });

  it("merges two outlets' different wordings of one happening when they share the names it involves", () => {
    const merged = mergeEvents([
      event("e-1", "Coalition airstrikes killed 12 civilians in Raqqa's al-Mansoura district on Monday, SANA reported.", "sana", "2017-06-05"),
      event("e-2", "On Monday, airstrikes by the Coalition killed civilians in al-Mansoura, in Raqqa.", "afp", "2017-06-05"),
      event("e-3", "On Monday, the SDF entered Raqqa from the east.", "afp", "2017-06-05"),
      event("e-4", "Coalition airstrikes killed 30 civilians in Raqqa's al-Mansoura district on Monday, SANA reported.", "sana", "2017-06-05"),
    ]);
    // The same words with a different count are another report, not the same one.
    expect(merged.map((e) => e.id)).toEqual(["e-1", "e-3", "e-4"]);
    expect(merged[0]!.sources.map((s) => s.article)).toEqual(["sana", "afp"]);
  });
});

describe("mergeFigures", () => {
  it("merges the same count from two articles but not two mentions in one article", () => {
    const fig = (id: string, article: string, value: number): Figure => ({
      kind: "figure", id, value, unit: null, counts: "people", qualifier: null, approximate: false, attribution: null, text: `${value} people`, context: `${value} people`, sources: [ref(article)],
    });
    const merged = mergeFigures([fig("f-1", "a", 200000), fig("f-2", "b", 200000), fig("f-3", "b", 200000), fig("f-4", "b", 12)]);
    expect(merged.map((f) => [f.id, f.sources.length])).toEqual([["f-1", 2], ["f-3", 1], ["f-4", 1]]);
  });

  it("keeps a bare number from each article apart: it says nothing of what it counts", () => {
    const bare = (id: string, article: string): Figure => ({
      kind: "figure", id, value: 22, unit: null, counts: null, qualifier: null, approximate: false, attribution: null, text: "22", context: "Pinzón, 22, won", sources: [ref(article)],
    });
    expect(mergeFigures([bare("f-1", "a"), bare("f-2", "b")]).map((f) => [f.id, f.sources.length])).toEqual([["f-1", 1], ["f-2", 1]]);
  });
});

describe("mergeActors", () => {
  it("joins actors that share a name or alias and maps the merged ids", () => {
    const actor = (id: string, name: string, aliases: string[]): Actor => ({ kind: "actor", id, name, type: "organisation", aliases, roles: [], mentions: 1, sources: [ref("a")] });
    const { actors, renamed } = mergeActors([actor("a-1", "Syrian Democratic Forces", ["SDF"]), actor("a-2", "SDF", []), actor("a-3", "Reuters", [])]);
    expect(actors.map((a) => a.name)).toEqual(["Syrian Democratic Forces", "Reuters"]);
    expect(actors[0]!.mentions).toBe(2);
    expect(renamed.get("a-2")).toBe("a-1");
  });
});

describe("findDisagreements", () => {
  const text =
    "State news agency SANA reported that the airstrikes killed 12, including women. " +
    "The Observatory said 21 people were killed in the airstrikes. " +
    "Reuters estimates that up to 4,000 jihadists remain in the city. " +
    "The factory employs 21 people.";
  const article: Article = { id: "a", path: "a", format: "text", title: "t", outlet: null, published: null, url: null, author: null, text };
  const fig = (id: string, phrase: string, value: number, attribution: string | null): Figure => {
    const start = text.indexOf(phrase);
    return { kind: "figure", id, value, unit: null, counts: null, qualifier: null, approximate: false, attribution, text: phrase, context: phrase, sources: [{ article: "a", start, end: start + phrase.length, excerpt: phrase }] };
  };

  it("pairs figures of the same kind about the same thing from different sayers", () => {
    const found = findDisagreements(
      [fig("f-1", "killed 12", 12, "SANA"), fig("f-2", "21 people were killed", 21, "The Observatory"), fig("f-3", "4,000 jihadists", 4000, "Reuters"), fig("f-4", "21 people.", 21, null)],
      [article],
      [],
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ topic: "killed", claims: [{ value: 12, attribution: "SANA" }, { value: 21, attribution: "The Observatory" }] });
  });

  it("takes people driven from their homes for displaced people", () => {
    const homes = "Officials said the rain forced 3,000 people from their homes in the valley. The Red Cross said floods drove about 5,000 people from their homes in the valley.";
    const doc: Article = { ...article, id: "h", text: homes };
    const at = (phrase: string, id: string, value: number, attribution: string): Figure => {
      const start = homes.indexOf(phrase);
      return { ...fig(id, phrase, value, attribution), sources: [{ article: "h", start, end: start + phrase.length, excerpt: phrase }] };
    };
    const found = findDisagreements([at("3,000 people", "f-5", 3000, "Officials"), at("about 5,000 people", "f-6", 5000, "The Red Cross")], [doc], []);
    expect(found.map((d) => [d.topic, d.claims.map((c) => c.value)])).toEqual([["displaced", [3000, 5000]]]);
  });

  it("finds nothing when every source agrees", () => {
    expect(findDisagreements([fig("f-2", "21 people were killed", 21, "The Observatory")], [article], [])).toEqual([]);
  });
});
