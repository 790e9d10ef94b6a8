import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../extract/index.js";
import type { Article, Event, Figure, Quote } from "../schema/index.js";
import { dateMatches, isoWeekOf, scoreArticle } from "./score.js";

const text = "“We will win,” Jane Roe said on Monday. Later, 21 people were killed. The fund holds $5 billion.";
const article: Article = { id: "a", path: "a.txt", format: "text", title: "t", outlet: null, published: "2017-06-09", url: null, author: null, text };

function ref(start: number, end: number) {
  return [{ article: "a", start, end, excerpt: text.slice(start, end) }];
}

function facts(parts: Partial<ArticleFacts>): ArticleFacts {
  return { article, actors: [], quotes: [], events: [], figures: [], warnings: [], ...parts };
}

const quote = (t: string, speaker: string | null): Quote => ({ kind: "quote", id: `q-${t}`, text: t, speaker, role: null, actor: null, partial: false, said: null, sources: ref(0, 14) });
const event = (start: number, end: number, value: string): Event => ({
  kind: "event", id: `e-${start}`, text: text.slice(start, end), sources: ref(start, end),
  date: { expression: "Monday", start, end: start + 1, resolved: { value, precision: "day", approximate: false } },
});
const figure = (value: number, start: number, end: number): Figure => ({
  kind: "figure", id: `f-${start}`, value, unit: null, counts: null, qualifier: null, approximate: false, attribution: null, text: text.slice(start, end), context: text.slice(start, end), sources: ref(start, end),
});

describe("dateMatches", () => {
  it.each([
    ["2016-11-05", "2016-11-05", true],
    ["2016-11", "2016-11-05", true],
    ["2016", "2016-11-05", true],
    ["2016", "2016-11", true],
    ["2017-W22", "2017-06-01", true],
    ["2017-W22", "2017-06-06", false],
    ["2016-11-05", "2016-11", false],
    ["2016-11", "2016-12-01", false],
    ["2016", "2016-W10", true],
    ["2016-11-05", null, false],
  ])("gold %s vs system %s → %s", (gold, system, expected) => {
    expect(dateMatches(gold, system)).toBe(expected);
  });

  it.each([
    ["2017-06-01", "2017-W22"],
    ["2017-01-01", "2016-W52"],
    ["2020-12-31", "2020-W53"],
    ["2019-12-30", "2020-W01"],
  ])("isoWeekOf(%s) = %s", (day, week) => expect(isoWeekOf(day)).toBe(week));
});

describe("scoreArticle", () => {
  it("matches quotes by normalized containment and checks the speaker's last word", () => {
    const score = scoreArticle(
      { article: "a", published: "2017-06-09", quotes: [{ text: "we WILL  win", speaker: "Jane Roe" }, { text: "not said", speaker: null, optional: true }] },
      facts({ quotes: [quote("We will win,", "Roe"), quote("something else", null)] }),
    );
    expect(score.counts.quotes).toEqual({ system: 2, systemCorrect: 1, gold: 1, goldFound: 1, speakerChecked: 1, speakerCorrect: 1 });
    expect(score.findings).toEqual([expect.objectContaining({ kind: "false-hit", text: "something else" })]);
  });

  it("counts a wrong speaker and a gold null against a named system speaker", () => {
    const score = scoreArticle(
      { article: "a", published: "2017-06-09", quotes: [{ text: "We will win", speaker: null }] },
      facts({ quotes: [quote("We will win,", "Jane Roe")] }),
    );
    expect(score.counts.quotes.speakerCorrect).toBe(0);
    expect(score.findings[0]).toMatchObject({ kind: "wrong-speaker", expected: "(no speaker)", got: "Jane Roe" });
  });

  it("finds an event by its snippet's place and grades its date separately", () => {
    const start = text.indexOf("Later");
    const score = scoreArticle(
      { article: "a", published: "2017-06-09", events: [{ date: "2017-06-05", text: "21 people were killed" }, { date: "2017-06-05", text: "holds $5 billion" }] },
      facts({ events: [event(start, text.indexOf(" The fund"), "2017-06-04")] }),
    );
    expect(score.counts.events).toEqual({ gold: 2, goldFound: 1, dateCorrect: 0 });
    expect(score.findings.map((f) => f.kind)).toEqual(["wrong-date", "miss"]);
  });

  it("needs the same value and an overlapping span for a figure", () => {
    const at = text.indexOf("21");
    const five = text.indexOf("$5");
    const score = scoreArticle(
      { article: "a", published: "2017-06-09", figures: [{ value: 21, text: "21 people were killed" }, { value: 5000000000, text: "$5 billion" }] },
      facts({ figures: [figure(21, at, at + 9), figure(5, five, five + 10)] }),
    );
    expect(score.counts.figures).toEqual({ system: 2, systemCorrect: 1, gold: 2, goldFound: 1 });
  });

  it("does not score a category the gold file leaves out, and treats an empty list as none", () => {
    const none = scoreArticle({ article: "a", published: "2017-06-09", quotes: [] }, facts({ quotes: [quote("We will win,", null)] }));
    expect(none.counts.quotes.system).toBe(1);
    expect(none.counts.quotes.systemCorrect).toBe(0);
    const skipped = scoreArticle({ article: "a", published: "2017-06-09" }, facts({ quotes: [quote("We will win,", null)] }));
    expect(skipped.counts.quotes.system).toBe(0);
  });
});
