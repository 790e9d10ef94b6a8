import type { ResolvedDate } from "../schema/index.js";

const DAY = 86_400_000;

/** The middle of a date's span, in days: a month counts at its 15th, a year at 1 July, a week at its Thursday. */
export function dayOf(date: Pick<ResolvedDate, "value">): number {
  const v = date.value;
  const week = /^(\d{4})-W(\d{2})$/.exec(v);
  if (week) {
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() || 7) - 1) * DAY;
    return (monday + (Number(week[2]) - 1) * 7 * DAY) / DAY + 3;
  }
  if (/^\d{4}$/.test(v)) return Date.UTC(Number(v), 6, 1) / DAY;
  if (/^\d{4}-\d{2}$/.test(v)) return Date.UTC(Number(v.slice(0, 4)), Number(v.slice(5, 7)) - 1, 15) / DAY;
  return Date.parse(`${v}T00:00:00Z`) / DAY;
}
