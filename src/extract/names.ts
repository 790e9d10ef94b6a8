import { isEnglishWord, REST_OF_A_NAME_AFTER_MA, SHORT_GIVEN_NAME_WORD } from "./document.js";
import { CURRENCY_CODES, GLUED_CURRENCIES, LONE_CAPITAL_CURRENCY } from "./numbers.js";
import { literalPattern } from "./pattern.js";
import { COUNTRIES, isKnownPlace, isPlaceWord } from "./places.js";

/**
 * Names in English news text, found by their shape: runs of capitalised words, with the particles
 * names carry ("of", "for", "al-", "bin", initials) and the titles that precede people. The word
 * lists here are general English (ranks, offices, organisation heads), not the words of any text.
 */

/** Titles and offices written before a person's name. */
const TITLE_WORDS = new Set(
  (
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Madam Mdm Mdm. Dr Dr. Prof Prof. Professor Fr Fr. Eng. Engr Engr. Barr Barr. Pharm Pharm. Arc Arc. Sir Dame Lord Lady Rev Rev. Sheikh Imam Rabbi Father Sister " +
    "Gen Gen. General Lt Lt. Lieutenant Col Col. Colonel Maj Maj. Major Capt Capt. Captain Brig Brig. Brigadier Cmdr Cmdr. Commander " +
    "Adm Adm. Admiral Sgt Sgt. Sergeant Cpl Cpl. Corporal Pvt Pvt. Private Marshal Field Lt-Gen Lt-Col Maj-Gen Brig-Gen Rear Vice " +
    "President Vice-President Premier Prime Minister Chancellor Secretary Undersecretary Under-Secretary Permanent Principal Parliamentary Prosecutor Senator Sen Sen. Rep Rep. Representative Congressman Congresswoman Governor Gov Gov. " +
    "Mayor Ambassador King Queen Prince Princess Emperor Pope Cardinal Bishop Archbishop Judge Justice Recorder Magistrate Coroner Chief Deputy Foreign Defense Defence Interior " +
    "Finance Health Transport Trade Economy Energy Home State Attorney Spokesman Spokeswoman Spokesperson Correspondent Reporter Editor Analyst Collector Curator Coordinator " +
    "CEO Chairman Chairwoman Chair Director Executive Officer Founder Leader Head Commissioner Inspector Investigator Superintendent Detective Constable Officer " +
    // Offices of an administration, a court or a college: "KMC Administrator Tariq Mahmood Jatoi", "Registrar Ama Boateng".
    // (Not "Dean", a given name too, nor "Auditor", "Comptroller" and "Ombudsman", heads of offices' own names: "Auditor General
    // of Pakistan", "the Comptroller and Auditor General of India".)
    "Administrator Registrar Controller Treasurer Commandant Provost Rector " +
    "Ayatollah Hojatoleslam Mullah Emir Haji Hajjah Alhaji Alhaja Opanyin Togbe Oba Datuk Datin Dato Dato' Tun YB YAB Hon Hon. Honourable Honorable Encik Cik Puan Shri Smt Smt. Shrimati Mzee Reverend Revd Ven Ven. Venerable Archdeacon Monsignor Msgr Msgr. Pastor Staff Affairs Coach Manager Speaker Sheriff Agent Comrade " +
    // British police ranks as written: "Det Ch Insp", "Det Supt", "PC", "DCI".
    "Det Det. Ch Ch. Insp Insp. Supt Supt. Con Con. Const Const. Cst Cst. PC DC DS DI DCI DSU " +
    // Indonesian police ranks as the English-language papers abbreviate them: "Sr. Comr. Yudhi Prasetyo", "Adj. Sr. Comr.".
    "Comr Comr. Commr Commr. " +
    // Police ranks as Nigerian, Indian and Pakistani papers abbreviate them: "DSP Aminu Lawal", "DIG Rajesh Kumar".
    // (And as Ghanaian papers write police and fire ranks: "SP Ebikeme Alagoa", "ACFO Joseph Owusu-Ansah", "COP Kofi Boakye".)
    "DSP ASP CSP SSP DCP ACP IGP AIG DIG SP COP DCOP ACFO DCFO CFO " +
    // A chess player's title: "Grandmaster Arjun Venkatesan".
    "Grandmaster " +
    // American abbreviations of offices: "Deputy Dist. Atty.", "Asst. U.S. Atty.", "Cllr".
    "j.g j.g. Dist Dist. Atty Atty. Asst Asst. Cllr Coun Coun. MEC MMC Councilman Councilwoman Councillor Councilmember Member Assemblyman Assemblywoman Ald Ald. Alderman Alderwoman Supervisor Trustee"
  ).split(" "),
);

/** A business by what it does, written before its name: "appliance maker Electrolar", "the retailer Kmart" (a filmmaker is a person). */
export const BUSINESS_BEFORE = /(?<![\p{L}-])(?:(?:car|auto|chip|drug|steel|toy|truck|tyre|tire|glass|paper|cement|phone|aircraft|plane)?makers?|retailer|reseller|wholesaler|distributor|airline|carrier|lender|insurer|miner|manufacturer|conglomerate|supplier|brewer|exporter|importer|startup|start-up|firm|company|platform|provider|chain)\s+$/u;
/**
 * An apposition right after a name that calls it a business: ", the Inverness start-up hoping to …", ", a haulage firm",
 * ", the Westminster agency whose director …", ", a children's charity",
 * ", one of the largest health insurers in the Netherlands", ", one of Ireland's largest private hospital operators".
 */
// (Not a business's person: "Zhao Min, the company's spokeswoman,", "Ha Jong-min, a lawyer at the law firm Barun Haneul".)
const BUSINESS_APPOSED = /^,\s+(?:(?:the|a|an)\s+(?:(?!(?:at|of|for|with|from|in|on|by)\s)[\p{L}-]+\s+){0,4}(?:start-?up|company|firm|maker|manufacturer|retailer|airline|carrier|operator|business|chain|lender|insurer|developer|supplier|producer|miner|brewer|publisher|agency|consultancy|charity|broadcaster|newspaper)|one\s+of\s+(?:the|its|their|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{L}-]+\s+){0,4}(?:start-?ups|companies|firms|makers|manufacturers|retailers|airlines|carriers|operators|businesses|chains|lenders|insurers|developers|suppliers|producers|miners|brewers|publishers|agencies|consultancies|charities|broadcasters|newspapers))\b(?!['’])/u;
/** Whether the apposition after a name calls it a business, not a person of a kind the business word only qualifies. */
export function isApposedAsABusiness(after: string): boolean {
  const apposed = BUSINESS_APPOSED.exec(after);
  // ("Robert Kessler, a former airline captain": a word for a business before a noun for a person says what kind of person.)
  return apposed !== null && !isRoleNoun(/^\s+(\p{Ll}+)/u.exec(after.slice(apposed[0].length))?.[1] ?? "");
}

/** Words that head an organisation's name. */
// ("World Athletics", "British Cycling", "Cricket Australia": a sport's governing body goes by the sport's name.)
// ("Ligue Nationale de Rugby", "Federación Peruana de Fútbol", "Ministério da Saúde": in French, Spanish, Portuguese and Italian
// too, those that end in a letter of the English alphabet, which `\b` sees.)
export const ORGANISATION_WORDS =
  /\b(Forces|Force|Army|Navy|Guard|Police|Patrol|Ministry|Department|Agency|Office|Council|Committee|Commission|Assembly|Parliament|Congress|Senate|Court|Tribunal|Government|Administration|Party|Front|Movement|Brigades?|Battalions?|Regiments?|Division|Circuit|Chamber|Corps|Fleet|Militia|Coalition|Alliance|Union|League|Organi[sz]ation|Association|Federation|Confederation|Institute|Institution|Community|Foundation|Observatory|Network|Group|Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|plc|LLC|Co\.|Motors|Airlines|Airways|Ferries|Cruises|Lines|Tours|Logistics|Technologies|Systems?|Partners|Ventures|Studios|Pictures|Securities|Investments|Trading|Telecom|Communications|Railways?|Holdings|Management|Industries|Enterprises|Promotions|Productions|Records|Entertainment|Pharmaceuticals|Laboratories|Newspapers|Publishing|Breweries|Brewery|Dairies|Store|Stores|Supermarkets?|Bank|[A-Z][a-z]+bank(?:en)?|Exchange|Fund|Bureau|Service|Services|University|College|Academy|School|Schools|Library|Museum|Society|Syndicate|Consortium|Cooperative|Co-operative|Trust|Club|Board|Authority|Hospital|Church|Forum|Guild|Collective|Initiative|Project|Programme|Centre|Center|Diocese|Archdiocese|Parish|Synod|Times|Post|News|Press|Television|Radio|Reuters|Operation|Task Force|State|FC|AFC|RFC|RUFC|RLFC|HC|FK|NK|CF|Athletic|Athletics|Aquatics|Gymnastics|World (?:Rugby|Sailing|Archery|Triathlon|Rowing|Squash|Curling|Boxing|Skate|Taekwondo|Cycling)|(?:British|UK|Scottish|Welsh|English) (?:Cycling|Rowing|Swimming|Sailing|Triathlon|Boxing)|(?:Cricket|Rugby|Hockey|Tennis|Swimming|Cycling|Rowing|Netball|Football) (?:Australia|Canada|Ireland|Scotland|Wales|England|Kenya|South Africa|New Zealand|Zimbabwe|Sri Lanka|Pakistan|India|West Indies)|Atletico|Rovers|Wanderers|Albion|Hotspur|Argyle|Academicals|Harriers|Secretariat|Directorate|Inspectorate|Red Cross|Red Crescent|Command|Embassy|Consulate|Customs|Ligue|Liga|Fédération|Federación|Federação|Federazione|Confédération|Confederación|Confederação|Comisión|Comissão|Commissione|Ministère|Ministerio|Ministério|Ministero|Asociación|Associação|Associazione|Conseil|Consejo|Conselho|Consiglio|Syndicat|Sindicato|Partido|Partito|Universidad|Universidade|Agence|Agencia|Agência|Agenzia|Autoridad|Fiscalía|Procuraduría|Defensoría|Prefeitura|Policía|Polícia|Polizia|Carabineros|Carabinieri|Secretaría|Tribunale|Juzgado|Instituto|Institut|Istituto|Fundación|Fundação|Fondazione)\b/;

const ORGANISATION_WORD_ALONE = new RegExp(`^${ORGANISATION_WORDS.source}$`);

/** Capitalised words that are not names at the start of a sentence or anywhere. */
/** Letters for a tax, a measure or a thing, which name no body when they stand alone: "VAT", "GDP", "CCTV". */
const ABBREVIATED_THINGS = new Set("VAT GST GDP GNP CPI PAYE PPE ICU CCTV GPS ATM ATMs SUV SUVs LNG LPG PDF USB SMS IPO ETF NFT".split(" "));
const NOT_NAMES = new Set(
  (
    "The A An And But Or If In On At To For From By With Of As It Its He She They We I You His Her Their Our This That These Those There Here " +
    "When While After Before Since Until During However Meanwhile Also Although Though Because Yet So Then Now Today Yesterday Tomorrow " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December " +
    "Some Many Most All Both Each Every Other Another Such No Not One Two Three Four Five Six Seven Eight Nine Ten Last Next First Second Earlier Later " +
    "Mr Mrs Ms Dr According Despite Instead Still Even Just Only What Who Where Why How Which Whose Whom Let Please Yes Read Watch " +
    "Whether Neither Nor Either More Less Fewer Several Much Any Others Feb Apr Jul Aug Sep Sept Oct Nov Dec I'm I've I'll I'd I’m I’ve I’ll I’d " +
    "Through Throughout Amid Amidst Among Amongst Unlike " +
    // "Someone had written on the whiteboard": a pronoun for a person no one names.
    "Someone Somebody Anyone Anybody Everyone Everybody Nobody No-one"
  ).split(" "),
);

/** A public service that, before a title, makes an office of two words: "Fire Marshal", "Police Chief", "Town Clerk". */
const OFFICE_OF_A_SERVICE = /^(?:Fire|Police|Harbou?r|Port|Town|City|County|Parish|Building|Parks?)$/;
const OFFICE_FIELDS = /^(?:Finance|Health|Transport|Trade|Economy|Energy|Home|State|Justice|Defence|Defense|Foreign|Interior|Environment|Industry|Immigration|Education|Labour|Labor|Agriculture|Fisheries|Revenue|Public)$/;

/** Words that grade an office: "Additional Superintendent", "Assistant Inspector", "National Director" (then "of Immunisation"). */
const OFFICE_GRADES = /^(?:Additional|Assistant|Associate|Senior|Junior|Joint|Principal|Acting|Special|National|Global|Regional|District|Divisional|Provincial|Federal|Station)$/;
/** "Additional Superintendent" (then "of Police …"): a run of titles and the words that grade them, an office that runs on with "of". */
// ("Kyrgyz Minister" (then "of Agriculture …"): the country the office is of may open it.)
// ("Minister of State" (then "for Education …"): an office of State is one office.)
function isOfficeRun(run: ReadonlyArray<{ text: string }>): boolean {
  if (run.length >= 3 && run[run.length - 1]!.text === "State" && run[run.length - 2]!.text === "of") return isOfficeRun(run.slice(0, -2));
  return isTitle(run[run.length - 1]!.text) && run.every((w, k) => isTitle(w.text) || OFFICE_GRADES.test(w.text) || (k === 0 && run.length > 1 && isCountrysPeople(w.text)));
}

/** A continent or a great region of the world, as the last words of a body's name: "… in Africa", "… in Latin America". */
const CONTINENT = /^(?:Africa|Asia|Europe|Latin America|South America|North America|Americas|Oceania|Pacific|Caribbean|Middle East|Arab World|Arab Region)$/;

/** Words that make "X of Y" one name: a state ("Democratic Republic of the Congo") or a rank ("Duke of Edinburgh"). */
const STATE_OR_RANK_WORDS = /^(?:Republic|Kingdom|States|Emirates|Federation|Commonwealth|Union|Islands|Territory|Province|Duke|Duchess|Prince|Princess|Earl|Count|Countess|King|Queen|Bishop|Archbishop|Lord|Lady|Sultan|Emir|Mayor|Governor)$/;

/** Heads of the names of places, works and events that run on with "of": "Great Wall of China", "Battle of Britain". */
const NAMED_THING_HEAD = /^(?:Medal|Prize|Award|Cup|Trophy|Professor|Professors|Doctor|Master|Masters|Bachelor|Fellow|Wall|Gate|Gates|Cathedral|Church|Chapel|Palace|Tower|Castle|Hall|House|Houses|Order|Day|Feast|Battle|Siege|Treaty|Bill|Act|Book|Song|Tale|Isle|Bay|Gulf|Sea|Cape|Strait|Straits|Rock|Hill|Mount|Valley|Museum|Gallery|Theatre|Theater|Centre|Center|Chamber|Council|Commission|Court|Bank|Port|Statue|Temple|Mosque|Shrine|Tomb|Garden|Gardens|Park|Square|Street|Road|City|Town|Village|County|State|States|Province|District|Region|Year|Week|Man|Men|Woman|Women|Sisters|Brothers|Friends|Sons|Daughters|Knights|Lords|Lady|Ladies|Mother|Father|Our)$/;

/** Titles' abbreviations, written without the full stop, that are also surnames ("Sen", as in "Amartya Sen"). */
const TITLES_THAT_ARE_SURNAMES = new Set(["Sen"]);
/** Words for a title that are also family names, where a courtesy title stands before them: "Mr King", "Ms Bishop", "Dr Dean". */
const TITLES_THAT_ARE_SURNAMES_AFTER_A_COURTESY_TITLE = new Set(["King", "Lord", "Bishop", "Major", "Dean", "Judge", "Marshal", "Prince", "Baron", "Earl", "Duke", "Pope", "Knight", "Sheriff", "Abbot", "Cardinal", "Captain", "Sergeant", "General"]);

/** Words of NOT_NAMES that are also surnames ("Nor", as in the Malay "Zulkifli Mat Nor"). */
const WORDS_THAT_ARE_SURNAMES = new Set(["More", "Still", "Just", "Read", "Much", "Less", "Most", "Even", "Little", "Nor"]);

/** Prepositions that may stand inside a name ("Doctors Without Borders") but never open one ("Given the US record"). */
const NOT_NAME_OPENERS = new Set(
  ("Given Following Including Amid Among Without Within Against Unlike Upon Except Besides Beyond Throughout Regarding Across Despite Former Inside Outside Towards Toward Behind Beneath Alongside Under " +
    // "About 60 residents filled the gallery": a word for about how many.
    "About Around Nearly Almost Roughly Approximately " +
    // "Says Ron Rotunda, a law professor, …": a speech verb opening an inverted sentence.
    "Says Said Adds Added Asks Asked Writes Wrote Notes Noted Explains Explained Recalls Recalled Argues Argued Insists Insisted " +
    // "Dubbed Fab 42, the factory …": a participle opening a sentence before the name it gives.
    "Dubbed Nicknamed Named Called Known Billed Branded Renamed Titled").split(" "),
);

/** Roles written in lower case before a person's name ("Central Bank chairman Sergei Ignatiev"). */
const ROLE_NOUNS = new Set(
  ("chair chairman chairwoman chairperson spokesman spokeswoman spokesperson president minister secretary director chief ceo executive official correspondent editor critic reporter senator governor analyst economist strategist professor lawyer commander general leader head founder manager adviser advisor ambassador envoy premier chancellor mayor representative officer " +
    "candidate incumbent challenger nominee coach author member judge prosecutor counsel attorney activist scientist researcher writer journalist photographer captain colonel lawmaker legislator commissioner inspector superintendent detective sergeant trader banker investor diplomat historian physician doctor nurse retiree pensioner resident farmer teacher student driver vendor shopkeeper fisherman " +
    // Ordinary people quoted by what they are: "Passenger Brian Otieno", "Educator Lindiwe Ngcobo, 59,".
    "passenger commuter educator worker employee servant mechanic engineer miner labourer volunteer survivor witness victim parent mother father widow widower motorist homeowner tenant landlord businessman businesswoman entrepreneur surgeon midwife pilot soldier veteran herder shepherd grandmother grandfather housewife caretaker lecturer headteacher headmaster headmistress plumber rider cyclist sprinter runner swimmer boxer jockey golfer batsman batter bowler wicketkeeper skipper winger defender racer " +
    // Players by their position: "Tasman halfback Ben Marino", "Arsenal striker …".
    "halfback fullback flanker hooker fly-half flyhalf scrum-half scrumhalf out-half outhalf lock prop striker forward midfielder goalkeeper quarterback pitcher catcher shortstop point-guard spinner all-rounder " +
    // Broadcasters and performers: "television host Leela Bhattacharya", "podcaster Amani Otieno".
    "host presenter anchor newsreader podcaster pundit commentator comedian singer rapper actor actress musician chef " +
    // A union's people: "union delegate Karim Benali", "shop steward Mary Kane", "branch organiser …".
    "delegate steward representative organiser organizer convenor convener").split(" "),
);

/** A word with the full stop of a sentence rather than of an abbreviation ("Hill.", not "Gen." or "Corp."). */
function endsSentence(word: string): boolean {
  return /\p{Ll}{2,}\.$/u.test(word) && !TITLE_WORDS.has(stripDot(word)) && !/^(?:Corp|Inc|Ltd|Co|Bros|Dept|Assn|Univ|Intl)\.$/.test(word);
}

/** A noun for what someone does: "analyst", "musicologist", "historian" (not "-ian" first names: "Brian", "Christian"). */
export function isRoleNoun(word: string): boolean {
  return ROLE_NOUNS.has(word) || /^\p{Ll}{4,}ist$/u.test(word) || /^(?:historian|physician|librarian|technician|musician|politician|statistician|pa?ediatrician|electrician|mathematician|veterinarian|comedian|auctioneer|curator|conductor|composer|novelist)$/.test(word);
}

/** Nothing but the start of the text or of a sentence stands before `at`. */
function opensSentence(text: string, at: number): boolean {
  return /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 4), at));
}

/** Role nouns that are also adjectives. */
const ADJECTIVAL_ROLES = new Set(["official", "chief", "executive", "general", "head"]);

/** What ordinary people quoted are, whose kind a modifier says ("lorry driver", "beef farmer"). */
const ORDINARY_ROLE = /^(?:retiree|pensioner|resident|farmer|teacher|student|driver|vendor|shopkeeper|fisherman)$/;
/** Words that never say what kind of driver, farmer or student someone is: function words, verbs of saying, "said". */
const ROLE_MODIFIER_STOP = /^(?:the|a|an|and|or|but|of|to|in|on|at|by|for|with|from|as|is|was|were|are|be|been|has|had|have|said|says|told|tells|added|according|who|whom|whose|which|that|this|these|those|his|her|its|their|our|my|your|one|another|other|former|retired|local|fellow|young|old|elderly)$/;

/** Lower-case nouns for bodies that, before an office, tell whose it is: "federation president", "union secretary". */
const BODY_BEFORE_AN_OFFICE = /^(?:federation|union|club|party|board|council|association|league|committee|company|society|university|college|school|church|hospital|trust|charity|foundation|agency|commission|cooperative|co-operative|chamber|guild|syndicate|consortium)$/;

/** The role phrase that ends right before a name: a role noun and the capitalised words before it. */
function roleBefore(text: string): string | null {
  // The lower-case word before the trailing space, found from the end: a regex anchored at the end would try every position.
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && /\p{Ll}/u.test(text[start - 1]!)) start--;
  if (end === text.length || start === end) return null;
  const noun = text.slice(start, end);
  if (!ROLE_NOUNS.has(noun)) return null;
  const words = text.slice(0, start).trim().split(/\s+/);
  // "the official Instagram page", "the chief Justice Department lawyer": right after a determiner these words are adjectives.
  if (ADJECTIVAL_ROLES.has(noun) && /^(?:the|a|an|its|his|her|their|our)$/i.test(words[words.length - 1] ?? "")) return null;
  let i = words.length;
  // "… Jane Hill. Labour leader Neil Kinnock": a word that ends the sentence before is no part of the role.
  // ("MCA chief executive Suresh Navaratnam", "Acme managing director": the rank before the office is part of it.)
  while (i > 0 && /^(\p{Lu}[\p{L}.&'’-]*|vice|senior|deputy|chief|managing|general|acting|interim|assistant|executive)$/u.test(words[i - 1]!) && !endsSentence(words[i - 1]!) && !/^(?:But|And|Or|So|Yet|Then|When|While|As|If|The|A|An)$/.test(words[i - 1]!)) i--;
  // ("lorry driver Stephen Hargreaves", "first-year student Julie", "beef farmer Dougal Fraser": what kind, in lower case.)
  let modifiers = 0;
  while (i === words.length && ORDINARY_ROLE.test(noun) && modifiers < 2 && i - modifiers > 0 && /^\p{Ll}[\p{Ll}-]+$/u.test(words[i - modifiers - 1]!) && !ROLE_MODIFIER_STOP.test(words[i - modifiers - 1]!)) modifiers++;
  if (modifiers > 0) i -= modifiers;
  // ("the suspension of federation president Jackson Kiprono Tanui", "union secretary Ama Boateng": a body's noun before an
  // office says whose office it is.)
  if (i === words.length && i > 0 && BODY_BEFORE_AN_OFFICE.test(words[i - 1]!) && !ORDINARY_ROLE.test(noun)) i--;
  return [...words.slice(i), noun].join(" ").trim();
}

/** The shape of English nationality and language adjectives: Syrian, Kurdish, Iraqi, Chinese, Arabic. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|ean|ish|ese|ic|qi|stani)$/u;
/** Words for a people that have no such ending, and are seldom anyone's name ("Bosnian Serb", "Iraqi Kurd", "Shia"). */
const PEOPLE_WORDS = new Set(
  "Serb Croat Kurd Turk Arab Czech Slovak Swiss Thai Swede Dane Finn Pole Scot Spaniard Greek Dutch Briton Pashtun Tamil Hutu Tutsi Uzbek Kazakh Kyrgyz Turkmen Tajik Afghan Somali Israeli Yemeni Saudi Omani Qatari Kuwaiti Bahraini Emirati Nepali Bengali Punjabi Sunni Shia Shiite Alawite Druze Yazidi Maori Inuit".split(" "),
);

/**
 * A word for a country's people: "Australian", "Kenyan", "Japanese", "Israeli" (a country's name with a demonym's ending, by
 * the countries-list data), a few that do not follow it ("French", "Peruvian"), and "Frenchman", "Irishwoman".
 */
export function isCountrysPeople(word: string): boolean {
  if (IRREGULAR_PEOPLE.test(word) || PEOPLE_WORDS.has(word)) return true;
  const ending = /^(\p{Lu}\p{Ll}{2,}?)(?:ian|ean|an|ese|i|n)$/u.exec(word);
  return ending !== null && !isKnownPlace(word) && startsACountrysName(ending[1]!.toLowerCase());
}
const IRREGULAR_PEOPLE = /^(?:(?:French|English|Irish|Scots|Welsh|Dutch)(?:man|woman)?|British|Scottish|Danish|Swedish|Finnish|Polish|Turkish|Spanish|Peruvian|American|Norwegian|Filipino|Argentine|Cypriot|Icelandic|Congolese|Ivorian|Malagasy)$/;
function startsACountrysName(stem: string): boolean {
  return COUNTRY_NAMES.some((name) => name.startsWith(stem) && name.length - stem.length <= 3);
}
const COUNTRY_NAMES = COUNTRIES.map((c) => c.name.toLowerCase());

/**
 * "District Collector and District Magistrate P. Akash Varma": an office of title words, then "and" and a titled name, is a
 * title of the same person, no name of its own.
 */
function joinTitlesByAnd(text: string, spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const next = spans[k + 1];
    const words = span.name.split(" ");
    const anOffice = span.kind === "unknown" && span.title === null && words.length <= 3 && isTitle(words.at(-1)!) && words.every((w) => isTitle(w) || OFFICE_GRADES.test(w));
    const joined = anOffice && next?.title && /^\s+and\s+$/.test(text.slice(span.end, next.start - next.title.length - 1)) && text.slice(next.start - next.title.length - 1, next.start).trimEnd() === next.title;
    if (joined) {
      out.push({ ...next!, title: `${span.name} and ${next!.title}` });
      k++;
    } else out.push(span);
  }
  return out;
}

/** A field of government, then a country or a nation of the United Kingdom: "Transport Scotland", "Health Canada". */
function fieldOfANation(name: string): boolean {
  const space = name.indexOf(" ");
  if (space < 0 || !OFFICE_FIELDS.test(name.slice(0, space))) return false;
  const rest = name.slice(space + 1);
  return isKnownPlace(rest) || NATIONS_OF_THE_UK.test(rest);
}
/** After an office's run, perhaps the body it is at, then the holder's name set off by a comma: " at the Ministry of Foreign Affairs, Valentina". */
const REMIT_THEN_A_NAME = /^(?:\s+(?:at|of|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and)\s+)?){0,5}\p{Lu}[\p{L}'’-]*)?,\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
/** The nations of the United Kingdom, which countries-list counts as one country: "Transport Scotland", "Sport England". */
const NATIONS_OF_THE_UK = /^(?:England|Scotland|Wales|Northern Ireland)$/;
/** "New" of "New Zealand", "South" of "South Africa": the first words of countries named in more than one. */
const FIRST_WORDS_OF_COUNTRIES = new Set(COUNTRIES.filter((c) => c.name.includes(" ")).map((c) => c.name.split(" ")[0]!));

/**
 * Family names that Chinese and Korean names, as English papers write them, put first ("Zhao Jianmin",
 * "Kim Sung-ho", "Tan Kok Wah", "Tsai Ing-wen"): in pinyin, Korean, Cantonese, Hokkien and Wade-Giles spellings. "He",
 * "Do" and "So" are left out, being English words in every sentence, and Vietnamese names, which English papers shorten to
 * the last given name ("Nguyen Xuan Phuc … Phuc said"), and "Ang", which opens Sherpa names.
 */
const FAMILY_NAMES_WRITTEN_FIRST = new Set(
  ("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao " +
    "Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Zhong Tan Fan Dai Xia Fu Fang " +
    "Bai Zou Meng Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Long Shi Tao Gu Mao Hao Gong Shao Wan Qian Mo Kong Xiang Chang Kang " +
    "Wen Lai Niu Hong Qi Bao Zuo Cui Geng Ji Liao Lyu Mei Ouyang Jia Pang Jiao Xing Yue Qu Zhai Ni Hua Rao Yi Bi Pei Nie Tong " +
    "Ruan Ge Lan Lou Sheng Gan Dou Zhan Ke Miao Zhuang Che Shan Ou Ning Tu Rong Xi Ai Ban Chu Diao " +
    "Kim Lee Park Choi Jung Jeong Cho Yoon Yun Jang Lim Oh Seo Shin Kwon Hwang Ahn Yoo Jeon Ko Moon Son Bae Baek Heo Nam " +
    "Noh Roh Ha Kwak Sung Cha Joo Woo Min Ryu Na Chae Won Chun Bang Hyun Yeo Byun Choo Pyo Im Chung Rhee Pak Ri Choe " +
    "Chan Wong Leung Lam Cheung Ng Lau Tsang Ho Yeung Chow Tse Kwok Chiu Hui Yip Lo Law Tsai Hsu Hsieh Kuo Chien Chiang " +
    "Teo Goh Ong Koh Toh Chua Sim Low Quek Chia Foo Heng Seah Tay Khoo Ooi Yap Liew Loh Wee Soh Chong Chin Kwan Mak Siu " +
    "Tam Poon Yuen Mok Szeto Au Ku Hsiao Tseng Chou Kao Hsiung"
  ).split(" "),
);

/** "Zhao" in "Zhao Jianmin": a family name that names of East Asian peoples put before the given name. */
export function isFamilyNameWrittenFirst(word: string): boolean {
  return FAMILY_NAMES_WRITTEN_FIRST.has(word);
}

/** Countries' peoples written in two words. */
const PEOPLES_IN_TWO_WORDS = String.raw`(?:South|North) (?:African|Korean|Sudanese)|New Zealander|Sri Lankan|Saudi Arabian|Costa Rican|Puerto Rican|Sierra Leonean`;
/** A country's people in two words, before a name: "South African " (then "Thabo Mokoena"). */
export const TWO_WORD_PEOPLE = new RegExp(String.raw`^(?:${PEOPLES_IN_TWO_WORDS})(?= \p{Lu})`, "u");
const TWO_WORD_PEOPLE_ALONE = new RegExp(`^(?:${PEOPLES_IN_TWO_WORDS})$`);

/** A country's people written in two words, alone: "South African", "New Zealander". */
export function isPeopleInTwoWords(words: string): boolean {
  return TWO_WORD_PEOPLE_ALONE.test(words);
}

/** Words that say what country someone is from, set before their name: "Kenyan", "South African". */
export function isPeopleBeforeAName(words: string): boolean {
  return isCountrysPeople(words) || isPeopleInTwoWords(words);
}

/** A nationality, language or people word used as an adjective or noun: "Syrian", "Kurdish", "Serb". */
export function isNationalityWord(word: string): boolean {
  // ("Welsh", "French", "Kenyan", "Mexican": a country's people, though the word has none of those endings; not "Eston" for
  // Estonia or "Chan" for Chad: the other endings of isCountrysPeople are too loose here.)
  return DEMONYM.test(word) || PEOPLE_WORDS.has(word) || IRREGULAR_PEOPLE.test(word) || isCountrysPeopleInAn(word);
}
function isCountrysPeopleInAn(word: string): boolean {
  const stem = /^(\p{Lu}\p{Ll}{2,})an$/u.exec(word)?.[1];
  return stem !== undefined && !isKnownPlace(word) && startsACountrysName(stem.toLowerCase());
}

/** Text set in title case: four words of four letters or more at least, three in four of them capitalised. */
export function isMostlyCapitalised(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.75;
}

/** Abbreviations that open a place's or a saint's name: "St. Paul", "Mt. Everest", "Ft. Worth". */
const NAME_ABBREVIATIONS = new Set(["St.", "Ste.", "Mt.", "Ft."]);

/**
 * The post-nominals that are seats, which also stand before a name as its office ("Labour MP Ann Chisholm"): members of
 * legislative councils, houses of assembly, national, provincial and county assemblies ("Kisumu Town West MCA Caroline
 * Omondi", "Opposition MPA Rana Sajid Hussain").
 */
export const SEAT_LETTERS = ["MP", "MEP", "MSP", "MLA", "MLC", "MHA", "MNA", "MPA", "MCA", "MPP", "TD", "AM", "MS"] as const;
const OFFICE_POST_NOMINALS = new Set<string>(SEAT_LETTERS);

/** Honours, offices and degrees written after a person's name. */
// ("Nihal Karunaratne PC", "Wole Olanipekun SAN": Sri Lanka's President's Counsel and a Senior Advocate of Nigeria, as silks.)
const POST_NOMINALS = new Set([...SEAT_LETTERS, ..."QC KC SC PC SAN OBE MBE CBE KBE DBE CH QPM PhD".split(" ")]);

/**
 * Post-nominals set off by a comma after a name, and the comma closing them at the end: "Mr Anthony Keel, QC,".
 * ("Mr Brendan Mulcahy, TD for Dublin South-East,", "Kofi Asamoah-Darko, MP for Amansie Kwabre,": a seat with its constituency.)
 */
export const POST_NOMINAL_APPOSITION = new RegExp(String.raw`,\s*(?:${[...POST_NOMINALS].join("|")}|(?:${[...OFFICE_POST_NOMINALS].join("|")})\s+for\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\b(?:\s*,?\s*$|(?=\s*,))`, "gu");

/** A name without the honours written after it: "Joanna Korner QC" → "Joanna Korner". */
export function withoutPostNominals(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && POST_NOMINALS.has(stripDot(words[words.length - 1]!).replace(/,$/, ""))) words.pop();
  return words.join(" ");
}

/**
 * The small words inside a personal name: "Ludwig van Beethoven", "Kipruto arap Chelagat" (Kalenjin "son of"),
 * "Ngugi wa Thiong'o", "William ole Ntimama", "Luiz dos Santos".
 */
export const NAME_PARTICLE = /^(?:de|du|da|del|della|dela|delos|di|van|von|der|den|al|el|bin|binti|ibn|bint|abu|la|le|y|arap|wa|ole|dos|das|af|zu|ter)$/;
/**
 * The small words inside any name: a person's, or a body's ("Ministry of Defence", "Department for Education",
 * Filipino "Bangko Sentral ng Pilipinas", "Samahan ng mga Tsuper sa Kamaynilaan").
 */
const PARTICLES = new RegExp(`^(?:of|for|and|the|ng|mga|sa)$|${NAME_PARTICLE.source}`);

export interface NameSpan {
  start: number;
  end: number;
  name: string;
  /** Title words written before the name ("Brig. Gen.", "US Defense Secretary"), if any. */
  title: string | null;
  kind: "person" | "organisation" | "unknown";
}

/**
 * The words of a text as the pattern /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*\/u would find them, scanned by
 * hand: this runs over every paragraph and every attribution, and a regex match per word is slow.
 */
export function wordsOf(text: string): Array<{ text: string; start: number }> {
  const words: Array<{ text: string; start: number }> = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const first = letterOrDigitAt(text, i);
    if (!first) {
      i++;
      continue;
    }
    let j = i + first;
    for (;;) {
      const code = text.charCodeAt(j);
      if (code === 39 || code === 0x2019 || code === 46 || code === 38 || code === 45) j++;
      else {
        const size = j < length ? letterOrDigitAt(text, j) : 0;
        if (!size) break;
        j += size;
      }
    }
    words.push({ text: text.slice(i, j), start: i });
    i = j;
  }
  return words;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The length (1, or 2 for a surrogate pair) of the letter or digit at `i`, or 0. */
function letterOrDigitAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  const size = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  return LETTER_OR_DIGIT.test(text.slice(i, i + size)) ? size : 0;
}

/**
 * Capitalised name runs in a text, with the titles written before them. A run may hold particles
 * ("Syrian Observatory for Human Rights", "Islamic State of Iraq and the Levant") and initials
 * ("John L. Dorrian"); it never starts with a function word.
 */
/** Nouns for a person a court or an inquiry keeps unnamed, before a letter: "Officer B", "Witness A", "Soldier F". */
const DESIGNATION_NOUN = /^(?:Officer|Witness|Soldier|Patient|Juror|Victim|Person|Agent|Child|Mother|Father|Nurse|Doctor|Sergeant|Constable|Marine|Pilot)$/;

/** A company's legal form, the last word of its name. */
const LEGAL_FORM = /^(?:Ltd|Limited|Inc|plc|PLC|Plc|LLC|Co|Corp|Corporation|Pty|GmbH|AG|SA|NV|SE|Bhd|Berhad|Tbk)\.?$/;

/** Words that head a body's name that may run on with "on": "Intergovernmental Authority on Development", "Council on Foreign Relations". */
const BODY_ON_HEAD = /^(?:Authority|Commission|Committee|Council|Panel|Conference|Board|Institute|Centre|Center|Forum|Convention)$/;

/** Words that head the name of an inquiry, which may run on with "into": "Royal Commission into …", "Independent Inquiry into …". */
const INQUIRY_HEAD = /^(?:Commission|Inquiry|Investigation|Review|Taskforce)$/;

/** Words that head a public body's name: "Department of Health and Human Services", "Centers for Disease Control and Prevention". */
const BODY_HEAD_WORDS = /^(?:Department|Ministry|Centers?|Centres?|Institutes?|Chambers?|Bureau|Office|Agency|Council|Commission|Committee|Secretary|Minister|Board|Federation|Confederation|Society|Association|School|Faculty|Museum|Union|Organisation|Organization|Foundation|Authority)$/;
// ("Association of Mineworkers and Construction Union": a union's name may end in "Union" after its "and", where another
// body's head there names a second body.)

/**
 * Whether the "and" at `at` joins the name begun at `start` to what follows: "State of Iraq and the Levant", a body's
 * fields ("Department of Public Health and Environment", "Centers for Disease Control and Prevention"), or two words
 * before the body's head ("Food and Drug Administration"). "Iraq and Syria", "Tim Hunt and Paul Nurse" are two names.
 */
function joinsAName(text: string, words: Array<{ text: string; start: number }>, start: number, at: number, documentInitials: ReadonlySet<string>): boolean {
  const before = words.slice(start, at).map((w) => w.text);
  if (words[at + 1]?.text === "the") return before.includes("of");
  // ("Albay Public Safety and Emergency Management Office (APSEMO)": initials in brackets that spell the whole run.)
  if (spelledByInitials(text, words, start, at) || initialledInDocument(text, words, start, at, documentInitials)) return true;
  // The capitalised run after "and", up to the first word that is not a name part.
  let end = at + 1;
  while (words[end] && isNamePart(words[end]!.text) && adjacent(text, words[end - 1], words[end]!, false)) end++;
  const after = words.slice(at + 1, end).map((w) => w.text);
  // ("Ministry of Agriculture and PPL Therapeutics": initials open another body's name.)
  if (after.length === 0 || after.some((w) => /^\p{Lu}{2,}$/u.test(w) && !POST_NOMINALS.has(w) && !TITLE_WORDS.has(w))) return false;
  // ("Minister for Education and Skills Mr Colm Feeney", "Secretary for Trade and Industry Peter Mandelson": an office's remit
  // runs on with "and", then a courtesy title or a full name; not "Minister for Health and Jane Smith".)
  // ("Mpumalanga MEC for Co-operative Governance and Traditional Affairs": the office may come after where it serves.)
  const office = isTitle(before[0]!) || (before.length >= 3 && /^(?:MEC|Minister|Secretary|Commissioner)$/.test(before[1]!));
  if (office && before.slice(1).some((w) => w === "of" || w === "for")) return after.length === 1 || (after.length === 2 && !looksPersonal(after)) || (after.length >= 2 && TITLE_WORDS.has(after[1]!)) || (after.length >= 3 && looksPersonal(after.slice(1)));
  if (after.length > 3) return false;
  // ("Godavari Nitrogen and Chemicals Ltd.": a company's name that ends in its legal form; not "Tim Hunt and Acme Ltd".)
  if (after.length >= 2 && LEGAL_FORM.test(after[after.length - 1]!) && (!looksPersonal(before) || after.slice(0, -1).some((w) => BUSINESS_LAST_WORD.test(w)))) return true;
  const head = before.findIndex((w) => BODY_HEAD_WORDS.test(w));
  // ("Maharashtra State Board of Secondary and Higher Secondary Education": three words of a field, but no title.)
  if (head >= 0 && before.slice(head + 1).some((w) => w === "of" || w === "for")) return (after.length <= 2 || (after.length === 3 && !after.some((w) => TITLE_WORDS.has(w)))) && !after.some((w) => (BODY_HEAD_WORDS.test(w) && w !== "Union") || /^(?:Office|Police|Party)$/.test(w));
  // ("Gaming Inspection and Coordination Bureau", "U.S. Chemical Safety and Hazard Investigation Board", "Food and Agriculture
  // Organization": two fields of a body's remit, then its head word; not one person's name and another body's.)
  // ("Bangladesh Garment Manufacturers and Exporters Association": or two trades its members follow.)
  // (After "the", as no personal name stands; "the country's National Search and Rescue Agency": or after an owner's.)
  const afterThe = /(?:\bthe|\p{L}['’]s)\s+$/iu.test(text.slice(Math.max(0, words[start]!.start - 5), words[start]!.start));
  const remit = before.length <= 3 && (afterThe || !looksPersonal(before)) && !before.some((w) => BODY_HEAD_WORDS.test(w) || TITLE_WORDS.has(w)) && after.length >= 2;
  return (before.length === 1 || remit) && after.length >= 2 && /^(?:Administration|Service|Agency|Commission|Authority|Bureau|Board|Office|Directorate|Department|Institute|Organi[sz]ation|Association|Federation)$/.test(after[after.length - 1]!);
}

/** Words that give the name or nickname someone goes by, right before it: "nicknamed", "dubbed", "known as". */
export const NICKNAME_GIVERS = String.raw`nicknamed|dubbed|known\s+as`;

/**
 * A nickname in quotation marks between a person's given name and family name: "Ma. Teresa “Tess” Villanueva", "Ramon
 * “Bong” dela Paz". `$1` is the given name.
 */
export const NICKNAME_BETWEEN_NAMES = new RegExp(String.raw`(\p{Lu}\p{Ll}+)\s+[“"‘'](\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})[”"’']\s+(?=\p{Lu}\p{Ll}|(?:${NAME_PARTICLE.source.slice(1, -1)}\s+){1,2}\p{Lu})`, "gu");

/** The phrase without nicknames inside its names: "Ma. Teresa Villanueva" for "Ma. Teresa “Tess” Villanueva". */
export function withoutNicknames(phrase: string): string {
  return /[“"‘']/.test(phrase) ? phrase.replace(NICKNAME_BETWEEN_NAMES, "$1 ") : phrase;
}

const IN_CHARGE = /(?<=\b(?:Agent|Officer|Inspector|Engineer|Superintendent|Commander|Director))\s+in\s+(?=Charge\b)/g;

export function findNames(given: string, documentInitials: ReadonlySet<string> = NO_INITIALS): NameSpan[] {
  // ("Special Agent in Charge Karen Doyle": a title in charge of something, written with spaces, read as "Agent-in-Charge" is;
  // as long, so that offsets hold.)
  const text = given.includes(" in Charge") ? given.replace(IN_CHARGE, "-in-") : given;
  const words = wordsOf(text).map((w) => ({ text: SHORT_GIVEN_NAME_WORD.test(w.text) && REST_OF_A_NAME_AFTER_MA.test(text.slice(w.start + w.text.length, w.start + w.text.length + 40)) ? w.text : trimWord(w.text), start: w.start }));
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < words.length) {
    const firstCode = words[i]!.text.charCodeAt(0);
    const ordinalOpener = firstCode >= 48 && firstCode <= 57 ? opensWithOrdinal(text, words, i) : opensWithWordOrdinal(text, words, i);
    // ("unpaid VAT", "GDP fell": letters for a tax, a measure or a thing, standing alone, name no body or person.)
    const abbreviatedThing = ABBREVIATED_THINGS.has(words[i]!.text) && !(words[i + 1] !== undefined && isCapitalised(words[i + 1]!.text) && adjacent(text, words[i], words[i + 1]!, false));
    if (!ordinalOpener && (!isNamePart(words[i]!.text) || abbreviatedThing || namesACurrencyBeforeAnAmount(text, words[i]!) || isAUnitAfterANumber(text, words[i]!) || NOT_NAME_OPENERS.has(words[i]!.text) || (NOT_NAMES.has(words[i]!.text) && !TITLE_WORDS.has(words[i]!.text)))) {
      i++;
      continue;
    }
    // "referred to only as Officer B", "Soldier F": a person the court keeps unnamed goes by a noun and a letter (one with a
    // full stop is an initial when a capitalised word follows: "Officer B. Smith").
    const letter = words[i + 1];
    if (DESIGNATION_NOUN.test(words[i]!.text) && letter && /^\p{Lu}\.?$/u.test(letter.text) && adjacent(text, words[i]!, letter, false) && (!letter.text.endsWith(".") || (/^\s*$/.test(text.slice(letter.start + 2, letter.start + 3)) && !/^\s+\p{Lu}/u.test(text.slice(letter.start + 2))))) {
      spans.push({ start: words[i]!.start, end: letter.start + 1, name: `${words[i]!.text} ${letter.text[0]}`, title: null, kind: "person" });
      i += 2;
      continue;
    }
    // Titles first, then the name proper.
    let titleStart = i;
    // ("Datuk Seri Vincent Lim Boon Heng", "Tan Sri Muhyiddin": Malaysian honours of two words.)
    while (i < words.length && (isTitle(words[i]!.text, words[i + 1]?.text) || (i > titleStart && /^(?:Seri|Sri)$/.test(words[i]!.text) && /^(?:Datuk|Dato|Tan|Puan|Toh|Tun)$/.test(words[i - 1]!.text))) && adjacent(text, words[i - 1], words[i]!, titleStart === i)) i++;
    // ("“…,” Sen said", after "Deputy Commissioner of Police Arindam Sen": a surname that is also a title's abbreviation, with no
    // name after it, is the surname.)
    // ("“…,” Mr Lord said", "Mr King, the chairman,": so is a word for a title that is also a family name, after a courtesy
    // title; not an office one is addressed by, "Mr. President".)
    const courtesy = i === titleStart + 2 && /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?$/.test(words[titleStart]!.text) ? words[titleStart]!.text : null;
    const titleAsSurname = i > titleStart && ((i === titleStart + 1 && TITLES_THAT_ARE_SURNAMES.has(words[i - 1]!.text)) || (courtesy !== null && TITLES_THAT_ARE_SURNAMES_AFTER_A_COURTESY_TITLE.has(words[i - 1]!.text)));
    if (titleAsSurname && !/^\s*\p{Lu}/u.test(text.slice(words[i - 1]!.start + words[i - 1]!.text.length, words[i - 1]!.start + words[i - 1]!.text.length + 3))) {
      const w = words[i - 1]!;
      spans.push({ start: w.start, end: w.start + w.text.length, name: w.text, title: courtesy, kind: courtesy ? "person" : "unknown" });
      continue;
    }
    // "Ford's Chief Executive Officer, William Clay Ford Jr.": an office set before a name by a comma is
    // the person's title if nothing closer titles them ("the Minister of Defense, Army General …" does).
    let apposedTitle: string | null = null;
    if (i > titleStart && i < words.length && !adjacent(text, words[i - 1], words[i]!, false)) {
      const last = words[i - 1]!;
      // ("The Vice-Minister of Infrastructure and Transport, Carlo Maria Benedetti,": the field an office covers, alone, is no title.)
      if (/^,\s$/.test(text.slice(last.start + last.text.length, words[i]!.start)) && !words.slice(titleStart, i).every((w) => OFFICE_FIELDS.test(w.text))) apposedTitle = text.slice(words[titleStart]!.start, last.start + last.text.length);
      titleStart = i;
      // ("The Minister for Finance, Mr Liam Cassidy": the name after the comma has titles of its own.)
      // (Not "Dr. (Mrs.) Folasade Akinwale", whose titles the run below splits off.)
      while (i + 1 < words.length && isTitle(words[i]!.text, words[i + 1]?.text) && adjacent(text, words[i]!, words[i + 1]!, false)) i++;
    }
    // "Secretary of State Rex Tillerson": a title that runs on with "of" is read as one run, and split below.
    const titleRunsOn = i > titleStart && i < words.length && /^(?:of|for)$/.test(words[i]!.text) && runAfter(text, words, i + 1) !== "";
    if (titleRunsOn) i = titleStart;
    const nameStart = i;
    let last = i - 1;
    for (let j = i; j < words.length; j++) {
      const w = words[j]!.text;
      if (j > nameStart && !adjacent(text, words[j - 1]!, words[j]!, false)) break;
      // "Elm St. Police said": the abbreviation ends a name it does not open.
      if (j - 1 > nameStart && NAME_ABBREVIATIONS.has(words[j - 1]!.text)) break;
      // ("Coast Guard Lt. j.g. Marisa Chun": a navy lieutenant's junior grade, in lower case, is part of the rank.)
      // ("Court of Second Instance": an ordinal in words after "of", then a name's word, is inside the name.)
      const ordinalAfterOf = j > nameStart && words[j - 1]!.text === "of" && ordinalInsideAName(text, words, j);
      // ("Korea e-Sports Association": an "e-" word inside a name, a name's word after it.)
      const electronicInside = j > nameStart && /^[ei]-\p{Lu}\p{Ll}+$/u.test(w) && words[j + 1] !== undefined && isCapitalised(words[j + 1]!.text) && adjacent(text, words[j]!, words[j + 1]!, false);
      if ((isNamePart(w) && !NOT_NAMES.has(w)) || ordinalAfterOf || electronicInside || (j === nameStart && ordinalOpener) || (w === "j.g." && j > nameStart && /^(?:Lt\.?|Lieut\.?|Lieutenant)$/.test(words[j - 1]!.text))) {
        last = j;
        continue;
      }
      // ("AFSCME Local 2210", "Amalgamated Transit Union Local 1587": a union's local or lodge goes by its number, which ends
      // the name.)
      if (j > nameStart + 1 && /^\d{1,5}$/.test(w) && /^(?:Local|Lodge)$/.test(words[j - 1]!.text)) {
        last = j;
        break;
      }
      // ("Minister for Education and Skills Mr Colm Feeney": a courtesy title between an office and the holder's name.)
      // ("Education Principal Secretary Dr Lucy Wambugu": or after an office's last title word.)
      if (((titleRunsOn && j > nameStart + 2) || (j > nameStart && isTitle(words[j - 1]!.text))) && /^(?:Mr|Mrs|Ms|Dr)\.?$/.test(w) && words[j + 2] && looksPersonal([words[j + 1]!.text, words[j + 2]!.text]) && adjacent(text, words[j]!, words[j + 1]!, false)) {
        last = j;
        continue;
      }
      // "Mrs June Harland", "Ms April Ross": after a title, a month's or a weekday's name that a name follows is a given name.
      if (j === nameStart && nameStart > titleStart && CALENDAR_GIVEN_NAME.test(w) && words[j + 1] && isCapitalised(words[j + 1]!.text) && !NOT_NAMES.has(words[j + 1]!.text) && adjacent(text, words[j]!, words[j + 1]!, false)) {
        last = j;
        continue;
      }
      // "Human Rights Watch", "Rainforest Watch": a body's name may end in "Watch", which alone opens no name ("Watch: …").
      if (j > nameStart && w === "Watch" && adjacent(text, words[j - 1]!, words[j]!, false)) {
        last = j;
        continue;
      }
      // "Ms. Kavita More", "Thomas More": inside a personal name, a capitalised word that is also a common word is a surname.
      if (j > nameStart && WORDS_THAT_ARE_SURNAMES.has(w) && !/^\s+(?:than\b|\p{Lu})/u.test(text.slice(words[j]!.start + w.length)) && looksPersonal(words.slice(nameStart, j + 1).map((x) => x.text))) {
        last = j;
        continue;
      }
      // Particles join two capitalised parts: "Observatory for Human Rights", "State of Iraq and the Levant".
      // "President Barack Obama of the Democratic Party": after a titled personal name, "of" starts a new name.
      if (j > nameStart && /^(?:of|for|and|the)$/.test(w) && nameStart > titleStart && looksPersonal(words.slice(nameStart, j).map((x) => x.text))) break;
      // ("Police Colonel Suthep Wongsakul of the Narcotics Suppression Bureau": so after a title inside the run, then a full name,
      // "U.S. District Judge Margaret T. Halloran of the Southern District of Ohio" with an initial too.)
      if (w === "of" && titledNameBefore(words, nameStart, j)) break;
      // "Edgar Mendez of Milwaukee Neighborhood News Service": a personal name, then the organisation the person is of.
      // ("Nominated Member of Parliament Nadia Rahim": not an office however it opens, a title word before "of" and the holder's
      // full name after the body.)
      if (w === "of" && j - nameStart >= 2 && j - nameStart <= 3 && looksPersonal(words.slice(nameStart, j).map((x) => x.text)) && ORGANISATION_WORDS.test(runAfter(text, words, j + 1)) && !isOfficeRun(words.slice(nameStart, j)) && !officeBeforeItsHolder(text, words, j)) break;
      // "Richard Thompson of Trinidad and Tobago", "Lukas Reiter of Pro Danube", "Kanokwan Suwannarat of the Bangkok-based
      // group": a personal name, then where the person is from or with; not "Democratic Republic of …", "Great Wall of …".
      // ("Liberation Tigers of Tamil Eelam (LTTE)": initials in brackets that spell the whole run make it one name.)
      // ("Additional Superintendent of Police Farhad Hossain": an office that runs on with "of" is no personal name.)
      // ("Geologist Ana Lucía Monterroso of the Guatemalan Institute of Geological Studies": past a noun for what the person does,
      // capitalised where the sentence opens.)
      const personFrom = j - nameStart === 4 && isRoleNoun(words[nameStart]!.text.toLowerCase()) ? nameStart + 1 : nameStart;
      if (w === "of" && j - personFrom >= 2 && j - personFrom <= 3 && looksPersonal(words.slice(personFrom, j).map((x) => x.text)) && !words.slice(nameStart, j).some((x) => STATE_OR_RANK_WORDS.test(x.text) || NAMED_THING_HEAD.test(x.text)) && !isOfficeRun(words.slice(nameStart, j)) && !officeBeforeItsHolder(text, words, j) && !spelledByInitials(text, words, nameStart, j)) break;
      // "Osun Comets FC of Osogbo", "Keywell Inc. of San Jose": after a company's or a club's suffix, "of" tells where it is.
      if (w === "of" && j > nameStart && /^(?:FC|AFC|SC|Inc\.?|Ltd\.?|plc|PLC|Co\.?|Corp\.?|LLC|GmbH|AG|SA|NV|Bhd|Tbk)$/.test(words[j - 1]!.text)) break;
      // ("the consultancy Lanxang Technical Services for Lao-Sino Nam Kheuang Power Co": a company is no body's remit; "for" before
      // one tells whom the first worked for.)
      if (w === "for" && j > nameStart && /\s(?:Co\.?|Ltd\.?|Inc\.?|Corp\.?|LLC|PLC|plc|GmbH|AG|SA|Bhd|Company|Corporation)$/.test(runAfter(text, words, j + 1))) break;
      // ("Royal Commission into the Robodebt Scheme", "Commission of Investigation into the Diocese of Clonmore": an inquiry's
      // name runs on with what it looks into.)
      const inquiryInto = w === "into" && words.slice(nameStart, j).some((x) => INQUIRY_HEAD.test(x.text));
      // ("Intergovernmental Authority on Development", "Council on Foreign Relations": or a body's with what it works on.)
      // (Not a place the body talks about: "briefed the Security Council on Syria".)
      const bodyOn = w === "on" && j > nameStart && BODY_ON_HEAD.test(words[j - 1]!.text) && !isKnownPlace(runAfter(text, words, j + 1)) && !isKnownPlace(words[j + 1]?.text ?? "");
      // ("Coalition for Biosafety in Africa", "Organization for Security and Co-operation in Europe": a body whose name says what
      // it is for may end in the continent it works in.)
      const remitIn = w === "in" && j > nameStart + 2 && CONTINENT.test(runAfter(text, words, j + 1)) && words.slice(nameStart, j).some((x) => x.text === "for" || x.text === "on") && ORGANISATION_WORDS.test(words.slice(nameStart, j).map((x) => x.text).join(" "));
      if (j > nameStart && (PARTICLES.test(w) || inquiryInto || bodyOn || remitIn)) {
        // "and" joins only inside a name that reads "X of Y and the Z"; "Iraq and Syria" are two names.
        if (w === "and" && !joinsAName(text, words, nameStart, j, documentInitials)) break;
        let k = inquiryInto || bodyOn || remitIn ? j + 1 : j;
        while (words[k] && PARTICLES.test(words[k]!.text) && adjacent(text, words[k - 1], words[k]!, false)) k++;
        if (words[k] && ((isNamePart(words[k]!.text) && !NOT_NAMES.has(words[k]!.text)) || (words[k - 1]!.text === "of" && ordinalInsideAName(text, words, k))) && adjacent(text, words[k - 1], words[k]!, false)) {
          j = k - 1;
          continue;
        }
      }
      break;
    }
    if (last < nameStart) {
      // A title with no name after it ("the Spokesman said") is not a name.
      i = Math.max(i, titleStart + 1);
      continue;
    }
    // "Nigel Lickley QC", "Jane Hill MP": letters after a personal name are an honour or an office, not part of it.
    const runEnd = last;
    let postNominal = false;
    // ("Minister for Education and Skills Mr Colm Feeney TD": after an office, the name the letters follow.)
    while (last > nameStart && POST_NOMINALS.has(stripDot(words[last]!.text)) && (looksPersonal(words.slice(nameStart, last).map((w) => w.text)) || (last - nameStart > 3 && looksPersonal(words.slice(last - 2, last).map((w) => w.text)) && (titleRunsOn || isTitle(words[last - 3]!.text))))) {
      last--;
      postNominal = true;
    }
    // "US Defense Secretary Ash Carter", "General Motors CEO Fritz Henderson": a title inside the run
    // followed by a personal name splits it into the person's title and their name.
    let split = nameStart;
    for (let j = last - 1; j >= nameStart; j--) {
      const rest = words.slice(j + 1, last + 1).map((w) => w.text);
      // ("the Kiev-based Centre for Energy Security Studies": in a body's name, the field an office covers ends no office.)
      // (A justice is a judge: "Division Bench of Justice Rakesh Chandra Tiwari".)
      // ("Senior Minister of State for Education Lim Hui Min": "of State" in an office names no body.)
      if (j > nameStart && OFFICE_FIELDS.test(words[j]!.text) && !/^(?:State|Justice)$/.test(words[j]!.text) && words.slice(nameStart, j).some((w, k) => ORGANISATION_WORDS.test(w.text) && !(w.text === "State" && words[nameStart + k - 1]?.text === "of"))) continue;
      // "Vice Speaker of Parliament Lena Nazaryan": an office ending in an organisation's name, then a person's full name.
      // "Labour MP Ann Chisholm", "Fianna Fáil TD Mary Butler": a seat written in letters before a full name ends an office too.
      const endsAnOffice =
        isTitle(words[j]!.text, words[j + 1]?.text) ||
        // "Musicologist Philippe Garnier of the Sorbonne": a noun for what someone does, capitalised as it opens the sentence.
        // (Not a bare name looked up on its own: "Professor Alan Whitcombe" stays whole, as the article's text has it.)
        (j === nameStart && j === titleStart && rest.length >= 2 && opensSentence(text, words[j]!.start) && isRoleNoun(words[j]!.text.toLowerCase()) && words[last]!.start + words[last]!.text.length < text.trimEnd().length) ||
        (OFFICE_POST_NOMINALS.has(words[j]!.text) && j > nameStart && rest.length >= 2) ||
        // ("Labour MP for Bolton West Kofi Asare": so does a seat with the constituency it is for.)
        // (Not "TD for Dublin Bay North": words that make places' names are the constituency's.)
        (rest.length >= 2 && !rest.some((w) => isPlaceWord(w) || /^(?:Central|Rural|Urban)$/.test(w)) && words.slice(nameStart, j - 1).some((w, k) => OFFICE_POST_NOMINALS.has(w.text) && words[nameStart + k + 1]!.text === "for")) ||
        (ORGANISATION_WORDS.test(words[j]!.text) && rest.length >= 2 && words.slice(nameStart, j).some((w) => isTitle(w.text))) ||
        // "Assistant Inspector of Customs Ali Reza": a graded office of one word, then a person's full name.
        // ("Commissioner of Railway Safety Ajit Kumar Mohapatra": or of two.)
        // ("Member of the Senedd Huw Llewelyn", "Secretary of the Treasury Janet Yellen": or of one after "the".)
        (rest.length >= 2 && [1, 2].some((of) => j >= nameStart + of + 1 && /^(?:of|for)$/.test(words[j - of]!.text) && isOfficeRun(words.slice(nameStart, j - of)) && (of === 1 || (isCapitalised(words[j]!.text) && isCapitalised(words[j - 1]!.text) && isEnglishWord(words[j]!.text)) || words[j - 1]!.text === "the")) && !rest.some((w) => ORGANISATION_WORDS.test(w) || NAMED_THING_HEAD.test(w))) ||
        // ("Secretary for Trade and Industry Peter Mandelson": or its remit runs on with "and".)
        // ("Minister of Agriculture and Water Resources Azamat Toktogulov": a field of two words after it.)
        [1, 2].some((after) => j >= nameStart + 3 + after && words[j - after]!.text === "and" && (after === 1 || (isEnglishWord(words[j]!.text) && isEnglishWord(words[j - 1]!.text))) && rest.length >= 2 && words.slice(nameStart + 1, j - after).some((w, k) => /^(?:of|for)$/.test(w.text) && isOfficeRun(words.slice(nameStart, nameStart + 1 + k))) && !rest.some((w) => ORGANISATION_WORDS.test(w) || NAMED_THING_HEAD.test(w) || isPlaceWord(w)));
      // ("Additional Sessions Judge SK Malhotra": initials without full stops, as Indian papers write them, before a surname.)
      const initialled = rest.length === 2 && /^\p{Lu}{2,3}$/u.test(rest[0]!) && PERSONAL_NAME_WORD.test(rest[1]!) && isTitle(words[j]!.text, words[j + 1]?.text);
      // ("the Office of State Fire Marshal": an office of two words is no person's name after a title.)
      const anOfficeAfter = rest.length === 2 && OFFICE_OF_A_SERVICE.test(rest[0]!) && TITLE_WORDS.has(stripDot(rest[1]!));
      // ("Chile's Undersecretary for International Economic Relations at the Ministry of Foreign Affairs, Valentina Ortúzar Lagos,":
      // words of the lexicon that end an office's remit, where the holder's name is set off after it, are no name.)
      const remitBeforeTheName = rest.every((w) => isEnglishWord(w.toLowerCase())) && REMIT_THEN_A_NAME.test(text.slice(words[last]!.start + words[last]!.text.length, words[last]!.start + words[last]!.text.length + 120));
      if (endsAnOffice && !PARTICLES.test(words[j + 1]!.text) && (looksPersonal(rest) || initialled) && !anOfficeAfter && !remitBeforeTheName) {
        split = j + 1;
        break;
      }
    }
    // ("Transport for London", "Health for All": a field an office covers, alone before "for", names a body.)
    const fieldForAName = split === nameStart && last > nameStart + 1 && OFFICE_FIELDS.test(words[nameStart]!.text) && !/^(?:State|Justice)$/.test(words[nameStart]!.text) && words[nameStart + 1]!.text === "for" && (nameStart === 0 || !isTitle(words[nameStart - 1]!.text) || !adjacent(text, words[nameStart - 1], words[nameStart]!, false));
    if (titleRunsOn && split === nameStart && !fieldForAName) {
      // "the Secretary of State said": an office with no name after it is not a name.
      i = titleStart + 1;
      continue;
    }
    // "The MP for Bolton West, Kofi Asare,", "Kofi Asare, TD for Dublin Bay North,": a seat and the constituency it is for is
    // an office, not a body's name; so is "Member of Parliament for Bolton West".
    if (split === nameStart && last > nameStart + 1 && words[nameStart + 1]!.text === "for" && (OFFICE_POST_NOMINALS.has(words[nameStart]!.text) || (words[nameStart]!.text === "Parliament" && /\bMembers?\s+of\s+$/.test(text.slice(Math.max(0, words[nameStart]!.start - 12), words[nameStart]!.start))))) {
      i = last + 1;
      continue;
    }
    // ("Dr. P. Venkateswarlu, Associate Director of Research at …": nor is a graded one, whole.)
    const ofAt = words.slice(nameStart, last + 1).findIndex((w) => w.text === "of");
    if (split === nameStart && ofAt > 0 && isOfficeRun(words.slice(nameStart, nameStart + ofAt)) && !isTitle(words[nameStart]!.text)) {
      // ("the Regional Director of the World Health Organization (WHO)": the body the office is of is a name of its own.)
      const bodyFrom = nameStart + ofAt + (words[nameStart + ofAt + 1]?.text === "the" ? 2 : 1);
      const body = bodyFrom <= last ? text.slice(words[bodyFrom]!.start, words[last]!.start + words[last]!.text.length) : "";
      if (ORGANISATION_WORDS.test(body) && isCapitalised(words[bodyFrom]!.text)) spans.push({ start: words[bodyFrom]!.start, end: words[last]!.start + words[last]!.text.length, name: body, title: null, kind: "organisation" });
      i = last + 1;
      continue;
    }
    // "General Motors", "Judge Business School": capitalised title words that head an organisation's name are part of it.
    if (split > titleStart && words.slice(titleStart, split).every((w) => isCapitalised(w.text))) {
      const head = words.slice(split, last + 1).map((w) => w.text);
      const particle = head.findIndex((w) => PARTICLES.test(w));
      const beforeParticle = (particle > 0 ? head.slice(0, particle) : head).join(" ");
      // ("the General Data Protection Regulation": so are they that head the name of a law or an agreement.)
      if (namesABody(beforeParticle, true) || LAW_OR_AGREEMENT_HEAD.test(head.at(-1)!)) split = titleStart;
    }
    // "THE Nigeria Premier League": an article set in capitals to open a story is no part of the name ("THE HAGUE" is).
    if (words[split]!.text === "THE" && split < last && /\p{Ll}/u.test(words[split + 1]!.text)) titleStart = ++split;
    const first = words[split]!;
    const end = words[last]!.start + words[last]!.text.length;
    const name = text.slice(first.start, end);
    // ("Minister for Education and Skills Mr Colm Feeney": the office is the title, the courtesy title no part of it.)
    // ("Agriculture Principal Secretary Dr Wanjiru Kamau", "Religious Affairs Minister Datuk Seri Dr Hanif Yusoff": nor a
    // doctor's, a professor's, an engineer's, a knight's or a Malaysian honorific.)
    const ownTitle = split > titleStart ? text.slice(words[titleStart]!.start, first.start).trim().replace(COURTESY_AFTER_AN_OFFICE, "") : null;
    const title = ownTitle ?? (apposedTitle && looksPersonal(words.slice(split, last + 1).map((w) => w.text)) ? apposedTitle : null);
    // "Central Bank chairman Sergei Ignatiev", "automotive analyst Erich Merkle": a role noun in lower case before a name.
    const role = title ? null : roleBefore(text.slice(Math.max(0, first.start - 60), first.start));
    const kind = (role || postNominal) && !ORGANISATION_WORDS.test(name) ? "person" : classify(name, title);
    spans.push({ start: first.start, end, name, title: title ?? role, kind });
    i = runEnd + 1;
  }
  // ("Manila-based Golden Tide Shipping Corp": where a body is based is no part of its name; nor where it is listed or who
  // backs it: "Malaysia-listed Seri Mutiara Holdings", "Saudi-backed LIV Golf".)
  const found = withPossessiveNamesThatSpeak(text, joinPossessiveBusinessNames(text, joinByInitials(text, joinListedRemits(text, joinTitlesByAnd(text, spans))))).map((span) => {
    // ("The Bharatiya Janata Party-led alliance": a body's name of two words or more that leads or backs what follows is the body's.)
    const leading = / \p{Lu}[\p{L}.'’]*-(?:led|backed|owned|run|funded|linked|allied|aligned|controlled|dominated|sponsored)$/u.exec(span.name);
    const leader = leading ? span.name.slice(0, span.name.lastIndexOf("-")) : "";
    if (leading && ORGANISATION_WORDS.test(leader)) return { ...span, end: span.start + leader.length, name: leader, kind: span.kind === "unknown" ? classify(leader, span.title) : span.kind };
    const based = /^\p{Lu}[\p{L}.'’]*(?:\s\p{Lu}[\p{L}.'’]*)?-(?:based|listed|registered|headquartered|owned|backed|funded|born)\s+(?=\p{Lu})/u.exec(span.name);
    if (!based) return span;
    // ("the Recife-based Instituto Viver Oncologia": what the name is told by its own words, without where it is based.)
    const name = span.name.slice(based[0].length);
    return { ...span, start: span.start + based[0].length, name, kind: span.kind === "unknown" ? classify(name, span.title) : span.kind };
  });
  return text === given ? found : found.map((span) => ({ ...span, name: given.slice(span.start, span.end), title: span.title?.replace(/-in-(?=Charge\b)/g, " in ") ?? null }));
}

/**
 * "Moody's Investors Service", "McDonald's Corporation": a one-word name in the possessive, then a business's name that ends
 * in its legal form or "Service", is one business's name (not where the owner is a place: "Nigeria's Ministry of Health").
 */
function joinPossessiveBusinessNames(text: string, spans: NameSpan[]): NameSpan[] {
  const out = [...spans];
  for (let i = out.length - 2; i >= 0; i--) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (!/^['’]s $/.test(text.slice(a.end, b.start)) || a.name.includes(" ") || isKnownPlace(a.name) || b.kind !== "organisation") continue;
    if (!/\s(?:Service|Services|Corporation|Corp\.?|Company|Inc\.?|Ltd\.?|Limited|plc|PLC|Supermarkets|Restaurants|Stores|Brands)$/.test(b.name)) continue;
    out.splice(i, 2, { start: a.start, end: b.end, name: text.slice(a.start, b.end), title: null, kind: "organisation" });
  }
  return out;
}

/** The last word of the name of a law or an agreement: "General Data Protection Regulation", "Good Friday Agreement". */
const LAW_OR_AGREEMENT_HEAD = /^(?:Regulations?|Act|Directive|Convention|Treaty|Accord|Agreement|Protocol|Charter|Code|Bill)$/;

/**
 * "Moody's said in a note", "Sainsbury's says": a one-word name in the possessive with a verb of saying right after it, where
 * an owner would have its thing, is a business named so, the "'s" and all.
 */
function withPossessiveNamesThatSpeak(text: string, spans: NameSpan[]): NameSpan[] {
  return spans.map((span) => {
    if (span.name.includes(" ") || span.title || !POSSESSIVE_THEN_SAYING.test(text.slice(span.end, span.end + 24)) || isKnownPlace(span.name)) return span;
    const end = span.end + 2;
    return { ...span, end, name: text.slice(span.start, end), kind: "organisation" };
  });
}
const POSSESSIVE_THEN_SAYING = /^['’]s\s+(?:said|says|told|added|warned|noted|wrote|estimated|expects|expected|reported|announced|confirmed|cut|downgraded|upgraded|rated)\b/;

/**
 * "The Board of Control for Cricket in India (BCCI)": two names on either side of "in" are one, where the short name in
 * brackets after them is the initials of both. ("The Institution of Engineers, Sri Lanka (IESL)": or of a comma.)
 */
function joinByInitials(text: string, spans: NameSpan[]): NameSpan[] {
  const out = [...spans];
  for (let i = out.length - 2; i >= 0; i--) {
    const [a, b] = [out[i]!, out[i + 1]!];
    // ("the UN Food and Agriculture Organization (FAO)": or by "and", the initials perhaps after those of whose body it is.)
    if (!/^(?: in |, | and )$/.test(text.slice(a.end, b.start))) continue;
    // ("The Convention on International Trade in Endangered Species, or CITES, said": or set after ", or".)
    const short = acronymAfter(text, b.end) ?? /^,\s+or\s+(\p{Lu}{2,}[\p{Lu}\d&]*)\b(?![.'’-])/u.exec(text.slice(b.end, b.end + 20))?.[1] ?? null;
    const name = text.slice(a.start, b.end);
    const words = name.split(/\s+/).filter((w) => !/^(?:of|the|and|for|in|on|&)$/i.test(w));
    const initials = words.map((w) => w[0]).join("");
    const owned = /^\p{Lu}{2,3}$/u.test(words[0] ?? "") && initials.slice(1) === short;
    // ("National Agency for the Prohibition of Trafficking in Persons (NAPTIP)": "in" may give its letter too.)
    const withIn = name.split(/\s+/).filter((w) => !/^(?:of|the|and|for|on|&)$/i.test(w)).map((w) => w[0]!.toUpperCase()).join("");
    if (short && (short === initials || owned || short === withIn)) out.splice(i, 2, { start: a.start, end: b.end, name, title: null, kind: "organisation" });
  }
  return out;
}

const CAPITALISED_RUN = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*`;
/**
 * A body whose name lists what it is for: "Ministry of Housing, Communities and Local Government", "Department for
 * Environment, Food and Rural Affairs", as British and Commonwealth ministries are called.
 */
const LISTED_REMIT = new RegExp(
  String.raw`\b(?:Ministry|Department|Office|Secretariat|Committee|Commission|Council|Agency|Bureau|Institute|Centre|Center|School|Faculty|Minister|Secretary|Commissioner|MEC)(?:\s+of\s+State)?\s+(?:of|for)\s+(?:the\s+)?${CAPITALISED_RUN}(?:,\s+(?:the\s+)?${CAPITALISED_RUN})+,?\s+and\s+(?:the\s+)?${CAPITALISED_RUN}`,
  "gu",
);

/**
 * An office or a body whose remit, listed, comes before its head noun, after "the": "the Environment and Water Resources
 * Minister", "the Science, Technology and Innovation Minister", "the Health and Social Care Secretary", "the Foreign,
 * Commonwealth and Development Office", "the Philippine Atmospheric, Geophysical and Astronomical Services Administration";
 * not "the Treasury, Home Office and Cabinet Office", bodies listed.
 */
const REMIT_BEFORE_THE_HEAD = new RegExp(
  String.raw`(?<=\b[Tt]he\s+)${CAPITALISED_RUN}(?:,\s+${CAPITALISED_RUN})*,?\s+and\s+(?:\p{Lu}[\p{L}'’-]*\s+)*(?:Minister|Secretary|Ministry|Department|Office|Committee|Commission|Administration|Agency|Authority|Bureau|Board|Council|Institute|Service|Spokes(?:man|woman|person))\b`,
  "gu",
);

/**
 * A body or office for two fields, the second after "and the": "Minister of Employment and the Economy", "National Institute
 * for Public Health and the Environment". The second is a field only when it is one English word that is no body, office or
 * place of its own ("the Ministry of Finance and the Army", "… and the Governor of the Central Bank" list two).
 */
const TWO_FIELDS_REMIT = new RegExp(
  String.raw`(?:(?!The\s|\S+['’]s\s)\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Ministry|Department|Office|Secretariat|Committee|Commission|Council|Agency|Bureau|Institute|Centre|Center|Minister|Secretary|Commissioner)(?:\s+of\s+State)?\s+(?:of|for)\s+(?:the\s+)?${CAPITALISED_RUN}\s+and\s+the\s+(\p{Lu}\p{Ll}+)(?![\p{L}'’-]|\s+(?:of|for|\p{Lu}))`,
  "gu",
);
/** Words after "and the" that are bodies, offices or the state, not a field: "the Army", "the Governor", "the Government". */
const NOT_A_FIELD = /^(?:Army|Navy|Police|Government|Parliament|Senate|Congress|Assembly|Cabinet|Church|Court|Judiciary|Treasury|Ministry|Department|Governor|Minister|Secretary|President|Mayor|Premier|Chairman|Chair|Director|Commissioner|Council|Board|Commission|Committee|Opposition|Press|Media|Military|Crown|King|Queen|Prince|Princess|Pope|Vatican|Kremlin|Pentagon|Public|Prosecutor|Prosecution|Defence|Defense|Presidency|Palace|Union|Unions|Bank|Banks|Company|Companies|Industry)$/;

/** An item of a list that is a body by its own head noun ("Home Office" in "the Treasury, Home Office and Cabinet Office"). */
const LISTED_BODY = /\b(?:Office|Ministry|Department|Committee|Commission|Agency|Bureau|Board|Council|Authority|Administration|Institute|Service)(?=,|\s+and\b)/;

/**
 * Where `text` names a body by its listed remit, or an office by the remit before it (`office`: a person's post, not a
 * body); not "the Ministry of Defence, Britain and France", a list of places.
 */
export function listedRemits(text: string): Array<{ start: number; end: number; office: boolean }> {
  if (!text.includes(" and ")) return [];
  const out: Array<{ start: number; end: number; office: boolean }> = [];
  const keep = (match: RegExpExecArray, remit: string, office: boolean) => {
    if (!remit.split(/,\s+(?:and\s+)?|\s+and\s+/).some((item) => isKnownPlace(item))) out.push({ start: match.index, end: match.index + match[0].length, office });
  };
  // ("Minister for Agriculture, Food and the Marine", "Minister of State for Culture, Community and Youth": an office's too.)
  if (text.includes(", ")) for (const found of text.matchAll(LISTED_REMIT)) {
    const office = /^(?:Minister|Secretary|Commissioner|MEC)\b/.test(found[0]);
    const match = office ? withoutTheHolder(found) : found;
    keep(match, match[0].replace(/^.*?\s(?:of|for)\s+(?:the\s+)?/u, "").replace(/(?<=,\s+|and\s+)the\s+/g, ""), office);
  }
  // ("Minister of Employment and the Economy": or two fields, the second after "and the".)
  for (const match of text.matchAll(TWO_FIELDS_REMIT)) if (isEnglishWord(match[1]!) && !NOT_A_FIELD.test(match[1]!)) keep(match, match[0].replace(/^.*?\s(?:of|for)\s+(?:the\s+)?/u, "").replace(/(?<=and\s+)the\s+/g, ""), /^(?:Minister|Secretary|Commissioner)\b/.test(match[0]));
  // ("the UK's Competition and Markets Authority": whose the body is opens no remit.)
  for (const match of text.matchAll(REMIT_BEFORE_THE_HEAD)) if (!LISTED_BODY.test(match[0].replace(/\s+\S+$/, "")) && !/^\S+['’]s\s/u.test(match[0])) keep(match, match[0].replace(/\s+\S+$/, ""), /(?:Minister|Secretary|Spokes\p{Ll}+)$/u.test(match[0]));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * An office's listed remit without the holder's name its last item ran on into: "Minister for Industry, Business and
 * Financial Affairs" of "… Financial Affairs Mette Kjærgaard-Holm said".
 */
function withoutTheHolder(match: RegExpExecArray): RegExpExecArray {
  const last = /\sand\s+(?:the\s+)?(\S.*)$/u.exec(match[0]);
  if (!last) return match;
  const words = last[1]!.split(/\s+/);
  for (let k = 1; k <= words.length - 2; k++) {
    // (The name opens with a word that is no English one: "Affairs Mette Kjærgaard-Holm" is no name.)
    if (words.length - k > 4 || isEnglishWord(words[k]!) || !looksPersonal(words.slice(k))) continue;
    const kept = match[0].slice(0, last.index + last[0].length - last[1]!.length) + words.slice(0, k).join(" ");
    return Object.assign([kept], { index: match.index, input: match.input, groups: match.groups }) as RegExpExecArray;
  }
  return match;
}

/** The names a listed remit runs through are one name. */
function joinListedRemits(text: string, spans: NameSpan[]): NameSpan[] {
  let out = spans;
  for (const { start, end, office } of listedRemits(text)) {
    // ("… and Ecological Transition Pieter De Vleeschauwer": a name that runs on past an office's remit is the holder's, from there.)
    out = out.map((s) => {
      const from = end + (/^\s+/.exec(text.slice(end))?.[0].length ?? 0);
      if (!office || !(s.start >= start && s.start < end && s.end > from) || !/^\p{Lu}/u.test(text.slice(from, from + 1))) return s;
      return { ...s, start: from, name: text.slice(from, s.end) };
    });
    const inside = out.filter((s) => s.start >= start && s.end <= end);
    // (One name inside that is not the whole: "the Health and Social Care Secretary", where "Health" alone was no name.)
    if (inside.length === 0 || (inside.length === 1 && inside[0]!.start === start && inside[0]!.end === end)) continue;
    out = [...out.filter((s) => !inside.includes(s)), { start, end, name: text.slice(start, end), title: null, kind: office ? ("unknown" as const) : ("organisation" as const) }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** Courtesy titles and honours after an office, up to the name: " Mr" of "Minister for Education Mr", " Datuk Seri Dr" (not "Datuk Seri" alone). */
const COURTESY_WORD = String.raw`(?:Mr|Mrs|Ms|YB|YAB|Hon|Dr|Prof|Engr?|Sir|Dame|Datuk|Dato['’]?|Datin|Seri|Sri|Tan|Tun)\.?`;
const COURTESY_AFTER_AN_OFFICE = new RegExp(String.raw`(?<=(?:^|\s)(?!${COURTESY_WORD}(?:\s|$))[^\s]+)(?:\s+(?:the\s+)?${COURTESY_WORD})+$`);

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
const MONTH_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;

/**
 * "4th Estate Books", "21st Century Fox", "82nd Airborne Division": an ordinal opens a name when two
 * capitalised words follow it, not in a date ("March 4th Smith said").
 */
function opensWithOrdinal(text: string, words: ReadonlyArray<{ text: string; start: number }>, i: number): boolean {
  const [word, next, after] = [words[i]!, words[i + 1], words[i + 2]];
  if (!ORDINAL.test(word.text) || !next || MONTH_WORD.test(words[i - 1]?.text ?? "")) return false;
  // ("Councilwoman Patricia Heddleston, 4th Ward,": an ordinal before a word for a city's district, alone.)
  if (/^(?:Ward|Precinct)$/.test(next.text) && adjacent(text, word, next, false)) return true;
  if (!after) return false;
  return [next, after].every((w) => isCapitalised(w.text) && !NOT_NAMES.has(w.text)) && adjacent(text, word, next, false) && adjacent(text, next, after, false);
}

// ("Engr. Sunday Olaniyan", "Mr Monday Okafor": weekdays are given names in Nigeria and Ghana.)
const CALENDAR_GIVEN_NAME = /^(?:April|May|June|July|August|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** "the Comelec’s Second Division", "the Fifth Circuit", "Third Army": an ordinal in words that opens the name of a body. */
function opensWithWordOrdinal(text: string, words: ReadonlyArray<{ text: string; start: number }>, i: number): boolean {
  const [word, next] = [words[i]!, words[i + 1]];
  return next !== undefined && WORD_ORDINAL.test(word.text) && ORDINAL_BODY.test(next.text) && adjacent(text, word, next, false);
}
const WORD_ORDINAL = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)$/;
/** An ordinal in words with a name's word right after it: "Second" in "Court of Second Instance". */
function ordinalInsideAName(text: string, words: ReadonlyArray<{ text: string; start: number }>, i: number): boolean {
  const [word, next] = [words[i]!, words[i + 1]];
  return next !== undefined && WORD_ORDINAL.test(word.text) && isCapitalised(next.text) && !NOT_NAMES.has(next.text) && adjacent(text, word, next, false);
}
const ORDINAL_BODY = /^(?:Division|Circuit|Chamber|Army|Corps|Fleet|Battalion|Brigade|Regiment|District|Section|Bench)$/;

/** "Rabobank", "Sberbank", "Handelsbanken": a bank's name with the word glued on, which is a surname's shape too. */
const GLUED_BANK = /\b[A-Z][a-z]+bank(?:en)?\b/g;
/** Whether a name holds a word that heads an organisation's; after a person's title, a word glued to "bank" is a surname ("Judge Helen Marchbank", "Dr Anna Fairbank"). */
function namesABody(name: string, personal: boolean): boolean {
  return ORGANISATION_WORDS.test(personal ? name.replace(GLUED_BANK, "") : name);
}

function classify(name: string, title: string | null): NameSpan["kind"] {
  // "4th Estate Books", "82nd Airborne Division": a name opened by an ordinal is never a person's.
  if (namesABody(name, title !== null) || /^[A-Z]{2,6}$/.test(name) || /^\d/.test(name)) return "organisation";
  // ("Transport Scotland", "Health New Zealand", "Sport England": a field of government before a nation is a department.)
  if (!title && fieldOfANation(name)) return "organisation";
  // "Physicians for Human Rights", "Doctors Without Borders": a personal name holds no "for" or "without"
  // (an office does: "High Commissioner for Refugees Antonio Guterres").
  if (/\s(?:for|without)\s/i.test(name) && !name.split(/\s+/).some((word) => isTitle(word))) return "organisation";
  // "Amnesty International", "Transparency International", "Human Rights Watch": a body's name by its last word, or
  // a company's by the form written before it ("PT Sawit Borneo Lestari").
  // ("Kwikcash Finance Limited", "Lee Quay Developments": or a company's form or trade written after it; not "Steel" or "Mills",
  // which are surnames too.)
  const lastWord = name.split(/\s+/).pop()!;
  if ((/\s(?:International|Watch)$/.test(name) || CORPORATE_PREFIX.test(name) || (name.includes(" ") && isBusinessWord(lastWord) && !/^(?:Steel|Mills)$/.test(lastWord))) && !title) return "organisation";
  if (title) return "person";
  // A personal name without a title is told by what follows it (see actors.ts), not by its shape.
  return "unknown";
}

/** A title word inside the run from `nameStart`, then a personal name of two to four words that ends before `at`. */
function titledNameBefore(words: ReadonlyArray<{ text: string }>, nameStart: number, at: number): boolean {
  for (let length = 2; length <= 4 && at - length - 1 >= nameStart; length++) {
    const nameFrom = at - length;
    if (isTitle(words[nameFrom - 1]!.text, words[nameFrom]!.text) && looksPersonal(words.slice(nameFrom, at).map((x) => x.text))) return true;
  }
  return false;
}

function looksPersonal(parts: string[]): boolean {
  // ("Kwikcash Finance Limited": a company's suffix ends no person's name; "MPs", "NGOs", initials in the plural, are none.)
  // ("Joost van Dam": with a family name's particle between its words.)
  return parts.length >= 1 && parts.length <= 4 && parts.every((p, i) => (PERSONAL_NAME_WORD.test(p) && !PLURAL_INITIALS.test(p)) || GLUED_PARTICLE.test(p) || (i > 0 && i < parts.length - 1 && NAME_PARTICLE.test(p))) && !ORGANISATION_WORDS.test(parts.join(" ")) && !parts.every((p) => isTitle(p)) && !CORPORATE_SUFFIX.test(parts.at(-1)!);
}

const PLURAL_INITIALS = /^\p{Lu}{2,}s$/u;

/** How a word of a personal name is written: "Sharon", "Iringe-Koko", "McGowan", "O'Brien", or an initial. */
// ("O'Regan", "D'Souza": a capital after the apostrophe.)
// ("Dlamini-Khoza", "Okonjo-Reid": a double-barrelled name, each part capitalised.)
// ("V.R. Srinivasan": initials run together, as Indian papers write them; not a country's, "U.S.".)
const PERSONAL_NAME_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$|^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$|^(?:\p{Lu}['’])?\p{Lu}\p{Ll}*\p{Lu}\p{Ll}+$|^\p{Lu}['’]\p{Lu}\p{Ll}+$|^\p{Lu}\.$|^(?!(?:U\.S|U\.K|U\.N|E\.U)\.$)(?:\p{Lu}\.){2,3}$/u;

/**
 * A title word, ranks joined by a hyphen ("Brigadier-General", "Vice-Admiral"), or a word that is a
 * title only before another ("Crown Prince", but the car "Crown Victoria").
 */
function isTitle(word: string, next?: string): boolean {
  // "King County", "General Hospital", "President Street": before a word for a place, a title word is part of its name.
  // (Not a courtesy title: "Ms. Park" is a woman, the Korean surname; nor a scholar's or a doctor's: "Professor Park".)
  if (next !== undefined && PLACE_HEAD.test(next) && !/^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?$/.test(word)) return false;
  // "Transport Canada", "Health Canada": before a country, the field of an office names a government department
  // ("Queen Victoria" is a queen).
  // ("Health New Zealand", "Sport South Africa": or before the first word of a country's name of two or more.)
  // ("Transport Scotland", "Education Wales": or before a nation of the United Kingdom, which countries-list lists as one.)
  if (next !== undefined && OFFICE_FIELDS.test(word) && (isKnownPlace(next) || FIRST_WORDS_OF_COUNTRIES.has(next) || NATIONS_OF_THE_UK.test(next))) return false;
  // ("State House said", "the Health Department", "Richland Valley Health System": so does it before a word for a body,
  // a health system, or its building.)
  // ("the Alberta Energy Regulator", "the Health Inspectorate": or before a word for a body that oversees a field.)
  if (next !== undefined && OFFICE_FIELDS.test(word) && (/^(?:House|Hall|Regulator|Watchdog|Inspectorate|Directorate)$/.test(next) || ORGANISATION_WORD_ALONE.test(next))) return false;
  // ("Council Member Rick Thorsgaard" is titled; "EU Member States" are countries.)
  if (word === "Member" && next !== undefined && /^(?:States?|Nations|Countries|Governments|Organi[sz]ations)$/.test(next)) return false;
  // ("the Syndicate of Private Hospitals", "the FIBA General Statutes": before an English plural, a rank is an adjective.)
  if (next !== undefined && /^(?:Private|General)$/.test(word) && /^\p{Lu}\p{Ll}+s$/u.test(next) && isEnglishWord(next.slice(0, -1)) && isEnglishWord(next)) return false;
  // ("the think tank Transport Futures", "Health Workers United": nor is an office's field before one.)
  if (next !== undefined && OFFICE_FIELDS.test(word) && /^\p{Lu}\p{Ll}+s$/u.test(next) && isEnglishWord(next) && !TITLE_WORDS.has(next)) return false;
  // ("the Major Crime Squad", "Major League Baseball": "Major" as an adjective before what a body deals in.)
  if (word === "Major" && next !== undefined && /^(?:Crimes?|Incidents?|Investigations?|Projects?|Events?|Works|Leagues?|Trauma|Fraud|Organised|Organized|Hazards?)$/.test(next)) return false;
  // ("Arc. Okwudili Obi", "Pharm. Olufemi Adebayo": an architect's or a pharmacist's title only with its full stop; "Arc Resources"
  // and "the Arc Light Festival" are names.)
  if (/^(?:Arc|Pharm)$/.test(word)) return false;
  if (TITLE_WORDS.has(stripDot(word))) return true;
  // ("Co-author Marcus Feld", "Ex-captain Ravi Shastri": a role shared or held before, hyphened, opening a sentence.)
  if (SHARED_OR_FORMER_ROLE.test(word)) return true;
  // ("Officer-in-Charge", "Commander-in-Chief": a title in charge of something.)
  if (/^\p{Lu}\p{Ll}+-in-(?:Charge|Chief)$/u.test(word)) return TITLE_WORDS.has(word.split("-")[0]!);
  if (word.includes("-")) return word.split("-").every((part) => TITLE_WORDS.has(part));
  return next !== undefined && TITLE_BEFORE.get(word)?.has(next) === true;
}
const SHARED_OR_FORMER_ROLE = /^(?:Co|Ex)-(?:author|founder|chair|chairman|chairwoman|chairperson|pilot|director|owner|host|captain|leader|manager|editor|writer|creator|star|sponsor|president|coach|convenor|convener|principal|investigator|presenter|defendant|accused|worker)$/;
export const PLACE_HEAD = /^(?:County|City|Street|Road|Avenue|Square|Island|Islands|Park|Bridge|Hospital|Airport|Station|Stadium|Bay|River|Lake|Valley|Township|Parish|District)$/;
const TITLE_BEFORE = new Map([
  ["Crown", new Set(["Prince", "Princess"])],
  ["Grand", new Set(["Ayatollah", "Mufti", "Duke", "Duchess", "Imam"])],
  ["Tan", new Set(["Sri"])],
  ["Toh", new Set(["Puan"])],
  // ("Associate Professor Lim Hui Min", "Assistant Professor Jane Smith".)
  ["Associate", new Set(["Professor", "Prof", "Prof."])],
  ["Assistant", new Set(["Professor", "Prof", "Prof.", "Commissioner"])],
  // ("Religious Affairs Minister Datuk Seri Dr Hanif Yusoff": the affairs an office covers.)
  ...["Religious", "Consumer", "Veterans", "Indigenous", "Aboriginal", "Economic", "Social", "Legal", "Cultural", "Political", "Maritime", "Regional", "Rural", "Urban"].map((field) => [field, new Set(["Affairs"])] as const),
]);

/**
 * The run "X Y of Z W" that opens at `from`, with "of" (or "and") at `of`, is followed by its initials in brackets:
 * "(LTTE)", "Albay Public Safety and Emergency Management Office (APSEMO)".
 */
function spelledByInitials(text: string, words: Array<{ text: string; start: number }>, from: number, of: number): boolean {
  const rest = runAfter(text, words, of + 1);
  if (!rest) return false;
  const restStart = words[words[of + 1]?.text === "the" ? of + 2 : of + 1]!.start;
  const initials = `${words.slice(from, of).map((x) => x.text).join(" ")} ${rest}`.split(" ").map((x) => x[0]).join("");
  return new RegExp(`^\\s*\\(${initials}\\)`).test(text.slice(restStart + rest.length));
}

/**
 * Whether the article writes, as a word of its own, the initials of the run from `from` through the "and" at `and` and the
 * capitalised words after it ("HM Revenue and Customs … an HMRC spokesperson"): three letters at least, a word in capitals
 * giving all its letters and "of", "for" or "the" none.
 */
function initialledInDocument(text: string, words: Array<{ text: string; start: number }>, from: number, and: number, documentInitials: ReadonlySet<string>): boolean {
  if (documentInitials.size === 0) return false;
  const rest = runAfter(text, words, and + 1);
  if (!rest) return false;
  const parts = [...words.slice(from, and).map((x) => x.text), ...rest.split(" ")].filter((w) => /^\p{Lu}/u.test(w));
  return documentInitials.has(initialsKeepingCapitals(parts));
}

/** The initials of a name's words, a short word in capitals giving all its letters: "HM Revenue Customs" → "HMRC". */
export function initialsKeepingCapitals(words: readonly string[]): string {
  return words.map((w) => (/^\p{Lu}{2,3}$/u.test(w) ? w : w[0])).join("");
}
const NO_INITIALS: ReadonlySet<string> = new Set();

/** The words in capitals, three letters or more, an article writes: the initials it may call a body by. */
export function initialsWritten(text: string): Set<string> {
  return new Set(text.match(/\b\p{Lu}{3,}\b/gu) ?? []);
}

/** A title word before the "of" at `of`, and after it a body's one word, then a full name: "Member of Parliament Nadia Rahim". */
function officeBeforeItsHolder(text: string, words: Array<{ text: string; start: number }>, of: number): boolean {
  const after = runAfter(text, words, of + 1).split(" ");
  return isTitle(words[of - 1]!.text) && after.length >= 3 && after.length <= 5 && looksPersonal(after.slice(1)) && !looksPersonal(after);
}

/** The capitalised words from `from` on, after any "the", as text: the name that "of" leads to. */
function runAfter(text: string, words: Array<{ text: string; start: number }>, from: number): string {
  let k = words[from]?.text === "the" ? from + 1 : from;
  const first = k;
  while (words[k] && isNamePart(words[k]!.text) && adjacent(text, words[k - 1], words[k]!, false)) k++;
  return words.slice(first, k).map((w) => w.text).join(" ");
}

/**
 * An Arabic article or patronymic glued to a capitalised name: "al-Assad", "al-Qaeda", "bin-Laden"; or a French or
 * Italian one elided onto it: "Côtes d'Armor", "Côte d'Ivoire", "Jean d'Ormesson".
 */
const GLUED_PARTICLE = /^(?:(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd)-|[dl]['’])(?=\p{Lu})/u;

/** A word that can be part of a name: capitalised, or capitalised after a glued particle. */
function isNamePart(word: string): boolean {
  // "N3", "R180", "Rs5m": an amount with its currency glued on is no part of a name ("fined Osun Comets FC N3 million").
  // ("Fourteen-year-old Riddhi Sawant": an age opening the sentence is no part of the name after it.)
  return (isCapitalised(word) || GLUED_PARTICLE.test(word)) && !GLUED_AMOUNT.test(word) && !AGE_WORD.test(word);
}
const AGE_WORD = /-(?:year|month|week)-old$/;

/** "NIS 48 million", "TL 5 billion", "USD 5 million": a currency's code before an amount, which names no one. */
// ("C$128,000", "NZ$4m", "HK$2 billion": nor do the letters that say whose dollar.)
/** A unit written with capitals right after its number: "3.5 GHz", "200 MW", "100 Mbps". */
function isAUnitAfterANumber(text: string, word: { text: string; start: number }): boolean {
  return CAPITALISED_UNIT.test(word.text) && /\d\s?$/.test(text.slice(Math.max(0, word.start - 2), word.start));
}
const CAPITALISED_UNIT = /^(?:[kMGT]?Hz|[kMGT]Wh?|[kMG]bps|[KMGT]B|mAh|[kM]V|MVA)$/;

function namesACurrencyBeforeAnAmount(text: string, word: { text: string; start: number }): boolean {
  const after = text.slice(word.start + word.text.length, word.start + word.text.length + 2);
  return (CURRENCY_CODE.test(word.text) && /^\s\d/.test(after)) || (/^\p{Lu}{1,3}$/u.test(word.text) && /^\$\d/.test(after));
}
const CURRENCY_CODE = new RegExp(String.raw`^(?:${CURRENCY_CODES}|${GLUED_CURRENCIES})$`);
const GLUED_AMOUNT = new RegExp(String.raw`^(?:${LONE_CAPITAL_CURRENCY}|${GLUED_CURRENCIES})\d[\d.,]*(?:m|bn|mn|k|mil|bil|tr)?$`);

function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(word);
}

/** Possessives and sentence-final dots are not part of a name; the dots of abbreviations and initials are. */
function trimWord(word: string): string {
  // Most words end in a letter or digit and keep all of it.
  const last = word[word.length - 1]!;
  if (last !== "." && last !== "'" && last !== "’" && !(last === "s" && /['’]/.test(word[word.length - 2] ?? ""))) return word;
  const bare = word.replace(/['’]s?$/, "");
  if (/^(\p{Lu}\.)+$|^\p{Lu}\p{Ll}{0,4}\.$/u.test(bare) && (TITLE_WORDS.has(bare) || NAME_ABBREVIATIONS.has(bare) || /^(\p{Lu}\.)+$/u.test(bare))) return bare;
  // ("Lt. j.g.": a lieutenant's grade keeps its last full stop.)
  if (bare === "j.g.") return bare;
  return bare.replace(/[.'’]+$/, "");
}

function stripDot(word: string): string {
  return TITLE_WORDS.has(word) ? word : word.replace(/\.$/, "");
}

/** Two words of one name stand next to each other: only spaces (or nothing for "Lt-Gen") between. */
function adjacent(text: string, a: { text: string; start: number } | undefined, b: { text: string; start: number }, first: boolean): boolean {
  if (first || !a) return true;
  const gap = text.slice(a.start + a.text.length, b.start);
  // "People's Protection Units", "Workers' Party": a group noun in the possessive inside an organisation's name.
  if (/^['’]s? $/.test(gap) && GROUP_POSSESSORS.has(a.text)) return true;
  // "Tenants’ Association", "Nurses' Union", "Jazz Musicians’ Benevolent Fund": any plural in the possessive before a
  // body's head word, maybe a word or two after it.
  // ("Mbour Artisanal Fishermen's Union", "Seamen's Union": or a plural in "-men", whose possessive takes "'s".)
  if (((/^['’] $/.test(gap) && /s$/.test(a.text)) || (/^['’]s $/.test(gap) && /\p{L}men$/u.test(a.text))) && POSSESSED_BODY.test(text.slice(b.start, b.start + 60))) return true;
  // ("The Alzheimer's Society", "the Prince's Trust": a name in the possessive after "the", before a body's head word.)
  // (Not a body's initials owning a part of it: "the CBN's Monetary Policy Committee".)
  if (/^['’]s $/.test(gap) && /\b[Tt]he\s+$/.test(text.slice(Math.max(0, a.start - 4), a.start)) && /\p{Ll}/u.test(a.text) && !isKnownPlace(a.text) && /^(?:Society|Trust|Fund|Association|Union|Club|Institute|League|Foundation|Federation)$/.test(b.text)) return true;
  // "Sonoma County Sheriff's Office", "Attorney General's Office": a possessive before an organisation's head word.
  if (/^['’]s $/.test(gap) && /^(?:Office|Department|Hospital|Bureau|Service|Agency)$/.test(b.text)) return true;
  // "Faber & Faber", "Procter & Gamble": an ampersand joins the words of one name.
  if (gap === " & ") return true;
  return /^[ .]?$|^\s$/.test(gap) && !gap.includes("\n");
}

const POSSESSED_BODY = /^(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Association|Union|Federation|Confederation|Party|League|Council|Alliance|Organi[sz]ation|Society|Fund|Trust|Club|Group|Movement|Front|Committee|Forum|Network|Coalition|Guild|Institute|Congress|Assembly|Collective|Initiative|Campaign|Voice|Watch|Action|Platform|Rights|Charter)s?\b/u;

/** Plural nouns for groups of people that organisation names put in the possessive. */
const GROUP_POSSESSORS = new Set("People Peoples Women Workers Children Veterans Farmers Doctors Journalists Nations Mothers Teachers Students Employees Citizens Consumers Pensioners Soldiers Martyrs Mujahideen Writers Artists Traders Shareholders".split(" "));

/** What sets a son or a grandson apart from the father whose name he bears: "III", "Jr.". */
export const GENERATION_MARK = /^(?:II|III|IV|Jr\.?|Sr\.?)$/;

/** The last word of a personal name, before any generation's mark: how later sentences refer to the person ("Selo added"). */
export function surnameOf(name: string): string {
  const parts = name.split(/\s+/).filter((p) => !/^\p{Lu}\.$/u.test(p));
  if (parts.length > 2 && GENERATION_MARK.test(parts[parts.length - 1]!)) parts.pop();
  return parts[parts.length - 1] ?? name;
}

/** The forms a surname is written in: "al-Assad" is also "Assad". */
export function surnameForms(name: string): string[] {
  const surname = surnameOf(name);
  const bare = surname.replace(GLUED_PARTICLE, "");
  // ("Annelie van Wyk … Van Wyk said", "Ursula von der Leyen … von der Leyen": a Dutch, German or Romance family name keeps
  // the small words before it, capitalised where a sentence opens.)
  // ("Sophie Van den Broeck": the first small word may be written capitalised.)
  // (Built only for a name with such a word in it: compiling a pattern for every name cost a twentieth of the extraction.)
  const particled = HAS_A_FAMILY_NAME_PARTICLE.test(name) ? new RegExp(`(?<=^\\S.*\\s)(?:${FAMILY_NAME_PARTICLES}\\s+)+${literalPattern(surname)}$`, "iu").exec(name)?.[0] : undefined;
  const withParticles = particled ? [particled, particled[0]!.toUpperCase() + particled.slice(1)] : [];
  // ("Badr bin Sultan al-Rumhi … Al Rumhi said": the Arabic article is written capitalised, and apart, as often as glued.)
  const article = /^(?:al|el)-(?=\p{Lu})/iu.exec(surname)?.[0];
  const articleForms = article ? [`${article[0]!.toUpperCase()}${article[1]} ${bare}`, `${article[0]!.toUpperCase()}${article[1]}-${bare}`] : [];
  return [...new Set([...(bare !== surname ? [surname, bare] : [surname]), ...withParticles, ...articleForms])];
}
/** Small words a family name keeps before it in Dutch, German, French, Italian, Spanish, Portuguese and Swedish names. */
export const FAMILY_NAME_PARTICLES = "(?:van|von|der|den|de|du|da|del|della|di|dos|das|le|la|af|zu|ter)";
const HAS_A_FAMILY_NAME_PARTICLE = new RegExp(`\\s${FAMILY_NAME_PARTICLES}\\s`, "i");

/** An acronym defined in parentheses right after a name: "Syrian Democratic Forces (SDF)". */
export function acronymAfter(text: string, end: number, name?: string): string | null {
  // ("the U.N. Office for the Coordination of Humanitarian Affairs, or OCHA,": set off by "or", only initials of the name's
  // own words, in order.)
  const orShort = name ? /^,\s+or\s+(\p{Lu}{2,8})(?=[\s,.;:)])/u.exec(text.slice(end, end + 16))?.[1] : undefined;
  if (orShort && initialsOfTheWords(name!).includes(orShort)) return orShort;
  const m = /^\s*\(([\p{Lu}][\p{Lu}\p{N}&.-]{1,9})\)/u.exec(text.slice(end, end + 16));
  // ("Buenos Aires (AFP) - Argentine …": a dateline's agency in brackets before its dash is no short name of the place.)
  if (m) return /^\s*[-—–]/.test(text.slice(end + m[0].length, end + m[0].length + 4)) ? null : m[1]!;
  // "US Central Command (Centcom)", "the state Tourism Secretariat (Sedetur)": a short name written as a word, whose
  // first letter opens a word of the name.
  // ("the African Export-Import Bank (Afreximbank)": however long the word.)
  // ("the National Search and Rescue Agency (Basarnas)": or a short name in the body's own language, a word English lacks.)
  const word = name && ORGANISATION_WORDS.test(name) ? /^\s*\((\p{Lu}\p{Ll}{2,14})\)/u.exec(text.slice(end, end + 20))?.[1] : undefined;
  if (word && (name!.split(/\s+/).some((w) => w[0] === word[0]) || !isEnglishWord(word.toLowerCase())) && !isKnownPlace(word) && !isPlaceWord(word)) return word;
  // ("Department of Education (DepEd)", "Philippine Health Insurance Corporation (PhilHealth)": one made of the openings of
  // the name's words, each written with its capital.)
  const clipped = name ? /^\s*\(((?:\p{Lu}\p{Ll}*){2,4})\)/u.exec(text.slice(end, end + 20))?.[1] : undefined;
  // ("Department of Transportation (DOTr)": "of" may give its letter too.)
  if (clipped && (isClippedFrom(clipped, name!) || isClippedFrom(clipped, name!, true))) return clipped;
  // ("Korea e-Sports Association (KeSPA)": or mostly capitals, whose letters run through the name in order, the opening of
  // each of its words among its capitals; not "Ministry of Health (MoDeP)".)
  const mixed = name ? /^\s*\((\p{Lu}\p{L}{2,8})\)/u.exec(text.slice(end, end + 20))?.[1] : undefined;
  return mixed && (mixed.match(/\p{Lu}/gu)?.length ?? 0) >= 3 && ORGANISATION_WORDS.test(name!) && spellsThrough(mixed, name!) ? mixed : null;
}

/** The first letters of a name's words, leaving out the small ones: "OCHA" of "Office for the Coordination of Humanitarian Affairs". */
function initialsOfTheWords(name: string): string {
  return name.split(/\s+/).filter((w) => !/^(?:of|the|and|for|on|in|&)$/i.test(w)).map((w) => w.charAt(0)).join("");
}

/** Whether a short name's letters run through the name in order, with the first letter of each word of the name among its capitals. */
function spellsThrough(short: string, name: string): boolean {
  const words = name.split(/\s+/).filter((w) => !/^(?:of|the|and|for|&)$/i.test(w)).map((w) => w.replace(/^[ei]-/, ""));
  const capitals = (short.match(/\p{Lu}/gu) ?? []).join("");
  let at = 0;
  for (const word of words) {
    at = capitals.indexOf(word[0]!.toUpperCase(), at);
    if (at < 0) return false;
    at++;
  }
  const letters = words.join("").toLowerCase();
  let from = 0;
  for (const letter of short.toLowerCase()) {
    from = letters.indexOf(letter, from);
    if (from < 0) return false;
    from++;
  }
  return true;
}

/** "DepEd" of "Department of Education": each capitalised piece opens the next word of the name, from its first word on. */
function isClippedFrom(short: string, name: string, smallWordsToo = false): boolean {
  const pieces = short.match(/\p{Lu}\p{Ll}*/gu) ?? [];
  const words = smallWordsToo ? name.split(/\s+/).map((w) => (/^(?:of|and|for)$/.test(w) ? w.toUpperCase() : w)) : name.split(/\s+/).filter((w) => !/^(?:of|the|and|for|&)$/i.test(w));
  // ("Malaysian Meteorological Department (MetMalaysia)": or pieces of three letters and more, each opening a word of the
  // name, in another order.)
  const used = new Set<number>();
  if (pieces.length >= 2 && pieces.every((p) => p.length >= 3) && pieces.every((p) => { const i = words.findIndex((w, k) => !used.has(k) && w.startsWith(p)); used.add(i); return i >= 0; })) return true;
  let at = 0;
  for (const [i, piece] of pieces.entries()) {
    while (at < words.length && !words[at]!.startsWith(piece)) {
      if (i === 0) return false;
      at++;
    }
    if (at === words.length) return false;
    at++;
  }
  return pieces.length >= 2 && pieces.some((p) => p.length > 1);
}

export { TITLE_WORDS };

/** A business's name by its last word, though no company's form: "Courier Newspapers", "Calloway Energy", "Catalyst Risk Analytics". */
const BUSINESS_LAST_WORD = /^(?:Nutrition|Publications|Biologicals|Biologics|Biosciences|Vaccines|Laboratories|Products|Paper|Pulp|Timber|Lumber|Fertilizers|Fertilisers|Garments|Batteries|Polymers|Paints|Trading|Mining|Resources|Platinum|Gold|Silver|Uranium|Lithium|Nickel|Zinc|Minerals|Metals|Diamonds|Coal|Copper|Energy|Shipping|Steel|Oil|Petroleum|Refining|Refinery|Refineries|Chemicals|Pharma|Electronics|Electric|Electrical|Chemical|Instruments|Semiconductor|Optical|Textiles|Mills|Analytics|Fintech|Interactive|Cement|Insurance|Terminals|Mobile|Wireless|Broadband|Telecoms|Systems|Technologies|Industries|Motors|Logistics|Foods|Airlines|Airways|Pharmaceuticals|Farmacêutica|Farmacéutica|Farmaceutica|Pharmaceutique|Solutions|Enterprises|Manufacturing|Brands|Ventures|Software|Semiconductors|Residential|Properties|Realty|Homes|Developments|Construction|Builders|Appliance|Appliances|Beverages|Creamery|Creameries|Dairy|Bakery|Bakeries|Distillery|Distilleries|Apparel|Automotive|Aerospace|Plastics|Packaging|Freight|Line|Trucking|Cloud|Digital|Robotics|Payments|Biotech|Therapeutics|Diagnostics|Air|Engineering|Bus|Buses|Coaches|Transit|Metro|Rail|Trams|Tramways|Transport|Brokers|Broking|Brokerage|Research|Supermarkets|Supermarket|Grocers|Grocery|Groceries|Stores|Retail|Retailers|Pharmacies|Pharmacy|Drug|Drugs|Chemists|Mobility|Hotels|Resorts|Brewery|Breweries|Fisheries|Seafoods|Cosmetics|Tobacco|Consultants|Consulting|Consultancy|Contractors|Engineers|Architects|Surveyors|Travel|Holidays|Express|Financial|Motorsport|Motorsports|Racing|Chocolatiers|Chocolates|Confectionery|Confectioners|Jewellers|Jewelers|Wines|Winery|Wineries|Vineyards|Farms|Controls|Signalling|Machinery|Equipment|Devices|Networks|Labs|Components|Processors|Processing|Producers|Packers|Poultry|Meats|Abattoirs|Millers|Growers|Plantations|Estates)$/;

/** A company form written before the name: Indonesia's "PT", Russia's and Ukraine's "PJSC", "OAO". */
// ("Supermercados Cordillera", "Grupo Bimbo", "Constructora Andina": Spanish, Portuguese, French and Italian names open with the
// trade or the form.)
// ("Laboratório Vitória Farmacêutica", "Instituto Viver Oncologia": or with what kind of body it is, a laboratory, an institute, a
// foundation, a cooperative.)
export const CORPORATE_PREFIX = /^(?:(?:PT|PJSC|JSC|OJSC|CJSC|OAO|ZAO|OOO|PAO)\.?|Grupo|Groupe|Gruppo|Banco|Banca|Banque|Supermercados|Supermercado|Constructora|Construtora|Transportes|Almacenes|Farmacias|Laboratorios|Laboratório|Laboratórios|Laboratoire|Laboratoires|Laboratori|Instituto|Institut|Istituto|Fundación|Fundação|Fondazione|Cooperativa|Empresa|Industrias|Inversiones|Compañía|Companhia|Compagnie|Société|Empresas|Aerolíneas|Cervecería|Distribuidora|Inmobiliaria|Minera|Mineração|Naviera|Petróleos|Tiendas|Hoteles|Seguros)\s(?=\p{Lu})/u;

/** What a company's full name may add to its short one: "General Motors Corp.", "Apple Inc.". */
// ("Dongseo E&C": a company's trade in initials joined by "&", engineering and construction.)
export const CORPORATE_SUFFIX = /^(?:[A-Z]{1,2}&[A-Z]{1,2}|S\.A|S\.L|S\.p\.A|N\.V|B\.V|C\.A|Corp|Corporation|Inc|Incorporated|Co|Company|Ltd|Limited|plc|PLC|Plc|LLC|AG|SA|NV|SE|Oy|Oyj|AB|ASA|KG|SAS|SARL|Srl|SRL|Ltda|Kft|Bhd|Berhad|Tbk|GmbH|Pty|Pte|BV|SpA|Group|Holdings|Facilities|Services|Industries|Enterprises|Technologies|Systems?|Partners|Associates|Labs|Laboratories|Studios|Software|Solutions|Networks|Media|Capital|Ventures|Pharmaceuticals|Motors|Airlines|Airways|Ferries|Railways?|Newspapers|Publishing|Breweries|Brewery|Dairies|Foods|Farms|Promotions|Productions|Records|Entertainment|Tours|Cruises|Lines|Logistics|Securities|Telecom|Communications|Pictures)\.?$/;

/** A last word that makes a name a business's: a company's form ("Inc.", "Airways") or what it does ("Energy", "Fintech"). */
export function isBusinessWord(word: string): boolean {
  // ("Microelectronics", "Biopharmaceuticals", "Petrochemicals": a trade's word after a combining form is the trade.)
  const combined = COMBINING_FORM.exec(word);
  return CORPORATE_SUFFIX.test(word) || BUSINESS_LAST_WORD.test(word) || (combined !== null && BUSINESS_LAST_WORD.test(combined[1]!.charAt(0).toUpperCase() + combined[1]!.slice(1)));
}
const COMBINING_FORM = /^(?:Micro|Nano|Bio|Agro|Agri|Petro|Opto|Tele|Aero|Hydro|Geo|Cyber|Photo|Thermo|Electro)(\p{Ll}{4,})$/u;
