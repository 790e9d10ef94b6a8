import { describe, expect, it } from "vitest";
import { isoWeek } from "./calendar.js";
import { findDates } from "./dates.js";
import { extractArticle } from "./index.js";
import { testArticle } from "./test-article.js";

// Friday 9 June 2017 and Sunday 6 November 2016 are the publication days of the examples.
const FRI = "2017-06-09";
const SUN = "2016-11-06";

function first(sentence: string, published: string | null) {
  return findDates(sentence, published)[0]?.resolved ?? null;
}

describe("findDates resolves with news tense against the publication date", () => {
  it.each([
    ["Militias said Sunday they had launched an operation.", SUN, "2016-11-06", "day"],
    // What dates from a time goes back to it; a new state that starts from a month lies ahead.
    ["The hospital owed its supplier 412,000 soles in unpaid invoices, some of them dating from January.", "2019-08-15", "2019-01", "month"],
    // What those described could not do was so then; "could" alone looks ahead.
    ["On Wednesday, 212 students who could not show vaccination records were sent home.", "2024-03-08", "2024-03-06", "day"],
    ["Students could be sent home on Wednesday.", "2024-03-08", "2024-03-13", "day"],
    // A weekday that will be declared a day of something is the nearest one.
    ["He said Thursday would be declared a day of mourning in Chornomorsk.", "2019-08-21", "2019-08-22", "day"],
    // A plan told in the past perfect, for a weekday, was for the nearest such day, ahead or gone.
    ["The ship had been due to reach Amsterdam on Wednesday.", "2008-08-19", "2008-08-20", "day"],
    // (Not one told as next: "next Monday" is the coming one.)
    ["County bulldozers had been due to begin clearing the site next Monday.", "2014-06-12", "2014-06-16", "day"],
    ["The meeting had been scheduled for Monday but was postponed.", "2008-08-21", "2008-08-18", "day"],
    // A plan told in the past is for the nearest such month, ahead or gone.
    ["He was to be married in December.", "2019-10-14", "2019-12", "month"],
    ["The vote was to be held in March but was postponed.", "2019-06-14", "2019-03", "month"],
    // An adverb between the auxiliary and the verb ("is now preparing") leaves what is being prepared ahead.
    ["The town is now preparing for the national fireworks fair in March.", "2013-01-08", "2013-03", "month"],
    // A state brought about now that lasts until a month lasts into what lies ahead; one told in the past perfect ended.
    ["Two German importers have suspended new organic contracts from Honduras until September.", "2023-06-15", "2023-09", "month"],
    ["Two German importers had suspended new organic contracts from Honduras until March.", "2023-06-15", "2023-03", "month"],
    // A modal's perfect looks back ("could have been foreseen"), and the month May is no modal ("in May have been told").
    ["According to the commission, the collapse of the bridge on the night of 12 May could have been foreseen.", "2016-06-04", "2016-05-12", "day"],
    ["Households hit by flash floods in May have been told by their insurer that it will not pay.", "2019-07-03", "2019-05", "month"],
    // A clause joined by "but" after the date tells of something else: "had been lodged … on Friday, but would not say".
    ["The arbiter confirmed that a complaint had been lodged after the seventh round on Friday, but would not say by whom.", "2024-07-15", "2024-07-12", "day"],
    // A participle that describes a noun tells no past: "would begin inspecting damaged buildings on Monday".
    ["Mr Alexiou said engineers would begin inspecting damaged buildings on Monday.", "2017-08-12", "2017-08-14", "day"],
    ["Officials checked the damaged buildings on Monday.", "2017-08-12", "2017-08-07", "day"],
    // A team's fixture, with "the" before the other side: "host the Edmonton Oilers on Thursday".
    ["The Jets, who sit second in the Central Division, host the Edmonton Oilers on Thursday before a road trip.", "2025-01-14", "2025-01-16", "day"],
    // A happening told of with "the" before "on" and its weekday has happened, whatever the verb after it.
    ["The arrests on Sunday will not end this dispute.", "2016-03-08", "2016-03-06", "day"],
    // A body that sits on a day meets then.
    ["The association referred the matter to its Disciplinary Committee, which sits on Thursday.", "2014-03-17", "2014-03-20", "day"],
    // "later" after an auxiliary tells what happened after, no future.
    ["The course used at the race on October 6 was later found to be 386 metres short.", "2019-11-13", "2019-10-06", "day"],
    // A capsizing a weekday owns has happened.
    ["The death toll from Thursday’s capsizing of the ferry has risen to 43.", "2016-06-06", "2016-06-02", "day"],
    // A day a few weeks ahead, in a sentence told in the past, is a plan made ("announced a re-test on May 22").
    ["The board cancelled the paper and announced a re-test on May 22.", "2016-05-10", "2016-05-22", "day"],
    ["The minister said the appeals would be processed and the results released on July 2.", "2025-06-18", "2025-07-02", "day"],
    // What is expected to happen, a payment due, a day named as a record date, a pilot extended through a month.
    ["The ministry is expected to release updated figures on March 24.", "2026-01-28", "2026-03-24", "day"],
    ["It kept its dividend unchanged at 57.5 cents a share, payable Jan. 15.", "2017-11-02", "2018-01-15", "day"],
    ["The board declared an interim dividend, with January 30 as the record date.", "2026-01-20", "2026-01-30", "day"],
    ["The council agreed unanimously to extend the free bus pilot through June.", "2026-01-14", "2026-06", "month"],
    // What a body voted or agreed to do on a day is the nearest such day: done by now, or still to come.
    ["The union voted to strike on 24 January.", "2025-01-30", "2025-01-24", "day"],
    // A weekday with its date tells the year, further back than a year where only such a year fits.
    ["He was shot late on the night of Tuesday, August 2nd, at his home.", "2019-05-16", "2016-08-02", "day"],
    // A list of dates written day first is read day first: "14 February, 15 March", not "February, 15".
    ["The remaining strike dates are 14 February, 15 March and 16 March.", "2023-01-20", "2023-02-14", "day"],
    // A plan told as called off was for the nearest such day.
    ["The title fight, set for Saturday night at the arena, was called off on Friday.", "2018-12-02", "2018-12-01", "day"],
    ["The match, set for Saturday, was postponed on Thursday.", "2018-11-29", "2018-12-01", "day"],
    ["The union agreed to meet the company on 10 March.", "2025-01-30", "2025-03-10", "day"],
    ["The consultation is open until 29 April.", "2024-02-05", "2024-04-29", "day"],
    // A state that runs until a clock time on a weekday; "now" after a weekday is no part of the date.
    ["The strike runs until 7am on Wednesday.", "2025-07-25", "2025-07-30", "day"],
    // An adverb between the auxiliaries leaves the future: "will next be heard".
    ["The matter will next be heard on July 12.", "2022-05-19", "2022-07-12", "day"],
    ["In a statement issued later on Wednesday, the studio said it was disappointed.", "2022-05-19", "2022-05-18", "day"],
    ["Students who received their results on Tuesday now face a wait.", "2019-08-15", "2019-08-13", "day"],
    ["They established a joint operations center Saturday night.", SUN, "2016-11-05", "day"],
    ["The prime minister warned on Tuesday that the country will retaliate.", FRI, "2017-06-06", "day"],
    ["The Observatory said 21 people were killed in the Monday night airstrikes.", FRI, "2017-06-05", "day"],
    ["The force commenced movement toward the city on 5 November.", SUN, "2016-11-05", "day"],
    ["On December 10, the SDF unveils the second phase of its offensive.", FRI, "2016-12-10", "day"],
    ["The phone will be available on June 24 in five countries.", "2010-06-08", "2010-06-24", "day"],
    ["The service goes live on July 1.", "2010-06-08", "2010-07-01", "day"],
    ["The quarter ends on June 26.", "2010-06-15", "2010-06-26", "day"],
    ["Markets will stay closed until Friday.", "2008-09-18", "2008-09-19", "day"],
    ["The talks will resume on Monday.", FRI, "2017-06-12", "day"],
    ["The summit will be held on Monday.", FRI, "2017-06-12", "day"],
    ["The minister said funds would be released into the markets when they opened on Friday.", "2008-09-18", "2008-09-19", "day"],
    ["The minister said the markets crashed when they opened on Monday.", FRI, "2017-06-05", "day"],
    // So is a clause of "once" under a future: its present is what is still to happen.
    ["It said a boil-water notice would be withdrawn once a final round of tests is completed on Friday.", "2020-02-19", "2020-02-21", "day"],
    ["The minister said the markets crashed once they opened on Monday.", FRI, "2017-06-05", "day"],
    // What "gave way" before a time was given to no one: no deadline.
    ["The gate gave way shortly before midnight on Tuesday, releasing a torrent into the valley.", "2022-11-11", "2022-11-08", "day"],
    // A condition in a backshifted past under "would" is still to be met; one in the past perfect is not.
    ["The government said it would declare an emergency if the fire was not controlled by Wednesday.", "2023-08-08", "2023-08-09", "day"],
    ["The mayor said the road would have reopened if the rain had stopped by Wednesday.", "2023-08-08", "2023-08-02", "day"],
    ["Yesterday, the company unveiled a phone.", "2010-06-08", "2010-06-07", "day"],
    ["Last week, they reached the gates of the city.", FRI, "2017-W22", "week"],
    // Published on a Monday: a weekday named for a coming event on the day itself is that day.
    ["Obama was set to meet Hayward on Monday.", "2010-06-28", "2010-06-28", "day"],
    ["Tuesday is expected to be another scorcher.", "2021-06-07", "2021-06-08", "day"],
    ["The talks, originally scheduled to begin last Monday, opened on Wednesday.", "1990-06-17", "1990-06-11", "day"],
    ["The talks did not get under way until Tuesday.", "1990-06-17", "1990-06-12", "day"],
    ["Both sides have agreed to return to talk again on June 25.", "1990-06-17", "1990-06-25", "day"],
    ["The accused was remanded in custody to July 13.", "2023-03-09", "2023-07-13", "day"],
    ["OPEC had announced it would raise quotas on July 1.", "2004-07-05", "2004-07-01", "day"],
    ["Napolitano scheduled a news conference for later Sunday night.", "2002-11-11", "2002-11-10", "day"],
    ["Its future was called into question last night.", "2006-06-15", "2006-06-14", "day"],
    ["Last summer, the credit crunch exploded into a global crisis.", "2008-03-18", "2007", "year"],
    ["The first smartphone with Intel chips is projected for 2012.", "2011-05-17", "2012", "year"],
    ["GM shed brands during its 2009 bankruptcy restructuring.", "2013-07-19", "2009", "year"],
    ["The debts stem from a 2009 gas deal with Russia.", "2012-11-05", "2009", "year"],
    ["Overall, May U.S. auto sales fell to the slowest pace in months.", "2011-06-01", "2011-05", "month"],
    ["The president makes a state visit this week.", "2004-11-30", "2004-W49", "week"],
    ["In April, a blog obtained a prototype.", "2010-06-08", "2010-04", "month"],
    ["Since November, the troops have tried to isolate the city.", FRI, "2016-11", "month"],
    ["Contracts won't be renewed after October of next year.", "2009-05-15", "2010-10", "month"],
    ["Platforms have had to report suspicious transactions since May last year.", "2022-06-17", "2021-05", "month"],
    ["OSHA has until early October to issue any citations.", "2014-06-17", "2014-10", "month"],
    ["Businesses have until mid-January to comply.", "2018-06-18", "2019-01", "month"],
    ["\"Without rationing, the reservoir would fall below the level at which we can pump by early July,\" it said.", "2019-06-12", "2019-07", "month"],
    ["By March, sales had fallen by half.", "2019-06-12", "2019-03", "month"],
    ["The group seized the city in 2014.", FRI, "2014", "year"],
    ["The design dates back to 1998.", FRI, "1998", "year"],
    ["Production runs until at least 2007.", "2005-01-01", "2007", "year"],
    ["Earlier this year, rivals outsold the phone.", "2010-06-08", "2010", "year"],
    ["It is the sequel to 2000's Meet the Parents.", "2005-01-03", "2000", "year"],
    ["The flag flew over the church on September 28, 2013.", SUN, "2013-09-28", "day"],
    ["Protesters held a demonstration on the 29th.", "2004-12-01", "2004-11-29", "day"],
    ["Elections are due in September.", FRI, "2017-09", "month"],
    // What something "is in" is a plan; a day fixed or set for something is the nearest such day, whatever the tense.
    ["My daughter's wedding is in December.", "2017-08-02", "2017-12", "month"],
    ["The court fixed Aug 26 for mention and the submission of documents.", "2024-07-18", "2024-08-26", "day"],
    ["The board set March 3 as the date of the vote.", "2024-02-10", "2024-03-03", "day"],
    // "of 11 counts" is no year '11.
    ["He was found guilty by a jury in April of 11 counts of corruption.", "2025-06-02", "2025-04", "month"],
    // The end of a year is its last month, its start its first.
    ["By the end of the year, 500 jobs will go.", FRI, "2017-12", "month"],
    ["The plant closed at the end of last year.", FRI, "2016-12", "month"],
    ["Work will be finished by the end of 2019.", FRI, "2019-12", "month"],
    ["Prices rose at the start of the year.", FRI, "2017-01", "month"],
    ["Prices will peak in the middle of the year.", FRI, "2017", "year"],
    ["Fighting resumed this morning.", FRI, "2017-06-09", "day"],
    // A count in words past twelve, which chrono-node does not read.
    ["The firm had been exploring a listing as early as 2023, people familiar with the matter said.", "2022-04-07", "2023", "year"],
    ["The record was set at Chennai fifteen years ago.", "2019-08-30", "2004", "year"],
    ["They married twenty-five years ago.", "2019-08-30", "1994", "year"],
    ["The plant closed thirteen months ago.", "2019-08-30", "2018-07", "month"],
    ["Over the weekend, rebels shelled the town.", FRI, "2017-W22", "week"],
    ["Protests are planned for this weekend.", FRI, "2017-W23", "week"],
    ["Last weekend, rebels shelled the town.", "2017-06-12", "2017-W23", "week"],
    // Told in the past on a Monday, "this weekend" is the one just gone.
    ["Thousands were ordered to evacuate this weekend.", "2017-07-10", "2017-W27", "week"],
    ["This weekend's rally drew thousands.", "2024-05-20", "2024-W20", "week"],
    // "by the weekend": a deadline is the coming weekend, unless the sentence looks back.
    ["A second ship would leave Suva with more supplies by the weekend.", "2007-03-08", "2007-W10", "week"],
    ["If there is no agreement by the weekend, they will block the highways.", "2023-11-08", "2023-W45", "week"],
    ["By the weekend the fires had been contained.", "2016-04-05", "2016-W13", "week"],
    ["In mid-May the army moved.", FRI, "2017-05", "month"],
    ["Prices rose between 2010 and 2012.", FRI, "2010", "year"],
    // The verb "last" is no "last week"; "it's releasing" is a present arrangement; "expects to" looks ahead.
    ["The new rates will be finalized soon and last for 10 months starting on July 1.", "2024-04-17", "2024-07-01", "day"],
    ["The group expects to study the data ahead of Wednesday's decision.", "2007-12-03", "2007-12-05", "day"],
    ["Sales beat the record it set with last year's introduction of the phone.", "2015-09-28", "2014", "year"],
    // A weekday named with its date tells the year; a participle after an article carries no tense.
    ["Staff are required to return Monday, Feb. 26.", "2018-02-20", "2018-02-26", "day"],
    ["The school where a student killed 17 people will have a phased reopening with classes to resume by Feb. 28.", "2018-02-20", "2018-02-28", "day"],
    // A plan or an expectation looks ahead, as does a day a present state runs to, or a deadline.
    ["A campus orientation is set for 3 p.m. Sunday.", "2018-02-20", "2018-02-25", "day"],
    ["Phoenix expects a peak of 117 on Sunday.", "2020-07-10", "2020-07-12", "day"],
    ["Shares fell more than expected on Monday.", "2020-07-10", "2020-07-06", "day"],
    ["Another strike is penciled in for Sept. 27.", "2019-09-09", "2019-09-27", "day"],
    ["The commission should vote during its meeting in February.", "2014-01-16", "2014-02", "month"],
    ["The dry weather continues through Tuesday.", "2021-12-12", "2021-12-14", "day"],
    ["By Tuesday morning we are aiming to resume normal operations.", "2010-12-26", "2010-12-28", "day"],
    ["The board postpones its vote until February.", "2019-01-24", "2019-02", "month"],
    // A past verb of deciding after the date is the date's own verb.
    ["EQT in March agreed to buy Equitrans in an all-stock deal.", "2024-06-12", "2024-03", "month"],
    // A word after a day of the month that opens with "am" or "pm" is no clock time.
    ["All ministers resigned on April 3 amid protests.", "2022-04-04", "2022-04-03", "day"],
    ["“Tuesday, I'll go to Michigan to join the picket line,” he said.", "2023-09-22", "2023-09-26", "day"],
    ["Tsvangirai, who is to return to Zimbabwe on Saturday, will face Mugabe.", "2008-05-23", "2008-05-24", "day"],
    ["Ian is expected to remain strong as it crosses the state late Thursday.", "2022-09-28", "2022-09-29", "day"],
    ["He said $50 million is needed by July to pay for the campaigns.", "2005-06-23", "2005-07", "month"],
    ["The sanctions punish interference in the U.S. 2016 presidential election.", "2017-07-31", "2016", "year"],
    ["She beat Sloane Stephens, the 2017 U.S. Open champion.", "2018-10-28", "2017", "year"],
    ["Foreclosures doubled in the first three months of the year.", "2008-04-30", "2008", "year"],
    // "by year-end", written the other way round; "year-end results" is no date.
    ["The bank would cut its staff by 140 people by year-end.", "1985-10-23", "1985-12", "month"],
    // A participle of saying after the date opens a clause of its own.
    ["The firm had sent letters to 300 workers on Saturday warning them they would be dismissed.", "1991-05-14", "1991-05-11", "day"],
    // What is set for a date, or arranged for others to do, lies ahead.
    ["A meeting has been called for October 3.", "2024-09-19", "2024-10-03", "day"],
    ["We have arranged for 45 buses to run on the main routes from Monday.", "2001-08-17", "2001-08-20", "day"],
    // What forecasters warn of lies ahead.
    ["Forecasters have warned of further heavy showers across England on Monday.", "2007-07-01", "2007-07-02", "day"],
    // A percentage after a month and a comma is no year.
    ["In a survey conducted in October, 61% of parents backed the change.", "2023-02-09", "2022-10", "month"],
    // "by mid-2021", with the hyphen.
    ["The first units should be ready by mid-2021, the developer said.", "2019-07-17", "2021", "year"],
    // A day given a name is the nearest such day.
    ["The city declared Oct. 20 a day of mourning.", "2023-10-19", "2023-10-20", "day"],
    // A participle after a bare "be" is the modal's: no past telling "on" a day.
    ["The result will be announced on Monday.", "2024-02-27", "2024-03-04", "day"],
    ["The result was announced on Monday.", "2024-02-27", "2024-02-26", "day"],
    // What something is backdated to lies before the telling.
    ["The ban is backdated to March 5, the day he was suspended, and will run until March 4, 2026.", "2018-12-03", "2018-03-05", "day"],
    ["The new rates will be backdated to 14 January.", "2020-12-03", "2020-01-14", "day"],
    // A relative clause of what the noun before the date will do leaves the date the past verb's.
    ["The House of Assembly passed a bill on Wednesday night that will open 356,000 hectares to logging.", "2016-03-17", "2016-03-16", "day"],
    // "will" contracted onto its subject, inside straight single quotation marks too.
    ["'I'll be back in the nets in Malahide on Monday,' he said.", "2020-11-20", "2020-11-23", "day"],
    ["“We'll be back in the nets on Monday,” he said.", "2020-11-20", "2020-11-23", "day"],
    // The day a period declared or ordered starts from lies ahead, as one it is set for does.
    ["The government declared three days of national mourning, beginning on Wednesday.", "2015-03-10", "2015-03-11", "day"],
    ["Police said the protest began on Wednesday.", "2015-03-10", "2015-03-04", "day"],
    // A season with its year.
    ["Volunteers spent much of summer 2023 scraping mud from the seats.", "2024-10-18", "2023", "year"],
  ])("%s (published %s) → %s", (sentence, published, value, precision) => {
    expect(first(sentence, published)).toMatchObject({ value, precision });
  });

  it("dates each year of a list, but not the end of a range", () => {
    const years = (sentence: string) => findDates(sentence, FRI).map((d) => d.resolved?.value);
    expect(years("He won titles in 1982 and 1993, and coached stars.")).toEqual(["1982", "1993"]);
    expect(years("The plant flooded in 2010, 2012 or 2014.")).toEqual(["2010", "2012", "2014"]);
    expect(years("Prices rose between 2010 and 2012.")).toEqual(["2010"]);
    // "next year's budget" and "this year's conference" name a thing, not a time something happened.
    expect(years("MPs will study next year's draft budget law at this year's conference.")).toEqual([]);
  });

  it("marks hedged dates as approximate", () => {
    expect(first("Fighting has raged since late last year.", FRI)).toMatchObject({ value: "2016", precision: "year", approximate: true });
    expect(first("The plant opens in early 2016.", "2015-06-01")).toMatchObject({ value: "2016", approximate: true });
  });

  it("reads a month's name, a comma and two digits after a name as a name and an age", () => {
    expect(findDates("A relative, Li Jun, 36, said the workers had no contracts.", "2008-06-10")).toEqual([]);
    expect(findDates("Mark May, 45, said so.", "2008-06-10")).toEqual([]);
  });

  it("resolves 'the next year' against the date named before it", () => {
    const found = findDates("In 2002 she joined the new government the next year.", "2004-12-10");
    expect(found.map((f) => f.resolved?.value)).toEqual(["2002", "2003"]);
  });

  it("reads a date ahead where 'will' governs it, past a closing attribution and an adjective in -ed after 'to'", () => {
    const at = (text: string, published: string) => findDates(text, published).map((f) => f.resolved?.value);
    expect(at("Relief payments will be available to affected residents from Monday, she said.", "2019-12-21")).toEqual(["2019-12-23"]);
    expect(at("The council will vote on Monday, the mayor said.", "2019-12-21")).toEqual(["2019-12-23"]);
    // (What the attribution's own verb tells is no part of it: "The ferry sank on Monday, she said.")
    expect(at("The ferry sank on Monday, she said.", "2019-12-21")).toEqual(["2019-12-16"]);
  });

  it("reads a verb whose past is its bare form ('hit', 'cut') as past where nothing marks another tense", () => {
    const at = (text: string, published: string) => findDates(text, published).map((f) => f.resolved?.value);
    expect(at("The freight train hit a fallen tree near Dunkeld on the night of February 11.", "2021-09-14")).toEqual(["2021-02-11"]);
    expect(at("The central bank cut its main rate by half a point on March 2.", "2021-09-14")).toEqual(["2021-03-02"]);
    // (With "will", or as what others expect, it is ahead.)
    expect(at("The storm will hit the coast on October 2.", "2021-09-14")).toEqual(["2021-10-02"]);
    expect(at("Forecasters expect the storm to hit the coast on October 2.", "2021-09-14")).toEqual(["2021-10-02"]);
  });

  it("reads a word in -s after a determiner and an adjective, before 'of', as a plural noun, no verb in the present ('the southern reaches of the canal')", () => {
    const days = (text: string, published: string) => extractArticle(testArticle(text, published), { only: ["events"] }).events.map((e) => e.date.resolved?.value);
    expect(days("A container ship ran aground in the northern reaches of the river on Tuesday.", "2014-03-12")).toEqual(["2014-03-11"]);
  });

  it("reads an accident a weekday owns as one that happened ('Monday's capsize')", () => {
    const days = (text: string, published: string) => extractArticle(testArticle(text, published), { only: ["events"] }).events.map((e) => e.date.resolved?.value);
    expect(days("Divers recovered more bodies on Wednesday, raising the death toll from Monday's capsize of a river ferry to 41.", "2015-08-05")).toEqual(["2015-08-05", "2015-08-03"]);
  });

  it("reads 'May' at the end of a clause after 'until', 'since' or 'late' as the month, not the verb", () => {
    const at = (text: string, published: string) => findDates(text, published).map((f) => f.resolved?.value);
    expect(at("The suspension keeps him out until late May.", "2024-03-14")).toEqual(["2024-05"]);
    expect(at("Storms have killed 24 people across the region since late May.", "2008-06-14")).toEqual(["2008-05"]);
  });

  it("reads a weekday right after 'possible' or 'likely', with no 'on', as ahead ('more storms were possible Saturday')", () => {
    const at = (text: string, published: string) => findDates(text, published).map((f) => f.resolved?.value);
    expect(at("The forecaster said more showers were likely Saturday.", "2014-08-15")).toEqual(["2014-08-16"]);
  });

  it("reads no tense in a participle that gives a noun its name ('in an exhibition titled “…”')", () => {
    const at = (text: string, published: string) => findDates(text, published).map((f) => f.resolved?.value);
    expect(at("Part of the collection will go on display in Port Moresby in December in an exhibition titled “Sepik: The Long Way Home”.", "2012-10-30")).toEqual(["2012-12"]);
  });

  it("reads a date a court fixes for something as ahead, and a second day of the month written as its number", () => {
    expect(findDates("He adjourned the matter till November 4 and fixed December 9 and 10 for the commencement of trial.", "2020-10-22").map((f) => [f.expression, f.resolved?.value])).toEqual([
      ["November 4", "2020-11-04"],
      ["December 9", "2020-12-09"],
      ["10", "2020-12-10"],
    ]);
    expect(findDates("Candidates will face hustings on 8 and 9 September.", "2022-08-26").map((f) => [f.expression, f.resolved?.value])).toEqual([
      ["8", "2022-09-08"],
      ["9 September", "2022-09-09"],
    ]);
    // (Not a number that counts what follows it, nor a day the month lacks.)
    expect(findDates("On March 3 and 4 people died.", "2020-10-22").map((f) => f.expression)).toEqual(["March 3"]);
    expect(findDates("The festival ran on February 28 and 30.", "2020-10-22").map((f) => f.expression)).toEqual(["February 28"]);
  });

  it("reads a year an owner's thing is of as a date: 'whose 2015 book', 'her 1979 Macbeth', not 'their 2000 Olympians'", () => {
    expect(findDates("The scholar, whose 2015 book traced the routes, has argued it.", FRI).map((f) => f.resolved?.value)).toEqual(["2015"]);
    expect(findDates("A reviewer dismissed her 1979 Macbeth as loud.", FRI).map((f) => f.resolved?.value)).toEqual(["1979"]);
    expect(findDates("Their 2000 Olympians were fit.", FRI)).toEqual([]);
  });

  it("counts 'the previous Monday' from a day the sentence named before it", () => {
    expect(findDates("Cases rose to 23 on Monday, up from nine the previous Monday, officials said.", "2026-02-03").map((f) => f.resolved?.value)).toEqual(["2026-02-02", "2026-01-26"]);
  });

  describe("counts a distance from the day the text last named", () => {
    const tuesday = { value: "2017-06-06", precision: "day", approximate: false } as const;
    it.each([
      ["Two days later, the convoy reached the port.", "2017-06-08"],
      ["A week earlier, the talks had stalled.", "2017-05-30"],
      // A noun phrase after "before"/"after" points back at the happening last dated: the sentence is the offset from it.
      ["A day before the announcement, the company cancelled the deal.", "2017-06-05"],
      ["Three days after the vote, the minister resigned.", "2017-06-09"],
      // ("the week before" it, "the month after" it: the period as a whole.)
      ["Shares were sold in the week before the announcement.", "2017-W22"],
      ["Prices rose in the month after the vote.", "2017-07"],
      // A clause after it brings in a new happening, counted back from the one the story is on.
      ["The move comes a day after a rival, another carmaker, released a list of closures.", "2017-06-05"],
      ["The army advanced two days before rebels blew up the bridge.", "2017-06-08"],
      // (So does a definite noun phrase with a name set beside it, then its verb.)
      ["The takeover came a week after the state mining corporation, Comibol, announced closures.", "2017-05-30"],
      ["By the following day the theory had been abandoned.", "2017-06-07"],
      ["Later that day, the rebels withdrew.", "2017-06-06"],
      ["That evening, the rebels withdrew.", "2017-06-06"],
      ["On the same day, the rebels withdrew.", "2017-06-06"],
      ["On the same day last year, the country had recorded just 99 cases.", "2016-06-06"],
      ["The next morning, the rebels withdrew.", "2017-06-07"],
      ["The previous Friday, the rebels had withdrawn.", "2017-06-02"],
      ["Earlier in the week, the rebels had withdrawn.", "2017-W23"],
    ])("%s", (sentence, expected) => {
      expect(findDates(sentence, FRI, { lastDay: tuesday }).map((f) => f.resolved?.value)).toEqual([expected]);
    });

    it("marks only a happening counted back from the main one as a side event", () => {
      expect(findDates("The move comes a day after a rival released a list.", FRI, { lastDay: tuesday })[0]?.background).toBe(true);
      expect(findDates("A day before the announcement, the company cancelled the deal.", FRI, { lastDay: tuesday })[0]?.background).toBeUndefined();
    });

    it("counts 'the following month' from a month the sentence named, or the month the text named last", () => {
      expect(findDates("He was arrested in November 2019, and he was charged the following month.", FRI).map((f) => [f.expression, f.resolved?.value])).toEqual([["November 2019", "2019-11"], ["the following month", "2019-12"]]);
      expect(findDates("He was charged in March 2020, after his arrest the previous month.", FRI).map((f) => f.resolved?.value)).toEqual(["2020-03", "2020-02"]);
      const october = { value: "2017-10", precision: "month" as const, approximate: false };
      expect(findDates("Police launched an investigation the following month.", FRI, { anchor: october, lastDay: { value: "2017-06-09", precision: "day", approximate: false } }).map((f) => f.resolved?.value)).toEqual(["2017-11"]);
    });

    it("takes 'the following spring' for the year that season falls in after the date last named", () => {
      expect(findDates("By the following spring the sea had given back four bodies.", FRI, { lastYear: { value: "1969-11", precision: "month", approximate: false } }).map((f) => f.resolved?.value)).toEqual(["1970"]);
      expect(findDates("The following summer the mine flooded.", FRI, { lastYear: { value: "2001-03-02", precision: "day", approximate: false } }).map((f) => f.resolved?.value)).toEqual(["2001"]);
      expect(findDates("The previous winter had been mild.", FRI, { lastYear: { value: "2001-03-02", precision: "day", approximate: false } }).map((f) => f.resolved?.value)).toEqual(["2000"]);
    });

    it("takes 'the week before' for a period only where it points back to a happening already dated, not last year's", () => {
      for (const sentence of [
        "It closed the week before Christmas.",
        "Fuel ran short in the weeks before the rains.",
        "Last year's winner saw sales rise in the month after the award.",
      ]) expect(findDates(sentence, FRI, { lastDay: tuesday }).filter((f) => /before|after/.test(f.expression))).toEqual([]);
    });

    it("reads a month named with 'this' as the one of the year of publication ('for this September's Asian Games')", () => {
      expect(findDates("She played for her place in this September's Asian Games.", "2026-03-12").map((f) => [f.expression, f.resolved?.value])).toEqual([["this September", "2026-09"]]);
      expect(findDates("The trials this June were cancelled.", "2026-09-12").map((f) => f.resolved?.value)).toEqual(["2026-06"]);
    });

    it("gives a day and month with no year the year of a day named with one earlier in the sentence, in a past narrative", () => {
      expect(findDates("The suitcases, checked in on 14 June 2022, were not located until 3 July.", "2023-08-29").map((f) => f.resolved?.value)).toEqual(["2022-06-14", "2022-07-03"]);
      // (Not where the day is weeks before the one named: "on 3 May" stays this year's.)
      expect(findDates("The suitcases, checked in on 14 June 2022, were found on 3 May.", "2023-08-29").map((f) => f.resolved?.value)).toEqual(["2022-06-14", "2023-05-03"]);
    });

    it("takes 'the year before' for the year before the one a figure it is compared with was of ('in 2015, up from nine the year before')", () => {
      expect(findDates("Refineries reported 14 flaring events in 2015, up from nine the year before.", FRI).map((f) => f.resolved?.value)).toEqual(["2015", "2014"]);
      expect(findDates("In 2025, 71 players were sanctioned, compared with 44 the year before.", FRI).map((f) => f.resolved?.value)).toEqual(["2025", "2024"]);
      expect(findDates("He joined in 2015 and liked the year before best.", FRI).map((f) => f.resolved?.value)).toEqual(["2015"]);
    });

    it("takes 'that day' for a date only where it says when, not as an object", () => {
      expect(findDates("I will never forget that day.", FRI, { lastDay: tuesday })).toEqual([]);
      expect(findDates("He said the shops stay open, and that day one motions had been filed.", FRI, { lastDay: tuesday })).toEqual([]);
    });

    it("leaves an offset alone when nothing was dated before it, and a bare year does not count as a day", () => {
      expect(findDates("Two days later, the convoy reached the port.", FRI)).toEqual([]);
      expect(findDates("Two days later, the convoy reached the port.", FRI, { anchor: { value: "1987", precision: "year", approximate: false } })).toEqual([]);
    });
  });

  it.each([
    ["The meeting lasted two hours."],
    ["Rebels may gather near the bridge."],
    ["Troops march toward the city."],
    ["The 65-year-old was elected."],
    ["At this year's conference, the company showed a phone."],
    ["He told the Sunday Times that the plan had failed."],
    ["The Good Friday Agreement was signed decades ago."],
    ["Shoppers flocked to stores on Black Friday."],
    ["The plan was drawn up by April Jones, the treasurer."],
    ["Prices rose recently."],
  ])("finds no date in %s", (sentence) => {
    expect(findDates(sentence, FRI)).toEqual([]);
  });

  it("leaves relative dates unresolved without a publication date, but resolves absolute ones", () => {
    expect(findDates("They attacked on Tuesday.", null)[0]).toMatchObject({ expression: "Tuesday", resolved: null });
    expect(findDates("Last week, they advanced.", null)[0]?.resolved).toBeNull();
    expect(first("The flag flew on September 28, 2013.", null)).toMatchObject({ value: "2013-09-28" });
  });

  it("reads no clock time into a date: a price or a time of day stays out of the expression", () => {
    expect(findDates("Shares rose US$5.41 yesterday in regular trading.", "2010-06-15")[0]).toMatchObject({ expression: "yesterday", resolved: { value: "2010-06-14" } });
    expect(findDates("In a press conference at 16:15 UTC, June 1st, he spoke.", "2009-06-01")[0]).toMatchObject({ expression: "June 1st", resolved: { value: "2009-06-01" } });
  });

  it("still reads a weekday after a name that is not part of it", () => {
    expect(first("Brig. Gen. Talal Ali Selo told CNN Sunday.", SUN)).toMatchObject({ value: "2016-11-06" });
    expect(first("He met President Obama on Monday.", FRI)).toMatchObject({ value: "2017-06-05" });
  });

  it("reads no year where a count or a measure follows the number, and no month in the verb or the name May", () => {
    expect(findDates("The 2000 troops arrived for 2000 people.", FRI)).toEqual([]);
    expect(findDates("It may be that May will rain.", FRI).map((d) => d.expression)).toEqual([]);
    expect(findDates("Theresa May said the vote would go ahead.", FRI)).toEqual([]);
  });

  it("reads a holiday kept on a fixed day as that day, after a word of time, in the year the tense or a written year gives", () => {
    expect(first("The last time I saw him was at Christmas.", "1990-02-15")).toEqual({ value: "1989-12-25", precision: "day", approximate: false });
    expect(first("We will meet again at Christmas.", "1990-02-15")?.value).toBe("1990-12-25");
    expect(first("He died on Christmas Day, 1989.", "1995-05-01")?.value).toBe("1989-12-25");
    expect(first("Last New Year’s Eve the bridge was closed.", "2019-06-01")?.value).toBe("2018-12-31");
    // The month said after the holiday is its own, not a second date.
    expect(findDates("On Australia Day in January, he worked a 14-hour shift.", "1988-06-25").map((f) => [f.expression, f.resolved?.value])).toEqual([["Australia Day in January", "1988-01-26"]]);
    // No day: a holiday's name as a modifier, inside a longer name, or with what lies before or after it.
    for (const sentence of ["She bought Christmas presents for them.", "He arrived on Christmas Island by boat.", "The toys were recalled weeks before Christmas."]) expect(findDates(sentence, "1997-11-20")).toEqual([]);
  });

  it("gives every day of a list the year written after its last day, and no day outside the list", () => {
    const values = (sentence: string) => findDates(sentence, "2025-01-23").map((f) => f.resolved?.value);
    expect(values("The city held two open houses, on Nov. 6 and Nov. 14, 2024.")).toEqual(["2024-11-06", "2024-11-14"]);
    expect(values("Hearings were set for March 3, March 10 or March 17, 2019.")).toEqual(["2019-03-03", "2019-03-10", "2019-03-17"]);
    expect(values("He arrived on Nov. 6 and left on Dec. 2, 2023.")).toEqual(["2024-11-06", "2023-12-02"]);
  });

  it("sets the day a happening of a year still to come is scheduled for in that year, not a sale of its tickets", () => {
    const values = (sentence: string, published: string) => findDates(sentence, published).map((f) => f.resolved?.value);
    expect(values("The 2020 edition of the race is scheduled for 8 November.", "2019-10-13")).toEqual(["2020", "2020-11-08"]);
    expect(values("Tickets for the 2026 World Cup go on sale on 8 November.", "2025-10-13")).toEqual(["2026", "2025-11-08"]);
  });

  it("gives a span's start the year written at its end, or the year before for a span over the new year", () => {
    const values = (sentence: string) => findDates(sentence, "2025-04-17").map((f) => f.resolved?.value);
    expect(values("The thieves copied the files between October and December 2023.")).toEqual(["2023-10", "2023-12"]);
    expect(values("Fares rose from March to May 2022, the agency said.")).toEqual(["2022-03"]);
    expect(values("Prices fell from October to January 2024.")).toEqual(["2023-10"]);
    expect(values("Audits ran from March 3 to May 5, 2022.")).toEqual(["2022-03-03"]);
    expect(values("Sales slumped in March and April 2021.")).toEqual(["2021-03", "2021-04"]);
  });

  it("reads what lies ahead: 'due back on Thursday', 'hoped to stage … in December', 'no earlier than Oct. 6', a present 'until' or 'from', 'will hold a heritage walk on Sunday'", () => {
    const value = (sentence: string, published: string) => findDates(sentence, published)[0]?.resolved?.value;
    expect(value("Both parties are due back at the commission on Thursday.", "2025-12-09")).toBe("2025-12-11");
    expect(value("She said the troupe still hoped to stage its new production at the festival in December.", "2016-10-07")).toBe("2016-12");
    expect(value("The new target date is no earlier than Oct. 6, officials said.", "2021-08-12")).toBe("2021-10-06");
    expect(value("It keeps us breathing until March.", "2020-10-18")).toBe("2021-03");
    expect(value("Students can view the full list on the website from Monday.", "2020-01-09")).toBe("2020-01-13");
    expect(value("The society will hold a heritage walk along the street on Sunday.", "2026-02-05")).toBe("2026-02-08");
    // What a plan told in the past perfect was for has gone by; so has what a past verb kept until then.
    expect(value("It was the exhibition that had been due to open in April.", "2020-10-18")).toBe("2020-04");
    expect(value("The road was closed until March.", "2020-10-18")).toBe("2020-03");
  });

  it("reads 'the end of the year' as the year of the date named nearest before it, never one a 'since' began", () => {
    const found = findDates("The society, which has occupied the shophouse since 1969, was told in August that its lease expires at the end of the year.", "2016-10-07");
    expect(found.map((f) => f.resolved?.value)).toEqual(["1969", "2016-08", "2016-12"]);
  });

  it("reads a team's fixture after its manager's side or an aside, an adjective in -ed before a name, and the day someone was told", () => {
    const value = (sentence: string, published: string) => findDates(sentence, published).find((f) => /day$/.test(f.expression))?.resolved?.value;
    expect(value("Before that, Odell’s side travel to Wycombe on Tuesday.", "2019-03-17")).toBe("2019-03-19");
    expect(value("LSG, who have won 18 of their 30 IPL matches since entering the league in 2022, open their campaign against Rajasthan Royals in Jaipur on Sunday.", "2024-03-22")).toBe("2024-03-24");
    // (The tagger, which the events extractor passes on, tells an adjective in -ed from a verb.)
    const faced = extractArticle(testArticle("Okafor-Reyes, ranked 74th, will next face unseeded Swede Jessica Lindqvist on Wednesday.", "2022-09-06"), { only: ["events"] }).events;
    expect(faced.map((e) => e.date.resolved?.value)).toEqual(["2022-09-07"]);
    expect(value("The company told the ASX on Wednesday it would book a $1.2 billion charge.", "2016-02-18")).toBe("2016-02-17");
    // Not where what was said comes between the telling and the day.
    expect(value("He told reporters it will open on Monday.", "2016-02-18")).toBe("2016-02-22");
    // Or "in" a month, after whom it was told to.
    const month = (sentence: string, published: string) => findDates(sentence, published)[0]?.resolved?.value;
    expect(month("Deputy chair Catriona Walsh told the Senate committee in September the investigation would be finished soon.", "2022-11-11")).toBe("2022-09");
    // Not what was announced, which may be when it is to happen.
    expect(month("The union announced a strike in March.", "2022-02-11")).toBe("2022-03");
  });

  it("reads a day that is the subject of what was said by the modal after it, a meeting one was summoned to, a day said to lie ahead that is long gone as ahead, a participle joined to passives under a modal by the modal, and a quotation's day past the attribution after its closing mark", () => {
    const day = (sentence: string, published: string) => findDates(sentence, published)[0]?.resolved?.value;
    expect(day("The government said Monday would be a national day of mourning.", "2019-02-17")).toBe("2019-02-18");
    // Not a day that tells when it was said.
    expect(day("The minister said Monday it would be closed.", "2019-02-17")).toBe("2019-02-11");
    // A meeting someone was summoned or invited to on a weekday lies ahead.
    expect(day("The NCA said it had taken a serious view of the disruption and summoned the management of Sikatel to a meeting on Friday.", "2023-02-15")).toBe("2023-02-17");
    // What someone said would happen on a day half a year gone is still ahead, where the telling names no day of its own.
    expect(day("Leiden University said that it would restore its recognition of the club from 1 September.", "2019-02-19")).toBe("2019-09-01");
    expect(findDates("OPEC had announced June 3 it would raise output on July 1.", "2019-07-19").map((f) => f.resolved?.value)).toEqual(["2019-06-03", "2019-07-01"]);
    // A participle joined by "and" to passives after "would be" shares the modal.
    expect(day("It said the mosaic would be documented, treated by conservators and covered with a layer of sand on Thursday, until a shelter can be built.", "2013-05-29")).toBe("2013-05-30");
    expect(day("The suspects were arrested and charged on Thursday.", "2013-05-29")).toBe("2013-05-23");
    expect(day("\"The situation is calm. Those arrested will be put before court on Monday,\" said Deputy Superintendent Esther Asante, the regional police spokeswoman, speaking in Koforidua.", "2010-07-08")).toBe("2010-07-12");
  });

  it("reads 'a fortnight ago' and 'two weeks ago' as the day that far back, approximate, and 'a week from Monday' as seven days after the coming Monday", () => {
    expect(first("The outbreak was first identified a fortnight ago.", "2003-08-14")).toEqual({ value: "2003-07-31", precision: "day", approximate: true });
    expect(first("Talks broke down two weeks ago.", "2003-08-14")).toEqual({ value: "2003-07-31", precision: "day", approximate: true });
    expect(first("The strike began twenty weeks ago.", "2003-08-14")).toEqual({ value: "2003-03-27", precision: "day", approximate: true });
    expect(findDates("The council meets again a week from Monday.", "1986-02-27").map((f) => [f.expression, f.resolved?.value])).toEqual([["a week from Monday", "1986-03-10"]]);
    expect(first("The ruling is due two weeks from today.", "2019-10-18")?.value).toBe("2019-11-01");
  });

  it("reads a holiday that moves with Easter as its day in the year the tense or a written year gives, not as a weekday", () => {
    expect(findDates("The queues began on Good Friday and eased on Monday morning.", "2022-04-18").map((f) => [f.expression, f.resolved?.value])).toEqual([
      ["Good Friday", "2022-04-15"],
      ["Monday morning", "2022-04-18"],
    ]);
    expect(first("A letter will be read at all Masses on the eve of Easter.", "1987-04-10")?.value).toBe("1987-04-18");
    expect(first("The shop has been shut since Easter Monday, 2016.", "2017-06-01")?.value).toBe("2016-03-28");
    expect(first("We will reopen after Pentecost, on Whit Monday.", "2019-05-01")?.value).toBe("2019-06-10");
    for (const sentence of ["He sailed to Easter Island.", "Children hunted for Easter eggs."]) expect(findDates(sentence, "1997-11-20")).toEqual([]);
  });

  it("reads a weekday of last or next week as that day, and 'by the end of the week' as this week", () => {
    expect(first("Legislators walked out in Arusha on Tuesday last week.", "2005-11-21")).toEqual({ value: "2005-11-15", precision: "day", approximate: false });
    expect(first("The talks will resume on Friday of next week.", "2005-11-21")?.value).toBe("2005-12-02");
    expect(first("He is expected to walk out of jail by the end of the week.", "2021-07-22")).toEqual({ value: "2021-W29", precision: "week", approximate: true });
  });

  it("reads a year before a plural that names happenings, a disaster a date names as past, and a team's fixture as ahead", () => {
    expect(first("Many candidates had their nominations rejected in the 2014 polls.", "2016-06-01")?.value).toBe("2014");
    expect(first("The Jan. 17 temblor split the wall in three places.", "1994-09-18")?.value).toBe("1994-01-17");
    // (Read with the tagger's verbs, as the events step does.)
    expect(extractArticle(testArticle("They play the Tactix in Christchurch on Sunday.", "2021-07-06"), { only: ["events"] }).events[0]?.date.resolved?.value).toBe("2021-07-11");
  });

  it("reads a year before a happening's name as its year, and counts nothing on from it", () => {
    expect(first("The 58-year-old, who rowed for Canada at the 1988 Seoul Olympics, is still known as Tank.", "2020-02-12")?.value).toBe("1988");
    expect(first("Sikhs are protected, following the landmark 1983 House of Lords ruling in Mandla v Dowell Lee.", "2017-05-03")?.value).toBe("1983");
    expect(first("A lawsuit over the 2013 Rana Plaza collapse in Bangladesh was thrown out.", "2023-03-08")?.value).toBe("2013");
    expect(first("He will give evidence to an inquiry into fixing in a 2025 T10 tournament in Kandy.", "2026-02-11")?.value).toBe("2025");
    const offsets = findDates("Bekele was declared the winner of the 2015 Mumbai Marathon, more than two years after she crossed the line.", "2017-03-08");
    expect(offsets.map((f) => f.resolved?.value)).not.toContain("2013");
  });

  it("reads a count and a half of years ago as the year it falls in", () => {
    expect(first("He moved to Belgium two and a half years ago.", "2017-05-30")).toMatchObject({ value: "2014", precision: "year" });
    expect(first("The mine closed a year and a half ago.", "2017-05-30")).toMatchObject({ value: "2015", precision: "year" });
  });

  it("reads a day a present plan, a call for action, a journey arranged or what falls due is set for as ahead", () => {
    const eventDay = (text: string, published: string) => extractArticle(testArticle(text, published), { only: ["events"] }).events[0]?.date.resolved?.value;
    expect(eventDay("The strikers plan a demonstration outside the company's office on Saturday.", "2022-10-13")).toBe("2022-10-15");
    expect(eventDay("The union is calling for a province-wide day of action on Thursday.", "2025-03-19")).toBe("2025-03-20");
    expect(eventDay("The first payment is due on Friday.", "2025-03-19")).toBe("2025-03-21");
    // (A journey in the present progressive is an arrangement.)
    expect(eventDay("Their concern, said one supporter who is flying out on Monday, is the heat.", "2023-03-09")).toBe("2023-03-13");
    expect(eventDay("The minister is travelling to Paris on Monday.", "2023-03-09")).toBe("2023-03-13");
  });

  it("reads a deadline given in an infinitive as ahead, and a year before a verb in -s as a year", () => {
    expect(first("Workers were told to demobilize by Dec. 15.", "2008-11-27")?.value).toBe("2008-12-15");
    expect(first("Officials said reopening the line was unlikely to happen before Sunday.", "1986-11-08")?.value).toBe("1986-11-09");
    // (Not past a verb of its own that says the thing was done.)
    expect(first("The Rs. 194 million promised to clear arrears had been paid out by October 18.", "2019-10-27")?.value).toBe("2019-10-18");
    expect(extractArticle(testArticle("In Minnesota, a state law that took effect in 2009 requires alarms in homes.", "2024-01-22"), { only: ["events"] }).events.map((e) => e.date.resolved?.value)).toEqual(["2009"]);
  });

  it("reads a participle that cuts a relative clause short as no tense of its own, and 'no later than' as a comparison", () => {
    // (A participle after a determiner's noun cuts a relative clause short: the change it starts from is the modal's.)
    expect(first("Kronborg reported a negative return and will cut the rate credited to members' savings from 1 April.", "2023-02-15")?.value).toBe("2023-04-01");
    expect(first("The fund would lower its deposit rate, the annual rate credited to members on average-rate schemes, to 2.5% from 5.5% from April 1.", "2023-02-08")?.value).toBe("2023-04-01");
    expect(first("The company would challenge the 90-day suspension imposed by the regulator on Sunday.", "2016-09-13")?.value).toBe("2016-09-11");
    // ("no later than" compares; it looks ahead only with what it bounds: "must be made no later than 10 March".)
    expect(first("The union's board was aware of the planned walkout no later than 10 March and took no steps to prevent it.", "2011-09-14")?.value).toBe("2011-03-10");
    expect(first("Payments must be made no later than 10 March.", "2011-09-14")?.value).toBe("2012-03-10");
  });

  it("reads a month before a name after 'in', a date expected by, an election weeks ahead, and a part of the month after 'last week'", () => {
    expect(first("In November Brantwood won a contract for 40 carriages.", "1989-03-09")?.value).toBe("1988-11");
    expect(first("Full production is expected by mid-June.", "1993-05-28")?.value).toBe("1993-06");
    expect(findDates("Ballots arrived last week for the June 7 general election.", "1999-06-02").map((f) => f.resolved?.value)).toEqual(["1999-W21", "1999-06-07"]);
    expect(findDates("He was declared winner of the February 23 election.", "2019-09-20").map((f) => f.resolved?.value)).toEqual(["2019-02-23"]);
    expect(findDates("Gunmen killed a candidate, the 38th killed since the campaign for the September 9 general election began.", "2007-07-10").map((f) => f.resolved?.value)).toEqual(["2007-09-09"]);
    expect(findDates("Aid workers said last week that cases would rise by the end of the month.", "2024-08-13").map((f) => f.resolved?.value)).toEqual(["2024-W32", "2024-08"]);
  });

  it("looks ahead for action announced from a day, a ban with effect from it, an ordered deadline, the way cleared for a vote, a threat, a delay, a deadline given, what is called off and what ends or opens", () => {
    const cases: Array<[string, string, string[]]> = [
      ["Teachers on Wednesday announced an indefinite strike from February 15, demanding the old scheme.", "2024-02-08", ["2024-02-07", "2024-02-15"]],
      ["In a broadcast late Tuesday, the governor announced a ban on tankers, with effect from September 20.", "2022-09-14", ["2022-09-13", "2022-09-20"]],
      ["The board on Tuesday declared the walkout illegal and ordered them back on the job by Thursday morning.", "2017-04-26", ["2017-04-25", "2017-04-27"]],
      ["The committee agreed a text on Wednesday morning, clearing the way for votes in both chambers on Thursday.", "2023-03-15", ["2023-03-15", "2023-03-16"]],
      ["Teachers on Tuesday threatened to stage a mass leave on Friday unless the Senate acts.", "2020-01-22", ["2020-01-21", "2020-01-24"]],
      ["He had proposed delaying the hike until January while the agency lobbied for money.", "2015-07-01", ["2016-01"]],
      ["He said the contractor had been given until the end of April to fix the faults.", "2026-03-03", ["2026-04-30"]],
      ["The line has been postponed, with full services now expected to start only in June, the minister said.", "2026-03-03", ["2026-06"]],
      ["Samples will go to a laboratory, with results expected before Christmas.", "2025-09-30", ["2025-12-25"]],
      // (What something now puts off or moves to a time, in the present.)
      ["The new survey pushes the start of the dredging to October at the earliest.", "2025-07-15", ["2025-10"]],
      // (A verb of ending or opening a tagger reads as a noun, after "which" or a plural, is in the present.)
      ["The case comes as athletes compete at the Commonwealth Games, which end on Thursday.", "2010-10-11", ["2010-10-14"]],
      // (One told something in the passive before a day was told then; one told to do something by a day has a deadline.)
      ["We were told before Christmas that things were fine.", "2024-01-11", ["2023-12-25"]],
      ["Workers were told to return by Monday.", "2024-01-11", ["2024-01-15"]],
      // (What is called off by a day's name, told in the past, had not yet been held, but the news comes near the day: the
      // nearest such day, gone or ahead.)
      ["Organisers canceled Sunday's full marathon because of the forecast heat.", "2018-09-22", ["2018-09-23"]],
      ["The league called off Sunday's double-header as the typhoon swept across Luzon.", "2024-11-18", ["2024-11-17"]],
      ["The UAAP postponed Saturday's women's volleyball matches in Pasay.", "2024-11-18", ["2024-11-16"]],
      ["Officials postponed Thursday's match.", "2024-11-18", ["2024-11-21"]],
      ["The association has suspended all league matches in Blantyre, including Saturday’s sold-out derby.", "2025-11-13", ["2025-11-15"]],
    ];
    for (const [sentence, published, values] of cases) expect(extractArticle(testArticle(sentence, published), { only: ["events"] }).events.map((e) => e.date.resolved?.value), sentence).toEqual(values);
  });

  it("looks ahead for a month a body decided to act by or from, or money was set aside to act by, one someone would like a thing done for, a contest someone is picked for, and what is due for a month", () => {
    const datesOf = (sentence: string, published: string) => extractArticle(testArticle(sentence, published), { only: ["events"] }).events.map((e) => e.date.resolved?.value);
    expect(datesOf("The council voted on Wednesday night to close four of its 15 branch libraries by the end of June.", "2013-02-14")).toEqual(["2013-02-13", "2013-06-30"]);
    expect(datesOf("The council voted 11 to 5 on Tuesday to raise the adult cash fare from $2.50 to $2.75 from August 1.", "2016-04-13")).toEqual(["2016-04-12", "2016-08-01"]);
    expect(datesOf("The authority said Rs2.4 billion had been earmarked to expand the warning network to all 36 high-risk lakes by June.", "2026-01-27")).toEqual(["2026-06"]);
    expect(datesOf("“I'd like to see it in place for January,” she said.", "2016-04-13")).toEqual(["2017-01"]);
    expect(datesOf("Last month the federation named him in its squad for the world championships in Tokyo in September.", "2025-04-28")).toEqual(["2025-03", "2025-09"]);
    // (A weekday a body decided to act from may be gone by the time the story runs; one it acted on is past.)
    expect(datesOf("The airline decided on Sunday to suspend flights from Monday.", "2016-04-13")).toEqual(["2016-04-10", "2016-04-11"]);
    expect(datesOf("He won bronze at the world championships in Tokyo in September.", "2025-04-28")).toEqual(["2024-09"]);
    // ("Due for" what is to happen looks ahead as "due in" a time does.)
    expect(datesOf("About 400 lambs were due for slaughter in October.", "2019-08-22")).toEqual(["2019-10"]);
  });

  it("looks ahead for what one is advised not to do until a day, and for a participle joined by 'and' to one after a modal", () => {
    const datesOf = (sentence: string, published: string) => extractArticle(testArticle(sentence, published), { only: ["events"] }).events.map((e) => e.date.resolved?.value);
    expect(datesOf("Fishermen have been advised not to venture into the sea till October 26.", "2024-10-22")).toEqual(["2024-10-26"]);
    expect(datesOf("He added that the ward would be rebuilt and reopened by December.", "2022-08-09")).toEqual(["2022-12"]);
    expect(datesOf("The ward was rebuilt and reopened in December.", "2022-08-09")).toEqual(["2021-12"]);
  });

  it("reads a short past form as past ('used the telescope to watch it on February 11', 'sued the council on May 2'), and nothing in what someone used to do", () => {
    const datesOf = (sentence: string) => extractArticle(testArticle(sentence, "2014-11-06"), { only: ["events"] }).events.map((e) => e.date.resolved?.value);
    expect(datesOf("An international team then used the Hubble Space Telescope to watch it pass in front of its star, the first time on February 11.")).toEqual(["2014-02-11"]);
    expect(datesOf("The residents sued the council on May 2.")).toEqual(["2014-05-02"]);
    expect(datesOf("“Children used to run with me in the morning,” he said.")).toEqual([]);
  });

  it("takes the time of a bare verb after an object from the verb of causing or perceiving before it ('had a man … come in on Monday night')", () => {
    const datesOf = (sentence: string) => extractArticle(testArticle(sentence, "2023-02-08"), { only: ["events"] }).events.map((e) => e.date.resolved?.value);
    expect(datesOf("“We had a man in his eighties come in with chest pains on Monday night and we couldn’t pull up a single previous scan.”")).toEqual(["2023-02-06"]);
    expect(datesOf("She saw the car leave on Monday night.")).toEqual(["2023-02-06"]);
  });

  it("reads a word in -s that a past verb took as a plural noun, no verb in the present ('received calls on October 13')", () => {
    const datesOf = (sentence: string) => extractArticle(testArticle(sentence, "2019-11-08"), { only: ["events"] }).events.map((e) => e.date.resolved?.value);
    expect(datesOf("Two supervisors received calls on October 13.")).toEqual(["2019-10-13"]);
    expect(datesOf("Two of the firm's supervisors received telephone calls from Umeghe youths on the afternoon of October 13.")).toEqual(["2019-10-13"]);
  });

  it("reads a date in an opening condition in the present as ahead, whatever the main clause says of its outcome", () => {
    const datesOf = (sentence: string) => extractArticle(testArticle(sentence, "2021-10-14"), { only: ["events"] }).events.map((e) => e.date.resolved?.value);
    expect(datesOf("If they don't arrive by the middle of November, we've lost Christmas.")).toEqual(["2021-11"]);
    expect(datesOf("If sales fell in March, the company did not say so.")).toEqual(["2021-03"]);
  });

  it("reads a count's thousands comma as no clause break, and looks ahead for a walkout called for, a march planned, what still runs until a day, a would with nothing reported, a deadline given to a named body and a threat", () => {
    const cases: Array<[string, string, string[]]> = [
      ["It set up a helpline, which it said had taken more than 18,000 calls by Wednesday evening.", "2019-11-21", ["2019-11-20"]],
      ["The student government has called for a campus-wide walkout on May 1.", "2024-04-23", ["2024-05-01"]],
      ["Student leaders said they planned a national march to the Union Buildings in Pretoria on Friday.", "2015-10-21", ["2015-10-23"]],
      ["The written papers began on Oct. 23 and run until Nov. 16.", "2023-11-08", ["2023-10-23", "2023-11-16"]],
      ["A decision is due by the end of March, and any merged school would open on September 1st.", "2022-01-14", ["2022-03-31", "2022-09-01"]],
      ["The agency said it had asked Meridian to submit a detailed report by June 1.", "2017-05-18", ["2017-06-01"]],
      ["The union gave a 72-hour ultimatum, threatening to take the protest to Government House on Friday.", "2025-02-04", ["2025-02-07"]],
    ];
    for (const [sentence, published, values] of cases) expect(extractArticle(testArticle(sentence, published), { only: ["events"] }).events.map((e) => e.date.resolved?.value), sentence).toEqual(values);
  });

  it("reads a day and month in the year written after them in the same clause", () => {
    expect(findDates("The first rally, held on Oct. 5 during World Teachers' Day in 2018, drew 10,000 people.", "2020-01-22").map((f) => f.resolved?.value)).toEqual(["2018-10-05", "2018"]);
    expect(findDates("He was born on May 2 and in 1990 moved to Lagos.", "2020-01-22").map((f) => f.resolved?.value)).toEqual(["2019-05-02", "1990"]);
  });

  it("reads a day of the month alone after 'for', 'by', 'until' too, in the month the sentence named before it, but no ordinal of a thing", () => {
    expect(findDates("The first day of action is planned for 3 December, with a second walk-out pencilled in for the 11th.", "2019-11-20").map((f) => f.resolved?.value)).toEqual(["2019-12-03", "2019-12-11"]);
    expect(findDates("The committee will submit its report by the 20th.", "2024-02-07").map((f) => f.resolved?.value)).toEqual(["2024-02-20"]);
    expect(findDates("He scored for the 11th time in the race for the 12th Legislative District, by the 20th minute.", "2024-02-07")).toEqual([]);
  });

  it("reads what a past happening led someone to do as past, and what a coming one will lead to as ahead", () => {
    expect(findDates("The fire destroyed the depot on Saturday, prompting the mayor to announce on Monday that the market would close.", "2024-05-22").map((f) => f.resolved?.value)).toEqual(["2024-05-18", "2024-05-20"]);
    expect(findDates("The bridge will close on Friday, forcing drivers to take the ferry on Saturday.", "2024-05-22").map((f) => f.resolved?.value)).toEqual(["2024-05-24", "2024-05-25"]);
  });

  it("dates a happening set for next year by it, but not a thing next year's names", () => {
    expect(first("Democrats want the bill passed ahead of next year’s midterms.", "2021-09-15")?.value).toBe("2022");
    expect(findDates("Next year's budget will be tight.", "2021-09-15")).toEqual([]);
  });

  it("reads 'last Tuesday week' as the Tuesday before last", () => {
    expect(findDates("The previous record was set last Tuesday week.", "2023-01-11").map((f) => [f.expression, f.resolved?.value])).toEqual([["last Tuesday week", "2023-01-03"]]);
  });

  it("reads 'that March' as the March of the year named last", () => {
    expect(findDates("She told her adviser in January 2020 and filed a formal complaint with the equity office that March.", "2022-09-13").map((f) => [f.expression, f.resolved?.value])).toEqual([["January 2020", "2020-01"], ["that March", "2020-03"]]);
  });

  it("reads 'on Saturday week' as the Saturday a week after the coming one", () => {
    expect(findDates("The Bulls travel to Italy to face Benetton on Saturday week.", "2023-11-09").map((f) => [f.expression, f.resolved?.value])).toEqual([["Saturday week", "2023-11-18"]]);
    // (Not a length of days: "a Saturday week-long festival".)
    expect(findDates("The festival opens on Saturday week-long celebrations.", "2023-11-09").map((f) => f.expression)).toEqual(["Saturday"]);
  });

  it("reads 'this Saturday' as the day of the publication's week, unless what happened on it is told in the past", () => {
    // 2025-06-12 is a Thursday.
    expect(first("I was supposed to surprise my mother on her birthday this Saturday, she said.", "2025-06-12")?.value).toBe("2025-06-14");
    expect(first("The council voted this Monday to close the pool.", "2025-06-12")?.value).toBe("2025-06-09");
    expect(first("This Sunday, the club held a vigil.", "2025-06-12")?.value).toBe("2025-06-08");
  });

  it("reads an order told in the past for a day a few weeks gone as that day, not one eleven months ahead", () => {
    expect(first("About 2,900 residents were ordered to leave on July 14, when the fire made a run.", "2025-07-23")?.value).toBe("2025-07-14");
    expect(first("Residents were ordered to leave on August 2 if the wind turns.", "2025-07-23")?.value).toBe("2025-08-02");
  });

  it("reads a plan told in the past for a day just gone as that day, and a participle with a number after 'to' as a verb", () => {
    expect(first("Schools, which were due to reopen on Jan. 8, will stay closed for another two weeks.", "2018-01-09")?.value).toBe("2018-01-08");
    expect(first("Schools were due to reopen on Jan. 15 but will stay closed.", "2018-01-09")?.value).toBe("2018-01-15");
    expect(first("The launch had originally been scheduled for September 18 but was postponed twice.", "2025-09-26")?.value).toBe("2025-09-18");
    expect(first("A bill that would raise the retirement age to 67 passed the House 248-171 in December.", "2026-01-22")?.value).toBe("2025-12");
  });

  it("looks ahead for a place shut on a day, what is called next, what something comes ahead of, a month that names what lies ahead and an end not yet known", () => {
    expect(first("Students will have a short stretch in class: schools are closed Monday for the holiday.", "2026-02-11")?.value).toBe("2026-02-16");
    expect(first("The federation was monitoring the situation ahead of the Africa Cup of Nations qualifier against Ghana in September.", "2018-02-20")?.value).toBe("2018-09");
    // A lead by a measure is no time something comes ahead of; a stretch of days before a happening is.
    expect(first("The 23-year-old crossed the line 1.8 seconds ahead of Iker Etxeberria in Sunday's Superbike race.", "2018-05-23")?.value).toBe("2018-05-20");
    expect(first("Prices rose two days ahead of the vote on Sunday.", "2018-05-23")?.value).toBe("2018-05-27");
    // A day a court remanded or summoned someone to appear, and the vote an interim office lasts until, lie ahead.
    expect(first("Judge Helen Marsh granted all six defendants bail and remanded them to reappear on 14 August.", "2025-06-26")?.value).toBe("2025-08-14");
    expect(first("The assembly named Gloria Mina as interim president until elections in June.", "2022-04-05")?.value).toBe("2022-06");
    expect(first("He served as president until elections in June.", "2022-04-05")?.value).toBe("2021-06");
    expect(first("The vice-president was appointed interim president until new elections in the autumn.", "2016-05-26")?.value).toBe("2016");
    expect(first("Okonkwo is expected to attract interest when the January window opens.", "2020-10-13")?.value).toBe("2021-01");
    expect(first("The January window opened with a flurry of deals.", "2020-10-13")?.value).toBe("2020-01");
    expect(first("The airline announced that it had frozen hiring until at least March.", "2024-11-07")?.value).toBe("2025-03");
    expect(first("The airline had frozen hiring until March.", "2024-11-07")?.value).toBe("2024-03");
  });

  it("reads the day a warning began as gone, and what was bought after a day as bought by then, whatever modal follows", () => {
    expect(first("Seismic monitors recorded a spike in earthquakes, and the agency first warned of increased activity on January 14.", "2026-01-20")?.value).toBe("2026-01-14");
    expect(first("The insurers said policies bought after January 14 might not cover the disruption.", "2026-01-20")?.value).toBe("2026-01-14");
    expect(first("Forecasters have warned of further heavy showers on Monday.", "2017-06-09")?.value).toBe("2017-06-12");
  });

  it("reads the day a state set in the past lasts until as the nearest such day, and what someone is expected to be able to do by a day as ahead", () => {
    expect(first("The ministry said it had temporarily waived duties on tomato imports until 31 March.", "2025-01-21")?.value).toBe("2025-03-31");
    expect(first("The road was closed until 3 March.", "2025-05-21")?.value).toBe("2025-03-03");
    expect(findDates("DFAT said it expected most stranded Australians to be able to leave by Friday.", "2026-01-20", { verbs: [[5, 9], [13, 21], [51, 53], [62, 67]] }).map((d) => d.resolved?.value)).toEqual(["2026-01-23"]);
  });

  it("reads the day a deal was announced on as gone, though a test announced for a day lies ahead", () => {
    expect(first("Vancouver-based Westlink announced the deal on March 15, offering $38.50 a share in cash.", "2021-11-23")?.value).toBe("2021-03-15");
    // (Nor an inquiry, a probe or a settlement, which go on or are done, not set for a day.)
    expect(first("The stock is still down about 15 per cent since the bureau announced its inquiry on March 8.", "2022-10-25")?.value).toBe("2022-03-08");
    expect(first("The board cancelled the paper and announced a re-test on May 22.", "2016-05-10")?.value).toBe("2016-05-22");
  });

  it("reads 'since the start of the year' as the year the text stands in, whatever month it named before", () => {
    expect(findDates("Zimbabwe declared an emergency in November, while Malawi has reported cases since the start of the year.", "2024-01-16").map((d) => d.resolved?.value)).toEqual(["2023-11", "2024-01"]);
  });

  it("reads a result with its score and a count compared with an earlier one as gone ('the 1-1 draw on Tuesday', 'up from 212 on Sunday')", () => {
    expect(findDates("The federation said on Wednesday it would file a complaint over the refereeing of the 1-1 draw with Venezuela on Tuesday.", "2017-10-11").map((d) => d.resolved?.value)).toEqual(["2017-10-11", "2017-10-10"]);
    expect(first("The order now covers 486 properties, up from 212 on Sunday, while others remain on alert.", "2021-08-05")?.value).toBe("2021-08-01");
  });

  it("reads a date by the verb of its clause, not a participle set off by a comma after it ('will appear … on 14 December, charged with manslaughter')", () => {
    expect(findDates("The two men will appear before the court on 14 December, charged with manslaughter.", "2023-10-12")[0]?.resolved?.value).toBe("2023-12-14");
    expect(findDates("The two men appeared before the court on 14 December, charged with manslaughter.", "2024-01-12")[0]?.resolved?.value).toBe("2023-12-14");
  });
  it("reads a day a hearing now stands set for or put off to as ahead ('has been set down for May 16', 'has been adjourned to 3 June')", () => {
    const verbs = (sentence: string) => [...sentence.matchAll(/\b(?:set|adjourned|been|has)\b/g)].map((m) => [m.index, m.index + m[0].length] as const);
    const sentence = "A first case management conference has been set down for May 16.";
    expect(findDates(sentence, "2016-03-08", { verbs: verbs(sentence) })[0]?.resolved?.value).toBe("2016-05-16");
    expect(findDates("The hearing has been adjourned to 3 June.", "2016-03-08")[0]?.resolved?.value).toBe("2016-06-03");
  });
  it("reads a word in -s after a preposition and a noun's modifier as a plural noun, not the date's verb ('would present tighter rules for mineral springs in March')", () => {
    const sentence = "The health ministry said it would present tighter rules for mineral springs in March.";
    const verbs = [...sentence.matchAll(/\b(?:said|springs)\b/g)].map((m) => [m.index, m.index + m[0].length] as const);
    expect(findDates(sentence, "2019-02-04", { verbs })[0]?.resolved?.value).toBe("2019-03");
  });
  it("reads a weekday's short form after 'the' as a noun, no weekday ('closest point to the Sun on 22 March')", () => {
    expect(findDates("The comet will reach its closest point to the Sun on 22 March.", "2011-03-10").map((f) => [f.expression, f.resolved?.value])).toEqual([["22 March", "2011-03-22"]]);
    expect(findDates("It reached perihelion, its closest point to the Sun, on 27 February.", "2025-03-10").map((f) => [f.expression, f.resolved?.value])).toEqual([["27 February", "2025-02-27"]]);
    expect(findDates("The poll was published on Sun, 22 March.", "2015-03-24")[0]?.resolved?.value).toBe("2015-03-22");
  });
  it("reads no year in a number with decimals or thousands after a month and a comma ('in September, 58.6 percent', 'Since January, 2,950 households')", () => {
    expect(findDates("At the annual general meeting in September, 58.6 percent of the votes cast were against.", "2019-11-20").map((f) => [f.expression, f.resolved?.value])).toEqual([["September", "2019-09"]]);
    expect(findDates("Since January, 2,950 households have signed up to the lawsuit.", "2026-03-02").map((f) => [f.expression, f.resolved?.value])).toEqual([["January", "2026-01"]]);
  });
  it("gives a year after a day only to a day of a month named, and past a participle that sets it ('said on Monday that the renovation in 2015', 'the record of 16 March, set in 2002')", () => {
    expect(findDates("Gerdzhikov said on Monday that the renovation in 2015 had never been reviewed.", "2017-08-15").map((f) => [f.expression, f.resolved?.value])).toEqual([["Monday", "2017-08-14"], ["in 2015", "2015"]]);
    expect(findDates("The flowers beat the previous record of 16 March, set in 2002, by five days.", "2026-03-12").map((f) => [f.expression, f.resolved?.value])).toEqual([["16 March", "2002-03-16"], ["in 2002", "2002"]]);
  });
  it("reads a day an apposition or a clause of 'when' tells of in the past as gone, however the sentence tells the span it opens ('The ban runs from March 28, the day Verhaegen was provisionally suspended')", () => {
    // (With the verbs as the tagger reads them.)
    const withVerbs = (sentence: string, published: string) => findDates(sentence, published, { verbs: [...sentence.matchAll(/\b(?:runs|takes|was|meaning|race|run|disqualified|expire|will|review)\b/g)].map((m) => [m.index, m.index + m[0].length] as const) })[0]?.resolved?.value;
    expect(withVerbs("The ban runs from March 28, the day Verhaegen was provisionally suspended, meaning he cannot race again until March 2028.", "2022-07-14")).toBe("2022-03-28");
    expect(withVerbs("The ban, which takes effect from March 8, the day Bakare was provisionally suspended, will run until March 7, 2025.", "2023-04-14")).toBe("2023-03-08");
    expect(withVerbs("The reduced ban runs from February 16, when stewards first disqualified him, and will expire in mid-April next year.", "2011-07-13")).toBe("2011-02-16");
    expect(withVerbs("The ban runs from February 16, when stewards will review it.", "2011-07-13")).toBe("2012-02-16");
  });
  it("reads a clause of 'whether' as one of its own, whose present is no tense of the date before it", () => {
    const sentence = "A judge is expected to decide at a hearing Sunday whether there is enough evidence to try him.";
    // (With the verbs as the tagger reads them.)
    const verbs = [...sentence.matchAll(/\b(?:is|expected|decide|try)\b/g)].map((m) => [m.index, m.index + m[0].length] as const);
    expect(findDates(sentence, "2022-02-09", { verbs })[0]?.resolved?.value).toBe("2022-02-13");
  });
  it("reads a date set off between a verb and its clause of 'that' in the verb's tense ('We told them in writing, on 2 July, that we could not guarantee …')", () => {
    expect(first("We told them in writing, on 2 July, that we could not guarantee the safety of our members.", "2024-07-16")?.value).toBe("2024-07-02");
    expect(first("The council will confirm, on 2 August, that the plan goes ahead.", "2024-07-16")?.value).toBe("2024-08-02");
  });

  it("reads no tense from 'as planned', 'as expected' and the like, which tell how, nor from an attribution before a closing clause ('will go ahead as planned on Thursday, organisers said, although …')", () => {
    expect(first("Stage 12 will go ahead as planned on Thursday.", "2025-08-27")?.value).toBe("2025-08-28");
    expect(first("Stage 12, a mountain-top finish, will go ahead as planned on Thursday, organisers said, although the start time could be moved.", "2025-08-27")?.value).toBe("2025-08-28");
    // (The past still reads as the past.)
    expect(first("The race went ahead as planned on Thursday.", "2025-08-27")?.value).toBe("2025-08-21");
  });

  it("reads a day a work comes out on, or a bare plural verb of the calendar past an adverb or after an opening date, as a plan ('is published by Harrow & Finch on Thursday'; 'On Saturday the doors finally reopen')", () => {
    // (With the verbs as the tagger reads them.)
    const day = (text: string, published: string) => extractArticle(testArticle(text, published), { only: ["events"] }).events[0]?.date.resolved?.value;
    expect(day("Her new memoir is published by Harrow & Finch on Thursday, and it is no cosy romp.", "2024-09-30")).toBe("2024-10-03");
    expect(day("On Saturday the doors finally reopen, and the people of Leicester will get their museum back.", "2025-06-27")).toBe("2025-06-28");
    expect(day("The doors finally reopen on Saturday.", "2025-06-27")).toBe("2025-06-28");
    // (A past verb after an opening date stays past.)
    expect(day("On Saturday the protesters marched, and police watched.", "2025-06-27")).toBe("2025-06-21");
  });

  it("gives offsets that point at the expression", () => {
    const sentence = "The prime minister warned on Tuesday that it will retaliate.";
    const [found] = findDates(sentence, FRI);
    expect(sentence.slice(found!.start, found!.end)).toBe(found!.expression);
    expect(found!.expression).toBe("Tuesday");
  });

  it.each([
    ["2017-06-01", "2017-W22"],
    ["2016-01-03", "2015-W53"],
  ])("isoWeek(%s) = %s", (day, week) => expect(isoWeek(new Date(`${day}T12:00:00Z`))).toBe(week));
});
