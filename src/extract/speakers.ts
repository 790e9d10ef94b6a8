import type { Actor } from "../schema/index.js";
import { BUSINESS_BEFORE, CORPORATE_PREFIX, FAMILY_NAME_PARTICLES, findNames, GENERATION_MARK, isApposedAsABusiness, isBusinessWord, isNationalityWord, isPeopleBeforeAName, isPeopleInTwoWords, isRoleNoun, listedRemits, NAME_PARTICLE, ORGANISATION_WORDS, SEAT_LETTERS, PLACE_HEAD, POST_NOMINAL_APPOSITION, withoutNicknames, withoutPostNominals, type NameSpan } from "./names.js";
import { PART_OF_DAY, WEEKDAYS } from "./calendar.js";
import { isKnownPlace, isPlaceName } from "./places.js";
import { DATELINE, isEnglishWord, lastIndexAtOrBefore, SHORT_GIVEN_NAME_WORD, TITLE_ABBREVIATIONS as ABBREVIATED_TITLES } from "./document.js";
import type { QuoteSpan } from "./quote-spans.js";
import { literalPattern } from "./pattern.js";

/** Words for someone's family, each one person: "the daughter of Mr. Wexler", "Keefe’s sister". */
export const KIN_WORDS = "wife|husband|widow|widower|mother|father|son|daughter|sister|brother|cousin|grandmother|grandfather|granddaughter|grandson|aunt|uncle|niece|nephew|partner|girlfriend|boyfriend|fianc[ée]e?|mum|mom|dad|stepmother|stepfather";
/** One of KIN_WORDS, the whole word: "mom", "widow". */
export const KIN = new RegExp(`^(?:${KIN_WORDS})$`);
/** The people someone has, after an owner's name and maybe a word for which one: "’s late husband", "’s lawyer". */
// ("Ohio's attorney general" is a state's office, no one's lawyer.)
export const PEOPLE_ONE_HAS = String.raw`(?:(?:late|former|estranged|eldest|youngest|younger|older|elder)\s+)?(?:${KIN_WORDS}|lawyer|attorney(?![- ]general)|solicitor|barrister)`;
/** After a name, a person it owns: "’s sister", "'s late husband", "’s lawyer", "’s spokesman". */
export const POSSESSED_PERSON = new RegExp(String.raw`^['’]s?\s+(?:${PEOPLE_ONE_HAS}|spokes(?:man|woman|person)|aide|assistant|agent|manager|coach|skipper|captain)\b`);

/** Nouns for what someone said or sent, as news tells of it before "from" and whose: "criticism from …", "a letter from …". */
export const SPOKEN_NOUNS = "words|statement|letter|comments?|calls?|message|e-?mail|tweet|apology|warning|offer|bid|criticism|condemnation|praise|rebuke|plea|appeal|reaction|response|scorn|support|backing";

/** Verbs of saying and writing, in the forms news uses them. */
export const SPEECH_VERBS =
  "said|says|say|told|tells|tell|added|adds|stated|states|warned|warns|noted|notes|explained|explains|asked|asks|wrote|writes|write|" +
  "announced|announces|insisted|insists|insist|claimed|claims|argued|argues|argue|contend|remarked|remarks|commented|comments|continued|continues|" +
  "acknowledged|acknowledges|recognized|recognised|declared|declares|reported|reports|tweeted|posted|replied|replies|responded|responds|recalled|" +
  "conceded|admitted|admits|alleged|alleges|asserted|asserts|urged|urges|urging|stressed|stresses|emphasized|emphasised|predicted|suggested|suggests|confirmed|confirms|" +
  "concluded|cautioned|vowed|promised|pledged|boasted|complained|lamented|apologised|apologized|apologises|apologizes|joked|quipped|observed|affirmed|contended|maintained|" +
  "read|reads|agreed|blamed|accused|dismissed|dismisses|dismissing|denounced|condemned|countered|counters|concedes|recalls|observes|quips|jokes|echoed|reiterated|repeated|testified|shouted|whispered|wondered|demanded|retorted|pleaded|" +
  "spoke|speaks|speaking|cited|cites|citing|called|calls|calling|saying|adding|telling|writing|describing|described|describes|praised|dubbed|hailed|enthused|exclaimed|" +
  "condemns|denounces|accuses|blames|hails|praises|vows|predicts|cautions|concludes|reiterates|testifies|complains|laments|contends|affirms|retorts|" +
  "chanted|chanting|yelled|screamed|shouting|believes|believed|advised|advises|recounted|recounts|recounting|disagreed|disagrees|shouts|chants|yells|screams|whispers|exclaims|" +
  "expressed|expresses|voiced|voices|disclosed|discloses|reminded|reminds|pointed out|points out|went on|put it|puts it|according to|" +
  // What a court or a judge says in a judgment: "the bench ruled", "Mr. Justice Mudaliar held that".
  "ruled|held that|holds that|found that|finds that|" +
  // A participle with "that" after a verb, which shares its subject: "He rejected the defence, finding that “…”".
  "finding that|holding that|ruling that|warning that|noting that|insisting that|arguing that|claiming that|stating that";

/** A body or a document that makes findings, before "found": "an audit ", "A review published by the … Authority in 2016 ". */
const FINDER_BEFORE = /\b(?:report|audit|inquiry|inquest|review|investigation|study|probe|survey|coroner|court|tribunal|judge|panel|commission|committee|ombudsman|auditor)\b[^.;:!?“”"]{0,80}$/i;

/** A speaker as the text names them, with what we resolved it to. */
export interface Speaker {
  /** The name or description to print: "Talal Ali Selo", "Kurdish spokeswoman". */
  name: string;
  role: string | null;
  actor: Actor | null;
  kind: "person" | "organisation" | "description";
  /** A description that brings in someone new ("a witness said"), not one that points back ("the official said"). */
  introduced?: boolean;
  /** Heard through a document of theirs ("The report, written by Dr Fiona Maddox, said"): what a later "it" means. */
  throughDocument?: true;
}

export interface SpeakerContext {
  actors: Actor[];
  /** Sayers met so far in the article, newest last. */
  sayers: Array<{
    at: number;
    speaker: Speaker;
    /** Told of as writing a statement or letter. */
    wrote?: true;
    /** Told of in a clause of time or cause ("after a government minister complained"): no one a later "he" means. */
    aside?: true;
    /** Told of with those who worked with them ("Wanjiku and her colleagues reported"): whom a later "they" means. */
    team?: true;
    /** Speaking through a document of theirs ("Whitaker's memo said"): what a later "it" means. */
    document?: true;
  }>;
  /** Where a sentence opens with a person's name ("Republican Senator Bob Corker was unhappy"), in text order. */
  subjects?: Array<{ at: number; actor: Actor }>;
  /** What "he" or "she" has already been resolved to, by speaker name: "she" then never means a man the text called "he". */
  pronouns?: Map<string, "he" | "she">;
  /** The article's text, for descriptions set beside a name ("The teachers union, the Oakland Education Association,"). */
  text?: string;
  /** The article's quotations in text order, single-quoted ones too: what is said there tells of no one who says it. */
  quotations?: readonly QuoteSpan[];
}

const PRONOUN_PERSON = /^(he|she|him|her)$/i;
/** Someone his or hers, then their name set off by a comma: "his solicitor, Raymond Ho". */
const PERSON_OF_A_PRONOUN = /\b([Hh]is|[Hh]er)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+,\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)/gu;
const PRONOUN_GROUP = /^(it|they|them)$/i;
/** "Feist's memo", "the mayor's letter": a document and the one whose it is. */
// ("The bureau's filing put it plainly:": a body by a noun for its kind, and the papers it files with a court; "The CMA's
// decision describes the exchanges as": a ruling.)
export const OWNED_DOCUMENT = /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*|[Tt]he\s+\p{Ll}+)['’]s\s+(?:\p{Ll}+\s+){0,2}(?:statement|memo|memorandum|report|letter|note|e-?mail|filing|submission|decision|ruling|judgment|judgement)$/u;
/** People the text counts: "the six women", "Five of the six women", "three survivors" (`$1` the noun). */
const PEOPLE_COUNTED = /\b(?:the\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+(?:men|women|people|s))\b/gu;
/** A document a possessive pronoun gives its writer: "His resignation letter", "Her statement". */
const DOCUMENT_OF_A_PRONOUN = /^([Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:\p{Ll}+\s+){0,2}(?:statement|memo|memorandum|letter|note|e-?mail|post|tweet|affidavit|submission)$/u;
/** A document with no author named: "a statement", "a joint statement", "a press release". */
const A_DOCUMENT = /^an? (?:[\p{Ll}-]+ )?(?:statement|press release|news release|release|communiqu[eé])$/iu;
/** The body an adjective before "statement" is of: "a diocesan statement", "a ministerial statement". */
const BODY_OF_ADJECTIVE: Readonly<Record<string, string>> = { diocesan: "diocese", ministerial: "ministry", municipal: "council", parliamentary: "parliament", governmental: "government", presidential: "presidency", corporate: "company" };
/** "the union", "the district": a kind of organisation, told by the noun its name or a description beside it holds. */
/** "the central bank", "the teachers' union": a kind of body, and one word that says which. */
// ("the state health department": a word for the level of government may stand before it.)
const MODIFIED_KIND = /^the (?:(state|national|federal|provincial|county|city|regional|local|municipal)\s+)?([\p{Ll}-]+)['’]? (union|bank|council|commission|committee|party|court|association|university|hospital|federation|league|church|regulator|service|agency|authority|district|department|ministry|bureau)$/iu;
/** A sentence's predicate that reacts to the news, before any full stop: "was quick to respond", "seized on the judgment". */
const REACTED_AFTER = /^[^.!?“”"]*?\b(?:respond(?:s|ed)?|react(?:s|ed)?|hit\s+back|seized\s+on|welcomed|condemned|critici[sz]ed|rejected|denied|took\s+to)\b/;
/** A business described by where it is based: "The Cork-based co-op", "the Mumbai-based lender". */
const BASED_BUSINESS = /^[Tt]he\s+\p{Lu}[\p{L}.]*-based\s+(?:\p{Ll}+\s+)?(?:company|firm|group|co-?op|co-?operative|corporation|business|operator|lender|insurer|retailer|processor|producer|airline|carrier|utility|manufacturer|miner|developer|bank)$/u;
/** "the London-based human rights group", "the Paris-based media watchdog": a body by what it is and where it sits. */
const DESCRIBED_BODY = /^[Tt]he\s+(?:(?:\p{Lu}[\p{L}.]*-based|\p{Ll}[\p{Ll}-]*)\s+){2,4}(?:group|organi[sz]ation|watchdog|charity|monitor|body|campaign group|agency)$/u;
/** Places whose operator speaks under their name: "Brussels Airport cancelled all flights …. “…,” the airport wrote". */
const SPEAKING_FACILITIES = "airport|port|zoo|prison|spa|resort";
/** Kinds of business whose names need not say what they do: "Vuelaire" is an airline, "Harbourline" a retailer. */
const BUSINESS_KINDS = "airline|carrier|retailer|manufacturer|insurer|lender|operator|chain|supermarket|automaker|carmaker|caterer|miner|supplier|developer|producer|exporter|brewer|shipper|builder|distributor|drugmaker|chipmaker|steelmaker|refiner";
const TRADE_KIND = new RegExp(`^(?:${BUSINESS_KINDS})$`);
const NAMED_BY_KIND = new RegExp(`^the (${BUSINESS_KINDS}|embassy|consulate|directorate|inspectorate|union|district|council|municipality|city|town|county|board|commission|committee|party|bank|court|bench|division|chamber|association|club|team|university|college|school|hospital|authority|regulator|watchdog|bureau|tribunal|institute|foundation|federation|league|diocese|archdiocese|church|parish|synod|society|trust|charity|museum|gallery|library|hotel|clinic|force|collective|initiative|forum|campaign|corporation|journal|magazine|centre|center|${SPEAKING_FACILITIES})$`, "i");
/** Nouns that a body's own name holds ("Department of …", "Ministry of …"), so that "the department" is the one so named. */
const DEFINING_HEAD_NOUN = /^(?:department|ministry|agency|office)$/;
/** Nouns for a body of the state, which no business is: "the agency said". */
const PUBLIC_BODY_NOUN = /^(?:agency|ministry|department|office)$/;
/** The last word of a public body's name: "National Highway Traffic Safety Administration", "Environment Agency". */
const PUBLIC_BODY_HEAD = /\s(?:Administration|Agency|Authority|Commission|Services?|Bureau|Office|Inspectorate|Board|Department|Ministry|Directorate)$/;
/** "the group", "the statement", "the ministry": a definite description that points back to an organisation. */
const BACK_REFERENCE = /^the (group|bloc|organi[sz]ation|statement|agency|ministry|militia|alliance|coalition|company|firm|corporation|co-?op|co-?operative|movement|monitor|observatory|network|government|army|military|task force|department|office|report|spokes(?:man|woman|person) for \S+)$/i;
/** A description with no name of its own, then a preposition and a name: "a senior military source in Bangui", "The organisers of the Valencia race". */
// ("The disciplinary commission of France's Ligue Nationale de Rugby": with the small words of a name in French, Spanish,
// Portuguese or Italian.)
const ATTACHED_ROLE = /^(?:(?:[Tt]he|[Aa]n?|[Oo]ne)\s+)?(?:[\p{Ll}\d-]+\s+){0,4}(\p{Ll}+)\s+(?:in|at|for|from|with|of)\s+(?:the\s+(?:(?!(?:of|for|and|in|at|to|with|from|on|by)\s)[\p{Ll}-]+\s+){0,3})?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of|for|and|the|de|du|des|la|le|del|da|do|dos|das|di|della|y|\p{Lu}[\p{L}.'’&-]*))*(?:\s+\p{Ll}[\p{Ll}-]*)?$/u;
/** A panel a court sits as: "a three-judge panel", "a three-member CAS panel", "a panel of judges". */
const COURT_PANEL = /\b(?:[\p{Ll}\d]+-(?:judge|justice)|(?:court|tribunal|appeals?|arbitration|CAS)(?:\s+[\p{Ll}-]+)?)\s+panel\b|\bpanel\s+of\s+(?:\w+\s+)?(?:judges|justices|arbitrators)\b/iu;
/** Role nouns that name a body, not a person. */
const ORGANISATION_NOUN = /^(group|corporation|co-?op|co-?operative|bloc|prefecture|gendarmerie|directorate|inspectorate|organi[sz]ation|company|ministry|agency|army|navy|coastguard|military|government|coalition|alliance|militia|police|force|forces|committee|exchange|board|council|municipality|commune|commission|union|court|panel|jury|tribunal|firm|bank|newspaper|broadcaster|network|authority|regulator|watchdog|service|department|office|caucus|delegation|administration|faction|leadership|command|headquarters|embassy|consulate|mission|presidency|cabinet|regime|junta|secretariat|bench|division|association|federation|bureau)$/i;
const OFFICE = /\b(chief|chairman|chairwoman|president|minister|(?:under-?)?secretary|governor|prefect|ceo|director|leader|head|commander|premier|chancellor|mayor|spokes(?:man|woman|person)|judge|coroner|marshal|senator|ambassador|envoy|consul|commissioner|prosecutor|general|colonel|superintendent|inspector|sergeant|constable|detective|collector|magistrate|dean|provost|rector|coach|manager|captain|skipper|editor|professor)\b/i;
/** A police force by its name: "Metropolitan Police", "Garda Síochána", "Ontario Provincial Police", "NYPD". */
const POLICE_FORCE = /\b(?:[Pp]olice|[Cc]onstabulary|Garda|Gardaí|PSNI|RCMP|(?!SPD\b)\p{Lu}{1,3}PD|Carabinieri|Gendarmerie)\b/u;
/** A verb form inside a would-be description means it is a clause, not a name for a speaker ("was all the minister would"). */
export const AUXILIARY = /\b(?:was|were|is|are|has|have|had|would|will|could|should|can|may|might|must|did|does|do)\b/i;
const DETERMINER = /^(the|a|an|one|another|its|his|her|their)\s+/i;
/** Organisations named by their trade: "the airline said", "the insurer said". */
const TRADE_NOUNS = "airline|carrier|utility|retailer|manufacturer|automaker|carmaker|insurer|lender|charity";
/**
 * People named by what they do or are to someone: "said the singer", "the detective testified", "a nurse told
 * reporters". Titles that stand before names ("King", "Pope") are left out: at a sentence's start they open a name.
 */
const PERSON_NOUNS =
  "nurses?|undergraduates?|postgraduates?|freshm[ae]n|sophomores?|apprentices?|trainees?|(?:civil\\s+)?servants?|rapporteurs?|(?:team|class|flat|house|room|ship)-?mates?|colleagues?|co-?workers?|deckhands?|crew(?:m[ae]n|wom[ae]n)|mechanics?|callers?|attendants?|cashiers?|porters?|attach[eé]s?|waiters?|waitress(?:es)?|bartenders?|baristas?|cleaners?|housekeepers?|receptionists?|nann(?:y|ies)|babysitters?|hairdressers?|barbers?|bakers?|butchers?|tailors?|carpenters?|plumbers?|electricians?|welders?|gardeners?|janitors?|couriers?|hawkers?|stewardess(?:es)?|stewards?|groom|bridegroom|bride|corporators?|councill?ors?|alderm[ae]n|schoolteachers?|principals?|headteachers?|head(?:master|mistress)|person|dealers?|detectives?|inspectors?|investigators?|sergeant|constable|troopers?|sheriff|paramedics?|firefighters?|engineers?|surgeons?|physicians?|dentist|pharmacists?|chef|priest|pastor|bishop|imam|rabbi|cleric|monk|nun|clerk|guards?|lifeguards?|bodyguards?|prisoners?|inmates?|suspects?|defendants?|plaintiffs?|jurors?|patients?|parents?|friends?|relatives?|cousin|brother|sister|uncle|aunt|grand(?:mother|father|son|daughter)|widow(?:er)?|veterans?|refugees?|migrants?|villagers?|shopkeepers?|vendors?|tourists?|visitors?|athletes?|players?|striker|midfielder|defender|goalkeeper|referee|umpire|jockey|trainer|boxer|champion|winner|actor|actress|singer|musician|artist|writer|novelist|poet|historian|biologist|physicist|chemist|astronaut|technician|miners?|fisherm[ae]n|sailors?|admiral|lieutenant|presenter|barrister|solicitor|magistrate|consultant|contractors?|landlord|tenants?|homeowners?|shoppers?|commuters?|motorists?|cyclists?|pedestrians?|climbers?|rescuers?|volunteers?|teenagers?|pupils?|citizens?|locals|regulars?|entrepreneur|business(?:man|woman)|billionaire|politician|laureate|negotiators?|mediator|auditor|accountant|bankers?|brokers?|shareholders?|donors?|hostages?|kidnappers?|gunm[ae]n|attackers?|militants?|rebels?|insurgents?|smugglers?|hackers?|whistleblower|dissidents?|elders?|prefects?|sub-prefects?|agents?|peacekeepers?|medics?"
/** One of PERSON_NOUNS, the whole word. */
const PERSON_NOUN = new RegExp(`^(?:${PERSON_NOUNS})$`);
/** Whether a word in lower case is a noun for a person by what they are to others or do: "colleague", "pharmacist". */
export function isPersonNoun(word: string): boolean {
  return PERSON_NOUN.test(word);
}
export const ROLE_WORDS = new RegExp(String.raw`\b(spokes(?:man|woman|person)|prefecture|gendarmerie|directorate|inspectorate|official|officials|officer|source|sources|minister|ministry|analyst|expert|witness|witnesses|resident|residents|commander|leader|member|members|correspondent|reporter|statement|warning|alert|group|police|army|navy|coastguard|military|government|agency|observatory|monitor|activist|activists|doctor|diplomat|diplomats|aide|adviser|advisor|executive|director|chief|superintendent|sergeant|constable|detective|president|(?:under-?)?secretary|general|colonel|captain|fighter|fighters|soldier|troops|coalition|force|forces|militia|alliance|company|corporation|co-?op|co-?operative|ceo|chairman|spokesperson|representative|envoy|ambassador|consul|lawyer|critics?|observers?|traders?|economists?|investors?|committee|exchange|board|council|municipality|commune|commission|union|association|federation|court|panel|jury|tribunal|firm|bank|newspaper|broadcaster|network|system|campaign|bench|division|authority|authorities|regulator|watchdog|service|department|office|mayor|governor|senator|coach|lawmakers?|legislators?|congress(?:man|woman)|judge|prosecutors?|attorney|candidate|premier|chancellor|professor|researchers?|scientists?|strategists?|manager|owner|farmers?|workers?|employees?|teacher|students?|victims?|survivors?|neighbou?rs?|drivers?|pilot|passengers?|travell?ers?|fl[yi]ers?|customers?|voters?|protesters?|organi[sz]ers?|founder|chair(?:woman|person)?|boss|publicist|publishers?|author|editor|columnist|commentators?|woman|women|man|men|mother|father|wife|husband|son|daughter|girl|boy|eyewitness|bystander|onlooker|sign|banner|placard|poster|demonstrators?|crowd|fans?|supporters?|mourners?|caucus|family|families|leadership|delegation|administration|faction|command|headquarters|embassy|consulate|presidency|cabinet|regime|junta|secretariat|${PERSON_NOUNS}|${TRADE_NOUNS})s?(?![\w\u00C0-\u024F])`, "i");

/** Words for a statement someone put out, whose writer a later "the statement said" speaks for. */
const STATEMENT_NOUNS = "statement|letter|message|note|release|order|ruling|judgment|memo|memorandum|report|notice|communiqu[eé]";
/** Words for a post online, in lower case only: "the Post" is a paper. */
const POSTED_NOUNS = "post|tweet";
/** Words for a document a body put its name to or filed, whose author "the report said" speaks for. */
const DOCUMENT_NOUNS = "report|study|review|audit|survey|assessment|analysis|ruling|judgment|judgement|decision|resolution|determination|order|verdict|advisory|bulletin|memo|letter|e-?mail|petition|statement|notice|filing|claim|complaint|lawsuit|permit|licence|license|indictment|submission";
const STATEMENT_TOLD_OF = new RegExp(`^the (?:${STATEMENT_NOUNS})$`, "i");
const POST_TOLD_OF = new RegExp(`^the (?:${POSTED_NOUNS})$`);
const DOCUMENT_TOLD_OF = new RegExp(`^(?:the|its) (?:[\\d,]+-page\\s+|(?:final|interim|full|annual|independent|internal|official)\\s+)?(${DOCUMENT_NOUNS})$`, "i");
/** Words for something written or posted, whose author, not a body of the same name, speaks through it. */
const WRITING_NOUN = new RegExp(`^(?:${STATEMENT_NOUNS}|${POSTED_NOUNS}|${DOCUMENT_NOUNS})$`);

/** The head noun of a description that names a body, not a person: "the group", "the ministry", "the airline". */
const BODY_HEAD = new RegExp(`^(group|organi|company|ministry|agency|army|military|government|coalition|alliance|militia|police|force|${TRADE_NOUNS})`, "i");

/** A description opened by a determiner or an owner, lower-case nouns at its head: "the UN refugee agency", "the country's largest union". */
const DESCRIPTION_OF_A_BODY = /^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{L}'’.-]+\s+){0,5}\p{Ll}+$/u;

/** The first word of a phrase that opens a sentence before its subject: "In its decision,", "Delivering the judgment,". */
const OPENING_PHRASE_HEAD = String.raw`(?:\p{Lu}\p{Ll}+ing|In|At|On|From|After|Before|During|Under|Through|With)`;
/** A relative clause set off right after an opening phrase: "Delivering the judgment, which lasted nearly three hours,". */
const RELATIVE_AFTER_AN_OPENING_PHRASE = new RegExp(String.raw`(?<=^\s*${OPENING_PHRASE_HEAD}\b[^,]*),\s*(?:which|whose)\b[^,]*,`, "u");
/** What was done to a document or a source by someone other than its author: "seen by", "obtained by", "quoted by". */
export const SAW_OR_QUOTED = "seen|sighted|obtained|reviewed|viewed|examined|quoted|cited|interviewed|questioned";
/** Who saw, got or was shown a document, before their name: "seen by ", "a copy of which was obtained by ", "shared with ". */
// ("The 62-page complaint, seen by the Herald, states": with the paper's article.)
export const SEEN_BY = new RegExp(String.raw`\b(?:${SAW_OR_QUOTED})\s+by(?:\s+[Tt]he)?\s*$|\bshared\s+with(?:\s+the)?\s*$`);

/** An opening phrase with nothing after it yet: "In its written decision". */
const AN_OPENING_PHRASE_SO_FAR = new RegExp(String.raw`^\s*${OPENING_PHRASE_HEAD}\b[^,]*$`, "u");
/** When and where a document came out, or its title, set off after the subject but not after an opening phrase: ", published in Cardiff on Wednesday,". */
const DOCUMENT_ASIDE_AFTER_A_SUBJECT = new RegExp(String.raw`(?<!^\s*${OPENING_PHRASE_HEAD}\b[^,]*),\s*(?:published|released|issued|commissioned|dated|titled|entitled|headlined|subtitled)\b[^,]*,`, "gu");

/**
 * What opens a relative clause: "who", "whose", "which", or a part or a count of what the clause is about ("A letter sent by
 * the vendors, a copy of which was seen by CNS, warned"; "The vendors, some of whom were hurt, said").
 */
const RELATIVE_OPENER = String.raw`(?:(?:a\s+copy|copies|some|many|most|all|none|one|each|both|parts?)\s+of\s+(?:which|whom)|who|whose|which)`;
/** A relative clause set off by commas, or by a comma at the end: ", who led the inquiry,". */
// ("Rear Adm. Eduardo Lacerda, who directs the Navy's submarine development program, known as PROSUB, told": with the name
// the clause's own noun goes by.)
const RELATIVE_CLAUSE_SET_OFF = new RegExp(String.raw`,\s*(?:and\s+)?${RELATIVE_OPENER}\b[^,]*(?:,\s*(?:(?:also\s+)?known\s+as|called|dubbed|nicknamed)\s[^,]*(?:,|$)|,|$)`, "gi");
/** A relative clause set off right before the verb (`$1` what stands before it). */
const TRAILING_RELATIVE_CLAUSE = new RegExp(String.raw`^(.*),\s*${RELATIVE_OPENER}\b[^,]*,\s*$`, "s");

/** A text without the relative clauses set off by commas in it ("Gen. Antonio Taguba, who led the inquiry, wrote"): they say more about a subject, they are not it. */
export function withoutRelativeClauses(text: string): string {
  return (
    text
      // Letters after a name stay with it: "Mr Anthony Keel, QC, prosecuting, had told".
      .replace(POST_NOMINAL_APPOSITION, " ")
      // ("Delivering the judgment, which lasted nearly three hours, the judge said": after an opening phrase, the phrase keeps
      // its comma.)
      .replace(RELATIVE_AFTER_AN_OPENING_PHRASE, ",")
      .replace(RELATIVE_CLAUSE_SET_OFF, " ")
      // ("A nurse … who now works in Auckland, and asked not to be named because she is on a work visa, said": the second
      // verb of such a clause, joined by "and".)
      .replace(new RegExp(String.raw`,\s*and\s+(?:${HIDING_VERBS})\b[^,]*,`, "gi"), " ")
      // So does an aside on how they spoke or were reached: "A senior police officer, speaking on condition of anonymity,
      // said", "A soldier at the post, reached through the public affairs office, said".
      // ("A 2013 inspection report by the irrigation department, seen by the Observer-Standard, noted": or on who has seen a
      // document; "the singer, dressed in a white agbada, said": or how they came.)
      // ("In its written decision, seen by Huaxia Sports Weekly, the committee": after an opening phrase, the phrase keeps its
      // comma.)
      .replace(/,\s*(?!according\b)(?:\p{Ll}+ing|reached|contacted|interviewed|asked|(?:seen|obtained|reviewed|leaked|viewed)\s+by|dressed|clad|flanked|accompanied|surrounded|seated|joined|backed)\b[^,]*,/gu, (_aside: string, at: number, whole: string) => (AN_OPENING_PHRASE_SO_FAR.test(whole.slice(0, at)) ? "," : " "))
      // ("The 212-page report, published in Cardiff on Wednesday, concludes": or when and where a document came out, though
      // not after an opening phrase, whose comma it would take: "In its decision, published on Wednesday, the directorate".)
      // ("The report, titled “A City Holding Its Breath”, said": or its title, whose capitals name no one.)
      .replace(DOCUMENT_ASIDE_AFTER_A_SUBJECT, " ")
      // Or on the channel: "The Managing Director of the PTC, in a statement, described".
      // ("…, in a statement signed by the Registrar, Mrs. Kehinde Adebanjo, said": with whoever signed it.)
      .replace(/,\s*(?:in|through)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:statement|letter|release|interview|e-?mail|post|communiqu[eé]|broadcast|speech|video)\b(?:\s+(?:signed|issued|sent)\s+by\s+[^,]*,\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,5})?[^,]*,/giu, " ")
  );
}

/** "initially", "later", "on Tuesday": words between a subject and its verb that say when or how, not who. */
const ADVERB_BEFORE_THE_VERB = /\s(?:initially|later|earlier|also|previously|subsequently|repeatedly|recently|publicly|privately|formally|officially|reportedly|allegedly|separately|similarly|originally|briefly|quickly|finally|eventually|immediately|swiftly|firmly|strongly|openly|once|then|again|now|still|already|long|always|often|frequently|consistently|bitterly|loudly|last\s+week|on\s+\p{Lu}\p{Ll}+day)\s*$/u;

/** An office whose remit lists fields with commas, right before the verb: "the minister of sport, arts and culture". */
const OFFICE_WITH_A_LISTED_REMIT = /(?<!\b(?:of|for|at|from|with|to|by|[Tt]he)\s+)(?:^|(?<=[\s(]))((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:[Mm]inister|[Ss]ecretary|[Mm]inistry|[Dd]epartment|[Cc]ommissioner|[Cc]ommittee)(?:\s+of\s+[Ss]tate)?\s+(?:of|for|on)\s+(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+){0,2}(?:,\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2})+,?\s+(?:and|&)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}))\s*$/u;

/**
 * The subject of a speech verb: the noun phrase just before it in its clause ("a Kurdish
 * spokeswoman says", "Brig. Gen. Talal Ali Selo, the spokesman for the SDF, told") or just after it
 * in inverted order ("said Lt-Gen Townsend").
 */
export function subjectBefore(text: string): { phrase: string; role: string | null } | null {
  // ("an inspection report by the Basra Civil Defence Directorate, dated March 2023, which found": when a document came out is
  // no antecedent of "which".)
  // (Read only where the words end on "which": this runs for every verb of saying.)
  // ("the Information System Authority (Riigi Infosüsteemi Amet, RIA) said": a comma inside brackets sets nothing off.)
  // ("State Sen. Thomas Reinholt, R-Fort Wayne, said": nor do a legislator's party and seat.)
  const unseated = text.includes("-") ? text.replace(PARTY_AND_SEAT_SET_OFF, "") : text;
  const unbracketed = unseated.includes("(") ? unseated.replace(/\s+\([^()“”",]*,[^()“”"]*\)/g, "") : unseated;
  const given = /\bwhich\s+$/.test(unbracketed) ? unbracketed.replace(DOCUMENT_ASIDE_AFTER_A_SUBJECT, (aside: string, at: number, whole: string) => (/^\s*which\s+$/.test(whole.slice(at + aside.length)) ? "," : aside)) : unbracketed;
  // ("One evacuee, who fled to an evacuation centre in Kamloops, about 170 kilometres away, told", "A 29-year-old teacher whose
  // rent rose after her building was renovated told": one brought in by what they are, then a clause of "who" or "whose",
  // however many commas it holds, is the subject, not a word inside the clause.)
  // ("Among the marchers was Ana Lopes, 52, a primary school teacher from Setubal who said": the full name a description and
  // its clause of "who" are set beside.)
  // ("Afterwards, a subdued Lowther insisted", "Reacting, the Federal Ministry of Education said": a word of the lexicon that
  // opens the sentence, then a subject no comma closes, is an adverbial, not a name with an apposition.)
  // ("his book ‘Cold Feet’, which he has said was ‘…’": a relative clause with a subject of its own, a pronoun, is that pronoun's.)
  const ownSubject = RELATIVE_WITH_ITS_OWN_SUBJECT.exec(given)?.[1];
  if (ownSubject) return { phrase: ownSubject, role: null };
  const opener = OPENING_WORD_THEN_SUBJECT.exec(given);
  if (opener && isEnglishWord(opener[1]!.toLowerCase())) return subjectBefore(given.slice(opener[0].length));
  const namedThenDescribed = NAMED_THEN_DESCRIBED_WHO.exec(given);
  if (namedThenDescribed) return { phrase: namedThenDescribed[1]!, role: namedThenDescribed[2]! };
  const described = DESCRIBED_THEN_WHO.exec(given);
  const clause = described ? given.slice(given.indexOf(described[1]!) + described[1]!.length) : "";
  // (Not one whose clause gives a name, "A woman who gave her name only as Mama Tunde said", which the rules for those read. A
  // clause with no comma before it says which one is meant and stays, "A fellow photographer who worked alongside …", unless
  // it only keeps the name back: "A father of two who asked that his name not be used".)
  if (described && describedNewcomer(described[1]!) !== null && !GIVES_A_NAME.test(clause)) return { phrase: /^\s*,/.test(clause) || ONLY_UNNAMED.test(clause.trim()) ? described[1]! : given.trim(), role: null };
  // ("The company, a supplier based in Troy, Michigan, whose parts …, said": a town and its state or country are one place,
  // whose comma sets nothing off.)
  // ("The federation's general secretary, Dr. Emeka Okonkwo-Ibe, declined to give details when contacted, but the NFF
  // confirmed": a clause of its own after ", but" has its own subject.)
  // ("…, said Lee Dong-wook, an analyst at Mirae Research, though Cho Eun-ha of Hana Tech Partners warned": or "though".)
  const contrasted = /,\s+(?:but|yet|while|whereas|though|although)\s+((?:(?:the|a|an|its|their|his|her)\s+)?[^,;:“”"\s]+(?:\s+[^,;:“”"\s]+){0,5})\s*$/u.exec(given);
  if (contrasted && !AUXILIARY.test(contrasted[1]!) && !/\s\p{Ll}+(?:ed|s)$/u.test(contrasted[1]!.trim())) {
    const own = subjectOfTheClause(`${contrasted[1]} `);
    if (own) return own;
  }
  // ("The company's General Manager, Public Affairs, Mrs. Ifeoma Okonkwo-Bello, said": a name with a courtesy title set off
  // last is the subject, after an office and the department it is of, set off by commas as Nigerian papers write them.)
  const courtesyLast = OFFICE_DEPARTMENT_THEN_COURTESY_NAME.exec(given);
  if (courtesyLast && !OPENS_AN_ADVERBIAL.test(given)) return { phrase: courtesyLast[2]!, role: courtesyLast[1]!.trim() };
  const found = given.includes(",") ? subjectOfCommaClause(given) : subjectOfTheClause(given);
  // ("In its latest risk assessment, the agency said the likelihood of continued transmission “is considered high”": a phrase
  // that runs on past a verb of saying is the one who said, not what they said something of.)
  // ("In its judgment, the court said that a strike … “is inherent …”": nor one that ends on the verb.)
  const sayer = found && /^(\S.{0,80}?)\s+(?:said|says|told|added|wrote|warned)(?:\s+(?:that\s+)?\S|\s*$)/u.exec(found.phrase);
  // ("describes what the committee’s chairman, Professor Andreas Kontos, called": the role is what follows "what".)
  const role = found?.role?.replace(/^.*\bwhat\s+(?=(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}'’-]*['’]s)\s)/u, "") ?? null;
  return sayer && !AUXILIARY.test(sayer[1]!) ? { phrase: sayer[1]!, role } : found && { phrase: found.phrase, role };
}

/** A relative pronoun, then the pronoun that is its clause's subject, up to the verb: ", which he has " (then "said"). */
const RELATIVE_WITH_ITS_OWN_SUBJECT = /,\s+(?:which|whom)\s+(he|she|they|we|I)\s+(?:(?:has|have|had|once|later|also|often|\p{Ll}+ly)\s+)*$/u;

/** A capitalised word and a comma opening the sentence, before a subject that opens with a determiner and holds no comma. */
const OPENING_WORD_THEN_SUBJECT = /^\s*(\p{Lu}\p{Ll}+),(?=\s+(?:the|a|an|his|her|its|their)\s[^,;:“”"]*$)/u;

/** "The company's General Manager, Public Affairs, Mrs. Ifeoma Okonkwo-Bello, ": an office, its department, then a courtesy-titled name. */
const OFFICE_DEPARTMENT_THEN_COURTESY_NAME = /^\s*((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}'’-]*['’]s)\s+[^,;:“”"]+,\s+\p{Lu}[^,;:“”"]*),\s+((?:Mr|Mrs|Ms|Miss|Dr|Prof|Alhaji|Alhaja|Chief|Engr|Barr|Hon)\.?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}),\s*$/u;

/** A full name, perhaps an age, then what the person is and "who" right before the verb: "Ana Lopes, 52, a teacher who ". */
// ("Ghulam Rasool Chandio, a labourer whose wife Zubaida, 52, collapsed near the gate, said": or a clause of "whose" up to its
// comma.)
const NAMED_THEN_DESCRIBED_WHO = /(?:^|\s)(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}),\s+(?:\d{1,3},\s+)?((?:a|an)\s+[^,;:“”"]{1,80}?)\s+(?:who\s*|whose\s[^;:“”"]{1,160},\s*)$/u;

/** One brought in by what they are, then a clause of "who" or "whose" up to the verb: "One evacuee, who fled …, ". */
const DESCRIBED_THEN_WHO = /^\s*((?:One|An?|Another)\s+(?:[\p{L}\d'’-]+\s+){0,3}?[\p{Ll}-]+)(?:,\s+(?:who|whose)\s[^;:“”"]*,|\s+(?:who|whose)\s[^,;:“”"]*)\s*$/u;

/** A clause that gives the one it is about a name: "who gave her name only as", "who wanted to be known only as", "named". */
const GIVES_A_NAME = /\b(?:gave|gives|giving|identified|introduced|named|called|calls|known|goes\s+by|went\s+by)\b/;

function subjectOfCommaClause(given: string): { phrase: string; role: string | null } | null {
  // ("A spokesperson for the Foreign, Commonwealth and Development Office said": nor do the commas of a body's listed remit.)
  // ("Accepting the award, which carries a prize of €15,000, Baatar said": nor does a number's thousands separator.)
  let inner = joinPlaceAndRegion(given).replace(/(?<=\d),(?=\d{3}(?!\d))/g, INNER_COMMA);
  for (const { start, end } of listedRemits(inner)) inner = inner.slice(0, start) + inner.slice(start, end).replaceAll(",", INNER_COMMA) + inner.slice(end);
  const found = subjectOfTheClause(inner);
  return found && { phrase: withCommasRestored(found.phrase), role: found.role === null ? null : withCommasRestored(found.role) };
}
/**
 * A town, a comma, and its state or country, after a word that places something: "based in Troy, Michigan,", "of Kokomo,
 * Ind.,". (Only where a comma closes the pair and no description follows it, as one would a name set off: "In Paris, Smith,
 * the minister,"; nor the fields of a remit listed with commas: "the Department of Housing, Planning, Community and Local
 * Government".)
 */
const PLACE_AND_REGION = /(?<=\b(?:in|of|from|near|outside|at)\s+)(\p{Lu}[\p{L}'’-]*),\s+(\p{Lu}[\p{L}'’-]*\.?)(?=,(?!\s+(?:the|a|an|aged|now)\b)(?!\s+\p{Lu}[^,]*\sand\s)|\s*$)/gu;
/** The same, of more than one word each, after a word that places something: "in Santa Rosa, El Oro". */
const PLACE_AND_REGION_OF_WORDS = /(?<=\b(?:in|from|near|outside)\s+)(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}),\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?=,|\s*$)/gu;
/**
 * The text with the comma between a town and its region standing for one that sets nothing off (see `INNER_COMMA`).
 * ("of the Botanical Institute in Uppsala, Sweden" told before the verb: a country that ends the subject; "a farmer in Santa
 * Rosa, El Oro, who has": a region of more than one word the text has placed. Not "in Paris, Jean Dupont", a name set off.)
 */
function joinPlaceAndRegion(text: string, isRegion: (name: string) => boolean = isKnownPlace): string {
  const join = (pair: string, town: string, region: string, at: number, whole: string, ofWords: boolean) => ((ofWords || /^\s*$/.test(whole.slice(at + pair.length))) && !isRegion(region) ? pair : `${town}${INNER_COMMA} ${region}`);
  return text
    .replace(PLACE_AND_REGION, (pair: string, town: string, region: string, at: number, whole: string) => join(pair, town, region, at, whole, false))
    .replace(PLACE_AND_REGION_OF_WORDS, (pair: string, town: string, region: string, at: number, whole: string) => join(pair, town, region, at, whole, true));
}
/** Stands for a comma that sets nothing off, inside a place or a remit's list, while the clause is read. */
const INNER_COMMA = "\u0002";
/** The words with their commas back where `INNER_COMMA` stood for them. */
function withCommasRestored(words: string): string {
  return words.replaceAll(INNER_COMMA, ",");
}

/** The day something was said, opening the sentence without a comma: "On Wednesday " (then "the branch tweeted"). */
// ("But last Thursday the board wrote": or the last such day, or yesterday, after a conjunction.)
const DAY_OPENING_THE_SENTENCE = new RegExp(String.raw`^\s*(?:(?:But|And|Yet|So)\s+)?(?:(?:On|Late on|Early on|[Ll]ast|[Ll]ate last|[Ee]arly last)\s+(?:${WEEKDAYS})${PART_OF_DAY}|[Yy]esterday|[Ll]ast\s+week)\s+(?=\S)`, "u");
/** An unnamed spokesman, official or source after a comma, right before the verb: ", a defence spokesman ". */
// (Not an apposition to a name: "Sgt. Alicia Moreno, a department spokeswoman".)
const ATTRIBUTION_AFTER_A_COMMA = /(?<!\p{Lu}[\p{L}'’-]*)\p{Ll},\s+((?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:spokes(?:man|woman|person)|official|source))\s*$/u;
/** A passive participle that takes an agent: "headed", "led", "written" (then "by …"). */
export const PASSIVE_PARTICIPLE = String.raw`(?:\p{Ll}+ed|led|run|set up|held|built|owned|founded|written|drawn up|carried out|undertaken|given|taken|made|brought)`;
/** A subject, then a passive participle and its agent set off by commas: "The commission, chaired by Mary Hennessy, ". */
// ("The review, titled “Protecting the Game” and carried out by …,": past what it is titled.)
const PARTICIPLE_SET_OFF = new RegExp(String.raw`^(.*?\S),\s*(?:(?:titled|entitled|dated)\s+[^,]{1,60}?\s+and\s+)?(${PASSIVE_PARTICIPLE}\s+by\s([^,]*)),\s*$`, "su");
/** Someone's kin, however long the description of whom, before the verb: "The family of a British father killed in … have ". */
const KIN_OF_SOMEONE = new RegExp(String.raw`^\s*((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:family|relatives|parents|${KIN_WORDS})\s+of\s+[^,;:“”"]{1,100}?)\s+(?:(?:have|has|had|were|was)\s+)?(?:\p{Ll}+ly\s+)?$`, "u");
/** People who work as a team under one who leads them: "Rotich’s lawyers", "the legal team", "a delegation". */
const LED_TEAM = /\b(?:lawyers|attorneys|counsel|legal team|team|delegation|negotiators|prosecutors|investigators)$/i;

/** A name opening the clause, then an aside of what it is known for, where based or when founded: "Vivéo, best known for …, ". */
const NAME_THEN_WHAT_IT_IS_KNOWN_FOR = /^\s*((?:[Tt]he\s+)?\p{Lu}[\p{L}\d'’&.-]*(?:\s+(?:(?:of|for|and|de|du|la|&)\s+)?\p{Lu}[\p{L}\d'’&.-]*){0,5}),\s+(?:(?:best|well|widely|better|also|once|now)\s+)?(?:known|famous|notorious|founded|based|headquartered|established|listed|formed)\s[^,;:]*,\s*$/u;

function subjectOfTheClause(given: string): { phrase: string; role: string | null } | null {
  // ("The company, a supplier in Troy, Michigan, whose parts go into pickup trucks, said": a relative clause right before
  // the verb, after an apposition, leaves the apposition closed.)
  const trailingRelative = TRAILING_RELATIVE_CLAUSE.exec(given);
  if (trailingRelative && trailingRelative[1]!.includes(",") && !/,\s*$/.test(trailingRelative[1]!)) {
    const inner = subjectOfTheClause(`${trailingRelative[1]}, `);
    if (inner) return inner;
  }
  // ("Mkhize, now 44, told News24", "Ms. Rochon, now 61, said": an age told as now, or as "aged", is an age all the same.)
  // ("The company initially described the incident as": an adverb between the subject and its verb is neither.)
  // ("The Minister of Information, Alhaji Sani Garba, had on Sunday described": nor is an auxiliary after the closing comma.)
  const text = given
    // ("On Wednesday the branch tweeted:": the day something was said, opening the sentence without a comma, is no subject.)
    .replace(DAY_OPENING_THE_SENTENCE, "")
    // ("Sen. Ruth Okonkwo-Baines, D-Minn., who has introduced a bill, tweeted": a party and state set off by commas.)
    .replace(/,\s*[DRI]-\p{Lu}[\p{L}.]*(?=,)/gu, "")
    .replace(/,\s*(?:now|aged)\s+(\d{1,3})(?=,|\s*$)/g, ", $1")
    .replace(ADVERB_BEFORE_THE_VERB, " ")
    .replace(/,\s*(?:had|has|have|was|were|is|are|would|will|did|does)\s*$/, ", ")
    // ("The coffee exporter, Campinas-based Serra Verde Cafés, said": where a body set off by commas is based is no part of
    // its name.)
    .replace(/(,\s+)\p{Lu}[\p{L}'’-]*-based\s+(?=\p{Lu})/gu, "$1")
    // ("Gladys Barría, 38, whose husband, Juan Carlos Vargas, is among the missing, said": the name set beside the noun of a
    // clause of "whose" is that noun's, inside the clause.)
    // (Not where that name is the verb's subject: "the Association of Antiquarian Booksellers, whose chairman, Jiří Kolář, said".)
    .replace(/(,\s*whose\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},(?=\s+\p{Ll}[^,]*,)/gu, "$1");
  // ("Vivéo, best known for its crime series “Quai Sud” and its catalogue of classic French films, said", "Keywell, based in
  // San Jose, said": a name, then what it is known for, where it is based or when founded, set off by commas.)
  const knownFor = NAME_THEN_WHAT_IT_IS_KNOWN_FOR.exec(text);
  if (knownFor) return { phrase: knownFor[1]!, role: null };
  // ("The commission, chaired by retired Circuit Court judge Mary Hennessy, said": a passive participle set off by commas
  // describes the subject; its agent does not speak.)
  // ("Rotich’s lawyers, led by senior counsel Paul Mutiso Kilonzo, have dismissed": but one who leads a team of people
  // speaks for it.)
  // ("The report, written by former NHS England director Dr Fiona Maddox and published on Monday, said": or an irregular one.)
  const participle = PARTICIPLE_SET_OFF.exec(text);
  if (participle && !participle[1]!.includes(",")) {
    const leader = /^(?:led|headed)\s/.test(participle[2]!) && LED_TEAM.test(participle[1]!) ? /(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*$/u.exec(participle[3]!)?.[0] : undefined;
    if (leader && looksLikePersonalName(leader)) return { phrase: leader, role: null };
    const inner = subjectOfTheClause(`${participle[1]} `);
    if (inner) return inner;
  }

  // ("Rescue teams worked through the night, using avalanche probes and sniffer dogs, a defence spokesman said": one who
  // only ever attributes, set after what was said with a comma, is the subject, whatever clauses stand before.)
  const attributedAfter = ATTRIBUTION_AFTER_A_COMMA.exec(text);
  if (attributedAfter) return { phrase: attributedAfter[1]!, role: null };
  // "…, Mr Samuel Kwabena Donkor, in Accra yesterday said": where and when the subject spoke, set after it, is no subject.
  const placeAndTime = TRAILING_PLACE_AND_TIME.exec(text);
  if (placeAndTime) return subjectBefore(text.slice(0, placeAndTime.index + 1) + " ");
  // ("the Minister of State for Equality, Immigration and Integration said": the commas of an office's remit set off nothing.)
  const office = OFFICE_WITH_A_LISTED_REMIT.exec(text);
  if (office && !office[2]!.split(/,|\s(?:and|&)\s/).some((field) => looksLikePersonalName(field.trim()))) return { phrase: office[1]!.trim(), role: null };
  // ("The family of a British father killed in an avalanche at the Swiss ski resort of Verbier have described": the kin of
  // someone, however long the description of whom, is the subject.)
  const kinOfSomeone = KIN_OF_SOMEONE.exec(text);
  if (kinOfSomeone && !/\b(?:who|which|that)\s/.test(kinOfSomeone[1]!)) return { phrase: kinOfSomeone[1]!, role: null };
  // ("The family, who include Mr Alcott's wife, Sarah, and their daughter, Ellie, 16, asked": those a clause of "who include"
  // lists are the subject's members, however many commas they take.)
  const including = /^\s*((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}]+),\s+who\s+(?:include|includes|included)\b[^;:“”"]*,\s*$/u.exec(text);
  if (including) return { phrase: including[1]!, role: null };
  // ("In a brief statement earlier in the trial he had apologised": a pronoun after an opening phrase with no comma, and its
  // auxiliary, is the subject.)
  const pronounAfterOpening = /^\s*(?:In|Through|During)\s+(?:its|his|her|their|a|an|the)\s+[^,;:“”"]{0,60}?\s(he|she|they|we)\s+(?:(?:had|has|have|was|were|would|also|then|later|\p{Ll}+ly)\s+)*$/u.exec(text);
  if (pronounAfterOpening) return { phrase: pronounAfterOpening[1]!, role: null };
  // ("…, which she describes as": the pronoun of a relative clause whose object the relative pronoun is, is its subject.)
  // ("four managers, including Gareth Maddox, who it said": or of "who", whom the clause says something of.)
  // ("until a successor is appointed, which Petrauskienė said was expected": or a name in that place.)
  const relativeObject = /\b(?:which|what)\s+(he|she|they|we)\s+(?:\p{Ll}+ly\s+)?$|\bwho(?:m)?\s+(it|they)\s+(?:\p{Ll}+ly\s+)?$|,\s+which\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text);
  if (relativeObject) return { phrase: (relativeObject[1] ?? relativeObject[2] ?? relativeObject[3])!, role: null };
  // "something he liked to say was", "as she used to say": the one who likes to say it says it.
  const controlled = /(?:^|[\s,;(])(he|she|they|we|I)\s+(?:\w+ly\s+)?(?:liked|likes|loved|loves|used|wanted|wants|tried|tries|would|began|begins|continued|continues)\s+to\s*$/.exec(text);
  if (controlled) return { phrase: controlled[1]!, role: null };
  // "when she heard one of the officers say": who was heard speaks.
  const heard = /\b(?:heard|hear|hears|overheard)\s+((?:the|a|an|one|two|some|his|her|their|another)\b[^,;:“”"]*?)\s*$/i.exec(text);
  if (heard) return { phrase: heard[1]!, role: null };
  // "Rogelio Prieto, a former employee, testified that Stebbins had": a verb of saying inside a reported clause has the
  // clause's own subject, whatever stands before "that".
  const reported = REPORTED_CLAUSE.exec(text);
  if (reported && reported[1]!.trim()) {
    const inner = subjectBefore(reported[1]!);
    // ("Cr Fahey said a laundromat owner in her ward had told her the rules would “finish him off”": or a person described.)
    // (Not a body, "the association had not called for …": its words are the one's who reports them. An owner is no role
    // before a name, which may be a business's: "its Finnish owner Kymi-Nord".)
    const described = inner ? /^(?:the|an?)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)(?:\s+(?:in|at|of|from|on|with)\s.*)?$/u.exec(inner.phrase)?.[1] : undefined;
    if (inner && (/^\p{Lu}/u.test(inner.phrase) || (described !== undefined && (isRoleNoun(described) || isPersonNoun(described) || /^(?:owner|proprietor)s?$/.test(described))))) return inner;
    // ("The national transport regulator said in a statement … that it had asked": "it" is the one who said so.)
    const outer = inner && /^(?:it|he|she)$/.test(inner.phrase) ? subjectBefore(text.slice(0, reported.index)) : null;
    if (outer && /^(?:[Tt]he\s|\p{Lu})/u.test(outer.phrase)) return outer;
    // ("… said Geraghty had handed over the shotgun and said:": a verb joined by "and" shares the reported clause's subject.)
    const joined = /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:had|has|was|were|would|could|did)\s[^,;:“”"]*\s(?:and|but|then)\s*$/u.exec(reported[1]!);
    if (joined) return { phrase: joined[1]!, role: null };
  }
  // "a walkout by opposition lawmakers who described it as": the noun a relative "who" stands for.
  // ("a 60-year-old resident who asked": an age is one of its words.)
  const relativeSubject = /(?<![\p{L}\p{N}-])((?:(?!(?:by|of|to|for|from|with|and|the|a|an|in|on|at)\s)[\p{Ll}\p{N}-]+\s+){0,2}([\p{Ll}-]+))\s+who\s+(?:\w+ly\s+)?$/u.exec(text);
  if (relativeSubject && ROLE_WORDS.exec(relativeSubject[2]!)?.[0] === relativeSubject[2]) return { phrase: relativeSubject[1]!, role: null };
  // "the Caithness Moorland Trust, whose chairwoman, Morag Gunn, called it": the person the relative clause names.
  const whose = /\bwhose\s+([^,]{1,40}),\s+([^,]+?),?\s*$/.exec(text);
  if (whose && looksLikePersonalName(whose[2]!.trim())) return { phrase: whose[2]!.trim(), role: whose[1]!.trim() };
  // ("the group, which calls itself BlackFern, wrote": the name a relative clause says the subject goes by.)
  const selfNamed = /,\s*(?:which|who)\s+(?:calls|called|styles|styled|names|named)\s+(?:itself|themselves|himself|herself)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){0,4}),\s*$/u.exec(text);
  if (selfNamed) return { phrase: selfNamed[1]!, role: null };
  // "Smith, 45, said": an age set off by commas belongs to the name, not to the subject.
  // "The minister, who spoke to reporters in Paris, said": a relative clause between commas says more about the subject; it is not the subject.
  // "Air Canada (AC.TO) said", "Sen. Ted Cruz (R-Texas) said": a short aside in brackets after the name is no clause break.
  // (Before a relative clause the age gives up only itself: "Jenny Marsh, 61, who takes the ferry, said".)
  // "The head of the Jayawijaya regency administration, who declined to be named, said": one the text keeps unnamed is
  // described, never the person the article names with that office.
  // ("The daughter of the victim, who asked to be identified only by her surname Lee, told": unless the clause gives the name.)
  const givenName = GIVEN_NAME_AFTER_DESCRIPTION.exec(withoutOpeningAdverbial(text));
  // (The role is what the apposition says they are: "a 34-year-old office worker", not "One user, a …".)
  if (givenName) return { phrase: givenName[2]!, role: givenName[1]!.replace(/\s+who\s.*$/, "").replace(/^[^,]*,\s+(?=(?:an?|the)\s)/i, "").trim() };
  // ("A man who identified himself only as a retired pipefitter": or the description they gave in place of a name.)
  const describedOnly = DESCRIBED_ONLY_AS.exec(withoutOpeningAdverbial(text));
  if (describedOnly) return { phrase: describedOnly[2]!, role: null };
  const unnamed = /^\s*([Tt]he\s[^,]{1,80}),\s+(who\s[^,]*),\s*$/.exec(withoutOpeningAdverbial(text));
  if (unnamed && ONLY_UNNAMED.test(unnamed[2]!) && !namesAPerson(unnamed[1]!)) return { phrase: `${unnamed[1]} ${unnamed[2]}`, role: null };
  const clause = withoutRelativeClauses(
    text
      .replace(PASSED_ON, "")
      // ("The Nigerian Ports Authority (NPA), in a statement, said": the short name before the comma of an aside.)
      .replace(/\s*\([^()\s]+(?:\s[^()\s]+){0,2}\)(?=\s*$|[\s,])/g, "")
      .replace(/,\s*\d{1,3}(?=,\s*(?:who|whose|which)\b)/g, "")
      // ("Gul Rehman, 67, from Charsadda, said": where more follows the age, its commas still set the name off.)
      .replace(/,\s*\d{1,3}(?=,\s*(?:from|of|in)\s+\p{Lu}[^,]*,\s*$)/gu, "")
      // ("Fawzy, 47, the former national team captain": an apposition after the age stays set off.)
      .replace(/,\s*\d{1,3},(?=\s+(?:the|a|an)\s)/g, ",")
      .replace(/,\s*\d{1,3},?(?=\s*$|\s)/g, ""),
  );
  // "Jack Garner, film critic for Gannet News Service, said", "Whitey MacDonald, chairperson of
  // Local 1520, Canadian Auto Workers union said": a personal name set off by commas, its role after it.
  // "A machinist who asked not to be named said": a relative clause with no commas ends the subject it follows.
  // "A trader who gave his name only as Abdirahman said", "a co-worker …, and who gave his name only as Marlon, said", "a
  // woman identified only as Maria": the name the clause gives.
  // "Mr Okafor's widow, Grace, said": she goes by her first name and the family's (as actors.ts names her).
  // ("Irish peacekeepers serving with the United Nations in southern Lebanon have described": people a participle places,
  // not where it places them.)
  const placedPeople = /^\s*((?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}+\s+){0,2}(\p{Ll}+s))\s+(?:serving|working|stationed|deployed|living|based|posted|camped|trapped|sheltering)\s+(?:with|in|at|on|near|for|across|along|inside|outside)\b[^,;:“”"]*?(?:\s+(?:have|has|had|were|are|also))?\s*$/u.exec(text);
  if (placedPeople && /^\p{Ll}/u.test(placedPeople[2]!) && (ROLE_WORDS.exec(placedPeople[2]!)?.[0] === placedPeople[2] || AGENT_NOUN.test(placedPeople[2]!.slice(0, -1)) || /(?:ers|ors|ists|ians)$/.test(placedPeople[2]!))) return { phrase: placedPeople[1]!, role: null };
  // ("In Clonmore, a woman leaving St Brendan’s Cathedral after 10 o’clock Mass said": one person, then what they were doing
  // where, is one subject; the names in the participle's phrase are places and times. Not a body's noun: "the US-led task
  // force carrying out Operation Inherent Resolve" is what it carries out.)
  const doing = /^\s*((?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[\p{L}-]+\s+){0,2}(\p{Ll}+))\s+\p{Ll}{2,}ing\s[^,;:“”"]*$/u.exec(withoutOpeningAdverbial(clause));
  if (doing && !AUXILIARY.test(doing[1]!) && !ORGANISATION_NOUN.test(doing[2]!) && (ROLE_WORDS.exec(doing[2]!)?.[0] === doing[2] || PERSON_NOUN.test(doing[2]!) || AGENT_NOUN.test(doing[2]!))) return { phrase: doing[1]!, role: null };
  // ("Hanks' attorney, public defender Marcus Lyle, said": someone's lawyer or aide, then the role and name set beside it.)
  // ("AYR24’s lawyer, Sophie Tran of the Refugee Legal Assistance Centre, said": and where they work after the name.)
  // ("In court, Bhandari's counsel, advocate Farhan Qureshi, argued": past an opening phrase.)
  const ownersPerson = /^\s*((?:\p{Lu}[\p{L}\p{N}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.-]*['’]s?\s+\p{Ll}+(?:\s+\p{Ll}+)?),\s+((?:\p{Ll}+\s+){0,3})(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})(?:\s+(?:of|at|from|with)\s+[^,]{3,80})?,\s*$/u.exec(withoutOpeningAdverbial(text));
  if (ownersPerson && looksLikePersonalName(ownersPerson[3]!)) return { phrase: ownersPerson[3]!, role: ownersPerson[2]!.trim() || ownersPerson[1]!.trim() };
  // ("The skipper who first raised the alarm, Anna Rewi of Kaikoura Ocean Tours, told": a description, then the name and where
  // the person is from, set off by commas.)
  // ("the paper's lead author, Dr Lucía Ferreyra of the Museo Paleontológico Egidio Feruglio (MEF) in Trelew, told": with a
  // title, and the body's initials, before where they are from.)
  const describedThenNamed = /^\s*((?:[Tt]he|[Aa]n?)\s+[^,“”"]{1,80}?),\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+(?:of|at|from|with)\s+[^,“”"]{3,100},\s*$/u.exec(text);
  if (describedThenNamed && looksLikePersonalName(describedThenNamed[2]!.replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+/, ""))) return { phrase: describedThenNamed[2]!, role: describedThenNamed[1]!.replace(/\s+(?:who|that)\s.*$/, "").trim() };
  const kinNamed = KIN_THEN_FIRST_NAME.exec(text);
  if (kinNamed) return { phrase: `${kinNamed[2]} ${familyOf(kinNamed[1]!)}`, role: kinNamed[1]! };
  // "A man who had been ice fishing nearby said": a clause that says which one stays with the noun (not "who asked not to be named").
  // ("Outside the court, a 67-year-old pensioner who borrowed from him said": after an opening adverbial too.)
  // ("At the SSS branch in Diliman, Quezon City, where dozens of members lined up, a 68-year-old retired factory worker who
  // declined to give her name said": after any opening phrases and clauses set off by commas.)
  // ("One English club that dealt with Quiles said", "The club that Quiles represented said": or a clause of "that".)
  const restricted = /^\s*((?:the|a|an|one)\s+[^,]{1,60}?)\s+(who\s+[^,]*?|that\s+[^,]*?)\s*$/iu.exec(withoutOpeningAdverbial(clause)) ?? /^\s*\p{Lu}[^“”"]*,\s+((?:a|an|one)\s+[^,]{1,60}?)\s+(who\s+[^,]*?)\s*$/u.exec(clause);
  // (Not where the clause goes on past a verb of saying: "The Republicans who voted against it said … what Hackett called".)
  // (But a verb of saying in a clause of cause or time inside it is no verb of the subject's: "A Chinook first officer who
  // attended but asked that his name not be used because he had not told his employer put it more bluntly".)
  if (restricted && !AUXILIARY.test(restricted[1]!) && !/\b(?:said|says|told|tells)\b/.test(restricted[2]!.replace(/\b(?:because|since|although|though|until|unless)\s.*$/s, ""))) return { phrase: definingClause(firstClause(restricted[2]!)) ? `${restricted[1]} ${firstClause(restricted[2]!)}` : restricted[1]!, role: null };
  // "One of the men interviewed for the report, a 34-year-old bricklayer who …, said": the apposition picks out the one.
  // So does "One, a retired headmaster who refused to give his name, said".
  // And "Another parent, a father who did not want to be named, said".
  // ("At Riga International Airport, one passenger, a student travelling to Oslo, said": after an opening phrase too.)
  const oneOf = /^\s*(?:one|another)(?:\s+([\p{Ll}-]+))?(?: of (?:the|those|them)\b[^,]*)?,\s+((?:a|an)\s[^,]+),\s*$/iu.exec(withoutOpeningAdverbial(clause));
  // ("Another depositor, a retired teacher who gave his name only as Mr Adeyemi, said": unless its clause gives the name.)
  const oneNamed = oneOf && GIVEN_NAME_AFTER_DESCRIPTION.exec(oneOf[2]!);
  if (oneNamed) return { phrase: oneNamed[2]!, role: oneNamed[1]!.replace(/\s+who\s.*$/, "").trim() };
  // ("One tenant, a single father of two who works nights, said": the noun that says which of them is what the story calls
  // them; the apposition says more.)
  const ofAKind = oneOf?.[1] !== undefined && !/^of$/i.test(oneOf[1]) && (ROLE_WORDS.exec(oneOf[1])?.[0] === oneOf[1] || AGENT_NOUN.test(oneOf[1]) || PERSON_NOUN.test(oneOf[1]));
  if (oneOf && ofAKind) return { phrase: `one ${oneOf[1]!}`, role: oneOf[2]!.replace(RELATIVE_TAIL, "") };
  if (oneOf) return { phrase: oneOf[2]!.replace(RELATIVE_TAIL, ""), role: null };
  // "One of Basketwala's investors, Singapore-based Lumen Ventures, said": the name the apposition gives the one.
  // ("Another villager, 67-year-old Boma Alagoa, said": or another of a kind, and an age before the name.)
  // ("Another depositor, Ifeanyi Obi, 31, a phone accessories trader at Computer Village, Ikeja, said": a description may
  // follow the name.)
  // ("One victim, 78-year-old Johanna de Wit from Dordrecht, told": or where they are from after the name.)
  const oneOfNamed = /^\s*((?:one|another)\s+(?:of\s+[^,]{1,60}|\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)),\s+(?:[\p{L}-]+-based\s+|\d{1,3}-year-old\s+)?(\p{Lu}[\p{L}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}.'’&-]*|de|van|von|da|di|du|del|la|le))*\s+\p{Lu}[\p{L}.'’&-]*|\p{Lu}[\p{L}.'’&-]*)(?:\s+(?:from|of)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)?(?:,?\s+(?:a|an|the)\s[^,]+(?:,\s+\p{Lu}[^,]*)?)?,\s*$/u.exec(clause.replace(/^\s*(One|Another)\b/, (w) => w.toLowerCase()));
  // "Another analyst, at Nomura Securities, said": one more of a kind, and where they work.
  const anotherAt = /^\s*(?:one|another)\s+(\p{Ll}[\p{Ll}-]*),\s+((?:at|of|from|with)\s+(?:the\s+)?\p{Lu}[^,]*),\s*$/iu.exec(clause);
  if (anotherAt && ROLE_WORDS.exec(anotherAt[1]!)?.[0] === anotherAt[1]) return { phrase: `an ${anotherAt[1]} ${anotherAt[2]}`, role: null };
  // ("One of them, Darren Atkinson, said": "one of them" says nothing of who they are.)
  if (oneOfNamed) return { phrase: oneOfNamed[2]!, role: /\bof\s+(?:them|us|those)$/i.test(oneOfNamed[1]!) ? null : oneOfNamed[1]! };
  // "A 22-year-old student quoted in the report, identified only by his initials, said": a description, then an aside that
  // only keeps the name back.
  const keptBack = /^\s*((?:the|a|an|one)\s+[^,]{1,80}),\s+((?:identified|speaking|asking|requesting|declining)\b[^,]*),\s*$/i.exec(withoutOpeningAdverbial(clause));
  if (keptBack && ANONYMITY.test(keptBack[2]!) && !namesAPerson(keptBack[1]!) && !AUXILIARY.test(keptBack[1]!)) return { phrase: keptBack[1]!, role: null };
  const segments = clause.replace(/,\s*$/, "").split(",");
  // ("In a statement issued through his solicitors, Harcourt Lane, he said": a pronoun after the opening phrase is the subject.)
  const pronounLast = /^\s*(he|she|they|it|we)\s*$/i.exec(segments[segments.length - 1]!);
  if (segments.length >= 2 && !/,\s*$/.test(clause) && pronounLast) return { phrase: pronounLast[1]!, role: null };
  // "Under questioning from counsel, Conor Madigan SC, Ms Quilty said": a titled name right before the verb, set off
  // from what comes before it, is the subject; the names before it belong to the opening phrase.
  const final = segments[segments.length - 1]!.trim();
  // ("… at a nursing home in Gosford, on the Central Coast, after a long illness, her son Graham Maddox-Kerr said": so is
  // someone's kin or role, then their name.)
  const finalNames = findNames(final);
  // ("In Belmullet, Co Mayo, where the power has been off since Saturday, publican Máire Gallagher said": or a bare role.)
  // ("In a brief statement read out in court by his lawyer, Senior Counsel Rajan Pillai, Tan said": after an opening
  // phrase, however many names it holds, a name of one word right before the verb.)
  // ("In a communiqué signed by its acting General Secretary, Ismaila Bello, the NLC described": or a body's initials after "the".)
  // ("In a statement … signed by its Director-General, Dr Kwame Asante-Boakye, the Authority said": or a body's capitalised
  // short name after "the".)
  if (segments.length >= 3 && !/,\s*$/.test(clause) && OPENS_AN_ADVERBIAL.test(segments[0]!) && (/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(final) || /^the\s+\p{Lu}{2,6}$/u.test(final) || (/^the\s+\p{Lu}\p{Ll}+$/u.test(final) && ORGANISATION_WORDS.test(final.slice(4)))) && finalNames.length <= 1) return { phrase: final, role: null };
  if (segments.length >= 2 && !/,\s*$/.test(clause) && (isTitledName(final, finalNames) || (/^(?:(?:his|her|their|the)\s+)?\p{Ll}/u.test(final) && ROLE_WORDS.test(final) && endsInPersonalName(final, finalNames)))) return { phrase: final, role: null };
  // ("South Africa, the minister said, was no longer content": a definite role not closed by a comma is an attribution set
  // inside the sentence; what stands before it is the reported clause's subject.)
  if (segments.length >= 2 && !/,\s*$/.test(clause) && /^the\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+$/u.test(final) && ROLE_WORDS.test(final) && !AUXILIARY.test(final)) return { phrase: final, role: null };
  for (let i = segments.length - 2; i >= Math.max(0, segments.length - 4); i--) {
    const candidate = segments[i]!.trim();
    if (OPENS_AN_ADVERBIAL.test(candidate)) continue;
    // "the current coach who spent 10 years as his assistant": the relative clause says more, the role is before it.
    const role = segments.slice(i + 1).join(",").trim().replace(RELATIVE_TAIL, "");
    // What follows the name must describe them ("film critic for Gannet News Service"), not go on with the sentence ("rejected on Wednesday").
    // ("Independent councillor Kieran Dineen, one of the two Independents who supported the budget, said": or one of a group.)
    // ("lead author Maren Holt, a glaciologist at the University of Copenhagen, said": or a noun for what someone does.)
    // ("Former Wales fly-half Sian Pugh, now a pundit with S4C, said": or what they are now.)
    const roleHead = /^(?:(?:now|currently|still|later|then)\s+)?(?:the|an?)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+)(?=\s+(?:at|of|for|with|from|in)\s|$)/u.exec(role)?.[1];
    // ("its president, Tomislav Brkljačić, on Thursday, two days after an independent commission concluded": not when and after
    // what, a role-word within it or not.)
    const describes = (ROLE_WORDS.test(role) || /^one of\s/i.test(role) || (roleHead !== undefined && (isRoleNoun(roleHead) || AGENT_NOUN.test(roleHead)))) && !AUXILIARY.test(role) && !findNames(role).some((n) => n.kind === "person") && !/^(?:on|during|after|before|since|until)\s/i.test(role);
    if (looksLikePersonalName(candidate)) return { phrase: candidate, role: describes ? role : null };
    // "Wayne, a set-netter from Raglan who did not want his surname used, said": one given name, kept alone on purpose.
    if (/^\p{Lu}\p{Ll}+$/u.test(candidate) && /^\s*(?:an?|the)\s.*\b(?:surname|last name|family name|full name)\b/i.test(segments.slice(i + 1).join(","))) return { phrase: candidate, role: role || null };
    // ("Prof Alassane Traoré, of the Malaria Research and Training Centre in Bamako, said": where a titled person is from.)
    if (describes || /^(?:of|at)\s/.test(role)) {
      const names = findNames(candidate);
      if (isTitledName(candidate, names) || endsInPersonalName(candidate, names)) return { phrase: candidate, role };
    }
    // ("Fr. Ramon Dizon, rector of the basilica, told reporters": a titled name, then what they are in lower case.)
    if (/^\p{Ll}/u.test(role) && !AUXILIARY.test(role) && isTitledName(candidate, findNames(candidate))) return { phrase: candidate, role };
  }
  // "the chairman of the judges, the critic Nicholas Farrant, admitted": a role, then the person who holds it, named
  // after a noun for what they are.
  // ("His former Harlequins team-mate, the Wales lock Gethin Rowlands,", "The WRFA’s own expert, neuropathologist Professor
  // Graham Tasker,": someone's, or a body's, then a side or a title around the noun and the name.)
  if (segments.length >= 2 && /,\s*$/.test(clause)) {
    const holder = /^(?:(?:the|a|an)\s+)?((?:(?:\p{Lu}[\p{L}'’-]*\s+)?[\p{Ll}\d-]+\s+){1,3})(?:(?:Professor|Prof\.|Dr\.?)\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})$/u.exec(segments[segments.length - 1]!.trim());
    const office = segments[segments.length - 2]!.trim();
    const noun = holder?.[1]!.trim().split(/\s+/).pop() ?? "";
    const described = /^(?:the|a|an|his|her|their|its)\s/i.test(office) || /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s?\s/u.test(office);
    if (holder && ((/^(?:the|a|an)\s/i.test(segments[segments.length - 1]!.trim()) ? ROLE_WORDS.test(holder[1]!) : ROLE_WORDS.exec(noun)?.[0] === noun) || isRoleNoun(noun)) && looksLikePersonalName(holder[2]!) && described && ROLE_WORDS.test(office) && !AUXILIARY.test(office)) {
      return { phrase: holder[2]!, role: office.replace(/^the\s+/i, "") };
    }
  }
  // "A spokesman for Pacific Coast Transit Services, the private company that runs the trains, said": the apposition
  // is about the body the role is for; the role speaks.
  // ("A security source in Djibo, the provincial capital around 25 kilometres away, said": or the place the role is in.)
  const roleForBody = /^\s*((?:the|a|an|one)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)\s+(?:for|of|at|with|in|near|from)\s+[^,]+),\s+(?:the|a|an)\s[^,]+,\s*$/iu.exec(clause);
  if (roleForBody && ROLE_WORDS.exec(roleForBody[2]!)?.[0] === roleForBody[2] && !AUXILIARY.test(roleForBody[1]!)) return { phrase: roleForBody[1]!, role: null };
  // ("The landlord, the Sun Wui Clan Association, said": a description, then the body it is, by its name after "the".)
  // ("In June, the receivers, the Kampala firm Mbabazi & Partners, told": or after a word for its trade.)
  const describedBody = /^\s*((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}+),\s+the\s+((?:[\p{L}-]+\s+){0,3}?)(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*\p{Lu}[\p{L}'’&.-]*){0,6}),\s*$/u.exec(withoutOpeningAdverbial(clause));
  const bodyByName = describedBody && (describedBody[2] ? BUSINESS_BEFORE.test(describedBody[2]) : describedBody[3]!.includes(" ") && ORGANISATION_WORDS.test(describedBody[3]!));
  if (bodyByName) return { phrase: describedBody[3]!, role: describedBody[1]! };
  // "One former prisoner, a 52-year-old teacher from Brcko who asked not to be named, said": a description of one person,
  // then more about them between commas.
  const describedPerson = /^\s*((?:the|a|an|one)\s+(?:[\p{Ll}-]+\s+){0,3}(\p{Ll}+)),\s+((?:the|a|an)\s[^,]+),\s*$/iu.exec(clause);
  // (Not where the apposition names them: "A Roman Catholic priest, the Rev. Tomas Aguilar of the diocese of Tlapa,".)
  if (describedPerson && ROLE_WORDS.exec(describedPerson[2]!)?.[0] === describedPerson[2] && !AUXILIARY.test(describedPerson[1]!) && titledHolderIn(describedPerson[3]!) === undefined) {
    return { phrase: describedPerson[1]!, role: describedPerson[3]!.replace(RELATIVE_TAIL, "") };
  }
  // "A White House spokesman, Tony Snow, said": the role comes first, the name last.
  // ("But counsel to Mr Nwosu, Chief Olisa Amaechi (SAN), said": the honours in brackets after the name are no part of it.)
  const last = segments[segments.length - 1]!.trim().replace(/\s+\(\p{Lu}{2,5}\)$/u, "");
  // ("In a statement, Harbourline Ferries said": an opening adverbial is no role.)
  const before = segments[segments.length - 2]?.trim() ?? "";
  // ("But counsel to Mr Nwosu, Chief Olisa Amaechi, said": the conjunction that joins the sentence on is no part of the role.)
  // "a spokesman for his promoter, Orzel Promotions, said": the body set beside the one the role speaks for is that body; the role speaks.
  const forABody = /^(?:the|a|an|one)\s+((?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)\s+(?:for|of|at|with))\s+(?:the|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+$/iu.exec(before);
  if (forABody && SPEAKS_FOR.test(forABody[2]!) && isBareName(last) && findNames(last)[0]?.kind === "organisation") return { phrase: `${forABody[1]} ${last}`, role: null };
  // ("A statement signed by the Head of Public Affairs of the council, Mr Samuel Kwabena Donkor,": the document is no part of the role.)
  // ("A Roman Catholic priest, the Rev. Tomas Aguilar of the Guerrero diocese of Tlapa, said": a title after "the", and
  // where the holder serves, around the name.)
  const holder = titledHolderIn(last) ?? last;
  if (segments.length >= 2 && (looksLikePersonalName(holder) || isTitledName(holder, findNames(holder)))) return { phrase: holder, role: before && !OPENS_AN_ADVERBIAL.test(before) ? before.replace(/^(?:But|And|Yet|So)\s+/, "").replace(DOCUMENT_OF, "") : null };
  // "The UN refugee agency, UNHCR, warned", "The country's largest union, Unite, said": a description, then the name it describes.
  const described = segments.length >= 2 ? segments[segments.length - 2]!.trim() : "";
  // ("…, the developer, Annapurna Hydro Ventures, said": or one by what it does.)
  if (/,\s*$/.test(clause) && isBareName(last) && DESCRIPTION_OF_A_BODY.test(described) && (ROLE_WORDS.test(described) || AGENT_NOUN.test(described.split(/\s+/).pop()!))) return { phrase: last, role: described };
  // An apposition between commas belongs to the name before it: keep it as the role
  // ("Brig. Gen. Talal Ali Selo, the spokesman for the SDF, told").
  // ("Nordsee Container Line, one of the port's largest customers, said": or one of a kind.)
  const appositive = /([^,]*?),\s+((?:the|a|an|one\s+of)\s[^,]{3,80}?)(,?)\s*(?:\w+ly\s+)?$/i.exec(clause);
  // Without its closing comma the role may be the subject of a reported clause's attribution ("… in Jammu and
  // Kashmir, the army said"): then only a name standing alone before it is in apposition ("Ash Carter, the defense secretary said").
  const apposedName = appositive ? (appositive[3] ? lastPhrase(appositive[1]!) : appositive[1]!.trim()) : "";
  if (appositive && isBareName(apposedName)) return { phrase: apposedName, role: appositive[2]!.trim() };
  // "The armed wing of the Popular Front, the second largest group in the city, hailed": a definite phrase
  // holding a name, then an apposition closed by a comma.
  if (appositive && /,\s*$/.test(clause) && /^\s*the\s/i.test(appositive[1]!) && findNames(appositive[1]!).length > 0) return { phrase: appositive[1]!.trim(), role: appositive[2]!.trim() };
  // "Speaking to the public he said": a pronoun right before the verb is the subject.
  // ("Earlier in the week he had told local media that": with the auxiliary of a perfect; not a modal, "Asked what he would
  // tell voters,", which tells of no saying.)
  const pronoun = /\b(he|she|it|they)(?:\s+(?:\w+ly|also|then|later))?(?:\s+(?:had|has|have)(?:\s+(?:\w+ly|also|then|later))?)?\s*$/i.exec(clause);
  if (pronoun) return { phrase: pronoun[1]!, role: null };
  const phrase = lastPhrase(clause);
  return phrase ? { phrase, role: null } : null;
}

/** "who gave his name only as", "identified only as", "who asked to be identified only by her surname,": a clause that gives a described person's name after it. */
// ("who identified himself only by his nom de guerre, Commander Halcon", "who signed himself ‘Comrade Pratik’": a name someone goes by.)
// ("who only wanted to be known as Ah Keong": with "only" before the verb.)
// ("who gave only his surname, Baek": a surname given.)
export const NAME_GIVEN_AS = String.raw`(?:(?:and\s+)?who\s+(?:only\s+)?(?:asked|wanted|wished|preferred|agreed)\s+to\s+be\s+(?:identified|named|called|known)\s+(?:only\s+)?(?:as|by\s+(?:his|her|their)\s+(?:(?:first|given|last|family)\s+)?(?:name|surname),?)|(?:and\s+)?who\s+(?:gave|gives|give)\s+(?:his|her|their)\s+(?:(?:first|family|last)\s+name|surname|name)\s+(?:only\s+)?as|(?:and\s+)?who\s+(?:gave|gives|give)\s+only\s+(?:his|her|their)\s+(?:(?:first|given|family|last)\s+name|name|surname),?|(?:identified|known|referred\s+to)\s+only\s+as|(?:and\s+)?who\s+[^,]{0,80}?\s+(?:and\s+)?(?:was|is|were)\s+(?:referred\s+to|identified|known)\s+only\s+as|(?:who\s+)?identified\s+(?:himself|herself|themselves)\s+(?:only\s+)?(?:as|by\s+(?:his|her|their)\s+(?:nom de guerre|first name|alias|code name|nickname),?)|(?:who\s+)?signed\s+(?:himself|herself|themselves)(?:\s+as)?|(?:who\s+)?(?:goes|went)\s+by\s+the\s+(?:name|nom de guerre)|surnamed)`;
/** Verbs of a clause that keeps its person unnamed: "who asked not to be named", "who was not authorised to speak". */
const HIDING_VERBS = String.raw`asked|requested|declined|refused|did not want|didn['’]t want|would not|wished|was not authori[sz]ed|is not authori[sz]ed|spoke on condition`;
/** A relative clause that says only that someone is kept unnamed: "who declined to be named". */
const ONLY_UNNAMED = new RegExp(String.raw`^who\s+(?:${HIDING_VERBS})\b(?:(?!\band\b)[^,])*$`, "i");
/** A name a clause gives, maybe in quotation marks: "Halcon", "‘Comrade Pratik’". */
// ("referred to only as Officer B": the second word may be a letter; "who gave her name only as Mrs. Chinwe": a title may
// come before.)
export const GIVEN_NAME_WORDS = String.raw`[‘'"“]?((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*)?)[’'"”]?`;
// ("A miner who gave his name only as Jairo, 33, said": an age may follow the name.)
// ("who gave his name only as Abu Omar for fear of reprisals": a reason may follow it.)
// ("a trader named Mohamed said": or the name the description goes on to give.)
// ("One user, a 34-year-old office worker in Daejeon who asked to be identified only by his surname, Choi,": with what the one
// described is set after them.)
const GIVEN_NAME_AFTER_DESCRIPTION = new RegExp(String.raw`^\s*((?:[Tt]he|[Aa]n?|[Oo]ne)\s+[^,]{1,90}?(?:,\s+(?:an?|the)\s+[^,]{1,90}?)?)[\s,]+(?:${NAME_GIVEN_AS}|named)\s+${GIVEN_NAME_WORDS}(?:\s+(?:for fear|because|as)\b[^,]*)?(?:,\s*\d{1,3})?,?\s*$`, "u");

/** A person, then the description they gave of themselves in place of a name: "A man who identified himself only as a retired pipefitter". */
const DESCRIBED_ONLY_AS = /^\s*((?:[Tt]he|[Aa]n?|[Oo]ne)\s+[^,]{1,60}?)[\s,]+(?:who\s+)?(?:identified|described)\s+(?:himself|herself|themselves)\s+only\s+as\s+((?:an?|the)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3}),?\s*$/u;

/** The reported clause a verb of saying opens with "that", to the end: "testified that Stebbins had ". */
// ("said Geraghty had handed over the shotgun … and said": "that" may go before a name and its auxiliary.)
const REPORTED_CLAUSE = /\b(?:said|says|testified|testifies|claimed|claims|alleged|alleges|argued|argues|insisted|insists|wrote|writes|added|adds|told\s+(?:the\s+)?\p{Ll}+)\s+(?:(?:(?:in|on)\s+[^,;:“”"]{1,50}?\s+)?that\s+|(?=(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:had|has|was|were|would|could|did)\s|(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,5}\p{Ll}+\s+(?:had|has|was|were|would|could|did)\s))([^,;:“”"]*)$/u;

/** The titled name in an apposition, past "the" and where its holder serves: "the Rev. Tomas Aguilar of the diocese of Tlapa" → "Rev. Tomas Aguilar". */
function titledHolderIn(apposition: string): string | undefined {
  const name = /^the\s+(.+?)(?:\s+(?:of|from|at)\s+(?:the\s+)?[^,]+)?$/i.exec(apposition)?.[1];
  return name !== undefined && isTitledName(name, findNames(name)) ? name : undefined;
}

/** A body or an envoy and whom it is sent to: "South Korea's mission to the United Nations", "the EU delegation to Ukraine". */
const SENT_TO = /^((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*?(?:['’]s?)?\s+(?:\p{Ll}+\s+){0,2}(mission|delegation|embassy|consulate|envoy|ambassador|representative)\s+to\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})$/u;

/** A relative clause with no comma before it, to the end: " who asked not to be named". */
// ("chairman since 1993 and whose family firm built the stand": with the "and" that joins it.)
const RELATIVE_TAIL = /(?:\s+and)?\s+(?:who|whose|which)\s.*$/;

/** "Mr Okafor's widow, Grace,": someone's kin, then her first name; the family name is the possessor's last word. */
// ("Hamada’s son, Yoshiaki, 48, said": an age may follow the first name.)
const KIN_THEN_FIRST_NAME = new RegExp(String.raw`(?:^|\s)((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}'’-]+\s+)*?\p{Lu}[\p{L}'’-]+?['’]s?\s+(?:${KIN_WORDS}))(?:\s+of\s+(?:\d{1,2}|\p{Ll}+(?:-\p{Ll}+)?)\s+years)?,?\s+(\p{Lu}\p{Ll}+)(?:\s\(\d{1,3}\)|,\s*\d{1,3}(?=,))?,?\s*$`, "u");

/** The family name someone's kin shares: the last word of the name they belong to ("Mr Hession’s widow" → "Hession"). */
export function familyOf(kin: string): string {
  return kin.replace(/['’]s?\s+\S+$/, "").split(/\s+/).pop()!;
}

/** "the army command, carried by the news agency SRNA,": who passed the words on is not who speaks. */
const PASSED_ON = /,\s+(?:carried|relayed|reported|published|broadcast|posted|quoted|cited|distributed)\s+(?:by|on|in)\s[^,]*,?\s*$/;

/** A preposition or participle opening a sentence's adverbial: "In New Delhi, the ministry said". */
// ("Contacted, a BJMC official said": so does a participle alone.)
// ("Giving evidence on Monday, the singer, dressed in a white agbada, said": any participle opening the sentence.)
const OPENS_AN_ADVERBIAL = /^\s*(?:(?:In|At|On|From|Near|Outside|Inside|Across|After|Before|During|Since|Until|\p{Lu}\p{Ll}{2,}ing)\s|(?:Contacted|Reached|Approached|Asked|Interviewed|Questioned|Pressed|Told)\s*(?:,|$))/u;

/** What follows an opening adverbial's comma ("Outside the court, a pensioner who …" → " a pensioner who …"), or the text as it is. */
export function withoutOpeningAdverbial(text: string): string {
  return OPENS_AN_ADVERBIAL.test(text) ? text.slice(text.indexOf(",") + 1) : text;
}

/** A name, with only capitalised titles before it: "Brig. Gen. Talal Ali Selo", "US Defense Secretary Ash Carter". */
function isBareName(phrase: string): boolean {
  // "In London, a Foreign Office spokesman": a place where something happened is no name in apposition.
  if (OPENS_AN_ADVERBIAL.test(phrase)) return false;
  const names = findNames(phrase);
  const last = names[names.length - 1];
  return Boolean(last && last.end === phrase.length && !/\b\p{Ll}/u.test(phrase.slice(0, last.start).replace(/\b(of|for|the|and)\b/g, "")));
}

/** Some name in the text is a person's, by title or by shape. */
function namesAPerson(text: string, isBody: (name: string) => boolean = () => false): boolean {
  return findNames(text).some((n) => (n.kind === "person" || looksLikePersonalName(n.name)) && !isBody(n.name));
}

/** A few words, then a personal name that ends the phrase: "WNC native Roy Williams", "longtime aide Jo Marsh". */
function endsInPersonalName(text: string, names: NameSpan[]): boolean {
  const last = names.at(-1);
  return Boolean(last && last.end === text.length && last.name.includes(" ") && looksLikePersonalName(last.name) && text.slice(0, last.start).trim().split(/\s+/).length <= 4);
}

/** A person's name with only its title before it: "Lt. Gen. C.Q. Brown", "Gov. John Bel Edwards". */
export function isTitledName(text: string, names: NameSpan[]): boolean {
  return names.length === 1 && names[0]!.kind === "person" && names[0]!.title !== null && names[0]!.end === text.length && text.startsWith(names[0]!.title);
}

/** Two to four capitalised words (initials and particles allowed), none of them an organisation word. */
/** Words that end an event's name: "Chicago Marathon", "Australian Open", "Cannes Film Festival". */
const EVENT_HEAD = /^(?:Marathon|Open|Cup|Games|Olympics|Festival|Prix|Championships?|Classic|Derby|Rally|Summit|Conference|Expo|Awards?|Trophy|Invitational|Carnival|Parade|Regatta|Triathlon|Half-Marathon)$/;

export function looksLikePersonalName(name: string): boolean {
  // "Joanna Korner QC": honours after the name are no part of it.
  const text = withoutPostNominals(name);
  const words = text.split(/\s+/);
  // "King County", "Grant Park": a word for a place ends a place's name.
  // "Bosnian Serb", "Iraqi Kurd": words for a people make no one's name.
  // ("Co Mayo", "Co. Antrim": an Irish county, as Irish papers write it.)
  // ("Chicago Marathon", "Australian Open": nor does a word for an event.)
  if (words.length < 2 || words.length > 5 || PLACE_HEAD.test(words[words.length - 1]!) || EVENT_HEAD.test(words[words.length - 1]!) || words.every(isNationalityWord) || /^Co\.?$/.test(words[0]!)) return false;
  const names = findNames(text);
  return names.length === 1 && names[0]!.start === 0 && names[0]!.end === text.length && names[0]!.kind !== "organisation" &&
    // "R.Timothy Hunt": an initial run into the given name is a typesetting slip, still a person's name.
    // "K Venkatesh": an initial without its full stop, as Indian papers write it, before the rest of the name ("M Mitterrand"
    // is Monsieur).
    // ("K.L. Diengdoh", "D.D. Marak": initials run together before the family name, as Indian papers write them.)
    // ("Ma. Lourdes Tabangcura", "Md. Shafiqul Islam": a given name written short.)
    // ("Johan van der Merwe": the small words names carry, as the name finder knows them.)
    // ("Nana Kwesi Ackah III", "Rodrigo Baylon Jr": a generation's mark after a given and a family name.)
    words.every((w, i) => (i === 0 && SHORT_GIVEN_NAME_WORD.test(w) && words.length > 2) || (i >= 2 && i === words.length - 1 && GENERATION_MARK.test(w)) || (i > 0 && i < words.length - 1 && NAME_PARTICLE.test(w)) || /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$|^(?!(?:U\.S|U\.K|U\.N|E\.U)\.$)(?:\p{Lu}\.){1,3}$|^\p{Lu}\.\p{Lu}\p{Ll}+$|^(?:al|el|bin|ibn|abu)-\p{Lu}\p{Ll}+$/u.test(w) || (i < words.length - 1 && /^\p{Lu}$/u.test(w) && w !== "M" && words[i + 1]!.length > 1));
}

/** The last word of a newspaper's name, which no one's surname is ("Post", "Ledger" and "Standard" are some people's). */
const NEWSPAPER_HEAD = /^(?:Courier|Times|Herald|Tribune|Gazette|Chronicle|Journal|Observer|Mirror|Monitor|Sentinel|Inquirer|Examiner|Dispatch|Telegraph|Bulletin|Gleaner|Clarion)$/;

/** The last noun phrase of a stretch of text, at most eight words, cut at clause punctuation. */
/** Stands for an "and" inside a name while a clause is split at its conjunctions: as long as the word. */
const NAME_AND = "\u0002\u0002\u0002";

function lastPhrase(text: string): string {
  // "the Department of Health and Human Services": an "and" inside a name after "of" or "for" joins, it does not split.
  // ("the Ministry of Housing, Communities and Local Government": nor do its commas.)
  let protectedText = text;
  // (The commas subjectBefore set aside are commas still to the finders: same length, so the offsets hold.)
  const plain = text.replaceAll(INNER_COMMA, ",");
  const remits = listedRemits(plain);
  // ("the Australian Search and Rescue Authority": nor one the name finder reads inside a name, outside a remit's list; kept
  // the same length, so that the remits' offsets hold.)
  for (const name of text.includes(" and ") ? findNames(plain) : []) {
    if (name.name.includes(" and ") && !remits.some((r) => name.start < r.end && name.end > r.start)) protectedText = protectedText.slice(0, name.start) + protectedText.slice(name.start, name.end).replaceAll(" and ", ` ${NAME_AND} `) + protectedText.slice(name.end);
  }
  for (const { start, end } of remits) {
    protectedText = protectedText.slice(0, start) + protectedText.slice(start, end).replaceAll(",", "\u0001").replace(/\band\b(?!.*\band\b)/, "\u0000") + protectedText.slice(end);
  }
  const pieces = protectedText
    .replace(NAME_INNER_AND, "$1\u0000$2")
    // ("an official at the education and science ministry": nor does one between the remits of a body written in lower case.)
    .replace(REMIT_INNER_AND, "$1\u0000$2")
    // ("The department of higher education and training said": nor one in the remit after a body's noun in lower case.)
    .replace(LOWER_CASE_REMIT_AND, "$1\u0000$2")
    // ("A Fire and Rescue NSW spokesman said": nor one inside a body's name before the noun for its spokesman.)
    .replace(BODY_INNER_AND, "$1\u0000$2")
    // "Wanjiku and her colleagues": the one who led the work, with the others, is one subject.
    .replace(LEADER_AND_COLLEAGUES, "$1\u0000$2")
    .split(/[,;:()“”"—–]|\b(?:that|which|who|what|and|but|while|whilst|whereas|as|because|although|though|after|before|when)\s/)
    .map((p) => p.replaceAll(NAME_AND, "and").replaceAll("\u0000", "and").replaceAll("\u0001", ","));
  let piece = pieces.pop() ?? "";
  // "Nasdaq, meanwhile, says": a sentence adverb set off by commas is not the subject.
  const adverb = /^\s*(meanwhile|however|also|too|though|instead|therefore|then|now|again|later|earlier|separately|additionally|moreover|in turn)\s*$/i;
  if (!piece.trim() && pieces.length && adverb.test(pieces[pieces.length - 1]!)) piece = pieces.pop() ?? "";
  while (adverb.test(piece) && pieces.length) piece = pieces.pop() ?? "";
  // ("… on Monday, where his barrister argued": a clause of place or time set off by a comma opens with its conjunction.)
  piece = piece.replace(/^\s*(?:where|whereas|unless|until|if|once)\s+/i, "");
  // "the task force carrying out Operation Inherent Resolve to defeat ISIS": the purpose clause is not the subject.
  // ("South Korea's mission to the United Nations", "the ambassador to the US": whom an envoy is sent to is part of the role.)
  // ("a person close to the board": "to" before a determiner opens a phrase of place or relation, no purpose clause.)
  piece = piece.replace(/(?<!\b(?:mission|missions|ambassador|envoy|delegation|representative|adviser|advisor|aide|consul|emissary|delegate))\s+to\s+(?!(?:the|a|an|his|her|their|its|our)\s)\p{Ll}+\b.*$/u, "");
  // ("Dr Evans Omondi Were said": an auxiliary in capitals after a name is the name's last word.)
  const words = piece.trim().replace(/\s+(has|have|had|was|were|is|are|also|previously|later|earlier|then|again|once|recently|already|repeatedly|had previously)$/, "").split(/\s+/).filter(Boolean);
  while (words.length && /^(has|have|had|also|previously|then|later|again|recently|already|in|on|at|to|for|with|from)$/i.test(words[words.length - 1]!)) words.pop();
  // "the head of the observer mission from the European Union": a cut inside a chain of prepositional
  // phrases would drop the head noun; reach back to the determiner that opens the whole phrase.
  // ("a move the Governor described as": a noun and then the subject of a relative clause with no "that"; the subject speaks.)
  // ("a measure the mayor's office said would raise": a body told of in lower case.)
  const reduced = /^(?:an?|the)\s+[\p{Ll}-]+\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|the\s+[\p{Ll}-]+['’]s?\s+[\p{Ll}-]+)$/u.exec(words.join(" "));
  if (reduced) return reduced[1]!;
  const cut = Math.max(0, words.length - 8);
  // ("Tanzania's commission of inquiry into the capsize of the passenger ferry MV Ukara Pride on Lake Victoria": or to the
  // owner that opens it, as far back as the clause's start.)
  for (let from = cut; from >= 0 && words.length - from <= 20; from--) {
    // (An inquiry's head, however long what it is into: "An independent inquiry into one of the worst waiting-list scandals in
    // the history of the Welsh NHS".)
    const opens = DETERMINER_WORD.test(words[from]!) ? words.length - from <= 16 || (from === 0 && INQUIRY_INTO.test(words.slice(0, 6).join(" "))) : from === 0 && /^\p{Lu}[\p{L}.-]*['’]s$/u.test(words[from]!);
    if (opens && !PREPOSITION.test(words[from - 1] ?? "")) return words.slice(from).join(" ");
  }
  // ("Detective Superintendent Ciarán Molloy of the Garda National Drugs and Organised Crime Bureau": nor would a cut inside
  // a long body's name, which drops the capitalised name that the body's "of" follows.)
  // ("Economist Farieda Essop of the Cape Town-based research group Fiscal Futures": nor a cut right at the "of" after the
  // person's name.)
  let from = cut;
  const preposition = from > 0 && PREPOSITION.test(words[from - 1]!) ? from - 1 : from > 0 && PREPOSITION.test(words[from]!) ? from : -1;
  if (preposition >= 0) {
    let capitalised = preposition;
    while (capitalised > 0 && /^\p{Lu}/u.test(words[capitalised - 1]!) && preposition + 1 - capitalised < 6) capitalised--;
    if (capitalised < preposition) from = capitalised;
  }
  // ("Aviation analyst Peter Lindholm of the Stockholm consultancy Nordic Aero Insight": nor one inside a name.)
  while (from > 0 && from < words.length && /^\p{Lu}/u.test(words[from]!) && /^\p{Lu}/u.test(words[from - 1]!)) from--;
  return words.slice(from).join(" ");
}
/** The letters of a seat after a name, ending a phrase: " MP", " AM". */
const SEAT_AFTER_A_NAME = new RegExp(`(?<=\\p{Lu}[\\p{L}'’-]*)\\s+(?:${SEAT_LETTERS.join("|")})$`, "u");

/** An inquiry and what it is into: "An independent inquiry into " (then what it looked at). */
// ("The independent commission of inquiry into the KwaNtokozo mudslide": a commission of inquiry too.)
const INQUIRY_INTO = /^(?:[Aa]n?|[Tt]he)\s+((?:[\p{Ll}-]+\s+){0,2}(?:inquiry|investigation|review|probe|inquest|(?:commission|committee|board|panel)\s+of\s+(?:inquiry|investigation)))\s+(?:into|of)\s+\S/u;
/**
 * "A statement signed by ", "the report from ": a document, and whose it is after it; "An earlier investigation by ": an
 * inquiry, and who made it.
 */
const DOCUMENT_OF = /^(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:(?:statement|report|release|email|e-mail|letter|post|filing)\s+(?:\w+ly\s+)?(?:(?:issued|released|signed|sent|posted|published)\s+)?(?:from|by|of)|(?:investigation|inquiry|review|study|audit|probe|analysis|assessment|survey)\s+(?:(?:carried out|conducted|commissioned)\s+)?by)\s+(?=\S)/i;

/** A document, who sent it and to whom: "A letter sent by the market's vendors to the borough" (`$1` the document and sender). */
const DOCUMENT_TO_WHOM = new RegExp(String.raw`^(${DOCUMENT_OF.source.slice(1)}[^,]+?)\s+to\s+(?:the|a|an|its|their|his|her)\s+.*$`, "i");

/** A place and a time set after a name and a comma, before the verb: ", in Accra yesterday ". */
const TRAILING_PLACE_AND_TIME = /(?<=\p{L}),\s+(?:in|at)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+(?:yesterday|today|on\s+\p{Lu}\p{Ll}+day|last\s+\p{Ll}+)\s*$/u;

/** A run of capitalised words with the small words a name may hold: "Department of Education and Science". */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}'’.&-]*)*/gu;
/** Those who work under someone, after "and his", "and her" or "and their": "colleagues", "team", "fellow researchers". */
const TEAM_NOUNS = String.raw`(?:colleagues|team|co-authors|co-workers|fellow\s+\p{Ll}+)`;
const LEADER_AND_COLLEAGUES = new RegExp(String.raw`(\p{Lu}[\p{L}'’.-]*\s+)and(\s+(?:his|her|their)\s+${TEAM_NOUNS}\b)`, "gu");
/** "and her 11 co-authors", "and his colleagues": those who worked under the one named before. */
const WITH_A_TEAM = new RegExp(String.raw`\band\s+(?:his|her|their)\s+(?:\d+\s+|[\p{Ll}-]+\s+)?${TEAM_NOUNS}\b`, "gu");
/** "Dr Fiona McLeish and her colleagues": who led the work, and spoke for it. */
export const WITH_COLLEAGUES = new RegExp(String.raw`^(.+?)\s+and\s+(?:his|her|their)\s+${TEAM_NOUNS}$`, "u");
// ("A Cairns and Hinterland Hospital and Health Service spokeswoman": past an "and" the name finder kept inside the name.)
const BODY_INNER_AND = new RegExp(String.raw`(\b(?:[Aa]n?|[Tt]he)\s+\p{Lu}[\p{L}'’-]*\s+)and(\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|${NAME_AND}))*\s+\p{Ll}+\s*)$`, "u");
const REMIT_INNER_AND = /(\bthe\s+[\p{Ll}-]+\s+)and(\s+[\p{Ll}-]+\s+(?:ministry|department|office|committee|commission|agency|council|authority|union|association|federation)\b)/gu;
// ("the minister for climate crisis and civil protection": or in an office's remit.)
const LOWER_CASE_REMIT_AND = /(\b[Tt]he\s+(?:[\p{Ll}-]+\s+)?(?:department|ministry|office|committee|commission|agency|council|authority|board|minister|secretary|commissioner)\s+(?:of|for)\s+(?:[\p{Ll}-]+\s+){1,3})and(\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s*$)/u;
const NAME_INNER_AND = /(\b(?:of|for)(?:\s+the)?(?:\s+\p{Lu}[\p{L}'’.-]*)+\s+)and(\s+\p{Lu})/gu;
const PREPOSITION = /^(?:of|for|from|in|at|on|with|by|into|about|over|against|across|through|under|near|during)$/i;
const DETERMINER_WORD = /^(?:the|a|an)$/i;

export interface SpeechVerb {
  verb: string;
  at: number;
  end: number;
  /** Who speaks when the verb names them after itself: "cited Hatami as saying" → "Hatami". */
  named?: string;
  /** Told in the passive ("had been warned"): its subject hears the words; who said them is not told. */
  heard?: true;
}

/**
 * Speech verbs in a stretch of text, with their offsets. "was quoted as saying" is one verb whose
 * subject speaks; in "media cited the minister as saying" the object speaks (`named`).
 */
export function speechVerbs(text: string, options: { withHeard?: boolean } = {}): SpeechVerb[] {
  const words = speechVerbWords(text);
  const found = options.withHeard ? words : words.filter((v) => !v.heard);
  // "was quoted as saying", "was quoted by the Chronicle as recounting": any verb of saying in -ing.
  const asVerbing = (verb: SpeechVerb) => verb.verb.endsWith("ing") && verb.verb !== "according to";
  if (!found.some(asVerbing)) return found;
  const out: SpeechVerb[] = [];
  for (const verb of found) {
    if (!asVerbing(verb)) {
      out.push(verb);
      continue;
    }
    const offset = Math.max(0, verb.at - 120);
    const before = text.slice(offset, verb.at);
    const passive = QUOTED_AS.exec(before);
    const active = passive ? null : CITED_AS.exec(before);
    const match = passive ?? active;
    if (!match) {
      out.push(verb);
      continue;
    }
    const at = offset + match.index + (match[0].length - match[0].trimStart().length);
    // The verb "cited" found on its own is part of this one.
    while (out.length && out[out.length - 1]!.at >= at) out.pop();
    out.push({ verb: "quoted as saying", at, end: verb.end, ...(active ? { named: active[1]!.trim() } : {}) });
  }
  return out;
}

/** "was quoted as saying", "is widely cited as saying": a passive whose subject spoke. */
const QUOTED_AS = /(?:^|\s)(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:quoted|cited|heard|reported|recorded)\s+(?:by\s+[^,;:“”"]{1,60}?\s+)?as\s+$/;
/** "local media cited Hatami as saying", "quoting a police officer as saying": the object spoke. */
// ("quoted a Revolutionary Guards commander, identified only as Commander Sadeghpour, as saying": an apposition may stand between.)
const CITED_AS = /(?:^|\s)(?:quoted|cited|quoting|citing|quotes|cites|quote|cite)\s+([^,;:“”"]{1,80}?(?:,\s+[^,;:“”"]{1,60},)?)\s+as\s+$/;

/**
 * What /\b(SPEECH_VERBS)\b/gi matches, found word by word with a set lookup (a long alternation is
 * tried at every position), except a capitalised word inside a run of words: "States" in "United
 * States", "Reports" in a name, are not verbs; "According to …" opening a sentence is.
 */
function speechVerbWords(text: string): SpeechVerb[] {
  const found: SpeechVerb[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < length && isWordChar(text.charCodeAt(end))) end++;
    const word = text.slice(i, end).toLowerCase();
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90 && !opensClause(text, i)) {
      i = end;
      continue;
    }
    // ("the so-called “Sheraton Move”", "the country's much-praised early warning system", "a long-promised review": a
    // participle glued to a word before it by a hyphen is an adjective.)
    const glued = i > 0 && text[i - 1] === "-" && /\p{L}/u.test(text[i - 2] ?? "");
    // "hand over the accused", "a warning": after a determiner the word is a noun.
    if (SINGLE_VERBS.has(word)) {
      // "a soldier accused of killing a civilian": a passive participle reports no words.
      // "a statement read to the court": the document was read out; no one says these words here.
      // ("“…,” the statement read" is the statement speaking; so is "The statement read in part, “…”".)
      const readOut = word === "read" && /\b(?:statement|letter|message|note|speech|poem)\s+$/i.test(text.slice(Math.max(0, i - 12), i)) && /^\s+(?:to|out|aloud|by|at|in(?!\s+part\b)|on)\b/.test(text.slice(end, end + 14));
      // ("a Mass said in her sitting room by the parish priest", "prayers said for the dead": a rite said is no one's words.)
      const riteSaid = word === "said" && /\b(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:[Mm]ass|[Mm]asses|prayers?|grace|rosary|requiem|novena|liturgy|blessing|vespers)\s+$/iu.test(text.slice(Math.max(0, i - 30), i)) && /^\s+(?:in|at|for|by|on|over|to)\b/.test(text.slice(end, end + 6));
      // ("an account in a statement posted on the TamilNet website": the participle says where the document went.)
      const postedDocument = word === "posted" && /\b(?:statement|letter|message|note|video|post|photo|picture|notice|release)\s+$/i.test(text.slice(Math.max(0, i - 12), i));
      // ("a fisherman reported missing near the river mouth", "was declared dead": a state reported of someone, no words.)
      const stateReported = /^(?:reported|declared)$/.test(word) && /^\s+(?:missing|dead|killed|injured|hurt|wounded|lost|safe|stolen|sick|ill|unaccounted)\b/.test(text.slice(end, end + 16));
      // ("hours before the hearing concluded:": a gathering that concludes or continues says nothing.)
      // ("the operator had continued to develop a decline through “known weak ground”": nor does one who goes on doing something.)
      const gatheringGoesOn = /^(?:concluded|concludes|continued|continues)$/.test(word) && (GATHERING_BEFORE.test(text.slice(Math.max(0, i - 30), i)) || (word.startsWith("contin") && /^\s+(?:to\s+\p{Ll}|\p{Ll}{2,}ing\b)/u.test(text.slice(end, end + 20))));
      // ("The seven judges also rejected claims that …": a plural noun right after a verb in the past is its object.)
      // ("A spokesman for the club said claims “continue to be assessed”": or right after a verb of speech.)
      // ("the full log of calls made to the emergency line": or after "of", where no verb stands.)
      // ("It described the former employee's claims as “…”": or right after an owner, whose those things are.)
      // ("Cebotari had refused to publish replies from the officials": or after a verb's bare form after "to".)
      const objectOfAVerb = /^(?:claims|reports|comments|remarks|notes|calls|replies)$/.test(word) && /(?:\p{L}{2,}ed|\bsaid|\bsays|\bsay|\btold|\bof|\p{L}['’]s|\bto\s+\p{Ll}{3,})\s+$/u.test(text.slice(Math.max(0, i - 20), i));
      // ("the board's stated reasons", "the union's declared aim": a participle between an owner and a noun is an adjective;
      // not "the board's said it will", where "'s" is "has".)
      const ownedAdjective = /ed$/.test(word) && /\p{L}['’]s\s+$/u.test(text.slice(Math.max(0, i - 4), i)) && /^\s+\p{Ll}+\b/u.test(text.slice(end, end + 20)) && !/^\s+(?:that|it|he|she|they|we|i|you|the|a|an|this|these|those|his|her|its|their|our|in|on|at|to|for|by|with|from|of|as|about|and|but|or|so|yesterday|today|earlier|last|on|there|nothing|no|not|only|also)\b/i.test(text.slice(end, end + 20));
      // ("protests over alleged vote rigging", "his alleged victims": "alleged" before the noun it qualifies is an adjective;
      // the verb stands before its clause, its object or the sentence's end: "the lawyer alleged that", "she alleged.")
      // (In quotation marks, or where the text ends at them, the noun may be the verb's object, "the union alleged “systematic
      // abuse”", unless "alleged" follows a preposition or another verb: "investigating alleged “ghost workers”".)
      const allegedThing =
        word === "alleged" &&
        (/^\s+\p{Ll}/u.test(text.slice(end, end + 3)) ? !ALLEGED_AS_A_VERB_BEFORE.test(text.slice(end, end + 20)) : /^\s*(?:[“"‘]\p{Ll}|$)/u.test(text.slice(end, end + 4)) && /\b(?:\p{Ll}+ing|\p{Ll}+ed|over|of|into|about|for|against|on|in|with|by|from|amid|despite|following)\s+$/u.test(text.slice(Math.max(0, i - 20), i)));
      // ("who has pleaded guilty": a plea in court is no words said.)
      const plea = /^(?:pleaded|pleads)$/.test(word) && /^\s+(?:not\s+)?(?:guilty|innocent|no\s+contest)\b/.test(text.slice(end, end + 16));
      // ("the club said Fenwick had been dismissed “with immediate effect”": one dismissed in the passive lost a post, said
      // nothing; "was dismissed as “…”" is words that dismissed something.)
      const removedFromAPost = word === "dismissed" && /\b(?:been|being|was|were|is|are|be)\s+$/.test(text.slice(Math.max(0, i - 8), i)) && !/^\s+as\b/.test(text.slice(end, end + 4));
      if (plea) {
        i = end;
        continue;
      }
      // ("communities had been warned through local radio": one told or warned in the passive hears the words, says none.)
      const heard = /^(?:told|warned|asked|urged|advised|informed)$/.test(word) && /\b(?:been|being|was|were|is|are|be)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(Math.max(0, i - 20), i));
      if (heard) found.push({ verb: word, at: i, end, heard: true });
      else if (!objectOfAVerb && !afterDeterminer(text, i) && !(word === "accused" && text.startsWith(" of ", end)) && !sharedPluralHead(text, i, word) && !readOut && !postedDocument && !glued && !gatheringGoesOn && !stateReported && !ownedAdjective && !allegedThing && !removedFromAPost && !riteSaid) found.push({ verb: word, at: i, end });
    } else if ((word === "held" || word === "found") && /^\s?[.,]/.test(text.slice(end, end + 2)) && !/\b(?:is|are|was|were|be|been|being)\s+$/i.test(text.slice(Math.max(0, i - 8), i))) {
      // "“…,” Justice Sanusi-Okoye held.": what a judge's ruling says ("the meeting was held" says nothing).
      // ("… was “treated as a problem to be managed”, the barrister who led an independent review has found.": or an inquiry's.)
      found.push({ verb: word, at: i, end });
    } else if ((word === "found" || word === "finds") && FINDER_BEFORE.test(text.slice(Math.max(0, i - 100), i))) {
      // ("after an audit found a taxpayer-funded trip was “predominantly personal in nature”": what an inquiry found, its
      // "that" left out, is what it says.)
      found.push({ verb: word, at: i, end });
    } else if (word === "in" && someonesWordsAt(text, i) !== null) {
      // ("is, in Dr Hartmann's words, “…”", "in the words of one engineer": whose words they are, as "according to" says.)
      end = someonesWordsAt(text, i)!;
      found.push({ verb: "according to", at: i, end });
    } else {
      const second = PHRASAL_VERBS.get(word);
      // (Glued by a hyphen to a word before it, a phrase's first word is an adjective's part too.)
      if (second && text.charCodeAt(end) === 32 && !glued) {
        let after = end + 1;
        while (after < length && isWordChar(text.charCodeAt(after))) after++;
        if (second.has(text.slice(end + 1, after).toLowerCase())) {
          found.push({ verb: `${word} ${text.slice(end + 1, after).toLowerCase()}`, at: i, end: after });
          end = after;
        }
      }
    }
    i = end;
  }
  return found;
}

/**
 * "in the words of", or "in" before whose words: "in Dr Hartmann's words", "in his own words" (the owner is read as the
 * source of "according to" is, see quotes.ts).
 */
/** Whose words: "his own words", "Dr Hartmann's words" (the owner in group 1 or 2). */
export const WORDS_OWNED = String.raw`(?:(his|her|their)|((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*?)['’]s?)\s+(?:own\s+)?words\b`;
const IN_SOMEONES_WORDS = new RegExp(String.raw`in(?:\s+the\s+words\s+of(?=\s)|(?=\s+${WORDS_OWNED}))`, "uy");
/** Where "in the words of" or the "in" of "in Dr Hartmann's words" ends, when one opens at `at`. */
function someonesWordsAt(text: string, at: number): number | null {
  IN_SOMEONES_WORDS.lastIndex = at;
  return IN_SOMEONES_WORDS.test(text) ? IN_SOMEONES_WORDS.lastIndex : null;
}

/** What "alleged" as a verb may go on with: its clause, its object, where or when it was said. */
const ALLEGED_AS_A_VERB_BEFORE = /^\s+(?:that|the|a|an|his|her|their|its|this|these|those|there|he|she|it|they|we|in|on|at|to|during|before|after|last|yesterday|today|earlier|without|falsely|repeatedly)\b/;

/** A gathering or a contest, as the subject right before a verb: "the hearing ", "the talks ". */
const GATHERING_BEFORE = /\b(?:the|a|an|its|their|this|that)\s+(?:hearing|meeting|trial|match|game|session|talks|inquiry|inquest|conference|summit|race|vote|debate|ceremony|service|funeral|tournament|festival|search|operation|fighting|protest|strike|rally)\s+$/i;

const SINGLE_VERBS = new Set(SPEECH_VERBS.split("|").filter((v) => !v.includes(" ")));
const PHRASAL_VERBS = new Map<string, Set<string>>();
for (const phrase of SPEECH_VERBS.split("|").filter((v) => v.includes(" "))) {
  const [first, second] = phrase.split(" ") as [string, string];
  PHRASAL_VERBS.set(first, (PHRASAL_VERBS.get(first) ?? new Set()).add(second));
}

/** "South Kordofan and Blue Nile states": a plural noun that two names joined by "and" share, not a verb. */
function sharedPluralHead(text: string, at: number, word: string): boolean {
  return /^(?:states|reports|notes|claims|comments|remarks)$/.test(word) && /\p{Lu}[\p{L}'’-]*\s+and\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,2}$/u.test(text.slice(Math.max(0, at - 50), at));
}

/** The word before `at` is an article or a possessive determiner. */
function afterDeterminer(text: string, at: number): boolean {
  // ("the three accused", "all five accused": a number may stand between.)
  return /(?:^|[^\p{L}])(?:the|a|an|his|her|its|their|our|my|your)\s+$/iu.test(text.slice(Math.max(0, at - 7), at)) || (/^accused$/i.test(text.slice(at, at + 7)) && /\b(?:the|all|his|her|their)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+$/i.test(text.slice(Math.max(0, at - 16), at)));
}

/** Nothing but sentence or clause punctuation stands before `at`: a capital there may open a verb ("According to"). */
function opensClause(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  return i < 0 || CLAUSE_OPENERS.has(text[i]!);
}
const CLAUSE_OPENERS = new Set([".", "!", "?", ":", ";", "“", "”", '"', "‘", "’", "(", "—", "–", "-", "\n", "\r"]);

/** A character of \w: what \b in a regular expression counts as part of a word. */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/**
 * Turns the words that name a speaker into a speaker: a person or organisation the article
 * knows (by full name, surname, acronym), a pronoun or "the group" resolved to the last fitting
 * sayer, or a description ("a Kurdish spokeswoman" → "Kurdish spokeswoman"). Null when it names nobody.
 */
const FAMILY_NAME_WITH_PARTICLES = new RegExp(String.raw`^(?:${FAMILY_NAME_PARTICLES}\s+)+\p{Lu}[\p{L}'’-]*$`, "u");

/** ", R-Fort Wayne", ", D-Tucson": an American legislator's party and seat set off after the name. */
const PARTY_AND_SEAT_SET_OFF = /,\s+(?:R|D|I)-\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,2}(?:,(?=\s)|(?=\s*$))/gu;

export function resolveSpeaker(given: string, role: string | null, ctx: SpeakerContext, at: number): Speaker | null {
  // ("says the bill’s sponsor, state Sen. Thomas Reinholt, R-Fort Wayne": the party and seat are no one's name.)
  const phrase = given.replace(PARTY_AND_SEAT_SET_OFF, "");
  // ("said deputy commissioner of police (cyber crime) Rakesh Tyagi": what an office covers, in brackets in lower case,
  // does not cut the office from the name.)
  // ("In a post on his WeChat account on Sunday he": a pronoun after an opening phrase the text set off with no comma.)
  const pronounAfterAnOpening = /^(?:In|On|At|Through|Via|From)\s[^,“”"]*\s(he|she|they|it)$/u.exec(phrase.trim())?.[1];
  if (pronounAfterAnOpening) return resolveSpeaker(pronounAfterAnOpening, role, ctx, at);
  // ("said Mercedes Apolo, 52, a farmer in Santa Rosa, El Oro,": a town and its region are one place, no name set off.)
  const joined = joinPlaceAndRegion(withoutNicknames(phrase).replace(/\s+\(\p{Ll}[\p{Ll}\s&/-]*\)(?=\s+\p{Lu})/gu, ""), (region) => isKnownPlace(region) || actorNamed(ctx.actors, region)?.type === "place");
  // ("Innocent Chivasa, the member of parliament for Chivi South, who said …": a description of three words or more that is word
  // for word the role the article gave one person is that person.)
  const described = phrase.trim().replace(DETERMINER, "");
  const holdersOfTheRole = described.split(/\s+/).length >= 3 ? ctx.actors.filter((a) => a.type === "person" && a.roles.some((r) => r.replace(DETERMINER, "").toLowerCase() === described.toLowerCase())) : [];
  if (holdersOfTheRole.length === 1) return { name: holdersOfTheRole[0]!.name, role: described, actor: holdersOfTheRole[0]!, kind: "person" };
  // ("Derek Harlow … his wife, Pauline …. said Mrs Harlow": of two who share a family name, the spouse the text gave the title.)
  const courtesy = /^(Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}'’-]+)(?:,\s+\d{1,3})?,?$/u.exec(phrase.trim());
  const titledSo = courtesy ? ctx.actors.filter((a) => a.type === "person" && (a.aliases.includes(courtesy[2]!) || a.name.endsWith(` ${courtesy[2]}`)) && a.roles.some((r) => r.replace(/\.$/, "") === courtesy[1]) && a.roles.some((r) => /\b(?:wife|husband|widow|widower)\b/i.test(r))) : [];
  const sharing = courtesy && titledSo.length === 1 ? ctx.actors.filter((a) => a.type === "person" && a.name.endsWith(` ${courtesy[2]}`)).length : 0;
  if (titledSo.length === 1 && sharing > 1) return { name: titledSo[0]!.name, role: titledSo[0]!.roles[0] ?? null, actor: titledSo[0]!, kind: "person" };
  // ("“…,” van Ekström said", "af Ekström said": a family name with its particles, in lower case where the sentence goes on, is
  // the person's, not a role of "van".)
  const particled = FAMILY_NAME_WITH_PARTICLES.test(phrase.trim()) ? actorNamed(ctx.actors, phrase.trim()) : undefined;
  if (particled?.type === "person") return { name: particled.name, role: particled.roles[0] ?? null, actor: particled, kind: "person" };
  const found = speakerOfPhrase(joined, role, ctx, at);
  const speaker = found && joined.includes(INNER_COMMA) ? { ...found, name: withCommasRestored(found.name), role: found.role === null ? null : withCommasRestored(found.role) } : found;
  // ("wrote on Twitter:", "In a post on his WeChat account": a platform words go out on speaks only as the subject itself,
  // "Facebook said".)
  if (speaker?.actor && SOCIAL_PLATFORM.test(speaker.actor.name) && phrase.trim().replace(/^the\s+/i, "") !== speaker.actor.name) return null;
  // ("The District Chief Executive (DCE), Mr Emmanuel Kwarteng Asamoah, …. “…,” the DCE said": an office the text named as if a
  // body, and set beside the one person who holds it, is that person.)
  const holders = speaker?.actor?.type === "organisation" ? ctx.actors.filter((a) => a.type === "person" && a.roles.some((r) => r.toLowerCase() === speaker.actor!.name.toLowerCase())) : [];
  if (holders.length === 1) return { name: holders[0]!.name, role: speaker!.actor!.name, actor: holders[0]!, kind: "person" };
  // ("The commission of inquiry into the loss of the MV Ssese Queen … has concluded …. The 212-page report, tabled on Tuesday,
  // found …. “…,” the report states": a report no one is said to have written is the inquiry's the article is about.)
  const inquiry = speaker !== null && speaker.actor === null && /^(?:[\d,]+-page\s+|(?:final|full|independent)\s+)?report$/.test(speaker.name) ? inquiryBehindTheReport(ctx, at) : null;
  if (inquiry) return inquiry;
  const namedLater = speaker?.kind === "description" ? nameGivenLater(speaker, ctx, at) : null;
  if (namedLater) return namedLater;
  const ownBody = speaker && speaker.kind !== "person" && speaker.actor === null ? bodyInitialledInTheDescription(speaker.name, ctx) : null;
  if (ownBody) return { ...speaker!, actor: ownBody, kind: "organisation" };
  return speaker?.kind === "description" ? withBodyItSpeaksFor(withBodyNamed(speaker, ctx, at), ctx) : speaker;
}

/** One of DOCUMENT_NOUNS, the whole word. */
const DOCUMENT_NOUN = new RegExp(`^(?:${DOCUMENT_NOUNS})$`);

/**
 * "the three-member CAS panel found", "the IMF staff report": a body's own panel, office or document, written with the
 * initials the text gave the body, speaks for that body, by the words the text used (not a person of it: "a CAS spokesman"
 * stays one).
 */
function bodyInitialledInTheDescription(description: string, ctx: SpeakerContext): Actor | null {
  const head = headNoun(description);
  // (A board, committee or council is an organ with a name of its own: "the NSOA board".)
  if ((!ORGANISATION_NOUN.test(head) && !DOCUMENT_NOUN.test(head)) || /^(?:board|committee|council|union|caucus|delegation|cabinet)$/.test(head)) return null;
  const initials: string[] = description.match(/\b\p{Lu}{2,}\b/gu) ?? [];
  const bodies = ctx.actors.filter((a) => a.type === "organisation" && a.name.includes(" ") && a.aliases.some((alias) => initials.includes(alias)));
  return bodies.length === 1 ? bodies[0]! : null;
}

/**
 * "The regional head of civil defence said …. “…,” he told RPP.¶The official, Rubén Quispe Mamani, said": one person the
 * text described, whom the same or the next paragraph names for the first time, set beside "the official" or the
 * description's own noun.
 */
function nameGivenLater(speaker: Speaker, ctx: SpeakerContext, at: number): Speaker | null {
  const text = ctx.text;
  if (text === undefined || !isOnePersonDescribed(speaker)) return null;
  const paragraphEnd = (from: number) => {
    const end = text.indexOf("\n", from);
    return end < 0 ? text.length : end;
  };
  const nextParagraph = text.slice(paragraphEnd(at)).search(/\S/);
  const until = nextParagraph < 0 ? text.length : paragraphEnd(paragraphEnd(at) + nextParagraph);
  const noun = headNoun(speaker.name);
  const apposed = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|\n)The\s+(?:${noun}|official|officer),\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}),`, "gu");
  for (const m of text.slice(at, until).matchAll(apposed)) {
    const person = actorNamed(ctx.actors, m[1]!);
    if (person?.type === "person" && person.sources.every((s) => s.start > at) && !withinQuotation(ctx, at + m.index + m[0].indexOf(m[1]!))) return { name: person.name, role: speaker.name, actor: person, kind: "person" };
  }
  // ("… a trial that its managing director says will show …. “…,” said Arden managing director Gillian Shore": an office of
  // two words or more that the one person named later, and only later, holds.)
  const office = speaker.name.replace(/^(?:the|its|their|his|her)\s+/i, "");
  if (!/^\p{Ll}+(?:\s+\p{Ll}+)+$/u.test(office) || !OFFICE.test(office)) return null;
  const holdsIt = new RegExp(`(?:^|\\s)${office}$`, "i");
  const holders = ctx.actors.filter((a) => a.type === "person" && a.roles.some((r) => holdsIt.test(r)) && a.sources.every((s) => s.start > at));
  return holders.length === 1 ? { name: holders[0]!.name, role: office, actor: holders[0]!, kind: "person" } : null;
}

/** "A second statement on Thursday evening", "another statement": one more of what the writer before put out. */
const ANOTHER_STATEMENT = new RegExp(String.raw`^(?:(?:[Aa]|[Tt]he)\s+(?:second|third|further|new|later|follow-up|subsequent)|[Aa]nother)\s+(?:statement|letter|message|note|release|post|tweet)(?:\s+(?:(?:late|early)\s+)?on\s+(?:${WEEKDAYS})${PART_OF_DAY})?$`, "u");

/** Platforms on which people and bodies post what they say: "Twitter", "WeChat". */
export const SOCIAL_PLATFORM = /^(?:Twitter|X|Facebook|Instagram|WhatsApp|WeChat|Weibo|TikTok|Douyin|YouTube|Telegram|LinkedIn|Snapchat|Reddit|Threads|Bluesky|Viber|Signal|VKontakte|Truth Social)$/;

/** Nouns for one who speaks for a body, not for themselves: "a DBKL spokesman", "a senior SCR official". */
// ("the ALTON chairman": so does one who heads it, unnamed.)
const SPEAKS_FOR_A_BODY = /\b(?:spokes(?:man|woman|person|people)|officials?|representatives?|chair(?:man|woman|person)?|president|director-general|secretary-general|chief executive)$/;

/**
 * "A DBKL spokesman", "a spokesman for the SDF": one who speaks for a body the article names speaks as that body, so the
 * quotation goes with the body's actor, while the description stays the speaker's name.
 */
function withBodyItSpeaksFor(speaker: Speaker, ctx: SpeakerContext): Speaker {
  if (speaker.actor) return speaker;
  // ("A Department of Foreign Affairs and Trade spokesperson": not a preposition inside the body's name.)
  const head = NOUN_AFTER_A_NAME.exec(speaker.name)?.[1] ?? speaker.name.replace(/\s+(?:for|of|at|from|with)\s.*$/, "");
  if (!SPEAKS_FOR_A_BODY.test(head)) return speaker;
  // ("an official at the IMD’s regional centre": the body's name without its possessive.)
  // ("a spokesperson for the Foreign, Commonwealth and Development Office": a remit listed with commas is one name.)
  const remits = listedRemits(speaker.name);
  const runs = [...speaker.name.matchAll(CAPITALISED_RUN)].filter((m) => !remits.some((r) => m.index < r.end && m.index + m[0].length > r.start)).map((m) => m[0]);
  const bodies = [...remits.map((r) => speaker.name.slice(r.start, r.end)), ...runs].map((name) => actorNamed(ctx.actors, name.replace(/^The\s+/, "").replace(/['’]s?$/, ""))).filter((a) => a?.type === "organisation");
  return bodies.length === 1 ? { ...speaker, actor: bodies[0]! } : speaker;
}

/**
 * "A senior official at the department" after "the Department of the Environment": the body a description places
 * someone at, by the name the article gave it.
 */
function withBodyNamed(speaker: Speaker, ctx: SpeakerContext, at: number): Speaker {
  // "The NSW Department of Primary Industries said it had processed 1,900 applications.¶“…,” a spokeswoman said": a
  // spokesman for no body named speaks for the body that spoke last, in this paragraph or the one before.
  // ("“…,” a company spokeswoman said", after "In a statement, Clarion said": the same with a noun for the kind of body.)
  const spokesForAKind = /^(?:(company|firm|group|bank|airline|hospital|union|council|club|university|agency|ministry|department|commission|committee|authority|regulator|board|bureau|league|association|federation|institute|foundation|embassy)\s+)?spokes(?:man|woman|person)$/.exec(speaker.name);
  if (spokesForAKind && ctx.text !== undefined) {
    const from = paragraphBefore(ctx.text, at);
    const paragraphStart = ctx.text.lastIndexOf("\n", at) + 1;
    // ("The Scottish Government says …. A spokeswoman said: “…”": the spokeswoman's own verb, before her words, is none.)
    const last = ctx.sayers.findLast((s) => s.at <= at && !(s.speaker.kind === "description" && (s.speaker.name === speaker.name || s.speaker.name.startsWith(`${speaker.name} for `)) && s.at >= paragraphStart));
    // ("… the Plumbing Union said ….¶Bluegum disputed that characterisation. “…,” a company spokeswoman said": a company's
    // spokeswoman speaks for no union.)
    const ofTheKind = (name: string) => !/^company\s/.test(speaker.name) || !NOT_A_COMPANY.test(name);
    const body = last && last.at >= from && last.speaker.kind === "organisation" && !isKnownPlace(last.speaker.name) && ofTheKind(last.speaker.name) ? last.speaker : null;
    // ("The Treasury declined to comment on speculation. A spokesman said only that …": or the body the paragraph's sentence
    // before was about, with no one else named since; first, where the body that spoke did so in the paragraph before.)
    // ("Bellona criticised … a “slow and uncoordinated” response …. The Coastal Administration rejected the claim. “…,” a
    // spokeswoman said": or a body that opens a sentence since the one that spoke in this paragraph.)
    const opening = !body || last!.at < paragraphStart ? bodyOpeningASentence(ctx, paragraphStart, at) : bodyOpeningASentence(ctx, last!.at + 1, at);
    const subject = opening && ofTheKind(opening.name) ? opening : null;
    // ("The commission welcomed the decision. “…,” a commission spokesperson said": else the body of that kind last named.)
    const kind = spokesForAKind[1];
    const ofThatKind = !subject && !body && kind ? lastOrganisationMentioned(ctx, at, kind) : null;
    const name = subject?.name ?? body?.name ?? (ofThatKind?.name.includes(" ") ? ofThatKind.name : undefined);
    return name ? { ...speaker, name: `${speaker.name} for ${withTheBeforeABody(name)}` } : speaker;
  }
  // ("… registered to Baltic Reefer Logistics, a haulage firm. “…,” a spokeswoman for the company said": a business too.)
  // ("Euronext has said it will not compensate members. A spokeswoman for the group said": a group, as a company, may go by
  // one coined word.)
  const place = /^(.*\s(?:at|of|for|from|with|in))\s+the\s+(department|ministry|council|agency|commission|committee|authority|university|hospital|embassy|union|regulator|company|firm|group|bureau|league|association|federation|institute|board|club|foundation|society)$/.exec(speaker.name);
  if (!place) return speaker;
  const body = lastOrganisationMentioned(ctx, at, place[2]!);
  const coinedBusiness = body !== null && /^(?:company|firm|group)$/.test(place[2]!) && /^\p{Lu}\p{Ll}{3,}$/u.test(body.name) && !isEnglishWord(body.name) && !isKnownPlace(body.name);
  if (!body || (!body.name.includes(" ") && !coinedBusiness)) return speaker;
  return { ...speaker, name: `${place[1]} ${withTheBeforeABody(body.name)}` };
}

/**
 * A body's name as a phrase writes it after "for" or "at": "the Department of the Environment", "the Lawn Tennis
 * Association", but "Transport Canada", "Kenyatta University", "Heathrow" — the article only with a noun for a body.
 */
function withTheBeforeABody(name: string): string {
  // ("the Insurance Bureau of Canada": the head before "of" counts.)
  // ("the Foreign, Commonwealth and Development Office", "the Met Office": so does an office's.)
  return /^(?:Department|Ministry|Council|Agency|Commission|Committee|Authority|University|Embassy|Union|Office)\b/.test(name) || OTHER_BODY_HEAD.test(name.replace(/\s+(?:of|for)\s.*$/, "")) || /\sOffice$/.test(name) ? `the ${name}` : name;
}

/** A name, then a role a named body owns set beside it: "Anna Lindqvist, MSF's emergency coordinator in Nampula" → [, name, role]. */
function ownedRoleApposed(words: string): [string, string, string] | null {
  const owned = /^([^,]+),\s+((?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s?\s+((?:[\p{Ll}-]+\s+){0,3}?)([\p{Ll}-]+)(?:\s+(?:in|at|for|of|on)\s[^,]+)?)$/u.exec(words);
  if (!owned) return null;
  const head = owned[4]!;
  return isRoleNoun(head) || isPersonNoun(head) || AGENT_NOUN.test(head) ? [owned[0], owned[1]!, owned[2]!] : null;
}

/** An office over a field written in lower case, right before its holder's name: "head of equities ", "director of research ". */
const OFFICE_OF_A_FIELD = /\b(?:head|director|chief|manager|professor|lecturer|president|vice[- ]president)\s+of\s+(?!(?:the|a|an)\s)(?:\p{Ll}+\s+){1,3}$/iu;

function speakerOfPhrase(phrase: string, role: string | null, ctx: SpeakerContext, at: number): Speaker | null {
  // "The statement from the ministry read": a document speaks for whoever issued it.
  const words = phrase
    .trim()
    .replace(/[.,;:]+$/, "")
    // "SYDNEY, Aug 19 AAP - A serving detective sergeant": what a dateline leaves before its dash is no part of the subject.
    .replace(/^[^\p{Ll}“”"]*\s[—–-]{1,2}\s+(?=\S)/u, "")
    // ("Aug 17 - Sudan's irrigation ministry": so is a dateline's month and day.)
    .replace(/^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?\s+[—–-]{1,2}\s+(?=\S)/u, "")
    // "As one official put it:": the conjunction that opens the clause is no part of who speaks.
    .replace(/^As\s+(?=(?:a|an|one|the|his|her|their|its)\s)/, "")
    // ("But a local councillor, who asked not to be named, told AFP": nor does one that joins it to the sentence before.)
    .replace(/^(?:But|And|Yet|So)\s+(?=(?:a|an|one|another|the)\s+\p{Ll})/u, "")
    // ("32 rectors of public universities", "Thirty-two rectors": how many of them there are is no part of what they are.)
    .replace(/^(?:(?:about|some|more than|at least|nearly|almost|over)\s+)?(?:\d[\d,]*|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:-\p{Ll}+)?|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Dd]ozens\s+of|[Hh]undreds\s+of)\s+(?=\p{Ll}{3,}s\b)/u, "")
    // "The Nigeria Labour Congress (NLC) in Benue": where a body's branch is, is not who speaks.
    // ("The Federal Institute for Snow and Avalanche Research (SLF) in Davos": with the small words of a body's name.)
    // (Not a body whose own name runs on with "in": "The Board of Control for Cricket in India (BCCI)".)
    .replace(/^((?:[Tt]he\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*\p{Lu}[\p{L}.'’&-]*)*(?:\s+\([\p{Lu}\d&.-]+\))?)\s+(?:in|at)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u, (whole: string, body: string) =>
      // ("The Kampala-based Coalition for Biosafety in Africa": where it is based is no part of its name.)
      ORGANISATION_WORDS.test(body) && !actorNamed(ctx.actors, whole.replace(/^the\s+/i, "").replace(/^\p{Lu}[\p{L}.'’-]*-(?:based|headquartered)\s+/u, "").replace(/\s+\([^()]*\)/, "")) ? body : whole,
    )
    // ("In its consultation paper the regulator said": the channel, written with no comma before the subject, is no part of it.)
    .replace(/^(?:In|Through)\s+(?:its|his|her|their|a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:paper|statement|report|letter|submission|filing|ruling|judgment|judgement|decision|response|reply|post|tweet|e-?mail|interview|speech|release|writ|petition|lawsuit|suit|complaint|affidavit|motion|appeal|application)\s+(?=(?:the|a|an)\s)/iu, "")
    // ("The Helsinki-based company said": where a body is based tells which it is, as "the company" does.)
    .replace(/^([Tt]he)\s+\p{Lu}[\p{L}.'’-]*-(?:based|headquartered)\s+(?=\p{Ll}+$)/u, "$1 ")
    // ("a group of UN special rapporteurs": the people the group is of speak.)
    .replace(/^(?:[Aa]|[Tt]he)\s+group\s+of\s+(?=(?:\p{Lu}[\p{L}.]*\s+)*(?:\p{Ll}+\s+){0,2}\p{Ll}+s$)/u, "a ")
    // "Helen Tarrant, 34, a local solicitor": the age set off by commas belongs with the name.
    .replace(/^([^,]+),\s+\d{1,3}(?=,\s|$)/, "$1")
    // ("Justice Helen Marchetti found …. Her Honour described the conduct as": a judge's form of address is the judge's
    // pronoun.)
    // ("“…,” her Honour wrote": after the quotation, in lower case.)
    .replace(/^([Hh]er|[Hh]is)\s+Honou?r$/, (_whole: string, owner: string) => (owner.toLowerCase() === "her" ? "she" : "he"))
    .replace(PASSED_ON, "")
    // "Feist's memo projected": a document someone wrote speaks for them.
    .replace(OWNED_DOCUMENT, "$1")
    // ("His resignation letter, which was made public yesterday, said": so does one whose writer a possessive pronoun names.)
    .replace(DOCUMENT_OF_A_PRONOUN, (_whole: string, owner: string) => ({ his: "he", her: "she", their: "they", its: "it" })[owner.toLowerCase() as "his" | "her" | "their" | "its"])
    // ("the joint statement said", "the written statement said": what kind of statement it is says nothing of who made it.)
    .replace(/^([Tt]he)\s+(?:joint|written|official|brief|short|terse|same)\s+(statement|communiqu[eé])$/u, "$1 $2")
    // "the WHO statement said": the statement of the body named before it.
    .replace(/^the\s+((?:\p{Lu}[\p{L}.'’&-]*\s+){0,4}\p{Lu}[\p{L}.'’&-]*)\s+(?:statement|release|letter|communiqu[eé])$/u, "$1")
    // ("A letter sent by the market's vendors to the borough in August, a copy of which was seen by CNS, warned": who got a copy
    // and whom it went to are no part of who wrote it.)
    .replace(/,\s+(?:a\s+)?cop(?:y|ies)\s+of\s+which\s+[^,]*$/, "")
    .replace(DOCUMENT_TO_WHOM, "$1")
    .replace(DOCUMENT_OF, "")
    // "U.S. forces in Afghanistan": the place is where the named speakers are, not who speaks. A name in the
    // description ("Ron Rotunda, a law professor at …") or at the end ("… officer at Fort Pitt Charlie Smith") is the speaker;
    // a description with no name of its own keeps the place ("a senior military source in Bangui", below).
    .replace(/^(.*\b(\p{Ll}+))\s+(?:in|at|near|outside|inside|across)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’ -]*)$/u, (whole, head: string, noun: string, place: string) =>
      ROLE_WORDS.test(noun) && /\p{Lu}/u.test(head.replace(DETERMINER, "")) && !namesAPerson(head) && !looksLikePersonalName(place.split(/\s+/).slice(-2).join(" ")) ? head : whole,
    );
  if (!words) return null;
  // ("Administrators running Telford Rovers say", "Lawyers representing Maria Lopez said": people whom a participle tells what
  // they do to a name are those people, not the name.)
  const actingOn = /^(?:[Tt]he\s+)?(\p{L}{3,}s)\s+\p{Ll}{3,}ing\s+\S/u.exec(words)?.[1]?.toLowerCase();
  if (actingOn && (ROLE_WORDS.exec(actingOn)?.[0] === actingOn || AGENT_NOUN.test(actingOn.slice(0, -1)))) return { name: words, role, actor: null, kind: "description" };
  // ("An independent inquiry into one of the worst scandals in the history of the Welsh NHS": what an inquiry is into never
  // speaks; the inquiry does.)
  const inquiryInto = INQUIRY_INTO.exec(words);
  if (inquiryInto) return speakerOfPhrase(`the ${inquiryInto[1]}`, role, ctx, at);
  // ("a three-member panel chaired by Wanjiku Mbugua-Otieno": a body that someone chairs speaks as a body, not its chair.)
  const chaired = /^((?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}\d-]+\s+){0,3}(?:panel|committee|commission|board|inquiry|tribunal|bench|jury|review|task\s?force))\s+(?:chaired|headed|presided\s+over)\s+by\s+\S/u.exec(words);
  if (chaired) return speakerOfPhrase(chaired[1]!, role, ctx, at);
  // ("The federation said the two referees had been suspended …. Through their lawyer, the pair said": a pair is the two people
  // the text last counted as two.)
  if (/^the\s+(?:pair|duo|two)$/i.test(words) && ctx.text !== undefined) {
    const counted = [...ctx.text.slice(0, at).matchAll(COUNTED_AS_TWO)].map((m) => m[1]!).filter((noun) => isRoleNoun(noun.slice(0, -1)) || AGENT_NOUN.test(noun.slice(0, -1)) || PERSON_NOUN.test(noun.slice(0, -1))).pop();
    return counted ? { name: counted, role, actor: null, kind: "description" } : null;
  }
  // ("a figure the inquiry described as": a noun, then the subject of a relative clause with no "that", a body in lower case.)
  const reducedBody = /^(?:an?|the)\s+[\p{Ll}-]+\s+(the\s+(\p{Ll}+))$/u.exec(words);
  if (reducedBody && (ORGANISATION_NOUN.test(reducedBody[2]!) || STUDY_OR_INQUIRY_NOUN.test(reducedBody[2]!))) return speakerOfPhrase(reducedBody[1]!, role, ctx, at);
  // ("Health Cabinet Secretary Susan Wafula …. The Cabinet Secretary was blunt:": an office in capitals opening the sentence is
  // the person the article gave that title, before any body a run of capitals might name.)
  const openingOffice = /^The\s+((?:\p{Lu}\p{Ll}+\s+){0,3}\p{Lu}\p{Ll}+)$/u.exec(words)?.[1];
  const openingHolder = openingOffice && OFFICE.test(openingOffice) && OFFICE_IN_CAPITALS.test(openingOffice) ? holderOf(ctx, at, titledAs(openingOffice)) : null;
  if (openingHolder) return openingHolder;
  // ("Minister in the Prime Minister's Department (Parliament and Law) Datuk Seri Wan Azlan Wan Ismail": an office however
  // long, then the full name of a person the article knows, is that person; not "the mother of Ana Silva".)
  // ("Plaid Cymru health spokeswoman Elin Prydderch AM": the letters of a seat after the name are no part of it.)
  const unseated = words.replace(SEAT_AFTER_A_NAME, "");
  const holder = /\s\p{Lu}/u.test(unseated) ? ctx.actors.find((a) => a.type === "person" && /\s/.test(a.name) && unseated.endsWith(` ${a.name}`)) : undefined;
  // ("Anti-Graft Watch Malaysia coordinator Shahrul Nizam Osman": or a body's name and a role noun in lower case.)
  const beforeHolder = holder ? unseated.slice(0, -holder.name.length - 1) : "";
  const roleBeforeHolder = /\b(\p{Ll}+)$/u.exec(beforeHolder)?.[1];
  const roleNounBefore = roleBeforeHolder !== undefined && !ORGANISATION_NOUN.test(roleBeforeHolder) && (ROLE_WORDS.exec(roleBeforeHolder)?.[0] === roleBeforeHolder || AGENT_NOUN.test(roleBeforeHolder) || PERSON_NOUN.test(roleBeforeHolder));
  if (holder && ((/\b(?:\p{Lu}[\p{L}.'’-]*|[Mm]inister|[Ss]ecretary|[Cc]ouncillor)$/u.test(beforeHolder) && holder.roles.length > 0) || roleNounBefore) && !/['’]s?$/.test(beforeHolder)) {
    // ("Education Minister the Hon. Sarah Whitfield MP": the courtesy before the name is no part of the role.)
    return { name: holder.name, role: role ?? beforeHolder.replace(DETERMINER, "").replace(/\s+(?:the\s+)?Hon\.?$/, ""), actor: holder, kind: "person" };
  }
  // "said the mother of two", "the father-of-three added": what someone is to a family points back to the person last named,
  // as an age does (below).
  if (KIN_BY_CHILDREN.test(words)) return personLastNamed(ctx, at);
  // "Queensland's Minister for Natural Resources and Mines": an office in capitals that a place or a body owns, its holder
  // unnamed, is the office (not the field it covers).
  const ownedOffice = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}['’]s?\s+((?:\p{Lu}\p{Ll}+\s+){0,3}(\p{Lu}\p{Ll}+)\s+(?:of|for)\s+\p{Lu}[^,;]*)$/u.exec(words);
  if (ownedOffice && OFFICE.test(ownedOffice[2]!) && !holderOf(ctx, at, titledAs(ownedOffice[2]!))) return { name: words, role, actor: null, kind: "description" };
  // ("New Zealand's Health Minister said": an office in capitals a place owns is its holder, or the office, not the place.)
  const ownedTitle = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*['’]s\s+((?:\p{Lu}\p{Ll}+\s+){0,3}(\p{Lu}\p{Ll}+))$/u.exec(words);
  if (ownedTitle && OFFICE_IN_CAPITALS.test(ownedTitle[2]!)) return holderOf(ctx, at, titledAs(ownedTitle[1]!)) ?? { name: ownedTitle[1]!, role, actor: null, kind: "description" };
  // "A diocesan statement said", "a ministerial statement": the body the adjective is of, as the article named it.
  const bodyOf = A_DOCUMENT.test(words) ? BODY_OF_ADJECTIVE[/^an? (\p{Ll}+) /iu.exec(words)?.[1] ?? ""] : undefined;
  const ownBody = bodyOf ? speakerOfPhrase(`the ${bodyOf}`, null, ctx, at) : null;
  if (ownBody?.kind === "organisation" && ownBody.actor) return ownBody;
  // ("The U.S. Embassy in Ottawa": an embassy is named by the city it sits in, as its branch is not.)
  // ("The Afghan consulate in Peshawar said": in lower case too, after the state's adjective.)
  const mission = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:Embassy|Consulate(?:-General)?|High Commission|embassy|consulate(?:-general)?|high commission)\s+(?:in|at)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)$/u.exec(phrase.trim().replace(/[.,;:]+$/, ""));
  if (mission) return { name: mission[1]!, role, actor: actorNamed(ctx.actors, mission[1]!) ?? actorNamed(ctx.actors, mission[1]!.replace(/\s+(?:in|at)\s.*$/, "")) ?? null, kind: "organisation" };
  // "South Korea's mission to the United Nations", "the EU delegation to Ukraine", "Russia's ambassador to the UN": whom a
  // body or an envoy is sent to is part of who speaks, not the speaker.
  const sentTo = SENT_TO.exec(words);
  if (sentTo) return { name: sentTo[1]!.replace(/^[Tt]he\s+/, ""), role, actor: null, kind: /^(?:mission|delegation|embassy|consulate)$/i.test(sentTo[2]!) ? "organisation" : "description" };
  // ("In a statement, Defence said": a department called by its field alone, as Australian and Irish papers write it.)
  if (/^(?:Defence|Defense|Treasury|Customs|Immigration)$/.test(words) && !actorNamed(ctx.actors, words)) return { name: words, role, actor: null, kind: "organisation" };
  // "Defence counsel Michael Hourigan SC said ….¶Counsel said": a court's word for the lawyer, no article before it, is the one
  // the article titled so ("Prosecution said": the prosecutor).
  const courtRole = /^(?:Counsel|Prosecution|Defence|Defense)$/.test(words) && !actorNamed(ctx.actors, words) ? (words === "Prosecution" ? "prosecutor" : "counsel") : null;
  if (courtRole) {
    const titled = lastActorMentioned(ctx, at, (a) => a.type === "person" && a.roles.some((r) => titleWords(r).includes(courtRole)));
    if (titled) return { name: titled.name, role: titled.roles.find((r) => titleWords(r).includes(courtRole)) ?? null, actor: titled, kind: "person" };
  }
  // "the head of the regency administration who declined to be named": described, as the text keeps them unnamed.
  const keptUnnamed = /^(the\s.+?)\s+(who\s.+)$/i.exec(words);
  if (keptUnnamed && ONLY_UNNAMED.test(keptUnnamed[2]!) && !namesAPerson(keptUnnamed[1]!)) {
    return { name: describedAs(keptUnnamed[1]!), role, actor: null, introduced: true, kind: "description" };
  }
  // "The Liberation Tigers of Tamil Eelam": a body the article named in full is that body, whatever its words look like alone.
  const body = actorNamed(ctx.actors, words.replace(DETERMINER, ""));
  // ("the Sandiganbayan said": or one word the text writes with "the", as no person's name is.)
  if (body?.type === "organisation" && (body.name.includes(" ") || /^[Tt]he\s+\p{Lu}\p{Ll}+$/u.test(words))) return { name: body.name, role, actor: body, kind: "organisation" };
  // "The Uasin Gishu District Commissioner said …. “…,” the DC said": an office by its initials, the last sayer who holds it.
  const initials = /^the\s+(\p{Lu}{2,4})$/u.exec(words)?.[1];
  // (An actor the initials alone make, "PM", is no body when a person the article names holds the office they stand for.)
  // ("The Eastern Cape MEC for Health said …. “…,” the MEC said": or an office the initials are the head word of.)
  const officeWord = initials ? new RegExp(`\\b${initials}\\s+(?:for|of)\\s`, "u") : null;
  const officeByInitials = (actor: Actor | null | undefined) => !actor || (actor.name === initials && ctx.actors.some((a) => (a.type === "person" && a.roles.some((r) => abbreviatesOffice(initials, r))) || officeWord!.test(a.name)) || ctx.sayers.some((s) => s.at <= at && officeWord!.test(s.speaker.name)));
  if (initials && officeByInitials(actorNamed(ctx.actors, initials))) {
    const holder = ctx.sayers.findLast((s) => s.at <= at && (initialsOf(s.speaker.name).endsWith(initials) || initialsOf(s.speaker.role ?? "") === initials || abbreviatesOffice(initials, s.speaker.role ?? "") || officeWord!.test(s.speaker.name)));
    if (holder) return holder.speaker;
    // ("Prime Minister Nawaz Sharif met farmers on Tuesday. “…,” the PM said": or the last person the article titled so.)
    const titled = lastActorMentioned(ctx, at, (a) => a.type === "person" && a.roles.some((r) => abbreviatesOffice(initials, r)));
    if (titled) return { name: titled.name, role: titled.roles.find((r) => abbreviatesOffice(initials, r)) ?? null, actor: titled, kind: "person" };
  }
  // "McLeish and her colleagues wrote": she who led them speaks for them.
  const led = WITH_COLLEAGUES.exec(words);
  if (led) return speakerOfPhrase(led[1]!, role, ctx, at);
  // "a Revolutionary Guards commander, identified only as Commander Sadeghpour": the name the description gives.
  const given = GIVEN_NAME_AFTER_DESCRIPTION.exec(words);
  if (given) return speakerOfPhrase(given[2]!, role ?? given[1]!.trim().replace(DETERMINER, ""), ctx, at);
  // "said Mitch McConnell, the Republican leader": a name, then the role set beside it.
  // ("said Priya Raman, senior analyst at freight consultancy Halvard Logistics": a role may go without its article.)
  // ("said Jorge Medina Ortega, a financial regulation lawyer at the firm Medina, Olvera y Asociados": a firm's name may hold a
  // comma before its next capitalised word.)
  // ("said Anna Lindqvist, MSF's emergency coordinator in Nampula": or a role a named body owns.)
  const apposed = /^([^,]+),\s+((?:the|a|an|his|her|its|their)\s[^,]+|(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+(?:at|of|for|with)\s[^,]+)$/iu.exec(words) ?? /^([^,]+),\s+((?:the|a|an|his|her|its|their)\s[^,]+(?:,\s+\p{Lu}[^,]*)+)$/u.exec(words) ?? ownedRoleApposed(words);
  // ("said Tesfay, a 24-year-old Eritrean": or one word the article makes a person's name.)
  if (apposed && isBareName(apposed[1]!.trim()) && (namesAPerson(apposed[1]!) || actorNamed(ctx.actors, apposed[1]!.trim())?.type === "person")) return resolveSpeaker(apposed[1]!.trim(), role ?? apposed[2]!.trim(), ctx, at);
  // ("said board chairwoman Linda Harrow, a Kent City Councilmember": a titled name, then what else the person is.)
  const titledFirst = apposed && /^an?\s/i.test(apposed[2]!) ? findNames(apposed[1]!.trim()) : [];
  if (apposed && titledFirst.length > 0 && (isTitledName(apposed[1]!.trim(), titledFirst) || endsInPersonalName(apposed[1]!.trim(), titledFirst))) return resolveSpeaker(apposed[1]!.trim(), role, ctx, at);
  // "said its secretary general in Seville, Manuel Rosales": the role first, where it works, then the name.
  // ("Retiree Kamariah Abdullah, 65, who came with her family, said": a role noun capitalised where the sentence opens, before
  // the name of a person the text knows.)
  const openingRole = /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+)$/u.exec(words);
  const roleOpened = openingRole && isRoleNoun(openingRole[1]!.toLowerCase()) ? actorNamed(ctx.actors, openingRole[2]!) : undefined;
  if (openingRole && roleOpened?.type === "person") return { name: roleOpened.name, role: role ?? openingRole[1]!, actor: roleOpened, kind: "person" };
  // ("said the Executive Vice Chairman of the FCCPC, Babatunde Irukera": or an office of a body.)
  const roleThenName = /^((?:the|a|an|his|her|its|their)\s[^,]+?\s(?:in|at|from|of|for)\s[^,]+),\s+([^,]+)$/iu.exec(words);
  if (roleThenName && isBareName(roleThenName[2]!.trim()) && namesAPerson(roleThenName[2]!)) return resolveSpeaker(roleThenName[2]!.trim(), role ?? roleThenName[1]!.replace(DETERMINER, "").trim(), ctx, at);
  // "said a farmer, Aurelio, who asked that his last name not be used": what the person is, then the name they give.
  const describedThenName = /^((?:the|a|an|one)\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)),\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})$/u.exec(words);
  const describesAPerson = describedThenName && (ROLE_WORDS.exec(describedThenName[2]!)?.[0] === describedThenName[2] || AGENT_NOUN.test(describedThenName[2]!) || PERSON_NOUN.test(describedThenName[2]!)) && !ORGANISATION_NOUN.test(describedThenName[2]!);
  if (describedThenName && describesAPerson && !isPlaceName(describedThenName[3]!) && !isKnownPlace(describedThenName[3]!) && actorNamed(ctx.actors, describedThenName[3]!)?.type !== "organisation") {
    const described = describedThenName[1]!.replace(DETERMINER, "");
    return { ...(resolveSpeaker(describedThenName[3]!, role ?? described, ctx, at) ?? { name: describedThenName[3]!, role: described, actor: null }), kind: "person" };
  }
  // "a statement on the official Instagram page of the singer": where a statement was posted is not who speaks.
  const posted = /^((?:an?|the)\s+(?:[\p{Ll}-]+\s+)?(?:statement|post|message|note|letter|tweet|video))\s+(?:on|in)\s+(?:the|an?|its|his|her|their)\s/iu.exec(words);
  if (posted) return resolveSpeaker(posted[1]!, role, ctx, at);
  // "one of the telescope's supporters, a Dutch astronomer who asked not to be named": the apposition says which one.
  const oneDescribed = /^one of [^,]+,\s+((?:a|an)\s[^,]+?)(?:\s+who\s.*)?$/i.exec(words);
  if (oneDescribed) return speakerOfPhrase(oneDescribed[1]!, role, ctx, at);
  // "The cousin of one of the dead men", "the mother of a boy killed in the attack": someone's kin, one person.
  const kinOf = /^(?:the|a|an)\s+(\p{Ll}+)\s+of\s+\S/iu.exec(words);
  if (kinOf && KIN.test(kinOf[1]!)) return { name: describedAs(words), role, actor: null, introduced: true, kind: "description" };
  // ("The family of a Co Clare nurse held hostage in central Mali …": a family, as one, up to what says more about whose it is.)
  if (kinOf && /^(?:family|relatives|parents)$/i.test(kinOf[1]!)) return { name: describedAs(words).replace(/\s+(?:\p{Ll}+ed|held|being|who|which|that)\s.*$/u, ""), role, actor: null, kind: "description" };
  // ("His sister, Isabelle Gagnon, says …. “…,” his sister says": someone's kin is the person the text gave that role.)
  const ownKin = /^(?:his|her|their)\s+(\p{Ll}+)$/iu.exec(words);
  const kinRole = ownKin && KIN.test(ownKin[1]!) ? new RegExp(`(?:^|\\s)${ownKin[1]}$`, "i") : null;
  const kinNamed = kinRole ? ctx.actors.filter((a) => a.type === "person" && a.roles.some((r) => kinRole.test(r))) : [];
  if (kinNamed.length === 1) return { name: kinNamed[0]!.name, role: ownKin![1]!, actor: kinNamed[0]!, kind: "person" };
  const spouse = spouseNamed(ctx, at, words);
  if (spouse) return spouse;
  // "one of the officers", "one of her neighbours": one person, described by the noun in the singular.
  // ("One of the ROV pilots on the expedition": with a kind in capitals, and what places them.)
  const oneOfThem = ONE_OF_THEM.exec(words);
  if (oneOfThem && !/ss$/.test(oneOfThem[2]!)) return { name: `${oneOfThem[1]}${singular(oneOfThem[2]!)}${oneOfThem[3] ?? ""}`, role, actor: null, introduced: true, kind: "description" };
  // "Transport Minister Marc Garneau has 90 days to respond. … his office said": the people of the person "his" points to.
  const theirPeople = /^(his|her)\s+(office|family|lawyers?|attorneys?|aides?|spokes(?:man|woman|person)|representatives?|camp|team)$/i.exec(words);
  if (theirPeople) {
    const owner = speakerOfPhrase(theirPeople[1]!.toLowerCase() === "his" ? "he" : "she", null, ctx, at);
    // (Spoken of as a body, so that a later "he" is the person, not the office.)
    if (owner?.kind === "person") return { name: `${owner.name}'s ${theirPeople[2]!.toLowerCase()}`, role, actor: null, kind: "organisation" };
  }
  if (PRONOUN_PERSON.test(words)) {
    const pronoun = /^(he|him)$/i.test(words) ? "he" : "she";
    // What the text has called a person settles it: an earlier "he"/"she", or a title or role ("Mrs", "a spokeswoman").
    const paragraphStart = ctx.text === undefined ? at : ctx.text.lastIndexOf("\n", at) + 1;
    const text = ctx.text;
    // ("She would not comment on whether she had been asked to resign by Prime Minister Ruth Callaghan, saying only that …":
    // nor one named after the pronoun that opens the sentence.)
    const sentenceStart = text === undefined ? at : paragraphStart + text.slice(paragraphStart, at).search(/(?:^|[.!?]["”’]?\s)[^.!?]*$/);
    // ("In a statement issued through his solicitor, Raymond Ho, he said": one this sentence names as his or hers is not "he"
    // or "she".)
    const hisOrHers = text === undefined ? [] : [...text.slice(sentenceStart, at).matchAll(PERSON_OF_A_PRONOUN)].filter((m) => (m[1]!.toLowerCase() === "his") === (pronoun === "he")).map((m) => actorNamed(ctx.actors, m[2]!)?.name ?? m[2]!);
    const fits = (name: string) => {
      const actor = actorNamed(ctx.actors, name);
      if (hisOrHers.includes(actor?.name ?? name)) return false;
      // (A title or a role settles it before a pronoun read near the name: "Miss Lamont, 34, is suing Mr Castellane for four
      // tweets he posted".)
      const titled = /^(?:Mr|Mrs|Ms|Miss|Madam|Mdm|Sir|Dame|Lady|Lord)\.?\s|^Ma\.\s/.test(name) ? pronounOfRoles([name]) : null;
      return (titled ?? pronounByRole(actor) ?? (actor && text !== undefined ? pronounInOwnWords(text, actor, at) : null) ?? ctx.pronouns?.get(name) ?? (actor ? null : pronounOfRoles([name])) ?? pronoun) === pronoun;
    };
    // ("Pruett sold investors on the Keystone Fund, a vehicle he described as a portfolio of “conservative” mortgages": the
    // pronoun of a relative clause on a noun set off after a clause is that clause's subject, the last person named before the
    // comma who goes on to a verb, not whoever the sentences before were about.)
    const relativeClause = text !== undefined ? RELATIVE_CLAUSE_OF_A_PRONOUN.exec(text.slice(sentenceStart, at)) : null;
    const clauseSubject = relativeClause && text !== undefined ? lastActorMentioned(ctx, sentenceStart + relativeClause.index, (a) => isPersonLike(a) && fits(a.name), (start, excerpt) => start < sentenceStart || !BEFORE_A_VERB.test(text.slice(start + excerpt.length, start + excerpt.length + 30)) || insideQuotation(text, paragraphStart, start)) : null;
    if (clauseSubject) {
      ctx.pronouns?.set(clauseSubject.name, pronoun);
      return { name: clauseSubject.name, role: clauseSubject.roles[0] ?? null, actor: clauseSubject, kind: "person" };
    }
    // "he" is whoever spoke last, unless a sentence since then opened with another person.
    // A two-word personal name counts as a person even where the tagger typed it otherwise ("Tony Woodley").
    // "A witness also said …. “I saw two men,” he said": one person described, not named, may be "he" too.
    // ("… of the National Weather Service in Fort Worth said": a place shaped like a personal name is never "he".)
    const placeSayer = (s: Speaker) => s.actor?.type === "place" || isPlaceName(s.name);
    // (Not a body with initials of its own: "the Malaysian Examinations Syndicate (LPM)".)
    const initialled = (s: Speaker) => s.actor?.aliases.some((alias) => /^\p{Lu}{2,}$/u.test(alias)) === true;
    // ("the Environment and Water Resources Minister described …. “…,” he said": an office in capitals has one holder,
    // though the text typed it as a body.)
    const anOffice = (s: Speaker) => s.kind === "organisation" && OFFICE_IN_CAPITALS.test(s.name.replace(/\s+(?:of|for)\s.*$/, ""));
    const sayer = ctx.sayers.findLast((s) => s.at <= at && !s.aside && (s.speaker.kind === "person" || (s.speaker.kind === "organisation" && looksLikePersonalName(s.speaker.name) && !placeSayer(s.speaker) && !initialled(s.speaker)) || anOffice(s.speaker) || isOnePersonDescribed(s.speaker)) && fits(s.speaker.name));
    const subject = ctx.subjects?.findLast((s) => s.at <= at && fits(s.actor.name));
    // "Among the winners was Ms. Kavita More, …. “…,” she said.": a person this paragraph named, whom a title or role
    // marks as "she", is meant rather than someone who spoke in an earlier paragraph.
    // (Not one named inside a quotation: "“If they can do it to Geoffrey …,” he said.", "'Gary's been coming in here …,' he
    // said", in single marks.)
    const opensWithThePronoun = text !== undefined && PRONOUN_AT_A_SENTENCE_START[pronoun].test(text.slice(sentenceStart, sentenceStart + 8));
    // ("Asked whether Mr Ndung'u had been pushed, he said": nor one named in the question put to the speaker.)
    const opensWithAQuestion = text !== undefined && /^\W*(?:When\s+)?[Aa]sked\b/.test(text.slice(sentenceStart, sentenceStart + 12));
    // ("Gareth Doyle … accepted that the Whitlock letter should have prompted an inspection. “…,” he said": nor one whose name
    // only says whose thing the text tells of.)
    const attributive = (start: number, excerpt: string) => text !== undefined && /\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, start - 4), start)) && /^\s+\p{Ll}/u.test(text.slice(start + excerpt.length, start + excerpt.length + 3));
    // ("Gareth Morgan falls firmly into the second camp. He farms 300 acres …. Which brings us back to Morgan. “…,” he says":
    // or whom the sentence after one they open calls so.)
    // ("Which brings us back to Coyle. He still remembers the sound.¶“I heard glass …,” he says": or in the paragraph before,
    // where that one ends with a sentence the pronoun opens and this one opens with the quotation.)
    const markedFrom = text !== undefined && /^\s*[“"]/.test(text.slice(paragraphStart, paragraphStart + 3)) && PRONOUN_AT_A_SENTENCE_START[pronoun].test(lastSentenceOf(text.slice(paragraphBefore(text, at), paragraphStart))) ? paragraphBefore(text, at) : paragraphStart;
    const marked = sayer && sayer.at < paragraphStart ? lastActorMentioned(ctx, at, (a) => isPersonLike(a) && (pronounByRole(a) ?? (text !== undefined ? (pronounOfTheNextSentence(text, a, at) ?? pronounOfItsRelativeClause(text, a, at)) : null)) === pronoun, (start, excerpt) => start < markedFrom || ((opensWithThePronoun || opensWithAQuestion) && start > sentenceStart) || (text !== undefined && insideQuotation(text, paragraphStart, start)) || withinQuotation(ctx, start) || attributive(start, excerpt)) : null;
    // ("Dr Okonjo-Haig thinks she knows roughly when. The latest coin … was struck under the emperor Valens.¶“…,” she said": one
    // the paragraph before called so in their own clause, before anyone it brought in.)
    const calledSo = !marked && text !== undefined && (sayer?.at ?? -1) < paragraphBefore(text, at) ? calledByThePronounBefore(ctx, at, pronoun) : null;
    const newcomer = !marked ? (calledSo ?? introducedBefore(ctx, at, sayer?.at ?? -1, fits) ?? namedInTheSentenceBefore(ctx, at, sayer?.at ?? -1, fits, pronoun)) : null;
    // "Keefe’s sister, who sat through the trial, wept. “…,” she said": someone described who opens a sentence since.
    const described = !marked && !newcomer ? (describedOpeningASentence(ctx, at, sayer?.at ?? -1, pronoun) ?? describedInTheSentenceBefore(ctx, at, sayer?.at ?? -1, pronoun)) : null;
    // ("… driven out by her grandson Tyler, 19.¶Her grandson is less relaxed about it": the one the text gave that kin.)
    const kinNamed = described ? ctx.actors.find((a) => a.type === "person" && a.roles.some((r) => r.toLowerCase() === described.name.toLowerCase())) : undefined;
    if (described && kinNamed && !(subject && subject.at > described.at)) return { name: kinNamed.name, role: kinNamed.roles[0] ?? null, actor: kinNamed, kind: "person" };
    // ("… said Susan Ellery, 58. Her husband was more philosophical. “…,” he said": the spouse the text named.)
    const spouse = described && !(subject && subject.at > described.at) ? spouseNamed(ctx, described.at, described.name) : null;
    if (spouse) return spouse;
    if (described && !(subject && subject.at > described.at)) return { name: described.name, role: null, actor: null, introduced: true, kind: "description" };
    // "“I got more out of watching a six-year-old …,” she told the ABC in 1999": words from an interview years back, in a
    // profile or an obituary, are the words of the person the article is about, whoever spoke since.
    const interviewedYearsBack = ctx.text !== undefined && PAST_INTERVIEW_AFTER.test(ctx.text.slice(at, at + 90));
    const profiled = interviewedYearsBack ? profiledPerson(ctx, fits) : null;
    if (profiled) return { name: profiled.name, role: profiled.roles[0] ?? null, actor: profiled, kind: "person" };
    // "The Chief Minister rejected the charge …. “…,” he said": an office that opens a sentence since is the one who holds it.
    const office = !marked && !newcomer ? officeOpeningASentence(ctx, at, sayer?.at ?? -1, fits) : null;
    if (office && !(subject && subject.at > office.at)) return office.speaker;
    const chosen = marked ?? newcomer;
    // ("Its chairman, Helen Pryce-Owen, says ….¶“…,” she says": British papers call a woman "chairman" too; where no one
    // who spoke fits, the chairman who spoke in this paragraph or the one before is "she", before anyone merely named.)
    const paragraphBeforeStart = text === undefined ? at : paragraphBefore(text, at);
    const chairwoman = pronoun === "she" && !sayer && !chosen && text !== undefined ? ctx.sayers.findLast((s) => s.at < sentenceStart && s.at >= paragraphBeforeStart && s.speaker.kind === "person" && s.speaker.actor?.roles.some((r) => /\bchairman\b/i.test(r)) === true && ctx.pronouns?.get(s.speaker.name) !== "he" && !/^(?:Mr|Sir|Lord)\b/.test(s.speaker.actor.roles.join(" "))) : undefined;
    if (chairwoman && !(subject && subject.at > chairwoman.at)) {
      ctx.pronouns?.set(chairwoman.speaker.name, "she");
      return chairwoman.speaker;
    }
    // ("… and Jobcentre Plus will run drop-in sessions from Monday.¶Down the hill …, landlady Carol Jenkins has put …. She
    // reckons …¶“…,” she says": one brought in since the subject opened its sentence is meant, not the subject.)
    const chosenSince = chosen !== null && chosen !== undefined && subject !== undefined && chosen.sources.some((source) => source.start > subject.at && source.start < at);
    // ("Senator Amelia Reyes Tolentino asked Macaraeg whether the money had come from public funds. He said he did not know": the
    // one asked answers, in the sentence the pronoun opens right after the question.)
    const asked = opensWithThePronoun && text !== undefined ? ASKED_SOMEONE.exec(lastSentenceOf(text.slice(paragraphStart, sentenceStart)))?.[1] : undefined;
    const askedActor = asked ? actorNamed(ctx.actors, asked) : undefined;
    if (askedActor && isPersonLike(askedActor) && fits(askedActor.name)) {
      ctx.pronouns?.set(askedActor.name, pronoun);
      return { name: askedActor.name, role: askedActor.roles[0] ?? null, actor: askedActor, kind: "person" };
    }
    const resolved =
      subject && (!sayer || subject.at > sayer.at) && subject.actor.name !== sayer?.speaker.name && !chosenSince
        ? { name: subject.actor.name, role: subject.actor.roles[0] ?? null, actor: subject.actor, kind: "person" as const }
        : chosen
          ? { name: chosen.name, role: chosen.roles[0] ?? null, actor: chosen, kind: "person" as const }
          : (sayer?.speaker ?? lastPersonMentioned(ctx, at, fits));
    // ("When Suman Gurung’s mother boarded a bus …, she promised to call him": one named last as the owner of kin the pronoun
    // fits, in this paragraph, is not who the pronoun is; the kin is.)
    const kin = resolved?.actor && text !== undefined ? kinOwnedLast(text, resolved.actor, paragraphStart, at) : null;
    if (kin && pronounOfRoles([kin]) === pronoun) return { name: `${resolved!.name}’s ${kin}`, role: null, actor: null, kind: "description" };
    if (resolved) ctx.pronouns?.set(resolved.name, pronoun);
    return resolved;
  }
  if (PRONOUN_GROUP.test(words)) {
    const it = /^it$/i.test(words);
    // "Wanjiku and her colleagues reported …. “…,” they wrote": "they" are the team the last sayer led.
    const last = ctx.sayers.findLast((s) => s.at <= at);
    if (last?.team && /^they$/i.test(words)) return last.speaker;
    // "Whitaker's memo said …. It warned that …": "it" is the document just quoted, and speaks for its writer.
    // ("The 212-page report by the accountancy firm Venkatesh & Nair Associates was submitted on July 31. It says": or the
    // document the sentence before opened with, as its author wrote it.)
    const documentBefore = it && ctx.text !== undefined ? DOCUMENT_OPENING_THE_SENTENCE_BEFORE.exec(ctx.text.slice(Math.max(0, ctx.text.lastIndexOf("\n", at) + 1, at - 400), at)) : null;
    const documentsAuthor = documentBefore ? speakerOfPhrase(`the ${documentBefore[1]!.toLowerCase()}`, null, ctx, at) : null;
    if (documentsAuthor && (documentsAuthor.actor || documentsAuthor.throughDocument)) return documentsAuthor;
    const document = it ? ctx.sayers.findLast((s) => s.at <= at && s.document) : undefined;
    // ("The report, written by Dr Fiona Maddox, said ….¶“…,” it said": or in a quotation opening the next paragraph.)
    const stillTheDocument = document && ctx.text !== undefined && inParagraphOrQuotationOpeningTheNext(ctx.text, document.at, at) && ctx.sayers.every((s) => s.at <= document.at || s.at > at || s.speaker.name === document.speaker.name);
    if (document && stillTheDocument) return document.speaker;
    // ("In a statement, Coralnet said …. “…,” it said": a one-word name nothing made a person's, that spoke just before, is
    // the body "it" means.)
    const justBefore = it ? ctx.sayers.findLast((s) => s.at <= at) : undefined;
    // ("Wisma Putra said in a statement yesterday that it had been providing consular assistance": or one that called itself
    // "it" as it spoke.)
    const calledItself = (s: { at: number }) => ctx.text !== undefined && /^[^.!?“”"]{0,80}?\b(?:said|says|added|announced|confirmed)\b[^.!?“”"]{0,60}?\b(?:that\s+)?it\s+(?:had|has|was|is|would|will|could|did|does)\b/.test(ctx.text.slice(s.at, s.at + 200));
    // ("Wisma Putra said in a statement yesterday that …. “…,” it said": or one that spoke through a statement, as bodies do.)
    const inAStatement = (s: { at: number }) => ctx.text !== undefined && /^[^.!?“”"]{0,60}?\b(?:said|says|added)\s+(?:in|through)\s+an?\s+(?:[\p{Ll}-]+\s+)?statement\b/u.test(ctx.text.slice(s.at, s.at + 120));
    const oneWordBody = justBefore && justBefore.speaker.kind === "person" && (/^\p{Lu}[\p{L}-]+$/u.test(justBefore.speaker.name) || calledItself(justBefore) || inAStatement(justBefore)) && justBefore.speaker.actor !== null && justBefore.speaker.actor.roles.length === 0 && !isKnownPlace(justBefore.speaker.name) ? { ...justBefore.speaker, kind: "organisation" as const } : null;
    // ("Stewards rejected that explanation. In their written reasons, they said": people the sentence before opened with, since
    // anyone spoke.)
    const people = /^they$/i.test(words) ? peopleOpeningTheSentenceBefore(ctx, at) : null;
    if (people && !(last && last.at >= people.at)) return people.speaker;
    // ("Oduya and her colleagues were careful not to oversell the result. The compound “…”, they wrote": a team its leader's
    // name opens, in this sentence or the one before, with no one speaking since.)
    const team = /^they$/i.test(words) ? teamOpeningTheSentence(ctx, at) : null;
    if (team && !(last && last.at >= team.at && last.speaker.name !== team.speaker.name)) return team.speaker;
    return openingOrganisation(ctx, at, it) ?? oneWordBody ?? (it ? officeOpeningTheParagraph(ctx, at) : null) ?? (it ? bodyOpeningItsSentence(ctx, at) : null) ?? lastSayer(ctx, at, (s) => s.kind !== "person" && !(it && s.introduced === true && isOnePersonDescribed(s)));
  }
  // "…, her publishers 4th Estate Books announced on Friday. “…,” a statement said": the statement of whoever just announced.
  if (A_DOCUMENT.test(words)) {
    const sayer = ctx.sayers.findLast((s) => s.at <= at);
    if (sayer && sayer.speaker.kind !== "description" && ctx.text && !ctx.text.slice(sayer.at, at).includes("\n")) return sayer.speaker;
  }
  // "the union said", "the district said": the organisation whose name holds the noun, or that the article set the noun beside.
  // "the league body said": the noun before "body" is the kind.
  // ("The seven judges also rejected claims …, saying": the judges who sit together are the court, as "the bench" is.)
  // ("In its 93-page judgment, the three-judge panel said", "a three-member CAS panel …. the panel said": so is a panel the
  // text told of as judges' or a court's.)
  const judgesSitting = /^the\s+(?:[\p{Ll}-]+\s+)?(?:judges|justices)$/iu.test(words) || /^the\s+[\p{Ll}\d]+-(?:judge|justice|member)\s+panel$/iu.test(words) || (/^the\s+panel$/i.test(words) && ctx.text !== undefined && COURT_PANEL.test(ctx.text.slice(0, at))) ? "bench" : undefined;
  // ("the governing body said": a word for what a body does is no kind of body; the description stands, unless a body just
  // spoke: "The UCI said in a statement …. “…,” the governing body said".)
  if (/^the\s+(?:(?:world|sport['’]s|national|international)\s+)?(?:governing|ruling|regulatory|umbrella|parent)\s+(?:body|organi[sz]ation)$/i.test(words)) {
    const from = ctx.text === undefined ? at : paragraphBefore(ctx.text, at);
    const spoke = ctx.sayers.findLast((s) => s.at <= at);
    if (spoke && spoke.at >= from && spoke.speaker.kind === "organisation" && spoke.speaker.actor && !isKnownPlace(spoke.speaker.name)) return spoke.speaker;
    // ("The Welsh Rugby Union approved the merger on 22 April. In a statement, the governing body said": or the body the
    // paragraph last named, where no one else is named since.)
    // ("World Aquatics, which is based a few miles away in Lausanne, defended its decision.¶“…,” the governing body said": or the
    // paragraph before, where the quotation opens its own.)
    const opened = ctx.text === undefined ? null : bodyOpeningASentence(ctx, quoteOpensParagraph(ctx.text, at) ? paragraphBefore(ctx.text, at) : ctx.text.lastIndexOf("\n", at) + 1, at);
    if (opened) return { name: opened.name, role: null, actor: opened, kind: "organisation" };
    return { name: describedAs(words), role, actor: null, kind: "organisation" };
  }
  const kindNoun = judgesSitting ?? (NAMED_BY_KIND.exec(words) ?? /^the (\p{Ll}+) (?:body|organi[sz]ation)$/iu.exec(words))?.[1]?.toLowerCase();
  if (kindNoun) {
    // ("Scottish Championship club Inverness Caledonian Thistle … a defeat by League Two side Stirling Albion …. the club said":
    // a side the text called a club before one whose name only holds a word clubs take.)
    const calledSo = /^(?:club|team)$/.test(kindNoun) ? apposedOrganisation(ctx, at, kindNoun) : null;
    const named = calledSo ?? lastOrganisationMentioned(ctx, at, kindNoun) ?? apposedOrganisation(ctx, at, kindNoun);
    if (named) return { name: named.name, role: null, actor: named, kind: "organisation" };
    // ("The Sierpień 80 union … has demanded an inquiry. In a letter …, the union said": a body of the kind that spoke just
    // before, in this paragraph or the one before, under a name the text wrote with the noun.)
    const lastSpoke = ctx.text !== undefined ? ctx.sayers.findLast((s) => s.at <= at) : undefined;
    if (lastSpoke && lastSpoke.at >= paragraphBefore(ctx.text!, at) && lastSpoke.speaker.kind === "organisation" && lastSpoke.speaker.actor === null && new RegExp(`^\\p{Lu}[^\\s]*(?:\\s+\\S+)*\\s+${kindNoun}$`, "u").test(lastSpoke.speaker.name)) return lastSpoke.speaker;
    // ("The Sandiganbayan sentenced Arturo Yap …. “…,” the court said": a court goes by what it did, whatever its name says;
    // not the body a court is "of": "The Appeals Body of the Irish Racing Integrity Board ruled".)
    const text = ctx.text;
    const judged = /^(?:court|tribunal|bench)$/.test(kindNoun) && text !== undefined ? lastActorMentioned(ctx, at, (a) => a.type === "organisation" && a.sources.some((s) => s.start < at && JUDGED_AFTER.test(text.slice(s.end, s.end + 40)) && !/\bof\s+(?:the\s+)?$/.test(text.slice(Math.max(0, s.start - 8), s.start)))) : null;
    if (judged) return { name: judged.name, role: null, actor: judged, kind: "organisation" };
    // "The club said in a statement", in a story about Redmarsh: the club the article names most.
    // (A club may go by its town's name: "Redmarsh" is both.)
    // ("Spanish low-cost airline Vuelaire cancelled 340 flights …. “…,” the airline said": a business goes by a name that
    // need not say what it does; the one the article names most.)
    // ("Oceanic Star Line said it had omitted Tema ….¶“…,” the carrier said": the business that spoke just before, in this
    // paragraph or the one before, ahead of the one the article names most.)
    const spoke = TRADE_KIND.test(kindNoun) && ctx.text !== undefined ? ctx.sayers.findLast((s) => s.at <= at) : undefined;
    const businessThatSpoke = spoke && spoke.at >= paragraphBefore(ctx.text!, at) && spoke.speaker.kind === "organisation" && spoke.speaker.actor !== null && !NOT_A_COMPANY.test(spoke.speaker.name) && !isKnownPlace(spoke.speaker.name) ? spoke.speaker : null;
    if (businessThatSpoke) return businessThatSpoke;
    // ("Stoke City sacked Graham Lowther last night, less than 24 hours after a 4-0 home defeat by Bournemouth …. the club said":
    // the side the story opens on doing something, before an opponent it names more often.)
    const subject = /^(?:club|team)$/.test(kindNoun) ? (bodyOpeningTheStory(ctx, at) ?? mostNamedOrganisation(ctx, at, true)) : TRADE_KIND.test(kindNoun) ? mostNamedOrganisation(ctx, at, false, (a) => !NOT_A_COMPANY.test(a.name) && !SOCIAL_PLATFORM.test(a.name) && !isKnownPlace(a.name) && !onlyAttributive(ctx.text, a)) : null;
    if (subject) return { name: subject.name, role: null, actor: subject, kind: "organisation" };
    // "The Limassol assize court sentenced them …. “…,” the court said": the fuller description the article gave it.
    const described = bodyDescribedNearby(ctx, at, kindNoun, true);
    if (described) return { name: described, role, actor: null, kind: "organisation" };
    // ("The strike was called by the Laurentian Pilots' Association …. In a statement, the union said": a union goes by
    // "association", "federation" or "guild" as often as by "union"; the one named in this paragraph or the one before.)
    const workersBody = kindNoun === "union" && ctx.text !== undefined ? lastActorMentioned(ctx, at, (a) => a.type === "organisation" && /\b(?:Association|Federation|Guild|Brotherhood|Confederation)$/.test(a.name) && a.sources.some((s) => s.start >= paragraphBefore(ctx.text!, at) && s.start < at)) : null;
    if (workersBody) return { name: workersBody.name, role: null, actor: workersBody, kind: "organisation" };
    const unnamedKind = bodyOfAnUnnamedKind(ctx, at, kindNoun);
    // ("Calderdale council said …. “…,” the council said": by the name and the noun, where the text writes them together.)
    const withKind = unnamedKind && ctx.text?.toLowerCase().includes(`${unnamedKind.name} ${kindNoun}`.toLowerCase()) ? `${unnamedKind.name} ${kindNoun}` : unnamedKind?.name;
    if (unnamedKind && withKind) return { name: withKind, role: null, actor: unnamedKind, kind: "organisation" };
  }
  // "Bank Indonesia (BI) raised its rate …. The central bank said": a kind of body described by one more word is the one
  // body of that kind the article has named.
  const modified = kindNoun ? null : MODIFIED_KIND.exec(words);
  const describedKind = modified?.[3]?.toLowerCase();
  if (modified && describedKind) {
    const holdsNoun = nameWordsOf(describedKind);
    // ("the Thompson-Nicola Regional District said": a district that speaks is its government, though its name is a place's.)
    const bodies = ctx.actors.filter((a) => (a.type === "organisation" || (describedKind === "district" && a.type === "place")) && !/^\p{Lu}{2,}$/u.test(a.name) && a.sources.some((source) => source.start < at) && holdsNoun.test(a.name));
    // ("the National Weather Service … the weather service", beside the NSW Rural Fire Service: the one whose name holds the
    // word that says which, too.)
    // ("the Reserve Bank of India … the central bank said", beside Konkan Mercantile Bank: or whose name is shaped as a central
    // bank's.)
    const which = bodies.filter((a) => new RegExp(`\\b${modified[2]!}\\b`, "i").test(a.name) || (modified[2]!.toLowerCase() === "central" && describedKind === "bank" && CENTRAL_BANK_NAME.test(a.name)));
    // ("The central bank, Bangko Sentral ng Pilipinas, …": else the body the text set the same words beside.)
    // (Not "the provincial irrigation department" for the one Meteorological Department named: a level of government and a
    // remit say which body, and none named fits.)
    // ("The referees' association called the attack “criminal”", beside Associação Atlética Cerrado: nor the one body of the
    // kind, when whose the body is, in the possessive, is not in its name.)
    const whose = /['’]\s/u.test(words);
    // (Of two that fit, "the Reserve Bank of India" and "the US Federal Reserve", the one named in this paragraph or the one
    // before.)
    const nearest = which.length > 1 && ctx.text !== undefined ? lastActorMentioned(ctx, at, (a) => which.includes(a), (start) => start < paragraphBefore(ctx.text!, at)) : null;
    const body = nearest ?? (which.length === 1 ? which[0]! : bodies.length === 1 && modified[1] === undefined && !whose ? bodies[0]! : apposedOrganisation(ctx, at, `${modified[2]!} ${describedKind}`));
    if (body) return { name: body.name, role: null, actor: body, kind: "organisation" };
  }
  // ("Gracefield Hospitals, a private hospital group with four facilities, …. the hospital group said": a group, network or
  // chain described as the text set the same words beside a name, and only so.)
  const describedGroup = DESCRIBED_GROUP.exec(words)?.[1];
  const apposedGroup = describedGroup ? apposedOrganisation(ctx, at, describedGroup.replace(/\s+/g, "\\s+")) : null;
  if (apposedGroup) return { name: apposedGroup.name, role: null, actor: apposedGroup, kind: "organisation" };
  // "Amnesty International said in a report …. The London-based human rights group said": a body described by what it is,
  // with no name of its own, is the body that spoke just before, in this paragraph or the one before.
  if (DESCRIBED_BODY.test(words) && ctx.text !== undefined) {
    const from = paragraphBefore(ctx.text, at);
    const spoke = ctx.sayers.findLast((s) => s.at <= at);
    if (spoke && spoke.at >= from && spoke.speaker.kind === "organisation" && spoke.speaker.actor !== null && !isKnownPlace(spoke.speaker.name)) return spoke.speaker;
  }
  // "Muskerry Dairies has cut the price …¶The Cork-based co-op, which has around 2,900 suppliers, confirmed": a business
  // described by where it is based, with no name of its own, is the one named last, in this paragraph or the one before.
  if (BASED_BUSINESS.test(words) && ctx.text !== undefined) {
    const from = paragraphBefore(ctx.text, at);
    const named = lastActorMentioned(ctx, at, (a) => a.type === "organisation" && !isKnownPlace(a.name) && !NOT_A_COMPANY.test(a.name), (start) => start < from);
    if (named) return { name: named.name, role: null, actor: named, kind: "organisation" };
  }
  // "Officers from the Metropolitan Police were called …. “…,” police said": the police force the article named last.
  if (/^(?:the\s+)?police$/i.test(words)) {
    const force = lastActorMentioned(ctx, at, (a) => a.type === "organisation" && POLICE_FORCE.test(a.name) && !OFFICE.test(a.name));
    if (force) return { name: force.name, role: null, actor: force, kind: "organisation" };
  }
  // ("Richland Valley Health System …. The health system said": the last words of a body's name, in lower case, are that
  // body, named before.)
  const nameTail = /^[Tt]he (\p{Ll}+(?:\s+\p{Ll}+){1,2})$/u.exec(words)?.[1];
  if (nameTail) {
    const endsInTheTail = new RegExp(`\\s${nameTail.replace(/\s+/g, "\\s+")}$`, "iu");
    const named = lastActorMentioned(ctx, at, (a) => a.type === "organisation" && endsInTheTail.test(a.name));
    if (named) return { name: named.name, role: null, actor: named, kind: "organisation" };
  }
  // "Dynegy said in a statement that the suit was baseless. “…,” the company said.": an organisation that spoke in the
  // same paragraph, and is the last one named, is the one a noun for a body points back to.
  const bodyNoun = /^[Tt]he (\p{Ll}+(?:-\p{Ll}+)?)$/u.exec(words)?.[1];
  if (bodyNoun && (ORGANISATION_NOUN.test(bodyNoun) || BODY_HEAD.test(bodyNoun))) {
    // ("…, according to Ontario Provincial Police.¶“…,” the company said": no police force, union or ministry is a company.)
    const fitsTheNoun = (name: string) => !/^(?:company|firm)$/.test(bodyNoun) || !NOT_A_COMPANY.test(name);
    const spoke = organisationThatSpokeInParagraph(ctx, at, bodyNoun);
    if (spoke && fitsTheNoun(spoke.name)) return spoke;
    // "Transport Canada has yet to act.¶“…,” the department said": else the organisation just named, if no one spoke since.
    const named = organisationNamedInParagraph(ctx, at, bodyNoun);
    // (Not, for "the company", a name that does not say it is one when one the article named before does: "The landlord,
    // Harbourfront Residential, …¶Tenants at the Parkdale towers …¶“…,” the company said".)
    const anotherBusiness = (body: Actor) => /^(?:company|firm)$/.test(bodyNoun) && !isBusinessName(body.name) && !describedAsABusiness(ctx.text, body) && ctx.actors.some((a) => a !== body && a.type === "organisation" && isBusinessName(a.name) && a.sources.some((s) => s.start < at));
    // ("The nine-member panel, chaired by lawyer Wanjiku Kariuki, voted …, at the Kondele roundabout ….¶“…,” the panel said":
    // not a name the paragraph before gives, that lacks the noun, where the text calls a body that sits and decides by it.)
    const sittingBody = named && /^(?:panel|committee|commission|tribunal|jury)$/.test(bodyNoun) && !nameWordsOf(bodyNoun).test(named.name) ? sittingBodyToldOf(ctx, at, bodyNoun) : null;
    if (sittingBody) return sittingBody;
    // ("Agents from the Prosecutor's Office searched the offices of Constructora Pacífico Sur ….¶“…,” the office said": not a
    // body whose name lacks the noun, where another the text named before has it.)
    const holdsTheNoun = (a: Actor) => nameWordsOf(bodyNoun).test([a.name, ...a.aliases].join(" "));
    const anotherHoldsIt = (body: Actor) => !/^(?:company|firm|group|organi[sz]ation)$/.test(bodyNoun) && !holdsTheNoun(body) && ctx.actors.some((a) => a !== body && a.type === "organisation" && holdsTheNoun(a) && a.sources.some((s) => s.start < at));
    if (named && fitsTheNoun(named.name) && !anotherBusiness(named) && !anotherHoldsIt(named)) return { name: named.name, role: null, actor: named, kind: "organisation" };
    // ("According to the Ministry of Labour and Social Protection, ….¶The Labour ministry said last week ….¶“…,” the ministry
    // said": a body whose name holds the noun, that spoke just before, in this paragraph or the one before, as the text named
    // it.)
    const justSpoke = ctx.text !== undefined ? ctx.sayers.findLast((s) => s.at <= at) : undefined;
    if (justSpoke && justSpoke.at >= paragraphBefore(ctx.text!, at) && justSpoke.speaker.kind === "organisation" && justSpoke.speaker.actor !== null && nameWordsOf(bodyNoun).test(justSpoke.speaker.actor.name)) return justSpoke.speaker;
    // "The Turkish embassy in London rejected the findings. “…,” the embassy said": the fuller description nearby.
    const described = bodyDescribedNearby(ctx, at, bodyNoun);
    if (described) return { name: described, role, actor: null, kind: "organisation" };
  }
  // "the Spanish-Mexican consortium Eólica del Istmo plans …. The consortium said": a body the text called by a noun it set
  // before the name or beside it, anywhere before, when the noun is none the rules above know.
  // ("the Speaker", capitalised, is an office's title, not such a noun: "Under rules set by the Speaker, MPs …".)
  const labelNoun = /^[Tt]he (\p{Ll}{3,})$/u.exec(words)?.[1];
  if (labelNoun && !ORGANISATION_NOUN.test(labelNoun) && !BODY_HEAD.test(labelNoun) && !ROLE_WORDS.test(labelNoun) && !BACK_REFERENCE.test(words)) {
    // (For an office, only a name shaped like its holder's: not "Speaking outside Government House, the commissioner told".)
    const office = OFFICE.test(labelNoun);
    const holderShaped = (a: Actor | null | undefined) => (a && (!office || looksLikePersonalName(a.name)) ? a : null);
    const labelled = labelledSince(ctx, 0, at, labelNoun, (a) => a.type === "organisation" && holderShaped(a) !== null) ?? holderShaped(apposedOrganisation(ctx, at, labelNoun));
    if (labelled) return { name: labelled.name, role: null, actor: labelled, kind: "organisation" };
    // ("A study by the university's Faculty of Education …. “…,” the faculty wrote in its report": or the body named last
    // before whose name holds the noun as one of its words.)
    const capitalised = labelNoun.charAt(0).toUpperCase() + labelNoun.slice(1);
    // (Not a writing whose author the rules below find: "the post read" is no "Iberia Post".)
    const bearer = office || WRITING_NOUN.test(labelNoun) ? null : lastActorMentioned(ctx, at, (a) => a.type === "organisation" && a.name.split(/\s+/).includes(capitalised));
    if (bearer) return { name: bearer.name, role: null, actor: bearer, kind: "organisation" };
  }
  // "a statement from him was read …. “…,” the statement said": whose statement the paragraph before told of.
  // ("said in a post on X. … “…,” the post read": a post or a tweet in lower case, not a paper, "the Post".)
  // ("In a statement posted on its Twitter account, Bitorya said ….¶A second statement on Thursday evening blamed": or another
  // of the same writer's, when it came.)
  if ((STATEMENT_TOLD_OF.test(words) || POST_TOLD_OF.test(words) || ANOTHER_STATEMENT.test(words)) && ctx.text !== undefined) {
    const writer = ctx.sayers.findLast((s) => s.at <= at && s.wrote);
    // ("In a statement, the ministry said ….¶A report released last week by the Clean Air Coalition estimated …. The report
    // said": not who wrote a statement, where the text gave the report an author of its own.)
    const reportAuthor = /^the report$/i.test(words) && writer ? authorOfDocument(ctx, at, "report") : null;
    if (reportAuthor) return reportAuthor;
    // ("…, the company said in a press release. … “…”, the release said": who the text last told of as putting one out, in this
    // paragraph or the one before, where no quotation had been given to them since.)
    const issuer = issuerOfTheWriting(ctx.text, paragraphBefore(ctx.text, at), at, words.split(/\s+/).pop()!.toLowerCase());
    const issued = issuer && (!writer || writer.at < issuer.at) ? speakerOfPhrase(issuer.phrase, issuer.role, ctx, issuer.at) : null;
    if (issued) return issued;
    // In this paragraph or the one before.
    if (writer && (ctx.text.slice(writer.at, at).replace(/\n\s*/g, "\n").match(/\n/g)?.length ?? 0) <= 1) return writer.speaker;
  }
  // "a report by the city's Department of Housing …. “…,” the report said": the body or person the text gave as its author.
  // ("The 212-page report concludes": with how long or what kind of one it is.)
  // ("Its report, published on 9 March, found": what "its" stands for is found where the report was named.)
  const documentNoun = DOCUMENT_TOLD_OF.exec(words)?.[1]?.toLowerCase();
  const author = documentNoun ? authorOfDocument(ctx, at, documentNoun) : null;
  if (author) return author;
  // ("The board, chaired by Judge Catherine Ashby, rejected the central plank of his case.¶“…,” the judgment says": a ruling
  // no author is named for is that of the body that sits in judgment, opening the last sentence of the paragraph before.)
  const paragraphStart = ctx.text === undefined ? at : ctx.text.lastIndexOf("\n", at) + 1;
  const judging = documentNoun && RULING_NOUN.test(documentNoun) && ctx.text !== undefined ? BODY_OPENING_THE_SENTENCE_BEFORE.exec(ctx.text.slice(paragraphBefore(ctx.text, at), paragraphStart).trimEnd())?.[1] : undefined;
  const judgingBody = judging && /\s(?:board|court|tribunal|panel|committee|commission|bench|jury)$/.test(judging) ? speakerOfPhrase(judging, null, ctx, at) : null;
  if (judgingBody && judgingBody.kind !== "person") return { ...judgingBody, throughDocument: true };
  // ("On Thursday, the Oita District Court in southern Japan ordered Kyushu Green Thermal Co. to stop ….¶“…,” the judgment
  // said": or the court the paragraph before, or this one, told of as ruling.)
  const court = documentNoun && RULING_NOUN.test(documentNoun) && ctx.text !== undefined ? courtThatRuled(ctx, paragraphBefore(ctx.text, at), at) : undefined;
  if (court) return { name: court.name, role: null, actor: court, kind: "organisation", throughDocument: true };
  if (BACK_REFERENCE.test(words)) {
    // "the ministry said": the organisation that spoke last, else the last one named that fits the noun.
    const noun = words.split(/\s+/).pop()!.toLowerCase();
    // "the company", "the firm": the company the article is about, the organisation it names most,
    // rather than a news agency or a rival that spoke in between.
    // (A union, a ministry or a council is no company: "The NGA said …. In a statement, the company said".)
    if (/^(?:company|firm)$/.test(noun)) {
      // "Courier Newspapers … said it would seek an injunction.¶In a statement, the company said": a business that
      // spoke in the paragraph before, or in this one, comes first.
      const from = ctx.text === undefined ? at : paragraphBefore(ctx.text, at);
      const business = ctx.sayers.findLast((s) => s.at <= at && s.at >= from && isBusinessName(s.speaker.name));
      if (business) return { ...business.speaker, kind: "organisation" };
      // "The project, developed by PT Bahau Energi Nusantara, …. the company said": the one body the article has
      // named whose name says it is a business comes before one named more often whose name does not ("Indigenous
      // Dayak"), and before an environmental group that spoke in between.
      // ("appliance maker Electrolar": or whose description in the text says so.)
      // ("The leak was discovered at the Sajovolgyi Vegyipari plant …, the company said": the one whose plant its own sentence
      // named.)
      const sentenceStart = ctx.text === undefined ? at : paragraphStart + ctx.text.slice(paragraphStart, at).search(/(?:^|[.!?]["”’]?\s)[^.!?]*$/);
      const plantOwners = ctx.actors.filter((a) => a.type === "organisation" && !NOT_A_COMPANY.test(a.name) && !isKnownPlace(a.name) && a.sources.some((s) => s.start >= sentenceStart && s.end <= at && FACILITY_AFTER.test(ctx.text!.slice(s.end, s.end + 40))));
      if (plantOwners.length === 1) return { name: plantOwners[0]!.name, role: null, actor: plantOwners[0]!, kind: "organisation" };
      const businesses = ctx.actors.filter((a) => mayBeABody(a) && (isBusinessName(a.name) || describedAsABusiness(ctx.text, a)) && a.sources.some((s) => s.start < at));
      // ("Andean Cobre's Cerro Llacsa mine": nor is a mine or a plant the company that owns it.)
      // ("the shopworkers’ union Usdaw": nor is a body the text calls a union.)
      const subject = mostNamedOrganisation(ctx, at, false, (a) => !NOT_A_COMPANY.test(a.name) && !namesAFacility(ctx.text, a) && !calledANonBusiness(ctx.text, a));
      // ("Dallmann Driveline Systems" named four times beside "General Motors" once: the business the article names most.)
      const mentionsBefore = (a: Actor) => a.sources.filter((s) => s.start < at).length;
      // (Between businesses named as often, the one the story named first: "… outside the Dallmann Driveline Systems factory.
      // The company, a supplier whose parts go into trucks built by General Motors, said".)
      const firstNamed = (a: Actor) => Math.min(...a.sources.map((s) => s.start));
      const candidates = subject && isBusinessName(subject.name) && !businesses.includes(subject) ? [...businesses, subject] : businesses;
      const mainBusiness = [...candidates].sort((a, b) => mentionsBefore(b) - mentionsBefore(a) || firstNamed(a) - firstNamed(b))[0];
      const company = mainBusiness ?? subject;
      if (company) return { name: company.name, role: null, actor: company, kind: "organisation" };
    }
    // ("The Federal Council, which had recommended a “no” vote, said in a statement that …. “…,” the statement said": the one
    // its paragraph told of as speaking in a statement, whether or not it was quoted.)
    // ("Undersecretary Mark Anthony Salcedo, in a statement issued on Monday, insisted …¶“…,” the statement said": or the
    // paragraph before, where the quotation opens its own.)
    const statedSince = ctx.text !== undefined && quoteOpensParagraph(ctx.text, at) ? paragraphBefore(ctx.text, at) : paragraphStart;
    const stated = noun === "statement" && ctx.text !== undefined ? lastActorMentioned(ctx, at, (a) => a.type !== "place", (start, excerpt) => start < statedSince || !SAID_IN_A_STATEMENT_AFTER.test(ctx.text!.slice(start + excerpt.length, start + excerpt.length + 160))) : null;
    if (stated) return { name: stated.name, role: null, actor: stated, kind: stated.type === "person" ? "person" : "organisation" };
    // Only an organisation: "Union leaders said … but the company said" are two sayers.
    // (A country that spoke is no ministry or office of it: "the Bibliothèque nationale de France said … the ministry said".)
    const sayer = lastSayer(ctx, at, (s) => s.kind === "organisation" && (noun === "government" || !isKnownPlace(s.name)));
    const named = lastOrganisationMentioned(ctx, at, noun);
    // ("a report obtained by CBC News …. In a statement, the department said": a body whose name holds the noun, the
    // Department of Community and Government Services, comes before one that spoke but is no department.)
    const sayerFits = (speaker: Speaker) => new RegExp(`\\b${noun}s?\\b`, "i").test([speaker.name, ...(speaker.actor?.aliases ?? [])].join(" "));
    // ("The government said …" after the UN spoke: a government is a country's, or one whose name says so.)
    const aGovernment = noun !== "government" || (sayer !== null && (sayerFits(sayer) || isKnownPlace(sayer.name)));
    // ("… a claim contested by the health ministry.¶In a statement, the ministry said": the ministry the text just told of,
    // not another body that spoke before it.)
    const toldOf = !named && sayer && !sayerFits(sayer) && DEFINING_HEAD_NOUN.test(noun) && ctx.text !== undefined ? lastDescribedInLowerCase(ctx.text.slice(paragraphBefore(ctx.text, at), at), noun) : null;
    if (toldOf) return { name: toldOf, role, actor: null, kind: "organisation" };
    // ("Sudan's irrigation ministry said on Thursday …. according to the state utility Ethiopian Electric Power.¶“…,” the
    // ministry said": the body that spoke earlier and is a ministry, before one that spoke since and is none.)
    const earlierOfTheKind = !named && sayer && !sayerFits(sayer) && DEFINING_HEAD_NOUN.test(noun) ? lastSayer(ctx, at, (s) => s.kind !== "person" && sayerFits(s)) : null;
    if (earlierOfTheKind) return earlierOfTheKind;
    // ("Labour Minister Ximena Urrutia has invited both sides to a meeting at the ministry …. In a statement, the ministry said",
    // after the police spoke: the ministry of the minister the text just named, not another body.)
    const ministers = !named && sayer && !sayerFits(sayer) && noun === "ministry" && ctx.text !== undefined ? [...ctx.text.slice(paragraphBefore(ctx.text, at), at).matchAll(MINISTER_OF_A_REMIT)] : [];
    // (Not "Prime Minister", nor the rank in "Deputy Labour Minister".)
    const remit = ministers.length > 0 ? (ministers.at(-1)![1] ?? ministers.at(-1)![2])!.replace(/^(?:Deputy|Acting|Former|Junior|Assistant|State)\s+/, "") : null;
    if (remit && !/^(?:Prime|Chief|First|Senior|Cabinet|Deputy|Acting|Former|Junior|Assistant|State)$/.test(remit)) return { name: `${remit} Ministry`, role, actor: null, kind: "organisation" };
    // ("Greg Lam of the Kitsilano Neighbours Coalition …. In a written submission, the coalition said", after the city spoke:
    // the body whose name holds the noun, unless the noun is too general for a name to hold it.)
    // ("… fined by the British competition regulator. The regulator said …. In a statement, the group said": not a body the
    // text described in lower case as another kind of body.)
    const describedAsAnotherKind = sayer !== null && /\s\p{Ll}+$/u.test(sayer.name) && !sayerFits(sayer);
    // ("The regulator said …. In a statement, the group said": a group is no authority, commission or ministry.)
    const anOfficialBody = noun === "group" && sayer !== null && named !== null && named !== sayer.actor && /\s(?:Authority|Commission|Ministry|Agency|Department|Court|Council|Board|Office|Bureau|Tribunal|Regulator|Inspectorate|Service)$/.test(sayer.name);
    // ("In a statement, the co-op said: “…”¶The Dairy Suppliers Alliance was quick to respond on Twitter. “…,” the group
    // tweeted": a body that opens a sentence of the quotation's paragraph by reacting, after the last sayer spoke in another,
    // is the one; not one the sentence only describes, "Ubuntu Pay Ghana runs the switch …. the group said", its parent.)
    const spokeInParagraph = ctx.sayers.some((s) => s.at >= paragraphStart && s.at < at);
    const opener = sayer !== null && ctx.text !== undefined && !spokeInParagraph ? lastActorMentioned(ctx, at, (a) => a.type === "organisation" && a !== sayer.actor && !isKnownPlace(a.name) && a.sources.some((s) => s.start >= paragraphStart && s.start < at && /(?:^|[.!?]["”’]?\s+)(?:The\s+)?$/.test(ctx.text!.slice(paragraphStart, s.start)) && REACTED_AFTER.test(ctx.text!.slice(s.end, s.end + 160))), (start) => start < paragraphStart) : null;
    if (opener && (noun === "group" || nameWordsOf(noun).test(opener.name))) return { name: opener.name, role: null, actor: opener, kind: "organisation" };
    // ("Kestrel says in a statement …. NHTSA opened a preliminary evaluation …. “…,” the agency says": a business is no agency,
    // ministry or department of state; the public body the text named last, in this paragraph or the one before, is.)
    const aBusinessForAPublicBody = sayer !== null && PUBLIC_BODY_NOUN.test(noun) && !sayerFits(sayer) && isBusinessName(sayer.name);
    if (sayer && aGovernment && !describedAsAnotherKind && !anOfficialBody && !aBusinessForAPublicBody && (!named || /^(?:group|organi[sz]ation|government|army|military|report|statement)$/.test(noun) || sayerFits(sayer))) return sayer;
    if (named) return { name: named.name, role: null, actor: named, kind: "organisation" };
    // ("Hamilton Public Health Services issued the advisory …. In a statement, the agency said": or where no one spoke before.)
    const publicBody = (aBusinessForAPublicBody || (sayer === null && noun === "agency")) && ctx.text !== undefined ? lastActorMentioned(ctx, at, (a) => a.type === "organisation" && PUBLIC_BODY_HEAD.test(a.name), (start) => start < paragraphBefore(ctx.text!, at)) : null;
    if (publicBody) return { name: publicBody.name, role: null, actor: publicBody, kind: "organisation" };
    const described = bodyDescribedNearby(ctx, at, noun, true);
    if (described) return { name: described, role, actor: null, kind: "organisation" };
  }
  // "“…,” said one trader. Another added: “…”": another of the people just described.
  // ("Five of the six women read victim impact statements ….¶“…,” one wrote": one of the people the text last counted, in
  // this paragraph or the one before.)
  // ("Dr Farah Naz Baig …, and her 11 co-authors from Pakistan, Nepal and Switzerland, wrote that …. “…,” the authors wrote":
  // the one the text named as leading them, in this paragraph or the one before.)
  if (/^the\s+(?:authors|researchers|scientists)$/i.test(words) && ctx.text !== undefined) {
    const from = paragraphBefore(ctx.text, at);
    const led = [...ctx.text.slice(from, at).matchAll(WITH_A_TEAM)].filter((m) => !withinQuotation(ctx, from + m.index)).pop();
    const leader = led ? lastActorMentioned(ctx, from + led.index, (a) => a.type === "person", (start) => start < from) : null;
    if (leader) return { name: leader.name, role: leader.roles[0] ?? null, actor: leader, kind: "person" };
  }
  if (/^one$/i.test(words) && ctx.text !== undefined) {
    const from = paragraphBefore(ctx.text, at);
    const text = ctx.text;
    const isPeople = (noun: string) => ROLE_WORDS.exec(noun)?.[0] === noun || PERSON_NOUN.test(noun) || /(?:men|women|people)$/.test(noun);
    const noun = [...text.slice(from, at).matchAll(PEOPLE_COUNTED)].filter((m) => isPeople(m[1]!) && !withinQuotation(ctx, from + m.index)).pop()?.[1];
    return noun ? { name: `one of the ${noun}`, role: null, actor: null, kind: "description" } : null;
  }
  if (/^another$/i.test(words)) {
    const described = lastSayer(ctx, at, (s) => s.kind === "description");
    // ("a trader who sells second-hand shoes": the head noun, before what describes it; "one of the women": one of them.)
    const ofThem = /^one of (?:the )?(?:\S+\s+)*?(\S+)$/.exec(described?.name ?? "")?.[1];
    const noun = ofThem ? singular(ofThem) : described?.name.replace(/\s+(?:who|whom|whose|that|which|from|in|at|of|with|for|on|near|outside)\s.*$/u, "").split(/\s+/).pop();
    return noun ? { name: `another ${noun}`, role: null, actor: null, kind: "description" } : null;
  }
  // "the 45-year-old said": an age in place of a name points back to the person last named.
  // ("“…,” the 53-year-old producer said": with what they do after the age too.)
  // ("says the 41-year-old former pharmacist from Homs": with where they are from.)
  // ("the 47-year-old aged care worker from Blacktown in Sydney's west says": with more words for where.)
  if (/^the \d{1,3}-year-old(?:\s+[\p{Ll}-]+){0,3}(?:\s+(?:from|of|in)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:\s+(?:in|of)\s+[\p{L}'’\s-]{1,40})?)?$/iu.test(words)) return personLastNamed(ctx, at);
  // ("“…,” the Czech said", "the Kenyan added": a nationality in place of a name, as sports pages write, points back to the
  // person last named.)
  const nationality = /^[Tt]he\s+(\p{Lu}\p{Ll}+)$/u.exec(words)?.[1];
  // ("“…,” the Eldoret-born rider said": where someone was born, in place of a name, points back to the person last named.)
  if (/^the\s+\p{Lu}[\p{L}'’-]*-(?:born|bred|raised)\s+[\p{Ll}-]+$/u.test(words)) return lastPersonMentioned(ctx, at);
  // ("the Englishman said" is read below, as a person of that kind the story spoke of.)
  // ("Kjaergaard, 29, who had beaten Teo in both of their previous meetings, was gracious in defeat. “…,” the Dane told
  // reporters": the person the sentence before opened with comes first.)
  // ("Bernard Chelimo of Kenya won …. Ethiopia's Gebre Haile was third.¶“…,” the Kenyan said": first the one person the text
  // placed in that country.)
  if (nationality && isNationalityWord(nationality) && !/(?:man|woman)$/.test(nationality) && !actorNamed(ctx.actors, words.replace(DETERMINER, ""))) return personOfTheCountry(ctx, at, nationality) ?? subjectOfTheSentenceBefore(ctx, at) ?? lastPersonMentioned(ctx, at);

  // "the bank chief said", "the president of the company said": a definite description of an
  // office points back to the person who holds it. The office is the head noun, before any "of"/"for".
  const head = words.split(/\s+/).pop() ?? "";
  const office = /^(.*?)\s+(?:of|for|at)\s/i.exec(words)?.[1]?.split(/\s+/).pop() ?? head;
  // ("The town's economic development director said ….¶“…,” the director said": one described nearby comes first.)
  const officeFrom = /^the\s+\p{Ll}+$/iu.test(words) && ctx.text !== undefined ? nearbyFrom(ctx.text, at) : null;
  // ("The Minister of Science and Technology … described the array as “…”. “…,” the minister said": so is an office in capitals.)
  const describedOffice = officeFrom === null ? undefined : ctx.sayers.findLast((s) => s.at <= at && s.at >= officeFrom && isOnePersonDescribed(s.speaker) && headNoun(s.speaker.name) === office.toLowerCase());
  if (describedOffice) return describedOffice.speaker;
  // ("One current national squad member, who spoke on condition of anonymity, said ….¶“…,” the rower said": another noun
  // for the one unnamed person who spoke just before, in this paragraph or the one before.)
  // (One person, not many: "the organisers said" after "a hospital spokeswoman said".)
  const theNoun = /^the\s+(\p{Ll}+)$/u.exec(words)?.[1];
  const otherNoun = theNoun !== undefined && !/[^s]s$/.test(theNoun) ? theNoun : undefined;
  // (Not a noun that says nothing more than that they spoke for someone: "the official", "the source", read below.)
  if (otherNoun && ctx.text !== undefined && !/^(?:official|source|spokes(?:man|woman|person)|person|man|woman|individual|officer|representative)$/.test(otherNoun) && !OFFICE.test(otherNoun) && !ORGANISATION_NOUN.test(otherNoun) && (AGENT_NOUN.test(otherNoun) || PERSON_NOUN.test(otherNoun) || ROLE_WORDS.exec(otherNoun)?.[0] === otherNoun) && !holderOf(ctx, at, new RegExp(`\\b${otherNoun}\\b`, "i"))) {
    const last = ctx.sayers.findLast((s) => s.at <= at);
    if (last?.speaker.name.startsWith(`${otherNoun} (`)) return last.speaker;
    // (Named by both: "rower (current national squad member)", what the text now calls them and how it brought them in.)
    if (last && last.at >= paragraphBefore(ctx.text, at) && last.speaker.introduced && isOnePersonDescribed(last.speaker) && headNoun(last.speaker.name) !== otherNoun) return { ...last.speaker, name: `${otherNoun} (${last.speaker.name})`, introduced: false };
  }
  // ("The president of a club in Beni Suef, who asked not to be named": an office of a body the text brings in by "a" is held
  // by someone new, not by one who holds the office elsewhere.)
  if (/^[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+\s+(?:of|for|at)\s+(?:a|an)\s/u.test(words) && OFFICE.test(office)) return { name: words.replace(/^[Tt]he\s+/, ""), role, actor: null, kind: "description" };
  if (/^the\b/i.test(words) && OFFICE.test(office) && /^\p{Ll}/u.test(office)) {
    // ("the Canterbury coach said", after "Tasman coach Mark Te Huia says": the one whose role names the same side.)
    const side = /^[Tt]he\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3})\p{Ll}+$/u.exec(words)?.[1]?.trim();
    // ("The Sri Lankan skipper", after "Sri Lanka captain Ravindu Senanayake": the side named by its country's adjective.)
    const sideHolder = side ? holderOf(ctx, at, new RegExp(`\\b${sideWritten(side)}\\b.*\\b(?:${titlesOf(office)})`, "iu")) : null;
    if (sideHolder) return sideHolder;
    // ("The festival director said", after "the South Korean director Park Min-jae": a word for what the office is of must
    // be in the holder's role too.)
    const holder = holderOf(ctx, at, officeHeldAs(office));
    // ("Mothibi was close to tears …. “…,” the Titans captain said", after "Harlequins captain Petrus Hamutenya": not one whose
    // role names another side.)
    const sideOfHolder = side && holder?.role ? /(\p{Lu}[\p{L}'’-]*)\s+\p{Ll}+$/u.exec(holder.role)?.[1] : undefined;
    const anotherSide = sideOfHolder !== undefined && !side!.split(/\s+/).includes(sideOfHolder);
    if (holder && kindFits(words, holder.role) && !anotherSide) return holder;
    // ("The Lagos State Commissioner for Transportation, who visited the area, gave …. “…,” the commissioner said": or the
    // office the text named in capitals, its holder unnamed.)
    const named = words.split(/\s+/).length === 2 ? lastActorMentioned(ctx, at, (a) => a.type === "organisation" && OFFICE.test(a.name) && headNoun(a.name) === office) : null;
    if (named) return { name: named.name, role: null, actor: named, kind: "description" };
    // ("The Minister for Defence visited the base. “…,” the minister said": the office and what it covers, as written before.)
    const withRemit = words.split(/\s+/).length === 2 ? officeWithRemitBefore(ctx, at, office) : null;
    if (withRemit) return { name: withRemit, role, actor: null, kind: "description" };
    // ("“…,” the commissioner told reporters. Lucknow Police Commissioner Anjali Verma added that …": or the holder the
    // paragraph goes on to name, no one so titled before.)
    const newline = ctx.text?.indexOf("\n", at) ?? at;
    const paragraphEnd = newline < 0 ? ctx.text!.length : newline;
    const holds = officeHeldAs(office, true);
    const namedNext = ctx.actors.find((a) => a.type === "person" && a.roles.some((r) => holds.test(r)) && a.sources[0]!.start > at && a.sources[0]!.start < paragraphEnd);
    if (namedNext) return { name: namedNext.name, role: namedNext.roles.find((r) => holds.test(r)) ?? null, actor: namedNext, kind: "person" };
    // ("Cheruiyot trains under former steeplechaser Joseph Sang.¶Sang was beaming at the finish. “…,” the coach said": where no
    // one holds the office, the person who opens the sentence before, in the quotation's paragraph, holding no office of
    // another kind.)
    // ("Mothibi was close to tears …. “…,” the Titans captain said": the office of a side the text names, too.)
    const opener = words.split(/\s+/).length === 2 || anotherSide ? subjectOfTheSentenceBefore(ctx, at) : null;
    if (opener?.actor && namedInTheParagraphBefore(ctx, opener.actor, at) && opener.actor.roles.every((r) => !OFFICE.test(r.split(/\s+/).pop() ?? ""))) return opener;
  }
  // "said the Health Secretary": a capitalised office is the person the article gave that title ("Health Secretary Jeremy Hunt").
  const title = /^the\s+((?:\p{Lu}\p{Ll}+\s+){0,3}\p{Lu}\p{Ll}+)$/u.exec(words)?.[1];
  // ("“…,” the Judge observed", after "Mr. Justice S. Arunachala Mudaliar": a judge is titled Justice too.)
  if (title && OFFICE.test(title)) {
    // ("the Minister warned", after "The Minister for Finance, Mr Liam Cassidy": the office and what it covers.)
    const holder = holderOf(ctx, at, titledAs(title));
    if (holder) return holder;
    // ("The Minister for Agriculture, Food and the Marine, speaking in Tullamore, urged …. “…,” the Minister said": or the
    // office the text named in full, its holder unnamed.)
    const office = lastActorMentioned(ctx, at, (a) => a.type !== "person" && new RegExp(`^${title}(?:\\s+of\\s+State)?\\s+(?:for|of)\\s`, "u").test(a.name));
    if (office) return { name: office.name, role: null, actor: office, kind: "description" };
    const withRemit = officeWithRemitBefore(ctx, at, title);
    if (withRemit) return { name: withRemit, role, actor: null, kind: "description" };
  }
  // "The Managing Director of the PTC, in a statement, described": an office of a body, its holder unnamed, is the office.
  const officeOf = /^[Tt]he\s+((?:\p{Lu}\p{Ll}+\s+){0,3}\p{Lu}\p{Ll}+)\s+(?:of|for|at)\s+\S/u.exec(words)?.[1];
  if (officeOf && OFFICE.test(officeOf.split(/\s+/).pop()!) && !holderOf(ctx, at, new RegExp(`(?:^|\\s)${officeOf}$`, "i"))) return { name: words.replace(/^the\s+/i, ""), role, actor: null, kind: "description" };
  // "Ali's family", "Apple's lawyers": someone's people, described by the noun after the possessive.
  const belonging = /^(?:\p{Lu}[\p{L}.-]*\s)*\p{Lu}[\p{L}.-]*['’]s\s+(\p{Ll}+(?:\s\p{Ll}+)?)$/u.exec(words);
  if (belonging && !OFFICE.test(belonging[1]!)) return { name: words, role, actor: null, kind: "description" };
  // "the board's divisional office", "the ministry's press office": a part of a body the text named, by that body's name.
  const partOfBody = /^the\s+(\p{Ll}+)['’]s?\s+((?:[\p{Ll}-]+\s+){0,2}(?:office|unit|branch|division|secretariat|headquarters|wing))$/u.exec(words);
  if (partOfBody && (ORGANISATION_NOUN.test(partOfBody[1]!) || NAMED_BY_KIND.test(`the ${partOfBody[1]}`))) {
    const owner = speakerOfPhrase(`the ${partOfBody[1]}`, null, ctx, at);
    if (owner?.kind === "organisation" && owner.actor) return { name: `${partOfBody[2]} of ${owner.name}`, role, actor: null, kind: "organisation" };
  }
  // "PHE's consultant in health protection for South Yorkshire": someone's role, and what it covers.
  const ownedRole = /^(?:\p{Lu}[\p{L}.-]*\s)*\p{Lu}[\p{L}.-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)\s+(?:in|for|of|at)\s/u.exec(words);
  if (ownedRole && (ROLE_WORDS.exec(ownedRole[1]!)?.[0] === ownedRole[1] || AGENT_NOUN.test(ownedRole[1]!)) && !OFFICE.test(ownedRole[1]!)) return { name: words, role, actor: null, introduced: true, kind: "description" };
  // "A senior military source in Bangui told AFP …. “…,” the official said": a definite description points back to the one
  // person a description brought in with that head noun, or, for a noun an unnamed source goes by, to the one who spoke last.
  const earlier = /^the\s/i.test(words) ? describedEarlier(words, ctx, at) : null;
  if (earlier) return earlier;
  // ("The island's residents protested …, and their mayor said": the people's or the body's own office, where the article
  // titles one person with it.)
  const ownOffice = /^(?:their|its)\s+(\p{Ll}+)$/u.exec(words)?.[1];
  const ownHolder = ownOffice && OFFICE.test(ownOffice) ? soleHolder(ctx.actors, ownOffice, ctx.text) : null;
  if (ownHolder) return ownHolder;
  const described = roleDescription(words, ctx.actors);
  if (described) {
    // "North Korea's foreign minister" where the article titles one person "Foreign Minister": that person.
    const owned = /^the\b|^(?:\p{Lu}[\p{L}.]*\s)*\p{Lu}[\p{L}.]*['’]s?\s/u.test(words);
    const holder = owned ? soleHolder(ctx.actors, described, ctx.text) : null;
    // ("Athletics Kenya's chief executive said the federation was “ashamed” …. Speaking in Eldoret, Barnaba Kiptum Chepkwony
    // said": a body's office whose holder the next sentence opens by naming for the first time, giving them no other role.)
    const namedNext = !holder && owned && /['’]s?\s/.test(words) && OFFICE.test(described) ? namedOpeningTheNextSentence(ctx, at) : null;
    if (namedNext) return { name: namedNext.name, role: described, actor: namedNext, kind: "person" };
    return holder ?? { name: described, role, actor: null, kind: "description", ...introduces(words) };
  }
  // "a senior military source in Bangui", "a spokesperson at Equitrans": a role noun that a preposition places or attaches to a name.
  const attached = ATTACHED_ROLE.exec(words);
  // "A spokesman for Merrill Lynch", "a lawyer for Jane Roe": the role speaks, for whoever the name after it is.
  if (attached && ROLE_WORDS.exec(attached[1]!)?.[0] === attached[1] && !AUXILIARY.test(words)) {
    // ("A nurse in the cardiology department at Le Havre": the noun before the first preposition is who speaks, not the
    // department the nurse works in.)
    const speaking = /^(?:(?:the|an?|one)\s+)?(?:[\p{Ll}\d-]+\s+)*?(\p{Ll}+)\s+(?:in|at|for|from|with|of)\s/iu.exec(words)?.[1] ?? attached[1]!;
    return { name: withoutKindOfBody(describedAs(words)), role, actor: null, ...introduces(words), kind: ORGANISATION_NOUN.test(speaking) ? "organisation" : "description" };
  }
  // "a UPS driver picketing outside a depot in Chicago", "one analyst at a U.S. brokerage": someone brought in
  // by what they are; the names in what follows place them, they do not speak.
  // ("a Medecins Sans Frontieres doctor at the town's hospital", "a trader at a Buenos Aires brokerage": a body or a place
  // the article named is no person's name.)
  const newcomer = describedNewcomer(words, (name) => actorNamed(ctx.actors, name)?.type === "organisation" || actorNamed(ctx.actors, name)?.type === "place" || isPlaceName(name));
  if (newcomer) return { name: newcomer, role, actor: null, introduced: true, kind: "description" };
  // "a Kurdish spokeswoman", "a US military official": a phrase headed by a role noun describes the speaker.
  // "The seller, who asked not to be named, said": a definite description by what someone does, that points back to no
  // one, brings that person in.
  // (Not an office the article named in capitals: "National Cyber Security Coordinator … the coordinator said".)
  // ("The groom, who asked not to be named, said": so does a noun for a person by what they are to an occasion or a place.)
  const agent = /^the\s/i.test(words) && ((AGENT_NOUN.test(head) && !ROLE_WORDS.test(head)) || PERSON_NOUN.test(head)) && !ctx.actors.some((a) => a.name.toLowerCase().endsWith(` ${head}`));
  // ("A Department of Education and Science spokeswoman": a body's name counts as one word.)
  if (/^\p{Ll}/u.test(head) && (ROLE_WORDS.test(head) || agent) && words.replace(CAPITALISED_RUN, "X").split(/\s+/).length <= 6 && !AUXILIARY.test(words)) {
    const description = describedAs(words);
    return { name: description, role, actor: null, ...(agent ? { introduced: true as const } : introduces(words)), kind: ORGANISATION_NOUN.test(head) ? "organisation" : "description" };
  }
  // "Reporters asked …", "Officials said": a noun for people, capitalised because it opens the sentence, is no name.
  if (/^\p{Lu}\p{Ll}+$/u.test(words) && ROLE_WORDS.exec(words.toLowerCase())?.[0] === words.toLowerCase() && !actorNamed(ctx.actors, words)) {
    return { name: words, role, actor: null, kind: BODY_HEAD.test(words) ? "organisation" : "description" };
  }
  const names = findNames(words);
  // "A European trade group for importers": a description whose only capitals are a people's adjective names no one.
  // ("several European buyers", "European buyers": or a people's adjective after a word for how many, or before a plural.)
  if (names.length > 0 && names.every((n) => n.name.split(" ").every(isNationalityWord)) && (/^(?:an?|one|the|several|many|some|most|few|other|two|three|four|five|six|seven|eight|nine|ten|\d+)\s/i.test(words) || /^\p{Lu}\p{Ll}+\s+(?:\p{Ll}+\s+)?\p{Ll}+s$/u.test(words)) && !AUXILIARY.test(words) && words.split(/\s+/).length <= 8 && !actorNamed(ctx.actors, words.replace(DETERMINER, ""))) {
    return { name: describedAs(words), role, actor: null, kind: ORGANISATION_NOUN.test(headNoun(words.replace(DETERMINER, ""))) ? "organisation" : "description", ...introduces(words) };
  }
  // A person named in the phrase speaks ("Jack Garner of Gannet News Service", "American president
  // Obama"); otherwise the last name, the head of the phrase, does.
  // "North Korea's Foreign Ministry": the possessor is whose it is, not who speaks; a place is never a person.
  const isPerson = (n: (typeof names)[number]) =>
    !/^['’]s?\s/.test(words.slice(n.end)) &&
    (n.kind === "person" || actorNamed(ctx.actors, n.name)?.type === "person" || (n.kind === "unknown" && looksLikePersonalName(n.name) && actorNamed(ctx.actors, n.name)?.type !== "place" && !isPlaceName(n.name)));
  // "Airbus sales director John Leahy": a personal name that ends the phrase is its head, whatever stands before it.
  const last = names[names.length - 1];
  // "…, the Professor of Ophthalmology and Visual Science": a name after "of" is what the office is of, not who holds it.
  // ("Commissioner of Heritage Datin Dr Siti Hajar Abdul Ghani": unless a title of its own makes it the person's.)
  // ("Pantai Research head of equities Nur Farhana Ismail": nor after what an office is of in lower case.)
  const headName = last && last.end === words.length && last.name.includes(" ") && isPerson(last) && (!/\bof\s+(?:\S+\s+){0,5}$/.test(words.slice(0, last.start)) || OFFICE_OF_A_FIELD.test(words.slice(0, last.start)) || (last.title !== null && /^(?:Mr|Mrs|Ms|Dr|Prof|Datin|Datuk|Dato'?|Encik|Puan|Sir|Dame)\.?$/.test(last.title))) ? last : undefined;
  // ("The South African embassy in Rome", "the Florence branch of the Carabinieri": a place that only locates or qualifies
  // what the phrase names does not speak; "Rome said" does, as the state.)
  // (A body whose name only looks like a place's speaks: "Analysts at Cape Meridian Research".)
  const isPlace = (n: (typeof names)[number]) => {
    const actor = actorNamed(ctx.actors, n.name);
    return (actor ? actor.type === "place" : isKnownPlace(n.name) || isPlaceName(n.name)) && !isBusinessName(n.name);
  };
  const onlyLocates = (n: (typeof names)[number]) => isPlace(n) && (/\b(?:in|at|near|outside|from|of)\s+(?:the\s+)?$/i.test(words.slice(0, n.start)) || /^\s+\p{Ll}/u.test(words.slice(n.end)));
  // (Nor a people's adjective left over: "the Irish system offered no equivalent of New Zealand's bar".)
  const spoken = names.filter((n) => !onlyLocates(n) && !n.name.split(" ").every(isNationalityWord));
  const lastSpoken = spoken[spoken.length - 1];
  const named = headName ?? names.find(isPerson) ?? (last && onlyLocates(last) ? lastSpoken : last);
  // ("‘…’: Lagos collapse report blames officials": a place before the noun for a document is what the document is about;
  // "the Audit Wales review" is the body's own.)
  const aboutDocument = last !== undefined && !isPerson(last) && last.kind !== "organisation" && actorNamed(ctx.actors, last.name)?.type !== "organisation" && DOCUMENT_AFTER_A_NAME.test(words.slice(last.end));
  if (aboutDocument) return { name: describedAs(words), role, actor: null, kind: "description" };
  if (named) {
    // ("South African Thabo Mokoena": the person the text knows, past the country's people before the name.)
    const actor = sharerNamedLast(ctx, named.name, at) ?? actorNamed(ctx.actors, named.name) ?? clippedNameOf(ctx.actors, named.name) ?? ctx.actors.find((a) => a.type === "person" && named.name.endsWith(` ${a.name}`) && isPeopleBeforeAName(named.name.slice(0, -a.name.length - 1)));
    // The words before the name are its title unless they are the verb of an inverted attribution ("said McGowan").
    const before = named.start > 0 ? words.slice(0, named.start).replace(DETERMINER, "").trim().replace(/[,;:]+$/, "") : "";
    // "Mr Hunt said": a courtesy title is no role; the role the article gave the person stands.
    // ("said an emotional Pinzón", "a tearful Smith told reporters": words that only say how the person was are no role.)
    const moodOnly = /^(?:an?|the)\s/i.test(words) && /^[\p{Ll} -]+$/u.test(before) && !before.split(/\s+/).some((w) => ROLE_WORDS.exec(w)?.[0] === w || isRoleNoun(w) || AGENT_NOUN.test(w) || PERSON_NOUN.test(w) || isNationalityWord(w));
    const written = named.title ?? (before && !moodOnly && speechVerbs(before).length === 0 ? before : null);
    const title = written && !/^(?:Mr|Mrs|Ms|Miss|Mx)\.?$/.test(written) ? written : null;
    // Unknown names that speak are people, unless written as an acronym ("SANA said").
    // A place that speaks ("Iran said") speaks as a state: an organisation, never "he".
    // ("Opponents also read out a letter …": a plural noun for people, capitalised as it opens the sentence, describes them.)
    const peopleDescribed = !actor && named.kind === "unknown" && words.trim() === named.name && isPluralNounForPeople(named.name.toLowerCase());
    const kind = peopleDescribed ? "description" : actor?.type === "person" || (named.kind === "person" && actor?.type !== "place") ? "person" : actor?.type === "organisation" || actor?.type === "place" || named.kind === "organisation" || /^\p{Lu}{2,}$/u.test(named.name) ? "organisation" : "person";
    // A title is a person's; for an organisation only an explicit apposition is a role.
    return { name: actor?.name ?? named.name, role: kind === "person" ? (role ?? title ?? actor?.roles[0] ?? null) : role, actor: actor ?? null, kind };
  }
  const description = describedAs(words);
  // "Its trustees announced …": a plural noun for people by its ending ("trustees", "campaigners") describes them too.
  // ("rectors of public universities": the noun before what they are of.)
  const plural = headNoun(description);
  const agents = /s$/.test(plural) && AGENT_NOUN.test(plural.slice(0, -1)) && /^\p{Ll}/u.test(description);
  if ((ROLE_WORDS.test(description) || agents) && description.split(/\s+/).length <= 6 && !AUXILIARY.test(description)) {
    // "the nurse in charge of the camp": a definite description that says which one brings that person in.
    const which = /^the\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+\s+(?:in charge of|responsible for|leading|heading|running|overseeing)\s/u.test(words);
    return { name: description, role: role, actor: null, ...(which ? { introduced: true as const } : introduces(words)), kind: BODY_HEAD.test(description.split(" ").pop() ?? "") ? "organisation" : "description" };
  }
  // "the Queen said", "the Pope said": an office written as a name, held by someone the article does not name.
  if (title && names.length === 0) return { name: title, role, actor: null, kind: "description" };
  // ("An inquiry cleared the company the following year, finding that …": an inquiry or a report that no one is named for
  // speaks as itself.)
  // ("The university's investigation … concluded that there was “insufficient evidence”": one whose owner the text names
  // speaks for its owner.)
  const owned = /^(?:the\s+)?(\p{L}[\p{L}-]*)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:inquiry|review|investigation|audit|probe|inquest)$/iu.exec(words)?.[1];
  const owner = owned ? speakerOfPhrase(/^\p{Ll}/u.test(owned) ? `the ${owned}` : owned, null, ctx, at) : null;
  if (owner && owner.kind !== "description") return owner;
  // ("“…,” the paper says", "according to the complaint", "the order said": so does any document no author is found for.)
  // ("a complaint echoed by several players": not a document brought in by "a", which may only say what kind the words were.)
  const finding = /^(?:an?|the|its|their)\s+((?:[\p{Ll}\d,-]+\s+){0,2}(?:inquiry|review|investigation|audit|study|report|probe|survey|assessment|inquest))$/iu.exec(words) ?? /^(?:the|its|their)\s+((?:[\p{Ll}\d,-]+\s+){0,2}(?:paper|complaint|indictment|order|lawsuit|petition|editorial))$/iu.exec(words);
  // ("… an independent review has concluded …. The 214-page report, published on Tuesday, found": the study that spoke
  // before, by whatever word for one.)
  const sameStudy = finding && /^the\s/i.test(words) ? lastSayer(ctx, at, (s) => s.kind === "description" && STUDY_OR_INQUIRY_NOUN.test(headNoun(s.name))) : null;
  if (sameStudy) return sameStudy;
  if (finding) return { name: finding[1]!, role, actor: null, kind: "description" };
  // ("In a letter sent to parents Monday, the district said": a body of a kind the text never names is told by that kind.)
  if (kindNoun) return { name: kindNoun, role, actor: null, kind: "organisation" };
  return null;
}

/** Whether the words before an office's noun ("festival" in "the festival director") are in the role, as "festival" is not in "South Korean director". */
function kindFits(description: string, role: string | null): boolean {
  const kind = /^((?:\p{Ll}[\p{Ll}-]*\s+){1,2})\p{Ll}+$/u.exec(description.replace(/^the\s+/i, ""))?.[1]?.trim().split(/\s+/).filter((w) => !TIME_OF_AN_OFFICE.test(w)) ?? [];
  return kind.every((w) => new RegExp(`\\b${w}\\b`, "i").test(role ?? ""));
}
/**
 * A side's name as a pattern that also finds it written as the place its last word is the adjective of: "Sri Lankan" finds
 * "Sri Lanka", "Kenyan" "Kenya", "Pakistani" "Pakistan", "Canadian" "Canada".
 */
function sideWritten(side: string): string {
  const escaped = literalPattern(side);
  const adjective = /^(.*?)(\p{Lu}\p{Ll}{2,}?)(?:ian|an|n|i|ese)$/u.exec(escaped);
  return adjective ? `(?:${escaped}|${adjective[1]}${adjective[2]}\\p{L}{0,2})` : escaped;
}
/** Words that say when someone held an office, not which: "the former president", "the acting chief". */
const TIME_OF_AN_OFFICE = /^(?:former|then|late|new|outgoing|incoming|current|acting|interim|veteran|longtime|long-serving)$/;

/**
 * The person who holds an office whose titles `holds` matches: the last to speak with such a role, else,
 * if none has spoken yet, the person last named with that title ("Prime Minister Imran … the prime minister was quoted").
 */
function holderOf(ctx: SpeakerContext, at: number, holds: RegExp): Speaker | null {
  // ("Ngozi Adeyemi, director of museums at the NCMM, welcomed the decision. “…,” the director said": one who holds the
  // office and opens a sentence of this paragraph, no one heard since, ahead of another director heard before.)
  const paragraphStart = ctx.text === undefined ? at : ctx.text.lastIndexOf("\n", at) + 1;
  const opened = ctx.subjects?.findLast((s) => s.at <= at && s.at >= paragraphStart && s.actor.roles.some((r) => holds.test(r)));
  if (opened && !ctx.sayers.some((s) => s.at > opened.at && s.at < at)) return { name: opened.actor.name, role: opened.actor.roles.find((r) => holds.test(r)) ?? null, actor: opened.actor, kind: "person" };
  const spoke = ctx.sayers.findLast((s) => s.at <= at && s.speaker.kind === "person" && holds.test(s.speaker.role ?? ""));
  const titled = lastActorMentioned(ctx, at, (a) => a.type === "person" && a.roles.some((r) => holds.test(r)));
  // ("“…,” says skipper Greg Halvorsen ….¶Capt. Brian Kessler, the commander of Coast Guard Sector Key West, praised the crew's
  // preparation. “…,” the captain said": one who holds it, whom this paragraph brought in after the one who spoke so.)
  const broughtInSince = spoke !== undefined && titled !== null && titled !== spoke.speaker.actor && titled.sources.some((s) => s.start > spoke.at && s.start >= paragraphStart && s.start < at && !withinQuotation(ctx, s.start));
  if (spoke && !broughtInSince) return spoke.speaker;
  if (titled) return { name: titled.name, role: titled.roles.find((r) => holds.test(r)) ?? null, actor: titled, kind: "person" };
  // ("The Lord Mayor, Cllr Tomás Keohane, who chaired the meeting, …": a person set off by commas after the office, with
  // or without a courtesy title.)
  const text = ctx.text;
  if (text === undefined) return null;
  const apposed = lastActorMentioned(ctx, at, (a) => a.type === "person" && a.sources.some((s) => {
    const before = /\b[Tt]he\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*),\s+(?:(?:Cllr|Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+)?$/u.exec(text.slice(Math.max(0, s.start - 60), s.start));
    return before !== null && holds.test(before[1]!) && /^\s*,/.test(text.slice(s.end, s.end + 3));
  }));
  if (apposed) return { name: apposed.name, role: null, actor: apposed, kind: "person" };
  // ("the three-member tribunal, chaired by barrister Helen Ashworth QC, said …. “…,” the chairwoman said": one who chairs a
  // body holds its chair.)
  const chairs = ["chair", "chairman", "chairwoman", "chairperson"].some((title) => holds.test(title));
  const chairedBy = chairs ? lastActorMentioned(ctx, at, (a) => a.type === "person" && a.sources.some((s) => /\bchaired\s+by\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}$/u.test(text.slice(Math.max(0, s.start - 50), s.start)))) : null;
  return chairedBy ? { name: chairedBy.name, role: null, actor: chairedBy, kind: "person" } : null;
}

/** A role that ends in one of an office's titles, or in it and what it covers ("Minister for Finance" for "the Minister"). */
function titledAs(office: string): RegExp {
  // ("District Collector and District Magistrate": or the first of two offices joined by "and".)
  return new RegExp(`(?:^|\\s)(?:${titlesOf(office)})(?:\\s+(?:for|of)\\s+\\p{Lu}.*?)?(?:\\s+and\\s+\\p{Lu}.*)?$`, "iu");
}

/** The titles that hold an office: a judge may be titled "Judge", "Justice", "Recorder" or "Magistrate". */
function officeHeldAs(office: string, wholeWord = false): RegExp {
  return new RegExp(`\\b(?:${titlesOf(office)})${wholeWord ? "\\b" : ""}`, "i");
}
/**
 * The last "Minister for Defence", "Secretary of State for Health" the text wrote before `at`, for an office it goes on
 * to call "the Minister": what the office covers says which minister it is.
 */
function officeWithRemitBefore(ctx: SpeakerContext, at: number, office: string): string | null {
  if (ctx.text === undefined) return null;
  // (The title in either case, what it covers capitalised: "minister for the Environment", not "minister for two years".)
  const titles = titlesOf(office).toLowerCase().replace(/\b\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`);
  // ("Cameroon's minister of arts and culture": or fields in lower case joined by "and", which no span of time is.)
  const written = new RegExp(`\\b(?:${titles})(?:\\s+of\\s+[Ss]tate)?\\s+(?:for|of)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]*){0,3}|\\p{Ll}{3,}(?:,\\s+\\p{Ll}{3,})*\\s+(?:and|&)\\s+\\p{Ll}{3,})`, "gu");
  const found = [...ctx.text.slice(Math.max(0, at - 5000), at).matchAll(written)].pop()?.[0];
  // The office as a title, capitalised whichever way the sentence wrote it ("the minister for Health").
  return found ? found.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : null;
}

/** The words for a piece of research, any of which a later "the report" or "the study" may mean. */
const STUDY_NOUNS = "report|study|analysis|review|survey|assessment|audit|outlook|inspection|document|bulletin";
const STUDY_NOUN = new RegExp(`^(?:${STUDY_NOUNS})$`);
/** What a firm or a group that writes reports does, before its name: "consultancy firm", "the nonprofit", "research". */
const FIRM_TRADES = "nonprofit|non-profit|independent|charity|campaign|advocacy|research|lobby|consultancy|consulting|accountancy|accounting|law|audit|engineering|analytics|data|advisory|security";
/**
 * Who published or wrote a document, right after its noun: " by the city's Department", ", prepared by Melbourne consultancy "
 * (", titled “Protecting the Game” and carried out by former ICC match referee ": past its title, who did the work of it)
 * (then the firm's name).
 * (" sent to the city akimat on 8 October and signed by ": an irregular participle before "and", and who signed it.)
 */
// ("A report on the Nam Khiet resettlement published last month by the River Peoples Network": past what it is on.)
const AUTHOR_AFTER_A_DOCUMENT = new RegExp(String.raw`^(?:\s+(?!(?:seen|obtained|reviewed|viewed|leaked|quoted|cited)\s)(?:\p{Ll}+\s+){0,2}(?:by|from|of)|,?\s+(?:(?:on|into|about)\s+[^,.;“”"]{1,50}?\s+)?(?:(?:\p{Ll}+ed|sent|written|given|made)\s+[^,]{1,40}?\s+and\s+)?(?:published|released|commissioned|prepared|written|compiled|issued|produced|conducted|authored|signed|carried\s+out)\s+(?:[\p{L}\d-]+\s+){0,5}?(?:by|from))\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*\s+|\p{Ll}+\s+)?(?:${FIRM_TRADES})\s+(?:group\s+|firm\s+)?)?(?:(?:city|state|county|country|government)['’]s\s+)?`, "u");
/** Where a firm is based and what it does, before its name: "Karachi-based research firm " (then "Indus Agri Insights"). */
const TRADE_BEFORE_A_FIRM = new RegExp(String.raw`^(?:\p{Lu}[\p{L}-]*-based\s+)?(?:(?:${FIRM_TRADES})\s+)?(?:firm|group|company|consultancy|house)\s+(?=\p{Lu})`, "u");
/** The words for what a court or a regulator decides, any of which the text may use for the same one. */
const RULING_NOUNS = "ruling|judgment|judgement|decision|resolution|determination|verdict";
const RULING_NOUN = new RegExp(`^(?:${RULING_NOUNS})$`);
/** A study's word or an inquiry's: what a later "the report" may go back to. */
const STUDY_OR_INQUIRY_NOUN = new RegExp(`^(?:${STUDY_NOUNS}|inquiry|investigation|probe|inquest)$`);
/** A verb that sends a document, right before its noun: "issued a show-cause ", "served a ". */
// ("From his cell, Rudy has written a letter to the company's partners": or wrote it.)
// (Not "a written statement": "written" only after "has", "have" or "had".)
const ISSUED_BEFORE = /\b(?:issued|sent|served|published|released|lodged|filed|delivered|signed|(?<=\b(?:has|have|had)\s+)written|wrote|penned|drafted)\s+(?:(?:a|an|its|the|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
/** A noun for a document, and up to two words before it, after a name: " collapse report" (in "Lagos collapse report"). */
const DOCUMENT_AFTER_A_NAME = new RegExp(`^(?:\\s+\\p{Ll}+){0,2}\\s+(?:${STUDY_NOUNS}|inquiry|investigation|statement|ruling|judgment|filing|letter|memo)$`, "u");

/** A body that inquires, by its name's last word: "Falun Inquiry", "Hoa Loc Bridge Investigation Council". */
const INQUIRING_BODY_NAME = /\s(?:Inquiry|Review|Investigation|Inquest)$|\s(?:Commission|Committee|Board|Panel)\s+of\s+(?:Inquiry|Investigation)$|\sInvestigation\s(?:Council|Board|Committee|Panel|Commission)$/;
/** An inquiry told of in lower case: "The commission of inquiry into …", "an independent inquiry", "A government inquiry into". */
const INQUIRY_DESCRIBED = /\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?:(?:independent|government|public|judicial|official|parliamentary|national|three-member|five-member)\s+)*(commission of inquiry|inquiry|investigation|review panel)\b/;

/**
 * The inquiry whose report the article quotes where it never says who wrote it: the last one it named before `at`, else the
 * first it told of in lower case.
 */
function inquiryBehindTheReport(ctx: SpeakerContext, at: number): Speaker | null {
  const text = ctx.text;
  if (text === undefined) return null;
  const named = lastActorMentioned(ctx, at, (a) => a.type === "organisation" && INQUIRING_BODY_NAME.test(a.name));
  if (named) return { name: named.name, role: null, actor: named, kind: "organisation", throughDocument: true };
  const described = INQUIRY_DESCRIBED.exec(text.slice(0, at));
  return described ? { name: described[1]!, role: null, actor: null, kind: "organisation", throughDocument: true } : null;
}

/**
 * The body in lower case that opens a sentence, up to the verb that put out a document ("The court-appointed expert panel,
 * three engineers led by Marta Colonna, …, delivered its 240-page report"), before anyone named in what says more about it.
 * (Not where a relative pronoun is the verb's subject: "The council ended 2024 with a deficit, according to the Local
 * Government Audit Service, which published its audit report".)
 */
function bodyOpeningTheSentence(ctx: SpeakerContext, upToTheVerb: string, mention: number): Speaker | null {
  const opener = /^\s*([Tt]he\s+(?:[\p{Ll}\d-]+\s+){0,3}(\p{Ll}+))(?=,|\s+(?:has\s+|had\s+)?(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b)/u.exec(upToTheVerb);
  const relative = /\b(?:which|who|that)\s+(?:\p{Ll}+ly\s+)?$/u.test(upToTheVerb);
  const body = opener && !relative && ROLE_WORDS.exec(opener[2]!)?.[0] === opener[2] && ORGANISATION_NOUN.test(opener[2]!) ? speakerOfPhrase(opener[1]!, null, ctx, mention) : null;
  return body && body.kind !== "person" ? { ...body, throughDocument: true } : null;
}

/** The full stop of a title before a name: "Prof." in "Prof. Saman Dharmasena". */
const TITLE_FULL_STOP = new RegExp(`(?<=\\b(?:${ABBREVIATED_TITLES}))\\.`, "g");
/**
 * Where the sentence holding `at` starts, within its paragraph: past the last full stop before it that is no title's ("The
 * three-member committee headed by Prof. Saman Dharmasena … handed its report").
 */
function sentenceStartBefore(text: string, at: number): number {
  const from = Math.max(0, text.lastIndexOf("\n", at - 1) + 1, at - 1000);
  const before = text.slice(from, at).replace(TITLE_FULL_STOP, " ");
  return from + Math.max(0, before.search(/[.!?]["”’]?\s+(?=\S)[^.!?]*$/) + 1);
}

/**
 * "concluded in its final report", "found in their review": a verb that says what was found in a document of one's own (or in
 * one the sentence is the first to tell of: "a government commission said in a preliminary report").
 */
const FOUND_IN_A_DOCUMENT = /\b(?:concluded|found|said|stated|wrote|noted|recommended|warned|concludes|finds|says|states|notes|recommends|warns)\s+in\s+(?:its|their|an?)\s+(?:[\p{Ll}\d/-]+\s+){0,2}$/u;

/** An office of a body's, set off by a comma before its holder's name: "its chairman, ", "the commission's chief executive, Dr ". */
const OFFICE_SET_BESIDE_ITS_HOLDER = /^(?:(?:its|their|his|her)\s+|(?:the\s+)?[\p{L}-]+['’]s?\s+)(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?$/u;

/** People a count and a noun describe, with where or what they are of: "34 residents of Kurmangazy Street". */
const PEOPLE_COUNTED_AS_AUTHORS = /^((?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|more\s+than\s+\d[\d,]*)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+s)(?:\s+(?:of|from|in|at)\s+[^,.;:“”"\n]{1,50})?)(?=[,.;:]|\s+(?:who|which|that|on|and)\b|$)/u;

/**
 * Who wrote the document a noun names, as the text said when it last told of one: "a report by the city's Department of
 * Housing", "the Auditor-General's annual report", "In its report on the 2020/21 financial year, the Auditor-General of South
 * Africa flagged". Within the last 2,000 characters.
 */
function authorOfDocument(ctx: SpeakerContext, at: number, noun: string): Speaker | null {
  const text = ctx.text;
  if (text === undefined) return null;
  const asSpeaker = (actor: Actor): Speaker => ({ name: actor.name, role: null, actor, kind: actor.type === "person" ? "person" : "organisation", throughDocument: true });
  const from = Math.max(0, at - 2000);
  // ("An analysis published on Friday by the Climate Attribution Network …. The report said": a study's findings go by any
  // of the words for one.)
  // ("In its 86-page ruling, the commission found …. “…,” the decision states": and a ruling by any of the words for one.)
  const nouns = STUDY_NOUN.test(noun) ? STUDY_NOUNS : RULING_NOUN.test(noun) ? RULING_NOUNS : noun;
  // (Not one the quotation itself speaks of: "“The investigation indicates that …,” the report says.")
  // (But a title in quotation marks that ends with the noun is the document's own: “Ozone and UV Bulletin”.)
  const titled = (m: { at: number; length: number }) => /^\p{Lu}/u.test(text.slice(m.at, m.at + 1)) && /^[”"’']/.test(text.slice(m.at + m.length, m.at + m.length + 1));
  const mentions = [...text.slice(from, at).matchAll(new RegExp(`\\b(?:${nouns})\\b`, "gi"))].map((m) => ({ at: from + m.index, length: m[0].length })).filter((m) => !withinQuotation(ctx, m.at) || titled(m));
  const actorAt = (start: number, end: number) => ctx.actors.find((a) => a.type !== "place" && a.sources.some((s) => s.start >= start && s.start <= end));
  // A person named a few words of description or title after `at`: "former NHS England director Dr Fiona Maddox",
  // "Employment Judge Rebecca Caldwell"; ("Justice (retd) Naeem Akhtar Sheikh": a word in brackets, as a title's "retired".)
  const personDescribedAt = (at: number) => ctx.actors.find((a) => a.type === "person" && a.sources.some((s) => s.start > at && s.start <= at + 50 && /^(?:(?:[\p{L}.'’-]+|\([\p{L}.]+\))\s+){1,5}$/u.test(text.slice(at, s.start)) && !/\b(?:and|or|with|of|for|at|in)\s/.test(text.slice(at, s.start))));
  const holderApposedAt = (at: number) =>
    ctx.actors.find((a) => a.type === "person" && a.sources.some((s) => s.start > at && s.start <= at + 90 && OFFICE_SET_BESIDE_ITS_HOLDER.test(text.slice(at, s.start)) && OFFICE.test(text.slice(at, s.start))));
  for (const { at: mention, length } of mentions.reverse()) {
    const after = text.slice(mention + length, mention + length + 120);
    // "report by the city's Department", "study from Monash University", "report of the Auditor-General".
    // ("A report published three years ago by the nonprofit Empire Ballot Access Project": who published it, and a word for
    // what kind of body it is.)
    // ("The 94-page report, written by consultancy firm Harbourview Risk Partners,": the participle set off by a comma, and
    // a word for the firm's trade, perhaps after where it is: "prepared by Melbourne consultancy Harcourt Lane Advisory".)
    // ("Ouk was not permitted to address reporters. Outside the courthouse, Choung read a statement on her behalf": whose
    // behalf it was read on wrote it; by "his" or "her", the person named before the sentence, not the one who read it.)
    const behalf = /^\s+on\s+(his|her|(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)(?:['’]s?)?\s+behalf\b/u.exec(after);
    const onBehalfOf = !behalf ? null : /^(?:his|her)$/.test(behalf[1]!) ? lastPersonMentioned(ctx, sentenceStartBefore(text, mention)) : speakerOfPhrase(behalf[1]!, null, ctx, mention);
    if (onBehalfOf) return { ...onBehalfOf, throughDocument: true };
    const by = AUTHOR_AFTER_A_DOCUMENT.exec(after);
    // ("the first report of Türkiye's Savings Deposit Insurance Fund": past the place whose body it is.)
    const byAt = mention + length + (by?.[0].length ?? 0);
    const placeOwning = by ? ctx.actors.flatMap((a) => (a.type === "place" ? a.sources : [])).find((s) => s.start === byAt && /^['’]s\s+\p{Lu}/u.test(text.slice(s.end, s.end + 4))) : undefined;
    const authorAt = placeOwning ? text.indexOf(" ", placeOwning.end) + 1 : byAt;
    // ("written by former NHS England director Dr Fiona Maddox": or the person a description before the name tells of.)
    // ("signed by its chairman, Tadeusz Wróblewski", "signed by the commission's chief executive, Margaret Ellison": the holder of
    // the office set beside it, before the body whose office it is.)
    const named = by ? (holderApposedAt(authorAt) ?? actorAt(authorAt, authorAt) ?? personDescribedAt(authorAt)) : undefined;
    if (named) return asSpeaker(named);
    // ("a letter sent to the city akimat on 8 October and signed by 34 residents of Kurmangazy Street": or people the text
    // counts and describes.)
    const people = by ? PEOPLE_COUNTED_AS_AUTHORS.exec(text.slice(authorAt, authorAt + 90)) : null;
    const peopleAuthor = people && (ROLE_WORDS.exec(people[2]!)?.[0] === people[2] || PERSON_NOUN.test(people[2]!.replace(/s$/, ""))) ? speakerOfPhrase(people[1]!, null, ctx, mention) : null;
    if (peopleAuthor && !peopleAuthor.actor) return { ...peopleAuthor, throughDocument: true };
    // ("According to a statement by the country's prison service, the violence began": or a body the text describes in
    // lower case.)
    // ("a 112-page report by a court-appointed avalanche expert, which": or one the text brings in so.)
    // ("adopted the report of the select committee that investigated the capsizing": or of it.)
    // ("a preliminary report by the city's incident assessment council has found", "the report of the investigation committee
    // set up by the Sidama regional government": the clause's verb, or a participle of how the body came to be, after it.)
    const described = /^\s+(?:by|from|of)\s+((?:the|its|their|an?)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{Ll}-]+)(?=[,.;]|\s+(?:on|in|that|said|has|have|had|found|concluded|set\s+up|appointed|established|formed|created|commissioned)\b)/u.exec(after);
    const describedBody = described && !findNames(described[1]!).length ? speakerOfPhrase(described[1]!, null, ctx, mention) : null;
    if (describedBody && !describedBody.actor && ROLE_WORDS.test(described![1]!)) return describedBody;
    // ("The Directorate General of Civil Aviation (DGCA) on Wednesday issued a show-cause notice to Sarathi Airways": or the one
    // whose verb sent it, named earlier in its sentence.)
    const sent = ISSUED_BEFORE.exec(text.slice(Math.max(0, mention - 40), mention));
    if (sent) {
      const verbAt = mention - sent[0].length;
      const sentenceStart = sentenceStartBefore(text, verbAt);
      // ("The government commission led by Deputy Prime Minister Yerlan Mukhametov published its final report": a body in lower
      // case that opens the sentence, first.)
      const openingBody = bodyOpeningTheSentence(ctx, text.slice(sentenceStart, verbAt), mention);
      if (openingBody) return openingBody;
      const sender = lastActorMentioned(ctx, verbAt, (a) => a.type !== "place", (start) => start < sentenceStart);
      if (sender) return asSpeaker(sender);
      // ("Last month, relatives of seven of the victims signed an open letter to the president": or the people the sentence's
      // subject describes.)
      // ("Two weeks ago, 46 professional surfers … signed an open letter": past when the sentence opens.)
      const subject = subjectBefore(text.slice(sentenceStart, verbAt))?.phrase.replace(/^(?:\S+\s+){0,2}(?:ago|last\s+\p{L}+|yesterday|today)\b,?\s+/iu, "");
      const described = subject && !/\p{Lu}/u.test(subject.slice(1)) ? speakerOfPhrase(subject, null, ctx, mention) : null;
      if (described?.kind === "description") return { ...described, throughDocument: true };
    }
    // ("Transparency International Bangladesh (TIB) struck a gloomy note in a report released last week": or the body that opens
    // the sentence whose words went out in it.)
    if (/\b[Ii]n\s+(?:a|an|its|their)\s+(?:[\p{L}\d-]+\s+){0,2}$/u.test(text.slice(Math.max(0, mention - 40), mention))) {
      const start = sentenceStartBefore(text, mention);
      // (Not one whose person spoke: "Kedai's co-founder and chief executive Adrian Teo Kah Seng said in an e-mail".)
      const opener = ctx.actors.find((a) => a.type === "organisation" && a.sources.some((s) => s.start === start && !/^['’]/.test(text.slice(s.end, s.end + 1))));
      if (opener) return asSpeaker(opener);
    }
    // "the Auditor-General's annual report".
    const owner = /(\S+)['’]s?\s+(?:[\p{Ll}\d/-]+\s+){0,3}$/u.exec(text.slice(Math.max(0, mention - 60), mention));
    const owned = owner ? ctx.actors.find((a) => a.type !== "place" && a.sources.some((s) => s.end === mention - owner[0].length + owner[1]!.length)) : undefined;
    if (owned) return asSpeaker(owned);
    // ("According to the commission's written resolution": or a body's the text names by a noun in lower case.)
    const ownerBody = /\b[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+))['’]s\s+(?:[\p{Ll}\d/-]+\s+){0,3}$/u.exec(text.slice(Math.max(0, mention - 60), mention));
    const ownerBodySpeaker = ownerBody && ORGANISATION_NOUN.test(ownerBody[2]!) ? speakerOfPhrase(`the ${ownerBody[1]}`, null, ctx, mention) : null;
    if (ownerBodySpeaker && ownerBodySpeaker.kind !== "person") return { ...ownerBodySpeaker, throughDocument: true };
    // ("a copy of an email she sent to two general managers": or the one the clause after it says sent or wrote it.)
    // ("an e-mail Lim allegedly sent Ms Tan": with an adverb before the verb.)
    const sender = /^\s+(?:that\s+|which\s+)?(he|she|they|(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s+(?:had\s+)?(?:\p{Ll}+ly\s+)?(?:sent|wrote|signed|posted|filed|drafted|e-?mailed)\b/u.exec(after);
    const senderSpeaker = sender ? speakerOfPhrase(sender[1]!, null, ctx, mention + length) : null;
    if (senderSpeaker) return { ...senderSpeaker, throughDocument: true };
    // ("The five-member inquiry committee, chaired by …, took evidence …. Its report, published on 9 March, found": "Its"
    // opening a sentence is the body the sentence before opened with.)
    const its = /(?<=(?:^|[.!?]["”’]?\s+|\n\s*))Its\s+(?:[\p{Ll}\d/-]+\s+){0,2}$/u.exec(text.slice(Math.max(0, mention - 40), mention));
    const bodyBefore = its ? BODY_OPENING_THE_SENTENCE_BEFORE.exec(text.slice(Math.max(0, mention - its[0].length - 600), mention - its[0].length))?.[1] : undefined;
    const ownBody = bodyBefore && ROLE_WORDS.exec(bodyBefore.split(" ").pop()!)?.[0] === bodyBefore.split(" ").pop() ? speakerOfPhrase(bodyBefore, null, ctx, mention) : null;
    if (ownBody && ownBody.kind !== "person") return { ...ownBody, throughDocument: true };
    // ("The U.S. Chemical Safety and Hazard Investigation Board (CSB) released its final report": the one who put out its own.)
    // ("Cordillera Shipping … told customers in an advisory on Monday": or who told others something in it.)
    // ("The committee, headed by retired judge Upali Karunaratne, handed its 112-page report to the minister": or handed it over.)
    // ("The World Meteorological Organization (WMO) released its annual “Ozone and UV Bulletin”": or its title, in quotation marks.)
    const putOut = /\b(?:released|published|issued|presented|delivered|submitted|filed|produced|unveiled|tabled|handed(?:\s+over)?)\s+(?:its|their)\s+(?:[\p{Ll}\d/-]+\s+){0,2}(?:["“‘](?:[\p{L}\d&'’-]+\s+){0,6})?$|\b(?:told|informed|notified|warned|advised)\s+(?:[\p{Ll}-]+\s+){1,3}in\s+(?:an?|its|their)\s+(?:[\p{Ll}\d/-]+\s+){0,2}$/u.exec(text.slice(Math.max(0, mention - 100), mention));
    if (putOut) {
      const verbAt = mention - putOut[0].length;
      const sentenceStart = sentenceStartBefore(text, verbAt);
      const openingBody = bodyOpeningTheSentence(ctx, text.slice(sentenceStart, verbAt), mention);
      if (openingBody) return openingBody;
      const subject = ctx.actors
        .filter((a) => a.type !== "place")
        .flatMap((a) => a.sources.filter((s) => s.start >= sentenceStart && s.end <= verbAt).map((s) => ({ actor: a, start: s.start })))
        .sort((a, b) => a.start - b.start)[0];
      if (subject) return asSpeaker(subject.actor);
    }
    // ("…, the Safety Investigation Authority (OTKES) concluded in its final report": or the one named right before the verb
    // that says what was found in it.)
    // ("the Norwegian Institute of Public Health (FHI) has concluded in a review published on Thursday": past an auxiliary.)
    const foundIn = FOUND_IN_A_DOCUMENT.exec(text.slice(Math.max(0, mention - 60), mention));
    const verbAt = foundIn ? mention - foundIn[0].length : -1;
    const finder = foundIn ? ctx.actors.find((a) => a.type !== "place" && a.sources.some((s) => s.end <= verbAt && /^(?:\s+\([\p{Lu}\d&.-]+\))?(?:\s+(?:has|have|had))?\s+$/u.test(text.slice(s.end, verbAt)))) : undefined;
    if (finder) return asSpeaker(finder);
    // ("…, killing five people, a government commission said in a preliminary report": or a body in lower case, the clause's
    // subject.)
    const finderDescribed = foundIn ? /(?:^|[,.;:]\s+)((?:the|an?)\s+(?:[\p{Ll}-]+\s+){0,3}(\p{Ll}+))\s+$/iu.exec(text.slice(Math.max(0, verbAt - 80), verbAt)) : null;
    const describedFinder = finderDescribed && ORGANISATION_NOUN.test(finderDescribed[2]!) && ROLE_WORDS.exec(finderDescribed[2]!)?.[0] === finderDescribed[2] ? speakerOfPhrase(finderDescribed[1]!, null, ctx, mention) : null;
    if (describedFinder && describedFinder.kind !== "person") return { ...describedFinder, throughDocument: true };
    // "In its report on the 2020/21 financial year, the Auditor-General of South Africa flagged": the subject after the phrase.
    // ("In a filing to the Singapore Exchange, the group said": the subject may be a word for the body.)
    // (After "In a …", only a subject that says something: not "In a unanimous judgment …, Justices … found".)
    const opening = /\b[Ii]n\s+(its|their|his|her|a|an)\s+(?:[\p{Ll}\d/-]+\s+){0,2}$/u.exec(text.slice(Math.max(0, mention - 30), mention));
    if (opening) {
      const comma = /^[^,.;]{0,80},\s+(?:the\s+)?/.exec(text.slice(mention));
      // ("In a filing …, Lumina DC Management, the trust's manager, said": past an apposition.)
      const saysSo = !/^an?$/i.test(opening[1]!) || (comma !== null && /^[^.;:“”"]{1,90}?\s(?:said|says|stated|states|told|added|confirmed|announced|wrote|writes)\b/.test(text.slice(mention + comma[0].length)));
      // ("In a reserved judgment published on Monday, Employment Judge Rebecca Caldwell said": a title before the name too.)
      // ("In its latest weekly outlook, Karachi-based research firm Indus Agri Insights said": past where a body is based and
      // the words for its trade.)
      const subjectAt = comma ? mention + comma[0].length : 0;
      const trade = comma ? TRADE_BEFORE_A_FIRM.exec(text.slice(subjectAt, subjectAt + 60))?.[0].length ?? 0 : 0;
      // ("In a determination dated Friday, the Office of the Data Protection Commissioner (ODPC) fined": a body, whatever its
      // verb, is who issued it.)
      const bodyAt = comma && !saysSo ? actorAt(subjectAt + trade, subjectAt + trade) : undefined;
      const subject = comma && saysSo ? (actorAt(subjectAt + trade, subjectAt + trade) ?? personDescribedAt(subjectAt)) : bodyAt?.type === "organisation" && RULING_NOUN.test(noun) ? bodyAt : undefined;
      if (subject) return asSpeaker(subject);
      // ("In its 86-page ruling, the commission found": or what the body found in it.)
      // ("In its 31-page report, the committee, chaired by Barr. Ngozi Ezeh, said": past who chairs it.)
      const kindOfBody = comma ? /^(?:the\s+)?(\p{Ll}+)(?:,\s+(?:chaired|headed|led)\s+by\s[^,;“”"]{1,60},)?\s+(?:said|says|told|added|stated|confirmed|announced|found|ruled|held|concluded)\b/u.exec(text.slice(mention + comma[0].length - (/the\s+$/.test(comma[0]) ? 4 : 0))) : null;
      // ("the commission found": a body by any word the text named it with.)
      const body = kindOfBody && (BACK_REFERENCE.test(`the ${kindOfBody[1]}`) || ORGANISATION_NOUN.test(kindOfBody[1]!)) ? speakerOfPhrase(`the ${kindOfBody[1]}`, null, ctx, mention) : null;
      if (body?.actor) return body;
      // ("In its decision, the committee said …. The decision went on:": or the body by the word the text used, where it
      // never named it.)
      if (body && body.kind !== "person" && ORGANISATION_NOUN.test(kindOfBody![1]!)) return { ...body, throughDocument: true };
    }
  }
  // ("Ireland's Data Protection Commission (DPC) on Monday fined the fitness app maker Pulsewise €41 million …. “…,” the
  // decision said": a ruling the text never told of before is that of the body it last told of as judging, fining or ordering.)
  if (RULING_NOUN.test(noun) && mentions.length === 0) {
    // (Not a body whose organ the sentence opens with: "An anti-corruption tribunal of the Pakistan Cricket Board (PCB) on
    // Monday banned".)
    const judge = lastActorMentioned(ctx, at, (a) => a.type === "organisation" && a.sources.some((s) => s.start < at && (JUDGED_AFTER.test(text.slice(s.end, s.end + 40)) || DECIDED_AFTER.test(text.slice(s.end, s.end + 40))) && !/\bof\s+(?:the\s+)?$/.test(text.slice(Math.max(0, s.start - 8), s.start))));
    if (judge) return asSpeaker(judge);
  }
  return null;
}
/** What a regulator does to someone, right after its name: "on Monday fined", "(DPC) ordered", "banned". */
const DECIDED_AFTER = /^(?:\s+\([\p{Lu}\d&.-]+\))?\s+(?:(?:on|last)\s+\p{Lu}\p{Ll}+\s+|also\s+|has\s+|had\s+)?(?:fined|ordered|banned|barred|suspended|revoked|penalised|penalized|sanctioned|decided|approved|rejected|refused|blocked)\b/u;

/** The titles of an office as an alternation: a judge's are "judge|justice|recorder|magistrate|lord|lady|sheriff". */
function titlesOf(office: string): string {
  // (A Scottish judge sits as "Lord Ardmillan" or "Lady Wolffe" in the Court of Session, or as a sheriff.)
  // (A team's captain is its skipper; a ship's or a service's is "Capt.", as an officer is titled: "Capt. Brian Kessler".)
  // (Patterns are built from these, so a bracket the text wrote beside the word is left out: "minister)".)
  // (A junior minister is titled a secretary: "Parliamentary Under-Secretary of State for Farming", "Parliamentary Secretary for
  // the Cabinet Office".)
  if (/^minister$/i.test(office)) return "minister|secretary of state|under-secretary|undersecretary|parliamentary secretary|cabinet secretary";
  return /^judge$/i.test(office) ? "judge|justice|recorder|magistrate|lord|lady|sheriff" : /^(?:captain|skipper)$/i.test(office) ? "captain|capt\\.?|skipper" : office.replace(NOT_IN_A_NAME_OF_AN_OFFICE, "");
}

/**
 * "a UPS driver picketing outside a depot in Chicago" → "UPS driver", "one analyst at research firm Gartner last
 * night" → "analyst at research firm Gartner": an indefinite phrase whose head is a noun for a person, with no
 * personal name in it, named by its words through the head and the place or body a preposition attaches to it.
 */
/** A relative clause that says which person is meant ("who had been ice fishing nearby"), not one that hides who ("who asked not to be named"). */
function definingClause(clause: string): boolean {
  return /^who\s/i.test(clause) && clause.split(/\s+/).length <= 9 && !ANONYMITY.test(clause) && !/[“”"]/.test(clause);
}
/** A relative clause up to any second clause joined to it: "who survived the landslide but lost his wife" → "who survived the landslide". */
function firstClause(clause: string): string {
  return clause.replace(/\s+(?:but|and|yet)\s.*$/, "");
}
const ANONYMITY = new RegExp(String.raw`\b(?:${HIDING_VERBS})\b|\b(?:named?|identified|identity|anonymity)\b`, "i");

function describedNewcomer(words: string, isBody: (name: string) => boolean = () => false): string | null {
  // "one witness, a lorry driver who had been …": what an apposition or a relative clause adds is not the head.
  const phrase = words.split(/,|\s(?:who|whom|whose|which|that)\s/)[0]!;
  const opening = /^(?:an?|one|another)\s+/i.exec(phrase);
  // ("A fellow photographer who worked alongside Kyaw Zin Htet": a name inside the relative clause is no speaker.)
  // ("a police officer guarding the Plaza de Bolívar": nor is a name in a participle's clause after the head.)
  // ("an 81-year-old widow from Box Hill": nor one that says where they are from.)
  if (!opening || AUXILIARY.test(phrase) || namesAPerson(phrase.replace(/\s\p{Ll}{2,}ing\s.*$/u, "").replace(/\s(?:from|in|near)\s+\p{Lu}[^,]*$/u, ""), isBody)) return null;
  const rest = phrase.slice(opening[0].length).split(/\s+/);
  // The head: the first noun for a person, after only names and a few adjectives ("one frequent traveller", "a UPS driver").
  // ("A GP in the town": a few nouns for people are written in capitals.)
  // ("One head of talent acquisition at a bank": the head of something is a person.)
  // ("A hand-painted sign wired to the front gate reads": not a thing a sayer's word names.)
  const at = rest.slice(0, 4).findIndex((w, k) => (/^\p{Ll}+$/u.test(w) && (ROLE_WORDS.exec(w)?.[0] === w || AGENT_NOUN.test(w)) && !ORGANISATION_NOUN.test(w) && !ROLE_WORD_FOR_A_THING.test(w)) || /^(?:GP|MP|MEP|MSP|MLA|TD|DJ)$/.test(w) || (w === "head" && rest[k + 1] === "of"));
  // Before the head only names and nouns or adjectives that say what kind ("portfolio manager", "a serving detective sergeant").
  // An age is such a word too ("a 34-year-old bricklayer").
  if (at < 0 || !rest.slice(0, at).every((w) => /^\p{Lu}|^\d{1,3}-year-old$/u.test(w) || (/^\p{Ll}[\p{Ll}-]*$/u.test(w) && !FUNCTION_WORD.test(w)))) return null;
  // ("A rubber glove exporter in Kulim": a word shaped like a noun for a person may only say what kind; the noun for a person
  // after it heads the phrase.)
  const isPersonNoun = (w: string) => /^\p{Ll}+$/u.test(w) && (ROLE_WORDS.exec(w)?.[0] === w || AGENT_NOUN.test(w)) && !ORGANISATION_NOUN.test(w);
  const between = rest[at + 1];
  const headLater = between !== undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(between) && !FUNCTION_WORD.test(between) && !isPersonNoun(between) && isPersonNoun(rest[at + 2] ?? "");
  // "detective sergeant": a noun for a person may head a compound of two.
  let last = headLater ? at + 2 : at;
  while (last + 1 < rest.length && /^\p{Ll}+$/u.test(rest[last + 1]!) && (ROLE_WORDS.exec(rest[last + 1]!)?.[0] === rest[last + 1] || AGENT_NOUN.test(rest[last + 1]!))) last++;
  const head = rest.slice(0, last + 1).join(" ");
  // What follows, up to a participle clause ("picketing outside …") or a time ("last night").
  // ("a nurse at the maternity wing": a word in -ing that ends the phrase is a noun, not a participle.)
  const attached = ATTACHED_TO_THE_HEAD.exec(` ${rest.slice(last + 1).join(" ")}`)?.[0] ?? "";
  // Cut off where a possessive opens the next name ("on the picket line outside the council’s …").
  const place = attached.trimEnd().replace(/\s+\S+['’]s(?:\s+\p{Lu}.*)?$/u, "").replace(/(?:\s+(?:the|a|an|of|at|in|on|outside|inside|near|for|from|with|by|to))+$/, "");
  const clause = /\s(who\s[^,]+)$/.exec(words)?.[1];
  const defining = clause === undefined ? undefined : firstClause(clause);
  return `${head}${place}${defining && !place && definingClause(defining) ? ` ${defining}` : ""}`;
}
/** Words for a thing among the words a sayer goes by: "a statement", "a sign on the gate". */
const ROLE_WORD_FOR_A_THING = /^(?:statement|warning|alert|sign|banner|placard|poster)$/;
/** Words that attach a place, a body or a matter to a described person's head noun: "a nurse at the maternity wing", "a source familiar with the talks". */
const WORDS_ATTACHING_TO_THE_HEAD = String.raw`at|for|of|from|with|on|in|near|outside|inside|to|(?:based|stationed) (?:at|in)|(?:familiar|involved|acquainted) with|close to|briefed on|knowledgeable about`;
const ATTACHED_TO_THE_HEAD = new RegExp(String.raw`^\s(?:${WORDS_ATTACHING_TO_THE_HEAD})\s+(?:(?!(?<!\b(?:the|a|an)\s)\p{Ll}+ing\b(?!$)|last\b|yesterday\b|today\b|on\b|this\b)[\p{L}\p{N}.'’&-]+(?:\s+|$)){1,8}`, "u");
const ONE_OF_THEM = new RegExp(String.raw`^one of (?:the|his|her|their|its|our)\s+((?:(?:[\p{Ll}-]+|\p{Lu}{2,})\s+){0,2})(\p{Ll}{3,}s|\p{Ll}*men|people|children)((?:\s+(?:${WORDS_ATTACHING_TO_THE_HEAD})\s+[^,]+)?)$`, "iu");
const AFTER_THE_HEAD = new RegExp(String.raw`\s+(?:${WORDS_ATTACHING_TO_THE_HEAD.replace(/ /g, "\\s+")}|who)\s.*$`);
/** "opponents", "campaigners", "residents": a plural the lexicon holds, or of a noun for someone by what they do. */
function isPluralNounForPeople(word: string): boolean {
  const singular = /^(\p{Ll}{3,})s$/u.exec(word)?.[1];
  return singular !== undefined && !/s$/.test(singular) && (isPersonNoun(singular) || AGENT_NOUN.test(singular) || ROLE_WORDS.exec(singular)?.[0] === singular || isRoleNoun(singular) || isEnglishWord(word));
}
/** A noun for someone by what they do, by its ending: "machinist", "electrician", "trustee" (not "a paper", "an order"). */
const AGENT_NOUN = /^(?!(?:paper|letter|order|number|member|matter|power|water|computer|center|centre|border|corner|monitor|error|sector|factor|motor|former|latter|other|older|younger|elder|later|earlier|greater|higher|bigger|larger|smaller|wider|faster|slower|harder|easier|stronger|weaker|longer|shorter|newer|fewer|together|whether|however|never|ever|over|under|after|upper|lower|inner|outer|further|major|minor|senior|junior|prior|superior|interior|exterior|proper|super|clever|eager|bitter|tender|weather|river|winter|summer|quarter|chapter|register|meter|metre|theater|theatre|filter|corridor|mirror|manor|floor|door)$)\p{Ll}{3,}(?:ist|ian|er|or|ee|man|woman|smith|wright)$/u;

const FUNCTION_WORD = /^(?:the|a|an|of|to|in|on|at|for|from|with|by|and|or|but|as|than|who|that|which|this|these|those|his|her|their|its|our|my|your|not|no|so|very|also)$/;

/** A description as the speaker's name: without its determiner or a count ("More than 1,000 opposition activists" → "opposition activists"). */
function describedAs(words: string): string {
  return words.replace(DETERMINER, "").replace(QUANTITY, "").trim();
}
const QUANTITY = /^(?:(?:(?:more|fewer|less) than|at least|about|around|nearly|almost|over|some|up to)\s+)?(?:\d[\d,.]*|hundreds|thousands|dozens|scores)\s+(?:of\s+)?(?=\p{L})/iu;

function introduces(phrase: string): { introduced?: true } {
  return /^(?:a|an|one)\s/i.test(phrase) ? { introduced: true } : {};
}

/** Someone who speaks for a body or a person: "a spokesman for his promoter", "a lawyer for the family". */
const SPEAKS_FOR = /^(?:spokes(?:man|woman|person)|lawyer|attorney|solicitor|counsel|representative|agent|publicist|official)$/;

/** Nouns an unnamed source goes by, which a report may swap for one another ("a senior military source … the official said"). */
const SOURCE_NOUN = /^(?:source|official|spokes(?:man|woman|person)|officer|aide|diplomat)$/;

/** The head noun of a description: "military source" in "senior military source in Bangui". */
// ("Department of Foreign Affairs and Trade spokesperson": a noun after a body's name in capitals, "of" and all, is its head.)
function headNoun(description: string): string {
  const afterAName = NOUN_AFTER_A_NAME.exec(description)?.[1];
  // ("rower (current national squad member)": a name that also tells how the text brought the person in has its noun first.)
  return afterAName?.toLowerCase() ?? description.replace(/\s*\([^()]*\)$/, "").replace(AFTER_THE_HEAD, "").split(/\s+/).pop()?.toLowerCase().replace(NOT_IN_A_NAME_OF_AN_OFFICE, "") ?? "";
}
/** What the words for an office or a role are not made of; patterns are built from them, where a bracket would break one. */
const NOT_IN_A_NAME_OF_AN_OFFICE = /[^\p{L}\p{N}\s'’-]/gu;
/** A body's name in capitals, with its small words, then one noun in lower case: "Department of Health and Social Care spokesperson". */
const NOUN_AFTER_A_NAME = /^(?:\p{Lu}[\p{L}.'’&-]*\s+)+(?:(?:of|and|for|the|&)\s+(?:\p{Lu}[\p{L}.'’&-]*\s+)+)*(\p{Ll}[\p{Ll}-]*)$/u;

/** Nouns for a person by nationality that news uses in place of a name: "the Englishman said", "the Spaniard added". */
const NATIONALITY_NOUN = /^[Tt]he (?:\p{Lu}\p{Ll}+(?:man|woman)|Spaniard|Dane|Swede|Finn|Pole|Scot|Briton|Brit|Turk|Swiss|Thai|\p{Lu}\p{Ll}+(?:ian|ean|an|ese|ish|i))$/u;
/** The same, of a people named in two words: "the New Zealander said", "the South African". */
function isNationalityNoun(phrase: string): boolean {
  return NATIONALITY_NOUN.test(phrase) || (/^[Tt]he /.test(phrase) && isPeopleInTwoWords(phrase.slice(4)));
}

/** The person an earlier description brought in, that a definite description ("the official", "the military source") points back to. */
/** An age in the teens, in digits or words, and up to three words, right before a name: "19-year-old substitute ", "Seventeen-year-old ". */
const TEEN_AGE_BEFORE = /(?:\b1[3-9]|(?<![\p{L}-])(?:[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen))-year-old\s+(?:[\p{L}-]+\s+){0,3}$/u;

/**
 * "Marcus and Leah Whitaker … “…,” Leah Whitaker said. Her husband added": the spouse "his wife" or "her husband" means, the one
 * other person the text named with the family name of the one who spoke just before, in this paragraph or the one before.
 */
function spouseNamed(ctx: SpeakerContext, at: number, words: string): Speaker | null {
  const kin = /^(?:his|her)\s+(husband|wife|spouse)$/i.exec(words)?.[1]?.toLowerCase();
  if (kin === undefined || ctx.text === undefined) return null;
  // (Whose spouse: the one who spoke just before, in this paragraph or the one before; not the spouse's own words, as a second
  // reading of the sentence finds them.)
  const from = paragraphBefore(ctx.text, at);
  const last = ctx.sayers.findLast((s) => s.at < at && s.at >= from && s.speaker.role?.toLowerCase() !== kin);
  // (Not one a courtesy title and the surname alone named, who may be either of a couple: "Mrs Lowe said. Her husband added".)
  const owner = last?.speaker.kind === "person" && last.speaker.name.includes(" ") && !/^(?:Mr|Mrs|Ms|Miss|Mx)\.?$/.test(last.speaker.role ?? "") ? last.speaker.name : undefined;
  const family = owner?.split(" ").pop();
  const spouses = family ? ctx.actors.filter((a) => a.type === "person" && a.name !== owner && a.name.includes(" ") && a.name.split(" ").pop() === family) : [];
  return spouses.length === 1 ? { name: spouses[0]!.name, role: kin, actor: spouses[0]!, kind: "person" } : null;
}

/** A question put to someone named: "asked Macaraeg whether " (then what was asked). */
const ASKED_SOMEONE = /\basked\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+(?:whether|if|about|why|how|what|when|where|who)\b/u;

/** A noun for the one who heads a body, after the body's name ("the Basarnas chief"), and the words an office that does is called by. */
const HEAD_OF_A_BODY = /^(?:chief|head|boss)$/;
const HEADS_A_BODY = /\b(?:[Cc]hief|[Hh]ead|[Dd]irector|[Bb]oss)\b/;

function describedEarlier(phrase: string, ctx: SpeakerContext, at: number): Speaker | null {
  // "Ashworth … holed a putt.¶“…,” the Englishman said": a nationality stands in for the person the paragraph named.
  if (isNationalityNoun(phrase) && !/^the (?:Chairman|Chairwoman|Spokesman|Spokeswoman|Postman|Ombudsman)$/.test(phrase)) {
    // ("Bernard Chelimo of Kenya won …. Ethiopia's Gebre Haile was third.¶“…,” the Kenyan said": the one the text placed in
    // that country, where one person is, before the one named last.)
    const ofTheCountry = personOfTheCountry(ctx, at, phrase.replace(/^the\s+/i, ""));
    if (ofTheCountry) return ofTheCountry;
    const person = personNamedNearby(ctx, at);
    if (person) return person;
  }
  // ("with 19-year-old substitute Liam Tavita-Reid scoring the winner …¶“…,” the teenager said": the one the text gave an age
  // in the teens.)
  if (/^the\s+(?:teenager|teen)$/i.test(phrase) && ctx.text !== undefined) {
    const text = ctx.text;
    const teenager = lastActorMentioned(ctx, at, (a) => isPersonLike(a) && a.sources.some((s) => TEEN_AGE_BEFORE.test(text.slice(Math.max(0, s.start - 60), s.start)) || /^,\s+1[3-9],/.test(text.slice(s.end, s.end + 6))));
    if (teenager) return { name: teenager.name, role: teenager.roles[0] ?? null, actor: teenager, kind: "person" };
  }
  // ("Professor Mark Halloran, a marine ecologist at the University of Exeter. …¶“…,” the Exeter ecologist said": a place or a
  // body before the noun, where the one person whose role holds both is meant.)
  // ("The Head of the National Search and Rescue Agency (Basarnas), Vice Admiral Rudi Hartono Wibisono, … “…,” the Basarnas
  // chief said": the body by any name the text gives it, and its chief by any word for the one who heads it.)
  const placed = /^the\s+(\p{Lu}[\p{L}'’-]+)\s+(\p{Ll}{3,})$/u.exec(phrase);
  const placedNoun = placed ? (HEAD_OF_A_BODY.test(placed[2]!) ? HEADS_A_BODY : new RegExp(`\\b${placed[2]}\\b`)) : null;
  const body = placed ? ctx.actors.find((a) => a.type !== "person" && (a.name === placed[1] || a.aliases.includes(placed[1]!))) : undefined;
  const placeNames = body ? [body.name, ...body.aliases] : placed ? [placed[1]!] : [];
  const placedIn = (r: string) => placeNames.some((n) => r.includes(n));
  const holders = placed && placedNoun ? ctx.actors.filter((a) => a.type === "person" && a.sources.some((s) => s.start < at) && a.roles.some((r) => placedNoun.test(r) && placedIn(r))) : [];
  if (holders.length === 1) return { name: holders[0]!.name, role: holders[0]!.roles.find(placedIn) ?? null, actor: holders[0]!, kind: "person" };
  // ("Student Ryan Koh, 21, was more philosophical. “…,” the Nanyang Technological University undergraduate said": a body's name
  // before a noun for a person by what they do says where; the noun stands for the one the sentence before opened with.)
  const atABody = /^the\s+(?:\p{Lu}[\p{L}.'’&-]*\s+){2,6}(\p{Ll}{3,})$/u.exec(phrase)?.[1];
  if (atABody && (PERSON_NOUN.test(atABody) || (AGENT_NOUN.test(atABody) && !ROLE_WORDS.test(atABody))) && !OFFICE.test(atABody) && !ORGANISATION_NOUN.test(atABody)) {
    const opener = subjectOfTheSentenceBefore(ctx, at);
    if (opener) return opener;
  }
  // "the schoolteacher from Zakho": where the person is from says more about them; the noun is what points back.
  const words = phrase.replace(/\s+(?:from|of|in)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u, "");
  if (/\p{Lu}/u.test(words.slice(4)) || AUXILIARY.test(words) || words.split(/\s+/).length > 4) return null;
  const noun = headNoun(words);
  // ("Federico Lanús, a spokesman for the economy ministry, …. The security ministry said": a word for a body is no person
  // whose role names it.)
  // ("the forward said": a player's position is a noun for the player.)
  if ((!ROLE_WORDS.test(noun) && !AGENT_NOUN.test(noun) && !SPORTSPERSON.test(noun)) || ORGANISATION_NOUN.test(noun)) return null;
  // ("the immigration minister" is not "Canada's Minister of Foreign Affairs": what the noun is of must fit too.)
  const modifiers = words.replace(/^the\s+/i, "").split(/\s+/).slice(0, -1).filter((w) => /^\p{Ll}{4,}$/u.test(w));
  // (Not a bare noun no article brought in, as a headline writes it: "Singer breaks down in court, says …".)
  const sameEntry = ctx.sayers.findLast((entry) => entry.at <= at && isOnePersonDescribed(entry.speaker) && headNoun(entry.speaker.name) === noun && modifiers.every((m) => entry.speaker.name.toLowerCase().includes(m)) && (entry.speaker.introduced === true || entry.speaker.name.toLowerCase() !== noun));
  // ("A sheriff has ruled …. Sheriff Principal Fiona McLachlan's determination …. the sheriff wrote": not where a person with
  // the title has been named since.)
  const titledSince = sameEntry !== undefined && ctx.actors.some((a) => a.type === "person" && a.roles.some((r) => titleWords(r).includes(noun)) && a.sources.some((s) => s.start > sameEntry.at && s.start < at));
  if (sameEntry && !titledSince) return sameEntry.speaker;
  // ("Outside the court, a father who had travelled from Huancayo said …. “…,” said the man": a noun for any man or woman
  // points back to the one just described, in this paragraph.)
  if (/^(?:man|woman|person)$/.test(noun) && ctx.text !== undefined) {
    const last = ctx.sayers.findLast((s) => s.at <= at);
    const fits = last !== undefined && last.speaker.actor === null && isOnePersonDescribed(last.speaker) && !ctx.text.slice(last.at, at).includes("\n") && !(noun === "man" ? FEMININE_ROLE : noun === "woman" ? MASCULINE_ROLE : /(?!)/).test(last.speaker.name.split(/\s(?:who|whose|with|from)\s/)[0]!);
    if (fits) return last.speaker;
  }
  // "Det Sgt Colm Hennessy … the detective said", "Lt-Gen Townsend … the general said": the person whose title holds the noun.
  // "said his publicist, Dale Olson. … the publicist said": a person who spoke with that role.
  // ("The festival director said", after "the South Korean director Park Min-jae": of an office, what kind of one.)
  const ofTheKind = (role: string) => titleWords(role).includes(noun) && (!OFFICE.test(noun) || kindFits(words, role));
  // ("the CBN's acting Director of Corporate Communications, Mrs. Hadiza Bello-Adamu, insisted …. “…,” she said.¶“…,” the
  // spokeswoman added": one whose office is to speak for a body, who spoke in this paragraph or the one before.)
  if (/^spokes(?:man|woman|person)$/.test(noun) && ctx.text !== undefined) {
    const from = paragraphBefore(ctx.text, at);
    const speaksForABody = ctx.sayers.findLast((s) => s.at <= at && s.at >= from && s.speaker.kind === "person" && s.speaker.actor !== null && s.speaker.actor.roles.some((r) => COMMUNICATIONS_OFFICE.test(r)));
    if (speaksForABody && ctx.sayers.findLast((s) => s.at <= at)?.speaker.actor === speaksForABody.speaker.actor) return speaksForABody.speaker;
  }
  const spoke = lastSayer(ctx, at, (s) => s.kind === "person" && s.role !== null && ofTheKind(s.role));
  // ("Dr. Priya Raman, an astronomer …, told Wikinews ….¶Rebollo acknowledged the limits of the data. “She's right,” the
  // astronomer said": the person who opens the sentence before, in the quotation's paragraph, where the one who spoke as
  // such is not named in it, and the opener has no role of another kind.)
  if (spoke?.actor && ctx.text !== undefined && !OFFICE.test(noun)) {
    const opener = subjectOfTheSentenceBefore(ctx, at);
    const noOtherRole = opener?.actor?.roles.every((r) => !ROLE_WORDS.test(r) && !AGENT_NOUN.test(headNoun(r))) === true;
    if (opener && opener.actor !== spoke.actor && namedInTheParagraphBefore(ctx, opener.actor!, at) && !namedInTheParagraphBefore(ctx, spoke.actor, at) && noOtherRole) return opener;
  }
  if (spoke) return spoke;
  const titled = lastActorMentioned(ctx, at, (a) => a.type === "person" && a.roles.some(ofTheKind));
  if (titled) return { name: titled.name, role: titled.roles[0] ?? null, actor: titled, kind: "person" };
  // ("Nguyễn Văn Thành, vice-chairman of the provincial People’s Committee, said …. “…,” he said. The official added": one
  // who holds a public office and spoke last, in this paragraph or the one before.)
  if (noun === "official" && ctx.text !== undefined) {
    const last = ctx.sayers.findLast((s) => s.at <= at);
    const holdsOffice = last?.speaker.actor?.roles.some((r) => PUBLIC_OFFICE.test(r.replace(/\s+(?:of|for|at|in)\s.*$/, ""))) === true;
    if (last && holdsOffice && last.speaker.kind === "person" && last.at >= paragraphBefore(ctx.text, at)) return last.speaker;
  }
  // ("The island's residents protested …, and their mayor said yesterday that the island “…” …. said Mayor Stratis
  // Koutsouris": an office the text titles one person with only later is that person's.)
  const titledLater = OFFICE.test(noun) ? soleHolder(ctx.actors, words, ctx.text) : null;
  if (titledLater?.actor?.sources.every((s) => s.start > at)) return titledLater;
  // "Private forecaster WeatherWatch Australia said …. “…,” the forecaster said": the name the noun was set before nearby.
  const labelled = labelledNearby(ctx, at, noun);
  if (labelled) return { name: labelled.name, role: null, actor: labelled, kind: labelled.type === "person" ? "person" : "organisation" };
  const last = ctx.sayers.findLast((s) => s.at <= at)?.speaker;
  if (SOURCE_NOUN.test(noun)) return last && isOnePersonDescribed(last) && SOURCE_NOUN.test(headNoun(last.name)) ? last : null;
  // ("Regula Baumgartner, the head of the canton of Bern's economic affairs department, said …. “…,” the cantonal minister
  // said": an office for the person who, holding one, spoke just before in this paragraph, with no one else named since.)
  const holderJustBefore = OFFICE.test(noun) && last?.kind === "person" && last.actor !== null && [last.role ?? "", ...last.actor.roles].some((role) => OFFICE.test(role)) && ctx.text !== undefined ? ctx.sayers.findLast((s) => s.at <= at) : undefined;
  // ("…, the Economic Secretary to the Treasury, Martin Ashworth, said ….¶“…,” the minister said": or in the paragraph before,
  // when a quotation opens this one.)
  if (holderJustBefore && inParagraphOrQuotationOpeningTheNext(ctx.text!, holderJustBefore.at, at) && !ctx.actors.some((a) => a !== last!.actor && isPersonLike(a) && a.sources.some((s) => s.start > holderJustBefore.at && s.start < at))) return last!;
  // "Using yeast cells, Nurse identified a gene. “…,” the scientist told Reuters": a noun for what a person is
  // or does, standing in for the person the same paragraph last named.
  // ("Afrobeats star Tunde Bakare … Giving evidence on Monday, the singer said": else the person the article is about, named
  // more than anyone else.)
  // (Not "the festival director" for a film director: an office of a kind the person was never said to hold.)
  // ("Among those watching was a history teacher from Madaba who had brought 25 pupils. “…,” the teacher told Wikinews": first
  // the one this paragraph brought in by that noun, where no one has been named since.)
  // ("Maureen Tilbury, 71, from Alderton …. “…,” said the former school secretary": what one used to do, "former" or "retired",
  // is a noun for the person too.)
  const usedToDo = modifiers.some((m) => /^(?:former|retired)$/.test(m)) && (isRoleNoun(noun) || ROLE_WORDS.exec(noun)?.[0] === noun || /^\p{Ll}{3,}(?:er|or|ist|ian)$/u.test(noun)) && !ORGANISATION_NOUN.test(noun);
  if ((EPITHET.test(noun) || usedToDo) && (usedToDo || !OFFICE.test(noun) || modifiers.every((m) => TIME_OF_AN_OFFICE.test(m)))) return newcomerOfTheNoun(ctx, at, noun) ?? personNamedNearby(ctx, at) ?? protagonist(ctx, at);
  // ("Sarduy, who was present with his representative, listened without comment. Afterwards, the boxer … said": a sport's
  // word for someone, only for the person the sentence before opened with; the next wrestler the text names may be the
  // one who struck "the wrestler".)
  return SPORTSPERSON.test(noun) ? subjectOfTheSentenceBefore(ctx, at) : null;
}

/** "He" or "she" opening the sentence right after one the person opens ("Gareth Morgan falls …. He farms"), before `at`. */
function pronounOfTheNextSentence(text: string, actor: Actor, at: number): "he" | "she" | null {
  for (const source of actor.sources) {
    if (source.start >= at || !/(?:^|\n|[.!?]["”’]?\s)\s*$/.test(text.slice(Math.max(0, source.start - 3), source.start))) continue;
    const next = /^[^.!?\n“”"]*[.!?]\s+(He|She)\s/.exec(text.slice(source.end, source.end + 300))?.[1];
    if (next) return next === "He" ? "he" : "she";
  }
  return null;
}

/** The pronoun a person's own verb of saying reports them by, before `at`: "Krawczyk says she has not yet met Sobczak". */
/** "Annelie van Wyk, who saddled her first runner in 2009,": the pronoun a clause of "who" right after the name uses of the person. */
function pronounOfItsRelativeClause(text: string, actor: Actor, at: number): "he" | "she" | null {
  for (const source of actor.sources) {
    if (source.end > at) continue;
    // (Not one the clause tells of as its object: "who told her the news", "who thanked him".)
    const own = /^,\s+who\s+[^,.;:!?“”"]{0,80}?\b(he|his|she|her(?=\s+(?!(?:the|a|an|that|this|it|to|about|of|in|on|at|for|with|from|by|and|or|not)\b)\p{Ll}))\b/u.exec(text.slice(source.end, source.end + 100))?.[1];
    if (own) return own === "he" || own === "his" ? "he" : "she";
  }
  return null;
}
/**
 * The one person a quotation opening its paragraph follows, whom the paragraph before names as the subject of a verb of
 * thinking or saying with the pronoun in its own clause: "Dr Okonjo-Haig thinks she knows".
 */
function calledByThePronounBefore(ctx: SpeakerContext, at: number, pronoun: "he" | "she"): Actor | null {
  const text = ctx.text;
  if (text === undefined || !quoteOpensParagraph(text, at)) return null;
  const from = paragraphBefore(text, at);
  const called = ctx.actors.filter((a) => isPersonLike(a) && a.sources.some((s) => s.start >= from && s.end <= at && !withinQuotation(ctx, s.start) && OWN_PRONOUN_AFTER.exec(text.slice(s.end, s.end + 50))?.[1]?.toLowerCase() === pronoun));
  return called.length === 1 ? called[0]! : null;
}
/** Verbs after a name that a pronoun for that person may follow in the same clause: "Linwood says she", "Mr Tan believes he". */
const VERBS_BEFORE_ONES_OWN_PRONOUN = "says|said|insists|insisted|admits|admitted|believes|believed|recalls|recalled";
const OWN_PRONOUN_AFTER = new RegExp(String.raw`^\s+(?:${VERBS_BEFORE_ONES_OWN_PRONOUN}|thinks|thought|knows|knew|hopes|hoped|fears|feared|suspects|suspected|reckons|reckoned)\s+(?:that\s+)?(he|she)\s`, "u");

/** The same verbs, or "told" someone, right after a name and before its pronoun: "Kiprop told AFP he". */
const OWN_WORDS_PRONOUN_AFTER = new RegExp(String.raw`^\s+(?:${VERBS_BEFORE_ONES_OWN_PRONOUN}|told\s+(?:\p{Lu}[\p{L}'’-]*|\p{Ll}+(?:\s+\p{Ll}+)?))\s+(?:that\s+)?(he|she)\s`, "u");
function pronounInOwnWords(text: string, actor: Actor, at: number): "he" | "she" | null {
  for (const source of actor.sources) {
    if (source.end > at) continue;
    const own = OWN_WORDS_PRONOUN_AFTER.exec(text.slice(source.end, source.end + 50));
    if (own) return own[1] as "he" | "she";
  }
  return null;
}

/** Someone this paragraph brings in unnamed by `noun` ("a history teacher from Madaba"), with no person named since. */
function newcomerOfTheNoun(ctx: SpeakerContext, at: number, noun: string): Speaker | null {
  if (ctx.text === undefined) return null;
  const paragraphStart = ctx.text.lastIndexOf("\n", at) + 1;
  const brought = [...ctx.text.slice(paragraphStart, at).matchAll(new RegExp(String.raw`\b[Aa]n?\s+((?:[\p{Ll}-]+\s+){0,2}${noun})\b`, "gu"))].filter((m) => !withinQuotation(ctx, paragraphStart + m.index)).pop();
  if (!brought) return null;
  const from = paragraphStart + brought.index;
  const namedSince = ctx.actors.some((a) => isPersonLike(a) && a.sources.some((s) => s.start > from && s.start < at && !withinQuotation(ctx, s.start)));
  return namedSince ? null : { name: brought[1]!, role: null, actor: null, introduced: true, kind: "description" };
}

/** An office whose holder speaks for a body: "Director of Corporate Communications", "head of public affairs", "press officer". */
/** After a name, that it spoke in a statement: ", which had recommended a “no” vote, said in a statement". */
// (", in a statement issued on Monday, insisted": or a statement set off by commas before the verb.)
const SAID_IN_A_STATEMENT_AFTER = /^(?:(?:,[^.;!?]{1,100}?,)?\s+(?:\p{Ll}+ly\s+)?(?:said|says|added|announced|confirmed)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:in|through)\s+an?\s+(?:[\p{Ll}-]+\s+)?statement\b|,\s+(?:in|through)\s+an?\s+(?:[\p{Ll}-]+\s+)?statement\b[^,.;!?“”"]{0,60},\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\b)/u;

/** A central bank's name: "Reserve Bank of India", "Bank of England", "Central Bank of Nigeria", "Bangko Sentral ng Pilipinas". */
const CENTRAL_BANK_NAME = /\b(?:Reserve|Central|National)\s+Bank\b|^Bank\s+of\s+\p{Lu}|\bFederal\s+Reserve\b|\bBundesbank\b|\bBangko\s+Sentral\b|\bBanco\s+Central\b|\bBanque\s+(?:de\s+France|Centrale)\b/u;

/** A role that is a public office, by its last word: "vice-chairman", "deputy provincial governor", "district commissioner". */
const PUBLIC_OFFICE = /(?:^|[\s-])(?:chairman|chairwoman|chairperson|president|minister|secretary|governor|prefect|commissioner|mayor|administrator|councillor|councilor|superintendent|director|director-general)$/i;

const COMMUNICATIONS_OFFICE = /\b(?:communications?|public\s+affairs|public\s+relations|media\s+relations|press\s+(?:officer|secretary|attaché))\b/i;

/** Nouns for who plays a sport, which may stand in for the person just named. */
const SPORTSPERSON = /^(?:boxer|trainer|rider|swimmer|cyclist|sprinter|runner|jockey|golfer|wrestler|footballer|cricketer|skier|surfer|gymnast|weightlifter|judoka|fencer|rower|climber|forward|striker|midfielder|defender|goalkeeper|winger|batsman|batter|bowler|pitcher|quarterback|fullback|flanker|playmaker)$/;

/** Whether the text names the actor in the paragraph of `at`, before `at`. */
function namedInTheParagraphBefore(ctx: SpeakerContext, actor: Actor, at: number): boolean {
  if (ctx.text === undefined) return false;
  const paragraphStart = ctx.text.lastIndexOf("\n", at) + 1;
  return actor.sources.some((s) => s.start >= paragraphStart && s.start < at);
}

/** The person named to open the sentence before the one at `at`. */
function subjectOfTheSentenceBefore(ctx: SpeakerContext, at: number): Speaker | null {
  if (ctx.text === undefined) return null;
  // ("“He's had three weeks to think about it. I'd say …,” the trainer said": a sentence the quotation holds is no sentence
  // before; the one before the quotation is.)
  const spans = ctx.quotations ?? [];
  const quotation = spans[lastIndexAtOrBefore(spans, at, (s) => s.open)];
  const from = quotation !== undefined && quotation.close <= at && !/[.!?]/.test(ctx.text.slice(quotation.close, at)) ? quotation.open : at;
  const text = ctx.text;
  // Where the sentence ending at `end` opens, at the mark that closed the one before it.
  const opensBefore = (end: number) => text.slice(0, Math.max(0, end)).search(/(?:^|[.!?]["”’]?\s+|\n)[^.!?\n]*$/);
  const sentenceStart = opensBefore(from);
  const previousStart = opensBefore(sentenceStart);
  let subject = ctx.subjects?.find((s) => s.at >= previousStart && s.at < sentenceStart)?.actor;
  // ("Eze, 22, who joined Levante Badalona last year, was named player of the match. She had gone 11 internationals without
  // scoring.¶“…,” the forward said": past a sentence the pronoun opens, the one before it.)
  const pronoun = /^\s*(He|She)\s/.exec(text.slice(previousStart, previousStart + 8).replace(/^[.!?"”’]+/, ""))?.[1];
  if (!subject && pronoun) {
    const earlierStart = opensBefore(previousStart);
    subject = ctx.subjects?.find((s) => s.at >= earlierStart && s.at < previousStart && (pronounByRole(s.actor) ?? pronoun.toLowerCase()) === pronoun.toLowerCase())?.actor;
  }
  return subject && isPersonLike(subject) ? { name: subject.name, role: subject.roles[0] ?? null, actor: subject, kind: "person" } : null;
}

/** People counted as two by a noun for what they are: "the two referees", "both pilots", "two Kenyan nurses". */
const COUNTED_AS_TWO = /\b(?:[Tt]he\s+two|[Bb]oth|[Tt]wo)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}{3,}s)\b/gu;

/** What a court does, right after its name: "sentenced", "on Tuesday convicted", "found him guilty". */
const JUDGED_AFTER = /^\s+(?:(?:on|last)\s+\p{Lu}\p{Ll}+\s+|also\s+)?(?:sentenced|convicted|acquitted|jailed|found\s+\p{Ll}+\s+(?:not\s+)?guilty|ruled|upheld|quashed|overturned|dismissed)\b/u;

/** The person named before `at` more often than any other, and at least twice; between two named as often, the one heard more. */
function protagonist(ctx: SpeakerContext, at: number): Speaker | null {
  const heard = (actor: Actor) => ctx.sayers.filter((s) => s.at < at && s.speaker.actor === actor).length;
  const counts = ctx.actors
    .filter(isPersonLike)
    .map((actor) => ({ actor, named: actor.sources.filter((s) => s.start < at).length + heard(actor) }))
    .sort((a, b) => b.named - a.named);
  const [first, second] = counts;
  if (!first || first.named < 2 || (second && second.named >= first.named)) return null;
  return { name: first.actor.name, role: first.actor.roles[0] ?? null, actor: first.actor, kind: "person" };
}

/** The last body the text describes in lower case with this head noun: "the health ministry" → "health ministry". */
// ("Housing ministry spokesman Ibrahim Fawzy said": capitalised only where a sentence opens, with no article.)
function lastDescribedInLowerCase(text: string, noun: string): string | null {
  const last = [...text.matchAll(new RegExp(String.raw`\bthe\s+((?:(?!said|says|told)\p{Ll}+\s+){1,2}${noun})\b|(?:^|(?<=[.!?]["”’]?\s+|\n\s*))((?!(?:The|A|An|This|That|Its|His|Her|Their|Our|Every|Each|No|One)\s)\p{Lu}\p{Ll}+\s+(?:\p{Ll}+\s+)?${noun})\b`, "gu"))].pop();
  const opening = last?.[2];
  return last?.[1] ?? (opening ? opening[0]!.toLowerCase() + opening.slice(1) : null);
}

/**
 * The last description of a body by `noun` with a name-word before it, in the paragraph of `at` or the one before when the
 * quote opens it: "the Turkish embassy in London", "the Kenyan army" → "Turkish embassy in London", "Kenyan army".
 */
function bodyDescribedNearby(ctx: SpeakerContext, at: number, noun: string, anywhere = false): string | null {
  if (ctx.text === undefined) return null;
  const before = ctx.text.slice(anywhere ? 0 : nearbyFrom(ctx.text, at), at);
  const place = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*`;
  // "Indonesia's transport ministry": an owner's name, then the kind of body, may describe it too.
  // ("The arbitration committee of the Chinese Table Tennis Association": or the kind and the body it is of.)
  const description = new RegExp(String.raw`(?:\b[Tt]he\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:\p{Ll}+\s+){0,2}${noun}(?:\s+(?:in|of|at)\s+(?:the\s+)?${place})?|(?:\p{Ll}+\s+){1,2}${noun}\s+of\s+the\s+${place})|(\p{Lu}[\p{L}.-]*['’]s\s+(?:\p{Ll}+\s+){0,2}${noun}))\b`, "gu");
  // (Not the words being read themselves, right before the verb: "In a statement, the Utrecht-based company said".)
  const last = [...before.matchAll(description)].filter((m) => m.index + m[0].length < before.trimEnd().length).pop();
  // ("Britain's energy regulator Ofgem said": the body the description is set before, by its name.)
  const end = at - before.length + (last ? last.index + last[0].length : 0);
  const named = last && ctx.text[end] === " " ? ctx.actors.find((a) => a.type === "organisation" && a.sources.some((source) => source.start === end + 1)) : undefined;
  // ("Hartwell Strategies, the Westminster agency whose director …": or the body the description is set beside, after a comma.)
  const start = last ? at - before.length + last.index : -1;
  const text = ctx.text;
  const apposedTo = last && /,\s+$/.test(text.slice(Math.max(0, start - 3), start)) ? ctx.actors.find((a) => a.type === "organisation" && a.sources.some((source) => source.end < start && /^,\s+$/.test(text.slice(source.end, start)))) : undefined;
  return named?.name ?? apposedTo?.name ?? last?.[1] ?? last?.[2] ?? null;
}

/** The actor last named right after `noun` in the paragraph of `at`, or the one before when the quote opens it. */
function labelledNearby(ctx: SpeakerContext, at: number, noun: string): Actor | null {
  return ctx.text === undefined ? null : labelledSince(ctx, nearbyFrom(ctx.text, at), at, noun, (a) => a.type !== "place");
}

/** The actor last named right after `noun` between `from` and `at`: "consortium Eólica del Istmo" for "consortium". */
function labelledSince(ctx: SpeakerContext, from: number, at: number, noun: string, fits: (actor: Actor) => boolean): Actor | null {
  if (ctx.text === undefined) return null;
  const text = ctx.text;
  const label = new RegExp(`\\b${noun}\\s+$`, "i");
  return lastActorMentioned(ctx, at, (a) => fits(a) && a.sources.some((s) => s.start >= from && s.start < at && label.test(text.slice(Math.max(0, s.start - noun.length - 2), s.start))));
}

/**
 * The person last named in the paragraph of `at`, or in the one before when the quote opens its paragraph ("Tim Hunt
 * won.¶The study was long. “…,” the scientist said." names no one nearby: a description, never a guess).
 */
/** The one person the text named before `at` beside the country a people's word is of: "Bernard Chelimo of Kenya", "Kenya's …", "… (Kenya)". */
function personOfTheCountry(ctx: SpeakerContext, at: number, people: string): Speaker | null {
  if (ctx.text === undefined) return null;
  const text = ctx.text;
  const country = sideWritten(people.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
  const before = new RegExp(`\\b${country}(?:['’]s)?\\s+(?:\\p{Ll}+\\s+){0,2}$`, "u");
  const after = new RegExp(`^(?:\\s+(?:of|from)\\s+|\\s*\\()${country}\\b`, "u");
  const placed = ctx.actors.filter((a) => isPersonLike(a) && a.sources.some((s) => s.start < at && (before.test(text.slice(Math.max(0, s.start - 40), s.start)) || after.test(text.slice(s.end, s.end + 30)))));
  return placed.length === 1 ? { name: placed[0]!.name, role: placed[0]!.roles[0] ?? null, actor: placed[0]!, kind: "person" } : null;
}

function personNamedNearby(ctx: SpeakerContext, at: number): Speaker | null {
  if (ctx.text === undefined) return null;
  const from = nearbyFrom(ctx.text, at);
  // "Ashworth … holed a putt to join Venter in second place": the sentence's subject before anyone it names after.
  const subject = ctx.subjects?.findLast((s) => s.at >= from && s.at < at)?.actor;
  const person = subject ?? lastActorMentioned(ctx, at, (a) => isPersonLike(a) && a.sources.some((s) => s.start >= from && s.start < at));
  return person ? { name: person.name, role: person.roles[0] ?? null, actor: person, kind: "person" } : null;
}
/** The words of a title and what they stand for: "Det Sgt" → det, detective, sgt, sergeant; "Rev." → reverend, priest, pastor. */
function titleWords(title: string): string[] {
  return title.toLowerCase().split(/[^\p{L}'’]+/u).flatMap((w) => [w, ...(TITLE_ABBREVIATIONS[w] ?? "").split(" ").filter(Boolean)]);
}
const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  det: "detective officer", sgt: "sergeant officer", insp: "inspector officer", supt: "superintendent officer", con: "constable officer", pc: "constable officer", lt: "lieutenant",
  gen: "general", col: "colonel", capt: "captain skipper", cpl: "corporal", maj: "major", adm: "admiral", sen: "senator", rep: "congressman",
  gov: "governor", prof: "professor", dr: "doctor", rev: "reverend priest pastor", reverend: "priest pastor", father: "priest", fr: "priest",
  // ("Sri Lanka captain Ravindu Senanayake …. The Sri Lankan skipper conceded": a team's captain is its skipper.)
  captain: "skipper", skipper: "captain",
  // ("Det Chief Supt Séamus Boland …. “…,” the senior officer said": a police rank is an officer's.)
  detective: "officer", sergeant: "officer", inspector: "officer", superintendent: "officer", constable: "officer",
};

/** Nouns for what a person is or does that news uses in place of their name: "the scientist", "the actor", "the 45-year-old". */
const EPITHET = /^(?:scientist|researcher|actor|actress|singer|player|striker|veteran|author|writer|novelist|poet|artist|musician|director|star|athlete|champion|winner|laureate|economist|historian|biologist|physicist|chemist|biochemist|billionaire|entrepreneur|businessman|businesswoman|politician|lawmaker|schoolteacher|teacher|farmer|shopkeeper|pensioner|refugee|student|fisherman|shepherd|villager|grandmother|grandfather|widow)$/;


/** An attribution to an interview in a year named: ",” she told The New York Times in 1979", ",” he said in 1998". */
// ("… rich,” he told Sowetan at the time": or at the time the story just told of.)
const PAST_INTERVIEW_AFTER = /^[\s,.!?”"’]*(?:he|she)\s+(?:told|said\s+(?:to\s+)?)\s*(?:(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3}\s+)?(?:in\s+(?:19|20)\d\d\b|at\s+the\s+time\b)/iu;

/** The person an article is about: named far more often than anyone else (three times at least, twice the next). */
function profiledPerson(ctx: SpeakerContext, fits: (name: string) => boolean): Actor | null {
  const people = ctx.actors.filter((a) => a.type === "person").sort((a, b) => b.mentions - a.mentions);
  const [first, second] = people;
  return first && first.mentions >= 3 && first.mentions >= 2 * (second?.mentions ?? 0) && fits(first.name) ? first : null;
}

/** A single word for one person by their trade, seldom an office a named person holds: "lawyer", "photographer", "witness". */
const PERSON_ROLE_NOUN = /^(?:lawyer|attorney|photographer|doctor|witness|resident|teacher|driver|farmer|nurse|pilot|survivor|owner)$/;

/** One person brought in by a description: "a witness", "a police spokesman"; not "residents", "police", or "the official" (who points back). */
function isOnePersonDescribed(speaker: Speaker): boolean {
  if (speaker.kind !== "description") return false;
  // ("The Senior Minister of State for Transport … said …. “…,” he said", "The transport secretary has told broadcasters
  // …. “…,” she said": an office has one holder.)
  // ("The chief executive of the Anti-Doping Agency of Kenya (ADAK) told Nation Sport …. “…,” she said": the office's words
  // before what it is of.)
  const office = speaker.name.replace(/\s+(?:of|for|at|in)\s.*$/, "");
  // (Not the body of one: "the mayor's office".)
  if (OFFICE.test(office) && !/s$/.test(headNoun(speaker.name)) && !ORGANISATION_NOUN.test(headNoun(speaker.name)) && office.split(/\s+/).length <= 4) return true;
  // ("Department of Education spokesman": a noun after a body's name is the head, whatever "of" the name holds.)
  const last = /\p{Lu}[\p{L}.'’-]*\s+(\p{Ll}+)$/u.exec(speaker.name)?.[1];
  const head = last ?? speaker.name.replace(/\s+(?:of|for|at|in|on|from|with|outside|near|who)\s.*$/, "").split(/\s+/).pop() ?? "";
  // "the daughter of Mr. Wexler", "Keefe’s sister": someone's kin is one person, however the text brings them in; so is
  // the holder of someone's office ("the town's economic development director").
  // ("“…,” the lawyer said. “…,” he added.": so is one a definite noun for a person names, once it has spoken.)
  // ("the owner of a convenience store": what the person is before what of.)
  if (!speaker.introduced && !KIN.test(head) && !/['’]s\s/.test(speaker.name) && !PERSON_ROLE_NOUN.test(head)) return false;
  // ("said the company’s parent had reported a 19 per cent rise": a body's parent, or its members, are no one person.)
  if (/^(?:the\s+)?(\p{Ll}+)['’]s?\s/u.test(speaker.name) && ORGANISATION_NOUN.test(/^(?:the\s+)?(\p{Ll}+)/u.exec(speaker.name)![1]!)) return false;
  // ("The county's Chief Officer for Health": an owned office may be capitalised.)
  const noun = /['’]s\s/.test(speaker.name) && ROLE_WORDS.exec(head.toLowerCase())?.[0] === head.toLowerCase() ? head.toLowerCase() : head;
  // ("An official inquiry blamed years of neglect": a noun for a thing is no one.)
  // ("resident of Rangas village", "person familiar with the inquiry": the noun before what it is of may be the one for the
  // person.)
  const forAPerson = [noun, headNoun(speaker.name)].some(
    (word) => (ROLE_WORDS.exec(word)?.[0] === word && !ORGANISATION_NOUN.test(word) && !ROLE_WORD_FOR_A_THING.test(word) && !/^(?:campaign|crowd)$/.test(word)) || AGENT_NOUN.test(word) || PERSON_NOUN.test(word) || KIN.test(word) || isRoleNoun(word),
  );
  return /^\p{Ll}+$/u.test(noun) && forAPerson && !/(?:[^s]s|people|police|men|women|children|staff|crew|media|family|team|management|board|government)$/.test(noun) && !/^(?:another|others?)$/.test(noun);
}

/**
 * A speaker named only by office, whoever they are: "GM's sales, service, and marketing vice
 * president", "the premier of the German state of North Rhine-Westphalia". The phrase has an office
 * word in lower case and no personal name; a time or place adjunct after it ("in a telephone
 * conference", "on Friday") is not part of it.
 */
/**
 * "at the Nagano Prefectural Government", "in the Ministry of Health", "at the regional prefecture": a body where someone
 * works (not "at the time", "at the scene", "in a telephone conference").
 */
// ("A senior official in the state health department", "in the operations wing": a department or a unit in lower case too.)
const WORKPLACE = new RegExp(
  String.raw`^\s+(?:(?:at|in|with|from)\s+(?:the\s+)?\p{Lu}[^,;]*\b(?:${ORGANISATION_WORDS.source.replace(/^\\b\(|\)\\b$/g, "")})\b[^,;]*|at\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?!(?:time|weekend|moment|meeting|scene|conference|briefing|event|rally|funeral|hearing|summit|site|end|start|same)\b)[\p{Ll}-]+|in\s+the\s+(?:[\p{Ll}-]+\s+){0,3}(?:department|ministry|wing|unit|division|directorate|office|bureau|secretariat|branch|cell))$`,
  "u",
);

function roleDescription(words: string, actors: Actor[]): string | null {
  if (AUXILIARY.test(words)) return null;
  // (Where the office is held is part of it: "a senior official at the Nagano Prefectural Government".)
  const phrase = words.replace(/\s+(?:in|at|on|during|to|via|with|from|after|before)\s+(?:a|an|the|\p{Lu}|\d).*$/u, (adjunct) => (WORKPLACE.test(adjunct) ? adjunct : "")).replace(DETERMINER, "").trim();
  const office = /^(.*?)\s+(?:of|for)\s/i.exec(phrase)?.[1] ?? phrase;
  if (!/\b(president|premier|minister|secretary|chairman|chairwoman|chairperson|chief|director|governor|prefect|mayor|chancellor|ambassador|envoy|commander|spokes(?:man|woman|person)|head|leader|executive|officer|official)\b/.test(office)) return null;
  const known = (name: string) => actorNamed(actors, name)?.type;
  // A tagger may type a personal name as an organisation ("Tony Woodley"); only a known place is surely not a person.
  // "North Korea's foreign minister": a name in the possessive is whose office it is, not who holds it.
  const holders = findNames(phrase).filter((n) => !/^['’]s?\b/.test(phrase.slice(n.end)));
  if (holders.some((n) => n.kind === "person" || known(n.name) === "person" || (looksLikePersonalName(n.name) && known(n.name) !== "place"))) return null;
  const length = phrase.split(/\s+/).length;
  return length >= 2 && length <= 14 ? withoutKindOfBody(phrase) : null;
}

/**
 * "spokeswoman for the campaign group Rohstoffwende Bayern" → "spokeswoman for Rohstoffwende Bayern": the name says which
 * body, and the kind of body before it goes ("the provincial Health Department" keeps its words: they are no kind of body).
 */
function withoutKindOfBody(description: string): string {
  return description.replace(/(\s(?:in|at|for|from|with|of)\s+)the\s+((?:(?!(?:of|for|and|in|at|to|with|from|on|by)\s)[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+)(?=\p{Lu})/u, (whole, preposition: string, _kind: string, head: string) =>
    ORGANISATION_NOUN.test(head) || BODY_HEAD.test(head) || /^(?:charity|promoter|operator|campaign|body|club|trust|institute|lobby|think-tank)$/.test(head) ? preposition : whole,
  );
}

/**
 * The one person the article gives the office a definite description names ("foreign minister" in
 * "North Korea's foreign minister"), or null when none or several hold it.
 */
/**
 * The person the sentence after the one at `at` opens by naming for the first time, past an opening phrase set off by a comma,
 * as its subject, with no role of their own: "Speaking in Eldoret, Barnaba Kiptum Chepkwony said", "Diane Okafor-Leblanc, who
 * joined Maplecrest in January, had promised".
 */
function namedOpeningTheNextSentence(ctx: SpeakerContext, at: number): Actor | null {
  const text = ctx.text;
  if (text === undefined) return null;
  const paragraphStart = text.lastIndexOf("\n", at) + 1;
  const ends = /[.!?]["”’]?(?:\s+)(?=[\p{Lu}])/gu;
  ends.lastIndex = at;
  let next: RegExpExecArray | null;
  while ((next = ends.exec(text)) !== null && insideQuotation(text, paragraphStart, next.index));
  if (next === null) return null;
  const from = next.index + next[0].length;
  // In this paragraph or as the next one opens.
  if ((text.slice(at, from).match(/\n\s*/g)?.length ?? 0) > 1) return null;
  const opening = /^(?:(?:Speaking|Asked|Interviewed|Writing|Addressing)\b[^,.;“”"]{0,60},\s+)?/u.exec(text.slice(from, from + 70))![0].length;
  const subject = ctx.actors.find((a) => a.type === "person" && a.sources[0]!.start === from + opening && a.roles.length === 0);
  if (!subject) return null;
  const after = text.slice(subject.sources[0]!.end, subject.sources[0]!.end + 40);
  return /^,\s+who\s|^\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|added|explained|insisted|acknowledged|conceded|argued|had|has)\b/u.test(after) ? subject : null;
}

function soleHolder(actors: Actor[], description: string, text?: string): Speaker | null {
  // (Whole words: "the museum's director" is a director, not an "s director".)
  const office = /(?<![\p{L}'’])((?:\p{Ll}+\s+)?\p{Ll}+)$/u.exec(description.replace(/\s+(?:of|for)\s.*$/, ""))?.[1];
  if (!office || !OFFICE.test(office)) return null;
  const holds = officeHeldAs(office, true);
  // ("A Bramwell's spokeswoman": of a body named in the possessive, only one the text set that body's name before, "Aurelia's
  // head of claims, Frank Oehme", not "Opposition cyber security spokeswoman Leah Pritchard".)
  // (A country's office is the country's whoever the text names: "Norway’s fisheries minister … Fisheries Minister Odd Lien".)
  const possessor = /(\p{Lu}[\p{L}.-]*)['’]s?\s/u.exec(description)?.[1];
  const owner = possessor !== undefined && !isKnownPlace(possessor) ? possessor : undefined;
  const ownersOrNone = (person: Actor) => owner === undefined || (text !== undefined && person.sources.some((s) => text.slice(Math.max(0, s.start - 60), s.start).includes(owner)));
  const holders = actors.filter((a) => a.type === "person" && a.roles.some((r) => holds.test(r) && kindFits(description, r)) && ownersOrNone(a));
  if (holders.length !== 1) return null;
  const person = holders[0]!;
  return { name: person.name, role: person.roles.find((r) => holds.test(r)) ?? null, actor: person, kind: "person" };
}

// ("Ma. Lourdes Tabangcura": "Ma." is María, as Filipino names write it.)
const FEMININE_ROLE = /^(?:Mrs|Ms|Miss|Madam|Madame|Mme|Dame|Lady|Queen|Princess|Duchess|Countess|Baroness)\.?(?:\s|$)|^Ma\.\s|\b(?:\p{L}+woman|woman|actress|mother|wife|daughter|sister|grandmother|granddaughter|widow|girl|niece|aunt|girlfriend|stepmother|mum|mom)\b/iu;
// ("the council’s chairman, Muhammad Aslam Shaikh": a compound in -man that names a role; not every word in -man, "German".)
// (An office's title in capitals is no one's sex: "Cabinet Co-Spokesman Minister Sunethra Gamage", "Chairman"; the compound in
// lower case is: "a spokesman".)
const MASCULINE_ROLE = /^(?:Mr|Sir|Lord|King|Prince|Duke|Earl|Baron|Monsieur|M)\.?(?:\s|$)|\b(?:[Mm]an|[Gg]entleman|[Ff]ather|[Hh]usband|[Ss]on|[Bb]rother|[Gg]randfather|[Gg]randson|[Ww]idower|[Bb]oy|[Nn]ephew|[Uu]ncle|[Bb]oyfriend|[Ss]tepfather|[Dd]ad)\b|\b(?:spokes|business|congress|chair|police|fire|fisher|fore|council|alder|assembly|camera|front|anchor|sports|states|crafts|trades|clergy|service|lines|patrol|door|post|sales|repair|grounds|bats|boat|ferry|gun|noble)man\b/u;

/** An office one person holds, written in capitals at the end of its name: "Environment and Water Resources Minister". */
const OFFICE_IN_CAPITALS = /\b(?:Minister|Secretary|Commissioner|Governor|Mayor|President|Premier|Chancellor|Ambassador|Chairman|Chairwoman|Chairperson|Director(?:-General)?|MEC)$/;

/**
 * "he" or "she", as the article's own words for a person tell it: a title ("Mrs", "Sir") or a role
 * ("a spokeswoman", "the father of the boy"); the role's head comes before any "of" that follows it.
 * Null when they do not tell, or disagree.
 */
export function pronounByRole(actor: Actor | undefined): "he" | "she" | null {
  if (!actor || actor.type === "place") return null;
  return pronounOfRoles(actor.roles);
}

/** "he" or "she" as roles or descriptions say ("Mrs", "spokeswoman", "the daughter of Mr. Wexler"), if they agree. */
export function pronounOfRoles(roles: readonly string[]): "he" | "she" | null {
  const heads = roles.map((role) => role.split(/\s+(?:of|for|at|in|to|with|from)\s+/)[0]!);
  const she = heads.some((head) => FEMININE_ROLE.test(head));
  const he = heads.some((head) => MASCULINE_ROLE.test(head));
  return she === he ? null : she ? "she" : "he";
}

/** The person who spoke last, or else the one the text last named: whom an age or a family tie in place of a name means. */
function personLastNamed(ctx: SpeakerContext, at: number): Speaker | null {
  const sayer = ctx.sayers.findLast((s) => s.at <= at && s.speaker.kind === "person");
  // ("Joseph Kamau said …. In Kulamawe village, Abdi Galgalo watched helplessly ….¶“…,” the 56-year-old said": or one the
  // text has named since, in this paragraph or the one before.)
  // (Not one told of in what the sayer said: "Kiprop said he had been unable to respond when Gebru attacked. “…,” the
  // 25-year-old said".)
  const named = lastPersonMentioned(ctx, at);
  const text = ctx.text;
  // (A line without a full stop, a list's item, ends its sentence too.)
  const sayersSentenceEnd = sayer && text !== undefined ? sayer.at + Math.max(0, text.slice(sayer.at, at).search(/[.!?]["”’]?\s|\n/)) : at;
  const namedSince = text === undefined ? at : paragraphBefore(text, at);
  const since = named?.actor && sayer && named.actor !== sayer.speaker.actor && named.actor.sources.some((s) => s.start > sayersSentenceEnd && s.start < at && s.start >= namedSince);
  return since ? named : (sayer?.speaker ?? named);
}

/** The kin noun after the last mention of `actor` between `from` and `at`, where that mention is its owner ("Gurung’s mother"). */
function kinOwnedLast(text: string, actor: Actor, from: number, at: number): string | null {
  const last = actor.sources.filter((s) => s.start >= from && s.end <= at).sort((a, b) => a.start - b.start).pop();
  return last ? (KIN_OWNED_AFTER.exec(text.slice(last.end, last.end + 24))?.[1]?.toLowerCase() ?? null) : null;
}
/** Kin owned by the name just before: "’s mother", "'s son" (`$1` the kin). */
const KIN_OWNED_AFTER = new RegExp(`^['’]s\\s+(${KIN_WORDS})\\b`, "i");

/** With no person quoted yet, "he" or "she" is the person the text last named (see `isPersonLike`). */
function lastPersonMentioned(ctx: SpeakerContext, at: number, fits: (name: string) => boolean = () => true): Speaker | null {
  // ("Alan Breck’s The Cod Wars": a name only ever owned by someone is a thing of theirs, a book or a firm, however personal its shape.)
  const owned = (a: Actor) => a.type !== "person" && ctx.text !== undefined && a.sources.every((s) => /['’]s\s+(?:The\s+)?$/u.test(ctx.text!.slice(Math.max(0, s.start - 8), s.start)));
  // ("“… If Thandeka Mokoena applies the constitution as it is written, we have nothing to fear,” he said": not one named in
  // what someone says.)
  // ("takes the Madaraka Express from Nairobi": nor a name that only ever takes "the", a thing's or a body's.)
  const takesThe = (a: Actor) => a.type !== "person" && ctx.text !== undefined && a.sources.every((s) => /\bthe\s+$/i.test(ctx.text!.slice(Math.max(0, s.start - 4), s.start)));
  const actor = lastActorMentioned(ctx, at, (a) => isPersonLike(a) && fits(a.name) && !owned(a) && !takesThe(a) && (ctx.text === undefined || !setBesideABody(ctx.text, a)), (start) => withinQuotation(ctx, start));
  return actor ? { name: actor.name, role: actor.roles[0] ?? null, actor, kind: "person" } : null;
}

/**
 * "Reinhold Juen, managing director of the resort operator, Wiesenalm Bergbahnen,": a name nothing typed as a person's that
 * the text only ever sets beside a word for a business or a body is the body's, however personal its shape.
 */
export function setBesideABody(text: string, actor: Actor): boolean {
  // ("for Aurora Nachtzug, the Dutch-German start-up whose …": or a word for a business set after it, anywhere the text names it.)
  // ("visit Scoil Mhuire, the primary school she attended": or a word for a place or an institution set after it.)
  return actor.type !== "person" && (actor.sources.every((s) => BODY_SET_BEFORE.test(text.slice(Math.max(0, s.start - 60), s.start))) || actor.sources.some((s) => isApposedAsABusiness(text.slice(s.end, s.end + 80)) || PLACE_SET_AFTER.test(text.slice(s.end, s.end + 60))));
}
/** A comma, then a word for a place or an institution with its article: ", the primary school", ", a village". */
const PLACE_SET_AFTER = /^,\s+(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,3}(?:school|college|university|hospital|clinic|church|cathedral|mosque|temple|village|town|city|museum|library|hotel|stadium|theatre|theater|park|airport|station|prison|farm|mine|factory|plant|centre|center|estate|restaurant|pub|café|cafe|shop|store)\b/u;
/** A word for a business or a body, with its article, then the comma that sets a name beside it: "the resort operator, ". */
// ("The insurer, Aldgate Fine Art, paid out": where it opens the sentence too.)
const BODY_SET_BEFORE = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,3}(?:company|firm|operator|business|chain|group|lender|insurer|developer|supplier|producer|maker|manufacturer|retailer|airline|carrier|subsidiary|contractor|consultancy|agency|charity|organi[sz]ation|association|union|club|publisher|broadcaster|owner)\s*,\s*$/u;

/** A person, or a name shaped like a personal one that nothing typed ("Peter Black runs the farm"). */
/** Words that open the names of regions, never a person's: "Southern Leyte", "Upper Nile", "Greater Manchester". */
const REGION_OPENER = /^(?:Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|North-?(?:East|West)(?:ern)?|South-?(?:East|West)(?:ern)?)$/;
// ("the Southern Leyte town of Saint Bernard": a compass word that opens a name opens a region's, though typed as neither.)
/** Words that open a storm's name: "Cyclone Remal", "Super Typhoon Haiyan", "Tropical Storm Ana". */
export const STORM_BEFORE_ITS_NAME = /^(?:(?:Super|Severe|Tropical)\s+)*(?:Cyclone|Hurricane|Typhoon|Storm)\s+\p{Lu}/u;

export function isPersonLike(actor: Actor): boolean {
  // ("When Cyclone Remal skirted the coast last month, he said": a storm's name is no one's, whatever its shape.)
  if (STORM_BEFORE_ITS_NAME.test(actor.name)) return false;
  // ("In an interview with the Danube Courier": a newspaper's name is no person's, however personal its shape.)
  // ("Sri Lanka Cricket", "New Zealand Rugby": nor a body named after a country of more than one word.)
  if (actor.type === "person") return true;
  if (actor.type !== "organisation" || !looksLikePersonalName(actor.name)) return false;
  // ("The Air Quality Index (AQI) touched 538": nor a body the text gave initials, as it gives no person.)
  if (actor.aliases.some((alias) => /^\p{Lu}{2,}$/u.test(alias))) return false;
  const words = actor.name.split(" ");
  const afterACountry = [2, 3].some((n) => words.length > n && isKnownPlace(words.slice(0, n).join(" ")));
  // ("playing club rugby for Te Puke Sports": nor a club; "The Baltic Dry Index … has since fallen": nor a market's index.)
  return !REGION_OPENER.test(words[0]!) && !NEWSPAPER_HEAD.test(words[words.length - 1]!) && !CLUB_HEAD.test(words[words.length - 1]!) && !INDEX_HEAD.test(words[words.length - 1]!) && !afterACountry;
}
/** The last word of a market's index, which no one's surname is: "Baltic Dry Index", "Dow Jones Industrial Average". */
const INDEX_HEAD = /^(?:Index|Indices|Average|Composite)$/;
/** The last word of a sports club's name, which no one's surname is. */
export const CLUB_HEAD = /^(?:Sports|United|Rovers|Wanderers|Athletic|Albion|Rangers|Harriers|Hotspur|Argyle|Olympic|Juniors|FC|AFC|RFC)$/;

/** The words an organisation's name uses for what a noun names: an airline is an "Airways" or an "Air …". */
// (Spanish, Portuguese, French, Italian, Dutch and German names keep their own word for the kind: "Liga Femenil Nacional" is
// "the league", "Federación Colombiana de Pesas" "the federation".)
const NAME_WORDS_FOR: Record<string, string> = {
  airline: "airline|airway|air",
  carrier: "airline|airway|air",
  bench: "bench|court|tribunal",
  bank: "bank|bancorp|banco|banque|banca|bangko|[a-z]+bank|reserve",
  university: "university|college|institute|polytechnic|universidad|universidade|université|università|universität|universiteit",
  union: "union|federation|sindicato|syndicat|sindacato|gewerkschaft|vakbond",
  force: "police|constabulary|force|garda|policía|polícia|polizia|politie|polizei",
  club: "club|fc|afc|united|rovers|athletic|wanderers|albion",
  regulator: "regulator|regulatory|authority|commission|agency|inspectorate|ombudsman|office",
  watchdog: "watchdog|regulatory|authority|commission|agency|inspectorate|ombudsman|office",
  "co-op": "co-?op|co-?operative",
  corporation: "corporation|corp",
  league: "league|liga|ligue|lega",
  federation: "federation|federación|federação|fédération|federazione|federatie|verband",
  association: "association|asociación|associação|associazione|vereniging|verein",
  ministry: "ministry|ministerio|ministério|ministère|ministero|ministerie|ministerium",
  institute: "institute|instituto|institut|istituto|instituut",
  party: "party|partido|parti|partito|partij|partei",
  commission: "commission|comisión|comissão|commissione|commissie|kommission",
  council: "council|consejo|conselho|conseil|consiglio|raad|rat",
};
/** The words a body of this kind writes in its name, as a pattern: "the airline" → /airline|airway|air/ ("Air Canada"). */
function nameWordsOf(kind: string): RegExp {
  // ("the coop", "the co-operative": one entry serves each spelling of a co-op.)
  const key = /^co-?op(?:erative)?$/.test(kind) ? "co-op" : kind;
  return new RegExp(`\\b(?:${NAME_WORDS_FOR[key] ?? kind})s?\\b`, "i");
}

/** "the mother of two", "the 41-year-old father-of-three", "the grandmother of five". */
const KIN_BY_CHILDREN = /^the (?:\d{1,3}-year-old\s+)?(?:mother|father|mum|mom|dad|grandmother|grandfather|grandad|granddad)[- ]of[- ](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})$/i;

/**
 * "SA Schools Rugby said in a statement that …. “…,” the association said", "Pancreatic Cancer Canada welcomed the study.
 * “…,” the charity said": a body whose name does not say what kind it is, that spoke in this paragraph or the one before, or
 * that the paragraph's sentence before is about. Not one whose name says it is another kind ("… District Council" for
 * "the union"), nor a business for a kind that is none.
 */
function bodyOfAnUnnamedKind(ctx: SpeakerContext, at: number, kindNoun: string): Actor | null {
  if (ctx.text === undefined) return null;
  const holdsNoun = nameWordsOf(kindNoun);
  // ("Shipping Australia Limited, which represents the major container lines, urged …. “…,” the association said": a body the
  // text says represents others is no business, whatever its name's legal form.)
  const fits = (actor: Actor) => actor.type === "organisation" && !isKnownPlace(actor.name) && !(OTHER_BODY_HEAD.test(actor.name) && !holdsNoun.test(actor.name.split(/\s+/).pop()!)) && (TRADE_KIND.test(kindNoun) || !isBusinessName(actor.name) || representsOthers(ctx.text!, actor));
  const paragraph = ctx.text.lastIndexOf("\n", at) + 1;
  const spoke = ctx.sayers.findLast((s) => s.at <= at);
  const spokeHere = (from: number) => spoke && spoke.at >= from && spoke.speaker.kind === "organisation" && spoke.speaker.actor && fits(spoke.speaker.actor) ? spoke.speaker.actor : null;
  // (The body this paragraph is about comes before one that spoke in the paragraph before: "Health Canada said it could
  // not comment.¶Pancreatic Cancer Canada welcomed the study. “…,” the charity said".)
  const subject = bodyOpeningASentence(ctx, paragraph, at);
  const nearby = spokeHere(paragraph) ?? (subject && fits(subject) ? subject : null) ?? spokeHere(paragraphBefore(ctx.text, at));
  // ("Siptu, which represents the workforce, said …. the union said": a body that goes by a name of its own, which a story
  // about a dispute names most, of those that are no business and no other kind.)
  return nearby ?? (/^(?:union|association|federation|charity|society|trust|coalition|alliance)$/.test(kindNoun) ? mostNamedOrganisation(ctx, at, false, (a) => fits(a) && !describedAsABusiness(ctx.text, a)) : null);
}

/** Whether the text says the body represents others, right after its name: "Shipping Australia Limited, which represents …". */
function representsOthers(text: string, actor: Actor): boolean {
  return actor.sources.some((source) => /^,\s+(?:which|that)\s+(?:represents|speaks\s+for)\s|^,\s+representing\s/.test(text.slice(source.end, source.end + 30)));
}

/** A name that says where words went out: "a post on X", "wrote on Facebook", "told to Channel 4" (then the name). */
// ("announced the end of the search on its Twitter account": or whose account or page it was.)
function namedAsChannel(text: string, start: number): boolean {
  return /\b(?:post(?:ed)?|posts|wrote|written|tweet(?:ed)?|video|message|comments?|live|interview|appearance)\s+(?:on|to)\s+$/i.test(text.slice(Math.max(0, start - 20), start)) || ACCOUNT_NAMED.test(text.slice(start, start + 40));
}
/** A document that opens the sentence right before "it" (`$1` its noun): "The 212-page report by … was submitted …. " */
const DOCUMENT_OPENING_THE_SENTENCE_BEFORE = /(?:^|[.!?]["”’]?\s+)(?:The|Its)\s+(?:[\d,]+-page\s+|[\p{Ll}-]+\s+){0,3}(report|audit|study|review|ruling|judgment|judgement|decision|letter|memo|petition|agreement|resolution|determination|assessment|analysis|filing)\b[^.!?\n“”"]*[.!?]\s+(?:It\s+(?:also\s+)?)?$/u;
/** A minister's remit, before or after the title: "Labour Minister ", "Minister of Labour" (`$1` or `$2` the remit). */
const MINISTER_OF_A_REMIT = /\b(?:(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+Minister|Minister\s+(?:of|for)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?))\b/gu;
/** A name, then a word for an account on it: "Twitter account", "Facebook page", "YouTube channel". */
const ACCOUNT_NAMED = /^\p{Lu}[\p{L}\d.-]*(?:\s+\p{Lu}[\p{L}\d.-]*)?\s+(?:account|page|feed|handle|channel|timeline)\b/u;

/** The organisation last named in `[from, at)`, where it opens a sentence and no one else is named after it. */
function bodyOpeningASentence(ctx: SpeakerContext, from: number, at: number): Actor | null {
  const text = ctx.text ?? "";
  let last: { actor: Actor; start: number } | null = null;
  for (const actor of ctx.actors) {
    for (const source of actor.sources) {
      // ("The Lawn Tennis Association has sent us a statement about the “Moss effect”. “Harriet has been …,” a spokesperson
      // said": names inside quotation marks are what is said, not who the sentences are about.)
      // ("Retailer Sable Stores, which has 14 outlets in Ghana, was less upbeat": a place named since is no one else.)
      // ("The Dutch Data Protection Authority said …. In a post on X, the regulator wrote": nor is where words went out.)
      if (source.start >= from && source.start < at && (!last || source.start > last.start) && !withinQuotation(ctx, source.start) && actor.type !== "place" && !namedAsChannel(text, source.start)) last = { actor, start: source.start };
    }
  }
  if (!last || last.actor.type !== "organisation" || isKnownPlace(last.actor.name)) return null;
  // (After what the business does, capitalised where the sentence opens: "Retailer Sable Stores".)
  const kind = /(?:^|[.!?]["”’]?\s+)(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(from, last.start))?.[1]?.toLowerCase();
  return /(?:^|[.!?]["”’]?\s+)(?:The\s+)?$/.test(text.slice(from, last.start)) || (kind !== undefined && TRADE_KIND.test(kind)) ? last.actor : null;
}

/**
 * The organisation last named before `at` that a definite description fits: one whose name holds
 * the noun ("the ministry" → "Ministry of Defence"), or any, for a noun that fits every organisation
 * ("the company", "the group").
 */
function lastOrganisationMentioned(ctx: SpeakerContext, at: number, noun: string): Actor | null {
  const generic = /^(company|firm|group|organi[sz]ation)$/.test(noun);
  // "the airline" is "American Airlines", "British Airways" or "Air Canada".
  const holdsNoun = nameWordsOf(noun);
  // ("the company's trucks" beside "Andean Cobre's Cerro Llacsa mine": a mine is no company.)
  // ("Brussels Airport …. the airport wrote": a place that speaks through whoever runs it.)
  const facility = FACILITY_NOUN.test(noun);
  // ("Photograph: Council House, Coventry": a building is no council.)
  // ("In a post on X on Sunday night, the company said": nor is a platform named only as where words went out.)
  const organisation = (actor: Actor) => (actor.type === "organisation" || (facility && actor.type === "place")) && (!/^\p{Lu}{2,}$/u.test(actor.name) || generic) && !(generic && namesAFacility(ctx.text, actor)) && !A_BUILDING.test(actor.name) && !(ctx.text !== undefined && actor.sources.every((s) => namedAsChannel(ctx.text!, s.start)));
  // ("The company said", after a union and the "Manila Harbour Services Corporation": a business by its name comes first.)
  const business = /^(?:company|firm)$/.test(noun) ? lastActorMentioned(ctx, at, (actor) => organisation(actor) && isBusinessName(actor.name)) : null;
  // ("the university" is no "University and College Union": a name that ends in another kind of body is that kind.)
  // (A regulator is what a body does, not its kind: "the Irish Horseracing Regulatory Board … the regulator said".)
  // (Nor is one whose head before "of" is the noun: "the Court of Justice of the European Union" is a court, no union.)
  const otherKind = (actor: Actor) => OTHER_BODY_HEAD.test(actor.name) && !holdsNoun.test(actor.name.split(/\s+/).pop()!) && !(/\s(?:of|for)\s/.test(actor.name) && holdsNoun.test(actor.name.replace(/\s+(?:of|for)\s.*$/, "").split(/\s+/).pop()!)) && !/^(?:regulator|watchdog)$/.test(noun);
  const holds = (actor: Actor) => holdsNoun.test([actor.name, ...actor.aliases].join(" ")) && !otherKind(actor);
  // ("Muskerry Dairies has cut …. The Cork-based co-op …. the co-op said": a business owned by its members need not say so in
  // its name; one whose name does comes first.)
  if (/^(?:co-?op|co-?operative|corporation)$/.test(noun)) return lastActorMentioned(ctx, at, (actor) => organisation(actor) && holds(actor)) ?? lastActorMentioned(ctx, at, (actor) => organisation(actor) && !NOT_A_COMPANY.test(actor.name) && !isKnownPlace(actor.name));
  return business ?? lastActorMentioned(ctx, at, (actor) => organisation(actor) && (generic || holds(actor)));
}
const A_BUILDING = /\s(?:House|Hall|Building|Tower|Chambers)$/;
const FACILITY_NOUN = new RegExp(`^(?:${SPEAKING_FACILITIES})$`);
const OTHER_BODY_HEAD = /\s(?:Union|Association|Federation|Council|Party|Committee|Commission|Society|Trust|Foundation|Institute|Press|Hospital|Authority|Board|Bureau|League)$/;

/** Nouns for a body of many sites or services, which a place's name may stand for: "a private hospital group", "a cinema chain". */
const GROUP_KINDS = "group|network|chain|operator";
const GROUP_KIND_AT_THE_END = new RegExp(`(?:${GROUP_KINDS})$`);
/** "The hospital group", "the cinema chain": a group described by what it runs. */
const DESCRIBED_GROUP = new RegExp(String.raw`^[Tt]he ((?:[\p{Ll}-]+\s+){1,2}(?:${GROUP_KINDS}))$`, "u");

/**
 * The organisation last named before `at` beside a description with this noun: "The teachers union,
 * the Oakland Education Association," or "the Oakland Education Association, the teachers union,".
 */
function apposedOrganisation(ctx: SpeakerContext, at: number, noun: string): Actor | null {
  const text = ctx.text;
  if (!text) return null;
  // ("the French team Lumière-Alpes": or the noun set right before the name, as its kind.)
  const before = new RegExp(`\\b${noun},\\s+(?:the\\s+)?$|\\b(?:the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,2}${noun}\\s+$`, "iu");
  // ("Scottish Championship club Inverness Caledonian Thistle": or after the name of what it plays in, with no article.)
  const afterWhatItPlaysIn = new RegExp(`(?:^|[^\\p{L}'’-])(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}${noun}\\s+$`, "u");
  const after = new RegExp(`^(?:\\s+\\([^()]{1,12}\\))?,\\s+(?:the|a|an|its)\\s+(?:[\\p{L}'’-]+\\s+){0,3}${noun}\\b`, "iu");
  // ("evacuated from the nearby Blue Lagoon spa …. The spa said": a place that speaks through whoever runs it, the noun
  // right after its name.)
  const facility = FACILITY_NOUN.test(noun);
  const facilityAfter = new RegExp(`^\\s+${noun}\\b`, "i");
  // ("In a post on X, the regulator wrote": where words went out, then the subject, is no apposition.)
  return lastActorMentioned(ctx, at, (actor) =>
    // ("In its written decision, seen by Huaxia Sports Weekly, the committee": nor a paper that saw a document.)
    // (A place the text calls a group of its kind runs as a body: "Gracefield Hospitals, a private hospital group".)
    (actor.type === "organisation" || ((facility || GROUP_KIND_AT_THE_END.test(noun)) && actor.type === "place")) && actor.sources.some((s) => s.start < at && (before.test(text.slice(Math.max(0, s.start - 40), s.start)) || afterWhatItPlaysIn.test(text.slice(Math.max(0, s.start - 40), s.start)) || (after.test(text.slice(s.end, s.end + 60)) && !namedAsChannel(text, s.start) && !SEEN_BY.test(text.slice(Math.max(0, s.start - 24), s.start))) || (facility && facilityAfter.test(text.slice(s.end, s.end + 20))))),
  );
}

/** Initials only ever written before a noun they qualify: "HGV drivers", "the HGV driver shortage" (no body that acts). */
function onlyAttributive(text: string | undefined, actor: Actor): boolean {
  return text !== undefined && /^\p{Lu}{2,}$/u.test(actor.name) && actor.sources.every((s) => /^\s+\p{Ll}/u.test(text.slice(s.end, s.end + 3)));
}

/** The organisation that spoke last nearby, when it is also the body named last there (see `nearbyFrom`). */
function organisationThatSpokeInParagraph(ctx: SpeakerContext, at: number, noun: string): Speaker | null {
  if (ctx.text === undefined) return null;
  // This paragraph, or the one before when the quote opens this one ("Clayoquot Air … said in a statement ….¶“…,” the company said").
  // ("Ofgem confirmed on Friday ….¶The regulator said in a statement that …": or the noun itself does, a body's that no sitting
  // panel is.)
  const from = descriptionOpensParagraph(ctx.text, at) && !SITTING_BODY.test(noun) ? paragraphBefore(ctx.text, at) : nearbyFrom(ctx.text, at);
  const spoke = ctx.sayers.findLast((s) => s.at <= at && s.speaker.actor !== null && mayBeABody(s.speaker.actor));
  if (!spoke || spoke.at < from || calledAnotherKind(ctx.text, spoke.speaker.actor!, noun)) return null;
  // ("The Competition Tribunal has blocked the takeover …, the panel sided with the Competition Bureau, which had argued ….¶
  // “…,” the tribunal wrote": not a body whose name lacks the noun, where another the text named has it.)
  const nameHolds = nameWordsOf(noun);
  if (!nameHolds.test(spoke.speaker.actor!.name) && ctx.actors.some((a) => a !== spoke.speaker.actor && a.type === "organisation" && nameHolds.test(a.name) && a.sources.some((s) => s.start < at))) return null;
  // Not a name inside the quotation itself ("“Due to a technical issue, …”").
  const text = ctx.text;
  // (Nor where the words went out: "Conred announced the end of the search on its Twitter account".)
  const lastNamed = lastActorMentioned(ctx, at, mayBeABody, (start) => insideQuotation(text, from, start) || namedAsChannel(text, start));
  // ("CETESB, the state environmental agency, said … it had fined Nortex ….¶“…,” the agency said": one the text set the noun
  // beside, whatever it named since.)
  return lastNamed === spoke.speaker.actor || apposedOrganisation(ctx, at, noun) === spoke.speaker.actor ? { ...spoke.speaker, kind: "organisation" } : null;
}

/**
 * A panel, committee, commission, tribunal or jury the text told of by the noun in lower case since the paragraph before
 * ("The nine-member panel, chaired by …, voted", "The committee recommended"), outside quotations: described as fully as
 * the text anywhere describes one ("Athletics Kenya's disciplinary panel"), else by the noun.
 */
function sittingBodyToldOf(ctx: SpeakerContext, at: number, noun: string): Speaker | null {
  if (ctx.text === undefined) return null;
  const from = paragraphBefore(ctx.text, at);
  const text = ctx.text;
  const toldOf = [...text.slice(from, at).matchAll(new RegExp(String.raw`\b(?:[Tt]he|[Ii]ts|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{Ll}\d-]+\s+){0,3}${noun}\b(?!\s+\p{Lu})`, "gu"))].some((m) => !insideQuotation(text, text.lastIndexOf("\n", from + m.index) + 1, from + m.index));
  if (!toldOf) return null;
  return { name: bodyDescribedNearby(ctx, at, noun, true) ?? noun, role: null, actor: null, kind: "organisation" };
}

/** Where "nearby" starts for `at`: its paragraph, or the paragraph before when a quotation opens its own. */
function nearbyFrom(text: string, at: number): number {
  return quoteOpensParagraph(text, at) ? paragraphBefore(text, at) : text.lastIndexOf("\n", at) + 1;
}

/** Bodies that sit and decide, which a text calls by the noun alone: "the panel", "the jury". */
const SITTING_BODY = /^(?:panel|committee|commission|tribunal|jury|court|bench)$/;
/** "Ofgem confirmed on Friday ….¶The regulator said in a statement that …": a paragraph opened by a noun that points back, and its verb of saying. */
const DESCRIPTION_OPENING = /^\s*The\s+(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}+\s+(?:(?:has|have|had|also|later|then)\s+)?(?:said|says|added|adds|told|stated|wrote|warned|insisted|argued|noted|explained|announced)\b/u;

/** Whether the paragraph holding `at` opens with such a noun and its verb of saying. */
function descriptionOpensParagraph(text: string, at: number): boolean {
  const from = text.lastIndexOf("\n", at) + 1;
  return DESCRIPTION_OPENING.test(text.slice(from, from + 80));
}

/** The paragraph holding `at` opens with a quotation mark. */
/** A paragraph's text up to a quotation that opens a sentence after its first: "… last week. “For a lot of us …,” she said". */
const QUOTE_OPENING_A_SENTENCE = /[.!?]\s+[“"][^“”"]*[”"][^“”".!?]*$/;

function quoteOpensParagraph(text: string, at: number): boolean {
  return /^\s*[“"‘']/.test(text.slice(text.lastIndexOf("\n", at) + 1, at));
}

/** A court the text names between `from` and `at` as doing what a court does, the last one so told of: "the Oita District Court in southern Japan ordered". */
function courtThatRuled(ctx: SpeakerContext, from: number, at: number): Actor | undefined {
  const text = ctx.text!;
  const rulings = ctx.actors
    .filter((a) => a.type === "organisation" && /\s(?:Court|Tribunal)$/.test(a.name))
    .flatMap((a) => a.sources.filter((s) => s.start >= from && s.end <= at && !withinQuotation(ctx, s.start) && COURT_RULING_AFTER.test(text.slice(s.end, s.end + 90))).map((s) => ({ actor: a, start: s.start })));
  return rulings.sort((a, b) => a.start - b.start).at(-1)?.actor;
}
/** What a court does, right after its name, past where it sits and when: " in southern Japan ordered", " on Monday ruled". */
const COURT_RULING_AFTER = /^(?:\s+\([^)]*\))?(?:\s+(?:in|at|of)\s+[^,.;:“”"]{1,40}?)?(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?\s+(?:has\s+|had\s+)?(?:ruled|ordered|rejected|dismissed|upheld|found|overturned|quashed|granted|sentenced|acquitted|convicted|annulled|awarded|struck\s+down|threw\s+out)\b/u;

/** The last sentence of a stretch of text: "He still remembers the sound." of "Which brings us back to Coyle. He still remembers the sound.". */
function lastSentenceOf(text: string): string {
  // (None that holds a quotation mark: a sentence of someone's words is theirs, not the text's.)
  return /(?:^|[.!?]["”’]?\s+)([^.!?“”"]*[.!?]?)$/.exec(text.trimEnd())?.[1] ?? "";
}

/** Where the paragraph before the one holding `at` starts. */
/**
 * Who a stretch of text last told of as putting out a writing of the kind: "the company" of "…, the company said in a press
 * release", with where the phrase stands.
 */
function issuerOfTheWriting(text: string, from: number, at: number, noun: string): { phrase: string; role: string | null; at: number } | null {
  const stretch = text.slice(from, at);
  const issuing = [...stretch.matchAll(new RegExp(`\\s(?:said|says|announced|stated|confirmed|added|wrote)\\s+(?:on\\s+\\p{Lu}\\p{Ll}+\\s+)?(?:in|through)\\s+an?\\s+(?:[\\p{Ll}-]+\\s+)?${literalPattern(noun)}\\b`, "gu"))].at(-1);
  if (!issuing) return null;
  const sentence = stretch.slice(0, issuing.index).split(/(?<=[.!?]["”’]?)\s+/).pop()!;
  const subject = subjectBefore(`${sentence} `);
  return subject ? { ...subject, at: from + issuing.index } : null;
}

function paragraphBefore(text: string, at: number): number {
  const start = text.lastIndexOf("\n", at) + 1;
  return text.lastIndexOf("\n", text.slice(0, start).trimEnd().length - 1) + 1;
}

/** "the Met" for the Metropolitan Police, "the Fed" for the Federal Reserve: a clipped first word of an organisation's name. */
function clippedNameOf(actors: readonly Actor[], name: string): Actor | undefined {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(name)) return undefined;
  const found = actors.filter((a) => a.type === "organisation" && a.name.includes(" ") && a.name.startsWith(name) && /^\p{Ll}/u.test(a.name.slice(name.length)));
  if (found.length === 1) return found[0];
  // ("Meridian said in a statement" after "Meridian Cruise Line": the first word of the one body whose name it opens.)
  const opened = actors.filter((a) => a.type === "organisation" && a.name.startsWith(`${name} `));
  return found.length === 0 && opened.length === 1 ? opened[0] : undefined;
}

function organisationNamedInParagraph(ctx: SpeakerContext, at: number, noun: string): Actor | null {
  if (ctx.text === undefined || !quoteOpensParagraph(ctx.text, at)) return null;
  const from = paragraphBefore(ctx.text, at);
  const text = ctx.text;
  if (ctx.sayers.some((s) => s.at >= from && s.at <= at)) return null;
  return lastActorMentioned(ctx, at, (a) => a.type === "organisation" && !calledAnotherKind(text, a, noun), (start) => start < from || insideQuotation(text, from, start));
}

/** "the CGT union confederation": a body the text calls a union, a ministry or a party is none of what "the company" points back to. */
function calledAnotherKind(text: string, actor: Actor, noun: string): boolean {
  // ("according to the state utility Ethiopian Electric Power.¶“…,” the ministry said": a utility is no ministry.)
  // ("the National Environment Agency (NEA).¶“…,” the ministry said": nor is a body whose name ends in another such noun.)
  if (DEFINING_HEAD_NOUN.test(noun)) return !new RegExp(`\\b${noun}\\b`, "i").test(actor.name) && (actor.sources.some((s) => ANOTHER_KIND_BEFORE.test(text.slice(Math.max(0, s.start - 30), s.start))) || /\s(?:Agency|Department|Ministry|Office|Authority|Commission|Council|Board|Bureau|Service)$/.test(actor.name));
  return /^(?:company|firm)$/.test(noun) && calledANonBusiness(text, actor);
}

/** "the CGT union confederation", "the shopworkers’ union Usdaw": a body the text calls by a noun for something other than a business. */
function calledANonBusiness(text: string | undefined, actor: Actor): boolean {
  return text !== undefined && actor.sources.some((s) => ANOTHER_KIND_AFTER.test(text.slice(s.end, s.end + 30)) || NON_BUSINESS_BEFORE.test(text.slice(Math.max(0, s.start - 30), s.start)));
}
const NON_BUSINESS_BEFORE = /\b(?:unions?|confederation|federation|ministry|party|council|association|committee|commission|government|agency|regulator|watchdog|charity)\s+$/i;
const ANOTHER_KIND_BEFORE = /\b(?:utility|company|firm|operator|group|bank|airline|union|carrier|insurer|lender|developer|contractor)\s+$/i;
const ANOTHER_KIND_AFTER = /^\s+(?:(?:trade|labou?r)\s+)?(?:unions?|confederation|federation|ministry|party|council|association|committee|commission|government|agency)\b/;

/** The first letters of a name's capitalised words: "Uasin Gishu District Commissioner" → "UGDC". */
function initialsOf(name: string): string {
  return (name.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).map((w) => w[0]).join("");
}

/** An office's initials, whatever its case: "prime minister" → "PM", "Chief Minister" → "CM", "Minister of State" → "MS". */
/**
 * "the PM" for "Prime Minister"; "the CS" for "Interior Cabinet Secretary", the field before an office left out as Kenyan
 * papers write it. Not a rank below the office: "the PM" is never the Deputy Prime Minister.
 */
function abbreviatesOffice(initials: string, office: string): boolean {
  // ("the DC" for the "Barishal Deputy Commissioner": the office's last words, past where it is; not "the PM" for the "Deputy
  // Prime Minister", a rank below the office left off.)
  // ("the CEO" for the "Chief Executive Officer of Kasa Mobile Ghana Limited": or the office without the body it is of.)
  const all = office.split(/\s+/).filter((w) => w !== "");
  const abbreviatedFrom = (words: string[]) => words.findIndex((_w, k) => initialsOfOffice(words.slice(k).join(" ")) === initials);
  const of = all.findIndex((w) => /^(?:of|for)$/.test(w));
  const words = abbreviatedFrom(all) < 0 && of > 0 ? all.slice(0, of) : all;
  const from = abbreviatedFrom(words);
  return from >= 0 && !words.slice(0, from).some((w) => /^(?:deputy|vice|assistant|acting|under|associate|junior|shadow|former)$/i.test(w));
}

function initialsOfOffice(office: string): string {
  // ("MEC", "DCP": a title already in initials is its own.)
  return office.split(/\s+/).filter((w) => w !== "" && !/^(?:of|for|the|and)$/i.test(w)).map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w[0]!.toUpperCase())).join("");
}

/** Whether `at` falls inside one of the article's quotations. */
function withinQuotation(ctx: SpeakerContext, at: number): boolean {
  const spans = ctx.quotations;
  if (!spans) return false;
  const span = spans[lastIndexAtOrBefore(spans, at, (s) => s.open)];
  return span !== undefined && span.open <= at && at < span.close;
}

/**
 * Whether `at` is in the paragraph of `from`, or in the next one, right after a quotation that opens it ("… said ….¶“…,” it
 * said"): where a body or a person just heard still speaks.
 */
function inParagraphOrQuotationOpeningTheNext(text: string, from: number, at: number): boolean {
  const breaks = text.slice(from, at).match(/\n+/g)?.length ?? 0;
  if (breaks === 0) return true;
  const paragraphToHere = text.slice(text.lastIndexOf("\n", at) + 1, at);
  return breaks === 1 && /^\s*["“‘]/.test(paragraphToHere) && /["”’]\s*$/.test(paragraphToHere);
}

/** Whether `at` lies inside a quotation opened since `from` (a paragraph's start). */
function insideQuotation(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  return (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0) || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** An organisation, or a one-word name with no title that the text made a person only because it spoke ("Dynegy said"). */
function mayBeABody(actor: Actor): boolean {
  return actor.type === "organisation" || (actor.type === "person" && !actor.name.includes(" ") && actor.roles.length === 0);
}

/** The organisation named most often before `at` (at least twice); between equals, the one named last. */
function mostNamedOrganisation(ctx: SpeakerContext, at: number, orTown = false, fits: (actor: Actor) => boolean = () => true): Actor | null {
  let best: { actor: Actor; count: number; last: number } | null = null;
  // ("taken to Chambéry for questioning", "the gendarmerie in Chambéry": a town the text only ever puts after "in" or "to" is
  // where things happen, no club.)
  const onlyWhere = (a: Actor) => ctx.text !== undefined && a.sources.every((s) => /\b(?:in|at|to|from|near|outside|of)\s+$/i.test(ctx.text!.slice(Math.max(0, s.start - 8), s.start)));
  for (const actor of ctx.actors) {
    if (!fits(actor) || (!mayBeABody(actor) && !(orTown && actor.type === "place" && !actor.name.includes(" ") && !isKnownPlace(actor.name) && !onlyWhere(actor)))) continue;
    let count = 0;
    let last = -1;
    for (const source of actor.sources) {
      if (source.start >= at) continue;
      count++;
      last = Math.max(last, source.start);
    }
    if (count >= 2 && (!best || count > best.count || (count === best.count && last > best.last))) best = { actor, count, last };
  }
  return best?.actor ?? null;
}

/** The body or place whose name opens the story's first sentence after the headline (a byline, a dateline), as the subject of a verb in the past. */
function bodyOpeningTheStory(ctx: SpeakerContext, at: number): Actor | null {
  const text = ctx.text;
  const headlineEnd = text?.indexOf("\n\n") ?? -1;
  if (text === undefined || headlineEnd < 0) return null;
  let lead = headlineEnd + /^\s*/.exec(text.slice(headlineEnd, headlineEnd + 20))![0].length;
  // ("By Tom Ellery, Chief Football Correspondent": past a byline.)
  lead += /^By\s+\p{Lu}[^\n]{0,120}\n\s*/u.exec(text.slice(lead, lead + 140))?.[0].length ?? 0;
  lead += DATELINE.exec(text.slice(lead, lead + 100))?.[0].length ?? 0;
  return ctx.actors.find((actor) => (actor.type === "organisation" || actor.type === "place") && actor.sources.some((s) => s.start === lead && s.start < at && /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}ed\b/u.test(text.slice(s.end, s.end + 24)))) ?? null;
}

/** A name that says it is a business by its last word: "Courier Newspapers", "Calloway Energy Inc.". */
function isBusinessName(given: string): boolean {
  // ("Kestrel Motors North America": the region a company's arm is for may close its name.)
  const words = given.split(/\s+/);
  const region = [2, 1].find((n) => words.length > n + 1 && isKnownPlace(words.slice(-n).join(" ")));
  const name = region ? words.slice(0, -region).join(" ") : given;
  const last = name.split(/\s+/).pop() ?? "";
  // ("the Indian Council of Medical Research": a body headed by a council or an institute is of the field it names, no business.)
  return name.includes(" ") && (isBusinessWord(last) || CORPORATE_PREFIX.test(name)) && !BODY_OF_A_FIELD.test(name);
}
const BODY_OF_A_FIELD = /^(?:\p{Lu}[\p{L}'’-]*\s+)*(?:Council|Institute|Centre|Center|Academy|Foundation|Society|Association|University|College|School|Agency|Board|Commission|Ministry|Department|Office|Bureau)\s+(?:of|for)\s/u;

/** A body the text describes by what it makes or does, right before its name: "appliance maker Electrolar". */
function describedAsABusiness(text: string | undefined, actor: Actor): boolean {
  // ("Belalp Bahnen chief executive Corinne Imboden": or one with a chief executive.)
  return text !== undefined && actor.sources.some((s) => BUSINESS_BEFORE.test(text.slice(Math.max(0, s.start - 16), s.start)) || isApposedAsABusiness(text.slice(s.end, s.end + 80)) || /^['’]?s?\s+(?:chief executive|CEO|managing director)\b/i.test(text.slice(s.end, s.end + 24)));
}

/** A site or a works, by the noun the text writes after most of its name's mentions: "the Cerro Llacsa copper mine". */
function namesAFacility(text: string | undefined, actor: Actor): boolean {
  if (text === undefined) return false;
  const facility = actor.sources.filter((s) => FACILITY_AFTER.test(text.slice(s.end, s.end + 40))).length;
  return facility * 2 > actor.sources.length;
}
const FACILITY_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:mine|mines|plant|refinery|smelter|oilfield|gasfield|field|dam|reservoir|pipeline|project|complex|terminal|factory|mill|works|power station|station|wind farm|solar farm|farm|deposit|site|port|airport)\b/u;


/** The head word of a body that is not a business: a union, a ministry, a council, a party. */
const NOT_A_COMPANY = /\b(?:Association|Union|Federation|Congress|Confederation|Council|Ministry|Department|Party|Court|Commission|Committee|Police|Army|Agency|Authority|Government|Society|League|Church|University|College|School|Hospital|Airport|Station|Stadium|Port|Harbour|Harbor|Institute|Foundation|Trust|Chapel|Assembly|Parliament|Senate)$/;

/** A plural noun in the singular: "officers" → "officer", "witnesses" → "witness", "deputies" → "deputy", "men" → "man". */
function singular(noun: string): string {
  if (noun === "people") return "person";
  if (noun === "children") return "child";
  if (/men$/.test(noun)) return noun.replace(/men$/, "man");
  if (/ies$/.test(noun)) return noun.replace(/ies$/, "y");
  if (/(?:ss|sh|ch|x|z)es$/.test(noun)) return noun.replace(/es$/, "");
  return noun.replace(/s$/, "");
}

/** What a court, an inquiry or a hearing was told, before the one it was told of: "The court heard that o(ne victim)". */
const HEARD_THAT = /^(?:The\s+)?(?:\p{L}+\s+){0,3}(?:heard|(?:was|were)\s+told|learned|learnt)\s+that\s+(?=(?:one|another|an?)\s)(\p{Ll})/u;

/**
 * The last person described, not named, who opens a sentence after `since`, nearby, and whom `pronoun` fits: someone's
 * kin ("Keefe’s sister", "The mother of a 16-year-old boy killed in the attack") or a newcomer by what they are ("An
 * insurgent commander, speaking by telephone, rejected that account").
 */
function describedOpeningASentence(ctx: SpeakerContext, at: number, since: number, pronoun: "he" | "she"): { name: string; at: number } | null {
  let found: { name: string; at: number } | null = null;
  for (const { opening: said, at: opensAt } of sentenceOpeningsSince(ctx, at, since)) {
    // ("The court heard that one victim, an 81-year-old widow from Frankston, lost A$620,000": past what a court or a hearing
    // was told, the one it was told of opens the sentence.)
    const opening = said.replace(HEARD_THAT, (_frame, letter: string) => letter.toUpperCase());
    // "At a clinic in Sham Shui Po, a 72-year-old dock worker who gave his surname as Chan waited": the name the clause gives.
    const given = GIVEN_NAME_OPENING.exec(withoutOpeningAdverbial(opening).trimStart());
    const givenAs = given ? (/\b(?:his|himself)\b/.test(given[0]) ? "he" : /\b(?:her|herself)\b/.test(given[0]) ? "she" : pronounOfRoles([given[1]!])) : null;
    if (given && (givenAs ?? pronoun) === pronoun) {
      found = { name: given[2]!, at: opensAt };
      continue;
    }
    const possessed = POSSESSED_KIN.exec(opening);
    const kinOf = KIN_OF.exec(opening);
    // ("Her sister, her brother-in-law and their three children were not home": not one of several the sentence lists.)
    const listed = possessed !== null && /^(?:,\s*(?:his|her|their|the|a|an)\s[^,.;:]{1,40}?)*,?\s+and\s/.test(opening.slice(possessed[0].length));
    const kin = listed ? undefined : (possessed?.[0] ?? kinOf?.[0]);
    // ("A nurse at the hospital was blunter. “…,” she said": the description ends where its verb begins, in a sentence before
    // the quote's; not in the quote's own: "A distributor has told the clinic it expects …, she said".)
    const before = ctx.text !== undefined && /[.!?]["”’]?\s/.test(ctx.text.slice(opensAt, at));
    // ("One victim, an 81-year-old widow from Box Hill, lost A$410,000": the description set off after "one victim" says more.)
    const apposed = /^(?:One|Another)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+((?:an?)\s[^,]+),/u.exec(opening)?.[1];
    const subject = apposed ?? opening.replace(/,.*$/, "").replace(before ? /\s+(?:was|were|is|are|has|had|have|would|will|could|did)\s.*$/ : /(?!)/, "");
    const name = kin ? kin.replace(/^[Tt]he\s+/, "") : /^(?:An?|One|Another)\s/.test(opening) ? describedNewcomer(subject) : null;
    const head = possessed?.[1] ?? kinOf?.[1] ?? (name ? headNoun(name) : "");
    if (name && (pronounOfRoles([head]) ?? pronoun) === pronoun && (kin || !AGENT_OR_ROLE_PLURAL.test(head))) found = { name, at: opensAt };
    // ("… led across the old bridge by their teacher. … The teacher points to a thin brown stream. “…,” she says": one this
    // paragraph brought in by a noun for a person, that opens a sentence again as "the" noun.)
    const again = /^The\s+(\p{Ll}{3,})\s+(?!of\b|for\b|who\b)/u.exec(opening)?.[1];
    if (!name && !kin && again && ctx.text !== undefined && (isPersonNoun(again) || AGENT_NOUN.test(again)) && (pronounOfRoles([again]) ?? pronoun) === pronoun) {
      const paragraphStart = ctx.text.lastIndexOf("\n", opensAt) + 1;
      if (new RegExp(`\\b(?:a|an|their|his|her|its|our)\\s+(?:[\\p{Ll}-]+\\s+)?${again}\\b`, "u").test(ctx.text.slice(paragraphStart, opensAt))) found = { name: again, at: opensAt };
    }
  }
  return found;
}

/** The holder of an office named with "The" and in capitals at the opening of a sentence after `since`, nearby, whom `fits` fits. */
function officeOpeningASentence(ctx: SpeakerContext, at: number, since: number, fits: (name: string) => boolean): { speaker: Speaker; at: number } | null {
  let found: { speaker: Speaker; at: number } | null = null;
  for (const { opening, at: opensAt } of sentenceOpeningsSince(ctx, at, since)) {
    // ("Asked what he would tell Bougainvilleans, the President was blunt": past a question put to them.)
    const office = /^(?:(?:Asked|Pressed|Questioned|Speaking)\b[^,“”"]{0,120},\s+t|T)he\s+((?:\p{Lu}\p{Ll}+\s+){0,3}\p{Lu}\p{Ll}+)\s+\p{Ll}/u.exec(opening)?.[1];
    // ("The environment secretary visited the scheme on Thursday. Asked whether it had failed, he said": an office in lower
    // case, which no one the text names holds, is the one who speaks as it.)
    // ("Peru's prime minister flew to Arequipa on Tuesday morning. “…,” he said": or a country's.)
    const ownedOffice = office ? null : /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?['’]s\s+(?:\p{Ll}+\s+){0,2}(?:secretary|minister|commissioner|governor|mayor|premier|chancellor|president))\s+(?!said|says|told|added)\p{Ll}+/u.exec(opening)?.[1];
    // ("The former minister, who denied wrongdoing throughout the trial, showed no emotion …. he said": past a clause set off
    // by commas, and by the office whenever held, "former" or not.)
    const lowerOffice = office ? undefined : (ownedOffice ?? /^The\s+((?:\p{Ll}+\s+){0,2}(?:secretary|minister|commissioner|governor|mayor|premier|chancellor|president))(?:,[^,.;“”"]{1,120},)?\s+(?!said|says|told|added)\p{Ll}+/u.exec(opening)?.[1]);
    if (lowerOffice) {
      const heldWhenever = lowerOffice.split(/\s+/).filter((w) => !TIME_OF_AN_OFFICE.test(w)).join(" ");
      const holder = holderOf(ctx, at, officeHeldAs(heldWhenever));
      const speaker: Speaker = holder ?? { name: lowerOffice, role: null, actor: null, kind: "description", introduced: true };
      if (fits(speaker.name)) found = { speaker, at: opensAt };
      continue;
    }
    // ("Monsignor Piergiorgio Zanetti …. The monsignor himself has said little in public. But in a letter …, he wrote": a title
    // alone in lower case is one the text named with it.)
    const titleAlone = office ? undefined : /^The\s+(monsignor|bishop|archbishop|cardinal|ambassador|senator|sheriff|imam|rabbi|pastor)\s+(?!said|says|told|added)\p{Ll}+/u.exec(opening)?.[1];
    const titledSo = titleAlone ? holderOf(ctx, at, officeHeldAs(titleAlone, true)) : null;
    if (titledSo && fits(titledSo.name)) found = { speaker: titledSo, at: opensAt };
    if (!office || !OFFICE.test(office.split(/\s+/).pop()!)) continue;
    // (Where no one named holds it, the office as the text described it when it spoke: "The President of the Autonomous Region
    // of Bougainville told reporters".)
    const holder = holderOf(ctx, at, titledAs(office)) ?? lastSayer(ctx, at, (s) => s.kind === "description" && /^\p{Lu}/u.test(s.name) && headNoun(s.name) === office.toLowerCase());
    if (holder && fits(holder.name)) found = { speaker: holder, at: opensAt };
  }
  return found;
}

/**
 * The openings of the sentences after `since` and before `at`, nearby, with where each starts; not those inside a
 * quotation ("‘People came out with tea. A man in Belmullet gave Dad €50,’ she said": a sentence inside it is hers).
 */
function* sentenceOpeningsSince(ctx: SpeakerContext, at: number, since: number): Generator<{ opening: string; at: number }> {
  if (ctx.text === undefined) return;
  const from = Math.max(nearbyFrom(ctx.text, at), since + 1);
  for (const match of ctx.text.slice(from, at).matchAll(SENTENCE_OPENING)) {
    const opening = match[1]!;
    const opensAt = from + match.index + match[0].indexOf(opening);
    if (!withinQuotation(ctx, opensAt)) yield { opening, at: opensAt };
  }
}

/** The first 120 characters of each sentence, short of any quotation. */
const SENTENCE_OPENING = /(?:^|[.!?]["”’]?\s+|\n)(\p{Lu}[^.!?“”"\n]{0,120})/gu;
/** "A trader who gave his name as Abdirahman", opening a sentence: the described person and the name given. */
const GIVEN_NAME_OPENING = new RegExp(String.raw`^((?:An?|One)\s+[^,]{1,90}?)[\s,]+${NAME_GIVEN_AS}\s+${GIVEN_NAME_WORDS}`, "u");
/** "Keefe’s sister", "Mr Hession’s widow": someone's kin by the name they belong to. */
// ("The shop owner's brother": or by what the one they belong to is.)
// ("Her grandson is less relaxed about it": or a pronoun's.)
const POSSESSED_KIN = new RegExp(String.raw`^(?:(?:(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*?|[Tt]he\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*?)['’]s?|(?:His|Her|Their))\s+(${KIN_WORDS})\b`, "u");
/** "The mother of a 16-year-old boy killed in the attack": someone's kin, up to the sentence's verb or a comma. */
const KIN_OF = new RegExp(String.raw`^[Tt]he\s+(${KIN_WORDS})\s+of\s+(?:\S+\s+){0,9}?\S+?(?=\s+(?:sat|stood|said|says|was|is|has|had|wept|waited|told|arrived|spoke|came|went|walked|cried|rejected|insisted|described|recalled|added)\b|[,;]|$)`, "u");
/** A head noun in the plural, for a group rather than one person ("residents", "workers"). */
const AGENT_OR_ROLE_PLURAL = /(?:[^s]s|people|men|women|children|police|staff|crew)$/;

/**
 * "That was little comfort to Eleanor Crabbe, 77, whose grandparents ….¶“My whole family is in that graveyard,” she
 * said": a quotation that opens its paragraph, after a paragraph that brought in a new person and quoted no one, is that
 * person's, rather than the words of whoever spoke before.
 */
function introducedBefore(ctx: SpeakerContext, at: number, lastSaid: number, fits: (name: string) => boolean): Actor | null {
  if (ctx.text === undefined) return null;
  // ("The petition was organised by Kathleen Rigg, a retired nurse from Keswick, who delivered it …. “…,” she said": or one
  // brought in by this paragraph, before a quotation that opens a sentence of it.)
  const opensParagraph = quoteOpensParagraph(ctx.text, at);
  const opensASentence = !opensParagraph && QUOTE_OPENING_A_SENTENCE.test(ctx.text.slice(ctx.text.lastIndexOf("\n", at) + 1, at));
  if (!opensParagraph && !opensASentence) return null;
  const from = opensASentence ? ctx.text.lastIndexOf("\n", at) + 1 : paragraphBefore(ctx.text, at);
  if (lastSaid >= from) return null;
  // (Not one named only as the owner of another person: "Keefe’s sister wept" brings in the sister.)
  const text = ctx.text;
  // (Nor a name after "the", which no person's takes: "the collapse of the Pakatan Harapan government".)
  // (Nor one named inside a quotation: "“… If Advocate Mokoena applies the constitution as it is written, we have nothing to
  // fear,” he said.")
  const newcomers = ctx.actors.filter((a) => isPersonLike(a) && fits(a.name) && a.sources[0]!.start >= from && a.sources[0]!.start < at && !withinQuotation(ctx, a.sources[0]!.start) && !POSSESSED_PERSON.test(text.slice(a.sources[0]!.end, a.sources[0]!.end + 40)) && !(a.type !== "person" && /\bthe\s+$/i.test(text.slice(Math.max(0, a.sources[0]!.start - 5), a.sources[0]!.start))) && !setBesideABody(text, a));
  // (Within the paragraph, only where no one else it names was met before: "Marsters also questioned a decision …, when
  // Mystics centre Lavinia Tupou was penalised …. “…,” she said" is Marsters.)
  // ("When Ms Nic Gabhann … continued to interrupt, the Ceann Comhairle, Séamus Gilligan, rose …. “…,” he said": one the
  // pronoun cannot mean does not count, nor a body whose name only looks like a person's, "Ceann Comhairle".)
  const metBefore = opensASentence && ctx.actors.some((a) => (a.type === "person" || (isPersonLike(a) && a.roles.length > 0)) && !newcomers.includes(a) && fits(a.name) && a.sources.some((s) => s.start >= from && s.start < at) && a.sources[0]!.start < from);
  return newcomers.length === 1 && !metBefore ? newcomers[0]! : null;
}

/** "He" or "she" where a sentence starts, perhaps after the mark that ended the one before: ". She would not comment". */
const PRONOUN_AT_A_SENTENCE_START = {
  he: /^(?:[.!?]["”’]?)?\s*he\b/i,
  she: /^(?:[.!?]["”’]?)?\s*she\b/i,
} as const;

/**
 * "He" or "she" opening a sentence, right before `at` ("… in the sentence before. He said"), or after a phrase of where the
 * words went out ("In a post on X, she wrote:") or of what they were doing as they spoke ("Presenting the 212-page report,
 * she said").
 */
const pronounOpeningASentence = (capitalised: string, pronoun: string) => new RegExp(String.raw`(?:^|[.!?]["”’]?\s+)(?:${capitalised}|(?:In|On|Through|Via|\p{Lu}\p{Ll}+ing)\s[^,.!?“”"]{1,60},\s+${pronoun})\s+(?:\p{Ll}+ly\s+)?$`, "u");
const PRONOUN_OPENING_A_SENTENCE = { he: pronounOpeningASentence("He", "he"), she: pronounOpeningASentence("She", "she") } as const;

/**
 * "Earlier on Wednesday the inquiry heard from a firearms tactical adviser, who cannot be named for legal reasons. He said":
 * a pronoun opening a sentence, after one that brought in someone unnamed from whom something was heard, is that person.
 */
function describedInTheSentenceBefore(ctx: SpeakerContext, at: number, since: number, pronoun: "he" | "she"): { name: string; at: number } | null {
  const text = ctx.text;
  if (text === undefined) return null;
  const paragraphStart = text.lastIndexOf("\n", at) + 1;
  const before = text.slice(Math.max(paragraphStart, since + 1), at);
  const opens = PRONOUN_OPENING_A_SENTENCE[pronoun].exec(before);
  const heardFrom = opens ? /\b(?:heard|evidence|testimony|statement)\s+from\s+(an?\s+(?:[\p{Ll}-]+\s+){0,3}(\p{Ll}+))(?=,\s+who\b|[.])/u.exec(before.slice(0, opens.index)) : null;
  if (!heardFrom || !(ROLE_WORDS.exec(heardFrom[2]!)?.[0] === heardFrom[2] || AGENT_NOUN.test(heardFrom[2]!) || isRoleNoun(heardFrom[2]!)) || (pronounOfRoles([heardFrom[2]!]) ?? pronoun) !== pronoun) return null;
  return { name: heardFrom[1]!.replace(/^an?\s+/, ""), at: at - before.length + heardFrom.index };
}

/**
 * "Back in the ward, Nazia Bibi’s son had fallen asleep. She said she would not go home": a pronoun that opens a sentence,
 * in a paragraph where no one has spoken yet, is the one person the sentence before it named (as the owner of another
 * person only where that person cannot be the pronoun's).
 */
function namedInTheSentenceBefore(ctx: SpeakerContext, at: number, lastSaid: number, fits: (name: string) => boolean, pronoun: "he" | "she"): Actor | null {
  const text = ctx.text;
  if (text === undefined) return null;
  const paragraphStart = text.lastIndexOf("\n", at) + 1;
  const before = text.slice(paragraphStart, at);
  const opens = PRONOUN_OPENING_A_SENTENCE[pronoun].exec(before);
  if (lastSaid >= paragraphStart || !opens || opens.index === 0) return null;
  const boundaries = [...before.slice(0, opens.index).matchAll(/[.!?]["”’]?\s+(?=[\p{Lu}“"‘'])/gu)];
  const from = paragraphStart + (boundaries.length ? boundaries.at(-1)!.index + boundaries.at(-1)![0].length : 0);
  const to = paragraphStart + opens.index;
  const namedHere = (start: number, end: number) => {
    if (start < from || start >= to) return false;
    const owned = /^['’]s?\s+(\p{Ll}+)/u.exec(text.slice(end, end + 30))?.[1];
    return !owned || !POSSESSED_PERSON.test(text.slice(end, end + 40)) || (pronounOfRoles([owned]) ?? pronoun) !== pronoun;
  };
  const named = ctx.actors.filter((a) => isPersonLike(a) && fits(a.name) && a.sources.some((s) => namedHere(s.start, s.end)) && !setBesideABody(text, a));
  return named.length === 1 ? named[0]! : null;
}

/**
 * A body in lower case opening the last sentence, up to its comma or its verb: "The five-member inquiry committee, chaired by",
 * "The appeals committee of the Norwegian sports confederation (NIF) ruled" (past what it is of), "A parliamentary committee examined".
 */
const BODY_OPENING_THE_SENTENCE_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)((?:[Tt]he|An?)\s+(?:[\p{Ll}\d-]+\s+){0,3}\p{Ll}+)(?:\s+of\s+(?:the\s+)?(?:\p{L}[\p{L}'’-]*\s+){0,5}?\p{L}[\p{L}'’-]*(?:\s+\([\p{Lu}\d&-]+\))?)?(?:,|\s+(?:has\s+|had\s+)?\p{Ll}+(?:ed|s|ook|ave|ound|ent)\b)[^\n]*?[.!?]["”’]?\s*$/u;
/** Past tenses of verbs that take no "-ed": "sought", "took", "held". */
const IRREGULAR_PAST = "sought|took|gave|made|went|came|began|won|lost|sent|spent|kept|held|left|set|put|cut|paid|brought|bought|built|hit|met|ran|saw|struck|stood|wrote|chose|rose|fell|grew|shut|sold|found|threw|drew|led|fought|withdrew|overtook|undertook";
/** A body in lower case opening the sentence before "it", or the one before that where this one only says when or how. */
// ("The Commission rejected both contentions. “…,” it said", "The Hellenic Fire Service rejected the criticism": or by its
// name, capitalised.)
// ("In a filing to the exchange on Tuesday night, the company sought to reassure investors. “…,” it said": past an opening
// phrase of where, when or how, and with a verb that takes no "-ed".)
// ("The library did not respond to the Ledger’s questions …. In a short statement posted on its website on Monday night, it
// said": or one told of as not doing something.)
const BODY_OPENING_BEFORE_IT = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|\n\s*)(?:(?:In|On|At|After|Before|Later|Earlier|Through|Via)\s[^,.;:“”"]{1,60},\s+(?=the\s))?([Tt]he\s+(?:\p{Lu}\p{Ll}+\s+){0,3}\p{Lu}?\p{Ll}+)\s+(?:also\s+)?(?:\p{Ll}+(?:ed|s)|${IRREGULAR_PAST}|did\s+not|didn['’]t)\b(?:(?![.!?]["”’]?\s+\p{Lu})[^\n])*(?:[.!?]\s+(?:In|On|Through|Via|Later|Earlier)\s(?:(?!\p{Lu})[^.!?\n]|(?:${WEEKDAYS})\b)*)?$`, "u");

/**
 * "The bank also raised the reserve ratio, in a move it said would “mop up excess liquidity”": with no one heard before, "it"
 * is the body a noun for one opens the sentence with, as the text named it.
 */
function bodyOpeningItsSentence(ctx: SpeakerContext, at: number): Speaker | null {
  if (ctx.text === undefined) return null;
  const before = ctx.text.slice(Math.max(0, at - 300), at);
  // (A full stop before a number ends no sentence: "effective Feb. 16, in a move it said".)
  // ("The company denied the claims. In a statement on Friday it said": or the sentence before, when this one only opens with
  // where or when before "it".)
  const match = BODY_OPENING_BEFORE_IT.exec(before);
  // (Not a sentence inside a quotation: "‘… The girders recovered from the riverbed show no …,’ it says".)
  const opens = match && !withinQuotation(ctx, at - before.length + match.index + match[0].indexOf(match[1]!)) ? match[1] : undefined;
  const speaker = opens ? speakerOfPhrase(opens, null, { ...ctx, sayers: [] }, at) : null;
  return speaker?.kind === "organisation" && speaker.actor ? speaker : null;
}

/** People in the plural, by what they are or do, opening the sentence before "they" (past a phrase of where or when). */
const PEOPLE_OPENING_BEFORE_THEY = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|\n\s*)((?:The\s+(?:[\p{Ll}-]+\s+){0,2}|\p{Lu}\p{Ll}+\s+(?=\p{Ll}))?\p{L}\p{Ll}+(?:ers|ors|ists|ians|ards|ents|ants|ees|ives|ials|men|women|people|judges|police|nurses|experts|staff))\s+(?:also\s+)?(?:\p{Ll}+ed|${IRREGULAR_PAST})\b[^.!?\n“”"]*[.!?]\s+(?:(?:In|On|At|After|Later|Earlier|Through)\s[^,.;:“”"]{1,60},\s+)?(?:they\b[^.!?\n“”"]*)?$`, "u");

/** "Stewards rejected that explanation. In their written reasons, they said": the people "they" are, as the text describes them. */
function peopleOpeningTheSentenceBefore(ctx: SpeakerContext, at: number): { at: number; speaker: Speaker } | null {
  if (ctx.text === undefined) return null;
  const from = Math.max(ctx.text.lastIndexOf("\n", at - 1) + 1, at - 300);
  const match = PEOPLE_OPENING_BEFORE_THEY.exec(ctx.text.slice(from, at));
  if (!match || withinQuotation(ctx, from + match.index)) return null;
  const phrase = match[1]!;
  // (A name is no description: "Reuters", "Rangers".)
  if (actorNamed(ctx.actors, phrase.replace(/^The\s+/, ""))) return null;
  return { at: from + match.index, speaker: { name: describedAs(phrase.charAt(0).toLowerCase() + phrase.slice(1)), role: null, actor: null, introduced: true, kind: "description" } };
}

/** A sentence that opens with a leader's name and "and his/her colleagues" (or team), in the paragraph, before `at`. */
function teamOpeningTheSentence(ctx: SpeakerContext, at: number): { at: number; speaker: Speaker } | null {
  if (ctx.text === undefined) return null;
  const from = Math.max(ctx.text.lastIndexOf("\n", at - 1) + 1, at - 400);
  const match = TEAM_OPENING_A_SENTENCE.exec(ctx.text.slice(from, at));
  if (!match || withinQuotation(ctx, from + match.index)) return null;
  const leader = speakerOfPhrase(match[1]!, null, ctx, from + match.index);
  return leader?.kind === "person" ? { at: from + match.index, speaker: leader } : null;
}
/** A leader's name and "and his/her colleagues" opening a sentence, then at most one more sentence. */
const TEAM_OPENING_A_SENTENCE = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+)((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s+and\s+(?:his|her|their)\s+${TEAM_NOUNS}\s+\p{Ll}[^.!?]*(?:[.!?]["”’]?\s+[^.!?]*)?$`, "u");

/**
 * "The Indiana governor's office welcomed the deal. “…,” it said": someone's office, or a body's, that opens the paragraph
 * as its subject, with no one speaking in the paragraph since, is what "it" means, though the text never names it.
 */
function officeOpeningTheParagraph(ctx: SpeakerContext, at: number): Speaker | null {
  if (ctx.text === undefined) return null;
  const start = ctx.text.lastIndexOf("\n", at) + 1;
  if (ctx.sayers.some((s) => s.at >= start && s.at <= at)) return null;
  const office = OWNED_OFFICE_OPENING.exec(ctx.text.slice(start, at))?.[1];
  return office ? { name: office, role: null, actor: null, kind: "organisation" } : null;
}
/** "The Indiana governor's office welcomed": an office someone's or something's possessive names, then its verb. */
const OWNED_OFFICE_OPENING = /^(?:The|the)\s+((?:\p{Lu}[\p{L}.-]*\s+){0,4}[\p{L}-]+['’]s?\s+(?:office|press office|department|secretariat))\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\b/u;

/** A description opening the paragraph, before the name it sets off: "The firm operating the project, ". */
const DESCRIPTION_BEFORE_A_NAME = /^(?:The|An?|Its|Their)\s[^,.;“”"]{1,60},\s+$/;
/** A word for a kind of body, with what describes it, right before the body's name: "The environmental group ". */
const KIND_BEFORE_A_NAME = /^(?:The|An?)\s+(?:[\p{Ll}-]+\s+){0,3}(?:group|organi[sz]ation|charity|company|firm|union|association|campaign|coalition|network|watchdog|regulator|lobby|think-tank|party|alliance|federation)\s+$/u;

/** What follows a name that is its sentence's subject: an apposition, a verb, or an auxiliary. */
const SUBJECT_THEN_VERB = new RegExp(String.raw`^(?:\s*,|\s+\p{Ll}+(?:ed|s)\b|\s+(?:did|does|had|was|is|would|will|could|can|cannot|may|must|${IRREGULAR_PAST})\b)`, "u");

/**
 * "Keywell, a privately held company, disputed that account. In a statement, it said": the organisation that opens the
 * paragraph as its subject, when no one has spoken in the paragraph since, is what "it" means.
 */
function openingOrganisation(ctx: SpeakerContext, at: number, calledIt = false): Speaker | null {
  if (ctx.text === undefined) return null;
  const start = ctx.text.lastIndexOf("\n", at) + 1;
  if (ctx.sayers.some((s) => s.at >= start && s.at <= at)) return null;
  // ("The firm operating the project, Shivalik Hydro Ventures Pvt Ltd, denied negligence": or set off by commas after a
  // description that opens the paragraph.)
  const text = ctx.text;
  // ("The Ministry of Housing rejected the criticism. It said": after "The" that opens it too.)
  // ("The environmental group Bellona criticised the authorities for what it called": or after a word for its kind.)
  const opens = (source: { start: number; end: number }) => source.start === start || /^The\s+$/.test(text.slice(start, source.start)) || (DESCRIPTION_BEFORE_A_NAME.test(text.slice(start, source.start)) && /^\s*,/.test(text.slice(source.end, source.end + 3))) || KIND_BEFORE_A_NAME.test(text.slice(start, source.start));
  // ("Northline Rail did not respond …. it said": a name shaped like a person's is the body where "it" points back to it.)
  const opening = ctx.actors.find((a) => a.type === "organisation" && (calledIt || !looksLikePersonalName(a.name)) && a.sources.some(opens));
  if (!opening) return null;
  // The name is the subject: a comma (an apposition) or a verb follows it, not "'s" or another noun.
  const after = text.slice(opening.sources.find(opens)!.end, at);
  // ("Vías Perú did not respond to requests for comment. In a statement …, it said": or an auxiliary.)
  // ("Sejin hit back within hours. “…,” it said": or a past tense without "-ed".)
  return SUBJECT_THEN_VERB.test(after) ? { name: opening.name, role: null, actor: opening, kind: "organisation" } : null;
}

/** The actor that `fits` whose mention comes last before `at`. */
/** ", a vehicle he described as …": a noun set off by a comma, then a relative clause whose subject is a pronoun (asked of
 * the pronoun's verb, the text before it ends with the pronoun). */
const RELATIVE_CLAUSE_OF_A_PRONOUN = /,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:that\s+|which\s+)?(?:he|she)\s+(?:(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b[^.!?;:“”"]*)?$/u;
/** After a name, a verb of which it is the subject: "Pruett sold", "Smith quickly agreed" (not "Smith's", "Smith and", "Smith of"). */
const BEFORE_A_VERB = /^\s+(?:\p{Ll}+ly\s+)?(?!(?:and|or|but|nor|of|to|in|on|at|by|for|with|from|as|into|the|a|an|who|whom|which|that|this|these|those|his|her|its|their)\b)\p{Ll}+\b/u;

function lastActorMentioned(ctx: SpeakerContext, at: number, fits: (actor: Actor) => boolean, skip?: (start: number, excerpt: string) => boolean): Actor | null {
  let best: { actor: Actor; start: number } | null = null;
  for (const actor of ctx.actors) {
    if (!fits(actor)) continue;
    for (const source of actor.sources) {
      if (source.start < at && (!best || source.start > best.start) && !skip?.(source.start, source.excerpt)) best = { actor, start: source.start };
    }
  }
  return best?.actor ?? null;
}

function lastSayer(ctx: SpeakerContext, at: number, fits: (s: Speaker) => boolean): Speaker | null {
  for (let i = ctx.sayers.length - 1; i >= 0; i--) {
    const entry = ctx.sayers[i]!;
    if (entry.at <= at && fits(entry.speaker)) return entry.speaker;
  }
  return null;
}

/**
 * "Ong Kar Heng … the couple's son, Ong Wei Jie, said …. “…,” said Ong": a family name two people the text names in full
 * share is the one of them it named last.
 */
function sharerNamedLast(ctx: SpeakerContext, word: string, at: number): Actor | null {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(word)) return null;
  const sharers = ctx.actors.filter((a) => a.type === "person" && a.name.includes(" ") && (a.name.startsWith(`${word} `) || a.name.endsWith(` ${word}`)));
  if (sharers.length < 2) return null;
  // (Where the text wrote the word alone, it is the mention being resolved, not one that says which.)
  return lastActorMentioned(ctx, at, (a) => sharers.includes(a), (_start, excerpt) => excerpt === word);
}

/** The actor a name refers to: by full name, alias (surname, acronym, variant), case-insensitively. */
export function actorNamed(actors: Actor[], name: string): Actor | undefined {
  let index = actorIndexes.get(actors);
  if (!index) {
    // Asked for every attribution: index the names once per list of actors (an article's list, which
    // nothing changes once extracted). The first actor to use a name wins.
    index = { names: new Map(), aliases: new Map(), possessives: new Map() };
    // A short name two people share ("Lindqvist" for Jonas Lindqvist and a headline's "Golf-Rookie Lindqvist") is first
    // the one's whose mentions the text wrote that way.
    for (const actor of actors) {
      const aliases = new Set(actor.aliases.map((a) => a.toLowerCase()));
      for (const source of actor.sources) {
        const written = source.excerpt.toLowerCase();
        if (aliases.has(written) && !index.aliases.has(written)) index.aliases.set(written, actor);
      }
    }
    for (const actor of actors) {
      const key = actor.name.toLowerCase();
      if (!index.names.has(key)) index.names.set(key, actor);
      for (const alias of actor.aliases) if (!index.aliases.has(alias.toLowerCase())) index.aliases.set(alias.toLowerCase(), actor);
    }
    // ("Moody's said …": a name in the possessive, by the word a phrase read without its "'s", the straight mark first.)
    for (const mark of ["'s", "’s"]) {
      for (const [key, actor] of index.names) if (key.endsWith(mark) && !index.possessives.has(key.slice(0, -2))) index.possessives.set(key.slice(0, -2), actor);
    }
    actorIndexes.set(actors, index);
  }
  const lower = name.toLowerCase();
  // (Only a business goes by its name in the possessive.)
  const possessive = index.possessives.get(lower);
  return index.names.get(lower) ?? index.aliases.get(lower) ?? (possessive?.type === "organisation" ? possessive : undefined);
}
const actorIndexes = new WeakMap<Actor[], { names: Map<string, Actor>; aliases: Map<string, Actor>; possessives: Map<string, Actor> }>();
