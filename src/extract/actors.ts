import { distance } from "fastest-levenshtein";
import type { Actor, ActorType, Fact } from "../schema/index.js";
import { DATELINE, isEnglishWord, lastIndexAtOrBefore, tokenStartingAt, type ArticleDoc } from "./document.js";
import { fixedHoliday } from "./calendar.js";
import { factId } from "./ids.js";
import { acronymAfter, BUSINESS_BEFORE, CORPORATE_PREFIX, CORPORATE_SUFFIX, findNames, initialsKeepingCapitals, initialsWritten, isApposedAsABusiness, isBusinessWord, isCountrysPeople, isFamilyNameWrittenFirst, isMostlyCapitalised, isNationalityWord, isRoleNoun, NAME_PARTICLE, NICKNAME_GIVERS, ORGANISATION_WORDS, SEAT_LETTERS, surnameForms, TITLE_WORDS, TWO_WORD_PEOPLE, type NameSpan } from "./names.js";
import { CLUB_HEAD, familyOf, isPersonNoun, KIN, KIN_WORDS, looksLikePersonalName, NAME_GIVEN_AS, PEOPLE_ONE_HAS, pronounOfRoles, ROLE_WORDS, SPEECH_VERBS, SPOKEN_NOUNS, STORM_BEFORE_ITS_NAME } from "./speakers.js";
import { isBigCity, isKnownPlace, isPlaceName, isPlaceWord } from "./places.js";
import { literalPattern } from "./pattern.js";
import { sourceRef } from "./refs.js";
import type { ExtractContext } from "./types.js";

interface Mention extends NameSpan {
  paragraph: number;
  /** Named by a first name beside someone's kin ("Mr Hession’s widow, Aoife"): the family name is the kin's. */
  family?: true;
  /** The name in quotation marks inside the person's: "Mighty Sorrel" in Cecil “Mighty Sorrel” Baptiste. */
  nickname?: string;
  /** An office set before a courtesy title or a rank: "Minister for Finance" in "The Minister for Finance, Mr Liam Cassidy". */
  office?: string;
  /** One word a speech verb puts after a quote ("…,” said Pinzón"): a person if it is a personal name's surname. */
  speaksInverted?: true;
}

/**
 * A nickname in quotation marks between a given name and a family name: Cecil “Mighty Sorrel” Baptiste. The pattern opens
 * with the quotation mark, which is rare, and the given name is read back from it: a pattern opening with a capital letter
 * would be tried at every capital of every paragraph.
 */
// (Michael 'Mick' Ryan: a straight single quotation mark opens after a space and closes before one.)
// (Ramon “Bong” dela Paz: the family name may open with a particle.)
const NICKNAME_AND_FAMILY_NAME = new RegExp(String.raw`(?:[“"‘]|(?<=\s)')([^“”"‘’'\n]{2,30}?)(?:[”"’]|')\s+((?:${NAME_PARTICLE.source.slice(1, -1)}\s+){0,2}\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}-])`, "gu");
// ("Ma. Teresa “Tess” Villanueva": with "Ma.", María as Filipino names write it, before the given name.)
const GIVEN_NAME_BEFORE = /(?<![\p{L}'’-])((?:Ma\.\s+)?\p{Lu}\p{Ll}+)\s+$/u;

function nicknamedNames(text: string): Array<{ index: number; length: number; given: string; nickname: string; family: string }> {
  const out: Array<{ index: number; length: number; given: string; nickname: string; family: string }> = [];
  for (const m of text.matchAll(NICKNAME_AND_FAMILY_NAME)) {
    const given = GIVEN_NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index));
    if (!given || isNationalityWord(given[1]!) || !/^\p{Lu}/u.test(m[1]!)) continue;
    const index = m.index - given[0].length;
    out.push({ index, length: m.index + m[0].length - index, given: given[1]!, nickname: m[1]!, family: m[2]! });
  }
  return out;
}

interface Group {
  name: string;
  names: Set<string>;
  kind: NameSpan["kind"];
  roles: string[];
  mentions: Mention[];
  located: number;
  /** Named as someone's kin: the family name is shared, and says nothing of which person a bare "Hession" means. */
  family?: true;
  /** A mention carries an age in apposition ("Ellen Park, 62,"): only people have one. */
  aged?: true;
  /** Mentions right before a verb of saying ("Euronext has said"): what a place seldom does, and a body often. */
  spoke?: number;
}

/** The last word of a happening's name: "Commonwealth Games", "World Cup", "Edinburgh Festival". */
const EVENT_NAME = /\s(?:Games|Cup|Championships?|Olympics|Festival|Awards|Conference|Expo|Marathon|Grand Prix)$/;
/** "For" opening a sentence, before whom it tells of: "For Carmen Puig, a 67-year-old retired schoolteacher, the news came as a relief". */
const OPENING_FOR = /(?:^|[.!?]["”’]?\s+|\n\s*)For\s+$/;
const IN_A_PREPOSITIONAL_PHRASE = /\b(?:in|at|from|to|near|of|for|with|by|outside|inside|around|across|toward|towards|into|between)\s+(?:the\s+)?$/i;
const REGION_BEFORE = /\b(?:central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+$/;
/** A deed, a piece of play or a message, then "from": "a brace from ", "two goals in seven minutes from ", "a letter from ". */
const DONE_BY_FROM = new RegExp(String.raw`\b(?:brace|goals?|strike|header|double|hat-trick|pass|cross|saves?|try|tries|penalty|shot|effort|assists?|century|knock|winner|equali[sz]er|tackle|performance|${SPOKEN_NOUNS})\b(?:\s+[\p{Ll}\d-]+){0,4}\s+from\s+$`, "iu");
/** People who work somewhere, then "at": "Analysts at " (then the firm). */
const WORKING_AT = /\b(?:analysts?|economists?|researchers?|scientists?|strategists?|executives?|staff|employees?|partners?)\s+at\s+$/i;
/**
 * A person's name and what they are, ending on a town and a comma, before the town's region: "Mercedes Apolo, 52, a farmer in
 * Santa Rosa, " (then "El Oro"). (Not a role in a town before the name it is set beside: "the union's secretary in Seville,
 * Carmen Ruiz Olmedo,".)
 */
const TOWN_BEFORE_ITS_REGION = /\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+,\s+(?:\d{1,3},\s+)?(?:a|an)\s[^,]{1,40}?\b(?:in|from|near|outside)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2},\s+$/u;
/** What puts something in a place, right before its name: "in ", "at ", "near ". */
const IN_A_PLACE_BEFORE = /\b(?:in|at|near|outside)\s+$/;
/** The word after a name is a noun the name tells which of: "their Manchester United teammates". */
function headsANoun(doc: ArticleDoc, end: number): boolean {
  const next = /^\s+(?=\p{Ll})/u.exec(doc.text.slice(end, end + 3));
  const pos = next === null ? undefined : tokenStartingAt(doc, end + next[0].length)?.pos;
  return pos === "NOUN" || pos === "ADJ";
}
/** A possessive determiner right before a name: "her ", "his ", "their ". */
// (In lower case: "Save Our Libraries Cardiff" holds its "Our".)
const OWNED_BEFORE = /(?<![\p{L}-])(?:his|her|their|my|our|your)\s+$/u;
/** Titles that follow a possessive: "Her Majesty", "His Excellency", "His Holiness". */
const HONORIFIC_AFTER_OWNER = /^(?:Majesty|Highness|Excellency|Holiness|Eminence|Grace|Honou?r|Lordship|Ladyship|Worship|Royal)\b/;
const LOCATIVE_BEFORE = /\b(in|at|from|to|near|off|outside|inside|around|across|toward|towards|into|of|between|and)\s+$/i;
/** Nouns for what a person is or does, as news writes them in apposition: "Jane Roe, the mayor of Alton,". */
const PERSON_ROLES = `spokes(?:man|woman|person)|(?<!\\b(?:market|industry|sector|segment|category|price)[\\s-])leader|head|commander|chief|minister|president|director|officials?|secretary|under-?secretary|premier|prefect|curator|founder|member|correspondent|analyst|chair|chairman|chairwoman|chairperson|ceo|executive|manager|envoy|ambassador|consul|governor|mayor|adviser|advisor|general|colonel|captain|economist|professor|lawyer|farmer|resident|owner|worker|teacher|doctor|student|researcher|scientist|expert|author|actor|singer|player|coach|senator|lawmaker|candidate|activist|journalist|editor|reporter|critic|father|mother|son|daughter|wife|husband|brother|sister|widow|queen|victim|survivor|witness|neighbou?r|judge|prosecutor|attorney|solicitor|barrister|counsel|advocate|steward|officer|nurse|pilot|soldier|engineer|trader|banker|diplomat|historian|writer|lecturer|physician|surgeon|consultant|councillor|councilman|councilwoman|legislator|aide|veteran|priest|pastor|bishop|entrepreneur|businessman|businesswoman|politician|superintendent|principal|dean|provost|treasurer|administrator|coordinator|inspector|commissioner|sheriff|detective|investigator|constable|sergeant|athlete|striker|goalkeeper|midfielder|defender|winger|prop|hooker|flanker|fly-half|scrum-half|out-half|fullback|full-back|batsman|batter|bowler|wicketkeeper|pitcher|quarterback|jockey|referee|umpire|skipper|helmsman|cyclist|swimmer|sprinter|boxer|musician|artist|designer|architect|novelist|poet|filmmaker|producer|comedian|actress|presenter|chemist|biochemist|physicist|biologist|meteorologist|ecologist|zoologist|geologist|seismologist|volcanologist|glaciologist|epidemiologist|virologist|oceanographer|astronomer|archaeologist|forecaster|strategist|investor|broker|accountant|firefighter|paramedic|volunteer|cleric|imam|rabbi|elder|woman|man|girl|boy|teenager|refugee|migrant|pensioner|grandmother|grandfather|cousin|mechanic|servant|watchman|caretaker|janitor|housekeeper|gardener|driver|fisherman|labourer|laborer|${SEAT_LETTERS.join("|").toLowerCase()}|congressman|congresswoman|assemblyman|assemblywoman|passenger|commuter|travell?er|customer|shopper|parent|tenant|homeowner|motorist|spectator|visitor|tourist`;
// ("South Africa, the minister said, was no longer content": a role that says something is an attribution set in the
// sentence, not an apposition.)
/** A person's role the name owns, right after it: "'s finance director", "'s chief executive". */
const OWNED_ROLE_AFTER = new RegExp(String.raw`^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:${PERSON_ROLES})\b`, "u");
const SAID_VERBS = "said|says|added|adds|told|noted|argued|insisted|warned|explained|claimed|stressed|believes|thinks";
/** A role a body owns: "MSF's emergency coordinator", "Oxfam's head" (read with the "i" flag, so the owner's capital is not checked). */
const OWNED_ROLE = String.raw`(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+(?:[a-z-]+\s+){0,3}?(?:${PERSON_ROLES})\b(?!['’]s|\s+(?:${SAID_VERBS})\b)`;
// ("Anna Lindqvist, MSF's emergency coordinator in Nampula,": or a role a body owns.)
// ("Haluk Eris, a professor of seismology at Bogazici University's Kandilli Observatory,": what the role is of may run long.)
const APPOSITION = new RegExp(`^,\\s+(?:(?:then|now|formerly|currently)\\s+)?((?:the|a|an|its|their)\\s+[^,.;“”"]{0,40}?\\b(?:${PERSON_ROLES})\\b(?!\\s+(?:${SAID_VERBS})\\b)[^,.;“”"]{0,70}?|(?:[a-z-]+\\s+){0,3}(?:vice-|co-|deputy-|ex-)?(?:${PERSON_ROLES})(?:-[a-z]+)?\\s+(?:of|for|at|with)\\s[^,.;“”"]{1,60}?|${OWNED_ROLE}[^,.;“”"]{0,40}?),(?=\\s)`, "i");

/** A role with no article, held since a year or a month: ", chairman since 1993," or ", chairman since 1993 and whose …". */
const ROLE_HELD_SINCE = String.raw`(?:[a-z-]+\s+){0,2}(?:vice-|co-|deputy-)?(?:${PERSON_ROLES})\s+since\s+(?:(?:early|late|mid-?)\s*)?(?:(?:1[89]|20)\d\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:1[89]|20)\d\d)?)`;
const APPOSITION_HELD_SINCE = new RegExp(String.raw`^,\s+(${ROLE_HELD_SINCE})(?=,|\s+and\s|\s+(?:who|whose)\s)`, "u");

/** A clause of "who" that gives the office a person holds, maybe after an apposition: ", who served as its principal investigator". */
/** "as a labor and delivery nurse", "as its principal investigator": the role after "as", opening its capture. */
const ROLE_AFTER_AS = String.raw`as\s+((?:the|its|their|his|her|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:${PERSON_ROLES})`;
const SERVED_AS = new RegExp(String.raw`^(?:,\s+[^,.;“”"]{1,100}?)?,\s+who\s+(?:(?:has|had)\s+)?(?:serves|served|is|was|acts|acted|works|worked|been)\s+${ROLE_AFTER_AS}(?:\s+(?:of|for|at|in)\s+[^,.;“”"]{1,40}?)?)(?=[,.;]|\s+(?:and|until|since|from|when)\b)`, "iu");

/** The verb after a name (and any age) that says what the person works or serves as: " worked as a labor and delivery nurse". */
const WORKED_AS = new RegExp(String.raw`^(?:,\s+\d{1,3},)?\s+(?:(?:has|had)\s+)?(?:serves|served|works|worked|acts|acted)\s+${ROLE_AFTER_AS})(?=[\s,.;])`, "iu");
/** An age set off by commas right after a name, before an apposition: ", 52" in "Rhonda Kessler, 52, a nurse". */
const AGE_BEFORE_AN_APPOSITION = /^,\s+\d{1,3}(?=,\s+(?:a|an|the)\s)/;

/** An office in capitals set off by a comma before a name, with what it covers: "Commissioner for Tourism, Arts and Culture, Mrs ". */
// ("The District Chief Executive (DCE), Mr Emmanuel Kwarteng Asamoah,": with the office's initials in brackets.)
// ("the Minister of Power, Engr. Bashir Lawal,": an engineer's, a barrister's or an architect's title, as Nigerian papers write.)
const OFFICE_BEFORE_A_NAME = new RegExp(String.raw`(?:^|[.;:]\s+|\b[Tt]he\s+)(${officeWithItsRemit("Minister|Commissioner|Secretary|Governor|Mayor|Chairman|Chairwoman|Chairperson|Director|Premier|Chancellor|Ambassador|Attorney[- ]General|Chief Executive")}(?:\s+(?:and|&)\s+${officeWithItsRemit("Minister|Commissioner|Secretary|Governor|Mayor|Chairman|Chairwoman|Chairperson|Director|Premier|Chancellor|Ambassador|President|Lead|Member|Dean|Principal|Registrar")})?)(?:\s+\(\p{Lu}{2,6}\))?,\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Councillor|Cllr|Hon|Chief|Alhaji|Alhaja|Dame|Sir|Engr|Barr|Arc)\.?\s+)*$`, "u");
/** An office: up to three words before its head, perhaps "Vice-" joined to it, and a capitalised remit after "for" or "of". */
function officeWithItsRemit(heads: string): string {
  return String.raw`(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:\p{Lu}\p{Ll}+-)?(?:${heads})(?:\s+(?:for|of)\s+\p{Lu}[\p{L}'’-]*(?:,?\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}'’-]*){0,5})?`;
}
/** "the Ceann Comhairle, " before a name: "the" and one or two capitalised words set off by a comma. */
// (Not what an office is of or for: "the Minister of the Interior, ", "Minister of State with responsibility for the OPW, ".)
const TITLE_SET_BEFORE_A_NAME = /(?<!\b(?:of|for|in|at|on|to|from|by|with|and)\s+)\b[Tt]he\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?),\s+$/u;
/** An age set off by commas after a name: ", 45," (not ", 4,500"). */
// ("Colm Fitzgerald (24)": Irish and Indian papers put the age in brackets.)
/** What someone is, set after their name at a sentence's end: ", a marine biologist at the University of Exeter." */
/** Offices a paper may capitalise before the holder's name: "The state’s Environment Minister, Helen Carradine,". */
const CAPITALISED_OFFICES = "Minister|Secretary|Director|President|Governor|Mayor|Commissioner|Chairman|Chairwoman|Chairperson|Chair|Executive|Officer|Spokesman|Spokeswoman|Spokesperson|Ambassador|Envoy|Chief|Head|Leader|Commander|Superintendent|Treasurer|Principal|Dean|Inspector|Sheriff|Judge|Coach|Manager|Editor|Queen|King";
const APPOSITION_CLOSING_A_SENTENCE = new RegExp(`^,\\s+((?:a|an)\\s+[^,.;“”"]{0,40}?\\b(?:${PERSON_ROLES})\\b(?!\\s+(?:${SAID_VERBS})\\b)[^,.;“”"]{0,70}?|(?:${CAPITALISED_OFFICES})\\s+of\\s+(?:the\\s+)?\\p{Lu}[^,.;“”"]{0,60}?)(?<!\\s(?:${SAID_VERBS}))\\.(?=\\s+[“"‘]?\\p{Lu}|\\s*$)`, "u");
const AGE_APPOSITION = /^,\s+\d{1,3}(?:,(?!\d)|[;)]|\.(?=\s|$))|^\s\(\d{1,3}\)/;
/** "Ella Nguyen, Jack Tuohy and Priya Sandhu, all 15,": an age given to each name of a list, from any name in it. */
const AGES_OF_A_LIST = /^(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})*,?\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s+(?:all|both)\s+(?:aged\s+)?\d{1,3}\b|^,\s+(?:all|both)\s+(?:aged\s+)?\d{1,3}\b/u;
/** What describes a personal name after it: a role in apposition (", the mayor of Alton"), or an age (", 45,"). */
// ("Budi Santoso, chairman of the union,": a role of something needs no article. "Nasreen, who has sold saris": "who" is
// said of a person, with a verb in the singular; "Somerset, who have won" is a team.)
const PERSON_APPOSITION = new RegExp(`^(?:,\\s+${OWNED_ROLE}|,\\s+(?:the|a|an)\\s+[\\p{L}\\d -]{0,40}?\\b(?:${PERSON_ROLES})\\b(?!['’]s|\\s+(?:${SAID_VERBS})\\b)|,\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${PERSON_ROLES})(?:-\\p{Ll}+)?\\s+(?:of|for|at|with)\\s|,\\s+who\\s(?!(?:have|are|were)\\b)|${AGE_APPOSITION.source.slice(1)})`, "iu");
/** An age that describes a name in apposition: ", a 24-year-old Eritrean", ", a 29-year-old from Ranya" (not ", a 150-year-old Victorian mansion"). */
// ("For Carmen Puig, a 67-year-old retired primary schoolteacher who lives alone": or what they are, then "who".)
/** An age, then what the person is: ", 52, a rice farmer". */
const AGED_AND_DESCRIBED = new RegExp(String.raw`^,\s+\d{1,3},\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:${PERSON_ROLES})\b`, "iu");
const AGED_APPOSITION = /^,\s+an?\s+\d{1,3}-year-old(?:\s+(\p{Lu}\p{Ll}+)(?=[,.;]|\s+(?:who|from|with|and)\b)|\s+(?:from\b|(?:[\p{Ll}-]+\s+){0,3}(?:who|whose)\b)|,)/u;
function agedApposition(after: string): boolean {
  const aged = AGED_APPOSITION.exec(after);
  return aged !== null && (aged[1] === undefined || isNationalityWord(aged[1]));
}
/** The clause that gives a described person's name, right before it: "who gave his name only as " (then "Marlon"). */
const GIVEN_AS_BEFORE = new RegExp(String.raw`\b${NAME_GIVEN_AS}\s+$`, "i");
/** What says the name after it is someone's own, behind a ring name or a stage name: "whose real name is ", "born ". */
const OWN_NAME_BEFORE = /\b(?:whose\s+(?:real|full|legal|birth|given|original)\s+name\s+(?:is|was)|(?:real|birth)\s+name,?|(?:was\s+)?born\s+as)\s+$/i;
/** After a name, what only a person has: "’s girlfriend", "’s lawyer", "’s funeral". */
const OWNED_BY_A_PERSON = new RegExp(String.raw`^['’]s\s+(?:${PEOPLE_ONE_HAS}|death|funeral|killer|murder|killing|body)\b`);
/** A verb of saying, then the body's own page or statement it said it on: " posted a short statement on its Facebook page". */
const SAID_ON_ITS_CHANNEL = /^\s+(?:\p{Ll}+ly\s+)?(?:posted|said|wrote|announced|published|issued|confirmed|shared|stated|tweeted|added)\b[^.;:“”"]{0,60}?\b(?:on|in|through|via)\s+its\s+(?:[\p{L}-]+\s+){0,2}(?:page|website|account|statement|feed|channel|site|release|newsletter|blog)\b/u;
/** After a name, what only a business has: "’s vice president for corporate affairs", "’s shareholders", "’s copper mine". */
const OWNED_BY_A_BUSINESS = /^['’]s\s+(?:(?:[\p{Ll}-]+\s+)?(?:vice[- ]president|chief executive|chief financial officer|CEO|CFO|chairman|chairwoman|board of directors|shareholders|subsidiary|subsidiaries|shares|share price|workforce)|(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:[\p{Ll}-]+\s+)?(?:mine|mines|refinery|smelter|factory|factories|plant))\b/u;
/** After a name, the kind of place it names: "Peru's Apurímac region", "in Rakhine state". */
const PLACE_KIND_AFTER = /^\s+(?:region|province|state|district|county|prefecture|governorate|oblast|municipality|department)\b/;
/** Someone's kin, set before the first name that names them: "Mr Hession’s widow, " (then "Aoife"). */
// ("Mr Flanagan’s son Seán (26) said": the comma may go.)
const KIN_BEFORE = new RegExp(String.raw`((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+['’]s?\s+(?:${KIN_WORDS})),?\s+$`, "u");
/** Whether a person's name, "of" and a trade in lower case stand right before `at`: the name there is the firm they are of. */
function followsAPersonOfATrade(text: string, at: number): boolean {
  const person = EMPLOYER_AFTER_A_PERSON.exec(text.slice(Math.max(0, at - 80), at))?.[1];
  return person !== undefined && looksLikePersonalName(person);
}
/** A personal name, "of", and a trade in lower case, right before a name: "Lukas Brenner of Frankfurt-based broker " (then the firm). */
const EMPLOYER_AFTER_A_PERSON = /(?:^|\s)(\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+) of (?:(?:the )?[\p{L}-]+-based )?(?:\p{Ll}[\p{Ll}-]* ){1,2}$/u;
/** The kin of someone a pronoun points to, set before a first name: "Her son " (then "Joseph"). */
// ("his wife of 57 years, Pauline": with how long they have been so.)
const PRONOUNS_KIN_BEFORE = new RegExp(String.raw`(?<![\p{L}'’])((?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:${KIN_WORDS}))(?:\s+of\s+(?:\d{1,2}|\p{Ll}+(?:-\p{Ll}+)?)\s+years)?,?\s+$`, "u");
// ("The association's chairman, Harjanto Wibisono,": the role may be set before the name between commas.)
const ROLE_BEFORE = new RegExp(`\\b(?:${PERSON_ROLES})(?:\\s+|,\\s+)$`, "i");
/** What people are, in the plural, then a comma and the first of their names or two: "commissioners, " (then "Alberto Zanardelli and "). */
const ROLES_LISTED_BEFORE = new RegExp(String.raw`\b(?:${PERSON_ROLES})s,\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}and\s+)?$`, "u");
/** A role and what it is of, in lower case, right before a name: "Bulls director of rugby " (then "Johan Wessels"). */
const ROLE_OF_A_FIELD_BEFORE = new RegExp(`\\b(?:${PERSON_ROLES})\\s+(?:of|for)\\s+(\\p{Ll}+)\\s+$`, "u");
/** An office of a place or a body set before a name between commas: "The Bishop of Ibadan Central, " (then "Joseph Ogunbiyi"). */
// ("deputy director-general for Africa, ": a hyphenated office is named by its last part.)
// ("B.C.'s Minister of Emergency Management and Climate Readiness, Rhiannon Petrie,": a remit of fields joined by "and".)
// ("the Minister of State for Lands, Sam Mugisha Kato,": a junior office "of State" for its remit.)
// ("the Economic Secretary to the Treasury, Martin Ashworth,": or an office "to" whom it serves.)
// ("The Minister for Arts, Heritage and the Gaeltacht, Siobhán Kearns,": a remit listed with commas.)
// ("The governor of Valle del Cauca, Beatriz Elena Quintero,": a place's name with its particles.)
// ("The Deputy Minister in the Presidency for Planning, Monitoring and Evaluation, Sipho Radebe,", "The Director General of Sea
// Transportation at the Ministry of Transportation, Hendra Saputra Lubis,": an office in a body, or of a field at one.)
// ("the Parliamentary Secretary for the Cabinet Office with responsibility for Propriety and Constitutional Reform, Owen Tate,",
// "the Minister of State with responsibility for Disability, Anne Rabbitte,", "The Minister of State for Foreign Affairs in charge of
// Regional Cooperation, Agnes Nakato,": or what it is responsible for.)
// ("The General Secretary of the Associated Society of Locomotive Engineers and Firemen, Michael Harrowby,", "The president of
// the Austrian Cycling Federation (ÖRV), Walter Brunnsteiner,": the body's name may hold "of" or "for", and its initials follow it.)
const OFFICE_OF_BEFORE = /(?<![\p{L}-])((?:\p{L}+-)*(\p{L}+)(?:\s+of\s+State)?\s+(?:of|for|at|to|in(?=\s+the\s)|(?:with\s+responsibility\s+for|in\s+charge\s+of))\s+(?:the\s+)?(?:Parliament\s+for\s+)?(?:(?:\p{Lu}[\p{L}'’&.-]*,?|(?<!,\s)and|&|(?<=(?:and|at|in|of|for)\s)the|(?<=\p{Lu}[\p{L}'’-]*\s)(?:of|for|at|in|with\s+responsibility\s+for|in\s+charge\s+of|de|del|de la|da|do|dos|das|di|du|van|von|der))\s+){0,14}\p{Lu}[\p{L}'’&.-]*)(?:\s+\(\p{Lu}[\p{L}\p{N}&.-]{1,14}\))?,\s+$/u;
const PERSON_ROLE = new RegExp(`^(?:${PERSON_ROLES})$`, "i");
/** Up to three capitalised words that open an office, right before its head word: "Chief Executive " (then "Officer of"). */
const OFFICE_OPENING = /(?<![\p{L}'’-])(?:(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|In|On|At|For|And|But)\s)\p{Lu}\p{Ll}+\s+){1,3}$/u;
/** A name whose last word is an office's head, capitalised: "Chief District Officer". */
const OFFICE_HEAD_LAST = new RegExp(String.raw`(?:^|\s)(?:${CAPITALISED_OFFICES})$`, "u");
/**
 * "Krishna Prasad Adhikari, Chief District Officer, said", "…, County Commissioner and chair of the security committee,
 * said": an office capitalised as a title, set off after a name and closed by a comma before the clause goes on in lower case.
 */
// ("Carla Beaudry, Minister Responsible for the Saskatchewan Public Safety Agency, says": with "Responsible for" and the remit.)
const CAPITALISED_OFFICE_SET_OFF = new RegExp(String.raw`^,\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:${CAPITALISED_OFFICES})(?:\s+Responsible\s+for\s+(?:the\s+)?\p{Lu}[^,.;“”"]{1,80}?|\s+(?:and|&)\s+[^,.;“”"]{1,80}?)?),\s+(?=\p{Ll})`, "u");
/** A name and the comma after it, right before what the comma sets off: "Krishna Prasad Adhikari, ". */
const NAME_AND_COMMA_BEFORE = /(?<![\p{L}'’.-])((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*),\s+$/u;
/** Whether the name at `start` is the office a comma sets off after a personal name, which is that person's and no actor. */
function officeSetOffAfterAName(text: string, start: number, name: string): boolean {
  if (text[start - 2] !== ",") return false;
  const office = CAPITALISED_OFFICE_SET_OFF.exec(text.slice(start - 2, start + 160))?.[1];
  if (office === undefined || !office.startsWith(name)) return false;
  return holderBeforeTheComma(text, start);
}
/** An office of a place or a body, capitalised as a title: "Dean of Holyborne", "Mayor of Alton". */
const OFFICE_OF_A_PLACE = new RegExp(String.raw`^(?:${CAPITALISED_OFFICES})\s+of\s+(?:the\s+)?\p{Lu}`, "u");
/** Whether a personal name and a comma stand right before `start`: "Helen Marchbank, " (then what is set off). */
function holderBeforeTheComma(text: string, start: number): boolean {
  if (text[start - 2] !== ",") return false;
  const holder = NAME_AND_COMMA_BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.[1];
  if (holder === undefined) return false;
  // ("the Very Rev Dr Helen Marchbank, ": or a titled name, past the titles before it.)
  return looksLikePersonalName(holder) || findNames(holder).some((n) => n.kind === "person" && n.title !== null && n.end === holder.length);
}
/** A word that gives a title, an opening quotation mark, and the title's words up to a name in it: "titled “Access All ". */
const IN_A_TITLE_GIVEN_BEFORE = /\b(?:(?:en)?titled|headlined|billed\s+as|code-?named)\s+["“](?:[^"“”\n]{0,60})$/i;
/** " and Susan Ellery, who" after "Graham": a full name after "and", then words that tell of both (`$1` its given name, `$2` the family's). */
const COUPLE_AFTER_A_GIVEN_NAME = /^\s+and\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)(?=,\s+(?:(?:from|of)\s+\p{Lu}[\p{L}'’-]*,\s+)?(?:who\b|both\b|a\s+(?:married\s+)?couple\b|husband\s+and\s+wife\b|the\s+couple\b|\d{1,3}\s+and\s+\d{1,3}\b)|\s+(?:have|were|are|run|own|live|both)\b)/u;
/** A role set before a name between commas, after an article or an owner: "his widow, ", "The company's chief executive, ", "Chile's consul general in La Paz, ". */
const ROLE_SET_BEFORE = new RegExp(`(?:\\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)|\\p{L}['’]s?)\\s+((?:[\\p{L}-]+\\s+){0,2}(?:${PERSON_ROLES}|${CAPITALISED_OFFICES})(?:\\s+(?:for|of|in\\s+charge\\s+of)\\s+(?:\\p{Ll}[\\p{Ll}&'’-]*\\s+){0,4}\\p{Ll}[\\p{Ll}-]*)?(?:\\s+(?:in|at)\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})?),\\s+$`, "u");
/** An apposition that says the person's surname was kept back: ", a set-netter who did not want his surname used". */
/** Someone his or hers, then a comma before a name: "Her friend, " (then "Mary Smith"); the noun for them. */
const HIS_OR_HERS_SET_BEFORE = /(?<![\p{L}'’])(?:[Hh]is|[Hh]er)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+),\s+$/u;
/** Whether the text sets someone his or hers before a name: a friend, kin, someone by what they do (not "His employer, "). */
function hisOrHersSetBefore(text: string): boolean {
  const noun = HIS_OR_HERS_SET_BEFORE.exec(text)?.[1];
  return noun !== undefined && (isRoleNoun(noun) || KIN.test(noun) || isPersonNoun(noun));
}
const SURNAME_KEPT_BACK = /^,\s+(?:an?|the)\s[^.,;]{0,80}\b(?:his|her|their)\s+(?:surname|last name|family name|full name)\b/i;

/** A speech verb after a name: "Jeff Davis said". */
/** An office's title inside a would-be name: "the Minister of State for Equality … said" is one person. */
const OFFICE_IN_A_NAME = /\b(?:Minister|Secretary|Commissioner|President|Chair(?:man|woman|person)?|Director|Governor|Mayor|MEC|Judge|Justice|Chief|Head|Leader|Speaker)\b/;
const SPEAKS_AFTER = /^\s+(?:said|says|told|added|stated|warned|noted|explained|argued|insisted|wrote|announced)\b/i;
/** A verb of saying right after a name, perhaps after its auxiliary: " has said", " told". */
const SPOKE_AFTER = /^\s+(?:(?:has|had|have)\s+)?(?:also\s+)?(?:said|says|told|added|stated|warned|announced|insisted|argued|confirmed|denied)\b/;
/** A speech verb before a name, after a quote or a comma: "…,” said Jane Mason". ("told" takes its listener there.) */
const SPEAKS_BEFORE = /[,”"’]\s*(?:said|says|added|adds|asked|asks|explained|continued|wrote|noted|recalled|insisted|argued|warned)\s+$/i;
/** The same, with words for how the speaker was: "…,” said an emotional Pinzón". */
const SPEAKS_BEFORE_DESCRIBED = /[,”"’]\s*(?:said|says|added|adds|explained|continued|insisted|recalled)\s+(?:an?|the)\s+(?:\p{Ll}+\s+){1,2}$/u;
/** The same, with an office in lower case, and what it covers, before the name: "…,” said deputy commissioner of police (cyber crime) ". */
const SPEAKS_BEFORE_AN_OFFICE = /[,”"’]\s*(?:said|says|added|adds)\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,6})(?:\([^()]{1,30}\)\s+)?$/u;
/** What follows a speaker's name that ends the subject ("said Jane Mason, whose …", "said Jo Lee of Acme"); in "said White House spokesman Jay Carney" the name only modifies. */
/** A legislator's party and seat in brackets after the name: "Lim Wei Sheng (PH-Bukit Bendera)", "Ted Cruz (R-Texas)". */
const PARTY_AND_SEAT = /^\s+\(\p{Lu}{1,5}-\p{Lu}[^()\n]{0,40}\)/u;
// (Or a party and seat: "said Lim Wei Sheng (PH-Bukit Bendera).")
const ENDS_AN_INVERTED_SUBJECT = new RegExp(`^(?:\\s*[,.;:!?)]|\\s+(?:of|from|at|in|on|who)\\b|\\s*$|${PARTY_AND_SEAT.source.slice(1)})`, "u");
/** A personal pronoun: what a sentence that opens with a person's name goes on to call them. */
const PERSONAL_PRONOUN = /\b(?:he|his|him|himself|she|her|hers|herself)\b/i;

/** A number right after a name, that is no score, count of time or amount: "Fab 42", "Boeing 787 Dreamliner". */
const MODEL_NUMBER = /^\s\d+(?![\d:–-]|[.,]\d|\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|percent|per|to|and|or|of)\b)/;

/** Where wink-nlp's tagger calls a single capitalised word an adjective or a verb, it is no name ("Syrian", "Along"). */
const NAME_TAGS = new Set(["PROPN", "NOUN", "X", "NUM"]);

/** "Lakeview Co-operative Society": the one word of a body's name that a hyphen and a lower-case letter may join. */
const CO_OPERATIVE = /\bCo-op(?:erative)?s?\b/g;
/** A small word hyphened between capitalised ones, part of a name: "Rent-a-Car", "Southend-on-Sea", "Saint-Jean-de-Luz". */
const SMALL_WORD_BETWEEN_HYPHENS = /(?<=\p{L})-(?:a|on|upon|in|de|la|le|les|du|des|sur|en|am|under|by|the|over|of|y|da|do|di|del)-(?=\p{Lu})/gu;

/** A noun for a kind of business, then the business's name: " exchange CoralPoint", " operator Safaricom". */
const KIND_OF_BUSINESS_BEFORE_A_NAME = /^\s+(?:exchange|firm|company|operator|giant|maker|lender|carrier|start-?up|platform|developer|insurer|provider|retailer|chain|producer|manufacturer|miner|supplier|group)\s+\p{Lu}/u;

/** Capitalised words that name a document, a part of one or a season, never who acts: "the Budget", "Article 370". */
// ("a Mass said in her sitting room": nor a rite of a church.)
const NOT_AN_ACTOR = /^(?:Budget|Constitution|Article|Section|Clause|Chapter|Schedule|Annex|Appendix|Paragraph|Winter|Summer|Autumn|Spring|Mass|Masses|Eucharist|Vespers|Requiem|Angelus|Rosary|Benediction)$/;

/**
 * People, organisations and places, each with every name the article uses for it: the surname
 * alone ("Selo"), the title and surname ("Lt-Gen Townsend"), an acronym defined in parentheses
 * ("Syrian Democratic Forces (SDF)"), and a spelling variant that differs by a vowel or a final
 * letter and is the rarer of the two ("Silo" beside "Selo", "Raqqah" beside "Raqqa").
 */
export default function actors(doc: ArticleDoc, _ctx: ExtractContext): Fact[] {
  const mentions = findMentions(doc);
  const groups: Group[] = [];
  const byName = new Map<string, Group>();
  const add = (group: Group, name: string) => {
    group.names.add(name);
    byName.set(nameKey(name), group);
  };

  // Longer names first, so that "Selo" finds "Talal Ali Selo" rather than starting a group of its own.
  const byLength = mentions.map((m) => ({ m, words: m.name.split(" ").length })).sort((a, b) => b.words - a.words || a.m.start - b.m.start);
  // (Full names come first, so a group's titles given in full are all known, once, by the time a surname is looked up.)
  const titledInFull = new Map<Group, "he" | "she" | null>();
  const sexTitledInFull = (group: Group) => {
    if (!titledInFull.has(group)) titledInFull.set(group, pronounOfRoles(group.mentions.filter((n) => n.title && n.name.includes(" ")).map((n) => n.title!)));
    return titledInFull.get(group) ?? null;
  };
  for (const { m } of byLength) {
    // ("Ms Chloe Tan … her father, Mr Tan Wei Ming, … said Mr Tan": a title tells apart two who share the name it goes with.)
    const named = byName.get(nameKey(m.name));
    // (Only a title given with the full name settles whose the name is: a title met with the surname alone may have been
    // matched to the wrong one.)
    const sexOfTitle = m.title && !m.name.includes(" ") ? pronounOfRoles([m.title]) : null;
    const fullSex = named && sexOfTitle !== null ? sexTitledInFull(named) : null;
    const otherSex = fullSex !== null && fullSex !== sexOfTitle;
    // ("Corwin Drug … Corwin, which filed for bankruptcy, said … president Thomas Corwin III": one word opening its sentence
    // that a clause of "which" follows is a thing's name, never the surname of a person who shares it; "Cyclone Idai … Idai,
    // which made landfall" is still the storm's.)
    // (Looked up only where the name itself is no group's yet: most mentions repeat a name.)
    const ownerOfTheWord = () => {
      const owner = m.name.includes(" ") ? compoundSurnameOwner(groups, m) : surnameOwner(groups, m, IN_A_PLACE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 12), m.start)) && !/^['’]s\b/.test(doc.text.slice(m.end, m.end + 3)));
      const thingsName = !m.name.includes(" ") && /^,\s+which\s/.test(doc.text.slice(m.end, m.end + 9)) && /(?:^|[.!?]["”’]?\s+)$/u.test(doc.text.slice(Math.max(doc.paragraphs[m.paragraph]!.start, m.start - 4), m.start));
      return thingsName && owner?.kind === "person" ? undefined : owner;
    };
    // ("Tom Harland … his wife, Emma, …. Mrs Harland, 39, says": a courtesy title alone goes with the spouse the text gave that
    // sex, not with another of the family who has none.)
    // (Only a spouse: "Hughes’s grandson Jaylen" is no "Mr. Hughes" beside Darnell Hughes.)
    const spouseTitles = (g: Group) => g.mentions.filter((n) => n.title && /\b(?:wife|husband|widow|widower)\b/i.test(n.title)).map((n) => n.title!);
    const ofTheTitlesSex = sexOfTitle !== null && fullSex === null ? groups.filter((g) => g !== named && g.kind === "person" && g.name.endsWith(` ${m.name}`) && pronounOfRoles(spouseTitles(g)) === sexOfTitle) : [];
    const known = (ofTheTitlesSex.length === 1 ? ofTheTitlesSex[0] : undefined) ?? (otherSex ? undefined : named) ?? ownerOfTheWord();
    const group: Group = known ?? { name: m.name, names: new Set<string>(), kind: m.kind, roles: [], mentions: [], located: 0, ...(m.family ? { family: true as const } : {}) };
    if (!known) groups.push(group);
    add(group, m.name);
    if (m.nickname) {
      const other = byName.get(nameKey(m.nickname));
      if (other && other !== group && groups.includes(other)) absorb(group, other, groups, byName);
      add(group, m.nickname);
    }
    group.mentions.push(m);
    if (group.kind === "unknown" && m.kind !== "unknown") group.kind = m.kind;
    // ("Carlos Pinzón won the race. “…,” said Pinzón": the surname of a personal name speaks as a person.)
    if (group.kind === "unknown" && m.speaksInverted && group.name.includes(" ") && looksLikePersonalName(group.name)) group.kind = "person";
    if (m.title && !group.roles.includes(m.title)) group.roles.push(m.title);
    if (m.office && !group.roles.includes(m.office)) group.roles.push(m.office);
    // ("Ghulam Rasool Chandio, a labourer whose wife Zubaida, 52,": a clause of "whose" or "who" says more about the person, and
    // its "wife" is someone else.)
    // ("Rhonda Kessler, 52, a labor and delivery nurse": past an age set off before it.)
    const followed = doc.text.slice(m.end, m.end + 130).replace(AGE_BEFORE_AN_APPOSITION, "");
    // (The pattern of a role held since a year only where "since" follows: its roles' alternation is long to try at every name.)
    const apposed = (APPOSITION.exec(followed) ?? APPOSITION_CLOSING_A_SENTENCE.exec(followed) ?? (followed.includes(" since ") ? APPOSITION_HELD_SINCE.exec(followed) : null))?.[1]?.replace(/\s+(?:who|whose)\s.*$/, "");
    // ("Krishna Prasad Adhikari, Chief District Officer, said": or an office capitalised as a title.)
    // (The pattern first: the name test runs the name finder again, and most mentions have no office set off after them.)
    const officeSetOff = apposed === undefined ? CAPITALISED_OFFICE_SET_OFF.exec(followed)?.[1] : undefined;
    const role = apposed ?? (officeSetOff !== undefined && looksLikePersonalName(m.name) ? officeSetOff : undefined);
    if (role && !group.roles.includes(role)) group.roles.push(role);
    // ("Dr Ana Cristina Moura, an infectious disease researcher at Fiocruz, who served as its principal investigator": the
    // office a clause of "who" says the person held, after an apposition or none.)
    // ("Rhonda Kessler, 52, worked as a labor and delivery nurse": or the verb right after the name says it.)
    const servedAs = looksLikePersonalName(m.name) ? (SERVED_AS.exec(doc.text.slice(m.end, m.end + 240)) ?? WORKED_AS.exec(doc.text.slice(m.end, m.end + 160))) : null;
    if (servedAs && !group.roles.includes(servedAs[1]!)) group.roles.push(servedAs[1]!);
    // "The Commissioner for Tourism, Arts and Culture, Mrs Folasade Bankole-Ade, said": the office set before the name.
    const officeBefore = /^,/.test(doc.text.slice(m.end, m.end + 1)) ? OFFICE_BEFORE_A_NAME.exec(doc.text.slice(Math.max(0, m.start - 120), m.start)) : null;
    // ("the Ceann Comhairle, Séamus Gilligan, rose", "The Tánaiste, Declan Furlong, said": a title of one or two capitalised
    // words the text sets before a personal name, by commas, is that person's, whatever the title's language.)
    const titleBefore = !officeBefore && /^,/.test(doc.text.slice(m.end, m.end + 1)) ? TITLE_SET_BEFORE_A_NAME.exec(doc.text.slice(Math.max(0, m.start - 40), m.start)) : null;
    const title = titleBefore && !isKnownPlace(titleBefore[1]!) && !ORGANISATION_WORDS.test(titleBefore[1]!) && looksLikePersonalName(m.name) ? titleBefore[1] : undefined;
    const office = officeBefore?.[1]!.replace(/^The\s+/, "") ?? title;
    if (office && !group.roles.includes(office)) group.roles.push(office);
    if (title && group.kind === "unknown") group.kind = "person";
    if (AGE_APPOSITION.test(doc.text.slice(m.end, m.end + 8)) || AGES_OF_A_LIST.test(doc.text.slice(m.end, m.end + 160))) group.aged = true;
    // (Not after a preposition, where the one who speaks stands before it: "Residents in Bedok North said".)
    if (SPOKE_AFTER.test(doc.text.slice(m.end, m.end + 30)) && !/\b(?:of|in|at|from|for|with|near|to|on|by)\s+$/i.test(doc.text.slice(Math.max(0, m.start - 6), m.start))) group.spoke = (group.spoke ?? 0) + 1;
    // "…by Steve Rattner, a former investment banker": a personal name with a person's role in apposition is a person.
    if (apposed && group.kind === "unknown" && looksLikePersonalName(m.name)) group.kind = "person";
    // "Tim Hunt and Paul Nurse", "Hunt and Nurse": a name after a person's is no place ("Punjab and Khyber Pakhtunkhwa" is).
    // ("according to Harbourline": a source the text cites is no place; "according to U.S. officials" names one.)
    // ("A second-half brace from Callum Harrington", "a statement from Siptu": what someone did or sent is from them, not a place.)
    // ("Analysts at Redmayne Utilities Research said": where people work is a body, not a place.)
    const cited = (/\baccording to\s+$/i.test(doc.text.slice(Math.max(0, m.start - 14), m.start)) && !/^\s+\p{Ll}/u.test(doc.text.slice(m.end, m.end + 3))) || DONE_BY_FROM.test(doc.text.slice(Math.max(0, m.start - 60), m.start)) || WORKING_AT.test(doc.text.slice(Math.max(0, m.start - 24), m.start));
    // ("hand over to Vivéo's finance director": nor is one whose people the text names after it.)
    const peopleOfIt = OWNED_ROLE_AFTER.test(doc.text.slice(m.end, m.end + 40));
    // ("received 7,904 votes to Lockwood's 7,692": nor one whose count the text sets against another's.)
    const countOfIt = /^['’]s\s+[$£€]?\d/.test(doc.text.slice(m.end, m.end + 6));
    const locative = cited || peopleOfIt || countOfIt ? null : LOCATIVE_BEFORE.exec(doc.text.slice(Math.max(0, m.start - 12), m.start));
    // "central Saskatchewan", "eastern Australia": a compass adjective before a name places it as surely as "in".
    // ("in Santa Rosa, El Oro,": so does a town and a comma before a region's name.)
    if (!locative && (REGION_BEFORE.test(doc.text.slice(Math.max(0, m.start - 18), m.start)) || (m.kind === "unknown" && TOWN_BEFORE_ITS_REGION.test(doc.text.slice(Math.max(0, m.start - 100), m.start))))) group.located++;
    else if (!locative && m.kind === "unknown" && PLACE_KIND_AFTER.test(doc.text.slice(m.end, m.end + 16))) group.located++;
    // ("took part in the British Empire and Commonwealth Games": a happening is nowhere, whatever stands before it.)
    // ("… dumping a forehand into the tramlines, and Moss has the break": an "and" after a comma and a lower-case word joins a
    // clause, not a place to a list of places, as "Toronto, Vancouver, and Montreal" does.)
    const clauseAnd = locative?.[1]!.toLowerCase() === "and" && /(?:^|\s)(?:\p{Ll}[\p{L}'’-]*|\d[\d,.]*),\s*and\s+$/u.test(doc.text.slice(Math.max(0, m.start - 40), m.start));
    if (locative && !clauseAnd && !EVENT_NAME.test(m.name) && !(locative[1]!.toLowerCase() === "and" && m.kind === "unknown" && (looksLikePersonalName(m.name) || !m.name.includes(" ")) && personalNameBefore(doc.text, m.start, (name) => isPersonNamed(name, groups, byName)))) group.located++;
    // "Coach Mohamed Sobah (Soba) says": a name in parentheses after a person's is what the text calls them next.
    const nickname = group.kind === "person" || looksLikePersonalName(m.name) ? /^\s*\((\p{Lu}\p{Ll}+)\)/u.exec(doc.text.slice(m.end, m.end + 30))?.[1] : undefined;
    // ("1. Tomasz Wierzbicki (Poland) 8.5": not a country, as results tables put one after a competitor.)
    if (nickname && !byName.has(nameKey(nickname)) && !isKnownPlace(nickname) && !isPlaceName(nickname)) add(group, nickname);
    const acronym = acronymAfter(doc.text, m.end, m.name);
    if (acronym) {
      const other = byName.get(nameKey(acronym));
      if (other && other !== group) absorb(group, other, groups, byName);
      add(group, acronym);
      if (group.kind === "unknown") group.kind = "organisation";
    }
  }
  // Acronym mentions seen before their definition still join the named group.
  for (const group of [...groups]) {
    const owner = byName.get(nameKey(group.name));
    if (owner && owner !== group) absorb(owner, group, groups, byName);
  }
  locateByApposition(doc, mentions, byName);
  locateByTheBodiesOfIt(groups, byName);
  typeByFamilyName(groups);
  mergeGivenNames(groups, byName);
  mergeNamedAliases(doc, mentions, groups, byName);
  mergeVariants(groups, byName);
  typeClubsBySupporters(groups, byName);
  mergeOrganisationParts(groups, byName, doc.paragraphs.length > 1 ? doc.paragraphs[0]!.end : 0);
  mergeAcronyms(groups, byName);

  return groups.map((group) => toActor(doc, group));
}

/**
 * The last personal name before `at` (offsets within the paragraph) in its sentence, no place's: "Harland" in "Harland, 41, …
 * spoke at his home in Gloucestershire with his wife, Emma".
 */
function personNamedBefore(doc: ArticleDoc, names: readonly NameSpan[], paragraphStart: number, at: number): string | undefined {
  const text = doc.text.slice(paragraphStart, paragraphStart + at);
  const sentenceStart = Math.max(0, text.search(/[.!?]["”’]?\s+(?=\S)[^.!?]*$/) + 1);
  const fullNames = (word: string) => new RegExp(String.raw`\p{Lu}\p{Ll}+\s+${literalPattern(word)}(?![\p{L}'’-])`, "u").test(doc.text);
  return names.filter((n) => n.start >= sentenceStart && n.end <= at && !isKnownPlace(n.name) && !isPlaceName(n.name) && (n.name.includes(" ") ? looksLikePersonalName(n.name) : fullNames(n.name))).pop()?.name;
}

function findMentions(doc: ArticleDoc): Mention[] {
  const out: Mention[] = [];
  const lowerWords = new Set(doc.text.match(/\b\p{Ll}[\p{Ll}'-]+\b/gu) ?? []);
  const initials = initialsWritten(doc.text);
  const sentenceEnds = new Map(doc.sentences.map((s) => [s.start, s.end]));
  const sentenceStarts = new Set(sentenceEnds.keys());
  // ("SINGAPORE – Cryptocurrency exchange CoralPoint has suspended": the sentence after a dateline opens there.)
  for (const paragraph of doc.paragraphs) {
    const dateline = DATELINE.exec(doc.text.slice(paragraph.start, paragraph.start + 60));
    if (dateline) sentenceStarts.add(paragraph.start + dateline[0].length);
  }
  // Each word is looked up once: a word that opens every sentence of a long article would otherwise be searched for at each.
  const capitalised = new Map<string, boolean>();
  const capitalisedHere = (word: string) => capitalised.get(word) ?? capitalised.set(word, capitalisedInside(doc, word, sentenceStarts)).get(word)!;
  const familyNames = new Map<string, boolean>();
  // (After a word the tagger reads as a proper noun, and read as none of a verb's or an adjective's kind there: "Daisuke
  // Oki" is a name where "Oki" alone reads as an interjection; "South African", "Last Updated" are none.)
  const familyNameGiven = (word: string) => {
    const known = familyNames.get(word);
    if (known !== undefined) return known;
    const fullNames = doc.text.matchAll(new RegExp(String.raw`(?<![\p{L}'’-])\p{Lu}\p{Ll}+\s+(${literalPattern(word)})(?![\p{L}'’-])(?!\s+\p{Lu})`, "gu"));
    // ("The call reached Hamish Grant, who …": a family name that is also a verb the tagger may read as one after the given name.)
    const given = [...fullNames].some((m) => tokenStartingAt(doc, m.index)?.pos === "PROPN" && /^(?:PROPN|NOUN|X|INTJ|VERB)$/.test(tokenStartingAt(doc, m.index + m[0].length - word.length)?.pos ?? ""));
    familyNames.set(word, given);
    return given;
  };
  doc.paragraphs.forEach((paragraph, index) => {
    const paragraphText = doc.text.slice(paragraph.start, paragraph.end);
    const nicknamed = /[“"‘]|\s'/.test(paragraphText) ? nicknamedNames(paragraphText) : [];
    const names = findNames(paragraphText, initials);
    for (const m of nicknamed) {
      const start = paragraph.start + m.index;
      // ("Mayor Ernesto “Boy” Dimaculangan": the title the name finder read before the given name.)
      const title = names.find((found) => found.start === m.index)?.title ?? null;
      out.push({ start, end: start + m.length, name: `${m.given} ${m.family}`, title, kind: "person", paragraph: index, nickname: m.nickname });
    }
    const insideNicknamed = (start: number, end: number) => nicknamed.some((m) => start < m.index + m.length && m.index < end);
    // "Korea Fines Delivery App Baedal Nara $15 Million Over Exclusive Deals": in a headline set in title case every word is
    // capitalised, so a run of them is a name only where the story's text writes it too.
    const titleCased = index === 0 && isTitleCaseHeadline(paragraphText);
    for (const found of names) {
      if (insideNicknamed(found.start, found.end)) continue;
      if (titleCased && !doc.text.includes(found.name, paragraph.end)) continue;
      const span = withMissionsSeat(withoutNationality(withoutWordOpeningAName(withoutCommonOpening(withoutGreetingOrSport(found), paragraph.start, sentenceStarts, lowerWords), paragraph.start, sentenceStarts, doc.text), doc.text), paragraphText);
      const start = paragraph.start + span.start;
      const end = paragraph.start + span.end;
      // Nationality and language words used as adjectives ("Kurdish fighters", "Syrian Kurdish groups") are no actors.
      // ("Supervisor Gary Treml, R-Holbrook,": a party and a district are no actor.)
      // ("Lim Wei Sheng (PH-Bukit Bendera)": nor is a party and a seat in brackets, as Malaysian papers write them.)
      if (/^[RDI]-\p{Lu}/u.test(span.name) || (/^\p{Lu}{1,5}-\p{Lu}/u.test(span.name) && doc.text[start - 1] === "(")) continue;
      // ("Minister Responsible for the Saskatchewan Public Safety Agency": the word that runs an office on to its remit is no name.)
      if (span.name === "Responsible" && /^\s+for\s/.test(doc.text.slice(end, end + 5))) continue;
      // ("armed with AK-47 rifles", "F-16 jets": letters and a number joined by a hyphen designate a model, no actor.)
      if (/^\p{Lu}{1,4}-\d{1,4}\p{L}?$/u.test(span.name) && !/^\s+(?:said|says|told|added)\b/.test(doc.text.slice(end, end + 8))) continue;
      // ("#MilkPrice": a hashtag is a topic, no actor.)
      if (doc.text[start - 1] === "#") continue;
      // ("Posted: Nov 18, 2015 4:00 AM ET": nor the half of the day and the time zone after a clock time.)
      if (/^(?:AM|PM)(?:\s+\p{Lu}{1,4})?$/u.test(span.name) && /\d\s*$/.test(doc.text.slice(Math.max(0, start - 3), start))) continue;
      // ("on Jan. 9": nor a month written short before its day.)
      if (/^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/.test(span.name) && /^\.?\s*\d/.test(doc.text.slice(end, end + 4))) continue;
      // ("shortly after 5 p.m. ET, the league said": nor a time zone after "a.m." or "p.m.".)
      if (/^(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|EET|EEST|WAT|EAT|CAT|IST|SAST|AEST|AEDT|AWST|NZST|NZDT|JST|KST|HKT|SGT|WIB)$/.test(span.name) && /\d\s*(?:[ap]\.m\.|[AP]M|[ap]m|GMT|UTC)?\s*$/.test(doc.text.slice(Math.max(0, start - 8), start))) continue;
      // ("Imali Express (Pty) Ltd": nor a company's legal form in brackets.)
      if (doc.text[start - 1] === "(" && doc.text[end] === ")" && CORPORATE_SUFFIX.test(span.name)) continue;
      // "On Australia Day": a holiday is a day, no actor.
      if (fixedHoliday(span.name)) continue;
      // ("her chat show “Leela Tonight”", "the operation “Euphrates Rage”": a name that is all of what quotation marks enclose
      // is a title or a nickname, no actor.)
      // (Not the name someone goes by: "Tunde Bakare, popularly known as “T-Flame”".)
      if (/["“‘]/.test(doc.text[start - 1] ?? "") && /["”’]/.test(doc.text[end] ?? "") && !span.title && !GOES_BY_BEFORE.test(doc.text.slice(Math.max(0, start - 30), start - 1))) continue;
      // ("a newspaper investigation titled “Access All Areas”": nor any word of a title given in quotation marks.)
      if (IN_A_TITLE_GIVEN_BEFORE.test(doc.text.slice(Math.max(0, start - 80), start)) && /^[^"“”\n]{0,60}["”]/.test(doc.text.slice(end, end + 62))) continue;
      // ("Americans", "Kenyans": a country's people in the plural are no actor either.)
      // (Not a given name that ends like a people's word, "Adrian", "Eric", where the word stands alone with an age or speaks:
      // "Adrian, 38, said", "Eric said".)
      const givenNameAlone = !span.name.includes(" ") && !/\bthe\s+$/i.test(doc.text.slice(Math.max(0, start - 4), start)) && (AGE_APPOSITION.test(doc.text.slice(end, end + 8)) || SPEAKS_AFTER.test(doc.text.slice(end, end + 20)));
      // ("… to beat Djokovic", "Subramanian’s style": nor a family name shaped like one, which the text gives after a given name,
      // "Novak Djokovic", "Karthik Subramanian", where it is no country's people nor an English word, "Pacific", "Catholic".)
      const familyNameAlone = () => !span.name.includes(" ") && !isCountrysPeople(span.name) && !isEnglishWord(span.name.toLowerCase()) && familyNameGiven(span.name);
      if ((span.name.split(" ").every((w) => isNationalityWord(w) || (/[^s]s$/.test(w) && isNationalityWord(w.slice(0, -1)))) && !givenNameAlone && !familyNameAlone()) || (/-\p{Ll}/u.test(span.name.replace(CO_OPERATIVE, "").replace(SMALL_WORD_BETWEEN_HYPHENS, "-")) && !hasHyphenatedGivenName(span.name))) continue;
      // ("the Budget", "the Constitution", "Article 370", "last Winter": a document, a part of one, or a season, capitalised.)
      if (NOT_AN_ACTOR.test(span.name)) continue;
      // ("Krishna Prasad Adhikari, Chief District Officer, said": nor the office a comma sets off after a person's name.)
      if (OFFICE_HEAD_LAST.test(span.name) && officeSetOffAfterAName(doc.text, start, span.name)) continue;
      // ("said the Very Rev Dr Helen Marchbank, Dean of Holyborne.": nor an office of a place so set off.)
      if (OFFICE_OF_A_PLACE.test(span.name) && holderBeforeTheComma(doc.text, start)) continue;
      // ("40 per cent of her Cabernet Franc is still on the vine", "sold his Toyota Corolla": a name someone owns, heading its
      // phrase, is a thing they have. Not "their Manchester United teammates", where it only tells which, nor a title, "Her
      // Majesty", nor a body, "her Ministry".)
      if (OWNED_BEFORE.test(doc.text.slice(Math.max(0, start - 7), start)) && !span.title && !headsANoun(doc, end) && !/^['’-]/.test(doc.text.slice(end, end + 1)) && !ORGANISATION_WORDS.test(span.name) && !HONORIFIC_AFTER_OWNER.test(span.name)) continue;
      if (!span.name.includes(" ") && !span.title) {
        // "Fab 42", "Apollo 11", "Flight 370": a word before a number names a thing, not an actor (not a place, a
        // score or a span of time: "in Wellington 10 years ago", "beat Chelsea 2-0").
        if (MODEL_NUMBER.test(doc.text.slice(end, end + 24)) && !ORGANISATION_WORDS.test(span.name) && !/^\p{Lu}{2,}$/u.test(span.name) && !isPlaceName(span.name)) continue;
        // A capitalised common word opening a sentence ("Fighting around Raqqa…") is no name, nor is "US-backed".
        // ("the WHO statement": letters in capitals inside a sentence written in lower case are a body's initials.)
        // (Not "IT", "AM", "OK": capitals for a common thing or a short word.)
        const initials = /^\p{Lu}{2,5}$/u.test(span.name) && !/^(?:IT|AM|PM|OK|OR|AN|NO|ON|IN|AT|TO|SO|DO|GO|ME|MY|WE|BE|HE|IF|OF|UP|AS|BY)$/.test(span.name) && !sentenceStarts.has(start) && /\p{Ll}/u.test(doc.text.slice(Math.max(0, start - 30), start));
        if ((lowerWords.has(span.name.toLowerCase()) && !initials) || /-\p{Ll}/u.test(span.name)) continue;
        // "“Clubs must understand …”": a plural of a common noun the text writes in lower case ("the club"), capitalised
        // only where a sentence or a quotation opens.
        if (/^\p{Lu}\p{Ll}+s$/u.test(span.name) && lowerWords.has(span.name.slice(0, -1).toLowerCase()) && !capitalisedHere(span.name)) continue;
        const token = tokenStartingAt(doc, start);
        // (Not a family name the text gave in full, however the tagger reads it alone: "Daisuke Oki … Oki sent".)
        if (token && !NAME_TAGS.has(token.pos) && !/^\p{Lu}{2,}$/u.test(span.name) && !familyNameGiven(span.name)) continue;
        // (A quotation's first word opens the sentence quoted: "“Demand remains weak,” he said.")
        const opening = sentenceStarts.has(start) || /[“"‘]$/.test(doc.text.slice(Math.max(0, start - 1), start));
        // "Residents were digging", "Officials said": a noun for people, capitalised only because it opens the sentence.
        // ("Ornithologists say": or the plural of a noun for what a person does.)
        if (opening && (ROLE_WORDS.test(span.name.toLowerCase()) || (/\p{Ll}s$/u.test(span.name) && isRoleNoun(span.name.slice(0, -1).toLowerCase()))) && !capitalisedHere(span.name)) continue;
        // ("Cryptocurrency exchange CoralPoint has suspended", "Telecoms operator Safaricom": what kind of business the name
        // after it is, however new a word the lexicon lacks.)
        if (opening && KIND_OF_BUSINESS_BEFORE_A_NAME.test(doc.text.slice(end, end + 40)) && !capitalisedHere(span.name)) continue;
        // "Soil temperatures are still running high", "Twelve evacuation centres": an English word capitalised only where
        // sentences open is no name ("Amtrak spokeswoman Lorraine Fitch" is none the lexicon knows). A known place, a body
        // ("Congress passed a law"), initials ("UN") and one described as a person ("Mercy, a nurse at the camp,") stay.
        if (opening && isEnglishWord(span.name) && !isKnownPlace(span.name) && !ORGANISATION_WORDS.test(span.name) && !/^\p{Lu}{2,5}$/u.test(span.name) && !SPEAKS_AFTER.test(doc.text.slice(end, end + 60)) && !PERSON_APPOSITION.test(doc.text.slice(end, end + 60)) && !capitalisedHere(span.name)) continue;
      }
      // "Jeff Davis said" speaks; in "militia groups in Syria said" or "a spokesperson for Airbus told", the name after the preposition does not.
      const after = doc.text.slice(end, end + 60);
      // ("Wayne, a set-netter who did not want his surname used,": one who keeps a surname back is a person.)
      // ("the Sandiganbayan said": a name that takes "the" is no person's, whoever speaks.)
      // ("The Bulls, who sit fourth in the table,": nor one that "who" follows, a team's.)
      // ("According to Renato Baylon, chief of the …,": a source one cites is no place a preposition puts the name in.)
      const afterThe = /\bthe\s+$/i.test(doc.text.slice(Math.max(0, start - 4), start));
      // ("a farmer in Santa Rosa, El Oro, who has supplied the company": a region after its town and a comma is no one described,
      // whatever follows it.)
      const regionOfATown = TOWN_BEFORE_ITS_REGION.test(doc.text.slice(Math.max(0, start - 100), start));
      // ("That was not enough for Mulyono, 52, a rice farmer whose …": an age and what the person is, after any preposition.)
      const described = !regionOfATown && (AGED_AND_DESCRIBED.test(after) || (CAPITALISED_OFFICE_SET_OFF.test(doc.text.slice(end, end + 160)) && looksLikePersonalName(span.name)) || ((PERSON_APPOSITION.test(after) && !(afterThe && /^,\s+who\b/.test(after))) || (after.includes(" since ") && APPOSITION_HELD_SINCE.test(after)) || agedApposition(after) || (SPEAKS_AFTER.test(after) && !(afterThe && !OFFICE_IN_A_NAME.test(span.name))) || SURNAME_KEPT_BACK.test(doc.text.slice(end, end + 120))) && (!IN_A_PREPOSITIONAL_PHRASE.test(doc.text.slice(Math.max(0, start - 12), start)) || /\baccording to\s+$/i.test(doc.text.slice(Math.max(0, start - 14), start)) || OPENING_FOR.test(doc.text.slice(Math.max(0, start - 6), start))));
      // "Actor and pilot John Travolta", "analyst Jane Roe": a noun for what a person is or does, right before a personal name.
      // The cheap test first: the name test runs the name finder again, on every mention.
      // ("Andean Cobre's vice president for corporate affairs, Gonzalo Ferrán,": or an office and what it covers.)
      // ("Her friend, Mary Smith,": or anyone his or hers, one of them, set before the name between commas.)
      // ("two special commissioners, Alberto Zanardelli and Francesca Lodigiani,": or what people are, in the plural, before a
      // list of their names.)
      // ("the culture secretary, Helen Marchbank,": a family name that ends in "-bank", read as a bank's, is a person's where a role
      // is set before the name; not "Deutsche Bundesbank".)
      const bankSurname = span.kind === "organisation" && !span.title && /^\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+bank$/u.test(span.name) && !/(?:e|sche|a)$/.test(span.name.split(" ")[0]!);
      const roleBefore = (span.kind === "unknown" || bankSurname) && !described && (ROLE_BEFORE.test(doc.text.slice(Math.max(0, start - 20), start)) || roleOfAFieldBefore(doc, start) || officeOfBefore(doc.text, start, span.name) !== undefined || (doc.text[start - 2] === "," && !regionOfATown && (ROLE_SET_BEFORE.test(doc.text.slice(Math.max(0, start - 100), start)) || hisOrHersSetBefore(doc.text.slice(Math.max(0, start - 40), start)))) || ROLES_LISTED_BEFORE.test(doc.text.slice(Math.max(0, start - 80), start))) && (bankSurname || looksLikePersonalName(span.name)) && !isABusinessName(span.name.split(" "));
      // "his widow, Sharon Tully,": the role set before the name between commas is the person's.
      // ("The company's chief executive, Anthony Marchetti": the words that say which kind of executive stay.)
      // ("The Bishop of Ibadan Central, Joseph Ogunbiyi,": so may an office of a place or a body.)
      const roleSetBefore = () => (span.title || doc.text[start - 2] !== "," ? undefined : (ROLE_SET_BEFORE.exec(doc.text.slice(Math.max(0, start - 100), start))?.[1] ?? officeOfBefore(doc.text, start, span.name)));
      // "…,” said Jane Mason"; "Vincenzo Scorpio is trying to get to San Diego for surgery on his ankle": a name
      // an inverted speech verb puts after a quote, or that opens a sentence which goes on to say "his" or "her".
      const officeBefore = SPEAKS_BEFORE_AN_OFFICE.exec(doc.text.slice(Math.max(0, start - 90), start))?.[1]?.trim().split(/\s+/).some(isRoleNoun) === true;
      const invertedSubject = span.kind === "unknown" && (SPEAKS_BEFORE.test(doc.text.slice(Math.max(0, start - 16), start)) || SPEAKS_BEFORE_DESCRIBED.test(doc.text.slice(Math.max(0, start - 40), start)) || officeBefore) && ENDS_AN_INVERTED_SUBJECT.test(doc.text.slice(end, end + 48));
      // ("ordered Khairul Anuar Mat Zin (PH-Sungai Petani) to leave": a legislator's party and seat in brackets after the name.)
      const seatAfter = PARTY_AND_SEAT.test(doc.text.slice(end, end + 48));
      const personal = span.kind === "unknown" && !described && !roleBefore && span.name.includes(" ") && (invertedSubject || seatAfter || refersBackAsAPerson(doc, end, sentenceEnds.get(start) ?? endOfASentenceOpenedBefore(doc, start)) || nextSentenceOpensWithItsPronoun(doc, start, end)) && looksLikePersonalName(span.name);
      // "Mr Hession’s widow, Aoife,": a first name set beside someone's kin is a person, whose role is the kinship.
      // ("Graham and Susan Ellery, from Leeds, who had planned …", "Karen and Steve Lowe, who run a café": a given name joined by
      // "and" to a full name, the text going on of both, is the first one's, with the family name the two share.)
      const couple = !span.name.includes(" ") && !span.title && /^\p{Lu}\p{Ll}+$/u.test(span.name) ? COUPLE_AFTER_A_GIVEN_NAME.exec(after) : null;
      // ("Tom and Bríd Kelleher, who had their first date": a word of the lexicon too, where the text never writes it in lower case.)
      if (couple && looksLikePersonalName(`${couple[1]} ${couple[2]}`) && (!isEnglishWord(span.name.toLowerCase()) || !lowerWords.has(span.name.toLowerCase())) && !isKnownPlace(span.name) && !isNationalityWord(span.name) && !ORGANISATION_WORDS.test(span.name) && !familyNameGiven(span.name)) {
        out.push({ ...span, name: `${span.name} ${couple[2]}`, kind: "person", start, end, paragraph: index, family: true });
        continue;
      }
      const kin = !span.name.includes(" ") && (/^\s*,|^\s\(\d{1,3}\)/.test(after) || SPEAKS_AFTER.test(after)) ? KIN_BEFORE.exec(doc.text.slice(Math.max(0, start - 60), start))?.[1] : undefined;
      // She goes by her first name and the family's name: "Aoife Hession".
      // ("Olena's sister, Iryna": where the text gave the kin a full name, "Olena Kravets", the family's is its last word.)
      if (kin) {
        const family = familyOf(kin);
        const fullName = /^\p{Lu}\p{Ll}+$/u.test(family) ? new RegExp(`\\b${family}\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\b(?!\\s+\\p{Lu})`, "u").exec(doc.text)?.[1] : undefined;
        const surname = fullName && looksLikePersonalName(`${family} ${fullName}`) ? fullName : family;
        out.push({ ...span, name: `${span.name} ${surname}`, kind: "person", title: span.title ?? kin, start, end, paragraph: index, family: true });
        continue;
      }
      // ("Her son Joseph, 19, is among the missing": the kin of someone a pronoun points to is a person too, by the first name.)
      const pronounsKin = !span.name.includes(" ") && /^\s*[,.;]|^\s\(\d{1,3}\)/.test(after) ? PRONOUNS_KIN_BEFORE.exec(doc.text.slice(Math.max(0, start - 30), start))?.[1] : undefined;
      if (pronounsKin && !span.title) {
        // ("Harland, 41, … spoke at his home with his wife, Emma, beside him": a spouse goes by the family name of the one named
        // last before, in this sentence.)
        // (Not where the text gives the spouse a full name of their own: "his wife, Carol, … Carol Whelan".)
        const namedInFull = new RegExp(String.raw`(?<![\p{L}'’-])${literalPattern(span.name)}\s+\p{Lu}\p{Ll}`, "u").test(doc.text);
        const spouseOf = /\b(?:his|her)\s+(?:wife|husband)$/i.test(pronounsKin) && !namedInFull ? personNamedBefore(doc, names, paragraph.start, span.start) : undefined;
        const family = spouseOf?.split(/\s+/).pop();
        out.push({ ...span, ...(family && family !== span.name ? { name: `${span.name} ${family}`, family: true as const } : {}), kind: "person", title: pronounsKin.toLowerCase(), start, end, paragraph: index });
        continue;
      }
      // "who gave his name only as Marlon", "identified only as Semhar": a name given for a person.
      // ("Hanaoki, whose real name is Daisuke Oki,": or the person's own name behind another.)
      const givenAsName = GIVEN_AS_BEFORE.test(doc.text.slice(Math.max(0, start - 50), start)) || OWN_NAME_BEFORE.test(doc.text.slice(Math.max(0, start - 40), start));
      // "Marsh’s attorney", "Marsh’s girlfriend": only a person has kin, a lawyer or a funeral.
      const personsOwn = span.kind === "unknown" && OWNED_BY_A_PERSON.test(after);
      // ("Another driver, 27-year-old Slamet, said": an age written before a name makes a person of it.)
      // (Not an age of what the name only describes: "the 103-year-old Brannock Works", "a 60-year-old Mapuche woman".)
      // ("seven-year-old Isla Thornton, made her a card": or the age in words.)
      const agedBefore = /\b(?:\d{1,3}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)-year-old\s+$/i.test(doc.text.slice(Math.max(0, start - 24), start)) && /^(?:,|\s+(?:said|says|told|who|was|is|had|has|died)\b)/.test(after) && !ORGANISATION_WORDS.test(span.name) && !isKnownPlace(span.name) && !isNationalityWord(span.name);
      // ("alongside Vrhovec's team leader, Britain's Thomas Ashworth,": a name shaped like a person's after a country's possessive,
      // as sport and foreign news write where someone is from, is a person, wherever the text then puts it.)
      // (Only where the text also calls it by its last word alone, as it does a person by the family name, and that word is no
      // word of the lexicon: not "Peru's Cordillera Blanca", "Japan's Golden Week", "Australia's Great Barrier Reef … the Reef".)
      const ofACountry = span.kind === "unknown" && span.name.includes(" ") && looksLikePersonalName(span.name) && !isPlaceName(span.name) && isKnownPlace(/(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)['’]s\s+$/u.exec(doc.text.slice(Math.max(0, start - 30), start))?.[1] ?? "") && calledByItsLastWord(doc.text, span.name) && !isEnglishWord(span.name.split(" ").pop()!.toLowerCase());
      // "Argentine home appliance maker Electrolar said": what a business makes or does, right before its name.
      // ("Highland Orbital, the Inverness start-up hoping to …": or what an apposition right after it calls it.)
      // ("the Cape Town-based research group Fiscal Futures": or a word for a body that is no business.)
      // ("through his solicitors, Harcourt Lane,": or a firm set beside the people one hires from it.)
      // ("Lukas Brenner of Frankfurt-based broker Hartmann Weiss": or a body of some trade that a person is of.)
      const business = span.kind === "unknown" && !span.title && (BUSINESS_BEFORE.test(doc.text.slice(Math.max(0, start - 16), start)) || (followsAPersonOfATrade(doc.text, start) && !isKnownPlace(span.name)) || BODY_BEFORE.test(doc.text.slice(Math.max(0, start - 16), start)) || HIRED_FIRM_BEFORE.test(doc.text.slice(Math.max(0, start - 20), start)) || isApposedAsABusiness(after));
      const kind = business ? "organisation" : (span.kind !== "organisation" || (bankSurname && roleBefore)) && (described || roleBefore || personal || givenAsName || personsOwn || agedBefore || ofACountry) && !/^\p{Lu}{2,}$/u.test(span.name) ? "person" : span.kind === "unknown" && (OWNED_BY_A_BUSINESS.test(after) || SAID_ON_ITS_CHANNEL.test(after)) ? "organisation" : span.kind;
      const role = kind === "person" ? roleSetBefore() : undefined;
      // ("The Minister for Finance, Mr Liam Cassidy,": the office beside the courtesy title, which keeps telling "he" from "she".)
      // ("The Head of the National Search and Rescue Agency, Vice Admiral Rudi Hartono Wibisono,": or beside a rank.)
      const titleAndComma = span.title ? doc.text.slice(Math.max(0, start - span.title.length - 3), start) : "";
      const office = titleAndComma.startsWith(", ") ? officeOfBefore(doc.text, start - titleAndComma.length + 2, span.name) : undefined;
      out.push({ ...span, ...(role ? { title: role } : {}), ...(office ? { office } : {}), ...(invertedSubject && kind === "unknown" && !span.name.includes(" ") ? { speaksInverted: true as const } : {}), kind, start, end, paragraph: index });
    }
  });
  return out;
}

/** "Bulls director of rugby " before a name: a role and the field it is of, a noun as the tagger reads it ("resident of the", "resident of nearby" are none). */
function roleOfAFieldBefore(doc: ArticleDoc, start: number): boolean {
  const field = ROLE_OF_A_FIELD_BEFORE.exec(doc.text.slice(Math.max(0, start - 40), start));
  if (!field) return false;
  const at = start - field[0].length + field[0].lastIndexOf(field[1]!);
  return doc.tokens[lastIndexAtOrBefore(doc.tokens, at, (t) => t.start)]?.pos === "NOUN";
}

/**
 * "The Mayor of Alton, Jane Roe, said": a personal name set off by commas after an office of a place or a body. (Not
 * "the mayor of Alton, Illinois": a place is no person.)
 */
function officeOfBefore(text: string, start: number, name: string): string | undefined {
  if (!/,\s+$/.test(text.slice(Math.max(0, start - 3), start))) return undefined;
  const before = text.slice(Math.max(0, start - 150), start);
  const office = OFFICE_OF_BEFORE.exec(before);
  if (!office || !PERSON_ROLE.test(office[2]!) || !name.includes(" ") || isKnownPlace(name) || isPlaceName(name)) return undefined;
  // ("The Chief Executive Officer of Kasa Mobile Ghana Limited, Mr Kobina Essuman-Gyasi,": the capitalised words of the
  // office before its head.)
  const opening = OFFICE_OPENING.exec(before.slice(0, office.index))?.[0] ?? "";
  return opening + office[1];
}

/**
 * "Kim Sung-ho", "Hsu Kuo-liang", "Alan Cheung Ka-wai": a family name, then a given name of two syllables joined by a
 * hyphen, the second in lower case, as Korean and Chinese names are written in English (unlike "US-backed", "Saudi-led",
 * one word a hyphen joins to an English one).
 */
function hasHyphenatedGivenName(name: string): boolean {
  const words = name.split(" ");
  // ("Yeh Chun-hsiung", "Chuang Hsiang-ming": a syllable as Wade–Giles spells it may take six letters.)
  const given = /^\p{Lu}\p{Ll}{1,5}-(\p{Ll}{1,6})$/u.exec(words[words.length - 1]!);
  // (Not a participle, "Hong Kong-listed", nor an English word of six letters, "Mutunda Sub-county".)
  return words.length >= 2 && given !== null && !/^(?:led|run|based|owned|held|born|made|era|style|type|wide|free|like|old|new)$|ed$/.test(given[1]!) && !(given[1]!.length === 6 && isEnglishWord(given[1]!)) && words.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
}

/**
 * How the text may call a person by family name alone: the word before a hyphenated given name, "Lee" for "Lee Jong-wook"
 * and "Cheung" for "Alan Cheung Ka-wai", as Korean, Chinese and Taiwanese names are written.
 */
function familyNameForms(name: string): readonly string[] {
  let forms = familyNameFormsOf.get(name);
  if (forms) return forms;
  const words = name.split(" ");
  // ("Minister for Housing, Planning, Community and Local Government": an office and its remit has no family name.)
  forms = /\s(?:for|of)\s/.test(name) ? [] : hasHyphenatedGivenName(name) ? [words[words.length - 2]!] : surnameForms(name);
  // The owner of a surname is sought by asking every name in the story for its forms, mention after mention (a tenth of
  // the time spent on a real article); a name's forms depend on the name alone. Emptied now and then so that a long run
  // over many articles holds no more than a few thousand.
  if (familyNameFormsOf.size >= 5000) familyNameFormsOf.clear();
  familyNameFormsOf.set(name, forms);
  return forms;
}
const familyNameFormsOf = new Map<string, readonly string[]>();

/**
 * The middle word of a personal name of three plain words (the third of four), which in Spanish and Portuguese names is the first family name
 * (not of "Australian Tegan Marsh", nor of "Substitute Femi Okafor" that the text also writes as "Femi Okafor").
 */
function firstOfTwoFamilyNames(name: string, names: Set<string>): string | null {
  const words = name.split(" ");
  // ("María Elena Zegarra Rospigliosi … Zegarra said": or the third of four, after two given names.)
  if (words.length < 3 || words.length > 4 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) || isNationalityWord(words[0]!)) return null;
  const family = words[words.length - 2]!;
  return names.has(`${family} ${words[words.length - 1]}`) || names.has(words.slice(0, -1).join(" ")) ? null : family;
}

/**
 * The family name of a Chinese name written family name first, as Malaysian and Singaporean papers write them: "Chong" of
 * "Chong Wei Ming", "Lim" of "Vincent Lim Boon Heng" (an English given name before it). Three short syllables, the given
 * name's two after the family name.
 */
function chineseFamilyName(name: string): string | null {
  const words = name.split(" ");
  const chinese = words.slice(-3);
  if (words.length < 3 || words.length > 4 || !chinese.every((w) => /^\p{Lu}\p{Ll}{1,4}$/u.test(w))) return null;
  return chinese[0]!;
}

/** A name the article already gives a person, or the surname of a full name shaped like a person's ("Hunt" after "Tim Hunt"). */
function isPersonNamed(name: string, groups: Group[], byName: Map<string, Group>): boolean {
  const group = byName.get(nameKey(name));
  if (group?.kind === "person" || (group && looksLikePersonalName(group.name))) return true;
  return !name.includes(" ") && groups.some((g) => g.name.endsWith(` ${name}`) && looksLikePersonalName(g.name));
}

/** The name before an "and" that ends at `at` is a person's, by its shape or as one already known: "Tim Hunt and …", "Hunt and …". */
function personalNameBefore(text: string, at: number, isKnownPerson: (name: string) => boolean): boolean {
  const before = /(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*),? and\s+$/u.exec(text.slice(Math.max(0, at - 60), at));
  const name = before?.[1];
  // ("in the R.S. Pura and Arnia sectors": a name after "in the" is a place's, whatever its shape.)
  if (before && /\bin\s+the\s+$/i.test(text.slice(Math.max(0, at - before[0].length - 8), at - before[0].length))) return false;
  return name !== undefined && (isKnownPerson(name) || (looksLikePersonalName(name) && !isPlaceName(name) && !isKnownPlace(name)));
}

/**
 * Where the sentence ends that a subordinating word opens right before the name: "When Olena Kravets heard …, she sat"
 * (the name is the subject of the clause it opens, as of one it opens itself).
 */
function endOfASentenceOpenedBefore(doc: ArticleDoc, start: number): number | undefined {
  const i = lastIndexAtOrBefore(doc.sentences, start, (s) => s.start);
  const sentence = doc.sentences[i];
  if (!sentence || sentence.end <= start) return undefined;
  return /^(?:When|After|As|While|Before|Once|Although|Though|Because|If|Since|Until|Even though)\s+$/.test(doc.text.slice(sentence.start, start)) ? sentence.end : undefined;
}

/**
 * "the Philippine Consulate General in Sydney", "the US Embassy in Ottawa": a diplomatic mission is named by the city it sits
 * in, which its name takes in (an offset into the paragraph, as `span`'s).
 */
function withMissionsSeat(span: NameSpan, paragraphText: string): NameSpan {
  if (!/\b(?:Embassy|Consulate(?:\s+General)?|High\s+Commission)$/.test(span.name)) return span;
  const seat = /^\s+in\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u.exec(paragraphText.slice(span.end));
  return seat ? { ...span, end: span.end + seat[0].length, name: `${span.name}${seat[0]}`, kind: "organisation" } : span;
}

/** A word for a body that is no business, right before its name: "research group ", "think tank ", "the charity ". */
const BODY_BEFORE = /(?<![\p{L}-])(?:group|think[- ]tank|charity|NGO|non-profit|nonprofit|coalition|alliance|network|organi[sz]ation|institute|watchdog|regulator|lobby|broadcaster|newspaper|tabloid|union)\s+$/u;

/** Whether the text writes a name's last word alone, not after the word before it there: "Ashworth" of "Thomas Ashworth". */
function calledByItsLastWord(text: string, name: string): boolean {
  const words = name.split(" ");
  return new RegExp(`(?<!${literalPattern(words[words.length - 2]!)}\\s)(?<![\\p{L}-])${literalPattern(words[words.length - 1]!)}(?![\\p{L}-])`, "u").test(text);
}

/** People one hires from a firm, in the plural, then a comma before the firm's name: "his solicitors, " (then "Harcourt Lane"). */
const HIRED_FIRM_BEFORE = /\b(?:solicitors|lawyers|attorneys|auditors|receivers|administrators|liquidators|accountants|consultants|publicists|agents|publishers),\s+$/;

/** What stands before the name someone goes by: "popularly known as ", "nicknamed ", "alias ". */
const GOES_BY_BEFORE = new RegExp(String.raw`\b(?:${NICKNAME_GIVERS}|called|alias|aka|a\.k\.a\.|styles\s+(?:himself|herself))\s*$`, "i");

/** A sentence that opens with a quotation "he" or "she" says: "“My legs were very tired,” she said". */
const QUOTE_A_PRONOUN_SAYS = new RegExp(String.raw`^[“"‘'][^“”"]{1,600}?[,?!…—-][”"’']\s+(?:he|she)\s+(?:${SPEECH_VERBS})\b`);

/**
 * The sentence after the name's opens with "he", "she", "his" or "her", and no other person's name stands between: "Every
 * morning, Marleni Huamán has walked down to the river.¶Her son, Rubén, was 19."
 * ("Ethiopia's Meseret Alemu held off a late challenge. “My legs were very tired,” she said": or with a quotation that
 * "he" or "she" says.)
 */
function nextSentenceOpensWithItsPronoun(doc: ArticleDoc, start: number, end: number): boolean {
  // The name is its own sentence's subject: a verb follows it, and no preposition stands before it ("futures on Bursa
  // Malaysia Derivatives had slipped").
  const after = doc.tokens[lastIndexAtOrBefore(doc.tokens, end - 1, (t) => t.start) + 1];
  if (!after || (after.pos !== "VERB" && after.pos !== "AUX") || !/^\p{Ll}/u.test(after.text)) return false;
  if (IN_A_PREPOSITIONAL_PHRASE.test(doc.text.slice(Math.max(0, start - 12), start)) || /\bon\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, start - 8), start))) return false;
  const i = lastIndexAtOrBefore(doc.sentences, end - 1, (s) => s.start);
  const next = doc.sentences[i + 1];
  if (!next) return false;
  // ("Ethiopia's Tigist Alemu Bekele won in 2:16:40, pulling away from Kenya's Ruth Chepkorir …. The 27-year-old, in only her
  // third marathon, …": an age in place of a name opens the next sentence; it stands for the subject, whoever else is named.)
  if (/^The\s+\d{1,3}-year-old\b/.test(next.text) && !/[“”"]/.test(doc.text.slice(end, next.start))) return true;
  if (!(/^(?:He|She|His|Her)\s/.test(next.text) || QUOTE_A_PRONOUN_SAYS.test(next.text))) return false;
  // (Not "Thomas Penrose … was 46 when his vessel Morwenna Jane overturned.¶His crewman …": no person is named before it.)
  const personal = (text: string) => findNames(text).some((n) => n.kind === "person" || (looksLikePersonalName(n.name) && !isPlaceName(n.name)));
  const sentence = doc.sentences[i]!;
  const between = doc.text.slice(end, next.start);
  return !/[“”"]/.test(between) && !personal(between) && !personal(doc.text.slice(sentence.start, Math.max(sentence.start, start)));
}

/** The sentence a name opens (ending at `sentenceEnd`) goes on to call it "he" or "her", with no other person's name in between. */
function refersBackAsAPerson(doc: ArticleDoc, end: number, sentenceEnd: number | undefined): boolean {
  if (sentenceEnd === undefined) return false;
  const rest = doc.text.slice(end, sentenceEnd);
  const pronoun = PERSONAL_PRONOUN.exec(rest);
  if (!pronoun) return false;
  const between = rest.slice(0, pronoun.index);
  return !/[“”"]/.test(between) && !findNames(between).some((n) => n.kind === "person" || (looksLikePersonalName(n.name) && !isPlaceName(n.name)));
}

/**
 * "Fighters of the Islamic State", "Residents of the Old City": a common noun capitalised only
 * because it opens the sentence (the article also writes it in lower case), joined by "of" to a
 * name, is not part of that name. An organisation's head word or a title stays ("Ministry of Defence").
 */
function withoutCommonOpening(span: NameSpan, offset: number, sentenceStarts: Set<number>, lowerWords: Set<string>): NameSpan {
  if (!sentenceStarts.has(offset + span.start) || span.title) return span;
  // ("Under the Air Passenger Protection Regulations, travellers …", "Under Kenyan law": a preposition opening the sentence.)
  const preposition = /^(Under|Across|Inside|Outside|Over|Through|Near|Behind|Beyond|Around|Towards?|Via|Beneath|Alongside)\s+(?:the\s+)?(?=\S)/.exec(span.name);
  if (preposition && lowerWords.has(preposition[1]!.toLowerCase())) {
    const rest = span.name.slice(preposition[0].length);
    return { ...span, start: span.start + preposition[0].length, name: rest, kind: ORGANISATION_WORDS.test(rest) ? "organisation" : span.kind === "organisation" ? "unknown" : span.kind };
  }
  // ("Retailer Sable Stores, which has 14 outlets in Ghana, was less upbeat": what a business does, capitalised where the
  // sentence opens, is no part of its name.)
  const trade = /^(?:(?:Car|Auto|Chip|Drug|Steel|Toy|Truck|Tyre|Tire|Cement|Phone|Aircraft|Plane)?makers?|Retailer|Airline|Carrier|Lender|Insurer|Miner|Manufacturer|Conglomerate|Supplier|Brewer|Exporter|Importer|Start-?up|Developer|Operator|Publisher|Broadcaster)\s+(?=\p{Lu})/u.exec(span.name);
  if (trade) return { ...span, start: span.start + trade[0].length, name: span.name.slice(trade[0].length), kind: "organisation" };
  const m = /^(\S+)\s+((?:(?:of|for)\s+)(?:the\s+)?)(\S.*)$/.exec(span.name);
  if (!m) return span;
  // ("Shares of Veltrix Systems Inc. fell": a word for a part or a share of something, even if the text never writes it in lower case.)
  const common = lowerWords.has(m[1]!.toLowerCase()) || PART_OF_A_WHOLE.test(m[1]!);
  if (!common || ORGANISATION_WORDS.test(m[1]!) || TITLE_WORDS.has(m[1]!)) return span;
  const cut = m[1]!.length + 1 + m[2]!.length;
  return { ...span, start: span.start + cut, name: m[3]!, kind: ORGANISATION_WORDS.test(m[3]!) ? "organisation" : span.kind === "organisation" ? "unknown" : span.kind };
}

/**
 * "Assistant Rafi Ismail to take charge": a common word capitalised where a sentence or a headline opens, before a personal
 * name the text writes elsewhere without it, is no part of the name.
 */
function withoutWordOpeningAName(span: NameSpan, offset: number, sentenceStarts: Set<number>, text: string): NameSpan {
  if (!sentenceStarts.has(offset + span.start) || span.title) return span;
  const opening = /^(\p{Lu}\p{Ll}+)\s+(?=\p{Lu})/u.exec(span.name);
  if (!opening || TITLE_WORDS.has(opening[1]!) || ORGANISATION_WORDS.test(opening[1]!) || isNationalityWord(opening[1]!) || !isEnglishWord(opening[1]!.toLowerCase())) return span;
  const rest = span.name.slice(opening[0].length);
  // (Not "Coral Coast Sugar", "Great Barrier Reef": the name after it opens with a given name, no English word.)
  if (!rest.includes(" ") || !looksLikePersonalName(rest) || isEnglishWord(rest.split(" ")[0]!.toLowerCase()) || !text.includes(rest, offset + span.end)) return span;
  return { ...span, start: span.start + opening[0].length, name: rest, kind: "person" };
}

/**
 * "Congratulations Tanvi!", "Judoka Nurul Aina in line for bronze": a greeting, or the sport someone plays capitalised where a
 * headline or a sentence opens, before a name is no part of it.
 */
function withoutGreetingOrSport(span: NameSpan): NameSpan {
  const opening = GREETING_OR_SPORT_BEFORE_A_NAME.exec(span.name);
  if (!opening || span.title) return span;
  const rest = span.name.slice(opening[0].length);
  return { ...span, start: span.start + opening[0].length, name: rest, kind: opening[1] ? span.kind : "person" };
}
const GREETING_OR_SPORT_BEFORE_A_NAME = /^(?:(Congratulations|Thanks|Hello|Hi|Dear|Goodbye|Sorry|Cheers)|Judoka|Karateka|Wrestler|Boxer|Sprinter|Swimmer|Cyclist|Golfer|Jockey|Shuttler|Paddler|Rower|Striker|Midfielder|Goalkeeper|Winger|Batsman|Batter|Spinner|Paceman)\s+(?=\p{Lu}\p{Ll})/u;

/**
 * "Australian Tegan Marsh", "Frenchman Julien Lemaître": a country's people before a person's full name describes the
 * person; it is no part of the name. (Only where the text goes on to call that person by surname, so a body named for its
 * country, "Indian Penal Code", stays whole.)
 */
function withoutNationality(span: NameSpan, text: string): NameSpan {
  if (span.title || span.kind === "organisation") return span;
  // ("One of them, South African Thabo Mokoena, posted": a people of two words, which no personal name opens.)
  const twoWordPeople = TWO_WORD_PEOPLE.exec(span.name)?.[0];
  const named = twoWordPeople ? span.name.slice(twoWordPeople.length + 1) : "";
  // (Not "South African National Parks": a body's words, or an English word where a given name would stand.)
  if (twoWordPeople && looksLikePersonalName(named) && !ORGANISATION_WORDS.test(named) && !isEnglishWord(named.split(" ")[0]!) && span.name.split(" ").length >= 4) {
    return { ...span, start: span.start + twoWordPeople.length + 1, name: named, kind: "person" };
  }
  const words = span.name.split(" ");
  if (words.length < 3 || words.length > 4 || !isCountrysPeople(words[0]!)) return span;
  const rest = words.slice(1).join(" ");
  // ("Colombian Julian Restrepo": a given name may end like a people's word, "-ian", without being one; "Serbian Ivan Petrovic":
  // so may a family name, "-ic".)
  const people = (word: string) => isCountrysPeople(word) || (isNationalityWord(word) && !/(?:ian|ic)$/.test(word));
  if (!looksLikePersonalName(rest) || words.slice(1).some(people) || !calledBySurname(text, words[words.length - 1]!)) return span;
  return { ...span, start: span.start + words[0]!.length + 1, name: rest, kind: "person" };
}

/** The text calls someone by this surname alone: "Marsh said", "Mr Marsh", "Marsh, who", "Worku, 22,", "Sang, known to Kenyan fans as …". */
function calledBySurname(text: string, surname: string): boolean {
  const escaped = literalPattern(surname);
  return new RegExp(String.raw`(?:\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+${escaped}\b|(?<!\p{Lu}[\p{L}'’-]*\s)${escaped}\s+(?:said|says|told|added|admitted|explained|insisted|won|finished|was|is|has|had|who)\b|(?<!\p{Lu}[\p{L}'’-]*\s)${escaped},\s+(?:who\b|\d{1,3},|known\s+(?:to|as)\b|nicknamed\b))`, "u").test(text);
}

/** A headline in title case: no full stop at its end, and most of its longer words capitalised. */
function isTitleCaseHeadline(line: string): boolean {
  return !/[.!?]["”’]?\s*$/.test(line) && isMostlyCapitalised(line);
}

/** Words for a part, a share or the members of something, that open a sentence before the name they belong to. */
const PART_OF_A_WHOLE = /^(?:Shares|Stocks|Units|Parts|Branches|Most|Some|Many|All|None|Both|Each|Much|Half|Rest|Sales|Profits|Prices|Members|Supporters|Fans|Residents|Workers|Employees|Staff|Officials|Leaders|Relatives|Families|Friends)$/;

/** The word is written capitalised somewhere other than at the start of a sentence. */
function capitalisedInside(doc: ArticleDoc, word: string, sentenceStarts: Set<number>): boolean {
  for (let at = doc.text.indexOf(word); at >= 0; at = doc.text.indexOf(word, at + 1)) {
    if (!sentenceStarts.has(at) && !/[“"‘(\n]\s*$/.test(doc.text.slice(Math.max(0, at - 2), at))) return true;
  }
  return false;
}

/** A possessive right after a name that owns nothing after it, as of a business named in the possessive: "'s said", "’s has", "'s two weeks ago", "'s," (`$1` the mark). */
// ("cut by one notch by Moody's two weeks ago", "according to Sainsbury's, the chain": or when it was, or a comma.)
const POSSESSIVE_AS_A_NAME = /^(['’])s(?:\s+(?:said|says|has|had|is|was|will|would|announced|confirmed|denied|told|added|issued|posted|agreed|declined|did|does|can|could|cannot|must|should|also)\b|\s+(?:\w+\s+(?:days?|weeks?|months?|years?)\s+ago|last\s+(?:week|month|year)|yesterday|earlier\s+this)\b|\s*[,;.](?=\s))/;

/** How names are compared: case aside, and an acronym's dots aside ("U.N." is "UN"). */
function nameKey(name: string): string {
  return (/^(\p{Lu}\.)+\p{Lu}?\.?$/u.test(name) ? name.replace(/\./g, "") : name).toLowerCase();
}

/**
 * A given name of two short syllables ending a name, as Chinese names written family name first end: "Jun Hao" of "Marcus Tan
 * Jun Hao", "Wei Ming" (no "Opera House"), so that the family name finds the full name nothing has typed yet.
 */
const CHINESE_GIVEN_NAME = /\s\p{Lu}\p{Ll}{1,3}\s\p{Lu}\p{Ll}{1,3}$/u;

/** A single word that is the surname of a person already known. */
function surnameOwner(groups: Group[], mention: Mention, placedIn = false): Group | undefined {
  // "Barack Obama met the press. Obama said …": an untyped full name is the person its surname, said or titled, turns out to be.
  // A country is nobody's surname ("WeatherWatch Australia said … in eastern Australia").
  if (isKnownPlace(mention.name)) return undefined;
  // ("Sorrel" for Cecil “Mighty Sorrel” Baptiste: a full nickname gives a surname as the name does.)
  // ("Mamani said" after "Gregorio Mamani Choque": a Spanish or Portuguese name's first family name is the one the text goes on with.)
  // ("Chong said" after "YB Chong Wei Ming", "Lim said" after "Vincent Lim Boon Heng": a Chinese name's family name comes first.)
  // ("Efraín Sosa Larios … Sosa refused to concede": or a name shaped like a person's that nothing has typed yet.)
  const owns = (g: Group) => !g.family && [...g.names].some((n) => n.includes(" ") && (familyNameForms(n).includes(mention.name) || (g.kind === "person" && (firstOfTwoFamilyNames(n, g.names) === mention.name || chineseFamilyName(n) === mention.name)) || (g.kind === "unknown" && ((chineseFamilyName(n) === mention.name && CHINESE_GIVEN_NAME.test(n)) || (firstOfTwoFamilyNames(n, g.names) === mention.name && looksLikePersonalName(n) && !isPlaceName(n))))));
  // Where two people own it, a title tells them apart ("Raymond Tully, 44, … his widow, Sharon Tully, … Mr. Tully"), else
  // the one the text brought in first, whom it is about.
  // ("Bert Tolhurst tied up the ferry …. Mr Tolhurst": an untyped name shaped like a person's that owns the surname is one
  // of those it may be.)
  const gender = mention.title ? pronounOfRoles([mention.title]) : null;
  const mayBePerson = (g: Group) => g.kind === "person" || (g.kind === "unknown" && (g.aged === true || (looksLikePersonalName(g.name) && !isPlaceName(g.name))));
  const people = groups.filter((g) => mayBePerson(g) && owns(g));
  if (people.length > 1) {
    const fitting = people.filter((g) => gender === null || pronounOfRoles(g.roles) !== (gender === "he" ? "she" : "he"));
    // ("Rennard had earlier beaten McBride" after "His mother, Carys Rennard,", "Ms Whitlock" after "Her mother, Margaret
    // Whitlock,": one told of as someone's kin comes last. "Mr Badu" is Mr Kwame Badu rather than Kofi Badu Mensah, ‘Guitar
    // Badu’: a name that ends in the word comes first, then one the text has shown to be a person's.)
    // (A name only the headline gives, "Golf-Rookie Lindqvist", comes after one the story gives, "Jonas Lindqvist".)
    const headlineOnly = (g: Group) => g.mentions.every((m) => m.paragraph === 0);
    // ("Urrutia said" for Marisol Urrutia Benavides, whom the text also calls "Marisol Urrutia", rather than her daughter Paula
    // Reyes Urrutia: a longer name whose given name and this family name the text wrote on their own comes first.)
    const writtenShort = (g: Group) => g.name.split(" ").length > 2 && g.name.split(" ")[1] === mention.name && groups.some((o) => o.names.has(g.name.split(" ").slice(0, 2).join(" ")));
    const rank = (g: Group) => (g.roles.some((r) => KIN_ROLE.test(r)) ? 8 : 0) + (writtenShort(g) ? -1 : g.name.endsWith(` ${mention.name}`) ? 0 : 4) + (g.kind === "person" || g.aged ? 0 : 2) + (headlineOnly(g) ? 1 : 0);
    return fitting.sort((a, b) => rank(a) - rank(b) || firstMention(a) - firstMention(b))[0];
  }
  const person = people.find((g) => g.kind === "person");
  if (person || mention.kind === "organisation" || isPlaceName(mention.name)) return person;
  // "Jose Luis Rodriguez Zapatero … Zapatero also described": the one untyped name shaped like a person's, not a place's, that ends in it.
  // (Not a word the text puts something in: "Płomień Tarnów … the match in Tarnów", a club and its town.)
  if (placedIn) return undefined;
  const untyped = groups.filter((g) => g.kind === "unknown" && owns(g) && looksLikePersonalName(g.name) && !isPlaceName(g.name));
  if (untyped.length === 1) return untyped[0];
  // "Zhou Weiming, a senior official, … Zhou told reporters": a name written family name first, when no one else bears the
  // word and the text has it speak (a first name that merely recurs stays out of the aliases other articles match on).
  if (mention.kind !== "person") return undefined;
  const first = groups.filter((g) => g.kind === "person" && g.name.split(" ").length === 2 && g.name.split(" ")[0] === mention.name);
  return first.length === 1 && !groups.some((g) => g !== first[0] && g.name.split(" ").includes(mention.name)) ? first[0] : undefined;
}

function firstMention(group: Group): number {
  return firstMentionAfter(group, 0);
}

/** Where the group is first mentioned past `from` (the headline's end): the body's first naming. */
function firstMentionAfter(group: Group, from: number): number {
  return Math.min(...group.mentions.map((m) => m.start).filter((start) => start >= from));
}

/** A role that makes someone another's kin: "mother", "his widow", "Mr Flanagan’s son". */
const KIN_ROLE = new RegExp(`\\b(?:${KIN_WORDS})$`, "i");

/** "Daniel Kowalczyk" beside "Stefan Kowalczyk": a name nothing typed, shaped like a person's, with the family name of a person. */
function typeByFamilyName(groups: Group[]): void {
  const families = new Set(groups.filter((g) => g.kind === "person" && g.name.includes(" ") && !g.family).map((g) => g.name.split(" ").pop()!));
  for (const group of groups) {
    if (group.kind === "unknown" && group.name.includes(" ") && families.has(group.name.split(" ").pop()!) && looksLikePersonalName(group.name) && !isPlaceName(group.name)) group.kind = "person";
  }
}

/**
 * "Daniel Kowalczyk, of Boronia, … Daniel told police", "Anong Phromma … Ms Anong said", "Kim Sung-ho … Kim said": a
 * single word that opens exactly one personal name, and stands in no other, is that person by their given name (or
 * by a family name written first). A place's word or a body's is never one.
 */
function mergeGivenNames(groups: Group[], byName: Map<string, Group>): void {
  // ("… his wife, Emma, …. Emma has given up her job": one the text named by kin and the family's name goes by the given name too.)
  const personal = groups.filter((g) => g.kind !== "organisation" && g.name.includes(" ") && (!g.family || g.kind === "person") && looksLikePersonalName(g.name) && !isPlaceName(g.name));
  const holds = (name: string, phrase: string) => ` ${name} `.includes(` ${phrase} `);
  for (const single of [...groups]) {
    const word = single.name;
    const length = word.split(" ").length;
    // ("Mohd Faizal Abdullah … Mohd Faizal, 36, a lawyer", "Dawa Gyalzen Sherpa … Dawa Gyalzen told THT": the given names
    // alone, where the text gives them an age or has them speak.)
    if ((length > 1 && !single.aged && single.kind !== "person") || single.kind === "organisation" || /^\p{Lu}{2,}$/u.test(word) || isKnownPlace(word) || isPlaceName(word) || ORGANISATION_WORDS.test(word)) continue;
    // ("Rolando Chinchilla Junior" is not "Rolando Chinchilla", his father; but "Nana Kwesi Awotwe III" is "Nana Awotwe", who
    // skips a word of the name.)
    // ("Kenya's Daniel Kiprop Rotich … Kiprop told AFP": the middle name of three, where the text has the word speak or
    // gives it an age, as Kenyan and Spanish names are shortened.)
    const shownAPerson = single.kind === "person" || single.aged === true;
    // ("N. Harish Venkat … Harish told this newspaper": past the initials an Indian name opens with.)
    const owners = personal.filter((g) => g !== single && ((g.name.split(" ").length > length && opensWithTheWordsOf(withoutOpeningInitials(g.name.split(" ")), word.split(" ")) && !(/ (?:Junior|Jr\.?|Senior|Sr\.?|I{2,3}|IV)$/.test(g.name) && g.name.startsWith(`${word} `)) && (length === 1 || !isABusinessName(g.name.split(" ")))) || (length === 1 && shownAPerson && !g.family && firstOfTwoFamilyNames(g.name, g.names) === word)));
    // ("Amir Hakim delights home crowd …. National rider Amir Hakim Zulkifli …. said Amir": a headline's shorter form of the
    // full name is the same person, not a second owner of the given name.)
    const longest = owners.reduce<Group | undefined>((a, g) => (!a || g.name.split(" ").length > a.name.split(" ").length ? g : a), undefined);
    const nested = owners.length > 1 && longest !== undefined && owners.every((g) => g === longest || longest.name.startsWith(`${g.name} `));
    if (nested) {
      for (const shorter of owners.filter((g) => g !== longest)) if (groups.includes(shorter)) absorb(longest, shorter, groups, byName);
      owners.splice(0, owners.length, longest);
    }
    // ("Zhao Jianmin … Zhao told Wikinews … The species honours Zhao Xijin": a family name written first is the holder
    // named before it, where the other is named only after its last mention.)
    const namedLater: Group[] = [];
    if (owners.length > 1 && shownAPerson && isFamilyNameWrittenFirst(word)) {
      const from = firstMention(single);
      const until = Math.max(...single.mentions.map((m) => m.start));
      const before = owners.filter((g) => firstMention(g) < from);
      if (before.length === 1 && owners.every((g) => g === before[0] || firstMention(g) > until)) namedLater.push(...owners.splice(0, owners.length, before[0]!).filter((g) => g !== before[0]));
    }
    const titled = single.roles.some((r) => /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/.test(r));
    // ("Mr Tan" beside "Tan Wee Liang" and "Tan Tock Seng Hospital": a courtesy title names no body or place.)
    const elsewhere = groups.some((g) => g !== single && !owners.includes(g) && !namedLater.includes(g) && !(titled && g.kind === "organisation") && [...g.names].some((n) => holds(n, word)));
    if (owners.length !== 1 || elsewhere || !groups.includes(owners[0]!)) continue;
    // Only where the text makes a person of the one or the other: "Amnesty said" makes no person of "Amnesty International".
    // ("opener Tanvir Reza … Tanvir, 26, made 102": an age given to the word itself makes a person of the name it opens.)
    const owner = owners[0]!;
    // (Given names, or a middle name, that the text shows a person's make one of the full name; one given name that only
    // speaks does not: "Amnesty said".)
    // ("Chen Yiling, said … According to Chen": a family name written first, whatever the text has it do.)
    const shortenedAsPeopleAre = (shownAPerson && (length > 1 || !owner.name.startsWith(`${word} `))) || (length === 1 && writesItsFamilyNameFirst(owner.name));
    if (owner.kind !== "person" && !owner.aged && !titled && !single.aged && !shortenedAsPeopleAre) continue;
    if (owner.kind === "unknown") owner.kind = "person";
    absorb(owner, single, groups, byName);
  }
}

/**
 * "Gao Mingyuan", "Tan Kok Wah", "Kim Sung-ho": a family name of those written first, then one or two given names romanised
 * from syllables, that are no English words ("Lee Enterprises", "Wong Engineering" are businesses; "Kim Coghill" and "Lee
 * Kettering" are written as English names are).
 */
function writesItsFamilyNameFirst(name: string): boolean {
  const [family, ...given] = name.split(" ");
  return isFamilyNameWrittenFirst(family!) && given.length >= 1 && given.length <= 2 && given.every(isRomanisedGivenName) && !given.some(isEnglishWord);
}

/** One syllable as Chinese and Korean names are romanised: "Kok", "Wah", "Koon", "seok"; one onset, a vowel, one coda. */
const ROMANISED_SYLLABLE = /^(?:zh|ch|sh|ts|hs|kh|ph|th|ng|kw|gw|[bpmfdtnlgkhjqxrzcsyw])?[aeiouy]{1,3}(?:ng|[nmktph])?$/;
/** Pinyin syllables run together, which end only in "n" or "ng": "Mingyuan", "Jianmin", "Xijin". */
const PINYIN_WORD = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouü]{1,3}(?:ng|n)?)+$/;

function isRomanisedGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  return /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(word) && (lower.split("-").every((part) => ROMANISED_SYLLABLE.test(part)) || (!lower.includes("-") && PINYIN_WORD.test(lower)));
}

/** A name's words past the initials that open it, while two words are left: "Harish Venkat" of "N. Harish Venkat". */
function withoutOpeningInitials(words: readonly string[]): readonly string[] {
  let at = 0;
  while (at < words.length - 2 && /^(?:\p{Lu}\.)+$/u.test(words[at]!)) at++;
  return words.slice(at);
}

/**
 * "Dawa Gyalzen" in "Dawa Gyalzen Sherpa": the words of a shorter name open the longer one; of two words or more, they may
 * skip some of its words after the first ("John Smith" in "John Paul Smith", "Sardar Haider" in "Sardar Ghulam Haider Khan").
 */
function opensWithTheWordsOf(longer: readonly string[], shorter: readonly string[]): boolean {
  if (longer[0] !== shorter[0]) return false;
  if (shorter.length === 1) return true;
  let at = 1;
  for (const word of shorter.slice(1)) {
    while (at < longer.length && longer[at] !== word) at++;
    if (at++ >= longer.length) return false;
  }
  return true;
}

/**
 * "Monroe County, Pennsylvania", "Santa Clara, California": a name set after a place by a comma is
 * the larger place it lies in.
 */
function locateByApposition(doc: ArticleDoc, mentions: Mention[], byName: Map<string, Group>): void {
  const byEnd = new Map(mentions.map((m) => [m.end, m]));
  for (const m of mentions) {
    if (doc.text.slice(m.start - 2, m.start) !== ", ") continue;
    const before = byEnd.get(m.start - 2);
    const place = before && byName.get(nameKey(before.name));
    const group = byName.get(nameKey(m.name));
    // "…in New York City, John Carmichael, also accused…": a personal name after a place is a person in apposition.
    if (place && group && group !== place && group.kind !== "person" && !looksLikePersonalName(m.name) && (place.located > 0 || isPlaceName(place.name))) group.located++;
  }
}

/**
 * "an Ontario tribunal" beside "the Human Rights Tribunal of Ontario", "Bank of England": what a body's name says it is of,
 * after the word that heads it, is a place.
 */
function locateByTheBodiesOfIt(groups: Group[], byName: Map<string, Group>): void {
  for (const body of groups) {
    for (const name of body.names) {
      const of = /^(.*)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)$/u.exec(name);
      // (Not a field or a body's members, words of the lexicon: "Ministry of Agriculture", "Board of Governors".)
      const place = of && ORGANISATION_WORDS.test(of[1]!) && !of[2]!.split(" ").some(isEnglishWord) ? byName.get(nameKey(of[2]!)) : undefined;
      if (place && place !== body && place.kind === "unknown" && place.located === 0) place.located++;
    }
  }
}

/**
 * "Rahmani Fazli" after "Abdolreza Rahmani Fazli": a personal name that ends a longer one, the only
 * one it ends, is that person by their compound surname (or their given and family name without a middle one).
 */
function compoundSurnameOwner(groups: Group[], mention: Mention): Group | undefined {
  if (mention.kind === "organisation" || !looksLikePersonalName(mention.name)) return undefined;
  // ("Annelie van Wyk … Van Wyk said": a family name's small word capitalised where the sentence opens.)
  const owners = groups.filter((g) => (g.kind === "person" || (g.kind === "unknown" && looksLikePersonalName(g.name))) && (g.name.endsWith(` ${mention.name}`) || familyNameForms(g.name).includes(mention.name)));
  return owners.length === 1 ? owners[0] : undefined;
}

// ("Kofi Badu Mensah, popularly known as 'Guitar Badu'": an adverb may come first, and quotation marks round the name.)
const ALSO_KNOWN_AS = /,?\s*\(?\s*\b(?:(?:popularly|widely|commonly|affectionately|fondly|simply)\s+)?(?:also known as|also called|better known as|known as|a\.k\.a\.|aka)\s+[‘'"“]?/gi;
/** "the group", "the Islamic State group": a noun for an organisation right before "also known as". */
const GROUP_NOUN = /\b(?:group|organi[sz]ation|militia|movement|network|party|company|alliance|coalition)\s*$/i;

/**
 * "Islamic State, also known as ISIS", "the group, also known as Da'esh": a name the text itself
 * gives as another name of an actor is that actor's alias, whatever its spelling.
 */
function mergeNamedAliases(doc: ArticleDoc, mentions: Mention[], groups: Group[], byName: Map<string, Group>): void {
  if (!/known as|also called|\baka\b|a\.k\.a\./i.test(doc.text)) return;
  for (const match of doc.text.matchAll(ALSO_KNOWN_AS)) {
    const after = match.index + match[0].length;
    const alias = mentions.find((m) => m.start === after);
    if (!alias) continue;
    const named = mentions.find((m) => m.end === match.index);
    const before = doc.text.slice(Math.max(0, match.index - 40), match.index);
    // "the group, also known as …", "the Islamic State group, also known as …": the organisation the text last named.
    const antecedent = named ?? (GROUP_NOUN.test(before) ? [...mentions].filter((m) => m.end <= match.index && byName.get(nameKey(m.name))?.kind === "organisation").sort((a, b) => b.end - a.end)[0] : undefined);
    const owner = antecedent ? byName.get(nameKey(antecedent.name)) : undefined;
    const other = byName.get(nameKey(alias.name));
    if (owner && other && owner !== other && groups.includes(owner) && groups.includes(other)) absorb(owner, other, groups, byName);
  }
}

/**
 * Spelling variants: two single-word names that differ by one vowel ("Selo"/"Silo") or one final
 * letter ("Raqqa"/"Raqqah"), where the variant is the rarer spelling. A consonant change
 * ("Iran"/"Iraq") is a different name.
 */
function mergeVariants(groups: Group[], byName: Map<string, Group>): void {
  const singles = groups.flatMap((g) => [...g.names].filter((n) => !n.includes(" ") && n.length >= 4).map((n) => ({ g, n })));
  for (const a of singles) {
    for (const b of singles) {
      if (a.g === b.g || !groups.includes(a.g) || !groups.includes(b.g) || a.n[0] !== b.n[0]) continue;
      if (distance(a.n.toLowerCase(), b.n.toLowerCase()) !== 1 || !variantEdit(a.n.toLowerCase(), b.n.toLowerCase())) continue;
      const [main, variant] = a.g.mentions.length >= b.g.mentions.length ? [a.g, b.g] : [b.g, a.g];
      if (variant.mentions.length * 2 > main.mentions.length + 1) continue;
      absorb(main, variant, groups, byName);
    }
  }
}


/** "the Halesworth United Supporters' Trust": a body of the supporters of a name, which is a club's. */
const SUPPORTERS_BODY = /^(.+?)\s+(?:Supporters|Fans)['’]\s+(?:Trust|Club|Association|Federation|Union|Group|Committee|Council)$/;

/** A name the text wrote a supporters' body of is a club, an organisation, however its name is shaped ("Ashworth Town"). */
function typeClubsBySupporters(groups: Group[], byName: Map<string, Group>): void {
  for (const group of groups) {
    for (const name of group.names) {
      const club = byName.get(nameKey(SUPPORTERS_BODY.exec(name)?.[1] ?? ""));
      if (club && club !== group) club.kind = "organisation";
    }
  }
}

/**
 * "the Observatory" after "the Syrian Observatory for Human Rights"; "Islamic State" beside "Islamic
 * State of Iraq and the Levant": a shorter organisation name made of the head or the start of a
 * longer one, when only one longer name fits, is the same organisation.
 */
function mergeOrganisationParts(groups: Group[], byName: Map<string, Group>, headlineEnd: number): void {
  // "Halloran said" beside "the Halloran Group", "Green Valley said" beside "Green Valley Sprout Co.": a name with no title
  // that only spoke, or that nothing typed ("Keywell, a company based in San Jose" beside "Keywell Inc"), is the company's
  // short name when a full name adds a company's suffix to it. Not a name the text mostly places things in ("central
  // Saskatchewan" beside "Saskatchewan Crop Insurance Corp").
  const untitled = (g: Group) => (g.kind === "person" && g.roles.length === 0) || g.kind === "unknown";
  // ("Supermercados Cordillera …. Cordillera, the market leader,": what an apposition made a person's is the rest of a name that
  // opens with its trade.)
  const restOfATradeOpenedName = (g: Group) => g.kind === "person" && !g.name.includes(" ") && groups.some((o) => o !== g && CORPORATE_PREFIX.test(o.name) && o.name.split(" ").includes(g.name));
  for (const short of [...groups.filter((g) => g.kind === "organisation" || untitled(g) || restOfATradeOpenedName(g))]) {
    if (!groups.includes(short) || /^\p{Lu}{2,}$/u.test(short.name) || isKnownPlace(short.name)) continue;
    // (Only a place of learning is as often "at" its short name as spoken of: "students at Coastal".)
    const placed = short.located * 2 > short.mentions.length;
    const words = short.name.split(" ");
    // (The company's full name may be untyped yet: "employed by Cleanserve Facilities".)
    // (A full name ending in a company's suffix is a company's, whatever "said" made of it: "Rook Hill Capital said".)
    const owners = groups.filter((g) => g !== short && (g.kind !== "person" || CORPORATE_SUFFIX.test(g.name.split(" ").pop()!)) && [...g.names].some((n) => {
      // ("NORDHAVN Container Line … Nordhavn said": a house style that sets a company's first word in capitals.)
      const parts = n.split(" ").map((part, i) => (i === 0 && /^\p{Lu}{4,}$/u.test(part) && n.includes(" ") && `${part.charAt(0)}${part.slice(1).toLowerCase()}` === words[0] ? words[0] : part));
      if (parts.length <= words.length) return false;
      // "Northstar Commuter Airlines", "Green Valley Sprout Co.": up to three capitalised words ending in a company's suffix.
      const rest = parts.slice(words.length);
      // ("Suvarna Fintech … Suvarna said": or in a word for what a business does; "across the Gulf" is no "Gulf Cement".)
      // ("Rutgers University … Rutgers said": or an institution's one word after it.)
      // (Not a town a hospital is named after: "Dandenong Hospital … in Dandenong".)
      // ("Coastal University of Technology … students at Coastal": and what it is of.)
      const institution = g.kind === "organisation" && /^(?:University|College|Institute|Polytechnic)$/.test(rest[0]!) && (rest.length === 1 || (rest[1] === "of" && rest.length <= 4));
      // ("Brightway Auto Finance … Brightway said", "Shannon Permanent Bank … Shannon Permanent said": or in a word for a
      // financial body.)
      const financial = /^(?:Bank|Finance|Trust|Group|Holdings|Capital|Fund|Partners)$/.test(rest[rest.length - 1]!) && !isPlaceWord(short.name);
      // ("Whitmore Athletic sacked their manager …. Whitmore said in a statement": or a club's one word after its town's name.)
      // (Not the town the text puts things in, or files from in capitals: "HALIFAX, Nova Scotia — …" beside "the Halifax
      // Wanderers".)
      const club = rest.length === 1 && g.kind === "organisation" && CLUB_HEAD.test(rest[0]!) && short.located === 0 && !short.names.has(short.name.toUpperCase());
      if (placed && !institution) return false;
      // ("Lakeview Co-operative Society … Lakeview said": or a co-operative's words; not a place the text puts anything in, which
      // co-operatives are named after: "Ilocos Norte Electric Cooperative … in Ilocos Norte".)
      // (What it trades in is an English word: "Kaimai Milk Co-operative"; "the Ilocos coast" is not "Ilocos Norte Electric
      // Cooperative".)
      const cooperative = short.located === 0 && !isPlaceWord(short.name) && rest.some((w) => /^Co-?op(?:erative)?$/i.test(w)) && rest.every((w) => /^(?:Co-?op(?:erative)?|Society|Group|Ltd|Limited)$/i.test(w) || isEnglishWord(w)) && /^(?:Co-?op(?:erative)?|Society|Group|Ltd|Limited)$/i.test(rest[rest.length - 1]!);
      // ("Godavari Nitrogen and Chemicals Ltd … Godavari Nitrogen said": what the short name leaves off may run on with "and".)
      // ("Red Mesa Interstate Gas Transmission LLC … Red Mesa said": four words before a legal form too.)
      // ("Kestrel Motors North America … Kestrel said": the region a company's arm is for may close its name.)
      const armFor = rest.length >= 2 && [1, 2].some((n) => rest.length > n && isKnownPlace(rest.slice(-n).join(" ")) && isABusinessName(rest.slice(0, -n)));
      const suffixed = institution || ((rest.length <= 3 || (rest.length === 4 && CORPORATE_SUFFIX.test(rest[3]!))) && rest.every((w) => /^\p{Lu}/u.test(w) || w === "&" || (w === "and" && rest.length === 3)) && (CORPORATE_SUFFIX.test(rest[rest.length - 1]!) || financial || cooperative || club || ((isABusinessName(rest) || armFor) && !isPlaceWord(short.name))));
      // (Not the body of a group of its people: "Inverness Caledonian Thistle Supporters' Trust" is not the club.)
      const ofItsPeople = /['’]s?$/u.test(rest[0]!);
      // ("the Ministry of Energy and Mineral Development …. The Ministry of Energy defended the project": or a remit listed with
      // "and", cut to its first field.)
      // (Not two bodies a name ran together: "the Department of Housing and the Housing Agency".)
      const firstFieldOfARemit = /\s(?:of|for)\s/.test(short.name) && parts[words.length] === "and" && /^\p{Lu}/u.test(parts[words.length + 1] ?? "");
      // ("the Commission on Elections … the Commission": or "on" what it works on.)
      const prefix = parts.slice(0, words.length).join(" ") === short.name && (/^(of|for|on)$/.test(parts[words.length] ?? "") || suffixed || firstFieldOfARemit) && !ofItsPeople;
      // ("Catalyst Risk Analytics … Catalyst said": or the first word of a full name the text gave before it.)
      // ("Seorin’s loot box refund plan backfires" over "Seorin Interactive’s attempt …": a headline gives the short name first.)
      const head = words.length === 1 && short.name.length >= 5 && (parts.slice(1).includes(short.name) || (parts[0] === short.name && firstMention(g) < firstMentionAfter(short, headlineEnd) && isABusinessName(parts)));
      // ("Moody's Investors Service … Moody's said": a business named in the possessive goes by its first word, with its "'s"
      // or without.)
      // (Not the people a body is for: "Children’s Hospital" goes by no "Children".)
      const possessiveHead = words.length === 1 && g.kind === "organisation" && /^\p{Lu}[\p{L}-]*['’]s$/u.test(parts[0]!) && (parts[0]!.slice(0, -2) === short.name || parts[0] === short.name) && !/^(?:Children|Women|Men|People|Workers|Veterans|Farmers|Teachers|Students|Citizens|Mothers|Fathers|Parents|Seamen|Miners)$/.test(short.name);
      // "the Red Crescent" for the Syrian Arab Red Crescent: the last words of the full name.
      // (Not what the full name is of: "Oyo State" in the Water Corporation of Oyo State.)
      const tail = words.length >= 2 && parts.slice(-words.length).join(" ") === short.name && !/^(?:of|for|and|the|in|at)$/i.test(parts[parts.length - words.length - 1] ?? "");
      // ("IT services firm Veltrix Infosystems … Veltrix said", "Kessler Antriebstechnik, a German supplier … Shares in
      // Kessler": a body the text has typed goes by its first word once it gave the full name; a headline may use the
      // short name first.)
      // (Only where the rest is a coined or foreign word, no English head a town names its council, court or hospital with:
      // "Halifax Regional Council … in Halifax".)
      // ("NetReach Australia … NetReach said": or a country its coined name is the national arm in.)
      const restIsCoinedOrACountry = !isEnglishWord(parts[1]!) || (isKnownPlace(parts[1]!) && !isEnglishWord(short.name));
      const firstOfTwoGivenWhole = words.length === 1 && !placed && parts.length === 2 && parts[0] === short.name && short.mentions.every((m) => m.start > firstMention(g) || m.start < headlineEnd);
      const firstWord = firstOfTwoGivenWhole && short.name.length >= 5 && g.kind === "organisation" && /^\p{Lu}/u.test(parts[1]!) && restIsCoinedOrACountry;
      // ("Płomień Tarnów head coach … the match in Tarnów …. Płomień said": or a club's, its town after its own word, however
      // untyped, once the text gave it whole.)
      const town = byName.get(nameKey(parts[1] ?? ""));
      const clubOfATown = firstOfTwoGivenWhole && g.kind === "unknown" && (isPlaceName(parts[1]!) || (town !== undefined && town !== g && town.located > 0));
      if (clubOfATown) return true;
      // ("Bank Negara Malaysia … Bank Negara said": or a name of two words or more, the country it serves left off once the
      // text gave it whole.)
      const countryLeftOff = words.length >= 2 && rest.length === 1 && g.kind === "organisation" && isKnownPlace(rest[0]!) && parts.slice(0, words.length).join(" ") === short.name && firstMention(g) < firstMention(short);
      if (countryLeftOff) return true;
      // ("according to the Office of the Ombudsman …. The Ombudsman welcomed the verdict": an office goes by what it is the
      // office of.)
      const officeOf = g.kind === "organisation" && /^Office of (?:the )?/.test(n) && n.replace(/^Office of (?:the )?/, "") === short.name;
      if (officeOf) return true;
      // ("Confiserie Lenggenhager AG was fined …. Lenggenhager said it accepted": a word inside a name that ends in a company's
      // legal form, which no one with a given name goes by in the text, is the company.)
      const insideLegalName = short.kind !== "organisation" && words.length === 1 && parts.length >= 3 && CORPORATE_SUFFIX.test(parts[parts.length - 1]!) && parts.slice(0, -1).includes(short.name) && firstMention(g) < firstMention(short);
      // ("Travel agents in Singapore said …. a manager at Orchid Horizon Travel": a word for a trade alone is no name of its
      // own; where a company's name ends in it, it is the company's.)
      const tradeEnding = words.length === 1 && g.kind === "organisation" && parts[parts.length - 1] === short.name && isBusinessWord(short.name);
      // ("Minera Cerro Alto S.A. … Cerro Alto said", "Banco Costanera … Costanera": a name that opens with its trade or form
      // goes by the rest of it, with or without its legal form.)
      // ("Laboratório Vitória Farmacêutica … Vitória": or without its trade.)
      const tradeOpened = CORPORATE_PREFIX.test(n) && parts.length > words.length && [parts.slice(1), parts.slice(1, -1)].some((rest, i) => (i === 0 || isBusinessWord(parts[parts.length - 1]!)) && rest.join(" ") === short.name);
      // An untyped full name counts only as the short name with a company's suffix.
      return short.kind === "organisation" && g.kind === "organisation" ? prefix || head || tail || firstWord || tradeOpened || possessiveHead : (prefix && suffixed) || firstWord || insideLegalName || tradeEnding || tradeOpened || possessiveHead;
    }));
    // ("Greenleaf Supermarkets … Greenleaf said … Greenleaf’s parent, Greenleaf Group": of two full names, the one the text
    // gave first; for a word of the lexicon, which two bodies may share, only the company's by its legal form: "Apple Stores
    // … Apple Inc.", but not "Police" beside two forces.)
    const incorporated = owners.filter((g) => CORPORATE_SUFFIX.test(g.name.split(" ").pop()!));
    const owner = owners.length === 1 ? owners[0] : owners.length !== 2 ? undefined : !isEnglishWord(short.name) ? owners.reduce((a, b) => (firstMention(b) < firstMention(a) ? b : a)) : incorporated.length === 1 ? incorporated[0] : undefined;
    if (owner) {
      absorb(owner, short, groups, byName);
      owner.kind = "organisation";
    }
  }
}

/** A name whose last word says it is a business's: "Brightline Energy", "Catalyst Risk Analytics", "Keywell Inc". */
function isABusinessName(words: readonly string[]): boolean {
  // ("Harwick & Lyle", "Procter & Gamble": partners' names joined by an ampersand are a firm's.)
  return isBusinessWord(words[words.length - 1]!) || (words.length === 3 && words[1] === "&");
}

/**
 * Acronyms the article never defines in parentheses: "IS" beside "Islamic State" (the initials of
 * a name the organisation goes by), and "ISIS" beside "ISIL" — two acronyms of one length (four
 * letters or more) that share their first three and differ in one letter, when only one of them is
 * spelt out: the other is the same organisation's variant expansion ("…of Iraq and Syria" / "…and the Levant").
 */
function mergeAcronyms(groups: Group[], byName: Map<string, Group>): void {
  const isAcronym = (n: string) => /^\p{Lu}{2,}$/u.test(n.replace(/\.(?=\p{Lu}|$)/gu, ""));
  const expanded = (g: Group) => [...g.names].some((n) => n.includes(" "));
  // Initials are evidence enough of an organisation (or a country: "US" for "United States") whatever the name was typed.
  for (const owner of groups.filter((g) => g.kind !== "person" && expanded(g))) {
    if (!groups.includes(owner)) continue;
    for (const name of [...owner.names].filter((n) => n.includes(" "))) {
      // "CDC" for "Centers for Disease Control and Prevention": the initials may leave out a field added after "and".
      // ("RFS" for "NSW Rural Fire Service": or leave out the place a body's name opens with.)
      const [first, ...rest] = name.split(" ");
      const withoutPlace = rest.length >= 2 && (/^\p{Lu}{2,4}$/u.test(first!) || isKnownPlace(first!)) ? rest.join(" ") : name;
      // ("MPA" for "Maritime and Port Authority of Singapore": or leave out the country a body's name ends "of".)
      const ofAPlace = / (?:of|in) (?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})$/u.exec(name);
      const withoutItsCountry = ofAPlace && isKnownPlace(ofAPlace[1]!) && ofAPlace.index > 0 ? name.slice(0, ofAPlace.index) : name;
      for (const form of new Set([name, name.replace(/ and \p{Lu}\S*$/u, ""), withoutPlace, rest.join(" "), withoutItsCountry])) {
        const named = form.split(" ").filter((w) => !/^(of|the|and|for|in|on|a|an|de|du|des|la|le)$/.test(w));
        // ("USTA" for "U.S. Tennis Association": a word of initials gives all of them.)
        const initials = named.map((w) => (/^(?:\p{Lu}\.){2,}$/u.test(w) ? w.replace(/\./g, "") : w[0])).join("");
        // ("ERCOT" for "Electric Reliability Council of Texas": or keep the "of" too.)
        const withOf = / of /.test(form) ? form.split(" ").filter((w) => !/^(the|and|for|in|on|a|an)$/.test(w)).map((w) => w[0]!.toUpperCase()).join("") : initials;
        // ("HMRC" for "HM Revenue and Customs": or a short word in capitals gives all its letters, where four letters or more
        // spell the name; "USA" is no "US Army".)
        const capitalsWhole = initialsKeepingCapitals(named);
        // ("TfL" for "Transport for London": or the small words' letters in lower case, as the name is written.)
        const smallKept = form.split(" ").map((w) => w[0]!).join("");
        for (const letters of new Set([initials, withOf, ...(capitalsWhole.length >= 4 ? [capitalsWhole] : []), ...(/^\p{Lu}\p{L}*\p{Ll}\p{L}*\p{Lu}$/u.test(smallKept) ? [smallKept] : [])])) {
          const other = byName.get(nameKey(letters));
          const written = isAcronym(letters) || (letters === smallKept && other?.name === letters);
          // (The rest of a name with no place before it spells no initials of its own: "WS" is not "Kenya Wildlife Service".)
          const restOnly = form === rest.join(" ") && form !== withoutPlace && form !== name;
          if (letters.length >= 2 && written && other && other !== owner && !expanded(other) && groups.includes(other) && !restOnly) absorb(owner, other, groups, byName);
          // ("the Iowa DOT" for "Iowa Department of Transportation": the word the name opens with, then the initials of the rest.)
          const opened = form === rest.join(" ") && rest.length >= 2 && isAcronym(letters) && letters.length >= 2 ? byName.get(nameKey(`${first} ${letters}`)) : undefined;
          if (opened && opened !== owner && opened.kind !== "person" && groups.includes(opened)) absorb(owner, opened, groups, byName);
        }
      }
    }
  }
  // ("the Iowa Department of Health and Human Services (HHS) …. the Iowa HHS said": the place the name opens with, then its
  // initials.)
  // ("NRM Group … NRM said": or initials that are the name's first word, before a word for a group of companies.)
  for (const owner of groups.filter((g) => g.kind !== "person" && expanded(g))) {
    if (!groups.includes(owner)) continue;
    const first = owner.name.split(" ")[0]!;
    for (const acronym of [...owner.names].filter(isAcronym)) {
      const opened = byName.get(nameKey(`${first} ${acronym}`));
      if (opened && opened !== owner && opened.kind !== "person" && groups.includes(opened)) absorb(owner, opened, groups, byName);
    }
    const head = /^(\p{Lu}{2,6}) (?:Group|Holdings|Ltd|Limited|Inc|Corp|Corporation|plc|PLC|AG|SA|NV|LLC)\.?$/u.exec(owner.name)?.[1];
    const short = head ? byName.get(nameKey(head)) : undefined;
    if (short && short !== owner && short.kind !== "person" && !expanded(short) && groups.includes(short)) absorb(owner, short, groups, byName);
  }
  for (const owner of groups.filter((g) => g.kind === "organisation" && expanded(g))) {
    if (!groups.includes(owner)) continue;
    for (const acronym of [...owner.names].filter((n) => isAcronym(n) && n.length >= 4)) {
      for (const other of groups.filter((g) => g !== owner && !expanded(g) && isAcronym(g.name))) {
        const candidate = other.name;
        if (candidate.length === acronym.length && candidate.slice(0, 3) === acronym.slice(0, 3) && distance(candidate, acronym) === 1 && groups.includes(other)) absorb(owner, other, groups, byName);
      }
    }
  }
}

function variantEdit(a: string, b: string): boolean {
  if (a.length !== b.length) return (a.startsWith(b) || b.startsWith(a)) && /[he]$/.test(a.length > b.length ? a : b);
  const i = [...a].findIndex((c, k) => c !== b[k]);
  return /[aeiouy]/.test(a[i]!) && /[aeiouy]/.test(b[i]!);
}

function absorb(into: Group, from: Group, groups: Group[], byName: Map<string, Group>): void {
  for (const n of from.names) {
    into.names.add(n);
    byName.set(nameKey(n), into);
  }
  into.mentions.push(...from.mentions);
  into.roles.push(...from.roles.filter((r) => !into.roles.includes(r)));
  into.located += from.located;
  if (from.spoke) into.spoke = (into.spoke ?? 0) + from.spoke;
  if (from.aged) into.aged = true;
  if (into.kind === "unknown") into.kind = from.kind;
  groups.splice(groups.indexOf(from), 1);
}

/** Whether a name of more words than it ends in a known place: "Transport Canada", "Health New Zealand". */
function endsInACountry(name: string): boolean {
  const words = name.split(" ");
  return [1, 2, 3].some((n) => words.length > n && isKnownPlace(words.slice(-n).join(" ")));
}

/**
 * A country, capital or a name shaped like a place is a place, whatever the text did with it ("Iran
 * said"), unless a title makes it a person. A name nothing typed is a place when the text puts it
 * after "in"/"near"…, else an organisation: a two-word name may be a shop ("Best Buy") as well as a person.
 */
function actorType(group: Group): ActorType {
  // "Ellen Park, 62,": an age or a title makes a person of a name shaped like a place's.
  // ("That was little comfort to Eleanor Crabbe, 77,": an age makes a person of a personal name after a preposition too.)
  // ("Devonte L. Marsh": a middle initial between two names writes a person's name.)
  const titledPerson = (group.kind === "person" && (group.roles.length > 0 || group.aged === true)) || (group.kind === "unknown" && (group.aged === true || /^\p{Lu}\p{Ll}+\s+\p{Lu}\.\s+\p{Lu}\p{Ll}+$/u.test(group.name)) && looksLikePersonalName(group.name));
  // A country keeps its name's type whatever typed its acronym ("US" reads like an organisation's initials).
  if (!titledPerson && isKnownPlace(group.name)) return "place";
  if (group.kind !== "organisation" && !titledPerson && [...group.names].some(isPlaceName)) return "place";
  // "WeatherWatch Australia said", "Transport Canada said": a name that speaks and ends in a country is a body's.
  // ("Health New Zealand said": a country of two words too.)
  if (group.kind === "person" && !titledPerson && endsInACountry(group.name)) return "organisation";
  // ("When Cyclone Remal skirted the coast last month, he said": a storm's name is no one's, whatever its shape.)
  if (group.kind === "person" && STORM_BEFORE_ITS_NAME.test(group.name)) return "organisation";
  if (group.kind === "person" || group.kind === "organisation") return group.kind;
  if (titledPerson) return "person";
  // ("Mumbai", "Bengaluru": a city of a million people that nothing typed is the city.)
  if (!titledPerson && isBigCity(group.name)) return "place";
  // ("an outage at Meridian Wireless": a business's name stays a business's wherever the text puts it.)
  // ("Euronext has said it will not compensate members. … outages at Euronext's own markets": nor one that speaks as often as
  // the text puts anything in it.)
  return group.located > 0 && !(group.name.includes(" ") && isABusinessName(group.name.split(" "))) && !(group.spoke !== undefined && group.spoke >= group.located) ? "place" : "organisation";
}

function toActor(doc: ArticleDoc, group: Group): Actor {
  const names = [...group.names];
  const uses = (n: string) => group.mentions.filter((m) => m.name === n).length;
  // The fullest name; between spellings of equal length, the one the text uses most.
  const name = names.reduce((a, b) => {
    const wa = a.split(" ").length;
    const wb = b.split(" ").length;
    return wb > wa || (wb === wa && (uses(b) > uses(a) || (uses(b) === uses(a) && b.length > a.length))) ? b : a;
  });
  // A person is referred to by surname: make it an alias even before the text uses it, so other articles match.
  // ("WeatherWatch Australia said": a country that ends a name is no surname.)
  if (group.kind === "person" && name.includes(" ") && !group.family && !endsInACountry(name)) {
    // ("Gao Mingyuan" goes on as Gao.)
    const forms = name.split(" ").length === 2 && writesItsFamilyNameFirst(name) ? [name.split(" ")[0]!] : familyNameForms(name);
    // (The Arabic article capitalised, "Al Rumhi", "Al-Rumhi", only as the text writes it: every "al-" name would list both.)
    for (const form of forms) if (!/^(?:Al|El)[ -]\p{Lu}/u.test(form) || doc.text.includes(form)) group.names.add(form);
  }
  const type = actorType(group);
  // ("Bramwell's said it would defend the proceedings": a business whose name ends in a possessive, "Sainsbury's", "Macy's",
  // goes by it where a verb follows, no noun it owns.)
  if (type === "organisation" && !name.includes(" ")) {
    const possessiveName = group.mentions.map((m) => POSSESSIVE_AS_A_NAME.exec(doc.text.slice(m.end, m.end + 16))?.[1]).find((mark) => mark !== undefined);
    if (possessiveName) group.names.add(`${name}${possessiveName}s`);
  }
  const mentions = [...group.mentions].sort((a, b) => a.start - b.start);
  return {
    kind: "actor",
    id: factId("a", doc.article.id, name),
    name,
    type,
    aliases: [...group.names].filter((n) => n !== name),
    roles: group.roles,
    mentions: mentions.length,
    sources: mentions.map((m) => sourceRef(doc, m.start, m.end)),
  };
}
