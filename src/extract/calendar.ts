import type { ResolvedDate } from "../schema/index.js";
import type { Tense } from "./dates-tense.js";

/**
 * Calendar arithmetic for the date reader: days, ISO weeks, months and years counted from the
 * publication day or from a date the text named. Dates are handled at noon UTC, so that no time
 * zone moves a day.
 */

export const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
export const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/** The part of a day that may follow its name, as a pattern: " morning" of "Tuesday morning". */
export const PART_OF_DAY = String.raw`(?:\s+(?:morning|afternoon|evening|night))?`;
export const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** A month's place in the year from its name or its first three letters ("Dec", "Sept"), counted from 0; -1 for none. */
export function monthIndexOf(name: string): number {
  const start = name.toLowerCase().slice(0, 3);
  return MONTH_NAMES.findIndex((month) => month.startsWith(start));
}
/** In the order of Date.getUTCDay(). */
export const WEEKDAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/**
 * Holidays kept on the same day every year, as month and day. Those whose day differs by country ("Independence Day",
 * "Labor Day") or moves with the moon or the week (Easter, Thanksgiving) are left out: their name alone gives no day.
 */
export const FIXED_HOLIDAYS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["christmas", [12, 25]],
  ["christmas day", [12, 25]],
  ["christmas eve", [12, 24]],
  ["boxing day", [12, 26]],
  ["new year's day", [1, 1]],
  ["new year's eve", [12, 31]],
  ["hogmanay", [12, 31]],
  ["valentine's day", [2, 14]],
  ["st patrick's day", [3, 17]],
  ["st. patrick's day", [3, 17]],
  ["halloween", [10, 31]],
  ["bonfire night", [11, 5]],
  ["guy fawkes night", [11, 5]],
  ["anzac day", [4, 25]],
  ["australia day", [1, 26]],
  ["waitangi day", [2, 6]],
  ["canada day", [7, 1]],
  ["bastille day", [7, 14]],
  ["remembrance day", [11, 11]],
  ["armistice day", [11, 11]],
  ["veterans day", [11, 11]],
  ["the fourth of july", [7, 4]],
]);
/** The holidays' names as the text writes them ("Christmas Day", "New Year’s Eve"), longest first. */
export const FIXED_HOLIDAY_NAME = new RegExp(
  `\\b(?:${[...FIXED_HOLIDAYS.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/\./g, "\\.").replace(/'/g, "['’]").replace(/^the /, "(?:the )?")).join("|")})(?![\\p{L}'’])`,
  "giu",
);

/** The month and day of a holiday by its name as written ("Australia Day", "New Year’s Eve"), if it is kept on a fixed day. */
export function fixedHoliday(name: string): readonly [number, number] | undefined {
  return FIXED_HOLIDAYS.get(name.toLowerCase().replace(/’/g, "'").replace(/^fourth/, "the fourth"));
}

/** Holidays that move with Easter, as days after Easter Sunday: "Good Friday" is two days before it. */
export const EASTER_HOLIDAYS: ReadonlyMap<string, number> = new Map([
  ["ash wednesday", -46],
  ["palm sunday", -7],
  ["maundy thursday", -3],
  ["holy thursday", -3],
  ["good friday", -2],
  ["holy saturday", -1],
  ["easter saturday", -1],
  ["easter eve", -1],
  ["eve of easter", -1],
  ["easter sunday", 0],
  ["easter day", 0],
  ["easter", 0],
  ["easter monday", 1],
  ["ascension day", 39],
  ["pentecost", 49],
  ["whit sunday", 49],
  ["whitsunday", 49],
  ["whit monday", 50],
]);
/** The Easter holidays' names as the text writes them, longest first. */
export const EASTER_HOLIDAY_NAME = new RegExp(
  `\\b(?:${[...EASTER_HOLIDAYS.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/^eve /, "(?:the )?eve ")).join("|")})(?![\\p{L}'’])`,
  "giu",
);

/** Easter Sunday in a year of the Gregorian calendar (the anonymous Gregorian computus). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, dayOfMonth);
}

/** The day of an Easter holiday near publication (a year either side), the one the tense points to. */
export function nearestEasterHoliday(pub: Date, daysAfterEaster: number, tense: Tense): Date {
  const year = pub.getUTCFullYear();
  return byTense(pub, [year - 1, year, year + 1].map((y) => new Date(easterSunday(y).getTime() + daysAfterEaster * 86_400_000)), tense);
}

/** The day, ISO week, month or year a date falls in, as precise as the unit a text counted in ("three weeks ago"). */
export function periodOf(date: Date, unit: string, approximate: boolean): ResolvedDate {
  if (unit === "year") return { value: String(date.getUTCFullYear()), precision: "year", approximate };
  if (unit === "month") return month(date.getUTCFullYear(), date.getUTCMonth() + 1, approximate);
  if (unit === "week") return { value: isoWeek(date), precision: "week", approximate };
  return day(date, approximate);
}

/** "this week", "last month", "next year": the period counted from the publication day. */
export function relativePeriod(word: string, unit: "week" | "month" | "year", pub: Date, approximate: boolean): ResolvedDate {
  const direction = word === "this" ? 0 : word === "next" || word === "coming" ? 1 : -1;
  if (unit === "week") return { value: isoWeek(new Date(pub.getTime() + 7 * direction * 86_400_000)), precision: "week", approximate };
  if (unit === "month") {
    const m = pub.getUTCMonth() + direction;
    return month(pub.getUTCFullYear() + Math.floor(m / 12), ((m % 12) + 12) % 12 + 1, approximate);
  }
  return { value: String(pub.getUTCFullYear() + direction), precision: "year", approximate };
}

/** "on the 29th": this month's, unless that is still to come in a past-tense sentence. */
export function dayOfMonth(pub: Date, dayNumber: number, tense: Tense): Date {
  const y = pub.getUTCFullYear();
  const m = pub.getUTCMonth() + 1;
  const thisMonth = ymd(y, m, dayNumber);
  if (tense !== "future" && dayNumber > pub.getUTCDate()) return ymd(m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1, dayNumber);
  if (tense === "future" && dayNumber < pub.getUTCDate()) return ymd(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, dayNumber);
  return thisMonth;
}

/** One unit on from (or back before) a date already named, at that unit's precision. */
export function following(anchor: ResolvedDate, direction: number, unit: string): ResolvedDate | null {
  const year = Number(anchor.value.slice(0, 4));
  if (unit === "year") return { value: String(year + direction), precision: "year", approximate: anchor.approximate };
  // ("in November 2019 … the following month": a month from a month.)
  if (unit === "month" && anchor.precision === "month") return offsetFrom(anchor, direction, "month");
  if (anchor.precision !== "day") return null;
  const base = new Date(`${anchor.value}T12:00:00Z`);
  const days = unit === "day" ? 1 : unit === "week" ? 7 : 0;
  if (days) return day(new Date(base.getTime() + direction * days * 86_400_000), anchor.approximate);
  const m = base.getUTCMonth() + direction;
  return month(base.getUTCFullYear() + Math.floor(m / 12), ((m % 12) + 12) % 12 + 1, anchor.approximate);
}

/** A date n units on from (or, when n is negative, back before) an anchor, at no finer precision than the anchor's. */
export function offsetFrom(anchor: ResolvedDate, n: number, unit: "day" | "week" | "month" | "year"): ResolvedDate | null {
  if (unit === "year") return { value: String(Number(anchor.value.slice(0, 4)) + n), precision: "year", approximate: anchor.approximate };
  if (unit === "month" && anchor.precision === "month") {
    const [y, m] = anchor.value.split("-").map(Number) as [number, number];
    const index = m - 1 + n;
    return month(y + Math.floor(index / 12), ((index % 12) + 12) % 12 + 1, anchor.approximate);
  }
  if (anchor.precision !== "day") return null;
  const base = new Date(`${anchor.value}T12:00:00Z`);
  if (unit === "month") return day(new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + n, base.getUTCDate(), 12)), anchor.approximate);
  return day(new Date(base.getTime() + n * (unit === "week" ? 7 : 1) * 86_400_000), anchor.approximate);
}

/** A day and month without a year: past → on or before publication; future → after; present → nearest. */
export function nearestYear(pub: Date, monthNumber: number, dayNumber: number, tense: Tense): Date {
  const year = pub.getUTCFullYear();
  return byTense(pub, [year - 1, year, year + 1].map((y) => ymd(y, monthNumber, dayNumber)), tense);
}

/** Of a day's dates in three years in a row, the one the tense points to: the last on or before publication, the first on or after it, or the nearest. */
function byTense(pub: Date, candidates: readonly Date[], tense: Tense): Date {
  const distance = (d: Date) => Math.abs(d.getTime() - pub.getTime());
  const sameDayOrBefore = candidates.filter((d) => d.getTime() <= pub.getTime() + 43_200_000);
  const after = candidates.filter((d) => d.getTime() >= pub.getTime() - 43_200_000);
  if (tense === "past") return sameDayOrBefore[sameDayOrBefore.length - 1]!;
  if (tense === "future") return after[0]!;
  return candidates.reduce((best, d) => (distance(d) < distance(best) ? d : best));
}

/** The one day of a month and day near publication (a year either side, else the latest up to six years back) that falls on the weekday named with it, or null. */
export function yearOfWeekday(pub: Date, monthNumber: number, dayNumber: number, dayOfWeek: number): Date | null {
  const year = pub.getUTCFullYear();
  const fits = [year - 1, year, year + 1].map((y) => ymd(y, monthNumber, dayNumber)).filter((d) => d.getUTCDay() === dayOfWeek);
  if (fits.length > 0) return fits.length === 1 ? fits[0]! : null;
  // ("the night of Tuesday, August 2nd", in an inquiry's report of 2019: the last year further back the weekday fits, a
  // weekday and a date recurring only every five to eleven years.)
  for (let back = 2; back <= 6; back++) {
    const date = ymd(year - back, monthNumber, dayNumber);
    if (date.getUTCDay() === dayOfWeek) return date;
  }
  return null;
}

/** A month alone ("in April", "since November"): the last such month unless the sentence looks ahead. */
export function monthWithoutYear(pub: Date, monthNumber: number, tense: Tense, approximate: boolean): ResolvedDate {
  const year = pub.getUTCFullYear();
  const pubMonth = pub.getUTCMonth() + 1;
  if (tense === "future") return month(monthNumber >= pubMonth ? year : year + 1, monthNumber, approximate);
  return month(monthNumber <= pubMonth ? year : year - 1, monthNumber, approximate);
}

/**
 * A weekday: the most recent one on or before publication ("Sunday" in a Sunday paper is that
 * day), unless the sentence looks ahead ("will", "next"), then the first one after it.
 */
export function weekday(pub: Date, dayOfWeek: number, tense: Tense, text: string, planned = false): Date {
  const today = pub.getUTCDay();
  const lower = text.toLowerCase();
  // "last Monday" lies behind whatever the verb: "talks scheduled to begin last Monday".
  if (/\blast\b/.test(lower)) return new Date(pub.getTime() - (((today - dayOfWeek + 7) % 7) || 7) * 86_400_000);
  if (tense === "future" || /\b(next|coming)\b/.test(lower)) {
    // "is set to meet him on Monday", written on a Monday, is that day (news names the weekday of its own day); "next Monday" is a week on.
    const ahead = ((dayOfWeek - today + 7) % 7) || (tense === "future" && !/\b(next|coming)\b/.test(lower) ? 0 : 7);
    // ("called a day of strikes for next Thursday", written on a Wednesday: tomorrow would be "tomorrow" or "Thursday"; "next"
    // puts it in the week after.)
    return new Date(pub.getTime() + (ahead === 1 && /\bnext\b/.test(lower) ? 8 : ahead) * 86_400_000);
  }
  // ("was supposed to surprise my mother on her birthday this Saturday", written on a Thursday: "this" is the publication's
  // own week, Monday to Sunday, whatever the verb.)
  // (Still the last one where what happened is told in the past: "This Sunday, the club held a vigil".)
  const inThisWeek = ((dayOfWeek + 6) % 7) - ((today + 6) % 7);
  if (/\bthis\b/.test(lower) && (inThisWeek <= 0 || tense !== "past" || planned)) return new Date(pub.getTime() + inThisWeek * 86_400_000);
  return new Date(pub.getTime() - ((today - dayOfWeek + 7) % 7) * 86_400_000);
}

/** The occurrence of a weekday nearest to the publication day, the earlier one on a tie. */
export function nearestWeekday(pub: Date, dayOfWeek: number): Date {
  const back = (pub.getUTCDay() - dayOfWeek + 7) % 7;
  const ahead = (dayOfWeek - pub.getUTCDay() + 7) % 7;
  return new Date(pub.getTime() + (ahead < back ? ahead : -back) * 86_400_000);
}

/** The Saturday of a weekend, counted from the publication day. */
export function weekendOf(pub: Date, when: "this" | "last" | "next" | "recent"): Date {
  const weekday = (pub.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thisSaturday = new Date(pub.getTime() + (5 - weekday) * 86_400_000);
  const week = 7 * 86_400_000;
  if (when === "this") return thisSaturday;
  if (when === "last") return new Date(thisSaturday.getTime() - week);
  // The next weekend still to come, or the latest one begun by publication day.
  if (when === "next") return weekday >= 5 ? new Date(thisSaturday.getTime() + week) : thisSaturday;
  return weekday >= 5 ? thisSaturday : new Date(thisSaturday.getTime() - week);
}

export function ymd(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d, 12));
}

export function day(date: Date, approximate: boolean): ResolvedDate {
  return { value: date.toISOString().slice(0, 10), precision: "day", approximate };
}

export function month(y: number, m: number, approximate: boolean): ResolvedDate {
  return { value: `${y}-${String(m).padStart(2, "0")}`, precision: "month", approximate };
}

/** The ISO week (`2017-W22`) a day falls in. */
export function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}
