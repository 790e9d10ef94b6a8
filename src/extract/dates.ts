import * as chrono from "chrono-node";
import type { ResolvedDate } from "../schema/index.js";
import { day, dayOfMonth, EASTER_HOLIDAY_NAME, EASTER_HOLIDAYS, easterSunday, FIXED_HOLIDAY_NAME, fixedHoliday, following, isoWeek, month, monthIndexOf, MONTH_NAMES, monthWithoutYear, MONTHS, nearestEasterHoliday, nearestWeekday, nearestYear, periodOf, relativePeriod, weekday, WEEKDAY_NAMES, weekendOf, WEEKDAYS, yearOfWeekday, ymd } from "./calendar.js";
import { discourseRules } from "./dates-discourse.js";
import { COULD_OF_THE_PAST, tenseAround, type Tense } from "./dates-tense.js";
import { wordsToNumber } from "./numbers.js";

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
  /**
   * What the story's later dates count from, where it differs from `resolved`: the week of "a fortnight ago" (placed on the
   * timeline as an approximate day, too rough to lend a day to "the 3rd" after it), the year of "the end of the year".
   */
  anchorAs?: ResolvedDate;
  /** The year in a happening's name ("the 2015 Mumbai Marathon"): no date the sentence counts on from. */
  namesAHappening?: true;
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
function parserOf(littleEndian: boolean): chrono.Chrono {
  const configuration = chrono.en.configuration.createCasualConfiguration(littleEndian);
  return new chrono.Chrono({ ...configuration, parsers: configuration.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name)) });
}
const dateParser = parserOf(false);
/**
 * For a sentence that writes the day before the month ("14 February, 15 March and 16 March"), the parser that reads a list
 * of such dates as such, not as "February, 15".
 */
const dayFirstParser = parserOf(true);
const DAY_BEFORE_A_MONTH = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})\b,\s*\d`);

/** The words of the fixed holidays' names (see FIXED_HOLIDAYS), for the cheap tests before parsing. */
const HOLIDAY_WORDS = "christmas|boxing day|new year|valentine|patrick|halloween|hogmanay|bonfire night|fawkes|anzac day|australia day|waitangi day|canada day|bastille day|remembrance day|armistice day|veterans day|fourth of july";
/** The words of the holidays that move with Easter (see EASTER_HOLIDAYS). */
const EASTER_WORDS = "easter|good friday|maundy|ash wednesday|pentecost|whit";
/** Cheap test before the parser runs: most sentences name no date at all. */
const MAY_HOLD_A_DATE = new RegExp(`\\b(${MONTHS}|${WEEKDAYS}|${HOLIDAY_WORDS}|${EASTER_WORDS}|yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)|days?|weeks?|weekend|months?|years?|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|ago|(?:1[89]|20)\\d\\d|(?:in|since) 1[0-7]\\d\\d)\\b`, "i");

const WEEKDAY_ALONE = new RegExp(`^(${WEEKDAYS})$`);
/** What may follow a weekday or month in a date: another part of the date ("Monday, March 5", "May 2016"). */
const NEXT_IS_A_DATE = new RegExp(`^\\s+(?:${MONTHS}|${WEEKDAYS})\\b`);
const NAMES_A_DAY_OR_MONTH = new RegExp(`\\b(${MONTHS}|${WEEKDAYS})\\b`);
const NAMES_A_MONTH = new RegExp(`\\b(?:${MONTHS})\\b`);
const MONTH_ALONE = new RegExp(`^(${MONTHS})$`);
const MONTH_ALONE_ANY_CASE = new RegExp(`^(${MONTHS})$`, "i");

/** Only these need chrono-node; bare years and "this week" are read by the patterns below. */
const NEEDS_PARSER = new RegExp(`\\b(${MONTHS}|${WEEKDAYS}|yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)|ago)\\b`, "i");

/** Words that make a date expression relative to the day of publication. */
const RELATIVE = /\b(yesterday|today|tonight|tomorrow|this (morning|afternoon|evening|week|month|year)|(last|next|past|previous|coming) (week|month|year)|ago)\b/i;

// "this year's Worldwide Developers Conference" names an event, not a date ("today's glitches" is a date).
const EVENT_NAME_AFTER = /^['’]s\b/;
const NAMES_A_PERIOD = /^this (year|week|month|season)$/i;

const APPROXIMATE_BEFORE = /\b(early|late|mid|the (end|beginning|start|middle) of|around|about|circa|towards?)\s*-?\s*$/i;

/** A bare year after a preposition: "in 2014", "since 2009", "early 2016", "until at least 2007", "back to 1998", "as early as 2023". */
const BARE_YEAR = /\b(in|since|during|by|until|till|from|of|to|throughout|before|after|between|early|late|mid|around|circa|the end of|the start of|the beginning of|for|as early as|as late as|as soon as|no later than|no earlier than)(?:\s+|(?<=\bmid)-)(?:(?:at least|as early as|as late as|the|about|around)\s+)?((?:1[89]|20)\d\d)\b(?![\d,.]*\d|\s*(?:%|percent|per cent)|\s+(?:\p{Ll}+[^aius\s]s|people|men|women|children)\b)/giu;

/** A year as a possessive or attribute: "2000's Meet the Parents", "GM's 2008 revenue". */
const YEAR_ATTRIBUTE = /(?:\b((?:1[89]|20)\d\d)['’]s\s+\p{Lu})|(?:['’]s\s+((?:1[89]|20)\d\d)\s+\p{Ll})/gu;

/**
 * A year before a name and the happening it names, after a determiner: "the 1988 Seoul Olympics", "the landmark 1983 House of
 * Lords ruling", "a 2025 T10 tournament".
 */
const YEAR_BEFORE_A_NAMED_HAPPENING = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:landmark|historic|infamous|famous|disputed|inaugural)\s+)?((?:19|20)\d\d)\s+(?:\p{Lu}[\p{L}\d.'’-]*\s+(?:of\s+)?){1,4}(?:Olympics|Paralympics|Games|Cup|Championships?|Open|Election|Summit|Tournament|Final|Marathon|ruling|decision|judgment|judgement|election|tournament|final|crash|attack|bombing|earthquake|floods?|crisis|summit|census|referendum|war|uprising|riots|scandal|disaster|collapse|fire|explosion|blast|massacre|shooting|derailment|sinking|tsunami|spill|leak|outbreak|strike|protests?)\b/gu;

/**
 * A year before the noun it dates, after a determiner: "the 2008 bombing", "a 2009 gas deal", "its
 * 2009 bankruptcy", "the U.S. 2016 presidential election", "the 2017 U.S. Open". A plural noun or a
 * measure after it makes the number a count ("the 2000 troops"); a plural that names happenings does not ("the 2014 polls").
 */
// ("whose 2015 book", "her 1979 Macbeth": an owner's, before the thing's own name too.)
const DETERMINED_YEAR = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Ww]hose)\s+(?:\p{Lu}\.?(?:\p{Lu}\.?)+\s+)?((?:19|20)\d\d)\s+(?=\p{Ll}|\p{Lu}\.?\p{Lu}\.?\s+\p{Lu}|(?<=\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Ww]hose)\s+\d{4}\s+)\p{Lu}\p{Ll}*[^\Ws]\b)(?!(?!(?:elections|polls|games|olympics|floods|riots|protests|talks|attacks|bombings|championships|finals|playoffs|negotiations|hearings|killings|massacres|shootings|earthquakes|wildfires|bushfires|storms|hurricanes|strikes|clashes|primaries|midterms)\b)\p{Ll}*[^aius\s]s\b|(?:km|kilomet|mile|metre|meter|feet|foot|ton|kg|pound|dollar|euro|percent|per\b|square|acre|hectare|seat|strong|page|word|point|member|people|men|women|children)\p{Ll}*)/gu;

/** "last summer", "this autumn": a season, told as the year it falls in. */
const SEASON = /\b(last|this|next|past|coming)\s+(spring|summer|autumn|fall|winter)\b/gi;
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** "May U.S. auto sales", "May sales": the month chrono-node leaves alone for fear of the verb. */
// ("imposed the full ban last May.": or at the end of a clause, after a word that places it in time.)
const MAY_AS_A_MONTH = /(?<![\p{Lu}][\p{L}.]*\s)\bMay(?:\s+(?=([\p{L}.]+))|(?<=\b(?:last|next|this|in|since|by|until|till|through|before|after|during|early|late|mid)\s+May)(?=[.,;:!?)]|$))/gu;

/**
 * "on the 29th", "pencilled in for the 11th", "report by the 20th": a day of the month, the month left to the reader (not
 * "for the 11th time", "by the 20th century").
 */
const DAY_OF_MONTH = new RegExp(
  `\\b(?:on|for|by|until|till|from|before|after|since) the (\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:${MONTHS})\\b)(?![\\s-]+(?:century|centuries|anniversary|birthday|floor|storey|story|time|times|minute|round|hole|amendment|edition|place|hour|day|week|month|year|session|meeting|congress|parliament|game|match|stage|lap|over|inning|innings|term|person|woman|man|member|straight|consecutive|largest|biggest|highest|best|most|annual|season|overall|seed|position|spot)\\b)`,
  "gi",
);

/** "over the weekend", "last weekend", "this weekend", "by the weekend": a weekend, told as the ISO week it ends. */
const WEEKEND = /\b(?:(over|at|during|on|for|by) the|(this|last|next|past|coming)|the (past|previous|coming)) weekend\b/gi;

/** "mid-May", "early-March": a part of a month, written with a hyphen that chrono-node does not read. */
const PART_OF_MONTH = new RegExp(`\\b(early|mid|late)-(${MONTHS})\\b`, "g");

/** Present verbs of reporting: what they date was said, so lies behind. */
const RESULTS_DAY = /\b(?:which|who)\s+reports\s+(?=(?:results\s+|earnings\s+)?on\s)/gi;
const REPORTING_PRESENT = /\b(?:says|say|tells|adds|reports|claims|writes|notes|explains|argues|insists|warns|according to)\b/i;

/** Relative expressions chrono-node does not always see. */
const OWN_RELATIVE = /(?<!\bthe )\b(this|last|next|past|previous|coming) (week|month|year)\b/gi;

export interface FindDatesOptions {
  /** Offsets (into the sentence) of the words a tagger marked as verbs, for telling tense. */
  verbs?: ReadonlyArray<readonly [number, number]>;
  /** The date the text last named, for "the next year". */
  anchor?: ResolvedDate | null;
  /** The day the text last named, for "the following day" and "a week later" (a bare year in between does not move it). */
  lastDay?: ResolvedDate | null;
  /** The date the text last named with its year written out, for "the following year" ("in March" between does not move it). */
  lastYear?: ResolvedDate | null;
  /** The day named last in this paragraph or the one before, whose story a day and month without a year may go on with. */
  recentDay?: ResolvedDate | null;
  /** The day named last, where no other date was named since, for a time of day with no date of its own ("at about 9:40 a.m."). */
  narrativeDay?: ResolvedDate | null;
  /** Whether the text last told of that day at its evening ("at about 11pm on Saturday"), so the small hours after are the next day's. */
  recentEvening?: boolean;
  /** The day whose night or evening this paragraph or the one before named ("on the night of Sept. 14"), for "that evening". */
  recentNight?: ResolvedDate | null;
  /** The day the story last told of at its evening or late ("late Tuesday", "late on Saturday"), a few paragraphs back at most. */
  eveningDay?: ResolvedDate | null;
  /** The day the text gave its election or vote ("Monday's polls"), for "on election day". */
  electionDay?: ResolvedDate | null;
  /** Happenings the text dated beside their noun ("the July 11 shooting"), by noun, for "the day after the shooting". */
  happenings?: ReadonlyMap<string, ResolvedDate>;
  /** Whether the sentence is a photograph's caption, whose present tells what the picture shows ("A boy cools off … on 14 May"). */
  caption?: boolean;
}

/** What the rules share while they read one sentence. */
export interface DateScan {
  sentence: string;
  pub: Date | null;
  verbs: ReadonlyArray<readonly [number, number]>;
  options: FindDatesOptions;
  /** What the rules before found; a rule may add to it or refine it. */
  found: DateFinding[];
  /** No earlier finding overlaps `[start, end)`. */
  free(start: number, end: number): boolean;
}

/** One way of writing a date. `when` is a cheap necessary condition: the rule runs only where it matches. */
export interface DateRule {
  name: string;
  when: RegExp | null;
  run: (scan: DateScan) => void;
}

/**
 * "the night of September 9", "election night, Nov. 4", "through the night Wednesday", "the morning of 4 February 2015":
 * chrono-node reads the part of the day as tonight and drops the date.
 */
const NIGHT_BEFORE_A_DATE = new RegExp(`\\b(?:morning|afternoon|evening|night)(?: of|,)?(?= (?:(?:last|next|this) )?(?:${MONTHS}|${WEEKDAYS}|\\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS}))\\b)`, "gi");

const WEEKDAY_THEN_NOW = new RegExp(`\\b(${WEEKDAYS})(\\s+now)\\b`, "gi");
/** ("closest point to the Sun on 22 March": a weekday's short form after "the" is a noun, no Sunday; "the Sun, on 27 February" too.) */
const SHORT_WEEKDAY_AS_A_NOUN = /(?<=\b[Tt]he\s+)(?:Sun\b(?!\.)|(?:Mon|Tue|Wed|Thu|Fri|Sat)\b(?![.,]))/g;

const chronoDates: DateRule["run"] = (scan) => {
  const { sentence, pub, verbs, found } = scan;
  const reference = { instant: pub ?? new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };
  // chrono-node reads "April 3 amid protests" as a clock time ("3 am") it then drops, date and all: hide the word
  // from it without moving any offset.
  // It reads "the night of September 9, 2016" as tonight: the part of the day "of" a date is left out the same way.
  // ("results on Tuesday now face a wait": nor is "now" after a weekday part of it, which chrono-node reads as the moment.)
  const masked = sentence
    .replace(/(\d\s*)([ap])(?=m\p{L})/giu, "$1x")
    .replace(NIGHT_BEFORE_A_DATE, (part) => " ".repeat(part.length))
    .replace(WEEKDAY_THEN_NOW, (_whole, weekday: string, now: string) => weekday + " ".repeat(now.length))
    .replace(SHORT_WEEKDAY_AS_A_NOUN, (noun) => " ".repeat(noun.length));
  for (const parsed of (DAY_BEFORE_A_MONTH.test(masked) ? dayFirstParser : dateParser).parse(masked, reference)) {
    // "At the end of September, 15 civilians were killed": a number after a comma counts something; it is not the year '15.
    // ("found guilty in April of 11 counts of corruption": nor is one after "of", with no apostrophe to clip a year.)
    const count = /(?:,\s*|\s+of\s+)\d{1,2}$/.exec(parsed.text);
    // ("in October, 61% of parents": a percentage too; "in September, 58.6 percent of the votes": or any number with decimals.)
    const result = count && /^(?:\s+\p{Ll}|\s*(?:%|per\s?cent|percent)\b|%|[.,]\d)/u.test(sentence.slice(parsed.index + parsed.text.length)) ? reparsed(parsed.text.slice(0, count.index), parsed.index, reference) : parsed;
    // (A date that took in the year after it, "March 3 last year", has taken chrono-node's "last year" too.)
    if (result && !scan.free(result.index, result.index + result.text.length)) continue;
    // "Li Jun, 36,", "Mark May, 45,": a month's name, a comma and two digits are a name and an age, not a month of '36.
    if (result && /^\p{L}+\.?,\s*\d{2}$/u.test(result.text.trim()) && /\p{Lu}[\p{L}'’-]*\s+$/u.test(sentence.slice(Math.max(0, result.index - 20), result.index))) continue;
    const finding = result ? interpret(sentence, result, pub, verbs, scan.options.caption === true) : null;
    if (finding) found.push(finding);
  }
};

/** The date in a piece of the sentence that starts at `offset`, read again on its own. */
function reparsed(piece: string, offset: number, reference: chrono.ParsingReference): chrono.ParsedResult | null {
  const result = dateParser.parse(piece, reference)[0];
  return result ? { refDate: result.refDate, index: result.index + offset, text: result.text, start: result.start, end: result.end, date: () => result.date(), tags: () => result.tags() } : null;
}

const relativeToPublication: DateRule["run"] = (scan) => {
  const { sentence, pub, found } = scan;
  for (const match of sentence.matchAll(OWN_RELATIVE)) {
    const start = match.index;
    const end = start + match[0].length;
    // "last year's introduction" dates a happening; "this year's Developers Conference" and "next year's budget" name a thing,
    // but "next week's event" and "next month's election" happen then.
    // ("next year's midterms", "this year's election": a happening set for that year is dated by it.)
    const happeningAfter = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:elections?|midterms|primaries|polls?|vote|referendum|census|games|olympics|world cup|tournament|championships?|festival)\b/iu.test(sentence.slice(end));
    if (!scan.free(start, end) || (EVENT_NAME_AFTER.test(sentence.slice(end)) && !happeningAfter && !/^(last|past|previous)$/i.test(match[1]!) && /^year$/i.test(match[2]!))) continue;
    const approximate = APPROXIMATE_BEFORE.test(sentence.slice(Math.max(0, start - 24), start));
    found.push({ expression: match[0], start, end, resolved: pub ? relativePeriod(match[1]!.toLowerCase(), match[2]!.toLowerCase() as "week" | "month" | "year", pub, approximate) : null });
  }
};

const weekends: DateRule["run"] = (scan) => {
  const { sentence, pub, verbs, found } = scan;
  if (!pub) return;
  for (const match of sentence.matchAll(WEEKEND)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!scan.free(start, end)) continue;
    const word = (match[1] ?? match[2] ?? match[3])!.toLowerCase();
    // "this weekend" is the one of the publication's week; "last weekend" the one before; "over the weekend" the last one, or the next under a future verb.
    // "This weekend's rally drew thousands", written on a Monday: in the past tense "this weekend" is the one just gone.
    // "the only new release for the weekend": a weekend something is for is this week's.
    // "more supplies by the weekend", "if there is no agreement by the weekend": a deadline is the coming weekend unless told as past.
    const when = word === "by" ? (tenseAround(sentence, start, end, verbs) === "past" ? "recent" : "next") : word === "this" || word === "for" ? (tenseAround(sentence, start, end, verbs) === "past" && word === "this" ? "recent" : "this") : word === "last" || word === "past" || word === "previous" ? "last" : word === "next" || word === "coming" ? "next" : tenseAround(sentence, start, end, verbs) === "future" ? "next" : "recent";
    const lead = /^(over|at|during|on|for|by) /i.exec(match[0])?.[0].length ?? 0;
    found.push({ expression: match[0].slice(lead), start: start + lead, end, resolved: { value: isoWeek(weekendOf(pub, when)), precision: "week", approximate: false } });
  }
};

const partOfMonth: DateRule["run"] = (scan) => {
  const { sentence, pub, verbs, found } = scan;
  if (!pub) return;
  for (const match of sentence.matchAll(PART_OF_MONTH)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!scan.free(start, end)) continue;
    const monthNumber = MONTH_NAMES.indexOf(match[2]!.toLowerCase()) + 1;
    found.push({ expression: match[0], start, end, resolved: monthWithoutYear(pub, monthNumber, tenseAround(sentence, start, end, verbs), true) });
  }
};

const bareYears: DateRule["run"] = (scan) => {
  const { sentence, found } = scan;
  for (const match of sentence.matchAll(BARE_YEAR)) {
    const end = match.index + match[0].length;
    if (!scan.free(match.index, end)) continue;
    const approximate = /^(early|late|mid|around|circa|the end|the start|the beginning)/i.test(match[1]!);
    found.push({ expression: sentence.slice(match.index, end), start: match.index, end, resolved: { value: match[2]!, precision: "year", approximate } });
    // "won titles in 1982 and 1993", "in 2010, 2012 or 2014": each year of a list is a date ("between 2011 and 2014" is one span).
    if (/^between$/i.test(match[1]!)) continue;
    for (let at = end, next = NEXT_LISTED_YEAR.exec(sentence.slice(at)); next; next = NEXT_LISTED_YEAR.exec(sentence.slice(at))) {
      const start = at + next[0].length - 4;
      at += next[0].length;
      if (scan.free(start, at)) found.push({ expression: next[1]!, start, end: at, resolved: { value: next[1]!, precision: "year", approximate: false } });
    }
  }
  // "a state law that took effect in 2009 requires alarms": a word in -s after the year that the tagger reads as a verb is
  // the main clause going on, not a plural the year would count.
  for (const match of sentence.matchAll(YEAR_BEFORE_A_VERB)) {
    const start = match.index + match[0].length - match[1]!.length - match[2]!.length - 1;
    const verbAt = match.index + match[0].length - match[2]!.length;
    if (!scan.free(start, start + 4) || !scan.verbs.some(([s]) => s === verbAt)) continue;
    found.push({ expression: sentence.slice(match.index, start + 4), start: match.index, end: start + 4, resolved: { value: match[1]!, precision: "year", approximate: false } });
  }
};
const YEAR_BEFORE_A_VERB = /\b(?:in|since|during|until|before|after)\s+((?:1[89]|20)\d\d)\s+(\p{Ll}+s)\b/gu;
/**
 * "its premiere in 1749", "founded in 1632": a year before 1800 only after "in" or "since" and where the phrase ends,
 * since such a number is more often a count ("in 1500 homes").
 */
// ("a royal charter granted in 1227 to stop a private company": or before an infinitive, which no count takes.)
const OLD_YEAR = /\b(in|since)\s+(1[0-7]\d\d)\b(?=\s*(?:[.,;:)]|$|\s+(?:and|when|by|after|before|under|at|in|on)\b|\s+to\s+(?!(?:the|a|an|be)\b)[a-z]+\b))/g;
const oldYears: DateRule["run"] = (scan) => {
  for (const match of scan.sentence.matchAll(OLD_YEAR)) {
    const end = match.index + match[0].length;
    if (scan.free(match.index, end)) scan.found.push({ expression: match[0], start: match.index, end, resolved: { value: match[2]!, precision: "year", approximate: false } });
  }
};
const NEXT_LISTED_YEAR = /^(?:,\s*|,?\s+(?:and|or)\s+)((?:1[89]|20)\d\d)\b(?![\d,.]*\d|\s*(?:%|percent|per cent))/;

const yearAttributes: DateRule["run"] = (scan) => {
  const { sentence, found } = scan;
  for (const match of sentence.matchAll(YEAR_ATTRIBUTE)) {
    const year = match[1] ?? match[2]!;
    const start = match.index + match[0].indexOf(year);
    if (!scan.free(start, start + 4)) continue;
    found.push({ expression: year, start, end: start + 4, resolved: { value: year, precision: "year", approximate: false } });
  }
};

const determinedYears: DateRule["run"] = (scan) => {
  const { sentence, found } = scan;
  for (const match of sentence.matchAll(DETERMINED_YEAR)) {
    const start = match.index + match[0].indexOf(match[1]!);
    if (!scan.free(start, start + 4)) continue;
    found.push({ expression: match[1]!, start, end: start + 4, resolved: { value: match[1]!, precision: "year", approximate: false } });
  }
  for (const match of sentence.matchAll(YEAR_BEFORE_A_NAMED_HAPPENING)) {
    const start = match.index + match[0].indexOf(match[1]!);
    // (A year another reader found already is the name's all the same.)
    const already = found.find((f) => f.start <= start && f.end === start + 4);
    if (already) already.namesAHappening = true;
    if (already || !scan.free(start, start + 4)) continue;
    found.push({ expression: match[1]!, start, end: start + 4, resolved: { value: match[1]!, precision: "year", approximate: false }, namesAHappening: true });
  }
};

/** "fifteen years ago", "twenty-five years ago": chrono-node counts in words only up to twelve. */
const agoInWords: DateRule["run"] = (scan) => {
  const { sentence, pub, found } = scan;
  if (!pub) return;
  for (const match of sentence.matchAll(AGO_IN_WORDS)) {
    const n = wordsToNumber(match[1]!);
    const start = match.index;
    // ("Twenty-five years ago this week": the week that many years back.)
    const thisWeek = /^\s+this\s+week\b/i.exec(sentence.slice(start + match[0].length));
    const end = start + match[0].length + (thisWeek?.[0].length ?? 0);
    // ("twenty-five years ago": chrono-node took "five years ago" alone; the whole count replaces it.)
    const part = found.findIndex((f) => f.start > start && f.start < end && f.end <= end);
    if (part >= 0) found.splice(part, 1);
    if (n === null || !scan.free(start, end)) continue;
    const unit = match[2]!.toLowerCase();
    const then = new Date(Date.UTC(pub.getUTCFullYear() - (unit === "year" ? n : 0), pub.getUTCMonth() - (unit === "month" ? n : 0), pub.getUTCDate() - (unit === "week" ? 7 * n : unit === "day" ? n : 0), 12));
    found.push({ expression: sentence.slice(start, end), start, end, resolved: periodOf(then, thisWeek ? "week" : unit, false) });
  }
};
const AGO_IN_WORDS = /\b((?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\s+(day|week|month|year)s\s+ago\b/gi;

/** "two and a half years ago", "a year and a half ago": the count and a half of a unit back; the year or the month it falls in. */
const agoAndAHalf: DateRule["run"] = (scan) => {
  const { sentence, pub, found } = scan;
  if (!pub) return;
  for (const match of sentence.matchAll(AGO_AND_A_HALF)) {
    const n = /^\d+$/.test(match[1]!) ? Number(match[1]) : wordsToNumber(match[1]!.replace(/^an?$/i, "one"));
    const start = match.index;
    const end = start + match[0].length;
    // (chrono-node took "half years ago" alone; the whole count replaces it.)
    const part = found.findIndex((f) => f.start > start && f.start < end && f.end <= end);
    if (part >= 0) found.splice(part, 1);
    if (n === null || !scan.free(start, end)) continue;
    const unit = (match[2] ?? match[3])!.toLowerCase();
    const months = unit === "year" ? n * 12 + 6 : n;
    const then = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - months, unit === "year" ? 15 : pub.getUTCDate() - 15, 12));
    found.push({ expression: sentence.slice(start, end), start, end, resolved: periodOf(then, unit, true) });
  }
};
const AGO_AND_A_HALF = /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:and\s+a\s+half\s+(year|month)s?|(year|month)s?\s+and\s+a\s+half)\s+ago\b/gi;

/** The few counts "a fortnight ago" and "a week from Monday" are written with. */
const FEW: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3 };

/** "a fortnight ago", "two fortnights ago": the ISO week that many fortnights before publication (see `reckonedDay`). */
const fortnightsAgo: DateRule["run"] = (scan) => {
  const { sentence, pub } = scan;
  if (!pub) return;
  for (const match of sentence.matchAll(/\b(a|one|two|three)\s+fortnights?\s+ago\b/gi)) {
    if (!scan.free(match.index, match.index + match[0].length)) continue;
    const n = FEW[match[1]!.toLowerCase()]!;
    scan.found.push({ expression: match[0], start: match.index, end: match.index + match[0].length, resolved: periodOf(new Date(pub.getTime() - 14 * n * 86_400_000), "week", false) });
  }
};

/** "at its next meeting a week from Monday": that many weeks after the coming weekday (or today, or tomorrow). */
const weeksFromADay: DateRule["run"] = (scan) => {
  const { sentence, pub, found } = scan;
  if (!pub) return;
  for (const match of sentence.matchAll(WEEKS_FROM_A_DAY)) {
    const start = match.index;
    const end = start + match[0].length;
    // chrono-node read the weekday alone; the whole phrase replaces it.
    dropFindingInside(found, start, end);
    if (!scan.free(start, end)) continue;
    const n = FEW[match[1]!.toLowerCase()]!;
    const named = match[2]!.toLowerCase();
    const dayOfWeek = WEEKDAY_NAMES.indexOf(named);
    const from = named === "today" ? pub : named === "tomorrow" ? new Date(pub.getTime() + 86_400_000) : new Date(pub.getTime() + ((dayOfWeek - pub.getUTCDay() + 7) % 7) * 86_400_000);
    found.push({ expression: match[0], start, end, resolved: day(new Date(from.getTime() + 7 * n * 86_400_000), false) });
  }
};

const WEEKS_FROM_A_DAY = new RegExp(`\\b(a|one|two|three)\\s+weeks?\\s+from\\s+(${WEEKDAYS}|today|tomorrow)\\b`, "gi");

/** Drops the finding an earlier rule made of part of a phrase a later rule reads whole ("Monday" in "a week from Monday"). */
function dropFindingInside(found: DateFinding[], start: number, end: number): void {
  const inside = found.findIndex((f) => f.start >= start && f.end <= end);
  if (inside >= 0) found.splice(inside, 1);
}

const lastNight: DateRule["run"] = (scan) => {
  const { sentence, pub, found } = scan;
  for (const match of sentence.matchAll(/\blast night\b/gi)) {
    if (!scan.free(match.index, match.index + match[0].length)) continue;
    found.push({ expression: match[0], start: match.index, end: match.index + match[0].length, resolved: pub ? day(new Date(pub.getTime() - 86_400_000), false) : null });
  }
};

const seasons: DateRule["run"] = (scan) => {
  const { sentence, pub, found } = scan;
  for (const match of sentence.matchAll(SEASON)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!scan.free(start, end)) continue;
    const resolved = pub ? { value: String(seasonYear(pub, match[1]!.toLowerCase(), SEASON_START[match[2]!.toLowerCase()]!)), precision: "year" as const, approximate: true } : null;
    found.push({ expression: match[0], start, end, resolved });
  }
  // "much of summer 2023", "in spring 2019", "the winter of 1995": a season with its year written out is that year.
  for (const match of sentence.matchAll(/\b(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?((?:1[89]|20)\d\d)\b/gi)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!scan.free(start, end)) continue;
    found.push({ expression: match[0], start, end, resolved: { value: match[1]!, precision: "year", approximate: true } });
  }
  // "will reopen in the spring", "was closed in the summer": the season the tense points to, told as its year.
  for (const match of sentence.matchAll(/\b(?:in|during|over|by) the (spring|summer|autumn|fall|winter)\b/gi)) {
    const start = match.index + match[0].toLowerCase().indexOf("the ");
    const end = match.index + match[0].length;
    if (!pub || !scan.free(start, end) || /^\s+of\b/.test(sentence.slice(end))) continue;
    // ("was appointed interim president until new elections in the autumn": a prospect, whatever the tense of the telling.)
    const tense = prospectBefore(sentence, start) ? "future" : tenseAround(sentence, start, end, scan.verbs);
    if (tense === "present") continue;
    const word = tense === "future" ? "next" : "last";
    found.push({ expression: sentence.slice(start, end), start, end, resolved: { value: String(seasonYear(pub, word, SEASON_START[match[1]!.toLowerCase()]!)), precision: "year", approximate: true } });
  }
};

/** The year a season named relative to the publication day begins in: "last summer" is the last one over by then, "next summer" the first one still to start. */
function seasonYear(pub: Date, word: string, startMonth: number): number {
  const year = pub.getUTCFullYear();
  const monthIndex = year * 12 + pub.getUTCMonth() + 1;
  const startThisYear = year * 12 + startMonth;
  if (word === "this") return monthIndex >= startThisYear || startMonth !== 12 ? year : year - 1;
  if (word === "next" || word === "coming") return monthIndex < startThisYear ? year : year + 1;
  // Last: the latest season that had ended (three months after its start) by publication.
  return monthIndex >= startThisYear + 3 ? year : year - 1;
}

/** A year told relative to the publication's, right after a month or a day: " last year", ", of next year". */
const RELATIVE_YEAR_AFTER = /^\s*,?\s*(?:of\s+)?(next|last|this)\s+year\b/i;

/** The year "next", "last" or "this" (as `RELATIVE_YEAR_AFTER` reads it) stands for, told on `pub`. */
function yearToldRelatively(pub: Date, word: string): number {
  return pub.getUTCFullYear() + { next: 1, last: -1, this: 0 }[word.toLowerCase() as "next" | "last" | "this"];
}

const mayMonths: DateRule["run"] = (scan) => {
  const { sentence, pub, verbs, found } = scan;
  for (const match of sentence.matchAll(MAY_AS_A_MONTH)) {
    const start = match.index;
    const end = start + 3;
    const next = match[1] ?? "";
    // "May be", "May I": the verb; "Theresa May said": a name.
    if (!scan.free(start, end) || verbs.some(([s]) => s === end + 1) || /^(?:I|we|you|he|she|it|they|be|have|has|had|not|will|would|can|could|should|must|might|shall|is|was|also)$/i.test(next) || /^(?:said|says|told|added)$/.test(next)) continue;
    // ("about €55 million for the May floods": a disaster the month names has happened, whatever is expected of it.)
    const disaster = /\bthe\s+$/i.test(sentence.slice(Math.max(0, start - 4), start)) && HAPPENING_AFTER.test(sentence.slice(end, end + 40));
    // ("required since May last year": the year right after the month, as for any other month.)
    const relativeYear = RELATIVE_YEAR_AFTER.exec(sentence.slice(end));
    if (relativeYear && pub) {
      const year = yearToldRelatively(pub, relativeYear[1]!);
      const full = end + relativeYear[0].length;
      // (Taking in a "last year" read on its own before.)
      const yearAlone = found.findIndex((f) => f.start >= end && f.end <= full);
      if (yearAlone >= 0) found.splice(yearAlone, 1);
      if (scan.free(start, full)) found.push({ expression: sentence.slice(start, full), start, end: full, resolved: month(year, 5, false) });
      continue;
    }
    found.push({ expression: "May", start, end, resolved: pub ? monthWithoutYear(pub, 5, disaster ? "past" : tenseAround(sentence, start, end, verbs), false) : null });
  }
};

const daysOfMonth: DateRule["run"] = (scan) => {
  const { sentence, pub, verbs, found } = scan;
  for (const match of sentence.matchAll(DAY_OF_MONTH)) {
    const start = match.index + match[0].indexOf("the ");
    const end = match.index + match[0].length;
    if (!scan.free(start, end) || /^\s+\p{Lu}/u.test(sentence.slice(end, end + 3))) continue;
    // ("The first day of action is planned for 3 December, with a second pencilled in for the 11th": the month the sentence
    // named before it.)
    const named = found.filter((f) => f.end <= start && f.resolved && /^\d{4}-\d{2}(?:-\d{2})?$/.test(f.resolved.value)).sort((a, b) => b.end - a.end)[0]?.resolved?.value;
    const resolved = named ? ymd(Number(named.slice(0, 4)), Number(named.slice(5, 7)), Number(match[1])) : pub ? dayOfMonth(pub, Number(match[1]), tenseAround(sentence, start, end, verbs)) : null;
    found.push({ expression: sentence.slice(start, end), start, end, resolved: resolved ? day(resolved, false) : null });
  }
};

/** "in the new year", said late in a year: the year to come (early in a year, the one just begun). */
const newYear: DateRule["run"] = (scan) => {
  const { sentence, pub, found } = scan;
  if (!pub) return;
  for (const match of sentence.matchAll(/\b(?:in|into|early in|by) the new year\b/gi)) {
    const start = match.index + match[0].toLowerCase().indexOf("the new year");
    const end = match.index + match[0].length;
    const month = pub.getUTCMonth() + 1;
    if (!scan.free(start, end) || (month > 2 && month < 10)) continue;
    found.push({ expression: sentence.slice(start, end), start, end, resolved: { value: String(pub.getUTCFullYear() + (month >= 10 ? 1 : 0)), precision: "year", approximate: false } });
  }
};

/**
 * "On Australia Day", "at Christmas", "over Christmas 1989", "last New Year's Eve": a holiday kept on a fixed day is that
 * day, in the year written after it, or else the one the tense or "last"/"next" points to. Only after a word of time:
 * "Christmas shopping" and "the Boxing Day tsunami" name no day.
 */
const holidays: DateRule["run"] = (scan) => {
  const { sentence, pub, verbs, found } = scan;
  for (const match of sentence.matchAll(FIXED_HOLIDAY_NAME)) {
    const mention = holidayMention(sentence, match);
    if (!mention || !scan.free(mention.start, mention.end)) continue;
    const { start, end, written, relative } = mention;
    const [monthNumber, dayNumber] = fixedHoliday(match[0])!;
    const tense = holidayTense(sentence, mention, verbs);
    const date = written ? ymd(written, monthNumber, dayNumber) : pub ? (relative === "this" ? ymd(pub.getUTCFullYear(), monthNumber, dayNumber) : nearestYear(pub, monthNumber, dayNumber, tense)) : null;
    // "On Australia Day in January": the month said after it is the holiday's own, not a second date.
    const ownMonth = found.findIndex((f) => f.start >= end && /^\s+(?:in|of)\s+$/.test(sentence.slice(end, f.start)) && MONTH_ALONE_ANY_CASE.test(f.expression) && MONTH_NAMES.indexOf(f.expression.toLowerCase()) + 1 === monthNumber);
    const until = ownMonth >= 0 ? found.splice(ownMonth, 1)[0]!.end : end;
    found.push({ expression: sentence.slice(start, until), start, end: until, resolved: date ? day(date, false) : null });
  }
};
/**
 * "began on Good Friday", "read at all Masses on the eve of Easter": a holiday that moves with Easter, in the year the tense
 * points to (or the one written after it). chrono-node read "Friday" in "Good Friday" as a weekday; the holiday takes it.
 */
const easterHolidays: DateRule["run"] = (scan) => {
  const { sentence, pub, verbs, found } = scan;
  for (const match of sentence.matchAll(EASTER_HOLIDAY_NAME)) {
    const mention = holidayMention(sentence, match);
    if (!mention) continue;
    const { start, end, written } = mention;
    dropFindingInside(found, start, end);
    if (!scan.free(start, end)) continue;
    const offset = EASTER_HOLIDAYS.get(match[0].toLowerCase().replace(/^the /, ""))!;
    const date = written ? new Date(easterSunday(written).getTime() + offset * 86_400_000) : pub ? nearestEasterHoliday(pub, offset, holidayTense(sentence, mention, verbs)) : null;
    found.push({ expression: sentence.slice(start, end), start, end, resolved: date ? day(date, false) : null });
  }
};

/**
 * A holiday's name that names its day: after a word of time, with the year written after it if there is one
 * ("over Christmas 1989"). ("on Christmas Island", "the Easter Rising": a holiday's name inside a longer name is no day.)
 */
function holidayMention(sentence: string, match: RegExpMatchArray & { index: number }): { start: number; end: number; written: number | null; relative: string | undefined } | null {
  const start = match.index;
  const lead = HOLIDAY_LEAD.exec(sentence.slice(Math.max(0, start - 20), start));
  const written = /^,?\s+((?:1[89]|20)\d\d)\b/.exec(sentence.slice(start + match[0].length));
  if (!lead || (!written && /^\s+\p{Lu}/u.test(sentence.slice(start + match[0].length)))) return null;
  return { start, end: start + match[0].length + (written?.[0].length ?? 0), written: written ? Number(written[1]) : null, relative: lead[1]?.toLowerCase() };
}
/** The tense a holiday's day is read in: "last" and "next" say it; else the sentence does. */
function holidayTense(sentence: string, mention: { start: number; end: number; relative: string | undefined }, verbs: ReadonlyArray<readonly [number, number]>): Tense {
  return mention.relative === "last" ? "past" : mention.relative === "next" ? "future" : tenseAround(sentence, mention.start, mention.end, verbs);
}

/** The word of time a holiday's name must follow to name its day: "on", "at", "over", "last", … */
// ("weeks before Christmas" is not Christmas: "before" and "after" are left out.)
// ("results expected before Christmas": a deadline; not "weeks before Christmas", a span back from it.)
const HOLIDAY_LEAD = /\b(?:on|at|over|by|until|till|since|around|during|(?<!\b(?:weeks|days|months|hours|shortly|just|long|soon|week|day|month|night|the)\s)before|(last|next|this))\s+$/i;

/** "for this September's Asian Games", "the trials this June": a month named with "this" is the one of the year of publication. */
const thisMonth: DateRule["run"] = (scan) => {
  const { found, pub, sentence } = scan;
  if (!pub) return;
  for (const [index, finding] of found.entries()) {
    const word = finding.resolved?.precision === "month" && MONTH_ALONE_ANY_CASE.test(finding.expression) ? /\bthis\s+$/i.exec(sentence.slice(Math.max(0, finding.start - 8), finding.start)) : null;
    if (!word || !finding.resolved) continue;
    const start = finding.start - word[0].length;
    found[index] = { ...finding, expression: sentence.slice(start, finding.end), start, resolved: { ...finding.resolved, value: `${pub.getUTCFullYear()}${finding.resolved.value.slice(4)}` } };
  }
};

/**
 * "Last year's agreement was reached on Dec 20 after a similar breakdown in November": a month with no year, in a
 * sentence that an earlier date sets in another year, is that year's (or the one before, when it falls after that date).
 * ("In 2021 a wildfire destroyed the village on June 30", "comparisons with 2021, when a wildfire destroyed … on June 30":
 * so is a day and month.)
 */
const monthsInTheirSentencesYear: DateRule["run"] = (scan) => {
  const { found, pub } = scan;
  if (!pub) return;
  // (For a day, any year written before it: findings are in the order the rules found them, not the text's; a year this
  // rule moves nothing.)
  let inTextOrder: typeof found | undefined;
  for (const [index, finding] of found.entries()) {
    const aMonth = finding.resolved?.precision === "month" && MONTH_ALONE_ANY_CASE.test(finding.expression);
    const aDay = finding.resolved?.precision === "day" && NAMES_A_MONTH.test(finding.expression) && !/\d{4}/.test(finding.expression);
    if (!finding.resolved || (!aMonth && !aDay)) continue;
    // The setting date in the same clause, close before it ("on Dec 20 after a similar breakdown in November"; not across ", and …").
    // (Nor one in a comparison, "30 per cent more than last year, after good rains in September", or that a span starts from,
    // "asking for a survey since last year and only visited by engineers in July", or in a clause set off
    // before the month's, "first confirmed in west Africa early last year, was detected in Uganda in January".)
    const between = (f: { end: number }) => scan.sentence.slice(f.end, finding.start);
    const setting = (aDay ? (inTextOrder ??= [...found].sort((a, b) => a.start - b.start)) : found.slice(0, index)).findLast((f) => f.resolved && (!aDay || f.resolved.precision === "year") && f.end <= finding.start && /^\d{4}/.test(f.resolved.value) && !f.background && finding.start - f.end < (aDay ? 90 : 60) && (!/,|;/.test(between(f)) || (aDay && f.resolved.precision === "year" && /^,\s+when\s[^,;]*$/.test(between(f)))) && !/\b(?:than|from|since|compared (?:with|to)|versus|over)\s+(?:in\s+|the\s+)?$/i.test(scan.sentence.slice(Math.max(0, f.start - 16), f.start)));
    const year = setting ? Number(setting.resolved!.value.slice(0, 4)) : NaN;
    // (A month still to come keeps its own year: "founded in 1998, it will list its shares in March".)
    const ahead = finding.resolved.value > pub.toISOString().slice(0, aDay ? 10 : 7);
    // ("The 2020 edition of the race is scheduled for 8 November", told in 2019: the day a happening of a year still to come is
    // set for falls in that year.)
    const setForAHappeningOfItsYear = setting !== undefined && ahead && year > pub.getUTCFullYear() && HAPPENING_OF_A_YEAR.test(scan.sentence.slice(setting.end, setting.end + 30)) && SET_FOR_BEFORE.test(scan.sentence.slice(Math.max(0, finding.start - 40), finding.start));
    if (setForAHappeningOfItsYear) {
      found[index] = { ...finding, resolved: { ...finding.resolved, value: `${year}${finding.resolved.value.slice(4)}` } };
      continue;
    }
    if (!setting || ahead || year === Number(finding.resolved.value.slice(0, 4)) || year === pub.getUTCFullYear()) continue;
    // (For a day, only a year alone sets it, and never in the future: "will push rates up at the 1 January renewals" is ahead.
    // The tense is read last, where a year could set the day at all.)
    if (aDay && tenseAround(scan.sentence, finding.start, finding.end, scan.verbs) === "future") continue;
    const settingMonth = setting.resolved!.precision === "year" ? 13 : Number(setting.resolved!.value.slice(5, 7));
    const monthNumber = Number(finding.resolved.value.slice(5, 7));
    // ("fallen from a peak of 75.5 per cent in May last year to 42.1 per cent in January": the end of a span from the setting
    // date comes after it.)
    const spanEnd = /\bfrom\b[^,;]{0,40}$/i.test(scan.sentence.slice(Math.max(0, setting.start - 45), setting.start)) && /\bto\b/.test(between(setting));
    // ("cut 30% of its staff in November and let go of another 200 in February", "convicted in October last year and lost his
    // appeal in June": a month told next, with "and", follows the setting date.)
    const toldNext = settingMonth <= 12 && /\b(?:and|then)\b/.test(between(setting)) && !/\b(?:after|following|since|before|than)\b/.test(between(setting));
    const nextOnes = toldNext && monthNumber < settingMonth && `${year + 1}-${String(monthNumber).padStart(2, "0")}` <= pub.toISOString().slice(0, 7);
    const inYear = spanEnd || nextOnes ? (monthNumber < settingMonth ? year + 1 : year) : monthNumber > settingMonth ? year - 1 : year;
    if (spanEnd && `${inYear}-${String(monthNumber).padStart(2, "0")}` > pub.toISOString().slice(0, 7)) continue;
    const moved = aDay ? { ...finding.resolved, value: `${inYear}${finding.resolved.value.slice(4)}` } : month(inYear, monthNumber, finding.resolved.approximate);
    found[index] = { ...finding, resolved: moved };
  }
};

/** A happening a year is written before: "2020 edition", "2026 Winter Olympics", "2027 general election". */
const HAPPENING_OF_A_YEAR = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:edition|race|marathon|election|elections|vote|games|olympics|paralympics|season|tournament|festival|championships?|summit|conference|census|world cup|cup|final|show|fair|expo)\b/iu;
/** What sets a happening for a day: "is scheduled for ", "will be held on ", "takes place on ". */
const SET_FOR_BEFORE = /\b(?:(?:scheduled|set|slated|planned|due|pencil+ed\s+in)\s+(?:for|on)|(?:held|run|staged|played)\s+on|takes?\s+place\s+on|starts?\s+on|begins?\s+on)\s+$/i;

/**
 * "A rally held on Oct. 5 during World Teachers' Day in 2018": a day and month without a year, with the year written after
 * them in the same clause, are in that year.
 */
/** "fixed December 9 and 10 for the trial", "on March 3 and 4": a second day of the month, written as its number alone. */
const secondDaysOfTheMonth: DateRule["run"] = (scan) => {
  const { sentence, found } = scan;
  const add = (day: ResolvedDate | null, written: string, start: number) => {
    if (day && scan.free(start, start + written.length)) found.push({ expression: written, start, end: start + written.length, resolved: day });
  };
  for (const finding of [...found]) {
    const resolved = finding.resolved;
    if (resolved?.precision !== "day") continue;
    const dayOfTheDate = Number(resolved.value.slice(8, 10));
    // ("hustings on 8 and 9 September": the first day of the month, written as its number alone, before the date.)
    const before = /^\d{1,2}(?:st|nd|rd|th)?\s+\p{L}/u.test(finding.expression) ? /(?<![\d.,])(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|&)\s+$/.exec(sentence.slice(Math.max(0, finding.start - 12), finding.start)) : null;
    if (before) {
      const first = Number(before[1]);
      if (first >= 1 && first < dayOfTheDate) add(otherDayOfTheMonth(resolved, first), before[1]!, finding.start - before[0].length);
      continue;
    }
    if (!/\p{L}\.?\s+\d{1,2}(?:st|nd|rd|th)?$/u.test(finding.expression)) continue;
    // (Only where the number ends the phrase: not "on March 3 and 4 people died".)
    const pair = /^\s+(?:and|&)\s+(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|for|to|on|with|from|when|as|before|after|respectively)\b)/.exec(sentence.slice(finding.end));
    if (pair && Number(pair[1]) > dayOfTheDate) add(otherDayOfTheMonth(resolved, Number(pair[1])), pair[1]!, finding.end + pair[0].indexOf(pair[1]!, pair[0].search(/\d/)));
  }
};

/** Another day of the month a day falls in, or null where the month has no such day ("February 30"). */
function otherDayOfTheMonth(date: ResolvedDate, dayOfTheMonth: number): ResolvedDate | null {
  const moved = ymd(Number(date.value.slice(0, 4)), Number(date.value.slice(5, 7)), dayOfTheMonth);
  return moved.getUTCDate() === dayOfTheMonth ? day(moved, date.approximate) : null;
}

/** A participle set off after a day, then "in" its year: ", set in " (2002), ", recorded in ". */
// ("the previous record of 16 March, set in 2002": the year the participle gives is the day's.)
const PARTICIPLE_BEFORE_ITS_YEAR = /^,\s+(?:set|recorded|reached|held|achieved|established|made|first\s+\p{Ll}+ed)\s+(?:in\s+)?$/u;

const daysBeforeTheirYear: DateRule["run"] = (scan) => {
  const { found, sentence } = scan;
  for (const [index, finding] of found.entries()) {
    // ("said on Monday that the building's renovation in 2015 had never been reviewed": a weekday is the story's; only a day
    // of a month named takes the year after it.)
    if (finding.resolved?.precision !== "day" || /\b\d{4}\b/.test(finding.expression) || !NAMES_A_MONTH.test(finding.expression)) continue;
    const year = found.find((f) => f.start >= finding.end && f.resolved?.precision === "year" && /^\d{4}$/.test(f.expression.replace(/^in\s+/i, "")) && f.start - finding.end < 50 && (/^[^,;:.]*?(?:\bin\s+)?$/i.test(sentence.slice(finding.end, f.start)) || PARTICIPLE_BEFORE_ITS_YEAR.test(sentence.slice(finding.end, f.start))) && !/\b(?:and|but|or|while|then|before|after|since|until|than)\b/i.test(sentence.slice(finding.end, f.start)) && /^in\s/i.test(sentence.slice(f.start - (/^in\s/i.test(f.expression) ? 0 : 3), f.end)));
    if (!year) continue;
    const date = finding.resolved.value;
    found[index] = { ...finding, resolved: { ...finding.resolved, value: `${year.resolved!.value}${date.slice(4)}` } };
  }
};

/**
 * "Munusamy was taken to the station on the night of February 9 last year. … On February 11, his body was found": in a past
 * narrative, a day and month without a year that fall within weeks after a day of an earlier year, named just before, go on
 * with that story, not with this year.
 */
// ("The suitcases, checked in on 14 June 2022, were not located until 3 July": or named earlier in the same sentence.)
const daysInTheStorysYear: DateRule["run"] = (scan) => {
  const { found, pub, options, sentence, verbs } = scan;
  if (!pub) return;
  for (const [index, finding] of found.entries()) {
    if (finding.resolved?.precision !== "day" || /\d{4}/.test(finding.expression) || !NAMES_A_MONTH.test(finding.expression)) continue;
    const recent = found.findLast((f) => f.end <= finding.start && f.resolved?.precision === "day" && /\d{4}/.test(f.expression))?.resolved ?? options.recentDay;
    if (!recent || recent.precision !== "day" || Number(recent.value.slice(0, 4)) >= pub.getUTCFullYear()) continue;
    const from = Date.parse(`${recent.value}T12:00:00Z`);
    if (tenseAround(sentence, finding.start, finding.end, verbs) !== "past") continue;
    const story = `${recent.value.slice(0, 4)}${finding.resolved.value.slice(4)}`;
    const days = (Date.parse(`${story}T12:00:00Z`) - from) / 86_400_000;
    if (days >= 0 && days <= 45 && story !== finding.resolved.value) found[index] = { ...finding, resolved: { ...finding.resolved, value: story } };
  }
};

/**
 * "The blaze started at about 10:40 a.m.", "The alarm was raised that evening", "released by late afternoon": in a sentence
 * that names no date, a time of day in a past narrative is on the day the story last named, in this paragraph or the one
 * before, or further back where no other date was named since.
 */
/** "12.40pm: Rahim found guilty on all three charges": a live blog's entry opens with the time it was posted, on the day the blog is of. */
const liveEntryStamp: DateRule["run"] = (scan) => {
  const stamp = LIVE_ENTRY_STAMP.exec(scan.sentence)?.[1];
  if (!stamp || !scan.pub || scan.found.length > 0 || !scan.free(0, stamp.length)) return;
  // (Only an entry that tells of something happening, with a verb of its own or words enough for one the tagger missed
  // in a headline's style, "Pre-show fireworks light up the bay": not "14.47 GMT", "Welcome", "Stats check", "Queues and cream".)
  const words = scan.sentence.slice(stamp.length).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  // (Nor a question a heading asks: "9:20 a.m. ET — Why this matters".)
  if (/^(?:Why|What|How|Who|Where|When)\b/.test(words[0] ?? "")) return;
  const tells = scan.verbs.some(([start]) => start > stamp.length) || (words.length >= 4 && words.some((w) => /^\p{Ll}{3,}$/u.test(w) && !/^(?:and|the|for|with|from|into|over|what|this|that)$/.test(w)));
  if (tells) scan.found.push({ expression: stamp, start: 0, end: stamp.length, resolved: day(scan.pub, false) });
};

const timeOfTheStorysDay: DateRule["run"] = (scan) => {
  const { sentence, found, options, verbs } = scan;
  const match = TIME_OF_DAY.exec(sentence);
  // ("An explosion tore through the plant late Tuesday …. Nine workers remained missing Wednesday afternoon …. The blast
  // happened at about 9:40 p.m.", told on Wednesday: an evening's hour the news day has not reached is the evening told of.)
  const told = options.recentDay ?? options.narrativeDay;
  const evening = match && EVENING_HOUR.test(match[0]) && told?.precision === "day" && scan.pub !== null && told.value === scan.pub.toISOString().slice(0, 10) && options.eveningDay && options.eveningDay.value < told.value ? options.eveningDay : null;
  const day = evening ?? told;
  if (found.some((f) => !inAnotherZone(sentence, f)) || !day || day.precision !== "day") return;
  if (!match || !scan.free(match.index, match.index + match[0].length)) return;
  if (tenseAround(sentence, match.index, match.index + match[0].length, verbs) !== "past") return;
  // ("The fire broke out at 11pm on Saturday. … under control at 2.30am": the small hours after that night are the next day's.)
  const afterThatNight = SMALL_HOURS.test(match[0]) && options.recentEvening === true;
  // (An evening gone back to is no step in the story: the day words were said on stays the news day's.)
  found.push({ expression: match[0], start: match.index, end: match.index + match[0].length, resolved: afterThatNight ? (following(day, 1, "day") ?? day) : day, ...(evening ? { background: true } : {}) });
};
/** "were destroyed on election day": the day the text gave its election or vote ("in Monday's polls"). */
const electionDay: DateRule["run"] = (scan) => {
  const day = scan.options.electionDay;
  if (!day) return;
  for (const match of scan.sentence.matchAll(/\b(?:election|polling|voting|referendum) day\b/gi)) {
    if (scan.free(match.index, match.index + match[0].length)) scan.found.push({ expression: match[0], start: match.index, end: match.index + match[0].length, resolved: day });
  }
};

/** The time a live blog's entry was posted, opening it: "12.40pm: ", "15.12 ", "10:32 GMT - ". */
const LIVE_ENTRY_STAMP = /^(\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+(?:GMT|BST|UTC|CET|EST|EDT|PST|IST|SAST|EAT|WAT|AEST|AEDT|SGT|MYT|WIB|PHT|ET|PT|CT|MT))?)\s*[:—–-]?\s+\p{Lu}/u;

const SMALL_HOURS = /^(?:12|[1-5])(?:[:.][0-5]\d)?\s?(?:a\.m\.|am\b)/i;
/** An hour of the evening, as a pattern: "9:40 p.m.", "11pm". */
export const EVENING_HOUR_WRITTEN = String.raw`(?:[6-9]|1[01])(?:[:.][0-5]\d)?\s?(?:p\.m\.|pm\b)`;
const EVENING_HOUR = new RegExp(`^${EVENING_HOUR_WRITTEN}`, "i");
const TIME_OF_DAY = /\b(?:\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|(?:that|by late|by early|late that|early that|during the|in the)\s+(?:morning|afternoon|evening|night))/i;

/**
 * The date rules in the order they run (markdown-it style): chrono-node first, then the patterns it
 * does not read, then the dates counted from the one the text named last. A later rule only takes
 * text no earlier one has taken.
 */
export const DATE_RULES: readonly DateRule[] = [
  { name: "chrono-node", when: NEEDS_PARSER, run: chronoDates },
  discourseRules.relativeWeekday,
  { name: "this/last/next week, month, year", when: /(?:this|last|next|past|previous|coming) /i, run: relativeToPublication },
  { name: "weekends", when: /weekend/i, run: weekends },
  { name: "mid-May", when: /(?:early|mid|late)-\p{Lu}/u, run: partOfMonth },
  { name: "in 2014", when: /(?:1[89]|20)\d\d/, run: bareYears },
  { name: "in 1749", when: /\b(?:in|since) 1[0-7]\d\d\b/, run: oldYears },
  { name: "2000's film", when: /(?:1[89]|20)\d\d/, run: yearAttributes },
  { name: "the 2008 bombing", when: /(?:19|20)\d\d/, run: determinedYears },
  { name: "last night", when: /last night/i, run: lastNight },
  { name: "a fortnight ago", when: /fortnights? ago/i, run: fortnightsAgo },
  { name: "a week from Monday", when: /weeks? from /i, run: weeksFromADay },
  { name: "fifteen years ago", when: /teen|ty\b|ty[- ]/i, run: agoInWords },
  { name: "two and a half years ago", when: /and a half/i, run: agoAndAHalf },
  { name: "last summer", when: /spring|summer|autumn|fall|winter/i, run: seasons },
  { name: "May sales", when: /\bMay\b/, run: mayMonths },
  { name: "on the 29th, by the 20th", when: /(?:on|for|by|until|till|from|before|after|since) the \d/i, run: daysOfMonth },
  { name: "in the new year", when: /new year/i, run: newYear },
  { name: "on Australia Day", when: new RegExp(HOLIDAY_WORDS, "i"), run: holidays },
  { name: "on Good Friday", when: new RegExp(EASTER_WORDS, "i"), run: easterHolidays },
  { name: "this September", when: /\b[Tt]his\s+\p{Lu}/u, run: thisMonth },
  { name: "a month in its sentence's year", when: NAMES_A_DAY_OR_MONTH, run: monthsInTheirSentencesYear },
  { name: "a day in the story's year", when: NAMES_A_DAY_OR_MONTH, run: daysInTheStorysYear },
  { name: "Oct. 5 … in 2018", when: /\bin (?:1[89]|20)\d\d\b/, run: daysBeforeTheirYear },
  { name: "December 9 and 10, 8 and 9 September", when: /\d(?:st|nd|rd|th)?\s+(?:and|&)\s+\d/, run: secondDaysOfTheMonth },
  discourseRules.following,
  discourseRules.samePeriod,
  discourseRules.partOfPeriod,
  discourseRules.offset,
  discourseRules.ofThatYear,
  discourseRules.thatMonth,
  { name: "on election day", when: /(?:election|polling|voting|referendum) day/i, run: electionDay },
  { name: "12.40pm: a live blog's entry", when: /^\d{1,2}[.:]\d{2}/, run: liveEntryStamp },
  { name: "at 10:40 a.m. on the story's day", when: /\d\s?(?:a\.m|p\.m|am\b|pm\b)|morning|afternoon|evening|night/i, run: timeOfTheStorysDay },
];

/** Cheap test before any parsing: false means the sentence names no date at all. */
export function mayNameADate(sentence: string): boolean {
  return MAY_HOLD_A_DATE.test(sentence) || /\b(?:on|for|by|until|till|from|before|after|since) the \d|\d\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/i.test(sentence) || LIVE_ENTRY_STAMP.test(sentence);
}

/**
 * Finds the date expressions of one sentence and resolves them against the publication date with
 * the sense of news tense: what is reported in the past tense happened on or before publication,
 * what "will" happen comes after it, and a present-tense date takes the nearest occurrence.
 * Precision is kept: a day, an ISO week ("last week"), a month ("in April") or a year ("in 2014").
 *
 * @example findDates("Fighters said Sunday they had launched", "2016-11-06")[0].resolved.value === "2016-11-06"
 */
export function findDates(sentence: string, published: string | null, options: FindDatesOptions = {}): DateFinding[] {
  if (!mayNameADate(sentence)) return [];
  const found: DateFinding[] = [];
  const scan: DateScan = {
    sentence,
    pub: published ? new Date(`${published}T12:00:00Z`) : null,
    verbs: options.verbs ?? [],
    options,
    found,
    free: (start, end) => !found.some((f) => f.start < end && start < f.end),
  };
  for (const rule of DATE_RULES) if (!rule.when || rule.when.test(sentence)) rule.run(scan);
  // "at around 10:00 pm (0300 GMT Monday)": the same moment in another time zone is no date of its own.
  // (The story's later dates still count from what the rules read: see `anchorAs`.)
  return withYearsOfAList(
    sentence,
    found
      .filter((f) => !inAnotherZone(sentence, f))
      .map((f) => reckonedDay(f, scan.pub) ?? edgeOfAYear(sentence, f))
      .sort((a, b) => a.start - b.start),
  );
}

/**
 * "on Nov. 6 and Nov. 14, 2024", "March 3, March 10 or March 17, 2019": the year written after the last day of a list is
 * every day's in it.
 */
function withYearsOfAList(sentence: string, findings: DateFinding[]): DateFinding[] {
  const listed = (i: number) => i + 1 < findings.length && LIST_JOINER.test(sentence.slice(findings[i]!.end, findings[i + 1]!.start)) && findings[i + 1]!.resolved?.precision === "day";
  for (let i = findings.length - 2; i >= 0; i--) {
    const [day, next] = [findings[i]!, findings[i + 1]!];
    if (day.resolved?.precision !== "day" || /\d{4}/.test(day.expression) || !listed(i)) continue;
    // The next day's year is written, or is the written year it took from further on.
    let j = i + 1;
    while (!/\d{4}/.test(findings[j]!.expression) && listed(j)) j++;
    if (!/\d{4}/.test(findings[j]!.expression)) continue;
    findings[i] = { ...day, resolved: { ...day.resolved, value: `${next.resolved!.value.slice(0, 4)}${day.resolved.value.slice(4)}` } };
  }
  return findings;
}
const LIST_JOINER = /^(?:,\s*|\s*,?\s*(?:and|or)\s+)$/;

/** "the end of", "by year-end": the part of a year that is its last month; "the start of", "the beginning of": its first. */
const END_OF_BEFORE = /\b(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?$/i;
const END_OF_OWN = /^(?:the\s+)?(?:(?:end|close)\s+of\b|year(?:-end|['’]s\s+end|\s+end)\b)/i;
const START_OF_BEFORE = /\b(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+)?$/i;
const START_OF_OWN = /^(?:the\s+)?(?:start|beginning)\s+of\b/i;

/**
 * "by the end of the year", "the end of 2020", "at the start of next year": the year's last or first month, approximate,
 * so the timeline places it there rather than across the whole year.
 */
function edgeOfAYear(sentence: string, finding: DateFinding): DateFinding {
  const resolved = finding.resolved;
  if (resolved?.precision !== "year") return finding;
  const before = sentence.slice(Math.max(0, finding.start - 20), finding.start);
  const edge = END_OF_BEFORE.test(before) || END_OF_OWN.test(finding.expression) ? 12 : START_OF_BEFORE.test(before) || START_OF_OWN.test(finding.expression) ? 1 : null;
  return edge === null ? finding : { ...finding, resolved: month(Number(resolved.value), edge, true), anchorAs: resolved };
}

/** "a fortnight ago", "two weeks ago", "twenty weeks ago": a count of weeks (or fortnights) back from publication. */
const WEEKS_AGO = /^(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[\p{L}-]+|\d{1,2})\s+)(fortnights?|weeks?)\s+ago$/iu;

/**
 * "a fortnight ago", "two weeks ago": the day that many weeks before publication, approximate (a reader may take it for the
 * week it falls in; a day keeps the timeline in order), which the rest of the story counts from only as its week.
 */
function reckonedDay(finding: DateFinding, pub: Date | null): DateFinding | null {
  const weeks = finding.resolved?.precision === "week" && pub ? WEEKS_AGO.exec(finding.expression) : null;
  if (!weeks) return null;
  const count = FEW[weeks[1]!.toLowerCase()] ?? (/^\d+$/.test(weeks[1]!) ? Number(weeks[1]) : wordsToNumber(weeks[1]!));
  if (count === null || count === undefined || count <= 0) return null;
  const days = count * (/^fortnight/i.test(weeks[2]!) ? 14 : 7);
  return { ...finding, resolved: day(new Date(pub!.getTime() - days * 86_400_000), true), anchorAs: finding.resolved! };
}

/** A word of telling, meaning or being due, then "to" and a verb, up to the date: "told to demobilize by ". */
// ("is expected to release updated figures on March 24", "agreed to extend the pilot through June".)
/** A happening's time, set off after the noun it tells of: ", to begin on ", ", to be held in Asaba, Nigeria, in ". */
const SET_TO_HAPPEN = /,\s+to\s+(?:begin|start|open|run|close|end|take\s+effect|come\s+into\s+force|be\s+(?:held|completed|played|staged|opened|launched))\s+(?:[^.;:]{0,40}\s)?(?:on|in|from|by)\s+$/i;
// (Not past a verb of its own that says the thing was done: "the Rs. 194 million promised to clear arrears had been paid out
// by October 18".)
const INFINITIVE_PLAN = /\b(told|ordered|asked|instructed|urged|unlikely|likely|due|expected|scheduled|slated|set|plans?|planned|aims?|aimed|hopes?|hoped|wants?|wanted|agreed|decided|voted|promised|vowed|pledged|intends?|intended|allowed|required|threatens|threatened|threatening)\s+(?:[\p{L}'’-]+\s+){0,2}?to\s+\p{Ll}+\b(?:(?!\b(?:had|has|have|was|were)\s+(?:been\s+)?\p{Ll}+(?:ed|en|id|ut)\b)[^.;:,]){0,60}\b(by|before|on|in|at|through|until|till)\s+(?:the\s+)?$/u;

/** A verb that reports, in the past, what someone said or meant: the "would" after it is a future seen from then. */
const REPORTED_BEFORE = /\b(?:said|says|announced|told|added|stated|claimed|reported|warned|predicted|expected|hoped|thought|believed|agreed|decided|promised|indicated|confirmed|insisted|argued|suggested|wrote|explained)\b/i;

/** A plan told as called off: "was called off", "has been postponed". */
const CALLED_OFF = /\b(?:was|were|has been|have been|had been)\s+(?:\p{Ll}+ly\s+)?(?:called off|cancell?ed|postponed|scrapped|abandoned|axed|put off)\b/u;

/** Verbs of a decision made: "was then approved", "the council voted". */
/** A verb that declares or orders a period to come: "declared three days of national mourning", "imposed a curfew". */
const DECLARED_A_PERIOD = /\b(?:declared|declares|proclaimed|ordered|orders|imposed|imposes|announced|announces)\b/i;
const DECIDED = /\b(?:approved|agreed|adopted|passed|voted|decided|announced|confirmed|introduced|ordered)\b/i;

/** The next such month and day comes after publication, within `days` of it. */
/** A month's name or a year, which dates a telling: "had announced June 3", "said in 2019". */
const SAYING_DATED = new RegExp(String.raw`\b(?:${MONTHS})\b|\b(?:1[89]|20)\d\d\b`);

function within(pub: Date, monthNumber: number, dayNumber: number, days: number): boolean {
  const ahead = nearestYear(pub, monthNumber, dayNumber, "future").getTime() - pub.getTime();
  return ahead > 0 && ahead <= days * 86_400_000;
}

/** Nouns for a happening set for a day ahead of time: an election, a vote, a summit. */
const APPOINTED_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:elections?|vote|poll|polls|referendum|ballot|summit|meeting|deadline|hearing|trial|final|launch|ceremony|conference|convention)\b/u;

/** Nouns for a disaster or an act of violence, which are told of once they have happened. */
/** Violence and accidents, which are told of once they have happened: "attack", "crash", "stampede". */
const VIOLENCE_AND_ACCIDENTS = "attacks?|bombings?|blast|explosion|shootings?|crash|fire|blaze|killings?|derailment|collapse|landslide|capsizing|capsize|sinking|grounding|stampede|collision|murders?|stabbing|massacre|riots?";
const HAPPENING_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+){0,2}?(?:temblor|earthquake|quake|${VIOLENCE_AND_ACCIDENTS}|floods?|flooding|storm|hurricane|typhoon|cyclone|tornado|mudslide|avalanche|shipwreck|tsunami|eruption|coup|raid|ambush|assassination|disaster|accident|spill|outbreak|hijacking|kidnapping)\b`, "u");

/**
 * A happening with "the" that opens its sentence, then "on", before the weekday it came on: "The arrests on " (then "Sunday");
 * no weather, which is forecast too. (Not one a verb takes: "would open a formal inquiry into the sinking on Wednesday".)
 */
const HAPPENING_ON_BEFORE = new RegExp(String.raw`(?:^|[“"‘(]|[.!?;:]\s+)\s*the\s+(?:[\p{L}-]+\s+)?(?:${VIOLENCE_AND_ACCIDENTS}|arrests?|raids?|assault|clashes)\s+(?:on|late\s+on|early\s+on)\s+$`, "iu");

/** A match's result after the day it was played: " Super Rugby defeat", " 3-1 win". */
const RESULT_AFTER = /^\s+(?:[\p{L}\d-]+\s+){0,3}?(?:draw|loss|defeat|win|victory|thrashing|rout|upset)\b/u;

/** A clock time in another zone opening a bracket: "(0300 GMT ". */
const IN_ANOTHER_ZONE = /\(\s*[\d:.]+\s*(?:GMT|UTC|Z)\s+(?:on\s+)?$/;
function inAnotherZone(sentence: string, finding: DateFinding): boolean {
  return IN_ANOTHER_ZONE.test(sentence.slice(Math.max(0, finding.start - 16), finding.start));
}

/**
 * "announced the deal on March 15", "announced its results on Tuesday": what was announced is no happening set for the day,
 * so the day is when it was announced ("announced a re-test on May 22" sets one).
 */
const ANNOUNCED_NO_HAPPENING = /\bannounced\s+(?:the|its|their|a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:deal|takeover|merger|acquisition|results|figures|earnings|profits?|losses|decision|plans?|news|move|sale|purchase|appointment|resignation|departure|retirement|cuts|layoffs|inquiry|investigation|probe|review|audit|findings|settlement|recall|fines?|charges|agreement|bid|offer|ban|suspension|withdrawal)\s+(?:on|for)\s+$/u;

/**
 * What is hoped for, made in time for or come ahead of ("ahead of the Africa Cup of Nations qualifier against Ghana in"), or
 * what a court sets a case down for, up to the date (see `interpret`).
 * (Not a lead by a measure, "crossed the line 1.8 seconds ahead of Iker Etxeberria in Sunday's race"; a stretch of days or
 * weeks before a happening is still a prospect.)
 * (So is the vote an interim office lasts until, "was appointed interim president until elections in June"; the day a court
 * remanded someone to appear is read by the tense, `STILL_TO_COME_BEFORE`.)
 */
const PROSPECT_BEFORE = /(?:\b(?:hopes?|hoping|dreams?|chances?|ambitions?)\s+of\s+\p{Ll}+ing\b[^.;:,“”"]{0,70}|\bin time for\s[^.;:,“”"]{0,50}|\b(?:clear(?:s|ed|ing)?|pav(?:es|ed|ing)|open(?:s|ed|ing)?)\s+the\s+way\s+for\s[^.;:,“”"]{0,50}|(?<!\b(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|several)\s*(?:%|\s(?!(?:days?|weeks?|months?|years?|hours?)\s)\p{Ll}+)\s+)\bahead of\s(?!(?:last|the last|the previous)\b)(?:(?!(?:is|are|was|were|be|been|has|have|had|that|which|who)\s)[\p{L}'’-]+\s+){1,8})\b(?:in|on|at|by)\s+(?:the\s+)?$|\b(?:listed|set down|fixed|adjourned)\s[^.;:,“”"]{0,40}\bfor\s+(?:a\s+(?:full\s+)?)?(?:hearing|trial|sentencing|mention|judgment|judgement)\s+(?:on|in|at)\s+$|\b(?:interim|acting|caretaker|provisional)\s[^.;:“”"]{0,60}?\buntil\s+(?:the\s+)?(?:next\s+|new\s+|fresh\s+)?(?:[\p{Ll}-]+\s+)?(?:elections?|polls?|vote|congress|referendum)\s+(?:in|on|at)\s+(?:the\s+)?$/u;

/** Whether what stands before the date at `start` makes it a prospect (`PROSPECT_BEFORE`, read over the 90 characters before). */
function prospectBefore(sentence: string, start: number): boolean {
  return PROSPECT_BEFORE.test(sentence.slice(Math.max(0, start - 90), start));
}

/** A negation before a date: "did not get under way until Tuesday". */
const NEGATED = /\b(?:not|never|no)\b|n['’]t\b/i;
/** Verbs that put something off to a later day: "remanded in custody to July 13", "adjourned until Monday". */
// ("had proposed delaying the hike until January": or is putting it off.)
const PUT_OFF = /\b(?:remand(?:s|ed)|adjourn(?:s|ed)|postpone[sd]|postponing|defer(?:s|red|ring)|delay(?:s|ed|ing)|put(?:s|ting)? off|push(?:es|ed|ing) back|reschedul(?:e[sd]|ing)|extend(?:s|ed)|bailed)\b/i;

/** The clause of a sentence before offset `at`: back to the last comma, semicolon or dash. */
/** Verbs that tell what a calendar holds: "filing opens in March", "the season starts in April". */
// ("Argentina holds a presidential election in October": and what a country holds or stages.)
const SCHEDULING_VERB = /^(?:opens|closes|starts|begins|ends|concludes|finishes|continues|adjourns|expires|resumes|launches|takes|comes|goes|runs|meets|returns|arrives|leaves|departs|visits|hosts|kicks|retires|steps|reopens|reconvenes|convenes|sits|votes|travels|plays|faces|debuts|premieres|airs|lands|holds|stages|wraps)$/;

/** A team named, then its fixture's verb in the bare present, then the other team or where it is played. */
// ("LSG … open their campaign against Rajasthan Royals on Sunday": so does a team's opening or closing match.)
// ("The Jets, who sit second in the Central Division, host the Edmonton Oilers on Thursday": "the" may open the other side's name.)
const FIXTURE_VERB = String.raw`(?:face|host|play|meet|visit|welcome|entertain|travel\s+to|(?:open|close|start|begin|end)\s+(?:their|its)\s+(?:campaign|season|tour|account)\s+(?:against|at|with|in))\s+(?:the\s+)?(?:\p{Lu}|(?:at|away\s+(?:at|to)|against)\s)`;
// ("Odell’s side travel to Wycombe on Tuesday": a manager's side, team or squad.)
const FIXTURE = new RegExp(String.raw`(?:\p{Lu}[\p{L}'’-]*|['’]s\s+(?:side|team|squad|men|women))\s+${FIXTURE_VERB}`, "u");
const FIXTURE_AFTER_AN_ASIDE = new RegExp(String.raw`^\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s+[^,;]{1,100},\s+${FIXTURE_VERB}[^,;]*$`, "u");

/**
 * A verb in the simple present, third person, in the clause before `at` ("kicks off", "takes effect",
 * "resigns"), as the tagger marked verbs: by shape alone, "raise quotas on July 1" would read a plural noun as one.
 * Also "is" right before the date ("the final is Wednesday") and a verb of the calendar in a plural subject's bare present.
 */
/** A plan, a call for what is to come, or what falls due, told in the present before a day: "plan a demonstration … on ". */
// ("one supporter who is flying out on Monday", "the minister is travelling to Paris on Monday": a journey or a meeting in
// the present progressive is an arrangement.)
const PLANNED_IN_THE_PRESENT = /(?:\b(?:plan|plans|intend|intends|vow|vows|pledge|pledges)\s+(?:an?|the|to|their|its|his|her)\b[^;:“”"]{0,70}|\b(?:is|are)\s+(?:calling|appealing)\s+for\s[^;:“”"]{0,60}|\b(?:is|are|am)\s+(?:flying|travell?ing|leaving|arriving|heading|returning|visiting|meeting)(?:\s+(?:out|back|home|off|up|down|over|in))?(?:\s+(?:to|for|from|with|in)\s[^,;:“”"]{1,50}?)?|\bdue)\s+(?:on\s+)?$/;

function planVerbBefore(sentence: string, at: number, verbs: ReadonlyArray<readonly [number, number]>, scheduling = false): boolean {
  // "the final is Wednesday", "the vote is on Tuesday": what something is scheduled for.
  // ("My daughter's wedding is in December": a month too, "in" it.)
  if (/\b(?:is|are)\s+(?:on\s+|in\s+)?$/.test(sentence.slice(Math.max(0, at - 12), at))) return true;
  // ("Her new memoir is published by Harrow & Finch on Thursday": so is the day a work comes out or a contest is held.)
  if (!scheduling && /\b(?:is|are)\s+(?:\p{Ll}+ly\s+)?(?:published|released|launched|unveiled|premiered|screened|broadcast|aired|staged|held|played|contested|out)\s+(?:(?:by|at|in)\s+[^,;:.]{1,40}?\s+)?(?:on\s+)?$/u.test(sentence.slice(Math.max(0, at - 70), at))) return true;
  // ("schools are closed Monday for the holiday", "the office is shut on Friday": so is a day a place is open or shut.)
  if (/\b(?:is|are)\s+(?:closed|shut|open)\s+(?:on\s+)?$/.test(sentence.slice(Math.max(0, at - 20), at))) return true;
  // ("referred the matter to its Disciplinary Committee, which sits on Thursday": a body that sits on a day meets then.)
  if (/\b(?:committee|court|tribunal|panel|board|council|parliament|assembly|senate|commission|bench|jury)(?:,\s*which|\s+which|\s+that)?\s+(?:next\s+)?(?:sits|meets|convenes|reconvenes)\s+(?:again\s+)?(?:on\s+)?$/i.test(sentence.slice(Math.max(0, at - 60), at))) return true;
  // ("Rovers' next match is away to Bradford on Saturday": so is the day of what the subject calls next.)
  if (/(?:^|[\s"“‘])(?:next|upcoming)\s+(?:[\p{Ll}-]+\s+){0,2}(?:is|are)\s[^,;:.]*$/u.test(sentence.slice(Math.max(0, at - 80), at))) return true;
  const from = at - clauseBefore(sentence, at).length;
  // ("The strikers plan a demonstration outside the office on Saturday", "is calling for a day of action on Thursday", "rent
  // … due on Thursday": a plan, a call for what is to come, or what falls due, in the present.)
  if (!scheduling && PLANNED_IN_THE_PRESENT.test(sentence.slice(from, at))) return true;
  // A month is a long reach: only a verb of the calendar puts one ahead ("the decision follows the closure in June" does not).
  // ("The strike follows the collapse of talks on Wednesday night": a verb that ties the news to what went before plans nothing.)
  // ("Petrol now costs 85.57 shillings after the monthly review on Saturday": nor does a verb of a state that holds now.)
  const isPlan = (word: string) => /^\p{Ll}{2,}[^s\s]s$/u.test(word) && !/^(?:is|has|was|does|shows|suggests|seems|looks|remains|follows|marks|reflects|caps|echoes|mirrors|recalls|costs|retails|stands|sits|lies|means|depends|contains|owns|needs|knows|believes|feels)$/.test(word) && (!scheduling || SCHEDULING_VERB.test(word));
  // "The talks resume on Monday": a verb of the calendar after a plural subject, in its bare present.
  // ("They play the Tactix on Sunday", "Calderbrook, who host Redfern on Tuesday": a pronoun or "who" for a team.)
  // ("Wexley, who are 11th, play at home to Derwent County on Saturday": a team's name, a relative clause set off, then the verb.)
  // ("On Saturday the doors finally reopen": past an adverb in -ly.)
  const pluralPlan = (s: number, e: number) => SCHEDULING_VERB.test(`${sentence.slice(s, e)}s`) && (/(?:\p{Ll}+[^s\s']s|\b(?:[Tt]hey|[Ww]e|who|which))\s+(?:\p{Ll}+ly\s+)?$/u.test(sentence.slice(Math.max(0, s - 30), s)) || /^[^,]*,\s+(?:who|which)\s[^;.]*,\s+$/.test(sentence.slice(0, s)));
  // ("The seizure comes amid the crisis that led the government to declare a conflict on January 9": a relative clause in the
  // past between the plan's verb and the date tells of what was.)
  const pastBetween = (e: number) => /\b(?:that|which|who)\s+(?:had\s+)?(?:\p{Ll}+ed|led|brought|bought|caught|taught|took|went|sent|spent|made|gave|told|sold|found|broke|spoke|drew|threw|grew|knew|saw|began|came|became|held|left|kept|won|lost|fell|rose|forced)\b/u.test(sentence.slice(e, at));
  if (verbs.some(([s, e]) => s >= from && e <= at && (isPlan(sentence.slice(s, e)) || pluralPlan(s, e)) && !pastBetween(e))) return true;
  // ("Rangers face Cape Town City away on Saturday, while Mthatha host TS Galaxy": a team's fixture, in the bare present the
  // tagger reads as a noun.)
  // ("Castleford, already without three injured forwards, travel to Leeds on Friday night": with an aside after the team.)
  if (FIXTURE.test(sentence.slice(from, at)) || FIXTURE_AFTER_AN_ASIDE.test(sentence.slice(0, at))) return true;
  // ("Tsukuba Devices, which reports on Friday": a verb in -s right after "which" or "who", whatever the tagger made of it.)
  const relativeVerb = scheduling ? null : /\b(?:which|who)\s+(\p{Ll}{2,}[^s\s']s)\s+(?:on\s+)?$/u.exec(sentence.slice(from, at));
  if (relativeVerb && isPlan(relativeVerb[1]!)) return true;
  // "On Saturday night, after 15 months, the curtain goes up again": a date that opens the sentence, then the main
  // clause's first verb.
  // ("On Saturday the doors finally reopen": or with no comma, the first verb after the date, in the plural.)
  if (!/^\s*(?:[Oo]n|[Bb]y|[Ff]rom)?\s*$/.test(sentence.slice(0, at))) return false;
  const commaAfter = /^[^,]{0,24},/.test(sentence.slice(at));
  const main = commaAfter ? verbs.find(([s]) => s > at && /,/.test(sentence.slice(at, s))) : verbs.find(([s]) => s > at);
  return main !== undefined && (isPlan(sentence.slice(main[0], main[1])) || pluralPlan(main[0], main[1]));
}

function clauseBefore(sentence: string, at: number): string {
  const before = sentence.slice(0, at);
  return before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("—"), before.lastIndexOf(" – ")) + 1);
}

function interpret(sentence: string, result: chrono.ParsedResult, pub: Date | null, verbs: ReadonlyArray<readonly [number, number]>, caption: boolean): DateFinding | null {
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
  if (inAName(sentence, start, end, text)) return null;
  // "held every August", "each Monday": a recurrence, not a date.
  if (/\b(?:every|each)\s+$/i.test(sentence.slice(Math.max(0, start - 6), start)) && (WEEKDAY_ALONE.test(text) || MONTH_ALONE.test(text))) return null;

  const approximate = APPROXIMATE_BEFORE.test(sentence.slice(Math.max(0, start - 24), start)) || /\b(early|late|mid)\b/i.test(text);
  // "closed until Friday": a weekday as the end of a state that still holds lies ahead.
  // "the November 8 poll", "the Feb. 14 attack": a date that qualifies a noun.
  // ("the end of March under plans …": "the" opens the part of the month, and a preposition follows it, no noun.)
  const attributive = /\bthe\s+$/i.test(sentence.slice(Math.max(0, start - 4), start)) && /^\s+\p{Ll}/u.test(sentence.slice(end, end + 3)) && !/^(?:end|start|beginning|middle)\b/i.test(text) && !/^\s+(?:under|in|on|at|for|with|by|after|before|as|when|and|or|but|to|from|of|if|unless|despite)\b/.test(sentence.slice(end, end + 10));
  // "did not get under way until Tuesday" is the day it did; "closed until Friday" holds until a day ahead.
  const dateLead = sentence.slice(Math.max(0, start - 8), start);
  const clause = clauseBefore(sentence, start);
  // ("runs until 7am on Wednesday": a clock time may stand between.)
  // ("closed … until at least Wednesday": a bound that may be pushed back is a bound all the same.)
  // ("I was that man until Saturday": not what someone was until then, in the past, a noun after the verb.)
  const wasUntil = /\b(?:was|were)\s+(?:(?:still|only|just)\s+)?(?:a|an|the|that|this|his|her|their|my|our|its)\s[^,;:]*$/i.test(clause);
  const until = (/\b(until|till)\s+(?:at\s+least\s+)?$/i.test(sentence.slice(Math.max(0, start - 18), start)) || /\b(?:until|till)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|GMT|BST)?\s+on\s+$/i.test(sentence.slice(Math.max(0, start - 26), start))) && !NEGATED.test(clause) && !wasUntil;
  // "remanded in custody to July 13", "the hearing was adjourned until May 2": a date something is put off to lies ahead.
  const putOff = /\b(?:to|until|till)\s+$/i.test(dateLead) && PUT_OFF.test(clause);
  // "declared a day of national mourning for Thursday": a day something is set for lies ahead.
  // ("The government declared three days of national mourning, beginning on Wednesday": so is the day a period declared or
  // ordered starts from.)
  // ("The city council declared Thursday a day of mourning": or the weekday declared one.)
  const declaredADay = /\b(?:declared|declares|proclaimed|named)\s+$/i.test(sentence.slice(Math.max(0, start - 12), start)) && /^\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}(?:day|holiday)\b/u.test(sentence.slice(end, end + 40));
  // ("Sheriff Dwayne Teague, who drove to Santa Fe for Wednesday's vote": a happening someone went to in the past is no plan.)
  const wentFor = /^['’]s\b/.test(sentence.slice(end, end + 3)) && /\b(?:drove|flew|travell?ed|came|arrived|gathered|turned\s+out|showed\s+up|returned|went|headed|stayed|queued|lined\s+up)\b[^.;:!?]{0,60}\bfor\s+$/i.test(sentence.slice(Math.max(0, start - 80), start));
  const setFor = has("weekday") && !has("day") && !wentFor && (declaredADay || /\bfor\s+$/i.test(dateLead) || (/\b(?:beginning|starting|commencing|from|effective)\s+(?:on\s+|from\s+)?$/i.test(sentence.slice(Math.max(0, start - 16), start)) && DECLARED_A_PERIOD.test(sentence.slice(0, start))));
  // "were told to demobilize by Dec. 15", "is unlikely to happen before Sunday": what someone is told, means or is due to do
  // is the nearest such day, whatever the tense of the telling.
  // (A deadline, "by" or "before", lies ahead; after a telling in the past, "on Monday" may say when the telling was.)
  const planned = !putOff && !setFor && !until ? INFINITIVE_PLAN.exec(sentence.slice(Math.max(0, start - 100), start)) : null;
  // ("had been due to deliver his address on Tuesday night" was a plan in the past: "due" and "likely" look ahead after "is".)
  // ("full production expected by mid-June": what is expected or due by a day lies ahead.)
  const expectedBy = /(?<!\bthan\s)\b(?:expected|due|scheduled|slated)\s+(?:by|before|in)\s+(?:the\s+)?(?:mid-?\s*)?$/i.test(sentence.slice(Math.max(0, start - 30), start)) || SET_TO_HAPPEN.test(sentence.slice(Math.max(0, start - 70), start));
  const ahead = expectedBy || planned !== null && (/^(?:by|before|through|until|till)$/i.test(planned[2]!) || /^(?:plans|aims|hopes|wants|intends|threatens|threatened|threatening)$/.test(planned[1]!) || (/^(?:due|likely|unlikely|expected|scheduled|slated|set)$/.test(planned[1]!) && /\b(?:is|are|be|remains?)\s+$/.test(sentence.slice(Math.max(0, start - 100), start).slice(0, planned.index))));
  // "ending his hopes of competing at the Paris Olympics in July", "in time for the Olympic trials in July", "listed the matter
  // for hearing on November 19": what one hopes for, is in time for, or a court has set down lies ahead.
  // ("ahead of the August general election": a vote or a summit the month names, that something comes ahead of, lies ahead.)
  const prospect = prospectBefore(sentence, start) || (attributive && /\bahead of\s+the\s+$/i.test(sentence.slice(Math.max(0, start - 14), start)) && APPOINTED_AFTER.test(sentence.slice(end, end + 40)));
  // ("a dividend of 57.5 cents, payable Jan. 15", "effective from March 1": what a payment or a rule comes into lies ahead.)
  const payable = /\b(?:payable|effective|redeemable)\s+(?:on\s+|from\s+|by\s+)?$/i.test(sentence.slice(Math.max(0, start - 20), start));
  // (A caption's present shows what happened: "A boy cools off in an irrigation canal on 14 May. Photograph: …".)
  const told = () => {
    const tense = tenseAround(sentence, start, end, verbs);
    return caption && tense === "present" ? "past" : tense;
  };
  // ("Gunfire could be heard until Monday afternoon", "Nobody could tell me until Sunday lunchtime": what could be sensed, or
  // what nobody could do, is told of as it was, and ended on the day gone by.)
  const couldThen = until && COULD_OF_THE_PAST.test(clause);
  // ("had frozen hiring of new first officers until at least March": an end not yet known lies ahead.)
  const openEnded = /\b(?:until|till)\s+at\s+least\s+(?:the\s+)?(?:end\s+of\s+|middle\s+of\s+|mid-?\s*)?$/i.test(sentence.slice(Math.max(0, start - 30), start));
  const around = (has("weekday") && !has("day") && until && !couldThen) || openEnded || putOff || setFor || ahead || prospect || payable ? "future" : told();
  // "will be dry and continue through Tuesday", "by Tuesday morning we are aiming to resume": a day that a present state runs to, or a deadline, lies ahead.
  // "$50 million is needed by July": so is a month with no year.
  // ("is open for consultation until 29 April": and a day a present state lasts until.)
  const aheadOfAState = (has("weekday") && !has("day")) || (has("month") && !has("year") && (!has("day") || until));
  const tense = around === "present" && aheadOfAState && /\b(?:through|by|until|till)\s+$/i.test(dateLead) ? "future" : around;
  // Whatever will or would happen to "the November 8 poll", the poll itself is the nearest November 8.
  // "OPEC had announced June 3 it would raise output on July 1": a future seen from a past day is the nearest July 1, which may be past by now.
  // ("She said she had travelled 14 hours for a hip replacement scheduled for June 8": so is one seen from a past perfect.)
  // ("The launch had originally been scheduled for September 18", told on September 26: an adverb may stand in it.)
  // ("A decision is due by the end of March, and any merged school would open on September 1st": a "would" with nothing
  // reported before it is a plan's own, still ahead.)
  // ("said it would restore its recognition of the club from 1 September", told in February: not when that day is half a year
  // gone and the telling names no day of its own, which would have put it then.)
  const longGone = has("month") && pub !== null && pub.getTime() - nearestYear(pub, known.month!, known.day ?? 1, "past").getTime() > 92 * 86_400_000 && !SAYING_DATED.test(sentence.slice(0, start));
  const reportedFuture = tense === "future" && has("day") && !putOff && ((/\bwould\b/i.test(clause) && REPORTED_BEFORE.test(sentence.slice(0, start)) && !longGone) || /\bhad\s+(?:\p{Ll}+ly\s+)?(?:been\s+)?\p{Ll}{3,}(?:ed|en|wn|ught|lt)\b/u.test(clause)) && !/\b(will|shall)\b|['’]ll\b/i.test(sentence);
  // "declared Oct. 20 a day of mourning": a day given a name is the nearest such day, whatever the tense of the giving.
  // ("The court fixed Aug 26 for mention", "set March 3 as the date of the vote": so is a day chosen for what is to be done on it.)
  // ("with January 30 as the record date", "announced a re-test on May 22": a day named as a thing's, or a thing announced
  // or set for a day.)
  // ("He said Thursday would be declared a day of mourning": or one that will be declared such a day.)
  const toBeDeclaredADay = /^\s+(?:will|would|shall)\s+be\s+(?:declared|designated|observed\s+as|marked\s+as)\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}(?:day|holiday)\b/u.test(sentence.slice(end, end + 60));
  const designated = toBeDeclaredADay || /^\s+(?:as\s+)?an?\s+(?:[\p{Ll}-]+\s+){0,2}(?:day|holiday)\b/u.test(sentence.slice(end, end + 40)) || /^\s+as\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:date|deadline|day)\b/u.test(sentence.slice(end, end + 40)) || (/\b(?:announced|scheduled|called|ordered|proposed|set)\s+(?:a|an|the|its|their|fresh|new)\s+(?:[\p{L}-]+\s+){0,3}(?:on|for)\s+$/u.test(sentence.slice(Math.max(0, start - 60), start)) && !ANNOUNCED_NO_HAPPENING.test(sentence.slice(Math.max(0, start - 60), start))) || (/\b(?:fixed|set|listed|appointed|picked|chose|chosen|named|earmarked)\s+$/i.test(sentence.slice(Math.max(0, start - 12), start)) && /^\s+(?:for|as)\s/.test(sentence.slice(end, end + 5)));
  // "The Jan. 17 temblor split the wall", "the Sept. 11 attacks": a disaster a date names has happened (an irregular verb
  // such as "split" tells no tense).
  // ("a 22 percent premium to the closing price on Friday": a market's close is always one gone.)
  // ("over the refereeing of the 1-1 draw with Venezuela on Tuesday", "the 2-1 loss to Paraguay on Tuesday night": a result
  // with its score was played; "up from 212 on Sunday": a count compared with an earlier one was that count then.)
  // ("Radwan beat Nadia 3-1 in the final at the National Squash Centre on Nov 24": a side beaten by a score was beaten.)
  const played = /\b\d{1,2}-\d{1,2}\s+(?:home\s+|away\s+)?(?:draw|loss|defeat|win|victory|thrashing|rout)\b[^,;.]{0,40}\s+(?:on\s+)?$/i.test(sentence.slice(Math.max(0, start - 60), start)) || /\b(?:beat|defeated|edged|thrashed|routed|downed|overcame)\s+[^,;.]{1,40}?\s\d{1,2}-\d{1,2}\b[^;.]{0,80}\s+(?:on\s+)?$/i.test(sentence.slice(Math.max(0, start - 140), start)) || /\b(?:up|down)\s+from\s+(?:about\s+|around\s+)?[\d,.]+\s+(?:\p{Ll}+\s+)?(?:on|at|by)\s+$/iu.test(sentence.slice(Math.max(0, start - 40), start));
  // ("in Saturday's Super Rugby defeat to the Bulls", "Monday's quake": a result or a disaster a weekday owns has happened.)
  const owned = /^['’]s\s/.test(sentence.slice(end, end + 3)) ? sentence.slice(end + 2, end + 60) : null;
  const happenedThatDay = owned !== null && has("weekday") && (HAPPENING_AFTER.test(owned) || RESULT_AFTER.test(owned));
  // ("The loss comes months after the agency's launch of 104 satellites in February": what the news comes after has happened.)
  const cameAfter = /\b(?:comes|come|came|follows|followed)\s+(?:(?:just|only|barely|\p{Ll}+ly)\s+)?(?:(?:a\s+|two\s+|three\s+|several\s+|a\s+few\s+)?(?:days?|weeks?|months?|years?)\s+)?(?:after|on the heels of)\s[^.;:!?,]*$/iu.test(sentence.slice(Math.max(0, start - 160), start));
  // ("The ban is backdated to March 5": what something is backdated to lies before the telling, whatever follows.)
  const backdated = /\bback-?dated\s+(?:to|from)\s+$/i.test(sentence.slice(Math.max(0, start - 20), start));
  // ("The arrests on Sunday will not end this dispute": a happening the weekday is told of after, with "the", has happened.)
  const happenedOnThatDay = has("weekday") && !has("day") && HAPPENING_ON_BEFORE.test(sentence.slice(0, start));
  // ("The ban runs from March 28, the day Verhaegen was provisionally suspended": a day an apposition tells of in the past.)
  // ("The reduced ban runs from February 16, when stewards first disqualified him": or a clause of "when" in the past.)
  const toldOfAsPast = /^,\s+(?:the\s+(?:day|date)\s+(?:on\s+which\s+|when\s+|that\s+)?[^,;.]{1,60}?\b(?:was|were|had)\b|when\s+(?![^,;.]*\b(?:will|would|is|are|has|have)\b)(?:[\p{L}'’-]+\s+){1,3}?(?:\p{Ll}+ly\s+|first\s+)?(?:was|were|had|\p{Ll}{2,}ed)\b)/iu.test(sentence.slice(end, end + 90));
  const happened = played || happenedThatDay || happenedOnThatDay || cameAfter || backdated || toldOfAsPast || (attributive && HAPPENING_AFTER.test(sentence.slice(end, end + 40))) || /\b(?:closing (?:price|level|rate|value)|(?:the|its|their) close)\s+(?:on|of)\s+$/i.test(sentence.slice(Math.max(0, start - 24), start));
  // "the June 7 general election", "the Nov. 4 vote": a date that names a happening set for it is the nearest such day.
  // (Only one up to three months ahead: "the campaign for the September 9 general election", told in July; "winner of the
  // February 23 election", told in September, was this year's.)
  const appointed = attributive && APPOINTED_AFTER.test(sentence.slice(end, end + 40)) && has("month") && has("day") && pub !== null && within(pub, known.month!, known.day!, 92);
  // ("The council's cabinet agreed yesterday to close the pool on March 31": what a body agreed or decided to do on a day of
  // the calendar is the nearest such day, whatever the tense of the deciding.)
  // ("the union voted to strike on 24 January", told on January 30: so is what it voted to do on a day, which may be done by
  // now; not a deadline, "agreed to extend the pilot through June", which lies ahead.)
  const decided = planned !== null && /^(?:agreed|decided|voted)$/.test(planned[1]!) && has("month") && (tense === "past" || (tense === "future" && !ahead));
  // ("said it had temporarily waived duties on imports until 31 March", told in January: the day a state set in the past
  // lasts until is the nearest such day, which may be ahead.)
  const lastsUntil = until && tense === "past" && has("month") && has("day");
  // ("Traders announced a shutter-down strike for Saturday": a weekday something is set for is the coming one, announced or not.)
  // ("face an average bill rise of 8.6% from April", "capped household electricity prices at CZK 6 per kilowatt-hour from
  // January": the month a new state of things starts from, ending its clause, is the nearest such month, whatever the tense
  // of the telling.)
  const startsFrom = has("month") && !has("day") && !has("year") && /\bfrom\s+$/i.test(dateLead) && /^\s*(?:onwards?\s*)?(?:[,.;:]|$)/.test(sentence.slice(end)) && !/\b(?:had|since|fell|rose|dropped|climbed|declined|increased|decreased|grew|dating|dates|dated)\b/i.test(clause);
  // ("The league called off Sunday's double-header", told on the Monday; "Organisers canceled Sunday's full marathon", told on
  // the Saturday: a happening called off by its day's name had not been held when it was called off, but the news of it comes
  // near the day, so it is the nearest such day, gone or ahead.)
  // ("has suspended all Super League matches in Blantyre, including Saturday’s sold-out derby": or one of what was called off.)
  const calledOff = has("weekday") && !has("day") && /\b(?:cancell?ed|called\s+off|scrapped|postponed|suspended)\s+(?:[^.;:!?]{0,80}?,?\s+including\s+)?$/i.test(sentence.slice(Math.max(0, start - 110), start)) && /^['’]s\b/.test(sentence.slice(end, end + 3));
  const dateTense = happened ? "past" : ((attributive || reportedFuture) && tense === "future" && !prospect) || (designated && !setFor) || appointed || decided || lastsUntil ? "present" : tense;
  const mention = (resolved: ResolvedDate | null): DateFinding => ({ expression: text, start, end, resolved });
  // "The law takes effect on Jan. 1", "the minister resigns on Friday": a present verb that reports nothing states a plan.
  // Not in a headline (no full stop), whose present tells the news: "Inflation hits 5% in March".
  // ("Rival Tsukuba Devices, which reports on Friday, cut its forecast": a company that reports on a day has its results day then.)
  const statesAPlan = (scheduling = false) => tense === "present" && !REPORTING_PRESENT.test(sentence.replace(RESULTS_DAY, "")) && /[.!?]["”’]?\s*$/.test(sentence) && planVerbBefore(sentence, start, verbs, scheduling);

  // "by the end of September next year": a month inside the relative year is that month of it.
  if (has("month") && has("year") && /\b(?:next|last|this) year$/i.test(text)) return mention(month(known.year!, known.month!, approximate));
  if (RELATIVE.test(text)) {
    // "the next year" counts from the date named before it, not from publication (see FOLLOWING).
    if (/^(next|last|previous|following)\b/i.test(text) && /\bthe\s+$/i.test(sentence.slice(Math.max(0, start - 5), start))) return null;
    if (!pub) return mention(null);
    return mention(resolveRelative(text, result, pub, approximate));
  }
  if (has("year") && has("month") && has("day")) return mention(day(ymd(known.year!, known.month!, known.day!), approximate));
  if (has("year") && has("month")) return mention(month(known.year!, known.month!, approximate));
  if (has("year") && !has("weekday")) return mention({ value: String(known.year), precision: "year", approximate });
  // "from March to May 2022", "between October and December 2023": a span's start takes its year from the span's end.
  const spanYear = has("month") && !has("weekday") ? yearOfTheSpansEnd(result, sentence.slice(end), known.month!) : null;
  if (spanYear !== null) return mention(has("day") ? day(ymd(spanYear, known.month!, known.day!), approximate) : month(spanYear, known.month!, approximate));
  if (!pub) return mention(null);
  // "on March 3 last year", "October of next year": the year comes as a relative expression right after the date.
  const relativeYear = has("month") ? RELATIVE_YEAR_AFTER.exec(sentence.slice(end)) : null;
  if (relativeYear) {
    const year = yearToldRelatively(pub, relativeYear[1]!);
    const full = end + relativeYear[0].length;
    return { expression: sentence.slice(start, full), start, end: full, resolved: has("day") ? day(ymd(year, known.month!, known.day!), approximate) : month(year, known.month!, approximate) };
  }
  if (has("month") && has("day")) {
    // "Monday, Feb. 26": the weekday tells the year, whatever the tense says.
    const named = has("weekday") ? yearOfWeekday(pub, known.month!, known.day!, known.weekday!) : null;
    // "The law takes effect on Jan. 1": a plan still to come ("the report offers an account of the June 22 crash" tells of one gone).
    // ("The ban runs from June 1 to July 31", told on June 2: a span that has begun and not ended is this one.)
    const plan = statesAPlan() && !happened;
    const spanEnds = plan && !named ? spanEnd(result) : null;
    if (spanEnds) {
      const endYear = nearestYear(pub, spanEnds.month, spanEnds.day, "future").getUTCFullYear();
      return mention(day(ymd(known.month! * 100 + known.day! > spanEnds.month * 100 + spanEnds.day ? endYear - 1 : endYear, known.month!, known.day!), approximate));
    }
    // ("announced a re-test on May 22", told on May 10: a day a few weeks ahead, in a sentence told in the past, is a plan made,
    // not a day eleven months gone, which the text would have given its year.)
    // (Not in a clause a year is set in: "Last year's agreement was reached on Dec 20", told on December 6.)
    const soon = dateTense === "past" && !happened && within(pub, known.month!, known.day!, 45) && !/\b(?:last|previous|that)\s+year\b|\b(?:1[89]|20)\d\d\b/i.test(sentence);
    // ("About 2,900 residents were ordered to leave on July 14, when the fire made a run", told on July 23: an order told in
    // the past for a day a few weeks gone is that day, not one eleven months ahead.)
    // ("Schools, which were due to reopen on Jan. 8, will stay closed", told on January 9: so is a plan told in the past.)
    const orderedJustBefore = dateTense === "future" && !plan && /\b(?:was|were)\s+(?:\w+\s+)?(?:ordered|told|asked|forced|urged|advised|instructed|due|scheduled|slated|supposed|meant|expected)\s+to\b/i.test(sentence) && !within(pub, known.month!, known.day!, 300);
    // ("A separate measure reducing the fleet … from October 1 was then approved", told in July: what a decision told in the
    // past starts from, a few months ahead, is still to come.)
    const startsAfterADecision = dateTense === "past" && /\bfrom\s+$/i.test(sentence.slice(Math.max(0, start - 6), start)) && DECIDED.test(sentence) && within(pub, known.month!, known.day!, 200) && !/\b(?:1[89]|20)\d\d\b/.test(sentence);
    return mention(day(named ?? nearestYear(pub, known.month!, known.day!, plan || soon || startsAfterADecision ? "future" : orderedJustBefore ? "past" : dateTense), approximate));
  }
  if (has("month")) {
    // "Candidate filing opens in March": a plan still to come.
    // ("acceded to the throne last January", told on January 3: "last" and "next" never mean the month the text stands in.)
    const relation = /\b(last|next)\s+$/i.exec(sentence.slice(Math.max(0, start - 6), start))?.[1]?.toLowerCase();
    if (relation && known.month === pub.getUTCMonth() + 1) return mention(month(pub.getUTCFullYear() + (relation === "last" ? -1 : 1), known.month, approximate));
    // ("is expected to attract interest when the January window opens", told in October: a month that names what lies ahead is
    // the nearest such month, which may be next year's.)
    const monthsAhead = (known.month! - pub.getUTCMonth() - 1 + 12) % 12;
    const nearAhead = (attributive && tense === "future" && !happened && monthsAhead <= 5) || (startsFrom && monthsAhead > 0 && monthsAhead < 6);
    // ("He was to be married in December", told in October; "The vote was to be held in March but was postponed", told in June: a
    // plan told in the past is for the nearest such month, ahead or gone.)
    const plannedThen = /\b(?:was|were)\s+(?:\p{Ll}+ly\s+)?to\s+(?:have\s+been\s+|be\s+)?\p{Ll}+\b[^.;:!?]*$/u.test(sentence.slice(0, start)) && !happened;
    if (plannedThen) return mention(monthWithoutYear(pub, known.month!, monthsAhead <= 6 ? "future" : "past", approximate));
    return mention(monthWithoutYear(pub, known.month!, (statesAPlan(true) && !happened) || nearAhead ? "future" : dateTense, approximate));
  }
  if (has("weekday")) {
    // "later Friday" is later on the day the story is told from, the nearest Friday: the publication day itself
    // ("would leave Baghdad later Friday", written on that Friday), or the day before ("later Sunday night" in a Monday story).
    // Told in the past, it is the last such day ("was arrested later Saturday morning", in a Wednesday story).
    // ("issued later on Wednesday": with "on" too.)
    if (/\blater\s+(?:on\s+)?$/i.test(sentence.slice(Math.max(0, start - 10), start))) {
      const past = dateTense !== "future" && known.weekday !== pub.getUTCDay();
      return mention(day(past ? weekday(pub, known.weekday!, "past", text) : nearestWeekday(pub, known.weekday!), approximate));
    }
    // ("He said Thursday would be declared a day of mourning", told on a Wednesday: a weekday given a name is the nearest one.)
    if (toBeDeclaredADay || calledOff) return mention(day(nearestWeekday(pub, known.weekday!), approximate));
    // "results are due on Tuesday afternoon", written on that Tuesday: later the same day.
    const laterToday = known.weekday === pub.getUTCDay() && /\b(?:morning|afternoon|evening|night)\b/i.test(text);
    // "The match starts on Saturday", "the final is Wednesday": a plan, the coming such day ("the ministry says Sunday"
    // reports what was said, the last one).
    const scheduled = !/\b(?:last|this|next|coming|past)\b/i.test(text) && statesAPlan() && !happened;
    // "last Tuesday week" (British and Irish English): the Tuesday a week before last Tuesday.
    const weekBefore = /^last\s/i.test(text) ? /^\s+week\b/i.exec(sentence.slice(end)) : null;
    if (weekBefore) {
      const full = end + weekBefore[0].length;
      return { expression: sentence.slice(start, full), start, end: full, resolved: day(new Date(weekday(pub, known.weekday!, "past", text).getTime() - 7 * 86_400_000), approximate) };
    }
    // "travel to Italy to face Benetton on Saturday week": the Saturday a week after the coming one.
    // (Not where the day follows: "is due on Monday week, 2 December" is read by the day.)
    const weekAfter = !/^(?:last|this|next|coming|past)\s/i.test(text) ? WEEK_AFTER.exec(sentence.slice(end)) : null;
    if (weekAfter) {
      const full = end + weekAfter[0].length;
      return { expression: sentence.slice(start, full), start, end: full, resolved: day(new Date(weekday(pub, known.weekday!, "future", text).getTime() + 7 * 86_400_000), approximate) };
    }
    // ("The title fight, set for Saturday night, was called off on Friday", told on a Sunday: a plan told as called off was
    // for the nearest such day, most often one now gone.)
    if (setFor && CALLED_OFF.test(sentence)) return mention(day(nearestWeekday(pub, known.weekday!), approximate));
    // ("The ship had been due to reach Amsterdam on Wednesday", told on a Tuesday: a plan told in the past perfect, for a weekday,
    // was for the nearest such day, ahead or gone.)
    // (Not one the text tells as next or last: "had been due to begin clearing the site next Monday".)
    if (/\bhad\s+been\s+(?:due|scheduled|set|expected|supposed|meant|slated)\s+(?:to|for)\b/i.test(sentence.slice(0, start)) && !/\b(?:last|this|next|coming|past)\b/i.test(text)) return mention(day(nearestWeekday(pub, known.weekday!), approximate));
    // ("I was supposed to surprise my mother on her birthday this Saturday": a plan told in the past.)
    const plannedInThePast = /\b(?:was|were)\s+(?:supposed|due|scheduled|meant|set|expected|planning|hoping)\s+to\b|\bhad\s+(?:planned|hoped|intended)\s+to\b/i.test(sentence);
    return mention(day(laterToday ? pub : weekday(pub, known.weekday!, scheduled ? "future" : dateTense, text, plannedInThePast), approximate));
  }
  return null;
}

/** " week" after a weekday, British for the one a week after it, unless a date of the month follows to say which. */
const WEEK_AFTER = new RegExp(String.raw`^\s+week\b(?![-'’])(?!,?\s+(?:\d|(?:${MONTHS})\b))`, "i");

/** A month, a day perhaps and a year that end a span after its start: " and December 2023", " to May 5, 2022". */
const SPANS_END_WITH_A_YEAR = new RegExp(String.raw`^\s*(?:and|to|through|until|till|-|–|—)\s*(${MONTHS})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+((?:1[89]|20)\d\d)\b`);

/**
 * The year a span's start falls in, where only its end gives one: the end's year, or the year before for a span that runs
 * over the new year ("from October to January 2024").
 */
function yearOfTheSpansEnd(result: chrono.ParsedResult, after: string, startMonth: number): number | null {
  const end = result.end;
  const written = end?.isCertain("year") && end.isCertain("month") ? { month: end.get("month")!, year: end.get("year")! } : null;
  const following = written ? null : SPANS_END_WITH_A_YEAR.exec(after);
  const spanEnd = written ?? (following ? { month: monthIndexOf(following[1]!) + 1, year: Number(following[2]) } : null);
  if (!spanEnd) return null;
  return startMonth <= spanEnd.month ? spanEnd.year : spanEnd.year - 1;
}

/** The month and day a span read as one ("from June 1 to July 31") ends on, when chrono-node found one with no year. */
function spanEnd(result: chrono.ParsedResult): { month: number; day: number } | null {
  const end = result.end;
  if (!end || !end.isCertain("month") || !end.isCertain("day") || end.isCertain("year")) return null;
  return { month: end.get("month")!, day: end.get("day")! };
}

/**
 * A weekday or a month that is part of a name, not a date: "the Sunday Times", "the Good Friday
 * Agreement", "on Black Friday", "April Jones". Only a bare weekday or month is checked; a date
 * with a day or year ("Friday, June 9") is a date whatever stands around it.
 */
function inAName(sentence: string, start: number, end: number, text: string): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  const nextCapitalised = /^\s+\p{Lu}\p{Ll}/u.test(after) && !NEXT_IS_A_DATE.test(after);
  if (WEEKDAY_ALONE.test(text)) {
    // A capitalised word between an article or preposition and the weekday ("the Good Friday
    // Agreement", "on Black Friday"); "told CNN Sunday" is a date.
    const namePart = /\b(?:[Tt]he|[Aa]n?|[Oo]n|[Oo]f|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|[Bb]y|[Ff]or)\s+\p{Lu}\p{Ll}[\p{L}'’-]*\s+$/u.test(before);
    return namePart || (/\bthe\s+$/i.test(before) && nextCapitalised);
  }
  // "April Jones", "June Carter": a month name before a capitalised word is a first name ("In November Brantwood won a
  // contract": not after a preposition of time).
  return MONTH_ALONE.test(text) && nextCapitalised && !/\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Dd]uring|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate)\s+$/.test(before);
}

function resolveRelative(text: string, result: chrono.ParsedResult, pub: Date, approximate: boolean): ResolvedDate | null {
  const lower = text.toLowerCase();
  const shift = (days: number) => new Date(pub.getTime() + days * 86_400_000);
  if (/\byesterday\b/.test(lower)) return day(shift(-1), approximate);
  if (/\btomorrow\b/.test(lower)) return day(shift(1), approximate);
  if (/\b(today|tonight|this (morning|afternoon|evening))\b/.test(lower)) return day(pub, approximate);
  const unit = /\b(week|month|year)s?\b/.exec(lower)?.[1];
  const direction = /\b(last|past|previous)\b/.test(lower) ? -1 : /\b(next|coming)\b/.test(lower) ? 1 : 0;
  if (/\bago\b/.test(lower)) return periodOf(result.start.date(), unit ?? "day", approximate);
  if (unit === "week") {
    // "on Tuesday last week", "Friday of next week": that day of the week named.
    const named = WEEKDAY_NAMES.findIndex((name) => new RegExp(`\\b${name}\\b`).test(lower));
    const week = shift(7 * direction);
    if (named >= 0) return day(new Date(week.getTime() + (((named + 6) % 7) - ((week.getUTCDay() + 6) % 7)) * 86_400_000), approximate);
    return { value: isoWeek(week), precision: "week", approximate };
  }
  if (unit === "month") {
    const m = pub.getUTCMonth() + direction;
    return month(pub.getUTCFullYear() + Math.floor(m / 12), ((m % 12) + 12) % 12 + 1, approximate);
  }
  if (unit === "year") return { value: String(pub.getUTCFullYear() + direction), precision: "year", approximate };
  return null;
}
