import type { BriefingConfig } from "../schema/index.js";
import { BUDGETS } from "./select.js";

export interface SectionBudgets {
  timeline: number;
  quotes: number;
  figures: number;
}

/** The budgets a briefing prints with: briefing.yaml's where it sets them, else its style's. */
export function budgetsOf(config: Pick<BriefingConfig, "style" | "timeline" | "quotes" | "figures">): SectionBudgets {
  const style = BUDGETS[config.style];
  return { timeline: config.timeline.max ?? style.timeline, quotes: config.quotes.max ?? style.quotes, figures: config.figures.max ?? style.figures };
}

/**
 * One step tighter, to bring a brief within its page budget: the largest section gives up a
 * quarter of its entries (at least one); null when every section is down to one entry.
 */
export function tighter(budgets: SectionBudgets): SectionBudgets | null {
  const [section, size] = (Object.entries(budgets) as Array<[keyof SectionBudgets, number]>).reduce((a, b) => (b[1] > a[1] ? b : a));
  if (size <= 1) return null;
  return { ...budgets, [section]: size - Math.max(1, Math.floor(size / 4)) };
}

/** The configuration with these budgets. */
export function withBudgets<C extends Pick<BriefingConfig, "timeline" | "quotes" | "figures">>(config: C, budgets: SectionBudgets): C {
  return {
    ...config,
    timeline: { ...config.timeline, max: budgets.timeline },
    quotes: { ...config.quotes, max: budgets.quotes },
    figures: { ...config.figures, max: budgets.figures },
  };
}
