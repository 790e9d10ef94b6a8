import { describe, expect, it } from "vitest";
import { BriefingConfigSchema } from "../schema/index.js";
import { budgetsOf, tighter, withBudgets } from "./fit.js";

describe("fitting a brief to its page budget", () => {
  it("starts from briefing.yaml's budgets, else the style's", () => {
    expect(budgetsOf(BriefingConfigSchema.parse({ title: "T" }))).toEqual({ timeline: 15, quotes: 8, figures: 10 });
    expect(budgetsOf(BriefingConfigSchema.parse({ title: "T", style: "flash", quotes: { max: 1 } }))).toEqual({ timeline: 4, quotes: 1, figures: 3 });
  });

  it("shortens the largest section by a quarter, at least one entry, down to one entry each", () => {
    expect(tighter({ timeline: 15, quotes: 8, figures: 10 })).toEqual({ timeline: 12, quotes: 8, figures: 10 });
    expect(tighter({ timeline: 3, quotes: 2, figures: 3 })).toEqual({ timeline: 2, quotes: 2, figures: 3 });
    expect(tighter({ timeline: 1, quotes: 1, figures: 1 })).toBeNull();
    let budgets = { timeline: 15, quotes: 8, figures: 10 };
    for (let i = 0; i < 100; i++) budgets = tighter(budgets) ?? budgets;
    expect(budgets).toEqual({ timeline: 1, quotes: 1, figures: 1 });
  });

  it("writes budgets into the configuration without touching the rest", () => {
    const config = BriefingConfigSchema.parse({ title: "T", timeline: { order: "newest-first" } });
    expect(withBudgets(config, { timeline: 5, quotes: 2, figures: 3 })).toMatchObject({ title: "T", timeline: { order: "newest-first", max: 5 }, quotes: { max: 2 }, figures: { max: 3 } });
  });
});
