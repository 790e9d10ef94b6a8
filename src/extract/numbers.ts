/** A number as written in a text, with its offsets and value. */
export interface NumberMention {
  start: number;
  end: number;
  value: number;
  /** Written with words ("five billion", "tens of thousands") rather than digits. */
  words: boolean;
  /** "tens of thousands": an order of magnitude, not a count. */
  approximate: boolean;
  /** A unit written within the number: "2:08:51" and "two hours and 51 minutes" are counted in seconds. */
  unit?: "seconds";
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
// "lakh" and "crore" are Indian English's hundred thousand and ten million ("Rs 2 lakh").
const SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, k: 1e3, tn: 1e12, mil: 1e6, bil: 1e9, tr: 1e12, mln: 1e6, bln: 1e9 };

const WORD = Object.keys(UNITS).join("|");
const SCALE = "dozen|hundred|thousand|million|billion|trillion|lakhs?|crores?";
// "200 000" (thousands set apart by spaces, a full stop or a comma after them ending the sentence or the clause; not the
// groups of a telephone number, "525 728 9560") and "2,5-million", "13,5 metres", "5,2%" (a decimal comma before a scale or a unit) are written so outside the US.
// ("2,18,450", "1,23,45,678": Indian English groups by two digits above the thousands.)
const DIGITS = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[,.]\d|[ \u00a0\u202f]\d)|\d{1,3},\d{1,2}(?=[\s-]*(?:(?:million|billion|bn|mn|per\s?cent|percent|metres?|meters?|km|kilomet(?:re|er)s?|kg|kilograms?|tonnes?|litres?|liters?|hectares?|degrees?|cm|mm)\b|%))|\d+(?:\.\d+)?`;

/**
 * Currencies written before an amount, glued on or not: "Sh5,000", "KSh 12,000" (Kenyan shillings), "Shs300 billion",
 * "USh67.2-trillion", "UGX 41 trillion" (Ugandan), "TSh2 billion" (Tanzanian), "Rwf312 million" (Rwandan francs), "Rs", "Rp", "RM",
 * "Tk", "Dh900 million", "SR4.1bn" (dirhams, riyals and the Gulf's other currencies), "Es28bn" (Portuguese escudos as the
 * FT wrote them), "NIS 48 million" (Israeli shekels), "TL 5 billion" (Turkish lira), "LL1.5 billion" (Lebanese pounds), "LE60,000" (Egyptian pounds),
 * "Hr 640 million" (Ukrainian hryvnias), "USD410 million", "PHP38bn", "LKR8bn" (a code glued on; not those that spell
 * something else glued to a number, as "COP26" does the climate summit).
 */
export const GLUED_CURRENCIES = String.raw`KSh|Ksh|UShs|USh|Shs|TShs|TSh|UGX|TZS|Sh|Rs|Rp|RM|Tk|Dhs?|AED|SR|SAR|QR|QAR|KD|BD|OMR|EGP|LE|Es|NIS|ILS|TL|LL|Hr|UAH|USD|EUR|GBP|JPY|CNY|RMB|CHF|AUD|CAD|NZD|SGD|HKD|MYR|PKR|LKR|NPR|BDT|PHP|TWD|GHS|ZMW|MWK|RWF|Rwf|FRw|ETB|SEK|NOK|DKK|PLN|CZK|HUF|JD|VND|INR|IDR|THB|KRW|NGN|KES|ZAR|BRL|MXN|MOP`;
/** Currencies' codes written before an amount with a space: "USD 5 million", "RMB 300,000". */
export const CURRENCY_CODES = "USD|EUR|GBP|JPY|CNY|RMB|VND|INR|IDR|THB|KRW|NGN|KES|ZAR|BRL|MXN|CHF|AUD|CAD|NZD|SGD|HKD|MYR|PKR|BDT|GHS|TRY|RUB|SEK|NOK|DKK|PLN|LKR|NPR|PHP|TWD|RWF|ETB|ZMW|MWK|XOF|XAF|MAD|ARS|CLP|COP|PEN|CZK|HUF|RON|ISK|KZT|UZS|KWD|BHD|JOD|TND|DZD|MZN|AOA|NAD|BWP|UYU|PYG|DOP|GTQ|JMD|TTD|FJD|PGK|MOP";
/** A lone capital that is a currency glued to an amount: "N3 million" (naira), "P12 million" (pesos), "R1,200" (rand), "W1.2tr" (won), "B13.4bn" (baht). */
export const LONE_CAPITAL_CURRENCY = "[BENPRWY]";

/** "an M6.9 quake": the magnitude glued to its letter, as Japanese agencies write it (not the M6 motorway). */
const MAGNITUDE_LETTER = String.raw`(?<=\bM(?=\d\.\d(?:\s+[a-z]+)?\s+(?:quake|earthquake|tremor|temblor|aftershock)s?\b))`;

/**
 * Digits with an optional fraction and scale word: "200,000", "9.3", "$1 trillion", "52.5 million",
 * "$29-billion", "7 1/2", "6-1/2", "16GB" (the unit is not part of it). A dot before the digits ends a
 * currency ("Rs.100,000"), else it makes them a decimal or a code; a few currencies are glued on ("Sh5,000", "N3m",
 * "P12 million", "$US220,000"), and a few scales too ("RM120mil" in Malaysia, "W1.2tr" in Korea; "4.5 mln euros" as
 * wires write it).
 */
const DIGIT_NUMBER = new RegExp(String.raw`(?:(?<![\w,])|(?<=\b(?:${GLUED_CURRENCIES}|${LONE_CAPITAL_CURRENCY})|\$(?:US|A|NZ|C))|${MAGNITUDE_LETTER})(?<!(?<!\bRs)\.)(${DIGITS})(?:[\s-](\d)/(\d{1,2})(?![\d/]))?(?:[\s-]*(${SCALE}|bn|mn|tn|mln|bln)\b|(?<=\d)(m|bn|k|mil|bil|tr)\b)?`, "gi");

const BILLIONS_AFTER = /^(?: ?B|b)(?![\p{L}\d])/u;
const CURRENCY_GLUED_BEFORE = new RegExp(String.raw`(?:[$€£¥₹₱₦₩]|\b(?:${GLUED_CURRENCIES}|${LONE_CAPITAL_CURRENCY}))$`);

/**
 * Spelled-out numbers: "seven", "twenty-five", "five billion", "two hundred thousand". Only a ten takes a unit after it:
 * "two four-day matches" are two matches of four days, not six.
 */
const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const ONES = "one|two|three|four|five|six|seven|eight|nine";
const WORD_NUMBER = new RegExp(String.raw`\b((?:${TENS})(?:[\s-]+(?:${ONES})\b)?|(?:${WORD}))(?:[\s-]+(?:(${SCALE})(?:\s+(${SCALE}))?))?\b`, "gi");

/** "a thousand", "a dozen", "a million": the article as the number one. */
// ("a hundred thousand teachers", "a quarter of a million": a second scale multiplies the first.)
const A_SCALE = /\ba (dozen|hundred|thousand|million|billion|trillion)(?:\s+(thousand|million|billion))?\b/gi;

/** "a mile and a half", "an hour and a half": one and a half of a unit, the unit between. */
const A_UNIT_AND_A_HALF = /\ban?\s+(mile|kilometre|kilometer|metre|meter|foot|yard|hour|day|week|month|year|tonne|ton|pound|litre|liter|gallon|acre|hectare)\s+and\s+a\s+half\b/gi;

/** Orders of magnitude: "tens of thousands", "hundreds of millions". */
const MAGNITUDE = /\b(tens|hundreds|dozens) of (thousands|millions|billions)\b/gi;

/**
 * A time on a race's clock: hours, minutes and seconds ("won in 2:08:51"), minutes and seconds with their tenths ("went out
 * in 4:17.9"), or minutes and seconds a rider is behind or ahead ("2:56 down"). A time of day has no seconds and no tenths.
 */
const RACE_TIME = /(?<![\d:.,])(?:(\d{1,2}):([0-5]\d):([0-5]\d(?:\.\d{1,3})?)|(\d{1,2}):([0-5]\d\.\d{1,3})|(\d{1,2}):([0-5]\d)(?=\s+(?:down|behind|ahead|back|adrift|clear|off the pace)\b))(?![\d:])/g;

const MIXTURE_AFTER = /^\s*(?:ratio|NPK|N-P-K|fertili[sz]ers?|blend|mix|mixture|formula|compound)\b/i;
const MIXTURE_BEFORE = /\b(?:ratio|NPK|N-P-K|formula|blend|mix|mixture)\s+(?:of\s+)?$/i;

/** A length of time told in two or three units: "35 hours 41 minutes 09 seconds", "two hours and 51 minutes", "1 minute 12 seconds". */
const COUNT = String.raw`(\d{1,3}(?:\.\d+)?|(?:${TENS})(?:-(?:${ONES}))?|${WORD})`;
const JOIN = String.raw`(?:\s*,\s*|\s+and\s+|\s+)`;
const SPAN_OF_TIME = new RegExp(String.raw`\b${COUNT}\s+(hours?|hrs?|minutes?|mins?)${JOIN}${COUNT}\s+(minutes?|mins?|seconds?|secs?)(?:${JOIN}${COUNT}\s+(seconds?|secs?))?\b`, "gi");
const SECONDS_IN: Record<string, number> = { h: 3600, m: 60, s: 1 };

/** Cheap test before `findNumbers`: a digit, or a word that can start a number. */
export const MAY_HOLD_A_NUMBER = new RegExp(String.raw`\d|\b(?:${WORD}|${SCALE}|dozens?|tens|hundreds|a (?:dozen|hundred|thousand|million|billion|trillion)|and a half)\b`, "i");

/** Every number mention in a text, digits and words, left to right, never overlapping. */
export function findNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  const free = (start: number, end: number) => !found.some((n) => n.start < end && start < n.end);
  for (const m of text.matchAll(MAGNITUDE)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const base = { tens: 10, hundreds: 100, dozens: 12 }[m[1]!.toLowerCase() as "tens"]!;
    found.push({ start: m.index, end: m.index + m[0].length, value: base * SCALES[m[2]!.toLowerCase().replace(/s$/, "")]!, words: true, approximate: true });
  }
  for (const m of text.matchAll(RACE_TIME)) {
    // "a 20:10:10 fertiliser", "in the ratio 12:6:1": the parts of a mixture, not a time.
    if (MIXTURE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)) || MIXTURE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const [hours, minutes, seconds] = m[1] ? [m[1], m[2]!, m[3]!] : m[4] ? ["0", m[4], m[5]!] : ["0", m[6]!, m[7]!];
    found.push({ start: m.index, end: m.index + m[0].length, value: round(Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)), words: false, approximate: false, unit: "seconds" });
  }
  for (const m of text.matchAll(SPAN_OF_TIME)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const parts = [[m[1], m[2]], [m[3], m[4]], [m[5], m[6]]].filter((p): p is [string, string] => p[0] !== undefined && p[1] !== undefined);
    const units = parts.map(([, unit]) => unit.toLowerCase()[0]!);
    // Each unit smaller than the one before: "3 hours 20 minutes", never "20 minutes 3 hours".
    if (units.some((u, i) => i > 0 && SECONDS_IN[u]! >= SECONDS_IN[units[i - 1]!]!)) continue;
    const counts = parts.map(([count]) => (/^\d/.test(count) ? Number(count) : wordsToNumber(count)));
    if (counts.some((c) => c === null)) continue;
    const value = counts.reduce<number>((sum, c, i) => sum + c! * SECONDS_IN[units[i]!]!, 0);
    found.push({ start: m.index, end: m.index + m[0].length, value: round(value), words: /^\p{L}/u.test(m[0]), approximate: false, unit: "seconds" });
  }
  for (const m of text.matchAll(A_UNIT_AND_A_HALF)) found.push({ start: m.index, end: m.index + m[0].length, value: 1.5, words: true, approximate: false });
  for (const m of text.matchAll(A_SCALE)) {
    const word = m[1]!.toLowerCase();
    // "half a million people": half of it.
    const half = /\bhalf\s+$/i.exec(text.slice(Math.max(0, m.index - 6), m.index));
    const start = half ? m.index - half[0].length : m.index;
    const times = m[2] ? SCALES[m[2].toLowerCase()]! : 1;
    found.push({ start, end: m.index + m[0].length, value: (word === "dozen" ? 12 : SCALES[word]!) * times * (half ? 0.5 : 1), words: true, approximate: false });
  }
  for (const m of text.matchAll(DIGIT_NUMBER)) {
    const end = m.index + m[0].length;
    if (!free(m.index, end)) continue;
    // "7 1/2 years": a whole number and a proper fraction are one number.
    const fraction = m[2] && Number(m[2]) < Number(m[3]) ? Number(m[2]) / Number(m[3]) : 0;
    const digits = m[1]!;
    const decimalComma = /^\d{1,3},\d{1,2}$/.test(digits);
    const base = Number(decimalComma ? digits.replace(",", ".") : digits.replace(/[,\s\u00a0\u202f]/g, "")) + fraction;
    const scale = m[4] ?? m[5];
    // "$2.9B", "P2.9 B": a headline's B after an amount of money is billions.
    const billions = !scale && CURRENCY_GLUED_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) ? BILLIONS_AFTER.exec(text.slice(end, end + 3))?.[0] : undefined;
    // ("Rs 1.18 lakh crore": a hundred thousand crore, as Indian English counts a trillion rupees.)
    const crore = scale && /^(?:lakhs?|thousand)$/i.test(scale) ? /^\s+crores?\b/i.exec(text.slice(end, end + 10)) : null;
    const value = round((billions ? base * SCALES.billion! : scale ? base * SCALES[singular(scale.toLowerCase())]! : base) * (crore ? SCALES.crore! : 1));
    // "fell to -5 degrees", "−0.4%": a minus sign after a space is a sign; between two numbers ("52-48") it is a dash.
    const negative = /[-−]/.test(text[m.index - 1] ?? "") && /^$|[\s(]/.test(text[m.index - 2] ?? "");
    found.push({ start: negative ? m.index - 1 : m.index, end: end + (billions?.length ?? 0) + (crore?.[0].length ?? 0), value: negative ? -value : value, words: false, approximate: false });
  }
  for (const m of text.matchAll(WORD_NUMBER)) {
    let end = m.index + m[0].length;
    if (!free(m.index, end)) continue;
    let value = wordsToNumber(m[0]);
    // "three and a half years", "two and a half million": a half more, and the scale after it.
    const andAHalf = value !== null && !m[2] ? AND_A_HALF.exec(text.slice(end, end + 30)) : null;
    if (andAHalf && value !== null) {
      value = (value + 0.5) * (andAHalf[1] ? SCALES[singular(andAHalf[1].toLowerCase())]! : 1);
      end += andAHalf[0].length;
    }
    // "One hundred and fifty buses": British English joins the tens to the hundreds with "and".
    const andTens = value !== null && !andAHalf && /hundred$/i.test(m[0]) ? AND_TENS.exec(text.slice(end, end + 30)) : null;
    const tens = andTens ? wordsToNumber(andTens[1]!) : null;
    if (andTens && value !== null && tens !== null && tens < 100) {
      value += tens;
      end += andTens[0].length;
    }
    if (value !== null) found.push({ start: m.index, end, value, words: true, approximate: false });
  }
  found.sort((a, b) => a.start - b.start);
  shareScales(text, found);
  return found;
}

const AND_TENS = new RegExp(String.raw`^\s+and\s+((?:${WORD})(?:-(?:${WORD}))?)\b(?![\s-]+(?:${SCALE}))`, "i");
const AND_A_HALF = new RegExp(String.raw`^\s+and\s+a\s+half\b(?:\s+(${SCALE})\b)?`, "i");
const ENDS_WITH_SCALE = new RegExp(String.raw`(?:${SCALE}|bn|mn|tn|(?<=\d)(?:m|k))$`, "i");
const RANGE_JOIN = /^\s*(?:to|and|or|-|–)\s*(?:US\$|[$€£¥₹])?$/;

/**
 * "4 to 7 million", "between two and three billion", "$4-7 million": the scale written after a
 * range's second number is the first number's too.
 */
function shareScales(text: string, found: NumberMention[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const first = found[i]!;
    const second = found[i + 1]!;
    if (first.approximate || second.approximate || !RANGE_JOIN.test(text.slice(first.end, second.start))) continue;
    const scaleWord = ENDS_WITH_SCALE.exec(text.slice(second.start, second.end))?.[0];
    if (!scaleWord || ENDS_WITH_SCALE.test(text.slice(first.start, first.end))) continue;
    const scale = SCALES[singular(scaleWord.toLowerCase())]!;
    if (first.value > 0 && first.value < second.value / scale) found[i] = { ...first, value: round(first.value * scale) };
  }
}

/** "twenty-five" → 25, "five billion" → 5e9, "two hundred thousand" → 200000. */
export function wordsToNumber(phrase: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of phrase.toLowerCase().split(/[\s-]+/)) {
    if (word in UNITS) {
      current += UNITS[word]!;
      seen = true;
    } else if (word === "hundred") {
      current = (current || 1) * 100;
      seen = true;
    } else if (singular(word) in SCALES) {
      total += (current || 1) * SCALES[singular(word)]!;
      current = 0;
      seen = true;
    } else if (word !== "and") return null;
  }
  return seen ? total + current : null;
}

/** "lakhs" → "lakh": a scale word written in the plural. */
function singular(word: string): string {
  return word.replace(/s$/, "");
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
