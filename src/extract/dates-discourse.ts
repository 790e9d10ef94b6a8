import type { ResolvedDate } from "../schema/index.js";
import { day, following, isoWeek, MONTHS, offsetFrom, periodOf, WEEKDAY_NAMES } from "./calendar.js";
import type { DateRule, DateScan } from "./dates.js";

/**
 * Dates counted from the date the text named last, not from the publication day: "the next day",
 * "later that day", "a week earlier", "a day after the announcement", "the previous Friday".
 * News narrates forward from its last date; these rules follow it.
 */

/** "by the end of the year", "at the start of the month": a part of the current period, unless the sentence named another. */
// ("by year-end", "before month-end", "by the year's end": written the other way round.)
const PART_OF_PERIOD = /\b(?:the (?:end|start|beginning|middle) of the (week)\b|(?:the (?:end|start|beginning|middle) of|the (?:first|second|third|fourth|final) (?:quarter|half|three months|six months|nine months) of) the (year|month)\b|(?<=\b(?:by|before|at|until|till)\s+)(?:the\s+)?(year|month)(?:-end\b|['’]s end\b|\s+end\b(?![\s-]+(?:results|figures|bonus|party|review|accounts)\b)))/gi;

/** "the next year", "the following day": relative to the date the text last named. */
const FOLLOWING = /\bthe (next|following|previous) (day|week|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter)\b/gi;
/** The month a season opens in, as the northern hemisphere's news counts it. */
const SEASON_OPENS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/**
 * "later that day", "that evening", "on the same day", "earlier in the week", "later that year": the day (or week, month,
 * year) the text last named. ("That year" alone is too often a subject's to count.)
 */
const SAME_PERIOD = /\b(?:(?:later|earlier) (?:that|the same|in the|during the) (day|morning|afternoon|evening|night|week|month|year)|(?:on )?(?:that|the same) (day|morning|afternoon|evening|night|week))\b/gi;

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

/** "Last year's winner", "the previous month's figures": a happening of another period than the one last dated. */
/** A figure set against another, just before the other's time: "up from nine", "compared with 44", "down from €2.1bn". */
const COMPARED_WITH = /\b(?:up|down|rising|falling|climbing|dropping)\s+from\s+\S+(?:\s+\S+){0,2}\s+$|\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+\S+(?:\s+\S+){0,2}\s+$/i;

const ANOTHER_PERIODS = /\b(?:last|previous|next|the following)\s+(?:year|month|week|season)['’]s\b/i;

/** "a week after the state mining corporation, Comibol, announced …": a noun phrase with a name set beside it, then its verb, is a clause. */
const APPOSED_SUBJECT = /^\s+(?:the|its|his|her|their)\s+[^,]{1,40},\s+[^,]{1,40},\s+(?:\p{Ll}+ed|said|told|made|took|gave|began|sold|won|lost)\b/u;

/**
 * The date to count from: the last one named earlier in the sentence, else the day (or, for a
 * year, the date) the text named last. A side event counted back from another does not count.
 */
function anchorBefore(scan: DateScan, start: number, unit: string): ResolvedDate | null {
  const earlier = scan.found.filter((f) => f.end <= start && f.resolved && !f.background && !f.namesAHappening);
  // ("bought in 2018 … valued in March … bought the following year": the year written out, not the story's March.)
  if (unit === "year") return earlier.pop()?.resolved ?? scan.options.lastYear ?? scan.options.anchor ?? null;
  // ("arrested him in November 2019, and he was charged the following month": a month this sentence named, before the
  // story's day.)
  // (Or the month the text named last, after any day it named: "The fraud came to light in October 2017. Police launched
  // an investigation the following month.")
  const monthNamed = unit !== "month" ? undefined : (earlier.filter((f) => f.resolved!.precision === "month").pop()?.resolved ?? (earlier.length === 0 && scan.options.anchor?.precision === "month" ? scan.options.anchor : undefined));
  if (monthNamed) return monthNamed;
  const dayHere = earlier.filter((f) => f.resolved!.precision === "day").pop();
  // ("told the jury Tuesday that Harlan had bought a handgun 12 days earlier": what the past perfect tells of lies before
  // the story's own day, told of before, not before the day it was told.)
  const storyDay = scan.options.lastDay;
  if (dayHere && storyDay?.precision === "day" && storyDay.value < dayHere.resolved!.value && PAST_PERFECT.test(scan.sentence.slice(dayHere.end, start))) return storyDay;
  return dayHere?.resolved ?? storyDay ?? earlier.pop()?.resolved ?? scan.options.anchor ?? null;
}
const PAST_PERFECT = /\bhad\s+(?:been\s+)?\p{Ll}+(?:ed|en|t|wn|ne|ght)\b/u;

/** "the previous Friday", "the following Monday": chrono-node read the weekday; count it from the day the text last named. */
const relativeWeekday: DateRule["run"] = (scan) => {
  const { sentence, found, options } = scan;
  for (const [index, finding] of found.entries()) {
    const relation = /\bthe (previous|following|next)\s+$/i.exec(sentence.slice(Math.max(0, finding.start - 16), finding.start));
    const weekdayNumber = WEEKDAY_NAMES.indexOf(finding.expression.toLowerCase());
    // ("rose to 23 on Monday, up from nine the previous Monday": a day this sentence named before it comes first.)
    const anchor = found.filter((f) => f.end < finding.start && f.resolved?.precision === "day").pop()?.resolved ?? options.lastDay ?? null;
    if (!relation || weekdayNumber < 0 || !anchor || anchor.precision !== "day") continue;
    const base = new Date(`${anchor.value}T12:00:00Z`);
    const step = relation[1]!.toLowerCase() === "previous" ? -1 : 1;
    const distance = step < 0 ? ((base.getUTCDay() - weekdayNumber + 7) % 7) || 7 : ((weekdayNumber - base.getUTCDay() + 7) % 7) || 7;
    const start = finding.start - relation[0].length + relation[0].search(/the/i);
    found[index] = { expression: sentence.slice(start, finding.end), start, end: finding.end, resolved: day(new Date(base.getTime() + step * distance * 86_400_000), anchor.approximate) };
  }
};

/** Words a text uses for one match, one after another ("the Division Three game … on 24 February … after the match"). */
const ONE_MATCH = /^(?:match|game|fixture|tie|contest|bout|fight)$/;

/** The date of the happening the text named by this noun, or by another word for a match if it is one. */
function happeningCalled(happenings: ReadonlyMap<string, ResolvedDate> | undefined, noun: string): ResolvedDate | undefined {
  if (!happenings) return undefined;
  const named = happenings.get(noun);
  if (named || !ONE_MATCH.test(noun)) return named;
  return [...happenings].findLast(([other]) => ONE_MATCH.test(other))?.[1];
}

const followingPeriod: DateRule["run"] = (scan) => {
  const { sentence, found } = scan;
  for (const match of sentence.matchAll(FOLLOWING)) {
    const start = match.index;
    const end = start + match[0].length;
    const unit = match[2]!.toLowerCase();
    // ("on the night of March 3 … She died four days later. … recorded the following morning": the morning after that night.)
    // ("drowned in 1969 … by the following spring the sea had given back": the year that season fell in.)
    if (unit in SEASON_OPENS) {
      const anchor = anchorBefore(scan, start, "year");
      if (!scan.free(start, end) || !anchor) continue;
      const year = Number(anchor.value.slice(0, 4));
      const monthOfAnchor = anchor.precision === "year" ? null : Number(anchor.value.slice(5, 7));
      const opens = SEASON_OPENS[unit]!;
      const next = match[1]!.toLowerCase() !== "previous";
      const seasonYear = next ? (monthOfAnchor !== null && monthOfAnchor < opens ? year : year + 1) : monthOfAnchor !== null && monthOfAnchor > opens + 2 ? year : year - 1;
      found.push({ expression: match[0], start, end, resolved: { value: String(seasonYear), precision: "year", approximate: true } });
      continue;
    }
    const afterANight = unit === "morning" && match[1]!.toLowerCase() !== "previous" ? scan.options.recentNight : null;
    // ("had been provisionally suspended the following day after the match": the day after the happening it names, not after
    // the date the sentence before ended on.)
    const afterWhat = /^\s+after\s+the\s+([\p{Ll}-]+)\b/u.exec(sentence.slice(end))?.[1];
    const happening = afterWhat !== undefined && match[1]!.toLowerCase() !== "previous" ? happeningCalled(scan.options.happenings, afterWhat) : undefined;
    const before = afterANight ?? happening ?? anchorBefore(scan, start, unit);
    if (!scan.free(start, end) || !before) continue;
    const resolved = following(before, match[1]!.toLowerCase() === "previous" ? -1 : 1, /^(morning|afternoon|evening|night)$/.test(unit) ? "day" : unit);
    if (resolved) found.push({ expression: match[0], start, end, resolved });
  }
};

const samePeriod: DateRule["run"] = (scan) => {
  const { sentence, found } = scan;
  for (const match of sentence.matchAll(SAME_PERIOD)) {
    const start = match.index;
    const end = start + match[0].length;
    const unit = (match[1] ?? match[2])!.toLowerCase();
    if (unit === "month" || unit === "year") {
      const named = anchorBefore(scan, start, "year");
      const value = named && (unit === "year" ? named.value.slice(0, 4) : named.value.length >= 7 && !named.value.includes("W") ? named.value.slice(0, 7) : null);
      if (value && scan.free(start, end)) found.push({ expression: match[0], start, end, resolved: { value, precision: unit, approximate: true } });
      continue;
    }
    // ("on the night of Sept. 14 … He died the following day. Earlier that evening": the evening of the night named.)
    const anchor = (/^(?:evening|night)$/.test(unit) ? scan.options.recentNight : null) ?? anchorBefore(scan, start, "day");
    // "On the same day last year, the country had recorded 99 cases": that day, a year back.
    const yearBack = unit === "day" ? /^\s+(?:last year|a year (?:earlier|before|ago))\b/i.exec(sentence.slice(end)) : null;
    if (yearBack) {
      const part = found.findIndex((f) => f.start >= end && f.end <= end + yearBack[0].length);
      if (part >= 0) found.splice(part, 1);
    }
    const before = yearBack && anchor?.precision === "day" ? offsetFrom(anchor, -12, "month") : anchor;
    const through = yearBack ? end + yearBack[0].length : end;
    if (!scan.free(start, through) || !before || before.precision !== "day") continue;
    // "That evening, …", "on the same day": an adverbial of time; "I will never forget that day" is an object.
    // After "and" or a verb, "that" is more often a conjunction ("and that day one motions had been filed").
    // ("figures released the same day": "the same day" is an adverbial wherever it stands.)
    // ("He was reported missing that night": nor after a passive or a copula, which takes no object.)
    if (/^that\b/i.test(match[0]) && !/(^\s*|[,;:(—–]\s*|\b(?:by|until|since|from)\s+|\b(?:was|were)\s+(?:[\p{Ll}-]+\s+){1,2})$/iu.test(sentence.slice(0, start))) continue;
    if (/^\s+(?:one|two|three|\d)/i.test(sentence.slice(end))) continue;
    const resolved: ResolvedDate = unit === "week" ? { value: isoWeek(new Date(`${before.value}T12:00:00Z`)), precision: "week", approximate: before.approximate } : before;
    // (A day a year back is a comparison, no step in the story.)
    found.push({ expression: sentence.slice(start, through).replace(/^on /i, ""), start: start + (match[0].length - match[0].replace(/^on /i, "").length), end: through, resolved, ...(yearBack ? { background: true } : {}) });
  }
};

const partOfPeriod: DateRule["run"] = (scan) => {
  const { sentence, found, pub } = scan;
  for (const match of sentence.matchAll(PART_OF_PERIOD)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!scan.free(start, end)) continue;
    const unit = (match[1] ?? match[2] ?? match[3])!.toLowerCase();
    // (A week named before, "last week", gives no month to take a part of: the publication day does.)
    // ("has occupied the shophouse since 1969, was told in August that … its lease expires at the end of the year": the date
    // named nearest before; a "since" tells where a stretch of time began, which runs on to now.)
    // ("Zimbabwe declared an emergency in November, while Malawi has reported cases since the start of the year": a stretch
    // that runs "since" the start of a year runs on to now, so it is the year the text stands in.)
    const sinceThen = /\bsince\s+$/i.test(sentence.slice(Math.max(0, start - 7), start));
    const named = sinceThen ? undefined : found
      .filter((f) => f.end <= start && f.resolved && f.resolved.precision !== "week" && !/^since\b/i.test(f.expression))
      .reduce<(typeof found)[number] | undefined>((nearest, f) => (!nearest || f.end > nearest.end ? f : nearest), undefined)?.resolved;
    const base = named?.value ?? (pub ? pub.toISOString().slice(0, 10) : null);
    if (!base) continue;
    // ("by the end of the week": the ISO week of the day the text stands on.)
    const week = unit === "week" && /^\d{4}-\d{2}-\d{2}$/.test(base) ? isoWeek(new Date(`${base}T12:00:00Z`)) : null;
    const resolved: ResolvedDate = week ? { value: week, precision: "week", approximate: true } : unit === "year" ? { value: base.slice(0, 4), precision: "year", approximate: true } : base.length >= 7 ? { value: base.slice(0, 7), precision: "month", approximate: true } : { value: base.slice(0, 4), precision: "year", approximate: true };
    found.push({ expression: match[0], start, end, resolved });
  }
};

const DURATION_BEFORE = /\b(?:took|take|takes|taking|within|for|spent|spend|lasted|lasts|needed|needs|up to)\s+$/i;

const offset: DateRule["run"] = (scan) => {
  const { sentence, found } = scan;
  for (const match of sentence.matchAll(OFFSET)) {
    const start = match.index;
    const end = start + match[0].length;
    const [count, unit, relation] = [match[1]!.toLowerCase(), match[2]!.toLowerCase(), match[3]!.toLowerCase()];
    // ("placed on leave the day after the shooting", after "the July 11 shooting": counted from the happening it names.)
    const happening = /^(?:before|after)$/.test(relation) ? scan.options.happenings?.get(/^\s+the\s+([\p{Ll}-]+)\b/u.exec(sentence.slice(end))?.[1] ?? "") : undefined;
    // (Not a length of time: "surviving for nine days before the convoy arrived".)
    if (happening && !DURATION_BEFORE.test(sentence.slice(Math.max(0, start - 12), start))) {
      const moved = scan.free(start, end) ? offsetFrom(happening, (relation === "after" ? 1 : -1) * (COUNT_WORDS[count] ?? (Number(count) || 1)), unit as "day" | "week" | "month" | "year") : null;
      if (moved) found.push({ expression: match[0], start, end, resolved: moved });
      continue;
    }
    const anchor = anchorBefore(scan, start, unit);
    // "the day after" is an offset; "the year after" or "the week before" usually names a period of its own,
    // unless it points back to a happening already dated ("in the week before the announcement"; not "the weeks before").
    const rest = sentence.slice(end);
    const pluralUnit = match[0].split(" ")[1]!.endsWith("s");
    const periodOfAHappening = /^(?:before|after)$/.test(relation) && !pluralUnit && POINTS_BACK.test(rest) && !APPOSED_SUBJECT.test(rest);
    // ("reported 14 flaring events in 2015, up from nine the year before": a figure compared with the year before the one
    // this sentence named is that year's.)
    const comparedBack = count === "the" && unit === "year" && /^(?:before|earlier)$/.test(relation) && /^\s*(?:[.,;:)]|$)/.test(rest) && COMPARED_WITH.test(sentence.slice(0, start)) && found.some((f) => f.end <= start && f.resolved?.precision === "year");
    if (!scan.free(start, end) || !anchor || (count === "the" && unit !== "day" && !periodOfAHappening && !comparedBack)) continue;
    // ("Last year's winner saw sales rise in the month after the award": that award was last year's, not the one last dated.)
    if (ANOTHER_PERIODS.test(sentence.slice(0, start))) continue;
    // "it took ten days after polling day", "within two weeks after the vote": a length of time, not a date.
    if (DURATION_BEFORE.test(sentence.slice(Math.max(0, start - 12), start))) continue;
    const n = COUNT_WORDS[count] ?? Number(count);
    let direction = relation === "after" || relation === "later" ? 1 : -1;
    // "resigned on Tuesday, two days after the scandal broke": set beside a date of this sentence, the distance
    // places what comes after "after", not the date.
    const besideADate = found.some((f) => f.resolved && /^\s*[,—–-]\s*$/.test(sentence.slice(f.end, start)));
    const introducesClause = (relation === "after" || relation === "before") && (besideADate || !POINTS_BACK.test(rest) || APPOSED_SUBJECT.test(rest)) && /^\s+[\p{L}\d]/u.test(rest);
    if (introducesClause) direction = -direction;
    const moved = offsetFrom(anchor, direction * n, unit as "day" | "week" | "month" | "year");
    // ("in the week before the announcement": the week as a whole, not the day seven days back.)
    const resolved = moved?.precision === "day" && count === "the" && unit !== "day" ? periodOf(new Date(`${moved.value}T12:00:00Z`), unit, moved.approximate) : moved;
    if (resolved) found.push({ expression: match[0], start, end, resolved, ...(introducesClause ? { background: true } : {}) });
  }
};

/** "on Jan. 14 of that year", "in May of the same year": a day or month of the year the text last named. */
const ofThatYear: DateRule["run"] = (scan) => {
  const { sentence, found } = scan;
  for (const [index, finding] of found.entries()) {
    if (!finding.resolved || (finding.resolved.precision !== "day" && finding.resolved.precision !== "month")) continue;
    const tail = /^(\s*(?:of\s+)?(?:that|the same)\s+year)\b/i.exec(sentence.slice(finding.end));
    const anchor = tail ? anchorBefore(scan, finding.start, "year") : null;
    if (!tail || !anchor || !/^\d{4}/.test(anchor.value)) continue;
    const end = finding.end + tail[1]!.length;
    found[index] = { ...finding, expression: sentence.slice(finding.start, end), end, resolved: { ...finding.resolved, value: `${anchor.value.slice(0, 4)}${finding.resolved.value.slice(4)}` } };
  }
};

/** "told her adviser in January 2020 and filed a complaint that March": a month "that" points back to is in the year named last. */
const thatMonth: DateRule["run"] = (scan) => {
  const { sentence, found } = scan;
  for (const [index, finding] of found.entries()) {
    if (finding.resolved?.precision !== "month" || !/^\p{Lu}\p{Ll}+$/u.test(finding.expression)) continue;
    const that = /\b(?:that|the same)\s+$/i.exec(sentence.slice(Math.max(0, finding.start - 9), finding.start));
    const anchor = that ? anchorBefore(scan, finding.start, "year") : null;
    if (!that || !anchor || !/^\d{4}/.test(anchor.value)) continue;
    const start = finding.start - that[0].length;
    found[index] = { ...finding, expression: sentence.slice(start, finding.end), start, resolved: { ...finding.resolved, value: `${anchor.value.slice(0, 4)}${finding.resolved.value.slice(4)}` } };
  }
};

/** The rules, in the order they run; each runs only where its guard matches (a cheap necessary condition). */
export const discourseRules = {
  relativeWeekday: { name: "the previous/following weekday", when: null, run: relativeWeekday },
  following: { name: "the next day, the following week", when: /the (?:next|following|previous) /i, run: followingPeriod },
  samePeriod: { name: "later that day, the same day", when: /(?:that|same|later|earlier) /i, run: samePeriod },
  partOfPeriod: { name: "the end of the year", when: / of the |year|month|week/i, run: partOfPeriod },
  offset: { name: "a day after, two weeks later", when: / (?:after|before|later|earlier)/i, run: offset },
  ofThatYear: { name: "in May of that year", when: / (?:that|same) year/i, run: ofThatYear },
  thatMonth: { name: "that March", when: new RegExp(`(?:that|same) (?:${MONTHS})`, "i"), run: thatMonth },
} satisfies Record<string, DateRule>;
