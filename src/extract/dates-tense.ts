import { WEEKDAYS } from "./calendar.js";

export type Tense = "past" | "present" | "future";

/** A date expression that is a weekday's name alone ("Saturday"), or opens with one ("Saturday night"). */
const WEEKDAY_ALONE = new RegExp(`^(?:${WEEKDAYS})$`);
const WEEKDAY_FIRST = new RegExp(`^(?:${WEEKDAYS})\\b`);

/** Words and phrases that put a clause in the future (or a reported future). */
/** Verbs that "would not" refuses in the past: "would not say", "would not comment". */
const REFUSED = /^(?:say|comment|confirm|deny|reveal|disclose|elaborate|discuss|answer|specify|speculate|name|identify|explain)$/;
const FUTURE = /^(will|'ll|’ll|[a-z]+['’]ll|shall|won't|won’t|wo|would|upcoming|next|coming|scheduled|slated|tomorrow|later)$/i;

/** Words that announce the future only when "to" follows: "plans to", "is expected to", "is due to". */
const FUTURE_BEFORE_TO = /^(plans?|planned|due|expects?|expected|set|going|intends?|aims?|hopes?|hoped|promised|vowed|pledged|wants?|seeks?|proposes?|proposed|threatens?|threatened|promises?|vows?|pledges?|agreed|decided|voted|scheduled|forecast|predicted|projected|likely|poised|tipped)$/i;

/** Verbs whose object a bare verb may follow: "had a man come in", "watched it pass", "saw the car leave". */
const CAUSING_OR_PERCEIVING = /^(?:had|made|saw|watched|heard|helped|felt|noticed|have|has|make|makes|see|sees|watch|watches|hear|hears)$/;

/** Common irregular past forms; regular ones end in -ed (but for the short ones a longer ending is read for: "used", "sued"). */
const IRREGULAR_PAST = new Set(
  "said told was were had did went came took began made gave saw found left met held won lost fell rose struck fought sent brought bought sold kept spoke wrote broke ran got became thought knew chose drove flew grew shot stood sought caught taught paid laid meant heard felt built spent lent dealt withdrew overtook undertook underwent forecast drew threw blew wore tore swore sank sang rang swam shook woke froze stole rode hung slid spun forgave forbade used sued owed axed eyed sped bled ago last since earlier previously yesterday former".split(" "),
);

/** Verbs whose past is written as their bare form: "hit", "cut", "set". */
const SAME_IN_THE_PAST = /^(?:hit|cut|put|set|cost|hurt|let|shut|spread|quit|split|burst|cast|bet|shed|thrust|upset|broadcast)$/;

// Adjectives that look like past participles and say nothing about when: "US-led", "armed", "based".
const NOT_A_TENSE = /^(.*-(led|backed|based|owned|run|controlled|held|linked|allied|affiliated)|armed|based|led|united|related|red|bed|need|speed|seed|feed|hundred|indeed|embed|shed|bred|sled|fled)$/i;

/** Verbs of asking and ordering: what they ask for comes after them. */
const REQUEST = /^(?:expect|expected|expects|ask|asked|asks|urge|urged|urges|order|ordered|orders|told|tell|tells|invite|invited|invites|instruct|instructed|request|requested|summon|summoned|direct|directed|call|called|encourage|encouraged|encourages)$/;

/** A relative clause with a past verb, running on to the date: "that pelted the northern suburbs late on ", "which he signed on ". */
// ("bail applications, which she fixed for August 9": not a verb that sets a day for what is still to come.)
const RELATIVE_PAST_BEFORE = /\b(?:that|which|who)\s+(?:(?:he|she|they|it|we)\s+)?(?:\p{Ll}+ly\s+)?(?!(?:fixed|scheduled|slated|planned|adjourned)\s+(?:for|to|until)\s)\p{Ll}{3,}ed\s(?:(?!\b(?:will|would|is|are|was|were|has|have|had|to)\b|\b(?:and|but)\s+\p{Ll})[^,;:.“”"])*$/u;
/** Words that end a noun phrase or are verbs: a participle after them is no reduced relative clause ("will remain closed on"). */
const NOT_IN_A_NOUN_PHRASE = String.raw`(?:is|are|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|to|not|and|or|but|that|which|who|remain|remains|remained|stay|stays|stayed|get|gets|got|keep|keeps|kept|become|becomes|became|seem|seems|seemed)`;
/** A noun, then a past participle and "in"/"on" before a date: "the agreement signed in ", "the mill opened on ". */
// ("Water samples taken on Saturday will be analyzed": or the noun that opens the sentence, and a participle of an
// irregular verb. A window cut from further into the sentence is opened with a NUL, which no "^" alternative can pass.)
const REDUCED_RELATIVE_BEFORE = new RegExp(String.raw`(?:^\s*|\b(?:the|a|an|its|their|his|her|our|this|that|these|those|said|says)\s+)(?:(?!${NOT_IN_A_NOUN_PHRASE}\b)[\p{L}-]+\s+){0,3}?(?!${NOT_IN_A_NOUN_PHRASE}\b)\p{L}{3,}\s+(?!(?:scheduled|planned|expected|set|due|proposed|slated|earmarked|pencilled|penciled)\b)(?:\p{Ll}+ed|taken|given|seen|written|shown|found|held|made|built|sold|stolen|broken|chosen|drawn|driven|caught|brought|bought|sent|shot|struck|won|lost|paid|laid|begun|done)\s+(?:in|on|after|before|since)\s+$`, "u");
const AUXILIARY_BE = /^(is|are|am|was|were|be|been|being|'s|’s|'re|’re)$/;
/** A pronoun with "be" contracted onto it: "it's releasing", "they're meeting". */
const CONTRACTED_BE = /^(?:it|he|she|that|there|what|who|they|we|you)['’](?:s|re)$/;

// ("sent letters on Saturday warning them they would be dismissed": a participle of saying opens a clause of its own.)
// ("would be withdrawn once a final round of tests is completed on Friday": "once" opens a clause of time, as "when" does.)
// ("is expected to decide at a hearing Sunday whether there is enough evidence": so does "whether" a question's.)
const CLAUSE_BREAK = /[,;:()—–]|\s(that|which|who|whom|whose|when|where|whether|while|after|before|because|although|though|but|if|unless|until|once|as|warning|telling|saying|asking|urging|ordering|threatening|demanding|accusing|claiming|promising|insisting|arguing)\s/gi;

/**
 * The tense that governs a date expression at `[start, end)` of a sentence: the marker nearest to
 * the expression in its own clause decides ("warned on Tuesday that it will retaliate" → past);
 * a clause without one borrows from the rest of the sentence; nothing found → present.
 */
export function tenseAround(sentence: string, start: number, end: number, verbs: ReadonlyArray<readonly [number, number]> = []): Tense {
  // ("… will be available to residents from Monday, she said.": the attribution that closes the sentence tells when it was
  // said, not when what it says happens.)
  // ("“… will be put before court on Monday,” said Deputy Superintendent Esther Asante, …, speaking in Koforidua.": or one
  // after the quotation's closing mark, the verb first.)
  const attribution = TRAILING_ATTRIBUTION.exec(sentence.slice(end)) ?? QUOTED_THEN_ATTRIBUTED.exec(sentence.slice(end));
  if (attribution) {
    const cut = end + attribution.index;
    return tenseAround(sentence.slice(0, cut), start, end, verbs.filter(([, verbEnd]) => verbEnd <= cut));
  }
  const tense = tenseOfTheClause(sentence, start, end, verbs);
  // "It keeps us breathing until March", "can view the list on the website from Monday": in the present, where a stretch of
  // time ends, or the weekday it starts on, lies ahead ("The ban runs from June 1 to July 31" may have begun).
  // ("the level at which we can pump by early July": or the present's deadline, perhaps part of a month, which lies ahead.)
  const bound = /\b(until|till|from|by)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$/i.exec(sentence.slice(Math.max(0, start - 16), start))?.[1]?.toLowerCase();
  const ahead = bound !== undefined && (bound !== "from" || WEEKDAY_ALONE.test(sentence.slice(start, end)));
  // ("Two importers have suspended new contracts until September": a state brought about now, and lasting until the date,
  // lasts into what lies ahead.)
  const lastsFromNow = bound !== undefined && bound !== "from" && tense === "past" && /\b(?:has|have|['’]ve)\s+(?:\p{Ll}+ly\s+)?(?:been\s+)?\p{Ll}+(?:ed|en|wn)\b[^.;:]*$/u.test(sentence.slice(0, start)) && !/\bhad\b/.test(sentence.slice(0, start));
  return (tense === "present" && ahead) || lastsFromNow ? "future" : tense;
}

function tenseOfTheClause(sentence: string, start: number, end: number, verbs: ReadonlyArray<readonly [number, number]>): Tense {
  // "had told investors as recently as August that it would break even": a time set as recent or long ago is past.
  if (/\bas (?:recently|long ago|far back) as\s+$/i.test(sentence.slice(Math.max(0, start - 24), start))) return "past";
  // ("unpaid invoices, some of them dating from January": what dates from a time goes back to it.)
  if (/\bdat(?:ing|es|e|ed)\s+(?:back\s+)?(?:from|to)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?(?:early\s+|late\s+|mid-?)?$/i.test(sentence.slice(Math.max(0, start - 50), start))) return "past";
  // "gave tenants until Dec. 31 to leave", "had until Friday to respond": a deadline for what is still to be done lies ahead.
  // ("had been given until the end of April to fix the faults": the part of a month too.)
  // (Not "to" before a count, where something reached by then: "had spread by Tuesday to three other facilities".)
  if (/\b(?:until|till|by)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, start - 12), start)) && /^,?\s+to\s+(?!(?:the|a|an|his|her|their|its|be|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|more|fewer|less|about|around|nearly|almost|over|all|some|several|many|most|other|another)\b)\p{Ll}+/u.test(sentence.slice(end, end + 30))) return "future";
  if (STILL_TO_COME_BEFORE.some((pattern) => pattern.test(sentence.slice(Math.max(0, start - 100), start)))) return "future";
  // (A weekday after such words may already be gone by the time the story runs: "decided on Sunday to suspend flights from
  // Monday"; a month or a day of one lies ahead of the news.)
  if (!WEEKDAY_FIRST.test(sentence.slice(start, end)) && AHEAD_OF_THE_NEWS_BEFORE.some((pattern) => pattern.test(sentence.slice(Math.max(0, start - 200), start)))) return "future";
  // ("adjourned the matter and fixed December 9 and 10 for the commencement of trial": a date a court or a body fixes for
  // something is the day it is to happen.)
  if (/\b(?:fixed|set|scheduled|slated|listed)\s+$/i.test(sentence.slice(Math.max(0, start - 12), start)) && /^(?:\s*(?:and|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+for\s+(?:the\s+|a\s+|its\s+)?\p{Ll}/u.test(sentence.slice(end, end + 40))) return "future";
  // "The company told the ASX on Wednesday it would book a charge": a day right after a past verb of saying and whom it was
  // told to is the day it was said, whatever the words said look ahead to.
  // ("The government said Monday would be a national day of mourning": a day right after the verb and right before a modal is
  // the subject of what was said, the modal its tense.)
  if (/\b(?:said|says|announced|announces|declared|declares|confirmed|confirms)\s+$/.test(sentence.slice(Math.max(0, start - 12), start)) && /^\s+(?:would|will)\s+be\b/.test(sentence.slice(end, end + 12))) return "future";
  if (SAID_TO_BEFORE.test(sentence.slice(Math.max(0, start - 60), start))) return "past";
  const clause = clauseOf(sentence, start, end);
  const own = nearestMarker(sentence, clause.start, clause.end, start, end, verbs);
  // A time clause under a future takes the future, whatever its verb's form: "would be infused
  // into the markets when they opened on Friday" (a backshifted past) means the coming Friday.
  // So does "as" under a forecast: "is expected to remain strong as it crosses the state late Thursday".
  const lead = sentence.slice(0, clause.start);
  // So does a clause of "before" or "after" in the present: "will be presented with his cap before play on Sunday".
  // ("If they do not report for the night shift on Wednesday, we will have no choice": a clause of condition or time that
  // opens the sentence is under the main clause after it.)
  const opening = clause.start === 0 ? /^[\s"“‘'(]*(if|unless|when|once|until|as soon as|before|after)\s/i.exec(sentence)?.[1]?.toLowerCase() : undefined;
  // ("If they don't arrive by the middle of November, we've lost Christmas": a condition in the present that opens the
  // sentence is yet to be met, whatever the main clause says of its outcome.)
  if (own === "present" && /^(?:if|unless)$/.test(opening ?? "") && clause.start === 0) return "future";
  // ("said it would declare an emergency if the fire was not controlled by Wednesday": so does a condition in a backshifted
  // past, but not one in the past perfect, which is no longer to be met: "would have … if it had not been controlled by".)
  const backshiftedCondition = (/\b(?:if|unless)\s+$/i.test(lead) || /^(?:if|unless)$/.test(opening ?? "")) && !/\b(?:had|have)\b/i.test(sentence.slice(0, end));
  if ((own === "past" && (/\b(when|once|until|as soon as)\s+$/i.test(lead) || /^(?:when|once|until|as soon as)$/.test(opening ?? "") || backshiftedCondition)) || (own === "present" && (/\b(as|before|after|when|once|until|if|unless)\s+$/i.test(lead) || opening !== undefined))) {
    const main = opening !== undefined ? nearestMarker(sentence, clause.end, sentence.length, clause.end, clause.end, []) : nearestMarker(sentence, 0, clause.start, clause.start, clause.start, []);
    if (main === "future") return "future";
  }
  // "said they would lift the camp on Tuesday evening but return on June 26": a bare verb joined by "but" or "and" to one
  // after "would" or "will" shares the modal.
  if ((own === null || own === "present") && /\b(?:but|and|or)\s+$/i.test(lead) && bareVerbOpens(sentence, clause.start, verbs) && /\b(?:will|would|shall|'ll|’ll)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+\b[^.;:]*$/u.test(lead.replace(/\b(?:but|and|or)\s+$/i, ""))) return "future";
  // ("said the mosaic would be documented, treated by conservators and covered with sand on Thursday": a participle joined by
  // "and" to one after "would be" or "will be" shares the modal.)
  if (own === "past" && PASSIVES_UNDER_A_MODAL.test(sentence.slice(0, start))) return "future";
  // "the agreement signed in March would be honored": a participle that says when its noun came about is past, whatever
  // modal follows the date.
  // ("said policies bought after January 14 might not cover": a noun with no article after a verb of saying too.)
  // ("A hailstorm that pelted the suburbs late on Sunday is likely to cost insurers": so is a relative clause's past verb.)
  if ((own === "future" && REDUCED_RELATIVE_BEFORE.test(start <= 60 ? sentence.slice(0, start) : `\u0000${sentence.slice(start - 60, start)}`)) || (own !== null && own !== "past" && RELATIVE_PAST_BEFORE.test(sentence.slice(0, start)))) return "past";
  // ("customers will see their bills go up from Saturday": a bare verb after "will see", "will let" shares the future.)
  if (own === "present" && /\b(?:will|shall|'ll|’ll)\s+(?:see|let|make|watch|help|have)\b[^,;.]*$/i.test(sentence.slice(clause.start, start))) return "future";
  if (own) return own === "future" && purposeUnderAPast(sentence, start, verbs) ? "past" : own;
  // ("We told them in writing, on 2 July, that we could not guarantee their safety": a date set off between a verb and the
  // clause of "that" it governs is when the verb's act was done, whatever that clause tells.)
  if (clause.start > 0 && /,\s*$/.test(sentence.slice(0, clause.start)) && /^,\s*that\s/i.test(sentence.slice(clause.end))) {
    const governing = nearestMarker(sentence, 0, clause.start, clause.start, clause.start, verbs);
    if (governing) return governing;
  }
  // "destroyed the depot on Saturday, prompting the mayor to announce on Monday that …": what a past happening led someone
  // to do is past too, whatever the clause after it tells.
  const consequence = CONSEQUENCE_BEFORE.exec(sentence.slice(0, start));
  if (consequence && nearestMarker(sentence, 0, consequence.index, consequence.index, consequence.index, verbs) === "past") return "past";
  // ("Cascade State, which had never won a tournament game before Thursday, will play …": a date in a relative clause set off
  // by commas takes that clause's tense, not the main verb's.)
  // ("… for the Games, which run from September 19 to October 4 in Aichi.": or one that closes the sentence.)
  const relative = [...sentence.matchAll(/,\s*(?:who|whose|which)\b[^,]*(?:,|[.!?]?["”’]?\s*$)/gi)].find((m) => start >= m.index && end <= m.index + m[0].length);
  const relativeTense = relative ? nearestMarker(sentence, relative.index, relative.index + relative[0].length, start, end, verbs) : null;
  if (relativeTense) return relativeTense;
  // "Bolt, who until last year concentrated on the 200, begins qualifying Sunday": a relative clause set off by
  // commas tells of its subject, not of the main verb's time; borrow from the rest of the sentence only.
  // Nor does an attribution that closes it: "The appeal will be heard by a panel, probably in October, Morrow said."
  const borrowed = sentence
    // (Nor does a comparison set off by commas: "would recommend SR9 a share, up from SR6 last year, at the assembly in March".)
    // (Nor an aside on how the subject stands: "Castleford, already without three injured forwards, travel to Leeds on Friday".)
    .replace(/,\s*(?:who|whose|which|(?:up|down)\s+from|compared\s+(?:with|to)|(?:already|still)\s+(?:without|with)|without|despite)\b[^,]*,/gi, (aside, at: number) => (start >= at && start < at + aside.length ? aside : " ".repeat(aside.length)))
    // Nor does a clause of its own after the date: "will offer vaccinations … from Sunday, as doctors reported a sharp rise".
    // ("challenged the merger before the Competition Tribunal in May, arguing it would lead to higher prices": nor a participle's.)
    // ("confirmed that a complaint had been lodged after the seventh round on Friday, but would not say by whom": nor one
    // joined by "but".)
    .replace(/,\s*(?:as|because|although|though|whereas|but|[a-z]{3,}ing)\s[^,;]*[.!?]?["”’]?\s*$/i, (clause, at: number) => (start >= at ? clause : " ".repeat(clause.length)))
    // ("will go ahead as planned on Thursday, organisers said, although the start time could be moved": an attribution before
    // such a clause closes the sentence too.)
    .replace(/,\s*[^,]{1,40}?\s(?:said|says|added|adds|told reporters)(?:\s+(?:in|on|at|to)\s[^,]{0,40})?\s*[.!?]?["”’]?\s*$/, (attribution, at: number) => (start >= at ? attribution : " ".repeat(attribution.length)))
    // Nor a condition after it: "are expected to appear in court on Thursday if charges are brought".
    .replace(/\s(?:if|unless)\s[^,;:]*/gi, (clause, at: number) => (start >= at ? clause : " ".repeat(clause.length)));
  const tense = nearestMarker(borrowed, 0, borrowed.length, start, end, []) ?? "present";
  return tense === "future" && purposeUnderAPast(sentence, start, verbs) ? "past" : tense;
}

/** "would be documented, treated by conservators and covered with a layer of sand ": passives after a modal, joined by "and". */
const PASSIVES_UNDER_A_MODAL = /\b(?:will|would|shall)\s+(?:\p{Ll}+ly\s+)?be\s+\p{Ll}+(?:ed|en|wn)\b[^.;:“”"]*?\band\s+\p{Ll}+(?:ed|en|wn)\b[^,.;:“”"]*$/u;

/** Verbs whose bare form ends in "ed", which may follow "to" as its infinitive: "to proceed", "to need". */
const BARE_FORM_IN_ED = /^(?:proceed|succeed|exceed|need|feed|bleed|breed|speed|shed|wed|embed|plead|seed|weed|heed|concede|recede|precede|impede|intercede|secede|supersede|accede|cede|bed|shred|sled)$/;

/** ", she said.", ", the minister added": an attribution that closes the sentence, its subject short and unquoted. */
const TRAILING_ATTRIBUTION = /,\s*(?:he|she|they|it|we|(?:the\s+)?[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,3})\s+(?:said|says|added|adds|told\s+\p{L}+)\s*[.!?]?["”’]?\s*$/u;

/** A quotation's closing mark, then who said it: "," said Deputy Superintendent Esther Asante, the regional police spokeswoman.". */
const QUOTED_THEN_ATTRIBUTED = /[,!?]["”’]\s+(?:said|says|added|adds|wrote|writes|told)\s[^“”"]*$/u;

/**
 * "told the ASX on ", "said on ", "announced late on ": a past verb of saying, who heard it, and "on".
 * (Not a participle after a bare "be", which a modal or "to" governs: "The result will be announced on Monday".)
 * ("told the Senate committee in September the investigation would be finished", "said in June": or "in" a month, after whom
 * it was told to, or right after the verb; not "announced a strike in March", which may tell when the strike is.)
 */
const SAID_TO_BEFORE = /(?<!\bbe\s+)\b(?:said|told|announced|confirmed|revealed|disclosed|informed|notified)(?:\s+(?!(?:it|he|she|they|we|that|will|would|to|is|are|was|were|be)\b)[\p{L}.&'’-]+){0,3}\s+(?:late\s+|early\s+)?on\s+$|(?<!\bbe\s+)\b(?:told|informed|notified)(?:\s+(?!(?:it|him|her|them|he|she|they|we|that|will|would|to|is|are|was|were|be)\b)[\p{L}.&'’-]+){1,3}\s+in\s+$|(?<!\bbe\s+)\b(?:said|announced|confirmed|revealed|disclosed)\s+in\s+$/iu;

/** ", prompting the mayor to announce on ": a participle of consequence with its infinitive, running on to the date. */
const CONSEQUENCE_BEFORE = /,\s*(?:prompting|forcing|leading|causing|allowing|enabling|pushing|spurring|compelling|driving|inspiring|persuading)\s+[^,;:.]*?\bto\s+\p{Ll}+\b[^,;:.]*$/u;

/** What lies ahead, told right before the date, whatever the tense of the verb that tells it. */
const STILL_TO_COME_BEFORE: readonly RegExp[] = [
  // "The new target date is no earlier than Oct. 6": the earliest a thing may now be.
  /\bno\s+(?:earlier|sooner)\s+than\s+$/i,
  // "announced a tax amnesty, to run until the end of September": how long something still to come is to last.
  /(?<!\b(?:was|were|had|is|are)\s+)\bto\s+(?:run|last|continue|remain|stay|operate|apply)\s+(?:until|till)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?$/i,
  // "Small boats were advised not to sail until Wednesday": what one is told not to do until then.
  // ("advised not to venture into the sea till October 26": with what they are not to go into.)
  /\bnot\s+to\s+\p{Ll}+\s+(?:\p{Ll}+\s+){0,4}(?:until|till|before)\s+$/iu,
  // "the flood, not expected to recede until the middle of October": what is expected to last until then.
  /(?<!\bwas\s|\bwere\s)\b(?:expected|due|likely|scheduled)\s+to\s+\p{Ll}+\s+(?:\p{Ll}+\s+){0,2}(?:until|till|by|before)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?$/iu,
  // "were remanded in custody to appear at Southampton crown court on 10 November": a court date set on remand.
  // ("remanded them to reappear on 14 August", "A summons was issued last week for the company to appear before Naas District
  // Court on July 9th": to appear again, or on a summons.)
  /\b(?:remand(?:s|ed)|bail(?:s|ed)|summons|summoned)\b[^.;]{0,60}\bto\s+(?:re-?)?appear\b[^.;]{0,60}\b(?:on|in|at)\s+(?:the\s+)?$/i,
  // "announced an indefinite strike from February 15": industrial action announced or threatened from a day lies ahead of the
  // announcing ("called a strike on Thursday" may say when it was called).
  /\b(?:announc|declar|call|threaten|plann)(?:e[sd]?|ed|ing)\s+(?:an?|the|their|its)\s+(?:[\p{Ll}-]+\s+){0,3}(?:strike|walkout|walk-out|stoppage|shutdown|boycott|ban|curfew|lockdown|protest|march|rally|sit-in|closure)s?\b[^.;,]{0,40}\b(?:from|starting|beginning)\s+$/iu,
  // "announced a ban on tankers, with effect from September 20": what takes effect from a day.
  /\bwith effect from\s+$|\bw\.e\.f\.?\s+$/i,
  // "ordered them back on the job by Thursday morning": a deadline set by an order (not "gave way shortly before midnight on
  // Tuesday", where nothing was given).
  // (Not one told something, in the passive, before a day: "We were told before Christmas that things were fine".)
  /\b(?:ordered|(?<!\b(?:was|were|been|being)\s+)told|instructed|directed|gave|given)\b(?!\s+way\b)[^.;:]{0,60}\b(?:by|before)\s+$/i,
  // "called for a protest outside the ministry on Saturday": a protest called for.
  // ("has called for a campus-wide walkout on May 1", "said they planned a national march to the Union Buildings on Friday":
  // with words for what kind, and one planned.)
  /\b(?:called\s+for|plann(?:ed|ing|s))\s+(?:an?|the|their|its)\s+(?:[\p{L}-]+\s+){0,2}(?:protest|strike|rally|march|boycott|demonstration|sit-in|walkout|vigil|shutdown|stay-away)\b[^.;,]{0,60}\b(?:on|in|for)\s+$/iu,
  // "The papers began on Oct. 23 and run until Nov. 16": what runs until a day, in the present, still runs.
  /(?<!\b(?:had|has|have|to|would|could|did)\s+)\b(?:runs?|lasts?|continues?|remains?\s+open|stays?\s+open)\s+(?:until|till|through)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?$/i,
  // ("A first case management conference has been set down for May 16", "The hearing has been adjourned to 3 June": a day a
  // hearing now stands set for or put off to.)
  /\b(?:has|have|is|are)\s+(?:now\s+)?(?:been\s+)?(?:set(?:\s+down)?|scheduled|fixed|listed|adjourned|postponed|rescheduled|put\s+off|pushed\s+back|moved)\s+(?:for|to|until|till)\s+(?:the\s+)?$/i,
  // ("It pushes the first cut to November at the earliest", "The ruling delays the handover until March": what something now
  // puts off or moves to a time lies ahead of it.)
  /(?<!\b(?:had|to|would|could|did)\s+)\b(?:pushes|moves|shifts|delays|postpones|defers|puts\s+off|pushes\s+back|brings\s+forward)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{L}\d-]+\s+){0,4}?(?:back\s+)?(?:to|until|till|into)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?(?:(?:early|mid|late)[\s-]+)?$/iu,
  // ("Organisers canceled Sunday's full marathon", "cancelled Saturday's race": what is called off by a day's name had not yet
  // been held.)
  /\b(?:cancell?ed|cancell?ing|called\s+off|calling\s+off|scrapped|postponed|postponing)\s+(?:this\s+)?$/i,
  // "who is projected as a first-round pick in June's NBA draft": what someone is tipped for.
  /\b(?:is|are|am)\s+(?:widely\s+)?(?:projected|tipped|slated|touted|predicted|forecast)\s+(?:as|to|for)\b[^,;.]*$/i,
];

/** Words before a month or its day that put it ahead of the news told, whatever the tense of the telling. */
const AHEAD_OF_THE_NEWS_BEFORE: readonly RegExp[] = [
  // "voted on Wednesday night to close four libraries by the end of June", "voted on Tuesday to raise fares … from August 1":
  // what a body decided to do from or by a time is still to be done.
  // ("Rs2.4 billion had been earmarked to expand the warning network to all 36 high-risk lakes by June": so is what money was
  // set aside to do.)
  /\b(?:voted|decided|agreed|resolved|opted|earmarked|allocated|budgeted|set\s+aside)\b[^.;:]{0,40}?\bto\s+(?!\d)\p{Ll}{3,}\b(?:[^.;:]|(?<=\d)\.(?=\d)){0,120}\b(?:by|from)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?$/iu,
  // "I'd like to see it in place for January": what one would like done.
  /\b(?:\p{L}+['’]d|would)\s+(?:like|love|prefer|want)\s+to\s+[^.;:]{0,60}\b(?:for|by|in|from|before)\s+(?:the\s+)?$/iu,
  // "a place in the team for the Chess Olympiad in Baku in September", "named in its squad for the world championships in Tokyo
  // in September": a contest or a meeting someone is picked or readied for.
  /\bfor\s+the\s+(?:[\p{L}'’-]+\s+){0,4}(?:championships?|olympiad|olympics|games|cup|tournament|finals?|grand\s+prix|summit|congress|conference|festival|expo)\s+(?:(?:in|at)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?(?:in|on)\s+$/iu,
];

/**
 * "had been built in a hurry so that it could open before the festival in February": a purpose under a past verb was still
 * to come only then.
 */
function purposeUnderAPast(sentence: string, start: number, verbs: ReadonlyArray<readonly [number, number]>): boolean {
  const purpose = PURPOSE_UNDER_A_VERB.exec(sentence.slice(0, start));
  // ("is being built so that it could open": not under a present or a future.)
  return purpose !== null && !/\b(?:is|are|am|will|shall|has|have)\b/i.test(sentence.slice(0, purpose.index)) && nearestMarker(sentence, 0, purpose.index, purpose.index, purpose.index, verbs) === "past";
}

/** "so that it could open before the festival in ": a clause of purpose with its modal, running on to the date. */
const PURPOSE_UNDER_A_VERB = /\bso(?:\s+that)?\s+(?:it|he|she|they|we|you|I|the\s+\p{Ll}+)\s+(?:could|would|might)\s[^,;:.“”"]*$/u;

/** The clause at `from` opens with a verb, no subject of its own before it ("but return on June 26", not "but nothing we see"). */
function bareVerbOpens(sentence: string, from: number, verbs: ReadonlyArray<readonly [number, number]>): boolean {
  const word = /^\s*(\p{Ll}+)\b/u.exec(sentence.slice(from));
  if (!word || /^(?:nothing|nobody|no|none|the|a|an|it|they|we|he|she|i|you|this|that|there|these|those|its|their|his|her|our)$/.test(word[1]!)) return false;
  // The tagger often reads such a verb, with no subject before it, as a noun, so the test is the other way round: a word
  // with a verb right after it is that verb's subject ("but prices fell").
  const after = from + word[0].length;
  return !verbs.some(([s]) => s > after && /^\s*$/.test(sentence.slice(after, s)));
}

function clauseOf(sentence: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  // A purpose clause after the date ("meet the receivers on Monday to see what help it could offer") is a clause of its own.
  // ("are expected to save", "plans to", "have to" go on with their verb.)
  // ("present its plan to the works council in April": "to" before a determiner is a preposition.)
  const purpose = /(\S+) to (?!(?:the|a|an|his|her|its|their|our|this|that|these|those|my|your)\b)(?=\p{Ll}+\b)/u.exec(sentence.slice(start));
  const goesOn = purpose !== null && (FUTURE_BEFORE_TO.test(purpose[1]!) || /^(?:have|has|had|need|needs|needed|want|wants|wanted|able|going|used|ought|likely|is|are|was|were|be)$/i.test(purpose[1]!));
  const purposeAt = purpose && !goesOn ? start + purpose.index + purpose[1]!.length : Infinity;
  let to = purposeAt >= end && purposeAt < sentence.length ? purposeAt : sentence.length;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    const at = match.index;
    // ("more than 18,000 calls": a thousands separator is no clause's comma.)
    if (match[0] === "," && /\d/.test(sentence[at - 1] ?? "") && /\d/.test(sentence[at + 1] ?? "")) continue;
    if (at + match[0].length <= start) from = at + match[0].length;
    else if (at >= end) {
      to = Math.min(to, at);
      break;
    }
  }
  return { start: from, end: to };
}

/**
 * `verbs` are the offsets of words a tagger marked as verbs: one that is neither past nor future
 * ("which ends on June 26") makes its clause present rather than borrowing the sentence's tense.
 */
/** Verbs for arranging a gathering: "organised", "called", "summoned … to". */
const ARRANGED = /^(?:organi[sz]ed|called|planned|scheduled|convened|summoned|arranged)$/;
/** A gathering, then the words up to the day it is set for: " a demonstration outside the city hall on ". */
const GATHERING_SET_FOR = /\b(?:meeting|demonstration|protest|rally|march|vigil|strike|walkout|stoppage|hearing|vote|ballot|press conference|briefing|session|summit)\b(?:\s+[^\s.;]+){0,6}?\s+(?:on|for)\s+$/;

/** A participle that gives a noun its name: "an exhibition titled", "a ring dubbed", "a man named". */
const NAMING_PARTICIPLE = /^(?:titled|entitled|called|named|dubbed|nicknamed|labell?ed|billed|branded)$/;

function nearestMarker(sentence: string, from: number, to: number, start: number, end: number, verbs: ReadonlyArray<readonly [number, number]>): Tense | null {
  let best: { tense: Tense; distance: number } | null = null;
  const verbEnds = new Map(verbs.map(([s, e]) => [s, e]));
  // "voted to leave the EU in June's referendum": a month that owns a noun names when that thing was; a plan
  // told of in the past ("voted to", "agreed to") does not put it ahead (a weekday, "voted to boycott Sunday's
  // election", is as likely still to come).
  const possessive = /^['’]s\b/.test(sentence.slice(end, end + 3)) && !/day$/i.test(sentence.slice(start, end));
  // The first "and" after the date: a verb beyond it has a clause of its own (found once, not per word).
  const andAfter = sentence.indexOf(" and ", end);
  // (A word starts with a letter: the straight quotation mark that opens "'I'll be back on Monday'" is no part of it.)
  const words = [...sentence.slice(from, to).matchAll(/\p{L}[\p{L}'’-]*/gu)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), at: from + m.index }));
  // Without the tagger's verbs, any lower-case word but an article may be one.
  const isVerbWord = (w: { text: string; lower: string; at: number } | undefined) =>
    w !== undefined && (verbs.length ? verbEnds.get(w.at) === w.at + w.text.length : /^\p{Ll}+$/u.test(w.text) && !/^(?:the|an?|this|that|its|their)$/.test(w.lower));
  // A past verb at the `k`th word: one that took what follows as its object ("received calls").
  const pastVerbAt = (k: number) => isVerbWord(words[k]) && classify(words[k]!.lower) === "past";
  // ("passed a bill on Wednesday night that will open 356,000 hectares": a relative clause right after the date tells what
  // the noun before it will do; the past verb before the date, where there is one, is the date's.)
  const relativeAfter = /^\s+(?:that|which)\s+(?:will|would|shall)\s/.test(sentence.slice(end, end + 16)) && words.some((w) => w.at < start && isVerbWord(w) && classify(w.lower) === "past") ? end + 1 : Infinity;
  for (const [i, word] of words.entries()) {
    const { at } = word;
    if ((at >= start && at < end) || at > relativeAfter) continue;
    const distance = at < start ? start - (at + word.text.length) : at - end;
    if (best && distance >= best.distance) continue;
    // ("named Aino Lehtinen as its next music director": "next" after a determiner says which one, no sign of the future.)
    if (word.lower === "next" && /^(?:its|his|her|their|our|my|your)$/.test(words[i - 1]?.lower ?? "") && /^\p{Ll}/u.test(words[i + 1]?.text ?? "")) continue;
    // "later Saturday morning" is later on that day, no sign of the future.
    if (word.lower === "later" && words[i + 1]?.at === start) continue;
    // ("The race on October 6 was later found to be short": nor "later" between an auxiliary or before a past verb, what
    // happened after.)
    if (word.lower === "later" && (/^(?:was|were|had|has|have|is|are|been)$/.test(words[i - 1]?.lower ?? "") || classify(words[i + 1]?.lower ?? "") === "past")) continue;
    // ("was aware of the planned walkout no later than 10 March and took no steps": nor a comparison, "later than".)
    if (word.lower === "later" && words[i + 1]?.lower === "than") continue;
    // ("Stage 12 will go ahead as planned on Thursday": nor a participle after "as", which tells how, not when.)
    if (/\bas\s+$/i.test(sentence.slice(Math.max(0, at - 4), at)) && /^(?:planned|scheduled|expected|agreed|announced|promised|intended|usual|normal|advertised|arranged|forecast|predicted)$/.test(word.lower)) continue;
    // ("would begin inspecting damaged buildings on Monday", "the affected customers": a participle between a determiner or
    // a verb in -ing and its noun describes the noun, no past.)
    if (/ed$/.test(word.lower) && /^(?:the|a|an|its|their|his|her|our|of|for|all|some|many|several|\p{Ll}+ing|\d[\d,]*)$/u.test(words[i - 1]?.lower ?? "") && /^\p{Ll}+$/u.test(words[i + 1]?.text ?? "") && !/^(?:by|to|in|on|at|for|with|from|the|a|an|as|that|and|or|last|this|next|early|late|over|after|before|during|since|until)$/.test(words[i + 1]?.lower ?? "")) continue;
    // ("will cut the rate credited to members' savings from 1 April", "would lower its deposit rate, the annual rate credited to
    // members …, from April 1": nor one after a noun its determiner opens, before a preposition, where a modal came before: a
    // relative clause cut short, whose verb is the modal's.)
    // (A change's start, "from", goes with the modal's verb; not "the suspension imposed by the regulator on Sunday", nor "the
    // claim it filed … in May", a clause with a subject of its own.)
    const determined = () => [2, 3].some((back) => /^(?:the|its|their|his|her|our|a|an)$/.test(words[i - back]?.lower ?? "") && words.slice(i - back + 1, i).every((w) => /^\p{Ll}+$/u.test(w.text) && !/^(?:it|he|she|they|we|you|i|who|which|that)$/.test(w.lower)));
    if (at < start && /ed$/.test(word.lower) && /^(?:to|for|with|from)$/.test(words[i + 1]?.lower ?? "") && /\bfrom\s+$/.test(sentence.slice(Math.max(0, start - 6), start)) && determined() && words.slice(0, Math.max(0, i - 3)).some((w) => /^(?:will|would|shall)$/.test(w.lower))) continue;
    // ("will appear before the court on 14 December, charged with manslaughter": a participle set off by a comma right after
    // the date says what the subject is, not when.)
    if (at > end && /^,\s+$/.test(sentence.slice(end, at)) && /(?:ed|en)$/.test(word.lower) && /^(?:with|of|by|for|over|in|under)$/.test(words[i + 1]?.lower ?? "")) continue;
    // ("would present tighter rules for mineral springs in March": a word in -s after a preposition and a noun's modifier is
    // a plural noun, whatever the tagger made of it.)
    // ("ran aground in the southern reaches of the canal on Tuesday": or after a determiner and a word shaped like an adjective,
    // not a noun, whose verb it would be: "the decision sees", "the monsoon arrives".)
    if (/\p{Ll}s$/u.test(word.lower) && !/(?:ss|us|is)$/.test(word.lower) && /^(?:the|its|their|these|those)$/.test(words[i - 2]?.lower ?? "") && /^\p{Ll}+(?:ern|al|ic|ous|ive|ful|less|ian|ish|ary|ory|est|ble)$/u.test(words[i - 1]?.text ?? "") && /^\s+(?:of|in|on|at|near|beyond|along)\s/.test(sentence.slice(at + word.text.length, at + word.text.length + 9))) continue;
    if (/\p{Ll}s$/u.test(word.lower) && !/(?:ss|us|is)$/.test(word.lower) && /^(?:for|of|with|from|about|into|on|at|in)$/.test(words[i - 2]?.lower ?? "") && /^\p{Ll}+$/u.test(words[i - 1]?.text ?? "") && !/^(?:it|he|she|that|which|who|this|what|one)$/.test(words[i - 1]!.lower) && !isVerbWord(words[i - 1])) continue;
    // ("We had a man in his eighties come in with chest pains on Monday night", "watched it pass on February 11": a bare verb
    // after the object of a verb of causing or perceiving takes its time from that verb.)
    if (isVerbWord(word) && classify(word.lower) === null && !/(?:ing|ed|s)$/.test(word.lower) && at < start) {
      const governing = words.slice(Math.max(0, i - 7), i - 1).findLastIndex((w) => CAUSING_OR_PERCEIVING.test(w.lower));
      const governingAt = Math.max(0, i - 7) + governing;
      if (governing >= 0 && words.slice(governingAt + 1, i).every((w) => !isVerbWord(w) && !/^(?:to|will|would|can|could|may|might|must|should|shall)$/.test(w.lower))) continue;
    }
    // ("I was that man until Saturday": a word right after a determiner, or after "that" following a verb of being, is a noun,
    // whatever the tagger made of it.)
    if (classify(word.lower) === null && (/^(?:a|an|the|his|her|its|their|my|our|your|this|these|those)$/.test(words[i - 1]?.lower ?? "") || (words[i - 1]?.lower === "that" && /^(?:was|were|is|are|am|be|been)$/.test(words[i - 2]?.lower ?? "")))) continue;
    // "a dividend of 1,000 won a share": after an amount, "won" is the Korean currency, not a verb.
    if (word.lower === "won" && /\d\s*$/.test(sentence.slice(Math.max(0, at - 3), at))) continue;
    // ("had taken more than 18,000 calls by Wednesday evening": a word right after a number is what it counts, no verb.)
    if (/\d\s+$/.test(sentence.slice(Math.max(0, at - 3), at)) && /s$/.test(word.lower)) continue;
    // ("received calls on October 13", "received telephone calls from Umeghe youths on the afternoon of October 13": nor one
    // right after a past verb, or after it and a word before a noun, which is what the verb took.)
    if (/\p{Ll}s$/u.test(word.lower) && !/(?:ss|us|is)$/.test(word.lower) && (pastVerbAt(i - 1) || (pastVerbAt(i - 2) && /^\p{Ll}+$/u.test(words[i - 1]!.text) && !isVerbWord(words[i - 1])))) continue;
    // A capitalised word inside the sentence is part of a name, not its verb ("close its Brannock Works in December").
    if (at > from && /^\p{Lu}/u.test(word.text) && !/^I(?:['’]\p{L}+)?$/u.test(word.text) && !/[:“"]\s*$/.test(sentence.slice(Math.max(0, at - 3), at))) continue;
    // After a modal a word is its verb, whatever the tagger made of it ("will close by the end of March").
    const isVerb = verbEnds.get(at) === at + word.text.length || (/^\p{Ll}+$/u.test(word.text) && /^(?:will|would|shall|can|could|might|must|should)$/.test(words[i - 1]?.lower ?? ""));
    // ("would be fully restored by": an adverb between the auxiliaries and the verb is passed over.)
    const before = wordsBefore(words, i);
    // "plans to", "is due to"; "due" alone looks ahead too: "elections are due in September".
    // "Tuesday is expected to be another scorcher": the auxiliary takes the tense of what follows it.
    // "EQT in March agreed to buy Equitrans": a past verb of deciding after the date is the date's own verb; the future is in what it decided.
    const decidedAfter = at > start && classify(word.lower) === "past" && !AUXILIARY_BE.test(before[before.length - 1] ?? "");
    const ahead =
      // "Parents have been invited to a meeting on Monday evening", "are invited to": an invitation standing now is to what lies ahead.
      (/^(?:invited|summoned)$/.test(word.lower) && at < start && ((before[1] === "been" && /^(?:has|have)$/.test(before[0] ?? "")) || /^(?:is|are)$/.test(before[1] ?? ""))) ||
      // ("summoned the management of Sikatel to a meeting on Friday": so is a meeting one was summoned or invited to on a weekday.)
      (/^(?:invited|summoned)$/.test(word.lower) && at < start && /day$/i.test(sentence.slice(start, end)) && GATHERING_SET_FOR.test(sentence.slice(at + word.text.length, start))) ||
      // ("Parents have organised a demonstration outside the city hall on Saturday", "has summoned the directors to a meeting on
      // Thursday": a gathering one has arranged, and the day it is set for, lie ahead.)
      (ARRANGED.test(word.lower) && at < start && /^(?:has|have)$/.test(before[before.length - 1] ?? "") && GATHERING_SET_FOR.test(sentence.slice(at + word.text.length, start))) ||
      // ("voted 1,402 to 311 on Sunday": a "to" with a number between is no infinitive.)
      // ("had been due to open in April and is now pencilled in for next summer": a plan told in the past perfect was for a time
      // now gone.)
      // ("Both parties are due back at the commission on Thursday": "due" with where one is due is ahead too.)
      (FUTURE_BEFORE_TO.test(word.text) && !decidedAfter && !(possessive && classify(word.lower) === "past") && !before.includes("had") && ((words[i + 1]?.lower === "to" && /^\s+$/.test(sentence.slice(at + word.text.length, words[i + 1]!.at))) || (word.lower === "due" && /^(in|on|by|at|next|this|back|home|out|for)$/.test(words[i + 1]?.lower ?? "") && !/^(?:came|fell)$/.test(words[i - 1]?.lower ?? "")))) ||
      (AUXILIARY_BE.test(word.lower) && FUTURE_BEFORE_TO.test(words[i + 1]?.text ?? "") && words[i + 2]?.lower === "to" && !before.includes("had")) ||
      // "Halcyon is planning a limited release in December", "are preparing a bid for March": what is being prepared lies ahead.
      (/^(?:planning|preparing|organi[sz]ing|scheduling|readying)$/.test(word.lower) && at < start && AUXILIARY_BE.test(before[before.length - 1] ?? "") && !/^(?:was|were)$/.test(before[before.length - 1] ?? "")) ||
      // "who is to return on Saturday": "be" with "to" and a verb is a plan.
      (/^(?:is|are|am)$/.test(word.lower) && words[i + 1]?.lower === "to" && isVerbWord(words[i + 2])) ||
      // "asked both sides to meet again on Thursday", "ordered the town to hold the election in November": what one is asked to do lies ahead.
      // A request told in the past looks ahead only as far as a month: "residents were ordered to evacuate on Monday" may be gone
      // (not one to be met by a day: "ordered a counsellor to leave Albania by Saturday").
      (word.lower === "to" && at < start && isVerbWord(words[i + 1]) && words.slice(Math.max(0, i - 10), i).some((w, k, near) => REQUEST.test(w.lower) && !/^(?:had|been)$/.test(near[k - 1]?.lower ?? "") && (/s$/.test(w.lower) || /^(?:has|have|will|would|shall)$/.test(near[k - 1]?.lower ?? "") || !/day|weekend|night|morning/i.test(sentence.slice(start, end)) || /\b(?:by|until|before)\s+$/i.test(sentence.slice(Math.max(0, start - 8), start)))));
    // A participle with no auxiliary ("a bowling alley", "people fleeing the city") carries no tense.
    // Nor does a verb after "to" or "being" ("charged with being part of a mob").
    const bareParticiple = (/ing$/.test(word.lower) && !before.some((w) => AUXILIARY_BE.test(w) || CONTRACTED_BE.test(w) || FUTURE.test(w))) || /^(to|being)$/.test(before[before.length - 1] ?? "");
    // Nor does a passive infinitive ("is expected to be called in September"): what governs it tells.
    if (before[0] === "to" && before[1] === "be") continue;
    // ("will go on display in Port Moresby in December in an exhibition titled “Sepik: The Long Way Home”": a participle that
    // gives a noun its name carries no tense.)
    if (NAMING_PARTICIPLE.test(word.lower) && /^\s+(?:as\s+)?["“‘'\p{Lu}]/u.test(sentence.slice(at + word.text.length, at + word.text.length + 6)) && !AUXILIARY_BE.test(before[before.length - 1] ?? "") && !/^(?:has|have|had)$/.test(before[before.length - 1] ?? "")) continue;
    // "last for 10 months", "will last until May": the verb "last" carries no tense, unlike "last week".
    if (word.lower === "last" && /^(for|until|till|through|into|beyond|longer)$/.test(words[i + 1]?.lower ?? "")) continue;
    // "could expect 8 inches overnight and Friday", "may arrive on Monday": a possibility lies ahead ("may have been" does not).
    // So does an obligation: "the map must be submitted by Dec. 15".
    // ("said another round of storms was possible on Thursday": so does what is called possible or likely for the date, with
    // "on" or without: "more thunderstorms were possible Saturday".)
    const possibility = ((/^(could|might|should|must)$/.test(word.lower) || word.text === "may") && words[i + 1]?.lower !== "have") || (/^(?:possible|likely|probable)$/.test(word.lower) && (/^\s+(?:on|in|by|from|until|before|after|later|next|this)\s/.test(sentence.slice(at + word.text.length, start + 1)) || (/^\s+$/.test(sentence.slice(at + word.text.length, start)) && WEEKDAY_FIRST.test(sentence.slice(start, end)))));
    // "is set for 3 p.m. Sunday", "penciled in for Sept. 27", "Phoenix expects a peak of 117 on Sunday": a plan or an
    // expectation looks ahead ("fell more than expected" does not).
    // ("a record of 9.72, set in New York on May 31" is a past participle: "set" looks ahead only as "set for").
    // "has forecast further heavy showers on Wednesday": what is forecast lies ahead ("forecast on Monday that" is when it was said).
    // ("have warned of further heavy showers on Monday": what is warned of, too; not "first warned of increased activity on
    // January 14", the day the warning began.)
    // ("has promised elections in November", "pledges a decision by March": so is what someone stands by a promise of.)
    // ("has recommended raising the price of diesel … from Wednesday": and what someone has recommended or proposed.)
    // ("The airline has offered 3.5% from April": and what someone has offered.)
    const promised = (/^(?:promises|pledges|vows|recommends|proposes|offers)$/.test(word.lower) || (/^(?:promised|pledged|recommended|proposed|offered)$/.test(word.lower) && /^(?:has|have)$/.test(before[before.length - 1] ?? ""))) && at < start && words[i + 1] !== undefined && !/^(?:to|in|on|at|by|during|last|this|that)$/.test(words[i + 1]!.lower) && words[i + 1]!.at < start;
    // ("Forecasters are predicting a cold snap at the weekend": so is what is being forecast.)
    // ("daytime highs of 36 C to 39 C forecast through Thursday": or forecast to last until the date.)
    const forecastUntil = /^(?:forecast|expected|predicted)$/.test(word.lower) && /^\s+(?:through|until|till|into)\s+$/.test(sentence.slice(at + word.text.length, start));
    const forecast = forecastUntil || (/^(?:forecasts?|predicts?|predicted|predicting|forecasting)$/.test(word.lower) || (/^(?:warned|warns|warn|warning)$/.test(word.lower) && words[i + 1]?.lower === "of" && !/^(?:first|initially|already|earlier)$/.test(words[i - 1]?.lower ?? ""))) && at < start && words[i + 1] !== undefined && words[i + 1]!.at + words[i + 1]!.text.length < start - 4 && !before.includes("had");
    // "has called a meeting of traders … on Thursday": a gathering someone has called or arranged is still to come.
    // So are the talks someone has invited others to ("had invited the unions for talks on Thursday").
    // ("The Federal Court has listed a first case management hearing for March 12": as is one a court has listed or set.)
    // ("The Labour Ministry summoned both sides to talks on Thursday": those summoned go to what lies ahead.)
    // ("The labour ministry called both sides to talks on Thursday": as do those called to them.)
    const gathered = at < start ? GATHERING.exec(sentence.slice(at, start)) : null;
    // ("announced a protest rally in Savar on Saturday": as is one someone announced.)
    const gathering = gathered !== null && ((/^(?:called|scheduled|arranged|convened|invited|listed|set|fixed)$/.test(word.lower) && /^(?:has|have|had)$/.test(before[before.length - 1] ?? "") && (word.lower !== "called" || before[before.length - 1] !== "had")) || /^(?:summoned|announced|announces)$/.test(word.lower) || (word.lower === "called" && /\sto\s/.test(gathered[0])));
    // "A meeting has been called for October 3", "have arranged for 45 buses to run from Monday": what is set for a date, or
    // arranged for others to do, is still to come.
    const setFor = at < start && ((/^(?:called|scheduled|set|fixed|convened|planned)$/.test(word.lower) && before[1] === "been" && /^(?:has|have|is|are)$/.test(before[0] ?? "") && /^\s+for\s+$/.test(sentence.slice(at + word.text.length, start))) || (/^(?:arranged|organi[sz]ed)$/.test(word.lower) && /^(?:has|have)$/.test(before[before.length - 1] ?? "") && words[i + 1]?.lower === "for"));
    // ("said … that a rally was planned in the city centre on Saturday": a plan in the passive, now or as reported, lies ahead.)
    const plannedPassive = /^(?:planned|scheduled)$/.test(word.lower) && at < start && (/^(?:is|are)$/.test(before[before.length - 1] ?? "") || (/^(?:was|were)$/.test(before[before.length - 1] ?? "") && /\b(?:said|told|announced|added)\b[^.;]*\bthat\b/.test(sentence.slice(0, at))));
    const expectation = forecast || promised || gathering || setFor || plannedPassive || ((/^(?:penciled|pencilled)$/.test(word.lower) && /^(?:for|in)$/.test(words[i + 1]?.lower ?? "")) || (/^(?:set|planned|scheduled|slated|fixed)$/.test(word.lower) && words[i + 1]?.lower === "for" && before[before.length - 1] !== "had")) || (/^expect(?:s|ed|ing)?$/.test(word.lower) && !/^(than|as)$/.test(before[before.length - 1] ?? ""));
    // "a phased reopening", "the planned vote", "the works council": a word after a determiner is a noun's; it carries no tense.
    // ("that" may be a relative pronoun before its verb: "a figure that rose in March".)
    const determiner = before[before.length - 1] ?? "";
    // ("send text messages to all affected customers by Friday": so is a participle after a quantifier, before its noun.)
    // ("One of those killed in the March 13 strike": not one that stands for the noun itself.)
    const beforeItsNoun = /^\p{Ll}+$/u.test(words[i + 1]?.text ?? "") && !/^(?:in|on|at|by|for|with|of|to|from|and|or|as|that|which|who|when|after|before|during|since|while|last|this|next)$/.test(words[i + 1]!.lower);
    // ("will next face unseeded Swede Jessica Lindqvist on Wednesday": nor a word in -ed the tagger reads as no verb, before a name.)
    if (/ed$/.test(word.lower) && verbs.length > 0 && !isVerb && /^\p{Lu}/u.test(words[i + 1]?.text ?? "")) continue;
    // ("will hold a heritage walk along the street on Sunday": nor a bare form two words after "a", which no finite verb after a
    // singular noun can be.)
    if (/^an?$/.test(before[before.length - 2] ?? "") && /^\p{Ll}+$/u.test(before[before.length - 1] ?? "") && !/(?:s|ed)$/.test(word.lower) && classify(word.lower) === null) continue;
    if ((/^(a|an|the|its|their|his|her|our)$/.test(determiner) || (/ed$/.test(word.lower) && (/^(this|that)$/.test(determiner) || (/^(all|any|some|many|most|those|these|other|every|each|no)$/.test(determiner) && beforeItsNoun)))) && classify(word.lower) !== "future") continue;
    // So does one right after a preposition ("open for extended hours on Saturday"), or after a bare "be" ("is due to
    // begin in March and be completed by 2003": the infinitive takes its time from what governs it).
    // ("will be available to affected residents from Monday": after "to" too, where the word is no verb's bare form.)
    // (Not one a number stands between: "would raise the age to 67 passed the House in December".)
    if (/ed$/.test(word.lower) && (/^(for|with|of|in|on|by|from|into|at)$/.test(before[before.length - 1] ?? "") || (before[before.length - 1] === "to" && !BARE_FORM_IN_ED.test(word.lower))) && !/\d/.test(sentence.slice(words[i - 1]!.at, at))) continue;
    // Nor one in a "with" clause ("by the end of May, with full production restored in July": the tense is the sentence's).
    // ("due to leave Amsterdam on Saturday with 150 passengers booked": so is one in a "with" phrase after the date.)
    // (Not one that plans: "with full services now expected to start only in June".)
    if (/ed$/.test(word.lower) && !(FUTURE_BEFORE_TO.test(word.text) && words[i + 1]?.lower === "to") && (/(?:^|[,;:(]\s*)with\s[^,;:()]*$/i.test(sentence.slice(Math.max(0, at - 60), at)) || (at > end && /\bwith\s[^,;:()]*$/i.test(sentence.slice(end, at))))) continue;
    // Nor one that says the state a verb of keeping leaves its object in ("could keep the building closed until January").
    if (/ed$/.test(word.lower) && words.slice(Math.max(0, i - 4), i).some((w) => /^(?:keep|keeps|keeping|leave|leaves|leaving)$/.test(w.lower))) continue;
    // Nor one that opens a clause after a comma with "by" ("on Wednesday at 11am, followed by burial").
    // (One before the date is the date's own, "The project, approved by the state cabinet in February, is to be completed",
    // unless it only says what came next: "a release in December, followed by a wider rollout in the spring".)
    // (Not a verb after its subject's apposition, whose "by" gives a count: "the Senedd, the Welsh parliament, voted by 31 votes".)
    if (/ed$/.test(word.lower) && (at > end || word.lower === "followed") && words[i + 1]?.lower === "by" && /,\s*$/.test(sentence.slice(Math.max(0, at - 3), at)) && !/^\s+by\s+\d/.test(sentence.slice(at + word.text.length, at + word.text.length + 6))) continue;
    if (before[before.length - 1] === "be" && !before.slice(0, -1).some((w) => FUTURE.test(w) || /^(?:could|might|may|should|must)$/.test(w))) continue;
    // A verb joined by "and" after the date has a clause of its own ("began in late March and expected a recovery").
    if (andAfter >= 0 && andAfter + 5 <= at) continue;
    // ("the rule, which bans outdoor work until September 15": a word in -s right after a relative pronoun is its verb, in the present.)
    // ("the Games, which run from September 19": or the bare present after a plural, as the tagger reads it.)
    // ("the Paris Olympics, which open on July 26": or a bare form right before the date's preposition, whatever the tagger
    // made of it; "the European Championships, which open on Margaret Island on 4 August": a place may stand between.)
    const relativeVerb = /^(?:which|that|who)$/.test(before[before.length - 1] ?? "") && (/^\p{Ll}{2,}[^s\s']s$/u.test(word.text) || (isVerb && classify(word.lower) === null && !/ed$/.test(word.lower)) || (/^\p{Ll}{3,}$/u.test(word.text) && classify(word.lower) === null && !/(?:ing|ly)$/.test(word.lower) && /^\s+(?:(?:on|in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?(?:on|in|from|until|at)\s+$/u.test(sentence.slice(at + word.text.length, start)))) && at < start;
    // ("The collapse of the bridge on 12 May could have been foreseen", "should have acted in March": a modal's perfect looks back.)
    const modalPerfect = word.lower === "have" && /^(?:could|might|should|must|may|would)$/.test(words[i - 1]?.text ?? "") && (words[i + 1]?.lower === "been" || classify(words[i + 1]?.lower ?? "") === "past");
    // ("Children used to run with me in the morning": what someone used to do was done at no one time; the verb tells no past.)
    const habitual = word.lower === "used" && words[i + 1]?.lower === "to";
    let tense = modalPerfect ? "past" : ahead || possibility || expectation ? "future" : ((habitual ? null : classify(word.lower)) ?? (relativeVerb ? "present" : isVerb && !bareParticiple ? verbTense(before) : null));
    // ("The two-carriage service hit about 150 tonnes of soil … on the evening of January 31": a verb whose past is its bare
    // form, with no auxiliary and no "do" before it, tells a happening on a given day in the past; news tells one ahead with
    // "will".)
    if ((tense === "present" || tense === null) && isVerbWord(word) && !bareParticiple && SAME_IN_THE_PAST.test(word.lower) && !before.some((w) => FUTURE.test(w) || /^(?:could|might|may|should|must|is|are|am)$/.test(w)) && !/^(?:do|does|don['’]t|doesn['’]t|to|not|never)$/.test(words[i - 1]?.lower ?? "")) tense = "past";
    // ("he would take a break from racing and decide on his future in September": a bare verb joined by "and" to one after a
    // modal shares the modal.)
    if (tense === "present" && /^(?:and|or|but)$/.test(before[before.length - 1] ?? "") && /\b(?:will|would|shall|'ll|’ll)\s+(?:not\s+)?(?:\p{Ll}+\s+){1,8}?(?:and|or|but)\s+$/u.test(sentence.slice(Math.max(0, at - 80), at))) tense = "future";
    // A participle after a present "be" is a present passive: "$50 million is needed by July", "if the deal isn't completed by Sept. 30".
    if (tense === "past" && /^(?:is|are|am|isn['’]t|aren['’]t)$/.test(before[before.length - 1] ?? "")) tense = "present";
    // A participle after a modal is the modal's tense: "will be held", "would be infused".
    if (tense === "past" && before.some((w) => FUTURE.test(w) && w !== "later" && w !== "next")) tense = "future";
    // So is one after a modal of possibility or obligation: "must be submitted", "could be delayed" ("could have been" is past).
    const modal = [words[i - 2], words[i - 1]].some((w) => w !== undefined && (/^(could|might|should|must)$/.test(w.lower) || w.text === "may"));
    if (tense === "past" && modal && !before.includes("have") && !modalPerfect) tense = "future";
    // ("the ward would be rebuilt and reopened by December": so is one joined by "and" to a participle after a modal.)
    if (tense === "past" && before[before.length - 1] === "and" && /\b(?:will|would|shall|could|should|must|may|might)\s+(?:not\s+)?be\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\s+and\s+$/u.test(sentence.slice(Math.max(0, at - 60), at))) tense = "future";
    // "will have the money credited by the end of June": a participle that a future "have" or "get" causes.
    if (tense === "past" && words.slice(Math.max(0, i - 5), i).some((w, k, near) => FUTURE.test(w.lower) && /^(?:have|get)$/.test(near[k + 1]?.lower ?? ""))) tense = "future";
    // ("Mr. Ashworth would not say on Monday whether …": a refusal to say is told in the past, its "would" no future.)
    if (tense === "future" && REFUSED.test(word.lower) && /\bwould(?:\s+not|n['’]t)\s+$/i.test(sentence.slice(Math.max(0, at - 12), at))) tense = "past";
    // ("Gunfire could be heard until Monday afternoon", "Nobody could tell me until Sunday lunchtime": what could be sensed,
    // or what nobody could do, is told of as it was.)
    if (tense === "future" && [i, i - 1, i - 2].some((k) => words[k]?.lower === "could" && COULD_OF_THE_PAST.test(sentence.slice(Math.max(0, words[k]!.at - 12), words[k]!.at + 20)))) tense = "past";
    if (tense) best = { tense, distance };
  }
  return best?.tense ?? null;
}

/** A "could" of what was so then: "could be heard", "could see", "Nobody could tell me", "students who could not show". */
// ("212 students who could not show vaccination records were sent home": what those described could not do, too.)
export const COULD_OF_THE_PAST = /\b(?:could\s+(?:be\s+)?(?:heard|seen|felt|smelled|smelt|hear|see|feel|smell)|(?:nobody|no one|no-one|none|nothing)\s+could|(?:who|that)\s+could(?:\s+not|n['’]t))\b/i;

/** The two words before word `i`, in order, passing over adverbs in -ly ("be fully restored" → "would", "be") and amounts' units. */
function wordsBefore(words: ReadonlyArray<{ text: string; lower: string }>, i: number): string[] {
  const out: string[] = [];
  for (let k = i - 1; k >= 0 && out.length < 2; k--) {
    // ("flash floods in Weserbergland in May have been told": the month is no modal "may".)
    const word = words[k]!.text === "May" ? "May" : words[k]!.lower;
    // ("will next be heard", "will not be held", "will also be asked", "is now preparing": an adverb between the auxiliaries is
    // none of them.)
    if ((/^\p{Ll}{3,}ly$/u.test(word) && !/^(?:only|early|likely|family|ally|rally|supply|apply|reply|fly)$/.test(word)) || /^(?:next|also|then|again|not|never|still|soon|further|now|already|currently|just)$/.test(word)) continue;
    // ("a 35-cent raise": what is left of an amount hyphened to its unit is a modifier, no word of its own.)
    if (word.startsWith("-")) continue;
    out.unshift(word);
  }
  return out;
}

/**
 * A gathering one calls (for) or arranges, after "a" and a few words ("a meeting of traders", "an emergency session", "for a
 * new nationwide day of strikes"), or one others are invited to ("the unions for talks").
 */
const GATHERING = /^\S+\s+(?:for\s+)?(?:(?:a|an)\s+(?:[\p{L}-]+\s+){0,4}|(?:the\s+)?(?:[\p{L}-]+\s+){1,2}(?:for|to)\s+(?:a\s+|an\s+)?(?:[\p{L}-]+\s+)?)(?:meeting|vote|ballot|election|hearing|summit|session|conference|talks|referendum|strike|rally|protest|inquiry|debate|human chain|march|sit-in|vigil|demonstration|walkout|shutdown|hartal|blockade|picket|day of (?:strikes|protests?|action|mourning))s?\b/u;

/** A verb form that is not past itself takes its tense from the auxiliaries before it: "will meet", "has begun". */
function verbTense(before: string[]): Tense {
  if (before.some((w) => FUTURE.test(w) || /^(could|might|may|should|must)$/.test(w))) return "future";
  if (before.some((w) => w === "has" || w === "have" || w === "had")) return "past";
  return "present";
}

function classify(word: string): Tense | null {
  const lower = word.toLowerCase();
  // "I'll go", "we’ll see": "will" contracted onto its subject.
  if (FUTURE.test(lower) || /^\p{L}+['’]ll$/u.test(lower)) return "future";
  if (NOT_A_TENSE.test(lower)) return null;
  if (IRREGULAR_PAST.has(lower)) return "past";
  if (lower.length > 4 && /[^e]ed$|[^aeiou]ied$|eed$/.test(lower) && !/-/.test(lower)) return "past";
  if (lower.length > 4 && /ed$/.test(lower) && !/-/.test(lower)) return "past";
  return null;
}
