import type { Event, Fact, Figure } from "../schema/index.js";
import { MONTH_NAMES, WEEKDAY_NAMES } from "./calendar.js";
import { findDates } from "./dates.js";
import { lastIndexAtOrBefore, type ArticleDoc, type Sentence } from "./document.js";
import { factId } from "./ids.js";
import { isMostlyCapitalised } from "./names.js";
import { CURRENCY_CODES, findNumbers, GLUED_CURRENCIES, LONE_CAPITAL_CURRENCY, MAY_HOLD_A_NUMBER, type NumberMention } from "./numbers.js";
import { sourceRef } from "./refs.js";
import type { ExtractContext } from "./types.js";

/** Units of measure and money, longest first so "square kilometers" wins over "kilometers". */
const UNIT_WORDS = [
  "square kilometres", "square kilometers", "square miles", "square metres", "square meters", "sq km", "sq mi", "sq m", "sqm",
  "per cent", "percent", "percentage points", "basis points", "basis point", "bps", "bp", "pct", "pc", "%",
  "kilometres", "kilometers", "kilometre", "kilometer", "kms", "km", "miles", "mile", "metres", "meters", "metre", "meter", "m",
  "millimetres", "millimeters", "mm", "centimetres", "centimeters", "cm", "inches", "inch", "feet", "foot", "ft",
  "tonnes", "tons", "tonne", "ton", "t/y", "tpa", "kt", "Mt", "t", "kilograms", "kg", "pounds", "lbs", "barrels",
  "megapixels", "pixels", "GB", "MB", "TB", "GHz", "MHz", "kHz", "Hz", "mph", "km/h", "kilovolts", "volts", "kV",
  "grams", "gram", "milligrams", "mg", "millilitres", "milliliters", "ml",
  "megawatts", "gigawatts", "kilowatts", "MWh", "GWh", "TWh", "kWh", "MW", "GW", "kW", "hectares", "hectare", "ha", "acres", "acre",
  "litres", "liters", "gallons", "square feet", "sq ft",
  "hours", "hour", "minutes", "minute", "seconds", "secs", "sec", "days", "day", "weeks", "week", "months", "month", "years", "year",
  "points", "U.S. cents", "U.S.cents", "US cents", "Australian cents", "Canadian cents", "New Zealand cents", "Singapore cents", "Hong Kong cents", "euro cents", "cents", "cent", "dollars", "dollar", "euros", "pounds sterling", "yuan", "yen", "rupees",
  "pence", "p", "paise", "sen", "centavos", "centavo", "rupiah", "rand", "naira", "pesos", "shillings", "ringgit", "baht", "rubles", "roubles", "lira", "francs", "kronor", "kroner",
  "dinars", "dirhams", "riyals", "zloty",
];
/** Degrees after a reading, the letter glued on or after the sign: "43.6C", "104 °F". */
const DEGREES_AFTER = /^(?:\s?[°º]\s?([CF])|([CF]))\b/;
const UNIT_AFTER = new RegExp(String.raw`^(?:[\s-]*)(${UNIT_WORDS.map((w) => w.replaceAll(".", "\\.")).join("|")})(?![\p{L}])`, "iu");

// The letters before "$" must start a word ("US$", "A$"); a bare "$" needs no word before it; "$US220,000".
// A currency written before its amount, glued or not ("Sh5,000", "Rs. 100"), or a lone capital glued to one (see isFigure).
const CURRENCY_BEFORE = new RegExp(String.raw`(?:(?:\b(?:US|USD|A|AU|C|CA|NZ|HK|S|R))?\$(?:US|A|NZ|C)?|€|£|¥|₹|₦|₱|₩|₺|₽|\b(?:${CURRENCY_CODES}|Rs\.|${GLUED_CURRENCIES})\s?|\b${LONE_CAPITAL_CURRENCY})$`);
const LONE_CAPITAL_BEFORE = new RegExp(String.raw`\b${LONE_CAPITAL_CURRENCY}$`);

const QUALIFIERS = [
  "more than", "over", "up to", "about", "around", "some", "nearly", "almost", "at least", "at most",
  "approximately", "roughly", "fewer than", "less than", "under", "as many as", "an estimated", "estimated", "close to", "upwards of",
];
const QUALIFIER_BEFORE = new RegExp(String.raw`\b(${QUALIFIERS.join("|")})\s+$`, "i");

/** Speech and reporting verbs that name who gives a figure. */
const SAYS = /\b(said|says|reported|reports|estimated|estimates|told|announced|announces|claimed|claims|stated|states|confirmed|confirms)\b/g;
const ACCORDING_TO = /\baccording to ((?:the )?[\p{Lu}][\p{L}.'’&-]*(?:\s+(?:of |for |the )?[\p{Lu}][\p{L}.'’&-]*)*)/u;
/** Sayers that are roles rather than names: "a Kurdish spokeswoman says", "police said". */
const ROLE_NOUN = /\b(spokes(?:man|woman|person)|officials?|police|ministry|minister|agency|army|military|government|observatory|group|monitor|witnesses|sources|analysts?|residents|doctors|medics|activists)$/i;

/**
 * Counts and measures worth a key-figures box: value, unit, what is counted, qualifier and who
 * says so. Years, dates, times, ordinals and the numbers in names (iPhone 4, Division 17,
 * S&P 500, Flight 574) are not figures.
 */
export default function figures(doc: ArticleDoc, ctx: ExtractContext): Fact[] {
  const candidates: Array<{ sentence: Sentence; number: NumberMention; verdict: Verdict }> = [];
  // Dates hold numbers that are not figures ("5 November"), but a duration counted back ("two weeks
  // ago") or from another happening ("two years after the tribunal was set up") is one. The events
  // step has already found every date; without it, find them here.
  const events = ctx.facts.filter((f): f is Event => f.kind === "event");
  const eventsBySentence = new Map<number, Event[]>();
  for (const event of events) {
    const start = event.sources[0]!.start;
    const list = eventsBySentence.get(start);
    if (list) list.push(event);
    else eventsBySentence.set(start, [event]);
  }
  const datesIn = (sentence: Sentence) =>
    events.length > 0
      ? (eventsBySentence.get(sentence.start) ?? []).map((e) => ({ expression: e.date.expression, start: e.date.start - sentence.start, end: e.date.end - sentence.start }))
      : findDates(sentence.text, doc.article.published);
  for (const sentence of doc.sentences) {
    const text = sentence.text;
    if (!MAY_HOLD_A_NUMBER.test(text)) continue;
    const dates = datesIn(sentence).filter((d) => !COUNTED_OFFSET.test(d.expression));
    for (const number of findNumbers(text)) {
      if (dates.some((d) => d.start < number.end && number.start < d.end) && !CURRENCY_BEFORE.test(text.slice(0, number.start))) continue;
      // ("on Tuesday (Feb 11)": a day of a month the events kept only once, under the weekday that names the same day.)
      if (DAY_OF_A_MONTH_BEFORE.test(text.slice(Math.max(0, number.start - 11), number.start)) && /^(?:[1-9]|[12]\d|3[01])$/.test(text.slice(number.start, number.end)) && !/^\s*(?:,\s*)?(?:per\s?cent|%)/.test(text.slice(number.end, number.end + 10))) continue;
      // "Weeks 12 to 17", "Chapters 7 and 11": the end of a range whose start is a name is a name too.
      const previous = candidates[candidates.length - 1];
      const endOfNamedRange = previous?.sentence === sentence && previous.verdict === "name" && /^\s*(?:to|through|and|or|-|–)\s*$/.test(text.slice(previous.number.end, number.start));
      candidates.push({ sentence, number, verdict: endOfNamedRange ? "name" : judge(doc, sentence, number) });
    }
  }
  // A number that names something once ("Boeing 787") names it wherever it stands bare ("the first 787").
  // (Not a code a number is glued into: "COVID-19" names nothing that "19 of which" could be.)
  const names = new Set(candidates.filter((c) => c.verdict === "name" && !gluedToAWord(c.sentence.text, c.number)).map((c) => c.sentence.text.slice(c.number.start, c.number.end)));
  const namedHere = (c: (typeof candidates)[number]) => {
    const text = c.sentence.text;
    if (c.number.words || hasUnit(text, c.number)) return false;
    // ("Years 7 and 11 … whose daughter, 11, is due to start": an age set off by commas is no name.)
    if (/\p{L},\s*$/u.test(text.slice(Math.max(0, c.number.start - 3), c.number.start)) && /^,\s/.test(text.slice(c.number.end, c.number.end + 2))) return false;
    // "the 787-8", "Type 09-1": a variant glued to a name number is part of the name.
    // ("Swap 34 Prisoners … exchanged 34 prisoners": a number before the things it counts stands no longer bare.)
    if (/^\s+(?:\p{Ll}+[^s\s]s|people|men|women|children)\b/u.test(text.slice(c.number.end, c.number.end + 30))) return false;
    const glued = /(\d+)-$/.exec(text.slice(Math.max(0, c.number.start - 12), c.number.start));
    return names.has(text.slice(c.number.start, c.number.end)) || (glued !== null && names.has(glued[1]!));
  };
  return candidates.filter((c) => c.verdict === "figure" && !namedHere(c)).map((c) => describe(doc, c.sentence, c.number));
}

type Verdict = "figure" | "name" | "no";

/**
 * What a length in metres measures, after the number: "84m central span", "a 30m-high wall", "4m beyond the barrier", "a 0.5m rise",
 * "a 1,584m stratovolcano" (a height of land or of something built tall).
 */
const METRES_AFTER = /^(?:-|\s+)(?:[\p{Ll}-]+\s+){0,2}?(?:high|deep|long|wide|tall|span|drop|fall|wall|waves?|tower|bridge|cliff|crevasse|shaft|tunnel|gap|beyond|above|below|underground|underwater|away|offshore|inland|rise|flooding|surge|swell|tides?|(?:strato)?volcano(?:es)?|mountains?|peaks?|summits?|hills?|ridges?|dams?|spires?|skyscrapers?|masts?|chimneys?|waterfalls?)\b/u;
/** A length's noun before the number: "a drop of about 4m", "a depth of 40m". */
const METRES_BEFORE = /\b(?:drop|fall|depth|height|length|width|distance|altitude|elevation|span|deep|high|long|wide|tall)\s+(?:of\s+)?(?:about|around|some|nearly|almost|more than|over|up to|roughly|approximately)?\s*$/;
/** A scale written before its reading: "pH 4.3", "magnitude 6.1", "Richter 5". */
// ("an M6.9 quake": the magnitude's letter glued to it.)
const SCALE_BEFORE = /\b(pH|[Mm]agnitude|Richter|M(?=$))\s?$/;

/** A number joined by a hyphen to a word before or after it: "COVID-19", "F-16", "74-Pound". */
function gluedToAWord(text: string, n: NumberMention): boolean {
  return /\p{L}-$/u.test(text.slice(Math.max(0, n.start - 2), n.start)) || /^-\p{L}/u.test(text.slice(n.end, n.end + 2));
}

function hasUnit(text: string, n: NumberMention): boolean {
  return CURRENCY_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start)) || unitAfter(text, n) !== null;
}

/**
 * "the women’s 200m", "the 400m hurdles", "pulled up in the 5,000m with two laps left": a race named by its distance in metres,
 * no measure of anything.
 */
function isRaceDistance(text: string, n: NumberMention): boolean {
  // The reader takes a glued "m" for millions ("200m"); it may be metres too.
  const glued = /\dm$/.test(text.slice(n.start, n.end));
  const after = glued ? text.slice(n.end, n.end + 30) : text.slice(n.end, n.end + 31).replace(/^m(?![\p{L}\d])/u, "");
  if (n.words || (!glued && !/^m(?![\p{L}\d])/u.test(text.slice(n.end, n.end + 2))) || CURRENCY_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start))) return false;
  const before = text.slice(Math.max(0, n.start - 20), n.start);
  // ("The 1500m is not on the women's programme": the race the sentence is about.)
  return RACE_HOLDER.test(before) || RACE_AFTER.test(after) || (/\bthe\s+$/i.test(before) && /^\s*(?:[,.;:)]|\s(?:with|in|at|on|and|is|was|has|had|will|remains)\b)/.test(after));
}
const RACE_HOLDER = /\b(?:men|women|boys|girls|juniors?|seniors?)['’]s?\s+(?:\d+x)?$|\b\d+x$/i;
const RACE_AFTER = /^\s+(?:hurdles|freestyle|backstroke|breaststroke|butterfly|medley|individual medley|relay|steeplechase|final|finals|heats?|semi-finals?|semifinals?|race|sprint|title|dash|walk|(?:(?:meet|world|national|championship|Olympic|Games|area|course)\s+)?record|champion|gold|silver|bronze|runners?|medallists?|medalists?|sprinters?|specialists?|hurdlers?|swimmers?|winners?)\b/i;

/** The unit written after a number: a word from UNIT_WORDS, or seconds glued to a time in hundredths ("23.48s"; "the 1990s" is a decade). */
function unitAfter(text: string, n: NumberMention): RegExpExecArray | null {
  const after = text.slice(n.end, n.end + 40);
  return UNIT_AFTER.exec(after) ?? (/\.\d/.test(text.slice(n.start, n.end)) ? GLUED_SECONDS.exec(after) : null) ?? GLUED_GRAMS.exec(after) ?? GLUED_CENTS.exec(after);
}
/** Cents glued on in lower case, as Irish, Australian and South African papers write them: "28.5c/l", "a 5c cut" (not "5C"). */
const GLUED_CENTS = /^(c)(?![\p{L}\d])/u;
const GLUED_SECONDS = /^(s)(?![\p{L}\d])/u;
/** Grams glued on in lower case: "700g loaves" (not "5G", a network's generation). */
const GLUED_GRAMS = /^(g)(?![\p{L}\d])/u;

function judge(doc: ArticleDoc, sentence: Sentence, n: NumberMention): Verdict {
  // A race's time or a span told in hours and minutes is a measure, whatever stands around it (but "at 10:30:00 GMT" is a clock's).
  if (n.unit === "seconds") return /^\s*(?:a\.?m\.?|p\.?m\.?|GMT|UTC|local time|hours?\b)/i.test(sentence.text.slice(n.end, n.end + 12)) ? "no" : "figure";
  if ((isName(sentence.text, n) && !titleCaseWordBefore(doc, sentence, n)) || isNamedByArticle(doc, sentence, n) || isNameParticle(doc, sentence, n)) return "name";
  if (isRaceDistance(sentence.text, n)) return "no";
  // ("91-day Treasury bills", "the 10-year bond yield": a maturity names a kind of debt, as a model number names a product.)
  if (MATURITY_OF_A_DEBT.test(sentence.text.slice(n.end, n.end + 40))) return "no";
  // "tens of thousands", "hundreds of thousands": a vague magnitude, no figure to put in a box (as the dev gold reads them).
  if (n.words && /^(?:tens|hundreds|dozens)\s+of\b/i.test(sentence.text.slice(n.start, n.end))) return "no";
  if (n.words && /^one$/i.test(sentence.text.slice(n.start, n.end))) return oneCounts(doc, sentence, n) ? "figure" : "no";
  if (isReportingPeriod(sentence.text, n)) return "no";
  return isFigure(sentence.text, n) ? "figure" : "no";
}

const MATURITY_OF_A_DEBT = /^-(?:day|week|month|year)\s+(?:(?:Treasury|government|sovereign|benchmark|US|T-)\s*)?(?:bills?|bonds?|notes?|yields?|gilts?|paper|securities|Eurobonds?|(?:bill|bond)\s+(?:rates?|yields?))\b/i;

/** "in the nine months to Sept. 30", "for the three months ended December": the period a result covers, not a count. */
function isReportingPeriod(text: string, n: NumberMention): boolean {
  const period = /^\s+(?:months?|weeks?|quarters?)\s+(to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)/.exec(text.slice(n.end, n.end + 50));
  // ("will take three months to September" is a span of time: "to" and "through" need "the" before the count.)
  return period !== null && (/^end/.test(period[1]!) || /\bthe\s+$/.test(text.slice(Math.max(0, n.start - 6), n.start)));
}

/**
 * In a headline set in title case ("Bomber Kills Shoppers in Market, Killing at Least 19"), the capital
 * of the word before a number is the headline's style, not a name's, when the article writes that
 * word before a number in lower case too ("killing at least 19"). "Flight 574" stays a name.
 */
function titleCaseWordBefore(doc: ArticleDoc, sentence: Sentence, n: NumberMention): boolean {
  if (!isMostlyCapitalised(sentence.text)) return false;
  const word = capitalisedWordBefore(sentence.text.slice(Math.max(0, n.start - 40), n.start));
  if (!word || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  return new RegExp(`(?<![\\p{L}-])${word.toLowerCase()}\\s+(?:\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\\b)`, "u").test(doc.text);
}

/** The sentence's first token that starts at or after offset `at` of the text. */
function tokenFrom(doc: ArticleDoc, sentence: Sentence, at: number): ArticleDoc["tokens"][number] | undefined {
  const index = Math.max(sentence.tokens[0], lastIndexAtOrBefore(doc.tokens, at - 1, (t) => t.start) + 1);
  return index <= sentence.tokens[1] ? doc.tokens[index] : undefined;
}

/** A date counted as a duration from now or from another happening, or a span counted from a year's start or back from now ("the first nine months of the year", "the past three years"): its number is a figure. */
const COUNTED_OFFSET = /\b(?:ago|after|before|earlier|later)\b|^(?:the\s+)?(?:first|last|past)\s+\S+\s+(?:days|weeks|months|years)\b/i;

/** Nouns that "one" makes into a phrase rather than a count: "one day", "one morning", "at one point", "on one hand". */
const ONE_IDIOM = /^(day|morning|afternoon|evening|time|point|thing|way|side|hand|another|other|kind|sort|type|reason|question|note|word|example|instance|occasion|stage|moment|more|less|bit|part)$/i;

/**
 * "one" counts where it stands as a determiner before a noun ("at least one policeman", "one count
 * of murder", "one shift"); elsewhere it is a pronoun or an article ("one of the", "no one", "the one who").
 */
function oneCounts(doc: ArticleDoc, sentence: Sentence, n: NumberMention): boolean {
  // "a one-day strike", "a one-year contract": one of a unit of time.
  if (/^-(?:day|night|week|month|year|hour|minute|game|match|season)\b/.test(sentence.text.slice(n.end, n.end + 8))) return true;
  // "aged between one and nine", "from one to five years": the low end of a range counts.
  if (/\b(?:between|from|aged)\s+$/i.test(sentence.text.slice(Math.max(0, n.start - 8), n.start)) && /^\s+(?:and|to)\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/i.test(sentence.text.slice(n.end, n.end + 14))) return true;
  // "In one exchange, …", "In one case, a 19-year-old …": one picked out as an example, not a count.
  if (/^\s*(?:(?:But|And|Yet)\s+in|In)\s+$/.test(sentence.text.slice(0, n.start))) return false;
  // "not one person has claimed it": an emphatic none.
  // ("said in a statement that one crane had been repaired": "that" opening what was said is no determiner.)
  const thatClause = /\b(?:said|says|told|announced|statement|reported|confirmed|added|noted|showed|found|shows|finds)\b[^,.;]{0,30}\bthat\s+$/i.test(sentence.text.slice(Math.max(0, n.start - 60), n.start));
  if (!thatClause && /\b(?:no|not|any|every|each|the|this|that|which|whichever|a|as|according to)\s+$/i.test(sentence.text.slice(Math.max(0, n.start - 14), n.start))) return false;
  const at = sentence.start + n.end;
  let next = tokenFrom(doc, sentence, at);
  // "one similar offence": an adjective may stand between the count and its noun.
  if (next?.pos === "ADJ" && next.start === at + 1) {
    const noun = tokenFrom(doc, sentence, next.end);
    if (noun?.pos === "NOUN" && noun.start === next.end + 1) next = { ...noun, start: at + 1 };
  }
  // A count of one takes a singular noun ("day one motions" is no count); "one critic said" describes a speaker.
  if (!next || next.start !== at + 1 || next.pos !== "NOUN" || !/^\p{Ll}/u.test(next.text) || ONE_IDIOM.test(next.text) || /[^s]s$|^(?:men|women|people|children|police)$/.test(next.text)) return false;
  // ("One mountain guide, who asked not to be named, told the Courier", "one fish vendor at the town market told DZRT Radio":
  // so does one of a noun of two words, with what sets the speaker apart between it and the verb.)
  const compound = tokenFrom(doc, sentence, next.end);
  const head = compound?.pos === "NOUN" && compound.start === next.end + 1 && /^\p{Ll}+$/u.test(compound.text) ? compound : next;
  const rest = doc.text.slice(head.end, sentence.start + sentence.text.length);
  return !ONE_WHO_SPEAKS.test(rest);
}

/** A verb of saying after the one who says it, past an aside between commas or where they are: ", who asked not to be named, told". */
const ONE_WHO_SPEAKS = /^(?:,[^.!?“”"]*?,|\s+(?:at|from|in|on|of|with|near|outside)\s[^,.;:!?“”"]{0,40}?)?\s+(?:said|says|told|tells|added|wrote|noted|argued|explained|declared|stated|insisted|claimed|recalled|warned|remarked|asked|replied|commented|described|recounted|posted|tweeted)\b/;

/** A month's name, whole or cut short, right before a day of it: "Feb ", "Sept. ", "March ". */
const DAY_OF_A_MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$/;

/** Days and months by name, and the days told from today: a name-like word that names no one. */
const DAY_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES, "yesterday", "today", "tomorrow", "tonight"]);
const isDayWord = (word: string) => /^\p{Lu}/u.test(word) && DAY_WORDS.has(word.toLowerCase());

/**
 * A number word inside a personal name: "Erik ten Hag", and "Ten Hag" where the article has
 * written the name with its particle in lower case.
 */
function isNameParticle(doc: ArticleDoc, sentence: Sentence, n: NumberMention): boolean {
  if (!n.words) return false;
  const text = sentence.text;
  const raw = text.slice(n.start, n.end);
  const next = /^ (\p{Lu}\p{Ll}+)\b/u.exec(text.slice(n.end))?.[1];
  if (!next || raw.includes(" ")) return false;
  // "Erik ten Hag": a lower-case number word between two names ("Only ten Republicans" opens with an adverb).
  const previous = doc.tokens[lastIndexAtOrBefore(doc.tokens, sentence.start + n.start - 1, (t) => t.start)];
  // ("On Monday two French aid workers": a day is no name the number word sits inside.)
  if (/^\p{Ll}/u.test(raw) && previous?.pos === "PROPN" && previous.end === sentence.start + n.start - 1 && !isDayWord(previous.text)) return true;
  // "Ten Hag said", where the article also writes "Erik ten Hag" (a name, not an opening adverb as in "Only ten Republicans").
  if (!/^\p{Lu}/u.test(raw)) return false;
  for (const m of doc.text.matchAll(new RegExp(`\\p{Lu}\\p{Ll}+ ${raw.toLowerCase()} ${next}\\b`, "gu"))) {
    if (doc.tokens[lastIndexAtOrBefore(doc.tokens, m.index, (t) => t.start)]?.pos === "PROPN") return true;
  }
  return false;
}

function isDesignation(text: string, n: NumberMention): boolean {
  // ("130,000-140,000t": a number with a thousands comma is read whole, the end of a range.)
  const variant = /^-(\d{1,3}(?:,\d{3})+|\d+)(?![\d,])/.exec(text.slice(n.end, n.end + 12));
  const model = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)-$/.exec(text.slice(Math.max(0, n.start - 12), n.start));
  // The digits as written: "$4-7 million" shares its scale, but the 4 is still written as 4.
  const written = Number(text.slice(n.start, n.end).replace(/,/g, ""));
  if (variant) return written >= 100 && Number(variant[1]!.replace(/,/g, "")) < written / 10;
  return Boolean(model && Number(model[1]!.replace(/,/g, "")) >= 100 && written < Number(model[1]!.replace(/,/g, "")) / 10);
}

/** Whether the number is one of a win-loss-draw record: "24-3-1". */
function isRecord(text: string, n: NumberMention): boolean {
  const before = /(?:\d+-)*$/.exec(text.slice(Math.max(0, n.start - 12), n.start))![0];
  const after = /^(?:-\d+)*/.exec(text.slice(n.end, n.end + 12))![0];
  return /^\d{1,2}-\d{1,2}-\d{1,2}$/.test(before + text.slice(n.start, n.end) + after) && !/[\d.,-]$/.test(text.slice(Math.max(0, n.start - before.length - 1), n.start - before.length)) && !/^[\d.,-]\d/.test(text.slice(n.end + after.length));
}

/** A tie-break in parentheses after a set score: the "(1)" of "7-6 (1)", no count of its own. */
function isTieBreak(text: string, n: NumberMention): boolean {
  return /^\d{1,2}$/.test(text.slice(n.start, n.end)) && /(?<![\d.,])\d{1,2}[-–]\d{1,2}\s*\($/.test(text.slice(Math.max(0, n.start - 8), n.start)) && text[n.end] === ")";
}

/** What follows a side's total in a cricket score: a second innings, wickets down, or the batsmen's scores in brackets. */
const INNINGS_AFTER = /^\s+(?:and\s+\d{1,3}\s+for\s+\d{1,2}\b|for\s+\d{1,2}\b(?!\s*(?:years?|months?|weeks?|days?|hours?|minutes?|people|men|women|\p{Ll}+s)\b)|(?:all out\s+)?\(\s*\p{Lu}[\p{L}'’.-]*\s+\d{1,3})/u;
/** A batsman's name inside a scorecard's brackets: "(Brandon 52", "(Haddow 12, Brandon ". */
const BATSMAN_BEFORE = /\(\s*(?:\p{Lu}[\p{L}'’.-]*\s+\d{1,3}\*?(?:[-–]\d{1,3})?,\s+)*\p{Lu}[\p{L}'’.-]*\s+$/u;

/** The other side of a result after a score, and before one: "1, Stanford Athletic 4", "Rathmore 16 Ballyconnell 13". */
const RESULT_AFTER = /^,?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\d{1,2}(?![\d.,]*\d|\s*(?:[-–%]|per\s?cent))/u;
const RESULT_BEFORE = /(?<![\d.,])\d{1,2},?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}$/u;

/**
 * "the 787 will play a role", "use the 787 to expand": a bare number after "the" that counts
 * nothing (no noun, no unit follows) is the name of a thing — a model, a flight, a route.
 */
function isNamedByArticle(doc: ArticleDoc, sentence: Sentence, n: NumberMention): boolean {
  // "the 27,010 in the first six months": a thousands comma writes a count, never a model's name.
  if (n.words || hasUnit(sentence.text, n) || sentence.text.slice(n.start, n.end).includes(",")) return false;
  if (!/\bthe\s+$/i.test(sentence.text.slice(Math.max(0, n.start - 5), n.start))) return false;
  // ("the 15 to 20 per cent benchmark": a range of a measure.)
  if (/^\s*(?:to|-|–|or)\s*\d[\d.,]*\s*(?:per\s?cent|percent|%|pc\b)/i.test(sentence.text.slice(n.end, n.end + 24))) return false;
  // ("catches the 610 bus to Westmead", "the 7 train": a route's number before the one vehicle or line it names.)
  if (/^\s+(?:bus|tram|train|route|line|service|flight|ferry|platform|gate|exit)\b/i.test(sentence.text.slice(n.end, n.end + 12))) return true;
  const next = tokenFrom(doc, sentence, sentence.start + n.end);
  if (!next) return true;
  // "the 30,000-strong force", "the 60 needed to pass": a compound or a participle still counts something;
  // "the 21 million who still endure slavery": people, as "who" says (and no model is named in millions).
  // "the 60 or so volunteers": a rough count.
  if (/^\s+or\s+(?:so|more|fewer|less)\b/i.test(sentence.text.slice(n.end, n.end + 14))) return false;
  // "the 900 Hull trawlermen", "the 12 Premier League clubs": names that say which, then the things counted, a noun in the
  // plural ("the 787 Dreamliner fleet" names a plane).
  const named = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?=\p{Ll})/u.exec(sentence.text.slice(n.end, n.end + 60));
  const counted = named ? tokenFrom(doc, sentence, sentence.start + n.end + named[0].length) : undefined;
  if (counted?.pos === "NOUN" && /[^s]s$|men$|^(?:people|children)$/.test(counted.text)) return false;
  if (next.text === "-" || next.start === sentence.start + n.end || (next.pos === "VERB" && /ed$/.test(next.text)) || /^who$/i.test(next.text) || /\p{L}/u.test(sentence.text.slice(n.start, n.end))) return false;
  // ("the 24 remaining crew", "the 12 surviving members": a participle before the noun counted.)
  if (/^\p{Ll}+ing$/u.test(next.text) && tokenFrom(doc, sentence, next.end)?.pos === "NOUN") return false;
  return !["NOUN", "ADJ", "NUM", "PROPN"].includes(next.pos);
}

/** Prepositions, determiners, conjunctions and adverbs that open a sentence before a count ("Between 10 and 20 people …"). */
const OPENING_FUNCTION_WORD = /^(Between|Among|After|Before|Since|Until|Till|Under|Below|Above|Beyond|Across|Against|Near|Including|Excluding|Despite|During|Within|Without|Like|Unlike|Per|Than|When|While|If|Although|Because|As|Nor|So|Yet|Perhaps|Maybe|Still|Even|Well|Also|Then|Now|Any|Both|Few|Many|Most|Several|Other|Such|This|That|No|Almost|Exactly|Fully|Nearly|Barely|Less|Fewer|Least|Twice)$/;

/** A headline written in title case: no full stop at its end, and most of its words capitalised. */
function isTitleCased(text: string): boolean {
  if (/[.!?]["”’]?\s*$/.test(text)) return false;
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.7;
}

// ("I'm 59, so I don't sleep much", "He’s 23": a speaker's age after "I'm", someone's after "he's".)
const NOT_A_NAME_WORD = /^(I|I['’](?:m|ve|d|ll)|(?:He|She|It|That|Who|There)['’]s|We['’](?:ve|d|ll|re)|They['’](?:ve|d|ll|re)|You['’](?:ve|d|ll|re)|The|A|An|Some|About|Over|Nearly|Around|Almost|Only|Just|More|Up|At|In|On|By|To|For|With|From|Of|And|But|Or|Than|All|Another|Those|These|Its|Their|His|Her|Our|Each|Every|Roughly|Approximately|US|U\.S\.|UK|EU)$/;

/**
 * A number in a name: right after a capitalised word, with no noun or unit it counts ("iPhone 4",
 * "Division 17", "S&P 500", "Flight 574", "Chapter 11", "Big Three").
 */
function isName(text: string, n: NumberMention): boolean {
  const before = text.slice(Math.max(0, n.start - 40), n.start);
  const after = text.slice(n.end, n.end + 40);
  // ("and Richmond 44.9C": degrees glued on are a measure's unit, after a place's name as after a verb.)
  // (Not a model's letter after a number no air reaches: "Boeing 737C".)
  if (CURRENCY_BEFORE.test(before) || unitAfter(text, n) || (DEGREES_AFTER.test(after) && Math.abs(n.value) < 150)) return false;
  const raw = text.slice(n.start, n.end);
  if (n.words && !/^\p{Lu}/u.test(raw)) return false;
  // A number word capitalised inside a sentence is a title or a name: Fox News's “The Five”, the Big Three.
  // (Not in a headline set in title case: "Al Sahra Halts Two Dubai Towers".)
  if (n.words && /\p{L}[\s“"‘(]*$/u.test(before) && /\p{Lu}\p{Ll}*\s+$|[“"‘]\s*$/u.test(before) && !isTitleCased(text)) return true;
  // "the Four Corners region": a capitalised number word inside a sentence, before another capitalised word, opens a name.
  if (n.words && /^\p{Lu}/u.test(raw) && /\p{Ll}[\s,]*$/u.test(before) && /^\s+\p{Lu}\p{Ll}/u.test(after) && !isTitleCased(text)) return true;
  // "an acidity of pH 4.3": a reading on a scale named before it.
  if (SCALE_BEFORE.test(before)) return false;
  // "detouring vehicles onto U.S. 70": a highway, after a word for going along it.
  if (/\b(?:onto|along|via|off|exit|take|took)\s+(?:U\.S\.|US|Interstate|Highway|Route|State Route)\s$/i.test(before)) return true;
  // "Tasmania 312 and 1 for 38 lead Queensland 164 (Brandon 52, Kerrigan 7-54)": a cricket score, a side's or a batsman's.
  if (/^\d{1,3}$/.test(raw) && (INNINGS_AFTER.test(after) || (BATSMAN_BEFORE.test(before) && /^\*?\s*[,)]/.test(after)))) return false;
  // "Match ends, Millbrook Rovers 1, Stanford Athletic 4", "Rathmore 16 Ballyconnell 13": a result, each side's name then its score.
  if (/^\d{1,2}$/.test(raw) && (RESULT_AFTER.test(after) || RESULT_BEFORE.test(before))) return false;
  // "Couple Give 1,200 Quilts": a thousands comma writes a count, never a name's number.
  if (/^\d{1,3}(?:,\d{3})+$/.test(raw)) return false;
  // "beat Calderbrook 3-2": a score after the team's name counts goals, it names nothing.
  if (/^(?!0)\d{1,2}$/.test(raw) && (/^[-–]\d{1,2}(?![\d.,]*\d|[-–])/.test(after) || /(?<![\d.,-–])(?!0)\d{1,2}[-–]$/.test(before))) return false;
  const word = capitalisedWordBefore(before);
  // "Hillcrest’s 240 pupils", "to Dombrowski's 13,118": a possessive owns a count of things, or a number written as a
  // count, rather than naming it ("Boeing's 787", "Standard & Poor's 500 index" are names).
  // ("Britain’s 25 native bumblebee species": a word or two may describe what is counted.)
  // ("Uruguay’s 21 million sheep": a scale word makes it a count.)
  // ("The CMA's 400-page decision", "the Springboks' 45-man squad": or a measure hyphened to its unit.)
  // ("Rwanda’s 416 Umurenge SACCOs", "Britain's 650 MPs": or a plural of initials.)
  const counted = /^\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+[^s\s]s\b|^\s+(?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}{2,}s\b|^\s+(?:people|men|women|children)\b|^-\p{Ll}{2,}\b/u.test(after) || raw.includes(",") || /\d\s*(?:million|billion|thousand|m|bn)$/i.test(raw);
  // ("landing 84 to Harlan's 39", "in reply to Tasmania's 312": a possessive's number set against another is a count too.)
  const setAgainst = /\b(?:to|than|against|versus|vs\.?|over|with)\s+\p{Lu}[\p{L}.'’-]*['’]s?\s+$/u.test(before);
  if (word === null || NOT_A_NAME_WORD.test(word) || (/['’]s?$/.test(word) && (counted || setAgainst))) return false;
  // "MORE THAN 200 parents": a lead's opening words set in capitals are no name.
  if (/^\p{Lu}{2,}$/u.test(word) && NOT_A_NAME_WORD.test(word[0] + word.slice(1).toLowerCase()) && !/^(?:US|UK|EU)$/.test(word)) return false;
  // ("Georgia, Abkhazia Swap 34 Prisoners": in a headline set in title case, a number before the things it counts.)
  if (isTitleCased(text) && /^\s+\p{Lu}\p{Ll}+[^s\s]s\b/u.test(after) && !/['’]s?$/.test(word ?? "")) return false;
  // "Steel Mill to Close, Idling 2,300", "Tornado Kills 3, Injures 41": a headline's capitalised verb before its count.
  if (/^\p{Lu}\p{Ll}{2,}(?:ed|ing|es|s)$/u.test(word) && !/['’]/.test(word) && isTitleCased(text) && !/(?:ss|us|is)$/.test(word)) return false;
  // Sentence-initial capitals are no name: "Three Democrats voted".
  // A sentence may open with an adverb before a count ("Perhaps 200 protesters gathered"); a noun
  // opening it before a bare number names something ("Chapter 11 bankruptcy", "Flight 370 vanished").
  // ("SPRINGVALE, Ill. — Between 300 and 400 students": or after a dateline's dash.)
  const opensTheSentence = before.trim() === word || /(?:^|\s)[—–-]{1,2}\s*$/.test(before.trim().slice(0, -word.length));
  if (opensTheSentence && (/ly$/i.test(word) || OPENING_FUNCTION_WORD.test(word))) return false;
  // ("Moving 90 kids to another town": a sentence, or a quotation, opening with a verb's -ing form before the things it counts.)
  if (/^[“"‘]?$/.test(before.trim().slice(0, -word.length)) && /^\p{Lu}\p{Ll}{2,}ing$/u.test(word) && counted) return false;
  // ("tried to reach England 11 times": how often is a count.)
  return !/^\s*(people|persons|troops|soldiers|officers|policemen|militants|civilians|children|students|fighters|rebels|passengers|residents|victims|dead|jobs|workers|employees|cars|vehicles|units|dealers|plants|percent|times)\b/i.test(after);
}

const CAPITALISED_WORD_BEFORE = /([\p{Lu}][\p{L}&.'’]*|[\p{L}]*[\p{Lu}][\p{L}]*)[\s-]$/u;
const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;

/**
 * The capitalised word ("Flight", "iPhone", "S&P") that ends right before a space or hyphen at the
 * end of `text`, as CAPITALISED_WORD_BEFORE finds it, or null. Read backwards from the end: that
 * pattern, anchored at the end but not at the start, is tried at every position of the window.
 */
export function capitalisedWordBefore(text: string): string | null {
  if (/[\ud800-\udfff]/.test(text)) return CAPITALISED_WORD_BEFORE.exec(text)?.[1] ?? null;
  const end = text.length - 1;
  if (end < 1 || !/[\s-]/.test(text[end]!)) return null;
  const isLetter = (c: string) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c > "\x7f" && LETTER.test(c));
  const isUpper = (c: string) => (c >= "A" && c <= "Z") || (c > "\x7f" && UPPER.test(c));
  // Where a run of name characters (letters and & . ' ’) and a run of letters alone begin, before the end.
  let nameRun = end;
  while (nameRun > 0 && (isLetter(text[nameRun - 1]!) || "&.'’".includes(text[nameRun - 1]!))) nameRun--;
  let letterRun = end;
  while (letterRun > 0 && isLetter(text[letterRun - 1]!)) letterRun--;
  let firstUpper = -1;
  for (let p = nameRun; p < end; p++) {
    if (isUpper(text[p]!)) {
      firstUpper = p;
      break;
    }
  }
  let upperInLetters = false;
  for (let p = letterRun; p < end && !upperInLetters; p++) upperInLetters = isUpper(text[p]!);
  const first = firstUpper >= 0 ? firstUpper : Infinity;
  const second = upperInLetters && letterRun < end ? letterRun : Infinity;
  const start = Math.min(first, second);
  return start === Infinity ? null : text.slice(start, end);
}

/** What follows a house number: an optional compass point, a name, a word for a street. */
const STREET_ADDRESS = /^\s(?:[NSEW]\.?\s)?(?:\p{Lu}[\p{L}'’-]*\.?\s){1,3}(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Boulevard|Drive|Dr|Lane|Ln|Place|Pl|Terrace|Crescent|Highway|Hwy|Parkway|Pkwy)\b/u;

/** Words for paying and what is paid, shortly before an amount: "a minimum wage of ", "I paid ", "has offered ". */
// ("The shares fell Y24 to Y611": what a share trades at is money too.)
// ("borrow R200 from a neighbour", "buy water at R10": what is borrowed, lent, owed, bought or sold is money too.)
const MONEY_BEFORE = /\b(?:pay|pays|paid|paying|wages?|earns?|earned|earning|costs?|costing|prices?|priced|fares?|offer|offers|offered|salar(?:y|ies)|rent|fees?|fined?|charged?|charges|spend|spent|worth|allowance|pension|bonus|shares|stock|borrow(?:s|ed|ing)?|lend(?:s|ing)?|lent|owe[sd]?|owing|buy(?:s|ing)?|bought|sells?|sold|afford|donat(?:e|es|ed|ing)|(?:takes?|took|taking|brings?|brought|bringing)\s+home|(?:closed|closing|traded|trading|trades|sold|selling|stood|quoted)\s+(?:at|above|below|near|around))\b[^.;:!?]{0,30}$/i;
/** A verb or preposition of a change in amount, before it: "will rise from", "go up from", "between". */
const CHANGE_BEFORE = /\b(?:rise[sn]?|rising|rose|increase[sd]?|increasing|go(?:es)?\s+up|went\s+up|up|down|fall(?:s|en)?|fell|cut|hiked?|from|between|raised?)\b/i;
/** An amount per unit of time or thing after it: " a week", " per day". */
// ("about N199 to the dollar": an exchange rate is money too.)
// ("P80 for every chicken culled", "P1 per piece": so is an amount for each thing of a kind.)
const PER_TIME_AFTER = /^\s+(?:(?:a|an|per)\s+(?:week|day|month|year|hour|shift|litre|liter|kilo|kg|tonne|head|person|trip|ride|share)|per\s+\p{Ll}+|for\s+(?:every|each)|each|apiece|(?:to|per|against)\s+the\s+(?:dollar|euro|pound|greenback))\b/iu;

/** What may follow an amount, not a code that names a thing ("N95 mask"): punctuation, or a word that joins or places it. */
const ENDS_AN_AMOUNT = /^(?:\s*[,.;:)]|\s+(?:to|from|and|or|on|in|at|a|an|per|each|apiece|against)\b|\s*$)/;
/** Whether the sentence writes an amount as money after this lone capital: "Y3.5", "Y18.6bn", "Y1,200". */
function writtenAsMoney(sentence: string, capital: string): boolean {
  return new RegExp(String.raw`\b${capital}\d{1,3}(?:[.,]\d|\s?(?:bn|m|mn|million|billion)\b)`).test(sentence);
}

/** What "the two …" refers back to: parties the text has named ("the two sides", "the two Pacific neighbours"). */
const REFERRED_PARTIES = /^\s+(?:\p{Lu}\p{L}+\s+)?(?:sides|countries|nations|governments|states|neighbou?rs|neighbou?ring\s+(?:countries|states|nations)|parties|capitals|allies|rivals)\b(?!\s+(?:of|in|on|at)\b)/u;

function isFigure(text: string, n: NumberMention): boolean {
  const raw = text.slice(n.start, n.end);
  const before = text.slice(Math.max(0, n.start - 40), n.start);
  const after = text.slice(n.end, n.end + 40);
  const currency = CURRENCY_BEFORE.test(before);
  const unit = unitAfter(text, n);

  // ("woke up at four every morning": so is one told with "at" before a recurring part of the day.)
  if (n.value >= 1 && n.value <= 12 && Number.isInteger(n.value) && /\bat\s+$/i.test(before) && /^\s+(?:every|each)\s+(?:morning|evening|night|afternoon|day)\b/i.test(after)) return false;
  // "since six in the morning", "since five o'clock": an hour of the day, in words or digits.
  if (n.value >= 1 && n.value <= 12 && Number.isInteger(n.value) && /^\s*(?:o['’]clock|in the (?:morning|afternoon|evening)|at night)\b/i.test(after)) return false;
  if (!n.words) {
    // A lone capital is a currency only before an amount written as one ("N3 million", "P1.2-million", "R1,200"); "N95",
    // "P45" and "R2" are codes.
    // ("a minimum wage of R180 a week, up from R124", "I paid R9": what is paid or earned is money, however written.)
    // ("cut its dividend to Y3.5 a share from Y7": so is an amount beside one the sentence writes as money with the same capital.)
    const loneCapital = LONE_CAPITAL_BEFORE.exec(before)?.[0];
    // ("He bought the R2 model": not a code that names the thing bought.)
    const paid = MONEY_BEFORE.test(before) && !/^\s+(?!(?:as|to|from|and|or|on|in|at|a|an|per|for|each|apiece|against|by|with|last|this|next|than|before|after|since|until|when|while|because|but|if)\b)\p{Ll}/u.test(after);
    // ("rise from R18 to R20", "a provisional P1 increase": an amount a change runs from or to beside another with the same
    // capital, or one a noun for a change of price follows, is money.)
    const paired = loneCapital !== undefined && CHANGE_BEFORE.test(text.slice(Math.max(0, n.start - 60), n.start)) && (new RegExp(String.raw`\b${loneCapital}\d[\d.,]*\s*(?:to|and|or|-|–)\s*${loneCapital}?$`).test(before) || new RegExp(String.raw`^\s*(?:to|and|or|-|–)\s*${loneCapital}\d`).test(after));
    const priceChange = /^\s+(?:increase|hike|rise|raise|cut|reduction|discount|surcharge|levy|subsidy|rebate)s?\b/i.test(after);
    if (loneCapital && !paired && !priceChange && !/[,.]|\d[ \u00a0\u202f]\d{3}|\d\s*-?\s*(?:million|billion|m|bn|mn|mil|bil|tr)\b/i.test(raw) && ((!paid && !PER_TIME_AFTER.test(after) && !(writtenAsMoney(text, loneCapital) && ENDS_AN_AMOUNT.test(after))) || /^\s+(?!(?:as|is|was|has|his|its|this|thus|plus|us)\b)\p{Ll}+s\b/u.test(after))) return false;
    // A year: four digits from 1800 to 2099, no thousands comma, no money or unit.
    if (/^(1[89]|20)\d\d$/.test(raw) && !currency && !unit && !/^\s*(people|persons|troops|soldiers|workers|jobs|employees)\b/i.test(after)) return false;
    // "quilts made between about 1790 and 1960": an older year joined to a later one is a year too.
    if (/^1[0-7]\d\d$/.test(raw) && !currency && !unit && /^\s*(?:and|to|[-–])\s*(?:about\s+|around\s+|c\.\s*)?(?:1[0-9]|20)\d\d\b/.test(after) && /\b(?:between|from|in|since|c\.|circa|about|around)\s+(?:about\s+|around\s+)?$/i.test(before)) return false;
    // Life dates in brackets: "Jean-Baptiste Maurel (1702-1761)".
    if (/^1\d{3}$|^20\d\d$/.test(raw) && ((/\(\s*$/.test(before) && /^[-–]\d{4}\)/.test(after)) || (/\(\d{4}[-–]$/.test(before) && /^\)/.test(after)))) return false;
    // An emergency number one calls: "called 911", "dial 999".
    // ("her final call to a 911 dispatcher", "a 999 call": the number names the line; "took 911 calls" counts them.)
    // ("300 calls to 911 could not get through", "a 911 supervisor": calls to the line, and those who work it.)
    // ("calls to 911 failed during the 911 outage": the calls made to it, and the line's outage.)
    if (/^(?:911|999|112|000|111|101)$/.test(raw) && (/\b(?:call|calls|called|calling|dial|dials|dialled|dialed|dialling|dialing|rang|ring)\s+(?:to\s+)?$/i.test(before) || /^\s+(?:call|caller|dispatchers?|operators?|supervisors?|emergency|lines?|system|services?|centres?|centers?|tape|recording|outages?)\b/i.test(after))) return false;
    // ("call Humberside Police on 101", "ring the hotline on 0800 555 0111": the number one calls on.)
    if (/\b(?:call|calls|called|calling|ring|rang|ringing|phone|phoned|phoning|contact|contacted|contacting|text|texting)\b[^.;:!?]{0,60}\bon\s+$/i.test(text.slice(Math.max(0, n.start - 80), n.start)) && !unit && !currency && /^\s*(?:[.,;:)]|$|\s+(?:or|and|quoting|between|from|during)\b)/.test(after)) return false;
    // A telephone number's groups set apart by spaces: "525 728 9560" (thousands so set apart are read as one number).
    if (/\d[ \u00a0]$/.test(before) || /^[ \u00a0]\d/.test(after)) return false;
    // A court's case number: "The case is Orbitalis Networks Inc., 19-10733" (a year, then the docket's number).
    if ((/^\d{2}$/.test(raw) && /^-\d{4,5}(?!\d|[,.]\d)/.test(after)) || (/^\d{4,5}$/.test(raw) && /(?<![\d,.-])\d{2}-$/.test(before) && /\b(?:case|docket|No\.?)\b[^;]{0,60}$/i.test(before))) return false;
    // "at 3 o'clock": a time of day.
    if (/^\s*o['’]clock\b/i.test(after)) return false;
    // "a section 114 notice", "under article 50", "route 9", "level 4": a number a lower-case noun for a part or a place in
    // a series names.
    if (/\b(?:section|subsection|article|clause|paragraph|schedule|regulation|amendment|chapter|route|platform|gate|room|ward|flight|channel|level|grade|class|stage|phase|round|precinct|division|tier|terminal|exit|junction|pier|berth|runway|highway)\s+$/i.test(before) && !/^[\d,.]+\s*(?:%|per\s?cent)/.test(text.slice(n.start))) return false;
    // ("type 2 diabetes", "a Type 1 diabetic": a kind named by its number.)
    if (/\btype\s+$/i.test(before) && /^\d{1,2}$/.test(raw) && /^\s+\p{L}/u.test(after)) return false;
    // A telephone number written in groups joined by hyphens: "(46-8-5058-4210)".
    // ("Harlan (24-3-1, 15 KOs)": a win-loss-draw record, three small numbers, is no telephone number.)
    if ((/(?:\d+-){2,}$/.test(before) || /^(?:-\d+){2,}/.test(after) || (/\d-$/.test(before) && /^-\d/.test(after))) && !isRecord(text, n)) return false;
    // "($1 = 0.8610 euros)": the unit of an exchange rate, whose other side is the figure.
    if (raw === "1" && /^\s*=\s*[\d.,]/.test(after)) return false;
    // A time of day, a score or a ratio: "10:30", "2-1".
    if (/^[:/]\d/.test(after) || /\d[:/]$/.test(before) || isTieBreak(text, n)) return false;
    // "its upcoming 747-8": a model and its variant, the second number far smaller than the first (a range or a vote tally never is).
    if (isDesignation(text, n)) return false;
    // A code or a phone number, never a count: a leading zero ("0847", "022"), or seven digits and more without a comma,
    // or the digits after a dialling code ("0800-789321").
    if (/^0\d/.test(raw) || /^\d{7,}$/.test(raw) || /(?<![\d.,])0\d{2,4}[-\s]$/.test(before)) return false;
    // A street number: "777 W. Chicago Ave.", "10 Downing Street".
    // ("on 12 Calle in Colonia Villa Linda, a neighbourhood in zona 7": a street or a district numbered, as Latin American
    // cities number them.)
    if (STREET_ADDRESS.test(after) || /^\s(?:Calle|Avenida|Carrera|Diagonal|Transversal|Rua)\b/.test(after) || (/\b(?:zona|zone|ward|sector|colonia|comuna|barrio|arrondissement)\s$/i.test(before) && /^\d{1,2}$/.test(raw))) return false;
    // "Constable Gary Mathers, of 42 Division": a unit of a force named by its number.
    if (/^\s(?:Division|Squadron|Regiment|Battalion|Brigade|Commando|Precinct|Platoon)\b/.test(after) && /^\d{1,3}$/.test(raw)) return false;
    // A title that opens with a number: "12 Years a Slave", "127 Hours" (a time word is capitalised only in a title).
    // (Not in a headline set in title case, where every word is capitalised: "Ecuador Extends Blackouts to 12 Hours".)
    if (/^\s(?:Years|Days|Hours|Weeks|Months|Minutes|Seconds|Angry Men)\b/.test(after) && (/\p{L}[^.!?]*$/u.test(before) || /[“"‘]$/.test(before)) && !isTitleCased(text)) return false;
    // "a 50-50 chance": even odds, not two counts.
    if (/^[-–/](\d+)\s+(?:chance|split|odds|proposition|call)\b/.exec(after)?.[1] === raw || (/(?<![\d.,])(\d+)[-–/]$/.exec(before)?.[1] === raw && /^\s+(?:chance|split|odds|proposition|call)\b/.test(after))) return false;
    // Part of a word or code: "A380", "3GS", "G8", "COVID-19" (letters glued on either side, a unit aside).
    if ((/[\p{L}]$/u.test(before) && !currency && !SCALE_BEFORE.test(before)) || (/^[\p{L}]/u.test(after) && !unit && !/^(m|bn|k)\b/i.test(after) && !DEGREES_AFTER.test(after))) return false;
    // "COVID-19", "F-16", "MP-3" are codes; "magnitude-7.6", "category-5" a measure and its value.
    // ("a 30-to-60-day process": the end of a range hyphened to "to" is no code.)
    if (/(?:\p{Lu}\p{L}*|(?<!\p{L})\p{L}{1,2})[-+]$/u.test(before) && !/\d-(?:to|or)-$/i.test(before)) return false;
    // A clock time: "2.40 PM", "10 a.m.", "1030 GMT", "0600 hours".
    if (/^\s*(a\.?m\.?|p\.?m\.?)(?![\p{L}])/iu.test(after)) return false;
    if (/^(?:[01]\d|2[0-3])[0-5]\d$/.test(raw) && /^\s*(?:GMT|UTC|Z\b|hours?\b|hrs\b|local time)/.test(after)) return false;
    // ("Thu 14 May 2020 18.30 BST": a time in a time zone, as a page stamps its story.)
    if (/^(?:[01]?\d|2[0-3])[.:][0-5]\d$/.test(raw) && /^\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|KST|AEST|AEDT|NZST|NZDT|HKT|SGT|WIB)\b/.test(after)) return false;
    // ("between 8.30 and 9.30 on Tuesday night", "left at 7.45 this morning": hours and minutes set apart by a point, where a
    // word of the day's time, or a weekday, follows the time or the range it ends.)
    if (/^(?:[01]?\d|2[0-3])\.[0-5]\d$/.test(raw) && /\b(?:at|between|from|until|till|by|about|around|after|before|since)\s+$/i.test(before) && !/\b(?:closed|ended|finished|opened|stood|traded|settled|peaked|bottomed|fell|rose)\s+at\s+$/i.test(before) && /^(?:\s*(?:and|to|until|till|-|–)\s*(?:[01]?\d|2[0-3])\.[0-5]\d)?\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:this|that|on\s+\p{Lu}\p{Ll}+day|last|in\s+the)\s+(?:morning|afternoon|evening|night)\b|tonight\b|today\b|yesterday\b)/u.test(after)) return false;
    if (/^(?:[01]?\d|2[0-3])\.[0-5]\d$/.test(raw) && /\b(?:between|from)\s+(?:[01]?\d|2[0-3])\.[0-5]\d\s*(?:and|to|until|till|-|–)\s*$/.test(before) && /^\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:this|that|last|in\s+the)\s+(?:morning|afternoon|evening|night)\b|tonight\b)/u.test(after)) return false;
    // ("I've been here since 5 this morning": an hour the day's time follows.)
    if (/^(?:[1-9]|1[0-2])$/.test(raw) && /\b(?:since|at|from|until|till|by|before|after|around|about)\s+$/i.test(before) && /^\s+(?:(?:this|that|tomorrow|yesterday|on\s+\p{Lu}\p{Ll}+day|in\s+the)\s+(?:morning|afternoon|evening|night)\b|tonight\b)/u.test(after)) return false;
    // ("16.47 MOSS WINS!": a live blog's time stamp opening an entry's heading.)
    if (/^(?:[01]?\d|2[0-3])[.:][0-5]\d$/.test(raw) && /(?:^|\n)\s*$/.test(before) && /^\s+\p{Lu}/u.test(after)) return false;
    // An ordinal: "1st", "22nd".
    if (/^(st|nd|rd|th)\b/i.test(after)) return false;
  } else {
    // "zero" counts nothing worth a figure; "one" is judged by oneCounts; "nine of the 12 victims" counts.
    if (/^zero$/i.test(raw)) return false;
    // "a twenty-first-century problem", "his forty-second birthday": an ordinal, no count.
    if (/^-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/i.test(after)) return false;
    // "about two-thirds": a fraction, not a count.
    if (/^-(?:thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b/i.test(after)) return false;
    // "a two-horse race", "four-wheel drives", "a two-way street": a fixed phrase, no count.
    // ("Three-wheeler drivers", "two-wheelers": a vehicle by its wheels.)
    // ("twenty-foot equivalent units": a container's standard size, the unit of a port's throughput.)
    if (/^-(?:horse\s+(?:race|contest)|wheel(?:-|\s+)drives?|wheelers?|way\s+(?:street|traffic|radio|mirror|split|race|tie|contest)|foot\s+equivalent)\b/i.test(after)) return false;
    // "the two sides", "the two countries", "the two Pacific neighbours": parties the text has named, referred to again.
    if (/^two$/i.test(raw) && /\b(?:the|these|those)\s+$/i.test(before) && REFERRED_PARTIES.test(after)) return false;
  }
  return true;
}

const PERCENT_WORD = /^(per cent|percent|pct|pc)$/i;

/** The currency a unit is hundredths of: cents of a dollar, pence, paise, sen ("rose 35 sen", of a ringgit), centavos of a peso. */
function hundredthsOf(word: string): string | null {
  if (/^(?:U\.?S\.?\s?|(?:Australian|Canadian|New Zealand|Singapore|Hong Kong|euro)\s)?cents?$/i.test(word) || word === "c") return "$";
  if (/^(?:pence|p)$/.test(word)) return "£";
  if (/^paise$/i.test(word)) return "₹";
  if (/^sen$/.test(word)) return "RM";
  return /^centavos?$/i.test(word) ? "pesos" : null;
}

function describe(doc: ArticleDoc, sentence: Sentence, n: NumberMention): Figure {
  const text = sentence.text;
  const before = text.slice(Math.max(0, n.start - 40), n.start);
  const after = text.slice(n.end);
  let start = n.start;
  let end = n.end;

  const currency = CURRENCY_BEFORE.exec(before);
  if (currency) start -= currency[0].length;
  const qualifier = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (qualifier) start -= qualifier[0].length;

  const scale = currency ? null : SCALE_BEFORE.exec(before);
  if (scale) start -= scale[0].length;
  let unit: string | null = n.unit ?? (currency ? currency[0].trim() : scale ? scale[1]!.replace(/^(?:Magnitude|M)$/, "magnitude") : null);
  let value = n.value;
  // ("the 84m central span", "a drop of about 4m": the reader took a glued "m" for millions; what is long, high or deep is
  // measured in metres.)
  if (!currency && /\dm$/.test(text.slice(n.start, n.end)) && (METRES_AFTER.test(after) || METRES_BEFORE.test(text.slice(Math.max(0, start - 40), start)))) {
    value = Math.round((n.value / 1e6) * 1e4) / 1e4;
    unit = "m";
  }
  const unitMatch = n.unit ? null : unitAfter(text, n);
  if (unitMatch) {
    end = n.end + unitMatch[0].length;
    const word = unitMatch[1]!;
    // "24.06p a litre" is £0.2406, as "2.2 cents" is $0.022 and "two paise" ₹0.02.
    const hundredths = hundredthsOf(word);
    // Divide, then round away only the binary noise.
    if (hundredths) value = Math.round(value * 1e4) / 1e6;
    unit = hundredths ?? (PERCENT_WORD.test(word) ? "%" : word);
  }
  // ("15 to 20 per cent", "between 3 and 5 km": the first of a range takes the unit written after the second.)
  const range = unit === null && !unitMatch ? /^\s*(?:to|-|–|and|or)\s*(?=\d)/.exec(after) : null;
  const second = range ? findNumbers(after.slice(range[0].length)).at(0) : undefined;
  const rangeUnit = range && second?.start === 0 ? unitAfter(after, { ...second, start: range[0].length, end: second.end + range[0].length }) : null;
  // (Not hundredths, which change the value too: "10 to 20 cents".)
  if (rangeUnit && !hundredthsOf(rangeUnit[1]!.toLowerCase())) unit = PERCENT_WORD.test(rangeUnit[1]!) ? "%" : rangeUnit[1]!;
  // ("a mile and a half": the unit written inside the number.)
  const unitWithin = /^an?\s+(\p{L}+)\s+and\s+a\s+half$/iu.exec(text.slice(n.start, n.end))?.[1]!.toLowerCase();
  if (unitWithin) unit = unitWithin === "foot" ? "feet" : `${unitWithin}s`;
  // "fell to minus 12C": the word for the sign.
  const minus = /\bminus\s+$/i.exec(text.slice(Math.max(0, start - 8), start));
  if (minus) {
    start -= minus[0].length;
    value = -value;
  }
  // "reached 43.6C on Sunday": degrees glued on.
  const degrees = unitMatch ? null : DEGREES_AFTER.exec(after);
  if (degrees) {
    end = n.end + degrees[0].length;
    unit = `°${degrees[1] ?? degrees[2]}`;
  }
  // "dropped to 14 below zero", "five degrees below zero": a reading under zero.
  const belowZero = /^\s+(?:degrees?\s+(?:(?:Celsius|Fahrenheit|C|F)\s+)?)?below\s+zero\b/i.exec(text.slice(end));
  if (belowZero && value > 0) {
    end += belowZero[0].length;
    value = -value;
  }
  // "4ft (1.2m) deep", "had risen by 2.3m": "m" glued on with no money before it and no noun after is metres, not million.
  // ("pumps water more than 1,000m uphill": nor with a word for which way.)
  if (!currency && /\dm$/.test(text.slice(n.start, n.end)) && (!/^\s+\p{L}/u.test(after) || /^\s+(?:deep|high|wide|long|tall|away|below|above|across|thick|higher|deeper|longer|uphill|downhill|upstream|downstream|underground|inland|offshore|up|down|in|on|at|over|within|from|to|and|or|but|minimum|maximum|limit|ceiling|radius|altitude|zone|exclusion|buffer|cordon|perimeter)\b/.test(after))) {
    value = Math.round(n.value / 1e2) / 1e4;
    unit = "m";
  }
  // (A time counts nothing: "the record of 2:10:44 set in 2009".)
  const counted = n.unit ? null : countedNoun(doc, sentence, end);
  if (counted) end = counted.end;
  const attribution = attributionOf(text, n.start);
  return {
    kind: "figure",
    id: factId("f", doc.article.id, `${sentence.start + n.start}:${text.slice(start, end)}`),
    value,
    unit,
    counts: counted?.word ?? null,
    qualifier: qualifier ? qualifier[1]!.toLowerCase() : n.approximate ? text.slice(n.start, n.end).toLowerCase() : null,
    approximate: n.approximate || Boolean(qualifier && !/^(more than|over|at least|upwards of)$/i.test(qualifier[1]!)),
    attribution,
    text: text.slice(start, end),
    context: contextOf(text, start, end),
    sources: [sourceRef(doc, sentence.start + start, sentence.start + end)],
  };
}

/**
 * The clause a figure stands in, cut at clause punctuation and to about a dozen words either side:
 * "the airstrikes by the US-led coalition killed 12, including women and children".
 */
export function contextOf(sentence: string, start: number, end: number): string {
  const breaks = /[;:()—–]|,(?!\d)|\s[-–]\s/g;
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(breaks)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  const left = sentence.slice(from, start).split(/(?<=\s)/);
  const right = sentence.slice(end, to).split(/(?=\s)/);
  const clause = left.slice(-12).join("") + sentence.slice(start, end) + right.slice(0, 12).join("");
  return clause.trim().replace(/[.,;:]$/, "");
}

/**
 * What a number counts: the first noun after it within a few words, across adjectives
 * ("200,000 people", "30,000-strong force", "40,000 Syrian Kurdish and Arab … rebel groups").
 */
function countedNoun(doc: ArticleDoc, sentence: Sentence, from: number): { word: string; end: number } | null {
  const at = sentence.start + from;
  const tokens = doc.tokens.slice(sentence.tokens[0], sentence.tokens[1] + 1).filter((t) => t.start >= at);
  for (const [i, token] of tokens.slice(0, 6).entries()) {
    if (token.pos === "NOUN") {
      // A noun right after a hyphen compound ("-strong force") or an adjective run ends the phrase,
      // with the nouns it heads: "25 rebel fighters", "4000 job losses".
      // A noun joined to the number by a hyphen is its measure ("7.7-magnitude quake", "ten-day campaign") and stays.
      let head = token;
      const joined = tokens[i - 1]?.text === "-" && tokens[i - 1]!.end === token.start && i === 1;
      for (let k = i + 1; !joined && tokens[k]?.pos === "NOUN" && k < i + 3; k++) head = tokens[k]!;
      return { word: head.text, end: head.end - sentence.start };
    }
    // A participle before a noun modifies it: "22 flooded parishes", "10,000 polling stations".
    if (token.pos === "VERB" && /(?:ed|ing)$/.test(token.text) && tokens[i + 1]?.pos === "NOUN") continue;
    if (token.pos === "PUNCT" && token.text !== "-") return null;
    if (i === 0 && !["ADJ", "PROPN", "NUM", "ADV", "PUNCT", "NOUN"].includes(token.pos)) return null;
    if (["VERB", "AUX", "ADP", "DET", "PRON", "SCONJ", "CCONJ"].includes(token.pos) && token.text.toLowerCase() !== "and") return null;
  }
  return null;
}

/**
 * Who gives a figure: "according to X", or the subject of the reporting verb nearest before the
 * figure ("State news agency SANA reported that … killed 12"; "a Kurdish spokeswoman says the
 * 30,000-strong force"), else the nearest after it ("21 people were killed, the Observatory said").
 */
export function attributionOf(sentence: string, at: number): string | null {
  const according = ACCORDING_TO.exec(sentence);
  if (according) return according[1]!.trim().replace(/[.,;:]+$/, "");
  const verbs = [...sentence.matchAll(SAYS)];
  const before = verbs.filter((v) => v.index < at).pop();
  const after = verbs.find((v) => v.index > at);
  for (const verb of [before, after]) {
    if (!verb) continue;
    const subject = subjectBefore(sentence.slice(0, verb.index));
    if (subject) return subject;
  }
  return null;
}

function subjectBefore(text: string): string | null {
  const clause = text.split(/[,;:()“”"]|\b(?:and|but|that|which|who|while)\b/).pop()!.trim();
  const words = clause.split(/\s+/).filter(Boolean).slice(-6);
  while (words.length && /^(a|an|the|its|his|her|their)$/i.test(words[0]!)) words.shift();
  const phrase = words.join(" ");
  if (!phrase || /^(he|she|it|they|we|i|you)$/i.test(phrase)) return null;
  return /\p{Lu}/u.test(phrase) || ROLE_NOUN.test(phrase) ? phrase : null;
}
