import { describe, expect, it } from "vitest";
import type { Quote } from "../schema/index.js";
import fc from "fast-check";
import { extractArticle } from "./index.js";
import { looksLikePersonalName, resolveSpeaker, SPEECH_VERBS, speechVerbs } from "./speakers.js";
import { testArticle } from "./test-article.js";

function quotesOf(text: string): Quote[] {
  return extractArticle(testArticle(text)).quotes;
}

/** Who each quotation in the text is given to, in order. */
function speakersOf(text: string): Array<string | null> {
  return quotesOf(text).map((q) => q.speaker);
}

function actorsOfText(text: string) {
  return extractArticle(testArticle(text), { only: ["actors"] }).actors;
}

function only(text: string): Pick<Quote, "text" | "speaker" | "partial"> {
  const [quote] = quotesOf(text);
  return { text: quote!.text, speaker: quote!.speaker, partial: quote!.partial };
}

describe("resolveSpeaker without the article's text", () => {
  it("reads a description of an office as itself, with no text to look back in", () => {
    expect(resolveSpeaker("the coach", null, { actors: [], sayers: [] }, 0)?.name).toBe("coach");
  });
});

describe("bodies", () => {
  it("gives a body's panel, written with the initials the text gave the body, to that body, keeping the panel's words ('the three-member CAS panel found')", () => {
    const text = "The Court of Arbitration for Sport (CAS) on Tuesday overturned the ban.\n\nIn a 46-page decision, the three-member CAS panel found that the swimmer bore “no significant fault or negligence”.";
    const article = extractArticle(testArticle(text));
    const court = article.actors.find((a) => a.name === "Court of Arbitration for Sport");
    expect(article.quotes[0]).toMatchObject({ speaker: "three-member CAS panel", actor: court?.id });
    expect(court).toBeDefined();
  });
});

describe("roles", () => {
  it("keeps an apposition after an age as the role ('Fawzy, 47, the former national team captain, told')", () => {
    expect(quotesOf("The court ordered a new election.\n\n“Today the judiciary said what we have said,” Fawzy, 47, the former national team captain, told Misr Digest.")[0]).toMatchObject({ speaker: "Fawzy", role: "the former national team captain" });
  });
});

describe("looksLikePersonalName", () => {
  it("reads no event's name as a person's, though its words look like one ('Chicago Marathon', 'Australian Open')", () => {
    expect(["Chicago Marathon", "Australian Open", "Cannes Film Festival", "Mercy Jepkirui"].map(looksLikePersonalName)).toEqual([false, false, false, true]);
  });
});

describe("speechVerbs", () => {
  it("finds what the pattern \\b(verbs)\\b/gi finds, in any text, except a capitalised verb inside a run of words and one glued by a hyphen to a word before it", () => {
    const pattern = new RegExp(`\\b(${SPEECH_VERBS})\\b`, "gi");
    const glued = (m: RegExpMatchArray) => m.input![m.index! - 1] === "-" && /\p{L}/u.test(m.input![m.index! - 2] ?? "");
    const opensClause = (m: RegExpMatchArray) => !glued(m) && (/^[a-z]/.test(m[1]!) || /(?:^|[.!?:;“”"‘’(—–\n\r-])[ \t]*$/.test(m.input!.slice(0, m.index)));
    const pieces = fc.constantFrom("said", "Says", "SAID", "United", ". ", "“", "pointed", "out", "points", "according", "to", "went", "on", "un", "_", "é", "2", " ", "  ", ",", "-", "told", "telling", "s", "\n");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((xs) => xs.join("")), (text) => {
        expect(speechVerbs(text)).toEqual([...text.matchAll(pattern)].filter(opensClause).map((m) => ({ verb: m[1]!.toLowerCase(), at: m.index, end: m.index + m[0].length })));
      }),
      { numRuns: 3000 },
    );
    // (A counterexample it once found: a phrasal verb glued by a hyphen.)
    expect(speechVerbs("said-pointed out")).toEqual([{ verb: "said", at: 0, end: 4 }]);
  });

  it("reads a bracket or other mark the text sets beside a role word as no part of a pattern built from that word", () => {
    // (Patterns are built from words of the text, "the minister" giving "\\b(?:minister)"; a stray "]" once made one invalid.)
    const article = "Justice Minister Rosa Ortiz resigned on Friday in a letter to the president.\n\n“The riot was the result of decades of neglect,” the letter said. “I have asked the President to accept my resignation,” the ROLE wrote.";
    fc.assert(
      fc.property(fc.constantFrom("minister", "judge", "spokesman", "leader", "coach"), fc.constantFrom(")", "]", "[", "(", "\\", "{", "}", "+", "*", "?", "|", "$", "^", "."), (role, mark) => {
        expect(() => extractArticle(testArticle(article.replace("ROLE", `${role}${mark}`), "2020-06-01"))).not.toThrow();
      }),
      { numRuns: 70 },
    );
  });
});

describe("quotes and their speakers", () => {
  it.each([
    ["speaker after, normal order", "“We will hold the line,” Maria Lopez said.", "We will hold the line,", "Maria Lopez"],
    ["speaker after, inverted", "“We will hold the line,” said Maria Lopez.", "We will hold the line,", "Maria Lopez"],
    ["speaker before with a colon", "Maria Lopez said: “We will hold the line.”", "We will hold the line.", "Maria Lopez"],
    ["straight quotes", "\"We will hold the line,\" Maria Lopez told reporters.", "We will hold the line,", "Maria Lopez"],
    ["a title before the name", "“The road is open,” said Lt-Gen Townsend.", "The road is open,", "Townsend"],
    ["an apposition with the role", "“The road is open,” Col. Ann Reed, the spokeswoman for the army, told reporters.", "The road is open,", "Ann Reed"],
    ["a role and a name", "“We are ready,” said US Defense Secretary Ash Carter.", "We are ready,", "Ash Carter"],
    ["a title before the name and an apposition too long to count as a subject, before the next quotation", "“This part has not had a large earthquake since 1995,” Dr. Andrés Valdivia Soto, a seismologist at the University of Chile's National Seismological Center (CSN), told a news conference on Friday. “It released some of that energy.”", "This part has not had a large earthquake since 1995,", "Andrés Valdivia Soto"],
    ["a person of an organisation", "“A dull film from start to end,” Jack Garner, film critic for Gannet News Service, said.", "A dull film from start to end,", "Jack Garner"],
    ["a role only", "A Kurdish spokeswoman says the force has seized the bridge. “They are fighting street battles now.”", "They are fighting street battles now.", "Kurdish spokeswoman"],
    ["a passive agent", "The new phone was praised by Jobs as “the biggest leap we have taken.”", "the biggest leap we have taken.", "Jobs"],
    ["an office, no name, with an adjunct after it", "“We are closing them for good,” said the company's sales and marketing vice president in a conference call.", "We are closing them for good,", "company's sales and marketing vice president"],
    ["an office of a place", "Berlin, Germany — The premier of the state of Bavaria remarked that “this decision is simply unacceptable to us.”", "this decision is simply unacceptable to us.", "premier of the state of Bavaria"],
    ["a pronoun for a person typed by their apposition", "John Smith, the mayor of Alton, visited the site. “We will rebuild,” he said.", "We will rebuild,", "John Smith"],
    ["an age set off by commas", "“We are not going anywhere,” Smith, 45, said.", "We are not going anywhere,", "Smith"],
    ["an age in place of the name", "Peter Black runs the farm. “We lost everything,” the 45-year-old said.", "We lost everything,", "Peter Black"],
    ["a nationality in place of the name", "Deshmukh beat Tomas Hruby of the Czech Republic. Hruby, 27, served 14 aces. “He played the big points better,” the Czech said.", "He played the big points better,", "Tomas Hruby"],
    ["a definite description of an organisation named before", "The Ministry of Defence named an envoy. “The talks are over,” the ministry said in a statement.", "The talks are over,", "Ministry of Defence"],
    ["'the company' for the organisation last named", "General Motors cut 500 jobs. “We regret the move,” the company said.", "We regret the move,", "General Motors"],
    ["a description with nothing named before it", "In a statement, the company said: “We regret the delay in shipping.”", "We regret the delay in shipping.", "company"],
    ["the author of a statement", "“We expect more rain,” according to a statement from the weather service.", "We expect more rain,", "weather service"],
    ["a description with a relative clause after it", "“It’s a disaster,” said one resident, who asked not to be named.", "It’s a disaster,", "resident"],
    ["an office held by nobody named, writing", "In a post on Facebook, the mayor wrote: “Stay indoors tonight.”", "Stay indoors tonight.", "mayor"],
    ["an office held by nobody named, posting", "“Stay indoors tonight,” the mayor posted on Facebook.", "Stay indoors tonight,", "mayor"],
    ["a plural role after an organisation", "“The risk is to the downside,” Goldman Sachs analysts wrote in a note to clients.", "The risk is to the downside,", "Goldman Sachs analysts"],
    ["a verb of calling with its object first", "Jane Roe called the plan “deeply flawed and unworkable in practice”.", "deeply flawed and unworkable in practice", "Jane Roe"],
    ["a person described by a common noun", "“We have lost everything,” one woman told the BBC.", "We have lost everything,", "woman"],
    ["a speaker announced with a colon at the end of the paragraph before", "In a statement, Jane Roe said:\n\n“We will appeal the ruling at once.”", "We will appeal the ruling at once.", "Jane Roe"],
    ["a role before the name, both between commas", "A White House spokesman, Tony Snow, said that “the president is disappointed by the vote”.", "the president is disappointed by the vote", "Tony Snow"],
    ["a relative clause between the subject and the verb", "The minister, who spoke to reporters in Paris on Monday, said: “Talks will resume next week.”", "Talks will resume next week.", "minister"],
    ["a verb of agreeing", "His neighbour, Sara Novak, agreed: “We lost everything.”", "We lost everything.", "Sara Novak"],
    ["a spokesperson for a company named only there", "“We are disappointed,” a spokesperson for Airbus told the French newspaper Le Monde.", "We are disappointed,", "spokesperson for Airbus"],
    ["a statement that reads", "The statement from the ministry read: “All flights are suspended until further notice.”", "All flights are suspended until further notice.", "ministry"],
    ["a role word before the name, inverted", "“No one has ever built ten a month before,” claims writer John Ostrow.", "No one has ever built ten a month before,", "John Ostrow"],
    ["a passive report of the words", "Harbour master Lena Voss was quoted as saying that “three ships have sunk” in the storm.", "three ships have sunk", "Lena Voss"],
    ["a source that cites the speaker", "“The bridge will reopen in May,” state media cited Tomas Berg as saying.", "The bridge will reopen in May,", "Tomas Berg"],
    ["an office whose holder the article named", "Education Minister Ana Ruiz toured the area. “We will rebuild every school,” the minister was quoted as saying.", "We will rebuild every school,", "Ana Ruiz"],
    ["an attribution standing as a sentence of its own", "Orion Foods reported lower sales. “Our balance sheet remains strong.” The company said in a statement.", "Our balance sheet remains strong.", "Orion Foods"],
    ["a name ending in a word that is also a verb", "Defence Secretary Mark Hale said on Friday that the United States is ready to help with “whatever the islanders need to rebuild,” but gave no figure.", "whatever the islanders need to rebuild,", "Mark Hale"],
    ["a coordinated verb after a dateline, and an office the article names a holder of", "(AP) – Norway’s fisheries minister on Tuesday rejected the quota and said that “no deal is better than this deal” for the fleet.\n\n“We will not sign,” Fisheries Minister Odd Lien told reporters.", "no deal is better than this deal", "Odd Lien"],
    ["a coordinated verb after the quote shares the subject before it", "Minister Kari Dahl spoke in Oslo.\n\nShe warned that rivals were weakening “the national fishing fleet” through subsidies and stressed that the cabinet was united.", "the national fishing fleet", "Kari Dahl"],
    ["the typewriter quotation marks of old wire copy", "``Closing a trial is an exceptional step,'' Robert O'Neil said.", "Closing a trial is an exceptional step,", "Robert O'Neil"],
    ["a kind of business, the one the article names most, whose name does not say what it does", "Skylark cancels 340 flights as crews strike\n\nLow-cost airline Skylark cancelled 340 flights on Friday as crews went on strike.\n\nThe Lisbon-based carrier said 52,000 passengers were affected.\n\n“We regret the disruption to our customers,” the airline said in a statement.", "We regret the disruption to our customers,", "Skylark"],
    ["a role placed in a town that an apposition describes", "A hospital source in Kaya, the regional capital some 100 kilometres away, said “at least 31” people had died.", "at least 31", "hospital source in Kaya"],
    ["a partial quote, then a second clause of what was said", "The army said in a statement that rebels had “deliberately shelled the market” and that its troops had responded “firmly”.", "deliberately shelled the market", "army"],
    ["what the person is, then the one name they give, after an inverted verb", "“The soldiers came at night,” said a farmer, Idris, who asked that his family name not be used.", "The soldiers came at night,", "Idris"],
    ["a description, then the name it goes on to give", "A fisherman named Tomás said the nets were empty. “There is nothing left,” he said.", "There is nothing left,", "Tomás"],
    ["an inverted titled name, then an office of a place in apposition", "“We had no choice,” said board chairman Ivor Lenz, a Tacoma City Councilmember.", "We had no choice,", "Ivor Lenz"],
    ["a kind of body described by one more word, the one body of that kind the article named", "Bank Negara Malaysia held its policy rate on Thursday.\n\nThe central bank said the ringgit “remains supported by strong fundamentals”.", "remains supported by strong fundamentals", "Bank Negara Malaysia"],
    ["an office by its title alone, its holder never named, is the office and what it covers as written before", "The Minister for Children and Youth Affairs opened the centre on Monday.\n\n“This is a good day,” the Minister said.", "This is a good day,", "Minister for Children and Youth Affairs"],
    ["an office in lower case, its holder never named, is the office with its capitalised remit", "The visit was led by the secretary of state for Health.\n\n“We heard every concern,” the secretary said.", "We heard every concern,", "Secretary of state for Health"],
    ["'police', the police force the article named", "Officers from the Lancashire Constabulary were called to the house on Monday.\n\n“Inquiries are ongoing,” police said.", "Inquiries are ongoing,", "Lancashire Constabulary"],
    ["'held' after 'was' is no ruling: the pronoun's person speaks", "Maria Lopez chaired the meeting.\n\n“The talks were useful,” she said after the meeting was held.", "The talks were useful,", "Maria Lopez"],
    ["'police', no force named, stay police", "Three men were arrested after Police Commissioner Ray Kelly spoke.\n\n“Inquiries are ongoing,” police said.", "Inquiries are ongoing,", "police"],
    ["an inverted office of a body, then the holder's name", "“We will not hesitate to act,” said the Executive Vice Chairman of the Consumer Protection Council, Tunde Bakare.", "We will not hesitate to act,", "Tunde Bakare"],
    ["a judge's ruling after the quotation, 'held'", "Justice Amina Bello delivered judgment on Monday.\n\n\"The prosecution proved its case beyond reasonable doubt,\" Justice Bello held.", "The prosecution proved its case beyond reasonable doubt,", "Amina Bello"],
    ["an office's initials without the field written before it, as Kenyan papers write 'the CS'", "Interior Cabinet Secretary Joseph Mwangi toured the camps.\n\n“Nobody will be left behind,” the CS said.", "Nobody will be left behind,", "Joseph Mwangi"],
    ["one more of a kind, described, then the name the clause gives", "Another depositor, a retired teacher who gave his name only as Mr Okoro, said he went to the bank every week “to beg for my money”.", "to beg for my money", "Okoro"],
    ["'it' after a body said in a statement it had done something", "Students protested on Monday.\n\nHarrow Valley University said in a statement it had added 220 beds. “We recognise that supply has not kept pace,” it said.", "We recognise that supply has not kept pace,", "Harrow Valley University"],
    ["'Coun.', a councillor's title as Canadian papers abbreviate it", "“The increase is a back door that is wide open,” said Coun. Delia Ferreira, who represents the ward.", "The increase is a back door that is wide open,", "Delia Ferreira"],
    ["'the company', a landlord set beside a name that ends in a word for a property business", "The landlord, Harbourfront Residential, filed an application on Monday.\n\nTenants at the Parkdale towers plan a strike.\n\n“We have invested significantly in these properties,” the company said.", "We have invested significantly in these properties,", "Harbourfront Residential"],
    ["a translation in brackets between the quote and its inverted attribution", "“Kulang na kulang,” (far from enough) said Rolando Cruz, president of the Samahan ng mga Tsuper sa Kamaynilaan.", "Kulang na kulang,", "Rolando Cruz"],
    ["'the MEC', a title in initials before the holder's name", "Gauteng transport MEC Themba Mahlangu said the province had not been consulted.\n\n“We expected the industry to engage with government,” the MEC told reporters.", "We expected the industry to engage with government,", "Themba Mahlangu"],
    ["'the report', by the body the text gave as its author", "The vote follows a report by the city's Department of Housing and Community Services, released in November.\n\n“Rent burden is now the norm,” the report said.", "Rent burden is now the norm,", "Department of Housing and Community Services"],
    ["'the report', the subject after 'In its report …,'", "In its report on the 2020/21 financial year, the Auditor-General of South Africa flagged R1.2 billion in irregular expenditure.\n\n“Leadership did not take adequate steps,” the report stated.", "Leadership did not take adequate steps,", "Auditor-General of South Africa"],
    ["'the study', by its owner in the possessive", "The Grattan Institute's annual study was released on Monday. “Rents are rising faster than wages,” the study said.", "Rents are rising faster than wages,", "Grattan Institute"],
    ["a body's short name with the letter of 'of' in it", "Meanwhile, the Department of Transportation (DOTr) said the free rides will continue.\n\n“The program aims to help commuters,” the DOTr said in an advisory.", "The program aims to help commuters,", "Department of Transportation"],
    ["'she' after a sentence whose subject is someone described, up to its verb", "Marcus Bell, the chief executive, said the code was welcome.\n\nA nurse at the hospital was blunter. “We switched off the tool in 2022,” she said.", "We switched off the tool in 2022,", "nurse at the hospital"],
    ["'she' after 'One head of … at a FTSE 100 bank, who asked not to be named, was blunter.'", "Marcus Bell, the chief executive, said the code was welcome.\n\nOne head of talent acquisition at a FTSE 100 bank, who asked not to be named, was blunter. “We switched off the tool in 2022,” she said.", "We switched off the tool in 2022,", "head of talent acquisition at a FTSE 100 bank"],
    ["a long office with a remit in brackets, then an honorific and the holder's full name", "Winding up the debate, Minister in the Prime Minister's Department (Parliament and Law) Datuk Seri Wan Azlan Wan Ismail said the changes were “long overdue”.", "long overdue", "Wan Azlan Wan Ismail"],
    ["what a report a body published 'found', its 'that' left out", "A review published by the Mercy Hospitals Authority in 2016 found the ward was “a significant risk to patient safety” and called for a new one.", "a significant risk to patient safety", "Mercy Hospitals Authority"],
    ["what a report 'found that' a body published said", "A report published by the Mercy Hospitals Authority in 2016 found that overcrowding was “a significant risk to patient safety” and called for a new ward.", "a significant risk to patient safety", "Mercy Hospitals Authority"],
    ["an office whose holder the paragraph goes on to name", "Police arrested six people.\n\n“The paper was photographed at the stage of packing,” the commissioner told reporters. Lucknow Police Commissioner Anjali Verma added that more arrests were likely.", "The paper was photographed at the stage of packing,", "Anjali Verma"],
    ["people a participle places, not the body it places them with", "Irish peacekeepers serving with the United Nations in southern Lebanon have described the first week of the ceasefire as “calm but tense”, with some families returning.", "calm but tense", "Irish peacekeepers"],
    ["someone described and placed in an Irish county, kept unnamed", "A dairy farmer milking 120 cows near Fermoy, Co Cork, who did not want to be named, said he had started feeding silage. “I have never done that in July,” he told the Journal.", "I have never done that in July,", "dairy farmer"],
    ["'The statement read in part,' is the statement's writer speaking, not a statement read out", "The spokesman, Mr Abdullahi Danbaba, said in a statement on Monday that the command generated N412.6bn in revenue.\n\nThe statement read in part, “The Command remains committed to trade facilitation.”", "The Command remains committed to trade facilitation.", "Abdullahi Danbaba"],
    ["'writing:' after the sentence's subject, as 'saying:' is", "Amara Obi released her album on Friday.\n\nObi, who was named Best Female Artist at the East Africa Music Awards in 2023, shared the album cover with her followers, writing: “This one is for the people who waited.”", "This one is for the people who waited.", "Amara Obi"],
    ["'it' in a clause, no one heard before, is the body a noun for one opens the sentence with", "The Bank of Zambia raised its policy rate on Wednesday.\n\nThe bank also raised the reserve ratio to 17.5%, effective Feb. 16, in a move it said would “mop up excess liquidity” in the banking system.", "mop up excess liquidity", "Bank of Zambia"],
    ["someone described and kept unnamed, after opening phrases and a clause set off by commas", "The Social Security System raised pensions on Monday.\n\nAt the SSS branch in Diliman, Quezon City, where dozens of members lined up on Tuesday, a 68-year-old retired factory worker who declined to give her name said: “It will help with my medicines.”", "It will help with my medicines.", "68-year-old retired factory worker"],
    ["the central bank, whose name says 'bank' in its own language", "Banco de la República held its rate on Thursday.\n\n“Inflation is still too high,” the central bank said in a statement.", "Inflation is still too high,", "Banco de la República"],
    ["the central bank, named with a Filipino 'ng' and set beside the words", "The central bank, Bangko Sentral ng Pilipinas, held its rate on Thursday.\n\n“Inflation is still too high,” the central bank said.", "Inflation is still too high,", "Bangko Sentral ng Pilipinas"],
    ["an inverted name, an age, then a description of more than twenty words", "“They sold me a ticket and took my money,” said Ana Lucia Ferro, 47, a nurse trying to reach her father in Valencia, about 160 kilometres (100 miles) to the west of the airport.", "They sold me a ticket and took my money,", "Ana Lucia Ferro"],
    ["a body's spokesman, two 'and's inside the body's name", "Mr Hollis was flown to Cairns.\n\nA Cairns and Hinterland Hospital and Health Service spokeswoman said last night Mr Hollis was stable.\n\n“He is expected to make a full recovery,” she said.", "He is expected to make a full recovery,", "Cairns and Hinterland Hospital and Health Service spokeswoman"],
    ["a body's spokesman, an 'and' inside the body's name", "Chief executive Tom Avery said the company had acted quickly.\n\nA Fire and Rescue Service spokesman said most fires start near curtains. “Never leave a heater running at night,” he said.", "Never leave a heater running at night,", "Fire and Rescue Service spokesman"],
    ["an inverted name with a description of more than twenty words", "“We will publish every result,” says Tamsin Oduya, a senior epidemiologist at the Institute of Tropical Medicine in Antwerp in Belgium and one of the study’s two principal investigators.", "We will publish every result,", "Tamsin Oduya"],
    ["an official at a body whose remits an 'and' joins, in lower case, named again", "An official at the trade and industry ministry, which regulates the plant, said the owners had been told. “We expect a full report within a week,” the official said.", "We expect a full report within a week,", "official at the trade and industry ministry"],
    ["a condition after a partial quote, whose verb names no speaker", "The port authority said it would “take the strongest possible measures” if the dockers continued to block the gates.", "take the strongest possible measures", "port authority"],
    ["a trade association described in lower case", "The steel producers' association said on Friday that its members faced “the worst year since 1982”.", "the worst year since 1982", "steel producers' association"],
    ["a participle's subject, a body's spokesman named after the role noun", "Coast Guard spokeswoman Marta Lindqvist defended the search, saying crews had flown “every hour the weather allowed.”", "every hour the weather allowed.", "Marta Lindqvist"],
    ["a sentence's subject, a name and the role noun it modifies, for a participle", "Union leaders met the minister on Monday, telling him “the strike will go on until we win.”", "the strike will go on until we win.", "Union leaders"],
    ["an 'and' inside an organisation's name", "A spokeswoman for the Department of Health and Human Services said “the rule takes effect in May.”", "the rule takes effect in May.", "spokeswoman for the Department of Health and Human Services"],
    ["a long description whose head comes before a chain of prepositions", "After the vote, the head of the observer mission from the Organization for Security and Cooperation in Europe said “democratic progress appears to have reversed.”", "democratic progress appears to have reversed.", "head of the observer mission"],
    ["a pronoun after the quote, past a relative clause", "Ali Saleh, the oil minister, spoke on Monday.\n\n“It will be very premature to tell you what the assessment is” of oil data, which the group expects to study ahead of its meeting, he said.", "It will be very premature to tell you what the assessment is", "Ali Saleh"],
    ["a described name set off by commas before its role", "Asheville native Roy Wills, the current Carolina coach who spent 10 years as his assistant, said Smith “was the greatest there ever was on the court.”", "was the greatest there ever was on the court.", "Roy Wills"],
    ["'the judge' for a judge titled otherwise", "Recorder Caroline Hale told the court the conduct was poor.\n\nThe judge said: \"It beggars belief that you threw them away.\"", "It beggars belief that you threw them away.", "Caroline Hale"],
    ["a participle clause before a name with honours after it", "Opening the trial, Joanna Kerr QC, for the prosecution, said Young had \"spotted a chance to make a great deal of money\".", "spotted a chance to make a great deal of money", "Joanna Kerr"],
    ["'the airline' for an organisation whose name says so in other words", "British Airways cancelled its flights on Monday.\n\nIn a statement, the airline said it had \"no way of predicting how many pilots would come to work.\"", "no way of predicting how many pilots would come to work.", "British Airways"],
    ["'the airline' for an organisation whose name holds the noun in the plural", "Northway Airlines is blaming the weather.\n\n“We have adjusted our operation,” the airline said in a statement.", "We have adjusted our operation,", "Northway Airlines"],
    ["a description with no name of its own keeps the place it is in", "“Our forces repulsed these attacks,” a senior military source in Bangui told AFP.", "Our forces repulsed these attacks,", "senior military source in Bangui"],
    ["a description attached to an organisation by 'at'", "“Final preparations are underway,” a spokesperson at Equitrans told Reuters in an email.", "Final preparations are underway,", "spokesperson at Equitrans"],
    ["'according to' a description that points back", "The Health Ministry of Belarus reported new cases on Wednesday.\n\n“Two cases have been confirmed by tests,” according to the ministry.", "Two cases have been confirmed by tests,", "Health Ministry of Belarus"],
    ["a statement that a qualified participle says who issued", "Sarath Fonseka ran for president.\n\nA statement allegedly issued by the office of Fonseka said the vote was rigged \"with the election commissioner placed under house arrest.\"", "with the election commissioner placed under house arrest.", "office of Fonseka"],
    ["a naming verb with a name for its subject", "CUPERTINO, California (Reuters) – Apple on Tuesday rolled out a phone with a display that Chief Executive Tim Cook called “the biggest leap forward since the original iPhone.”", "the biggest leap forward since the original iPhone.", "Tim Cook"],
    ["a speech verb in the present", "Nick Haysom, the UN envoy for Afghanistan, condemns the attack as \"an appalling disregard for human life,\" in a statement.", "an appalling disregard for human life,", "Nick Haysom"],
    ["a chant, given to the sentence's subject without its count", "More than 1,000 opposition activists paraded through the streets of Dhaka, chanting, “Down with the corrupt government!”", "Down with the corrupt government!", "opposition activists"],
    ["a reported clause ending in a name before its attribution, and a participle sharing the subject of 'said'", "Rebels shelled the town overnight in Jammu and Kashmir, the army said on Wednesday, adding that troops “responded in a controlled and calibrated manner”.", "responded in a controlled and calibrated manner", "army"],
    ["an adjunct after the quote, then an inverted attribution", "“We are stretched thin for crews” because of the fires, said Will Powers, a state fire spokesman.", "We are stretched thin for crews", "Will Powers"],
    ["a capitalised office for the person the article titled so", "Health Secretary Jeremy Hunt spoke on Friday.\n\n“It is incredibly frustrating for me,” said the Health Secretary.", "It is incredibly frustrating for me,", "Jeremy Hunt"],
    ["'the manager' for the one the article titled so", "Chelsea manager Antonio Conte spoke on Monday.\n\nThe Chelsea manager also admitted that Tottenham were now “the best team in the league”.", "the best team in the league", "Antonio Conte"],
    ["a verb of belief or advice that governs a quotation", "UNISON believes that “the university needs to consider other options to address the pressures.”", "the university needs to consider other options to address the pressures.", "UNISON"],
    ["a warning that speaks", "Phones received a tsunami warning on Thursday.\n\n\"A series of powerful waves may impact coasts near you,\" the warning said.", "A series of powerful waves may impact coasts near you,", "warning"],
    ["a ticker in brackets after the name", "\"Our fleet is already fully deployed,\" Air Canada (AC.TO) said while responding on the situation.", "Our fleet is already fully deployed,", "Air Canada"],
    ["a closing mark typeset at both ends", "”The bomber was blown to pieces,” spokesman Ali Noor added.", "The bomber was blown to pieces,", "Ali Noor"],
    ["a curly opening mark closed by a straight one", 'The coach looked shaken when asked about the loss. ”Yes, of course. When you lose 5-0, it is hard to explain," Ana Costa said.', "Yes, of course. When you lose 5-0, it is hard to explain,", "Ana Costa"],
    ["a straight opening mark closed by a typewriter one", "\"The run on the banks is over,'' Dora Pike, a strategist at Kell & Co., told Bloomberg News.", "The run on the banks is over,", "Dora Pike"],
    ["an inverted attribution after a clause, with the quote in the next sentence", "More judges agree, says Gary Hengstler, director of the National Center for Courts. “The old rule is breaking down.”", "The old rule is breaking down.", "Gary Hengstler"],
    ["a definite office the article titles one person with", "U.S. District Judge Amy Berman Jackson heard the case. \"This is a criminal trial and not a campaign,\" the judge said.", "This is a criminal trial and not a campaign,", "Amy Berman Jackson"],
    ["an office of a church its holder was set beside, named again lower case", "The Bishop of Ravensdale North, Tomas Adeyemi Kerrigan, led the service. The school was shut on Monday. \"Our doors stay open to all who come,\" the bishop said.", "Our doors stay open to all who come,", "Tomas Adeyemi Kerrigan"],
    ["an inverted name followed by a clause about the words", "“How long are we going to negotiate?” asked Ana Fayo, of what she said was a deal made to declare Tom Ruiz the winner.", "How long are we going to negotiate?", "Ana Fayo"],
    ["an inverted name with a long apposition and an adjunct", "“At birth, mammals are capable of sophisticated behavior,” says senior study author Michael Crain, the William Ziegler Professor of Neuroscience and Professor of Visual Science, in a university release.", "At birth, mammals are capable of sophisticated behavior,", "Michael Crain"],
    ["a subject with a relative clause that tells a press conference", "Biti, who was finance minister in the unity government, told a press conference at the party’s headquarters in Harare:\n\n“The results show that we have won the election.”", "The results show that we have won the election.", "Biti"],
    ["a titled name, then its role, between commas", "“We regret the loss of lives,” Lt. Gen. C.Q. Brown, the air forces commander, said in a statement.", "We regret the loss of lives,", "C.Q. Brown"],
    ["speakers placed somewhere", "U.S. forces in Afghanistan said Saturday that an inquiry shows the strike “likely resulted in civilian casualties.”", "likely resulted in civilian casualties.", "U.S. forces"],
    ["a subject after 'what'", "The governor deployed 750 members of the National Guard to help in what the National Weather Service called a “historic flash flooding event.”", "historic flash flooding event.", "National Weather Service"],
    ["a straight quotation mark with a stray space after it", 'Prime Minister Ana Ruiz has stated that " if there is a recession, it will reach us in 2009."', "if there is a recession, it will reach us in 2009.", "Ana Ruiz"],
    ["a verb of recognising", 'Ana Ruiz spoke. She recognized that "the developed countries are going to see negative growth."', "the developed countries are going to see negative growth.", "Ana Ruiz"],
    ["an agent named before a pronoun nothing else fits", "In a statement released today by Ali’s family, they said: “We are devastated by the loss of our Ali.”", "We are devastated by the loss of our Ali.", "Ali’s family"],
    ["a statement announced in the paragraph before", "Deputy Chief Constable Stuart Hyde of Cumbria Police made the following statement on the shootings.\n\n\"Our thoughts are with the families of those affected.\"", "Our thoughts are with the families of those affected.", "Stuart Hyde"],
    ["an organisation a country owns", 'North Korea\'s Foreign Ministry said the talks had been held "in a positive and sincere atmosphere."', "in a positive and sincere atmosphere.", "Foreign Ministry"],
    ["a camel-cased surname after a role", "Desk Editor Sharon McGowan criticised the arrest. “He was held for two hours,” she said.", "He was held for two hours,", "Sharon McGowan"],
  ])("%s", (_rule, text, quote, speaker) => {
    expect(only(text)).toMatchObject({ text: quote, speaker });
  });

  it("reads straight single quotes as quotation marks in the paragraphs without double ones, once one plainly quotes speech with them", () => {
    const text =
      'The union\'s general secretary, Declan Rourke, said the vote was \'a clear message that teachers will not pay more\'. He told reporters: \'Our members are being asked to work until 68.\'\n\n' +
      'A Department for Education spokesperson said: \'The Teachers\' Pension Scheme remains one of the most generous in the country.\'\n\n' +
      '"A strike before Christmas will hurt the children," said Paul Nwachukwu, whose members\' pay is frozen. The minister, Caroline Hunt, offered talks \'at the earliest opportunity\'.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker])).toEqual([
      ["a clear message that teachers will not pay more", "Declan Rourke"],
      ["Our members are being asked to work until 68.", "Declan Rourke"],
      ["The Teachers' Pension Scheme remains one of the most generous in the country.", "Department for Education spokesperson"],
      ["A strike before Christmas will hurt the children,", "Paul Nwachukwu"],
    ]);
    // (Nothing that plainly quotes speech in single marks: a name in them stays a name.)
    expect(quotesOf('"We will strike," said Rourke. The so-called \'Iron Lady\' of the union agreed.').map((q) => q.text)).toEqual(["We will strike,"]);
  });

  it("gives the words after 'according to him' to the person the pronoun points to", () => {
    expect(speakersOf("Economist Dr Muda Yusuf said the removal was overdue.\n\nAccording to him, “The transport component of inflation will rise sharply in June.”\n\nChief Osaro Idemudia spoke next. According to him, the palace had “no quarrel with the federal government” but would insist.")).toEqual(["Muda Yusuf", "Osaro Idemudia"]);
  });

  it("gives 'his office said' to the office of the person 'his' points to, and a later 'he' to the person", () => {
    expect(speakersOf("Transport Minister Marc Garneau has 90 days to respond. In an emailed statement, his office said Transport Canada “will carefully review all of the findings”.\n\n“We will act,” he said.")).toEqual(["Marc Garneau's office", "Marc Garneau"]);
  });

  it("takes no attribution from the next sentence for a single-quoted quotation that ends its own", () => {
    expect(speakersOf("Network Rail accepted the findings. Its chief executive, Dr Helen Marsh, said in a statement: ‘We let down the families, and we are deeply sorry.’ The company said it had spent £38 million.")).toEqual(["Helen Marsh"]);
  });

  it("closes a single quotation at a mark read as a possessive when another opens before any other mark", () => {
    expect(quotesOf("The bank said it ‘deeply regrets the delays to its customers’ and had ‘invested significantly in new controls’.").map((q) => q.text)).toEqual(["deeply regrets the delays to its customers", "invested significantly in new controls"]);
    expect(quotesOf("The bank said it ‘deeply regrets the members’ losses and the failings’ and had ‘invested significantly in new controls’.").map((q) => q.text)).toEqual(["deeply regrets the members’ losses and the failings", "invested significantly in new controls"]);
  });

  it("closes a single quotation after an s when a word that joins a clause follows, though a possessive comes later", () => {
    const text = "‘We have lodged a protest,’ Aoife Brannigan said.\n\nThe federation said it ‘stands by the decisions of its officials’ and pointed out that protests against judges’ scoring are not permitted.\n\nOne passenger said they were ‘packed like sardines’ on the open deck.\n\n‘The water just came over the side,’ she said.";
    expect(quotesOf(text).map((q) => q.text)).toEqual(["We have lodged a protest,", "stands by the decisions of its officials", "packed like sardines", "The water just came over the side,"]);
  });

  it("runs a British single-quoted statement on into a paragraph that opens with a single quote", () => {
    const quotes = quotesOf("James Platts, chief executive of the trust, said: ‘All of us are shocked by the events this week.\n\n‘We are grateful to the emergency services.’");
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([["All of us are shocked by the events this week.\n\n‘We are grateful to the emergency services.", "James Platts"]]);
    // The run-on mark may follow a quotation closed earlier in the paragraph.
    const after = quotesOf("‘We have looked at every option,’ he said. ‘The reality is that few people walk in.\n\n‘I would rather have a constable on the street.’");
    expect(after.map((q) => q.text)).toEqual(["We have looked at every option,", "The reality is that few people walk in.\n\n‘I would rather have a constable on the street."]);
  });

  it("reads straight single quotation marks where an article quotes with nothing else", () => {
    const text = "Kirkdale's council will close five libraries.\n\n'Nobody goes into local government to close libraries,' said council leader Brian Tatlow. 'But we have had the worst grant settlement in the region.'\n\nThe workers' union called it 'a shameful and short-sighted decision by the council'.";
    expect(quotesOf(text).map((q) => [q.text, q.speaker])).toEqual([
      ["Nobody goes into local government to close libraries,", "Brian Tatlow"],
      ["But we have had the worst grant settlement in the region.", "Brian Tatlow"],
      ["a shameful and short-sighted decision by the council", "workers' union"],
    ]);
    // With double quotation marks in the article, a straight single quote is an apostrophe or a quote inside a quote.
    expect(quotesOf("“We won't go,” she said. The 'plan' is dead.").map((q) => q.text)).toEqual(["We won't go,"]);
  });

  it("reads British single quotation marks, not apostrophes or possessives", () => {
    expect(only("‘We will not give up the fight for the port,’ the minister said on Monday.")).toMatchObject({ text: "We will not give up the fight for the port,", speaker: "minister" });
    expect(quotesOf("The workers’ union said it won’t strike, and the company’s ‘capital’ plan stays.")).toEqual([]);
    expect(only("Ann Reed said: ‘The miners’ pay is not negotiable, and we won’t back down.’")).toMatchObject({ text: "The miners’ pay is not negotiable, and we won’t back down.", speaker: "Ann Reed" });
  });

  it("resolves a surname to the full name given earlier", () => {
    const [, second] = quotesOf("“We are starting,” Brig. Gen. Talal Ali Selo told CNN.\n\n“The city is the goal,” Selo added.");
    expect(second).toMatchObject({ speaker: "Talal Ali Selo", role: "Brig. Gen." });
  });

  it("resolves he to the last person who spoke and it to the last organisation", () => {
    const quotes = quotesOf(
      "The Syrian Observatory for Human Rights said clashes went on. Coalition spokesman Col. John Dorrian told CNN the march had begun.\n\n" +
        "“We will keep up the airstrikes on the leaders,” he added.\n\n“The city is surrounded by land mines and checkpoints,” the group reported.",
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["John Dorrian", "Syrian Observatory for Human Rights"]);
  });

  it("resolves he to a person who has just opened a sentence, over an older speaker", () => {
    const quotes = quotesOf("“The deal is dead,” said Harry Reid.\n\nRepublican Senator Bob Corker was also unhappy. “We were three words away from a deal,” he said.");
    expect(quotes.map((q) => q.speaker)).toEqual(["Harry Reid", "Bob Corker"]);
  });

  it("resolves she to a personal name that opened a sentence, though nothing typed the name a person's", () => {
    const quotes = quotesOf("“We are stretched thin,” said Will Powers, a state fire spokesman.\n\nMarta Kellner had to evacuate.\n\n“We are worried about our horses,” she said.");
    expect(quotes.map((q) => q.speaker)).toEqual(["Will Powers", "Marta Kellner"]);
  });

  it("never reads 'she' as a person the text titled Mr, nor 'he' as a spokeswoman", () => {
    const quotes = quotesOf("Mary Jones, a spokeswoman for the council, said the road would close.\n\nMr Peter Hall disagreed. “It is a disaster,” she said.\n\n“We can live with it,” he said.");
    expect(quotes.map((q) => q.speaker)).toEqual(["Mary Jones", "Peter Hall"]);
  });

  it("takes the name after a description set off by commas: 'The UN refugee agency, UNHCR, warned'", () => {
    expect(only("The UN refugee agency, UNHCR, warned: “The situation is dire.”")).toMatchObject({ speaker: "UNHCR" });
    expect(only("The country’s largest union, Unite, said: “We will strike.”")).toMatchObject({ speaker: "Unite" });
  });

  it("reads an inquiry's name on past 'into', and gives a body described by who chairs it its own words", () => {
    const text = "The findings of the Royal Commission into the Collapse of Harbour Bank were published on Monday.\n\nThe commission, chaired by former High Court judge Peter Ambrose, said the board had been “asleep at the wheel”.";
    expect(speakersOf(text)).toEqual(["Royal Commission into the Collapse of Harbour Bank"]);
  });

  it("gives a second 'that' clause joined by 'and' to the verb whose clause it continues, not to a verb inside the first", () => {
    const text = "Maria Feld lodged an appeal on Monday.\n\nHer lawyers argue that the board’s chairman, Tomas Brandt, announced the result too early, and that the count was “badly flawed” from the start.";
    expect(speakersOf(text)).toEqual(["Maria Feld's lawyers"]);
  });

  it("takes 'she' inside a sentence for the woman its subject names, set off after 'His running mate,'", () => {
    const text = "A police spokeswoman said two officers were hurt. “We are investigating,” she said.\n\nHis running mate, Ruth Anyango, said the party had forms from 900 polling stations which, she said, showed them ahead by “about 40,000 votes”.";
    expect(speakersOf(text)).toEqual(["police spokeswoman", "Ruth Anyango"]);
  });

  it("reads what someone 'dismissed … as' as their words, and gives a team of lawyers' words to the one who leads it", () => {
    expect(speakersOf("The club’s lawyers, led by Helen Marsh, have dismissed the complaint as “a fishing expedition with no basis in fact”.")).toEqual(["Helen Marsh"]);
    // (A body described by who chairs it still speaks for itself.)
    expect(speakersOf("The Audit Board published its report on Monday.\n\nThe board, chaired by Helen Marsh, dismissed the complaint as “a fishing expedition with no basis in fact”.")).toEqual(["Audit Board"]);
  });

  it("takes no initials in the plural for a person, nor a body set after a capitalised office for that office", () => {
    const text = "The council wrote to Dr Amos Kell in May. Under a code set by the Speaker, MLAs who own rental flats must declare them.\n\nHe answered in June, saying he had “nothing to declare”.\n\n“The code is clear,” the Speaker said.";
    expect(speakersOf(text)).toEqual(["Amos Kell", "Speaker"]);
  });

  it("does not take 'she' for a son the sentence before named by his first name", () => {
    expect(speakersOf("Ana Lopes, 62, waited outside the hospital all night. Her son Pedro, 30, is still in surgery.\n\n“They told me nothing until dawn,” she said.")).toEqual(["Ana Lopes"]);
  });

  it("credits a person who hands over to a quotation with a colon, with no verb of saying", () => {
    expect(only("Jane Doe was blunt: “It is a scandal.”")).toMatchObject({ speaker: "Jane Doe" });
    expect(only("Tom Reyes had a simple message for voters: “Turn up and vote on Thursday.”")).toMatchObject({ speaker: "Tom Reyes" });
    expect(only("Jane Doe’s verdict: “It is a scandal.”")).toMatchObject({ speaker: "Jane Doe" });
    // (Past a name set off by commas, the clause may run longer: "…, was scathing after she toured the ward on Friday:".)
    expect(only("The county's health commissioner, Ruth Adeyemi, was scathing after she toured the ward on Friday: “Nobody should be treated here.”")).toMatchObject({ speaker: "Ruth Adeyemi" });
    // (Or past a clause of "whose" that has a subject and verb of its own.)
    expect(speakersOf("Families were not moved. Rowel Tampus, whose wife and son died in the grounding, shared the company's post with a single line: “Five months, and still no one has said sorry.”")).toEqual(["Rowel Tampus"]);
    // What someone met is not what they said, and a scene says nothing.
    expect(only("Jane Doe found a note: “It is a scandal.”").speaker).toBeNull();
    expect(only("The scene was chaotic: “Run for your lives.”").speaker).toBeNull();
  });

  it("credits a statement, not the page it was posted on", () => {
    expect(only("“It is with great sadness that we announce her passing,” read a statement on the official Instagram page of the singer.")).toMatchObject({ speaker: "statement" });
  });

  it("never reads 'he' as a place whose name opens with a title word ('King County')", () => {
    const quotes = quotesOf("Cases rose to 25, said Dr. Scott Lindquist, an epidemiologist.\n\nKing County also confirmed one case this week, he said.\n\n“We usually have five cases a year,” he said.");
    expect(quotes.map((q) => q.speaker)).toEqual(["Scott Lindquist"]);
  });

  it("reads a long subject after a quote: a relative clause, a long description, a passive with its agent", () => {
    expect(only("“There is no longer any doubt about it,” retired Maj. Gen. Antonio Taguba, who led the Army's investigation of the prison scandal in the last decade, wrote in the preface.")).toMatchObject({ speaker: "Antonio Taguba" });
    expect(only("“It shook us good,” Sue Wood, a waitress who was serving plates of hamburgers to customers at a general store in Smith Valley, Nevada, near the epicenter, said afterwards.")).toMatchObject({ speaker: "Sue Wood" });
    expect(only("“It shook us good,” Sue Wood, a waitress, was quoted by the San Francisco Chronicle as recounting minutes afterward.")).toMatchObject({ speaker: "Sue Wood" });
  });

  it("gives a quote to the person whose disagreement the sentence before reports", () => {
    expect(only("Joel Naroff, of Naroff Economic Advisors, disagrees. \"People look at it as being bad. I see it as being good.\"")).toMatchObject({ speaker: "Joel Naroff" });
  });

  it("gives a participle after an inverted 'said' the subject that follows the verb", () => {
    expect(only("Vaccination campaigns have been successful, said Hamid Jafari, a director at CDC, adding that Asian nations are “on track for stopping transmission this year.”")).toMatchObject({ speaker: "Hamid Jafari" });
  });

  it("gives 'telling' after a reported past perfect to the person it tells of; 'adding' stays the reporter's", () => {
    const text = 'Julien Lemaitre won the stage. "We are a small team," said team manager Bernard Caussade.\n\nCaussade added that Lemaitre had been offered a contract by a rival but had turned it down, telling his manager that he wanted "to finish what we started here".';
    expect(speakersOf(text)).toEqual(["Bernard Caussade", "Julien Lemaitre"]);
    expect(speakersOf(text.replace("telling his manager that he wanted", "adding that the rider wanted"))).toEqual(["Bernard Caussade", "Bernard Caussade"]);
  });

  it("takes no book a possessive owns for 'she', and takes one set after 'the chair of the judges, the critic' for her", () => {
    const text = "A first novel has won the prize.\n\nAlan Breck’s The Cod Wars, which sold fewer than 3,000 copies, was named the winner last night.\n\nBreck, 58, spent 26 years as a deckhand. He began writing the novel in 1999, he said.\n\n“I didn’t think anybody would read it,” Breck said.\n\nThe chair of the judges, the critic Harriet Vane-Lowther, said the panel was unanimous.\n\n“This is a book that smells of diesel and salt and fear,” she said.";
    expect(speakersOf(text)).toEqual(["Alan Breck", "Harriet Vane-Lowther"]);
    expect(speakersOf(text.replace("The chair of the judges, the critic Harriet Vane-Lowther, said the panel was unanimous.\n\n", ""))).not.toContain("Cod Wars");
  });

  it("takes one word the article makes a person's name for the speaker, and the apposition after it for the role", () => {
    expect(quotesOf("Selam, 41, has worked in the camp since 2019.\n\n“We held on to the rope,” said Selam, a nurse from Asmara.")[0]).toMatchObject({ speaker: "Selam", role: "a nurse from Asmara" });
    expect(quotesOf("“We swam for hours,” said Dawit, a 19-year-old Eritrean who gave only his first name.")[0]).toMatchObject({ speaker: "Dawit", role: "a 19-year-old Eritrean" });
  });

  it("takes a person set after someone's role between commas, with or without an article, for the 'he' who speaks next", () => {
    const text = "“We will not be scared off,” Colonel Ivan Soto, the regional police chief, said on Monday.\n\nOrtega’s main rival, the former senator Luis Barrera, condemned the shooting on the radio. “Nobody should die for a ballot,” he said.";
    expect(speakersOf(text)).toEqual(["Ivan Soto", "Luis Barrera"]);
    expect(speakersOf(text.replace("Ortega’s main rival, the former senator", "His rival, incumbent senator"))).toEqual(["Ivan Soto", "Luis Barrera"]);
  });

  it("gives 'the company said in a statement' to the body whose name says it is a business, though a union was named since", () => {
    const text = 'The strike, called by the Associated Port Workers Union (APWU), follows the collapse of talks with the Manila Harbour Services Corporation.\n\n"We are not afraid," APWU president Jose Santos told reporters.\n\nThe company said in a statement that the demands would add 110 million pesos a year to its costs.\n\n"The company cannot pay what it does not earn," the statement said.';
    expect(speakersOf(text)).toEqual(["Jose Santos", "Manila Harbour Services Corporation"]);
  });

  it("gives 'the statement said' to the navy that said it in a statement", () => {
    expect(speakersOf('The navy said in a statement that the captain had been detained.\n\n"Those responsible will be punished," the statement said.')).toEqual(["navy"]);
  });

  it("gives 'she' to the woman who said what a report confirmed, not to the firm that spoke before", () => {
    const text = 'Northline Infrastructure, the contractor, said it accepted the findings.\n\n"We deeply regret the failings," the company said in a statement.\n\nSusan Pryor, 61, whose son was killed, said the report confirmed what families had feared.\n\n"For 20 months we have been told nobody could say what happened," she told BBC News.';
    expect(speakersOf(text)).toEqual(["Northline Infrastructure", "Susan Pryor"]);
  });

  it("gives the name someone 'asked to be identified only by' to them, past the appositions before it", () => {
    expect(speakersOf("“I received three phishing texts in one day,” said one of the plaintiffs, a 41-year-old office worker in Suwon, Gyeonggi, who asked to be identified only by her surname, Jung.")).toEqual(["Jung"]);
    expect(speakersOf("“We have nothing,” said a farmer, who asked to be identified only as Tomas.")).toEqual(["Tomas"]);
  });

  it("gives 'the company said' to the business, not to a union the text cited just before", () => {
    const text = 'Appliance maker Electrolar said Thursday it would lay off 1,200 workers.\n\nThe cuts are the largest this year, according to a count by the CGT union confederation.\n\n"We have done everything possible to avoid this decision," the company said in a statement.';
    expect(speakersOf(text)).toEqual(["Electrolar"]);
  });

  it("keeps whom a mission is sent to, and the name a clause gives without a comma, in who speaks", () => {
    expect(speakersOf('The EU delegation to Ukraine said the vote was "a mistake that will cost lives".')).toEqual(["EU delegation to Ukraine"]);
    expect(speakersOf('South Korea\'s mission to the United Nations said in a statement that Seoul remains committed to "complete denuclearization and permanent peace" on the peninsula.')).toEqual(["South Korea's mission to the United Nations"]);
    const text = "The daughter of the victim, who asked to be identified only by her surname Lee, told reporters that her father had planned to retire.\n\n“He said this would be his last building,” she said.";
    expect(speakersOf(text)).toEqual(["Lee"]);
  });

  it("reads past an opening 'Contacted,' to who speaks, and keeps an Institution's name whole", () => {
    expect(speakersOf('Contacted, a BJMC official in Dhaka, who did not want to be named, said the corporation was short of cash.\n\n"We have requested the finance ministry for an allocation," the official said.')).toEqual(["BJMC official"]);
    expect(speakersOf('The Nigerian Institution of Structural Engineers (NIStructE) said in a statement that the debris pointed to "poor quality concrete and inadequate reinforcement".')).toEqual(["Nigerian Institution of Structural Engineers"]);
  });

  it("gives 'the ministry said' to a ministry a sentence opened with, and 'he said' to the kin of someone described", () => {
    const ministry = 'Police said the public prosecutor\'s office had opened an inquiry.\n\nHousing ministry spokesman Ibrahim Fawzy said last week that a draft law was ready.\n\n"The state will not allow the lives of citizens to be traded," the ministry said in a statement.';
    expect(speakersOf(ministry)).toEqual(["housing ministry"]);
    const kin = 'Gov. Erdal Tanrikulu said the building had been enlarged without a permit. "Those responsible will be punished," he told reporters.\n\nThe shop owner\'s brother, speaking on condition of anonymity, denied that. "He only took down a wall," he said.';
    expect(speakersOf(kin)).toEqual(["Erdal Tanrikulu", "shop owner's brother"]);
  });

  it("gives 'the company said' to a company's full name, its trade in initials after its short name", () => {
    const text = "The ministry began an inspection of Dongseo E&C, after two workers fell.\n\nDongseo said in a statement that it apologised.\n\n“We have suspended work at all high-rise sites,” the company said.";
    expect(speakersOf(text)).toEqual(["Dongseo E&C"]);
  });

  it("gives the words to one described who worked beside someone named, to 'the lawyer' who goes on as 'he', and to one whose sentence goes on with what was said", () => {
    expect(speakersOf("A fellow photographer who worked alongside Kyaw Zin Htet during the protests said he had been documenting events.\n\nKyaw Zin Htet, 29, was jailed.\n\n“We all knew the risk,” the photographer said.")).toEqual(["fellow photographer who worked alongside Kyaw Zin Htet during the protests"]);
    expect(speakersOf("Kyaw Zin Htet, 29, was arrested in April.\n\n“He was sentenced to three years,” the lawyer said.\n\n“His mother collapsed in the corridor when she heard,” he added.")).toEqual(["lawyer", "lawyer"]);
    const owner = 'A spokesman for the Government Communication Service said those detained would be brought before a court.\n\nA hotel owner in Bahir Dar, the regional capital, said his bookings had fallen by 80%.\n\n"We cannot receive payments," he said.';
    expect(speakersOf(owner)).toEqual(["hotel owner in Bahir Dar"]);
  });

  it("names the holder an apposition gives after a description, the body a description points back to, and no name after 'according to the findings,'", () => {
    expect(speakersOf('A Roman Catholic priest, the Rev. Tomas Aguilar of the Guerrero diocese of Tlapa, said fear kept families away.\n\n"For every mother who is here today, there are three more," he said.')).toEqual(["Tomas Aguilar"]);
    const body = 'LONDON (AP) - Prisoners have been beaten, Amnesty International said in a report released Thursday.\n\nThe London-based human rights group said it had interviewed 46 former detainees.\n\n"Torture has become a routine part of interrogation," the report said.';
    expect(speakersOf(body)).toEqual(["Amnesty International"]);
    const findings = 'According to the findings, 312 of the cases occurred in the southern state of Guerrero.\n\n"The government has never acknowledged a single one," the report said.';
    expect(speakersOf(findings)).not.toContain("Guerrero");
    // (Nor a name later in the sentence after a source with no article: "according to court documents, described …".)
    // ("An earlier investigation by the Mauritian marine accident bureau found": the inquiry's maker, not a word before it.)
    expect(speakersOf("Gungadin said the claimants would appeal. An earlier investigation by the Mauritian marine accident bureau found that the vessel had altered course “to obtain internet connectivity” before the grounding.")).toEqual(["Mauritian marine accident bureau"]);
    const documents = "Sarah Lindqvist was one of nine players who testified.\n\nHer testimony, according to court documents, described a season in which she worked evenings as an English tutor.\n\n“I told them the truth,” she said.";
    expect(speakersOf(documents)).toEqual(["Sarah Lindqvist"]);
  });

  it("gives the words to the person named after 'A spokesman for the …,' by their surname later", () => {
    const text = 'A spokesman for the federal attorney general\'s office, Jorge Luna Medina, said the cases had been investigated.\n\n"There are no political prisoners," Luna said.';
    expect(speakersOf(text)).toEqual(["Jorge Luna Medina"]);
  });

  it("reads 'the bloc', a department called 'Defence', an emailed response, another villager named with an age, a group of rapporteurs and a student kept unnamed", () => {
    expect(speakersOf('The Economic Community of West African States (ECOWAS) said the timetable was unacceptable.\n\n"The region cannot accept that those who took power by force set the calendar," the bloc said in a statement.')).toEqual(["Economic Community of West African States"]);
    expect(speakersOf("In a statement, Defence said the patrol boat had come alongside “in heavy swell and poor visibility” when the hulls touched.")).toEqual(["Defence"]);
    expect(speakersOf("In an emailed response to Mongabay, PT Sawit Borneo Lestari said its land clearing was lawful.\n\n“The company is committed to a no-deforestation policy,” the statement said.")).toEqual(["PT Sawit Borneo Lestari"]);
    expect(speakersOf('"The whole creek was black," said Ebiere Tonye, 52, a fisherwoman.\n\nAnother villager, 67-year-old Boma Alagoa, said he had counted dead fish. "This is the worst since 2010," he said.')).toEqual(["Ebiere Tonye", "Boma Alagoa"]);
    expect(speakersOf("In a statement on Friday, a group of UN special rapporteurs said detention was being used “as a form of punishment” against lawyers.")).toEqual(["UN special rapporteurs"]);
    expect(speakersOf('A 22-year-old student quoted in the report, identified only by his initials, said he had been kept in a cell "the size of a dog kennel" for 17 days.')).toEqual(["22-year-old student"]);
  });

  it("reads an age told as 'now 44', and someone's kin named at the end of a long sentence", () => {
    expect(speakersOf("“I could hear them reloading,” Mkhize, now 44, told News24. “I lay there with my friend on top of me.”")).toEqual(["Mkhize", "Mkhize"]);
    const kin = 'Maddox died on Monday at a nursing home in Gosford, on the Central Coast, after a long illness, her son Graham Maddox-Kerr said. "She went peacefully," he said.';
    expect(speakersOf(kin)).toEqual(["Graham Maddox-Kerr"]);
  });

  it("gives the words to another of a kind named with an age or a description, or placed by where they work", () => {
    expect(speakersOf('Another driver, 27-year-old Slamet, said he rented his vehicle for 1,500 rupiah a day.\n\n"They say go back to the village," he said.')).toEqual(["Slamet"]);
    expect(speakersOf("Another depositor, Ifeanyi Obi, 31, a phone accessories trader at Computer Village, Ikeja, said he had pooled N6 million. “We were greedy, yes,” he said.")).toEqual(["Ifeanyi Obi"]);
    const analyst = '"Banks will stay," said Kenji Morioka, an analyst at Mizuho Securities.\n\nAnother analyst, at Nomura Securities, said some customers might reconsider orders. "Clients want to know the supplier will still be around," he said.';
    expect(speakersOf(analyst)).toEqual(["Kenji Morioka", "analyst at Nomura Securities"]);
  });

  it("gives words from an interview years back to the person the article is about, though another spoke since", () => {
    const text = [
      "Beryl Maddox, who won Olympic gold in Rome in 1960, has died at the age of 80. Maddox died on Monday at a nursing home in Gosford.",
      "The daughter of a wharf labourer, Maddox was spotted at 13 by the coach Harry Lenihan, who later described her as \"the hardest worker I ever had in the water.\" Within three years she was national champion.",
      "She retired in 1962, aged 24, and spent the next 30 years teaching children to swim. By her own estimate she taught more than 20,000 children.",
      "\"I got more out of watching a six-year-old get across the pool than I ever got out of Rome,\" she told the ABC in 1999.",
    ].join("\n\n");
    expect(speakersOf(text)).toEqual(["Harry Lenihan", "Beryl Maddox"]);
  });

  it("gives 'the company said' to the tour firm that spoke, not to the safety board named more often", () => {
    const text = 'The National Transportation Safety Board said the plane had missed an inspection. The safety board gave no cause. The National Transportation Safety Board will report next year.\n\nIn a statement, Tongass Sky Tours said it had suspended all flights. The company said the lapse was "an administrative error that we deeply regret."';
    expect(speakersOf(text)).toEqual(["Tongass Sky Tours"]);
  });

  it("gives 'Meridian said' to the one body whose name 'Meridian' opens", () => {
    const text = 'The passengers had been on a cruise aboard a ship operated by Meridian Cruise Line. The cruise line stopped selling excursions.\n\n"Our guests trusted us," Meridian said in a statement.';
    expect(speakersOf(text)).toEqual(["Meridian Cruise Line"]);
  });

  it("gives 'the ministry said' to the ministry the text just told of in lower case, not to another body that spoke before", () => {
    const text = "Santé Publique France said cases rose.\n\nThe letter warned that children were dying, a claim contested by the health ministry.\n\nIn a statement, the ministry said that 17 intensive care beds had been opened and that “no child has been refused the care they need.”";
    expect(speakersOf(text)).toEqual(["health ministry"]);
  });

  it("gives a 'she' nobody before fits to no one, never to a dateline or the sentence's first name", () => {
    expect(speakersOf('SPRINGFIELD, Mo. (AP) — Jurors in the trial listened Wednesday to her final call, in which she whispered that he was "in the house with a gun."')).toEqual([null]);
    expect(speakersOf('Melissa Hart was found dead. Jurors listened Wednesday to her final call, in which she whispered that he was "in the house with a gun."')).toEqual(["Melissa Hart"]);
  });

  it("finds the subject after an opening 'Back in …,' for a later 'he'", () => {
    const text = "Doug Carlisle, 64, watched the lake rise.\n\nEnvironment Canada meteorologist Jill Hartigan said more rain was forecast.\n\n“It counts,” she said.\n\nBack in Sunnyside Beach, Carlisle has moved his furniture upstairs.\n\n“I’m staying,” he said.";
    expect(speakersOf(text)).toEqual(["Jill Hartigan", "Doug Carlisle"]);
  });

  it("gives an inverted 'said its secretary general in Seville, Manuel Rosales' to the name after the role", () => {
    expect(quotesOf("“There are crops that will simply not be planted,” said its secretary general in Seville, Manuel Rosales.").map((q) => [q.speaker, q.role])).toEqual([["Manuel Rosales", "secretary general in Seville"]]);
  });

  it("never gives 'he' to a place shaped like a personal name", () => {
    const text = '"The noise was unbelievable," Pettit said.\n\nMeteorologist Tom Reyes of the National Weather Service in Fort Worth said more storms were possible on Thursday.\n\n"We are in the heart of hail season," he said.';
    expect(speakersOf(text)).toEqual(["Pettit", "Tom Reyes"]);
  });

  it("gives a jury's conclusion to the jury", () => {
    expect(only("In its narrative conclusion, the jury said: “Had the required checks been carried out, it is likely that he would have lived.”").speaker).toBe("jury");
  });

  it("keeps a quote in the reported clause after a relative clause closed by a comma", () => {
    expect(only("Lee Jong-wook, director-general of WHO, said cases imported from Nigeria, which suspended vaccinations for a year, “remind us that we must continue to protect the children” and more.")).toMatchObject({ speaker: "Lee Jong-wook" });
  });

  it("does not take an outlet that closes a sentence ('…, CNN reported') for the group a later sentence means", () => {
    const quotes = quotesOf("Physicians for Human Rights announced its findings on Wednesday, CNN reported.\n\nThe group said the 11 represented “a much larger number of detainees subjected to torture.”");
    expect(quotes.map((q) => q.speaker)).toEqual(["Physicians for Human Rights"]);
  });

  it("gives a chant to the people a participle right after them describes, and a slogan to the sign that bore it", () => {
    expect(only("A local station captured footage of students outside the building shouting, “Whose university? Our university!”")).toMatchObject({ speaker: "students" });
    expect(only("“Education only for the rich,” one sign read.")).toMatchObject({ speaker: "sign" });
    expect(only("One protester shouts “too cheap, take it away” as the group loads the trolleys.")).toMatchObject({ speaker: "protester" });
  });

  it("does not count a participle opening a sentence ('Dubbed Fab 42, …') or a word before a model number as an organisation", () => {
    const text = "Dubbed Fab 42, the factory will make chips, Intel Corporation said. Fab 42 will open in 2020. Work on Fab 42 began in 2011.\n\nIn 2011, the company announced Fab 42. At that time it said the plant would “create thousands of construction and manufacturing jobs.”";
    expect(speakersOf(text)).toEqual(["Intel Corporation"]);
  });

  it("keeps 'the airline' as the speaker's description when the article names no airline", () => {
    expect(only("“We will cooperate fully with investigators,” the airline said in a statement on Monday.")).toMatchObject({ speaker: "airline" });
  });

  it("gives 'a statement' to whoever just announced in the same paragraph", () => {
    const quotes = quotesOf("Hilary Mantel has died aged 70, her publishers Harbour Books announced on Friday. “We are heartbroken at the death of our beloved author,” a statement said.\n\nThe family gave no details. “We ask for privacy,” a statement said.");
    expect(quotes.map((q) => q.speaker)).toEqual(["Harbour Books", "statement"]);
  });

  it("carries an unattributed quote on with someone who spoke in a sentence of their own since the quote before", () => {
    const quotes = quotesOf("“We are heartbroken at the death,” said Jane Roe. Nicholas Pearson, a former director, said her death was “devastating”. “Hilary had a unique outlook on the world.”");
    // (The one word “devastating”, which "said" carries, is his words too.)
    expect(quotes.map((q) => q.speaker)).toEqual(["Jane Roe", "Nicholas Pearson", "Nicholas Pearson"]);
    // "according to" in the quote's own sentence names a source, not a new speaker.
    const sourced = quotesOf("“This hurricane was an absolute monster,” said Gov. Rick Scott, according to CBS. “And the damage is still to be understood.”");
    expect(sourced.map((q) => q.speaker)).toEqual(["Rick Scott", "Rick Scott"]);
  });

  it("skips a sentence adverb before the verb, and treats 'cited' as reporting words", () => {
    expect(only("The Nasdaq exchange, meanwhile, says trades made at the time are “to be cancelled entirely.”")).toMatchObject({ speaker: "Nasdaq exchange" });
    expect(only("The Nobel committee cited “her contribution to sustainable development and peace” as its reason.")).toMatchObject({ speaker: "Nobel committee" });
  });

  it("a scare-quoted term earlier in the sentence does not hide the verb that governs a later quote", () => {
    expect(only("Henderson stated that he expected the “New GM” to focus upon “highly fuel-efficient and green technology”.")).toMatchObject({ speaker: "Henderson", partial: true });
  });

  it("gives a quote that follows another without attribution to the same speaker", () => {
    const quotes = quotesOf("“We all saw the attack in Manchester,” said Lt-Gen Townsend. “The group threatens all our nations.”");
    expect(quotes.map((q) => q.speaker)).toEqual(["Townsend", "Townsend"]);
  });

  it("continues a quote into the next paragraph that opens with a quotation mark: one quotation, with a source in each paragraph", () => {
    const quotes = quotesOf("“In the meantime we will continue shaping operations.\n\n“Doing both at once will complicate command for the enemy,” said Col. Ann Reed.\n\n“We are ready,” she said.");
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["In the meantime we will continue shaping operations.\n\n“Doing both at once will complicate command for the enemy,", "Ann Reed"],
      ["We are ready,", "Ann Reed"],
    ]);
    expect(quotes[0]!.sources).toHaveLength(2);
  });

  it("a verb followed by its clause names no speaker after it: the sentence's “according to” does", () => {
    const [quote] = quotesOf("According to The Daily Planet, an official “with knowledge of the talks” claimed that the minister had resigned over the budget of Metropolis City.");
    expect(quote).toMatchObject({ text: "with knowledge of the talks", speaker: expect.stringContaining("Daily Planet") });
  });

  it("“he” after an office and a name is that person, even where the tagger typed the name oddly", () => {
    const quotes = quotesOf("“It is the best decision for our plants,” said the general secretary of the union Unite, Tony Woodley. “I am delighted that they have finally done the right thing,” he told the BBC.");
    expect(quotes.map((q) => q.speaker)).toEqual(["Tony Woodley", "Tony Woodley"]);
  });

  it("never invents a speaker: a pronoun with nobody named before it stays empty", () => {
    expect(only("“We declare the start of the great battle for the city,” he said.")).toMatchObject({ speaker: null });
  });

  it("marks a fragment woven into the reporter's sentence as partial", () => {
    expect(only("Officials told CNN it would be “some time before they reach the city.”")).toMatchObject({ partial: true, speaker: "Officials" });
    expect(only("Col. Ann Reed told CNN it would be “some time before they reach the city.”")).toMatchObject({ partial: true, speaker: "Ann Reed" });
  });

  it("does not take the next clause's subject for the quote's attribution", () => {
    const quotes = quotesOf("Union leaders said the deal was “a betrayal of the workforce”, but the company said it was “the only option left”.");
    expect(quotes[0]).toMatchObject({ text: "a betrayal of the workforce", speaker: "Union leaders" });
  });

  it("never reads 'she' as a man the article has called 'he'", () => {
    const text = "Judge Hilton Fuller made an unusual request.\n\n“This is not an order,” he said.\n\nFor Rhonda Cook, the reporter covering the trial for the city's newspaper, it was an easy call.\n\n“It sounded like he was asking us to keep a secret,” she said.";
    expect(speakersOf(text)).toEqual(["Hilton Fuller", "Rhonda Cook"]);
  });

  it("names nobody after a verb whose clause follows it", () => {
    expect(only("Nasdaq, meanwhile, says that all trades at or around 2.40 PM “or immediately prior” are cancelled.").speaker).toBe("Nasdaq");
  });

  it("reads 'another' as another of the people just described", () => {
    const quotes = quotesOf("“The market is in free fall,” said one trader. Another added: “Nobody knows where the bottom is.”");
    expect(quotes.map((q) => q.speaker)).toEqual(["trader", "another trader"]);
  });

  it("names nobody rather than a clause", () => {
    expect(only("“I don’t know,” was all the minister would say.")).toMatchObject({ speaker: null });
  });

  it("keeps later fragments of one reported sentence with the speaker of the first", () => {
    const quotes = quotesOf("Ann Reed declined to name a date, saying it was a matter “for the ministry to decide”, and merely saying that it would be “weeks, not days” before the army gave “the all-clear for the valley.”");
    expect(quotes.map((q) => [q.text, q.speaker, q.partial])).toEqual([
      ["for the ministry to decide", "Ann Reed", true],
      ["weeks, not days", "Ann Reed", true],
      ["the all-clear for the valley.", "Ann Reed", true],
    ]);
    // A fragment in a sentence with no speech at all is still a term, not a quotation.
    expect(quotesOf("The army moved “the heavy guns north” before the rains.")).toEqual([]);
  });

  it.each([
    ["a name in quotes", "The militias launched the campaign “Euphrates Rage,” which includes many groups."],
    ["a scare-quoted term", "They will shut down the so-called “back door” escape out of the city."],
    ["a one-word term no verb of saying carries", "There could be “overlap” between the operations."],
    ["a name right after a naming participle", "The rebels launched an operation called “Wrath of the Euphrates River”."],
    ["a title the sentence runs on from", "The tracker Exhibitor Relations said “Meet the Fockers” earned $46 million."],
    ["a fragment in a relative clause", "The campaign, which will be carried out “in coordination with international forces,” began on Sunday."],
  ])("leaves out %s", (_kind, text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it.each([
    ["Officials noted there could be “overlap” between the operations.", "overlap", "Officials"],
    ["Maple Harvest rejected the offer, calling the bid “opportunistic” and saying it undervalued the company.", "opportunistic", "Maple Harvest"],
    ["Mr Lim said there would be “some rationalisation” but declined to give numbers.", "some rationalisation", "Lim"],
    ["The federal labour minister said Thursday the government had “no choice” but to intervene.", "no choice", "federal labour minister"],
    ["Ndlovu said supplements were sold “like sweets” in some schools.", "like sweets", "Ndlovu"],
  ])("keeps a fragment of one or two words that a verb of saying carries as what was said: %s", (text, quoted, speaker) => {
    expect(only(text)).toMatchObject({ text: quoted, partial: true });
    expect(only(text).speaker).toContain(speaker);
  });

  it.each([
    ["after a word that opens a noun phrase", "Jobs said buyers could get a free case, a “bumper,” from the store."],
    ["before the noun it qualifies", "Mr Howard claims the projects will secure the future of the “iconic” Ford Falcon."],
    ["before the noun it qualifies, with nothing before it", "The group said “colorum” operators continue to ply the route."],
    ["as a name given", "The ships switched off their transponders, a practice known in the industry as “going dark,” officials said."],
    ["as an alternative name", "Jobs said all buyers would receive a free case, or “bumper,” from Apple."],
    ["as what someone calls it", "The board said grades rose after years of what critics described as “grade inflation” in schools."],
    ["as a kind with examples", "The court said punishments for “offenses” such as smoking were harsh."],
  ])("leaves out a short fragment a verb of saying carries %s", (_where, text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it("gives no speaker to a quote from a clause about it after it ('something patients say', 'which critics say')", () => {
    expect(only("The minister said the plan was “completely unworkable”, something critics say has been clear for years.").speaker).toBe("minister");
    expect(quotesOf("The condition has been dismissed as “just tiredness”, something patients say has made it worse.")).toEqual([]);
    expect(only("The condition has been dismissed as “just tiredness and nothing more than a bad week”, which patients say has made it worse.").speaker).toBeNull();
  });

  it("goes with the body's actor where one who speaks for a body the article names speaks, keeping the description as the speaker", () => {
    const text = "Kuala Lumpur City Hall (DBKL) was urged to act. A DBKL spokesman said all approvals had been granted “in accordance with existing guidelines and the law”.\n\nThe Syrian Democratic Forces (SDF) began the attack. “We will win,” a spokesman for the SDF said. “We are ready,” a senior SDF official said.";
    const facts = extractArticle(testArticle(text));
    const bodyOf = (quote: Quote) => facts.actors.find((a) => a.id === quote.actor)?.name;
    expect(facts.quotes.map((q) => [q.speaker, bodyOf(q)])).toEqual([
      ["DBKL spokesman", "Kuala Lumpur City Hall"],
      ["spokesman for the SDF", "Syrian Democratic Forces"],
      ["senior SDF official", "Syrian Democratic Forces"],
    ]);
    // (So does one who heads it, unnamed, and one placed at it with its possessive: "an official at the IMD’s regional centre".)
    const heads = extractArticle(testArticle("The Association of Licensed Telecommunications Operators of Nigeria (ALTON) met. “We are complying,” the ALTON chairman said.\n\nThe India Meteorological Department (IMD) issued a warning. “The trough will shift,” an official at the IMD’s regional centre in Mumbai said."));
    expect(heads.quotes.map((q) => heads.actors.find((a) => a.id === q.actor)?.name)).toEqual(["Association of Licensed Telecommunications Operators of Nigeria", "India Meteorological Department"]);
    // (A witness is no one's voice but their own.)
    expect(extractArticle(testArticle("Kuala Lumpur City Hall (DBKL) was urged to act. “It is a shame,” a DBKL worker said.")).quotes[0]!.actor).toBeNull();
  });

  it("reads 'a spokesperson' as the body the paragraph is about, past names inside quotation marks", () => {
    expect(only("The Lawn Tennis Association has sent us a statement about the “Moss effect” on clubs. “Harriet has been an inspiration to young players,” a spokesperson said.").speaker).toBe("spokesperson for the Lawn Tennis Association");
  });

  it("reads 'the association', 'the charity', 'the council' as the body whose name does not say its kind, that spoke or that the paragraph is about", () => {
    expect(speakersOf("SA Schools Rugby said in a statement that it “fully supports” SAIDS and would act. “No trophy is worth a child’s health,” the association said.")).toEqual(["SA Schools Rugby", "SA Schools Rugby"]);
    // (The body this paragraph is about, before a body that spoke in the one before.)
    expect(only("Health Canada said it could not comment.\n\nPancreatic Cancer Canada welcomed the study. “For too long, a diagnosis has come far too late,” the charity said.").speaker).toBe("Pancreatic Cancer Canada");
    // (By the name and the noun where the text writes them together.)
    expect(only("Calderdale council said in a statement that it had opened three rest centres. “Our teams have worked through the night,” the council said.").speaker).toBe("Calderdale council");
  });

  it("keeps a titled name before a long body's name it is 'of', and an office whose remit is listed before it as one person", () => {
    expect(speakersOf("Detective Superintendent Ciarán Molloy of the Garda National Drugs and Organised Crime Bureau said the seizure was large.\n\n‘This was an intelligence-led operation,’ he said.")).toEqual(["Ciarán Molloy"]);
    const office = "The Pollutant Standards Index (PSI) entered the hazardous range last night.\n\nSpeaking to reporters yesterday, the Environment and Water Resources Minister described the haze as “a man-made disaster”.\n\n“We have made the offer, and it remains on the table,” he said.";
    expect(speakersOf(office)).toEqual(["Environment and Water Resources Minister", "Environment and Water Resources Minister"]);
  });

  it("reads 'the ministry' as no body whose name ends in another kind's noun ('… Agency')", () => {
    const text = "The haze prompted the Ministry of Education (MOE) to close all schools today.\n\nThe index reached 341 at 11pm yesterday, according to the National Environment Agency (NEA).\n\n“The health and safety of our students is our utmost priority,” the ministry said in a statement.";
    expect(only(text).speaker).toBe("Ministry of Education");
  });

  it("reads 'the MEC' as the office the initials head ('the Eastern Cape MEC for Health'), and 'the DCP' past what an office covers in brackets", () => {
    expect(speakersOf("The Eastern Cape MEC for Health said on Monday that the tender was late.\n\n“The process has taken longer than we anticipated,” the MEC said.")).toEqual(["Eastern Cape MEC for Health"]);
    const dcp = "“The gang had been operating since March,” said deputy commissioner of police (cyber crime) Rakesh Tyagi.\n\nAccording to Tyagi, the raid came after a tip-off.\n\n“They knew the scripts,” the DCP said.";
    expect(speakersOf(dcp)).toEqual(["Rakesh Tyagi", "Rakesh Tyagi"]);
  });

  it("reads a body by initials that leave out the place its name opens with, by a short name clipped from its words in another order, and by its kind with a word that says which", () => {
    const rfs = extractArticle(testArticle("The NSW Rural Fire Service says the fire has burnt 260,000 hectares.\n\nThe man was airlifted to hospital. An RFS spokesman said: “He is in a stable condition.”"));
    expect(rfs.actors.find((a) => a.id === rfs.quotes[0]!.actor)?.name).toBe("NSW Rural Fire Service");
    expect(speakersOf("The Malaysian Meteorological Department (MetMalaysia) issued warnings for Kelantan.\n\n“Heavy rain is expected to continue for three days,” MetMalaysia said.")).toEqual(["Malaysian Meteorological Department"]);
    const weather = "Temperatures hit 118 degrees on Friday, the National Weather Service said. The NSW Rural Fire Service was on alert.\n\nThe weather service, which called the streak “unprecedented,” said an excessive heat warning for the Phoenix area would remain in effect until Saturday.";
    expect(speakersOf(weather)).toEqual(["National Weather Service"]);
    expect(speakersOf("The Thompson-Nicola Regional District said in a statement that the village was unsafe.\n\n“We understand how painful this wait is,” the regional district said.")).toEqual(["Thompson-Nicola Regional District"]);
    expect(speakersOf("The City of Westhaven approved the plan on Monday.\n\nIn a statement, the city said it would set up a fund.\n\n“No business will have its access blocked for long,” the statement said.")).toEqual(["City of Westhaven"]);
    // (A clause after an inverted "said" with its own modal is what was said; a relative clause after the speaker is not.)
    expect(only("“We are ready,” said a spokesman for the group that has led the talks.").speaker).toBe("spokesman for the group");
  });

  it("reads 'he' after a sentence an office in lower case opens as that office, 'the MEC' after an office whose remit runs on with 'and', and 'a spokeswoman for the company' as the business", () => {
    const office = "Its chief meteorologist, Frank Saunders, said the storm had been “unusually slow-moving and very stubborn”.\n\nThe environment secretary visited the flood scheme on Thursday. Asked whether it had failed, he said: “The defences did exactly what they were designed to do.”";
    expect(speakersOf(office)).toEqual(["Frank Saunders", "environment secretary"]);
    expect(speakersOf("The Mpumalanga MEC for Co-operative Governance and Traditional Affairs said engineers had been sent.\n\n“The provincial government has intervened,” the MEC said.")).toEqual(["Mpumalanga MEC for Co-operative Governance and Traditional Affairs"]);
    expect(speakersOf("The vehicle is registered to Baltic Reefer Logistics, a haulage firm based in Kaunas.\n\n‘We have no knowledge of how these goods came to be in our vehicle,’ a spokeswoman for the company said.")).toEqual(["spokeswoman for Baltic Reefer Logistics"]);
  });

  it("keeps a single quotation whole past double quotation marks nested inside it, as British style writes them", () => {
    const text = "‘This is the right medicine,’ said analyst Jonathan Pryce, whose book ‘Closing Time’ charts the decline. ‘The question is whether there is enough left to fund the “digital-first” strategy the board keeps talking about.’";
    expect(quotesOf(text).map((q) => [q.text, q.speaker])).toEqual([
      ["This is the right medicine,", "Jonathan Pryce"],
      ["The question is whether there is enough left to fund the “digital-first” strategy the board keeps talking about.", "Jonathan Pryce"],
    ]);
  });

  it("keeps a quotation in straight single marks whole past straight double ones nested inside it, in copy that quotes with double marks nowhere else", () => {
    const text = "Bernadette Kiely led the strike.\n\nShe added: 'They called us \"dinosaurs\" and \"wreckers\". Well, the dinosaurs have just won.'";
    expect(quotesOf(text).map((q) => [q.text, q.speaker])).toEqual([["They called us \"dinosaurs\" and \"wreckers\". Well, the dinosaurs have just won.", "Bernadette Kiely"]]);
  });

  it("reads 'the company' past a town and its state in its apposition and a relative clause before the verb, as the business the story named first", () => {
    const text = "Workers walked out on Thursday.\n\nPickets went up outside the Dallmann Driveline Systems factory in Kokomo.\n\nThe company, a supplier based in Troy, Michigan, whose parts go into trucks built by General Motors, said it was “disappointed” by the walkout.\n\n“We remain ready to return to the table,” the company said in a statement.";
    expect(speakersOf(text)).toEqual(["Dallmann Driveline Systems", "Dallmann Driveline Systems"]);
    // (A remit's fields listed with commas are no town and state.)
    expect(only("In a statement, the Department of Housing, Planning, Community and Local Government said: “Supply is rising.”").speaker).toBe("Department of Housing, Planning, Community and Local Government");
  });

  it("reads an office whose remit is listed with commas as one name, and 'the Minister' as that office where no one holds it by name", () => {
    expect(speakersOf("The Minister for Agriculture, Food and the Marine, speaking in Tullamore on Monday, urged both sides to engage. “Nobody wins from a stand-off,” the Minister said.")).toEqual(["Minister for Agriculture, Food and the Marine"]);
    const state = "The guest of honour, the Minister of State for Culture, Community and Youth, said the event was “a homecoming” for Singaporeans.\n\n“For three years, we counted down separately,” the minister said.";
    expect(speakersOf(state)).toEqual(["Minister of State for Culture, Community and Youth", "Minister of State for Culture, Community and Youth"]);
  });

  it("gives words 'he told the paper at the time' to the person the article is about, not to the last who spoke", () => {
    const text = "The saxophonist Themba Mokoena, 79, died on Saturday.\n\nMokoena taught himself to play. Mokoena's family was moved to Soweto.\n\nPianist Sipho Khoza, 68, said he had visited him last week.\n\nLast year Mokoena made headlines when he revealed his royalties.\n\n“I am not angry for me,” he told Sowetan at the time.";
    expect(speakersOf(text)).toEqual(["Themba Mokoena"]);
  });

  it("reads 'Fr.' as a title, a titled name before a role in lower case as the subject, and 'the company' as the body an apposition calls a start-up", () => {
    expect(speakersOf("“We saw more discipline,” Fr. Ramon Dizon, rector of the basilica, told reporters.\n\n“No one was pushing at the door,” he said.")).toEqual(["Ramon Dizon", "Ramon Dizon"]);
    const startUp = "Highland Orbital, the Inverness start-up hoping to launch from British soil, has postponed its maiden flight.\n\nThe company said on Tuesday that replacing the part would take ‘at least three months’.";
    expect(speakersOf(startUp)).toEqual(["Highland Orbital"]);
  });

  it("reads 'the coalition' as the body whose name holds the noun over another that spoke since, and a description set before a body's name as that body", () => {
    const coalition = "Greg Lam of the Kitsilano Neighbours Coalition spoke against it.\n\nThe City of Vancouver said in a statement that the tower would go ahead.\n\nIn a written submission, the coalition said the city had “rushed consultation on a building that will change this block forever”.";
    expect(speakersOf(coalition).at(-1)).toBe("Kitsilano Neighbours Coalition");
    expect(only("The landlord, the Sun Wui Clan Association, said the new rent was “still below market rate for the area”.").speaker).toBe("Sun Wui Clan Association");
    expect(only("The union, the National Union of Teachers, said the offer was “an insult to every teacher in the land”.").speaker).toBe("National Union of Teachers");
    // ("In June, the receivers, the Kampala firm Mbabazi & Partners, told": or by its name after a word for its trade.)
    expect(only("In June, the receivers, the Kampala firm Mbabazi & Partners, told the court that the assets were ‘insufficient to meet the claims of secured creditors’.").speaker).toBe("Mbabazi & Partners");
    // ("the union" as the body a dispute's story names most, that goes by a name of its own and is no business.)
    const union = "Siptu, which represents most of the workforce, said Harbourline Foods had refused to move.\n\n“Our members are done,” said Siptu organiser Gráinne Walsh.\n\nHarbourline Foods said it regretted the ballot.\n\nThe union said any action would escalate to “a series of rolling stoppages across every site”.";
    expect(speakersOf(union).at(-1)).toBe("Siptu");
  });

  it("keeps an unbalanced quotation mark inside its paragraph", () => {
    const quotes = quotesOf("He said “this never closes and runs on for a while.\n\nA new paragraph without quotes.");
    expect(quotes.every((q) => !q.text.includes("A new paragraph"))).toBe(true);
  });

  it("keeps every source excerpt verbatim at its offsets", () => {
    const article = testArticle("“We are ready,” said Maria Lopez. Later, Ann Reed said: “So are we.”");
    for (const quote of extractArticle(article).quotes) {
      for (const s of quote.sources) expect(article.text.slice(s.start, s.end)).toBe(s.excerpt);
      expect(article.text).toContain(quote.text);
    }
  });

  it("takes the personal name that ends the subject as its head, past a label and a reporting outlet", () => {
    expect(only("“It will be for personal use,” Airbus sales director John Leahy told reporters.").speaker).toBe("John Leahy");
    const labelled = quotesOf("Ten Hag replied: “I told him to score.”\n\nTHE BIGGER PICTURE: McTominay said the match was his best, adding: “That might be my favourite moment.”");
    expect(labelled.map((q) => q.speaker)).toEqual(["Hag", "McTominay"]);
    const reported = quotesOf("President Hamid Karzai called the attackers “enemies of peace and stability,” the Los Angeles Times reported. He blamed “outsiders' provocation and direction,” suggesting a plot.");
    expect(reported.map((q) => q.speaker)).toEqual(["Hamid Karzai", "Hamid Karzai"]);
    expect(only("The Farmers Union said it would “block every road into the capital,” reports Radio Free Europe.").speaker).toBe("Farmers Union");
  });

  it("gives a quotation standing as a whole paragraph to the reported speaker of the paragraph before", () => {
    const text = "At the meeting, council member Ana Ruiz said it was too late for cuts.\n\n“By the time we have a budget this size, it is not possible to unmake it.”";
    expect(speakersOf(text)).toEqual(["Ana Ruiz"]);
  });

  it("resolves 'the union' to the organisation named beside that noun, and makes the subject of a statement a sayer", () => {
    const text =
      "Teachers in the Harbor Unified School District planned to strike.\n\nThe teachers union, the Harbor Education Association, called a strike late Wednesday.\n\n" +
      "“The district failed to come to the table,” the union said in a post.\n\nEarlier, the district had expressed optimism in a Facebook post.\n\n“We believe that a deal is within reach,” it said.";
    expect(speakersOf(text)).toEqual(["Harbor Education Association", "Harbor Unified School District"]);
    const wing = "The army said it struck 80 targets.\n\nThe armed wing of the Popular Front, the second largest group in the city and an ally of the government, hailed the attack in a statement on Saturday.\n\n“The resistance is considering expanding the response,” it said.";
    expect(speakersOf(wing)).toEqual(["Popular Front"]);
  });

  it("lets 'he' mean one person a description brought in, but not one that points back", () => {
    const witness = quotesOf("“The gate was shut,” spokesman Ali Noor said.\n\nA witness also said the blast came from a motorbike.\n\n“I saw two men enter the building,” he said, requesting anonymity.");
    expect(witness.map((q) => q.speaker)).toEqual(["Ali Noor", "witness"]);
    const official = quotesOf("Police chief Usman Rana gave details. The attack failed, said the official. He added that the gunman was “a most wanted man.”");
    expect(official.map((q) => q.speaker)).toEqual(["Usman Rana"]);
  });

  it("cuts how the words came from an inverted speaker, and lets 'he' mean a person introduced by what they do", () => {
    expect(only("“We call for calm,” said White House spokesman Jay Carney in a statement from Colombia, where Obama is.").speaker).toBe("Jay Carney");
    const text = "Airbus said it had won orders. Not to be outdone, Airbus pulled out a trick.\n\nActor and pilot John Travolta showed up at the show. “I did fly that A380,” he told Reuters on Thursday.";
    expect(speakersOf(text)).toEqual(["John Travolta"]);
  });

  it("reads 'the official' and 'the military source' as the unnamed source a description brought in", () => {
    const quotes = quotesOf(
      "A senior military source in Bangui told AFP that the army had come under attack.\n\n“Our forces repulsed these attacks,” the official said.\n\n“The rebels have opted to ambush our patrols,” said the military source.",
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["senior military source in Bangui", "senior military source in Bangui"]);
    // A description that a named person answers to is not an unnamed source: "the official" stays a new description.
    const named = quotesOf("Jane Roe, a county official, said the road was shut.\n\n“It will stay shut,” the official said.");
    expect(named[0]!.speaker).not.toBe("county official");
  });

  it("reads 'the scientist' as the person the paragraph last named, and a bare attribution sentence after a quote", () => {
    const quotes = quotesOf(
      "Paul Nurse, a biologist, shared the prize with Tim Hunt.\n\nUsing yeast cells, Nurse identified a gene. “That was the eureka moment,” the scientist told Reuters.\n\n”I am very glad with the result.” The coach continued.",
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["Paul Nurse", "coach"]);
    // No person named in the paragraph: a description, never a guess.
    expect(quotesOf("Tim Hunt won.\n\nThe study was long. “It was hard,” the scientist said.")[0]!.speaker).toBe("scientist");
  });

  it("gives a participle's quote to the people a possessive name goes with", () => {
    expect(only("Joss Ackland has died.\n\nAckland’s family shared a statement with Deadline Hollywood, telling the publication: “He brought a unique intensity to his roles.”").speaker).toBe("Ackland’s family");
  });

  it("gives a quotation paragraph to whoever the sentence before it is according to", () => {
    const text = "According to the FO statement, the two sides were to discuss cooperation on Covid-19 and trade.\n\n“The visit will play an important role in further strengthening ties.”";
    expect(only(text).speaker).toBe("FO");
  });

  it.each([
    ["a noun for what a person does, after the verb", "“I love this city,” said the singer, who was born in Detroit.", "singer"],
    ["a noun for what a person does, before the verb", "“There is no doubt in my mind,” the detective testified.", "detective"],
    ["a noun that an abbreviated title holds", "Det Sgt Colm Hennessy gave evidence on Monday.\n\nThe accused was calm. “He accepted that he knew,” the detective said.", "Colm Hennessy"],
    ["a noun that a hyphenated title holds", "Lt-Gen Steve Townsend spoke in Baghdad. “We are ready,” the general said.", "Steve Townsend"],
    ["'she' after a name shaped like a place's that an age makes a person", "Ellen Park, 62, who lives nearby, recalled the blast. “It was like a bomb went off,” she said.", "Ellen Park"],
    ["the subject of a sentence that issues a statement", "Acme Corp issued a statement: “We regret the delay and apologise to our customers.”", "Acme Corp"],
    ["a statement issued in the paragraph before", "The mayor’s office issued a statement on Monday.\n\n“The curfew remains in effect until further notice.”", "mayor’s office"],
    ["'he' after a role for a name shaped like a person's", "A spokesman for Merrill Lynch said its lines had been jammed all day. “We have never seen anything like this volume,” he said.", "spokesman for Merrill Lynch"],
    ["an office written as a name, its holder unnamed", "“The tunnel is a monument to what our nations can achieve,” the Queen said at Coquelles.", "Queen"],
    ["someone brought in by what they are, a participle clause after", "“We stood together,” said a bus driver picketing outside a depot in Leeds.", "bus driver"],
    ["someone brought in by what they are, placed by a preposition, a time after", "‘It is the end of an era,’ said one frequent flyer at Gatwick last night.", "frequent flyer at Gatwick"],
    ["someone brought in by what they are, a relative clause with no comma", "“There was a lot of hype,” said a fund manager at a Boston firm who asked not to be named because his firm bars him from speaking publicly.", "fund manager at a Boston firm"],
    ["someone brought in by what they are, an apposition after", "‘I saw the flames,’ said one witness, a lorry driver who had been on the motorway.", "witness"],
    ["'the company' after the body that spoke last in the paragraph", "Orbis sued Calder. Orbis said Calder broke the deal.\n\nCalder said in a statement that the suit was baseless. “We believe the suit is without merit,” the company said.", "Calder"],
    ["'the exchange' after the body that spoke, past a name inside the quote", "Vexa shares opened late.\n\nNasdaq said in a statement that it had fixed the problem. “Due to a technical issue, the opening was delayed,” the exchange said.", "Nasdaq"],
    ["'the company' as the company named most, not a regulator named since", "Boeing shares fell. Boeing said it was confident.\n\nThe FAA said it would review Boeing data. “We are confident in the plane,” the company said.", "Boeing"],
    ["'he' after a titled subject with its apposition, not an earlier speaker", "Mr Anthony Keel, QC, had told the jury that the man lived well.\n\nOutside court, Detective Chief Inspector Brian Moss, of West Yorkshire police, said the inquiry took two years. “This was a painstaking inquiry,” he said.", "Brian Moss"],
    ["'she' after a woman this paragraph named, not a body that spoke before", "The Navgaon Vikas Aghadi said it had won 27 seats.\n\nAmong the winners was Ms. Kavita More, a teacher, who defeated a councillor. “Young people voted for change,” she said.", "Kavita More"],
    ["a name and the body it heads", "“The conduct is inconsistent with our standards,” the Progressive Conservative caucus said.", "Progressive Conservative caucus"],
    ["a name and the family", "“We will fight on,” the Hendry family said.", "Hendry family"],
    ["a clipped name of an organisation", "Officers raided 31 addresses, the Metropolitan Police said in a statement.\n\n“Further arrests are expected in the coming days,” the Met said.", "Metropolitan Police"],
    ["'the statement' whose writer the paragraph before told of", "The CDC said cases were rising.\n\nRock Hudson gave $250,000 to the foundation, and last month a statement from him was read to 2,500 people at a dinner.\n\n“I am not happy that I am sick,” the statement said.", "Rock Hudson"],
    ["'the statement' of a body described, then named, that spoke in a statement", "The poet died this morning, his publisher, Faber & Faber, said in a statement. He is survived by his wife.\n\n“It is with immense sadness that we announce his death,” the statement said.", "Faber & Faber"],
    ["a person whose words went out on a channel before a colon", "The decision divided writers. Salman Rushdie welcomed it on Twitter: “Song and poetry have long been closely linked.”", "Salman Rushdie"],
    ["'he' after a sentence opened by a surname whose full name had the country after 'of'", "Usain Bolt won. Richard Thompson of Trinidad and Tobago was second.\n\n“I was not bragging,” Bolt said.\n\nThompson, who ran the race of his life, could only laugh. “He is a phenomenal athlete,” he said.", "Richard Thompson"],
    ["'he' past a name opening a sentence inside the last quotation", "Shuttle Challenger explodes after launch\n\nThe space shuttle Challenger exploded on Tuesday.\n\n“We mourn seven heroes,” Reagan said. “The future belongs to the brave. The Challenger crew was pulling us into the future.”\n\nAddressing the schoolchildren, he said: “I know it is hard to understand, but painful things like this happen.”", "Reagan"],
    ["a role for a body whose name holds 'the' and 'and'", "A spokeswoman for the Human Fertilisation and Embryology Authority said: “The body would not license any such research.”", "spokeswoman for the Human Fertilisation and Embryology Authority"],
    ["'the publicist' as the person who spoke with that role after an inverted verb", "Hudson died in his sleep, said his publicist, Dale Olson. “He died peacefully,” Olson told reporters.\n\nThe doctors said little.\n\nInstead, the publicist said, the actor wanted his friends to gather for “margaritas and mariachis and songs.”", "Dale Olson"],
    ["an inverted name with its role set beside it", "“This decision is a disgrace,” said Jane Roe, the Labour leader.", "Jane Roe"],
    ["a person named with a description before and after the name", "The lorries arrived.\n\n“We were stopped at 11 checkpoints,” the convoy leader, Per Lindgren, a Swedish official of the UN High Commissioner for Refugees, said by radio from the town.", "Per Lindgren"],
    ["'he' after a description that a place opens the sentence before", "Serb leaders agreed. Bosnian Serb commanders met.\n\nIn London, a Foreign Office spokesman said the Government welcomed the convoy’s arrival. “What has been achieved today must now be achieved every day,” he said.", "Foreign Office spokesman"],
    ["'he' after a description with an aside on how it spoke", "Pieter Mulder said nothing.\n\nA senior police officer, speaking on condition of anonymity, said the group was new.\n\n“The language of the message is familiar to us,” he said.", "senior police officer"],
    ["the caller", "A group claimed responsibility in a telephone call.\n\n“We struck the offices of the shipowners,” the caller said, according to the newspaper.", "caller"],
    ["'the schoolteacher from Zakho' as the person the paragraph before named", "CUKURCA, Turkey — Hasan Bamerni scraped at the snow with a tin cup on Tuesday.\n\n“She has been sick since we came up the mountain,” the schoolteacher from Zakho said.", "Hasan Bamerni"],
    ["a body after a place that opens the sentence", "In New Delhi, the Ministry of External Affairs said it had lodged a protest. “Such actions only strengthen our resolve,” the Ministry said in a statement.", "Ministry of External Affairs"],
    ["a newcomer with a relative clause and no commas", "Workers gathered.\n\nA machinist who asked not to be named said: “Nobody told us a thing. We heard it on the radio.”", "machinist"],
    ["a newcomer named by what they do, by the noun's ending", "“The wiring was decades old,” said an electrician who worked on the building.", "electrician"],
    ["an inverted name after 'the Rev.'", "“Everybody in this town knows somebody who was on that bus,” said the Rev. Paul Amsden, pastor of St. Luke’s Lutheran Church.", "Paul Amsden"],
    ["'he' after a subject that an opening phrase stands before", "Patricia Nguyen, an analyst, said the deal was good. “We are happy,” she said.\n\nAsked what had changed, Ian MacIsaac pointed to the warehouse clubs.\n\n“Back then we could say no and mean it,” he said.", "Ian MacIsaac"],
    ["'she' after the person a 'whose' clause names", "Northern Breeze said it was pleased. “We are grateful,” it said.\n\nThe decision was condemned by the Moorland Trust, whose chairwoman, Morag Gunn, called it a disgrace.\n\n“The flow country is a wetland of international importance,” she said.", "Morag Gunn"],
    ["'the company' after a body that spoke in the paragraph before", "The Transportation Safety Board said the pilot erred. The board said more.\n\nClayoquot Air, which operates eight aircraft, said in a statement it has installed tracking.\n\n“We think every day about the families of those we lost,” the company said.", "Clayoquot Air"],
    ["'the department' after a department just named, no one having spoken since", "The board said it had asked Transport Canada to act.\n\nTransport Canada has yet to act on the recommendation.\n\n“We will carefully review the findings and respond within 90 days,” the department said.", "Transport Canada"],
    ["a fragment a 'said' before it governs, not a verb in a clause of time after it", "The chairman, Mr Geoffrey Naylor, said members had been left with “no room whatsoever to manoeuvre” after the regional health authority told the district to find savings.", "Geoffrey Naylor"],
    ["'she' after a titled name that follows an opening phrase holding other names", "Ms Bernadette Quilty gave evidence.\n\nUnder questioning from counsel for the inquiry, Conor Madigan SC, Ms Quilty said nurses had kept a record.\n\n“We were not keeping score. We were frightened for the patients,” she said.", "Bernadette Quilty"],
    ["a name and the body it heads: an army command", "“We allowed it as a gesture of goodwill,” the Bosnian Serb army command said.", "Bosnian Serb army command"],
    ["'as one official put it'", "As one official put it: “We are flying blind on this one.”", "official"],
    ["'he replied' after a noun for people that opens the sentence", "Reporters asked Tom Smith whether he would quit. “No, I will not,” he replied.", "Tom Smith"],
    ["a participle's quote after a dateline and a description that opens the sentence", "SYDNEY, Aug 19 AAP - A serving detective sergeant today admitted accepting cash, telling a commission of inquiry he had been “too weak to say no”.", "serving detective sergeant"],
    ["a person of a group a long description brings in", "“You can’t manage a river by looking at half of it,” said Kanokwan Suwannarat of the Bangkok-based group Rivers Alive.", "Kanokwan Suwannarat"],
    ["a person of an association after four words", "“We have been asking for this for ten years,” said Lukas Reiter of the Vienna-based industry association Pro Danube.", "Lukas Reiter"],
    ["'she' after a name an inverted 'Among … was' brings in", "Prosecutor Thomas Mulvihill told the court the loans were a fraud.\n\nAmong those in the courtroom Thursday was Evelyn Stroud, 71, a retired schoolteacher.\n\n“I don’t care how many years he gets,” she said.", "Evelyn Stroud"],
    ["'he' after a name with what the person does before it in lower case", "Hugh Rafferty spoke. “We will fight,” he said.\n\nAmong the younger men was apprentice welder John Cairney, 19, from Port Glasgow.\n\n‘My father worked here for 34 years,’ he said.", "John Cairney"],
    ["'he' after a description with a relative clause before 'said' and its clause", "Erik Solvang said the firm was fine.\n\nA spokesman for Jiangdong in Nantong, who declined to be identified, said the yard considered the contracts binding. “We will protect our rights,” he said.", "spokesman for Jiangdong"],
    ["'he' after a description, then a titled name set off by commas", "Evans Mutua said the vote was right. “We won,” he said.\n\nOne of the organisers, Mr Benson Kariuki, said the vote showed that pressure could work.\n\n“Two weeks ago they thought this would pass quietly,” he said.", "Benson Kariuki"],
    ["a plural noun for people by its ending", "Its trustees announced on Wednesday that the festival’s future was “under serious review and may not survive”.", "trustees"],
    ["a name written family name first, then its family name alone", "“The water held back is small,” said Zhou Weiming, a senior official of the ministry.\n\nZhou told reporters the dams were “a matter for China’s domestic authorities alone”.", "Zhou Weiming"],
    ["an inverted description with an aside on how it spoke", "“The system worked as intended,” insisted a senior Home Office official, speaking anonymously.", "senior Home Office official"],
    ["a nationality standing in for the person the paragraph before named", "Tom Ashworth, 29, holed a 40-foot putt for eagle on the last.\n\n“I needed a round like this,” the Englishman said.", "Tom Ashworth"],
    ["'the priest' as the person the article titled 'the Rev.'", "A new pastor, the Rev. Thomas Gaura, asked for a review.\n\nGaura said the parish had tightened its controls.\n\n“We have forgiven Ray as Christians,” the priest said.", "Thomas Gaura"],
    ["'the embassy' as the fuller description of it nearby", "Amnesty International said the abuse was systematic.\n\nThe Turkish embassy in London rejected the findings. “Turkey is a democracy,” the embassy said in a statement.", "Turkish embassy in London"],
    ["'she' after a name with a party's seat in letters before it", "Amnesty said it would go on. “We will publish more,” it said.\n\nThe Labour MP Ann Chisholm said she would table questions. “Ministers cannot go on saying things are improving,” she said.", "Ann Chisholm"],
    ["'he' past 'the accused', a noun after an article though it reads like a verb", "Mr Lindqvist said the tribunal would ask the Bosnian Serb authorities to hand over the accused. “We are realists,” he said.", "Lindqvist"],
    ["'he' after a description with more about them between commas", "Mr Lindqvist spoke first. “We are realists,” he said.\n\nOne former prisoner, a 52-year-old teacher who asked not to be named, said he had watched guards beat his brother. “They made us sing,” he told The Independent.", "former prisoner"],
    ["'he' after 'one of the men', picked out by an apposition with an age", "A soldier accused of killing a civilian will be tried.\n\nOne of the men interviewed for the report, a 34-year-old bricklayer who asked that his name not be used, said soldiers took him. “They put a bag over my head,” he told reporters.", "34-year-old bricklayer"],
    ["a role for a body that an apposition describes", "A spokesman for Coast Transit Services, the private company that runs the trains, said the firm was “studying the board's decision carefully”.", "spokesman for Coast Transit Services"],
    ["a body whose words a news agency carried", "A statement from the army command, carried by the news agency SRNA, said the convoy was let through “as a gesture of goodwill towards the international community”.", "army command"],
    ["'he' after a description placed on a picket line outside a possessive's depot", "“It’s the smell,” said Lorraine Hughes, 58.\n\nA refuse loader on the picket line outside the council’s Canal Street depot, who did not want to be named, said he took home £920 a month. “I’ve got three kids,” he said.", "refuse loader on the picket line"],
    ["'it' as the organisation that opens the paragraph, its suffix dropped", "SAN FRANCISCO (Reuters) - Smart lock maker Keywell Inc said on Tuesday it had sent an update. Ironclad co-founder Marcus Feld told Reuters the locks were open.\n\nFeld said the firm had told Keywell in August.\n\nKeywell, a privately held company, disputed that account. In a statement, it said it had been “working around the clock” on a fix.", "Keywell Inc"],
    ["'the company' as the firm named again without its suffix", "Workers at Pixelforge Studios voted to unionise, according to the Quebec Tech Workers' Alliance. The alliance said turnout was high.\n\nPixelforge, which is owned by a U.S. publisher, laid off 45 people in January.\n\nIn a statement, the company said it “will respect the process” of certification.", "Pixelforge Studios"],
    ["'she' as a first name set beside someone's kin, with the family's name", "“A single punch can kill,” she said, closing for the prosecution.\n\nMr Justice Eamon Crowley thanked the jury.\n\nOutside the court, Mr Hession’s widow, Aoife, thanked the gardaí.\n\n“Nothing will bring Paddy back,” she said. Mr Hession was 44.", "Aoife Hession"],
    ["the subject after an opening clause of time, for a pronoun, not a name the paragraph before gave", "Wanjiru Kamau-Hale’s debut novel beat five heavyweights to the £30,000 award. Fiona Gallacher meets a writer still getting used to the spotlight\n\nWhen the chairman of the judges opened the envelope at London’s Guildhall last night, Wanjiru Kamau-Hale was looking at the floor. “I had already decided I was not going to win,” she said.", "Wanjiru Kamau-Hale"],
    ["a nationality of two words standing in for the person the paragraph named", "Liam Carver finished second with Josh Te Huia.\n\nCarver, the reigning world champion, was gracious in defeat. “They sailed the better race today,” the New Zealander said.", "Liam Carver"],
    ["a nationality standing in for the subject of the paragraph before, not a name after it", "Tom Ashworth, 29, holed a 40-foot putt on the last to join Jacques Venter in second place.\n\n“I needed a round like this,” the Englishman said.", "Tom Ashworth"],
    ["an inverted name after 'Ven.'", "The synod voted.\n\n\"Nobody in that room wanted to vote for this,\" said Ven. Carol Pelletier, the diocese's executive archdeacon.", "Carol Pelletier"],
    ["'the statement' of a body named by the kind of body it is", "The Anglican Diocese of Fredericton will sell 11 churches.\n\nThe diocese said in a statement that cemeteries would stay open.\n\n\"Closing a building is not closing a church,\" the statement said.", "Anglican Diocese of Fredericton"],
    ["'she' as the person the paragraph before brought in, not who spoke before it", "\"We are spending money on roofs,\" said Ven. Carol Pelletier.\n\nThat was little comfort to Eleanor Crabbe, 77, whose grandparents were married at St. Mark's.\n\n\"My whole family is in that graveyard,\" she said.", "Eleanor Crabbe"],
    ["'he' past a name inside the quotation itself", "Sir Geoffrey Pallant spoke. “I will fight,” he said. Sir Geoffrey left.\n\nOne former minister said privately that the vote was a warning.\n\n“If they can do it to Sir Geoffrey, they can do it to any of us,” he said.", "former minister"],
    ["'one', then who they are between commas", "Several supporters said the result was organised. One, a retired headmaster who refused to give his name, said: “This was a coup, pure and simple.”", "retired headmaster"],
    ["'the statement' of someone who spoke 'in a statement' before the subject", "In a statement, a Te Whatu Ora spokesperson said the unit could not be staffed.\n\n“We cannot run a service safely with one midwife,” the statement said.", "Te Whatu Ora spokesperson"],
    ["a noun set before a body's name nearby", "There was little relief. Private forecaster WeatherWatch Australia said on Monday that it saw only a 30 percent chance of rain in eastern Australia.\n\n\"The dry pattern shows no sign of breaking,\" the forecaster said.", "WeatherWatch Australia"],
    ["'the ministry' as an owner's ministry the article described, not a place a source was in", "JAKARTA (Reuters) - Indonesia's transport ministry on Tuesday ordered Nusa Air to ground its planes after one skidded off a runway in Ambon.\n\nThe plane overran the runway, according to a police official in Ambon.\n\n\"The grounding will remain in force,\" the ministry said in a statement.", "Indonesia's transport ministry"],
    ["a company's short name without two words of its full name", "A Northstar Commuter Airlines plane crashed on Sunday.\n\nNorthstar said in a statement that its crew was “fully qualified and highly experienced.”", "Northstar Commuter Airlines"],
    ["'she' as someone's kin who opens a sentence since the last speaker", "“It was awful,” said Marian Costello.\n\nKeefe’s sister, who sat through all eight days of testimony, wept quietly as the verdict was read.\n\n“Donnie finally got somebody to listen,” she said outside the courtroom.", "Keefe’s sister"],
    ["'she' after 'the daughter of' someone who spoke", "“It was awful,” said Marian Costello.\n\nThe daughter of Mr. Wexler, who asked that her name not be used, said her father had been healthy.\n\n“He was fine on the Saturday,” she said.", "daughter of Mr. Wexler"],
    ["'she' after a titled person of a body whose name has a plural in the possessive", "But Harraton Tenants’ Association chairwoman Irene Cowell, 71, said residents felt ignored.\n\n‘They held one consultation meeting,’ she said.", "Irene Cowell"],
    ["someone heard to say it", "Tasha Okonjo said she was on the floor when she heard one of the officers say “Circle, not Court.”", "officer"],
    ["'she' after a definite description by what someone does", "“We have never seen a room react like that,” auctioneer Hélène Vasseur told AFP.\n\nThe seller, who asked not to be named, said she had almost thrown the box away.\n\n“It was under a pile of old knitting magazines,” she told AFP.", "seller"],
    ["'the ministry' as the ministry described, not a country that spoke since", "The French culture ministry decided not to classify it after the Bibliothèque nationale de France said it could not raise the funds.\n\n“A digital copy will remain available to researchers,” the ministry said in a statement.", "French culture ministry"],
    ["a noun for what someone does opening the sentence, before the name", "Musicologist Philippe Garnier of the Sorbonne, who authenticated the manuscript, called it a rediscovery.\n\n“It is not a copy,” he said.", "Philippe Garnier"],
    ["'he' after a newcomer whose defining clause stays with the noun", "Kevin Ostrander said the ice was thin.\n\nA man who had been ice fishing nearby, and who asked not to be identified, said he had warned the boys.\n\n\"I told them the ice was no good,\" he said.", "man who had been ice fishing nearby"],
    ["a body a clause of 'that' says which, not the name inside the clause", "Rafael Quiles denies the charges.\n\nOne English club that dealt with Quiles said in a statement that it had \"co-operated fully with the Spanish authorities at every stage\".", "English club"],
    ["'he' after a defining clause cut at its second clause", "Pierre Nkurunziza visited.\n\nA farmer who survived the landslide but lost his wife said he heard a noise.\n\n“When I turned around, my house was gone,” he said.", "farmer who survived the landslide"],
    ["'he' after the cousin of someone", "“It was chaos,” said Suresh Kumar.\n\nThe cousin of one of the dead men, who works for the same company, said the victim had arrived recently.\n\n\"He came here to build a house,\" he said.", "cousin of one of the dead men"],
    ["the name a clause gives a newcomer", "Dr Farah spoke.\n\nA trader who gave his name only as Abdirahman said he was selling shoes.\n\n\"I saw people falling down everywhere,\" he said.", "Abdirahman"],
    ["the name given after a comma and 'and who'", "Neil Bertrand said the crew was tired.\n\nA co-worker who had been riding in a second van, and who gave his name only as Marlon, said Rowe had worked there.\n\n\"Devon made everybody laugh,\" he said.", "Marlon"],
    ["'he' after a described newcomer who opens a sentence with no verb of saying", "“The terrorists fire from the market,” the government spokesman said.\n\nAn insurgent commander, speaking by telephone on condition of anonymity, rejected that account.\n\n\"There were no fighters in Bakara,\" he said.", "insurgent commander"],
    ["'she' after 'the mother of' someone, opening a sentence", "Al Jazeera's correspondent said families were leaving.\n\nThe mother of a 16-year-old boy killed in the attack sat outside the hospital mortuary.\n\n\"He only went to buy sugar,\" she said.", "mother of a 16-year-old boy killed in the attack"],
    ["'she' after a name 'Among … was' brings in with an age and a noun for a person", "“Europe does not want them,” said Hanna Vogt.\n\nAmong those waiting to disembark was Semhar, a 23-year-old Eritrean woman.\n\n“In Libya they sold us like goats,” she said.", "Semhar"],
    ["the description, not a name after an aside on how it was reached", "A soldier at the post who was not hurt, reached through the public affairs office, said the shells began landing.\n\n\"We heard the first one,\" said the soldier, who was not authorized to give his name.", "soldier at the post"],
    ["a letter's sender, not whom it went to nor who saw a copy of it", "Regulators fined the company in 2017.\n\nA letter sent by the market's vendors to the Iztapalapa borough in August, a copy of which was seen by CNS, warned that \"the gas pipes are rusted and the tanks sit on a leaking roof\".", "market's vendors"],
    ["'the email' of the one a clause after it says sent it", "Danielle Kovac, who ran a team at the bank until 2017, has given the paper a copy of an email she sent to two managers in October 2016.\n\n“I have now found 31 loans where the offset is not applied,” the email reads.", "Danielle Kovac"],
    ["'the resolution' of a body the text names by a noun in lower case", "According to the commission's written resolution, Dr. Batista supplied the drug in May.\n\n\"The doctor acted with grave negligence,\" the resolution states.", "commission"],
    ["'the report' of one the text brings in by 'a'", "The charges rest on a 112-page report by a court-appointed avalanche expert, which prosecutors received in May.\n\n\"The runs should have been closed by 8 a.m.,\" the report says.", "court-appointed avalanche expert"],
    ["'the determination' of the body that issued it, whatever its verb", "In a determination dated Friday, the Office of the Data Protection Commissioner fined the telco Sh5 million.\n\n“The data controller failed to secure the data,” the determination reads.", "Office of the Data Protection Commissioner"],
    ["'the report' of the body that handed it over", "Mahesh Kodituwakku was suspended in July.\n\nThe committee, headed by retired judge Upali Karunaratne, handed its 112-page report to the minister on Monday.\n\nThe report, which is based on the evidence of 38 witnesses, is scathing.\n\n“The committee is satisfied that Mr. Kodituwakku solicited an inducement,” the report says.", "committee"],
    ["'he' for a man whose mother the text made 'she' before", "POKHARA — When Suman Gurung’s mother boarded a bus in Beni last October, she promised to call him from Jomsom that evening.\n\nMore than three months on, Gurung, 34, is still waiting for the compensation.\n\n“Every week they ask for one more document,” he said.", "Suman Gurung"],
    ["'the agency' as the body that spoke, not the one whose account it spoke on", "The national disaster agency, Conred, puts the toll at eight.\n\nConred announced the end of the search on its Twitter account on Friday evening. \"With the recovery of the last victim, search and rescue operations have concluded,\" the agency wrote.", "Conred"],
    ["'the ministry' as the ministry of the minister just named, not a body that spoke before", "Six Carabineros officers were injured, one of them hit by a rock, the police said in a statement.\n\nLabour Minister Ximena Urrutia has invited both sides to a meeting next Monday. In a statement yesterday, the ministry said it hoped the parties would come “with flexibility and a genuine willingness to reach an agreement”.", "Labour Ministry"],
    ["'the agency' as the body the text set the noun beside, though it named another since", "CETESB, the state environmental agency, said in a statement on Wednesday that it had fined Nortex and suspended the plant's licence.\n\n\"The company failed to contain a product of high toxicity,\" the agency said.", "CETESB"],
    ["a directorate described in lower case, not the outlet that saw its report", "Regional officials acknowledge the bridge was in poor condition.\n\nA 2009 technical report by the regional transport directorate, seen by AFP, warned of “severe scouring” at the base of the central pier.", "regional transport directorate"],
    ["the document 'according to' names, not the paper that saw it", "Hours later the management dismissed eight pilots for “inciting others to refuse duty”, according to an office order seen by The Capital Post.", "office order"],
    ["the subject after 'In the writ', not the paper a copy went to", "In the writ, a copy of which was sighted by CoastlineNews, the four operators argue that the law “imposes double taxation on the same structures”.", "four operators"],
    ["a paragraph of quotation after what a body said, not after those told of in a clause of 'as'", "The Court of Arbitration for Sport dismissed the appeal.\n\nThe panel said the pattern of delays could not be explained by technical faults, as his lawyers had argued at a hearing in Lausanne.\n\n\"The Panel is comfortably satisfied that the delays were deliberate.\"", "panel"],
    ["a paragraph of quotation after what a body said, with no sayer made of a passive's subject", "The Court of Arbitration for Sport dismissed the appeal by Gianluca Sartori.\n\nThe panel said the pattern of delays in the data from Mr Sartori's scoring device could not be explained by technical faults.\n\n\"The Panel is comfortably satisfied that the delays were deliberate.\"", "panel"],
    ["'it' as the document the sentence before opened with, speaking for its author", "A special audit of the Hockey Federation of India has found that Rs. 2.86 crore cannot be supported by bills.\n\nThe 212-page report by the accountancy firm Venkatesh & Nair Associates was submitted to the ministry on July 31. It says the federation “did not maintain a fixed asset register” for three years.", "Venkatesh & Nair Associates"],
    ["'the report' of the body that released it, past its title set off by commas", "A report released last week by the Harbour Clean Air Coalition, a group of doctors, estimated that pollution costs the city's hospitals about 75 billion tögrög each winter. The report, titled \"A City Holding Its Breath\", said that \"the burden falls hardest on the poorest families\".", "Harbour Clean Air Coalition"],
    ["'the report' of the body the text said released it, not of the body that wrote a statement the paragraph before", "In a statement, the health ministry said it had opened 300 temporary beds in schools.\n\nA report released last week by the Harbour Clean Air Coalition estimated that pollution costs the city about $28 million each winter. The report said that \"the burden falls hardest on the poorest families\".", "Harbour Clean Air Coalition"],
    ["'she' as the last sayer, whose office's title in capitals ends in '-man'", "Wildlife Minister Hemantha Kodituwakku had told reporters last week that he would seek Rs. 25,000 per acre.\n\nAnnouncing the decision yesterday, Cabinet Co-Spokesman Minister Sunethra Gamage said the Treasury had agreed to release Rs. 194 million.\n\n“The money will be in the hands of the farmers within six weeks,” she said.", "Sunethra Gamage"],
    ["'the judgment' of the court the paragraph before told of as ruling, past an opening adverbial and where it sits", "On Thursday, the Oita District Court in southern Japan ordered Kyushu Green Thermal Co. to stop drawing steam from two wells.\n\n\"The plaintiffs have shown that the decline began after the wells were brought into operation,\" the judgment said.", "Oita District Court"],
    ["'the board' after the last weekday and a conjunction that open the sentence with no comma", "The Medical Board of Papua New Guinea registers doctors.\n\nBut last Thursday the board wrote to the mission saying their registration had been suspended “with immediate effect” pending a review.", "Medical Board of Papua New Guinea"],
    ["'it' as the body the sentence before opened with, told of as not doing something, not the outlet that spoke before", "A contract to digitise newspapers at the National Széchényi Library went to a firm, according to Reflektor, an investigative portal.\n\nThe library did not respond to the portal's questions. In a short statement posted on its website on Monday night, it said it “takes all allegations seriously”.", "National Széchényi Library"],
    ["a name with a generation's mark set off after an office", "Residents met on Sunday.\n\nThe chief of Nkwantakrom, Nana Kwesi Ackah III, said the community had complained for years.\n\n“We wrote to the company in 2016 and again last year.”", "Nana Kwesi Ackah III"],
    ["the one person a sentence brings in after its copula, the quotation right after it", "Tenants met on Wednesday night.\n\nOne of the last to speak was Chloe Gallacher, a mother of two from the eighth floor. “My kids ask me every night if the building is going to catch fire again.”", "Chloe Gallacher"],
    ["the one person a sentence brings in as the agent of its passive", "The association went to court in January.\n\nThe petition was drafted by the association's lawyer, Ahmed Ilham Saeed. “We went to parliament, we went to the panel, we marched in Malé.”", "Ahmed Ilham Saeed"],
    ["not the one a sentence brings in as whom it was written to", "Pressure from investors is growing. At the annual meeting, a shareholder asked the board whether it could “look the villagers in the eye”.\n\nEarlier this month a group of 12 investors wrote to Kestrel's chairman, Sir Malcolm Drury. “We are concerned that the company's response has been reactive,” the letter said.", null],
    ["'the letter' of one who wrote to someone in the paragraph before", "The federation has acted.\n\nThe Danish Handball Federation wrote to its 1,100 licensed referees last week urging them to report any approach.\n\n“No referee will be punished for reporting an approach,” the letter said.", "Danish Handball Federation"],
    ["'the consul' for the consul general named before", "Chile’s consul general in La Paz, Rodrigo Valenzuela Soto, said the bodies had been handed over on Tuesday.\n\n“It has been a very painful week for these families,” the consul said.", "Rodrigo Valenzuela Soto"],
    ["'the faculty' for the body named before whose name holds the word", "Exams began.\n\nA study by the university's Faculty of Education, published in March, found that 71 percent of the students had attended courses.\n\n“The exam measures the family's income at least as well as it measures the applicant's aptitude,” the faculty wrote in its report.", "Faculty of Education"],
    ["not a paper whose name holds the word of a post", "Tourists fled, the Iberia Post reported.\n\nCampo Dalías, the company that employed him, posted a message on its Facebook page on Friday. “We are a family business and our workers are part of our family,” the post read.", "Campo Dalías"],
    ["'the report' of a body described after 'by', before the verb of its clause", "Seven people died when scaffolding collapsed in the city last month, a preliminary report by the city's incident assessment council has found.\n\n“The scaffolding system was not erected in accordance with the approved design,” the report said.", "city's incident assessment council"],
    ["'the report' of a body described after 'of', before a participle of how it came to be", "The fire was caused by a short circuit, according to the report of the investigation committee set up by the regional government.\n\n“The fire did not start by accident,” the report said.", "investigation committee"],
    ["'its report' of a body brought in with 'a' in the sentence before", "The company said it would appeal.\n\nA parliamentary committee examined the flood late last year. Its report, published in December, said “no warning of any kind” had been given to communities.", "parliamentary committee"],
    ["an inverted sayer whose apposition runs past thirty words", "Schools closed.\n\n“Our children have been going to school hungry for six weeks because of people like these,” said Lavinia Grosu, a spokeswoman for Parents for Safe Schools, a group formed in Vaslui last month that has collected more than 9,000 signatures calling for the programme to resume under a new supplier.", "Lavinia Grosu"],
    ["'the claim' of the body that filed it", "The closure has moved to court. Last month, Kyzyl-Bel Mining Company, the operator of the gold mine, filed a claim against the ministry at the Bishkek Inter-District Court.\n\nThe claim argues that the closure “was ordered without a proper assessment of risk”.", "Kyzyl-Bel Mining Company"],
    ["'the permit' of the body that issued it", "The heap collapsed in July.\n\nThe company's dumping permit, issued by the Myanmar Gems Enterprise in March 2016, allowed waste to be piled to a height of 60 metres. The permit also states that “no dumping shall take place within 200 metres of any dwelling”.", "Myanmar Gems Enterprise"],
    ["a pronoun and its auxiliary after an opening adverbial with no comma", "Finance Minister Ruth Adongo left the chamber without speaking. Earlier in the day she had told parliament that “the budget is balanced”.", "Ruth Adongo"],
    ["'alleged' after a quotation, the subject a role and a name", "Opposition parties boycotted the session.\n\n“The minister has misled the house twice,” opposition chief whip Kavita Rao alleged.", "Kavita Rao"],
    ["'he' after an infinitive of purpose whose object is another man ('drove to the hotel to tell him')", "Harbour Athletic dismissed coach Peter Grogan on Monday.\n\nThe club's owner, Declan Moss, said he had driven to Grogan's hotel late on Sunday night to tell him.\n\n“Peter gave this club everything,” he said.", "Declan Moss"],
    ["'the coordinator' after an inverted sayer with a role a body owns ('said X, Caritas Polska's aid coordinator')", "The shelters are full.\n\n“We have run out of blankets,” said Tomasz Wielgosz, Caritas Polska's aid coordinator in Lublin. “We need help before the frost,” the coordinator said.", "Tomasz Wielgosz"],
    ["'the chief investigator' a clause of 'who served as' made of a person named before", "The survey was led by Prof. Halima Yusuf, a marine ecologist at the University of Dar es Salaam, who served as its chief investigator.\n\nCoral cover fell by a third.\n\n“We did not expect the decline to be this fast,” the chief investigator said.", "Halima Yusuf"],
    ["'she' for one brought in since a subject that opened a sentence, not the subject", "“We are devastated,” said shop steward Megan Price.\n\nThe council has opened a hardship fund, and Jobcentre Plus will run advice sessions at the library from Monday.\n\nIn the café on the square, known to everyone as “the Caff”, owner Dilys Morgan has pinned up a list of names. She reckons half of them worked at the plant.\n\n“Without the plant, this town is nothing,” she says.", "Dilys Morgan"],
    ["'the report' of a person whose title holds a word in brackets ('Justice (retd)')", "The board met on Friday.\n\nThe 80-page report of Justice (retd) Tariq Mehmood Jaffri, a former judge of the Sindh High Court, was presented to the board on Thursday.\n\n“The evidence of collusion is overwhelming,” the report said.", "Tariq Mehmood Jaffri"],
    ["'he' for the subject after an opening adverb of place ('Down at the harbour, Sutherland remains unconvinced')", "Rory Gunn has fished out of Scrabster for 20 years.\n\nEwan Bain, who chairs the port trust, is hopeful. “This is the best news in a generation,” he says.\n\nDown at the slipway, Gunn remains unconvinced. “I'll believe it when I see it,” he says.", "Rory Gunn"],
    ["'a spokeswoman for the group' after a business that goes by one coined word", "Trading stopped for three hours.\n\nNordpool has said it will not refund members. A spokeswoman for the group said: “Our rules are clear on liability.”", "spokeswoman for Nordpool"],
    ["'the statement' of one who defended something in a statement, a participle of saying after it", "Police fired tear gas at the protesters.\n\nThe college's principal, Dr Miriam Achieng, defended the rise in a statement on Monday, saying costs had “nearly doubled”.\n\n“We cannot run a college on fees set a decade ago,” the statement said.", "Miriam Achieng"],
    ["'they' for a team whose leader's name opens the sentence ('Okafor and her colleagues … they wrote')", "Researchers reported the find this week.\n\n“We were looking for a needle in a haystack,” said Dr Ngozi Okafor, the study's lead author.\n\nThe team screened 4,000 soil samples. Okafor and her colleagues were careful not to oversell the result. The compound “has not yet been tested in people”, they wrote.", "Ngozi Okafor"],
    ["'she' for no company named like a woman, which a word for a business set after it marks ('Aurora Nachtzug, the Dutch-German start-up')", "“Mind the step,” says Petra Novak, the train manager.\n\nNovak, 52, has worked on night trains for 30 years, now for Aurora Nachtzug, the Dutch-German start-up whose sleeper began running in December. She has seen the business nearly die and, she thinks, come back.\n\n“Now people book six weeks ahead,” she tells me.", "Petra Novak"],
    ["'the Dane' for the person the sentence before opened with, not the one it named last", "Ryan Teo won the final at Istora Senayan, beating the Danish world No. 3 Mikkel Lund.\n\n“I still cannot believe it,” said Teo.\n\nLund, 29, who had beaten Teo in both of their previous meetings, was gracious in defeat. “He was better in the important moments,” the Dane told reporters.", "Mikkel Lund"],
    ["'the statement' of a body whose clause after ', but' told of it, not the person named in the clause before", "The coach was sacked on Monday.\n\nThe league's chief executive, Dr. Ifeoma Nwosu, declined to give details when contacted, but the GFL confirmed the decision in a short statement released before midnight.\n\n“The board has resolved to part ways with the coach,” the statement said.", "GFL"],
    ["'the e-mail' of one who sent it, with an adverb before the verb ('an e-mail Lim allegedly sent Ms Tan')", "The trial resumed on Monday.\n\nIn court, the prosecutor read out an e-mail Koh allegedly sent Ms Lee in March 2021. “Book the sales now, the buyer will pay later,” the e-mail said.", "Koh"],
    ["'she' for the name a clause of 'who asked to be identified only by her first name' gives, not the one who asked", "Flooding has cut off dozens of villages.\n\nOne nurse in Jonglei state, who asked to be identified only by her first name, Mary, described walking for five hours to reach a clinic. “The mothers walk even further,” she said by video link.", "Mary"],
    ["'the health system' for the body whose name ends in those words ('Richland Valley Health System')", "Ambulances were diverted from two of Richland Valley Health System’s three hospitals on Tuesday.\n\nNurses were asked to work 12-hour shifts. The health system said that was “temporary and voluntary.”", "Richland Valley Health System"],
    ["'the astronomer' for the one who opens the sentence before in the quotation's paragraph, not the astronomer who spoke in another", "“It is one of the most Earth-like planets we know of,” Dr. Ana Rebollo, who led the study, told a press conference.\n\nNot everyone agreed. Dr. Priya Raman, an astronomer at the University of Cambridge, told Wikinews that the radius was unknown. “We can't yet say it's rocky,” she said.\n\nRebollo acknowledged the limits of the data. “She's right,” the astronomer said.", "Ana Rebollo"],
    ["'she' for a runner a country's possessive and an opening phrase stand before, who opens the sentence before", "“He has been training for this since September,” said coach Giuseppe Lanfranchi.\n\nIn the women's race, Ethiopia's Tigist Alemu Bekele, 27, won in 2:16:40, pulling away from Kenya's Ruth Chepkorir.\n\n“I came here to win, not to run a fast time,” she said.", "Tigist Alemu Bekele"],
    ["'she' for one who opens a sentence after 'That evening,'", "Montserrat Puig stands in the bathroom of her flat with a bucket.\n\n“Families are told to count every litre,” said Pau Ferrer, a spokesman for the campaign group.\n\nThat evening, Puig carries her bucket out to the balcony once more. “We complain, but we manage,” she says.", "Montserrat Puig"],
    ["a body where it is based opens, whose name ends in the continent it works in", "The release was criticised.\n\nThe Kampala-based Coalition for Biosafety in Africa said in a statement that it objected. “Once released, a gene drive cannot be recalled,” the coalition said.", "Coalition for Biosafety in Africa"],
    ["'she' for one the sentence before brought in, where no one who spoke fits and the subject opened an earlier one", "Mr Dean Halloran told the hearing that he had been alone.\n\nThe club's former safety officer, Graham Leckie, is expected to give evidence next week.\n\nEarlier, the inquiry heard from Superintendent Karen Whitlock of Northshire Police, who was match commander on the day. She said the force had expected 6,500.\n\n“We were not told that the club had sold extra tickets,” she said.", "Karen Whitlock"],
    ["'he' after 'Asked by counsel to the inquiry, Rebecca Oduya, why he …': not one named as who asked", "Dean Halloran, 34, a steward, gave evidence on Monday.\n\nAsked by counsel to the inquiry, Rebecca Oduya, why he had not opened the gates himself, he said he had never been given a key.\n\n“That was never my job,” he said.", "Dean Halloran"],
    ["'she' for a full name a description and a clause of 'who said' are set beside ('Ana Lopes, 52, a teacher who said')", "Thousands marched on Saturday.\n\nAmong the marchers was Ana Lopes, 52, a primary school teacher from Setubal who said she had worked for 29 years.\n\n“I was told I could stop at 63,” she said.", "Ana Lopes"],
    ["a description the next paragraph names for the first time beside 'The official,'", "A landslide buried the village on Saturday.\n\nThe regional head of civil defence said rescuers had pulled nine people alive. “The mountain simply came down,” he told RPP.\n\nThe official, Rubén Quispe Mamani, said a bulldozer was expected on Tuesday.", "Rubén Quispe Mamani"],
    ["'the decision' the text never told of before: the body it told of as fining", "Ireland's Data Protection Commission (DPC) on Monday fined the fitness app maker Pulsewise €41 million.\n\nThe Dublin-based company was also ordered to comply within three months.\n\n“Users were given no meaningful choice,” the decision said.", "Data Protection Commission"],
    ["'the coach' no one holds for the person who opens the sentence before in the quotation's paragraph", "Cheruiyot trains under former steeplechaser Joseph Sang.\n\nSang was beaming at the finish. “He has been with me for only 18 months,” the coach said.", "Joseph Sang"],
    ["'the joint statement' of the bodies that said in a joint statement", "The Ministry of Health (MOH) and the Grand River Conservation Authority (GRCA) said in a joint statement that the spill was reported on Saturday.\n\n“Staff have recovered more than 8,000 dead fish,” the joint statement said.", "Ministry of Health and the Grand River Conservation Authority"],
    ["a body with its own-language name and initials in brackets, a comma between them", "The attack peaked on Sunday evening.\n\nThe Information System Authority (Riigi Infosüsteemi Amet, RIA) said in a statement that the attack began at about 19:10.\n\n“At no point was the integrity of any vote affected,” the statement said.", "Information System Authority"],
    ["'the professor' for one whose role after the name runs long ('at Bogazici University's Kandilli Observatory')", "The drill was designed by Haluk Eris, a professor of seismology at Bogazici University's Kandilli Observatory, who has spent 20 years warning.\n\nResidents were angry. “People remember September,” the professor said.", "Haluk Eris"],
    ["a surname that is also a title's abbreviation ('“…,” Sen said')", "Deputy Commissioner of Police Arindam Sen told a news conference that 112 computers were seized.\n\n“This was a highly organised operation,” Sen said.", "Arindam Sen"],
    ["an office of two words the one person named later holds ('its managing director says' … 'Arden managing director Gillian Shore')", "Arden Transit will put hydrogen buses into service on Monday, in a trial that its managing director says will show whether they can “stand up to an ordinary bus route”.\n\nThe buses cost £500,000 each.\n\nArden managing director Gillian Shore said the buses had passed every test.", "Gillian Shore"],
    ["'he' for a full name a description and a clause of 'whose wife …' are set beside, not the wife", "Relatives waited for hours.\n\nGhulam Rasool Chandio, a labourer whose wife Zubaida, 52, collapsed near the shrine’s main gate, said he waited nearly two hours for an ambulance.\n\n“My wife was asking for water and there was no water,” he said.", "Ghulam Rasool Chandio"],
    ["'says the 44-year-old mathematics teacher, wiping his hands': a participle's clause after the inverted subject", "At seven, Ngarta Djimasngar unlocks the door of classroom 4B.\n\nDjimasngar has not been paid since December.\n\n“People ask me why I come,” says the 44-year-old mathematics teacher, wiping his hands on his trousers.", "Ngarta Djimasngar"],
    ["'the authors write': a verb of writing in the present, in the plural", "The study was published on Monday in Nature.\n\n“Without intervention, the forests are unlikely to persist,” the authors write.", "authors"],
    ["'the spokeswoman' for one whose office is to speak for a body, who spoke just before ('Director of Corporate Communications')", "The naira fell again on Monday.\n\nSpeaking in Abuja on Tuesday, the CBN's acting Director of Corporate Communications, Mrs. Hadiza Bello-Adamu, insisted that the move was planned.\n\n“This is not a free fall,” she said.\n\n“We want the official rate to reflect reality,” the spokeswoman added.", "Hadiza Bello-Adamu"],
    ["'the judgment' of a tribunal the text opened with as a body's organ, not the body it is of", "LAHORE: An anti-corruption tribunal of the Pakistan Cricket Board (PCB) on Monday banned fast bowler Asif Raza for five years.\n\nThe three-member tribunal, headed by a retired judge, heard evidence over four days.\n\n“The tribunal is satisfied that the player was approached,” the 46-page judgment said.", "three-member tribunal"],
    ["'the statement' read out on someone's behalf: theirs, not the reader's", "A court on Monday sentenced journalist Ouk Sreymom to two years in prison. Her lawyer, Choung Chanthy, said she would appeal.\n\nOuk was not permitted to address reporters. Outside the courthouse, Choung read a statement on her behalf. “I did not commit any crime,” the statement said.", "Ouk Sreymom"],
    ["'he' not for one the sentence before tells was found (buried), but the one the paragraph is about", "Kyle Brandvold, a lead guide, had sent a group down the slope. Annika Lund, the junior guide, did not survive.\n\nBrandvold has not guided since. Sitting at his kitchen table, he described the rescue. He and two other guides reached the first buried skier in 11 minutes. Lund was found last, under nearly two metres of snow.\n\n“You train for it every season,” he said.", "Kyle Brandvold"],
    ["'she' for one the paragraph brought in as 'their teacher' who opens a sentence again as 'The teacher'", "Dr Núria Casals says the pattern fits. Droughts are more frequent, she says.\n\nAs I leave, a group of schoolchildren is led across the bridge by their teacher. One of them asks where the river is. The teacher points to a thin stream. “There. That is all that is left of it,” she says.", "teacher"],
    ["'the paper says' with no author named: the paper", "Snow on the Alps holds plastic, researchers found.\n\n“Because the particles are so light, a storm can carry them far,” the paper says.", "paper"],
    ["'according to the complaint' before a sentence with no verb of saying: the complaint", "Families sued the chemical maker on Monday.\n\nAccording to the complaint, the company “knew as early as 1994 that chemicals were leaching”.", "complaint"],
    ["'according to the indictment' after one who described the words: that person, not the document", "Marlowe was charged in May.\n\nOn a call with analysts that morning, Marlowe described the data as “unambiguous,” according to the indictment.", "Marlowe"],
    ["'the order said' after a panel said in its order: the panel", "Rawat was handed a four-year ban on Thursday.\n\nThe three-member panel, headed by advocate Gaurav Mehra, said in its 18-page order that Rawat had “failed to establish how the substance entered her system”.\n\n“The explanation is not supported by any evidence,” the order said.", "three-member panel"],
    ["'a complaint echoed by' after a quotation: no document speaks", "Captain Rodrigo Salas criticised the federation.\n\nHe added that the federation had “never given this project time,” a complaint echoed by several players.", "Rodrigo Salas"],
    ["'he said' after a clause a storm's name opens ('When Cyclone Remal skirted the coast'): the one named before, not the storm", "Kailash Swain, who heads a fishermen’s cooperative, said boats often missed alerts. When Cyclone Remal skirted the coast last month, he said, at least 30 boats had to be guided back.\n\n“We were lucky that time,” he said.", "Kailash Swain"],
    ["'the statement said' after a sentence that opens with a statement signed by an office's holder and names the body that spoke: the body", "The Senate summoned the management of GoldStar Lotto Limited.\n\nIn a statement signed by its Head of Corporate Communications, Mrs. Funmilayo Ogundipe, GoldStar denied any wrongdoing and said it would cooperate.\n\n“The company wishes to state categorically that its draws are fair,” the statement said.", "GoldStar Lotto Limited"],
    ["a verb joined by 'and' after a sentence that opens with a statement signed by an office's holder: the body named after the holder", "The Senate summoned the management of GoldStar Lotto Limited.\n\nIn a statement signed by its Head of Corporate Communications, Mrs. Funmilayo Ogundipe, GoldStar denied any wrongdoing and said it would “cooperate fully” with the Senate.", "GoldStar Lotto Limited"],
    ["'the association said' after a body the text says represents others, though its name has a business's legal form ('Shipping Australia Limited, which represents')", "The Maritime Union of Australia said the ban would continue. “We will not back down,” the union said.\n\nShipping Australia Limited, which represents the major container lines, urged both parties to settle quickly. “Our members are already adjusting schedules,” the association said.", "Shipping Australia Limited"],
    ["words another 'had argued' after them, with no comma: the subject's, who found so", "In a decision handed down on Wednesday, deputy president Margaret Lister rejected the application, finding that the ban was not “threatening to cause significant damage to the economy” as PSS had argued at a hearing on Monday.", "Margaret Lister"],
    ["'he said' after a sentence whose subject is named, where a titled man's name only says whose letter it was ('the Whitlock letter')", "Stephen Whitlock, a retired engineer, wrote to the council in 2019.\n\n“I am not a clever man,” Mr Whitlock said.\n\nThe structures team had shrunk to three engineers.\n\nGareth Doyle, the council’s former head of highways, accepted that the Whitlock letter should have prompted an urgent inspection. “With hindsight, it should have gone to the top of the pile,” he said.", "Gareth Doyle"],
    ["'it said' after one read out a statement on behalf of an unnamed family: the reader, not one who spoke before", "The senior coroner, Helen Ravensworth, told the jury that their task was not to assign blame. After the conclusion was read, she said she would write a report.\n\nOutside the court, Mr Okafor’s sister, Ngozi Okafor-Bell, read a statement on behalf of the family. “Daniel did nothing more dangerous than walk home,” it said.", "Ngozi Okafor-Bell"],
    ["'the Exeter ecologist' for the one person whose role, set after the name at a sentence's end, holds both the place and the noun", "The research was led by Dr Ingrid Saether of the Norwegian Institute for Nature Research together with Professor Mark Halloran, a marine ecologist at the University of Exeter. The team analysed 41 years of records.\n\n“Puffins are long-lived birds,” the Exeter ecologist said.", "Mark Halloran"],
    ["'the report' of the body that published it, past what the report is on ('A report on the Nam Khiet resettlement published last month by')", "Siam Delta Power Pcl said the resettlement was fair.\n\nA report on the Nam Khiet resettlement published last month by the River Peoples Network (RPN), a coalition of community groups, found that household incomes had fallen.\n\n“Compensation was calculated on the basis of land titles,” the report said.", "River Peoples Network"],
    ["words a club said its manager had been dismissed with, after a statement issued by its chairman: the club's, not the chairman's", "Eastbridge United have sacked manager Craig Fenwick after a run of eight defeats.\n\nIn a statement issued by chairman Peter Holloway, the club said Fenwick had been dismissed “with immediate effect”.", "Eastbridge United"],
    ["the one set before a spokeswoman's body whose name ends in an office of two words ('the Office of State Fire Marshal')", "Crews battled the blaze overnight.\n\n“This frees up engine companies,” said Rhonda Kessel, a spokeswoman for the Office of State Fire Marshal.", "Rhonda Kessel"],
    ["'she told' after a sentence whose subject a body's name with a number and a prefixed noun ('Make It 16 co-founder') stand before", "Its president, Sam Ngata, said in a statement that the organisation welcomed “any serious conversation”.\n\nMake It 16 co-founder Tessa Rangi, who is 17, watched the vote from the public gallery. “We have been told for years that this would never get a first reading,” she told Wikinews.", "Tessa Rangi"],
    ["'the teenager' for the one the text gave an age in the teens in words", "Seventeen-year-old Arjun Raghavan won the Vizag Open, beating top seed Oleksandr Bondar.\n\n“When he offered the exchange, I knew he was playing for a win,” the teenager said.", "Arjun Raghavan"],
    ["'the teenager' for the one the text gave an age in the teens", "Wellington Phoenix beat Perth Glory 3–2, with 19-year-old substitute Liam Tavita-Reid scoring the winner.\n\nStriker Matías Ferreyra, 31, pulled one back. Tavita-Reid then struck from 25 metres.\n\n“I just closed my eyes and hit it,” the teenager said.", "Liam Tavita-Reid"],
    ["'he says' after a sentence that names one whom the sentence after one he opened called 'he', over one who spoke in an earlier paragraph", "Gareth Morgan falls firmly into the second camp. He farms 300 acres of sheep pasture.\n\n“The animals settle quickly,” says Dr Hamish Oliphant, a conservation biologist at the University of Stirling.\n\nWhich brings us back to Morgan. “Nobody asked us whether we wanted them,” he says.", "Gareth Morgan"],
    ["a senior official placed in a department in lower case keeps where the office is held ('in the state health department')", "Hospitals ran short of the drug.\n\nA senior official in the state health department, who asked not to be named, acknowledged the problem. “There has been a delay in supply,” the official said.", "senior official in the state health department"],
    ["a business named in the possessive alone, with a verb of saying after it ('Moody's said in a note')", "Rating agencies moved quickly. Moody's said in a note that recoveries for bondholders were likely to be “in the range of 35 to 50 cents on the dollar”.", "Moody's"],
    ["a business named in the possessive, then its name's words and legal form ('Moody's Investors Service … Moody's said'): the whole name", "Moody's Investors Service revised the outlook to negative on April 5.\n\n“The attack has exposed the system to material revenue disruption,” Moody's said in its report.", "Moody's Investors Service"],
    ["a name between 'which' and 'said' after a comma is who said the words ('until a successor is appointed, which Petrauskienė said was expected')", "Government spokeswoman Rūta Petrauskienė said the resignation had been accepted.\n\nDeputy energy minister Gintarė Vaitkutė will run the ministry until a successor is appointed, which Petrauskienė said was expected “within the coming weeks”.", "Rūta Petrauskienė"],
    ["'the company said' for the business the story is about whose name ends in 'Resources', not its parent named once", "The court overturned a water licence granted to Carrowmore Resources for its coal mine.\n\nCarrowmore, a subsidiary of the Singapore-listed Straits Energy Group, had planned to begin construction next year.\n\nIn a statement, the company said it was “disappointed” by the decision.", "Carrowmore Resources"],
    ["'the statement read' after a body that, in a statement signed by its secretary ('Pharm. Olufemi Adebayo'), commended and said: the body", "NAFDAC raided the market on Saturday.\n\nThe Pharmaceutical Society of Nigeria (PSN), in a statement signed by its National Secretary, Pharm. Olufemi Adebayo, on Sunday, commended the agency but said open drug markets should be abolished. “No country that is serious about health allows this,” the statement read.", "Pharmaceutical Society of Nigeria"],
    ["an architect's title written short ('Arc. Okwudili Obi') ends no sentence", "The building collapsed on Friday.\n\nThe state Commissioner for Physical Planning, Arc. Okwudili Obi, said in a statement that the building had been marked for demolition.\n\n“The government will not fold its arms,” the statement read.", "Okwudili Obi"],
    ["'the Sri Lankan skipper' for the one titled the Sri Lanka captain, not the other side's", "Sri Lanka captain Ravindu Senanayake top-scored with 76. Pakistan had declared after a stand with captain Haris Mehmood, who made 88.\n\nThe Sri Lankan skipper conceded that his side had been “outplayed in every department”.", "Ravindu Senanayake"],
    ["a person whose apposition says what they were then, a night watchman", "Dennis Coyle, then the house’s night watchman, was asleep in a flat above the stable block. He is 71 now, retired to a bungalow in Kettering.\n\nWhich brings us back to Coyle. He still remembers the sound.\n\n“I heard glass, then nothing,” he says.", "Dennis Coyle"],
    ["'he' after a body set beside a word for a business where the sentence opens with it ('The insurer, Aldgate Fine Art,')", "Dennis Coyle, then the house’s night watchman, was asleep in a flat above the stable block. He is 71 now.\n\nThe insurer, Aldgate Fine Art, paid out £3.2 million in 2013 and in law became the painting’s owner.\n\nWhich brings us back to Coyle. He still remembers the sound.\n\n“I heard glass, then nothing,” he says.", "Dennis Coyle"],
    ["'he' for the one the paragraph before ends on, with a sentence the pronoun opens, when the quotation opens its paragraph", "Dennis Coyle, then the house’s night watchman, was asleep in a flat above the stable block. He is 71 now.\n\n“The investigation is continuing,” the Openbaar Ministerie, the Dutch public prosecution service, said in a statement.\n\nWhich brings us back to Coyle. He still remembers the sound.\n\n“I heard glass, then nothing,” he says.", "Dennis Coyle"],
    ["'the authors' for the one the text named as leading them", "The lead author, Dr Farah Naz Baig of the Karakoram International University in Gilgit, and her 11 co-authors from Pakistan, Nepal and Switzerland, wrote that the pace had \"outstripped the capacity of existing monitoring networks\".\n\n\"The lakes are not only becoming more numerous,\" the authors wrote.", "Farah Naz Baig"],
    ["'a spokeswoman' for the body that opens a sentence since another body spoke in the paragraph", "The Norwegian Coastal Administration estimated that 80 tonnes of oil had leaked.\n\nThe environmental group Bellona said the response had been \"slow and uncoordinated\", and that it had taken almost 20 hours for the first vessel to arrive. The Coastal Administration rejected the claim. \"Equipment was mobilised within an hour of the grounding,\" a spokeswoman said.", "spokeswoman for Norwegian Coastal Administration"],
    ["'what it called' for a body whose kind opens the paragraph before its name, not a body that spoke before", "The Joint Rescue Coordination Centre said the crew of 14 had been lifted off by helicopter.\n\nThe environmental group Bellona criticised the authorities for what it called a \"slow and uncoordinated\" response.", "Bellona"],
    ["'the judges' for a court whose name ends in what it is of ('the Court of Justice of the European Union'), no union", "The Court of Justice of the European Union (CJEU) ruled on Thursday that an airline cannot refuse to compensate passengers.\n\nBaltic Wings argued that the software failure, which it blamed on an external supplier, fell into that category.\n\nThe court disagreed. \"The proper functioning of the computer systems is inherent,\" the judges said in their ruling.", "Court of Justice of the European Union"],
    ["'the security ministry' is no person whose role names another ministry", "Federico Lanús, a spokesman for the economy ministry, told reporters the overhaul was \"unavoidable\" because the pension system runs a deficit.\n\nThe security ministry said in a statement that officers had acted \"in accordance with protocol\".", "security ministry"],
    ["'he' after an office held once that opens a sentence, past a clause set off by commas ('The former minister, who denied wrongdoing, …')", "The court sentenced Pavol Kresánek, a former economy minister, to six years in prison.\n\n“The defendant did not act out of ignorance,” Mihálová told the court.\n\nThe former minister, who denied wrongdoing throughout the three-year trial, showed no emotion as the sentence was read. In his final statement to the court last week, he said: \"I have made mistakes in politics.\"", "Pavol Kresánek"],
    ["'she' after someone who told what several buyers of a nationality asked, not those buyers", "Farzana Haque, the association's president, said several European buyers had already asked for discounts on late orders. \"Buyers do not wait for us,\" she said.", "Farzana Haque"],
    ["'replies' after a verb's bare form after 'to' is its object, no verb of saying", "In a dissenting opinion, Judge Henrik Aalto said the majority had given “insufficient weight” to the fact that Dorin Cebotari had refused to publish replies from the officials he named.", "Henrik Aalto"],
    ["a thing words are written on, as the subject of any verb, names no writer", "Gareth Wynn, the council leader, defended the cuts.\n\nOn Tuesday morning, a handwritten note taped to the fence at the Heath Park pool read: “Thanks for nothing, city hall.”", null],
    ["a sign that 'puts it' has no writer either", "Mayor Jelle de Vries said the dunes would hold.\n\nA hand-painted sign on the harbour wall at West-Terschelling puts it more bluntly: “The sea does not read court papers.”", null],
    ["'About' opening a count ('About 60 residents') is no name", "Councillors voted 9-4 to close the pools.\n\nAbout 60 residents filled the public gallery for the vote, and some shouted “Shame!” as the result was announced.", null],
    ["'the organisers' are many, not the one person a description brought in before (and no bracket from a name breaks a pattern)", "Two runners were taken to hospital. Both were released last night, a hospital spokeswoman said.\n\n“Next year we will be back,” the organisers said.", "organisers"],
    ["'the official' after one who holds a public office spoke last", "Nguyễn Văn Thành, vice-chairman of the Lào Cai provincial People’s Committee, said about 3,000 soldiers had been sent. “Our priority now is to find the missing,” he said. The official added that some roads would “take weeks, not days” to reopen.", "Nguyễn Văn Thành"],
    ["'the statement said' is the statement of the one its paragraph told of as speaking in one, though its words went unquoted", "Swiss voters narrowly rejected the initiative, according to results published by the Federal Chancellery.\n\nThe Federal Council, which had recommended a \"no\" vote, said in a statement that it took the concerns seriously. \"The result shows that many expect the protection of the landscape,\" the statement said.", "Federal Council"],
    ["a long apposition after a name that a role in lower case opens ('said lead author Sofía Carabajal, a researcher at … (CONICET) and …')", "“When we exposed the femur we realised almost immediately that we were dealing with something enormous,” said lead author Sofía Carabajal, a researcher at Argentina’s National Scientific and Technical Research Council (CONICET) and the Carmen Funes Municipal Museum.", "Sofía Carabajal"],
    ["a body the text gave initials ('The Air Quality Index (AQI)') is no 'she', however personal its name's shape", "The Air Quality Index (AQI) touched 538, according to data shared by the EPD.\n\nAt the Mayo Hospital, the number of patients reporting with complaints of asthma, coughing and eye irritation had almost doubled, said Dr Saima Rizvi. \"We received over 700 patients,\" she told this reporter.", "Saima Rizvi"],
    ["'the Titans captain' is not the captain of another side; the one the sentence before opens with", "Harlequins captain Petrus Hamutenya, a 31-year-old lock, dedicated the win to his club.\n\nKagiso Mothibi was close to tears after the final whistle. “It hurts, there is no other way to say it,” the Titans captain said.", "Kagiso Mothibi"],
    ["a sentence that opens with a handwritten notice, however long its description, before 'read'", "Officials said the lists would be updated.\n\nA handwritten notice taped to the door of a complaint centre in Gulshan-i-Iqbal read simply: “No information available. Please do not argue with staff.”", null],
    ["'Grandmaster' is a title, and the given name alone is then the one person who bears it", "Grandmaster Arjun Venkatesan won the 56th National Premier chess championship with a round to spare.\n\nPlaying with the black pieces, Arjun chose the Najdorf Sicilian.\n\n“I still can't believe it,” Arjun told The Hindu after the game.", "Arjun Venkatesan"],
    ["a description, then a titled name and a long place of work with initials, before 'told' after the quotation", "“When we uncovered the femur, we knew immediately that we were looking at one of the largest animals,” the paper's lead author, Dr Lucía Ferreyra of the Museo Paleontológico Egidio Feruglio (MEF) in Trelew, told Wikinews.", "Lucía Ferreyra"],
    ["a family name said alone is the one whose given name and that family name the text wrote on their own, not a daughter whose name only ends in it", "Chilean poet Marisol Urrutia dies aged 84\n\nMarisol Urrutia Benavides, the Chilean poet, died on Sunday. She was 84.\n\nHer daughter, the architect Paula Reyes Urrutia, said her mother had died in her sleep.\n\nIn a 2011 interview, Urrutia said exile had given her “a second country and a permanent wound”.", "Marisol Urrutia Benavides"],
    ["'Another commuter, 54-year-old accountant Luc Gagnon,' opening the sentence before: 'he' is the person named", "“I left home an hour early,” said Amira Benali, 26, a nurse.\n\nAnother commuter, 54-year-old accountant Luc Gagnon, was less sympathetic. “This is the third strike in four years,” he said.", "Luc Gagnon"],
    ["'the central bank' is the body named as a central bank, of two the nearest", "Traders said the US Federal Reserve's plans had hit the rupee. “There was no seller,” said Anirudh Bhatnagar, head of treasury at Konkan Mercantile Bank.\n\nThe Reserve Bank of India (RBI) said it was watching the market closely.\n\n“The Reserve Bank is monitoring developments,” the central bank said in a statement.", "Reserve Bank of India"],
    ["a letter from a body whose name holds 'of' and a place, then 'the letter said'", "A letter from the National Youth Council of Ireland (NYCI), co-signed by 23 youth organisations, urged members to back the measure. “We are not asking for a favour,” the letter said.", "National Youth Council of Ireland"],
    ["a leaflet, a handbill or a pamphlet names no writer", "Health workers met resistance in the villages.\n\nAccording to the district health officer, a pamphlet distributed in several villages near Shikarpur last month claimed: “These drops and injections are poison sent by the West.”", null],
    ["'Someone' opening a sentence is no name", "About 40 students had gathered in the mission control room before dawn. Someone had written on the whiteboard behind them: “See you in orbit, Aurora!”", null],
    ["after a person's title a surname glued to 'bank' is a person's, not a bank's ('Judge Helen Marchbank'), so 'she' may be her", "The fraud came to light when a junior accountant, Priya Natarajan, noticed a shared account number. She reported it the following day.\n\nSentencing him, Judge Helen Marchbank said Whitlock had committed “a gross breach of trust”.\n\n“You spent the money on a holiday home in the Algarve,” she said.", "Helen Marchbank"],
    ["'the club' is the side the text called a club, not another whose name holds a word clubs take ('Albion')", "Scottish Championship club Inverness Caledonian Thistle sacked manager Neil Carberry on Tuesday, three days after a 3–0 home defeat by League Two side Stirling Albion.\n\nThe club said in a statement that Carberry had left. “The board would like to thank Neil for his hard work,” the statement said.\n\nSandy MacLeod, chairman of the Inverness Caledonian Thistle Supporters' Trust, said fans had lost patience.", "Inverness Caledonian Thistle"],
    ["'in Dr Hartmann's words' says whose words follow, as 'according to' does", "Dr Julia Hartmann, a volcanologist, said the risk was high. Officials agreed.\n\nThe team will arrive next week.\n\nWhether any of that comes soon enough is, in Dr Hartmann's words, “the question nobody can answer yet”.", "Julia Hartmann"],
    ["'in her own words' is hers", "Dr Julia Hartmann, a volcanologist, spoke on Monday about the eruption risk.\n\nThe plan is, in her own words, “a mess from top to bottom of the whole system”.", "Julia Hartmann"],
    ["a word of the lexicon opening the sentence before a comma and a subject is an adverbial, no name ('Afterwards, a subdued Lowther insisted')", "Stoke City sacked Graham Lowther last night after a 4-0 home defeat.\n\nAfterwards, a subdued Lowther insisted he would not walk away. “I’m not a quitter and I never have been,” he said.", "Graham Lowther"],
    ["an opening participle and its comma before a body's name ('Reacting, the Federal Ministry of Education said')", "The union began an indefinite strike on Monday.\n\nReacting, the Federal Ministry of Education said in a statement on Friday that it was “deeply disappointed” by the decision.", "Federal Ministry of Education"],
    ["'the club' is the side the story opens on, doing something, not the opponent it names more often (past a byline)", "Stoke sack Lowther after Bournemouth humiliation\n\nBy Tom Ellery, Chief Football Correspondent\n\nStoke City sacked Graham Lowther last night, less than 24 hours after a 4-0 home defeat by Bournemouth.\n\nThe club captain, Jonny Ashworth, missed the Bournemouth game with a hamstring injury.\n\n“The board would like to thank Graham for his hard work,” the club said in a statement.", "Stoke City"],
    ["a person the sentence opens on after a body's name and two nouns for what they do, one hyphenated ('Quanta co-founder and chief executive Itai Barzilay')", "Ravi Menon, chief executive of Sahyadri, said the deal made sense.\n\nQuanta co-founder and chief executive Itai Barzilay, 41, will join the team. “We looked at offers from American companies too,” he told this newspaper.", "Itai Barzilay"],
    ["'she' is the one this paragraph named whose clause of 'who' calls her so ('by Annelie van Wyk, who saddled her first runner'), not one who spoke a paragraph before", "Ridden by jockey Sipho Ndlovu, the colt won.\n\n“I kept waiting,” Ndlovu told Wikinews.\n\nThe colt is trained in Summerveld by Annelie van Wyk, who saddled her first runner in 2009. “People told me he was too small for this race,” she said.", "Annelie van Wyk"],
    ["'she' is the one person this paragraph brings in before a quotation that opens one of its sentences, not one who spoke a paragraph before", "“Nobody around this table wanted to make this decision,” said council leader Margaret Dowthwaite.\n\nThe petition was organised by Kathleen Rigg, a retired nurse from Keswick, who delivered it to County Hall last week. “For a lot of us the bus isn't a luxury,” she said.", "Kathleen Rigg"],
    ["'the PS' is the Principal Secretary, whose office a doctor's title after it is no part of ('Agriculture Principal Secretary Dr Wanjiru Kamau')", "Agriculture Principal Secretary Dr Wanjiru Kamau appealed for calm. She said the ministry would meet farmers.\n\nThe chairman, John Mwangi, disagreed.\n\n“Tea is our biggest export earner,” the PS said in a statement.", "Wanjiru Kamau"],
    ["'according to' a body whose name opens with initials and full stops ('the U.S. National Oceanic and Atmospheric Administration (NOAA)')", "The current episode began in 2014. According to the U.S. National Oceanic and Atmospheric Administration (NOAA), it is “the longest and most widespread” bleaching event since records began.", "U.S. National Oceanic and Atmospheric Administration"],
    ["an office, its department and a courtesy-titled name, each set off by commas ('The company's General Manager, Public Affairs, Mrs. Ifeoma Okonkwo-Bello, said')", "Power was cut to 40,000 homes on Sunday.\n\nThe company's General Manager, Public Affairs, Mrs. Ifeoma Okonkwo-Bello, said yesterday that an investigation had begun. “We are not ruling out vandalism,” she told our correspondent.", "Ifeoma Okonkwo-Bello"],
    ["'the report' is the one a body opening its sentence put its words 'in' ('TIB struck a gloomy note in a report released last week'), not the last body a tally was by", "At least 48 people have been killed, according to a tally by the rights organisation Ain o Salish Kendra (ASK).\n\nTransparency International Bangladesh (TIB) struck a gloomy note in a report released last week. “An election without the main opposition cannot reflect the will of the people,” the report said.", "Transparency International Bangladesh"],
    ["… but not where the paragraph names first someone met before ('Marsters also questioned …, when Mystics centre Lavinia Tupou was penalised')", "Mystics coach Helen Marsters was critical of her team. “We gave it away,” she said.\n\nMarsters also questioned a decision by the umpires, when Mystics centre Lavinia Tupou was penalised for obstruction. “I'll look at the footage before I say anything more,” she said.", "Helen Marsters"],
    ["a family name's small word capitalised where the sentence opens ('Annelie van Wyk … Van Wyk said') is hers", "Annelie van Wyk trained the colt.\n\nThe jockey, Sipho Ndlovu, rode well.\n\nVan Wyk said the colt had come out of his final trial “bouncing”.", "Annelie van Wyk"],
    ["'the report' of a firm whose trade has a word before it", "The 212-page report by the chartered accountancy firm Venkatesh & Nair Associates was submitted to the ministry on July 31.\n\nThe report does not allege misappropriation, but recommends that the ministry “examine whether recovery proceedings are warranted”.", "Venkatesh & Nair Associates"],
    ["one described after the quotation, then an apposition with an age, as when the description opens the sentence", "The ferry sank off Masbate on Sunday night.\n\n“It went over very fast,” one survivor, a 52-year-old fish trader from Bogo, told the Philippine Daily Inquirer.", "survivor"],
    ["'he' for who told a paper something, not the paper", "Martín Echeverría, who is recovering at home, has said he wants to referee again. He told the Buenos Aires Chronicle earlier this week that his young daughter had asked him why he wanted to go back. \"I told her: because if I don't, they win,\" he said.", "Martín Echeverría"],
    ["the sentence's 'it', not a body after a preposition whose relative clause has a verb of saying", "The Verhaeghe Museum in Ghent was robbed on Sunday.\n\nThe museum said in a statement that it would remain closed until next Monday. It said it was “cooperating fully” with the police and with Interpol, which has added the paintings to its database.", "Verhaeghe Museum"],
    ["'she' for who told a paper something, the paper's name after its noun no subject", "“They knew exactly what they wanted,” Hilde Van Damme, the museum's director, said.\n\nVan Damme told the newspaper De Standaard that the alarm system had been upgraded in 2008. She added that the guards had been “on the other side of the building, doing exactly what they were supposed to do”.", "Hilde Van Damme"],
    ["the source 'according to' names, not the paper that quoted it", "Floodwater lingered in the capital on Friday.\n\nStreets in some districts are “full of water and full of mosquitoes”, according to a fumigation worker quoted by the newspaper Última Hora.", "fumigation worker"],
    ["the source 'according to' names at a body's branch, not the body nor who questioned it", "The ring struck at night.\n\n“They came around 3 a.m., always two of them,” according to a security guard at an LCB branch in Pasay who was interviewed by NBI agents.", "security guard at an LCB branch in Pasay"],
    ["'he' for the man who spoke, not a state whose attorney general the text named", "“Today the waiting ends,” Ohio's attorney general, Margaret Kessler, said in a statement.\n\nMr. Ortega said that 94 percent of local governments had signed on. In Greene County, Ohio, one of the last large holdouts, commissioners voted 2-1 in September to join.\n\n“We set the bar high on purpose,” he said in an interview.", "Ortega"],
    ["the one the sentence after a quotation opening its paragraph says gave the verdict", "The strike has cost the airline Rs1.1 billion.\n\n“This is not a strike any more, it is a haemorrhage.” That was the verdict of Kulsoom Akhtar Durrani, the chairperson of the Senate committee, after the briefing.", "Kulsoom Akhtar Durrani"],
    ["the one the words came from, as the sentence after the quotation says", "Relatives say the payment is not enough.\n\n“One million will not bring back my brother.” The words came from a fisherman who lost his older brother in the sinking.", "fisherman"],
    ["the one whose words the sentence after the quotation says they were", "Tourism rose fast.\n\n“We did not build the terraces for tourists.” The words were those of Hoang Van Dung, 71, a village elder who spoke at a ceremony on Sunday.", "Hoang Van Dung"],
    ["the one the complaint after the quotation came from", "Aid workers say the money has been slow.\n\n“The decree was signed within two days. Three weeks later the money is still in the capital.” The complaint came from a senior official at an international NGO, who asked not to be named.", "senior official"],
    ["the one the admission after the quotation came from, named beside a description", "The surf tour reversed its decision on Friday.\n\n\"We got our first response wrong. We looked at the procedure and not at the people.\" The admission came from the tour's chief executive, Anna Lindqvist, speaking to The Portugal Post from Biarritz.", "Anna Lindqvist"],
    ["the one the sentence after the quotation says made the remark", "Finlay Guthrie chairs the committee.\n\n“Six years ago this parliament said the rules were not strong enough.” Mr Guthrie, an SNP MSP for the Highlands, made the remark as he opened the session.", "Finlay Guthrie"],
    ["the one the sentence after the quotation says put it so", "Retail analysts say the line can be hard to draw.\n\n“There is a difference between passing on costs and using costs as a story.” That is how Rebecca Tamaki, who teaches food retail management, described the question.", "Rebecca Tamaki"],
    ["one described whom the sentence after the quotation says put it so", "The festival was cancelled on Friday.\n\n“It looked like a giant had stepped on it.” That was how one security guard described the main stage.", "security guard"],
    ["the one set beside a role someone owns, whom the sentence after the quotation says put it so", "Priya Ramdial won the vote.\n\n“It was the longest night of my life.” That was how Ramdial's campaign manager, Tom Whitcombe, described the count.", "Tom Whitcombe"],
    ["the one whose words the sentence after the quotation opens on", "The bridge fell in September.\n\n“We don't want money, we want the truth.” The words of Hernán Cano, whose son died in the collapse, were repeated by relatives.", "Hernán Cano"],
    ["the one the sentence after the quotation says it was, and when", "The team recalled a forward on Monday.\n\n“You feel for him, obviously.” That was captain Jean-Philippe Ouellet after Tuesday's morning skate.", "Jean-Philippe Ouellet"],
    ["the one who spoke 'those words' as they did something", "Donors met in Amman.\n\n“We have carried this responsibility for ten years.” With those words, Jordan’s planning minister, Rania Haddad, opened the conference.", "Rania Haddad"],
    ["the one whose advice the sentence after the quotation says it was", "The ring is still at large.\n\n“Change your PIN and report anything strange at once.” That was the advice to cardholders from Senior Superintendent Gilbert Tolentino at a briefing on Tuesday.", "Gilbert Tolentino"],
    ["a name with an age and an apposition holding a nickname in quotation marks, after the quotation", "The court ordered a new election.\n\n“Today the judiciary said what we have said from the first day,” Fawzy, 47, the former national team captain nicknamed “The Wall”, told Misr Digest by phone.", "Fawzy"],
    ["a league's disciplinary commission, not the league with the small words of a French name", "The disciplinary commission of France's Ligue Nationale de Rugby (LNR) found after a hearing yesterday that Sarrade had deliberately gouged McAllister.\n\nIn its written decision, the commission said it had added four weeks because the player had “shown no remorse”.", "commission"],
    ["the referees' association, not the one club whose name in Portuguese holds the word", "Associação Atlética Cerrado was fined after its supporters attacked an assistant referee.\n\nThe referees' association called the attack “criminal”.", "referees' association"],
    ["'the report' of the body named right before the verb that says what it concluded in it, not a body that warned since", "Speed and a failure to grit the road led to the crash, the Safety Investigation Authority (OTKES) concluded in its final report, published yesterday.\n\nThe road was not gritted, even though the Finnish Meteorological Institute had warned of black ice that afternoon.\n\n\"The maintenance contract in force did not require gritting,\" the report states.", "Safety Investigation Authority"],
    ["'the commissioners' as the people the text named after the plural, not the first of them", "The central bank dissolved the board of the lender on Friday and appointed two special commissioners, Alberto Zanardelli and Francesca Lodigiani, to run it.\n\n\"The bank is fully operational and deposits are entirely safe,\" the commissioners said in a statement on Tuesday.", "commissioners"],
    ["'a second statement' as one more of the body whose statement the paragraph before quoted", "In a statement posted on its Twitter account late on Wednesday, Bitorya said the suspension was temporary.\n\nA second statement on Thursday evening blamed “unusual transaction volumes” and said the company was working with partners.", "Bitorya"],
    ["'the report' of the body in lower case that opens the sentence that published it, not the one it says led the body", "A gas explosion killed four people.\n\nThe government commission led by Deputy Prime Minister Yerlan Mukhametov published its final report last week. The 212-page document is blunt.\n\n\"The explosion was the direct result of the prolonged failure of the operator,\" the report states.", "government commission"],
    ["not the paper that saw excerpts of the report 'according to' whom the report found it", "A court-appointed expert report has found that the pilot ignored a warning, according to excerpts seen by the Daily Bosphorus.\n\n“The pilot’s decision to continue the flight was the primary cause of the accident,” the report states.", "report"],
    ["the one 'according to' a title and a name with a full stop names", "Former captain Balwant Rai Sidhu was elected on Monday.\n\nThe first task of the new executive, according to Mr. Sidhu, is to “put every rupee on the website”.", "Balwant Rai Sidhu"],
    ["a quotation opening its paragraph after one who spoke since the quotation before, in the paragraph before", "In a report published on Monday, the World Health Organization (WHO) warned that \"the virus circulates in poultry.\" The agency's representative in Hanoi, Dr Anders Holmqvist, told reporters on Wednesday:\n\n\"We are not seeing human-to-human transmission, and that is the good news.\"", "Anders Holmqvist"],
    ["the one whose role a description repeats word for word, not the place the role is for", "The authority blamed the rain.\n\nThat explanation was rejected by Innocent Chivasa, the member of parliament for Chivi South, who said villagers had reported cracks in the spillway last year.\n\n\"People reported these cracks in October,\" he said.", "Innocent Chivasa"],
    ["'the judgment' no author is named for, as the body sitting in judgment that opens the last sentence before", "Brodie Callaghan will miss the Caulfield Cup after the Racing Appeals and Disciplinary Board on Wednesday dismissed his appeal.\n\nThe board, chaired by Judge Catherine Ashby, rejected the central plank of Callaghan's case.\n\n\"It is not necessary for the Board to determine whether the appellant struck the horse nine times,\" the judgment says.", "Racing Appeals and Disciplinary Board"],
    ["'it' as the body whose clause of 'which', holding a number's comma, comes before 'said'", "The transport ministry said on Tuesday it would fine the company.\n\nThe Daeyang branch of the Korean Metal Workers' Union, which represents about 24,000 of the company's workers, said management must not use the scandal to cut jobs.\n\n\"The workers on the line did not write this software,\" it said in a statement.", "Korean Metal Workers' Union"],
    ["'the letter' of the people a count and a noun describe as who signed it, after another participle joined by 'and'", "Residents say the disaster could have been prevented. The Steppe Gazette has seen a copy of a letter sent to the city akimat on 8 October and signed by 34 residents of Kurmangazy Street, which runs alongside the pipeline.\n\n\"We ask you to urgently check the gas pipeline,\" the letter reads.", "residents of Kurmangazy Street"],
    ["'the letter' of the people who signed it, described and counted, after when they did", "Her complaint is shared by many of the families. Last month, relatives of seven of the victims signed an open letter to the president.\n\n\"We do not ask for revenge,\" the letter reads.", "relatives of seven of the victims"],
    ["'the letter' of the people who signed it, past how long ago it was", "Pressure had been mounting since. Two weeks ago, 46 professional surfers, including four former national champions, signed an open letter calling for a review. “We are not asking for anyone’s head,” the letter said.", "professional surfers"],
    ["'the report' of the body in lower case the text said it was of", "Parliament on Wednesday adopted the report of the select committee that investigated the capsizing of the boat.\n\n\"The committee established that the vessel was cleared to sail,\" the report reads.", "select committee"],
    ["'the report' of the body in lower case that said something in 'a' report, after a clause", "A fatigue crack caused a gondola cabin to slip off its haul rope last month, killing five people, a government commission said in a preliminary report published on Monday.\n\n“Had the test been carried out as scheduled, the crack would have been detected,” the report says.", "government commission"],
    ["'it' as the body that spoke, not a subject that denies anyone did", "In a statement, Ekdala said none of its other customers had reported illness. “We are cooperating fully with the authorities,” it said.", "Ekdala"],
    ["a quotation opening its paragraph as the words of the person named opening the sentence after it, who says more", "Ekdala said it was cooperating.\n\n“We have grown vegetables on this land for three generations.” Bengt Ekdahl, who runs the farm with his two sons, said the family had been shocked.", "Bengt Ekdahl"],
    ["'the report' of the body that said something in it, past who chairs the body", "In its 31-page report, the committee, chaired by Barr. Ngozi Ezeh, said the evidence was overwhelming.\n\n“The committee is satisfied that the athlete was born on or about 3 March 2001,” the report stated.", "committee"],
    ["'the report' of the body it is of, past the place whose body it is", "The figures come from the first report of Türkiye's Savings Deposit Insurance Fund (TMSF), which a court appointed as trustee. The report, published on Monday, covers 412,000 accounts.\n\n\"A significant portion of customer assets appears to have been moved,\" the report said.", "Savings Deposit Insurance Fund"],
    ["'the report' of the body that handed it over, past the full stop of its chair's title", "The three-member committee headed by Prof. Saman Dharmasena of the University of Peradeniya handed its report to the ministry on 28 January.\n\n\"The committee is satisfied that explosive charges well in excess of the quantities permitted were used,\" the report says.", "three-member committee"],
    ["'the committee' as the body described with a clause of its own that the text is according to, not a name inside the clause", "Locked exits turned a small fire into a disaster, according to the government committee that investigated the blaze at the Fayhaa Grand Mall.\n\n\"The fire was the result of an accumulation of violations,\" the committee said.", "committee"],
    ["'the report' of the body that presented it, not a person given as a role what happened after a day", "The federation voted to remove its president, Tomislav Brkljačić, on Thursday, two days after an independent commission concluded that the boats had raced underweight.\n\nThe three-member commission, chaired by retired judge Mirjana Pavlić, presented its report to the board on Tuesday.\n\n“The commission found no evidence that any other club benefited,” the report said.", "three-member commission"],
    ["'it' as the body that opens the paragraph with a past tense without '-ed'", "On Monday, Voltrim filed a lawsuit against battery cell supplier Sejin Energy. Tests traced the fires to Sejin's cells.\n\nSejin hit back within hours. \"Voltrim specified the cell and approved every batch that left our plant,\" it said in a statement.", "Sejin Energy"],
    ["'the ruling' of the body sitting in judgment that opens the paragraph before, past what it is of", "The appeals committee of the Norwegian sports confederation (NIF) ruled that the lower committee had given too little weight to his confession.\n\n\"The appeals committee finds that a suspension of six months is proportionate,\" the ruling said.", "appeals committee"],
    ["a participle's words as those of the person set beside a body's role of two words that opens the sentence", "Helios Crest's chief executive, Trent Kasowski, defended the company in an interview on Monday, calling the lawsuits \"a feeding frenzy by trial lawyers\" and saying most customers were happy.", "Trent Kasowski"],
    ["a speaker named after an opening phrase of occasion, not a name inside that phrase", "At First Minister's Questions, Scottish Labour's Brian Tait, the MSP for Glasgow Maryhill and Springburn, said the fine amounted to \"roughly £1,200 for every person who lives in that building\".", "Brian Tait"],
    ["a participle's words as those of the person with a courtesy title set beside a body's role of three words", "Straits Pacific's chief customer officer, Ms Sharon Teo, defended the changes in an interview on Thursday, saying the airline had \"acted fully within\" the programme's terms.", "Sharon Teo"],
    ["'she' after a participle phrase that opens her sentence, as the one person the sentence before named", "Rudolf Bichler, 61, the conductor of the choir, died on 9 January.\n\n“We will rebuild,” said the mayor, Karl Huber.\n\nThe commission was chaired by Dr Elisabeth Mairhofer, a retired judge. Presenting the 212-page report, she said the fire detector was only the last link in a long chain.\n\n“This was not one mistake by one person on one afternoon.”", "Elisabeth Mairhofer"],
    ["'the report' of who carried out the review, not a name in the title the text quotes", "The review, carried out by barrister Gráinne Ní Bhriain SC and published yesterday, found the course was short.\n\nThe 64-page report, titled \"Independent Review of the Slaney Valley Marathon Course Measurement\", says the warning was ignored.\n\n\"On the balance of probabilities, the reviewer is satisfied that Mr Furlong was aware of it,\" the report states.", "Gráinne Ní Bhriain"],
    ["'the report' of the body named right before 'has concluded in a review'", "The outbreak most likely began with a galley worker, the Norwegian Institute of Public Health (FHI) has concluded in a review published on Thursday. Kestrel Line, the ship's operator, said it had cooperated fully.\n\n\"A crew member working in the main galley had symptoms but kept working,\" the report says.", "Norwegian Institute of Public Health"],
    ["a fragment in a clause of 'which' as the words of the document's author, past when the document is dated", "The Iraq Herald has obtained a copy of an inspection report by the Basra Civil Defence Directorate, dated March 2023, which found that the mall “lacks a functioning automatic sprinkler system”.", "Basra Civil Defence Directorate"],
    ["a quotation standing as a paragraph as the words of the one person the paragraph before brings in, where no one speaks in it", "The regulator fined the company on Monday.\n\nFor Carmen Puig, a 67-year-old retired primary schoolteacher who lives alone in Sabadell, the news came as a relief. Her bill for December was €48. The one for January was €212.\n\n“I thought I was going mad. I went round the flat switching things off.”", "Carmen Puig"],
    ["a quotation opening its paragraph as the words of the person named right after it, who repeated them", "The group held a rally on Saturday.\n\n“We want names, not apologies.” Katarzyna Wilk, the group’s founder, repeated the slogan several times to about 200 owners.", "Katarzyna Wilk"],
    ["no one, where the one person the paragraph before brings in is brought in as another's kin", "Every second Tuesday, Rukhsana Bibi takes two buses to the district courts.\n\nHer only son, Muhammad Imran, was one of the 15 workers killed when a boiler exploded. Four months later, there has been no verdict.\n\n“I go to the court on every date. I sit on the bench outside from morning until the afternoon.”", null],
    ["no one, where the one person the paragraph before brings in signed the document it tells of", "The report, signed by board chairman Capt. Lorenzo Baclayon, traces the accident to decisions made early in the voyage.\n\n“The master was advised by his chief mate on at least two occasions to seek shelter and chose to proceed.”", null],
    ["a commission of inquiry, not what it is into", "The independent commission of inquiry into the KwaNtokozo mudslide has found that officials' failure “materially contributed to the loss of life”.", "independent commission of inquiry"],
    ["a document a possessive pronoun gives its writer", "Pol Gen Chaiwat Srisombat resigned at an emergency meeting on Sunday.\n\nHis resignation letter, which was made public yesterday, said he was stepping down to “take responsibility as the head of the organisation”.", "Chaiwat Srisombat"],
    ["the subject a clause of 'who' quotes, when no one is named after the verb that follows the quotation", "The government declared a state of emergency on Monday.\n\nCOPECO Commissioner Rigoberto Maldonado Paz, who has called the flood “the worst the north coast has seen in a generation,” said the priority was now to get people home.", "Rigoberto Maldonado Paz"],
    ["'he' in a clause of 'who' as the one it is about, someone new brought in as an office of 'a' body", "“I never signed anything,” said Hamdy Abdel-Latif, the president of Al-Nasr.\n\nThe president of a club in Beni Suef, who asked not to be named because of what he called “pressure from all sides”, said his signature had been copied.", "president of a club in Beni Suef"],
    ["no one, where the only name stands in a clause set off by commas", "The attackers got in through a phishing email.\n\nThe email, which purported to come from the Kenya Revenue Authority, read: “Your KRA PIN has been flagged for non-compliance.”", null],
    ["a body by its short name after an opening phrase that names who signed its statement", "The National Communications Authority fined the operator on Tuesday.\n\nIn a statement issued in Accra yesterday and signed by its Director-General, Dr Kwame Asante-Boakye, the Authority said it had “taken a serious view” of the disruption.", "National Communications Authority"],
    ["'one' as one of the people the text last counted, not a count inside the quotation", "Five of the six women read victim impact statements at a sentencing hearing last month.\n\n“I was 12 years old the first time,” one wrote.", "one of the women"],
    ["'the letter' of the one it is from", "A letter from one survivor, a 31-year-old man, was read aloud by the prosecutor.\n\n\"I remember the sound of the glass,\" the letter said.", "survivor"],
    ["an inverted name with a role that has no article", "“The timing could hardly be worse for importers,” said Priya Raman, senior analyst at freight consultancy Halvard Logistics.", "Priya Raman"],
    ["the subject, not the name set beside the noun of a clause of 'whose' after it", "Gladys Barría, 38, whose husband, Juan Carlos Vargas, is among the missing, said “they tell us the sea does not give back what it takes”.", "Gladys Barría"],
    ["the name set beside the noun of a clause of 'whose' that says it", "Thefts have risen, according to the Association of Antiquarian Booksellers, whose chairman, Jiří Kolář, said the books “end up in private collections abroad”.", "Jiří Kolář"],
    ["an inverted name with a role whose firm's name holds a comma", "“The law protects the segregation of client money,” said Jorge Medina Ortega, a financial regulation lawyer at the firm Medina, Olvera y Asociados.", "Jorge Medina Ortega"],
    ["a body, not where its branch is", "The Nigeria Labour Congress (NLC) in Benue said in a statement that the money would be better spent.\n\n\"It is insensitive to create new structures,\" the statement said.", "Nigeria Labour Congress"],
    ["'the league body' and 'the club' as the bodies the article names", "THE Nigeria Premier League (NPL) fined Osun Comets FC.\n\n“The board views with grave concern the conduct of supporters,” the league body said in a statement.", "Nigeria Premier League"],
    ["'the club' as the club the article names most", "Redmarsh lost again. Kieran Brannigan led Redmarsh to a final in 2003.\n\nThe club said in a statement: ‘The board has accepted the resignation with regret.’", "Redmarsh"],
    ["the noun a relative 'who' stands for", "The House passed the bill, despite a walkout by opposition lawmakers who described the legislation as \"a ploy to reward party loyalists.\"", "opposition lawmakers"],
    ["an office of a body, its holder unnamed, after an aside on the channel", "The strike was called by the unions.\n\nThe Managing Director of the PTC, in a statement, described the strike as \"illegal and unjustified\".\n\n\"Workers who stay away will lose their wages,\" the statement said.", "Managing Director of the PTC"],
    ["'the order' of whoever wrote it", "In a 12-page order dated Nov. 5, the Office of the Deputy Ombudsman for Luzon said the evidence was strong.\n\n\"The respondents may influence witnesses,\" the order read.", "Office of the Deputy Ombudsman for Luzon"],
    ["'he' after a name written with a bare initial", "V Narasimha Murthy said the board had no choice.\n\nLocal corporator K Venkatesh, who joined the protest, said he would act. \"I will raise it at the council meeting,\" he said.", "K Venkatesh"],
    ["a paragraph of quotation after a person whose age stands before a relative clause", "Eastbourne resident Jenny Marsh, 61, who takes the ferry every weekday, said the strike would make for a long day.\n\n“The bus takes me 50 minutes on a good day.”", "Jenny Marsh"],
    ["a role held at a body, kept whole", "Officials were cautious.\n\nAccording to a senior official at the Nagano Prefectural Government, who spoke on condition of anonymity, the prefecture will review the plan.\n\n\"A plant like this cannot be forced on a town,\" the official said.", "senior official at the Nagano Prefectural Government"],
    ["'she' after someone's role and what it covers", "Health officials believe the virus has spread.\n\nPHE's consultant in health protection for South Yorkshire said most cases were in children.\n\n\"Measles is extremely infectious,\" she said.", "PHE's consultant in health protection for South Yorkshire"],
    ["'he' after 'another' someone, then who they are", "Kelly Aston said she was relieved.\n\nAnother parent, a father who did not want to be named, said he had waited an hour.\n\n\"The queue went right round the car park,\" he said.", "parent"],
    ["'she' after a noun for a person written in capitals", "Uptake fell after a study.\n\nA GP in the town, who asked not to be named, said she still heard those concerns.\n\n\"It isn't usually that people are against vaccination,\" she said.", "GP in the town"],
    ["an inverted newcomer with the name a clause gives", "\"It's like losing a relative,\" said a longtime customer who gave her name only as Joan.", "Joan"],
    ["one described who gave only a surname", "A 45-year-old plaintiff from Daejeon, a civil servant who gave only his surname, Baek, said he had played the game.\n\n\"Between the two of us we put about 6 million won into those chests,\" he said.", "Baek"],
    ["'the director' as the office described nearby, not a person named before", "Paul Mayhew, whose family has run the store since 1907, said it would close. \"It was time,\" he said.\n\nThe town's economic development director said officials had been meeting with Mayhew.\n\n\"Nobody wants a dark building,\" the director said.", "town's economic development director"],
    ["an honorific before a name and the short form after it", "Haji Rahmat Sulaiman, the mosque's chairman, spoke first.\n\n\"A mosque should be a good neighbour,\" Haji Rahmat said.", "Rahmat Sulaiman"],
    ["a company's short name beside its full name that spoke", "Rook Hill Capital, an activist investor, said the offer was welcome.\n\n\"This offer validates what we have been saying,\" Rook Hill said.", "Rook Hill Capital"],
    ["a fragment a kin named by her first name said in a statement read out", "PC Dunleavy gave evidence.\n\nMr Okafor's widow, Grace, said in a statement read to the court that her husband had been \"the kindest, funniest man I ever met\" and a devoted father.", "Grace Okafor"],
    ["a kin of so many years named by her first name, after a reader named in the opening phrase", "Graham Pike drowned in 2016.\n\nIn a statement read outside court by the family's lawyer, Sarah Lim, Mr Pike's wife of 31 years, Christine, said the family had waited \"far too long\" for answers.", "Christine Pike"],
    ["a transcript's line, labelled with a name the text gave", "Ong Li Wen gave evidence on Wednesday.\n\nThe exchange came on Thursday:\n\nOng: “Not in those words. He said, keep the dashboard green.”", "Ong Li Wen"],
    ["'the regulator' as a board whose name says it regulates", "Furlong is to appear before a referrals committee of the Irish Horseracing Regulatory Board (IHRB) next Thursday.\n\nIn a statement, the regulator said: “The IHRB takes a zero-tolerance approach to steroids.”", "Irish Horseracing Regulatory Board"],
    ["'the ruling' as the court that wrote in a decision before", "The federation has a painful legal history.\n\nIn a 2021 decision upholding a ban on another runner, the Court of Arbitration for Sport wrote that the athlete's explanation was not credible.\n\nThe ruling went on: “The Panel is comfortably satisfied that the Athlete used a prohibited method.”", "Court of Arbitration for Sport"],
    ["'the decision' as the committee, never named, that spoke in it", "Conneely was banned for three years.\n\nIn its decision, the committee said the substance had been given deliberately.\n\nThe decision went on: 'A trainer is responsible for everything that goes into his horses.'", "committee"],
    ["'she' as the one a passive 'asked about' describes, not what she was asked about", "The inquiry was chaired by Nuala Brennan SC.\n\nMs Brennan, asked about Irish hospitals, was careful. 'I was asked to look at one health board,' she said.", "Nuala Brennan"],
    ["an inquiry, not what it is into, however long that is", "Managers removed 9,417 patients.\n\nAn independent inquiry into one of the worst waiting-list scandals in the history of the Welsh NHS has found that staff who raised concerns were “sidelined, disbelieved or moved”.", "independent inquiry"],
    ["'it' in a clause of 'who' as the subject, not the one the clause is about", "An independent inquiry into the scandal has found that managers removed patients.\n\nThe report names four former managers, including Gareth Maddox, who it said “knew or ought to have known” of the practice.", "independent inquiry"],
    ["a body in lower case after a noun a clause with no 'that' describes", "The port deal was signed on Monday.\n\nNo worker can be made redundant before 2023, a guarantee the union said protected “hundreds of jobs”.\n\nThe Havenwerkers Unie had campaigned for it.", "union"],
    ["a tribunal someone chairs, opening the sentence, not its chair", "An independent appeals tribunal chaired by barrister Anthony Brereton SC dismissed the appeal on Wednesday.\n\nIn its written reasons, the three-member tribunal said the selectors could weigh “trajectory and potential” as well as results.", "three-member tribunal"],
    ["a panel someone chairs, with no commas, not its chair", "Kenya's Sports Disputes Tribunal has nullified the election.\n\nIn a 28-page ruling delivered on Friday, a three-member panel chaired by Wanjiku Mbugua-Otieno found that the register had been “irregularly amended” after the deadline.", "three-member panel"],
    ["'he' after an unnamed spokesman set after what he said, past a participle's clause", "“Our teams have pulled out 21 people alive,” the deputy commissioner, Farooq Ahmad Lone, told reporters.\n\nRescue teams from the army worked through the night, using avalanche probes and sniffer dogs, a defence spokesman said.\n\n“Visibility is near zero and there is a risk of a second slide,” he said.", "defence spokesman"],
    ["a party's member with her seat's letters in capitals, for a later quote of hers in the sentence and after", "Plaid Cymru AM Elin Rhys Owen said the findings were “deeply disturbing” and called on the minister to “take direct control” of the board.\n\n“If these patients had lived in England, heads would have rolled,” she said.", "Elin Rhys Owen"],
    ["a spokeswoman for a party of two words, her seat's letters after her name", "Elin Prydderch spoke in the chamber.\n\nPlaid Cymru health spokeswoman Elin Prydderch MP wrote on Twitter: “Patients were let down twice.”", "Elin Prydderch"],
    ["'the company' as the one whose plant its own sentence named, not the wire in the dateline", "BUDAPEST, March 14 (Reuters) - Authorities closed water intakes along the Sajo river on Thursday, officials said.\n\nThe leak was discovered late on Tuesday at the Sajovolgyi Vegyipari plant in Kazincbarcika, when the seal on a storage tank failed, the company said in a statement.\n\n“The leak has been stopped and the damaged tank has been emptied,” it said.", "Sajovolgyi Vegyipari"],
    ["a quotation after a sentence about one whose role, with a party before it, is set before the name", "The commission presented its report on Tuesday.\n\nThe commission's chairman, MPLA deputy Alberto Kupessala, was more direct at a news conference after presenting the report. \"We did not find a few bad apples. We found an orchard.\"", "Alberto Kupessala"],
    ["'he' after a body of two words' role set before a name between commas, not the one who spoke before", "‘I thought I won every round,’ a tearful Reid said.\n\nGB Boxing’s performance director, Martin Hale, was blunter. ‘It was a disgrace,’ he said.", "Martin Hale"],
    ["'the governing body' as the body that spoke just before", "The UCI said in a statement that it was “following the situation closely”.\n\n“The UCI will ensure that the guarantee is used as a priority,” the governing body said.", "UCI"],
    ["a subject past how the words went out, whose participle is no verb of its own", "Mariela Sosa leads the federation.\n\nSosa, in a statement posted on the CAT website on Tuesday night, struck a different tone: “We respect the court.”", "Mariela Sosa"],
    ["'the statement read' as the statement's writer", "The council issued a statement.\n\n\"It is over,\" the statement read.", "council"],
    ["'the company' as the one business named, once, not a group that spoke before", "Oil has spread across the creeks, villagers and an environmental group said on Thursday.\n\nThe leak, from a line operated by Harcourt Delta Petroleum, was seen on Saturday.\n\nThe company said in a statement that the line had been shut. \"Our teams are on site,\" the statement said.", "Harcourt Delta Petroleum"],
    ["'she' after a name whose 'he' in what she says was someone else", "Relatives gathered on Monday. Oksana Melnyk, 47, whose husband had worked there for 19 years, said he had complained that the air was poor.\n\n\"He told me the sensors were off,\" she said. \"Now I am alone.\"", "Oksana Melnyk"],
    ["'it' is the developer that spoke, not the unnamed resident before it", "A resident said: “They keep calling it a landmark.”\n\nMarlow Quay Developments said the tower was fine. It said the flats would be “suitable for families”.", "Marlow Quay Developments"],
    ["a surname that opens a Chinese name, after an inverted name with a party and seat in brackets", "“It is theatre,” said Lim Wei Sheng (PH-Bukit Bendera).\n\n“The minister is asking us to trust the same system,” Lim said.", "Lim Wei Sheng"],
    ["'she' after 'so-called', which says no one spoke", "Political scientist Hamidah Karim said the bill was a step, after the collapse of the Pakatan Harapan government in the so-called “Sheraton Move” in 2020.\n\n“It will not fix everything overnight,” she said.", "Hamidah Karim"],
    ["a given name that opens a Malay name set with a party and seat in brackets", "The Deputy Speaker ordered Khairul Anuar Mat Zin (PH-Sungai Petani) to leave the chamber.\n\nKhairul later told reporters: “I said what the people outside are saying.”", "Khairul Anuar Mat Zin"],
    ["a company's short name, the full one ending in a word for what it makes", "Kessler Appliance will close its Springfield plant, the company said on Thursday.\n\n“This was a difficult decision,” Kessler said in a statement.", "Kessler Appliance"],
    ["'the collective', a body whose name holds a plural in the possessive and the noun", "The TB Patients' Collective, a network of survivors, welcomed the approval.\n\n“Patients drop out because they lose their jobs,” the collective said in a statement.", "TB Patients' Collective"],
    ["'the retailer', the business named, not initials only ever written before a noun", "Hartley Foodstores blamed the HGV driver shortage for a fall in profits.\n\nHartley Foodstores raised HGV driver pay last month. About 100,000 HGV drivers are missing.\n\nThe retailer said it had “taken decisive action” to protect supplies.", "Hartley Foodstores"],
    ["'Special Agent in Charge', a title in charge of something, written with spaces", "Tom Reyes was convicted on Thursday.\n\n“Corruption is not a victimless crime,” Special Agent in Charge Karen Doyle said.", "Karen Doyle"],
    ["'she' after one who wanted to be known only by a title and a surname", "One parent, who wanted to be known only as Mrs Lee, said the family had paid $68,000.\n\n“We sold our car,” she told The Straits Times.", "Lee"],
    ["a question put to someone, then a nationality for them, a verb and a colon", "Jonas Ekdahl, the Swedish coach, spoke on Monday.\n\nAsked whether he had spoken to the Brazilian, the Swede smiled: “Maybe a little bit.”", "Jonas Ekdahl"],
    ["another noun for the one unnamed person who spoke just before, named by both", "Coach Anna Berg left in November.\n\nOne current national squad member, who spoke on condition of anonymity, said the atmosphere had improved.\n\n“We were cogs in a medal machine,” the rower said. “It was hard,” the rower added.", "rower (current national squad member)"],
    ["a paragraph that is only a quotation, after one whose last sentence is about 'she'", "Mercy Jepkirui finished second in Chicago.\n\n“It was my day,” she says.\n\nAsked whether she could win Olympic gold in Paris, she smiles.\n\n“Why not? Two years is a long time.”", "Mercy Jepkirui"],
    ["a quotation no verb carries, right after a sentence about 'she'", "Mercy Jepkirui finished second in Chicago.\n\n“It was my day,” she says.\n\nThen she lifts her feet out of the basin and laughs again. “But first these ones have to heal.”", "Mercy Jepkirui"],
    ["'the company', a business whose name ends in a word for a tech trade, not an outage tracker that 'logged reports'", "Corvane Cloud says a faulty change caused the outage.\n\nAt the peak, outage tracker Downdetector logged more than 48,000 reports about Corvane-hosted services.\n\nIn a postmortem published Thursday evening, Corvane explained what went wrong.\n\n“An automated deployment applied an incorrect route configuration,” the company wrote.", "Corvane Cloud"],
    ["a court by one word the text writes with 'the', not a person; 'it' after it", "MANILA — The Sandiganbayan has convicted a former mayor. Also convicted was a supplier, Renato Villaflor.\n\n“The evidence clearly shows that the rice was paid for in full,” the Sandiganbayan said.\n\n“The accused cannot hide behind the urgency of a calamity,” it added.", "Sandiganbayan"],
    ["'the three accused' is a noun, not a verb of saying", "The court said the three accused “conspired to give unwarranted benefits” to the firm.", "court"],
    ["'he' after a verb joined by 'but' to one before, the sentence opening with a body's name, a role and the person", "Anti-Graft Watch Malaysia coordinator Shahrul Nizam Osman welcomed the prosecution but said the real test would come at trial.\n\n“Cases at this level must be followed through to the end,” he said.", "Shahrul Nizam Osman"],
    ["'the Canterbury coach', the one whose role names the same side, not the other coach who spoke last", "Tasman coach Mark Te Huia says the win came down to fitness.\n\nCanterbury coach Glenn Whitcombe was blunt about the final quarter.\n\n“Our discipline let us down,” the Canterbury coach said.", "Glenn Whitcombe"],
    ["'he' after 'Former Tasman halfback Ben Marino, now playing in Japan, was among those …'", "Whitcombe confirmed captain Luke Ansell needed 12 stitches.\n\nFormer Tasman halfback Ben Marino, now playing in Japan, was among those to pay tribute on Twitter. “Enjoy the last few laps, bro,” he wrote.", "Ben Marino"],
    ["someone's lawyer, then the lawyer's name and where they work", "The man, known as AYR24, was held.\n\nAYR24’s lawyer, Sophie Tran of the Refugee Legal Assistance Centre, said her client had been “living in a cage for a problem he did not create”.", "Sophie Tran"],
    ["someone's lawyer, then a role and the lawyer's name set beside it", "Tyrell Hanks was charged on Monday. Hanks' attorney, public defender Marcus Lyle, said his client “denies firing into the crowd” and would plead not guilty.", "Marcus Lyle"],
    ["'the statement', from people described by capitalised words and a plural", "The Rapid Support Forces said they would respect the truce.\n\nThe truce starts on Friday, a joint statement from the Saudi and U.S. mediators said.\n\n“Both sides have committed to refrain from attacks,” the statement said.", "Saudi and U.S. mediators"],
    ["a paragraph of quotation after reported speech that holds a quoted term of two words", "The highway was closed for six hours.\n\nSenior Sergeant Craig Tuhiwai, of Dunedin, says the crash is a \"tragic reminder\" to take care on the roads.\n\n\"We have had a long weekend of heavy traffic and people are tired.\"", "Craig Tuhiwai"],
    ["'she' is no newcomer a name after 'the' makes", "Political scientist Hamidah Karim said the bill was a step.\n\nTrust was shaken by the collapse of the Pakatan Harapan government in 2020.\n\n“It will not fix everything overnight,” she said.", "Hamidah Karim"],
    ["'the airline', a carrier whose name ends in 'Air', not the authority the sentence before cited", "The aircraft of SkyIsla Air came to a stop beyond the runway, according to the Civil Aviation Authority of the Philippines (CAAP).\n\nIn a statement, SkyIsla Air said the aircraft encountered “sudden heavy rainfall” upon landing.\n\n“We sincerely apologize to our passengers for the inconvenience,” the airline said.", "SkyIsla Air"],
    ["'she' after a clause she reports, not who that clause tells of", "Dr. Miriam Kessler runs the clinic.\n\nKessler said the clinic had delayed treatment for 14 patients. A distributor has told the clinic it expects to fill orders by June, she said, \"but we have heard that before.\"", "Miriam Kessler"],
    ["'the ruling' of the body that gave it, a participle's clause set off after its name", "The runner had argued the sample was tainted. The three-member panel, chaired by retired judge Michael Tierney, rejected that argument in a 23-page ruling.\n\n“The athlete has not established how the substance entered her body,” the ruling said.", "three-member panel"],
    ["who said the words before them, not those a comparison after them says had claimed something", "In its order, the appeal panel said Singh had \"failed to produce any credible evidence\" that the meat was tainted, as his lawyers had claimed.", "appeal panel"],
    ["a spokeswoman for no body named, as the body that spoke just before", "The Department of Primary Industries said it had processed 1,900 applications since May 1.\n\n\"The department continues to work with industry,\" a spokeswoman said in a statement.", "spokeswoman for the Department of Primary Industries"],
    ["an office of a place whose name holds an elided particle", "Farmers dumped manure on Wednesday.\n\nThe prefect of the Côtes d'Armor, who received a delegation, said in a statement he \"understood the anger\" of producers.", "prefect of the Côtes d'Armor"],
    ["'he' after a first name set beside someone's kin, an age after it", "Hamada’s son, Yoshiaki, 48, said his father crossed every month.\n\n“He knew these waters better than anyone,” he said.", "Yoshiaki Hamada"],
    ["a spokeswoman of a body whose name holds 'and'", "Mr Ahern said the school applied in 1998.\n\nA Department of Education and Science spokeswoman said: ‘The department’s building unit has been in contact with the school.’", "Department of Education and Science spokeswoman"],
    ["a part of a body the text named, by that body's name", "The Maharashtra State Board of Secondary Education cancelled the paper. The board said the exam will be held on March 19.\n\nIn a statement, the board's divisional office said: \"The sanctity of the examination process is paramount.\"", "divisional office of Maharashtra State Board of Secondary Education"],
    ["'the university' as the university, not a union whose name holds 'College'", "The University of Kingsmere said it would close the department.\n\nThe University and College Union said it would open a ballot.\n\nIn a statement, the university said that “all students currently enrolled will be supported”.", "University of Kingsmere"],
    ["'Counsel said' as the counsel the article titled so", "Defence counsel Michael Hourigan SC said his client had been a respected man.\n\nCounsel said Nolan had handed over documents that “made the investigation considerably easier”.", "Michael Hourigan"],
    ["'the force' as the police force the article named", "Operation Tarpan has led to 37 arrests, according to Greater Manchester Police.\n\nIn a statement, the force said: \"We will not tolerate the carrying of firearms.\"", "Greater Manchester Police"],
    ["'he' after a description the text gives only a designation for", "The marksman, who gave evidence from behind a screen and was referred to only as Officer B, told the inquest he had \"genuinely believed\" his life was in danger.\n\n\"I saw something black in his right hand,\" he told the jury.", "Officer B"],
    ["the same verb of saying again, after a clause it reports with a named subject", "Thomas Geraghty, 58, denies murder.\n\nDetective Sergeant Michael Flanagan said Geraghty had handed over the shotgun and said: ‘I only meant to frighten him.’", "Thomas Geraghty"],
    ["a second verb of saying after a clause reported with a count as its subject", "Speaking in Pashto, Mullah Omar said 40 had died and warned that attacks would continue “until the last foreigner leaves”.", "Omar"],
    ["'he' after an agent described and placed, not the place", "Hans-Georg Wiese, the canal manager, said repairs would take weeks.\n\nA Danish port agent in Skagen said bunker sales had risen. \"It is good for us,\" he said.", "Danish port agent"],
    ["a description whose only capital is a people's adjective", "A European trade group for importers said on Thursday that its members faced \"a second year of unplanned freight costs\" and urged the European Commission to act.", "European trade group for importers"],
    ["'a diocesan statement' as the diocese the article named", "The Diocese of Eastmoor is to close 31 of its 118 churches.\n\nA diocesan statement said that no building would close before a ‘full consultation with each parish community’.", "Diocese of Eastmoor"],
    ["someone described and placed at a body whose name holds a place's", "Prices rose in Greater Buenos Aires in January.\n\n\"The central bank is betting that the recession will do the work,\" said a trader at a Buenos Aires brokerage.", "trader at a Buenos Aires brokerage"],
    ["'the consortium' as the body the text set that noun before", "Protesters blocked the sandbar where the Spanish-Mexican consortium Viento del Sur plans to build 132 turbines.\n\n\"This land is ours,\" said Lucía Ramos, 51.\n\nThe consortium said in a statement that it had signed leases.\n\n\"The project complies with all laws,\" the statement said.", "Viento del Sur"],
    ["'the company' as the company that owns a mine, not the mine named more often", "Blockade halts Cerro Llacsa copper mine\n\nShipments from Andino Cobre's Cerro Llacsa mine in Peru's Tambobamba region have stopped.\n\nIn a statement, the company said it would cut output \"in the coming days\" if the road stayed shut.", "Andino Cobre"],
    ["'the company' as the business a company form before its name marks, not a people named more often", "Kenyah villagers fear the dam. Kenyah elders met on Monday.\n\nThe dam, developed by PT Sungai Daya Lestari, received its permit last month.\n\nIn a written response, the company said families would be moved. \"The project will provide clean power,\" it said.", "PT Sungai Daya Lestari"],
    ["'he' past a plural noun two names share", "Sudan's delegation head, Hashim Ibrahim al-Tayeb, said Khartoum expected South Sudan to stop supporting rebel groups operating in Sudan's South Kordofan and Blue Nile states, an accusation Juba denies.\n\n“Security comes first,” he told reporters.", "Hashim Ibrahim al-Tayeb"],
  ])("names the speaker of the last quotation: %s", (_name, text, speaker) => {
    expect(quotesOf(text).at(-1)?.speaker).toBe(speaker);
  });

  it("keeps a name shaped like a place's a place when a number, not an age, follows it", () => {
    const actors = extractArticle(testArticle("The wave reached as far as Somalia, 4,500 km away. Ellen Park, 62, saw it.")).actors;
    expect(actors.find((a) => a.name === "Somalia")?.type).toBe("place");
    expect(actors.find((a) => a.name === "Ellen Park")?.type).toBe("person");
  });

  it("gives a quote after 'which said' or 'who said' to the name the relative pronoun stands for, with a role set before it", () => {
    expect(quotesOf("At least 12 rural hospitals in Kansas have closed since 2010, according to the Prairie Hospital Association, which said in a statement that \"the pressure on small facilities has never been greater.\"")[0]).toMatchObject({ speaker: "Prairie Hospital Association" });
    expect(quotesOf("The ministry was told on Monday, according to a ministry spokeswoman, Andrea Koenig, who said it was \"monitoring the situation closely.\"")[0]).toMatchObject({ speaker: "Andrea Koenig", role: "ministry spokeswoman" });
  });

  it("gives a quote to the person named after a noun for what they are, set beside their office, after an opening participle's clause", () => {
    const quotes = quotesOf("Adaeze Okonjo, 34, won the prize.\n\nAnnouncing the award at the Guildhall, the chairman of the judges, the critic Nicholas Farrant, admitted that the panel had been \"bitterly divided\". \"I won't pretend it was unanimous,\" he said.");
    expect(quotes.at(-1)).toMatchObject({ speaker: "Nicholas Farrant", role: "chairman of the judges" });
  });

  it("gives a quote to the name set beside 'one of' someone's people, that phrase as the role", () => {
    expect(quotesOf("One of Basketwala's investors, Singapore-based Lumen Ventures, said in a statement: \"We backed a strong team in a tough category.\"")[0]).toMatchObject({ speaker: "Lumen Ventures", role: "one of Basketwala's investors" });
  });

  it("reads a navy lieutenant's junior grade as part of the rank before an inverted speaker's name", () => {
    expect(quotesOf("“The crew declared an emergency,” said Coast Guard Lt. j.g. Marisa Chun, a spokeswoman for the district.")[0]).toMatchObject({ speaker: "Marisa Chun", role: "Coast Guard Lt. j.g." });
  });

  it("gives a statement signed by an office's holder to the holder, past where and when it was signed, the office as the role", () => {
    expect(quotesOf('A statement signed by the Head of Public Affairs of the council, Mr Samuel Kwabena Donkor, in Accra yesterday said the decision was taken "to protect the credibility of the certificate."')[0]).toMatchObject({ speaker: "Samuel Kwabena Donkor", role: "the Head of Public Affairs of the council" });
    // ("issued by", an office in capitals: the statement's later words are the holder's too.)
    expect(speakersOf('A statement issued by the Director of Communications at the Presidency, Mr Kwame Ansah, said the resignation was accepted.\n\n"The President thanks him for his service," the statement said.')).toEqual(["Kwame Ansah"]);
  });

  it("gives 'the Minister warned' to the one named after the office and what it covers, 'The Minister for Finance, Mr Liam Cassidy'", () => {
    expect(speakersOf("The Minister for Finance, Mr Liam Cassidy, yesterday cut the top rate.\n\n“This is the last chance,” the Minister warned.")).toEqual(["Liam Cassidy"]);
  });

  it("reads initials run together as a person's ('K.L. Diengdoh'), and gives 'he' to the holder of an office that opens a sentence since", () => {
    expect(speakersOf('Their coach, Shabbir Khan, said the absence had hurt his side. "We had no one," he said.\n\nThe association\'s secretary, K.L. Diengdoh, said the winners would receive Rs 1 lakh. "This is the biggest prize money," he said.')).toEqual(["Shabbir Khan", "K.L. Diengdoh"]);
    expect(speakersOf('"The House has spoken," Chief Minister D.D. Marak told reporters.\n\nThe motion was moved by Opposition leader Francis Nongrum. Nongrum alleged that officials had been paid. "Every file has a price," he told the House.\n\nThe Chief Minister rejected the charge. "Let them go to the Lokayukta," he said.')).toEqual(["D.D. Marak", "Francis Nongrum", "D.D. Marak"]);
  });

  it("reads 'Officer-in-Charge' as a title, a body 'in Davos' as the body, and a role capitalised where a sentence opens as the role", () => {
    expect(speakersOf('"He could not run," said Rafiqul Islam, 35, a neighbour.\n\nPolice Station Officer-in-Charge (OC) Anwar Hossain said the body was sent for autopsy. "A case has been filed," he said.')).toEqual(["Rafiqul Islam", "Anwar Hossain"]);
    expect(speakersOf("The Federal Institute for Snow and Avalanche Research (SLF) in Davos had warned of “considerable to high” danger.")).toEqual(["Federal Institute for Snow and Avalanche Research"]);
    expect(quotesOf("Retiree Kamariah Abdullah, 65, who came with her family, said: “It is like a family kenduri.”").map((q) => [q.speaker, q.role])).toEqual([["Kamariah Abdullah", "Retiree"]]);
    // (And the other ordinary people the news quotes by what they are.)
    expect(quotesOf("Passenger Brian Otieno said he had prayed. “I thought that was it,” he said.\n\nEducator Lindiwe Ngcobo, 59, said: “So I stay.”").map((q) => [q.speaker, q.role])).toEqual([["Brian Otieno", "Passenger"], ["Lindiwe Ngcobo", "Educator"]]);
    // (A union's people too, and two nouns for what a person is, joined by "and", before the name a quotation's paragraph
    // goes on from.)
    expect(quotesOf("Organiser Ross Cunningham said: “We were promised a turning point.”").map((q) => [q.speaker, q.role])).toEqual([["Ross Cunningham", "Organiser"]]);
    expect(speakersOf("Outside the depot on a grey, freezing morning, train driver and union delegate Karim Benali warmed his hands over a brazier.\n\n“We are not tired yet, not even close.”")).toEqual(["Karim Benali"]);
  });

  it("gives the pronoun of a relative clause on a noun set off after a clause to that clause's subject ('Pruett sold investors on the fund, a vehicle he described as …')", () => {
    expect(quotesOf('Gregory Pruett, 62, pleaded guilty last November. Judge Margaret Halloran ordered him to serve three years.\n\nProsecutors say that Pruett sold investors on the Keystone Fund, a vehicle he described as a portfolio of "conservative" commercial mortgages.').map((q) => q.speaker)).toEqual(["Gregory Pruett"]);
  });
  it("gives 'the report' or 'the bulletin' to the body that released its own under a title in quotation marks ('released its annual “Ozone and UV Bulletin”')", () => {
    for (const noun of ["the report", "the bulletin"]) {
      const text = `On Monday, the World Meteorological Organization (WMO) released its annual "Ozone and UV Bulletin", which found that the ozone layer was recovering.\n\nThe bulletin said that 99% of the substances had been phased out. "The Montreal Protocol has been a success story," ${noun} said.`;
      expect(quotesOf(text).map((q) => q.speaker), noun).toEqual(["World Meteorological Organization"]);
    }
  });
  it("gives 'the senior officer' to the one a police rank titled who spoke ('Det Chief Supt Boland said …. “…,” the senior officer said')", () => {
    const text = 'Detective Chief Superintendent Séamus Boland told a press conference yesterday that the operation had been running since the spring.\n\nDet Chief Supt Boland said the consignment had been transferred at sea.\n\n"We are not going to stop at the three men," the senior officer said.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Séamus Boland"]);
  });
  it("reads no speaker after 'said' in a clause whose long subject has a verb ('said more than 200 officers, the PolAir helicopter and the dog squad were now focused on finding Simmonds')", () => {
    const text = 'Jayden Murray, 31, and Bradley Simmonds, 44, escaped on Sunday night.\n\nActing Assistant Commissioner Rebecca Thornley, the commander of the Central West Police District, said more than 200 officers, the PolAir helicopter and the dog squad were now focused on finding Simmonds.\n\n"We have one man back in custody," she told reporters.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Rebecca Thornley"]);
  });
  it("reads the name a relative clause's noun goes by as part of the clause, not the speaker's ('Rear Adm. Eduardo Lacerda, who directs the Navy's submarine program, known as PROSUB, told')", () => {
    expect(quotesOf('"This contract gives us certainty," Rear Adm. Eduardo Lacerda, who directs the Navy\'s submarine development program, known as PROSUB, told reporters.').map((q) => q.speaker)).toEqual(["Eduardo Lacerda"]);
  });

  it("reads 'The Honourable' as a title and 'Minister Responsible for …' set off after a name as the person's office, no name 'Responsible'", () => {
    const text = 'The Honourable Carla Beaudry, Minister Responsible for the Saskatchewan Public Safety Agency, says the province requested federal help. "We have asked for everything we think we might need," she said.';
    expect(quotesOf(text).map((q) => [q.speaker, q.role])).toEqual([["Carla Beaudry", "Honourable"]]);
    expect(actorsOfText(text).find((a) => a.name === "Carla Beaudry")?.roles).toContain("Minister Responsible for the Saskatchewan Public Safety Agency");
  });

  it("reads a given name that is also a word of the lexicon as one of a couple where the text never writes it in lower case ('Tom and Bríd Kelleher, who …')", () => {
    const text = "Among the first-night audience were Tom and Bríd Kelleher, who had their first date at the Regal in 1978.\n\n“He fell asleep halfway through the film,” Bríd Kelleher said, laughing.\n\n“I did not,” her husband replied.";
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Bríd Kelleher", "Tom Kelleher"]);
  });

  it("gives 'the captain' to one titled so whom the paragraph brought in after a skipper spoke ('Capt. Brian Kessler … praised the crew. “…,” the captain said')", () => {
    const text = '"Water was coming in faster than we could pump it out," says skipper Greg Halvorsen, 61.\n\nCapt. Brian Kessler, the commander of Coast Guard Sector Key West, praised the crew\'s preparation. "If they hadn\'t had that beacon, we\'d still be looking for them," the captain said in a statement.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Greg Halvorsen", "Brian Kessler"]);
  });

  it("takes an age in words before a name for a person's ('seven-year-old Isla Thornton'), so her given name alone is hers", () => {
    const text = 'Her youngest great-granddaughter, seven-year-old Isla Thornton, made her a card. "It took me two whole days," Isla says.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Isla Thornton"]);
  });

  it("reads a spouse named by kin and how long ('his wife of 57 years, Pauline.') and gives her 'Mrs Harlow', not her husband", () => {
    const text = "Among the regulars are Derek Harlow, 81, a former toolmaker, and his wife of 57 years, Pauline.\n\n'Derek doesn't always remember where we're going on a Tuesday morning,' said Mrs Harlow, 79.\n\n'He ate two slices,' Pauline said.";
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Pauline Harlow", "Pauline Harlow"]);
  });

  it("gives a spouse named by the given name the family name of the one named before, 'Mrs' to that spouse, and the given name alone to them too", () => {
    const text = "Tom Harland played 212 times for Northbridge Saints.\n\nHarland, 41, spoke at his home in Gloucestershire with his wife, Emma, beside him.\n\n“I don’t remember my own wedding,” he says.\n\nMrs Harland, 39, says the changes began in his mid-thirties. “For a long time we thought it was just the adjustment to life after rugby,” she says. Emma has given up her job.";
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Tom Harland", "Emma Harland"]);
    expect(actorsOfText(text).filter((a) => a.type === "person").map((a) => a.name)).toEqual(["Tom Harland", "Emma Harland"]);
  });
  it("gives 'the governing body' to the body the paragraph before opened with, where the quotation opens its own", () => {
    const text = 'World Aquatics, which is based a few miles away in Lausanne, defended its decision.\n\n"The athlete was unable to establish how the substance entered his system," the governing body said in a statement.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["World Aquatics"]);
  });
  it("gives 'the miner' and 'the supplier' to the business the article is about, as 'the airline' is", () => {
    expect(quotesOf('Andes Pacific Copper, which runs the open-pit mine, declared force majeure on Wednesday.\n\n"The company has made every reasonable effort to reach an agreement," the miner said in a statement.').map((q) => q.speaker)).toEqual(["Andes Pacific Copper"]);
    expect(quotesOf('Taiwanese contract manufacturer Lianhe Precision Industry will spend $850 million on a new factory in Vietnam, the company said Monday.\n\nThe supplier said the move was intended to "diversify our manufacturing footprint".').map((q) => q.speaker)).toEqual(["Lianhe Precision Industry"]);
  });
  it("leaves an American legislator's party and seat set off after the name out of who spoke ('state Sen. Thomas Reinholt, R-Fort Wayne')", () => {
    expect(quotesOf("“Federal enforcement has been a rounding error,” says the bill’s sponsor, state Sen. Thomas Reinholt, R-Fort Wayne.").map((q) => q.speaker)).toEqual(["Thomas Reinholt"]);
    expect(quotesOf("State Sen. Thomas Reinholt, R-Fort Wayne, said: “Federal enforcement has been a rounding error.”").map((q) => q.speaker)).toEqual(["Thomas Reinholt"]);
  });
  it("takes a title in any language set before a personal name by commas for the person's, and 'he' for the one it brought in where only a woman was met before ('the Ceann Comhairle, Séamus Gilligan, rose')", () => {
    const text = "The Tánaiste, Declan Furlong, said the accusation was “a disgraceful slur”.\n\nWhen Ms Nic Gabhann continued to interrupt, the Ceann Comhairle, Séamus Gilligan, rose from his chair. “Deputies, I will not allow this,” he said.";
    expect(quotesOf(text).map((q) => [q.speaker, q.role])).toEqual([["Declan Furlong", "The Tánaiste"], ["Séamus Gilligan", "Ceann Comhairle"]]);
    // (Not what an office is of: "the Minister of the Interior, Federico Acosta Ruiz,".)
    expect(actorsOfText("The Minister of the Interior, Federico Acosta Ruiz, said the border would stay closed.").find((a) => a.name === "Federico Acosta Ruiz")?.roles).toEqual(["Minister of the Interior"]);
  });
  it("gives 'the agency' to the public body just named where no one spoke before ('Hamilton Public Health Services issued the advisory …. In a statement, the agency said')", () => {
    expect(quotesOf('Hamilton Public Health Services issued the advisory on Tuesday morning. In a statement, the agency said residents should "bring water to a rolling boil for at least one minute" before drinking it.').map((q) => q.speaker)).toEqual(["Hamilton Public Health Services"]);
  });
  it("takes a company's first word for its name when the rest is a trade or its arm's region, and 'the agency' for the public body, not that company", () => {
    expect(quotesOf('Brightwell Nutrition is recalling 675,000 cans of infant formula.\n\n"We are taking this step out of an abundance of caution," Brightwell said in a statement.').map((q) => q.speaker)).toEqual(["Brightwell Nutrition"]);
    const text = 'Kestrel Motors North America is recalling 412,000 crossovers.\n\n"Safety is the foundation of everything we do," Kestrel says in a statement.\n\nThe National Highway Traffic Safety Administration opened an evaluation into the inflators in March 2024. The agency says the investigation is continuing.\n\n"This recall is an important step," the agency says in a statement.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Kestrel Motors North America", "National Highway Traffic Safety Administration"]);
  });
  it("keeps a body's noun before an office as part of it ('federation president Jackson Kiprono Tanui'), so 'The federation president, who …, denied' is he", () => {
    const text = 'Cabinet Secretary Grace Wambui announced the suspension of federation president Jackson Kiprono Tanui late on Monday.\n\nThe federation president, who has led the body since 2017, denied any wrongdoing. In a statement issued through his lawyers, he said he had "never signed a single payment that was not authorised".';
    expect(quotesOf(text).map((q) => [q.speaker, q.role])).toEqual([["Jackson Kiprono Tanui", "federation president"]]);
  });
  it("gives 'he' to the holder of an office that opens the sentence before by itself ('The president, who has led the body since 2017, denied …. “…,” he said')", () => {
    const text = 'Cabinet Secretary Grace Wambui announced the suspension of federation president Jackson Kiprono Tanui late on Monday.\n\nThe president, who has led the body since 2017, denied any wrongdoing. "I never signed a single payment," he said.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Jackson Kiprono Tanui"]);
  });
  it("takes a role with no article held since a year, set off after a name, for the person's ('Geoffrey Stainsby, chairman since 1993 and whose …,' then 'the chairman wrote')", () => {
    const text = "Geoffrey Stainsby, chairman since 1993 and whose family firm built the stand, confirmed the sale yesterday in a letter.\n\n“The time is right to hand over the keys,” the chairman wrote.";
    expect(quotesOf(text).map((q) => [q.speaker, q.role])).toEqual([["Geoffrey Stainsby", "chairman since 1993"]]);
    expect(quotesOf("Ann Kerr, chairman since March 2019, spoke first.\n\n“We will not sell,” the chairman said.").map((q) => q.speaker)).toEqual(["Ann Kerr"]);
  });
  it("ends an office's listed remit before the holder's name that follows with no comma ('Minister for Industry, Business and Financial Affairs Mette Kjærgaard-Holm said')", () => {
    const text = 'The plan drew a sharp response. Minister for Industry, Business and Financial Affairs Mette Kjærgaard-Holm said she was "deeply disappointed".\n\n"Denmark has given the industry excellent conditions," the minister said.';
    expect(quotesOf(text).map((q) => [q.speaker, q.role])).toEqual([
      ["Mette Kjærgaard-Holm", "Minister for Industry, Business and Financial Affairs"],
      ["Mette Kjærgaard-Holm", "Minister for Industry, Business and Financial Affairs"],
    ]);
    expect(quotesOf('Federal Minister for Mobility, Climate and Ecological Transition Pieter De Vleeschauwer said: "Nobody is questioning that driving a train is a demanding job."').map((q) => q.speaker)).toEqual(["Pieter De Vleeschauwer"]);
  });
  it("reads a family name with its particles in lower case after a quotation as the person's, not a role 'van', and 'af' as a Swedish particle", () => {
    expect(quotesOf('The Minister for Justice, Johan af Ekström, travelled to Uppsala on Thursday.\n\n"We have more than doubled the penalties," af Ekström said.').map((q) => [q.speaker, q.role])).toEqual([["Johan af Ekström", "Minister for Justice"]]);
    expect(quotesOf('Pieter van Wyk, the South Africa head coach, was delighted.\n\n"He has pace, he has skill, and now he has belief," van Wyk said.').map((q) => [q.speaker, q.role])).toEqual([["Pieter van Wyk", "the South Africa head coach"]]);
  });
  it("reads a titled name with an initial before 'of' and a body ('U.S. District Judge Margaret T. Halloran of the Southern District of Ohio'), so 'the judge' is she", () => {
    expect(quotesOf('U.S. District Judge Margaret T. Halloran of the Southern District of Ohio also ordered him to forfeit $2.1 million.\n\nThe judge said the sentence reflected his plea, but she added that "the harm here is not measured only in dollars."').map((q) => [q.speaker, q.role])).toEqual([["Margaret T. Halloran", "U.S. District Judge"]]);
  });
  it("reads a titled full name before 'of' and a body ('Police Colonel Suthep Wongsakul of the Narcotics Suppression Bureau'), and 'Eng.' as a title", () => {
    expect(quotesOf('Police Colonel Suthep Wongsakul of the Narcotics Suppression Bureau said the pills came from Myanmar. "The driver tried to turn around," Suthep told AFP.').map((q) => [q.speaker, q.role])).toEqual([["Suthep Wongsakul", "Police Colonel"]]);
    expect(speakersOf("“The canal was running at its maximum level,” said Eng. Fathi Abdel-Aziz, the ministry’s under-secretary for irrigation.")).toEqual(["Fathi Abdel-Aziz"]);
  });

  it("gives 'he' to one who opens a sentence after what they are, with an age or a capital ('38-year-old shepherd Luis Abadías shrugged')", () => {
    expect(speakersOf("“This is a nineteenth-century solution,” said Elena Cuartero, a hydrologist.\n\nInside the village bar, 38-year-old shepherd Luis Abadías shrugged. “My sheep don’t read the newspapers,” he said.")).toEqual(["Elena Cuartero", "Luis Abadías"]);
    expect(speakersOf("“Every litre counts,” said engineer Márcio Brandão.\n\nRetired bricklayer José Rodrigues, 71, has installed four tanks on his roof. “It will be for the whole street,” he said.")).toEqual(["Márcio Brandão", "José Rodrigues"]);
  });

  it("gives 'the ministry said' to the ministry that spoke before a utility cited since, past a dateline's month and day", () => {
    const text = "PORT SUDAN, Aug 17 (Reuters) - Sudan's irrigation ministry said on Thursday that the river's flow had fallen.\n\nThe dam has been filling since July 9, according to the state utility Ethiopian Electric Power.\n\n\"We were not informed of the filling schedule,\" the ministry said in a statement.";
    expect(speakersOf(text)).toEqual(["Sudan's irrigation ministry"]);
  });

  it("reads a seat and its constituency after a name as letters after it, not the speaker", () => {
    expect(speakersOf("The Fine Gael spokesman on finance, Mr Brendan Mulcahy, TD for Dublin South-East, said the Budget was “a con trick dressed up as tax reform”.")).toEqual(["Brendan Mulcahy"]);
  });

  it("keeps the role set beside an inverted speaker's name as the role, not part of the name", () => {
    expect(quotesOf("“It was chaos,” said Dan Kessler, a lawyer for the family.")[0]).toMatchObject({ speaker: "Dan Kessler", role: "a lawyer for the family" });
    expect(quotesOf("“The Tories are fighting,” said Helen Tarrant, 34, a local solicitor who was selected in December.")[0]).toMatchObject({ speaker: "Helen Tarrant", role: "a local solicitor" });
  });

  it("keeps a quotation of two words that is a sentence of its own", () => {
    expect(quotesOf("“The data are clear,” said Dr. Anthony Fauci. “Vaccines work.” The White House did not respond.").map((q) => [q.text, q.speaker])).toEqual([
      ["The data are clear,", "Anthony Fauci"],
      ["Vaccines work.", "Anthony Fauci"],
    ]);
    // Not a title or a term: “Euphrates Rage.” closing a sentence names an operation.
    expect(quotesOf("The campaign is called “Euphrates Rage.”")).toEqual([]);
    // Nor is a term the writer calls "so-called".
    expect(quotesOf("It raises questions about so-called “internet of things” devices, which experts say are rushed to market.")).toEqual([]);
  });

  it("keeps a fragment of six words and more that no verb of saying carries, as the words of whom the sentence is about", () => {
    expect(only("Mayor Patricia Lowell, who votes only to break ties, thanked residents for “staying up late every night for democracy.”")).toMatchObject({ speaker: "Patricia Lowell", partial: true });
    expect(only("The film, billed as “the most daring heist movie of the decade”, opens on Friday.")).toMatchObject({ text: "the most daring heist movie of the decade", speaker: null });
    // Shorter ones are terms, unless a verb of saying carries them.
    expect(quotesOf("Residents were “very much on edge” after the blast.")).toEqual([]);
    // In an absolute clause its own subject owns it, and is no one a later "he" means.
    const quotes = quotesOf("Seamus Heaney won the prize in 1995, the Swedish Academy honouring him “for works of lyrical beauty and ethical depth”. In his lecture he said poetry should make space “for the marvellous as well as for the murderous”.");
    expect(quotes.map((q) => q.speaker)).toEqual(["Swedish Academy", "Seamus Heaney"]);
  });

  it("keeps a short fragment after 'urging … to' as the words of whoever urges, as after 'urged'", () => {
    expect(only("The Japan Meteorological Agency issued a heatstroke alert on Friday, urging people to “avoid outdoor exercise in principle”.")).toMatchObject({ text: "avoid outdoor exercise in principle", speaker: "Japan Meteorological Agency", partial: true });
    expect(only("Mayor Jane Okafor thanked the crews, urging residents to “stay home” tonight.")).toMatchObject({ text: "stay home", speaker: "Jane Okafor" });
  });

  it("reads a nickname in quotation marks as part of the subject that speaks, and a sport's word for someone as the person the sentence before opened with", () => {
    expect(speakersOf("The survivors had taken shelter on a platform.\n\nOne of them, Luis Araya, a 38-year-old welder known to his workmates as “El Chino”, spoke to the Ledger by telephone from his bed.\n\n“The lights went out and we heard the water before we saw it. It sounded like a train coming.”")).toEqual(["Luis Araya"]);
    expect(speakersOf("Yordenis Sarduy, who was present with his representative, listened without comment. Afterwards, the boxer known to the fans as “El Ciclón” said he accepted the ruling.\n\n“At least now everyone knows I did not do this to win,” he told reporters.")).toEqual(["Yordenis Sarduy"]);
    // (Not one named after the noun in a sentence of its own: the one who struck "the wrestler".)
    expect(speakersOf("According to the report, Hakuunryu struck the wrestler on at least 10 occasions.\n\nThe wrestler left the stable three days later.\n\nIn a post on Twitter, the wrestler wrote: “I was hit almost every day for four months.”")).toEqual(["wrestler"]);
  });

  it("takes a family name two people named in full share for the one of them named last", () => {
    expect(speakersOf("Ong Kar Heng, 71, was hurt when the lift fell.\n\nOutside the mortuary, the couple's son, Ong Wei Jie, said his father had asked for his wife.\n\n“My father kept asking for my mother,” said Ong, 38, an accountant.")).toEqual(["Ong Wei Jie"]);
    expect(speakersOf("Anil Deshpande died in the flood.\n\nPriya Deshpande, who survived it, spoke outside the courthouse.\n\n“I go to sleep and I hear the water,” Deshpande said.")).toEqual(["Priya Deshpande"]);
  });

  it("takes no one the sentence names as his or hers for 'he' or 'she'", () => {
    expect(speakersOf("Tse, who had denied all the charges, left without speaking to reporters. In a statement issued through his solicitor, Raymond Ho, shortly before midnight, he said he was “devastated” and would appeal.")).toEqual(["Tse"]);
    expect(speakersOf("Asked by her counsel, Fiona McInnes, how that made her feel, Mrs Lockhart paused.\n\nAsked again by her counsel, Fiona McInnes, she replied: “Tolerated. That is the only word for it.”")).toEqual(["Lockhart"]);
  });

  it("takes racing's stewards for people who write", () => {
    expect(speakersOf("In 23 pages of written reasons, the panel said it had not been shown who injected the horses.\n\n“The panel is satisfied that the drug was administered within the stable,” the stewards wrote.")).toEqual(["stewards"]);
  });

  it("keeps what places an unnamed speaker or says which one they are, and points back to it", () => {
    expect(only("“When you hear the word inquiry, you sell first,” said a dealer on the trading floor who did not want to be named.").speaker).toBe("dealer on the trading floor");
    const source = quotesOf("A person familiar with the inquiry, who spoke on condition of anonymity, said staff had asked for documents.\n\n“They want to see every contract file,” the person said.");
    expect(source.map((q) => q.speaker)).toEqual(["person familiar with the inquiry"]);
    const nurse = quotesOf("Nine women were referred to the hospital, the nurse in charge of the camp said.\n\n“Many of these women have had symptoms for months,” the nurse said.");
    expect(nurse.map((q) => q.speaker)).toEqual(["nurse in charge of the camp"]);
    const officer = quotesOf("The county's Chief Officer for Health said few women had ever been screened.\n\n“We have a lot of catching up to do,” the officer said.");
    expect(officer.map((q) => q.speaker)).toEqual(["county's Chief Officer for Health"]);
    expect(only("“You cannot recruit six teachers in a weekend,” said the principal, who asked not to be named.").speaker).toBe("principal");
  });

  it("gives a quotation no verb carries to the person the sentence before it told of, and a fragment 'expressed' to who expressed it", () => {
    expect(only("Karim Benali, the union representative at the site, points at the silent building. “They tell us it is the price of gas.”").speaker).toBe("Karim Benali");
    // Across a paragraph, where the quotation is the whole of the next one and the paragraph before ends on the person.
    expect(only("Karim Benali points at the silent building.\n\n“They tell us it is the price of gas.”").speaker).toBe("Karim Benali");
    expect(only("Karim Benali points at the silent building. The plant closed in May.\n\n“They tell us it is the price of gas.”").speaker).toBeNull();
    expect(only("In a statement, Tajikistan's foreign ministry expressed “deep regret over the loss of life” on Sunday.").speaker).toBe("Tajikistan's foreign ministry");
  });

  it("gives 'she' to a newcomer a relative clause describes after an opening adverbial", () => {
    const quotes = quotesOf("His nephew, Brian Gilhooly, 23, was sentenced last week.\n\nOutside the court, a 67-year-old pensioner who borrowed from Gilhooly for three years said she had been afraid. “I was frightened to go out my own door,” she said.");
    expect(quotes.map((q) => q.speaker)).toEqual(["67-year-old pensioner who borrowed from Gilhooly for three years"]);
  });

  it("gives a fragment 'what X (party) called' to X, not to the subject of an earlier 'said'", () => {
    expect(only('The three Republicans who voted against the budget said the county could have trimmed what Supervisor Donald R. Hackett (R-Springfield) called "a bureaucracy that grows faster than the county does."').speaker).toMatch(/Donald R\. Hackett$/);
  });

  it("reads 'the court' as the court the article described, and 'the X municipality' as a body", () => {
    const court = quotesOf('The Limassol assize court sentenced two men to prison.\n\nThe attack took place outside the Yermasoyia home of a councillor.\n\n"Attacks of this kind are an attack on democracy," the court said in its ruling.');
    expect(court.map((q) => q.speaker)).toEqual(["Limassol assize court"]);
    expect(only('The Limassol municipality said in a statement that it "condemns every form of intimidation" and will act.').speaker).toBe("Limassol municipality");
  });

  it("takes a body's spokesman, named after the body, for the 'he' who speaks next", () => {
    const text = '"We will meet the parents," Dr Sean Kiely said in a statement.\n\nA Department of Health spokesman said the decision was final. "The ward no longer meets the standard," he said.';
    expect(speakersOf(text)).toEqual(["Sean Kiely", "Department of Health spokesman"]);
  });

  it("takes the subject after an opening phrase whose participle comes before its comma, for a coordinated verb", () => {
    const text = 'Superintendent Dana Kirby was not at the meeting. In a statement released through her lawyer on Monday, she called the vote "a rushed and unfair ambush" and said she had "never been told what the complaint was about."';
    expect(speakersOf(text)).toEqual(["Dana Kirby", "Dana Kirby"]);
  });

  it("gives a memo's or a report's words to its writer, however the text brings the document in", () => {
    expect(speakersOf('According to a memo from finance director Ruth Okafor to the board, costs rose. The memo warned that "cuts are likely in 2010 if prices do not fall."')).toEqual(["Ruth Okafor"]);
    expect(speakersOf('But in a report circulated to councillors, county engineer Liam Brophy said the plant was full.\n\n"The council cannot zone land it cannot service," the report stated.')).toEqual(["Liam Brophy"]);
    expect(speakersOf('Crews are pumping sewage, according to a memo from Public Works Director Tom Ruane.\n\nRuane\'s memo said the main had collapsed. It warned that the pipe is "at or beyond the end of its useful life."')).toEqual(["Tom Ruane"]);
  });

  it("takes one described after 'But', kept unnamed, for the 'he' who speaks next", () => {
    const text = 'The mayor, Adama Sawadogo, said the attack had been repelled.\n\nBut a local teacher, who asked not to be named for his own safety, told AFP that 40 people had been buried.\n\n"They came on motorbikes," he said.';
    expect(speakersOf(text)).toEqual(["local teacher"]);
  });

  it("gives no 'he' to the writer of a letter a speaker tells of", () => {
    const text = 'The headmaster, Declan Furey, said a letter from the bishop would be read to parents on Friday. "Nobody is closing this school," he said.';
    expect(speakersOf(text)).toEqual(["Declan Furey"]);
  });

  it("gives a headline's quotation the speaker the story gives the same words", () => {
    const text = "‘The river always comes back’: flooded town counts the cost\n\nThe water rose overnight.\n\n“The river always comes back. We just rebuild,” said Tomasz Wrona, 64, a baker.";
    expect(speakersOf(text)).toEqual(["Tomasz Wrona", "Tomasz Wrona"]);
  });

  it("gives no 'he' to someone a speaker tells of in what he says", () => {
    const text = 'Rashed Alam, 22, from Kushtia, said a local broker had promised him work in a factory.\n\n"He told me the sea would be calm," he said.';
    expect(speakersOf(text)).toEqual(["Rashed Alam"]);
    // (Nor to one described with "the" in what he says.)
    const described = 'Sikazwe, the finance minister, told the chamber that the buyer had agreed to take over the debts.\n\n"This is not a fire sale," he said.';
    expect(speakersOf(described)).toEqual(["Sikazwe"]);
  });

  it("leaves out a work's title, gives 'he liked to say' to him, and no 'he' to someone told of in a clause of time", () => {
    const quotes = quotesOf('Cecil "Mighty Sorrel" Baptiste, the calypsonian, has died.\n\nHis best-known song, "Pothole Republic", was pulled from radio playlists in 1978 after a government minister complained about its lyrics.\n\nHe never took the crown, something he liked to say was "the best thing that ever happened to me".\n\n"If I had win, I would have gone soft," he told the Guardian in 2012.');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["the best thing that ever happened to me", "Cecil Baptiste"],
      ["If I had win, I would have gone soft,", "Cecil Baptiste"],
    ]);
  });

  it("leaves out a title the noun for its work follows ('“Ships of the Dark Sea”, a 1994 survey'), a podcast's title with the comma set inside the marks, a song 'called' so, and a scientific title with a colon after 'titled'", () => {
    expect(quotesOf("She recommended a book: “Ships of the Dark Sea”, a 1994 survey by a Finnish diver.")).toEqual([]);
    expect(quotesOf("The card was the subject of a six-part podcast, “Titanes de papel,” released last year.")).toEqual([]);
    expect(quotesOf("A local group has recorded a corrido called “Las Lajas no se olvida” that plays on buses.")).toEqual([]);
    expect(quotesOf("The description, titled “A new cryptic rain frog (Anura: Craugastoridae) from the Cordillera de Talamanca, Costa Rica”, was published in May.")).toEqual([]);
  });

  it("leaves out a title after 'titled', its words in capitals however many, but keeps words after 'titled' that are a sentence", () => {
    expect(quotesOf("The 64-page document, titled ‘Fair by Design: Automated Decision-Making in Recruitment’, is open for consultation.")).toEqual([]);
    expect(quotesOf("She posted a picture titled “I will not be silenced. Not now, not ever.”").map((q) => q.text)).toEqual(["I will not be silenced. Not now, not ever."]);
  });

  it("gives a headline's quotation to the person the story names for the words, over the headline's description", () => {
    const text = "Landslip derailment: ‘We were lucky no one was killed,’ says rail investigator\n\nA train left the track near Dawlish on Monday.\n\nChief inspector Andrew Pellow said: ‘Frankly, we were lucky no one was killed or seriously hurt.’";
    expect(speakersOf(text)).toEqual(["Andrew Pellow", "Andrew Pellow"]);
  });

  it("gives a subheading that is only a quotation to whoever says the words below", () => {
    const text = "The State, represented by senior prosecutor Ayanda Zulu, told the court it would oppose bail.\n\n‘They came out shooting’\n\nA truck driver who asked not to be named said he saw men jump out of the BMW.\n\n“They came out shooting,” he said.";
    expect(speakersOf(text)).toEqual(["truck driver", "truck driver"]);
  });

  it("names the body a description places someone at, and a ministry whose name lists its remit", () => {
    const official = quotesOf("The Department of the Environment refused the request.\n\nA senior official at the department, who spoke on condition of anonymity, said others would follow. “Fifty more will try it,” the official said.");
    expect(official.map((q) => q.speaker)).toEqual(["senior official at the Department of the Environment"]);
    expect(only("“We are in close contact with the council,” a spokesman for the Ministry of Housing, Communities and Local Government said.").speaker).toBe("spokesman for the Ministry of Housing, Communities and Local Government");
    // ("the Minister of State for Equality, Immigration and Integration said": an office's remit, however listed, and the
    // later "the immigration minister" is that office.)
    const remit = quotesOf("Yesterday, the Minister of State for Equality, Immigration and Integration said Ireland would meet its commitment “in full”, and more would follow.\n\n“We will not be found wanting,” the immigration minister said.");
    expect(remit.map((q) => q.speaker)).toEqual(["Minister of State for Equality, Immigration and Integration", "Minister of State for Equality, Immigration and Integration"]);
    expect(only("The issue was raised last week, when the minister of sport, arts and culture said his department would “look seriously” at testing.").speaker).toBe("minister of sport, arts and culture");
    // (Names in the list are people the office is set beside: "The minister for health, John Smith and Mary Jones said".)
    expect(only("The minister for health, John Smith and Mary Jones said they would “look at it again” soon.").speaker).not.toMatch(/minister/);
    // A list of places after a ministry is no part of its name.
    expect(only("“We are ready,” the Ministry of Defence, Britain and France said.").speaker).not.toMatch(/Ministry of Defence, Britain/);
  });

  it("gives a participle after a fragment quoted whole to the subject of the sentence's 'said', past a relative clause", () => {
    expect(only('A spokesman for Pennine Utility Services, which is carrying out the work, said crews had found "significantly more" corroded pipe than surveys had suggested, adding: "Our teams are working every day of the week."').speaker).toBe("spokesman for Pennine Utility Services");
  });

  it("reads a communiqué as a written channel, and a source quoted with an apposition that gives only a name", () => {
    const communique = quotesOf('A military spokesman, in a communique read on Baghdad radio, said the Iranians had been "driven back in disarray" after the fighting.\n\n"The heroes taught the mercenaries a lesson," the communique said.');
    expect(communique.map((q) => q.speaker)).toEqual(["military spokesman", "military spokesman"]);
    const radio = quotesOf('Tehran radio quoted a Revolutionary Guards commander at the front, identified only as Commander Sadeghpour, as saying the attack was "only the beginning" of a new phase.');
    expect(radio.map((q) => [q.speaker, q.role])).toEqual([["Sadeghpour", "Revolutionary Guards commander at the front"]]);
  });

  it("names a speaker by the name they went by: a nom de guerre, or a name they signed", () => {
    expect(quotesOf('"Our commandos attacked a military vehicle," said the spokesman, who identified himself only by his nom de guerre, Commander Halcon.').map((q) => [q.speaker, q.role])).toEqual([["Halcon", "Commander"]]);
    expect(only("In a statement e-mailed to media outlets, a regional commander of the CPN (Maoist), who signed himself ‘Comrade Pratik’, said the army had “completely destroyed the enemy’s base” and taken 38 rifles.").speaker).toBe("Pratik");
  });

  it("gives a verb of saying joined by 'and' the subject of the one before it, and leaves a place that opens the sentence out of its subject", () => {
    const joined = quotesOf('Ahmed Khan said he spoke for the movement.\n\nSpeaking in Pashto, he said 40 policemen had been killed and warned that attacks would continue "until the army stops its operation in Swat".');
    expect(joined.map((q) => q.speaker)).toEqual(["Ahmed Khan"]);
    expect(only("In Lima, the Peruvian armed forces' Joint Command gave a different version, saying its units had come under fire \"without any provocation\" at dawn.").speaker).toBe("Joint Command");
  });

  it("reads 'disclosed' as a verb of saying, and 'the organisation' as the body that spoke just before", () => {
    const quotes = quotesOf('The state Commissioner for Health, Dr. (Mrs.) Folasade Akinwale, disclosed this on Monday at the State Secretariat.\n\n"The situation is under control," she said.\n\nThe United Nations said aid was blocked. The Syrian Arab Red Crescent said in a statement that it would return.\n\n"Our volunteers will continue to reach every Syrian," the organisation said.');
    expect(quotes.map((q) => q.speaker)).toEqual(["Folasade Akinwale", "Syrian Arab Red Crescent"]);
  });

  it("reads 'the club' as the club the article names by its FC", () => {
    const text = "The Nigeria Premier League fined Osun Comets FC of Osogbo N3 million.\n\n“Clubs must understand that they will be held responsible,” the league said.\n\n“The management of Osun Comets FC wishes to apologise to the referee,” the club said in a statement.";
    expect(speakersOf(text)).toEqual(["Nigeria Premier League", "Osun Comets FC"]);
  });

  it("reads 'the company' as the business that spoke just before, never a union", () => {
    const text = "The National Graphical Association said its members would strike. The NGA said the vote was 212 to 41. The NGA called the plan unfair.\n\nCourier Newspapers said it would seek an injunction.\n\nIn a statement, the company said: “We will not be held to ransom.”";
    expect(speakersOf(text)).toEqual(["Courier Newspapers"]);
    // ("the shopworkers’ union Usdaw": nor one the text calls a union before its name; "Harwick & Lyle" is a firm's name.)
    const union = "Harwick & Lyle is to close 38 shops.\n\nStaff were told on Wednesday, according to the shopworkers’ union Usdaw, which said it had been given ‘less than a day’s notice’.\n\n‘Our members deserve better,’ said Usdaw’s officer, Dave Corrigan. Usdaw will meet on Friday.\n\nShares in Harwick & Lyle fell.\n\nIn a statement, the company said it expected ‘most of the affected staff’ to be offered other roles.";
    expect(speakersOf(union).at(-1)).toBe("Harwick & Lyle");
  });

  it("reads a judge's 'held that' as saying, and 'the Judge' as the judge the article titled Justice", () => {
    const text = 'Hearing a petition filed by Ravi Kumar, 31, of Salem, Mr. Justice P. Venkatesan held that the police had "no case at all" against him.\n\n"Liberty is not a favour the State hands out," the Judge said.\n\nThe Judge rejected the appeal. "A confession made in custody proves nothing," he said.';
    expect(speakersOf(text)).toEqual(["P. Venkatesan", "P. Venkatesan", "P. Venkatesan"]);
    expect(only('The bench ruled that the detention was "plainly unlawful and a breach of his rights" and ordered his release.').speaker).toBe("bench");
  });

  it("finds the name set off after a role past honours in brackets, an age and a place, or the small words of a name", () => {
    const honours = quotesOf('But counsel to the company, Chief Emeka Obi (SAN), said he would appeal. "The ruling cannot stand," he said.');
    expect(honours.map((q) => [q.speaker, q.role])).toEqual([["Emeka Obi", "counsel to the company"]]);
    const placed = quotesOf('Counsel for the families spoke first.\n\nOne of the farmers, Ali Khan, 58, from Mardan, said the water never came. "We waited all summer for it," he said.');
    expect(placed.map((q) => q.speaker)).toEqual(["Ali Khan"]);
    const particle = quotesOf('The party chairman, Dr Kiprotich arap Sang, said the rally would go ahead. "Nobody will stop us meeting," he said.');
    expect(particle.map((q) => q.speaker)).toEqual(["Kiprotich arap Sang"]);
  });

  it("gives a statement's words to the office holder named as its writer", () => {
    const text = 'The union, in a statement by its general secretary, Comrade Musa Bello, urged members to stay calm.\n\n"Nobody should take the law into their own hands," the statement read.';
    expect(speakersOf(text)).toEqual(["Musa Bello"]);
  });

  it("names a spokesperson by the body they speak for, where the text sets its name beside a description of it", () => {
    expect(only('"He will be back in the ring by spring," a spokesman for his manager, Kestrel Promotions, said.').speaker).toBe("spokesman for Kestrel Promotions");
    expect(only('"This is a disgrace," a spokeswoman for the pressure group Clean Rivers Trust said.').speaker).toBe("spokeswoman for Clean Rivers Trust");
  });

  it("gives the words of one who led the work and her colleagues to her, and a later 'they' to them", () => {
    const text = '"The decline is steep," said Dr Hannah Boyd, who led the survey.\n\nIn a paper published in May, Boyd and her colleagues reported that moths had declined.\n\n"Without action, the losses will continue," they wrote.\n\n"We need the meadows back," Boyd and her team wrote.';
    expect(speakersOf(text)).toEqual(["Hannah Boyd", "Hannah Boyd", "Hannah Boyd"]);
  });

  it("reads 'the WHO statement' as WHO's, and 'the department' as the department the article named over an outlet that spoke", () => {
    expect(speakersOf('The World Health Organization (WHO) said in a statement that it would send experts.\n\n"Outbreaks can be stopped early," the WHO statement said.')).toEqual(["World Health Organization"]);
    const text = "The figures are in a report obtained by the Ledger. It was written for the state's Department of Transport.\n\nIn a statement, the department said the bridge was safe.\n\n“Safety comes first,” the department said.";
    expect(speakersOf(text)).toEqual(["Department of Transport"]);
  });

  it("gives 'he' to one who gave his surname, brought in after an opening adverbial, and never to one told of inside a quotation", () => {
    const surname = quotesOf('"The haze will lift soon," a government spokesman said.\n\nAt a market in Kowloon, a 70-year-old hawker who gave his surname as Wong packed up his stall.\n\n"I have never seen the sky like this," he said.');
    expect(surname.map((q) => q.speaker)).toEqual(["government spokesman", "Wong"]);
    const inside = quotesOf("His daughter Aisling Byrne said the trip had been hard on him.\n\n'People were so kind. A man in Sligo gave us soup,' she said.");
    expect(inside.map((q) => q.speaker)).toEqual(["Aisling Byrne"]);
  });

  it("gives a post's caption to who posted it, and reads a body's initials in capitals as the body", () => {
    const caption = quotesOf('Jake Morgan won the title.\n\nHis mother, Carys Morgan, shared a video of the final dart on Facebook with the caption: "Proudest mum in Wales tonight!"');
    expect(caption.map((q) => [q.speaker, q.role])).toEqual([["Carys Morgan", "His mother"]]);
    const initials = quotesOf("The World Health Organization said it would send a team of experts next week.\n\n“Epidemics can be stopped if they are found early,” the WHO statement said.");
    expect(initials.map((q) => q.speaker)).toEqual(["World Health Organization"]);
  });

  it("keeps a body's name whole where its initials follow it, and reads a document 'posted' somewhere as no verb of saying", () => {
    const text = 'The navy said two boats were lost.\n\nThe Liberation Tigers of Tamil Eelam (LTTE) gave a different account in a statement posted on the TamilNet website.\n\n"Our units repulsed an attack on Tamil fishermen," the statement said.';
    expect(speakersOf(text)).toEqual(["Liberation Tigers of Tamil Eelam"]);
  });

  it("names a person by the name given after a description, an age after it, and points 'the 53-year-old producer' back", () => {
    expect(speakersOf('A woman who gave only her first name, Darlene, said they had stopped behind the tanker.\n\n"He threw it in reverse," she said.')).toEqual(["Darlene"]);
    expect(speakersOf('A miner who gave his name only as Jairo, 33, said he had been near the shaft.\n\n"There was a wind of fire," he said.')).toEqual(["Jairo"]);
    expect(speakersOf('Hernán Bustos, who milks 220 cows, said he had not been paid.\n\n"I have to pay for feed and fuel," the 53-year-old producer said.')).toEqual(["Hernán Bustos"]);
  });

  it("reads abbreviated American offices, a described person with an age, and a groom who asked not to be named", () => {
    expect(only('"He had been told, in writing," Deputy Dist. Atty. Rebecca Lindqvist said after the verdict.').speaker).toBe("Rebecca Lindqvist");
    expect(speakersOf('A 54-year-old truck driver from Saitama Prefecture told NHK he had waited since Saturday.\n\nHe said, "I have some bread and a thermos of tea."')).toEqual(["54-year-old truck driver from Saitama Prefecture"]);
    expect(speakersOf("Mr Ong said the guests fell ill.\n\nThe groom, who asked not to be named, said the family was in shock. “She was so happy to see me married,” he said.")).toEqual(["groom"]);
  });

  it("reads a title set off beside the subject as part of it, not as a quotation the attribution follows ('The paper, titled “…”, said')", () => {
    expect(speakersOf("The planet was detected with a spectrograph in Chile. The paper, titled “A temperate Earth-mass planet around the M dwarf Gliese 4371”, said the planet lies “within the conservative habitable zone” of its star.")).toEqual(["paper"]);
    expect(speakersOf("Ridership fell by a third. A 2019 study by Transport Futures, titled “Rails to Nowhere”, found the lines were “structurally disadvantaged rather than structurally unprofitable”.")).toEqual(["Transport Futures"]);
  });

  it("reads a body named with 'one of' a kind set beside it as the subject ('Nordsee Container Line, one of the port's largest customers, said')", () => {
    const text = 'The Federation of Belgian Enterprises (FEB) sent a letter to the prime minister urging a deal. "The reputation of our ports is being damaged," the letter said.\n\nNordsee Container Line, one of the port\'s largest customers, said it had diverted six vessels since the strike began. "We regret the disruption," the company said in a statement.';
    expect(speakersOf(text)).toEqual(["Federation of Belgian Enterprises", "Nordsee Container Line"]);
  });

  it("gives words relayed through a reported clause to the one who first said them", () => {
    expect(speakersOf('Walter Stebbins owns the firm. But a former employee, Rogelio Prieto, testified that Stebbins had told crews to "skip the box" on short jobs.')).toEqual(["Walter Stebbins"]);
    expect(speakersOf("The witness told the court Vincent Sarris had complained. “He is going to pay one way or another,” the witness said Sarris had told him.")).toEqual(["Vincent Sarris"]);
    // A full name or a person described may open the reported clause too; a body that does is no speaker of later words.
    expect(speakersOf("Mayor Ann Reed spoke after the vote. She said Tom Burke had called the plan “a disgrace”.")).toEqual(["Tom Burke"]);
    expect(speakersOf('Two councillors voted against it. Cr Sharon Fahey said a laundromat owner in her ward had told her the rules would "finish him off".')).toEqual(["laundromat owner in her ward"]);
    expect(speakersOf('FIP general secretary Capt. Anirudh Menon said the association had not called for any agitation but that pilots had "run out of patience".')).toEqual(["Anirudh Menon"]);
  });

  it("reads 'the chamber' as the chamber the article named, and a verb joined by 'and' after a quote as no attribution", () => {
    expect(speakersOf("The National Chamber of the Textile Industry rejected the demand.\n\n“An increase of 40 percent would close mills,” the chamber said.")).toEqual(["National Chamber of the Textile Industry"]);
    expect(only("The Independent Police Complaints Commission said on Tuesday that officers had missed chances. The report said officers had “failed to look beyond each individual incident” and had treated each of Corbett's calls as a dispute.").speaker).toBe("Independent Police Complaints Commission");
  });

  it("gives 'what he called' to the sentence's subject, a kept-back surname's words to the given name, and 'the DC' to the District Commissioner", () => {
    expect(speakersOf('Senator Howard Brackett said he was "disappointed but not discouraged" by the vote.\n\nIn Wellington, a spokesman for the Ministry of External Relations declined to comment on what he called "an internal American matter."')).toEqual(["Howard Brackett", "spokesman for the Ministry of External Relations"]);
    expect(speakersOf("Wayne, a set-netter from Raglan who did not want his surname used, said he had fished for 30 years.\n\n“They want to take my living away,” he said.")).toEqual(["Wayne"]);
    expect(speakersOf('"Thirteen persons died," Joseph Okon said in a statement.\n\nBut a member of the task force in Konduga, Modu Bukar, put the toll at 23. "We counted 23 bodies ourselves," he said.')).toEqual(["Joseph Okon", "Modu Bukar"]);
    expect(speakersOf('The Uasin Gishu District Commissioner said 3,500 families had left.\n\n"We have deployed 400 more officers," the DC said.')).toEqual(["Uasin Gishu District Commissioner"]);
  });

  it("gives 'the PM', 'the CM' and 'the DC' to the person the article titled so, though that person has not spoken yet", () => {
    expect(quotesOf('Prime Minister Narendra Joshi met the farmers on Tuesday.\n\n"We will not abandon them," the PM said.').map((q) => [q.speaker, q.role])).toEqual([["Narendra Joshi", "Prime Minister"]]);
    expect(speakersOf('Chief Minister K. Rao opened the dam. Farmers\' leader Ram Lal was there.\n\n"Every village will have water by June," the CM said.')).toEqual(["K. Rao"]);
    // An office with where it is before it ("Barishal Deputy Commissioner"), but not the rank below the office ("Deputy Prime Minister").
    expect(speakersOf('Barishal Deputy Commissioner Md Shahidul Islam Mridha, who visited the spot this morning, said each family would get Tk 20,000.\n\n"No one responsible will be spared," the DC told reporters at the ghat.')).toEqual(["Md Shahidul Islam Mridha"]);
    expect(speakersOf('Deputy Prime Minister Jan Novak visited the site.\n\n"We will rebuild," the PM said.')).not.toContain("Jan Novak");
    // An office of a body set before the name, read whole ("Chief Executive Officer of …"), its initials without the body.
    expect(quotesOf("The Chief Executive Officer of Kasa Mobile Ghana Limited, Mr Kobina Essuman-Gyasi, on Tuesday admitted the error.\n\nReading from a prepared statement, the CEO told the committee:\n\n“Let me say clearly that we got this wrong.”").map((q) => [q.speaker, q.role])).toEqual([["Kobina Essuman-Gyasi", "The Chief Executive Officer of Kasa Mobile Ghana Limited"]]);
  });

  it("describes one who works for a body the article named, however long the description", () => {
    const text = 'A team from the charity Medecins Sans Frontieres arrived on Monday.\n\n"We are seeing whole families arrive on donkey carts," said a Medecins Sans Frontieres doctor at the town\'s hospital, who asked not to be named.';
    expect(speakersOf(text)).toEqual(["Medecins Sans Frontieres doctor at the town's hospital"]);
  });

  it("names a titled person before an affiliation, one of many by the apposition, corporators, a name given for fear, and no government in the UN", () => {
    expect(speakersOf("Prof Alassane Traoré, of the Malaria Research and Training Centre in Bamako, who co-led the trial, said the results were good.\n\n“The rainy season is when children die,” he said.")).toEqual(["Alassane Traoré"]);
    expect(only('"We will come back in four years," said one of the telescope\'s supporters, a Dutch astronomer who asked not to be named.').speaker).toBe("Dutch astronomer");
    expect(only('The committee approved the hike despite protests from opposition corporators who described it as "a burden on the common man".').speaker).toBe("opposition corporators");
    expect(speakersOf('A resident reached by phone, who gave his name only as Abu Omar for fear of reprisals, said food had run out.\n\n"There is no flour left," he said.')).toEqual(["Abu Omar"]);
    expect(only('The UN said aid was short. The government said in a statement carried by the Petra news agency that "Jordan cannot bear this burden alone".').speaker).toBe("government");
  });

  it("describes one the text keeps unnamed, rather than giving their words to a person named with that office", () => {
    const text = 'KPU head of logistics Harun Sitompul said the ballots were late.\n\nThe head of the Jayawijaya regency administration, who declined to be named, said the accusations were "baseless and politically motivated."';
    expect(speakersOf(text)).toEqual(["head of the Jayawijaya regency administration"]);
    expect(speakersOf(text.replace("declined", "wished not"))).toEqual(["head of the Jayawijaya regency administration"]);
  });

  it("gives a fragment to a titled name after an office 'of' something, not to the words between", () => {
    expect(speakersOf("Commissioner of Heritage Datin Dr Siti Hajar Abdul Ghani described the looting as “a crime against the nation's history”.")).toEqual(["Siti Hajar Abdul Ghani"]);
  });

  it("leaves an adverb between a subject and its verb out of the speaker ('The company initially described the incident as …')", () => {
    expect(speakersOf("The company initially described the incident as “a technical issue affecting some services” and later confirmed an attack.")).toEqual(["company"]);
    expect(speakersOf("Mr Doyle repeatedly described the plan as “a tax on the poor and the sick”.")).toEqual(["Doyle"]);
    // ("Residents have long complained": "long" too, so the plural who complained is not the one person "he" means next.)
    expect(speakersOf("Next door, the owner of a convenience store, who asked not to be named, said trams had been “screeching” for months. Residents have long complained about the bend.\n\n“You can hear the wheels grinding every single time,” he said.")).toEqual(["owner of a convenience store", "owner of a convenience store"]);
  });

  it("reads 'Hon.' as a title, and an office set before a name between commas as that person's, for the 'she' who speaks next", () => {
    const quotes = quotesOf("Ms Ramanathan spoke first. “We did it,” she said.\n\nFederal Minister for Industry and Science, the Hon. Rebecca Thornbury, welcomed the launch. “This is sovereign capability,” she said in a statement.\n\nEducation Minister the Hon. Sarah Whitfield MP called the strike “unlawful and unnecessary”.");
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([["Ramanathan", "Ms"], ["Rebecca Thornbury", "Hon."], ["Sarah Whitfield", "Education Minister"]]);
  });

  it("gives 'he' to the person who spoke, not to a body with initials that his reported clause made a sayer", () => {
    expect(speakersOf("Director-general Datuk Dr Amin Sulaiman Hashim said the Malaysian Examinations Syndicate (LPM) had confirmed that 11 questions matched.\n\n“We cannot take the risk,” he told a press conference.")).toEqual(["Amin Sulaiman Hashim"]);
  });

  it("gives a statement to the one who said it, not to who signed it, through 'the statement noted' to 'the statement read'", () => {
    const text =
      "The Vice-Chancellor, Prof. Olufunmilayo Adeyemi-Kasali, in a statement signed by the Registrar, Mrs. Kehinde Adebanjo, said the charges reflected “the harsh economic reality”.\n\n" +
      "The statement noted that the electricity bill had risen.\n\n“The university cannot continue to provide services at 2019 prices,” the statement read.";
    expect(speakersOf(text)).toEqual(["Olufunmilayo Adeyemi-Kasali", "Olufunmilayo Adeyemi-Kasali"]);
  });

  it("gives a paragraph that only quotes to the one the next paragraph says the message was from", () => {
    expect(speakersOf("Meridian said service was restored.\n\n“We know how much our customers rely on us. We are sorry.”\n\nThat was the message from Meridian CEO Richard A. Sorensen in a video posted on Wednesday.")).toEqual(["Richard A. Sorensen"]);
    expect(quotesOf("The minister spoke first.\n\n“We will not back down.”\n\nThose were the words of the mayor, Jane Roe, on Tuesday.").map((q) => [q.speaker, q.role])).toEqual([["Jane Roe", "the mayor"]]);
    expect(speakersOf("The bill stalled.\n\n“We expect the Senate to pass that bill.”\n\nThose were the words of Hon. Chief Olumide Bankole, who chairs the committee.")).toEqual(["Olumide Bankole"]);
  });

  it("gives 'the company said' to a business its name's last word shows ('Transnet Port Terminals', 'Meridian Wireless'), not to the body named since", () => {
    expect(speakersOf("Port operator Transnet Port Terminals blamed the winds. The Citrus Growers’ Association of Southern Africa said exports fell.\n\nIn a statement, the company said it had “implemented a recovery plan” that included hiring.")).toEqual(["Transnet Port Terminals"]);
    expect(actorsOfText("The regulator opened an inquiry into the outage at Meridian Wireless on Tuesday.").find((a) => a.name === "Meridian Wireless")?.type).toBe("organisation");
  });

  it("gives a fragment after 'and said' to a subject with a hyphenated family name, not to the name's second half", () => {
    expect(speakersOf("Transport Secretary Edmund Fairley-Hart insisted the situation was “improving every day” and said there was “no question of Christmas being cancelled”.")).toEqual(["Edmund Fairley-Hart", "Edmund Fairley-Hart"]);
  });

  it("reads Malaysian honours of two words and 'YB' as titles, and a Chinese name's family name, written first, as what the text calls the person", () => {
    const quotes = quotesOf(
      "Association deputy chairman Datuk Seri Vincent Lim Boon Heng said the rise would hurt.\n\n“Our members are losing money,” Lim said.\n\n" +
        "Deputy Minister of Communications and Multimedia YB Chong Wei Ming said the government was studying it. “We cannot have it,” Chong said.",
    );
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([["Vincent Lim Boon Heng", "Datuk Seri"], ["Chong Wei Ming", "Deputy Minister of Communications and Multimedia"]]);
  });

  it("reads Malay and Indian honorifics as titles, and a participle after an inverted name as where they spoke", () => {
    const quotes = quotesOf(
      "Its secretary-general, Encik Mohd Faizal Rahman, said members would picket.\n\n“Teachers are not against working longer,” Faizal said.\n\n" +
        "“We have given the government enough time,” said morcha convenor Shri Ramesh Chandra Tiwari, addressing a press conference at the Gandhi Bhawan.",
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["Mohd Faizal Rahman", "Ramesh Chandra Tiwari"]);
  });

  it("reads a nickname inside a name as part of it, and 'Ma.' and 'dela' as parts of Filipino names", () => {
    const quotes = quotesOf(
      '"Teachers are exhausted and tired of waiting," SGP national chairperson Ma. Teresa "Tess" Villanueva said at a press conference.\n\n' +
        'Senator Ramon "Bong" dela Paz, chairman of the Senate committee, said the chamber would take up the bill "as soon as we get the actuarial study."\n\n' +
        '"Every week we get reports of new diggings," said Atty. Jose Ma. Cabrera-Lim, the museum\'s legal officer.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["Ma. Teresa Villanueva", "Ramon dela Paz", "Jose Ma. Cabrera-Lim"]);
  });

  it("gives no role for words that only say how the speaker was ('said an emotional Pinzón'), and keeps a role noun's", () => {
    const quotes = quotesOf("Carlos Pinzón won the race on Sunday.\n\nAn emotional Pinzón said: “I am happy.”\n\n“We won,” a tearful Pinzón told reporters.\n\nA defiant Jones, the Welsh coach, said: “We go on.”\n\nThe veteran trainer Diego Ruiz said: “Next year.”");
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([["Carlos Pinzón", null], ["Carlos Pinzón", null], ["Jones", "the Welsh coach"], ["Diego Ruiz", "veteran trainer"]]);
  });

  it("gives a fragment 'what the family described as' to the family", () => {
    expect(only("A funeral will be held next Wednesday, followed by what the family described as “a proper send-off” at the club.").speaker).toBe("family");
  });

  it("gives a naming verb to the plural role before it: 'a scheme that prosecutors called'", () => {
    expect(only("Haldane ran what prosecutors called “a sophisticated laundering operation” for six years.").speaker).toBe("prosecutors");
  });

  it("gives a verb coordinated in a clause of 'in which' to that clause's subject, not the sentence's", () => {
    const text =
      "Declan Farrelly, 34, pleaded guilty to dangerous driving.\n\nSolicitor Anne Byrne handed the court a letter from Farrelly in which he apologised and said he wanted to ‘make amends to the family’.";
    expect(speakersOf(text)).toEqual(["Declan Farrelly"]);
  });

  it("gives a quotation that the segmenter left in the sentence telling of a statement to the statement's author", () => {
    // "p.m." ends the sentence, and the segmenter reads it as an abbreviation.
    expect(speakersOf("Ashworth's family issued a statement through Devon and Cornwall Police at 9 p.m. ‘Connor, please, just ring us,’ it said.")).toEqual(["Ashworth's family"]);
  });

  it("takes a bare role before a name after a place set off by commas, and no Irish county for a person", () => {
    expect(speakersOf("In Belmullet, Co Mayo, where the power has been off since Saturday, publican Máire Gallagher said: “We are cooking on the fire.”")).toEqual(["Máire Gallagher"]);
  });

  it("gives 'a spokesman' to the body the sentence before opened with", () => {
    expect(speakersOf("The Treasury declined to comment on the reports. A spokesman said only that “no decision has been taken”.")).toEqual(["spokesman for Treasury"]);
  });

  it("gives words written on a placard or a sign to no one", () => {
    expect(speakersOf("Hundreds of tractors lined the Embankment on Monday, many with placards that read ‘No farmers, no food’. Outside the depot, a sign on the gate read: “Closed until further notice.”")).toEqual([null, null]);
  });

  it("gives words on a sign placed by any participle ('a sign taped to the door of the café read:') to no one", () => {
    expect(speakersOf("A handwritten sign taped to the door of the closed village café read: “Gone to help the firemen. Coffee is free when we are back.”")).toEqual([null]);
    expect(speakersOf("One banner at Wednesday's march, written in English, read: “Lisbon is not for sale – ask Dublin.”")).toEqual([null]);
    expect(speakersOf("The drivers parked along Obafemi Awolowo Way, waving placards, some of which read “Lagos taxi drivers too are Lagosians”.")).toEqual([null]);
  });

  it("gives a quotation run on over paragraphs to the speaker its last part names, over one its first part took from before", () => {
    const text =
      "Survivors recalled scenes of panic in the darkness.\n\n“I was sleeping on the upper berth when I was thrown to the floor.\n\n“Then the screaming started,” said K. Srinivasa Rao, 52, a farmer from Rajahmundry.";
    expect(speakersOf(text)).toEqual(["K. Srinivasa Rao"]);
  });

  it("reads 'said the mother of two' as the person last named, as an age is", () => {
    expect(speakersOf("Commuter Nur Aisyah Rahman, 29, said it took her two hours.\n\n“The train stopped three times,” said the mother of two.")).toEqual(["Nur Aisyah Rahman"]);
  });

  it("gives a quotation standing as a whole paragraph to the person the paragraph before ends on", () => {
    expect(speakersOf("Priya Desai, 38, was due to fly to Tenerife with her husband this morning.\n\n\"We were at the gate, and then they just announced everything was grounded.\n\n\"We've been offered a flight on Sunday, but the wedding is tomorrow.\"")).toEqual(["Priya Desai"]);
  });

  it("reads the sentence after a dateline for the person a quotation standing as a paragraph of its own carries on", () => {
    expect(speakersOf('KLANG, Malaysia, Dec 2 (APN) - For three years, Bikash Gurung worked 12-hour shifts at a glove factory near this port city.\n\n"They took my passport on the first day."')).toEqual(["Bikash Gurung"]);
  });

  it("gives a report to who prepared it, past when it was dated, and not to the paper that saw it nor to the headline's words", () => {
    const text = 'Leaked report warned of corroded gate\n\nAn inspection report seen by The Mekong Post shows that engineers warned the operator in 2020.\n\nThe 38-page report, dated 14 October 2020 and prepared by the Vientiane-based consultancy Lanxang Technical Services, found that the hoist showed "advanced pitting corrosion".\n\n"Continued operation of the gate presents a risk," the report said.';
    const article = { ...testArticle(text), title: "Leaked report warned of corroded gate" };
    expect(extractArticle(article).quotes.map((q) => q.speaker)).toEqual(["Lanxang Technical Services", "Lanxang Technical Services"]);
  });

  it("reads no speaker after an inverted 'told': whom the words went to follows it", () => {
    expect(speakersOf('Chief Executive Krzysztof Brzeczek, who said on the morning after the fire that there were "no signs of an explosion", told TNA on Sunday that the company would pay.')).toEqual(["Krzysztof Brzeczek"]);
  });

  it("gives 'the union' to the union that spoke just before under a name written with the noun, not to a paper that saw its letter", () => {
    expect(speakersOf('The Sierpień 80 union has demanded an independent inquiry. In a letter sent to the minister on Thursday and seen by The Vistula Times, the union said it had warned the management.\n\n"On 12 October we informed the management in writing," the letter said.')).toEqual(["Sierpień 80 union"]);
  });

  it("makes no sayer of whom the words went to where a verb of saying after them is in the passive ('she was called')", () => {
    expect(speakersOf("Museum director Hilde Vermeulen told Wikinews she was called to the building by a guard on Sunday.\n\n“When I walked into the gallery, water was running down the wall.”")).toEqual(["Hilde Vermeulen"]);
  });

  it("takes no newspaper for the person 'the 43-year-old' goes back to, however personal its name's shape", () => {
    expect(speakersOf("The referee, Gábor Kertai, was attacked after the final in March, Danube Courier has learned. He returned to refereeing in April. In an interview with the Courier, the 43-year-old said he had no interest in revenge.\n\n“I do not hate him.”")).toEqual(["Gábor Kertai"]);
  });

  it("gives 'the office' to the body whose name holds the noun, not to a company named since", () => {
    expect(speakersOf("Agents from the Prosecutor's Office searched the offices of Pacífico Sur Builders Ltd, which built the block, on Thursday.\n\n\"The investigation seeks to establish whether there was negligence,\" the office said in a statement.")).toEqual(["Prosecutor's Office"]);
  });

  it("takes a name a relative clause gives a thing for no quotation, and its subject for no speaker of a quotation before it", () => {
    expect(speakersOf('In its filing, the FNE says the managers agreed on price increases "on at least 23 occasions" between March 2019 and December 2022, using a WhatsApp group that its members called "Los del Huevo".')).toEqual(["FNE"]);
  });

  it("reads a name after an inverted verb however long the office without an article and the description after it run", () => {
    expect(speakersOf('"This was not an accident," said Dewi Anggraeni, coordinator of the Indonesian Animal Welfare Network, a coalition of 14 groups that has campaigned for tougher zoo inspections since 2015.')).toEqual(["Dewi Anggraeni"]);
  });

  it("takes a gloss in brackets on the words quoted just before for no quotation, nor for one of the paragraph's own", () => {
    expect(quotesOf('Mukhametkali, nicknamed “Temir” (“Iron”) by Kazakh fans, dismissed the criticism.')).toEqual([]);
    expect(speakersOf('In the post, which she titled "Lo que callé" ("What I kept silent"), Huamán Ccori wrote that the harassment began in 2018.\n\n"He wrote to me every night."')).toEqual(["Huamán Ccori"]);
  });

  it("takes a commune for a body that writes, as a council is", () => {
    expect(speakersOf("The commune of Saas-Almagell reopened the trail. On its Facebook page, the commune wrote on 2 August: “The Mälligweg is open again. Enjoy the views!”")).toEqual(["commune"]);
  });

  it("takes the subject of a sentence that opens 'In a post …' or 'In a letter …' for the writer a later 'it wrote' or 'the letter says' means", () => {
    expect(speakersOf("Health workers say rumours spread online have made their task harder.\n\nIn a post on its Facebook page on Monday, the Ministry of Public Health tried to counter the claims. “The vaccine is free, safe and available at every public health centre,” it wrote.")).toEqual(["Ministry of Public Health"]);
  });

  it("takes a boat's skipper named after the word for a person, and 'he' for him, not the boat", () => {
    expect(speakersOf("The committee heard the crew of the Australian boat Southerly Buster, which was awarded the regatta in March.\n\nSoutherly Buster’s skipper, Matt O’Rourke, joined from Sydney. He told the committee his crew had seen the bags go up “and stay up” as the two boats tacked.")).toEqual(["Matt O’Rourke"]);
  });

  it("gives 'the letter said' to the people who published it, past how many they are and the day it was", () => {
    expect(speakersOf("The same day, 32 rectors of public universities published an open letter asking the government to suspend the decree. “An increase of this size will push thousands of students out,” the letter said.")).toEqual(["rectors of public universities"]);
    expect(speakersOf("Thirty-two rectors published an open letter asking the government to suspend the decree. “An increase of this size will push thousands of students out,” the letter said.")).toEqual(["rectors"]);
  });

  it("takes a body named after a word for its kind ('energy regulator Ofgem', 'the newspaper ABC Color') for a body, and 'the regulator' for it by its name", () => {
    expect(speakersOf("Britain's energy regulator Ofgem said on Tuesday it had opened an investigation into Hearthstone Energy.\n\nIn its formal notice, the regulator said it had “reasonable grounds to suspect” that Hearthstone had failed.")).toEqual(["Ofgem"]);
    expect(actorsOfText("The newspaper ABC Color said the outbreak was foreseeable.").find((a) => a.name === "ABC Color")?.type).toBe("organisation");
  });

  it("takes a queen or a chief set before a name between commas for that person's office, not a subject of its own", () => {
    const text = "The Kumasi Metropolitan Chief Executive (MCE), Mr Kofi Amankwah-Sarfo, visited the scene.\n\nMr Amankwah-Sarfo said: “This is a sad day for Kumasi.”\n\nThe Market Queen of Aboabo, Nana Akua Dufie, broke down in tears as she addressed journalists. “Most of these women have no insurance. Who is going to help them?” she asked.";
    expect(speakersOf(text)).toEqual(["Kofi Amankwah-Sarfo", "Nana Akua Dufie"]);
    expect(speakersOf("Traders met on Monday.\n\nThe Market Queen, Nana Akua Dufie, who has led the traders for 11 years, was blunter when the Sentinel met her.\n\n“They came here with cameras, they made speeches, they promised heaven and earth.”")).toEqual(["Nana Akua Dufie"]);
  });

  it("takes someone's counsel named after the word, past an opening phrase, for the one whose words a reported clause holds", () => {
    const [quote] = quotesOf("Nikhil Bhandari was arrested. In court, Bhandari's counsel, advocate Farhan Qureshi, argued that his client was being made “a scapegoat for a classification dispute” and that the custody was unnecessary.");
    expect(quote).toMatchObject({ speaker: "Farhan Qureshi", role: "advocate" });
    // (With no word for what they are after the comma, whose they are stays in the role.)
    expect(quotesOf("Ferreyra’s lawyer, Marcelo Quinteros, said his client was “not a violent man, and never has been”.")[0]).toMatchObject({ speaker: "Marcelo Quinteros", role: "Ferreyra’s lawyer" });
  });

  it("takes the speaker from a sentence that opens 'So said' after a quotation that ends its own", () => {
    expect(speakersOf("“People are coming from fifty kilometres away. Some of them want to touch it for luck.” So said the village sarpanch, Mohan Singh Rajpurohit, who added that villagers were pleased.")).toEqual(["Mohan Singh Rajpurohit"]);
    // Any other next sentence still attributes nothing.
    expect(speakersOf("“People are coming from fifty kilometres away.” So many came that the road closed, said Mohan Singh Rajpurohit.")).toEqual([null]);
  });

  it("takes a name people at large give a thing, or one given in the passive with no one named, for no quotation, in lower case too", () => {
    expect(quotesOf("The yard, which dominates the harbour and which residents call “the iron mountain”, employs one in five adults.")).toEqual([]);
    expect(quotesOf("Villagers had started to call the rock “the gift from the sky”, the sarpanch said.")).toEqual([]);
    expect(quotesOf("The reservoir, which is sometimes called “the water tower of Central Asia”, drives the plants.")).toEqual([]);
    expect(quotesOf("Herders in the region have taken to calling the swarms “the brown wind”.")).toEqual([]);
    // (Nor is a title a work is published under.)
    expect(quotesOf("A video of the fireball, posted online under the title “La bola de fuego de Quimilí”, had been viewed a million times.")).toEqual([]);
    // (Nor a name something was done under, though a document the sentence cites speaks for a court.)
    expect(quotesOf("The Environment and Land Court ruled that the eviction was unlawful.\n\nThe evictions, carried out by about 600 officers under the name “Operation Okoa Msitu”, destroyed homes and two clinics, according to the judgment.")).toEqual([]);
    // One named who calls a thing something says so.
    expect(speakersOf("Mayor Ana Ruiz called the plan “the worst deal in our history” on Monday.")).toEqual(["Ana Ruiz"]);
  });

  it("takes a title set off by commas further into its sentence, with how the work came out after it, a report's title with when it came out, and a question for a title for no quotation", () => {
    expect(quotesOf("The findings are set out in a paper, “Rapid rift propagation on the Brunt Ice Shelf, 2014-2016”, published on Wednesday in the journal.")).toEqual([]);
    expect(quotesOf("A National Audit Office report last year, “Digital transformation in the NHS”, found that many trusts still ran old systems.")).toEqual([]);
    expect(quotesOf("Police accused him of publishing material in an article titled “Where Are Our Sons?”, which described the cases.")).toEqual([]);
    // Words read from a work, the sentence going on with no verb for how it came out, are still someone's.
    expect(quotesOf("He read from the report, “We failed them, and we are sorry,” then sat down.")).toHaveLength(1);
  });

  it("takes a name in capitals right after the verb that gives it, and a name people at large have begun calling a thing, for no quotation", () => {
    expect(quotesOf("Police carried out 52 search warrants in what the police called “Operation Clean Slate.” Investigators seized cash.")).toEqual([]);
    expect(quotesOf("The province will extend hours at 30 pharmacies, under a campaign it has called “Catch Up Manitoba.” Exposure sites include two.")).toEqual([]);
    expect(quotesOf("Scottish fishermen have begun calling the Icelandic and Faroese fleets “pirates”, a word Mr Mortensen rejected.")).toEqual([]);
    expect(quotesOf("Scientists have begun calling it a “coastal El Niño”. Luis Quispe said it was rare.")).toEqual([]);
    // Words in lower case after what one person called them are still theirs.
    expect(speakersOf("Lorna Abad sought an inquiry into what she called “inexcusable lapses by the Ministry” on Monday.")).toEqual(["Lorna Abad"]);
  });

  it("takes a status something is declared to have for no quotation, but keeps what was declared with an article or no noun", () => {
    expect(quotesOf("The ministry said it would ask the cabinet to declare a “state of calamity” in the worst-hit municipalities.")).toEqual([]);
    expect(quotesOf("Secretary Salim Mwadzogo declared rare-earth elements and niobium “strategic minerals” and said no licence holder would be allowed.")).toEqual([]);
    expect(quotesOf("The government would consider declaring the worst-hit areas a “zone seriously affected by a civil protection emergency”, a status that allows aid.")).toEqual([]);
    expect(quotesOf("The governor declared a state of “public calamity”, which releases emergency funds.")).toEqual([]);
    expect(quotesOf("The opposition declared the election “a farce and a fraud” on Monday.")).toHaveLength(1);
    expect(speakersOf("The monitors declared the count “deeply flawed” and left.")).toEqual(["monitors"]);
    expect(speakersOf("The officials were declared persona non grata for “activities incompatible with their diplomatic status”, the ministry said.")).toHaveLength(1);
  });

  it("takes a headline, a billing, a book someone is the author of, and a title set off by commas after the work that opens the sentence for no quotation", () => {
    expect(quotesOf("An editorial in the same issue of the journal, headlined “A Modest Step for a Stubborn Disease”, struck a similar note.")).toEqual([]);
    expect(quotesOf("Tickets for the event, billed as “Night of Champions”, sold out in 11 minutes.")).toEqual([]);
    expect(quotesOf("The court heard the psychiatrist Dr. Paul Yenter, author of “The Losing Streak: Gambling and the Brain”. Holloway had rejected a plea.")).toEqual([]);
    expect(quotesOf("Their findings were published in the Philippine Journal of Science under the title “Thermal stress and early bleaching response of reef-building corals in Tubbataha, Sulu Sea.”")).toEqual([]);
    expect(quotesOf("Their paper, “Accelerating volume loss of Swiss glaciers, 1980-2010,” appears in the journal Nature Geoscience.")).toEqual([]);
    expect(quotesOf("The report, “Waiting for treatment: progress towards the 18-week target”, also raised concerns about staffing.")).toEqual([]);
    expect(quotesOf("The union's monthly newsletter, “Sauti ya Bandari”, carried a front-page cartoon this week.")).toEqual([]);
    expect(quotesOf("A report published last week by WWF Greece, “Burning Ground: Greece’s Forests in a Hotter Century”, estimates that 1.2 million hectares burned.")).toEqual([]);
    // A verb of saying after it makes the words the work's.
    expect(quotesOf("The report, “The agency failed to act, and people died,” said the inquiry's chairman.")).toHaveLength(1);
  });

  it("takes a name in quotation marks between an article or owner and the noun for the rule, scheme or advice it names for no quotation", () => {
    expect(quotesOf("The ministry warned that it could invoke the “no work, no pay” rule if the strike continued.")).toEqual([]);
    expect(quotesOf("Mr James urged residents to rely on the agency's “Are You Ready?” hurricane guide, which has been distributed.")).toEqual([]);
    expect(quotesOf("Fishers received rice under its “Isda para sa Bukas” (Fish for Tomorrow) program, with distribution starting Monday.")).toEqual([]);
    expect(quotesOf("The coroner will issue a “prevention of future deaths” report to the trust.")).toEqual([]);
    // Words a noun phrase goes on from are not the name of a thing after it.
    expect(speakersOf("Ms Okafor said the government's “reckless and cynical” handling of the strike sets a rule for others.")).toEqual(["Okafor"]);
  });

  it("takes a name people at large have long used, or use, for a thing for no one's words, but not what one person, a body or its officials called it", () => {
    expect(quotesOf("Residents have long called the low-lying end of Station Road “the bath”. Water reached waist height.")).toEqual([]);
    expect(quotesOf("Until then the two mines will be placed on what the industry calls “care and maintenance”.")).toEqual([]);
    expect(quotesOf("Cairo taxi drivers took to calling the building, with its angled alabaster facade, “the pyramid that never opens”.")).toEqual([]);
    expect(quotesOf("She was one of 1,900 patients kept on what staff at the hospital called “the parking list”, a spreadsheet.")).toEqual([]);
    expect(quotesOf("Relatives of the dead have since called the events the “massacre of Lurigancho”.")).toEqual([]);
    expect(quotesOf("Greek media were already calling it the summer's first “mega-fire”.")).toEqual([]);
    expect(quotesOf("Supporters called him “the mayor of the windmills”. It was not always meant kindly.")).toEqual([]);
    // One named, a body's officials, or people at large once calling a thing something said so.
    expect(speakersOf("The agency rejected what prosecutors called “a coordinated attack” on its staff.")).toEqual(["prosecutors"]);
    expect(quotesOf("Residents called the decision “a disgrace” on Friday.")).toHaveLength(1);
    expect(speakersOf("He has staked his name on ending what he calls “the exam cartels of the north”.")).toHaveLength(1);
  });

  it("takes a name in another language with its gloss in brackets after it, and a name someone was known by to others, for no quotation", () => {
    expect(quotesOf("On Friday an opera was staged. “La Semiramide placata” (“Semiramis Appeased”), by the composer Matěj Horák, was performed by the Prague ensemble.")).toEqual([]);
    expect(quotesOf("Horák, who died in 1779 and was known to his contemporaries as “the Bohemian Hasse”, wrote the opera.")).toEqual([]);
    // A sentence of its own before a translation is still someone's words.
    expect(speakersOf("“Kulang na kulang,” (“far from enough”) said Rolando Cruz.")).toEqual(["Rolando Cruz"]);
  });

  it("gives 'the message' to who announced something in it, however many words the verb's objects take", () => {
    expect(speakersOf("Dennis Okoth, who chairs the parents' association, announced the deal to members in a WhatsApp message that was later shared widely.\n\n\"We have agreed to 9 percent,\" the message said.")).toEqual(["Dennis Okoth"]);
  });

  it("gives a quotation standing as a paragraph of its own to the one person the paragraph before says the reporter reached", () => {
    expect(speakersOf("Wikinews reached one of the passengers, Margaret Ashworth, 72, a retired librarian, by telephone.\n\n“By Saturday morning half the dining room was empty.”")).toEqual(["Margaret Ashworth"]);
  });

  it("ends no sentence at 'Barr.' or 'Sr. Comr.', titles Nigerian and Indonesian papers abbreviate", () => {
    expect(speakersOf('"My client was never given a fair hearing," said his lawyer, Barr. Chidi Okonkwo.')).toEqual(["Chidi Okonkwo"]);
    expect(speakersOf('"There were no arrests," South Jakarta police spokesman Sr. Comr. Hendro Wibisono said.')).toEqual(["Hendro Wibisono"]);
  });

  it("takes the name 'surnamed' gives one described, as reports from China and Korea write it", () => {
    expect(speakersOf('"We chose New Zealand milk because we thought it was the cleanest," said a 31-year-old mother surnamed Zhang, who was shopping with her daughter.')).toEqual(["Zhang"]);
  });

  it("gives 'the letter' to who has written it, not to a written statement's adjective", () => {
    expect(speakersOf('From his cell, Rudy Gunawan has written a letter to the company\'s partners, which his lawyer read out last Thursday.\n\n"I apologize from the bottom of my heart," the letter read.')).toEqual(["Rudy Gunawan"]);
  });

  it("takes the name a clause gives one described by an apposition ('One user, a 34-year-old office worker who asked to be identified only by his surname, Choi,')", () => {
    expect(speakersOf('One user, a 34-year-old office worker in Daejeon who asked to be identified only by his surname, Choi, said he spent 7 million won.\n\n"I feel stupid, but mostly I feel angry," he said.')).toEqual(["Choi"]);
  });

  it("reads a description, then the name and where the person is from, set off by commas, as the subject", () => {
    expect(speakersOf('The skipper who first raised the alarm, Anna Rewi of Kaikoura Ocean Tours, told Wikinews her crew had followed the whale.\n\n"We kept our distance."')).toEqual(["Anna Rewi"]);
  });

  it("takes Sri Lanka's 'PC' after a name for a silk's letters, and a body named after a country of two words for no 'he'", () => {
    expect(speakersOf("SLC's counsel, Nihal Karunaratne PC, argued that the suspension would cause \"irreparable loss\" to the board.")).toEqual(["Nihal Karunaratne"]);
    expect(speakersOf('Sri Lanka Cricket (SLC) Chief Executive Officer Ruwan Gunasekera said the committee would meet. "We will comply," Mr. Gunasekera said. Asked whether SLC would support the appeal, he said the board would "not take sides between two bidders".')).toEqual(["Ruwan Gunasekera", "Ruwan Gunasekera"]);
  });

  it("gives words a verb of saying governs to its subject, not to an informant 'according to' relays them from", () => {
    expect(speakersOf('During questioning, Kim Min-jun told investigators that the profiles were “a marketing tool, not a crime,” according to a police official familiar with the case.')).toEqual(["Kim Min-jun"]);
  });

  it("reads a class a thing is declared or marked as, and a name a protest goes under, as no one's words", () => {
    expect(quotesOf('The agency said the vans of rice were declared as "construction materials" at the port.')).toEqual([]);
    expect(quotesOf('The commissioner said the building had been marked as "distress" by the agency.')).toEqual([]);
    expect(quotesOf('The demonstrations, organised under the banner "Pump Price Must Fall", came a week after the rise.')).toEqual([]);
    // (What one "described as" is still a quotation.)
    expect(quotesOf('The company described the ruling as "a serious blow".').map((q) => q.text)).toEqual(["a serious blow"]);
  });

  it("takes 'the nurse' for the one the text said worked as one, or set one beside after an age", () => {
    expect(speakersOf('Rhonda Kessler, 52, worked as a labor and delivery nurse at Sandhills for 19 years. She now works in the emergency department.\n\n"It felt like a funeral," the nurse said.')).toEqual(["Rhonda Kessler"]);
    expect(speakersOf('Rhonda Kessler, 52, a labor and delivery nurse at Sandhills, now works in the emergency department.\n\n"It felt like a funeral," the nurse said.')).toEqual(["Rhonda Kessler"]);
  });

  it("reads a word for a title after a courtesy title, no name after it, as the family name ('Mr Lord said', 'Mr King, the chairman,')", () => {
    expect(speakersOf('David Lord, who milks 180 cows near Clitheroe, said he had been approached.\n\n"I have been loyal to the co-op," Mr Lord said.')).toEqual(["David Lord"]);
    expect(speakersOf('Mervyn King spoke on Monday. Mr. King, the chairman, said: "We will not cut."')).toEqual(["Mervyn King"]);
    // (Not an office one is addressed by.)
    expect(speakersOf('"Mr. President has accepted the resignation," said Abdulrahman Ikeji.')).toEqual(["Abdulrahman Ikeji"]);
  });

  it("takes no place joined to a participle ('Tallinn-based') for the source 'according to' names", () => {
    expect(speakersOf('The grounding will cost €3 million, according to an estimate by Tallinn-based analyst Kadri Sepp of Nordic Aviation Insight.\n\n"It is painful but survivable," she said.')).toEqual(["Kadri Sepp"]);
    expect(speakersOf('The cost was "a lot of money", according to London-based analyst John Smith.')).toEqual(["John Smith"]);
  });

  it("never takes a sign or a banner a sentence opens with for 'he' or 'she'", () => {
    expect(speakersOf('Back at the yards, Josh McInerney, 27, is cutting twine.\n\nA hand-painted sign wired to the front gate reads "Hang in there". Josh painted it three years ago. Nobody has taken it down.\n\n"Dad says the country always comes back," he says.')).toEqual([null, "Josh McInerney"]);
  });

  it("gives what a report says to the holder of the office who signed it, set beside the office ('signed by its chairman, Tadeusz Wróblewski'), and a document is a report", () => {
    expect(speakersOf('The Rail Accident Commission\'s final report, signed by its chairman, Tadeusz Wróblewski, found that no restriction was imposed. "The defect was recorded correctly," the report said.')).toEqual(["Tadeusz Wróblewski"]);
    expect(speakersOf('The Integrity Commission\'s report was tabled on Monday. The 64-page document, signed by the commission\'s chief executive, Margaret Ellison, found that 31 grants went to his electorate. "The pattern of approvals cannot be explained," the report said.')).toEqual(["Margaret Ellison"]);
  });

  it("takes the pronoun of a clause of 'in which' after a letter from someone named for the writer, past a quotation the sentence gave before", () => {
    expect(speakersOf('Margaret Holroyd spoke first. "We will fight," she said.\n\nOpponents also read out an open letter from the novelist Ruth Hepworth, who grew up nearby, in which she described her branch as "the most important building of my childhood" and urged councillors to "think of the children".')).toEqual(["Margaret Holroyd", "Ruth Hepworth", "Ruth Hepworth"]);
  });

  it("never takes a plural noun for people that opens a sentence, capitalised, for 'he' or 'she'", () => {
    expect(speakersOf('Opponents read out a letter from the novelist Ruth Hepworth. "It was the most important building of my childhood," she wrote.')).toEqual(["Ruth Hepworth"]);
  });

  it("takes one of a group with its kind in capitals and what places them as one person of that kind ('One of the ROV pilots on the expedition')", () => {
    expect(speakersOf('One of the ROV pilots on the expedition described the work as "like threading a needle in oven gloves".')).toEqual(["ROV pilot on the expedition"]);
    expect(speakersOf('One of the reviewers of the paper said: "Refuges are valuable only if the ocean survives."')).toEqual(["reviewer of the paper"]);
  });

  it("takes 'he' for the one whose family name, shaped like a people's word, opens the sentences before, not the last to speak", () => {
    expect(speakersOf("Grandmaster Karthik Subramanian beat Dmitri Osipenko. “Karthik defended like a machine,” Osipenko said.\n\nSubramanian’s patient style has earned him a nickname. He lost in the fourth round.\n\n“There was a month last year when I did not play,” he said.")).toEqual(["Dmitri Osipenko", "Karthik Subramanian"]);
  });

  it("keeps the whole of what places a described person: near, outside, to, based at, and a noun in -ing at its end", () => {
    expect(speakersOf('A shopkeeper near the station, who asked not to be named, said: "Nobody talks any more."')).toEqual(["shopkeeper near the station"]);
    expect(speakersOf('A nurse at the maternity wing, who was not authorised to speak, said: "We are doing deliveries with two nurses."')).toEqual(["nurse at the maternity wing"]);
    expect(speakersOf('A media aide to the former governor said he was "grateful to the President".')).toEqual(["media aide to the former governor"]);
    expect(speakersOf('A ranger based at the Galana River outpost said: "They come at night." "We are too few," the ranger said.')).toEqual(["ranger based at the Galana River outpost", "ranger based at the Galana River outpost"]);
    expect(speakersOf('An expert on art crime at the Belgian federal police said: "It cannot be sold."')).toEqual(["expert on art crime at the Belgian federal police"]);
    expect(speakersOf('A guard picketing outside the plant said: "We stay."')).toEqual(["guard"]);
  });

  it("takes a lifeguard or a bodyguard for a person one described may be", () => {
    expect(speakersOf('A lifeguard said she finishes her shift after dark. "So now I get stopped on my way home?"')).toEqual(["lifeguard"]);
  });

  it("takes the name 'who gave her name only as' gives after a title, and a body's short name in brackets before an aside", () => {
    expect(speakersOf("A banker, who gave her name only as Mrs. Chinwe, said she leaves home at 5 a.m. \"Some days I sleep in the office,\" she said.")).toEqual(["Chinwe"]);
    expect(speakersOf('The Nigerian Ports Authority (NPA), in a statement signed by its spokesman, said it was working with the operators. "The Authority has directed all terminal operators to extend their hours," the statement read.')).toEqual(["Nigerian Ports Authority"]);
  });

  it("makes people of the names of a list given one age ('all 15'), and each given name alone the person it opens", () => {
    expect(speakersOf("Ella Nguyen, Jack Tuohy and Priya Sandhu, all 15, were named winners on Monday night.\n\n\"We kept hearing from farmers,\" Ella said.\n\n\"Mum kept telling me to go to bed,\" Priya said.")).toEqual(["Ella Nguyen", "Priya Sandhu"]);
  });

  it("takes no attribution from a clause of its own that the sentence goes on to after the quote", () => {
    expect(only("Jack Tuohy, 15, won. Jack said the trio had spent \"every lunchtime for four months\" in the school lab, and Priya wrote most of the code.").speaker).toBe("Jack Tuohy");
  });

  it("reads 'South Africa, the minister said, was' as the minister speaking, and 'the minister' as the office in capitals the paragraph named", () => {
    const text =
      "The Minister of Science and Technology, who pressed the button, described the array as “a statement of intent to the world”. South Africa, the minister said, was no longer content to host foreign instruments. “We are building our own,” the minister said.";
    expect(speakersOf(text)).toEqual(["Minister of Science and Technology", "Minister of Science and Technology"]);
  });

  it("reads a live blog's time stamp on a line of its own as no part of the entry's first sentence", () => {
    const article = testArticle("12:05\nSarah Penhaligon, head of Kingsmead Academy, says her students deserve credit this year.\n\n“These young people sat their exams while the rules kept changing.”", "2015-08-13");
    const facts = extractArticle(article);
    expect(facts.quotes.map((q) => q.speaker)).toEqual(["Sarah Penhaligon"]);
    expect(facts.events.map((e) => e.text)).toEqual(["Sarah Penhaligon, head of Kingsmead Academy, says her students deserve credit this year."]);
  });

  it("reads 'the commissioner' as an office the text named in capitals, or as the person set after that office", () => {
    expect(speakersOf("The Lagos State Commissioner for Transportation, who visited the area yesterday, gave truck owners a week.\n\n\"The bridges are at stake,\" the commissioner said.")).toEqual(["Lagos State Commissioner for Transportation"]);
    expect(speakersOf("The Commissioner for Public Instruction said the list would be ready soon. “Priority will go to girls’ schools,” the Commissioner said.")).toEqual(["Commissioner for Public Instruction"]);
    expect(speakersOf("The Commissioner for Tourism, Arts and Culture, Mrs Folasade Bankole-Ade, said her ministry was not consulted. The commissioner said she would meet the artists. \"Lagos is the creative capital of Africa,\" she said.")).toEqual(["Folasade Bankole-Ade"]);
  });

  it("gives 'he' or 'she' to the holder of an office that spoke just before, over a person named earlier", () => {
    expect(speakersOf("Another passenger, Tom Hargreaves, said he had spent £240 on a hotel.\n\nThe transport secretary has told broadcasters there will be a review.\n\n\"Passengers have every right to be furious,\" she said.")).toEqual(["transport secretary"]);
    expect(speakersOf("Commuter Tan Wei Ming said it was chaos.\n\nThe Senior Minister of State for Transport, speaking at a conference, said commuters had been patient.\n\n“There will be some pain along the way,” he said.")).toEqual(["Senior Minister of State for Transport"]);
  });

  it("gives a company's short name its full name with a Malaysian suffix ('Mega Lestari Holdings Bhd')", () => {
    expect(speakersOf('The developer, Mega Lestari Holdings Bhd, obtained approval last year.\n\nIn a statement, Mega Lestari said it would restore the facades. "We are committed to honouring the history of the site," it said.')).toEqual(["Mega Lestari Holdings Bhd"]);
  });

  it("reads a person after a hyphenated role opening the sentence, and one the sentence before a quotation paragraph calls 'he'", () => {
    expect(speakersOf("Professor Goh Kah Seng said the modules were popular.\n\nSecond-year engineering student Daniel Ong, 22, was more sceptical. “Some modules are just recorded slides,” he said.")).toEqual(["Daniel Ong"]);
    expect(speakersOf("Derek Halloran, 74, a former miner, has guided school parties round the gallery since 2006. He has not been inside since the spring.\n\n“When I was a lad, my dad brought me here on a Saturday.”")).toEqual(["Derek Halloran"]);
    // (After an opening clause too.)
    expect(speakersOf("Édgar Julián Rincón finished second.\n\nRincón, 27, stood on the second step with his arms folded. Speaking to reporters afterwards, he chose his words carefully.\n\n“I don't have anything against Wilmar personally. I know he is a good rider.”")).toEqual(["Édgar Julián Rincón"]);
  });

  it("keeps a body's whole name: 'Human Rights Watch', 'the Board of Control for Cricket in India (BCCI)', 'USTA' for 'U.S. Tennis Association'", () => {
    expect(speakersOf('Human Rights Watch, in a report released last week, described the practice as "a flagrant violation" of international law.')).toEqual(["Human Rights Watch"]);
    expect(speakersOf('The Board of Control for Cricket in India (BCCI) said on Thursday that he would rest. "The BCCI medical team will monitor his progress," the statement read.')).toEqual(["Board of Control for Cricket in India"]);
    expect(speakersOf('The U.S. Tennis Association said 28,146 watched.\n\n"We\'re thrilled that fans have come back," the USTA said in a statement.')).toEqual(["U.S. Tennis Association"]);
  });

  it("reads an office a place owns, or one a question was put to, as the office; and 'the immigration minister' as no other minister", () => {
    expect(speakersOf('Queensland\'s Minister for Natural Resources and Mines said the state would look "to find every possible alternative to closure".')).toEqual(["Queensland's Minister for Natural Resources and Mines"]);
    expect(speakersOf('The President of the Autonomous Region of Bougainville told reporters the talks had stalled. Mr Julian Freemantle said: "We are ready."\n\nAsked what he would tell voters, the President was blunt.\n\n"I will tell them the truth," he said.')).toEqual(["Julian Freemantle", "President of the Autonomous Region of Bougainville"]);
    expect(speakersOf('In a statement, Canada\'s Minister of Foreign Affairs said Ottawa would "continue to impose severe costs".\n\n"We are going to bring as many Ukrainians as we can," the immigration minister said.')).toEqual(["Canada's Minister of Foreign Affairs", "immigration minister"]);
  });

  it("gives 'she' to the chief executive of a body that spoke just before, and 'the 41-year-old … from Homs' to the person named", () => {
    expect(speakersOf('Athlete Moses Chelimo said he had been cleared.\n\nThe chief executive of the Anti-Doping Agency of Kenya (ADAK) told Nation Sport that tests were up.\n\n"We are testing more," she said.')).toEqual(["chief executive of the Anti-Doping Agency of Kenya"]);
    expect(speakersOf("Yaser Haddad remembers the rain.\n\n“My children cried for two weeks,” says the 41-year-old former pharmacist from Homs, who came with his wife.")).toEqual(["Yaser Haddad"]);
  });

  it("takes a headline's shorter form of a full name for the same person ('Amir Hakim' and 'Amir Hakim Zulkifli'), and 'said Amir' for both", () => {
    expect(speakersOf('Amir Hakim delights home crowd\n\nNational rider Amir Hakim Zulkifli won the fourth stage yesterday.\n\n"I\'m so happy," said Amir, who dedicated the win to his grandmother.')).toEqual(["Amir Hakim Zulkifli"]);
  });

  it("makes no place of a name after a clause's 'and' ('into the tramlines, and Moss has the break'), so 'she' may be her", () => {
    const text =
      "Harriet Moss has just been talking to Clare Baldwin on Centre Court, and she is struggling to hold it together.\n\n“I can’t feel my legs,” she says.\n\n" +
      "A rally ends with Jelena Marković dumping a forehand into the tramlines, and Moss has the break.\n\nMoss’s first-serve percentage has dropped, and Marković levels.";
    expect(speakersOf(text)).toEqual(["Harriet Moss"]);
    expect(actorsOfText(text).find((a) => a.name === "Harriet Moss")?.type).not.toBe("place");
  });

  it("gives 'he' to the subject of a clause joined after a comma, and no 'she' to 'the company's parent' a reported clause names", () => {
    expect(speakersOf('Eels coach Grant Colley met him.\n\nStorm manager Darren Keys said the club had no regrets. "We made him a fair offer," Keys said.\n\nThe Eels have room under the cap, and Colley hinted the club was not finished. Reports were "news to me", he said.')).toEqual(["Darren Keys", "Grant Colley"]);
    expect(speakersOf("Ms Gráinne Ní Fhlatharta, of Siptu, said the company’s parent had reported a 19 per cent rise in profit.\n\n“Nobody wants a strike,” she said.")).toEqual(["Gráinne Ní Fhlatharta"]);
  });

  it("places no one a goal came from, nor one joined by ', and' to a person or a count", () => {
    const text =
      "Sunderland went top after two goals in seven minutes from Callum Harrington on Saturday.\n\nA corner was flicked on by the captain, Danny Rourke, and Harrington, unmarked, headed in. It took his tally to 17, and Harrington has now scored nine times.\n\nMidfielder Lewis Tolland set up the second.\n\nHe said afterwards: ‘A few people told me I was mad.’";
    expect(actorsOfText(text).find((a) => a.name === "Callum Harrington")?.type).not.toBe("place");
  });

  it("gives no quote to the object of a participle after it ('described the strike as “…”, citing an order of the court')", () => {
    expect(speakersOf('The Minister of Information, Sani Garba, had on Sunday described the strike as "illegal and unnecessary", citing an order of the National Industrial Court.')).toEqual(["Sani Garba"]);
    expect(speakersOf("Ruth Amadi called the levy “a tax on the poor”, quoting a report by the Consumer Council.")).toEqual(["Ruth Amadi"]);
  });

  it("reads no clause of what was said as the subject of a participle after it ('“comfortably satisfied” that the phone belonged to the player, citing')", () => {
    expect(speakersOf("In its decision, the three-member committee said it was “comfortably satisfied” that the phone belonged to the player, citing a forensic report.")).toEqual(["three-member committee"]);
  });

  it("reads no predicate as the subject of a participle after a comma ('“fully respects” the work of the coast guard but disputed the count, arguing')", () => {
    expect(speakersOf("In a statement, Aegean Star Lines said it “fully respects” the work of the coast guard but disputed the passenger count, arguing that the figure included children.")).toEqual(["Aegean Star Lines"]);
  });

  it("reads a verb joined by 'but' after a partial quote as the sentence subject's ('“welcomes more jobs” for its members but warned')", () => {
    expect(speakersOf("The PPBL Players Association said it “welcomes more jobs” for its members but warned against cost-cutting by struggling teams.")).toEqual(["PPBL Players Association"]);
  });

  it("reads the body a participle set off by commas describes after a quote, not the one who heads it ('the committee, headed by M.V. Krishna Rao, wrote')", () => {
    expect(speakersOf("“The failure of the valve was entirely foreseeable,” the five-member committee, headed by retired civil servant M.V. Krishna Rao, wrote in its report.")).toEqual(["five-member committee"]);
  });

  it("reads the subject set off by commas before an auxiliary ('The Minister of …, Alhaji Sani Garba, had on Sunday described')", () => {
    expect(speakersOf("The Minister of Information and National Orientation, Alhaji Sani Garba, had on Sunday described the strike as “illegal and unnecessary”.")).toEqual(["Sani Garba"]);
    expect(speakersOf("Alhaji Sani Garba, the minister, has warned that the strike is “illegal and unnecessary”.")).toEqual(["Sani Garba"]);
  });

  it("gives a verb joined by ', but' to the sentence's subject, not to a name set off by commas in the first clause", () => {
    expect(speakersOf('The Trade Union Congress endorsed the decision in a statement signed by its President, Comrade Festus Adeyemi, but said its affiliates would "remain on red alert."')).toEqual(["Trade Union Congress"]);
    expect(speakersOf("The Ridgeway Bank thanked its chairman, Tom Askew, and said it would “keep the branch open for now”.")).toEqual(["Ridgeway Bank"]);
    // A name that opens the sentence is its subject still.
    expect(speakersOf("Tom Askew, the chairman, thanked staff and said the bank would “keep the branch open for now”.")).toEqual(["Tom Askew"]);
  });

  it("reads a seat in letters before a name as its office ('Kisumu Town West MCA Caroline Omondi took to Twitter: “…”')", () => {
    expect(speakersOf("Kisumu Town West MCA Caroline Omondi took to Twitter: “Traders are not criminals. Talk to them.”")).toEqual(["Caroline Omondi"]);
    expect(speakersOf("Peshawar MNA Farhan Qureshi said the budget was “a betrayal of the province”.")).toEqual(["Farhan Qureshi"]);
    // ("Opposition MPA Rana Sajid Hussain": a member of a provincial assembly.)
    expect(speakersOf("Opposition MPA Rana Sajid Hussain criticised the company in a post on X. \"MEPCO has turned Eid into a punishment for the people of south Punjab. Where is the government?\" he wrote.")).toEqual(["Rana Sajid Hussain"]);
    // A second person named before the colon leaves the words unattributed.
    expect(speakersOf("Caroline Omondi met John Oduya: “Traders are not criminals. Talk to them.”")).toEqual([null]);
  });

  it("lists no nickname given after 'nicknamed them', nor an exhibition's long title with its subtitle", () => {
    expect(quotesOf('Dr Marcus Veldt said some plants tolerate warmer water, and local divers have nicknamed them "super kelp". "We found plants surviving," he said.').map((q) => q.text)).toEqual(["We found plants surviving,"]);
    expect(quotesOf("Bart Scholten said the painting was the centrepiece of the museum's 2019 exhibition “Lost and Found: Dutch Tables of Plenty”.")).toEqual([]);
  });

  it("keeps what a description is close to ('a person close to the board told Reuters')", () => {
    expect(speakersOf('"The board lost patience after the derby," a person close to the board told Reuters.')).toEqual(["person close to the board"]);
  });

  it("gives 'she' to the subject of a clause joined after a comma whatever its verb, with a noun for what she is before the name", () => {
    const text = (subject: string) => `The spokeswoman for the health district said it was spreading. "It moves fast," the spokeswoman told KXRN.\n\nTheir son was exposed at a church potluck, and ${subject} spent Thursday night watching him for a fever.\n\nShe told us: "I did not think this was something we would ever have to worry about here."`;
    expect(speakersOf(text("Alicia Navarro"))).toEqual(["spokeswoman for the health district", "Alicia Navarro"]);
    expect(speakersOf(text("mom Alicia Navarro"))).toEqual(["spokeswoman for the health district", "Alicia Navarro"]);
  });

  it("names a body of a kind the text never names by that kind ('In a letter sent to parents Monday, the district said')", () => {
    expect(speakersOf('In a letter sent to parents Monday, the district said the students could return "once they show proof of vaccination".')).toEqual(["district"]);
  });

  it("gives 'it' to a body set off by commas after a description opening the paragraph before ('The firm operating the project, Shivalik Hydro Ventures Pvt Ltd, denied negligence')", () => {
    expect(speakersOf("The India Meteorological Department said the rain was heavy.\n\nThe firm operating the project, Shivalik Hydro Ventures Pvt Ltd, denied negligence. In a statement issued on Saturday, it said the dam had been “designed to withstand a 1-in-100-year flood”.")).toEqual(["Shivalik Hydro Ventures Pvt Ltd"]);
  });

  it("gives a report's words to its author, past words before its noun and an aside on who saw it", () => {
    expect(speakersOf("A 2013 inspection report by the provincial irrigation department, seen by the Observer-Standard, noted “significant and worsening seepage at the left abutment”.")).toEqual(["provincial irrigation department"]);
  });

  it("gives no quote to a name in a participle's clause after a description ('said a police officer guarding the Plaza de Bolívar')", () => {
    expect(speakersOf('"They have been calm, mostly. A few painted walls, nothing serious," said a police officer guarding the Plaza de Bolívar, who was not authorized to speak.')).toEqual(["police officer"]);
  });

  it("gives 'the man' to the man just described in the paragraph, not to a woman", () => {
    expect(speakersOf("Outside the court, a father who had travelled from Huancayo with his daughter said he had sold two cows. “I would sell the rest too,” said the man.")).toEqual(["father who had travelled from Huancayo with his daughter"]);
    expect(speakersOf("A mother who had travelled from Huancayo said she had sold two cows. “I would sell the rest too,” said the man.")).toEqual(["man"]);
  });

  it("keeps a body's remit in lower case whole ('The department of higher education and training said …, describing it as')", () => {
    expect(speakersOf('The department of higher education and training said it had allocated R15.3-billion to the National Student Financial Aid Scheme, describing it as "the largest single allocation in its history".')).toEqual(["department of higher education and training"]);
  });

  it("reads past how soon after something a sentence opens ('Shortly after the lunch break, a man in the public gallery stood up and shouted:')", () => {
    expect(speakersOf("Shortly after the lunch break, a man in the public gallery stood up and shouted: “Where is our money? Where is it?”")).toEqual(["man in the public gallery"]);
  });

  it("gives a message's words to whoever the text says sent or published it", () => {
    expect(speakersOf("Marcus Tan faces 14 charges. The court was shown a Telegram message that Tan allegedly sent Ong in April 2022, when customers began asking about delays: “Just keep the dashboard green. Nobody checks the wallets.”")).toEqual(["Marcus Tan"]);
    expect(speakersOf('Marcus Tan faces 14 charges. The prosecution tendered a post Tan published on Twitter on July 11, 2022, two days before the freeze: "Withdrawals are slow because of demand. Relax."')).toEqual(["Marcus Tan"]);
  });

  it("reads all the words after 'according to a statement from' for a long body's name, never cutting one inside a word", () => {
    const text = "The sludge weighed “roughly the weight of seven elephants”, according to a joint statement from the National Disaster Management and Civil Protection Coordination Authority of Mozambique.";
    const [speaker] = speakersOf(text);
    expect(speaker).toMatch(/Authority of Mozambique$/);
    expect(text).toContain(`${speaker}.`);
  });

  it("takes a family name that is also a verb, opening a sentence after the full name, for the person: the next 'he'", () => {
    const text = "“I’m not going to pretend we made perfect decisions,” Cullen says.\n\nThe call reached Hamish Grant, who has led the team for 11 years.\n\nGrant, a joiner by trade, is calm. He says the conditions were “pretty wild”.";
    expect(speakersOf(text)).toEqual(["Cullen", "Hamish Grant"]);
  });

  it("gives 'the hospital group' to the name the text set 'a private hospital group' beside, and only so", () => {
    expect(speakersOf("Hackers have crippled the computer systems of Gracefield Hospitals, a private hospital group with four facilities in Lagos, and are demanding a ransom.\n\nIn a statement, the hospital group said it had “isolated the affected systems” and engaged a firm.")).toEqual(["Gracefield Hospitals"]);
    expect(speakersOf("Amnesty International said the abuse was systematic. Lafarge Group declined to comment.\n\nThe rights group said it had “documented 40 cases” in the camps.")).not.toContain("Lafarge Group");
  });

  it("keeps a family name spelt like an auxiliary ('Were') at the end of the subject", () => {
    expect(speakersOf("KMPDU branch secretary Dr Evans Omondi Were, who addressed journalists, said the unions would not accept “promises on paper”.")).toEqual(["Evans Omondi Were"]);
  });

  it("takes what one used to do, 'former' or 'retired', for the person named just before", () => {
    const text = "One of those patients is Maureen Tilbury, 71, from Alderton, who was told in February that she needed a new knee. She is still waiting.\n\n“I used to walk the dog every morning,” said the former school secretary. “They keep telling me I’m on the list.”";
    expect(speakersOf(text)).toEqual(["Maureen Tilbury", "Maureen Tilbury"]);
  });

  it("keeps an office's second field after 'and the' in its name", () => {
    expect(speakersOf("The Minister of Employment and the Economy said the state was ready. “The state cannot save every mill,” the minister said.")).toEqual(["Minister of Employment and the Economy"]);
  });

  it("names an embassy or consulate in lower case by the city it sits in", () => {
    expect(speakersOf("The Afghan consulate in Peshawar said in a statement on Wednesday that it hoped the crossing would “never again be closed for such a long period”.")).toEqual(["Afghan consulate in Peshawar"]);
    expect(speakersOf("“We will respond,” the Chinese embassy in Manila said.")).toEqual(["Chinese embassy in Manila"]);
  });

  it("gives 'the embassy' to the embassy named before", () => {
    expect(speakersOf("The Philippine Embassy in Singapore said it had helped 312 Filipinos.\n\n“We continue to encourage affected kababayan to submit their claims,” the embassy said in a Facebook post.")).toEqual(["Philippine Embassy in Singapore"]);
  });

  it("finds the one-word name right before the verb after an opening phrase full of names ('In a statement read out by his lawyer, Senior Counsel Rajan Pillai, Tan said:')", () => {
    expect(speakersOf('Marcus Tan Jun Hao was jailed.\n\nIn a brief statement read out in court by his lawyer, Senior Counsel Rajan Pillai, Tan said: "I am deeply sorry to every Zentra customer."')).toEqual(["Marcus Tan Jun Hao"]);
  });

  it("gives 'the state health department' to the department named whose name holds 'health', and no other department", () => {
    const text = (named: string) => `Pembina County reported five new cases on Sunday, according to the ${named}.\n\nIn a written statement, the state health department said the outbreak was “concentrated among unvaccinated school-age children”.`;
    expect(speakersOf(text("North Dakota Department of Health and Human Services"))).toEqual(["North Dakota Department of Health and Human Services"]);
    expect(speakersOf(text("North Dakota Department of Transportation"))).toEqual(["state health department"]);
  });

  it("makes a club of a name ending in a club's word ('Wirral Athletic'), so that 'the club' is it", () => {
    expect(speakersOf('Declan Mulqueen has lodged a bid for Wirral Athletic, the struggling League Two club.\n\nThe club said in a statement that it had received "a number of expressions of interest" from buyers.')).toEqual(["Wirral Athletic"]);
    expect(actorsOfText("Fans gathered outside Wirral Athletic in Birkenhead.").find((a) => a.name === "Wirral Athletic")?.type).toBe("organisation");
  });

  it("reads how someone answered a question before a colon ('Asked whether he would walk away, Mulqueen was direct:')", () => {
    expect(speakersOf('Declan Mulqueen has lodged a bid. Asked whether he would consider walking away, Mulqueen was direct: "I have a number in my head, and I will not go past it."')).toEqual(["Declan Mulqueen"]);
    expect(speakersOf('Gareth Pritchard resigned on Monday. Asked last month whether he feared for his job, he had been characteristically blunt: "If we lose five, I will go."')).toEqual(["Gareth Pritchard"]);
  });

  it("gives no name after what an office is of in lower case to the body before it ('Pantai Research head of equities Nur Farhana Ismail')", () => {
    expect(speakersOf('Pantai Research head of equities Nur Farhana Ismail put it more bluntly in a note to clients. "We see limited synergy between a football club and the group," she wrote.')).toEqual(["Nur Farhana Ismail"]);
  });

  it("takes one brought in by what they are, then a clause of 'who' or 'whose' with commas or none, for the subject", () => {
    expect(speakersOf("One evacuee, who fled with her two dogs to an evacuation centre in Kamloops, about 170 kilometres away, told The Canadian Press: “I grabbed the dogs.”")).toEqual(["evacuee"]);
    expect(speakersOf("A 29-year-old teacher whose rent rose by 420 francs a month after her building was renovated told the Basler Zeitung: “Half of my friends have moved.”")).toEqual(["29-year-old teacher"]);
    // (Not one whose clause gives a name.)
    expect(speakersOf("A woman who gave her name only as Mama Tunde said her nephew was missing. “We have been standing here waiting,” she said.")).toEqual(["Mama Tunde"]);
  });

  it("gives 'the chairwoman' to the person a body was 'chaired by'", () => {
    const text = "The tribunal, chaired by barrister Helen Ashworth QC, found the charges proved.\n\nBuchanan denied wrongdoing.\n\n“Match-fixing strikes at the very foundation of sport,” the chairwoman said in the decision.";
    expect(speakersOf(text)).toEqual(["Helen Ashworth"]);
  });

  it("gives 'he' to the one who spoke before, not a name inside a quotation in single marks, and to 'one regular' who spoke since", () => {
    const text = "Mr Lennox accepted the ban.\n\nClub owner Sandy Morrison, 63, said the news had come as a shock.\n\n'Gary's been coming in here since he was a wee boy,' he said.\n\nOne regular, who asked not to be named, said there had been rumours. 'Folk talk,' he said.";
    expect(speakersOf(text)).toEqual(["Sandy Morrison", "regular"]);
  });

  it("gives 'the league' or 'the federation' to a body whose name has the word in its own language ('Liga Femenil Nacional')", () => {
    expect(speakersOf("She is one of 14 players in Mexico’s Liga Femenil Nacional who have not been paid.\n\nHer club, Tigresas del Norte, reached the final.\n\nThe league said in a statement that it “deeply regretted” the postponements.")).toEqual(["Liga Femenil Nacional"]);
    expect(speakersOf("Six lifters of the Federación Colombiana de Pesas were tested in Cali.\n\nThe samples went to Bogotá.\n\nThe federation said it “has always complied with the rules”.")).toEqual(["Federación Colombiana de Pesas"]);
  });

  it("gives 'the carrier' to the shipping line that spoke just before, not the business named most", () => {
    expect(speakersOf('Plans to automate gates at Atlantic Gateway Terminals angered the union. AGT said talks continue. Atlantic Gateway Terminals hired staff.\n\nOceanic Star Line said it had omitted Tema from two services.\n\n"We are monitoring the situation hour by hour," the carrier said in a customer advisory.')).toEqual(["Oceanic Star Line"]);
  });

  it("gives 'she' to the one 'one victim' is set beside: a description, or a name with where she is from, also past what a court heard", () => {
    expect(speakersOf('Greg Petrakis moved client funds.\n\nOne victim, an 81-year-old widow from Box Hill, lost A$410,000. In a victim impact statement read to the court, she wrote: "I trusted Greg like a son."')).toEqual(["81-year-old widow from Box Hill"]);
    expect(speakersOf('The investigation began in September.\n\nOne victim, 78-year-old Johanna de Wit from Dordrecht, told broadcaster NOS that the caller had known her name. "He sounded so calm and so helpful," she said.')).toEqual(["Johanna de Wit"]);
    expect(speakersOf('Judge Helen Marsh sentenced Whitford. Marsh said the fraud was cruel.\n\nThe court heard that one victim, an 81-year-old widow from Frankston, lost A$620,000. In a victim impact statement read to the court, she wrote: "I used to think of Graham as a son."')).toEqual(["81-year-old widow from Frankston"]);
  });

  it("gives 'the directorate' and then 'it' to the directorate named before", () => {
    expect(speakersOf("Norway's Directorate of Fisheries has fined Nordvik Havbruk 12 million kroner.\n\nIn its decision, published on Wednesday, the directorate said the company had ignored warnings. \"The escape was foreseeable,\" it wrote.")).toEqual(["Directorate of Fisheries"]);
  });

  it("reads past a participle opening the sentence and an aside on how the subject came ('Giving evidence on Monday, the singer, dressed in …, said')", () => {
    expect(speakersOf('Afrobeats star Tunde Bakare told the court he had lost deals. Bakare, 31, is suing Amani Otieno.\n\nGiving evidence on Monday, the singer, dressed in a white agbada, said he had been "devastated" by the claims.')).toEqual(["Tunde Bakare"]);
  });

  it("gives 'the singer' to the person the article is about, not to a headline's bare 'Singer … says' nor to a name in the object", () => {
    const text =
      "Singer breaks down in court, says podcast claims destroyed his name\n\nAfrobeats star Tunde Bakare on Monday broke down in tears as he told the court how claims by broadcaster Amani Otieno had cost him deals. Bakare, 31, is suing Otieno.\n\n" +
      "But under cross-examination by Otieno's counsel, Marcus Whitlow QC, Bakare admitted that he had worked with the Ghanaian producer, Kwesi Mensah-Boateng, in Accra.\n\n\"Yes, I met him. But the song is mine,\" the singer said.";
    expect(speakersOf(text)).toEqual(["Tunde Bakare"]);
  });

  it("makes a person of a name whose next sentence opens with 'her', after an opening phrase of how long", () => {
    const text = "An official inquiry blamed years of neglect.\n\nEvery morning for almost a year, Marleni Huamán has walked down to the river.\n\nHer son, Rubén, was 19. He was travelling home when the bridge folded.\n\n'The river took everything from me,' she says.";
    expect(speakersOf(text)).toEqual(["Marleni Huamán"]);
    expect(actorsOfText(text).find((a) => a.name === "Marleni Huamán")?.type).toBe("person");
    // (Not a boat named after someone who is named before it.)
    expect(actorsOfText("Thomas Penrose was 46 when his vessel Morwenna Jane overturned offshore.\n\nHis crewman was pulled from the water.").find((a) => a.name === "Morwenna Jane")?.type).not.toBe("person");
  });

  it("makes a person of a name whose next sentence opens with a quotation 'she said'", () => {
    const text = "Kenya's Joseph Lagat won the men's race. In the women's race, Ethiopia's Meseret Alemu held off a late challenge to win.\n\n“My legs were very tired after 30 kilometres,” she said through an interpreter. “I am happy I did not give up.”";
    expect(speakersOf(text)).toEqual(["Meseret Alemu", "Meseret Alemu"]);
    expect(actorsOfText(text).find((a) => a.name === "Meseret Alemu")?.type).toBe("person");
    // (Not a market a preposition puts the name in.)
    expect(actorsOfText("Tan noted that crude palm oil futures on Bursa Malaysia Derivatives had slipped 2.3% this week.\n\n“The market is pricing in the risk,” he said.").find((a) => a.name === "Bursa Malaysia Derivatives")?.type).not.toBe("person");
  });

  it("gives the words after a participle with 'that' to the sentence's subject ('He rejected the defence, finding that “…”')", () => {
    expect(speakersOf('Mr Justice Penhallow ruled for Sehgal.\n\n"A comedian may mock the powerful," the judge wrote.\n\nHe rejected the defence of honest opinion, finding that "no honest person could have held that opinion".')).toEqual(["Penhallow", "Penhallow"]);
  });

  it("reads past a sentence adverb to the subject a participle shares ('However, the judge criticised …, describing this as')", () => {
    expect(speakersOf("Mrs Justice Harrowby ruled for Otieno.\n\nHowever, the judge criticised the podcaster for failing to seek Bakare's response, describing this as \"a regrettable omission which might have been fatal\".")).toEqual(["Harrowby"]);
  });

  it("makes no actor of a title or a nickname that is all a quotation holds, but keeps the name someone goes by", () => {
    const text = "Comedian Leela Bhattacharya lost the case. The remarks were made on her chat show \"Leela Tonight\", in which she said the award had been \"arranged over dinner by the jury\".\n\nAfrobeats star Tunde Bakare, popularly known as \"T-Flame\", sued.";
    const actors = actorsOfText(text);
    expect(actors.map((a) => a.name)).not.toContain("Leela Tonight");
    expect(actors.find((a) => a.name === "Tunde Bakare")?.aliases).toContain("T-Flame");
    expect(speakersOf(text)).toEqual(["Leela Bhattacharya"]);
  });

  it("makes a person of a name after what a broadcaster or performer is ('television host Leela Bhattacharya')", () => {
    expect(actorsOfText("Kabir Sehgal won his case against British television host Leela Bhattacharya in London.").find((a) => a.name === "Leela Bhattacharya")?.type).toBe("person");
  });

  it("reads 'Miss' as a title, which settles 'she' before a pronoun read near the name", () => {
    const text =
      "The pop singer Kiera Lamont told the High Court that tweets by the chef Rory Castellane had cost her a deal.\n\nMiss Lamont, 34, is suing Mr Castellane for four tweets he posted in 2014.\n\n" +
      "Catherine Ashby QC, for Mr Castellane, told the judge her client had been misled.\n\nMiss Ashby put it to her that she had been 'seen getting out of the support vehicle' three times.\n\n" +
      "'That is a lie, and whoever told him that is a liar,' Miss Lamont replied.\n\nAsked whether she had ever sat in the vehicle, she said: 'To eat my lunch, yes. Once. Because it was pouring with rain.'";
    expect(speakersOf(text)).toEqual(["Catherine Ashby", "Kiera Lamont", "Kiera Lamont"]);
  });

  it("gives 'a spokesperson' to the business the sentence before opened with, past a place and what the business does", () => {
    const text = "Retailer Sable Stores, which has 14 outlets in Ghana, was less upbeat. A spokesperson said currency volatility \"remains the single biggest risk to our West African operations\".";
    expect(speakersOf(text)).toEqual(["spokesperson for Sable Stores"]);
    expect(actorsOfText(text).map((a) => a.name)).toContain("Sable Stores");
  });

  it("gives words 'according to' a body, a role and a name to the person, and reads 'Ma.' as María", () => {
    expect(speakersOf('Phivolcs director Roberto Dizon said the quake was shallow.\n\nAccording to Phivolcs science research specialist Ma. Lourdes Tabangcura, there was "no threat of a destructive tsunami to the country." "Even so, we always advise coastal communities to move," she said.')).toEqual(["Ma. Lourdes Tabangcura", "Ma. Lourdes Tabangcura"]);
  });

  it("gives a description to the subject of a relative clause with no 'that' ('a move the Governor described as')", () => {
    expect(speakersOf('Governor Samuel Kofi Amankwah said inflation was high. The government confirmed it would seek IMF support, a move the Governor described as "helpful for confidence".')).toEqual(["Samuel Kofi Amankwah"]);
  });

  it("reads past an adverb between the subject and a colon's verb ('She also had a message for commercial banks:')", () => {
    expect(speakersOf('Governor Abena Osei-Tutu said the committee had cut rates.\n\nShe also had a message for commercial banks: "We expect lending rates to follow the policy rate down."')).toEqual(["Abena Osei-Tutu"]);
  });

  it("calls 'one tenant, a single father of two' by the noun that says which of them, after an opening phrase too", () => {
    expect(speakersOf('Tenants got letters.\n\nOne tenant, a single father of two who works nights, said he had been tempted. "Five hundred dollars is a lot of money for me," he said.')).toEqual(["tenant"]);
    expect(speakersOf('Latvia\'s transport minister, Artūrs Liepa, wrote: "Both sides must return to talks."\n\nAt Riga International Airport, one passenger, a student travelling to Oslo, said she had learned of it at the desk. "Nobody sent a message," she said.')).toEqual(["Artūrs Liepa", "passenger"]);
  });

  it("gives no speaker to words on a banner after an inverted 'read', and lists no name given ('dubbed the “road to nowhere”') or term after a possessive", () => {
    expect(speakersOf('"Education is a right, not a product," read one banner carried at the front of the march.')).toEqual([null]);
    expect(quotesOf('The highway, dubbed the "road to nowhere" by local media, links the towns. The region is described as Ecuador\'s "mining frontier".')).toEqual([]);
    expect(quotesOf("Locals have long called the bend “the Spencer Street squeal”. Fans call it “the Theatre of Dreams”.")).toEqual([]);
    expect(speakersOf("The mayor called the plan “a disgrace to the city”.")).toEqual(["mayor"]);
  });

  it("keeps an age in the description a relative 'who' stands for, so a later 'he' is that one person ('a 60-year-old resident who asked not to be named')", () => {
    const text = 'Residents complained that help was slow.\n\n"Nobody came until yesterday afternoon," said a 60-year-old resident who asked not to be named because he works for a bank. He said he had lost "everything except the clothes I am wearing."';
    expect(speakersOf(text)).toEqual(["60-year-old resident", "60-year-old resident"]);
  });

  it("gives an office in capitals opening the sentence to the person the article gave that title ('The Cabinet Secretary was blunt:')", () => {
    expect(speakersOf("Health Cabinet Secretary Susan Wafula has insisted the government cannot afford the pay.\n\nThe Cabinet Secretary was blunt on Tuesday: “We have to be realistic.”")).toEqual(["Susan Wafula"]);
  });

  it("gives 'it' to a one-word name that just spoke, and 'the company' to a mine's short name ('Lefika' of 'Lefika Platinum')", () => {
    expect(speakersOf('There are about 23,000 students in Australia, according to the Australian Department of Education and Training.\n\nIn a statement, Coralnet said the database had been secured.\n\n"We have no evidence that the information has been misused," it said.')).toEqual(["Coralnet"]);
    expect(speakersOf("Lefika Platinum runs the shaft. Mine Rescue Services attended.\n\nLefika denied the claim. “Every worker has the right to refuse dangerous work,” the company said.")).toEqual(["Lefika Platinum"]);
  });

  it("gives an inquiry's finding to the inquiry ('An inquiry cleared the company, finding that … “…”')", () => {
    expect(speakersOf("An inquiry cleared the company of negligence the following year, finding that the failure had been caused by “an unforeseeable mechanical defect”.")).toEqual(["inquiry"]);
  });

  it("names a diplomatic mission with the city it sits in ('the Philippine Consulate General in Sydney')", () => {
    const text = "The Philippine Consulate General in Sydney said it had been told of the breach.\n\n“We encourage our kababayan who are subscribers to change their passwords,” the consulate said.";
    expect(speakersOf(text)).toEqual(["Philippine Consulate General in Sydney"]);
    expect(actorsOfText("The Philippine Embassy in Canberra. It said little.").map((a) => a.name)).toContain("Philippine Embassy in Canberra");
  });

  it("makes a person of a name after an office whose remit joins fields with 'and', so 'the minister' is her", () => {
    const text = "B.C.'s Minister of Emergency Management and Climate Readiness, Rhiannon Petrie, said Wednesday the province would ask Ottawa for help.\n\n\"We are stretched, but we are not broken,\" the minister said at a briefing in Victoria.";
    expect(speakersOf(text)).toEqual(["Rhiannon Petrie"]);
    expect(actorsOfText(text).find((a) => a.name === "Rhiannon Petrie")?.type).toBe("person");
    // ("the Minister of State for Lands, Sam Mugisha Kato,": a junior minister "of State" for the remit.)
    expect(speakersOf("In August, the Minister of State for Lands, Sam Mugisha Kato, told parliament the families would be offered land.\n\n‘We have identified about 1,500 acres for that purpose,’ the minister said.")).toEqual(["Sam Mugisha Kato"]);
  });

  it("gives 'the minister' to an office described in lower case with fields joined by 'and', its holder unnamed", () => {
    expect(speakersOf("Cameroon's minister of arts and culture welcomed the announcement. In a message posted on Twitter, the minister wrote that the return marked \"a new chapter in relations with Germany\".")).toEqual(["Minister of arts and culture"]);
    // (Not a span of time: "minister for two years".)
    expect(speakersOf("Joan Obi, who has been minister for two years, resigned. \"I am proud of the work,\" the minister said.")).toEqual(["Joan Obi"]);
  });

  it("reads a colon after a subject with an apposition and where and when ('Congressman Wade Pruitt, a Republican …, backed the board on X on Tuesday:')", () => {
    expect(speakersOf("Congressman Wade Pruitt, a Republican whose district includes the county, backed the board on X on Tuesday: “Patriots on the board are asking the questions. Stand strong.”")).toEqual(["Wade Pruitt"]);
    expect(speakersOf("Caroline Omondi met John Oduya on Tuesday: “Traders are not criminals. Talk to them.”")).toEqual([null]);
    // (An office of a body with no article, where the subject was and when in the day.)
    expect(speakersOf("Marc-Antoine Leroy, general secretary of the CGS, addressed a crowd at Place de la République in the afternoon: “They want us to work longer for less.”")).toEqual(["Marc-Antoine Leroy"]);
  });

  it("gives 'he' to the one an inverted 'Among those … is' names", () => {
    expect(speakersOf("Congressman Wade Pruitt backed the board.\n\nAmong those watching closely is Seán Ó Briain, a retired teacher from Castlebar, who has lived in the county since 1998.\n\n“I spent 14 hours at a polling station on election day,” he said by phone.").slice(-1)).toEqual(["Seán Ó Briain"]);
  });

  it("gives 'the report' to who published it, past when and a word for the kind of body ('published three years ago by the nonprofit …')", () => {
    expect(speakersOf('Douglas Krantz said the count was fair.\n\nA report published three years ago by the nonprofit Empire Ballot Access Project found that 2.3 percent of ballots were rejected.\n\nThe report concluded that "a meaningful share of rejected ballots reflect administrative error".').slice(-1)).toEqual(["Empire Ballot Access Project"]);
  });

  it("gives 'the report' to the firm that wrote it, named after a comma and a word for its trade ('The report, written by consultancy firm …,')", () => {
    expect(speakersOf("The 94-page report, written by consultancy firm Harbourview Risk Partners, was published by the hospital group on Tuesday.\n\n'The organisation was operating with a level of cyber risk that its board did not fully understand,' the report states.")).toEqual(["Harbourview Risk Partners"]);
  });

  it("gives 'the report' to who published an analysis or a study, whatever the word the text first used ('An analysis published on Friday by …')", () => {
    expect(speakersOf("The town has no cooling centres. An analysis published on Friday by the Climate Attribution Network, an international group of scientists, found the heatwave had been made 30 times more likely.\n\nThe report said such an event would have been ‘extremely rare’ in a pre-industrial climate, and warned that ‘heatwaves of this intensity will become commonplace’.")).toEqual(["Climate Attribution Network", "Climate Attribution Network"]);
    // (An inspection too, whoever carried it out a few words after the participle.)
    expect(speakersOf("The Herald has seen a copy of a technical inspection carried out on the bridge in March by the Secretariat of Physical Infrastructure, which detected fissures.\n\n\"The fissures observed compromise the long-term behaviour of the structure,\" the report states.")).toEqual(["Secretariat of Physical Infrastructure"]);
  });

  it("gives 'she' that opens a sentence to the one person the sentence before named, though only as the owner of a son", () => {
    const text = "At the hospital, the medical superintendent, Dr Abdul Hameed Jatoi, said 137 patients had been admitted.\n\n‘Our generator runs on diesel,’ Jatoi said.\n\nBack in the children’s ward, Nazia Bibi’s son had finally fallen asleep. She said she would not go home until the power did.\n\n‘At least here there is sometimes a generator,’ she said.";
    expect(speakersOf(text)).toEqual(["Abdul Hameed Jatoi", "Nazia Bibi"]);
    // (Not the owner of a daughter, who may be "she" herself.)
    expect(speakersOf(text.replace("son had", "daughter had"))).toEqual(["Abdul Hameed Jatoi", "Abdul Hameed Jatoi"]);
  });

  it("reads a chairman as 'he', so that 'she' is someone else", () => {
    const text = "‘We are living in an oven,’ said Nazia Bibi, 34.\n\n‘We have asked Islamabad for funds three times,’ said the council’s chairman, Muhammad Aslam Shaikh.\n\n‘At least here there is sometimes a generator,’ she said.";
    expect(speakersOf(text)).toEqual(["Nazia Bibi", "Muhammad Aslam Shaikh", "Nazia Bibi"]);
  });

  it("gives 'he spoke' inside a sentence to its subject, a name after a role and the field it is of ('Bulls director of rugby Johan Wessels')", () => {
    const text = "Sipho Mahlangu was banned after his tackle on Munster out-half Cormac Dwyer.\n\nBulls director of rugby Johan Wessels did not hide his frustration when he spoke to reporters in Pretoria on Wednesday evening: “We respect the process, but I’ve watched that tackle 50 times.”";
    expect(speakersOf(text)).toEqual(["Johan Wessels"]);
    expect(actorsOfText(text).find((a) => a.name === "Johan Wessels")?.type).toBe("person");
    // (A position in a team is a role: "tighthead prop", "winger".)
    expect(actorsOfText("Bulls tighthead prop Sipho Mahlangu has been suspended for three weeks.").find((a) => a.name === "Sipho Mahlangu")?.type).toBe("person");
    // (Not a team that "who" follows after "the".)
    expect(actorsOfText("The Bulls, who sit fourth in the table with 14 points, travel to Italy.").find((a) => a.name === "Bulls")?.type).not.toBe("person");
  });

  it("gives a verb joined by 'but' to a subject with an apposition, past a participle glued to a place ('A Lagos-based economist, Dr …,')", () => {
    expect(speakersOf("A Lagos-based economist, Dr Kelechi Nwosu of Meridian Economic Consulting, described the removal as “long overdue” but said it should have been “properly sequenced” with measures to protect the poor.")).toEqual(["Kelechi Nwosu", "Kelechi Nwosu"]);
  });

  it("gives words to the body that opens the clause after a phrase naming who signed its communiqué", () => {
    const text = "The Nigeria Labour Congress (NLC) met on Thursday. In a communiqué signed by its acting General Secretary, Ismaila Bello, the NLC described the new price as “a callous act of provocation against Nigerian workers and the poor.”";
    expect(speakersOf(text)).toEqual(["Nigeria Labour Congress"]);
  });

  it("gives 'the statement' to the one of a kind who wrote it ('in a statement by a spokesman, Abdulrahman Lawal,')", () => {
    expect(speakersOf("The Presidency, in a statement by a spokesman, Abdulrahman Lawal, appealed for calm and urged labour to embrace dialogue.\n\n“The President is aware of the pains of the moment,” the statement said.")).toEqual(["Abdulrahman Lawal"]);
  });

  it("reads no words from a hearing that concluded, and an attendant as a person described", () => {
    expect(speakersOf("Sipho Mahlangu had posted a message on Instagram on Tuesday night, hours before the hearing concluded: “Never my intention to hurt anyone.”")).toEqual(["Sipho Mahlangu"]);
    expect(speakersOf("A petrol attendant at a filling station on Ikorodu Road, who spoke on condition of anonymity, said, “Management gave us the new price on Wednesday night.”")).toEqual(["petrol attendant at a filling station"]);
  });

  it("gives 'the group' to the business, not to a body described in lower case as another kind that spoke since", () => {
    const text = "A supermarket group has been fined £61.2 million by the British competition regulator for its part in a cartel.\n\nBrennan & Hale was one of three chains fined by the Competition and Markets Authority (CMA) on Wednesday.\n\nThe regulator said the consultancy had been given immunity from fines.\n\nBrennan & Hale, which has its headquarters in Belfast, operates 64 supermarkets.\n\nIn a statement, the group said it had \"fully cooperated\" with the investigation.";
    expect(speakersOf(text)).toEqual(["Brennan & Hale"]);
  });

  it("hears no words from one reported missing, and reads a name someone 'only wanted to be known as'", () => {
    expect(speakersOf("State deputy police chief Ahmad Fauzi Che Mat told reporters the search for a fisherman reported missing near the river mouth had been hampered.\n\n\"We are asking people not to go near rivers or drains,\" he said.")).toEqual(["Ahmad Fauzi Che Mat"]);
    expect(speakersOf("A food stall operator at the Air Itam market, who only wanted to be known as Ah Keong, says he lost about RM3,000 worth of stock.\n\n“This is my livelihood. Who is going to pay for this?” he asks.")).toEqual(["Ah Keong"]);
  });

  it("gives an investigation's finding to the body whose investigation it was", () => {
    expect(speakersOf("Pacific Coast University said it would review the ruling. The university's investigation dragged on for 14 months and concluded that there was \"insufficient evidence\" to make a finding, the tribunal heard.")).toEqual(["Pacific Coast University"]);
  });

  it("lists no term a passive names with no namer ('often described as the world's largest “river island”'), nor a paper's title in sentence case", () => {
    expect(quotesOf('Residents of Majuli, often described as the world\'s largest "river island", were cut off from the mainland.')).toEqual([]);
    expect(quotesOf('The paper, titled "A new cryptic species of Nymphargus from the Chocó-Andean cloud forest of north-western Ecuador", describes 11 adult males.')).toEqual([]);
    // (A namer set off by a comma describes with an object: "Tunde Alabi, described the rejection as “politically motivated”".)
    expect(speakersOf('The party\'s spokesman, Tunde Alabi, described the rejection as "politically motivated".')).toEqual(["Tunde Alabi"]);
  });

  it("reads 'the Helsinki-based company' as 'the company', and 'the airport' as the airport that spoke", () => {
    expect(speakersOf("Baltic Star Line said on Thursday it would cut 640 jobs.\n\nThe Helsinki-based company said in a statement that it would also take two vessels out of service.\n\n\"The situation for passenger shipping is the most serious in our 30-year history,\" the company said.")).toEqual(["Baltic Star Line"]);
    expect(speakersOf('Railway operator SNCB said only about 30 percent of trains ran. Brussels Airport cancelled all 240 departing flights.\n\n"There will be no departing passenger flights on Monday," the airport wrote on Twitter.')).toEqual(["Brussels Airport"]);
  });

  it("gives 'the festival director' to no film director the text named, an office of another kind", () => {
    expect(speakersOf('The jury, chaired by the South Korean director Park Min-jae, gave the prize. Park told a press conference that the decision had been unanimous.\n\nThe festival director said in a closing statement that this year\'s edition had been "a celebration of cinema that looks the world in the eye".')).toEqual(["festival director"]);
  });

  it("makes a person of a source cited with a role set after the name ('According to Renato Baylon, chief of …,')", () => {
    const text = "According to Renato Baylon, chief of the Albay Public Safety and Emergency Management Office (APSEMO), more than 346,000 residents had been evacuated.\n\n“We evacuated early, that is why the number is not higher,” he said.";
    expect(speakersOf(text)).toEqual(["Renato Baylon"]);
    expect(actorsOfText(text).find((a) => a.name === "Renato Baylon")?.type).toBe("person");
  });

  it("gives 'the 47-year-old … from Blacktown in Sydney's west' to the person last named, no region a compass word opens", () => {
    expect(speakersOf("When Marites Alcaraz finally got through to her brother in the Southern Leyte town of Saint Bernard on Tuesday night, the line was bad.\n\n\"He just said they were alive but the school was gone,\" the 47-year-old aged care worker from Blacktown in Sydney's west says.")).toEqual(["Marites Alcaraz"]);
  });

  it("gives 'the spokesperson' to the one described before as speaking for a body whose name holds 'of' and 'and'", () => {
    const facts = extractArticle(testArticle("A Department of Foreign Affairs and Trade (DFAT) spokesperson said consular officials were in contact with the families. \"Both have since been located and are safe,\" the spokesperson said."));
    expect(facts.quotes.map((q) => facts.actors.find((a) => a.id === q.actor)?.name)).toEqual(["Department of Foreign Affairs and Trade"]);
  });

  it("gives words to a person of a body named after a word for what it is, however long the phrase ('Economist Farieda Essop of the Cape Town-based research group Fiscal Futures')", () => {
    const text = 'Economist Farieda Essop of the Cape Town-based research group Fiscal Futures said the amount was "small change" compared with the budget. "The question is not whether the money exists," she said.';
    expect(speakersOf(text)).toEqual(["Farieda Essop", "Farieda Essop"]);
    expect(actorsOfText(text).find((a) => a.name === "Fiscal Futures")?.type).toBe("organisation");
  });

  it("gives 'it' to a two-word name that spoke through a statement, and 'he' after an opening phrase naming his solicitors to him", () => {
    expect(speakersOf('Wisma Putra said in a statement yesterday that the two Malaysians were in stable condition.\n\n"The consulate-general in Chennai has been in contact with the family," it said.')).toEqual(["Wisma Putra"]);
    const text = 'Mr Declan Moriarty, 62, left the board in 2018. In a statement issued through his solicitors, Harcourt Lane, he said: "This was never about money."';
    expect(speakersOf(text)).toEqual(["Declan Moriarty"]);
    expect(actorsOfText(text).find((a) => a.name === "Harcourt Lane")?.type).toBe("organisation");
  });

  it("reads a trailing 'has found' as an attribution, and a long report's words as the review's that spoke before", () => {
    expect(speakersOf("The surgeon was “treated as a problem to be managed rather than a witness to be heard”, the barrister who led the review has found.")).toEqual(["barrister who led the review"]);
    const text = "A coach gave athletes infusions, an independent review has concluded.\n\nThe 214-page report, published on Tuesday, found that the coach had “crossed every line that a coach should recognise”.";
    expect(speakersOf(text)).toEqual(["independent review"]);
    // (With no study before it, the report as itself, not the city it came out in.)
    expect(speakersOf("The 212-page report, published in Cardiff on Wednesday, concludes that some patients suffered “moderate or severe harm” while waiting.")).toEqual(["212-page report"]);
  });

  it("reads past a channel written with no comma before the subject ('In its consultation paper the regulator said')", () => {
    expect(speakersOf("Data centres use 7 per cent of the power, according to the Energy Market Authority (EMA). In its consultation paper the regulator said the rules would “ensure that the costs of grid reinforcement are borne by those who cause them”.")).toEqual(["Energy Market Authority"]);
  });

  it("gives 'the commissioner' to the one who holds the office, not a building an opening phrase names", () => {
    expect(speakersOf('Commissioner Margaret Holloway found the failure "should have been foreseen and was foreseen".\n\nSpeaking outside Government House, the commissioner told reporters the people of Dargo had been let down.\n\n"They did what they were asked to do," the commissioner said.')).toEqual(["Margaret Holloway", "Margaret Holloway"]);
    // (Still a holder set beside the office, whatever typed the name: "The Suðurnes police commissioner, Sólveig Hauksdóttir,".)
    expect(speakersOf('The Suðurnes police commissioner, Sólveig Hauksdóttir, has extended the evacuation order.\n\n"We understand that people are tired," the commissioner told the Review.')).toEqual(["Sólveig Hauksdóttir"]);
  });

  it("reads past a relative clause set off after an opening phrase ('Delivering the judgment, which lasted nearly three hours, the judge said:')", () => {
    expect(speakersOf('Justice Mercy Larbi-Ayeh convicted Emmanuel Osei-Tutu on Thursday.\n\nDelivering the judgment, which lasted nearly three hours, the judge said: "The prosecution has proved its case."\n\n"The testimonies of the referees were consistent," she added.')).toEqual(["Mercy Larbi-Ayeh", "Mercy Larbi-Ayeh"]);
  });

  it("cuts no long subject inside a name ('Aviation analyst Peter Lindholm of the Stockholm consultancy Nordic Aero Insight')", () => {
    expect(speakersOf('Aviation analyst Peter Lindholm of the Stockholm consultancy Nordic Aero Insight said the merger was "overdue".')).toEqual(["Peter Lindholm"]);
  });

  it("reads a name with two small words inside it as a person's ('Her coach, Johan van der Merwe, said')", () => {
    const text = 'Naledi Mokoena won the 200m final on Saturday.\n\nHer coach, Johan van der Merwe, said Mokoena had trained in a farm dam. "She never once asked to stop," he said.';
    expect(speakersOf(text)).toEqual(["Johan van der Merwe"]);
    expect(actorsOfText(text).find((a) => a.name === "Johan van der Merwe")?.type).toBe("person");
  });

  it("gives 'the bench' to the court the text named", () => {
    const text = 'The Supreme Court of India on Monday ordered states to stop sending workers into sewers, calling the deaths "a standing rebuke to the Constitution".\n\nA three-judge bench headed by Justice Meera Raghunathan also raised the compensation to ₹35 lakh, up from the ₹30 lakh the court had fixed in October 2023.\n\n"The law has prohibited this work since 2013," the bench wrote in its judgment.';
    expect(speakersOf(text)).toEqual(["Supreme Court of India", "Supreme Court of India"]);
  });

  it("gives a paragraph that is only a quotation to the one whose criticism the paragraph before ended on", () => {
    const text = "‘We will pay every claim,’ the insurer said.\n\nThe offer drew sharp criticism from Orla Brennan of the Flood Victims Group, who addressed the meeting.\n\n‘It is an insult to every family here. Nobody will sign it.\n\n‘We want an independent assessor.’";
    expect(speakersOf(text)).toEqual(["insurer", "Orla Brennan"]);
  });

  it("reads 'South African' before a personal name as where the person is from, not part of the name", () => {
    const text = "Kiprono won in 2:01:05. “It was my day,” Kiprono said.\n\nOne of the pacers, South African Sipho Dlamini, posted on Instagram that he had never left the course.\n\n“Check the chip data,” he wrote. South African Airways flew the team home.";
    expect(speakersOf(text)).toEqual(["Kiprono", "Sipho Dlamini"]);
    expect(actorsOfText(text).map((a) => a.name)).toEqual(expect.arrayContaining(["Sipho Dlamini", "South African Airways"]));
  });

  it("reads a name something gives itself as no quotation, 'the governing body' as a body described, and a colon after a clause of 'who'", () => {
    expect(quotesOf("Iten, the town that bills itself as the “Home of Champions”, drew 40 runners, organisers said.")).toEqual([]);
    expect(speakersOf("In a statement issued on Friday, the governing body said it had asked for the data. “The review will take the time it needs,” the statement said.")).toEqual(["governing body"]);
    expect(speakersOf("Kiprono, 26, who crossed the line in Berlin on Sunday to wild celebration, reacted on social media with a single line: “I know what I ran.”")).toEqual(["Kiprono"]);
  });

  it("reads a deckhand as a person described, and a term 'known locally as' as no quotation", () => {
    expect(speakersOf("A Harbour Ferries deckhand watching from the terminal, who asked not to be named, said sailings had been “half-empty all winter.”")).toEqual(["Harbour Ferries deckhand"]);
    expect(quotesOf("That sailing, known locally as “the hospital run,” carried 31 cars a night, according to figures the Islander obtained.")).toEqual([]);
  });

  it("reads 'Const.' (a constable) as a title before a name, not a sentence's end", () => {
    expect(speakersOf("“It stayed peaceful,” said Const. Harjit Dhillon, adding that police had been told in advance.")).toEqual(["Harjit Dhillon"]);
  });

  it("takes no day that opens the sentence without a comma into the subject ('On Wednesday the union tweeted:')", () => {
    expect(speakersOf("The Kenwood Staff Union called a ballot on Monday.\n\nOn Wednesday the union tweeted: “Cuts for us, cushions for them.”")).toEqual(["Kenwood Staff Union"]);
  });

  it("reads an engineering firm's first words as its short name ('Tembusu Infra' for 'Tembusu Infra Engineering')", () => {
    const text = "The digger was run by a sub-contractor of Merlion Civil Engineering, a Singapore firm.\n\nIn an e-mailed statement, Merlion Civil said: “We take safety extremely seriously.”";
    expect(speakersOf(text)).toEqual(["Merlion Civil Engineering"]);
  });

  it("gives a verb of saying inside a reported clause whose subject is 'it' to the one who said so", () => {
    expect(only("The national rail regulator said in a statement on Thursday that it had asked every tram operator “to show within 30 days that their brakes are safe.”").speaker).toBe("national rail regulator");
  });

  it("reads where analysts work as a body, so that 'the firm' is it", () => {
    expect(speakersOf("The River Tamar was polluted again in May.\n\nAnalysts at Hollins Utility Research said the trend was “unmistakable”. In a note to clients, the firm said: “Boards can no longer treat fines as a rounding error.”")).toEqual(["Hollins Utility Research", "Hollins Utility Research"]);
  });

  it("gives 'his sister' to the one the text made his sister, 'The family of …' to the family, and 'what one official described as' to the official", () => {
    expect(speakersOf("His sister, Marie Roy, says the family was told on Wednesday.\n\n“He would hate all this attention,” his sister says.")).toEqual(["Marie Roy"]);
    expect(speakersOf("The family of a Galway nurse held hostage in northern Mali since May have said they are “cautiously hopeful” after the talks.")).toEqual(["family of a Galway nurse"]);
    expect(speakersOf("The family said the talks had entered what one official described as “a serious phase”.")).toEqual(["official"]);
  });

  it("gives the words of a clause of 'who' after a description set off by commas to the person before it", () => {
    expect(speakersOf("“We pray for him,” said Ali Garba, the mayor of Ayorou, who said the engineer had lived there “for almost three years”.")).toEqual(["Ali Garba", "Ali Garba"]);
  });

  it("reads 'The organisers of the Berlin race' as people described, not the city", () => {
    expect(speakersOf("The organisers of the Berlin race said in a statement that the runners were “fully registered pacemakers who had dropped back”.")).toEqual(["organisers of the Berlin race"]);
  });

  it("takes no verb of saying in the infinitive after a quote for its attribution ('“no answer” for ministers to say')", () => {
    expect(speakersOf("Judge Ann Marr ruled that the licence was unlawful. She added that it was “no answer at all” for ministers to say that a later process would catch any harm.")).toEqual(["Ann Marr"]);
  });

  it("reads no plea of guilty as words said, and no party and state set off by commas as the subject ('Sen. Ann Roe, D-Minn.,')", () => {
    expect(speakersOf("Jay Park, for the defence, said the key witness, a former executive who has pleaded guilty and is cooperating with prosecutors, was “a man trying to save himself.”")).toEqual(["Jay Park"]);
    expect(speakersOf("Sen. Ann Roe, D-Minn., who has introduced a bill on drug prices, tweeted on Thursday: “Every family deserves fair prices at the pharmacy.”")).toEqual(["Ann Roe"]);
  });

  it("gives words heard in the passive no speaker, unless a verb of saying before reports the hearing", () => {
    expect(only("The council spent £3m on a system that councillors were told would make it “safer than ever before”.").speaker).toBeNull();
    expect(speakersOf("The agency issued a statement on Monday.\n\nThe statement added that villagers had been warned through local radio “since the last week of August”.")).toEqual(["agency"]);
    expect(speakersOf("Nadia Osei said the agency was warned in May, but that the flood came “much faster than anybody expected”.")).toEqual(["Nadia Osei"]);
  });

  it("reads 'a former Brightline teammate' as a person described, not the team", () => {
    expect(speakersOf("Brightline was fined. A former Brightline teammate, now riding for a French team, said he was “not surprised at all” by the ruling.")).toEqual(["Brightline teammate"]);
  });

  it("takes the name after 'Lukas Brenner of Frankfurt-based broker' for a firm, so that the person speaks", () => {
    expect(speakersOf("In a note on Friday, Jonas Keller of Zurich-based broker Albrecht Maier wrote that the strike was ‘a cost problem, not a strategic one’.")).toEqual(["Jonas Keller"]);
  });

  it("takes 'he' for one whose office and courtesy title are set before his name as a sentence's subject", () => {
    const text = "Another passenger, Mr Sola Adeyemi, said he would miss a wedding. “This is very painful,” Adeyemi said.\n\nThe airline's Country Manager for Kenya, Mr Piet Janssen, in an interview with our correspondent, apologised to passengers.\n\nHe said, “We sincerely apologise to all our customers.”";
    expect(speakersOf(text)).toEqual(["Sola Adeyemi", "Piet Janssen"]);
  });

  it("takes no time before the verb into a subject a participle shares ('A labour court in Munich late on Tuesday night turned down …, ruling')", () => {
    expect(only("A district court in Lyon late on Friday night rejected the request, ruling that the ban was “neither unfair nor unlawful”.").speaker).toBe("district court in Lyon");
  });

  it("gives 'a spokesperson for the bureau' (or league, association, board) the body the text named", () => {
    expect(speakersOf("The Insurance Bureau of Canada said damage reached $720 million.\n\n“Keep your receipts,” said a spokesperson for the bureau.")).toEqual(["spokesperson for the Insurance Bureau of Canada"]);
  });

  it("reads 'Coroner' as a title before a name, and 'the coroner' as the one who holds it", () => {
    const text = "A coroner has found delays contributed to the death.\n\nCoroner Ruth Allbright's findings, released today, say the ambulance took 55 minutes.\n\n“Had she been moved earlier, she would have survived,” the coroner says.";
    expect(speakersOf(text)).toEqual(["Ruth Allbright"]);
  });

  it("takes 'it' for someone's office that opens the paragraph, though the text never names it", () => {
    const text = "The Ohio Environmental Protection Agency said the permit was valid.\n\nThe Ohio governor’s office welcomed the plant. “This is the largest investment in the county’s history,” it said in a statement.";
    expect(speakersOf(text)).toEqual(["Ohio governor’s office"]);
  });

  it("names one who gave only a description of themselves by that description ('identified himself only as a retired welder')", () => {
    expect(speakersOf("A woman who identified herself only as a retired welder told the hearing she backed the plan. “I want work for my grandchildren,” she said.")).toEqual(["retired welder"]);
  });

  it("reads one person and what they were doing where as one subject ('a woman leaving St Anne’s Church after Mass said')", () => {
    expect(only("In Galway, a woman leaving St Anne’s Church after 11 o’clock Mass said: “We trusted him completely.”").speaker).toBe("woman");
  });

  it("reads a capitalised word ending in -ing inside a body's name as part of the name, not what its people are doing ('The Road Services Negotiating Board said')", () => {
    expect(only("The Road Services Negotiating Board said it was “deeply concerned” by the cuts.").speaker).toBe("Road Services Negotiating Board");
  });

  it("takes no conjunction of a clause set off by a comma into the subject ('…, where his barrister argued')", () => {
    expect(only("Mr Dale, 64, appeared in court on Monday, where his barrister argued that a retrial would be “unfair and oppressive” to him.").speaker).toBe("barrister");
  });

  it("gives 'the seven judges' to the court the text named, and takes 'claims' after a verb in the past for a noun", () => {
    const text = "The High Court dismissed the appeal on Friday.\n\nThe five judges also rejected claims that the ballots had been altered, saying the evidence was “thin to the point of invisibility”.";
    expect(speakersOf(text)).toEqual(["High Court"]);
  });

  it("reads 'Another said' as another of the kind last described, by its head noun ('a trader who sells second-hand shoes', 'one of the women')", () => {
    expect(speakersOf("“We were told to sign,” a trader who sells second-hand shoes told the paper. Another said that nobody would walk six kilometres “to buy one cabbage”.")).toEqual(["trader who sells second-hand shoes", "another trader"]);
    expect(speakersOf("Five of the six women read victim impact statements.\n\n“I was 12 years old the first time,” one wrote. Another said she quit the sport at 15 and told her parents she had “lost interest in it for good”.")).toEqual(["one of the women", "another woman"]);
  });

  it("takes 'claims' right after 'said' or an owner for a noun ('A spokesman for the club said claims “continue to be assessed”')", () => {
    expect(only("Harbourline Mutual confirmed it had posted a letter of undertaking. A spokesman for the club said claims “continue to be assessed” and declined to comment further.").speaker).toBe("spokesman for the club");
    // Or right after an owner: the things are the owner's, and the subject before describes them.
    expect(speakersOf("Rattray’s solicitor, Fiona Duthie, said her client would appeal.\n\nShe described Mr Lumsden’s claims as “the bitter words of a former employee” and said they would be challenged.")).toEqual(["Fiona Duthie"]);
  });

  it("gives words to the name a relative clause says the subject calls itself ('the group, which calls itself BlackFern, wrote:')", () => {
    expect(speakersOf("The gang behind the attack on Mid-Shannon University Hospital has dumped the data.\n\nIn a post on its leak site, the group, which calls itself BlackFern, wrote: \"The hospital chose to sacrifice its patients. Every file is now public.\"")).toEqual(["BlackFern"]);
  });

  it("lists no title in sentence case after the noun for a work ('the booklet ‘Competing fairly in grocery supply’')", () => {
    expect(quotesOf("Carrow says the association will build on the CMA's existing booklet 'Competing fairly in grocery supply', before the end of April. 'We will be clear,' he said.").map((q) => q.text)).toEqual(["We will be clear,"]);
  });

  it("lists no document's title set off after when it came out, and gives an office a place owns to the office, not the place", () => {
    expect(quotesOf("But a government review published in 2024, “Water for All by 2030”, found that only 58% of households had safe water.")).toEqual([]);
    // When a work came out tells of no quotation in the next paragraph.
    expect(quotesOf("The outbreak began with a galley worker, the institute has concluded in a review published on Thursday.\n\n\"The investigation indicates that a crew member had symptoms,\" the report says.").map((q) => q.text)).toEqual(["The investigation indicates that a crew member had symptoms,"]);
    expect(speakersOf("New Zealand's Health Minister said on Wednesday the government would not be “held to ransom” by the unions.")).toEqual(["Health Minister"]);
  });

  it("reads past the second verb of a clause that keeps someone unnamed, joined by 'and'", () => {
    expect(speakersOf("A nurse from Manchester who now works in an Auckland hospital, and asked not to be named because she is on a work visa, said she felt torn. “I don’t want to let my patients down. But if I don’t stand with my colleagues now, when will I?”")).toEqual(["nurse from Manchester"]);
  });

  it("gives 'it' to a name that called itself 'it' as it spoke ('Wisma Putra said … that it had been providing')", () => {
    expect(speakersOf('Kumaresan was arrested in October 2019, India said.\nWisma Putra said in a statement yesterday that it had been providing consular assistance to Kumaresan.\n"The High Commission will continue to monitor the case closely," it said.').slice(-1)).toEqual(["Wisma Putra"]);
  });

  it("reads no verb of saying glued by a hyphen to a word before it ('the much-praised early warning system')", () => {
    expect(speechVerbs("the country's much-praised early warning system").map((v) => v.verb)).toEqual([]);
    const text = "Cyclone Ketaki made landfall before midnight.\n\nDr Nazmul Ahsan, an engineer in Dhaka, says Ketaki exposed a gap between the country’s much-praised early warning system and the business of building defences.\n\n‘We have become very good at moving people out of the way,’ he says.";
    expect(speakersOf(text)).toEqual(["Nazmul Ahsan"]);
  });

  it("gives 'the union' to a workers' association named in the paragraph before, no union named", () => {
    expect(speakersOf("The strike was called by the Laurentian Pilots' Association, which represents 640 pilots, after talks collapsed.\n\nIn a statement, the union said pilots had been “pushed too far” by schedules.")).toEqual(["Laurentian Pilots' Association"]);
  });

  it("gives 'a company spokeswoman' to the business that spoke in the paragraph before", () => {
    expect(speakersOf("Clarion Health Systems sells the software.\n\nIn a statement, Clarion said it had “notified all affected customers promptly”.\n\n“We take the security of our products extremely seriously,” a company spokeswoman said Tuesday.").slice(-1)).toEqual(["company spokeswoman for Clarion Health Systems"]);
  });

  it("gives 'a commission spokesperson' to the body of that kind last named, where none spoke or opened a sentence", () => {
    const text = "The objects stay in Zurich under an agreement with Nigeria's National Commission for Museums and Monuments.\n\nThe commission welcomed the decision. “This is a good example for others,” a commission spokesperson said.";
    expect(speakersOf(text)).toEqual(["commission spokesperson for the National Commission for Museums and Monuments"]);
  });

  it("takes no building for the council a spokesperson speaks for ('Photograph: Council House, Coventry')", () => {
    const text = "Coventry City Council has obtained an injunction.\n\nPhotograph: Council House, Coventry. The systems have been offline since November.\n\nA council spokesperson said the advice had been “substantially implemented”.";
    expect(speakersOf(text)).toEqual(["council spokesperson for the Coventry City Council"]);
  });

  it("reads the person before a department they work in as the one 'she' means ('A nurse in the cardiology department at Le Havre')", () => {
    const text = "“We isolated the entire network,” Claire Montreuil told reporters on Monday.\n\nA nurse in the cardiology department at Le Havre said the first night was “chaotic”.\n\n“We had no lab results on screen, no imaging,” she said.";
    expect(speakersOf(text).slice(-1)).toEqual(["nurse in the cardiology department at Le Havre"]);
  });

  it("reads a player by a rugby position written as one word ('Former Wales scrumhalf Rhys Talfan, 46,')", () => {
    expect(speakersOf("Former Wales scrumhalf Rhys Talfan, 46, one of the lead claimants, said: “It’s not a victory. Nobody wins here.”")).toEqual(["Rhys Talfan"]);
  });

  it("gives the words to the person named after someone's or a body's description and a side or a title", () => {
    expect(speakersOf("Declan Murphy spoke on Monday.\n\nHis former Harlequins team-mate, the Wales lock Gethin Rowlands, wrote on Twitter on Wednesday: “Proud of my mate Declan for speaking out.”")).toEqual(["Gethin Rowlands"]);
    expect(speakersOf("The WRFA’s own expert, neuropathologist Professor Graham Tasker, said in his statement that the link “remains the subject of genuine scientific debate”.")).toEqual(["Graham Tasker"]);
  });

  it("gives 'it' to the body that opens the paragraph with an auxiliary, though its name is shaped like a person's", () => {
    const text = "The Santa Rosa Technical Commission said the bridge had “failed in every respect”.\n\nNorthline Rail did not respond to requests for comment. In a statement issued when the report was published, it said it had “initiated a complete review of its inspection protocols”.";
    expect(speakersOf(text)).toEqual(["Santa Rosa Technical Commission", "Northline Rail"]);
  });

  it("reads a judge's form of address as the judge's pronoun ('Her Honour described the conduct as')", () => {
    expect(speakersOf("In a judgment handed down on Friday, Justice Helen Marchetti found that the firms had fixed prices.\n\nHer Honour described the conduct as “opportunistic and callous”.")).toEqual(["Helen Marchetti"]);
    // (After the quotation, in lower case.)
    expect(speakersOf("In her written judgment, Justice Margaret O’Halloran said the conduct was avoidable.\n\n“The bank’s systems failed, but so did its people,” her Honour wrote.")).toEqual(["Margaret O’Halloran"]);
  });

  it("gives 'the fire marshal' to the one who holds the office", () => {
    expect(speakersOf("Harris County Fire Marshal Daniel Okafor said the fire was under control.\n\n“We are not out of the woods,” the fire marshal told reporters.")).toEqual(["Daniel Okafor"]);
  });

  it("gives 'the statement', 'the filing' or 'the report' to whoever the text said put it out", () => {
    expect(speakersOf("According to a statement by the country's prison service, the violence began during a search.\n\n“Security forces have retaken full control of the centre,” the statement said.")).toEqual(["country's prison service"]);
    expect(speakersOf("Orchid Foods said its subsidiary had been asked to hand over documents.\n\nIn a filing to the Singapore Exchange, the group said the unit received a notice on Monday.\n\n“The company is not a target of the investigation,” the filing said.")).toEqual(["Orchid Foods"]);
    expect(speakersOf("The Pipeline Safety Board (PSB) released its final report on the incident on Tuesday.\n\n“The program existed largely on paper,” the report states.")).toEqual(["Pipeline Safety Board"]);
  });

  it("gives 'the corporation', 'the journal' or 'the spa' to the body named with that word or right before it", () => {
    expect(speakersOf("The Dhaka North City Corporation said it had deployed 1,200 workers. In a statement, the corporation said residents must “take responsibility for their own rooftops”, where rainwater collects.")).toEqual(["Dhaka North City Corporation"]);
    expect(speakersOf("The findings were published in the Journal of Tropical Herpetology on Monday.\n\nThe journal described the paper as “a model of integrative taxonomy”, combining DNA sequencing.")).toEqual(["Journal of Tropical Herpetology"]);
    expect(speakersOf("About 700 guests were evacuated from the nearby Blue Lagoon spa. The spa said in a statement that the evacuation had “gone smoothly and fully according to our plan” and that it would stay closed.")).toEqual(["Blue Lagoon"]);
  });

  it("gives 'the regulator' to the authority named before, not to the platform it posted on", () => {
    expect(speakersOf("The Dutch Data Protection Authority (AP) said it had received a notification on 9 April. In a post on X, the regulator wrote: “We are investigating the data breach at Voltana.”")).toEqual(["Dutch Data Protection Authority"]);
  });

  it("gives 'the group' to the business, not to an authority that spoke since", () => {
    const text = "Brennan & Hale was fined £61 million by the Competition and Markets Authority on Wednesday.\n\nThe regulator said the cartel had “cost shoppers dearly”.\n\nBrennan & Hale operates 64 supermarkets.\n\nIn a statement, the group said it had “fully cooperated” with the investigation.";
    expect(speakersOf(text)).toEqual(["Competition and Markets Authority", "Brennan & Hale"]);
  });

  it("gives 'the Utrecht-based company' to the business an apposition called one of its kind, not to the words themselves", () => {
    const text = "Alvera, one of the largest health insurers in the Netherlands, said on Friday that criminals had stolen data.\n\nIn a statement on its website, the Utrecht-based company said the attackers had gained access to a server.\n\n“We deeply regret that this has happened,” the company said.";
    expect(speakersOf(text)).toEqual(["Alvera"]);
  });

  it("takes no speaker from the clause of a participle with 'that' after the quote ('…,” arguing that Quebec universities')", () => {
    expect(speakersOf("Bill 47 passed on Wednesday.\n\nHigher Education Minister Isabelle Ferland called the vote “a responsible choice for the next generation,” arguing that Quebec universities are underfunded.")).toEqual(["Isabelle Ferland"]);
  });

  it("reads an apology as words said, and a pronoun after an opening phrase with no comma as its subject", () => {
    const text = "A court in Munich jailed art dealer Anton Reisacher for six years on Friday.\n\nReisacher showed no emotion as the sentence was read. In a brief statement earlier in the trial he had apologised to the buyers: “I told myself that nobody was hurt.”";
    expect(speakersOf(text)).toEqual(["Anton Reisacher"]);
  });

  it("gives a panel a court sits as, and its judges, to the court ('Court of Second Instance … the three-judge panel said')", () => {
    const text = "Macau’s Court of Second Instance has upheld the conviction.\n\nIn its judgment, the three-judge panel said the evidence was “clear, consistent and corroborated”.\n\n“The appellant held a position of particular trust,” the judges wrote.";
    expect(speakersOf(text)).toEqual(["Court of Second Instance", "Court of Second Instance"]);
    expect(speakersOf("The union appealed to the Court of Arbitration for Sport (CAS). Last month, a three-member CAS panel dismissed the appeal. In its award, the panel said it “cannot substitute its own assessment of a boxing contest”.")).toEqual(["Court of Arbitration for Sport"]);
    expect(speakersOf("He appealed to the Court of Arbitration for Sport. In its ruling, the three-member panel disagreed. “The panel is not persuaded,” the ruling said. In it, the three-member panel wrote that his explanation was “not credible”.").slice(-1)).toEqual(["Court of Arbitration for Sport"]);
  });

  it("gives 'she' to a waitress who spoke in the sentence before, not to the mayor who spoke earlier", () => {
    expect(speakersOf("“We will keep the shelters open,” Mayor Marisa Gallardo said.\n\nOutside a supermarket, a waitress who did not want to give her name said she had two shifts this week. “My mother is 78 and she cannot cope with this heat,” she said.")).toEqual(["Marisa Gallardo", "waitress"]);
  });

  it("shares the subject with a verb joined by 'and' and an adverb ('… and later described conditions there as')", () => {
    expect(speakersOf("The regional ombudsman visited the school the following day and later described conditions there as “incompatible with the right to education”.")).toEqual(["regional ombudsman"]);
  });

  it("keeps a body's name whole across its 'and' as the subject ('the Australian Search and Rescue Authority said')", () => {
    expect(speakersOf("“The ship is in no immediate danger,” the Australian Search and Rescue Authority said in a statement.")).toEqual(["Australian Search and Rescue Authority"]);
  });

  it("gives what a participle 'citing' quotes to the sentence's subject ('One credit-rating firm placed …, citing “…”')", () => {
    expect(speakersOf("One credit-rating firm placed the company's ratings on review on Tuesday, citing “heightened regulatory uncertainty in its most important market.”")).toEqual(["credit-rating firm"]);
  });

  it("gives the words to the person named after a description, with an age before the role ('A survivor, 27-year-old garment worker Shirin Akter,')", () => {
    expect(speakersOf("A survivor, 27-year-old garment worker Shirin Akter, told The Daily Star that the ferry tilted. “People were screaming,” she said.")).toEqual(["Shirin Akter"]);
  });

  it("gives 'he' to a country's office that opens a sentence since the last sayer ('Peru's prime minister flew to Arequipa')", () => {
    expect(speakersOf("“It was a shallow quake,” the US Geological Survey said.\n\nPeru's prime minister flew to Arequipa on Tuesday morning. “The state is here and it will stay here,” he said.")).toEqual(["US Geological Survey", "Peru's prime minister"]);
  });

  it("reads a colon after a person's clause past when and where the words went out ('… on Thursday night in an interview with Kildare local radio:')", () => {
    expect(speakersOf("Declan Furlong was banned for six months. Furlong struck a defiant tone on Thursday night in an interview with Kildare local radio: “I am not a cheat and I will say that until the day I die.”")).toEqual(["Declan Furlong"]);
  });

  it("reads a police prefecture as a body and an attaché as a person", () => {
    expect(speakersOf("In Paris, police arrested 47 people. “A minority of violent individuals tried to hijack a peaceful demonstration,” the Paris police prefecture said in a post on X.")).toEqual(["Paris police prefecture"]);
    expect(speakersOf("The embassy had received dozens of inquiries.\n\n“Most of them want to know one thing,” the attaché said.")).toEqual(["attaché"]);
  });

  it("reads a body's remit listed with commas as one name in its spokesperson's description ('a spokesperson for the Foreign, Commonwealth and Development Office')", () => {
    const text = "The Foreign, Commonwealth and Development Office said it was in contact with the authorities. A spokesperson for the Foreign, Commonwealth and Development Office said the UK was “urgently assessing” needs.";
    const facts = extractArticle(testArticle(text));
    expect(facts.quotes.map((q) => [q.speaker, facts.actors.find((a) => a.id === q.actor)?.name])).toEqual([["spokesperson for the Foreign, Commonwealth and Development Office", "Foreign, Commonwealth and Development Office"]]);
    // (… and so is the body a bare "a spokesperson" speaks for.)
    expect(speakersOf("The Foreign, Commonwealth and Development Office said it was in contact with the authorities. A spokesperson said: “Our staff are supporting British people.”")).toEqual(["spokesperson for the Foreign, Commonwealth and Development Office"]);
  });

  it("gives a report's words to whom a description before the name says wrote it ('The report, written by former NHS England director Dr Fiona Maddox and published on Monday, said'), and so a later 'it said'", () => {
    const text = "An independent report has found that patients were left off the lists.\n\nThe report, written by former NHS England director Dr Fiona Maddox and published on Monday, said the practice was “systematic and sustained”.\n\n“Patients were removed from the list to improve the board’s performance,” it said.";
    expect(speakersOf(text)).toEqual(["Fiona Maddox", "Fiona Maddox"]);
  });

  it("takes no one named inside a quotation for the 'he' who says it", () => {
    const text = "The contest pits the interim chief, Zafar Iqbal Sheikh, against former Test captain Adnan Rauf. Sheikh’s camp has accused Rauf’s supporters of “judicial adventurism”, while Rauf has described the committee as “an unelected club”.\n\nReached by phone in Karachi, Rauf welcomed the appointment.\n\n“We asked for a neutral person. If Advocate Mokoena applies the constitution as it is written, we have nothing to fear,” he said.";
    expect(speakersOf(text).at(-1)).toBe("Adnan Rauf");
    expect(speakersOf("“If Advocate Mokoena applies the constitution as it is written, we have nothing to fear,” he said.")).toEqual([null]);
  });

  it("reads an apposition headed by a noun for what someone does as describing the name before it ('lead author Maren Holt, a glaciologist at the University of Copenhagen, said')", () => {
    expect(speakersOf("“We expected to find some water under the ice,” lead author Maren Holt, a glaciologist at the University of Copenhagen, said.")).toEqual(["Maren Holt"]);
  });

  it("gives an office to the office-holder who spoke just before in the paragraph ('Regula Baumgartner, the head of … department, said …. “…,” the cantonal minister said')", () => {
    const text = "Regula Baumgartner, the head of the canton's economic affairs department, said the canton had offered tax relief. “We are disappointed,” the cantonal minister said in a written statement.";
    expect(speakersOf(text)).toEqual(["Regula Baumgartner"]);
    // (Or in the paragraph before, when a quotation opens this one; "to" whom an office serves makes a person of the name.)
    expect(speakersOf("Responding for the government, the Economic Secretary to the Treasury, Martin Ashworth, said the bill would give the regulator “new powers”.\n\n“We recognise that cash continues to matter,” the minister said.")).toEqual(["Martin Ashworth", "Martin Ashworth"]);
    // (Not for one who holds no office.)
    expect(speakersOf("Peter Muller, a lawyer for the workers, said the deal was bad. “We are disappointed,” the cantonal minister said.")).toEqual(["cantonal minister"]);
  });

  it("reads a body named after a description by what it does as the subject ('…, the developer, Annapurna Hydro Ventures, said in a statement. It said')", () => {
    const text = "Survivors said they had lost everything. The flood also damaged a hydropower plant upstream, the developer, Annapurna Hydro Ventures, said in a statement. It said the extent of the damage “cannot be assessed until the river recedes”.";
    expect(speakersOf(text)).toEqual(["Annapurna Hydro Ventures"]);
  });

  it("reads 'her' before a noun that ends an inverted attribution as the speaker's owner, not the verb's object ('said her brother, Fredrick Ouma')", () => {
    const text = "The family of Beatrice Achieng said they were told on Sunday. “She used to cross every two weeks,” said her brother, Fredrick Ouma. “She knew those waters.”";
    expect(speakersOf(text)).toEqual(["Fredrick Ouma", "Fredrick Ouma"]);
  });

  it("reaches back over 'into' and to an owner that opens a long subject ('Tanzania's commission of inquiry into the capsize of … on Lake Victoria has found')", () => {
    const text = "Tanzania's commission of inquiry into the capsize of the passenger ferry MV Ukara Pride on Lake Victoria has found that the vessel was overloaded, saying it was “unstable before she left the quay”.";
    expect(speakersOf(text)).toEqual(["Tanzania's commission of inquiry into the capsize of the passenger ferry MV Ukara Pride on Lake Victoria"]);
  });

  it("reads 'alleged' before the noun it qualifies as an adjective, so a term in quotation marks after it is no quotation", () => {
    expect(quotesOf("Auditors are examining alleged “ghost workers” on the county payroll.")).toEqual([]);
    expect(speakersOf("“The accounts were doctored,” the auditor alleged in her report.")).toEqual(["auditor"]);
  });

  it("reads a participle between an owner and a noun as an adjective ('the board's stated reasons'), so the judgment speaks for the judge who gave it", () => {
    const text = "In a reserved judgment published on Monday, Employment Judge Rebecca Caldwell said the board's stated reasons for the dismissal did not stand up to scrutiny.\n\n“We are satisfied that the principal reason for the dismissal was the disclosures,” the judgment says.";
    expect(speakersOf(text)).toEqual(["Rebecca Caldwell"]);
    // (Where "'s" is "has", the participle is the verb.)
    expect(speakersOf("“We will fight,” the board's said in a statement.")).toEqual(["board's"]);
  });

  it("gives 'the undersecretary' to the person titled so, and takes no participle opening the sentence for its subject ('Speaking to reporters after the meeting, the undersecretary said')", () => {
    expect(speakersOf("Undersecretary of Transport Lorena Ibanez met union leaders in Santiago on Thursday. Speaking to reporters after the meeting, the undersecretary said the government was “willing to study” the proposal.")).toEqual(["Lorena Ibanez"]);
    expect(speakersOf("Officials met union leaders in Santiago on Thursday. Speaking to reporters after the meeting, the undersecretary said the government was “willing to study” the proposal.")).toEqual(["undersecretary"]);
  });

  it("reads a place before the noun for a document as what the document is about, not its speaker ('‘…’: Lagos collapse report blames officials')", () => {
    expect(speakersOf("‘They were told to keep working’: Lagos collapse report blames officials and builder\n\nThe report was released on Tuesday in Lagos.")).toEqual(["Lagos collapse report"]);
  });

  it("gives a document's words to the subject that told others something in it ('Cordillera Shipping … told customers in an advisory …. “…,” the advisory said')", () => {
    expect(speakersOf("Cordillera Shipping, which runs a weekly service to South America, told customers in an advisory on Monday that its next three sailings would skip San Antonio.\n\n“We regret the inconvenience,” the advisory said.")).toEqual(["Cordillera Shipping"]);
  });

  it("takes no place that only locates or qualifies what a phrase names for its speaker ('The South African embassy in Rome said', 'a statement by the Florence branch of the Carabinieri')", () => {
    const text = "The painting was found in Rome and taken to Florence. The South African embassy in Rome said on X that it was “delighted” by the news.";
    expect(speakersOf(text)).toEqual(["South African embassy in Rome"]);
    const statement = "The painting was found in Florence last week.\n\nAccording to a statement by the Florence branch of the Carabinieri cultural heritage unit, officers traced the painting.\n\n“The restorer recognised the painting from the images we had circulated,” the statement said.";
    expect(speakersOf(statement)).toEqual(["Carabinieri"]);
    // (A body whose name only looks like a place's still speaks; a people's adjective left over is no one.)
    expect(speakersOf("Analysts at Cape Meridian Research warned in a report published on Tuesday that the cedi remained vulnerable. “An easing cycle this aggressive leaves little room for error,” the report said.")).toEqual(["Cape Meridian Research"]);
    expect(speakersOf("Dublin solicitor Aoife Brennan said the Irish system offered no equivalent of New Zealand's bar on personal injury claims.\n\n“Every union in the world should be reading this judgment,” she said.")).toEqual(["Aoife Brennan"]);
  });

  it("reads 'the mayor's office' in a reduced relative as a body, and 'Deputy mayor for the economy Laia Ferrer Puig' as a sentence's subject", () => {
    const text = "The city council voted on Tuesday to double the surcharge, a measure the mayor's office said would raise an extra €40 million a year.\n\nDeputy mayor for the economy Laia Ferrer Puig defended the increase in the council chamber. “Tourism brings wealth to Barcelona, but it also brings costs,” she said.";
    expect(speakersOf(text)).toEqual(["Laia Ferrer Puig"]);
  });

  it("gives an office to its holder who opens a sentence of the paragraph, ahead of another holder heard before ('Ngozi Adeyemi, director of museums at the NCMM, welcomed the decision. “…,” the director said')", () => {
    const text = "Museum director Fiona Aldred said the decision followed a review. “The way this object came to Sheffield was theft,” Aldred told the Guardian.\n\nNgozi Adeyemi, director of museums at the NCMM, welcomed the decision. “This is how partnership should look,” the director said in a written statement.";
    expect(speakersOf(text)).toEqual(["Fiona Aldred", "Ngozi Adeyemi"]);
  });

  it("gives 'it' to the body a lower-case noun opened the sentence before with, where this one only says when or how ('The company denied the claims. In a statement on Friday it said'), never to a person described", () => {
    const text = "The mine's operator, Karaelmas Enerji Madencilik, has come under pressure.\n\nA 29-year-old worker who asked not to be named said: ‘Everyone knew the gas readings were high last week.’\n\nThe company denied the claims. In a statement on Friday it said that all sensors ‘were operational and calibrated in accordance with regulations’.";
    expect(speakersOf(text)).toEqual(["29-year-old worker", "Karaelmas Enerji Madencilik"]);
  });

  it("gives 'he' to the kin a pronoun's owner opens a sentence with, as the text named that kin ('her grandson Tyler …¶Her grandson is less relaxed about it')", () => {
    const text = "“I wasn’t going to let a fire get me,” says 91-year-old Alma Pryce, who was driven out by her grandson Tyler, 19.\n\nHer grandson is less relaxed about it. “I have never driven that fast in my life,” he says.";
    expect(speakersOf(text)).toEqual(["Alma Pryce", "Tyler"]);
  });

  it("makes a business of a name set beside 'one of Ireland's largest … operators'", () => {
    const text = "DUBLIN, March 19 (Reuters) - Cairn Health, one of Ireland's largest private hospital operators, has postponed hundreds of operations after a cyberattack, the company said on Wednesday.\n\nThe Dublin-based group said it detected “suspicious activity” on its network on Saturday.\n\n“Patient safety is our first priority,” Cairn Health said in a statement.";
    expect(actorsOfText(text).find((a) => a.name === "Cairn Health")?.type).toBe("organisation");
  });

  it("makes a person of the name set after an office whose remit is listed with commas ('The Minister for Arts, Heritage and the Gaeltacht, Siobhán Kearns,'), whom 'the minister' then means", () => {
    const text = "The Minister for Arts, Heritage and the Gaeltacht, Siobhán Kearns, defended the cut on Tuesday.\n\nSpeaking on local radio this morning, the minister said the current funding model was “not sustainable”.";
    expect(speakersOf(text)).toEqual(["Siobhán Kearns"]);
  });

  it("gives 'the sheriff' to the person titled so named since 'a sheriff' spoke ('A sheriff has ruled …. Sheriff Principal Fiona McLachlan's determination …')", () => {
    const text = "A police marksman acted reasonably, a sheriff has ruled.\n\nSheriff Principal Fiona McLachlan's determination was published on Wednesday.\n\nIn her 94-page determination, the sheriff wrote: “The tragedy of this case is that the police had information.”";
    expect(speakersOf(text)).toEqual(["Fiona McLachlan"]);
  });

  it("gives 'he' to the unnamed person the sentence before heard from ('the inquiry heard from a firearms tactical adviser, who cannot be named …. He said')", () => {
    const text = "Aidan Mulvey was shot dead in 2016. His mother said he had been “frightened”, and she told the inquiry: “He was crying.”\n\nEarlier on Wednesday the inquiry heard from a firearms tactical adviser, who cannot be named for legal reasons. He said the officers had been told the suspect was armed.\n\n“On the information those officers had, they had to treat it as a live firearm,” he said.";
    expect(speakersOf(text).at(-1)).toBe("firearms tactical adviser");
  });

  it("reads the head of 'a rubber glove exporter' as the exporter, the word before only saying what kind", () => {
    expect(speakersOf("A rubber glove exporter in Kulim, who declined to be named, said the surcharge had “wiped out” his profit.")).toEqual(["rubber glove exporter in Kulim"]);
  });

  it("gives 'the university' to an institute of technology the text named", () => {
    const text = "A researcher at the Saarland Institute of Technology has been accused of plagiarism.\n\nThe university, in a statement, said it “takes all allegations of scientific misconduct seriously”.";
    expect(speakersOf(text)).toEqual(["Saarland Institute of Technology"]);
  });

  it("ends a role word at a letter past the ASCII ones ('A labour attaché, who spoke on condition of anonymity, said')", () => {
    expect(speakersOf("A labour attaché, who spoke on condition of anonymity, said the embassy had received “a few dozen” inquiries.")).toEqual(["labour attaché"]);
  });

  it("gives 'a company spokeswoman' to the business that opens her paragraph, not to a union that spoke in the one before", () => {
    const text = "The Plumbing Union said the outage was the result of cost-cutting. “You cannot sack half your engineers,” a union spokesman said. Bluegum cut its engineering staff by 45%, according to the union.\n\nBluegum disputed that characterisation. “Our engineering capability is larger today than ever,” a company spokeswoman said.";
    expect(speakersOf(text)).toEqual(["union spokesman for the Plumbing Union", "company spokeswoman for Bluegum"]);
  });

  it("takes the family of someone, however long the description, or a family 'who include' named members, as the subject", () => {
    expect(speakersOf("The family of a British father killed in an avalanche at the Swiss ski resort of Verbier have described him as “the heart of everything we did”.")).toEqual(["family of a British father"]);
    expect(speakersOf("Richard Alcott died on Sunday. The family, who include Mr Alcott's wife, Sarah, and their daughter, Ellie, 16, asked for privacy “at this desperately sad time”.")).toEqual(["family"]);
  });

  it("gives 'the company' to a body with a chief executive before one named more often", () => {
    const text = "Snow fell on Sunday, the Rhone Valley Observatory reported. The Rhone Valley Observatory has warned of more.\n\nBelalp Bahnen chief executive Corinne Imboden says the run had been checked.\n\nThe company says the area will stay closed “until further notice”.";
    expect(speakersOf(text)).toEqual(["Belalp Bahnen"]);
  });

  it("gives 'the Eldoret-born rider' to the person last named", () => {
    expect(speakersOf("Brian Kiprono Mutai was among the riders stopped by protesters. “I had been training for this in Iten since January,” the Eldoret-born rider said.")).toEqual(["Brian Kiprono Mutai"]);
  });

  it("gives an office to the person set off by commas after it, and reads 'one of' a group as an apposition", () => {
    expect(speakersOf("The Lord Mayor, Cllr Tomás Keohane, who chaired the meeting, appealed for calm. After the vote, the Lord Mayor said: “This was a responsible budget in very difficult times.”")).toEqual(["Tomás Keohane"]);
    expect(speakersOf("Independent councillor Kieran Dineen, one of the two Independents who supported the budget, said he had voted for it “with a heavy heart and a clear conscience”.")).toEqual(["Kieran Dineen"]);
  });

  it("keeps the speaker before the quote when a news agency after it only reported the words", () => {
    expect(speakersOf("A police spokeswoman told reporters in Busan that the player had been questioned “as a witness and not as a suspect,” according to the Yonhap news agency.")).toEqual(["police spokeswoman"]);
  });

  it("gives 'the filing' to the body that spoke in one, past an apposition ('In a filing …, Lumina DC Management, the trust's manager, said')", () => {
    expect(speakersOf("In a filing to the Singapore Exchange yesterday, Lumina DC Management, the trust's manager, said the plan had been rejected.\n\n“The manager is disappointed with the decision,” the filing said.")).toEqual(["Lumina DC Management"]);
  });

  it("reads a colon after a person's clause past an opening phrase of where the words went out ('On Twitter, … welcomed the debate:')", () => {
    expect(speakersOf("On Twitter, Scottish Cycling chief executive Graham Eadie welcomed the debate: “The Crow Road is one of the great climbs in Scotland.”")).toEqual(["Graham Eadie"]);
  });

  it("gives a headline's quotation to the personal name alone before its colon", () => {
    expect(speakersOf("Declan Hurley: ‘I found out I was sacked by WhatsApp at twenty to midnight’\n\nFormer Ghana coach Declan Hurley says he learned of his dismissal late at night.")).toEqual(["Declan Hurley"]);
  });

  it("reads 'reminded' as a verb of saying, and no aside of how the words went out as the subject ('The DFA, in a post on …, encouraged')", () => {
    expect(speakersOf("The Department of Foreign Affairs (DFA) is monitoring the fires.\n\nThe DFA reminded Filipinos in Greece to heed evacuation orders: “Please follow instructions from Greek authorities.”")).toEqual(["Department of Foreign Affairs"]);
    expect(speakersOf("The Department of Foreign Affairs (DFA) is monitoring the fires.\n\nThe DFA, in a post on its official Twitter account, encouraged Filipinos to heed evacuation orders: “Please follow instructions from Greek authorities.”")).toEqual(["Department of Foreign Affairs"]);
  });

  it("gives 'the post' to whoever said something in a post, but not 'the Post' to them", () => {
    expect(speakersOf("All Indian nationals are safe, the Embassy of India in Athens said in a post on X. The embassy has set up a helpline.\n\n“The Embassy is in constant touch with Greek authorities,” the post read.")).toEqual(["Embassy of India"]);
    expect(speakersOf("The Embassy of India in Athens said in a post on X that all nationals were safe.\n\n“The evacuation was chaotic,” the Post reported.")).not.toEqual(["Embassy of India"]);
  });

  it("gives 'the decision' to the body that found something in its ruling ('In its 86-page ruling, the commission found')", () => {
    expect(speakersOf("The Data Protection Commission has fined Corrib Bank €4.7 million.\n\nIn its 86-page ruling, the commission found the bank had infringed four articles of the GDPR.\n\n“The failure deprived data subjects of the opportunity to protect themselves,” the decision states.")).toEqual(["Data Protection Commission"]);
  });

  it("gives words to the people a participle tells what they do to a name, not to the name ('Administrators running Telford Rovers say')", () => {
    expect(speakersOf("Telford Rovers went into administration.\n\nAdministrators running Telford Rovers say they are “confident” a buyer can be found.")).toEqual(["Administrators running Telford Rovers"]);
    expect(speakersOf("Maria Lopez denies the charges. Lawyers representing Maria Lopez said: “She is innocent.”")).toEqual(["Lawyers representing Maria Lopez"]);
  });

  it("gives 'Its report' to the body that opened the sentence before, and reads no one who 'continued to' do something as speaking", () => {
    const text = "The five-member inquiry committee, chaired by a retired judge, took evidence from 54 witnesses. Its report, published on 9 March, found that the operator had continued to dig through “known weak ground” despite warnings.\n\n“The collapse was foreseeable,” the report concluded.";
    expect(speakersOf(text)).toEqual(["five-member inquiry committee", "five-member inquiry committee"]);
    expect(speakersOf("Mine inspectors said the operator had continued to dig through “known weak ground” for months.")).toEqual(["Mine inspectors"]);
  });

  it("takes no one named after the 'she' that opens the sentence for her ('She would not comment on … by Prime Minister Ruth Callaghan, saying')", () => {
    const text = "Ms Whitlock said the trust had sold its stake on Friday.\n\nIt was a long day. She would not comment on whether she had been asked to resign by Prime Minister Ruth Callaghan, saying only that the decision was “mine and mine alone”.\n\nMs Callaghan declined to comment.";
    expect(speakersOf(text)).toEqual(["Whitlock"]);
  });

  it("reads a clause whose subject a name owns after 'said' as what was said, not an inverted sayer ('said Ms Whitlock's support … remained strong')", () => {
    const text = "Former minister Claire Whitlock resigned.\n\nBarbara McKinlay, 71, president of the Taieri Grey Power association, said Ms Whitlock's support in the electorate remained strong.\n\n“Claire has always been good to this community. I'd vote for her again tomorrow.”";
    expect(speakersOf(text)).toEqual(["Barbara McKinlay"]);
    expect(speakersOf("“It was a good year,” said Google's chief executive, Sundar Pichai.")).toEqual(["Sundar Pichai"]);
  });

  it("reads a clause of bare nouns and an auxiliary after 'said' as what was said, after a nickname in quotation marks ('said residents had first raised')", () => {
    const text = "Margaret Docherty, 71, has lived on the ninth floor for 30 years.\n\nMrs Docherty, known to everyone in the tower as “Peggy”, said residents had first raised concerns after the Grenfell Tower fire in London.\n\n“We wrote letters, we went to meetings, and we were told everything was fine.”";
    expect(speakersOf(text)).toEqual(["Margaret Docherty"]);
    // (A capitalised name is no such subject: "Will" in "said CNN correspondent Will Ripley" is no auxiliary.)
    expect(speakersOf("In Raqqa, news of the advance has been met with fear, said CNN correspondent Will Ripley.\n\n“They will be slaughtered in the street,” he said.")).toEqual(["Will Ripley"]);
  });

  it("reads 'In a post on X, she wrote:' after a sentence that named one woman as that woman's words, not the last sayer's", () => {
    const text = "“The applicant has not shown anything,” Judge Refilwe Maponya wrote in her judgment. She ordered the union to picket far away.\n\nDeputy Minister of Mineral Resources and Energy Lindiwe Sebata weighed in on Wednesday. In a post on X, she wrote: “I have asked both parties to return to the CCMA.”";
    expect(speakersOf(text)).toEqual(["Refilwe Maponya", "Lindiwe Sebata"]);
  });

  it.each(["counters", "concedes", "recalls", "observes", "quips", "jokes"])("reads '%s' as a verb of saying in the present", (verb) => {
    expect(speakersOf(`The mine's chief executive, Pieter Botha, spoke first. Union organiser Bongani Zwane ${verb} that management “keeps talking about costs”.`)).toEqual(["Bongani Zwane"]);
  });

  it("gives 'A spokeswoman said: “…”' to the body that spoke in the paragraph before, past her own verb", () => {
    const text = "The Scottish Government says it has already committed £120m to the project.\n\nA spokeswoman said: “Ministers have been clear that this is a locally-led project.”";
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["spokeswoman for Scottish Government"]);
  });

  it("reads 'chair' as a person's role, as 'chairman' is ('The board's chair, Hélène Duquette, … the chair said')", () => {
    expect(speakersOf("The board's chair, Hélène Duquette, went further.\n\n“Railways have invested heavily in detectors,” the chair said.")).toEqual(["Hélène Duquette"]);
    expect(actorsOfText("Committee chair Graham Tait opened the hearing.").find((a) => a.name === "Graham Tait")).toMatchObject({ type: "person" });
  });

  it("gives 'the company' to no police force that spoke just before ('…, according to Ontario Provincial Police.¶“…,” the company said')", () => {
    const text = "A Canadian National Railway freight train left the tracks late Sunday.\n\nThirty-one cars derailed, CN said in a statement Monday.\n\nNo one was hurt, according to Ontario Provincial Police.\n\n“Our first priority is the safety of the public,” the company said.";
    expect(speakersOf(text)).toEqual(["Canadian National Railway"]);
  });

  it("reads a body set off by commas past where it is based ('The coffee exporter, Campinas-based Serra Verde Cafés, said')", () => {
    const text = "The shipment was organised by the Primeiro Comando da Capital (PCC), Brazil's largest criminal gang, according to Reuters.\n\nThe coffee exporter, Campinas-based Serra Verde Cafés, said it was cooperating with investigators. “We are victims of this crime as much as anyone,” the company said in a statement.";
    expect(speakersOf(text)).toEqual(["Serra Verde Cafés"]);
  });

  it("gives 'she' to a chairman who just spoke where no one else who spoke fits, as British papers call women 'chairman' too", () => {
    const text = "Kyle Bowen, 27, attacked a referee after being sent off.\n\nThe society says it received 41 reports of abuse.\n\nIts chairman, Helen Pryce-Owen, says the number of referees has fallen.\n\n“We lost a lot of people during the pandemic,” she says.";
    expect(speakersOf(text)).toEqual(["Helen Pryce-Owen"]);
  });

  it("reads an office of a place whose name has particles, set before a name, as that person's ('The governor of Valle del Cauca, Beatriz Elena Quintero,')", () => {
    const text = "The governor of Valle del Cauca, Beatriz Elena Quintero, announced a housing allowance on Wednesday.\n\n“No family will go back to live under that mountain,” the governor told reporters in Cali.";
    expect(speakersOf(text)).toEqual(["Beatriz Elena Quintero"]);
  });

  it("gives an age in place of a name to one the text named since the last sayer, not to one told of in what the sayer said", () => {
    const text = "Joseph Kamau said the swarms were huge. “What we are seeing is unprecedented,” he said.\n\nIn Kulamawe village, Abdi Galgalo watched helplessly on Tuesday as the insects stripped his plot.\n\n“They came like a cloud,” the 56-year-old said.";
    expect(speakersOf(text)).toEqual(["Joseph Kamau", "Abdi Galgalo"]);
    expect(speakersOf("Daniel Kiprop, who led for much of the race, said he had been unable to respond when Haile Gebru attacked. “When he went, my legs were not there,” the 25-year-old said.")).toEqual(["Daniel Kiprop"]);
  });

  it("gives 'the 32-year-old' to one named after a sayer whose line ends without a full stop, a list's item ('• Aid agencies say …')", () => {
    const text = "Key points:\n\n• Aid agencies say the refugee response is badly underfunded\n\nNoor Begum left her village with four children. She arrived with three.\n\n“My youngest son was hit by a shell,” says the 32-year-old, sitting under a tarpaulin.";
    expect(speakersOf(text)).toEqual(["Noor Begum"]);
  });
  it("reads 'which she describes as “…”' as her words, and the paragraph of quotation after it as hers too", () => {
    const text = "NUA organiser Mere Tawhiri says members have rejected an offer of a 1.5% pay rise, which she describes as “a slap in the face”.\n\n“The DHB is asking nurses to accept a pay cut in real terms. That is not an offer.”";
    expect(speakersOf(text)).toEqual(["Mere Tawhiri", "Mere Tawhiri"]);
  });

  it("gives 'the tribunal' to no body that spoke whose name lacks the word, where another the text named has it", () => {
    const text = "The Competition Tribunal has blocked the takeover, ruling the deal would hurt consumers.\n\nIn a 94-page decision released Thursday, the three-member panel sided with the Competition Bureau, which had argued the merger would “substantially lessen competition” in the region.\n\n“The evidence is clear that Atlantica has been a disruptive force,” the tribunal wrote.";
    expect(speakersOf(text)[1]).toBe("Competition Tribunal");
  });

  it("reads 'the bureau' and 'the tribunal' as the body the text named so, and 'the bureau's filing' as the bureau's", () => {
    expect(speakersOf("The Competition Bureau opposed the deal.\n\nThe bureau's filing put it plainly: “Prairie is the maverick in these markets.”")).toEqual(["Competition Bureau"]);
    expect(speakersOf("The Competition and Markets Authority (CMA) fined the firms.\n\nThe CMA's decision describes the exchanges as “deliberate, systematic and sustained”.")).toEqual(["Competition and Markets Authority"]);
    expect(speakersOf("The Sports Disputes Tribunal heard the appeal on Monday.\n\n“The explanation offered was inconsistent,” the tribunal said.")).toEqual(["Sports Disputes Tribunal"]);
    // (Two words may say which of its reports it is.)
    expect(speakersOf("The Swiss Association of Property Insurers published its figures.\n\nThe association's annual loss report warns that “high-alpine hazards are not adequately reflected”.")).toEqual(["Swiss Association of Property Insurers"]);
  });

  it("gives a report to the body in lower case that opened the sentence delivering it, not to one named in what says more about it", () => {
    const text = "The court-appointed expert panel, three engineers led by Marta Colonna, a professor at Milan Polytechnic, delivered its 240-page report to prosecutors on Monday.\n\n“The deterioration was visible, documented and progressive,” the report says.";
    expect(speakersOf(text)).toEqual(["court-appointed expert panel"]);
    const audit = "The council ended 2024 with a deficit, according to the Local Government Audit Service, which published its audit report on 17 December.\n\n“The position is not sustainable,” the report said.";
    expect(speakersOf(audit)).toEqual(["Local Government Audit Service"]);
  });

  it("gives a participle's words to the body a place owns, or the person set beside its office, not to the place", () => {
    expect(speakersOf("In November last year, Norway’s Supreme Court upheld the conviction of a captain, ruling that the crab “lives in constant physical contact with the seabed” and is a resource of the shelf.")).toEqual(["Supreme Court"]);
    expect(speakersOf("Ireland's Arts Minister, Siobhán Kearns, has defended the cut, telling Irish radio that the orchestra “has to reach the whole country”.")).toEqual(["Siobhán Kearns"]);
  });

  it("gives a report to the consultancy that prepared it after where it is, and 'the commissioner' to the one an office in charge of something named", () => {
    expect(speakersOf("The 64-page review, prepared by Melbourne consultancy Harcourt Lane Advisory and published on Wednesday, puts the cost at A$14.2 million.\n\n“The absence of multi-factor authentication was the most significant failure,” the report said.")).toEqual(["Harcourt Lane Advisory"]);
    expect(speakersOf("The assistant commissioner in charge of the state police's cybercrime group, Natalie Orchard, told reporters that detectives were working hard.\n\n“These are not teenagers in a bedroom,” the commissioner said.")).toEqual(["Natalie Orchard"]);
  });

  it("gives a review's findings to the referee who carried it out, past its title and the body he once served", () => {
    expect(speakersOf("The changes followed a review. The review, titled “Protecting the Game” and carried out by former ICC match referee Mr Edmore Chitsa, found that “the temptation is greatest where the pay is lowest” and recommended training.")).toEqual(["Edmore Chitsa"]);
  });

  it("gives 'the report' to the research firm that spoke in its outlook, past where it is based and its trade", () => {
    const text = "The frost hit 8,500 hectares, according to an assessment by the provincial agriculture extension department.\n\nIn its latest weekly outlook, Karachi-based research firm Indus Agri Insights said prices would stay high.\n\n“The market has lost around a quarter of its expected January supply,” the report said.";
    expect(speakersOf(text)).toEqual(["Indus Agri Insights"]);
  });

  it("keeps a description with its clause of 'who' whose verb of saying lies in a clause of cause ('… because he had not told his employer put it more bluntly')", () => {
    const text = "Chinook Air cut its schedule.\n\nA Chinook first officer who attended but asked that his name not be used because he had not told his employer put it more bluntly: “Everybody in that room was doing the same calculation.”";
    expect(speakersOf(text)[0]).toMatch(/^Chinook first officer/);
  });

  it("gives 'the corporation' and 'the co-op' to the body last named, one described by where it is based too, and keeps a co-operative's hyphened name", () => {
    expect(speakersOf("In a statement, Kenya Railways said the review was necessary. “The fares had not been reviewed since 2011,” the corporation said.")).toEqual(["Kenya Railways"]);
    const coop = "Muskerry Dairies has cut the price it pays farmers by 5c per litre.\n\nThe Cork-based co-op, which has around 2,900 suppliers, confirmed that it would pay 55c/l.\n\nIn a statement, the co-op said: “Global dairy markets have weakened.”";
    expect(speakersOf(coop)).toEqual(["Muskerry Dairies"]);
    const society = "Suppliers to Lakeview Co-operative Society in Co Cavan have asked for a review.\n\nLakeview said in a statement that its price “reflects the returns from our product mix”.";
    expect(speakersOf(society)).toEqual(["Lakeview Co-operative Society"]);
  });

  it("gives 'the group' to the body whose reaction opens the quotation's paragraph, not to one that spoke in another or to a hashtag", () => {
    const text = "Muskerry Dairies cut its price. In a statement, the co-op said: “Markets have weakened.”\n\nThe Dairy Suppliers Alliance was quick to respond on Twitter. “Every other processor must hold their price. #MilkPrice,” the group tweeted.";
    expect(speakersOf(text)).toEqual(["Muskerry Dairies", "Dairy Suppliers Alliance"]);
    const described = "Johannesburg-based payments group Ubuntu Pay said a fault at its subsidiary caused the outage.\n\nUbuntu Pay Ghana runs the switch. In an announcement, the group said the disruption lasted “approximately 11 hours”.";
    expect(speakersOf(described)).toEqual(["Ubuntu Pay"]);
  });

  it("reads no subordinating 'though' or 'whereas' into the subject before a verb ('…, though the judge described that figure as …')", () => {
    const text = "Judge Miriam Castellanos approved the plan on Tuesday.\n\nLawyers had argued the lawsuits could be worth $900m, though the judge described that figure as “speculative at best”.";
    expect(speakersOf(text)).toEqual(["Miriam Castellanos"]);
  });

  it("gives a report no one is said to have written to the inquiry the article named, else the one it told of in lower case", () => {
    const named = "The 212-page report, published yesterday, found that the coach abused players.\n\nThe inquiry – known in Sweden as the Falun Inquiry – was chaired by a former judge.\n\n‘His methods were widely known within the club,’ the report states.";
    expect(speakersOf(named)).toEqual(["Falun Inquiry"]);
    const described = "The commission of inquiry into the loss of the ferry has concluded that the disaster was preventable.\n\n“The annual inspection of this vessel was a paper exercise,” the report states.";
    expect(speakersOf(described)).toEqual(["commission of inquiry"]);
  });

  it("keeps the rank before an office in the title set before a name ('MCA chief executive Suresh Navaratnam'), so the office said again is theirs", () => {
    const text = "MCA chief executive Suresh Navaratnam said the association had written to the league.\n\n“The world is watching,” the MCA chief executive said.";
    expect(speakersOf(text)).toEqual(["Suresh Navaratnam"]);
  });

  it("reads 'Md.' before the rest of a name as a given name written short, as 'Ma.' is, not the end of a sentence", () => {
    expect(speakersOf("“The wind was not the problem this time,” said Md. Shafiqul Islam Talukder, Deputy Commissioner of Satkhira.")).toEqual(["Md. Shafiqul Islam Talukder"]);
  });

  it("reads a civil servant as a person, where they are based or not ('a Lagos-based civil servant who asked that his name be withheld')", () => {
    const text = "One of them, a Lagos-based civil servant who asked that his name be withheld, told reporters he had lost money.\n\n“They showed us their name on the court,” he said.";
    expect(speakersOf(text)).toEqual(["Lagos-based civil servant"]);
  });

  it("gives 'the company' to no platform named only as where its words went out ('In a post on X on Sunday night, the company said')", () => {
    expect(speakersOf("SunVista Holidays cancelled its departures to the island. In a post on X on Sunday night, the company said: “All departures have been cancelled.”")).toEqual(["SunVista Holidays"]);
  });

  it("gives an office named with its initials before its holder ('The District Chief Executive (DCE), Mr Emmanuel Kwarteng Asamoah,') to the holder when the initials speak", () => {
    const text = "The District Chief Executive (DCE), Mr Emmanuel Kwarteng Asamoah, who visited the scene on Monday, said the pit was illegal.\n\n“This site was closed down by the Assembly in March,” the DCE said.";
    expect(speakersOf(text)).toEqual(["Emmanuel Kwarteng Asamoah"]);
  });

  it("gives 'the judge' to a Scottish judge titled Lord or Lady, as to one titled Justice", () => {
    const text = "In a written opinion published on Tuesday, Lord Ardmillan said the chain could not rely on a deadline.\n\nThe judge said the pledge “was unqualified, and was understood by shoppers to be unqualified”.";
    expect(speakersOf(text)).toEqual(["Ardmillan"]);
  });

  it("ends no attribution at an abbreviation's full stop: 'Said national No. 1 Lim Kok Seng, 29:', '… Entertainment Ltd. says'", () => {
    expect(speakersOf("Said national No. 1 Lim Kok Seng, 29: “It is sad for the sport.”")).toEqual(["Lim Kok Seng"]);
    expect(quotesOf("“We never paid any official,” a spokeswoman for Golden Lotus Entertainment Ltd. says.")[0]?.speaker).toMatch(/Golden Lotus Entertainment Ltd$/);
  });

  it("gives a notice to the body whose verb issued it, named earlier in that sentence", () => {
    const text = "The Directorate General of Civil Aviation (DGCA) on Wednesday issued a show-cause notice to Sarathi Airways after an audit.\n\nThe notice states that the airline “prima facie violated” the rules.";
    expect(speakersOf(text)).toEqual(["Directorate General of Civil Aviation"]);
  });

  it("gives 'she' to no name that only ever takes 'the' ('takes the Madaraka Express'), however personal its shape", () => {
    const text = "For Grace Mwikali Nduta, the numbers no longer add up. Twice a week, the trader takes the Madaraka Express from Nairobi to Mombasa.\n\n“On a good week I make maybe 6,000 shillings profit,” she said.";
    expect(speakersOf(text)).toEqual(["Grace Mwikali Nduta"]);
  });

  it("reads a number's thousands separator as no comma that sets a clause off ('Accepting the award, which carries a prize of €15,000, Baatar said')", () => {
    const text = "Director Oyunbileg Baatar won the prize on Thursday.\n\nAccepting the award, which carries a prize of €15,000, Baatar said she had lived with the family. “They did not want to be heroes in a film,” she said.";
    expect(speakersOf(text)).toEqual(["Oyunbileg Baatar"]);
  });

  it("keeps an office's remit in lower case whole across its 'and' ('the minister for climate crisis and civil protection warned')", () => {
    const text = "Speaking in Athens on Sunday night, the minister for climate crisis and civil protection warned that the country faced “a very difficult summer”.";
    expect(speakersOf(text)).toEqual(["minister for climate crisis and civil protection"]);
  });

  it("gives 'it' to a capitalised body's short name opening the sentence before ('The Commission rejected both contentions. “…,” it said')", () => {
    const text = "The National Consumer Disputes Redressal Commission ruled against the airline on Friday.\n\nAppearing for the airline, senior advocate Arvind Mehra had argued that 94% of the refunds had been paid.\n\nThe Commission rejected both contentions. “Payment after the regulator steps in is not compliance,” it said.";
    expect(speakersOf(text)).toEqual(["National Consumer Disputes Redressal Commission"]);
    // (Or by its name of several words, and "the statement" it gave after; no "calls" after "of" says anything: "the log of
    // calls made to the line".)
    const named = "Papadakis has written to the minister asking for the full log of calls made to the emergency line.\n\nThe Hellenic Fire Service rejected the criticism. In a statement, it said 65 firefighters had been sent.\n\n“The response was immediate,” the statement said.";
    expect(speakersOf(named)).toEqual(["Hellenic Fire Service"]);
  });

  it("gives 'the panel' to the panel the text told of by the noun, not to a name the paragraph before gives that lacks it ('The nine-member panel … at the Kondele roundabout')", () => {
    const text = "Athletics Kenya’s disciplinary panel on Friday banned the race director for two years.\n\nThe nine-member panel, chaired by lawyer Wanjiku Kariuki, voted 6-3 to find him guilty of diverting runners at the Kondele roundabout.\n\n“The race director knew a week before the race that the roundabout would be closed,” the panel said in its ruling.";
    expect(speakersOf(text)).toEqual(["Kenya’s disciplinary panel"]);
    const committee = "The committee recommended disciplinary action against two TASAC inspectors.\n\n“An inspection that is not followed up is worse than none,” the committee wrote.";
    expect(speakersOf(committee)).toEqual(["committee"]);
  });

  it("gives 'it' to the body whose name opens the paragraph after 'The', the subject of the sentence before ('The Ministry of Housing rejected the criticism. It said')", () => {
    const text = "The Ministry of Housing rejected the criticism. It said the request had been “incomplete” and was never corrected.";
    expect(speakersOf(text)).toEqual(["Ministry of Housing"]);
    const quoted = "The Tonga Rugby Union celebrated the result on Twitter. “What a night! Thank you to every fan,” it wrote.";
    expect(speakersOf(quoted)).toEqual(["Tonga Rugby Union"]);
  });

  it("gives 'the vice-chancellor' to the one two offices joined by 'and' were set before, titled Professor or Councillor ('The Vice-Chancellor and President of …, Professor Helen Ashdown,')", () => {
    expect(speakersOf("The Vice-Chancellor and President of Murray Darling University, Professor Helen Ashdown, did not attend the rally.\n\nIn a message to staff, the vice-chancellor said the cuts were “the only responsible course”.")).toEqual(["Helen Ashdown"]);
    expect(speakersOf("The Deputy City Mayor and Cabinet Lead for Culture, Leisure and Sport, Councillor Priya Sondh, said the council would co-operate.\n\n“We will look very carefully at what happened,” the deputy mayor said.")).toEqual(["Priya Sondh"]);
  });
  it("gives 'the minister' to the person an office capitalised after an owner was set before ('The state’s Environment Minister, Helen Carradine,')", () => {
    const text = "The state’s Environment Minister, Helen Carradine, flew into Exmouth on Sunday.\n\n“I have seen the beaches myself today,” the minister said.";
    expect(speakersOf(text)).toEqual(["Helen Carradine"]);
  });

  it("gives 'the pair' to the people the text last counted as two, and takes no preposition opening a sentence for a name ('Through their lawyer, the pair said')", () => {
    const text = "The federation said the two referees, who have not been named, had been removed.\n\nThrough their lawyer, the pair said they “reject the allegations in their entirety”.";
    expect(speakersOf(text)).toEqual(["referees"]);
  });

  it("takes the person after a cited source for the sentence's subject ('According to a letter seen by Nation Sport, Rotich received'), whom 'he' then means", () => {
    const text = '"I thought it was finished," Rotich told Nation Sport at his family\'s farm outside Iten.\nThe money he was owed also came through in the end. According to a letter from Belgium\'s closure fund seen by Nation Sport, Rotich received €6,180 on December 12 – roughly Sh930,000 – covering his unpaid wages.\n\n"That money changed everything," he said.';
    expect(speakersOf(text)).toEqual(["Rotich", "Rotich"]);
  });

  it("gives 'the ministry' to the body whose name holds the noun that spoke in the paragraph before, over a description of it ('The Labour ministry said …')", () => {
    const text = "According to the Ministry of Labour and Social Protection, more than 1,100 nurses have been placed.\n\nThe Labour ministry said last week that it was monitoring the situation.\n\n“No Kenyan worker will be victimised,” the ministry said.";
    expect(speakersOf(text)).toEqual(["Ministry of Labour and Social Protection"]);
  });

  it("gives 'she' to no kin the sentence lists among others ('Her sister, her brother-in-law and their three children were not home')", () => {
    const text = 'For resident Olga Batz, the news came in a video from her sister. "I saw the kitchen go into the ground," Batz, 44, told KVLA on Thursday.\n\nHer sister, her brother-in-law and their three children were not home at the time. "God was with them," she said.';
    expect(speakersOf(text)).toEqual(["Olga Batz", "Olga Batz"]);
  });

  it("gives 'the court' to the body that sentenced, whatever its name says ('The Sandiganbayan sentenced …'), not the body a court is of", () => {
    const text = "A Philippine anti-graft court on Tuesday convicted a former official.\n\nThe Sandiganbayan sentenced Arturo Yap, 58, to six years in prison. The Philippine Boxing Commission said it would comply.\n\n“The accused caused the issuance of licenses,” the court said in its decision.";
    expect(speakersOf(text)).toEqual(["Sandiganbayan"]);
    const appeal = "The Appeals Body of the Irish Racing Integrity Board ruled on Tuesday that the penalty was too long.\n\n“The appellant did not administer the substance,” the three-member panel said.";
    expect(speakersOf(appeal)).not.toEqual(["Irish Racing Integrity Board"]);
  });

  it("gives 'it' to the body that opens the sentence before past an opening phrase, with a verb that takes no '-ed' ('In a filing …, the company sought to reassure investors')", () => {
    const text = "Kobo Leisure Holdings shares jumped, according to exchange data.\n\nIn a filing to the exchange on Tuesday night, the company sought to reassure investors. “The incident arose from an internal software error,” it said.";
    expect(speakersOf(text)).toEqual(["Kobo Leisure Holdings"]);
  });

  it("cuts a subject that runs on past a verb of saying at the verb ('the agency said the likelihood of continued transmission “is considered high”')", () => {
    const text = "The European Medicines Agency published its assessment on Monday.\n\nIn its latest rapid risk assessment, the agency said the likelihood of continued transmission “is considered high for under-vaccinated populations”.";
    expect(speakersOf(text)).toEqual(["European Medicines Agency"]);
    const endingOnTheVerb = "The Court of Justice of the European Union ruled on Thursday.\n\nIn its judgment, the court said that a strike called by an airline's own staff “is inherent in the normal exercise of the carrier's activity”.";
    expect(speakersOf(endingOnTheVerb)).toEqual(["Court of Justice of the European Union"]);
  });

  it("reads no channel after 'said' as an inverted subject ('Kente Mobile, one of the tenants, said in a post on Twitter that …')", () => {
    const text = "Ghanaian operator Kente Mobile, one of the tenants, said in a post on Twitter that about 40,000 customers had been affected. “Engineers are on site,” the company tweeted.";
    expect(speakersOf(text)).toEqual(["Kente Mobile"]);
  });

  it("gives 'he' to no name the text sets beside a word for a business ('Reinhold Juen, managing director of the resort operator, Wiesenalm Bergbahnen,')", () => {
    const text = "At a press conference on Monday, Reinhold Juen, managing director of the resort operator, Wiesenalm Bergbahnen, struggled to hold back tears.\n\n“I have worked on this mountain for 27 years,” he said.";
    expect(speakersOf(text)).toEqual(["Reinhold Juen"]);
  });

  it("gives 'he' to no one named in the question put to the speaker ('Asked whether Mr Ndung'u had been pushed, he said:')", () => {
    const text = "Chairman Hassan Abdi Noor met Julius Ndung'u last year. Mr Noor rejected the suggestion that the board had been kept in the dark.\n\n\"The board knew there was a dispute,\" he told The East African Business Weekly on Saturday.\n\nAsked whether Mr Ndung'u had been pushed, he said: \"He made his own decision, and I respect it.\"";
    expect(speakersOf(text)).toEqual(["Hassan Abdi Noor", "Hassan Abdi Noor"]);
  });

  it("gives 'they' to the people the sentence before opened with, since anyone spoke ('Stewards rejected that explanation. In their written reasons, they said')", () => {
    const text = "Chief steward Raymond Gillard handed down the decision yesterday.\n\nStewards rejected that explanation. In their written reasons, they said the tests had found “no trace of trenbolone or any related compound”.";
    expect(speakersOf(text)).toEqual(["stewards"]);
    const named = "The Rangers lost again on Saturday. After the game, they said the pitch was “a disgrace to the league”.";
    expect(speakersOf(named)).not.toEqual(["rangers"]);
  });

  it("gives 'the team' to the body the text set right after the noun ('the French team Lumière-Alpes'), not a town only ever after 'in' or 'to'", () => {
    const text = "The chief doctor of the French team Lumière-Alpes was charged on Thursday. The leader was taken to Chambéry for questioning, and his lawyer spoke outside the gendarmerie in Chambéry.\n\nOn Thursday the team said in a statement that it had suspended the doctor “with immediate effect”.";
    expect(speakersOf(text)).toEqual(["Lumière-Alpes"]);
  });

  it("gives no paper that saw a document its words, with 'the' before the paper ('The 62-page complaint, seen by the Herald, states')", () => {
    const text = "The fisheries service filed a complaint.\n\nThe 62-page complaint, seen by the Herald, states that the vessels “systematically disconnected their satellite positioning devices” on 37 trips.";
    expect(speakersOf(text)).not.toEqual(["Herald"]);
  });

  it("gives 'the committee' after an opening phrase with a paper that saw the decision to the committee of the body the text named ('In its written decision, seen by Huaxia Sports Weekly, the committee')", () => {
    const text = "The arbitration committee of the Chinese Table Tennis Association (CTTA) on Monday rejected an appeal.\n\nIn its written decision, seen by Huaxia Sports Weekly, the committee acknowledged that there was “no evidence that the athlete was aware of the alteration of her records”.";
    expect(speakersOf(text)).toEqual(["arbitration committee of the Chinese Table Tennis Association"]);
  });

  it("gives no platform the words went out on the words ('wrote on Twitter:', 'In a post on his WeChat account on Sunday he … said')", () => {
    const band = "The British band The Hollow Sails, who were due to close the festival with their hit “Paper Harbours”, wrote on Twitter: “Heartbroken for everyone in Mikulov.”";
    expect(speakersOf(band)).toEqual(["Hollow Sails"]);
    const coach = "Liu's coach, Sun Jianguo, was more combative. In a post on his WeChat account on Sunday he called the accusations “a cowardly attack on a child” and said the register had been “filled in wrongly by a teacher”.";
    expect(speakersOf(coach)).toEqual(["Sun Jianguo", "Sun Jianguo"]);
    const page = "In a post on its official Facebook page on Saturday, the company wrote: “We respect the right of every partner to express his opinion.”";
    expect(speakersOf(page)).not.toEqual(["Facebook"]);
  });

  it("reads a town and its region as one place in the speaker's description, not the speaker ('a farmer in Santa Rosa, El Oro, who', 'in Uppsala, Sweden, told')", () => {
    const farmer = "“I have 11 hectares of ponds and a loan with the bank,” said Mercedes Apolo, 52, a farmer in Santa Rosa, El Oro, who has supplied Golfo Azul since 2009.";
    expect(speakersOf(farmer)).toEqual(["Mercedes Apolo"]);
    const botanist = "“It is a careful piece of work,” Dr Lena Hartwig of the Botanical Institute in Uppsala, Sweden, told Wikinews by email.";
    expect(speakersOf(botanist)).toEqual(["Lena Hartwig"]);
    const named = "Speaking in Paris, Jean Dupont said: “We will rebuild.”";
    expect(speakersOf(named)).toEqual(["Jean Dupont"]);
  });

  it("reads past a nickname set off by commas, whoever or wherever it is known to, to the subject ('Fennelly, known in the weighroom as “the Cat”, said')", () => {
    const jockey = "Jockey Darragh Fennelly returns to the saddle on Friday, days after the regulator's chief executive, Brian Kavanagh, said the rules would change.\n\nSpeaking on the racing podcast “Weighed In” last week, Fennelly, known in the weighroom as “the Cat”, said the ban had been the hardest period of his career.\n\n“You sit at home on a Saturday and you watch lads riding horses you should be on,” he said.";
    expect(speakersOf(jockey)).toEqual(["Darragh Fennelly"]);
    const locally = "Union president Héctor Ulloa spoke on Tuesday.\n\nUlloa, who is known locally as “El Flaco”, said the union had been “more than patient” during the talks.";
    const [patient] = quotesOf(locally);
    expect(patient?.speaker).toBe("Héctor Ulloa");
    expect(patient?.role ?? "").not.toMatch(/\b(?:who|is|known)\b/);
  });

  it("gives 'the teacher' to the one the paragraph brought in as 'a history teacher', not to someone named before ('a history teacher from Madaba who … “…,” the teacher told')", () => {
    const text = "The site's director, Dr Samer Khasawneh, thanked the donors.\n\nAmong those watching the handover was a history teacher from Madaba who had brought 25 pupils. “They see Petra on posters every day,” the teacher told Wikinews.";
    expect(speakersOf(text)).toEqual(["history teacher"]);
    const named = "The site's director, Dr Samer Khasawneh, thanked the donors.\n\nA history teacher, Rania Haddad, had brought 25 pupils. “They see Petra on posters every day,” the teacher told Wikinews.";
    expect(speakersOf(named)).toEqual(["Rania Haddad"]);
  });

  it("gives 'the trainer' to the person the sentence before opened with, before the quotation too ('Hennessy stood by his jockey. “…,” the trainer said')", () => {
    const stood = "The horse is trained by Michael Murphy, 58, and ridden by Paul Walsh, 26.\n\nMurphy stood by his jockey. “Paul is as good a horseman as there is,” the trainer said.";
    expect(speakersOf(stood)).toEqual(["Michael Murphy"]);
    const before = "Paul Walsh has two rides for Michael Murphy on Friday. Murphy, who has used him all season, said his stable jockey would be “fresh and hungry”.\n\n“He's had three weeks to think about it. I'd say he'll ride better for it,” the trainer said.";
    expect(speakersOf(before)).toEqual(["Michael Murphy", "Michael Murphy"]);
  });

  it("reads a body's name with small words and its initials before an office and its holder after 'according to' ('According to Commission on Elections (Comelec) spokesman Ferdinand Cabrera,')", () => {
    const text = "A tie is broken by the drawing of lots. According to Commission on Elections (Comelec) spokesman Ferdinand Cabrera, ties in local races happen “once or twice in every election”, most often in small towns.";
    expect(speakersOf(text)).toEqual(["Ferdinand Cabrera"]);
  });

  it("gives a quotation opening its paragraph to the person the paragraph before hands over to with a colon, with no verb of saying ('…, addressed the runners outside the building:')", () => {
    const text = "The winners have not been paid.\n\nEzekiel Tanui Koech, the association's secretary general, addressed the runners outside the building:\n\n“These athletes are not asking for charity. They ran, they won.”";
    expect(speakersOf(text)).toEqual(["Ezekiel Tanui Koech"]);
  });

  it("gives a first name alone to the community elder the text named in full ('A community elder, Abebe Kassa, said … “…,” Abebe said')", () => {
    const text = "A community elder, Abebe Kassa, said a delegation had met officials in January.\n\n“They told us to wait for the rainy season to pass,” Abebe said.";
    expect(speakersOf(text)).toEqual(["Abebe Kassa"]);
  });

  it("reads a person's own verb of saying as telling whether they are 'he' or 'she' ('Krawczyk says she has not yet met Sobczak, although he has apologised')", () => {
    const text = "The referee, Magdalena Krawczyk, was attacked after the match.\n\nKrawczyk says she has not yet met Sobczak, although he has apologised to her by telephone.\n\n“He said sorry and I believe that he meant it,” she said.";
    expect(speakersOf(text)).toEqual(["Magdalena Krawczyk"]);
  });

  it("takes no one told of as the first to do something for a sayer ('It was the first time a current or former employee of the company had testified')", () => {
    const text = "Sabine Reuter, 46, who worked in the company's claims office for 11 years, spoke for almost three hours before the committee. It was the first time a current or former employee of the Hamburg-based company had testified in public.\n\n“Every Monday we received a table showing each adjuster's rejection rate.”";
    expect(speakersOf(text)).toEqual(["Sabine Reuter"]);
  });

  it("gives words after 'and that' to the sayer, not to a verb in a clause that tells which things are meant ('and that the tables she described were “…”')", () => {
    const text = "A former claims adjuster at the insurer Falkenried told lawmakers on Wednesday that staff received weekly tables ranking them.\n\nSabine Reuter, 46, spoke for almost three hours before the committee.\n\nFalkenried said in a written statement that Reuter's account was “not consistent with our findings” and that the tables she described were “standard management reports of the kind used across the industry”.";
    expect(speakersOf(text)).toEqual(["Falkenried", "Falkenried"]);
  });

  it("reads past what a body is known for, and a title in it, to the body ('Vivéo, best known for its crime series “Quai Sud” …, said …. “…,” it said')", () => {
    const text = "The streaming platform Vivéo and the broadcaster Canal Douze were both fined.\n\nVivéo, best known for its crime series “Quai Sud” and its catalogue of classic French films, said on Monday that it would not take the case to the Conseil d'État, France's highest administrative court.\n\n“We have decided to turn the page,” it said in a statement.";
    expect(speakersOf(text)).toEqual(["Vivéo"]);
  });

  it("gives a quotation that opens its paragraph to the person brought in right after it with an age, whatever the verb ('“…” Umm Youssef, a 52-year-old housewife in Giza, had bought')", () => {
    const text = "Dune Capital said in an emailed statement that it was “shocked and deeply concerned” by the allegations.\n\n“I checked the box, it had a hologram, everything looked right.” Umm Youssef, a 52-year-old housewife in Giza, had bought hepatitis C tablets for her husband through the app.";
    expect(speakersOf(text)).toEqual(["Dune Capital", "Umm Youssef"]);
  });

  it("gives 'what X called' to a name that closes an apposition, with the office as its role ('what the committee’s chairman, Professor Andreas Kontos, called “…”')", () => {
    const [quote] = quotesOf("The 148-page report, presented in Athens on Monday, describes what the committee’s chairman, Professor Andreas Kontos, called “a chain of failures, each of which on its own might have been survivable.”");
    expect([quote?.speaker, quote?.role]).toEqual(["Andreas Kontos", "the committee’s chairman"]);
  });

  it("gives an office the text titles one person with only later to that person ('their mayor said … “…” … said Mayor Stratis Koutsouris', 'the museum's director')", () => {
    const mayor = "The island's residents protested on Monday, and their mayor said yesterday that the island “cannot live on one boat a week”.\n\n“We have one doctor and no pharmacy,” said Mayor Stratis Koutsouris.";
    expect(speakersOf(mayor)).toEqual(["Stratis Koutsouris", "Stratis Koutsouris"]);
    const director = "Insurers put the value of the works at 2.4 million pesos, although the museum's director said the paintings were “priceless” for the region.\n\nIn a letter seen by the newspaper, the museum's director, Silvina Ruiz Díaz, asked for 45,000 pesos.";
    expect(speakersOf(director)).toEqual(["Silvina Ruiz Díaz"]);
    // (Of a body named in the possessive, not someone titled so for another body.)
    const other = "Opposition cyber security spokeswoman Leah Pritchard said the government had been “asleep at the wheel”.\n\nA Bramwell's spokeswoman said the company had set up a hotline. She urged shoppers to be “extremely wary” of calls.";
    expect(speakersOf(other)).toEqual(["Leah Pritchard", "Bramwell's spokeswoman"]);
  });

  it("gives a quotation that runs on over three paragraphs to the attribution that closes it, back to its first paragraph ('“…¶“…¶“…,” Lim told reporters')", () => {
    const text = "Deputy president Lim Chee Seng, 61, will serve as acting president until fresh elections, which the EGM agreed should be held within 90 days.\n\n“This is not a day for celebration. Nobody won today.\n\n“The first thing we will do is publish every tournament result online.\n\n“Nothing will be hidden any more,” Lim told reporters after the meeting.";
    expect(speakersOf(text)).toEqual(["Lim Chee Seng"]);
  });

  it("reads 'Major' before what a squad deals in as part of the body's name, so the rank before the person is the speaker's ('the Major Crime Squad … the inspector said')", () => {
    const text = "Detective Inspector Gavin Pryce of the WA Police Major Crime Squad said the case showed the value of covert work. “We never stopped working on this case,” the inspector said.";
    expect(speakersOf(text)).toEqual(["Gavin Pryce"]);
    expect(speakersOf("“We will find them,” said Major Tom Briggs of the Royal Marines.")).toEqual(["Tom Briggs"]);
  });

  it("reads a name that ends in what a business makes as a business's, so 'the company' and its short name are it ('Laurentia Paper Products', 'Gulfmark Polymers')", () => {
    const text = "Laurentia Paper Products announced on Monday that it will close its mill in Hearst. The company said it would offer transfers to “as many employees as possible”.";
    expect(speakersOf(text)).toEqual(["Laurentia Paper Products"]);
    expect(speakersOf("An explosion at a plant run by Gulfmark Polymers killed two workers. “Safety remains our first priority,” Gulfmark said.")).toEqual(["Gulfmark Polymers"]);
    expect(speakersOf("Harlow Drug will close its last six shops. “We could not find a buyer,” Harlow said.")).toEqual(["Harlow Drug"]);
  });

  it("reads the name after a long opening phrase as the sentence's subject, whom a pronoun in it means ('Speaking to about 200 supporters at the VFW hall on Depot Street shortly before midnight, Ochoa thanked volunteers who had knocked on what she said were')", () => {
    const text = "Maria Ochoa will be the county's next sheriff after defeating Sheriff Dale Hutchins. Hutchins, 63, had been seeking a fifth term.\n\nSpeaking to about 200 supporters at the VFW hall on Depot Street shortly before midnight, Ochoa thanked volunteers who had knocked on what she said were more than 9,000 doors.\n\nHutchins, who was first elected in 2000, conceded in a brief post on Facebook.\n\n“The voters have spoken and I respect their decision,” he wrote.";
    expect(speakersOf(text)).toEqual(["Dale Hutchins"]);
  });

  it("reads what someone is now, set off after their name, as their description ('Former Wales fly-half Sian Pugh, now a pundit with S4C, said')", () => {
    expect(only("Former Wales fly-half Sian Pugh, now a pundit with S4C, said the union had to “look in the mirror” rather than blame the coach.").speaker).toBe("Sian Pugh");
  });

  it("reads a body's head word alone as the body whose name runs on with 'on' ('the Commission on Audit …. The Commission said')", () => {
    expect(speakersOf("Auditors from the Commission on Audit flagged the contracts on Monday. The Commission said in a statement that the deals were “irregular”.")).toEqual(["Commission on Audit"]);
  });

  it("reads a club's town word alone as the club once the text gave it whole ('Whitmore Athletic sacked their manager …. Whitmore said')", () => {
    const text = "Whitmore Athletic sacked their manager, Gareth Penrose, on Sunday after a 4-0 home defeat.\n\n“The board would like to thank Gareth for his hard work,” Whitmore said in a statement.";
    expect(speakersOf(text)).toEqual(["Whitmore Athletic"]);
  });

  it("never gives one word opening its sentence that a clause of 'which' follows to a person whose surname it is ('Corwin, which filed for bankruptcy, said … Thomas Corwin III')", () => {
    const text = "Corwin Stores will close all 38 of its shops.\n\nCorwin, which filed for bankruptcy last month, said in a statement that it had found no buyer. “This was an extraordinarily difficult decision,” the statement said.\n\nIn a video, president Thomas Corwin III, the founder's grandson, appeared close to tears.";
    expect(speakersOf(text)).toEqual(["Corwin Stores"]);
  });

  it("gives what 'the release' or 'the report' said to whom the text last told of as putting one out ('the company said in a press release … the release said')", () => {
    const release = "A vaccine developed by Deccan Biologicals prevented most cases, according to results released by the company and the Indian Council of Medical Research (ICMR) on Monday.\n\nOver the period, 41 cases were recorded, the company said in a press release. Serious events were rare, and “none was judged to be related to the vaccine”, the release said.";
    // (A council of a field is no company: "the company" is the business beside it.)
    expect(speakersOf(release)).toEqual(["Deccan Biologicals"]);
    const report = "Turtles fetch up to $2,000 in Hong Kong, according to conservation groups.\n\nWildlife trafficking monitor Asia Wildlife Watch said in a report last month that the trade had grown. The report warned that the trade was “pushing several endemic species towards extinction”.";
    expect(speakersOf(report)).toEqual(["Asia Wildlife Watch"]);
  });

  it("gives what 'the statement' said, opening its own paragraph, to the one the paragraph before told of as speaking in a statement set off by commas ('Salcedo, in a statement issued on Monday, insisted')", () => {
    const text = "The Land Transportation Franchising and Regulatory Board (LTFRB) said the deadline would stand.\n\nTransportation Undersecretary Mark Anthony Salcedo, in a statement issued on Monday, insisted the program was “not anti-poor”.\n\n“The old jeepneys are unsafe, they pollute,” the statement said.";
    expect(speakersOf(text)).toEqual(["Mark Anthony Salcedo", "Mark Anthony Salcedo"]);
  });

  it("gives 'he' to the one the text titled so where a title alone in lower case opens the sentence before ('The monsignor himself has said little in public. But in a letter …, he wrote')", () => {
    const text = "Monsignor Piergiorgio Zanetti, 66, steered the purchase. Fabio Ranieri, who represents Monsignor Zanetti, said the case was weak.\n\n“My client followed the procedures,” Mr Ranieri said.\n\nThe monsignor himself has said little in public. But in a letter read to the court last week, he wrote that he had “served the Holy See for 38 years with a clear conscience”.";
    expect(speakersOf(text)).toEqual(["Fabio Ranieri", "Piergiorgio Zanetti"]);
  });

  it("never makes 'he' of a market's index named like a person ('The Baltic Dry Index … has since fallen …. “…,” he said')", () => {
    const text = "“This is the strongest quarter we have ever had,” chief executive Jesper Kragh Madsen told analysts.\n\nMadsen was cautious about the outlook, however. The Baltic Dry Index, which reached a record in May, has since fallen by about 35%.\n\n“We are sailing into choppier water,” he said.";
    expect(speakersOf(text)).toEqual(["Jesper Kragh Madsen", "Jesper Kragh Madsen"]);
  });

  it("never makes 'he' of a club named like a person after the one who played for it ('club rugby for Te Puke Sports … he said')", () => {
    const text = "Kaleb Morunga scored the winning try. He had played club rugby for Te Puke Sports.\n\n“Honestly, I just ran where the gap was,” he said.";
    expect(speakersOf(text)).toEqual(["Kaleb Morunga"]);
    expect(speakersOf(text.replace("Te Puke Sports", "Hamilton United"))).toEqual(["Kaleb Morunga"]);
  });

  it("gives a body's office to the person the next sentence opens by naming for the first time ('Athletics Kenya's chief executive said … “…” …. Speaking in Eldoret, Barnaba Kiptum Chepkwony said')", () => {
    const federation = "Kenya had 54 athletes on the list.\n\nAthletics Kenya's chief executive said the federation was “ashamed” of the case. Speaking in Eldoret, Barnaba Kiptum Chepkwony said more than 1,200 tests had been carried out.";
    expect(speakersOf(federation)).toEqual(["Barnaba Kiptum Chepkwony"]);
    const company = "Maplecrest said it would close 40 stores.\n\nOn a call with analysts, the company's chief executive described the closures as “painful but necessary”.\n\nDiane Okafor-Leblanc, who joined Maplecrest in January, had promised shareholders a turnaround.";
    expect(speakersOf(company)).toEqual(["Diane Okafor-Leblanc"]);
    // (Not one the next sentence gives a role of their own.)
    const worker = "Athletics Kenya's chief executive said the federation was “ashamed” of the case. Mary Njeri, a coach in Iten, said she was not surprised.";
    expect(speakersOf(worker)).toEqual(["Athletics Kenya's chief executive"]);
  });

  it("gives 'she' of a quotation opening its paragraph to the one the paragraph before called so in their own clause, before someone it brought in ('Dr Okonjo-Haig thinks she knows … the emperor Valens')", () => {
    const text = "“It is the find of a career,” said Dr Rachel Okonjo-Haig, who leads the dig.\n\nThe landowner, Edward Maltby, had long suspected it. “We always found tiles,” he said.\n\nDr Okonjo-Haig thinks she knows roughly when the villa was abandoned. The latest coin was struck under the emperor Valens, who reigned from 364 to 378.\n\n“We may be looking at the last winter of a family,” she said.";
    expect(speakersOf(text)).toEqual(["Rachel Okonjo-Haig", "Edward Maltby", "Rachel Okonjo-Haig"]);
  });

  it("reads a ward set after a councillor's name as the ward, no person ('Councilwoman Patricia Heddleston, 4th Ward, who said')", () => {
    const text = "The lone no vote came from Councilwoman Patricia Heddleston, 4th Ward, who said she supported the opera house. “I have residents on Greene Street,” she said.";
    expect(speakersOf(text)).toEqual(["Patricia Heddleston"]);
  });

  it("gives 'the <body> undergraduate' to the one the sentence before opened with ('Student Ryan Koh, 21, was more philosophical. “…,” the Nanyang Technological University undergraduate said')", () => {
    const text = "The fare rise takes effect on Saturday.\n\nStudent Ryan Koh, 21, was more philosophical. “As long as the trains run, I'm okay to pay a bit more,” the Nanyang Technological University undergraduate said.";
    expect(speakersOf(text)).toEqual(["Ryan Koh"]);
  });

  it("reads a company's first word set in capitals as its short name, so the company is never 'she' ('NORDHAVN Container Line … Nordhavn's decision')", () => {
    const text = "NORDHAVN Container Line has cancelled an order for six vessels.\n\nAnalyst Sophie Carrington of Fenwick & Hale Securities said Nordhavn's decision would be welcomed by investors. Nordhavn stock rose 11 per cent in Copenhagen trading yesterday.\n\n“It is a painful write-off,” she said.\n\nNordhavn said the cancellation would lead to a one-off charge.";
    expect(speakersOf(text)).toEqual(["Sophie Carrington"]);
  });

  it("reads a player's position as a noun for the player, past a sentence the pronoun opens ('Eze … was named player of the match. She had gone … “…,” the forward said')", () => {
    const text = "Forward Chiamaka Eze scored twice and captain Blessing Adeyemi headed in the third.\n\nEze, 22, who joined Levante Badalona last year, was named player of the match. She had gone 11 internationals without scoring.\n\n“I dedicate these goals to my mother,” the forward said.";
    expect(speakersOf(text)).toEqual(["Chiamaka Eze"]);
    const defender = "Veteran defender Shahril Jantan, 33, was blunt after the defeat. He has played 200 games for the club.\n\n“We let him down, honestly,” the defender said.";
    expect(speakersOf(defender)).toEqual(["Shahril Jantan"]);
    // (Past a sentence the pronoun opens, to the one before it.)
    const coach = "Kiptanui earned €15,000 for the win.\n\nHis coach, the Italian Renato Corsi, said Kiptanui would now rest. He said the runner had made his debut in Seville in February. “He is still young,” the coach said.";
    expect(speakersOf(coach)).toEqual([expect.stringContaining("Renato Corsi")]);
  });

  it("reads a hyphened shared or former role before a name as a title ('Co-author Marcus Feld, a petroleum engineer, … “…,” he said')", () => {
    const text = "“We expected a few big leakers,” said lead author Dr. Rosa Inés Calderón.\n\nCo-author Marcus Feld, a petroleum engineer at West Virginia University who led the ground surveys, spent last summer walking hillsides.\n\n“Some of these wells are just a rusty pipe,” he said.\n\nThe team plans to extend the survey, Feld said.";
    expect(speakersOf(text)).toEqual(["Rosa Inés Calderón", "Marcus Feld"]);
    expect(actorsOfText(text).find((a) => a.name === "Marcus Feld")).toMatchObject({ type: "person", aliases: ["Feld"] });
  });

  it("gives the words of an office set off after a name, capitalised as a title, to its holder, however the office is called later ('Krishna Prasad Adhikari, Chief District Officer and chairman of …, said … “…,” the chief district officer said')", () => {
    const text = "Krishna Prasad Adhikari, Chief District Officer and chairman of the District Disaster Management Committee, said 14 roads were closed.\n\n“We are doing everything we can,” the chief district officer said.";
    expect(speakersOf(text)).toEqual(["Krishna Prasad Adhikari"]);
    expect(speakersOf("Mary Wanjiru, County Commissioner, told reporters: “The bridge is gone.”")).toEqual(["Mary Wanjiru"]);
  });

  it("gives the words of 'the <body> chief' to the one whose office heads the body by any of its names ('The Head of the National Search and Rescue Agency (Basarnas), Vice Admiral … “…,” the Basarnas chief said')", () => {
    const text = "Thirty people are missing, according to the National Search and Rescue Agency (Basarnas).\n\nThe Head of the National Search and Rescue Agency, Vice Admiral Rudi Hartono Wibisono, told reporters on Monday that the search would go on. “We will not stop looking,” the Basarnas chief said.";
    expect(speakersOf(text)).toEqual(["Rudi Hartono Wibisono"]);
    // (Not a head of another body.)
    expect(speakersOf("The Head of the Coast Guard, Admiral Jane Roe, spoke. Basarnas, the rescue agency, sent ships. “We will not stop looking,” the Basarnas chief said.")).not.toEqual(["Jane Roe"]);
  });

  it("gives the words of 'the national director' to the one whose office in capitals is so graded ('Health New Zealand's National Director of Immunisation, Dr Anaru Whaanga, says … the national director says')", () => {
    const text = "Health New Zealand's National Director of Immunisation and Population Health, Dr Anaru Whaanga, says demand has been strongest in Canterbury.\n\nThe national director says that was expected. “Our community providers start their own clinics next week.”";
    expect(speakersOf(text)).toEqual(["Anaru Whaanga"]);
  });

  it("gives the words of a police rank as an office to the one titled with it ('Detective Superintendent Rachel Obi … The detective superintendent said she expected “…”')", () => {
    const text = "Detective Superintendent Rachel Obi, head of the force’s Major and Organised Crime Unit, said officers would examine 40 hours of footage. The detective superintendent said she expected “a significant number of arrests”.";
    expect(speakersOf(text)).toEqual(["Rachel Obi"]);
    expect(speakersOf("Sergeant Tom Kerr led the search. Three hikers were found. “They were very lucky,” the sergeant said.")).toEqual(["Tom Kerr"]);
  });

  it("gives 'the minister' to one whose office is a junior minister's, titled a secretary ('The Parliamentary Under-Secretary of State for Farming, …, Laura Penhale, … the minister said')", () => {
    const text = "The Parliamentary Under-Secretary of State for Farming, Rural Communities and Water Quality, Laura Penhale, visited the constituency last Saturday. Speaking to the Courier, the minister said the government would “listen carefully” to the result.";
    expect(speakersOf(text)).toEqual(["Laura Penhale"]);
    // (Or whose office says what it is responsible for, past the commas of a long remit.)
    const remit = "Yesterday the Parliamentary Secretary for the Cabinet Office with responsibility for Propriety and Constitutional Reform, Owen Tate, told the Commons that the rules would change. The minister said the current rules covered “only a sliver” of lobbying.";
    expect(speakersOf(remit)).toEqual(["Owen Tate"]);
    // (Not a company's secretary.)
    expect(speakersOf("The company secretary, Ann Lee, signed the filing. Later the minister said the rules were “fit for purpose”.")).not.toEqual(["Ann Lee"]);
  });

  it("gives 'the agency said' to the body a description of that kind was set beside ('Hartwell Strategies, the Westminster agency, … In a statement, the agency said')", () => {
    expect(speakersOf("The Registrar opened an investigation into Hartwell Strategies, the Westminster agency whose director was recorded. In a statement, the agency said: “The comments do not reflect how we work.”")).toEqual(["Hartwell Strategies"]);
    // (An office in charge of something before the holder's name.)
    expect(speakersOf("The Minister of State for Foreign Affairs in charge of Regional Cooperation, Agnes Nakato, rejected the claim. “Nobody is disputing who owns the rock,” the minister told NTV Uganda.")).toEqual(["Agnes Nakato"]);
  });

  it("gives the words of a body's noun opening a paragraph to the body the paragraph before named ('Ofgem confirmed on Friday ….¶The regulator said in a statement that the fall “…”')", () => {
    const text = "Household bills will fall after the regulator lowered its price cap, but consumer groups say millions are struggling.\n\nOfgem confirmed on Friday that the cap will drop by £122.\n\nThe regulator said in a statement that the fall “reflects the continued easing of wholesale prices”.\n\nStanding charges will stay unchanged. Ofgem said last week it would publish options for reforming them in its “Standing Charges Review” next month.";
    expect(speakersOf(text)).toEqual(["Ofgem"]);
    // (Not past a paragraph that opens otherwise.)
    const further = "Ofgem confirmed on Friday that the cap will drop.\n\nConsumer groups were unimpressed, and Citizens Advice called for more help.\n\nIn a statement the regulator later said the fall “reflects the continued easing of wholesale prices”.";
    expect(speakersOf(further)).not.toEqual(["Ofgem"]);
  });

  it("gives 'her husband' or 'his wife' to the one other person the text named with the family name of the one who just spoke ('Marcus and Leah Whitaker … Leah Whitaker said. Her husband added: “…”')", () => {
    const text = "Marcus and Leah Whitaker, both 31, have made four offers since February. “We have been outbid by cash every time,” Leah Whitaker said. Her husband added: “At this point we are looking at the same houses.”\n\n“We are trying not to get our hopes up,” Marcus Whitaker said.";
    expect(speakersOf(text)).toEqual(["Leah Whitaker", "Marcus Whitaker", "Marcus Whitaker"]);
    // (Not where no one else has the name.)
    expect(speakersOf("“We have been outbid every time,” Leah Whitaker said. Her husband added: “We are looking at the same houses.”")[1]).not.toBe("Leah Whitaker");
  });

  it("gives a quotation to the name an office, however long, is set before after it ('“…,” Iraq’s Deputy Prime Minister for Energy Affairs and Minister of Oil, Fuad Abd al-Karim al-Samarrai, said')", () => {
    expect(speakersOf("“This agreement is the largest investment in our southern fields in a decade,” Iraq’s Deputy Prime Minister for Energy Affairs and Minister of Oil, Fuad Abd al-Karim al-Samarrai, said at the signing ceremony in Baghdad.")).toEqual(["Fuad Abd al-Karim al-Samarrai"]);
  });

  it("gives 'the Collector' to the one titled with it first of two offices joined by 'and' ('District Collector and District Magistrate P. Akash Varma … the Collector told reporters')", () => {
    expect(speakersOf("District Collector and District Magistrate P. Akash Varma ordered a magisterial inquiry. “The post-mortem will be videographed,” the Collector told reporters.")).toEqual(["P. Akash Varma"]);
  });

  it("gives the words of a pronoun opening the sentence after a question to the one asked ('… Tolentino, asked Macaraeg whether …. He said … the cash arrived “…”')", () => {
    const text = "Retired Police Colonel Rodelio Macaraeg, 58, testified on Monday.\n\nThe committee's chairperson, Senator Amelia Reyes Tolentino, asked Macaraeg whether the money had come from public funds. He said he did not know, but that the cash always arrived “in sealed envelopes, never with a receipt”.";
    expect(speakersOf(text)).toEqual(["Rodelio Macaraeg"]);
  });

  it("reads a rite said, 'a Mass said in her sitting room', as no one's words and no actor ('… Mrs Considine … with a Mass said in her sitting room.¶“…,” she told the Courier')", () => {
    const text = "Friends gathered to celebrate the 100th birthday of Bridget Considine.\n\nMrs Considine marked the day itself quietly on Friday with a Mass said in her sitting room by the parish priest.\n\n“I don’t feel a hundred,” she told the Courier on Saturday.";
    expect(speakersOf(text)).toEqual(["Bridget Considine"]);
    expect(actorsOfText(text).map((a) => a.name)).not.toContain("Mass");
  });

  it("gives 'the dean said' to the one an office of dean was set beside after the name ('… said the Very Rev Dr Helen Marchbank, Dean of Holyborne. … The dean said …')", () => {
    const text = "“It is like seeing an old friend after a long illness,” said the Very Rev Dr Helen Marchbank, Dean of Holyborne. “For six years people have walked past a wall of plastic sheeting.”\n\nThe dean said the restoration had come “within a whisker of being mothballed” in 2020.";
    expect(speakersOf(text)).toEqual(["Helen Marchbank", "Helen Marchbank", "Helen Marchbank"]);
  });

  it("gives the words a relative clause with a pronoun of its own says were said to that pronoun, not to the name it follows ('his book ‘Cold Feet’, which he has said was ‘…’')", () => {
    const text = "Callum Reid, 34, reached the summit on Tuesday. He wrote about his first attempt in his book ‘Cold Feet’, which he has said was ‘mostly an apology to my mother’.";
    expect(speakersOf(text)).toEqual(["Callum Reid"]);
  });

  it("takes no name a comma sets a place or an institution beside for 'she' ('… visit Scoil Mhuire, the primary school she attended. She has …¶“…,” she said')", () => {
    const text = "Bridget Considine turned 100 on Friday. “I feel about seventy-five,” she said.\n\nNext month she is due to visit Scoil Mhuire, the primary school she attended. She has already prepared a speech.\n\n“I’ll tell them we had no phones,” she said.";
    expect(speakersOf(text)).toEqual(["Bridget Considine", "Bridget Considine"]);
  });

  it("gives 'the curator said' to the one whose two offices, however long, are set before the name ('The zoo's Curator of Mammals and Coordinator of the European Endangered Species Programme for Black Rhinoceros, Dr Emma Ashcroft,')", () => {
    const text = "The zoo's Curator of Mammals and Coordinator of the European Endangered Species Programme for Black Rhinoceros, Dr Emma Ashcroft, said the birth was good news. “Every single calf matters for a species with so few animals left,” the curator said.";
    expect(speakersOf(text)).toEqual(["Emma Ashcroft"]);
    // (Not past a comma and "and" to another office and its holder.)
    const two = "The Premier of South Australia, Anthony Marchetti, and the Minister for Primary Industries and Regional Development, Claire Hocking, announced the package. “Our farmers are tough,” the premier said.";
    expect(actorsOfText(two).find((a) => a.name === "Claire Hocking")?.roles).toEqual(["Minister for Primary Industries and Regional Development"]);
  });

  it("gives 'the Kenyan said' to the one person the text placed in Kenya, before the one named last ('Bernard Chelimo of Kenya won …. Ethiopia's Gebre Haile was third.¶“…,” the Kenyan said')", () => {
    const text = "Bernard Chelimo of Kenya won the Rotterdam Marathon on Sunday, pulling away from Uganda's Isaac Chemutai.\n\nChelimo crossed the line eight seconds ahead of Chemutai, with Ethiopia's Gebre Haile third. Cool, still conditions had raised hopes of a course record.\n\n“I knew Isaac was strong, so I waited and waited,” the Kenyan said.";
    expect(speakersOf(text)).toEqual(["Bernard Chelimo"]);
  });

  it("reads a people's word that opens its sentence with a capital as it reads one in lower case ('British climber Helen Marsh …. The Briton, a former physiotherapist, said: “…”')", () => {
    expect(speakersOf("British climber Helen Marsh, 52, described the route as hard. The Briton, a former physiotherapist from Sheffield, said: “We were lucky with the weather.”")).toEqual(["Helen Marsh"]);
  });

  it("gives the words of a clause joined by 'though' to its own subject ('“…,” said Lee Dong-wook, an analyst at Mirae Research, though Cho Eun-ha of Hana Tech Partners warned that “…”')", () => {
    expect(speakersOf("“This is not a Note 7 situation yet,” said Lee Dong-wook, a technology analyst at Mirae Research in Seoul, though Cho Eun-ha of Hana Tech Partners warned that “the brand damage in Europe could last much longer”.")).toEqual(["Lee Dong-wook", "Cho Eun-ha"]);
  });

  it("reads a clause joined by 'and' whose subject is a role before a name as no attribution of the quotation before it ('said the favourite had “run his heart out”, and trainer Nicholas Whitlock said: “…”')", () => {
    expect(speakersOf("His jockey, Harry Spelman, said the favourite had “run his heart out”, and trainer Nicholas Whitlock said: “No excuses.”")).toEqual(["Harry Spelman", "Nicholas Whitlock"]);
    // (A verb joined by "and" goes on with the same subject.)
    expect(speakersOf("Harry Spelman said the favourite had “run his heart out”, and told reporters he was proud.")).toEqual(["Harry Spelman"]);
  });

  it("reads a given name joined by 'and' to a couple's full name as the first one's, with the shared family name, for 'her husband' to find ('Graham and Susan Ellery, from Leeds, who …. Her husband was more philosophical. “…,” he said')", () => {
    const text = "Among them were Graham and Susan Ellery, from Leeds, who had planned a holiday on Naxos. “We booked this in January,” said Susan Ellery, 58. Her husband was more philosophical. “We have lost a night in the hotel,” he said.";
    expect(speakersOf(text)).toEqual(["Susan Ellery", "Graham Ellery"]);
    // (Not where a courtesy title and the surname alone name the one who spoke: either of the couple may be meant.)
    expect(speakersOf("Karen and Steve Lowe, who run a café, were less sure. “It is quiet,” Mrs Lowe said. Her husband added: “We will see.”")[1]).not.toContain("Lowe");
    // (Nor a family name the text gave before: "for Ortega and Tim Okafor had it 116-111".)
    expect(actorsOfText("Rafael Ortega kept his title. Judge Carla Benton scored it for Ortega and Tim Okafor had it 116-111 for the Mexican.").map((a) => a.name)).not.toContain("Ortega Okafor");
  });

  it("finds the spouse of one who spoke in the paragraph before ('Paul and Sinead Whitmore, who …¶“…,” says Sinead Whitmore.¶Her husband, a fitter, says …. “…,” he says')", () => {
    const text = "Among the strikers were Paul and Sinead Whitmore, who both work at the treatment works.\n\n“We are doing chemistry at three in the morning,” says Sinead Whitmore, 44.\n\nHer husband, a maintenance fitter, says the strike days cost the household £1,100. “We have had to tighten our belts,” he says.";
    expect(speakersOf(text)).toEqual(["Sinead Whitmore", "Paul Whitmore"]);
  });

  it("gives 'the governing body said' to the body the paragraph last named, with no one named since ('The Welsh Rugby Union approved the merger …. In a statement, the governing body said it “…”')", () => {
    expect(speakersOf("The Welsh Rugby Union approved the merger on 22 April. In a statement, the governing body said it “fully supports community clubs”.")).toEqual(["Welsh Rugby Union"]);
    // (Not where another has been named since.)
    expect(speakersOf("The Welsh Rugby Union approved the merger. Club chairman Gareth Price welcomed it. In a statement, the governing body said it “fully supports community clubs”.")).toEqual(["governing body"]);
  });

  it("handles an article of 10,000 quotes in well under the time a briefing takes", () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `“Statement number ${i} is on the record,” said Official Number${i % 50} Smith.`).join("\n\n");
    const started = performance.now();
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
