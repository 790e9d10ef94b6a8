import * as chrono from "chrono-node";
import type { ResolvedDate } from "../schema/index.js";
import { tenseAround, type Tense } from "./dates-tense.js";

/** A date expression found in a text, with offsets relative to that text. */
export interface DateFinding {
  expression: string;
  start: number;
  end: number;
  /** Null when the expression is relative and there is no publication date to resolve it against. */
  resolved: ResolvedDate | null;
  /**
   * Dated by counting back from the happening the sentence reports ("a day after Chrysler released
   * a list"): a side event, not the day the story has moved on to.
   */
  background?: boolean;
}

/**
 * chrono-node's casual English parser without the parsers this reader never needs: durations
 * ("within 2 days", "3 weeks later", "+2 days"; our own patterns read the offsets that matter),
 * ISO timestamps, "end of this month", and clock times, which only glued themselves to dates
 * ("16:15 UTC, June 1st") or read prices as times ("rose US$5.41 yesterday"). Fewer parsers, less work.
 */
const UNUSED_PARSERS = new Set([
  "ENTimeUnitWithinFormatParser", "ENTimeUnitLaterFormatParser", "ENTimeUnitCasualRelativeFormatParser",
  "ISOFormatParser", "ENEndOfCurrentMonthParser", "ENTimeExpressionParser",
]);
const casualConfiguration = chrono.en.configuration.createCasualConfiguration(false);
const dateParser = new chrono.Chrono({ ...casualConfiguration, parsers: casualConfiguration.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name)) });

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** In the order of Date.getUTCDay(). */
const WEEKDAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** Cheap test before the parser runs: most sentences name no date at all. */
const MAY_HOLD_A_DATE = new RegExp(`\\b(${MONTHS}|${WEEKDAYS}|yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)|days?|weeks?|weekend|months?|years?|morning|afternoon|evening|night|ago|(?:1[89]|20)\\d\\d)\\b`, "i");

/** Only these need chrono-node; bare years and "this week" are read by the patterns below. */
const NAMES_A_DAY_OR_MONTH = new RegExp(`\\b(${MONTHS}|${WEEKDAYS})\\b`);
const MONTH_ALONE = new RegExp(`^(${MONTHS})$`);
const MONTH_ALONE_ANY_CASE = new RegExp(`^(${MONTHS})$`, "i");

const NEEDS_PARSER = new RegExp(`\\b(${MONTHS}|${WEEKDAYS}|yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)|ago)\\b`, "i");

/** Words that make a date expression relative to the day of publication. */
const RELATIVE = /\b(yesterday|today|tonight|tomorrow|this (morning|afternoon|evening|week|month|year)|(last|next|past|previous|coming) (week|month|year)|ago)\b/i;

// "this year's Worldwide Developers Conference" names an event, not a date ("today's glitches" is a date).
const EVENT_NAME_AFTER = /^['’]s\b/;
const NAMES_A_PERIOD = /^this (year|week|month|season)$/i;

const APPROXIMATE_BEFORE = /\b(early|late|mid|the (end|beginning|start|middle) of|around|about|circa|towards?)\s*-?\s*$/i;

/** A bare year after a preposition: "in 2014", "since 2009", "early 2016", "until at least 2007", "back to 1998". */
const BARE_YEAR = /\b(in|since|during|by|until|till|from|of|to|throughout|before|after|between|early|late|mid-?|around|circa|the end of|the start of|the beginning of)\s+(?:(?:at least|as early as|as late as|the|about|around)\s+)?((?:1[89]|20)\d\d)\b(?![\d,.]*\d|\s*(?:%|percent|per cent))/gi;

/** A year as a possessive or attribute: "2000's Meet the Parents", "GM's 2008 revenue". */
const YEAR_ATTRIBUTE = /(?:\b((?:1[89]|20)\d\d)['’]s\s+\p{Lu})|(?:['’]s\s+((?:1[89]|20)\d\d)\s+\p{Ll})/gu;

/** "on the 29th": a day of the month, the month left to the reader. */
const DAY_OF_MONTH = new RegExp(`\\bon the (\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:${MONTHS})\\b)`, "gi");

/** "over the weekend", "last weekend", "this weekend": a weekend, told as the ISO week it ends. */
const WEEKEND = /\b(?:(over|at|during|on) the|(this|last|next|past|coming)|the (past|previous|coming)) weekend\b/gi;

/** "mid-May", "early-March": a part of a month, written with a hyphen that chrono-node does not read. */
const PART_OF_MONTH = new RegExp(`\\b(early|mid|late)-(${MONTHS})\\b`, "g");

/** Relative expressions chrono-node does not always see. */
const OWN_RELATIVE = /(?<!\bthe )\b(this|last|next|past|previous|coming) (week|month|year)\b(?!['’]s)/gi;

/** "by the end of the year", "at the start of the month": a part of the current period, unless the sentence named another. */
const PART_OF_PERIOD = /\b(?:the (?:end|start|beginning|middle) of) the (year|month)\b/gi;

/** "the next year", "the following day": relative to the date the text last named. */
const FOLLOWING = /\bthe (next|following|previous) (day|week|month|year|morning|afternoon|evening|night)\b/gi;

/** "later that day", "that evening", "on the same day", "earlier in the week": the day (or week) the text last named. */
const SAME_PERIOD = /\b(?:(?:later|earlier) (?:that|the same|in the|during the) (day|morning|afternoon|evening|night|week)|(?:on )?(?:that|the same) (day|morning|afternoon|evening|night|week))\b/gi;

const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, the: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** "a day after", "two weeks later", "the day before": a distance from a date the text has already named. */
const OFFSET = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|the) (day|week|month|year)s? (after|before|later|earlier)\b/gi;

/**
 * What "after"/"before" introduces. A short definite noun phrase ("the announcement", "that
 * vote") points back to the happening last dated, so the sentence's own happening is the offset
 * from it. A clause or a name ("Chrysler released a list") brings in a new happening, dated by
 * counting back from the one the sentence reports ("GM's move comes a day after Chrysler …").
 */
const POINTS_BACK = /^\s+(?:the|this|that|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?=\s*(?:[,.;:)]|$|\s(?:of|in|on|at|by|to|with)\b))/u;

/**
 * Finds the date expressions of one sentence and resolves them against the publication date with
 * the sense of news tense: what is reported in the past tense happened on or before publication,
 * what "will" happen comes after it, and a present-tense date takes the nearest occurrence.
 * Precision is kept: a day, an ISO week ("last week"), a month ("in April") or a year ("in 2014").
 *
 * @example findDates("Fighters said Sunday they had launched", "2016-11-06")[0].resolved.value === "2016-11-06"
 */
export interface FindDatesOptions {
  /** Offsets (into the sentence) of the words a tagger marked as verbs, for telling tense. */
  verbs?: ReadonlyArray<readonly [number, number]>;
  /** The date the text last named, for "the next year". */
  anchor?: ResolvedDate | null;
  /** The day the text last named, for "the following day" and "a week later" (a bare year in between does not move it). */
  lastDay?: ResolvedDate | null;
}

/** Necessary conditions of the patterns below, cheap to test: a pattern runs only where its guard holds. */
const GUARDS = {
  weekend: /weekend/i,
  partOfMonth: /(?:early|mid|late)-\p{Lu}/u,
  relative: /(?:this|last|next|past|previous|coming) /i,
  year: /(?:1[89]|20)\d\d/,
  onThe: /on the /i,
  following: /the (?:next|following|previous) /i,
  samePeriod: /(?:that|same|later|earlier) /i,
  ofThe: / of the /i,
  offset: / (?:after|before|later|earlier)/i,
};

/** Cheap test before any parsing: false means the sentence names no date at all. */
export function mayNameADate(sentence: string): boolean {
  return MAY_HOLD_A_DATE.test(sentence) || /\bon the \d/.test(sentence);
}

export function findDates(sentence: string, published: string | null, options: FindDatesOptions = {}): DateFinding[] {
  if (!mayNameADate(sentence)) return [];
  // Each pattern below runs only where its key words occur (GUARDS): most sentences hold none of them.
  const pub = published ? new Date(`${published}T12:00:00Z`) : null;
  const found: DateFinding[] = [];
  const free = (start: number, end: number) => !found.some((f) => f.start < end && start < f.end);
  const verbs = options.verbs ?? [];

  const parsed = NEEDS_PARSER.test(sentence) ? dateParser.parse(sentence, { instant: pub ?? new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 }) : [];
  for (const result of parsed) {
    const finding = interpret(sentence, result, pub, verbs);
    if (finding) found.push(finding);
  }
  // "the previous Friday", "the following Monday": the weekday before or after the day the text last named.
  for (const [index, finding] of found.entries()) {
    const relation = /\bthe (previous|following|next)\s+$/i.exec(sentence.slice(Math.max(0, finding.start - 16), finding.start));
    const weekdayNumber = WEEKDAY_NAMES.indexOf(finding.expression.toLowerCase());
    const anchor = options.lastDay ?? null;
    if (!relation || weekdayNumber < 0 || !anchor || anchor.precision !== "day") continue;
    const base = new Date(`${anchor.value}T12:00:00Z`);
    const step = relation[1]!.toLowerCase() === "previous" ? -1 : 1;
    const distance = step < 0 ? ((base.getUTCDay() - weekdayNumber + 7) % 7) || 7 : ((weekdayNumber - base.getUTCDay() + 7) % 7) || 7;
    const start = finding.start - relation[0].length + relation[0].search(/the/i);
    found[index] = { expression: sentence.slice(start, finding.end), start, end: finding.end, resolved: day(new Date(base.getTime() + step * distance * 86_400_000), anchor.approximate) };
  }
  if (GUARDS.relative.test(sentence)) for (const match of sentence.matchAll(OWN_RELATIVE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!free(start, end) || (NAMES_A_PERIOD.test(match[0]) && EVENT_NAME_AFTER.test(sentence.slice(end)))) continue;
    const approximate = APPROXIMATE_BEFORE.test(sentence.slice(Math.max(0, start - 24), start));
    found.push({ expression: match[0], start, end, resolved: pub ? relativePeriod(match[1]!.toLowerCase(), match[2]!.toLowerCase() as "week" | "month" | "year", pub, approximate) : null });
  }
  if (pub && GUARDS.weekend.test(sentence)) for (const match of sentence.matchAll(WEEKEND)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!free(start, end)) continue;
    const word = (match[1] ?? match[2] ?? match[3])!.toLowerCase();
    // "this weekend" is the one of the publication's week; "last weekend" the one before; "over the weekend" the last one, or the next under a future verb.
    const when = word === "this" ? "this" : word === "last" || word === "past" || word === "previous" ? "last" : word === "next" || word === "coming" ? "next" : tenseAround(sentence, start, end, verbs) === "future" ? "next" : "recent";
    const lead = /^(over|at|during|on) /i.exec(match[0])?.[0].length ?? 0;
    found.push({ expression: match[0].slice(lead), start: start + lead, end, resolved: { value: isoWeek(weekendOf(pub, when)), precision: "week", approximate: false } });
  }
  if (pub && GUARDS.partOfMonth.test(sentence)) for (const match of sentence.matchAll(PART_OF_MONTH)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!free(start, end)) continue;
    const monthNumber = MONTH_NAMES.indexOf(match[2]!.toLowerCase()) + 1;
    found.push({ expression: match[0], start, end, resolved: monthWithoutYear(pub, monthNumber, tenseAround(sentence, start, end, verbs), true) });
  }
  if (GUARDS.year.test(sentence)) for (const match of sentence.matchAll(BARE_YEAR)) {
    const end = match.index + match[0].length;
    if (!free(match.index, end)) continue;
    const approximate = /^(early|late|mid|around|circa|the end|the start|the beginning)/i.test(match[1]!);
    found.push({ expression: sentence.slice(match.index, end), start: match.index, end, resolved: { value: match[2]!, precision: "year", approximate } });
  }
  if (GUARDS.year.test(sentence)) for (const match of sentence.matchAll(YEAR_ATTRIBUTE)) {
    const year = match[1] ?? match[2]!;
    const start = match.index + match[0].indexOf(year);
    if (!free(start, start + 4)) continue;
    found.push({ expression: year, start, end: start + 4, resolved: { value: year, precision: "year", approximate: false } });
  }
  if (GUARDS.onThe.test(sentence)) for (const match of sentence.matchAll(DAY_OF_MONTH)) {
    const start = match.index + 3;
    const end = match.index + match[0].length;
    if (!free(start, end)) continue;
    found.push({ expression: match[0].slice(3), start, end, resolved: pub ? day(dayOfMonth(pub, Number(match[1]), tenseAround(sentence, start, end, verbs)), false) : null });
  }
  const anchorBefore = (start: number, unit: string): ResolvedDate | null => {
    const earlier = found.filter((f) => f.end <= start && f.resolved && !f.background);
    if (unit === "year") return earlier.pop()?.resolved ?? options.anchor ?? null;
    return earlier.filter((f) => f.resolved!.precision === "day").pop()?.resolved ?? options.lastDay ?? earlier.pop()?.resolved ?? options.anchor ?? null;
  };
  if (GUARDS.following.test(sentence)) for (const match of sentence.matchAll(FOLLOWING)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = anchorBefore(start, match[2]!.toLowerCase());
    if (!free(start, end) || !before) continue;
    const unit = match[2]!.toLowerCase();
    const resolved = following(before, match[1]!.toLowerCase() === "previous" ? -1 : 1, /^(morning|afternoon|evening|night)$/.test(unit) ? "day" : unit);
    if (resolved) found.push({ expression: match[0], start, end, resolved });
  }
  if (GUARDS.samePeriod.test(sentence)) for (const match of sentence.matchAll(SAME_PERIOD)) {
    const start = match.index;
    const end = start + match[0].length;
    const unit = (match[1] ?? match[2])!.toLowerCase();
    const before = anchorBefore(start, "day");
    if (!free(start, end) || !before || before.precision !== "day") continue;
    // "That evening, …", "on the same day": an adverbial of time; "I will never forget that day" is an object.
    // After "and" or a verb, "that" is more often a conjunction ("and that day one motions had been filed").
    if (/^(that|the same)\b/i.test(match[0]) && !/(^\s*|[,;:(—–]\s*|\b(?:by|until|since|from)\s+)$/i.test(sentence.slice(0, start))) continue;
    if (/^\s+(?:one|two|three|\d)/i.test(sentence.slice(end))) continue;
    const resolved: ResolvedDate = unit === "week" ? { value: isoWeek(new Date(`${before.value}T12:00:00Z`)), precision: "week", approximate: before.approximate } : before;
    found.push({ expression: match[0].replace(/^on /i, ""), start: start + (match[0].length - match[0].replace(/^on /i, "").length), end, resolved });
  }
  if (GUARDS.ofThe.test(sentence)) for (const match of sentence.matchAll(PART_OF_PERIOD)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!free(start, end)) continue;
    const unit = match[1]!.toLowerCase();
    const named = found.filter((f) => f.end <= start && f.resolved).pop()?.resolved;
    const base = named?.value ?? (pub ? pub.toISOString().slice(0, 10) : null);
    if (!base) continue;
    const resolved: ResolvedDate = unit === "year" ? { value: base.slice(0, 4), precision: "year", approximate: true } : base.length >= 7 ? { value: base.slice(0, 7), precision: "month", approximate: true } : { value: base.slice(0, 4), precision: "year", approximate: true };
    found.push({ expression: match[0], start, end, resolved });
  }
  if (GUARDS.offset.test(sentence)) for (const match of sentence.matchAll(OFFSET)) {
    const start = match.index;
    const end = start + match[0].length;
    const [count, unit, relation] = [match[1]!.toLowerCase(), match[2]!.toLowerCase(), match[3]!.toLowerCase()];
    const anchor = anchorBefore(start, unit);
    // "the day after" is an offset; "the year after" or "the week before" usually names a period of its own.
    if (!free(start, end) || !anchor || (count === "the" && unit !== "day")) continue;
    const n = COUNT_WORDS[count] ?? Number(count);
    let direction = relation === "after" || relation === "later" ? 1 : -1;
    const rest = sentence.slice(end);
    const introducesClause = (relation === "after" || relation === "before") && !POINTS_BACK.test(rest) && /^\s+[\p{L}\d]/u.test(rest);
    if (introducesClause) direction = -direction;
    const resolved = offsetFrom(anchor, direction * n, unit as "day" | "week" | "month" | "year");
    if (resolved) found.push({ expression: match[0], start, end, resolved, ...(introducesClause ? { background: true } : {}) });
  }
  return found.sort((a, b) => a.start - b.start);
}

function relativePeriod(word: string, unit: "week" | "month" | "year", pub: Date, approximate: boolean): ResolvedDate {
  const direction = word === "this" ? 0 : word === "next" || word === "coming" ? 1 : -1;
  if (unit === "week") return { value: isoWeek(new Date(pub.getTime() + 7 * direction * 86_400_000)), precision: "week", approximate };
  if (unit === "month") {
    const m = pub.getUTCMonth() + direction;
    return month(pub.getUTCFullYear() + Math.floor(m / 12), ((m % 12) + 12) % 12 + 1, approximate);
  }
  return { value: String(pub.getUTCFullYear() + direction), precision: "year", approximate };
}

/** "on the 29th": this month's, unless that is still to come in a past-tense sentence. */
function dayOfMonth(pub: Date, dayNumber: number, tense: Tense): Date {
  const y = pub.getUTCFullYear();
  const m = pub.getUTCMonth() + 1;
  const thisMonth = ymd(y, m, dayNumber);
  if (tense !== "future" && dayNumber > pub.getUTCDate()) return ymd(m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1, dayNumber);
  if (tense === "future" && dayNumber < pub.getUTCDate()) return ymd(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, dayNumber);
  return thisMonth;
}

/** One unit on from (or back before) a date already named, at that unit's precision. */
function following(anchor: ResolvedDate, direction: number, unit: string): ResolvedDate | null {
  const year = Number(anchor.value.slice(0, 4));
  if (unit === "year") return { value: String(year + direction), precision: "year", approximate: anchor.approximate };
  if (anchor.precision !== "day") return null;
  const base = new Date(`${anchor.value}T12:00:00Z`);
  const days = unit === "day" ? 1 : unit === "week" ? 7 : 0;
  if (days) return day(new Date(base.getTime() + direction * days * 86_400_000), anchor.approximate);
  const m = base.getUTCMonth() + direction;
  return month(base.getUTCFullYear() + Math.floor(m / 12), ((m % 12) + 12) % 12 + 1, anchor.approximate);
}

/** A date n units on from (or, when n is negative, back before) an anchor, at no finer precision than the anchor's. */
function offsetFrom(anchor: ResolvedDate, n: number, unit: "day" | "week" | "month" | "year"): ResolvedDate | null {
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

function interpret(sentence: string, result: chrono.ParsedResult, pub: Date | null, verbs: ReadonlyArray<readonly [number, number]>): DateFinding | null {
  let text = result.text.replace(/[\s,.;:]+$/, "");
  let start = result.index;
  // chrono folds a leading "on"/"in"/"at" into the expression; the date itself starts after it.
  const lead = /^(on|in|at|since|by|from|until|the)\s+/i.exec(text);
  if (lead) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  const end = start + text.length;
  const component = (k: chrono.Component) => (result.start.isCertain(k) ? (result.start.get(k) ?? undefined) : undefined);
  const known = { year: component("year"), month: component("month"), day: component("day"), weekday: component("weekday") };
  const has = (k: keyof typeof known) => known[k] !== undefined;

  if (!NAMES_A_DAY_OR_MONTH.test(text) && !RELATIVE.test(text) && !/\b(1[89]|20)\d\d\b/.test(text)) return null;
  // A month written in lower case is a verb or a word ("may", "march"), not a date.
  if (!RELATIVE.test(text) && !has("weekday") && MONTH_ALONE_ANY_CASE.test(text) && !MONTH_ALONE.test(text)) return null;
  // "this morning" comes with nothing certain but the time of day: its day is the relative word's.
  if (!has("day") && !has("month") && !has("year") && !has("weekday") && !/^(this (morning|afternoon|evening)|tonight)$/i.test(text)) return null;
  if (NAMES_A_PERIOD.test(text) && EVENT_NAME_AFTER.test(sentence.slice(end))) return null;

  const approximate = APPROXIMATE_BEFORE.test(sentence.slice(Math.max(0, start - 24), start)) || /\b(early|late|mid)\b/i.test(text);
  // "closed until Friday": a weekday as the end of a state that still holds lies ahead.
  const tense = has("weekday") && !has("day") && /\b(until|till)\s+$/i.test(sentence.slice(Math.max(0, start - 8), start)) ? "future" : tenseAround(sentence, start, end, verbs);
  const mention = (resolved: ResolvedDate | null): DateFinding => ({ expression: text, start, end, resolved });

  if (RELATIVE.test(text)) {
    // "the next year" counts from the date named before it, not from publication (see FOLLOWING).
    if (/^(next|last|previous|following)\b/i.test(text) && /\bthe\s+$/i.test(sentence.slice(Math.max(0, start - 5), start))) return null;
    if (!pub) return mention(null);
    return mention(resolveRelative(text, result, pub, approximate));
  }
  if (has("year") && has("month") && has("day")) return mention(day(ymd(known.year!, known.month!, known.day!), approximate));
  if (has("year") && has("month")) return mention(month(known.year!, known.month!, approximate));
  if (has("year") && !has("weekday")) return mention({ value: String(known.year), precision: "year", approximate });
  if (!pub) return mention(null);
  if (has("month") && has("day")) return mention(day(nearestYear(pub, known.month!, known.day!, tense), approximate));
  if (has("month")) {
    // "October of next year": the year comes as a relative expression right after the month.
    const relativeYear = /^\s*(?:of\s+)?(next|last|this)\s+year\b/i.exec(sentence.slice(end));
    if (relativeYear) {
      const shift = { next: 1, last: -1, this: 0 }[relativeYear[1]!.toLowerCase() as "next" | "last" | "this"];
      const full = end + relativeYear[0].length;
      return { expression: sentence.slice(start, full), start, end: full, resolved: month(pub.getUTCFullYear() + shift, known.month!, approximate) };
    }
    return mention(monthWithoutYear(pub, known.month!, tense, approximate));
  }
  if (has("weekday")) return mention(day(weekday(pub, known.weekday!, tense, text), approximate));
  return null;
}

function resolveRelative(text: string, result: chrono.ParsedResult, pub: Date, approximate: boolean): ResolvedDate | null {
  const lower = text.toLowerCase();
  const shift = (days: number) => new Date(pub.getTime() + days * 86_400_000);
  if (/\byesterday\b/.test(lower)) return day(shift(-1), approximate);
  if (/\btomorrow\b/.test(lower)) return day(shift(1), approximate);
  if (/\b(today|tonight|this (morning|afternoon|evening))\b/.test(lower)) return day(pub, approximate);
  const unit = /\b(week|month|year)s?\b/.exec(lower)?.[1];
  const direction = /\b(last|past|previous)\b/.test(lower) ? -1 : /\b(next|coming)\b/.test(lower) ? 1 : 0;
  if (/\bago\b/.test(lower)) {
    const date = result.start.date();
    if (unit === "year") return { value: String(date.getUTCFullYear()), precision: "year", approximate };
    if (unit === "month") return month(date.getUTCFullYear(), date.getUTCMonth() + 1, approximate);
    if (unit === "week") return { value: isoWeek(date), precision: "week", approximate };
    return day(date, approximate);
  }
  if (unit === "week") return { value: isoWeek(shift(7 * direction)), precision: "week", approximate };
  if (unit === "month") {
    const m = pub.getUTCMonth() + direction;
    return month(pub.getUTCFullYear() + Math.floor(m / 12), ((m % 12) + 12) % 12 + 1, approximate);
  }
  if (unit === "year") return { value: String(pub.getUTCFullYear() + direction), precision: "year", approximate };
  return null;
}

/** A day and month without a year: past → on or before publication; future → after; present → nearest. */
function nearestYear(pub: Date, monthNumber: number, dayNumber: number, tense: Tense): Date {
  const year = pub.getUTCFullYear();
  const candidates = [year - 1, year, year + 1].map((y) => ymd(y, monthNumber, dayNumber));
  const distance = (d: Date) => Math.abs(d.getTime() - pub.getTime());
  const sameDayOrBefore = candidates.filter((d) => d.getTime() <= pub.getTime() + 43_200_000);
  const after = candidates.filter((d) => d.getTime() >= pub.getTime() - 43_200_000);
  if (tense === "past") return sameDayOrBefore[sameDayOrBefore.length - 1]!;
  if (tense === "future") return after[0]!;
  return candidates.reduce((best, d) => (distance(d) < distance(best) ? d : best));
}

/** A month alone ("in April", "since November"): the last such month unless the sentence looks ahead. */
function monthWithoutYear(pub: Date, monthNumber: number, tense: Tense, approximate: boolean): ResolvedDate {
  const year = pub.getUTCFullYear();
  const pubMonth = pub.getUTCMonth() + 1;
  if (tense === "future") return month(monthNumber >= pubMonth ? year : year + 1, monthNumber, approximate);
  return month(monthNumber <= pubMonth ? year : year - 1, monthNumber, approximate);
}

/**
 * A weekday: the most recent one on or before publication ("Sunday" in a Sunday paper is that
 * day), unless the sentence looks ahead ("will", "next"), then the first one after it.
 */
function weekday(pub: Date, dayOfWeek: number, tense: Tense, text: string): Date {
  const today = pub.getUTCDay();
  const lower = text.toLowerCase();
  if (tense === "future" || /\b(next|coming)\b/.test(lower)) {
    const ahead = ((dayOfWeek - today + 7) % 7) || 7;
    return new Date(pub.getTime() + ahead * 86_400_000);
  }
  let back = (today - dayOfWeek + 7) % 7;
  if (back === 0 && /\blast\b/.test(lower)) back = 7;
  return new Date(pub.getTime() - back * 86_400_000);
}

/** The Saturday of a weekend, counted from the publication day. */
function weekendOf(pub: Date, when: "this" | "last" | "next" | "recent"): Date {
  const weekday = (pub.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thisSaturday = new Date(pub.getTime() + (5 - weekday) * 86_400_000);
  const week = 7 * 86_400_000;
  if (when === "this") return thisSaturday;
  if (when === "last") return new Date(thisSaturday.getTime() - week);
  // The next weekend still to come, or the latest one begun by publication day.
  if (when === "next") return weekday >= 5 ? new Date(thisSaturday.getTime() + week) : thisSaturday;
  return weekday >= 5 ? thisSaturday : new Date(thisSaturday.getTime() - week);
}

function ymd(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d, 12));
}

function day(date: Date, approximate: boolean): ResolvedDate {
  return { value: date.toISOString().slice(0, 10), precision: "day", approximate };
}

function month(y: number, m: number, approximate: boolean): ResolvedDate {
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
