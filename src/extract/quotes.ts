import type { Actor, Fact, Quote } from "../schema/index.js";
import { DATELINE, isEnglishWord, lastIndexAtOrBefore, REST_OF_A_NAME_AFTER_MA, sentenceAt, SHORT_GIVEN_NAME, TITLE_ABBREVIATIONS, tokenStartingAt, type ArticleDoc, type Sentence } from "./document.js";
import { PART_OF_DAY, WEEKDAYS } from "./calendar.js";
import { factId } from "./ids.js";
import { findNames, isRoleNoun, NICKNAME_GIVERS, withoutNicknames } from "./names.js";
import { isKnownPlace, isPlaceName } from "./places.js";
import { findQuoteSpans, type QuoteSpan } from "./quote-spans.js";
import { sourceRef } from "./refs.js";
import { actorNamed, AUXILIARY, GIVEN_NAME_WORDS, isPersonLike, isTitledName, KIN, looksLikePersonalName, NAME_GIVEN_AS, OWNED_DOCUMENT, PASSIVE_PARTICIPLE, POSSESSED_PERSON, resolveSpeaker, ROLE_WORDS, SAW_OR_QUOTED, SEEN_BY, setBesideABody, SOCIAL_PLATFORM, speechVerbs, SPOKEN_NOUNS, subjectBefore, WITH_COLLEAGUES, withoutOpeningAdverbial, withoutRelativeClauses, WORDS_OWNED, type Speaker, type SpeakerContext, type SpeechVerb } from "./speakers.js";
import type { ExtractContext } from "./types.js";

/** A relative clause describes rather than reports: a fragment in one is a name or a term, not a quote. */
const RELATIVE_CLAUSE = /\b(which|where|whose)\b/i;
// (The participles with "that" are those SPEECH_VERBS lists: "finding that", "warning that".)
const ING_VERBS = /^(saying|adding|calling|describing|telling|urging|chanting|shouting|writing|citing|\p{Ll}+ing that)$/u;
const SMALL_WORDS = /^(of|the|and|for|in|on|at|to|by|with|from|or|a|an|de|la|le|y)$/;

interface Attribution {
  speaker: Speaker | null;
  /** A speech verb governs the quote in its own sentence. */
  governed: boolean;
  /** The attribution stands right beside the quote (", he said"). */
  adjacent: boolean;
  /** A naming participle stands right before the quote ("an operation called “…”"): what follows is a name. */
  naming?: boolean;
}

/** The quote kept just before the current one, and whether a speech verb governed it. */
interface PreviousQuote {
  span: QuoteSpan;
  speaker: Speaker | null;
  governed: boolean;
}

/**
 * Direct quotations and who said them. Quotes are found between quotation marks, paragraph by
 * paragraph; names and terms in quotation marks are left out; fragments woven into the reporter's
 * sentence are kept as partial. The speaker comes from the attribution after or before the quote,
 * a pronoun or "the group" resolved to the last fitting sayer, the speaker of the quote before it,
 * or the last sayer of the paragraph; otherwise it is left empty, never invented.
 */
/** "in a statement", "on its website", "in an interview with Reuters": how words went out, opening what follows a verb of saying. */
const CHANNEL_OPENING = /^\s*(?:in|on|via|through)\s+(?:a|an|its|his|her|their|the)\s+(?:[\p{Ll}-]+\s+)?(?:statement|interview|letter|post|tweet|release|email|e-mail|video|filing|website|blog|message)(?:\s+(?:with|to)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)?\s+/u;

export default function quotes(doc: ArticleDoc, ctx: ExtractContext): Fact[] {
  const actors = ctx.facts.filter((f): f is Actor => f.kind === "actor");
  const spans = findQuoteSpans(doc);
  const speakers: SpeakerContext = { actors, sayers: [], subjects: sentenceSubjects(doc, actors, spans), pronouns: new Map(), text: doc.text, quotations: spans };
  const out: Quote[] = [];
  const spansOut: QuoteSpan[] = [];
  // Whether each quote's own sentence told its speaker, rather than the text before it.
  const toldHere: boolean[] = [];
  let previous: PreviousQuote | null = null;

  const events = timeline(doc, spans);
  for (const event of events) {
    if (event.kind === "sayer") {
      // ("Halyna Koval, whose husband had worked there, said he had complained": a "he" in what someone else says is no
      // proof that the one it is taken to mean is a man.)
      const pronouns = event.reported ? new Map(speakers.pronouns) : null;
      const speaker = resolveSpeaker(event.phrase, event.role, speakers, event.at);
      if (pronouns) speakers.pronouns = pronouns;
      const team = WITH_COLLEAGUES.test(event.phrase) ? { team: true as const } : {};
      // ("The statement noted that …": the statement's writer wrote again, for a later "the statement read".)
      const document = event.document || OWNED_DOCUMENT.test(event.phrase.trim()) || /^the (?:statement|letter|release|memo|notice|communiqu[eé])$/i.test(event.phrase.trim()) ? { wrote: true as const, document: true as const } : {};
      if (speaker) speakers.sayers.push({ at: event.at, speaker, ...(event.wrote ? { wrote: true as const } : {}), ...(event.aside ? { aside: true as const } : {}), ...team, ...document });
      continue;
    }
    const span = event.span;
    const text = doc.text.slice(span.textStart, span.textEnd);
    const partial = isEmbedded(doc, span);
    // A later quote in a sentence whose earlier quote a speech verb governs is still that speech
    // ("…, saying it would take “years, not months” to give “the right return for taxpayers.”").
    const reported = previous?.governed && sentenceAt(doc, previous.span.open) === sentenceAt(doc, span.open) ? previous : null;
    const found = attribute(doc, span, spansOut, speakers);
    const attribution: Attribution = reported && !found.speaker ? { speaker: reported.speaker, governed: true, adjacent: found.adjacent } : found;
    // A title that the sentence runs on from ("said “Meet the Fockers” earned $46 million") is the name of a thing.
    const runsOn = /^\s+\p{Ll}/u.test(doc.text.slice(span.close, span.close + 20)) && !/^\s+(?:said|says|added|told|asked)\b/.test(doc.text.slice(span.close, span.close + 20));
    // "so-called “internet of things” devices": a term the writer holds at arm's length.
    // ("The highway, dubbed the “road to nowhere” by local media": so is a name given.)
    // ("That sailing, known locally as “the hospital run,”": with how widely it is known, or to whom ("known to his
    // contemporaries as “the Bohemian Hasse”"); "Benue, which prides itself as the
    // “Food Basket of the Nation”": or a name something gives itself.)
    const soCalled = SO_CALLED_BEFORE.test(doc.text.slice(Math.max(0, span.open - 48), span.open)) && text.split(/\s+/).length <= 5;
    // ("Locals have long called the bend “the Spencer Street squeal”": a name something is called by, a capital in it.)
    const calledByName = CALLED_BY_NAME.test(doc.text.slice(Math.max(0, span.open - 40), span.open)) && /^(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}\p{Lu}/u.test(text) && text.split(/\s+/).length <= 5 && !/[.!?,]/.test(text);
    // ("in what the police called “Operation Clean Slate.”", "under a campaign it has called “Catch Up Manitoba.”": a name
    // in capitals right after the verb that gives it, the American style's full stop inside the marks.)
    const givenAName = /\b(?:called|named|dubbed|christened|code-?named)\s*$/.test(doc.text.slice(Math.max(0, span.open - 20), span.open)) && text.split(/\s+/).length >= 2 && isTitleCased(withoutClosingFullStop(text), 8);
    // ("which residents call “the iron mountain”", "is sometimes called “the water tower of Central Asia”": a name people at
    // large give a thing, or one it is given in the passive with no one named, in lower case too.)
    const calledByPeople = (CALLED_BY_PEOPLE.test(doc.text.slice(Math.max(0, span.open - 60), span.open)) || CALLED_IN_THE_PASSIVE.test(doc.text.slice(Math.max(0, span.open - 40), span.open))) && /^the\s/i.test(text) && text.split(/\s+/).length <= 7 && !/[.!?,;:]/.test(text);
    // "His best-known song, “Pothole Republic”, was pulled": a title in capitals after the noun for a work names it.
    // ("The document, titled ‘Fair by Design: Automated Decision-Making in Recruitment’, is open": so does a title after
    // "titled" or "entitled", its words in capitals however many.)
    // ("the CMA's existing booklet ‘Competing fairly in grocery supply’,": or in sentence case, with no full stop of its own.)
    // ("a six-part podcast, “Titanes de papel,” released": a comma the American style sets inside the marks is no part of it.)
    const titled = givenAsATitle(doc, span);
    // ("the museum's 2019 exhibition “Lost and Found: Dutch Tables of Plenty”": a title with its subtitle may run longer.)
    // ("“Ships of the Dark Sea”, a 1994 survey by a Finnish diver": or the noun for the work set after it.)
    const titleOfAWork = titled || namesAWork(doc, span) || namesTheThingAfterIt(doc, span, text) || apposedToTheWorkItNames(doc, span, text);
    // ("would declare a “state of calamity”", "declared rare-earth elements and niobium “strategic minerals”": a status declared.)
    const statusDeclared = declaresAStatus(doc, span, text);
    // (Nor does anyone say a name something is called by.)
    // ("nicknamed “Temir” (“Iron”) by Kazakh fans": a gloss in brackets on the words quoted just before is no one's words.)
    const gloss = /[”"’]\s*\(\s*$/.test(doc.text.slice(Math.max(0, span.open - 4), span.open)) && /^[”"’]?\s*\)/.test(doc.text.slice(span.close, span.close + 4)) && text.split(/\s+/).length <= 5;
    // ("“La Semiramide placata” (“Semiramis Appeased”), by the Bohemian composer": nor are the words glossed, a name in
    // another language.)
    const glossed = /^\s*\(\s*[“"‘]/.test(doc.text.slice(span.close, span.close + 6)) && /^\p{Lu}/u.test(text) && !/[.!?,;:]/.test(text) && text.split(/\s+/).length <= 5;
    if (titleOfAWork || statusDeclared || calledByName || givenAName || calledByPeople || namedByPeopleAtLarge(doc, span, text) || gloss || glossed) continue;
    if (soCalled || !isQuotation(text, partial, attribution, runsOn, () => isTermInTheSentence(doc, span))) {
      // "Penguin Random House said they were “deeply saddened”. They described her as “…”": a fragment too short to
      // list still tells who spoke, for a later "they".
      if (attribution.speaker && attribution.governed && !attribution.naming) speakers.sayers.push({ at: span.open, speaker: attribution.speaker });
      continue;
    }

    let speaker = attribution.speaker;
    // A fragment no verb of saying carries is the words of whoever the sentence is about: "Mayor Patricia Lowell …
    // thanked residents for “staying up late …”"; in an absolute clause, its own subject ("the Academy honouring him
    // “…”"). The owner is told of, not heard: a later "he" does not mean it.
    const owner = !speaker && partial && !attribution.governed ? fragmentOwner(doc, span, speakers) : null;
    if (owner) speaker = owner;
    if (!speaker && !attribution.governed) speaker = inherited(doc, span, previous, speakers);
    if (speaker && !owner) speakers.sayers.push({ at: span.open, speaker, ...(speaker.throughDocument ? { document: true as const } : {}) });
    previous = { span, speaker, governed: attribution.governed };
    spansOut.push(span);
    toldHere.push(attribution.governed || owner !== null);
    out.push({
      kind: "quote",
      id: factId("q", doc.article.id, text),
      text,
      speaker: speaker?.name ?? null,
      role: speaker?.role ?? null,
      actor: speaker?.actor?.id ?? null,
      partial,
      said: null,
      sources: [sourceRef(doc, span.open, span.close)],
    });
  }
  // A quote left open runs on into the next paragraph; when only that paragraph names the speaker,
  // the name holds for the opening part too.
  // ("Survivors recalled scenes of panic.¶“I was sleeping on the upper berth …¶“Then the screaming started,” said K.
  // Srinivasa Rao": over a speaker the opening part took from the text before it.)
  for (let i = out.length - 2; i >= 0; i--) {
    const next = out[i + 1]!;
    if ((out[i]!.speaker === null || (!toldHere[i] && toldHere[i + 1])) && spansOut[i]!.open_ended && spansOut[i + 1]!.paragraph === spansOut[i]!.paragraph + 1 && next.speaker !== null) {
      out[i] = { ...out[i]!, speaker: next.speaker, role: next.role, actor: next.actor };
      // ("“This is not a day for celebration.¶“The first thing we will do …¶“Nothing will be hidden any more,” Lim told
      // reporters": and on back through every paragraph the quotation runs on from.)
      toldHere[i] = toldHere[i + 1]!;
    }
  }
  // "‘We know what’s coming’: Portuguese village …": a headline quotes words the story gives to their speaker.
  // ("## ‘They came out shooting’": so does a subheading that is nothing but a quotation, whatever was said before it.)
  for (const [i, quote] of out.entries()) {
    const paragraph = doc.paragraphs[spansOut[i]!.paragraph]!;
    const subheading = spansOut[i]!.paragraph > 0 && /^[\s#*“"‘']*$/.test(doc.text.slice(paragraph.start, spansOut[i]!.open)) && /^[\s”"’'*]*$/.test(doc.text.slice(spansOut[i]!.close, paragraph.end)) && !/[.!?,]$/.test(quote.text);
    // ("‘We were lucky no one was killed,’ says rail investigator": a headline's description of the speaker gives way to the
    // name the story gives them.)
    const headline = spansOut[i]!.paragraph === 0 && (quote.speaker === null || quote.actor === null);
    if (!headline && !subheading) continue;
    const words = comparable(quote.text);
    const source = words.length >= (subheading ? 12 : 8) ? out.find((q, j) => j > i && q.speaker !== null && (subheading || quote.speaker === null || q.actor !== null) && spansOut[j]!.paragraph > spansOut[i]!.paragraph && comparable(q.text).includes(words)) : undefined;
    if (source) out[i] = { ...quote, speaker: source.speaker, role: source.role, actor: source.actor };
  }
  return joinRunOnQuotations(doc, out, spansOut);
}

/** A quotation's words without case, punctuation or quote marks: "We know what’s coming." → "we know whats coming". */
function comparable(text: string): string {
  return text.toLowerCase().replace(/['’‘]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * "“We will call on select locals to walk out.¶“If we need to go all out, we will.”": a quotation left open at
 * a paragraph's end that the next paragraph opens again is one quotation, from its first word to its last.
 */
function joinRunOnQuotations(doc: ArticleDoc, quotes: Quote[], spans: QuoteSpan[]): Quote[] {
  const out: Quote[] = [];
  for (let i = 0; i < quotes.length; i++) {
    let last = i;
    while (last + 1 < quotes.length && runsOnInto(doc, spans[last]!, spans[last + 1]!)) last++;
    if (last === i) {
      out.push(quotes[i]!);
      continue;
    }
    const first = quotes[i]!;
    const text = doc.text.slice(spans[i]!.textStart, spans[last]!.textEnd);
    const speaker = quotes.slice(i, last + 1).find((q) => q.speaker !== null) ?? first;
    out.push({
      ...first,
      id: factId("q", doc.article.id, text),
      text,
      speaker: speaker.speaker,
      role: speaker.role,
      actor: speaker.actor,
      partial: false,
      sources: quotes.slice(i, last + 1).flatMap((q) => q.sources),
    });
    i = last;
  }
  return out;
}

function runsOnInto(doc: ArticleDoc, open: QuoteSpan, next: QuoteSpan): boolean {
  if (!open.open_ended || next.paragraph !== open.paragraph + 1) return false;
  const paragraph = doc.paragraphs[next.paragraph]!;
  return doc.text.slice(paragraph.start, next.open).trim() === "";
}

/**
 * People named at the opening of a sentence (after any title), the subjects a later "he" or "she" may
 * mean: "Christa Haefner had to evacuate. “…,” she said." (a name nothing typed counts when it is shaped like a person's).
 */
/** Someone a person's pronoun owns, whatever the noun, is a person: "His running mate, Grace Wanjiru Muthoni, said". */
const A_PERSONS_OWN = /^(?:(?:But|And|Yet)\s+)?(?:[Hh]is|[Hh]er)\s/;

function sentenceSubjects(doc: ArticleDoc, actors: Actor[], spans: readonly QuoteSpan[]): Array<{ at: number; actor: Actor }> {
  const out: Array<{ at: number; actor: Actor }> = [];
  // A sentence inside a quotation is the speaker's ("“… The Challenger crew was pulling us …”"), not the reporter's.
  const quoted = (at: number) => {
    const i = lastIndexAtOrBefore(spans, at, (s) => s.open);
    return i >= 0 && at < spans[i]!.close;
  };
  // ("The Market Queen, Nana Akua Dufie, who has led the traders …": an office set before the person's name is the person's,
  // not a subject of its own.)
  const personStarts = new Set(actors.filter((a) => a.type === "person").flatMap((a) => a.sources.map((s) => s.start)));
  for (const actor of actors) {
    if (!isPersonLike(actor) || setBesideABody(doc.text, actor)) continue;
    for (const source of actor.sources) {
      if (actor.type !== "person" && personStarts.has(source.end + 2) && doc.text.slice(source.end, source.end + 2) === ", ") continue;
      // "Keefe’s sister, who sat through the trial, wept": the owner of the person who is the subject is not it.
      if (quoted(source.start) || POSSESSED_PERSON.test(doc.text.slice(source.end, source.end + 40))) continue;
      const sentence = sentenceAt(doc, source.start);
      if (!sentence) continue;
      // ("In a statement issued through his solicitors, Harcourt Lane, he said": a name the pronoun after it follows is the
      // opening phrase's, not the subject.)
      if (/^,\s+(?:he|she|they|it)\s/i.test(doc.text.slice(source.end, source.end + 8))) continue;
      // "Asked what had changed, MacIsaac pointed to …", "Speaking on RTÉ radio, Mr Furlong defended …": an opening
      // phrase set off by a comma stands before the subject.
      // So does an inverted "Among the younger men was apprentice welder John Cairney, 19, …" ("Among those watching closely is
      // Seán Ó Briain, a retired teacher").
      // ("But under cross-examination by Otieno's counsel, Marcus Whitlow QC, Bakare admitted": after a conjunction too.)
      // ("KLANG, Malaysia, Dec 2 (APN) - For three years, Bikash Gurung worked": a dateline is no part of the sentence.)
      // ("He and two other guides reached the first buried skier in 11 minutes. Lund was found last, under …. “…,” he said":
      // one the sentence tells was found, killed or buried is no subject a later "he" or "she" means.)
      if (/^\s+(?:was|were)\s+(?:\p{Ll}+ly\s+)?(?:found|killed|buried|injured|hurt|recovered|swept|trapped|crushed|drowned|shot|stabbed)\b/u.test(doc.text.slice(source.end, source.end + 40))) continue;
      // ("Asked by counsel to the inquiry, Rebecca Oduya, why he had not …, he said": one named as who asked is no subject.)
      if (/^Asked\s+by\b[^,“”"]{0,60},\s+$/.test(doc.text.slice(sentence.start, source.start)) && /^,\s+(?:why|whether|what|how|if|when|where|who)\b/.test(doc.text.slice(source.end, source.end + 12))) continue;
      const lead = doc.text
        .slice(sentence.start, source.start)
        .replace(DATELINE, "")
        .replace(/^(?:But|And|Yet|So)\s+(\p{Ll})/u, (_whole, letter: string) => letter.toUpperCase())
        // ("Every morning for almost a year, Marleni Huamán has walked": how often or how long, too.)
        // ("Down at the harbour, Sutherland remains unconvinced": where, told with an adverb of place.)
        // ("Speaking to about 200 supporters at the VFW hall on Depot Street shortly before midnight, Ochoa thanked": a
        // participle's phrase may run longer.)
        // ("When the chairman of the judges opened the envelope at London’s Guildhall last night, Wanjiru Kamau-Hale was": so
        // may a clause of time, cause or concession.)
        .replace(/^(?:\p{Lu}[\p{Ll}-]+(?:ed|ing)\b[^,“”"]{0,100},\s+(?:[^,“”"]{0,60},\s+){0,2}|(?:When|While|Whilst|As|Although|Though|Once|Because|Whenever)\s[^,“”"]{0,120},\s+|(?:Under|In|At|After|Before|During|On|Outside|Inside|Asked|Later|Earlier|Back|Meanwhile|Elsewhere|Nearby|Today|Now|Every|Each|For|Since|Until|Within|Over|Throughout|Despite|Amid|Last|This|That|Down|Up|Out|Across|Along|Around|Behind|Beyond|Near|Further|Upstairs|Downstairs)\b(?:[^,“”"]{0,60},\s+){1,3})/u, "")
        .replace(/^Among\b[^,“”"]{0,80}?\s(?:was|were|is|are)\s+/, "")
        // ("According to a letter seen by Nation Sport, Rotich received €6,180": so does a source the sentence cites.)
        .replace(/^According\s+to\b[^,“”"]{0,120},\s+/, "");
      // Only capitalised words (titles, a party, an office) and nouns for a person ("Actor and pilot John Travolta") may stand before the name.
      const words = lead.split(/\s+/).filter(Boolean);
      // "apprentice welder John Cairney": lower-case words that end in a noun for what the person does.
      // ("Inside the village bar, 38-year-old shepherd Luis Abadías shrugged", "Retired bricklayer José Rodrigues, 71, has
      // installed four tanks": with an age, or a capital where the sentence opens.)
      // ("Former Tasman halfback Ben Marino, now playing in Japan, was among those": a team's or a place's name too.)
      // ("Bulls director of rugby Johan Wessels did not hide his frustration": a noun for what they do, and of what.)
      // ("Deputy mayor for the economy Laia Ferrer Puig defended": with "the" before the field.)
      const field = words.length >= 3 && /^(?:of|for)$/.test(words[words.length - 2]!) ? 2 : words.length >= 4 && /^(?:of|for)$/.test(words[words.length - 3]!) && words[words.length - 2] === "the" ? 3 : 0;
      // ("Make It 16 co-founder Tessa Rangi, who is 17, watched": a noun for what they do with a prefix of sharing or rank.)
      // ("Quanta co-founder and chief executive Itai Barzilay, 41, will join": before another noun for what they do, too.)
      const head = (field > 0 && /^\p{Ll}+$/u.test(words[words.length - 1]!) ? words[words.length - field - 1]! : words[words.length - 1])?.replace(/^(?:[Cc]o|[Vv]ice|[Ee]x|[Jj]oint)-(?=\p{Ll})/u, "");
      // ("Van Damme told the newspaper De Standaard that": not a paper's name after a verb, whatever its noun ends in.)
      const describedBefore = head !== undefined && (/^\p{Ll}+(?:er|or|ist|ian|herd|man|woman)$/u.test(head) || ROLE_WORDS.exec(head)?.[0] === head || isRoleNoun(head)) && !NOT_A_PERSONS_NOUN.test(head) && !words.some((w) => TOLD_OR_SAID.test(w)) && words.every((w, i) => /^\p{Ll}+(?:-\p{Ll}+)*$/u.test(w) || /^\d{1,3}-year-old$/.test(w) || (i < words.length - 1 && /^\p{Lu}\p{Ll}+$/u.test(w)) || (i > 0 && i < words.length - 1 && /^\d+$/.test(w) && /^\p{Lu}/u.test(words[i - 1]!)) || (i === words.length - 1 && /^(?:co|vice|ex|joint)-\p{Ll}+$/u.test(w)) || (i === 0 && /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u.test(w) && lead === doc.text.slice(sentence.start, source.start)));
      // "But a member of the Civilian Joint Task Force in Konduga, Modu Bukar, put the toll at 23": a role set before the
      // name between commas.
      // ("The chair of the judges, the critic Harriet Vane-Lowther, said": with what the person is set before the name too.)
      // ("Restrepo’s main rival, the former councillor Hernán Giraldo,", "His rival, incumbent mayor Salic Pandapatan,": someone's
      // role, and what the person is without an article.)
      // ("The airline's Country Manager for Nigeria and Ghana, Mr Hendrik Vogel,": or a courtesy title.)
      // ("GB Boxing’s performance director, Martin Hale,": an owner of more than one word.)
      // ("The commission's chairman, MPLA deputy Alberto Kupessala, was more direct": with a party or a body before what the
      // person is.)
      // ("Another commuter, 54-year-old accountant Luc Gagnon, was less sympathetic": another of a kind, and an age.)
      const roleSetBefore = /^(?:(?:But|And|Yet)\s+)?(?:[Aa]n?|[Aa]nother|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?)\s[^,“”"]{1,100},\s+(?:(?:(?:the|an?)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:(?:[\p{Ll}-]+|\d{1,3}-year-old)\s+){1,3}|(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?$/u.test(lead) && (ROLE_WORDS.test(lead) || A_PERSONS_OWN.test(lead)) && /^,\s/.test(doc.text.slice(source.end, source.end + 2));
      // ("Federal Minister for Industry and Science, the Hon. Rebecca Thornbury, welcomed the launch": an office set before
      // the name between commas.)
      const officeSetBefore = OFFICE_SET_BEFORE.test(lead) && /^,\s/.test(doc.text.slice(source.end, source.end + 2));
      // ("Alan Breck’s The Cod Wars, which sold …": what a possessive owns, a book or a company, is no person.)
      // ("In the women's race, Ethiopia's Tigist Alemu Bekele won": a country's, as sports pages write, is.)
      const owner = /(\p{Lu}[\p{L}.-]*)['’]s\s+(?:The\s+)?$/u.exec(lead)?.[1];
      if (owner !== undefined && !(actor.type === "person" && words.length === 1 && isKnownPlace(owner))) continue;
      // ("…, and Colley hinted the club was not finished", "…, and Harrington, signed from Hibernian in January, has now
      // scored": the subject of a clause joined after a comma, a verb or an aside right after the name.)
      // ("…, and mom Alicia Navarro spent Thursday night watching him": with a noun for what the person is before the name,
      // and any verb the tagger reads after it.)
      const joinedAfterComma = /(?:^|[^,]),\s+(?:and|but)\s+(?:\p{Ll}+\s+)?$/u.exec(doc.text.slice(Math.max(0, source.start - 24), source.start));
      const wordBefore = joinedAfterComma?.[0].trim().split(/\s+/).pop() ?? "";
      const next = doc.tokens[lastIndexAtOrBefore(doc.tokens, source.end - 1, (t) => t.start) + 1];
      const verbAfter = /^(?:,\s|\s+(?:has|had|is|was|will|would|could|did|\p{Ll}{3,}ed|\p{Ll}{3,}s)\b)/u.test(doc.text.slice(source.end, source.end + 14)) || (next !== undefined && (next.pos === "VERB" || next.pos === "AUX") && /^\p{Ll}/u.test(next.text));
      const clauseSubject = joinedAfterComma !== null && (wordBefore === "and" || wordBefore === "but" || isRoleNoun(wordBefore) || ROLE_WORDS.exec(wordBefore)?.[0] === wordBefore || KIN.test(wordBefore)) && verbAfter;
      if (clauseSubject) {
        out.push({ at: source.start, actor });
        continue;
      }
      // ("train driver and union delegate Karim Benali": two nouns for what the person is, joined by "and".)
      if (roleSetBefore || officeSetBefore || (describedBefore && words.length <= 6) || (words.length <= 4 && words.every((w, i) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w) || (i > 0 && /^(?:and|former)$/.test(w)) || ROLE_WORDS.test(w)))) out.push({ at: source.start, actor });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Nouns in -er that name no person: a paper, a letter, a river ("the newspaper De Standaard"). */
const NOT_A_PERSONS_NOUN = /^(?:newspaper|paper|newsletter|letter|order|register|river|center|centre|corner|border|water|number|chapter|quarter|poster|flyer|banner|computer|tower|trailer|container|charter|tanker|freighter|carrier)$/;
/** A verb of saying or telling, which a name's description before it never holds. */
const TOLD_OR_SAID = /^(?:told|said|says|tells|asked|wrote|thanked|urged|quoted|cited)$/;

type TimelineEvent = { kind: "quote"; at: number; span: QuoteSpan } | { kind: "sayer"; at: number; phrase: string; role: string | null; wrote?: true; aside?: true; reported?: true; document?: true };

/**
 * Quotes and the sayers of sentences without quotes ("The Observatory said clashes …"), in text
 * order, so that "he", "it" and "the group" point back to whoever spoke last.
 */
function timeline(doc: ArticleDoc, spans: QuoteSpan[]): TimelineEvent[] {
  const events: TimelineEvent[] = spans.map((span) => ({ kind: "quote", at: span.open, span }));
  // ("Leaked report warned of corroded gate at Lao dam¶An inspection report seen by …": a headline is no part of the story a
  // later "the report" or "he" goes back into.)
  const headlineEnd = doc.article.title && doc.text.startsWith(doc.article.title) ? doc.article.title.length : 0;
  for (const sentence of doc.sentences) {
    if (sentence.start < headlineEnd) continue;
    const firstOfSentence = events.length;
    const verbs = speechVerbs(sentence.text);
    // "The armed wing of Islamic Jihad hailed the rocket fire in a statement.¶“…,” it said.": a sentence
    // that tells of a statement or a post makes its subject a sayer, though no verb of saying stands in it.
    // ("Ashworth's family issued a statement last night. ‘Connor, please, just ring us,’ it said.": where the segmenter left
    // the quotation after it in the same sentence, the verbs after it are the quotation's.)
    const told = STATEMENT_CHANNEL.exec(sentence.text);
    const firstVerb = verbs[0]?.at ?? Infinity;
    const closedBeforeAQuote = told !== null && spans.some((s) => s.open > sentence.start + told.index && s.open - sentence.start < firstVerb && /[.!?]\s*$/.test(doc.text.slice(sentence.start + told.index, s.open)));
    // ("Professor Eria Kasozi defended the increase in a statement on Tuesday, saying …": a participle after it says no more than
    // the statement.)
    const channel = verbs.every((v) => ING_VERBS.test(v.verb) && told !== null && v.at > told.index) || closedBeforeAQuote ? told : null;
    const author = channel ? statementAuthor(doc, sentence) : null;
    if (channel && author) events.push({ kind: "sayer", at: sentence.start + channel.index, phrase: author, role: null, wrote: true });
    // "a statement from him was read to 2,500 people": whose statement it is, for a later "the statement said".
    // ("in a statement by its state publicity secretary, Alhaji Musa Danjuma Ibrahim,": by whom, named after the office.)
    const from = STATEMENT_BY_OFFICE_HOLDER.exec(sentence.text) ?? STATEMENT_FROM.exec(sentence.text);
    // ("Father Hehir said a letter from the bishop would be read at all Masses": a writer told of in what another says is
    // no "he" who speaks next.)
    // ("The Vice-Chancellor, Prof. X, in a statement signed by the Registrar, Mrs. Y, said": nor is one who only signed what the
    // subject said.)
    const signedFor = from !== null && /,\s*(?:in|through)\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+)?$/u.test(sentence.text.slice(0, from.index)) && verbs.some((v) => v.at > from.index);
    // ("In a statement signed by its Head of Corporate Communications, Mrs. Funmilayo Ogundipe, GoldStar denied any wrongdoing
    // and said": nor where the statement opens the sentence and a subject after the signer's name speaks; the statement is the
    // subject's, for a later "the statement said".)
    const opensSignedFor = from !== null && /^(?:(?:But|And)\s+in|In)\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+)?$/u.test(sentence.text.slice(0, from.index)) && verbs.some((v) => v.at > from.index + from[0].length);
    // ("The Pharmaceutical Society of Nigeria (PSN), in a statement signed by its National Secretary, …, commended": so is the
    // subject the signer signed for.)
    const subjectOfTheSigned = opensSignedFor || signedFor ? statementAuthor(doc, sentence) : null;
    const toldOf = from !== null && (signedFor || subjectOfTheSigned !== null || verbs.some((v) => v.at < from.index && !ING_VERBS.test(v.verb))) ? { aside: true as const } : {};
    if (from) events.push({ kind: "sayer", at: sentence.start + from.index, phrase: from[1]!, role: null, wrote: true, ...toldOf });
    if (from && subjectOfTheSigned) events.push({ kind: "sayer", at: sentence.start + from.index + from[0].length, phrase: subjectOfTheSigned, role: null, wrote: true });
    for (const verb of verbs) {
      const at = sentence.start + verb.at;
      // Verbs inside quotes are the speaker's words; those beside a quote are handled with the quote.
      // Spans are in text order and never overlap: only the last ones opened before the verb can hold it.
      const opened = lastIndexAtOrBefore(spans, at, (s) => s.open);
      const inside = [spans[opened], spans[opened - 1]].some((s) => s !== undefined && s.open <= at && at < s.close + 3 && !(at >= s.close && isNickname(doc, s)));
      if (ING_VERBS.test(verb.verb) || inside) continue;
      // ("One vaccinator, who asked to be identified only by her first name, Grace,": one who asks to be named so, or not at
      // all, says nothing a later "she" goes back to.)
      if (/^(?:asked|requested|wished|preferred)$/.test(verb.verb) && /^\s+(?:not\s+)?to\s+be\s+(?:identified|named|quoted|called|known)\b/.test(sentence.text.slice(verb.end, verb.end + 30))) continue;
      // ("met the manager at the club's training ground on Sunday morning to tell him": an infinitive of purpose, after a noun,
      // tells of words meant, not said, and its subject is no noun before it; not one after a verb that wants or goes on to
      // say, "went on to say", "declined to say".)
      if (/\bto\s+(?:\p{Ll}+ly\s+)?$/u.test(sentence.text.slice(0, verb.at)) && !INFINITIVE_AFTER_A_VERB.test(sentence.text.slice(0, verb.at))) continue;
      // "his firm prohibits him from speaking publicly": a gerund after a preposition reports no words.
      if (/ing$/.test(verb.verb) && /\b(?:from|about|of|without|before|after|for|against|by)\s+$/i.test(sentence.text.slice(0, verb.at))) continue;
      // ("the pattern of delays could not be explained by technical faults": a verb of saying in the passive makes no sayer of
      // its subject.)
      // ("Hilde Vermeulen told Wikinews she was called to the building": after "was" or "were" too.)
      if (/(?:ed|told|said)$/.test(verb.verb) && /\b(?:be|been|being|was|were)\s+(?:\p{Ll}+ly\s+)?$/iu.test(sentence.text.slice(Math.max(0, verb.at - 24), verb.at))) continue;
      // "Physicians for Human Rights announced its findings …, CNN reported.": an outlet that closes the sentence is the
      // source of the report, not someone a later "the group" or "it" could mean.
      const sourceOfTheReport = /^report(?:ed|s)$/.test(verb.verb) && verbs.some((v) => v.at < verb.at && !ING_VERBS.test(v.verb)) && /,\s*[^,]{1,40}$/.test(sentence.text.slice(0, verb.at)) && /^[^,;:]{0,30}$/.test(sentence.text.slice(verb.end));
      if (sourceOfTheReport) continue;
      // ("Luis Araya, a welder known to his workmates as “El Chino”, spoke": a nickname is part of the subject, not a quotation
      // the subject follows.)
      const lastClosed = lastIndexAtOrBefore(spans, at, (s) => s.close);
      let closedAt = lastClosed;
      // ("Vivéo, best known for its crime series “Quai Sud” and its catalogue of classic French films, said": nor is a title.)
      while (closedAt >= 0 && (isNickname(doc, spans[closedAt]!) || namesAWork(doc, spans[closedAt]!))) closedAt--;
      const closed = spans[closedAt];
      // "Feld said the firm had told Keywell": the subject of a later verb stands after the verb whose clause holds it
      // (not after one in a relative clause: "A loader, who asked not to be named, said").
      const earlier = verbs.findLast((v) => v.end <= verb.at && !/ing$/.test(v.verb) && v.verb !== "according to");
      const reportedFrom = earlier && !/[,;:]/.test(sentence.text.slice(earlier.end, verb.at)) && !/\b(?:who|which|that)\s+(?:\w+\s+)?$/i.test(sentence.text.slice(0, earlier.at)) ? earlier.end : 0;
      const from = Math.max(closed && closed.close > sentence.start ? closed.close - sentence.start : 0, reportedFrom);
      // ("X said in a statement it had added 220 beds": how the first verb's words went out is no part of the next subject.)
      // ("Vlčková told the daily Mladá fronta DNES that the zoo had asked": whom the words before were told to is no subject.)
      const toldTo = from === reportedFrom && earlier !== undefined && TOLD_SOMEONE.test(earlier.verb);
      // (The nickname given in quotation marks is no part of the subject's words either.)
      const before = sentence.text.slice(from, verb.at).replace(from === reportedFrom ? CHANNEL_OPENING : /(?!)/, " ").replace(toldTo ? RECIPIENT_BEFORE_THAT : /(?!)/, " ").replace(closedAt < lastClosed ? NICKNAME_SET_OFF : /(?!)/, " ").replace(closedAt < lastClosed ? NICKNAME_GIVEN : /(?!)/, "");
      // "…, said CNN International Correspondent Will Ripley.", "More judges agree, says Gary Hengstler, director of …": inverted order names the sayer after the verb.
      // Not after a subject with its apposition ("Detective Chief Inspector Brian Moss, of West Yorkshire police, said").
      // Nor after a relative clause closed by a comma ("A spokesman for Jiangdong, who declined to be identified, said").
      // Nor after an aside on how they were reached ("A soldier at the post, reached through the public affairs office, said").
      // (A clause set off by commas may hold a number's: "The Daeyang branch of the union, which represents about 24,000 of the
      // company's workers, said management must not".)
      const ahead = /(^|,)\s*$/.test(before) && INVERTING_VERBS.test(verb.verb) && !/,\s*(?:(?:and\s+)?who|which|\p{Ll}+ing|reached|contacted|interviewed|asked)\b(?:[^,]|(?<=\d),(?=\d{3}))*,\s*$/u.test(before) ? subjectBefore(before) : undefined;
      // ("Ms Brennan, asked about Irish hospitals, was careful": nor where what follows the verb is what it was about, a
      // passive participle's.)
      // (Not after "according to", whose source is read below: "according to excerpts seen by the Daily Bosphorus" names no one
      // when the paper only saw them.)
      const inverted = verb.verb !== "according to" && ahead !== undefined && !ahead?.role && !/^\s*\S+(?:\s+\S+){0,3},?\s*$/.test(ahead?.phrase ?? "") && !/^\s*(?:about|by|whether|if|why|how|what|over)\b/.test(sentence.text.slice(verb.end)) ? invertedPhrase(sentence.text.slice(verb.end)) : null;
      // "According to the FO statement, the two sides …": whoever the sentence is according to spoke.
      const source = verb.verb === "according to" ? accordingToPhrase(sentence.text.slice(verb.end)) : null;
      // ("Anti-Graft Watch Malaysia coordinator Shahrul Nizam Osman welcomed the prosecution but said …": a verb joined by
      // "and" or "but" to one before it shares the subject the sentence opened with.)
      const opening = !verb.named && !source && !inverted && from === 0 && /\s(?:and|but)\s+$/.test(before) && !/[,;:“”"]|\b(?:which|who|whom|whose|that|when|where|while|because|after|before|if|as|he|she|they|it)\b/i.test(before) ? openingSubject(doc, sentence) : null;
      const subject = verb.named ? { phrase: verb.named, role: null } : source ? { phrase: source, role: null } : inverted ? { phrase: inverted, role: null } : (subjectBefore(before) ?? (opening ? { phrase: opening, role: null } : null));
      // "…, his publisher, Faber & Faber, said in a statement.": a later "the statement said" is theirs.
      // So are those of "In a statement, a spokesperson said".
      // ("announced the deal to members in a WhatsApp message": however far after the verb its objects put the channel.)
      // ("A coalition of 42 civil society organisations wrote to the President's Office on Friday calling for …. “…,” the letter
      // said": so are those of one who wrote to someone.)
      const wrote = STATEMENT_CHANNEL.test(sentence.text.slice(verb.end, verb.end + 60)) || CHANNEL_BEFORE.test(sentence.text.slice(0, verb.at)) || (/^(?:wrote|writes|written)$/.test(verb.verb) && /^\s+to\s/.test(sentence.text.slice(verb.end))) ? { wrote: true as const } : {};
      // "…, was pulled in 1978 after a government minister complained about its lyrics": someone told of in a clause of time or cause.
      // ("Abul Kalam said a local broker had promised him a job": so is someone told of in what another says.)
      // ("Sikazwe told the chamber that the buyer had agreed to take over the debts": or described in it.)
      // ("The panel said the delays could not be explained by technical faults, as his lawyers had argued": or in a clause of
      // "as" set after what another says.)
      const beforeSubject = subject ? before.slice(0, Math.max(0, before.lastIndexOf(subject.phrase))) : "";
      const aside = subject && ((/^(?:an?|one|another)\s/i.test(subject.phrase) || (reportedFrom > 0 && /^the\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u.test(subject.phrase))) && (reportedFrom > 0 || /\b(?:after|before|when|until|since|because|although|though|while|unless|(?:first|last|only)\s+time(?:\s+that)?)\s+$/i.test(beforeSubject)) || (earlier !== undefined && /,\s+as\s+$/.test(beforeSubject))) ? { aside: true as const } : {};
      // ("Susan Pryor said the report confirmed what families had feared": a document told of in what someone says speaks for
      // no one a later "she" could mean.)
      const documentReported = reportedFrom > 0 && subject !== null && REPORTED_DOCUMENT.test(subject.phrase);
      const reported = reportedFrom > 0 && subject !== null && /^(?:he|she)$/i.test(subject.phrase) ? { reported: true as const } : {};
      // ("Ekdala said none of its other customers had reported illness. “…,” it said": a subject that denies anyone spoke
      // is no one a later "it" or "she" stands for.)
      const noOne = subject !== null && /^(?:none|neither|nobody|no)\b/i.test(subject.phrase);
      // ("Ngozi Okafor-Bell read a statement on behalf of the family. “…,” it said": what one read out is a document "it" goes
      // back to.)
      const readOut = verb.verb === "read" && READ_OUT_DOCUMENT.test(sentence.text.slice(verb.end, verb.end + 40)) ? { document: true as const } : {};
      if (subject?.phrase && !/^[\s,.]*$/.test(subject.phrase) && !documentReported && !noOne) events.push({ kind: "sayer", at, phrase: subject.phrase, role: subject.role, ...wrote, ...aside, ...reported, ...readOut });
      // "A distributor has told the institute it expects supplies by June, she said": whoever the clause before ", she said"
      // tells of is told of in what she says, no "he" or "she" who speaks next.
      if (/^(?:he|she)$/i.test(subject?.phrase ?? "") && /,\s*$/.test(before.slice(0, before.length - subject!.phrase.length - 1))) {
        for (let i = firstOfSentence; i < events.length - 1; i++) {
          const told = events[i]!;
          if (told.kind === "sayer" && told.at < at) events[i] = { ...told, aside: true };
        }
      }
    }
  }
  return events.sort((a, b) => a.at - b.at);
}

/** A verb or an adjective that takes an infinitive, before "to" and a verb of saying: "went on to ", "declined to ", "is due to ". */
const INFINITIVE_AFTER_A_VERB = /\b(?:\p{Ll}+ed|went\s+on|goes\s+on|go\s+on|wants?|likes?|loves?|began|begins?|continues?|tries|try|refuses?|declines?|agrees?|decides?|proceeds?|promises?|hopes?|plans?|intends?|expects?|needs?|had|has|have|is|was|were|are|be|been|am|about|able|unable|going|trying|planning|hoping|waiting|preparing|expecting|refusing|declining|wanting|set|due|ready|likely|unlikely|willing|reluctant|keen|eager|happy|quick|first|last|only|would|will|could|should|might|may|must|can|did|do|does)\s+to\s+(?:\p{Ll}+ly\s+)?$/u;

const REPORTED_DOCUMENT = /^the (?:report|study|findings|data|figures|review|inquiry|survey|audit|investigation|research)$/i;

/** "In a 12-page order, X said", "The Managing Director, in a statement, described": a channel told of before the verb. */
// ("But in a report circulated to councillors last month, county manager Michael Gaynor said": a report or a memo too.)
const WRITTEN_CHANNEL = String.raw`(?:a|an|its|his|her|their) (?:[\w-]+ ){0,2}(?:statement|letter|e-?mail|release|order|ruling|judgment|memo|memorandum|report|notice|communiqu[eé]|response|reply)\b`;
// (", in a statement signed by the Registrar, Mrs. Kehinde Adebanjo, said": with whoever signed it set off by commas.)
const CHANNEL_BEFORE = new RegExp(String.raw`^(?:(?:But|And) in|In) ${WRITTEN_CHANNEL}|,\s*(?:in|through) ${WRITTEN_CHANNEL}(?:[^,]*,){1,3}\s*$`);
/** "a statement from him", "a letter from the family": the writer after "from" (a name, a pronoun or a short description). */
// ("a memo from general manager Steven Park to the board": a name with its office before it in lower case.)
// ("a joint statement from the Saudi and U.S. mediators": or people described by who they are, capitalised words and a plural.)
// ("A letter from the National Youth Council of Ireland (NYCI)": a name may hold "of" or "for" and more capitalised words.)
const STATEMENT_FROM = /\b(?:statement|letter|message|note|release|memo|memorandum)\s+(?:from|by|signed by)\s+((?:the\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})?\p{Ll}{3,}s(?=\s+(?:said|says|added|stated))|him|her|them|(?:[\p{Ll}-]+\s+){1,3}(?:\p{Lu}[\p{L}.'’-]*\s?){2,4}(?:(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s?){1,4})?|(?:the\s+|his\s+|her\s+|their\s+)?(?:\p{Lu}[\p{L}.'’-]*\s?){1,5}(?:(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s?){1,4})?(?!\s*(?!(?:said|says|added|stated|and|in|on|at|to|was|is|had|has|who|which|that|were|would|will)\b)\p{Ll})|(?:the|his|her|their|one|a|an)\s+\p{Ll}+))(?=[\s,.;]|$)/u;

/** "a statement by its publicity secretary, Alhaji Musa Ibrahim": the writer named after the office they write from. */
// ("A statement issued by the Director of Communications at the Presidency, Mr Kwame Ansah,": an office in capitals too.)
// ("in a statement by a spokesman, Abdulrahman Lawal,": one of its kind.)
const STATEMENT_BY_OFFICE_HOLDER = /\b(?:statement|letter|message|note|release|memo|memorandum)\s+(?:from|by|(?:signed|issued|released|sent|written)\s+by)\s+(?:its|his|her|their|the|a|an)\s+(?:[\p{L}-]+\s+){0,7}[\p{L}-]+,\s+((?:\p{Lu}[\p{L}.'’-]*\s){0,4}\p{Lu}[\p{L}'’-]*)(?=[,.;]|$)/u;

/** What one reads out, right after "read": " a statement", " out a letter on behalf of the family". */
// (Not one read for someone the text names, or from someone: "read a statement on her behalf", "read out a statement from the
// service's headquarters"; their words are theirs.)
const READ_OUT_DOCUMENT = /^\s+(?:out\s+)?(?:an?|the|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:statement|letter|message|note)\b(?!\s+(?:from|by|written|signed|on\s+(?:his|her|their|its)\s+behalf|on\s+behalf\s+of\s+(?:\p{Lu}|him\b|her\b|them\b)))/u;

/** "in a statement", "through a spokesman's post"; "issued a statement", "released a letter": the subject wrote what is quoted. */
// ("The panel rejected that argument in a 23-page ruling": a ruling or a judgment, however long.)
// ("The three-member panel said in its 18-page order": or an order, a filing or a paper.)
const STATEMENT_CHANNEL = /\b(?:[Ii]n|[Tt]hrough|[Vv]ia|issued|released|put out|published|posted|sent out|circulated|handed down|delivered) (?:an?|its|his|her|their) (?:[\p{L}\d-]+ )?(?:statement|post|tweet|press release|news release|release|letter|e-?mail|video message|message|communiqu[eé]|ruling|judgment|judgement|order|decision|filing|submission|complaint|petition|lawsuit|paper|response|reply)\b/u;

/** The subject that opens a sentence, without an apposition set off after it ("X, the second largest group in Gaza and …,"). */
function statementAuthor(doc: ArticleDoc, sentence: Sentence): string | null {
  const opening = openingSubject(doc, sentence);
  if (!opening || /[“”"]/.test(opening)) return null;
  // An adverbial before a comma ("Earlier, the district") is no subject with an apposition: the subject holds a name.
  const apposed = /^([^,]+),\s+(?:the|a|an)\s/i.exec(opening);
  // ("The three-member panel, chaired by retired judge Michael Tierney, rejected …": the subject before a participle's
  // clause set off by commas.)
  return (apposed && findNames(apposed[1]!).length > 0 ? apposed[1]! : subjectBefore(opening.replace(/,\s*$/, " "))?.phrase) ?? null;
}

/** The last sayer in `[from, to)`. Sayers are kept in text order: read back from the end, stop before `from`. */
function lastSayerWithin(ctx: SpeakerContext, from: number, to: number, mainOnly = false): Speaker | null {
  for (let i = ctx.sayers.length - 1; i >= 0; i--) {
    const sayer = ctx.sayers[i]!;
    if (sayer.at < from) return null;
    if (sayer.at < to && !(mainOnly && sayer.aside)) return sayer.speaker;
  }
  return null;
}

/** A fragment woven into the reporter's sentence: a word (not a colon or comma) stands right before the opening mark. */
function isEmbedded(doc: ArticleDoc, span: QuoteSpan): boolean {
  let i = span.open - 1;
  while (i >= 0 && doc.text[i] === " ") i--;
  if (i < 0 || doc.text[i] === "\n") return false;
  const before = doc.text[i]!;
  const first = doc.text[span.textStart] ?? "";
  if (/[:,]/.test(before)) return /\p{Ll}/u.test(first) && before === ",";
  return /[\p{L}\p{N}]/u.test(before) || /\p{Ll}/u.test(first);
}

/** Nouns for a work with a title: "song", "podcast", "survey". */
const WORK_NOUNS = "song|album|single|track|record|hymn|anthem|ballad|corrido|book|booklet|leaflet|pamphlet|brochure|handbook|guidebook|manifesto|novel|memoir|poem|essay|play|film|movie|documentary|podcast|show|series|programme|program|episode|opera|musical|painting|mural|sculpture|exhibition|column|campaign|slogan|report|review|study|survey|strategy|plan|policy|paper|white paper";
/** The noun for a work, and maybe a comma, right before its title: "his best-known song, ", "the novel ". */
// ("a government review published in 2024, ‘Water for All by 2030’, found": a document's title, after when it came out.)
// ("has recorded a corrido called “Las Lajas no se olvida”": or the noun, then "called".)
// (When it came out, within its sentence: not "… in a review published on Thursday.¶“The investigation indicates …”".)
const WORK_BEFORE = new RegExp(String.raw`\b(?:${WORK_NOUNS})s?(?:\s+(?:published|released|launched|issued)\s+[^,.!?\n“”"‘’]{0,30}|\s+(?:called|named))?,?\s*$`, "i");
/** The noun for a work set after its title: ", a 1994 survey by", ", his third album". */
// (Not "the" or "its": "“…,” the report said" closes a quotation with its attribution.)
const WORK_AFTER = new RegExp(String.raw`^[”"’]?,?\s+(?:a|an|his|her|their)\s+(?:\d{4}\s+)?(?:[\p{L}-]+\s+){0,2}(?:${WORK_NOUNS})\b`, "u");

/** The words without the one full stop the American style sets inside the closing mark: "Operation Clean Slate." */
function withoutClosingFullStop(text: string): string {
  return text.replace(/(?<![.!?])\.$/, "");
}

/** "Declare", what is declared (no clause, no preposition), and maybe "a" or "a state of": "declaring the worst-hit areas a ", "declared a state of ". */
const DECLARED_BEFORE = /\bdeclar(?:e|es|ed|ing)\s+(?:(?!(?:for|to|in|at|on|by|with|from|of|that|it|he|she|they|we|was|is|were|are|would|will)\s)[\p{L}'’-]+\s+){0,8}?(?:(?:a|an)\s+(?:state|situation)\s+of\s+)?$/u;

/**
 * A status something is declared to have, the noun phrase of the law or the rules: "would declare a “state of calamity”",
 * "declaring the worst-hit areas a “zone seriously affected by a civil protection emergency”". Not words that open on an
 * article or end on no noun: "declared the election “a farce”", "declared the result “deeply flawed”" are what was said.
 */
function declaresAStatus(doc: ArticleDoc, span: QuoteSpan, text: string): boolean {
  const phrase = text.replace(/[.,]$/, "");
  const words = phrase.split(/\s+/);
  if (words.length < 2 || words.length > 10 || !/^\p{Ll}/u.test(text) || /^(?:a|an|the)$/i.test(words[0]!) || /[.!?;:,]/.test(phrase)) return false;
  if (!DECLARED_BEFORE.test(doc.text.slice(Math.max(0, span.open - 90), span.open))) return false;
  const last = doc.tokens[lastIndexAtOrBefore(doc.tokens, span.textEnd - 1, (t) => t.start)];
  return last?.pos === "NOUN" || last?.pos === "PROPN";
}

/** The noun for a work with its article or owner, then a comma: "Their paper, ", "The union's monthly newsletter, ". */
const WORK_SET_OFF = String.raw`(?:[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Oo]ur|[Aa]n?|[\p{Lu}][\p{L}.-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:${WORK_NOUNS}|newsletter|magazine|bulletin|editorial)s?(?:\s+(?:last|this)\s+(?:year|month|week))?,\s*$`;
/** The same opening the sentence. */
const OPENS_ON_A_WORK = new RegExp(`^${WORK_SET_OFF}`, "u");
/** The same anywhere in the sentence: "The findings are set out in a paper, ". */
const WORK_SET_OFF_IN_THE_SENTENCE = new RegExp(String.raw`(?<![\p{L}'’-])${WORK_SET_OFF}`, "u");
/** Participles that say how a work came out, after its title: "“…”, published on Wednesday in …". */
const CAME_OUT = /^(?:published|released|issued|launched|presented|commissioned|written|compiled|produced|due)$/;
/** Verbs of saying that would make the words after a work's noun its words: "The report, “…,” said". */
const SAYS_AFTER = /^(?:said|says|added|adds|told|tells|wrote|writes|stated|states|noted|notes|argued|argues|warned|warns|concluded|concludes|read|reads)$/;

/**
 * A title set off by commas after the noun for the work that opens the sentence, its sentence going on with a verb:
 * "Their paper, “Accelerating volume loss of Swiss glaciers, 1980-2010,” appears in …", "The report, “Waiting for
 * treatment: progress towards the 18-week target”, also raised …". It names the work, whatever its commas and colons;
 * a verb of saying after it ("The report, “…,” said …") would make it the work's words.
 */
function apposedToTheWorkItNames(doc: ArticleDoc, span: QuoteSpan, text: string): boolean {
  const sentence = sentenceAt(doc, span.open);
  if (!sentence || !/^\p{Lu}/u.test(text) || text.split(/\s+/).length > 30 || /[.!?]\s+\p{Lu}/u.test(text)) return false;
  const opens = OPENS_ON_A_WORK.test(doc.text.slice(sentence.start, span.open));
  if (!opens && !WORK_SET_OFF_IN_THE_SENTENCE.test(doc.text.slice(sentence.start, span.open))) return false;
  // (The comma that closes the apposition, inside the marks in the American style or after them.)
  const after = /^\s*[”"’](,?)\s+(?:(?:also|then|now|\p{Ll}+ly)\s+)?(\p{Ll}+)\b/u.exec(doc.text.slice(span.textEnd, span.close + 60));
  if (!after || !(after[1] || /,$/.test(text)) || SAYS_AFTER.test(after[2]!)) return false;
  // ("The findings are set out in a paper, “Rapid rift propagation on the Brunt Ice Shelf, 2014-2016”, published on
  // Wednesday": further in, the sentence goes on with how the work came out.)
  if (!opens) return CAME_OUT.test(after[2]!);
  const at = span.textEnd + after.index + after[0].length - after[2]!.length;
  const token = tokenStartingAt(doc, at);
  return token?.pos === "VERB" || token?.pos === "AUX";
}

/** Nouns for a rule, a scheme or a piece of advice a name in quotation marks may stand before: "rule", "campaign", "alerts". */
const NAMED_THING_NOUNS = "rules?|polic(?:y|ies)|approach|campaigns?|programmes?|programs?|schemes?|guides?|guidelines|advice|alerts?|warnings?|protocols?|frameworks?|initiatives?|strategy|reports?|technology|certificates?|surcharges?|slogans?|doctrines?|labels?|status|units?|mode|laws?|act|bills?|apps?|hotlines?|projects?|drives?|operations?|movements?|agenda|principles?|formula";
/** An article or an owner right before the opening mark: "the ", "its ", "the county's ". */
const DETERMINER_BEFORE = /(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[\p{L}.-]+['’]s)\s+$/u;
/** After the closing mark, a gloss in brackets, at most two words for what it is about, then the noun: " (Fish for Tomorrow) program", " hurricane guide". */
const NAMED_THING_AFTER = new RegExp(String.raw`^\s*[”"’]\s+(?:\([^()\n]{1,60}\)\s+)?(?:(?!(?:a|an|the|to|of|and|or|is|are|was|were|has|had|have|will|would)\s)[\p{Ll}-]+\s+){0,2}(?:${NAMED_THING_NOUNS})\b`, "u");

/**
 * A name in quotation marks between an article or an owner and the noun for what it names — "the “no work, no pay” rule",
 * "the department's “stabilize and wait” approach", "the agency's “Are You Ready?” hurricane guide", "its “Isda para sa
 * Bukas” (Fish for Tomorrow) program" — is the name of a rule, scheme or piece of advice, not anyone's words here.
 */
function namesTheThingAfterIt(doc: ArticleDoc, span: QuoteSpan, text: string): boolean {
  return text.split(/\s+/).length <= 8 && DETERMINER_BEFORE.test(doc.text.slice(Math.max(0, span.open - 40), span.open)) && NAMED_THING_AFTER.test(doc.text.slice(span.textEnd, span.close + 80));
}

/** Words all capitalised, but for small words, and no sentence's full stop: "Pothole Republic", "Twelve Years a Slave". */
/** Calling a thing by a name, right before it: "called the bend", "call it", "calls the stretch". */
// ("a WhatsApp group that its members called “Los del Huevo”": or the thing the relative clause is about.)
/** People at large who call a thing by a name, right before it: "which residents call ", "villagers had started to call the rock ". */
const CALLED_BY_PEOPLE = /\b(?:[Rr]esidents|[Ll]ocals|[Vv]illagers|[Tt]ownspeople|[Ii]slanders|[Pp]eople|[Ff]ans|[Mm]any|[Ss]ome|[Ff]armers|[Hh]erders|[Tt]raders|[Ff]ishermen|[Ww]orkers|[Pp]ilgrims|[Tt]ourists|[Vv]isitors|Nepalis|Kenyans)\s+(?:[\p{Ll}-]+\s+){0,6}?(?:call|calls|called|calling)\s+(?:(?:it|them|(?:the|this|that|its|their)\s+[\p{Ll}-]+)\s+)?$/u;
/** A naming in the passive, with no one named: "is sometimes called ", "are known as ". */
const CALLED_IN_THE_PASSIVE = /\b(?:is|are|was|were|been|being)\s+(?:(?:\p{Ll}+ly|often|also|sometimes|still|now|widely|commonly)\s+)?(?:called|known\s+as|dubbed|nicknamed)\s+$/u;
const CALLED_BY_NAME = /\b(?:call|calls|called|calling)\s+(?:it|them|(?:the|this|that|its|their)\s+[\p{Ll}-]+)\s*$|\b(?:that|which)\s+(?:[\p{L}'’-]+\s+){1,3}(?:call|calls|called)\s*$/u;

/** A verb that gives a thing a name, with how long or how widely, and the thing named, up to the quotation: "have long called the bend ", "took to calling the building, with its alabaster facade, ". */
const NAMING_VERB_BEFORE = new RegExp(
  String.raw`\s+(?:(?:have|has|had|were|are|was|is)\s+)?((?:(?:long|since|now|already|often|always|later|still|sometimes|even|simply|\p{Ll}+ly)\s+)*)` +
    String.raw`((?:taken|took|taking|started|begun|began|come|came)\s+to\s+call(?:ing)?|(?:started|starting|begun|began)\s+calling|calling|call|calls|called|dubbed|dub|dubs|nicknamed)\b[^“”"‘’.!?;:]{0,70}$`,
  "u",
);
/** Words that name people at large, or a trade or the press as a whole: "everyone", "staff", "the Spanish press", "the industry". */
const PEOPLE_AT_LARGE = /^(?:everyone|everybody|people|staff|locals|media|press|public|industry|some|many|most|others)$/i;
/** Plural nouns for those who speak for a body or the state, whose naming of a thing is what they said: "what prosecutors called". */
const OFFICIAL_PLURALS = /^(?:officials|authorities|prosecutors|investigators|police|officers|organi[sz]ers|ministers|lawmakers|legislators|senators|judges|lawyers|spokesmen|spokeswomen|spokespeople|leaders|executives|managers|directors|representatives|negotiators|diplomats)$/i;

/**
 * A name people at large give a thing ("Residents have long called the low-lying end of Station Road “the bath”", "what
 * marine scientists call “degree heating weeks”", "which local newspapers have taken to calling “the dry estates”",
 * "as every villager now calls it"): no one's words. The namers are a plural noun with no article, maybe with what or
 * where they are ("Workers at Degari", "Relatives of the dead"), everyone, or a trade or the press; not those who speak
 * for a body ("what prosecutors called …" is what they said), nor one person or body ("what she called …").
 */
function namedByPeopleAtLarge(doc: ArticleDoc, span: QuoteSpan, text: string): boolean {
  if (text.split(/\s+/).length > 8 || /[,;:!?]/.test(text.replace(/[.,]$/, "")) || /\.(?!$)/.test(text)) return false;
  const sentence = sentenceAt(doc, span.open);
  const from = Math.max(sentence?.start ?? 0, span.open - 200);
  const before = doc.text.slice(from, span.open);
  const naming = NAMING_VERB_BEFORE.exec(before);
  if (!naming) return false;
  // ("Residents called the decision “a disgrace”" may be what they said; "have long called", "took to calling", "call" a
  // name they use.)
  const habitually = /\b(?:long|since|now|already|often|always|still|sometimes)\b/.test(naming[1]!) || /\bto\s+call|calling|^calls?$/.test(naming[2]!);
  if (!habitually && !/^the\s/i.test(text)) return false;
  // The namers, past where or whose they are: "staff at the hospital", "Relatives of the dead".
  const namers = before.slice(0, naming.index).replace(/\s+(?:at|in|of|on|from|across)\s+(?:the\s+)?[\p{L}-]+$/u, "");
  const words = namers.split(/\s+/);
  const head = words.at(-1) ?? "";
  const beforeHead = (words.at(-2) ?? "").toLowerCase();
  if (OFFICIAL_PLURALS.test(head)) return false;
  if (beforeHead === "every" && /^\p{Ll}+$/u.test(head)) return true;
  if (PEOPLE_AT_LARGE.test(head)) return !/^(?:media|press|public|industry)$/i.test(head) || beforeHead === "the" || /^\p{Lu}/u.test(words.at(-2) ?? "") || /^\p{Lu}/u.test(head) || !beforeHead;
  if (!/^\p{L}[\p{Ll}-]{2,}[^s]s$|^\p{L}[\p{Ll}-]*(?:men|women|folk|children)$/u.test(head) || /^(?:the|these|those|its|their|his|her|our|my|your)$/.test(beforeHead)) return false;
  const token = tokenStartingAt(doc, from + namers.length - head.length);
  if (token?.text !== head) return false;
  // ("Residents have long called …": a capital only where the noun opens the sentence, which the tagger may take for a name.)
  if (/^\p{Lu}/u.test(head)) return token.start === sentence?.start && isEnglishWord(head) && (token.pos === "NOUN" || token.pos === "PROPN");
  return token.pos === "NOUN";
}

function isTitleCased(text: string, most = 6): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length <= most && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_WORDS.test(w)) && !/[.!?]/.test(text);
}

/** Quotes worth listing: not a name, title or scare-quoted term. */
function isQuotation(text: string, partial: boolean, attribution: Attribution, runsOn: boolean, isTerm: () => boolean): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const titleLike = isTitleCased(text);
  if (titleLike && (!attribution.adjacent || attribution.naming || runsOn)) return false;
  // A sentence of its own is a quotation however short: “Vaccines work.”
  const sentenceOfItsOwn = !partial && /^\p{Lu}/u.test(text) && /[.!?]$/.test(text) && !titleLike;
  // One- and two-word fragments are quotations where a verb of saying carries them as what was said ("said the bid
  // was “opportunistic”", "said it would act “very soon”"), and terms where they name or qualify a thing ("a case,
  // or “bumper”", "the “iconic” Ford Falcon").
  if (words.length <= 2) return (attribution.adjacent && !partial) || sentenceOfItsOwn || (partial && attribution.governed && !attribution.naming && !titleLike && !isTerm());
  // A fragment of six words and more is someone's words whatever verb carries it ("describing him as a friend
  // whose presence was “always so warm, full of humour …”", "honouring him “for works of lyrical beauty …”").
  if (partial) return attribution.governed || words.length >= 6;
  return true;
}

/**
 * What stands right before a short fragment that makes it a term rather than someone's words: a determiner or
 * owner opening a noun phrase ("this “liberation operation”", "its “flipped classroom” model"), a name given ("dubbed",
 * "known in the trade as", ", or “bumper”"), or "what they call".
 */
const TERM_BEFORE = new RegExp(
  // ("described as Ecuador's “mining frontier”": a name's possessive opens a noun phrase too.)
  String.raw`(?:\b(?:a|an|the|this|that|these|those|its|his|her|their|our|my|your|\p{Lu}[\p{L}.-]*['’]s|(?:dubbed|termed|nicknamed|labell?ed|branded)(?:\s+(?:them|it|him|her|themselves|itself|himself|herself))?)` +
    String.raw`|\b(?:known|referred\s+to)(?:\s+[\w-]+){0,4}\s+as|,\s*or` +
    // ("rice declared as “construction materials”", "under the banner “Pump Price Must Fall”": a thing's class on paper, a name
    // a protest goes under.)
    String.raw`|\b(?:declared|mis-?declared|listed|classified|registered|marked|billed)\s+as|\bunder\s+the\s+(?:banner|slogan|theme|motto|hashtag|tagline)` +
    String.raw`|\bwhat\b[^.;:“”"‘’]{0,60}\b(?:calls?|called|calling|describes?|described|terms?|termed|dubs?|dubbed|labels?|labell?ed)(?:\s+(?:as|the|a|an|its|their|his|her))*)\s*$`,
  "iu",
);

/** Time words a tagger may call nouns, which can end what was said ("would act “very soon” today"). */
const TIME_NOUN = /^(?:today|yesterday|tonight|tomorrow|morning|afternoon|evening|night|week|month|year|now)$/i;

/**
 * Whether a quoted fragment is a term in its sentence: after a word that opens a noun phrase or gives a name (`TERM_BEFORE`),
 * before the noun it qualifies ("“colorum” operators"), or before "such as" ("“offenses” such as smoking").
 */
function isTermInTheSentence(doc: ArticleDoc, span: QuoteSpan): boolean {
  const sentence = sentenceAt(doc, span.open);
  const before = doc.text.slice(Math.max(sentence?.start ?? 0, span.open - 100), span.open);
  if (TERM_BEFORE.test(before)) return true;
  if (/[\p{P}]$/u.test(doc.text.slice(span.textStart, span.textEnd))) return false;
  const after = doc.text.slice(span.close, span.close + 40);
  if (/^\s+such\s+as\b/i.test(after)) return true;
  const next = /^ (\p{Ll}[\p{Ll}-]*)/u.exec(after);
  if (!next || TIME_NOUN.test(next[1]!)) return false;
  return tokenStartingAt(doc, span.close + 1)?.pos === "NOUN";
}

/** The speaker named beside the quote: after it (", X said", ", said X") or before it in the same sentence. */
function attribute(doc: ArticleDoc, span: QuoteSpan, spans: QuoteSpan[], ctx: SpeakerContext): Attribution {
  const paragraph = doc.paragraphs[span.paragraph]!;
  // ("“…,” Fawzy, 47, the former captain nicknamed “The Wall”, told Misr Digest": a nickname in quotation marks inside the
  // attribution is part of it, blanked so that offsets hold.)
  const next = spans.find((s) => s.open >= span.close && s.paragraph === span.paragraph && !isNickname(doc, s));
  const afterEnd = Math.min(next?.open ?? paragraph.end, sentenceEndAfter(doc, span.close, paragraph.end), span.close + 240);
  // ("“Kulang na kulang,” (far from enough) said Rolando Cruz": a translation in brackets stands between the quote and its
  // attribution; blanked, so that offsets hold.)
  const after = doc.text
    .slice(span.close, afterEnd)
    .replace(/^(\s*)\([^()\n]{1,80}\)/, (gloss) => " ".repeat(gloss.length))
    .replace(NICKNAME_IN_QUOTATION_MARKS, (named) => " ".repeat(named.length));

  // A quote that ends its own sentence ("… seen this.”) takes no attribution from the next sentence.
  const endsSentence = /[.]["”»’']?\s*$/.test(doc.text.slice(span.textStart, span.close)) && !/^\s*\p{Ll}/u.test(after);
  // "“… is solid.” The company said in a press release.": a sentence that is nothing but an attribution
  // has only the quote before it to attribute.
  // ("“… touch it for luck.” So said the village sarpanch, Mohan Singh Rajpurohit, who added …": nor does one that opens with
  // "So said", past the "So".)
  const soSaid = endsSentence && SO_SAID.test(after);
  const afterResult = !endsSentence || BARE_ATTRIBUTION.test(after) || soSaid ? attributionAfter(soSaid ? after.replace(SO_SAID, (opening) => opening.replace("So", "  ")) : after, span.close, ctx) : null;
  // "Karzai called the attackers “…,” the Los Angeles Times reported": the paper reports the words of the person who said them before the quote.
  if (afterResult && !REPORTED_AFTER.test(after)) return afterResult;

  const sentence = sentenceAt(doc, span.open);
  // ("The paper, titled “A temperate planet around the M dwarf Gliese 4371”, said the planet lies “…”": a title or a nickname
  // set off beside the subject is part of it, not a quotation after which the attribution starts.)
  let closedAt = lastIndexAtOrBefore(spans, span.open, (s) => s.close);
  while (closedAt >= 0 && (isNickname(doc, spans[closedAt]!) || namesAWork(doc, spans[closedAt]!) || givenAsATitle(doc, spans[closedAt]!))) closedAt--;
  const closedBefore = spans[closedAt];
  const previousClose = closedBefore && closedBefore.paragraph === span.paragraph ? closedBefore.close : -1;
  const from = Math.max(sentence?.start ?? paragraph.start, previousClose, paragraph.start);
  const before = withoutNicknames(doc.text.slice(from, span.open));
  // (The sentence's words before an earlier quotation in it, for a verb joined to one before that quotation.)
  const earlierInTheSentence = doc.text.slice(sentence?.start ?? from, from);
  const beforeResult = attributionBefore(before, span.open, ctx, () => (sentence ? openingSubject(doc, sentence) : null), earlierInTheSentence);
  if (afterResult) return beforeResult?.governed && beforeResult.speaker ? beforeResult : afterResult;
  // ("“We know how much our customers rely on us.”¶That was the message from Meridian CEO Richard A. Sorensen in a video":
  // a paragraph that only quotes, then one that says whose message it was.)
  const messenger = beforeResult?.speaker ? null : messengerAfter(doc, span, ctx);
  if (messenger) return { speaker: messenger, governed: true, adjacent: true };
  return beforeResult ?? { speaker: null, governed: false, adjacent: false };
}

/** One described, then a clause of "who" whose "he" or "she" is the verb's subject: "The president of a club in Beni Suef, who asked not to be named because of what he ". */
const PRONOUN_IN_A_WHO_CLAUSE = /^\s*((?:[Tt]he|[Aa]n?|[Oo]ne)\s[^,“”"]{1,80}),\s+who\s[^,“”"]*\b(?:he|she)\s+$/u;

/** What gives a nickname, right before the quotation mark that opens it: "nicknamed ", "known as ", "dubbed ". */
/** Whom or where a name is known to, before it: "known to his workmates as", "known in the weighroom as", "known locally as". */
const KNOWN_TO_SOMEONE_AS = String.raw`known\s+(?:(?:to|in|among|on|around)\s+(?:his|her|their|its|the|many|some)(?:\s+[\p{Ll}-]+){1,2}|\p{Ll}+ly)\s+as`;
// ("known to his workmates as ": or whom the name is known to.)
const NICKNAMED_BEFORE = new RegExp(String.raw`\b(?:${NICKNAME_GIVERS}|called|${KNOWN_TO_SOMEONE_AS})\s+$`, "u");

/** A nickname given in quotation marks, with the words that give it: " known to the fans as “El Ciclón”". */
// ("a crane operator for 22 years who is known on the docks as “El Flaco”": with the relative that gives it.)
const NICKNAME_RELATIVE = String.raw`(?:who|which)\s+(?:is|was|are|were|has\s+been|had\s+been)`;
const NICKNAME_GIVEN = new RegExp(String.raw`(?:\s+${NICKNAME_RELATIVE})?\s+(?:${NICKNAME_GIVERS}|called|${KNOWN_TO_SOMEONE_AS})\s+[“"‘][^“”"]{1,40}[”"’]`, "gu");
/** The same set off by commas right before the verb, commas and all: "Fennelly, known in the weighroom as “the Cat”, said". */
const NICKNAME_SET_OFF = new RegExp(String.raw`,\s+(?:${NICKNAME_RELATIVE}\s+)?(?:${NICKNAME_GIVERS}|${KNOWN_TO_SOMEONE_AS})\s+[“"‘][^“”"]{1,40}(?:,[”"’]|[”"’],)\s*$`, "u");

/** What holds a term at arm's length or gives a name, right before it: "so-called ", "dubbed the ", "known locally as ". */
const SO_CALLED_BEFORE = new RegExp(String.raw`\b(?:so[- ]called|dubbed(?:\s+(?:it|them))?(?:\s+the)?|nicknamed(?:\s+(?:it|them))?(?:\s+the)?|(?:known(?:\s+\p{Ll}+ly)?\s+as|${KNOWN_TO_SOMEONE_AS})(?:\s+the)?|(?:prides|bills|styles|brands)\s+(?:itself|himself|herself|themselves)\s+(?:as|on\s+being)(?:\s+the)?)\s*$`, "iu");

/** A title set off by commas after "titled" or "headlined", closing the words before a verb: "The paper, titled “…”, ". */
const TITLE_SET_OFF_LAST = /,\s*(?:(?:en)?titled|headlined),?\s*[“"‘][^“”"]*[”"’],?\s*$/i;
/**
 * A title given after "titled", "headlined", "billed as", "author of", "under the title" or "code-named", in title or
 * sentence case: "The paper, titled “A temperate Earth-mass planet …”,".
 */
// ("The paper, titled “A new cryptic species of Nymphargus from the Chocó-Andean cloud forest”,": in sentence case too.)
// ("The description, titled “A new cryptic rain frog (Anura: Craugastoridae) from the Cordillera de Talamanca, Costa
// Rica”,": a scientific title may hold a colon and commas, though no full stop of its own.)
// ("posted online under the title “La bola de fuego de Quimilí”": or after "under the title".)
// ("carried out by about 600 officers under the name “Operation Okoa Msitu”": or a name given.)
// ("An editorial …, headlined “A Modest Step for a Stubborn Disease”,", "the event, billed as “Night of Champions”", "the author
// of “The Losing Streak: Gambling and the Brain”": a headline, a name an event is sold under, a book someone wrote.)
// ("under the title “Thermal stress … in Tubbataha, Sulu Sea.”": a full stop the American style sets inside the marks
// closes the sentence, not the title.)
function givenAsATitle(doc: ArticleDoc, span: QuoteSpan): boolean {
  const text = doc.text.slice(span.textStart, span.textEnd);
  return /\b(?:en)?titled,?\s*$|\bheadlined,?\s*$|\bbilled\s+as\s*$|\b(?:co-?)?author\s+of\s*$|\b(?:under|with|by)\s+the\s+(?:title|headline|(?:code\s*)?name)\s*$|\bcode-?named\s*$/i.test(doc.text.slice(Math.max(0, span.open - 24), span.open)) && (isTitleCased(text.replace(/[?!]$/, ""), 14) || isSentenceCased(text, 20) || (/^\p{Lu}/u.test(text) && !/[.!?]$/.test(/[.!?]\s/.test(text) ? text : withoutClosingFullStop(text)) && text.split(/\s+/).length <= 30));
}

/** A title beside the noun for the work it names, in capitals or in sentence case: "its crime series “Quai Sud”". */
function namesAWork(doc: ArticleDoc, span: QuoteSpan): boolean {
  const text = doc.text.slice(span.textStart, span.textEnd);
  return (WORK_BEFORE.test(doc.text.slice(Math.max(0, span.open - 80), span.open)) || WORK_AFTER.test(doc.text.slice(span.close, span.close + 50))) && (isTitleCased(text, 12) || isSentenceCased(text, 12));
}

/** A title in sentence case, with no full stop of its own (a comma the American style sets inside the marks aside). */
function isSentenceCased(text: string, most: number): boolean {
  return /^\p{Lu}/u.test(text) && !/[.!?,;:]/.test(text.replace(/,$/, "")) && text.split(/\s+/).length <= most;
}

/** A short quotation that gives someone a nickname: "known to his workmates as “El Chino”". */
function isNickname(doc: ArticleDoc, span: QuoteSpan): boolean {
  return span.close - span.open <= 40 && NICKNAMED_BEFORE.test(doc.text.slice(Math.max(0, span.open - 40), span.open));
}
/** A nickname in quotation marks after what gives it: "nicknamed “The Wall”". */
const NICKNAME_IN_QUOTATION_MARKS = new RegExp(String.raw`\b(?:${NICKNAME_GIVERS})\s+[“"][^“”"\n]{1,36}[”"]`, "g");

/** Whose words a paragraph that is nothing but the quotation was, as the paragraph after it says ("That was the message from …"). */
function messengerAfter(doc: ArticleDoc, span: QuoteSpan, ctx: SpeakerContext): Speaker | null {
  const paragraph = doc.paragraphs[span.paragraph]!;
  const next = doc.paragraphs[span.paragraph + 1];
  const opensParagraph = /^[\s“"‘]*$/.test(doc.text.slice(paragraph.start, span.open));
  const paragraphIsTheQuote = opensParagraph && /^[\s.,”"’]*$/.test(doc.text.slice(span.close, paragraph.end));
  // ("“This is not a strike any more, it is a haemorrhage.” That was the verdict of Kulsoom Akhtar Durrani, …": or the sentence
  // right after a quotation that opens its paragraph and ends its sentence.)
  const sentenceAfter = opensParagraph && !paragraphIsTheQuote && /[.!?]\s*$/.test(doc.text.slice(span.textStart, span.textEnd)) ? doc.text.slice(span.close, paragraph.end).search(/\S/) : -1;
  const from = paragraphIsTheQuote && next ? next.start : sentenceAfter >= 0 ? span.close + sentenceAfter : -1;
  const until = paragraphIsTheQuote && next ? next.end : paragraph.end;
  const told = from >= 0 ? doc.text.slice(from, Math.min(until, from + 200)) : "";
  const found = from >= 0 ? (MESSAGE_FROM.exec(told) ?? WORDS_CAME_FROM.exec(told) ?? HOW_THEY_PUT_IT.exec(told)) : null;
  const whose = found ? ([found[0], found.slice(1).find((group) => group !== undefined)!] as const) : null;
  // ("“We have grown vegetables on this land for three generations.” Bengt Ekdahl, who runs the farm with his two sons, said
  // the family had been “devastated”": or the person named opening the sentence right after it, who says more.)
  // ("“I checked the box, it had a hologram.” Umm Youssef, a 52-year-old housewife in Giza, had bought the tablets": or one
  // brought in right after it by an age, whatever the verb.)
  const sayerAfter = !whose && sentenceAfter >= 0 ? (NAMED_SAYER_OPENING.exec(told) ?? NAMED_AND_AGED_OPENING.exec(told)) : null;
  const sayer = sayerAfter ? resolveSpeaker(sayerAfter[1]!, null, ctx, from) : null;
  if (sayer?.kind === "person" && sayer.actor) return sayer;
  if (!whose) return null;
  // ("the words of the mayor, Jane Roe, on Tuesday": the name set beside the description.)
  // ("That was how Ramdial's campaign manager, Tom Whitcombe, described": or a role someone owns.)
  const apposed = /^(?:the|a|an)\s/i.test(whose[1]!) || /^\p{Lu}[\p{L}.-]*['’]s\s/u.test(whose[1]!) ? /^,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})(?=[,.;]|\s+(?:in|on|at)\b|$)/u.exec(doc.text.slice(from + whose[0].length, until))?.[1] : undefined;
  return resolveSpeaker(apposed ?? whose[1]!, apposed ? whose[1]! : null, ctx, from);
}

/**
 * A full name opening a sentence, perhaps with a clause set off by commas, then a verb of saying: "Bengt Ekdahl, who runs the
 * farm, said", "Katarzyna Wilk, the group’s founder, repeated the slogan".
 */
const NAMED_SAYER_OPENING = /^((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)(?:,[^.;:“”"]{1,100},)?\s+(?:said|says|added|told|repeated|recalled|insisted|explained)\b/u;

/** A full name opening a sentence with an age set off by commas: "Umm Youssef, a 52-year-old housewife in Giza, had", "Rana Saleh, 34, a nurse, has". */
const NAMED_AND_AGED_OPENING = /^((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*),\s+(?:\d{1,3},|an?\s+\d{1,3}-year-old\b)[^.;:“”"]{0,100},\s+\p{Ll}/u;

/** "The words came from a fisherman who lost his brother": whose the quotation just before was. */
// ("The words were those of Sùng A Páo, 71, a village elder": or whose they were.)
// ("The complaint came from a senior official at an international NGO": or another noun for what was said.)
// ("The admission came from the tour's chief executive, Anna Lindqvist, speaking to …": an admission, an apology, a reply.)
// ("“We don't want money, we want the truth.” The words of Hernán Cano, whose son died in the collapse, were repeated": or
// the words of someone, whatever is then told of them.)
const WORDS_CAME_FROM = /^(?:The|Those|These|That|This)\s+(?:words|complaint|remark|comment|warning|plea|criticism|accusation|question|assessment|admission|confession|concession|rebuke|reply|answer|response|apology|promise|boast|appeal|explanation)\s+(?:(?:came|come)\s+from|(?:were|are|was|is)\s+(?:those|that)\s+of|belonged\s+to|of)\s+((?:[^,.;“”"](?!\s(?:who|whom|whose|which|that)\s))+[^,.;“”"\s]?)/u;
/** "That is how Rebecca Tamaki, who teaches food retail management, described the question": whose words they were. */
// ("Mr Guthrie, an SNP MSP for the Highlands, made the remark as he opened the session": or who made the remark.)
// ("That was how one security guard described the main stage": or one the text describes; "That was how Ramdial's campaign
// manager, Tom Whitcombe, described the count": or one whose role someone owns, the name set beside it.)
// ("That was captain Jean-Philippe Ouellet after Tuesday's morning skate": or who it was, and when.)
// ("With those words, Jordan’s planning minister, Rania Haddad, opened the conference": or who spoke them as they did something.)
const HOW_THEY_PUT_IT = /^(?:(?:That|This)\s+(?:is|was)\s+how\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*|(?:one|an?|the|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{Ll}-]+\s+){0,3}\p{Ll}+)(?=,|\s+(?:described|put|summed|explained|characteri[sz]ed|saw)\b)|(?:That|This)\s+was\s+((?:[\p{Ll}-]+\s+){1,3}(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)(?=\s+(?:after|at|on|speaking|during|before|in)\s|,)|With\s+(?:those|these)\s+words,\s+((?:[^,.;“”"]+?)(?:,\s+[^,.;“”"]+,)?)(?=\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\b)|((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)(?:,[^,.;“”"]{1,80},)?\s+(?:made|delivered)\s+the\s+(?:remark|comment|remarks|comments|point|plea|observation)\b)/u;

/** "That was the message from Meridian CEO Richard A. Sorensen in a video", "Those were the words of the mayor, …": whose the quotation just before was. */
// ("That was the advice to cardholders from Senior Superintendent Gilbert Tolentino": with whom it was for.)
const MESSAGE_FROM = /^(?:That|This|Such|Those|These)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:message|messages|words|word|warning|verdict|view|assessment|response|reaction|plea|promise|pledge|assurance|apology|advice)\s+(?:(?:to|for)\s+(?:\p{Ll}+\s+){1,3})?(?:from|of)\s+((?:\b(?:\p{Lu}|Hon|Dr|Mr|Mrs|Ms|Prof|Rev|Gen|Col|Capt|Sen|Rep|Gov|Lt|Maj|Sgt|Supt|Amb)\.\s+|[^,.;“”"])+?)(?=\s+(?:in|on|at|to|during|after|before|as|when|who|which)\b|[,.;]|$)/u;

/** An office in capitals, then a comma, maybe "the" and a title: "Federal Minister for Industry and Science, the Hon. ". */
const OFFICE_SET_BEFORE = /^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Minister|Secretary|President|Governor|Mayor|Chairman|Chairwoman|Chairperson|Chair|Director|Commissioner|Premier|Chancellor|Ambassador|Speaker|Attorney-General|Attorney General|Queen|King|Chief)\b[^,“”"]{0,60},\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’]*\s+){0,2}$/u;

/** A noun for people, perhaps with where they are, right before a participle: "students outside the building", "protesters in the square". */
const PEOPLE_DOING = /\b((?:(?!(?:of|the|an?|and|or|to|in|on|at|for|with|by|from)\s)\p{Ll}+\s+)?(?:students|protesters|demonstrators|crowds?|fans|supporters|residents|workers|activists|marchers|mourners|villagers|strikers))(?:\s+(?:outside|inside|in|at|on|near|from|across|along|around)\s+[^,.;:“”"]{1,40}?)?\s+$/u;

/** Nouns for the people someone has around them: "Ackland’s family", "the minister’s office". */
const PEOPLE_OF = /^(?:family|relatives|parents|children|office|team|camp|representatives|lawyers?|attorneys?)$/;

/** A news outlet's report after a quote: "…,” the Los Angeles Times reported." */
// ("A police spokeswoman told reporters that the player had been questioned “…,” according to the Yonhap news agency": so is a
// news agency or a paper that reported the words.)
// ("he told investigators that the profiles were “a marketing tool, not a crime,” according to a police official familiar with the
// case": or an informant who relays what the subject said.)
// ("Marlowe described the data as “unambiguous,” according to the indictment": or a document that records what was said.)
const REPORTED_AFTER = /^[\s,”"’]*(?:(?:[^,.;:“”"]{1,60}?\s)?(?:reported|reports)\b|according\s+to\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:news\s+agency|newspaper|daily|broadcaster|agency|television|radio)\b|according\s+to\s+(?:an?|one|two|three|several)\s+(?:[\p{Ll}-]+\s+){0,3}(?:officials?|sources?|person|people|investigators?|officers?|diplomats?|aides?|witnesses)\b|according\s+to\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:indictment|complaint|lawsuit|filings?|petition|transcripts?|documents|papers|records|report|statement|order|ruling|judgment|judgement)\b)/u;

/** A sentence that opens "So said" after a quotation, the words' speaker after it. */
const SO_SAID = /^\s+So\s+(?=(?:said|says|wrote|writes)\s)/;
/** A sentence of a short subject and a speech verb, with at most a place, time or channel after it. */
const BARE_ATTRIBUTION = new RegExp(
  `^\\s+(?:[\\p{L}.'’-]+\\s+){1,6}?(?:said|says|added|wrote|stated|explained|continued|concluded|insisted|told reporters|told the \\p{L}+)` +
    `(?:\\s+(?:in|on|at|during|via|through|from|after|later|afterwards|earlier|today|yesterday)\\b[^.,;:“”"]{0,50})?\\.\\s*$`,
  "u",
);

/** "who gave her name only as Joan", "identified only as Maria": a name a clause gives someone described. */
// ("said one of the plaintiffs, a 41-year-old office worker in Suwon, who asked to be identified only by her surname, Jung": past appositions too.)
const GIVEN_NAME = new RegExp(String.raw`^[^.;“”"]{0,140}?(?:,\s+)?\b${NAME_GIVEN_AS}\s+${GIVEN_NAME_WORDS}`, "u");

/** A full stop, or a question or exclamation mark, that is not an abbreviation's ("Brig. Gen.", "L.", "U.S."). */
// ("said Atty. Jose Ma. Cabrera-Lim": nor "Ma." before the rest of a name.)
const NOT_MA_IN_A_NAME = `(?<!\\b(?:${SHORT_GIVEN_NAME})(?=\\.${REST_OF_A_NAME_AFTER_MA.source.slice(1)}))`;
// ("a spokeswoman for Golden Lotus Entertainment Ltd. says": nor one a word in lower case follows.)
const ATTRIBUTION_END = new RegExp(`(?<!\\b(?:[A-Z]|St|Jr|Sr|U\\.S|U\\.N|No|${TITLE_ABBREVIATIONS}))${NOT_MA_IN_A_NAME}[.!?](?=\\s+(?!\\p{Ll})|$)`, "u");
/** Where an inverted speaker's name ends: a semicolon, a quotation mark, or a sentence's end ("Said national No. 1 Lim Kok Seng,"). */
const NAME_END = new RegExp(`;|[“”"]|(?<!\\b(?:[A-Z]|St|Jr|Sr|No|${TITLE_ABBREVIATIONS}))${NOT_MA_IN_A_NAME}[.!?](?=\\s+(?!\\p{Ll})|$)`, "u");

function sentenceEndAfter(doc: ArticleDoc, at: number, limit: number): number {
  const rest = doc.text.slice(at, limit);
  // The attribution ends at the first full stop that is not an abbreviation ("Brig. Gen.", "L.").
  const m = ATTRIBUTION_END.exec(rest);
  return m ? at + m.index + 1 : limit;
}

function attributionAfter(after: string, offset: number, ctx: SpeakerContext): Attribution | null {
  // "“…”, but the company said …": a new clause with its own subject, not the quote's attribution
  // (", and described it as …" shares the subject before the quote, and is read below).
  // Nor is a clause of time, cause or condition ("“no room to manoeuvre” after the regional health authority told the
  // district …", "would “take stern measures” if the union continued …").
  // (An adjunct closed by a comma before an inverted verb is the quote's own: "“…” because of the fires, said Will Powers".)
  // ("said Sandhu had “failed to produce any credible evidence” that …, as his lawyers had claimed": nor is a comparison with
  // what others had claimed; "as one trader put it" is the quote's own.)
  // ("finding that the ban was not “…” as PSS had argued at a hearing": without a comma too.)
  const lead = /^[\s,.!?…—–-]*/.exec(after)![0].length;
  const text = after.slice(lead);
  // The verbs of saying after the quote, found once: for the comparison below and for the attribution.
  const firstVerb = speechVerbs(text)[0];
  const comparison = firstVerb !== undefined && /^(?:claimed|argued|contended|suggested|maintained|insisted|predicted)$/.test(firstVerb.verb) && /(?:,\s*|^[\s”"’]*)as\s+[^,.;“”"]{1,40}?\s+(?:(?:had|has|have)\s+)?$/.test(after.slice(0, lead + firstVerb.at));
  const clauseOfTime = (/^[\s,;]*(?:after|before|when|because|since|until|unless|once|if)\b/.test(after) || comparison) && !/^[^,]*,\s*(?:said|says|added|adds)\b/.test(after);
  // ("“…” and had treated each call as …": a verb joined by "and" goes on with the sentence's subject.)
  // ("dismissed as “just tiredness”, something patients say has …", "“…”, which critics say …": a clause about the
  // words, not their speaker.)
  if (/^[\s,;]*(?:something|anything|which)\s/.test(after)) return null;
  // ("said the favourite had “run his heart out”, and trainer Nicholas Whitlock said": nor one whose subject is a role before a
  // name.)
  const roleAfterAnd = /^[\s,;]*and\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)\s+\p{Lu}/u.exec(after)?.[1];
  if (clauseOfTime || /^[\s,;]*(?:but|while|whereas|although|though|yet)\b|^[\s,;]*and\s+(?:that|the|a|an|his|her|its|their|\p{Lu}|(?:had|has|have|was|were|is|are|would|will)\s)/u.test(after) || (roleAfterAnd !== undefined && (isRoleNoun(roleAfterAnd) || ROLE_WORDS.exec(roleAfterAnd)?.[0] === roleAfterAnd || /^\p{Ll}{3,}(?:er|or|ist|ian)$/u.test(roleAfterAnd)) && !NOT_A_PERSONS_NOUN.test(roleAfterAnd) && !/^(?:later|after|never|over|under|other|either|rather|whether|together|ever|however)$/.test(roleAfterAnd))) return null;
  // ("it was “no answer” for ministers to say that …": a verb of saying in the infinitive attributes nothing.)
  if (firstVerb && /\bto\s+$/.test(text.slice(0, firstVerb.at))) return null;
  const verb = firstVerb ?? pastTenseVerb(text);
  if (!verb) return null;
  if (verb.named) return { speaker: resolveSpeaker(verb.named, null, ctx, offset), governed: true, adjacent: true };
  // "“…,” the witness said Sarris had told him": the words are the one the witness reports, not the witness's.
  const relayed = RELAYED_WORDS.exec(text.slice(verb.end));
  const relayer = relayed ? resolveSpeaker(relayed[1]!, null, ctx, offset) : null;
  if (relayer) return { speaker: relayer, governed: true, adjacent: true };
  // ("“…,” chairperson Ma. Teresa “Tess” Villanueva said": a nickname inside the name is no quotation in the subject.)
  // ("…”, the barrister who led an independent review has found.": the auxiliary before the verb is no part of its subject.)
  const subjectText = withoutNicknames(text.slice(0, verb.at).trim().replace(/,$/, "").replace(/\s+(?:has|have|had)$/, ""));
  if (verb.verb === "according to") {
    // (All the words after it up to where the attribution ends: a cut at a fixed length could end inside a long body's name,
    // "according to a press release from Argentina's National Scientific and Technical Research Cou".)
    const speaker = accordingTo(text.slice(verb.end), ctx, offset);
    return speaker ? { speaker, governed: true, adjacent: true } : null;
  }
  if (!subjectText) {
    // Inverted order: ", said Lt-Gen Townsend", ", says a spokesman for the group". A verb followed
    // by its clause ("… claimed that the executive …") names no speaker after it: look before the quote.
    const rest = text.slice(verb.end).trimStart();
    if (isVerbComplement(rest)) return null;
    // ("X, who said … that there were “no signs of an explosion”, told TNA on Sunday that …": after "told", whom the words went
    // to, never who spoke.)
    if (TOLD_SOMEONE.test(verb.verb)) return null;
    // ("described the strike as “illegal”, citing an order of the court": a participle has no subject after it; what
    // follows is its object, and the sayer is the sentence's subject before the quote.)
    // (", arguing that Quebec universities are underfunded": nor has one with its "that".)
    if (/ing(?: that)?$/.test(verb.verb)) return null;
    // ("… “unprecedented,” said an excessive heat warning for the area would remain in effect": a clause whose own
    // subject and modal follow the verb is what was said, not who said it.)
    // (Not one a relative clause describes: "said a spokesman for the group that has led the talks".)
    if (/^(?:an?|the)\s(?:(?!\b(?:that|who|which|whose|whom)\b)[^,.;:“”"])*?\s(?:would|will|could|should|might|may|must|had|has|have)\s+(?:not\s+|be\s+|been\s+)?\p{Ll}+/u.test(rest)) return null;
    const phrase = invertedPhrase(text.slice(verb.end)) ?? "";
    // ("Rigoberto Maldonado Paz, who has called the flood “…,” said the priority was now …": no one named after the verb leaves
    // the subject before the quotation to say it.)
    if (!phrase.trim()) return null;
    // ("“Education is a right, not a product,” read one banner carried at the front": words written on a thing, whose writer
    // the sentence does not name.)
    if (/^read(?:s)?$/.test(verb.verb) && INSCRIBED_THING.test(phrase)) return { speaker: null, governed: true, adjacent: true };
    const speaker = resolveSpeaker(phrase, null, ctx, offset);
    return { speaker, governed: true, adjacent: true };
  }
  // ("said it was “comfortably satisfied” that the phone belonged to the player, citing a report": a clause of what was
  // said, not the subject of a verb after it.)
  if (/^that\s+(?:the|a|an|it|he|she|they|we|his|her|its|their|this|there)\s/.test(subjectText)) return null;
  // ("said it was “cooperating fully” with the police and with Interpol, which has added the paintings to its database": nor
  // a phrase of a preposition, whose relative clause the verb is in.)
  // ("“on at least 23 occasions” between March 2019 and December 2022, using … a WhatsApp group that its members called": or
  // a relative clause's own subject.)
  if (/^(?:with|to|for|from|of|in|on|at|by|about|against|into|over|under|between|during|since|until|through|across|among|within|using)\s/i.test(subjectText) && /\b(?:which|who|that)\s+(?:(?:has|have|had|also)\s+)*$|\b(?:which|that)\s+(?:its|their|his|her)\s+[\p{Ll}-]+\s+$/u.test(text.slice(0, verb.at))) return null;
  // ("said it “fully respects” the work of the coast guard but disputed the passenger count, arguing": a participle after a
  // comma has the sentence's subject, before the quote; what stands between is the rest of the sentence.)
  if (/^\p{Ll}+ing(?: that)?$/u.test(verb.verb) && /,\s*$/.test(text.slice(0, verb.at))) return null;
  // Normal order, a short subject only: ", Selo added", ", Brig. Gen. Talal Ali Selo, the spokesman for the SDF, told CNN".
  // "“…,” Sue Wood, a waitress who was serving plates … in Smith Valley, Nevada, was quoted …": a personal name, then
  // a description however long, then the verb.
  // "“…,” the convoy leader, Per Lindgren, a Swedish official of …, said": a description may stand before the name too.
  const apposed = /^(?:(?:the|a|an)\s[^,]{1,40},\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}),\s+((?:a|an|the)\s[^,]*?)(?:\s+(?:who|whose|which)\b|,|$)/u.exec(subjectText);
  // ("“…,” Dr. Andrés Valdivia Soto, a seismologist at …, told": a title before the name is no part of it.)
  if (apposed && (looksLikePersonalName(apposed[1]!) || isTitledName(apposed[1]!, findNames(apposed[1]!)))) {
    const speaker = resolveSpeaker(apposed[1]!, apposed[2]!, ctx, offset);
    if (speaker) return { speaker, governed: true, adjacent: true };
  }
  // ("“…,” the paper's lead author, Dr Lucía Ferreyra of the Museo Paleontológico Egidio Feruglio (MEF) in Trelew, told": a
  // description, then the name and where the person is from, however long.)
  const describedThenNamed = /^(?:[Tt]he|[Aa]n?)\s[^,“”"]{1,80}?,\s+\p{Lu}[^,“”"]*\s(?:of|at|from|with)\s[^,“”"]{3,100}$/u.test(subjectText) ? subjectBefore(`${subjectText}, `) : null;
  const described = describedThenNamed ? resolveSpeaker(describedThenNamed.phrase, describedThenNamed.role, ctx, offset) : null;
  if (described?.kind === "person") return { speaker: described, governed: true, adjacent: true };
  // A relative clause set off by commas says more about the subject and does not count ("Gen. Antonio Taguba, who led …, wrote").
  // ("“…,” Iraq’s Deputy Prime Minister for Energy Affairs and Minister of Oil, Fuad Abd al-Karim al-Samarrai, said": not an
  // office, however long, set before the name that closes the subject.)
  const closingName = /,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){1,5})$/u.exec(subjectText);
  const officeBeforeTheName = closingName !== null && OFFICE_TITLE.test(subjectText.slice(0, closingName.index)) && looksLikePersonalName(closingName[1]!);
  if ((withoutRelativeClauses(subjectText).split(/\s+/).length > 14 && !officeBeforeTheName) || /[“”"]/.test(subjectText)) return null;
  // "“…” through limiting its capabilities and emphasized …": a coordinated verb's subject opened the sentence, before the quote.
  // ("spent “every lunchtime for four months” in the school lab, and Priya wrote …": a clause of its own, joined after the
  // sentence went on past the quote, is no attribution.)
  if (/(?:^|\s)(?:and|or|but|yet)$/.test(subjectText) || /,\s+(?:and|but|while|whereas)\s+\S/.test(subjectText)) return null;
  // ("“…,” the five-member committee, headed by retired civil servant M.V. Krishna Rao, wrote": a participle set off by
  // commas, whose closing comma the subject was read without, describes the subject.)
  // ("“…,” one survivor, a 52-year-old fish trader from Bogo, told the Inquirer": nor an apposition, whose closing comma the
  // subject was read without; the one it describes is the subject.)
  const appositionClosed = /,\s*$/.test(text.slice(0, verb.at)) && /^(?:one|an?|another)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?,\s+(?:a|an)\s[^,]+$/u.test(subjectText);
  const subject = subjectBefore(PARTICIPLE_BY_SOMEONE_AT_THE_END.test(subjectText) || appositionClosed ? `${subjectText}, ` : subjectText);
  // "… history,” and described a …": a coordinated verb shares the subject named before the quote.
  const speaker = subject ? resolveSpeaker(subject.phrase, subject.role, ctx, offset) : null;
  if (speaker) return { speaker, governed: true, adjacent: true };
  // "“…” because of the fires, said Will Powers": an adjunct set off by a comma, then an inverted attribution.
  const inverted = /,\s*$/.test(text.slice(0, verb.at)) && INVERTING_VERBS.test(verb.verb) ? invertedPhrase(text.slice(verb.end)) : null;
  const named = inverted ? resolveSpeaker(inverted, null, ctx, offset) : null;
  return named ? { speaker: named, governed: true, adjacent: true } : null;
}

/** A title word of an office, capitalised: "Deputy Prime Minister for Energy Affairs". */
const OFFICE_TITLE = /\b(?:Minister|Secretary|President|Director|Chairman|Chairwoman|Chairperson|Chair|Governor|Commissioner|Chief|Head|Ambassador|Mayor|Premier|Chancellor|Administrator|Registrar)\b/;

/** A verb of saying that takes whom it was said to: "told", "assured", "warned" (then "reporters that …"). */
const TOLD_SOMEONE = /^(?:told|tells|tell|informed|informs|assured|assures|warned|warns|reminded|reminds|advised|advises|promised|promises)$/;
/** Whom something was told to, up to the "that" of what was told: " the daily Mladá fronta DNES that ". */
const RECIPIENT_BEFORE_THAT = /^\s*[^,;:“”"]{1,60}?\s+that\s+/;

/** A passive participle and its agent set off by a comma at the end of a subject: ", headed by Mary Hennessy". */
const PARTICIPLE_BY_SOMEONE_AT_THE_END = new RegExp(String.raw`^[^,]+,\s*${PASSIVE_PARTICIPLE}\s+by\s[^,]*$`, "u");

/**
 * Who speaks after "according to": a name ("according to Reuters"), the author of a document
 * ("according to a statement from the weather service"), or a description ("according to the ministry").
 */
function accordingTo(source: string, ctx: SpeakerContext, at: number): Speaker | null {
  const phrase = accordingToPhrase(source);
  return phrase ? resolveSpeaker(phrase, null, ctx, at) : null;
}

/** The words after "according to" that name a source: its first name, else a description (a document reads as its author's words). */
/** The same, after a source and its name, to cut: ", seen by The Capital Post", " who was interviewed by NBI agents". */
const SEEN_BY_SOMEONE = new RegExp(String.raw`,?\s+(?:(?:who|that|which)\s+(?:was|were|had\s+been)\s+)?(?:${SAW_OR_QUOTED})\s+by\s[^,;:“”"]*`, "u");

/** Where the words after "according to" close, not at a title's full stop: "according to Mr. Sidhu, is to". */
// ("according to the U.S. National Oceanic and Atmospheric Administration (NOAA),": nor does an initial's full stop.)
const SOURCE_CLOSES = new RegExp(String.raw`(?<!\b(?:St|Jr|Sr|${TITLE_ABBREVIATIONS}|\p{Lu}))[.;:“”"]|,\s+\p{Ll}`, "u");

/** Whose words, after the "in" of "in Dr Hartmann's words" (see `someonesWordsAt` in speakers.ts). */
const WHOSE_WORDS = new RegExp(String.raw`^\s+${WORDS_OWNED}`, "u");

function accordingToPhrase(given: string): string | null {
  // ("according to an office order seen by The Capital Post": not the paper that saw it.)
  // ("according to a fumigation worker quoted by the newspaper Última Hora", "a security guard … who was interviewed by NBI
  // agents": nor who quoted or questioned the source.)
  const source = given.replace(SEEN_BY_SOMEONE, "");
  // ("in Dr Hartmann's words", "in his own words": the one whose words they are.)
  const owner = WHOSE_WORDS.exec(source);
  if (owner) return owner[1] ? ({ his: "he", her: "she", their: "they" } as Record<string, string>)[owner[1].toLowerCase()]! : owner[2]!;
  // ("According to him, the palace had “no quarrel with Abuja”": the person the pronoun points to.)
  const pronoun = /^\s+(him|her|them)\b/i.exec(source)?.[1]?.toLowerCase();
  if (pronoun) return pronoun === "him" ? "he" : pronoun === "her" ? "she" : "they";
  // ("According to a statement by the Florence branch of the Carabinieri cultural heritage unit, officers traced": whoever
  // the document is by.)
  const documentBy = /^\s+(?:an?|the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|report|letter|release|filing|ruling|study|memo|notice)\s+(?:(?:issued|released|published|posted)\s+)?(?:by|from)\s+((?:the\s+)?\p{Lu}[^,;:“”"]{1,100}?)\s*(?:[,.;:“”"]|$)/u.exec(source)?.[1];
  if (documentBy) return documentBy;
  // "according to a police official in Ambon", "a spokesman for Acme": a description a name places or attaches to.
  // ("according to a security guard at an LCB branch in Pasay": "a" or "an" before the name too.)
  // (With the body's branch or site, and where it is.)
  // ("according to the government committee that investigated the blaze at the Fayhaa Grand Mall": a description with a
  // clause of its own is the source, not a name inside the clause.)
  const describedThenClause = /^\s+((?:the|an?)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,4}?)\s+(?:that|which|who)\s/u.exec(source)?.[1];
  if (describedThenClause) return describedThenClause;
  const placed = /^\s+((?:a|an|the)\s+[\p{Ll}\s-]+?\s(?:in|at|near|from|for|with)\s+(?:the\s+|an?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:\s+(?:branch|office|plant|site|store|shop|factory|station|school|hospital|camp|mine)(?:\s+(?:in|at|near)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)?)?)/u.exec(source)?.[1];
  // ("According to the findings, 312 of the cases occurred in Guerrero": a description closed by a comma is the source,
  // not a name later in the sentence.)
  const described = /^\s+((?:the|an?)\s+[\p{Ll}\s-]{2,60}?)\s*([,.;:“”"]|$)/u.exec(source);
  // ("According to Phivolcs science research specialist Ma. Lourdes Tabangcura, there was": a body, a role in lower case, then
  // the person who holds it, up to the comma.)
  // ("According to Commission on Elections (Comelec) spokesman Ferdinand Cabrera,": a body's name with small words inside,
  // and its initials.)
  const holder = /^\s+(\p{Lu}[\p{L}.'’&-]*\s+(?:(?:of|on|for|and|the|de)\s+|\p{Lu}[\p{L}.'’&-]*\s+){0,6}(?:\(\p{Lu}[\p{L}\d&.-]*\)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,4}(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]*)\s*,/u.exec(source)?.[1];
  // ("Her testimony, according to court documents, described …, worked as an English tutor": a source without an article,
  // closed by a comma, is the source too; a name is looked for only before the phrase closes, though a name set beside it
  // may follow a comma: "according to the voyage's co-leader, Professor Tomás Ruiz-Bernal".)
  const bare = /^\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*s)\s*,/u.exec(source)?.[1];
  const closes = source.search(SOURCE_CLOSES);
  // ("according to an estimate by Tallinn-based analyst Kadri Sepp": not where one is based, a name only as a participle's.)
  const named = findNames(closes < 0 ? source : source.slice(0, closes)).find((n) => !PLACE_PARTICIPLE.test(n.name));
  return placed ?? (described?.[2] === "," ? described[1]! : null) ?? holder ?? bare ?? named?.name ?? described?.[1] ?? null;
}

/** A place joined to a participle, a name only in shape: "Tallinn-based", "Lagos-born", "Saudi-led". */
const PLACE_PARTICIPLE = /^\S+-(?:based|born|bred|led|owned|run|backed|registered|headquartered)$/;

/** Who a fragment no verb of saying carries belongs to: an absolute clause's subject, else the sentence's named subject. */
function fragmentOwner(doc: ArticleDoc, span: QuoteSpan, ctx: SpeakerContext): Speaker | null {
  const sentence = sentenceAt(doc, span.open);
  if (!sentence) return null;
  const before = doc.text.slice(sentence.start, span.open);
  const absolute = /,\s+((?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+)+)\p{Ll}+ing\b[^,;“”"]*$/u.exec(before);
  const owner = absolute?.[1]?.trim() ?? statementAuthor(doc, sentence);
  // A name the article knows, not a pronoun: who "he" is here is for the attribution rules to say.
  if (!owner || /[“”"]/.test(owner) || /^(?:he|she|it|they|we|i|you)$/i.test(owner)) return null;
  const speaker = resolveSpeaker(owner, null, ctx, span.open);
  return speaker?.actor ? speaker : null;
}

/** An opening phrase that ends with the office of who signed or issued a document: "In a statement signed by its Director-General". */
const SIGNED_BY_AN_OFFICE = /\b(?:signed|issued|written|released|sent)\s+by\s+(?:its|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,6}\p{L}+$/u;

/**
 * The words that open a sentence up to its first verb, after any dateline ("(CN) –", "QUETTA,
 * Pakistan –") or label ("WHAT THEY SAID:"): the subject that a later coordinated verb ("… and said") shares.
 */
function openingSubject(doc: ArticleDoc, sentence: Sentence): string | null {
  const [first, last] = sentence.tokens;
  let from = first;
  for (let k = first; k <= Math.min(last, first + 8); k++) {
    const token = doc.tokens[k]!;
    // (Not the hyphen inside "Edmund Fairley-Hart".)
    if (/^[–—-]{1,2}$/.test(token.text) && /\s/.test(doc.text[token.start - 1] ?? " ")) {
      from = k + 1;
      break;
    }
    if (!["PROPN", "PUNCT", "NUM"].includes(token.pos)) break;
  }
  // ("In a statement released through his attorney on Wednesday, he called …": an opening phrase whose participle comes
  // before its comma stands before the subject.)
  // ("Shortly after the lunch break, a man in the public gallery stood up": so does how soon after something.)
  const soonAfter = /^(?:Shortly|Soon|Moments|Minutes|Hours|Days|Weeks|Just|Immediately|Long)$/.test(doc.tokens[from]?.text ?? "") && /^(?:after|before)$/.test(doc.tokens[from + 1]?.text ?? "");
  // ("Speaking to reporters after the meeting, the undersecretary said": and a participle's phrase.)
  if (soonAfter || /^(?:In|At|From|On|After|Before|During|Under|Through|With|\p{Lu}\p{Ll}+ing)$/u.test(doc.tokens[from]?.text ?? "")) {
    // ("In a statement signed by its Head of Corporate Communications, Mrs. Funmilayo Ogundipe, GoldStar denied": the name of
    // the office's holder set off after it is part of the phrase too.)
    const opening = doc.tokens[from]!.start;
    let commas = 0;
    for (let k = from + 1; k <= Math.min(last, from + 35); k++) {
      const text = doc.tokens[k]!.text;
      if (/^[“”"‘]$/.test(text)) break;
      if (text === ",") {
        from = k + 1;
        if (commas++ > 0 || !SIGNED_BY_AN_OFFICE.test(doc.text.slice(opening, doc.tokens[k]!.start))) break;
      }
    }
  }
  let to = from;
  // "The armed wing of …": a participle right after a determiner describes the subject; it is not its verb.
  // ("Anti-Graft Watch Malaysia coordinator …": nor is a capitalised word inside a run of them, part of a name.)
  const insideAName = (k: number) => k > from && /^\p{Lu}/u.test(doc.tokens[k]!.text) && /^[\p{Lu}-]/u.test(doc.tokens[k - 1]!.text);
  // ("A Lagos-based economist": nor a participle glued to the word before it by a hyphen.)
  const glued = (k: number) => doc.text[doc.tokens[k]!.start - 1] === "-";
  // ("Plaid Cymru AM Elin Rhys Owen": nor letters in capitals, a seat's, that the tagger read as "am".)
  // ("Sosa, in a statement posted on the CAT website on Tuesday night, struck": nor a participle that tells where a document
  // went out.)
  const documentsParticiple = (k: number) => /^\p{Ll}+ed$/u.test(doc.tokens[k]!.text) && /^(?:statement|post|message|letter|video|note|release|notice|tweet)$/i.test(doc.tokens[k - 1]?.text ?? "");
  const isVerb = (k: number) => ((doc.tokens[k]!.pos === "VERB" && !/^(?:the|a|an)$/i.test(doc.tokens[k - 1]?.text ?? "") && !insideAName(k) && !glued(k) && !documentsParticiple(k)) || doc.tokens[k]!.pos === "AUX") && !/^\p{Lu}{2,}$/u.test(doc.tokens[k]!.text);
  while (to <= last && !isVerb(to)) {
    // "THE BIGGER PICTURE: McTominay said …": a label before a colon is no part of the subject.
    if (doc.tokens[to]!.text === ":") from = to + 1;
    to++;
  }
  if (to > last || to === from) return null;
  // "A spokesman for Pennine, which is doing the work, said": the relative pronoun before the clause's verb is no part of it.
  // ("In Lima, the Peruvian armed forces' Joint Command gave …": a place or a time set before the subject is no part of it.)
  // ("However, the judge criticised …, describing": nor is a sentence adverb set off by a comma.)
  return (
    doc.text
      .slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end)
      .replace(/,?\s+(?:who|which|whose|that)$/i, "")
      // ("Rowel Tampus, whose wife and son died in the grounding, shared": nor is the subject of a clause of "whose".)
      .replace(/,\s+whose\s[^,“”"]*$/i, "")
      // ("The DFA, in a post on its official Twitter account, reminded": nor how the words went out, set off by commas.)
      .replace(/,\s+(?:in|through|via)\s+(?:an?|its|his|her|their)\s+[^,“”"]{1,60},$/u, "")
      // ("She also had a message for commercial banks:": an adverb before the verb is no part of the subject.)
      .replace(/\s+(?:also|then|later|now|again|still|too|however|meanwhile|recently|previously|earlier|subsequently|separately|reportedly|allegedly|initially|finally)$/u, "")
      // ("A labour court in Munich late on Tuesday night turned down": nor is when, before the verb.)
      .replace(TIME_BEFORE_THE_VERB, "")
      .replace(/^(?:However|Meanwhile|Nevertheless|Nonetheless|Still|Instead|Separately|Moreover|Indeed|Earlier|Later),\s+(?=\S)/, "")
      .replace(/^(?:In|At|From|On|Outside|Inside|Near|After|Before|During|Later|Earlier)\b[^,]{0,50},\s+(?=\S)/, "")
      // ("The same day, 32 rectors of public universities published an open letter": nor is a day told of before it.)
      .replace(/^(?:The|That|This|Last|Next)\s+(?:same\s+|next\s+|following\s+|previous\s+)?(?:day|night|morning|afternoon|evening|week|weekend|month|year)\b[^,]{0,20},\s+(?=\S)/, "") || null
  );
}

/** After a verb of saying, another who had said the words to someone: " Sarris had told him", " that he had said to police". */
const RELAYED_WORDS = /^\s+(?:that\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*|he|she)\s+had\s+(?:told|said\s+to|written\s+to|texted|warned)\s+(?:him|her|them|me|us|police|\p{Lu}[\p{L}'’-]*)\b/u;

/** A post's words set beside a picture: "with the caption:", "under the message". */
const CAPTIONED = /\b(?:with|under|alongside|and)\s+the\s+(?:caption|message|words)\s*:?\s*$/i;

/** A name, then a relative pronoun that opens the clause of the verb after it: "the Kansas Hospital Association, which ". */
const RELATIVE_ANTECEDENT = /(?:\b(?:an?|the)\s+((?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+),\s+)?(?<![\p{L}'’.&-])((?:\p{Lu}[\p{L}.'’&-]*\s+(?:(?:of|for|and|the)\s+)?){0,5}\p{Lu}[\p{L}.'’&-]*),\s+(?:which|who)\s+(?:\p{Ll}+ly\s+|also\s+|later\s+)?$/u;

/** A personal name, a description set off by commas, then "who" opening the verb's clause: "Moussa Hamani Garba, the mayor of Ayorou, who ". */
const APPOSED_ANTECEDENT = /(?<![\p{L}'’.-])(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}),\s+(?:the|an?)\s+[^,“”"‘’]{1,60},\s+who\s+(?:(?:has|have|had)\s+)?(?:\p{Ll}+ly\s+|also\s+|later\s+)?$/u;

/** Verbs after which a colon brings in what someone met, not what they said: "Smith found a note: “…”". */
const MET_NOT_SAID = /\b(?:found|finds?|saw|sees?|heard|hears?|received|receives?|showed|shows?|read|reads|spotted|noticed|got|gets|bought|wore|carried|held|holds)\b/i;

/**
 * "Jane Doe was blunt: “…”", "Smith had a simple message for voters: “…”", "Smith’s verdict: “…”": a short clause
 * with no verb of saying that opens with a person and hands over to the quotation with a colon. The person speaks.
 */
function announcingPerson(before: string, quoteAt: number, ctx: SpeakerContext, sentenceSubject: () => string | null): Speaker | null {
  // ("On Twitter, Scottish Cycling chief executive Graham Eadie welcomed the debate:": past where the words went out.)
  const clause = withoutOpeningAdverbial(before.replace(/:\s*$/, "")).trimStart();
  if (/[“”"]/.test(clause) || MET_NOT_SAID.test(clause)) return null;
  // (An apposition set off by commas says more about the subject: "Congressman Wade Pruitt, a Republican whose district
  // includes the county, backed the board on X on Tuesday:".)
  // ("The Copperbelt Province minister, Bowman Chilufya, was blunt when he visited the site on Sunday:": or names them.)
  // ("Chelimo, 26, who crossed the line in Valencia on Dec 7 to scenes of wild celebration, reacted on social media …:": or a
  // clause of "who".)
  // ("The trainer struck a defiant tone on Thursday night in an interview with Kildare local radio:": when and where the words
  // went out count for nothing.)
  // ("Marc-Antoine Leroy, general secretary of the CGS, addressed a crowd at Place de la République in the afternoon:": nor
  // where they were, or when in the day.)
  if (clause.replace(APPOSITION, " ").replace(WHO_CLAUSE, " ").replace(SETTING, " ").replace(WHERE_THEY_WERE, " ").replace(/\s+in\s+the\s+(?:morning|afternoon|evening)\b/g, " ").trim().split(/\s+/).length > 14) return null;
  // ("Declan Hurley: ‘I found out I was sacked by WhatsApp’", a headline's: a personal name alone before the colon speaks.)
  // ("Ong: “Not in those words.”", "DPP Yeo: “Did Mr Tan …?”": so does a transcript line's label, one the text has named.)
  const label = clause.trim();
  const personal = looksLikePersonalName(label);
  const capitalised = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u.test(label);
  if (personal || capitalised) {
    const named = resolveSpeaker(label, null, ctx, quoteAt);
    if ((personal && named?.kind === "person") || (capitalised && named?.actor && isPersonLike(named.actor))) return named;
  }
  // Without a verb before the colon ("Smith’s verdict: “…”") the subject is the owner of the noun.
  const opening = sentenceSubject();
  const subject = opening && !/[“”"]/.test(opening) ? opening.replace(/['’]s\s+\p{Ll}+$/u, "") : (/^\s*([^:]*?)['’]s\s+\p{Ll}+\s*$/u.exec(clause)?.[1] ?? null);
  if (!subject || !clause.trimStart().startsWith(subject.trim())) return null;
  // No name but the subject's; where the words went out ("on Twitter", "to the BBC") names no second person.
  // ("Kisumu Town West MCA Caroline Omondi took to Twitter:": the subject may hold a place and an office besides the name.)
  const predicate = clause.trimStart().slice(subject.trim().length).replace(WHO_CLAUSE, " ").replace(SETTING, " ");
  // ("backed the board on X on Tuesday:": where and when, one after the other.)
  const channel = /\s*\b(?:on|via|through|to|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*)+$/u;
  // ("addressed a crowd at Place de la République in the afternoon:": nor where the subject was, anywhere in the clause.)
  if (findNames(predicate.replace(WHERE_THEY_WERE, " ").replace(channel, "").replace(channel, "")).length > 0) return null;
  const speaker = resolveSpeaker(subject, null, ctx, quoteAt);
  return speaker && (speaker.kind === "person" || (speaker.actor && isPersonLike(speaker.actor))) ? speaker : null;
}

/** Where someone was, a place's name after "at", "outside", "near" or "in": " at Place de la République", " outside the Gare de Lyon". */
const WHERE_THEY_WERE = /\s\b(?:at|outside|near|in)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|la|du|des|del|di|of|the|el|le)\s+)*\p{Lu}[\p{L}.'’-]*)*/gu;
/** When the words went out, or the interview they went out in: " on Thursday night", " in an interview with Kildare local radio". */
const SETTING = new RegExp(String.raw`\s+(?:(?:on|late on|early on)\s+(?:${WEEKDAYS})${PART_OF_DAY}|in\s+an?\s+interview\s+with\s+[^,;:“”"]{1,50}?|yesterday|today|last\s+night)(?=\s|$)`, "g");
/** When, right before the verb: " late on Tuesday night", " yesterday", " last week". */
const TIME_BEFORE_THE_VERB = new RegExp(String.raw`\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:${WEEKDAYS}|yesterday|today|tonight)${PART_OF_DAY}|last\s+(?:week|month|year|night))$`, "u");
/** A clause of "who" or "whose" set off by commas: ", who crossed the line in Valencia on Dec 7 to scenes of wild celebration,", ", whose wife and son died in the grounding,". */
const WHO_CLAUSE = /,\s+(?:who|whose)\s[^,]*,/g;
/** An apposition set off by commas: a description after an article, or a name of up to four words. */
// ("Marc-Antoine Leroy, general secretary of the CGS,": or an office of a body, with no article.)
const APPOSITION = /,\s+(?:(?:an?|the)\s[^,]*|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|(?:[\p{Ll}-]+\s+){1,3}(?:of|for|at)\s[^,]*),/gu;

/** Things words are written on, as a regular expression's alternatives. */
const THINGS_WRITTEN_ON = String.raw`placards?|signs?|banners?|posters?|leaflets?|handbills?|pamphlets?|billboards?|(?:t-)?shirts?|plaques?|inscriptions?|graffiti|slogans?|stickers?|badges?|hoardings?|murals?|tattoos?|headstones?|gravestones?|wreaths?|cards?`;

/** A thing words are written on, after an inverted "read": "one banner carried at the front of the march". */
const INSCRIBED_THING = new RegExp(String.raw`^(?:(?:the|a|an|one|another|some|many|several|its|their)\s+)?(?:[\p{Ll}-]+\s+)?(?:${THINGS_WRITTEN_ON}|notices?)\b`, "iu");

/** A thing words are written on, heading a subject: "A handwritten note taped to the fence", "As one banner at the gate". */
// (A note or a notice is one where it is handwritten or put up somewhere: "a notice posted on a school gate"; "The notice
// states" may be a body's document, "a show-cause notice".)
const WRITTEN_ON_SUBJECT = new RegExp(
  String.raw`^(?:as\s+)?(?:(?:the|a|an|one|another|some|many|several|its|their)\s+)?(?:(?:[\p{Ll}-]+\s+)?(?:${THINGS_WRITTEN_ON}|streamers?)\b|(?:hand-?written|hand-\p{Ll}+ed|scrawled)\s+not(?:e|ice)s?\b|not(?:e|ice)s?\s+(?:pinned|taped|pasted|posted|stuck|hung|nailed|left|on|outside|at)\b)`,
  "iu",
);

/** A thing words are written on, ending the text before "read". */
// ("A handwritten sign taped to the door of the closed village café read:": placed there by a participle of any verb.)
// ("One banner at Wednesday's march, written in English, read:": with how it was written set off by commas.)
// ("waving placards, some of which read": or some of them.)
const INSCRIBED = new RegExp(String.raw`\b(?:${THINGS_WRITTEN_ON})\b(?:\s+(?:on|outside|at|above|over|in|by|near|held|hung|carried|painted|pinned|\p{Ll}+ed)\b[^,;“”"‘’]{0,60})?(?:,\s+(?:written|painted|printed|scrawled|handwritten)\b[^,;“”"‘’]{0,40},)?(?:,\s+(?:some|one|many|most|several|all|two|three)\s+of\s+(?:which|them))?\s+(?:that\s+|which\s+)?$`, "iu");

/** "Asked whether he had spoken to the Brazilian, the Swede smiled:": past a question put to them, a subject, one verb, a colon. */
// ("Asked whether he would walk away, Mulqueen was direct:", "…, he had been characteristically blunt:": or how they answered.)
const ANSWERED_WITH_A_COLON = /^\s*(?:Asked|Pressed|Questioned|Challenged)\b[^,;:“”"]{0,120},\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}|he|she)\s+(?:(?:was|were|is|(?:had|has)\s+been|seemed|sounded|remained)\s+)?(?:\p{Ll}+ly\s+)?\p{Ll}+:\s*$/u;

/** "a Telegram message that Tan allegedly sent Ong in April 2022, when …:": a message, then who sent or wrote it, then a colon. */
// ("a post Tan published on Twitter, now X, on July 11, 2022, two days before the freeze:": with or without "that".)
const MESSAGE_SENT_BY = /\b(?:message|messages|text|texts|email|e-mail|emails|letter|note|memo|post|tweet)\s+(?:(?:that|which)\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*|he|she)\s+(?:\p{Ll}+ly\s+)?(?:had\s+)?(?:sent|wrote|posted|published|texted|emailed|tweeted)\b[^“”"‘’.;]*:\s*$/u;

/** A letter, a speech or a post from someone named, then a clause of "in which" with a pronoun for them: "a letter from Ruth Hepworth, in which she". */
const WRITER_OF_THE_CLAUSE = /\b(?:letter|statement|message|note|e-?mail|post|video|speech|address|interview|testimony|affidavit|submission|essay|article|column|op-ed|blog|petition|appeal|plea)\s+(?:from|by)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)(?:,[^,;:“”"]{1,120},)?\s+in\s+which\s+(he|she|they)\b[^.!?;“”"]*(?:[“"][^“”"]*[”"][^.!?;“”"]*)*$/u;

/** A passive's "be" and maybe an adverb, right before a naming verb: "is often " (then "described as"). */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|being)\s+(?:(?:\p{Ll}+ly|often|also|sometimes|once|still)\s+)?$/u;
/** The same, or the comma that sets off an apposition: "Majuli, often " (then "described as"). */
const PASSIVE_OR_APPOSED_BEFORE = /(?:\b(?:is|are|was|were|been|being)|,)\s+(?:(?:\p{Ll}+ly|often|also|sometimes|once|still)\s+)?$/u;

/** A thing, then the pronoun of a clause about it with no "that" or "which": "the tables she " (then "described were"). */
const REDUCED_RELATIVE_BEFORE = /\b(?:the|those|these|this|that|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+(?:he|she|they|we|I|you)\s+$/u;

/**
 * The verb of saying the quotation hangs on: the last before it, unless "and that" opens a second clause of an earlier
 * verb's since ("Her lawyers argue that the chairman announced the result …, and that the tally was “doctored”": the
 * lawyers argue both, the chairman announced only the result).
 */
function governingVerb(before: string, allVerbs: SpeechVerb[]): SpeechVerb | undefined {
  // ("… and that the tables she described were “…”": not a verb in a clause that only tells which things are meant.)
  const verbs = allVerbs.filter((v) => !(REDUCED_RELATIVE_BEFORE.test(before.slice(Math.max(0, v.at - 60), v.at)) && /^\s+(?:was|were|is|are|had|has|have|would|could|might|will)\b/.test(before.slice(v.end))));
  const last = verbs[verbs.length - 1];
  if (!last || !/,?\s+and\s+that\s/.test(before.slice(last.end))) return last;
  return verbs.findLast((v) => v.at < last.at && /^\s+that\s/.test(before.slice(v.end))) ?? last;
}

function attributionBefore(before: string, quoteAt: number, ctx: SpeakerContext, sentenceSubject: () => string | null, earlierInTheSentence = ""): Attribution | null {
  const sent = MESSAGE_SENT_BY.exec(before);
  const sender = sent ? resolveSpeaker(sent[1]!, null, ctx, quoteAt) : null;
  if (sender) return { speaker: sender, governed: true, adjacent: false };
  const answered = ANSWERED_WITH_A_COLON.exec(before);
  const answerer = answered ? resolveSpeaker(answered[1]!, null, ctx, quoteAt) : null;
  if (answerer && (answerer.kind === "person" || (answerer.actor && isPersonLike(answerer.actor)))) return { speaker: answerer, governed: true, adjacent: false };
  const withHeard = speechVerbs(before, { withHeard: true });
  const verbs = withHeard.filter((v) => !v.heard);
  const verb = governingVerb(before, verbs);
  // ("a programme councillors were told in 2022 would make it “more resilient than ever”": words heard in the passive have
  // no speaker the sentence names, unless a verb of saying before reports the hearing: "The statement added that communities
  // had been warned … ‘since the last week of August’".)
  const heard = withHeard.findLast((v) => v.heard);
  if (heard && !verb) return { speaker: null, governed: true, adjacent: false };
  if (!verb) {
    // "The new iPhone was praised by Jobs as …": a passive with its agent.
    // (Not who saw a document: "A 2009 report by the regional transport directorate, seen by AFP, warned of “…”".)
    const agent = /\bby ((?:[\p{Lu}][\p{L}.'’-]*\s?){1,4})\s*(?:as\b|,|$)/u.exec(before);
    if (agent && !SEEN_BY.test(before.slice(Math.max(0, agent.index - 20), agent.index + 3))) return { speaker: resolveSpeaker(agent[1]!.trim(), null, ctx, quoteAt), governed: true, adjacent: false };
    // "His mother shared a video on Facebook with the caption: “…”": who posted it wrote the words.
    const poster = CAPTIONED.test(before) ? sentenceSubject() : null;
    const posted = poster && !/[“”"]/.test(poster) ? subjectBefore(`${poster} `) : null;
    const captioner = posted ? resolveSpeaker(posted.phrase, posted.role, ctx, quoteAt) : null;
    if (captioner) return { speaker: captioner, governed: true, adjacent: false };
    const announcer = /:\s*$/.test(before) ? announcingPerson(before, quoteAt, ctx, sentenceSubject) : null;
    return announcer ? { speaker: announcer, governed: true, adjacent: false } : null;
  }
  // A relative clause closed by a comma before the quote ("said cases from Nigeria, which suspended vaccinations, “remind us …”") leaves the quote in the reported clause.
  if (RELATIVE_CLAUSE.test(before.slice(verb.end).replace(/,\s*(?:which|where|whose)\b[^,“”"]*,/gi, ","))) return { speaker: null, governed: false, adjacent: false };
  const adjacent = before.slice(verb.end).trim().length <= 2;
  if (verb.named) return { speaker: resolveSpeaker(verb.named, null, ctx, quoteAt), governed: true, adjacent };
  if (verb.verb === "according to") return { speaker: accordingTo(before.slice(verb.end), ctx, quoteAt), governed: true, adjacent: false };
  // "was praised by Jobs as “…”": a passive names its speaker after "by".
  const agent = /^\s*by ((?:[\p{Lu}][\p{L}.'’-]*\s?){1,4})/u.exec(before.slice(verb.end));
  if (agent) return { speaker: resolveSpeaker(agent[1]!.trim(), null, ctx, quoteAt), governed: true, adjacent: false };
  const ahead = before.slice(0, verb.at);
  // "placards that read ‘No farmers, no food’", "a sign on the door reads": words written on a thing, whose writer the
  // sentence does not name.
  // ("A handwritten notice taped to the door of a complaint centre in Gulshan-i-Iqbal read simply:": or where the sentence
  // opens with such a thing, however far its description runs.)
  if (/^read(?:s|ing)?$/.test(verb.verb) && (INSCRIBED.test(ahead) || WRITTEN_ON_SUBJECT.test(ahead.trimStart()))) return { speaker: null, governed: true, adjacent };
  // "an operation called “…”", "described as “…”": a participle naming a thing has no speaker before it;
  // "The report called the plan “…”" has, for the verb takes an object first.
  // "a display that Chief Executive Tim Cook called “…”" has: a name or pronoun right before the verb is its subject.
  // ("what Supervisor Donald R. Hackett (R-Springfield) called": a party and seat in brackets may stand between.)
  // ("a scheme that prosecutors called “…”": so is a plural of people's roles.)
  const pluralRoleBefore = /\b(\p{Ll}{3,})s\s+$/u.exec(ahead)?.[1];
  // ("describes what the committee’s chairman, Professor Andreas Kontos, called “…”": or a name closing an apposition.)
  const naming = /^(called|calls|describing|described|praised|dubbed|hailed|dismissed)$/.test(verb.verb) && !/^\s*(?!as\b)\p{L}+/u.test(before.slice(verb.end)) && !/(?:\b(?:he|she|they|we|I)|\p{Lu}[\p{L}.'’-]*|,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*,)\s+(?:\([^()]{1,30}\)\s+)?$/u.test(ahead) && !(pluralRoleBefore !== undefined && isRoleNoun(pluralRoleBefore));
  // "followed by what the family described as “…”": the description that "what" puts before the verb names it.
  // ("a spokesman … declined to comment on what he called “…”": "he" is the sentence's subject.)
  // ("what one official described as ‘a serious phase’": or one of them.)
  const whatNamed = /\bwhat\s+((?:the|his|her|their|its|one|an?)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+|he|she|they)\s+$/u.exec(ahead)?.[1];
  const namingVerb = /^(called|calls|describing|described|dubbed)$/.test(verb.verb);
  const whatSubject = namingVerb && whatNamed ? (/^(?:he|she|they)$/.test(whatNamed) ? (sentenceSubject() ?? undefined) : whatNamed) : undefined;
  // "…, according to the Kansas Hospital Association, which said in a statement that “…”": the name a relative pronoun
  // right before the verb stands for.
  // ("the testimony of a former jail trusty, Lonnie Givens, who said": with the role set before the name.)
  // ("said Moussa Hamani Garba, the mayor of Ayorou, who said": past a description set off by commas, the person.)
  const apposedAntecedent = whatSubject || ING_VERBS.test(verb.verb) || naming ? null : APPOSED_ANTECEDENT.exec(ahead);
  const personBeforeApposition = apposedAntecedent ? resolveSpeaker(apposedAntecedent[1]!, null, ctx, quoteAt) : null;
  if (personBeforeApposition?.kind === "person") return { speaker: personBeforeApposition, governed: true, adjacent: false };
  const antecedent = whatSubject || ING_VERBS.test(verb.verb) || naming ? null : RELATIVE_ANTECEDENT.exec(ahead);
  let subject = whatSubject ? { phrase: whatSubject, role: null } : antecedent && resolveSpeaker(antecedent[2]!, null, ctx, quoteAt) ? { phrase: antecedent[2]!, role: antecedent[1] ?? null } : ING_VERBS.test(verb.verb) || naming ? null : subjectBefore(ahead);
  // "footage of students outside the building shouting, “…”": a participle right after a noun for people, with no comma
  // between, says what they were doing; they speak.
  const doers = ING_VERBS.test(verb.verb) ? PEOPLE_DOING.exec(ahead) : null;
  if (doers) subject = { phrase: doers[1]!, role: null };
  // "…, the army said on Wednesday, adding that troops “…”": a participle after a verb of saying shares that verb's subject.
  // (Not a verb in the reported clause: "said crews had found more pipe than surveys had suggested, adding".)
  const saidVerbs = ING_VERBS.test(verb.verb) ? speechVerbs(ahead).filter((v) => !ING_VERBS.test(v.verb) && v.verb !== "according to") : [];
  const saidBefore = saidVerbs.length > 1 ? (saidVerbs.findLast((v) => !/\b(?:had|has|have|would|could|might|may)\s+$/.test(ahead.slice(0, v.at))) ?? saidVerbs[0]) : saidVerbs[0];
  // "…, said Hamid Jafari, a director at CDC, adding that …": after an inverted "said" the subject follows it.
  // (Not after a relative clause closed by a comma: "A spokesman for Pennine, which is doing the work, said …, adding".)
  const invertedBefore = saidBefore && /,\s*$/.test(ahead.slice(0, saidBefore.at)) && !/,\s*(?:who|which|whose)\b[^,]*,\s*$/.test(ahead.slice(0, saidBefore.at)) && INVERTING_VERBS.test(saidBefore.verb) ? invertedPhrase(ahead.slice(saidBefore.end)) : null;
  // (A fragment quoted whole in between is part of what was said: "said crews had found “significantly more” pipe, adding:".)
  if (saidBefore && quotesClosed(ahead.slice(saidBefore.end))) subject = (invertedBefore ? { phrase: invertedBefore, role: null } : subjectBefore(ahead.slice(0, saidBefore.at))) ?? subject;
  // "Caussade added that Lemaître had turned it down, telling his manager that he wanted “…”": who is told of in a past
  // perfect does the telling ("adding" and "saying" stay the reporter's).
  const toldOf = verb.verb === "telling" && saidBefore ? /^\s+that\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s+had\s[^“”"]*,\s*$/u.exec(ahead.slice(saidBefore.end)) : null;
  const toldOfSpeaker = toldOf ? resolveSpeaker(toldOf[1]!, null, ctx, quoteAt) : null;
  if (toldOfSpeaker && (toldOfSpeaker.kind === "person" || looksLikePersonalName(toldOfSpeaker.name))) subject = { phrase: toldOf![1]!, role: null };
  // Inverted order between two quotes: "“…,” said American president Obama, “…”"; after a clause, when
  // the name closes before the quote: "More judges agree, says Gary Hengstler, director of the center. “…”".
  const rest = before.slice(verb.end);
  // Not after a person set off as the subject: "Lee Jong-wook, director-general of WHO, said cases from Nigeria, …".
  const personBefore = () => (subject?.phrase ? resolveSpeaker(subject.phrase, subject.role, ctx, quoteAt)?.kind === "person" : false);
  // (Not after a title set off beside the subject: "The paper, titled “…”, said the planet lies “…”".)
  if (!ahead.trim() || (/[“”"]\s*[,.]?\s*$/.test(ahead) && !TITLE_SET_OFF_LAST.test(ahead)) || (/,\s*$/.test(ahead) && /[.,;]\s*$/.test(rest) && !personBefore())) {
    const inverted = invertedPhrase(rest);
    if (inverted && /\p{L}/u.test(inverted)) subject = { phrase: inverted, role: null };
  }
  // "Speaking in Pashto, he said 40 had died and warned that attacks would continue “…”": a verb of saying joined by
  // "and" to an earlier one shares its subject.
  const joinedTo = /\b(?:and|but|then)\s*$/.test(ahead) && !ING_VERBS.test(verb.verb) ? speechVerbs(ahead).find((v) => !/ing$/.test(v.verb) && v.verb !== "according to") : undefined;
  const joinedSubject = joinedTo ? subjectBefore(ahead.slice(0, joinedTo.at)) : null;
  // ("said Geraghty had handed over the shotgun and said: “…”": the same verb again is the reported clause's subject's,
  // as the name before it says; "said 40 had died and warned" is still the first subject's.)
  const sayerOfTheClause = joinedTo?.verb === verb.verb && subject?.phrase !== undefined && /^\p{Lu}/u.test(subject.phrase) && subject.phrase !== joinedSubject?.phrase && resolveSpeaker(subject.phrase, subject.role, ctx, quoteAt) !== null;
  const joined = !sayerOfTheClause && joinedSubject?.phrase && resolveSpeaker(joinedSubject.phrase, joinedSubject.role, ctx, quoteAt) ? joinedSubject : null;
  if (joined) subject = joined;
  // "The minister on Monday issued a threat and said that “…”": a coordinated verb shares the sentence's subject.
  // ("handed in a letter from Farrelly in which he apologised and said he wanted to ‘…’": the verb before "and" has a subject of
  // its own in a clause of "in which".)
  // ("… in which she described her branch as “…” and urged councillors to “…”": past a quotation the sentence gave before.)
  const sentenceAhead = `${earlierInTheSentence}${ahead}`;
  const relativeSubject = /\b(?:in|with|through|by)\s+which\s+(he|she|they|(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:[^,;:“”"‘]|[“"][^“”"]*[”"])*\b(?:and|but|then)\s*$/u.exec(sentenceAhead)?.[1];
  // ("The regional ombudsman visited the school … and later described conditions there as": an adverb may follow "and".)
  const coordinated = !joined && !sayerOfTheClause && /\b(?:and|but|then)(?:\s+(?:later|then|also|again|subsequently|afterwards|\p{Ll}+ly))?\s*$/u.test(ahead) ? (relativeSubject ?? sentenceSubject()) : null;
  // ("… in a statement signed by its President, Comrade Festus Adeyemi, but said …": a name set off by commas right before
  // the conjunction closes an apposition in the first clause; it is no subject of the verb joined after it.)
  const conjunction = /,\s*(?:and|but)\s*$/.exec(ahead);
  const firstClause = conjunction ? ahead.slice(0, conjunction.index) : "";
  const apposedBeforeConjunction = subject?.phrase !== undefined && firstClause.endsWith(subject.phrase) && /,\s*$/.test(firstClause.slice(0, firstClause.length - subject.phrase.length));
  // ("A Lagos-based economist, Dr Kelechi Nwosu of …, described … but said": a subject with an apposition is read as one.)
  if (coordinated && (!subject?.phrase || apposedBeforeConjunction || !resolveSpeaker(subject.phrase, subject.role, ctx, quoteAt))) subject = (coordinated.endsWith(",") ? subjectBefore(`${coordinated} `) : null) ?? { phrase: coordinated, role: null };
  // "In a statement released today by Ali's family, they said:": a pronoun nobody before it fits is the agent the sentence named.
  // "an open letter from the novelist Ruth Hepworth, who grew up nearby, in which she described …": the pronoun of a clause
  // of "in which" after a letter or a speech is the one it is from.
  const writer = subject && /^(?:he|she|they)$/i.test(subject.phrase) ? WRITER_OF_THE_CLAUSE.exec(sentenceAhead) : null;
  if (writer && writer[2]!.toLowerCase() === subject!.phrase.toLowerCase() && resolveSpeaker(writer[1]!, null, ctx, quoteAt)) subject = { phrase: writer[1]!, role: null };
  const pronounAgent = subject && /^(?:they|it)$/i.test(subject.phrase) ? /\bby ((?:the |an? )?(?:[\p{Lu}][\p{L}'’.-]*['’]s )?\p{Ll}[\p{Ll} -]{2,40}?),\s*(?:they|it)\s*$/u.exec(ahead) : null;
  if (pronounAgent && !resolveSpeaker(subject!.phrase, null, ctx, quoteAt)) subject = { phrase: pronounAgent[1]!, role: null };
  // "More than 1,000 opposition activists paraded through Dhaka, chanting, “…”": a participle's speaker is the sentence's
  // subject, which names no one where the sentence names only places (a name, as in "Army chiefs met …, telling", is read below).
  const namesOnlyPlaces = () => !/[“”"]/.test(ahead) && findNames(ahead).every((n) => isPlaceName(n.name) || actorNamed(ctx.actors, n.name)?.type === "place");
  // So does a sentence opened by a description ("A serving detective sergeant today admitted …, telling an inquiry …").
  const participleSubject = ING_VERBS.test(verb.verb) && !subject?.phrase && (namesOnlyPlaces() || /^(?:the|a|an|one)\s+\p{Ll}/iu.test(sentenceSubject() ?? "")) ? sentenceSubject() : null;
  // A sentence that opens with an earlier quotation ("“…,” he said, adding: “…”") has its speaker in that quotation's attribution.
  if (participleSubject && !/[“”"‘’]/.test(participleSubject) && resolveSpeaker(participleSubject, null, ctx, quoteAt)) subject = { phrase: participleSubject, role: null };
  // ("A streamer hung over the school gate read:", "A hand-painted sign on the harbour wall puts it more bluntly:": words on a
  // thing as the subject of any verb have no writer the sentence names, unless it says whose they are: "a card from his mother".)
  if (subject?.phrase && WRITTEN_ON_SUBJECT.test(subject.phrase) && !/\b(?:by|from|signed)\b/.test(subject.phrase)) return { speaker: null, governed: true, adjacent };
  // ("listened to her final call, in which she whispered that he was “…”": a "she" nobody before fits is left unnamed, not
  // given to the sentence's first name.)
  const subjectSpeaks = subject?.phrase ? resolveSpeaker(subject.phrase, subject.role, ctx, quoteAt) !== null : false;
  const unresolvedPronoun = !subjectSpeaks && /^(?:he|she)$/i.test(subject?.phrase ?? "");
  if (!subjectSpeaks && !unresolvedPronoun) {
    // "Jobs started by hinting at the incident, saying, “…”": the sentence's subject speaks.
    // A label in capitals before a colon ("THE BIGGER PICTURE: McTominay said …, adding:") is no subject.
    // Nor is a dateline ("SPRINGFIELD, Mo. (AP) —", "LONDON (Reuters) -").
    const sentence = ahead.replace(/^\s*[\p{Lu}\d][\p{Lu}\d\s'’?!&-]{2,40}:\s+/u, "").replace(DATELINE, "");
    // (Nor a name in an opening phrase of place or occasion, where a person is named after it: "At First Minister's Questions,
    // Scottish Labour's Brian Tait, the MSP for …, said".)
    const afterOpening = /^\s*(?:In|At|During|After|Before|Outside|Inside)\s[^,]*,/u.exec(sentence);
    const body = afterOpening && findNames(sentence.slice(afterOpening[0].length)).some((n) => n.kind === "person" || looksLikePersonalName(n.name)) ? sentence.slice(afterOpening[0].length) : sentence;
    const opening = /^\s*(he|she|they|it)\b/i.exec(body);
    // (Not who saw a document the sentence tells of: "…, seen by AFP, warned"; nor one named in a clause set off by commas:
    // "The 112-page indictment, which Poland Insight has seen, states".)
    const setOff = [...body.matchAll(/,\s*(?:which|who|whom|whose)\b[^,“”"]*,/g)].map((m) => [m.index, m.index + m[0].length] as const);
    // (Nor a platform the words went out on: "In a post on its official Facebook page, the company wrote".)
    const names = findNames(body).filter((n) => !SEEN_BY.test(body.slice(Math.max(0, n.start - 20), n.start)) && !setOff.some(([from, to]) => n.start > from && n.end < to) && !SOCIAL_PLATFORM.test(n.name));
    const opener = names.find((n) => n.kind !== "unknown" || actorNamed(ctx.actors, n.name)) ?? names[0];
    // "Army chiefs held a meeting, telling them …": a role noun right after the name is the head it modifies.
    // "Ackland’s family shared a statement, telling …": the people the name's possessive goes with.
    const openerHead = opener ? /^(['’]s)?\s+(\p{Ll}+)\b/u.exec(body.slice(opener.end)) : null;
    // ("Fire Service spokesman Yiannis Kapakis rejected the criticism, saying …": unless a person's name follows the noun.)
    // ("Helios Crest's chief executive, Trent Kasowski, defended the company …, calling": or set beside a role of more words.)
    // ("Straits Pacific's chief customer officer, Ms Sharon Teo, defended …, saying": perhaps with a courtesy title.)
    const holder = opener && openerHead ? names.find((n) => (n.kind === "person" || actorNamed(ctx.actors, n.name)?.type === "person") && n.start > opener.end && /^(?:\s+\p{Ll}+){0,2},?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/u.test(body.slice(opener.end + openerHead[0].length, n.start))) : undefined;
    // ("Norway’s Supreme Court upheld the conviction …, ruling that …": the body a place owns, not the place.)
    const ownerOf = opener ? /^['’]s\s+/.exec(body.slice(opener.end)) : null;
    const owned = ownerOf ? names.find((n) => n.start === opener!.end + ownerOf[0].length && n.kind !== "person" && !isPlaceName(n.name)) : undefined;
    // ("Ireland's Arts Minister, Siobhán Kearns, has defended the cut, telling": or the one set beside it.)
    const apposed = owned ? names.find((n) => (n.kind === "person" || actorNamed(ctx.actors, n.name)?.type === "person") && /^,\s+$/.test(body.slice(owned.end, n.start))) : undefined;
    const first = holder ?? apposed ?? owned ?? opener;
    const head = holder ? null : openerHead;
    const possessive = head?.[1] ? `${head[1]} ` : " ";
    const named = first && head && (ROLE_WORDS.exec(head[2]!)?.[0] === head[2] || (head[1] && PEOPLE_OF.test(head[2]!))) ? `${first.name}${possessive}${head[2]}` : first?.name;
    subject = opening ? { phrase: opening[1]!, role: null } : first ? { phrase: first.title ? `${first.title} ${named}` : named!, role: null } : subject;
  }
  // ("The president of a club in Beni Suef, who asked not to be named because of what he called “…”": "he" in a clause of "who"
  // is the one the clause is about.)
  const whoseClause = subject && /^(?:he|she)$/i.test(subject.phrase) ? PRONOUN_IN_A_WHO_CLAUSE.exec(ahead) : null;
  if (whoseClause) subject = { phrase: whoseClause[1]!, role: null };
  const speaker = subject?.phrase ? resolveSpeaker(subject.phrase, subject.role, ctx, quoteAt) : null;
  // ("Majuli, often described as the world's largest “river island”,": a passive that names with no one named as namer.)
  // (Not "Tunde Alabi, described the rejection as …": after a comma, only "described as" with no object is a passive.)
  const describedAs = verb.verb === "described" && /^\s+as\b/.test(before.slice(verb.end));
  const namedInThePassive = /^(?:called|described|dubbed)$/.test(verb.verb) && (describedAs ? PASSIVE_OR_APPOSED_BEFORE : PASSIVE_BEFORE).test(ahead) && !/\bby\b/.test(before.slice(verb.end));
  return { speaker, governed: true, adjacent, ...((naming && adjacent) || namedInThePassive ? { naming: true } : {}) };
}

/**
 * A verb of manner in attribution position, not in the list of speech verbs: "”, enthused Scott
 * Fancher", "”, Smith quipped." — a past-tense word right before or right after a name.
 */
function pastTenseVerb(text: string): SpeechVerb | null {
  const inverted = /^(\p{Ll}+ed)\s+(?=\p{Lu})/u.exec(text);
  if (inverted) return { verb: inverted[1]!, at: 0, end: inverted[1]!.length };
  const normal = /^((?:\p{Lu}[\p{L}.'’-]*\s){1,4})(\p{Ll}+ed)(?=[\s.,]|$)/u.exec(text);
  if (normal) return { verb: normal[2]!, at: normal[1]!.length, end: normal[1]!.length + normal[2]!.length };
  return null;
}

/** Verbs that put their subject after them ("…, says Gary Hengstler"); "told" takes its listener there. */
const INVERTING_VERBS = /^(?:said|says|say|added|adds|asked|asks|wrote|writes|explained|explains|noted|notes|continued|continues|recalled|countered|replied|insisted|argued|warned|stated|declared|observed|concluded|admitted|conceded|claimed|claims|remarked|commented|according to)$/;

/** What a verb's clause or object opens with ("says that …", "told him"): no speaker is named after such a verb. */
const VERB_COMPLEMENT = /^(?:[Tt]hat|to|how|what|why|whether|if|it|this|there|he|she|they|we|I|him|her|them|us|me)\b/;

/** Whether what follows a verb of saying is its complement, not its subject; "her" before a noun that ends the phrase owns the speaker ("“…,” said her brother, Fredrick Ouma."). */
function isVerbComplement(rest: string): boolean {
  const ownedSpeaker = /^her\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?=\s*(?:,|[.!?]\s*$|$))/u.exec(rest);
  return VERB_COMPLEMENT.test(rest) && !(ownedSpeaker && !AUXILIARY.test(ownedSpeaker[0]));
}

/** The words naming the speaker after an inverted verb: up to the next comma or the sentence's end. */
/** A name's possession, then a verb, after "said": "Ms Whitlock's support in the electorate remained strong". */
const OWNED_SUBJECT_OF_A_CLAUSE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*['’]s?\s+\p{Ll}[^,]*\b(?:had|has|have|was|were|is|are|would|will|could|might|may|did|remained|remains|seemed|seems|appeared|appears|looked|looks|stood|stands)\s/u;

function invertedPhrase(rest: string): string | null {
  if (isVerbComplement(rest.trimStart())) return null;
  // ("Kente Mobile, one of the tenants, said in a post on Twitter that …": the channel the words went out through, then what
  // was said, names no one after the verb.)
  if (/^\s*(?:in|on|via|through)\s+(?:a|an|its|his|her|their)\s[^,.;:“”"]{0,40}?\b(?:that|:)/i.test(rest)) return null;
  const text = withoutNicknames(rest.replace(/^\s+/, "").replace(/^(in a statement|on \w+day|today|yesterday|late \w+)\s*,?\s*/i, ""));
  // "said a longtime customer who gave her name only as Joan": the name the clause gives.
  const given = GIVEN_NAME.exec(text);
  if (given) return given[1]!;
  const end = NAME_END.exec(text);
  // "said one resident, who asked not to be named": a relative clause describes the speaker, it does not name them.
  // "…, asked Fayulu, of what he said was a deal": a clause after the name says more about the words, not who spoke.
  // ("said convenor Ramesh Chandra Tiwari, addressing a press conference at the Gandhi Bhawan": nor one that tells where they spoke.)
  // ("says the 44-year-old mathematics teacher, wiping his hands on his trousers": nor any participle's clause.)
  const phrase = (end ? text.slice(0, end.index) : text).replace(/,\s*(?:who|which|whose|whom|where|of|in|at|on|as|after|before|when|while|what|because|adding|saying|during|speaking|talking|writing|addressing|briefing|answering|responding|replying|reacting|visiting|standing|flanked|surrounded|[a-z]{2,}ing)\b.*$/s, "")
    // "said White House spokesman Jay Carney in a statement from Colombia": how the words came is not who spoke them.
    .replace(/\s+(?:(?:in|on|during|via|through)\s+(?:a|an)\s|to\s+(?:reporters|journalists)\b).*$/s, "")
    // "said a portfolio manager who asked not to be named because …": so does a relative clause with no comma before it.
    .replace(/\s+(?:who|whom|whose)\s.*$/s, "")
    .trim();
  // ("says Nomvula Dlamini, a clinical researcher at … and one of the trial's principal investigators": a name, then however
  // long a description.)
  // ("said Dewi Anggraeni, coordinator of the Indonesian Animal Welfare Network, a coalition of 14 groups that …": or an
  // office without an article, of a body.)
  // ("said lead author Sofía Carabajal, a researcher at …": perhaps after a role in lower case.)
  const apposition = /^(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s+\d{1,3})?,\s+(?:an?\s|the\s|one of\s|[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}\s+(?:of|at|for)\s+(?:the\s+)?\p{Lu})/u.test(phrase);
  // ("A hotel owner in Bahir Dar, the regional capital, said his bookings had fallen", "Another analyst, at Nomura, said some
  // customers might reconsider": a clause with its own verb is what was said.)
  // ("…, president of the Taieri Grey Power association, said Ms Whitlock's support in the electorate remained strong": so is
  // one whose subject a name owns.)
  // ("Mrs Docherty, known to everyone as “Peggy”, said residents had first raised concerns": or a subject of bare nouns.)
  if (!apposition && (/^(?:his|her|their|its|our|my|some|many|most|all|the)\s[^,]*\b(?:had|has|have|was|were|is|are|would|will|could|might|may|did)\s/i.test(phrase) || /^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s+(?:had|has|have|was|were|is|are|would|will|could|might|may|did)\s/u.test(phrase) || OWNED_SUBJECT_OF_A_CLAUSE.test(phrase))) return null;
  // ("Rebecca Thornley … said more than 200 officers, the PolAir helicopter and the dog squad were now focused on finding
  // Simmonds": however many words and commas the subject of a clause takes, its verb makes it what was said.)
  // (Not the verb of a relative clause: "said a spokesman for the group that has led the talks".)
  const clauseVerb = /^\p{Ll}/u.test(phrase) ? /\s(?:had|has|have|was|were|is|are|would|will|could|might|may|did)\s/.exec(phrase) : null;
  if (!apposition && clauseVerb && !/\b(?:that|which|who|whom|whose)\b/.test(phrase.slice(0, clauseVerb.index))) return null;
  if (!phrase) return null;
  if (phrase.split(/\s+/).length <= (apposition ? 32 : 20)) return phrase;
  // ("said Lavinia Grosu, a spokeswoman for Parents for Safe Schools, a group formed in Vaslui last month that has collected
  // more than 9,000 signatures calling for …": however long the rest, the name and the apposition next to it say who spoke.)
  const parts = phrase.split(",");
  return apposition ? parts.slice(0, /^\s*\d{1,3}\s*$/.test(parts[1] ?? "") ? 3 : 2).join(",") : null;
}

/**
 * A quote with no attribution of its own: the speaker of the quote just before it (in the same
 * paragraph, or in the paragraph before when this one opens with the quote), else the last sayer
 * of the same paragraph ("a Kurdish spokeswoman says … “They are fighting …”").
 */
/** The person "he" or "she" means in a sentence about them that names no one: "Then she lifts her feet out of the basin." */
function personThePronounMeans(pronoun: string, sentence: Sentence, ctx: SpeakerContext): Speaker | null {
  if (findNames(sentence.text).some((n) => n.kind === "person" || looksLikePersonalName(n.name))) return null;
  const meant = resolveSpeaker(pronoun.toLowerCase(), null, ctx, sentence.start);
  return meant?.kind === "person" ? meant : null;
}

function inherited(doc: ArticleDoc, span: QuoteSpan, previous: PreviousQuote | null, ctx: SpeakerContext): Speaker | null {
  const paragraph = doc.paragraphs[span.paragraph]!;
  const opensParagraph = doc.text.slice(paragraph.start, span.open).trim() === "";
  if (previous?.speaker) {
    // "“…,” a statement said. Nicholas Pearson said her death was “devastating”. “Hilary had …”": someone
    // who spoke in a sentence of their own since the quote before carries on ("…,” said Scott, according to CBS" is one sentence).
    // ("…, the WHO warned that “…”. The agency's representative in Hanoi, Dr Anders Holmqvist, told reporters on Wednesday:¶“We
    // are not seeing …": or since it, in the paragraph before, when the quotation opens its own.)
    const previousSentenceEnd = sentenceAt(doc, previous.span.close - 1)?.end ?? previous.span.close;
    const since = lastSayerWithin(ctx, opensParagraph && previous.span.paragraph === span.paragraph - 1 ? previousSentenceEnd : Math.max(previousSentenceEnd, paragraph.start), span.open);
    if (since && since.name !== previous.speaker.name && since.kind !== "description") return since;
    if (previous.span.paragraph === span.paragraph) return previous.speaker;
    if (opensParagraph && previous.span.paragraph === span.paragraph - 1) return previous.speaker;
  }
  const sayer = lastSayerWithin(ctx, paragraph.start, span.open);
  if (sayer) return sayer;
  // "Karim Benali, the union representative, points at the silent building. “They tell us …”": a quotation no verb
  // of saying carries, right after a sentence of its paragraph about one person, is that person's.
  const toldOf = ctx.subjects?.findLast((s) => s.at >= paragraph.start && s.at < span.open);
  const told = toldOf ? sentenceAt(doc, toldOf.at) : undefined;
  if (toldOf && told && told.end <= span.open && doc.text.slice(told.end, span.open).trim() === "") {
    return speakerOf(toldOf.actor);
  }
  // ("Then she lifts her feet out of the basin and laughs again. “But first these ones have to heal.”": or about "he" or
  // "she", no one named in it.)
  const right = sentenceAt(doc, doc.text.slice(0, span.open).trimEnd().length - 1);
  const rightBefore = right && right.start >= paragraph.start && right.end <= span.open && doc.text.slice(right.end, span.open).trim() === "" ? right : undefined;
  const pronoun = rightBefore ? /^(?:(?:Then|Later|Now|And|But|Still)\s+|[^,“”"]{0,80},\s+)?(he|she)\s+\p{Ll}+/iu.exec(rightBefore.text)?.[1] : undefined;
  const aboutThem = pronoun && rightBefore && !/[“”"]/.test(rightBefore.text) ? personThePronounMeans(pronoun, rightBefore, ctx) : null;
  if (aboutThem) return aboutThem;
  // ("One of the last to speak was Chloe Gallacher, a mother of two from the eighth floor. “My kids ask me …”", "The petition
  // was drafted by the association's lawyer, Ahmed Ilham Saeed. “We went to parliament …”": or the one person that sentence
  // brings in as what its subject is or by whom it was done; not one written to, "wrote to Kestrel's chairman, Sir Malcolm Drury".)
  const introduced = rightBefore && !/[“”"]/.test(rightBefore.text) ? newcomerIn(doc, ctx, rightBefore.start, rightBefore.end) : undefined;
  const complement = introduced && COMPLEMENT_OR_AGENT_BEFORE.test(doc.text.slice(rightBefore!.start, Math.min(...introduced.sources.map((s) => s.start))));
  if (introduced && complement) return speakerOf(introduced);
  // "Jane Roe said:" closing the paragraph before: the quotation it announces opens this one.
  const before = doc.paragraphs[span.paragraph - 1];
  if (!opensParagraph || !before) return null;
  const announcing = doc.text.slice(before.start, before.end);
  // ("Ezekiel Tanui Koech, the association's secretary general, addressed the runners outside the building:¶“…": or with no
  // verb of saying, the person who hands over to it, as within a paragraph.)
  // (The paragraph's last sentence, which the rules below read too.)
  const last = sentenceAt(doc, before.end - 1);
  if (announcing.trimEnd().endsWith(":")) return lastSayerWithin(ctx, before.start, before.end) ?? (last ? announcingPerson(doc.text.slice(last.start, before.end), span.open, ctx, () => openingSubject(doc, last)) : null);
  // "Council member Bill Spelman said it was too late.¶“By the time we’ve got a budget …”": a quotation
  // standing as a whole paragraph carries on the reported speech of the paragraph before.
  const wholeParagraph = doc.text.slice(span.close, paragraph.end).trim() === "";
  // ("… says the crash is a “tragic reminder” to take care.¶“We've had a long weekend …”": a term of a word or three in
  // quotation marks leaves the paragraph reported speech.)
  // ("In the post, which she titled “Lo que callé” (“What I kept silent”), Huamán wrote that …": nor does a name with its gloss.)
  const quotesOfItsOwn = /[“"][^“”"]*\s[^“”"]*\s[^“”"]*\s[^“”"]*[”"]/.test(announcing.replace(/[“"][^“”"]{1,60}[”"]\s*\(\s*[“"][^“”"]{1,60}[”"]\s*\)/g, ""));
  if (wholeParagraph && !quotesOfItsOwn && !/^\s*[“"]/.test(announcing)) {
    // (Not one told of in an aside: "The panel said the delays could not be explained …, as his lawyers had argued.")
    const reporter = lastSayerWithin(ctx, before.start, before.end, true);
    if (reporter) return reporter;
    // "Priya Desai, 38, was due to fly to Tenerife this morning.¶“We were at the gate, …": or the person the paragraph
    // before ends on a sentence about.
    // ("Derek Halloran, 74, … has guided school parties round the gallery since 2006. He has not been inside since the
    // spring.¶“When I was a lad …": or on a sentence about them by "he" or "she".)
    const aboutWhom = ctx.subjects?.findLast((s) => s.at >= before.start && s.at < before.end);
    const aboutSentence = aboutWhom ? sentenceAt(doc, aboutWhom.at) : undefined;
    // ("Rincón, 27, stood on the second step. Speaking to reporters afterwards, he chose his words carefully.¶“…": after any
    // opening clause.)
    if (aboutWhom && aboutSentence && last && (last === aboutSentence || OPENS_WITH_HE_OR_SHE.test(last.text))) return speakerOf(aboutWhom.actor);
    // ("Asked whether she could win Olympic gold, she smiles.¶“Why not? …”": or on one whose subject is "he" or "she", after
    // any opening clause, with no one named in it.)
    const pronoun = last && !aboutWhom ? OPENS_WITH_HE_OR_SHE.exec(last.text)?.[1] : undefined;
    const aboutThem = pronoun && last ? personThePronounMeans(pronoun, last, ctx) : null;
    if (aboutThem) return aboutThem;
    // ("Wikinews reached one of the passengers, Margaret Ashworth, 72, …, by telephone.¶“By Saturday morning …": or the one
    // person the reporter reached or spoke to.)
    const reached = last && !aboutWhom ? /\b(?:reached|contacted|interviewed|visited|(?:spoke|talked)\s+(?:to|with))\s/.exec(last.text) : null;
    const interviewed = reached ? ctx.actors.filter((a) => a.type === "person" && a.sources.some((s) => s.start > last!.start + reached.index && s.start < last!.end)) : [];
    if (interviewed.length === 1) return speakerOf(interviewed[0]!);
    // ("That earlier scheme drew strong criticism from Siobhán Kinsella of the … Network.¶‘The first scheme was an insult.":
    // or the one whose words the paragraph before ends on telling of.)
    const wordsFrom = last ? WORDS_FROM.exec(last.text) : null;
    const critic = wordsFrom ? resolveSpeaker(wordsFrom[1]!, null, ctx, last!.start + wordsFrom.index) : null;
    if (critic && (critic.kind === "person" || (critic.actor && isPersonLike(critic.actor)))) return critic;
    // ("For Carmen Puig, a 67-year-old retired primary schoolteacher who lives alone in Sabadell, the news came as a relief. Her
    // electricity bill for December was €48. …¶“I thought I was going mad. …": or the one person the paragraph before brings
    // in, where no one says anything in it.)
    const newcomer = newcomerIn(doc, ctx, before.start, before.end);
    if (newcomer && !lastSayerWithin(ctx, before.start, before.end)) return speakerOf(newcomer);
  }
  // "Deputy Chief Constable Stuart Hyde made the following statement on the shootings.": whoever made it speaks.
  const announced = STATEMENT_ANNOUNCED.exec(announcing);
  const sentence = announced ? sentenceAt(doc, before.start + announced.index) : undefined;
  if (!announced || !sentence || /[“”"‘]/.test(announcing)) return null;
  const subject = subjectBefore(doc.text.slice(sentence.start, before.start + announced.index));
  return subject?.phrase ? resolveSpeaker(subject.phrase, subject.role, ctx, span.open) : null;
}

/** A copula or the "by" of a passive, then what the person is set before their name: "was ", "by the association's lawyer, ". */
const COMPLEMENT_OR_AGENT_BEFORE = /\b(?:was|were|is|are|by)\s+(?:(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}'’-]*['’]s?)\s+[^,.;:“”"]{1,60},\s+|(?:[\p{Ll}-]+\s+){0,3})$/u;

/** The one person first told of between `start` and `end`, whom a quotation right after may be from. */
function newcomerIn(doc: ArticleDoc, ctx: SpeakerContext, start: number, end: number): Actor | undefined {
  const broughtIn = ctx.actors.filter((a) => a.type === "person" && a.sources.some((s) => s.start >= start && s.end <= end));
  // (Not one brought in as who led, chaired or signed something: "The report, signed by BMI chairman Capt. Lorenzo Baclayon,".)
  const newcomer = broughtIn.length === 1 && broughtIn[0]!.sources.every((s) => s.start >= start && !/\bby\s+(?:[\p{L}.'’-]+\s+){0,4}$/u.test(doc.text.slice(Math.max(0, s.start - 60), s.start))) ? broughtIn[0]! : undefined;
  // (Nor one brought in as another's kin: "Her only son, Muhammad Imran, was one of the 15 workers killed".)
  return newcomer?.roles.some((role) => KIN.test(role.split(/\s+/).pop()!)) ? undefined : newcomer;
}

/** A sentence whose subject is "he" or "she", after any opening clause: "Speaking to reporters afterwards, he chose". */
const OPENS_WITH_HE_OR_SHE = /^(?:[^,“”"]{0,120},\s+)?(he|she)\s+\p{Ll}+/iu;

/** Words of someone's told of as a noun, then whose: "strong criticism from Siobhán Kinsella", "a warning from …". */
const WORDS_FROM = new RegExp(String.raw`\b(?:${SPOKEN_NOUNS})\s+from\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)`, "u");

/** A person the text told of, as the one who speaks. */
function speakerOf(actor: Actor): Speaker {
  return { name: actor.name, role: actor.roles[0] ?? null, actor, kind: "person" };
}

/** Every quotation opened in `text` is closed in it too. */
function quotesClosed(text: string): boolean {
  const straight = text.match(/"/g)?.length ?? 0;
  const opened = text.match(/“/g)?.length ?? 0;
  return straight % 2 === 0 && opened === (text.match(/”/g)?.length ?? 0) && !/^[^“"]*[”"]/.test(text);
}

/** A sentence that announces the statement printed after it. */
const STATEMENT_ANNOUNCED = /\b(?:made|issued|released|gave|read|delivered)\s+(?:the\s+following|this|these)\s+(?:statement|remarks|comments|words)\b/i;
