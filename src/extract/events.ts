import type { Event, Fact, ResolvedDate } from "../schema/index.js";
import { monthIndexOf } from "./calendar.js";
import { EVENING_HOUR_WRITTEN, findDates, mayNameADate, type DateFinding } from "./dates.js";
import type { ArticleDoc } from "./document.js";
import { factId } from "./ids.js";
import { sourceRef } from "./refs.js";
import type { ExtractContext } from "./types.js";

const DEICTIC = /^(today|tonight|tomorrow|yesterday|this (morning|afternoon|evening))$/i;
/**
 * A photograph's credit after the sentence it captions: "Photograph: Kamran Ali/Pakland Images", "Photo by Jane Roe", or in
 * brackets as broadcasters write it: "(Supplied: Bali Volcano Watch)", "(AP Photo: …)", "(Reuters: Jane Roe)"; or, ending the
 * paragraph, "(Submitted by Carol Ng)", "(CMC PHOTO/ARNEL ROSALES)", "(Jón Eiríksson/Reykjanes Media)".
 */
const PHOTO_CREDIT_AFTER = /^\s*(?:(?:Photograph|Photo|Picture|Image|Photos|Pictures)(?:\s+by\b|\s*:)|\((?:Supplied|(?:[\p{Lu}][\p{L}]*\s+)?(?:Photo|Picture|Image)|AP|AFP|Reuters|Getty(?:\s+Images)?|EPA|ABC(?:\s+News)?)\s*:|\((?:(?:Submitted|Supplied|Courtesy)\b[^()]*|[^()]*\b(?:PHOTO|Photo|Photograph)\b[^()]*|\p{Lu}[^()/]{1,40}(?:\/\s?\p{Lu}[^()/]{1,40})+)\)\s*$)/iu;

/** The last day the article dated, when it is one to three days before publication: the day the report is about. */
function spokenOn(anchor: ResolvedDate | null, published: string | null): string | null {
  if (!anchor || anchor.precision !== "day" || !published) return null;
  const days = (Date.parse(`${published}T00:00:00Z`) - Date.parse(`${anchor.value}T00:00:00Z`)) / 86_400_000;
  return days >= 1 && days <= 3 ? anchor.value : null;
}

function insideParentheses(text: string, at: number): boolean {
  const open = text.lastIndexOf("(", at);
  return open >= 0 && text.lastIndexOf(")", at) < open && text.indexOf(")", at) >= 0;
}

/**
 * Dated happenings: every sentence that names a date becomes an event for each distinct date it
 * names, resolved against the article's publication date. The event's text is the whole sentence.
 */
/**
 * "UNITED NATIONS, Oct. 8 —": the day a wire story's dateline gives, when it is one to three days before publication.
 * The story is told from that day: its "today" and "on Monday" count from it.
 */
export function datelineDay(text: string, published: string | null): string | null {
  if (!published) return null;
  const head = text.slice(0, 600);
  // "HOUSTON, Dec. 2 —", "NEW YORK, Oct 19 (Reuters) -", "JAMMU, MAY 28.": a place in capitals, a day of a month, a dash or a full stop.
  const dateline = /(?:^|\n)\s*\p{Lu}[\p{Lu} .'’-]{2,}(?:,\s*(?:\p{Lu}[\p{L}.]*\s?){1,3})?,\s+(\p{L}{3,9})\.?\s+(\d{1,2})\b(?:\.\s|[^\n—–-]{0,24}\s[—–_-])/u.exec(head);
  const month = dateline ? monthIndexOf(dateline[1]!) : -1;
  if (!dateline || month < 0) return null;
  const pub = new Date(`${published}T00:00:00Z`);
  for (const year of [pub.getUTCFullYear(), pub.getUTCFullYear() - 1]) {
    const day = new Date(Date.UTC(year, month, Number(dateline[2])));
    const back = (pub.getTime() - day.getTime()) / 86_400_000;
    if (back >= 1 && back <= 3) return day.toISOString().slice(0, 10);
  }
  return null;
}

/** A day told with its night or evening, before or after it: "the night of Sept. 14", "Saturday evening". */
const SINCE_BEFORE = /\bsince\s+(?:the\s+|early\s+|late\s+|mid-?)?$/i;
const NIGHT_OF = /\b(?:night|evening)\b/i;
const EVENING_CLOCK = new RegExp(String.raw`\b${EVENING_HOUR_WRITTEN}`, "i");
/** An evening's hour right before the day it is on: "around 6:30pm on " (then "Wednesday"). */
const EVENING_CLOCK_ON = new RegExp(String.raw`\b${EVENING_HOUR_WRITTEN}\s+(?:on\s+)?$`, "i");

/** A year written out in a date's words: "in 2018", "March 3, 2016" (not "in March", whose year is the story's). */
const WRITTEN_YEAR = /\b(?:1[6-9]|20)\d\d\b/;

/** "in Monday's polls", "the election on May 9": a day the text gives as its vote's. */
function namesTheVote(text: string, found: DateFinding): boolean {
  return VOTE_AFTER.test(text.slice(found.end, found.end + 40)) || VOTE_BEFORE.test(text.slice(Math.max(0, found.start - 30), found.start));
}
const VOTE_AFTER = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:polls|vote|voting|election|elections|ballot|runoff|referendum)\b/u;
const VOTE_BEFORE = /\b(?:polls|vote|voting|election|elections|ballot|runoff|referendum)\s+(?:on|of)\s+$/;

/**
 * "Marwick said Tuesday", "told reporters on Monday", "said in a telephone interview from his home Monday": a day right
 * after a verb of saying, no other verb between, dates the saying ("said the fire started Monday" dates the fire).
 */
function isTheDayOfSaying(text: string, found: DateFinding, verbs: ReadonlyArray<readonly [number, number]>): boolean {
  const before = text.slice(Math.max(0, found.start - 60), found.start);
  const saying = /\b(?:said|says|told|added|explained|wrote|announced|confirmed)\b(?=[^,.;:!?"“”]*$)/i.exec(before);
  if (!saying) return false;
  const after = found.start - before.length + saying.index + saying[0].length;
  return !verbs.some(([start]) => start >= after && start < found.start);
}

export default function events(doc: ArticleDoc, ctx: ExtractContext): Fact[] {
  const out: Event[] = [];
  const toldOn = datelineDay(doc.text, doc.article.published) ?? doc.article.published;
  let anchor: ResolvedDate | null = null;
  let lastDay: ResolvedDate | null = null;
  let storyDay: ResolvedDate | null = null;
  let lastYear: ResolvedDate | null = null;
  let recentDay: { date: ResolvedDate; paragraph: number; evening: boolean } | null = null;
  let recentNight: { date: ResolvedDate; paragraph: number } | null = null;
  let eveningDay: { date: ResolvedDate; paragraph: number } | null = null;
  // Whether the story named a date, other than a day, since its recent day.
  let datedSince = false;
  // The last day named that is one to three days before publication: the day of the news a report of it tells.
  let newsDay: string | null = null;
  // The latest such day the story named.
  let latestNewsDay: string | null = null;
  // Whether the story has named the publication day as a day of its news.
  let publicationDayNamed = false;
  let electionDay: ResolvedDate | null = null;
  const happenings = new Map<string, ResolvedDate>();
  let paragraph = 0;
  const quoted = ctx.facts.flatMap((f) => (f.kind === "quote" ? f.sources.map((s) => [s.start, s.end] as const) : []));
  for (const sentence of doc.sentences) {
    if (!mayNameADate(sentence.text)) continue;
    const seen = new Set<string>();
    const verbs: Array<readonly [number, number]> = [];
    for (let i = sentence.tokens[0]; i <= sentence.tokens[1]; i++) {
      const t = doc.tokens[i]!;
      // ("reduced the penalty to four wins on March 27": a word in -s a number counts is a noun, however the tagger read it.)
      // (Not a year: "a law that took effect in 2009 requires alarms".)
      const counted = /s$/.test(t.text) && doc.tokens[i - 1]?.pos === "NUM" && !/^(?:1[89]|20)\d\d$/.test(doc.tokens[i - 1]!.text);
      // ("The Commonwealth Games, which end on Thursday", "The talks close on Friday": a verb of ending or opening a tagger reads
      // as a noun, right after "which" or a plural, then a date's preposition.)
      const endsOrOpens = t.pos !== "VERB" && t.pos !== "AUX" && /^(?:end|close|open|finish|resume|expire)$/.test(t.text) && /^(?:on|at|in|by|next|this)$/.test(doc.tokens[i + 1]?.text ?? "") && /^(?:which|that|who)$|^\p{L}{3,}s$/u.test(doc.tokens[i - 1]?.text ?? "");
      if (((t.pos === "VERB" || t.pos === "AUX") && !counted) || endsOrOpens) verbs.push([t.start - sentence.start, t.end - sentence.start]);
    }
    // ("On Wednesday, Justice Mwangi ruled …. An interim order, issued on 12 June, …. “Today the court has told us …,” said
    // Were": or the day of the story's news the text named last, when a date further back was named since.)
    // (Not after the publication day itself: "… who watched rescuers pull a body from the mud on Sunday morning. “If someone is
    // sick tonight …”", told that Sunday.)
    const namedToday = lastDay?.precision === "day" && doc.article.published !== null && lastDay.value === doc.article.published;
    // ("… beat England on Wednesday night …. Blake said her players had answered critics after Monday’s defeat. “…, and they
    // showed it tonight,”": not a day further back than the story's latest news day, named since as what came before.)
    const spokenOnLastDay = spokenOn(lastDay, doc.article.published);
    // (Not past a day the text gave as the day of saying: "Vlad told supporters on Sunday night. “From tomorrow, …”".)
    const laterNews = spokenOnLastDay !== null && latestNewsDay !== null && latestNewsDay > spokenOnLastDay && lastDay?.value === storyDay?.value;
    // ("The government on Monday allocated …. “I have not heard from him since yesterday,” said Rahima Begum", in a story whose
    // news is Wednesday's: words said on no day the text gives were said on the latest day of its news, not the last named;
    // on the publication day itself where the text made that a day of its news, "spent Monday digging out", told on Monday.)
    const speaking = laterNews ? latestNewsDay : (spokenOnLastDay ?? (namedToday || publicationDayNamed ? null : latestNewsDay));
    // Sentences come in text order, so the paragraph index only moves forward.
    while (paragraph < doc.paragraphs.length - 1 && doc.paragraphs[paragraph]!.end <= sentence.start) paragraph++;
    const recent = recentDay && paragraph - recentDay.paragraph <= 1 ? recentDay : null;
    // ("…returned safely to Denver on Wednesday …. [three paragraphs of quotes] … the crew reported a problem at about
    // 9:40 a.m.": a time of day goes on with a day further back, where the story has named no other date since.)
    const narrative = recentDay && !datedSince && paragraph - recentDay.paragraph <= 5 ? recentDay.date : null;
    const night = recentNight && paragraph - recentNight.paragraph <= 1 ? recentNight.date : null;
    const caption = PHOTO_CREDIT_AFTER.test(doc.text.slice(sentence.end, doc.paragraphs[paragraph]!.end));
    const findings: DateFinding[] = findDates(sentence.text, toldOn, { verbs, anchor, lastDay: storyDay ?? lastDay, lastYear, recentDay: recent?.date ?? null, narrativeDay: narrative, recentEvening: recent?.evening ?? false, recentNight: night, eveningDay: eveningDay && paragraph - eveningDay.paragraph <= 5 ? eveningDay.date : null, electionDay, happenings, caption }).map((found) => {
      // "today" in a quotation is the day the words were said: in a report of the day before
      // ("On Thursday the Dow fell …") that is the day the article last dated, not the publication day.
      const at = sentence.start + found.start;
      if (!speaking || !DEICTIC.test(found.expression) || !quoted.some(([s, e]) => s <= at && at < e)) return found;
      return findDates(sentence.text, speaking, { verbs }).find((f) => f.start === found.start) ?? found;
    });
    // An aside in parentheses or a side event counted back from the main one does not move the story on.
    // ("had cut its staff from 18 to 11 since Christmas": where a span of time began is no step in the story either.)
    // (A date placed more finely on the timeline than it can anchor, "a fortnight ago", anchors as what it was read as.)
    const foreground = findings
      .filter((f) => f.resolved && !f.background && !insideParentheses(sentence.text, f.start) && !SINCE_BEFORE.test(sentence.text.slice(Math.max(0, f.start - 12), f.start)))
      .map((f) => (f.anchorAs ? { ...f, resolved: f.anchorAs } : f));
    anchor = foreground[foreground.length - 1]?.resolved ?? anchor;
    const dayFound = foreground.filter((f) => f.resolved!.precision === "day").pop();
    const dayHere = dayFound?.resolved;
    lastDay = dayHere ?? lastDay;
    // (Not by a date in full, as a byline's "Arif Setiawan, Jakarta · 16 July 2024" gives it.)
    if (dayHere && dayHere.value === doc.article.published && !/\b(?:1[89]|20)\d\d\b/.test(dayFound!.expression)) publicationDayNamed = true;
    newsDay = (dayHere ? spokenOn(dayHere, doc.article.published) : null) ?? newsDay;
    if (newsDay !== null && (latestNewsDay === null || newsDay > latestNewsDay)) latestNewsDay = newsDay;
    // ("Marwick said Tuesday": the day words were said is no step in the story a later "the following morning" counts from.)
    storyDay = foreground.filter((f) => f.resolved!.precision === "day" && !isTheDayOfSaying(sentence.text, f, verbs)).pop()?.resolved ?? storyDay;
    // ("The fire broke out at about 11pm on Saturday": the story's day is last told at its evening, so the small hours after are the next day's.)
    datedSince = dayFound === undefined && (datedSince || foreground.length > 0);
    if (dayFound) recentDay = { date: dayFound.resolved!, paragraph, evening: NIGHT_OF.test(sentence.text.slice(Math.max(0, dayFound.start - 16), dayFound.end + 8)) || (foreground.length === 1 && EVENING_CLOCK.test(sentence.text)) || EVENING_CLOCK_ON.test(sentence.text.slice(Math.max(0, dayFound.start - 16), dayFound.start)) };
    // "on the night of Sept. 14", "Saturday night": a day named with its night or evening.
    const nightHere = foreground.filter((f) => f.resolved!.precision === "day" && NIGHT_OF.test(sentence.text.slice(Math.max(0, f.start - 16), f.end + 8))).pop()?.resolved;
    if (nightHere) recentNight = { date: nightHere, paragraph };
    // ("late Tuesday", "late on Saturday": or at its end.)
    const eveningHere = foreground.filter((f) => f.resolved!.precision === "day" && (NIGHT_OF.test(sentence.text.slice(Math.max(0, f.start - 16), f.end + 8)) || /\blate\s+(?:on\s+)?$/i.test(sentence.text.slice(Math.max(0, f.start - 9), f.start)))).pop()?.resolved;
    if (eveningHere) eveningDay = { date: eveningHere, paragraph };
    lastYear = foreground.filter((f) => WRITTEN_YEAR.test(f.expression)).pop()?.resolved ?? lastYear;
    electionDay = findings.find((f) => f.resolved?.precision === "day" && namesTheVote(sentence.text, f))?.resolved ?? electionDay;
    for (const found of foreground) {
      const noun = found.resolved!.precision === "day" ? happeningBeside(sentence.text, found) : null;
      if (noun) happenings.set(noun, found.resolved!);
    }
    const keyOf = (found: DateFinding) => found.resolved?.value ?? `?${found.expression.toLowerCase()}`;
    // ("A fortnight ago, 10,000 marched in the first rally, on 26 November": one event a date, told by its exact expression.)
    const exact = new Set(findings.filter((f) => !f.resolved?.approximate).map(keyOf));
    for (const found of findings) {
      const key = keyOf(found);
      if (seen.has(key) || (found.resolved?.approximate && exact.has(key))) continue;
      seen.add(key);
      out.push({
        kind: "event",
        id: factId("e", doc.article.id, `${sentence.text}\u0000${key}`),
        text: sentence.text,
        date: { expression: found.expression, start: sentence.start + found.start, end: sentence.start + found.end, resolved: found.resolved },
        sources: [sourceRef(doc, sentence.start, sentence.end)],
      });
    }
  }
  return out;
}

/**
 * The noun for a happening a day is written beside: "the July 11 shooting", "Saturday's crash", "the vote on March 16".
 * (Only a noun in lower case, after the date or right before "on" and it.)
 */
function happeningBeside(sentence: string, found: DateFinding): string | null {
  const after = /^(?:['’]s)?\s+([\p{Ll}-]{4,})\b/u.exec(sentence.slice(found.end))?.[1];
  if (after && (/['’]s$/.test(sentence.slice(found.end, found.end + 2)) || /\bthe\s+$/i.test(sentence.slice(Math.max(0, found.start - 5), found.start)))) return after;
  // ("arrested nine men on Tuesday in a series of raids": what the day's happening was part of, right after it.)
  const partOf = /^\s+in\s+(?:a|an|the)\s+(?:(?:series|wave|string|round|spate)\s+of\s+)?([\p{Ll}-]{4,})\b(?!\s+of\b)/u.exec(sentence.slice(found.end))?.[1];
  if (partOf && !/^(?:morning|afternoon|evening|night|week|month|year|statement|interview|letter|report|court|city|town|village|area|region|capital)s?$/.test(partOf)) return partOf;
  // ("the Division Three East Central game against Cwmparc Harlequins on 24 February": a match, against whom, then its day.)
  return /\bthe\s+([\p{Ll}-]{4,})\s+(?:on|of)\s+$/u.exec(sentence.slice(Math.max(0, found.start - 40), found.start))?.[1] ?? /\b([\p{Ll}-]{4,})\s+against\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}on\s+$/u.exec(sentence.slice(Math.max(0, found.start - 80), found.start))?.[1] ?? null;
}
