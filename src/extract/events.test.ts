import { describe, expect, it } from "vitest";
import { extractArticle } from "./index.js";
import { testArticle } from "./test-article.js";

/** The dates of the events found in a text published on a day. */
function datesOf(text: string, published: string): Array<string | undefined> {
  return extractArticle(testArticle(text, published), { only: ["events"] }).events.map((e) => e.date.resolved?.value);
}

/** Each event's date as written and as resolved. */
function datedExpressions(text: string, published: string): Array<[string, string | undefined]> {
  return extractArticle(testArticle(text, published), { only: ["events"] }).events.map((e) => [e.date.expression, e.date.resolved?.value]);
}

describe("events", () => {
  it("reads a bare verb after 'which' right before the date, or a place before it, as a present plan, whatever the tagger made of it", () => {
    expect(datesOf("Kjeldsen and Dahl, who first partnered in 2019, were seen as contenders for a medal at the Paris Olympics, which open on July 26.", "2024-05-22")).toEqual(["2019", "2024-07-26"]);
    // (With where it opens between.)
    expect(datesOf("Treviño's win in León had also been her ticket to the Pan American Games, which open in Lima on July 26.", "2019-03-29")).toEqual(["2019-07-26"]);
  });

  it("gives a bare verb joined by 'and' to one after a modal the modal's future, as the tagger reads the verbs", () => {
    expect(datesOf("He said he would take a break from racing and decide on his future in September.", "2016-07-19")).toEqual(["2016-09"]);
  });

  const text = "Militias said Sunday they had launched an operation. They set up a command center Saturday night.\n\nNo date here. ISIS seized the city in 2014 and held it since.";

  it("makes one event per dated sentence, with the sentence as its text", () => {
    const { events } = extractArticle(testArticle(text, "2016-11-06"), { only: ["events"] });
    expect(events.map((e) => [e.date.resolved?.value, e.text.slice(0, 20)])).toEqual([
      ["2016-11-06", "Militias said Sunday"],
      ["2016-11-05", "They set up a comman"],
      ["2014", "ISIS seized the city"],
    ]);
  });

  it("reads what a decision told in the past starts from, a few months on, as ahead", () => {
    expect(datesOf("A measure cutting the fleet to 2,500 scooters from October 1 was then approved. Sales rose from March 3.", "2024-07-05")).toEqual(["2024-10-01", "2024-03-03"]);
  });

  it("reads what is forecast through a day as ahead", () => {
    expect(datesOf("Officials issued heat warnings, with highs of 39 C forecast through Thursday.", "2024-07-23")).toEqual(["2024-07-25"]);
  });

  it("sets a day and month told in the past in the year its sentence named before it", () => {
    expect(datesOf("In 2021 a wildfire destroyed the village on June 30. Floods in 2019 destroyed the road on March 3. In 2019 the firm sold shares, and it will list on March 4.", "2024-07-23")).toEqual(["2021", "2021-06-30", "2019", "2019-03-03", "2019", "2025-03-04"]);
  });

  it("reads what someone has offered from a month as ahead, an offer made in a month as past", () => {
    expect(datesOf("The company has offered a 4% rise from April. The union offered a compromise in March.", "2026-01-19")).toEqual(["2026-04", "2025-03"]);
  });

  it("reads a month that ends a span from an earlier date as after it", () => {
    expect(datesOf("Annual inflation has fallen from a peak of 75.5 per cent in May last year to 42.1 per cent in January.", "2025-02-06")).toEqual(["2024-05", "2025-01"]);
  });

  it("reads a weekday a closure holds until 'at least' as ahead", () => {
    expect(datesOf("A surfer was bitten by a shark on Sunday morning. Council has closed Lighthouse Beach until at least Wednesday.", "2020-10-06")).toEqual(["2020-10-04", "2020-10-07"]);
  });

  it("reads a rally announced, or a human chain called, for a weekday as the coming one", () => {
    expect(datesOf("Haque announced a protest rally in Savar on Saturday. Labour leaders have called a human chain in front of the National Press Club on Saturday demanding compensation.", "2015-11-19")).toEqual(["2015-11-21", "2015-11-21"]);
  });

  it("reads a month that names a vote something comes ahead of as the coming one", () => {
    expect(datesOf("Dr Wekesa accused politicians of turning a labour dispute into a campaign issue ahead of the August general election.", "2017-01-05")).toEqual(["2017-08"]);
  });

  it("reads 'May' that ends a clause after a word that places it in time as the month, not the verb", () => {
    expect(datesOf("He was suspended in January 2025, and the federation imposed the full ban last May. Theresa May spoke.", "2026-02-11")).toEqual(["2025-01", "2025-05"]);
  });

  it("reads a weekday a thing announced is set for as the coming one", () => {
    expect(datesOf("Traders announced a shutter-down strike for Saturday if power is not restored. The union announced a strike for 3 June.", "2019-05-30")).toEqual(["2019-06-01", "2019-06-03"]);
  });

  it("reads what could be sensed, or what nobody could do, until a day as told in the past; a state now or ahead as ahead", () => {
    expect(datesOf("Gunfire could be heard until Monday afternoon. Nobody could tell me anything until Sunday lunchtime, she said. The road is closed until Friday. Rain could fall on Friday.", "2023-07-26")).toEqual(["2023-07-24", "2023-07-23", "2023-07-28", "2023-07-28"]);
  });

  it("reads a refusal with 'would not say' as told in the past, a plan with 'would' as ahead", () => {
    expect(datesOf("The minister would not say on Monday whether he would resign. He said he would decide on Friday. She wouldn't comment on Thursday.", "2025-02-11")).toEqual(["2025-02-10", "2025-02-14", "2025-02-06"]);
  });

  it("reads each item of a list as a sentence of its own, without its marker, though no item ends with a full stop", () => {
    const text = "Key facts:\n• 553 mm of rain at Kalawana in the 24 hours to Friday morning\n- 146 confirmed deaths by Saturday evening\n2. Schools shut since Monday";
    const { events } = extractArticle(testArticle(text, "2017-05-28"), { only: ["events"] });
    expect(events.map((e) => [e.date.resolved?.value, e.text])).toEqual([
      ["2017-05-26", "553 mm of rain at Kalawana in the 24 hours to Friday morning"],
      ["2017-05-27", "146 confirmed deaths by Saturday evening"],
      ["2017-05-22", "Schools shut since Monday"],
    ]);
  });

  it("counts 'three days before the raids' from the day of the series of raids the text told of, not from the day it named last", () => {
    const text = "Police arrested six men on Tuesday in a series of raids in Antwerp.\n\nThe ship had docked on March 2.\n\nThree days before the raids, customs officers found the drugs.";
    expect(datedExpressions(text, "2019-03-15")).toEqual([
      ["Tuesday", "2019-03-12"],
      ["March 2", "2019-03-02"],
      ["Three days before", "2019-03-09"],
    ]);
  });

  it("counts 'the day after the shooting' from the day the text wrote beside that happening, not from the day it named last", () => {
    const text = "The charges stem from the July 11 shooting of Marcus Dellinger.\n\nThe officer was charged on Monday.\n\nHe was placed on leave the day after the shooting and moved to unpaid leave on Wednesday.";
    expect(datedExpressions(text, "2021-08-05")).toEqual([
      ["July 11", "2021-07-11"],
      ["Monday", "2021-08-02"],
      ["the day after", "2021-07-12"],
      ["Wednesday", "2021-08-04"],
    ]);
    // (A length of time before it is no date: "surviving for nine days before the convoy arrived".)
    expect(datedExpressions("The convoy on November 19 brought flour.\n\nThey had lived on lentils for nine days before the convoy arrived.", "2024-11-25")).toEqual([["November 19", "2024-11-19"]]);
  });

  it("reads a result a weekday owns as played, whatever lies ahead for those in it; a game it owns may be still to come", () => {
    expect(datedExpressions("Cape Town - Stormers lock Pieter-Steyn Louw will miss four matches after a Sanzaar judicial committee found him guilty of a dangerous tip tackle in Saturday's Super Rugby defeat to the Bulls at Loftus Versfeld.", "2019-03-14")).toEqual([["Saturday", "2019-03-09"]]);
    expect(datedExpressions("Louw will miss Saturday's game against the Bulls.", "2019-03-14")).toEqual([["Saturday", "2019-03-16"]]);
  });

  it("reads a day after which a state holds now as gone ('Petrol now costs … after the monthly review on Saturday')", () => {
    expect(datedExpressions("Here at home, super petrol retails at 85.57 shillings per litre in Nairobi after the Energy Regulatory Commission's monthly review on Saturday.", "2016-05-17")).toEqual([["Saturday", "2016-05-14"]]);
    expect(datedExpressions("Petrol now costs 85.57 shillings per litre after the monthly review on Saturday.", "2016-05-17")).toEqual([["Saturday", "2016-05-14"]]);
  });

  it("reads a photograph's caption in the present as what the picture shows, not what is still to come", () => {
    expect(datedExpressions("A boy cools off in an irrigation canal on the outskirts of Jacobabad on 14 May. Photograph: Kamran Ali/Pakland Images", "2022-05-16")).toEqual([["14 May", "2022-05-14"]]);
    // (Without the credit, a present that states a plan looks ahead.)
    expect(datedExpressions("The new law takes effect on 14 May.", "2022-05-16")).toEqual([["14 May", "2023-05-14"]]);
  });

  it("reads a span in a relative clause that closes the sentence, in the bare present after a plural, as the one still to come", () => {
    expect(datedExpressions("The association said Dela Cruz had been included in its list for the Games, which run from September 19 to October 4 in Aichi.", "2026-01-18")).toEqual([["September 19 to October 4", "2026-09-19"]]);
  });

  it("dates a live blog's entry that tells of something by the time it opens with, on the blog's day, and not a bare stamp or a greeting", () => {
    const blog = "LIVE: Court jails former councillor\n\n12.40pm: Rahim found guilty on all three charges\n\nThe judge read her ruling for an hour.\n\n14.47 GMT\n\n15.12 Welcome\n\n16.39 Moss serving for the match at 5-4\n\n9:20 a.m. ET — Why this matters\n\n9.05pm: Pre-show fireworks light up the bay\n\n14.05 Queues and cream";
    expect(datedExpressions(blog, "2023-04-28")).toEqual([
      ["12.40pm", "2023-04-28"],
      ["16.39", "2023-04-28"],
      ["9.05pm", "2023-04-28"],
    ]);
  });

  it("counts 'the following year' from the year the text last wrote out, past a month of the story's own year", () => {
    const { events } = extractArticle(testArticle("The council bought the centre in 2018, and it was valued in March at £31 million. Two office blocks bought the following year are empty.", "2024-09-19"), { only: ["events"] });
    expect(events.map((e) => e.date.resolved?.value)).toEqual(["2018", "2024-03", "2019"]);
    expect(extractArticle(testArticle("The year-end results were poor.", "1985-10-23"), { only: ["events"] }).events).toEqual([]);
  });

  it("dates 'election day' on the day the story gave its vote, and leaves it undated where it gave none", () => {
    const { events } = extractArticle(testArticle("Turnout in Sunday's runoff was low, the commission said on Tuesday.\n\nObservers said ballot boxes were stolen on election day.", "2019-06-05"), { only: ["events"] });
    expect(events.map((e) => [e.date.expression, e.date.resolved?.value])).toEqual([["Sunday", "2019-06-02"], ["Tuesday", "2019-06-04"], ["election day", "2019-06-02"]]);
    expect(extractArticle(testArticle("Observers said ballot boxes were stolen on election day.", "2019-06-05"), { only: ["events"] }).events).toEqual([]);
  });

  it("counts 'the previous day' from the story's day, past the day a span of time began ('since Christmas')", () => {
    const { events } = extractArticle(testArticle("Shoemakers yesterday called for quotas. One workshop has cut its staff from 18 to 11 since Christmas.\n\nThe embassy said in a statement the previous day that it was no trade measure.", "1999-02-18"), { only: ["events"] });
    expect(events.map((e) => [e.date.expression, e.date.resolved?.value])).toEqual([["yesterday", "1999-02-17"], ["Christmas", "1998-12-25"], ["the previous day", "1999-02-16"]]);
  });

  it("counts 'N days earlier' in a past perfect clause from the story's day, not from the day it was told", () => {
    const { events } = extractArticle(testArticle("Melissa Hart was found shot on the night of June 3, 2004.\n\nThe prosecutor told the jury on Tuesday that Hart's ex-husband had bought a handgun 12 days earlier.\n\nThe jury was told on Tuesday that the trial would last 12 days.", "2005-02-24"), { only: ["events"] });
    expect(events.map((e) => [e.date.expression, e.date.resolved?.value])).toEqual([["June 3, 2004", "2004-06-03"], ["Tuesday", "2005-02-22"], ["12 days earlier", "2004-05-22"], ["Tuesday", "2005-02-22"]]);
  });

  it("gives a date that opens the sentence the plan its main clause states", () => {
    const dated = (text: string) => datesOf(text, "2024-10-18");
    expect(dated("On Saturday night, after 15 months and a $3.4 million restoration, the curtain goes up again.")).toEqual(["2024-10-19"]);
    expect(dated("On Saturday, rebels shelled the town.")).toEqual(["2024-10-12"]);
  });

  it("reads “today” in a quotation as the day the report is about, when the article came out a day later", () => {
    const dayAfter = extractArticle(testArticle("Stocks fell sharply on Thursday across the country. “We saw chaos on the floor today,” said trader Jane Roe.", "2010-05-07"));
    expect(dayAfter.events.map((e) => e.date.resolved?.value)).toEqual(["2010-05-06", "2010-05-06"]);
    // The same words in a report of the publication day keep the publication day; outside a quotation "today" is the publication day.
    const sameDay = extractArticle(testArticle("Stocks fell sharply on Friday across the country. “We saw chaos on the floor today,” said trader Jane Roe.", "2010-05-07"));
    expect(sameDay.events.map((e) => e.date.resolved?.value)).toEqual(["2010-05-07", "2010-05-07"]);
    const unquoted = extractArticle(testArticle("Stocks fell sharply on Thursday across the country. Traders saw calm return today.", "2010-05-07"));
    expect(unquoted.events.map((e) => e.date.resolved?.value)).toEqual(["2010-05-06", "2010-05-07"]);
  });

  it("reads “tonight” in a quotation as the story's latest news day, not an earlier day named since as what came before, unless that was the day of saying", () => {
    const text = "Jamaica beat England 52–47 on Wednesday night to level the series.\n\nCoach Winsome Blake said her players had answered critics after Monday’s defeat. “They showed it tonight,” Blake told reporters.";
    // (Quotations are found first, as the whole extraction does.)
    const dates = (given: string, published: string) => extractArticle(testArticle(given, published)).events.map((e) => [e.date.expression, e.date.resolved?.value]);
    expect(dates(text, "2008-11-06")).toContainEqual(["tonight", "2008-11-05"]);
    const toldOn = "Radu Vlad won the election, the bureau said on Monday.\n\n“People voted against the old way,” Vlad told supporters on Sunday night. “From tomorrow, every contract will be published.”";
    expect(dates(toldOn, "2023-05-16")).toContainEqual(["tomorrow", "2023-05-15"]);
  });

  it("reads “today” in a quotation as the day of the news, when a date further back was named since", () => {
    const text = "On Wednesday, the High Court ruled that the evictions were unlawful.\n\nThe judge made permanent an interim order issued on 12 June.\n\n“Today the court has told us that we are human beings,” said Samuel Were, a retired teacher.";
    const dates = (given: string, published: string) => extractArticle(testArticle(given, published)).events.map((e) => [e.date.expression, e.date.resolved?.value]);
    expect(dates(text, "2014-09-25")).toEqual([["Wednesday", "2014-09-24"], ["12 June", "2014-06-12"], ["Today", "2014-09-24"]]);
    // (Not where the publication day itself was named since.)
    const sameDay = "On Saturday, the river swept the bridge away.\n\nFarmers watched rescuers on Sunday morning. “If someone is sick tonight, how do we get him to a doctor?” said Teodoro Ccanto.";
    expect(dates(sameDay, "2012-02-12")).toEqual([["Saturday", "2012-02-11"], ["Sunday morning", "2012-02-12"], ["tonight", "2012-02-12"]]);
  });

  it("reads “yesterday” in a quotation said on no day the text gives as the latest day of the news, or the publication day where the text made that one", () => {
    const dates = (given: string, published: string) => extractArticle(testArticle(given, published)).events.map((e) => [e.date.expression, e.date.resolved?.value]);
    // (Not the day of the news the text named last, Monday, told after the story's Wednesday.)
    const latest = "The flood had forced 410,000 from their homes by Wednesday, officials said.\n\nThe government on Monday allocated emergency funds. Troops were deployed on Sunday.\n\n“I have not heard from my husband since yesterday,” said Rahima Begum, 38.";
    expect(dates(latest, "2025-07-10")).toContainEqual(["yesterday", "2025-07-08"]);
    const today = "Thailand’s opposition won the most seats in Sunday’s election, results released on Monday show.\n\nThe House was dissolved on 21 March.\n\n“The next three weeks will matter more than yesterday’s vote,” said Malee Srisuk, 61.";
    expect(dates(today, "2025-05-19")).toContainEqual(["yesterday", "2025-05-18"]);
  });

  it("reads a present verb that reports nothing as a plan, and a reporting one as looking back", () => {
    expect(datesOf("The match starts at 3pm on Saturday.", "2024-05-17")).toEqual(["2024-05-18"]);
    expect(datesOf("The minister resigns on Friday.", "2024-05-15")).toEqual(["2024-05-17"]);
    expect(datesOf("The law takes effect on Jan. 1.", "2024-05-17")).toEqual(["2025-01-01"]);
    expect(datesOf("The ministry says on Friday that 20 people died.", "2024-05-15")).toEqual(["2024-05-10"]);
    expect(datesOf("OPEC had announced it would raise quotas on July 1.", "2004-07-05")).toEqual(["2004-07-01"]);
  });

  it("tells a wire story from its dateline's day: its 'today' is that day", () => {
    expect(datedExpressions("U.N. to cut jobs\n\nUNITED NATIONS, Oct. 8 — The United Nations will eliminate 1,000 posts, officials said today.", "1996-10-09")).toEqual([["Oct. 8", "1996-10-08"]]);
    expect(datedExpressions("Shelling drives 8,000 from villages\n\nJAMMU, MAY 28. Nearly 8,000 people have fled.\n\nThe Cabinet, which met here today, approved relief.", "2002-05-29")).toEqual([["today", "2002-05-28"]]);
    // A dateline of the publication day changes nothing.
    expect(datedExpressions("HOUSTON, Dec. 2 — Enron filed for bankruptcy today.", "2001-12-02")).toEqual([["Dec. 2", "2001-12-02"]]);
  });

  it.each([
    ["a month that owns a noun, after a plan told of in the past", "The town voted to leave the EU in June's referendum.", "2016-08-05", ["2016-06"]],
    ["a weekday that owns a noun, after a plan told of in the present", "The party plans to boycott Sunday's election.", "2016-08-05", ["2016-08-07"]],
    ["the night of a date", "He died on the night of September 9, 2016, after a pursuit.", "2018-04-11", ["2016-09-09"]],
    ["the morning of a day written before its month", "He was found unresponsive on the morning of 4 February 2015.", "2016-09-22", ["2015-02-04"]],
    ["the night before a weekday", "Crews worked through the night Wednesday in the wreckage.", "1989-10-19", ["1989-10-18"]],
    ["a month a present plan names", "Candidate filing opens in March.", "2021-12-09", ["2022-03"]],
    ["a month in a headline's present, which tells the news", "Inflation hits 5% in March", "2021-12-09", ["2021-03"]],
    ["a deadline after 'must'", "The new map must be submitted to the court by Dec. 15.", "2021-12-09", ["2021-12-15"]],
    ["a participle a future 'have' causes", "Customers will have the money credited to their accounts by the end of June.", "2012-03-29", ["2012-06-30"]],
    ["what someone has been invited to", "Parents have been invited to a meeting at the school on Monday evening.", "2001-06-07", ["2001-06-11"]],
    ["what someone was invited to", "Parents were invited to a meeting at the school on Monday evening.", "2001-06-07", ["2001-06-04"]],
    ["a date after a part of the day and a comma", "Hollister had been declared the winner on election night, Nov. 4, by 17 votes.", "1986-11-26", ["1986-11-04"]],
    ["a weekday after 'the morning last'", "We ran sales until two in the morning last Wednesday.", "2023-08-22", ["2023-08-16"]],
    ["a plan past a participle clause after a comma", "His funeral Mass will take place at St Michael’s Church, Ballinasloe, on Wednesday at 11am, followed by burial.", "2007-01-22", ["2007-01-24"]],
    ["a meeting someone has called", "The Punjab government has called a meeting of traders’ representatives in Lahore on Thursday to discuss the crisis.", "2011-10-19", ["2011-10-20"]],
    ["what has been forecast", "The Met Office has forecast further heavy showers on Wednesday.", "2007-08-21", ["2007-08-22"]],
    ["what lies ahead past a comparison set off by commas", "The chairman said the board would propose a dividend of 12 riyals, up from 8 riyals last year, at the annual meeting in April.", "1991-10-28", ["1990", "1992-04"]],
    ["a participle's clause set off by commas that holds the date", "The corridor project, approved by the state cabinet in February, is to be completed before the fair next year.", "2024-10-28", ["2024-02", "2025"]],
    ["what comes next, after a comma, in a plan", "Halcyon is planning a limited release in December, followed by a wider rollout in the spring.", "2015-09-15", ["2015-12", "2016"]],
    ["'next' after a possessive, saying which one", "On Wednesday, the orchestra named Aino Lehtinen as its next music director.", "2024-11-21", ["2024-11-20"]],
    ["what someone was until a weekday, a noun after the verb", "“I was that man until Saturday,” he said.", "2025-06-18", ["2025-06-14"]],
    ["what someone was until a weekday, with an article", "He was a refugee until Saturday.", "2025-06-18", ["2025-06-14"]],
    ["what had spread by a weekday to a count of places", "The stoppage began on Monday and had spread by Tuesday to three other facilities.", "2024-09-26", ["2024-09-23", "2024-09-24"]],
    ["a happening someone went to in the past, by its weekday", "Among them was Sheriff Dwayne Teague, who drove to Santa Fe for Wednesday's vote.", "2025-03-06", ["2025-03-05"]],
    ["a verb after its subject's apposition, whose 'by' gives a count", "On Tuesday, the Senedd, the Welsh parliament, voted by 31 votes to 27 to approve a bill that would allow ministers to decide bus routes.", "2025-01-29", ["2025-01-28"]],
    ["what someone has recommended", "The regulator has recommended raising the price of diesel to Rs122, from Wednesday, an official said.", "2019-05-14", ["2019-05-15"]],
    ["a day a body agreed to act on, the nearest such day", "The council's cabinet agreed yesterday to close the pool at the leisure centre on March 31, saying repairs were needed.", "2019-11-13", ["2019-11-12", "2020-03-31"]],
    ["a month after a year a span starts from", "He said the school had been asking for a survey since last year and was only visited by engineers in July.", "2023-08-31", ["2022", "2023-07"]],
    ["a month a verb of keeping holds a state until", "Removal of the asbestos could keep the building closed until January.", "1986-10-15", ["1987-01"]],
    ["a plan in the passive, as reported", "Pedemonte said the dockers were ready and that a rally was planned in the city centre on Saturday.", "1989-10-19", ["1989-10-21"]],
    ["a plan in the past passive, told as it happened", "The attack was planned in a flat on Saturday.", "1989-10-19", ["1989-10-14"]],
    ["what is expected, past a condition after the date", "The officers are expected to appear before the Protea Magistrate's Court on Thursday if charges are brought, Molefe said.", "2015-05-12", ["2015-05-14"]],
    ["a span a present plan names that has begun and not ended", "The ban runs from June 1 to July 31.", "2019-06-02", ["2019-06-01"]],
    ["a span a present plan names, told after it ended", "The festival runs from June 1 to July 31.", "2019-08-02", ["2020-06-01"]],
    ["a month set 'as recently as', before a reported future", "Executives had told investors as recently as August that the company would break even in March 2018.", "2016-11-23", ["2016-08", "2018-03"]],
    ["the weekend forecasters are predicting", "Forecasters are predicting a cold snap at the weekend.", "2021-05-19", ["2021-W20"]],
    ["a month after a year it is compared with", "Onion was planted on 1.4 lakh hectares this year, 30 per cent more than last year, after good rains in September.", "2003-12-10", ["2003", "2002", "2003-09"]],
    ["a month after a year in a clause set off before it", "The armyworm, first confirmed in west Africa early last year, was detected in Uganda in January.", "2017-03-15", ["2016", "2017-01"]],
    ["a month a country holds an election in, in the present", "Argentina holds a presidential election in October, and lawmakers have accused the government of diverting funds.", "2011-08-25", ["2011-10"]],
    ["a team's match in the plural present, past a relative clause set off by commas", "Wexley, who are 11th, seven points off the play-off places, play at home to Derwent County on Saturday.", "2019-01-31", ["2019-02-02"]],
    ["a plan seen from a past perfect, at the nearest such day", "She said she had travelled 14 hours by bus for a hip replacement scheduled for June 8.", "2004-07-16", ["2004-06-08"]],
    ["what someone hopes to do, told in the past", "The panel upheld the ban on Wednesday, ending the runner's hopes of competing at the Olympics in July.", "2024-02-22", ["2024-02-21", "2024-07"]],
    ["what someone trains in time for", "She had kept training in the hope of clearing her name in time for the national trials in July.", "2004-03-11", ["2004-07"]],
    ["a hearing a court has set a case down for, told in the past", "The judge listed the matter for hearing on November 19.", "2013-11-07", ["2013-11-19"]],
    ["a participle of an irregular verb after the noun that opens the sentence, before a modal", "Water samples taken on Saturday will be analysed for heavy metals.", "2018-11-14", ["2018-11-10"]],
    ["a passive after a modal and an adverb", "The ministry said stocks would be fully restored by the end of September.", "2011-08-25", ["2011-09-30"]],
    ["a condition in the present that opens the sentence, under a future", "\"If they do not report for the night shift on Wednesday, we will dismiss them,\" he said.", "2012-02-14", ["2012-02-15"]],
    ["a time clause in the past that opens the sentence", "When the storm hit on Wednesday, the town lost power.", "2012-02-14", ["2012-02-08"]],
    ["a participle that says when its noun came about, before a modal", "The union said the pay agreement signed in March would be honoured.", "1994-08-17", ["1994-03"]],
    ["what will stay as it is on a day ahead", "The schools in three towns will remain closed on Friday.", "2014-11-10", ["2014-11-14"]],
    ["a relative clause's past verb, before a main verb that looks ahead", "A storm that flattened barns in Ames and Story City late on Sunday is likely to cost farmers dearly.", "2002-04-10", ["2002-04-07"]],
    ["what is called possible on a day, in reported speech", "A forecaster said more storms were possible on Thursday.", "2002-04-10", ["2002-04-11"]],
    ["what is planned for a month, set off by commas", "He said the next flight, planned for October, would be delayed.", "1991-06-14", ["1991-10"]],
    ["a participle in a 'with' phrase after the date, no tense", "The line cancelled the next sailing, which was due to leave Hull on Saturday with 90 cars booked.", "2012-10-17", ["2012-10-20"]],
    ["an amount in won before the date, no verb", "Daesung will pay a dividend of 500 won a share on Dec. 3.", "2013-10-25", ["2013-12-03"]],
    ["what came due, not what is due", "The group failed to repay bills that fell due on Monday.", "1997-12-11", ["1997-12-08"]],
    ["a gathering those summoned go to", "The ministry summoned both unions to talks on Thursday.", "1985-04-03", ["1985-04-04"]],
    ["what has been promised", "The junta has promised elections in October.", "1985-07-24", ["1985-10"]],
    ["when a promise was made", "The junta has promised in March that it would step down.", "1985-07-24", ["1985-03"]],
    ["when a forecast was made", "The Met Office forecast on Monday that it would rain.", "2007-08-21", ["2007-08-20"]],
    ["what someone wants to do", "Te Whatu Ora wants to close the three-bed unit from February.", "2023-11-16", ["2024-02"]],
    ["a month after a name that ends like a verb", "The company will permanently close its Brannock Works in December.", "1985-10-03", ["1985-12"]],
    ["'later' a weekday, told in the past", "A man was arrested at the address later Saturday morning and charged, police said.", "2021-06-09", ["2021-06-05"]],
    ["a week that owns the event it holds", "He planned to skip next week's event in Spain.", "2010-05-16", ["2010-W20"]],
    ["a year before 1800 after 'in'", "The opera was known only from a review of its premiere in 1749.", "2022-11-25", ["1749"]],
    ["a year before 1800 after 'in', before an infinitive", "The council voted to invoke a royal charter granted in 1227 to stop a private company.", "2009-06-23", ["1227"]],
    ["no year before 1800 that counts things", "The firm delivered to homes in 1500 trucks.", "2022-11-25", []],
    ["no year before 1800 that counts what is sent to a place", "The firm sent supplies in 1500 to the villages.", "2022-11-25", []],
    ["a month inside a relative year", "The plant will close by the end of September next year.", "2019-11-28", ["2020-09"]],
    ["a day with its relative year after it", "Thomas Flanagan died on March 3 last year.", "1998-11-17", ["1997-03-03"]],
    ["a date in an aside with no verb, before a closing attribution", "The appeal will be heard by a panel, probably in October, Morrow said.", "1986-08-21", ["1986-10"]],
    ["a date in an aside with no verb, under a future", "We will implement the order as soon as we receive a copy, probably on Monday.", "2009-11-12", ["2009-11-16"]],
    ["talks someone had invited others to", "An official said the Government had invited the unions for talks on Thursday.", "1992-02-18", ["1992-02-20"]],
    ["a participle in a 'with' clause under a plan", "Pumping is expected to be completed by the end of May, with full production restored in July, the company said in a statement.", "2006-04-20", ["2006-05-31", "2006-07"]],
    ["a vote count between 'voted' and the date", "Members voted 1,402 to 311 on Sunday to reject the offer.", "2002-05-15", ["2002-05-12"]],
    ["a day of strikes someone has called for", "Unions have called for a new nationwide day of strikes and demonstrations on Thursday.", "2023-03-22", ["2023-03-23"]],
    ["a plan presented 'to the' works council, a noun after a determiner", "Management has said it will present its final plan to the works council in April.", "2023-03-22", ["2023-04"]],
    ["'later that year' after a month named before", "The flats were allotted in March 2001. Construction began later that year.", "2003-07-09", ["2001-03", "2001"]],
    ["a month after 'May' the month, not the modal, with its relative year", "He was stopped at the port on May 18th last year.", "2006-02-15", ["2005-05-18"]],
    ["a plan past a relative clause in the past", "Bolt, who until last year concentrated on the 200, begins qualifying in that event Sunday.", "2008-08-16", ["2007", "2008-08-17"]],
    ["what something is scheduled for, the coming day", "The final is Wednesday.", "2008-08-16", ["2008-08-20"]],
    ["a past participle 'set in'", "His record of 9.72, set in New York on May 31, stood for a year.", "2008-08-16", ["2008-05-31"]],
    ["a plan 'set for'", "The vote is set for May 31.", "2008-08-16", ["2009-05-31"]],
    ["a forecast", "Temperatures are forecast to hit 35C on Wednesday.", "2019-05-06", ["2019-05-08"]],
    ["the end of a month after 'will' and a verb the tagger took for an adjective", "The libraries will close by the end of March under plans approved by councillors last night.", "2007-09-27", ["2008-03-31", "2007-09-26"]],
    ["a month after a present verb that is no verb of the calendar", "The decision follows the closure of the swimming baths in June.", "2007-09-27", ["2007-06"]],
    ["a weekday before a purpose clause", "She said the council would meet the receivers on Monday to see what help it could offer.", "1986-02-13", ["1986-02-17"]],
    ["a month after a passive infinitive", "Mr Harte is expected to be called in September.", "2011-06-15", ["2011-09"]],
    ["a weekday in a clause of 'before' under a future", "Pryce will be presented with his county cap before play on Sunday.", "1996-07-05", ["1996-07-07"]],
    ["a weekday something is set for", "The government declared a day of national mourning for Thursday.", "2023-06-07", ["2023-06-08"]],
    ["a weekday a plural subject's bare present plans", "The talks resume on Monday.", "2019-05-08", ["2019-05-13"]],
    ["a deadline after a participle that describes a noun", "The company said it will send text messages to all affected customers by Friday.", "2023-11-14", ["2023-11-17"]],
    ["a hearing a court has listed", "The Federal Court has listed a first case management hearing for March 12.", "2024-02-05", ["2024-03-12"]],
    ["a deadline in a negative present passive", "The buyer must pay a fee of $12 million if the deal isn't completed by Sept. 30.", "1989-06-28", ["1989-09-30"]],
    ["a happening a present verb tells of", "The safety board's preliminary report offers the first official account of the June 22 crash.", "2023-07-13", ["2023-06-22"]],
    ["a weekday in a list's last clause, the main verb far before it and a clause of 'as' after it", "The authority will offer free vaccinations to pregnant women, the elderly and people with chronic illnesses at 32 centres from Sunday, as doctors reported a sharp rise in cases.", "2016-11-08", ["2016-11-13"]],
    ["a day a present relative clause holds until", "Inspectors found 27 companies in breach of the rule, which bans outdoor work between 12.30pm and 3pm until September 15.", "2019-07-16", ["2019-09-15"]],
    ["a market's close on a weekday, under a future verb", "Brasil Fone will pay 14.80 reais a share, a 22 percent premium to Rede Aurora's closing price on Friday.", "2006-07-25", ["2006-07-21"]],
    ["a company's results day in a relative clause", "Rival Tsukuba Devices, which reports on Friday, cut its forecast last month.", "2023-08-10", ["2023-08-11", "2023-07"]],
    ["a bare verb joined by 'but' to one after 'would'", "Protest leaders said they would lift the camp on Tuesday evening but return on June 26 if the ministry did not act.", "2019-06-11", ["2019-06-11", "2019-06-26"]],
    ["no bare verb after 'but': a subject of its own", "\"We'll be watching the radar closely, but nothing we see looks like Monday's storm,\" he said.", "2009-07-22", ["2009-07-20"]],
    ["a weekday the news follows on", "The strike follows the collapse of talks on Wednesday night over a new contract.", "1990-06-14", ["1990-06-13"]],
    ["a weekday the calendar's end falls on", "The championships conclude on Saturday, with the relays the highlight.", "2019-08-30", ["2019-08-31"]],
    ["a month something is being planned for", "Halcyon is planning a limited release in December.", "2015-09-15", ["2015-12"]],
    ["a month something was being planned for", "Halcyon was planning a limited release in December.", "2015-09-15", ["2014-12"]],
    ["the weekend something is for", "Rain is forecast for the weekend.", "2019-05-08", ["2019-W19"]],
    ["what someone is asked to do", "A conciliation officer has asked both sides to meet again on Thursday.", "1997-10-22", ["1997-10-23"]],
    ["a distance set beside a date of the sentence, placing what comes after 'after'", "The minister resigned on Tuesday, two days after the scandal broke.", "2019-05-09", ["2019-05-07", "2019-05-05"]],
    ["a season the tense points to", "The museum will reopen in the spring. The plant was closed in the summer.", "2019-01-09", ["2019", "2018"]],
    ["a participle after a preposition is no past", "The society will open all its branches for extended hours on Saturday, and staff have been sent to help.", "1991-02-12", ["1991-02-16"]],
    ["an infinitive after a bare 'be' takes its time from what governs it", "Work is due to begin in March and be completed by the end of 2003.", "2001-10-17", ["2002-03", "2003-12"]],
    ["a fortnight ago, as an approximate day that lends no month to 'the 3rd' after it", "A fortnight ago, pirates boarded a ship and kidnapped five crew, who were released on the 3rd.", "2016-05-12", ["2016-04-28", "2016-05-03"]],
    ["a verb joined by 'and' after the date has its own clause", "The company had lost money since the lockdown began in late March and expected no recovery soon.", "2020-06-09", ["2020-03"]],
    ["what one had been forced to do is past", "He had been forced to sell his two best players in January to help the club.", "1994-03-21", ["1994-01"]],
    ["what someone is ordered to do, past a long object", "A judge on Thursday ordered the small East Texas town to hold the election again in November.", "2024-08-09", ["2024-08-08", "2024-11"]],
    ["the new year, said late in a year", "The airline will withdraw its flights from Shannon in the new year.", "2011-11-16", ["2012"]],
    ["a month in the year its clause is set in", "Last year's agreement was reached on Dec 20 after a similar breakdown in November.", "1991-12-06", ["1990", "1990-12-20", "1990-11"]],
    ["a month told next with 'and', after the month that sets its year", "He was convicted of fraud in October last year and lost his appeal in June.", "2020-09-09", ["2019-10", "2020-06"]],
    ["a month told next with 'and', the year after", "The company cut 30% of its staff in November and let go of another 200 in February.", "2023-05-10", ["2022-11", "2023-02"]],
    ["a gathering one has arranged, on the day it is set for", "Parents have organised a demonstration outside the city hall on Saturday. The regulator has summoned the directors to a meeting on Thursday. The union called a strike on Monday.", "2015-03-10", ["2015-03-14", "2015-03-12", "2015-03-09"]],
    ["a weekday declared a day of mourning", "The city council declared Thursday a day of mourning in the capital.", "2017-02-15", ["2017-02-16"]],
    ["the month a new state of things starts from, the nearest such", "The government last month capped electricity prices at CZK 6 per kilowatt-hour from January. Prices fell 4% from January.", "2022-10-06", ["2022-09", "2023-01", "2022-01"]],
    ["a happening's time set off after its noun (', to begin on March 1', ', to be held in Asaba, Nigeria, in August')", "The government announced an inspection of flats built before 1991, covering thousands of homes, to begin on March 1. He was named last week for the championships, to be held in Asaba, Nigeria, in August.", "2017-02-17", ["1991", "2017-03-01", "2017-W06", "2017-08"]],
    ["a match won by a score on a day gone by", "Radwan beat Nadia 3-1 in the final at the National Squash Centre on Nov 24, and was tested after the match.", "2020-10-06", ["2019-11-24"]],
    ["a month in a clause of its own after another year", "Alert has been high since the murder in November 2004, and the threat level was raised in March.", "2006-09-14", ["2004-11", "2006-03"]],
    ["no recurrence ('every August'), but a day after 'each'", "The festival, held every August, drew 20,000 visitors this year. Shares sold at $38 each yesterday.", "2019-09-06", ["2019", "2019-09-05"]],
  ])("dates %s", (_name, text, published, dates) => {
    expect(extractArticle(testArticle(text, published), { only: ["events"] }).events.map((e) => e.date.resolved?.value)).toEqual(dates);
  });

  it("reads a verb after 'should' as looking ahead", () => {
    const { events } = extractArticle(testArticle("The City Commission should vote during their meeting in February.", "2014-01-16"), { only: ["events"] });
    expect(events.map((e) => e.date.resolved?.value)).toEqual(["2014-02"]);
  });

  it("reads a progressive after a contracted 'be' as a present arrangement ('it's releasing April 19')", () => {
    const { events } = extractArticle(testArticle("Her page revealed that it's releasing April 19.", "2024-02-04"), { only: ["events"] });
    expect(events.map((e) => e.date.resolved?.value)).toEqual(["2024-04-19"]);
  });

  it("takes the tense of a finite verb, not of a participle or a verb after 'being'", () => {
    const { events } = extractArticle(testArticle("He was convicted of being part of a mob during an attack Feb. 14 at a bowling alley.", "1993-08-26"), { only: ["events"] });
    expect(events.map((e) => e.date.resolved?.value)).toEqual(["1993-02-14"]);
  });

  it("takes a date that qualifies a noun for the nearest such day, and a length of time for no date", () => {
    const { events } = extractArticle(testArticle("The party said on Wednesday it would not recognise the result of the November 8 poll. It took ten days after polling day to count the votes.", "2020-11-11"), { only: ["events"] });
    expect(events.map((e) => [e.date.expression, e.date.resolved?.value])).toEqual([
      ["Wednesday", "2020-11-11"],
      ["November 8", "2020-11-08"],
    ]);
  });

  it("reads a count after a month and a comma as no year, a possibility at the nearest day, a date qualifying a noun in a past clause in the past", () => {
    const { events } = extractArticle(
      testArticle("At the end of September, 15 civilians were killed. Forecasters said the city could expect more rain overnight and Friday. One of those killed in the March 13 strike may have been a child.", "2015-11-19"),
      { only: ["events"] },
    );
    expect(events.map((e) => [e.date.expression, e.date.resolved?.value])).toEqual([
      ["end of September", "2015-09-30"],
      ["Friday", "2015-11-20"],
      ["March 13", "2015-03-13"],
    ]);
  });

  it("reads 'next Thursday', written on a Wednesday, as the Thursday of the week after, and 'next Friday' then as the coming one", () => {
    expect(datesOf("Unions called a day of strikes for next Thursday. The vote is next Friday.", "2023-03-15")).toEqual(["2023-03-23", "2023-03-17"]);
  });

  it("reads 'later Friday', 'Friday afternoon' and a coming Friday, written on a Friday, as that day; 'next Friday' as a week on", () => {
    // Wire copy names its own day by the weekday: "They will meet again Friday" in a Friday story is that Friday.
    const { events } = extractArticle(testArticle("The group would leave Baghdad later Friday. Results are due on Friday afternoon. They will meet again Friday. The court sits next Friday.", "2017-04-21"), { only: ["events"] });
    expect(events.map((e) => e.date.resolved?.value)).toEqual(["2017-04-21", "2017-04-21", "2017-04-21", "2017-04-28"]);
  });

  it("does not let a side event or an aside in parentheses move the story to another day", () => {
    const { events } = extractArticle(testArticle("Stocks fell sharply on Thursday across the country. (By the following day the theory had been dropped.) Traders said “we saw chaos today.”", "2010-05-07"));
    expect(events.map((e) => e.date.resolved?.value)).toEqual(["2010-05-06", "2010-05-07", "2010-05-06"]);
  });

  it("points offsets at the sentence and at the date expression", () => {
    const article = testArticle(text, "2016-11-06");
    for (const event of extractArticle(article, { only: ["events"] }).events) {
      const [source] = event.sources;
      expect(article.text.slice(source!.start, source!.end)).toBe(source!.excerpt);
      expect(article.text.slice(event.date.start, event.date.end)).toBe(event.date.expression);
    }
  });

  it("keeps relative dates unresolved when the article has no publication date", () => {
    const { events } = extractArticle(testArticle(text, null), { only: ["events"] });
    expect(events.map((e) => e.date.resolved?.value ?? null)).toEqual([null, null, "2014"]);
  });

  it("keeps a day and month without a year in the year of the story the paragraph before told, weeks earlier", () => {
    const story = "The farmer was taken to the station on the night of March 2 last year.\n\nHe never saw a magistrate. On March 5, his body was found in the cell.";
    expect(extractArticle(testArticle(story, "1990-08-14"), { only: ["events"] }).events.map((e) => e.date.resolved?.value)).toEqual(["1989-03-02", "1989-03-05"]);
    // Not one far from it, nor one the text sets ahead.
    const later = "The farmer was arrested on March 2 last year.\n\nOn July 9, the court sat. The case will be heard on March 5.";
    expect(extractArticle(testArticle(later, "1990-08-14"), { only: ["events"] }).events.map((e) => e.date.resolved?.value)).toEqual(["1989-03-02", "1990-07-09", "1991-03-05"]);
  });

  it("dates a time of day on the day the story last named, and 'that evening' or 'the following morning' by the night it named", () => {
    expect(datedExpressions("A fire destroyed 600 houses in Tondo on Friday.\n\nThe blaze started at about 10:40 a.m. in a house. It was declared under control at 2:15 p.m.\n\nThe market opens at 9 a.m. daily.", "1998-03-14")).toEqual([
      ["Friday", "1998-03-13"],
      ["10:40 a.m.", "1998-03-13"],
      ["2:15 p.m.", "1998-03-13"],
    ]);
    expect(datedExpressions("Pruitt drove 31 miles on the night of Sept. 14 and waited. Oduya died the following day.\n\nEarlier that evening, Pruitt had called the apartment 17 times.", "1994-06-11").map(([, d]) => d)).toEqual(["1993-09-14", "1993-09-15", "1993-09-14"]);
    expect(datedExpressions("Sunita suffered burns on the night of March 3, 2013. She died four days later.\n\nIn a statement recorded the following morning, she named her husband.", "2015-08-22").map(([, d]) => d)).toEqual(["2013-03-03", "2013-03-07", "2013-03-04"]);
    // Further back than the paragraph before, where the story named no other date since; not past one it did name.
    const further = "A jet returned safely to Denver on Wednesday.\n\nIt landed 25 minutes later, the airline said.\n\n“We heard a loud bang,” said a passenger.\n\nThe crew reported a problem with the engine at about 9:40 a.m.";
    expect(datedExpressions(further, "2024-08-22")).toEqual([["Wednesday", "2024-08-21"], ["9:40 a.m.", "2024-08-21"]]);
    const otherDate = "A jet returned safely to Denver on Wednesday.\n\nThe airline bought it in 2015.\n\n“We heard a loud bang,” said a passenger.\n\nThe crew reported a problem with the engine at about 9:40 a.m.";
    expect(datedExpressions(otherDate, "2024-08-22")).toEqual([["Wednesday", "2024-08-21"], ["in 2015", "2015"]]);
    // The same moment told in another time zone is no date of its own.
    expect(datedExpressions("A blast hit a coal mine late Sunday. It ripped through the mine at around 10:00 pm (0300 GMT Monday), as workers changed shifts.", "2002-08-19").map(([, d]) => d)).toEqual(["2002-08-18", "2002-08-18"]);
  });

  it("dates the small hours after an evening the story told of on the next day, and not after a night told of only in passing", () => {
    expect(datedExpressions("The fire broke out at about 11pm on Saturday in the four-storey block. Firefighters had it under control by 2.30am, a spokesman said. Residents returned to their flats at 9am.", "2019-03-05")).toEqual([
      ["Saturday", "2019-03-02"],
      ["2.30am", "2019-03-03"],
      ["9am", "2019-03-03"],
    ]);
    expect(datedExpressions("Some 300 people spent last night in a school after a train derailed early yesterday near the town. The cars left the tracks at about 4:15 a.m., police said.", "1986-11-08").map(([, d]) => d)).toEqual(["1986-11-07", "1986-11-07"]);
  });

  it("dates an evening's hour the news day has not reached on the evening the story told of ('late Tuesday … Wednesday afternoon … at about 9:40 p.m.'), and the small hours after an evening's hour set before its day ('around 6:30pm on Wednesday')", () => {
    const evening = "A massive explosion tore through a chemical plant late Tuesday, killing three workers.\n\nNine workers remained unaccounted for Wednesday afternoon.\n\n“We are still in a rescue mode,” the county judge said.\n\nThe blast happened at about 9:40 p.m. in a unit that makes ethylene oxide.";
    expect(datedExpressions(evening, "2014-04-09").map(([, d]) => d)).toEqual(["2014-04-08", "2014-04-09", "2014-04-08"]);
    const smallHours = "The launch had left the terminal around 6:30pm on Wednesday with passengers heading home for the weekend. The fire broke out in its engine room around 3:00am, when most passengers were asleep.";
    expect(datedExpressions(smallHours, "2018-02-16").filter(([e]) => /\d/.test(e))).toEqual([["3:00am", "2018-02-15"]]);
  });

  it("reads no verb in a word a number counts ('four wins on March 27'), and a disaster 'the May' names as past ('the May floods')", () => {
    expect(datedExpressions("On appeal, the commission reduced the penalty to four wins on March 27 but upheld the fine.", "2024-05-14")).toEqual([["March 27", "2024-03-27"]]);
    expect(datedExpressions("The insurer now expects to pay out about €55 million for the May floods, a spokeswoman said.", "2019-07-11")).toEqual([["May", "2019-05"]]);
  });

  it("counts 'the following morning' from the story's day, not from the day someone said so", () => {
    expect(datedExpressions("A farmer was buried in grain inside a bin on Monday.\n\n\"It was up past his armpits,\" the fire chief said Tuesday.\n\nThe farmer was released from hospital the following morning.", "1986-10-08")).toEqual([
      ["Monday", "1986-10-06"],
      ["Tuesday", "1986-10-07"],
      ["the following morning", "1986-10-07"],
    ]);
    expect(datedExpressions("A bear attacked a man outside his cabin last Thursday.\n\nHe told game officers in an interview from his home Monday that he never saw it coming. He was released the following morning.", "2006-06-28").map(([, d]) => d)).toEqual(["2006-06-22", "2006-06-26", "2006-06-23"]);
    // What was said to have happened on a day is the story's: "the next day" counts from it.
    expect(datedExpressions("The police said the fire started Monday. It was put out the next day.", "1986-10-08").map(([, d]) => d)).toEqual(["1986-10-06", "1986-10-07"]);
    // With no other day, the day of saying is the one to count from.
    expect(datedExpressions("The company said on Wednesday that profit fell, according to its report, released the same day.", "2023-05-18").map(([, d]) => d)).toEqual(["2023-05-17"]);
  });

  it("looks ahead for a deadline, for what comes ahead of a date, for talks those called go to, and past a unit's hyphen", () => {
    expect(datesOf("Tirana ordered a Macedonian counsellor to leave Albania by Saturday.", "1993-06-24")).toEqual(["1993-06-26"]);
    expect(datesOf("Notices posted on building doors gave tenants until Dec. 31 to leave.", "2017-11-03")).toEqual(["2017-12-31"]);
    // ("a tax amnesty, to run until the end of September": how long what was announced is to last.)
    expect(datesOf("He also announced a tax amnesty, to run until the end of September, under which people with undeclared income may pay what they owe.", "1988-01-28")).toEqual(["1988-09-30"]);
    expect(datesOf("The amnesty, which was to run until the end of September, was cut short.", "1988-11-28")).toEqual(["1988-09-30"]);
    expect(datesOf("A diplomat said the expulsion was a message ahead of national elections in June.", "1987-04-16")).toEqual(["1987-06"]);
    // ("to trade ahead of earnings announcements was sentenced on Tuesday": the main clause's verb is past.)
    expect(datesOf("An analyst who traded ahead of earnings announcements was sentenced on Tuesday.", "2011-12-14")).toEqual(["2011-12-13"]);
    expect(datesOf("The labour ministry called both sides to talks in Buenos Aires on Thursday.", "1985-11-13")).toEqual(["1985-11-14"]);
    expect(datesOf("The union called a strike on Thursday.", "1985-11-13")).toEqual(["1985-11-07"]);
    expect(datesOf("Workers will get a 35-cent raise on Sunday, when the minimum wage rises to $10.", "2012-03-28")).toEqual(["2012-04-01"]);
  });

  it("looks ahead for a bare verb after 'will see', for what one is told not to do until a day, and never takes 'last January' for this January", () => {
    expect(datesOf("Millions of customers will see their bills go up from Saturday, as annual price rises take effect.", "2023-03-30")).toEqual(["2023-04-01"]);
    expect(datesOf("Small boats were advised not to sail until Wednesday, she said.", "2007-09-18")).toEqual(["2007-09-19"]);
    expect(datesOf("It was the first greeting since Emperor Akihito acceded to the throne last January.", "1990-01-03")).toEqual(["1989-01"]);
    expect(datesOf("He will visit next January.", "1990-01-03")).toEqual(["1991-01"]);
  });

  it("looks ahead for what is not expected until a date, a court date set on remand and a protest called for, but not past a relative clause in the past", () => {
    expect(datesOf("With the flood not expected to recede until the middle of October, residents say they are watching.", "1998-09-03")).toEqual(["1998-10"]);
    expect(datesOf("They were remanded in custody to appear at Southampton crown court on 10 November.", "2022-10-13")).toEqual(["2022-11-10"]);
    expect(datesOf("Several film-makers' unions called for a protest outside the ministry on Saturday.", "2001-06-20")).toEqual(["2001-06-23"]);
    expect(datesOf("The seizure comes amid the crisis that led the government to declare an internal armed conflict on January 9.", "2024-01-29")).toEqual(["2024-01-09"]);
    // ("begins qualifying in that event Sunday": "that" before a noun opens no clause.)
    expect(datesOf("Bolt, who until last year ran the 200, begins qualifying in that event Sunday.", "2008-08-16")).toEqual(["2007", "2008-08-17"]);
  });

  it("reads 'on Jan. 14 of that year' in the year last named, and 'that night' after a passive as the night of the day last named", () => {
    expect(datesOf("Margrethe has reigned since her accession in 1972, following the death of her father on Jan. 14 of that year.", "2012-01-15")).toEqual(["1972", "1972-01-14"]);
    expect(datesOf("Bombings in Casablanca under the 2003 law killed 45 people in May of that year.", "2009-07-31")).toEqual(["2003", "2003-05"]);
    expect(datesOf("Vossler was last seen around 3 p.m. Saturday near the chairlift. He was reported missing that night when he failed to return.", "2024-01-30")).toEqual(["2024-01-27", "2024-01-27"]);
  });

  it("looks ahead for a team's fixture in the bare present, and takes a relative clause's tense for a date inside it", () => {
    // (A team's fixture in the bare present, which the tagger reads as a noun, with or without an aside after the team.)
    expect(datesOf("Rangers face Cape Town City away on Saturday, while Mthatha host TS Galaxy on Friday night.", "2021-03-15")).toEqual(["2021-03-20", "2021-03-19"]);
    expect(datesOf("Castleford, already without three injured forwards, travel to Leeds on Friday night.", "2005-04-26")).toEqual(["2005-04-29"]);
    // (A date in a relative clause set off by commas takes that clause's tense; what someone is tipped for lies ahead.)
    expect(datesOf("Cascade State, which had never won a tournament game before Thursday, will play Arizona Valley in the semifinals.", "1993-03-21")).toEqual(["1993-03-18"]);
    expect(datesOf("Orlando Biggs, who is projected as a first-round pick in June's NBA draft, had 19 points.", "1993-03-21")).toEqual(["1993-06"]);
  });

  it("dates a purpose under a past verb in the past: 'had been built so that it could open in February'", () => {
    expect(datesOf("The newspaper said the bridge had been built in a hurry so that it could open before the Spring Festival in February.", "1994-06-16")).toEqual(["1994-02"]);
    expect(datesOf("The bridge is being rushed so that it could open before the festival in February.", "1994-06-16")).toEqual(["1995-02"]);
  });

  it("dates 'twenty-five years ago this week' to that week, and a day a judge 'fixed for' ahead", () => {
    expect(datedExpressions("Twenty-five years ago this week, the half-decker sank off the island.", "1994-10-08")).toEqual([["Twenty-five years ago this week", "1969-W41"]]);
    expect(datedExpressions("Twenty-five years ago, the half-decker sank off the island.", "1994-10-08")).toEqual([["Twenty-five years ago", "1969"]]);
    expect(datedExpressions("The judge remanded both defendants pending the hearing of their bail applications, which she fixed for August 9.", "2017-08-02").map(([, d]) => d)).toEqual(["2017-08-09"]);
  });

  it("gives stable ids: the same article twice, the same ids", () => {
    const a = extractArticle(testArticle(text, "2016-11-06"), { only: ["events"] }).events.map((e) => e.id);
    const b = extractArticle(testArticle(text, "2016-11-06"), { only: ["events"] }).events.map((e) => e.id);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
  });

  it("reads what the news comes after as gone, and the day of what the subject calls next as ahead", () => {
    expect(datesOf("The loss comes months after the agency's launch of 104 satellites on a single rocket in February.", "2017-06-14")).toEqual(["2017-02"]);
    expect(datesOf("The vote comes after talks in Geneva on Monday.", "2017-06-14")).toEqual(["2017-06-12"]);
    expect(datesOf("Rovers' next match is away to Bradford on Saturday.", "2018-02-20")).toEqual(["2018-02-24"]);
  });

  it("counts 'the following day after the match' from the match the text dated, by any word for it, not from the date before", () => {
    const text = "Dean Prothero attacked the referee in the Division Three game against Cwmparc Harlequins on 24 February.\n\nThe ban runs until 28 February 2028. Prothero had been provisionally suspended the following day after the match.";
    expect(datesOf(text, "2018-03-22")).toEqual(["2018-02-24", "2028-02-28", "2018-02-25"]);
  });

  it("reads a caption with its credit in brackets as showing what happened ('… on Monday. (Supplied: Bali Volcano Watch)')", () => {
    expect(datesOf("Ash billows from Mount Agung in Karangasem regency on Monday. (Supplied: Bali Volcano Watch)", "2026-01-20")).toEqual(["2026-01-19"]);
    expect(datesOf("Lava spews from a fissure north of Grindavík on Wednesday. (Jón Eiríksson/Reykjanes Media)", "2026-02-12")).toEqual(["2026-02-11"]);
    expect(datesOf("Vehicles sit at a standstill on Highway 401 on Sunday night. (Submitted by Carol Ng)", "2025-02-18")).toEqual(["2025-02-16"]);
    expect(datesOf("A health worker vaccinates a toddler on Saturday. (CMC PHOTO/ARNEL ROSALES)", "2023-05-08")).toEqual(["2023-05-06"]);
    expect(datesOf("Relatives hold photographs outside the courthouse on Wednesday. (Haidar Hamdani/AFP/Getty Images)", "2019-05-23")).toEqual(["2019-05-22"]);
    expect(datesOf("A councilman leaves the federal courthouse in Cleveland on Thursday. (Photo: Dan Reyes / The Valley Ledger)", "2019-06-17")).toEqual(["2019-06-13"]);
  });

  it("lets no participle's clause after a comma lend its tense to the clause before ('…, arguing it would lead to higher prices')", () => {
    expect(datesOf("The Competition Bureau challenged the merger before the Competition Tribunal in May, arguing it would lead to higher prices.", "2021-11-23")).toEqual(["2021-05"]);
  });
});
