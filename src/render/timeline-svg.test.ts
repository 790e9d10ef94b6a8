import { describe, expect, it } from "vitest";
import type { ResolvedDate } from "../schema/index.js";
import { dayOf } from "../facts/day.js";
import { timelineSvg } from "./timeline-svg.js";

const day = (value: string, precision: ResolvedDate["precision"] = "day"): ResolvedDate => ({ value, precision, approximate: false });
const label = (d: ResolvedDate) => d.value;

describe("timelineSvg", () => {
  it("draws one mark per event, stacks marks that fall together, and breaks the axis across a long gap", () => {
    const svg = timelineSvg(
      [day("2010-01-05"), day("2016-11-05"), day("2016-11-05"), day("2016-11-06"), day("2017-06-05")].map((date, i) => ({ date, label: String(i + 1) })),
      label,
    );
    expect(svg.match(/<circle/g)).toHaveLength(5);
    const ys = [...svg.matchAll(/<circle cx="(\d+)" cy="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    // The two events of 5 November stand in one column, one above the other.
    expect(ys[1]![0]).toBe(ys[2]![0]);
    expect(ys[2]![1]!).toBeLessThan(ys[1]![1]!);
    expect(svg).toContain("<path"); // the break
    expect(svg).toContain(">2010-01-05<");
  });

  it("draws dates known only to the month, week or year as hollow marks", () => {
    const svg = timelineSvg([{ date: day("2016-11", "month"), label: "1" }, { date: day("2017-W22", "week"), label: "2" }], label);
    expect(svg.match(/fill="#fff"/g)).toHaveLength(2);
  });

  it("puts a week among its days and draws nothing for fewer than two events", () => {
    expect(dayOf(day("2017-W22"))).toBeLessThan(dayOf(day("2017-06-05")));
    expect(dayOf(day("2017-W22"))).toBeGreaterThan(dayOf(day("2017-05-29")));
    expect(timelineSvg([{ date: day("2016-11-05"), label: "1" }], label)).toBe("");
  });

  it("escapes its labels", () => {
    const svg = timelineSvg([{ date: day("2016-11-05"), label: "<b>" }, { date: day("2016-11-06"), label: "2" }], () => "<script>");
    expect(svg).not.toContain("<script>");
    expect(svg).not.toContain("<b>");
  });
});
