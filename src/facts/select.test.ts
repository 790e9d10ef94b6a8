import { describe, expect, it } from "vitest";
import type { Actor, Event, Figure, Quote, SourceRef } from "../schema/index.js";
import { selectFacts, type SelectionInput } from "./select.js";

const ref = (article: string): SourceRef => ({ article, start: 0, end: 1, excerpt: "x" });
const sources = ["cnn", "bbc", "afp", "cnn-2"].map((id) => ({ id, outlet: id === "cnn-2" ? "cnn" : id, published: "2017-06-09" }));

const event = (id: string, text: string, value: string, articles: string[]): Event => ({
  kind: "event", id, text, sources: articles.map(ref), date: { expression: "x", start: 0, end: 1, resolved: { value, precision: value.length === 10 ? "day" : "month", approximate: false } },
});
const quote = (id: string, text: string, speaker: string | null, articles: string[], partial = false): Quote => ({
  kind: "quote", id, text, speaker, role: null, actor: null, partial, said: null, sources: articles.map(ref),
});
const figure = (id: string, articles: string[], attribution: string | null = null): Figure => ({
  kind: "figure", id, value: 12, unit: null, counts: "people", qualifier: null, approximate: false, attribution, text: "12 people", context: "12 people", sources: articles.map(ref),
});
const actor = (id: string, name: string, mentions: number, type: Actor["type"] = "organisation"): Actor => ({ kind: "actor", id, name, type, aliases: [], roles: [], mentions, sources: [ref("cnn")] });

const base: SelectionInput = { quotes: [], events: [], figures: [], actors: [], disagreements: [], sources };
const config = (over: Partial<{ timeline: number; quotes: number; figures: number; perSpeaker: number }> = {}) => ({
  style: "standard" as const,
  as_of: "2017-06-09",
  timeline: { order: "oldest-first" as const, ...(over.timeline ? { max: over.timeline } : {}) },
  quotes: { ...(over.quotes ? { max: over.quotes } : {}), ...(over.perSpeaker ? { per_speaker: over.perSpeaker } : {}) },
  figures: over.figures ? { max: over.figures } : {},
});
const selected = <F extends { id: string; rank: { selected: boolean } }>(facts: F[]) => facts.filter((f) => f.rank.selected).map((f) => f.id);

describe("selectFacts: the timeline", () => {
  it("ranks the event most independent outlets report first, and explains why", () => {
    const out = selectFacts({ ...base, events: [event("e-1", "A quiet thing happened.", "2017-06-01", ["cnn", "cnn-2"]), event("e-2", "A big thing happened.", "2017-05-01", ["cnn", "bbc", "afp"])] }, config({ timeline: 1 }), new Set());
    expect(selected(out.events)).toEqual(["e-2"]);
    expect(out.events[1]!.rank.why).toContain("reported by 3 outlets");
    // Two articles of one outlet are one source, not two.
    expect(out.events[0]!.rank.why).toContain("reported by 1 outlet");
    expect(out.events[0]!.rank.why).toContain("below the section's budget");
  });

  it("among equally reported events prefers the recent, the precisely dated and those naming prominent actors", () => {
    const actors = [actor("a-1", "SDF", 40), actor("a-2", "Raqqa", 30, "place")];
    const recent = selectFacts({ ...base, events: [event("e-old", "Fighting went on.", "2016-11-06", ["cnn"]), event("e-new", "Fighting went on.", "2017-06-08", ["cnn"])] }, config({ timeline: 1 }), new Set());
    expect(selected(recent.events)).toEqual(["e-new"]);
    const precise = selectFacts({ ...base, events: [event("e-month", "Fighting went on.", "2017-06", ["cnn"]), event("e-day", "Fighting went on.", "2017-06-02", ["cnn"])] }, config({ timeline: 1 }), new Set());
    expect(selected(precise.events)).toEqual(["e-day"]);
    const named = selectFacts({ ...base, actors, events: [event("e-1", "Fighting went on.", "2017-06-05", ["cnn"]), event("e-2", "The SDF entered Raqqa.", "2017-06-05", ["bbc"])] }, config({ timeline: 1 }), new Set());
    expect(selected(named.events)).toEqual(["e-2"]);
    expect(named.events[1]!.rank.why).toContain("names SDF (40 mentions), Raqqa (30 mentions)");
  });

  it("keeps a pinned event beyond the budget and never puts an undated one on the timeline", () => {
    const undated: Event = { ...event("e-3", "It began.", "2017-06-01", ["cnn", "bbc", "afp"]), date: { expression: "Sunday", start: 0, end: 1, resolved: null } };
    const out = selectFacts({ ...base, events: [event("e-1", "One.", "2017-06-01", ["cnn", "bbc"]), event("e-2", "Two.", "2017-06-02", ["cnn"]), undated] }, config({ timeline: 1 }), new Set(["e-2"]));
    expect(selected(out.events)).toEqual(["e-1", "e-2"]);
    expect(out.events[1]!.rank.why).toContain("pinned in briefing.yaml");
  });
});

describe("selectFacts: key quotes", () => {
  it("gives one speaker at most the per-speaker share, and fragments only when nothing better is left", () => {
    const quotes = [
      quote("q-1", "We are starting the operation to take the city back from the militants today", "Talal Silo", ["cnn", "bbc"]),
      quote("q-2", "The battle will be long and hard but we will win it in the end", "Talal Silo", ["cnn"]),
      quote("q-3", "We will not allow the coalition to endanger our border with this operation", "Binali Yildirim", ["afp"]),
      quote("q-4", "back door", "Ash Carter", ["cnn", "bbc", "afp"], true),
    ];
    expect(selected(selectFacts({ ...base, quotes }, config({ quotes: 2 }), new Set()).quotes)).toEqual(["q-1", "q-3"]);
    // With room to spare the fragment comes in, after every full statement the caps allow.
    expect(selected(selectFacts({ ...base, quotes }, config({ quotes: 4 }), new Set()).quotes)).toEqual(["q-1", "q-3", "q-4"]);
    expect(selected(selectFacts({ ...base, quotes }, config({ quotes: 4, perSpeaker: 2 }), new Set()).quotes)).toEqual(["q-1", "q-2", "q-3", "q-4"]);
  });

  it("prefers the prominent speaker and the quote repeated across outlets", () => {
    const actors = [actor("a-1", "Talal Silo", 25, "person"), actor("a-2", "John Doe", 1, "person")];
    const quotes = [
      { ...quote("q-1", "The city will be free within weeks if the weather holds for us", "John Doe", ["cnn"]), actor: "a-2" },
      { ...quote("q-2", "The city will be free within months if the allies hold with us", "Talal Silo", ["cnn"]), actor: "a-1" },
    ];
    const out = selectFacts({ ...base, actors, quotes }, config({ quotes: 1 }), new Set());
    expect(selected(out.quotes)).toEqual(["q-2"]);
    expect(out.quotes[1]!.rank.why).toContain("speaker Talal Silo (25 mentions)");
  });
});

describe("selectFacts: key figures", () => {
  it("puts the most-reported and disputed figures first", () => {
    const figures = [figure("f-1", ["cnn"], "SANA"), figure("f-2", ["cnn", "bbc"]), figure("f-3", ["afp"])];
    const disagreements = [{ id: "d-1", topic: "killed", claims: [{ figure: "f-3", value: 12, text: "12", attribution: null, sources: [ref("afp")] }, { figure: "f-1", value: 21, text: "21", attribution: null, sources: [ref("cnn")] }] }];
    const out = selectFacts({ ...base, figures, disagreements }, config({ figures: 2 }), new Set());
    expect(selected(out.figures)).toEqual(["f-1", "f-2"]);
    expect(out.figures[0]!.rank.why).toEqual(expect.arrayContaining(["attributed to SANA", "sources disagree about it"]));
  });
});
