import { describe, expect, it } from "vitest";
import type { Figure } from "../schema/index.js";
import fc from "fast-check";
import { capitalisedWordBefore } from "./figures.js";
import { extractArticle } from "./index.js";
import { findNumbers, wordsToNumber } from "./numbers.js";
import { testArticle } from "./test-article.js";

function figuresOf(text: string): Figure[] {
  return extractArticle(testArticle(text), { only: ["figures"] }).figures;
}

describe("capitalisedWordBefore", () => {
  it("reads the word before a number as the end-anchored pattern does, in any text", () => {
    const pattern = /([\p{Lu}][\p{L}&.'’]*|[\p{L}]*[\p{Lu}][\p{L}]*)[\s-]$/u;
    const pieces = fc.constantFrom("a", "Z", "é", "É", "&", ".", "'", "’", " ", "-", "iP", "7", ",", "\n", "İ", "ß", "𝒜", "\u00a0");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }).map((xs) => xs.join("")), (text) => {
        expect(capitalisedWordBefore(text)).toBe(pattern.exec(text)?.[1] ?? null);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("findNumbers", () => {
  it.each([
    ["200,000 people", 200000],
    ["a $1 trillion plan", 1e12],
    ["US$52.5 million", 52.5e6],
    ["five billion apps", 5e9],
    ["twenty-five cars", 25],
    ["two hundred thousand", 200000],
    ["almost a thousand points", 1000],
    ["16GB", 16],
    ["tens of thousands of people", 10000],
    ["fell to -5 degrees", -5],
    ["a contraction of −0.4%", -0.4],
    ["the highest in 7 1/2 years", 7.5],
    ["the $29-billion group", 29e9],
    ["a 44.6-billion-dollar bid", 44.6e9],
    ["relief of Rs 2 lakh", 200000],
    ["a price of Rs.100,000 only", 100000],
    ["nearly one-thousand people", 1000],
  ])("%s → %d", (text, value) => {
    expect(findNumbers(text)[0]?.value).toBe(value);
  });

  it("reads spelled-out numbers", () => {
    expect(wordsToNumber("seven")).toBe(7);
    expect(wordsToNumber("ninety nine")).toBe(99);
    expect(wordsToNumber("people")).toBeNull();
  });
});

describe("figures", () => {
  it.each([
    ["That may leave 200,000 people still trapped in the city.", 200000, null, "people", null],
    ["The 30,000-strong force has seized 700 square kilometers of terrain.", 30000, null, "force", null],
    ["The city lies some 467 km (295 miles) away.", 467, "km", null, "some"],
    ["The phone is only 9.3 millimetres thick.", 9.3, "millimetres", null, null],
    ["It is a 24 percent reduction.", 24, "%", "reduction", null],
    ["The 16GB version is priced at US$199.", 16, "GB", "version", null],
    ["An alliance of more than 40,000 fighters attacked.", 40000, null, "fighters", "more than"],
    ["The stock fell four cents.", 0.04, "$", null, null],
    ["The tax rises by 2.2 cents.", 0.022, "$", null, null],
    ["Thirteen people were killed, mostly police.", 13, null, "people", null],
    ["Officials said seventeen civilians died.", 17, null, "civilians", null],
    ["Up to 4,000 jihadists remain in the city.", 4000, null, "jihadists", "up to"],
    ["The deal is worth $2.5 billion.", 2.5e9, "$", null, null],
    ["Shares fell 3.4% to $12.50.", 12.5, "$", null, null],
    ["The bailout cost A$52.5 million.", 52.5e6, "A$", null, null],
  ])("%s → %d", (sentence, value, unit, counts, qualifier) => {
    const figure = figuresOf(sentence).find((f) => f.value === value);
    expect(figure).toMatchObject({ value, unit, counts, qualifier });
  });

  it("names who gives a figure", () => {
    const [sana] = figuresOf("State news agency SANA reported that the airstrikes killed 12, including women and children.");
    expect(sana).toMatchObject({ value: 12, attribution: "State news agency SANA" });
    const [observatory] = figuresOf("The Observatory said 21 people were killed in the airstrikes.");
    expect(observatory?.attribution).toBe("Observatory");
    const [reuters] = figuresOf("Up to 4,000 fighters remain, according to Reuters.");
    expect(reuters?.attribution).toBe("Reuters");
  });

  it.each([
    ["The group seized the city in 2014."],
    ["Apple unveiled the iPhone 4 yesterday."],
    ["The S&P 500 fell sharply."],
    ["An attack hit Division 17 on the outskirts."],
    ["It was the 2nd attempt."],
    ["The meeting starts at 10:30 on Monday."],
    ["Trading resumed at 2.40 PM."],
    ["One of the soldiers was hurt."],
    ["The offensive began on 5 November."],
    ["Flights resumed from the UTC+9 zone."],
    ["Chapter 11 bankruptcy protection was sought."],
    ["Flight 370 vanished over the sea."],
    ["The F-16 flew over the COVID-19 ward."],
    ["He spoke on the talk show “The Five.”"],
    ["The Big Three met in Detroit."],
  ])("finds no figure in %s", (sentence) => {
    expect(figuresOf(sentence)).toEqual([]);
  });

  it("takes the head of a compound for what is counted, across a participle, but keeps a hyphened measure", () => {
    expect(figuresOf("It employs 25 rebel fighters in 22 flooded parishes with results from 10,000 polling stations.").map((f) => f.counts)).toEqual(["fighters", "parishes", "stations"]);
    expect(figuresOf("A 7.7-magnitude quake struck.").map((f) => f.unit ?? f.counts)).toEqual(["magnitude"]);
  });

  it("reads a measure joined to its value by a hyphen, in one sentence", () => {
    expect(figuresOf("It was the worst since a magnitude-7.6 quake hit the region in 2005.").map((f) => [f.value, f.text])).toEqual([[7.6, "7.6 quake"]]);
    expect(extractArticle(testArticle("It was the worst since a magnitude-7.6 quake hit the region in 2005.")).events.map((e) => e.text)).toEqual([
      "It was the worst since a magnitude-7.6 quake hit the region in 2005.",
    ]);
  });

  it("takes an hour of the day, in words or digits, for no figure", () => {
    expect(figuresOf("We have queued since five o'clock; I left home at six in the morning and 40 people were ahead of me.").map((f) => f.value)).toEqual([40]);
  });

  it("reads a hyphened cent as hundredths, and takes a force's unit named by its number for no figure", () => {
    expect(figuresOf("The 35-cent increase takes effect in July.").map((f) => [f.value, f.unit])).toEqual([[0.35, "$"]]);
    expect(figuresOf("Constable Ray Hollis, of 52 Division, denied the charge.").map((f) => f.value)).toEqual([]);
  });

  it("takes the period a result covers for no figure, but keeps a span of time that is one", () => {
    expect(figuresOf("Net profit rose 41 percent in the nine months to Sept. 30 and fell in the three months ended June.").map((f) => f.value)).toEqual([41]);
    expect(figuresOf("Repairs will take three months to September.").map((f) => f.value)).toEqual([3]);
  });

  it("reads a magnitude capitalised in a headline, and one glued to its letter before a quake, not a motorway", () => {
    expect(figuresOf("Magnitude 5.4 quake shakes Otago\n\nThe magnitude 5.4 quake struck at 2.10am.").map((f) => [f.value, f.unit])).toEqual([
      [5.4, "magnitude"],
      [5.4, "magnitude"],
    ]);
    expect(figuresOf("An M7.1 earthquake struck off Miyagi. Traffic on the M6 was light.").map((f) => [f.value, f.unit])).toEqual([[7.1, "magnitude"]]);
  });

  it("counts after an opening preposition, a part of a whole, and both ends of a score or a range", () => {
    expect(figuresOf("Between 10 and 20 people were hurt.").map((f) => f.value)).toEqual([10, 20]);
    expect(figuresOf("Nine of the 12 victims were children.").map((f) => f.value)).toEqual([9, 12]);
    expect(figuresOf("The Senate vote was 52-35, eight short.").map((f) => f.value)).toEqual([52, 35, 8]);
    expect(figuresOf("He says 4 to 7 million acres are idle.").map((f) => f.value)).toEqual([4e6, 7e6]);
    expect(figuresOf("The fix will cost $4-$7 billion.").map((f) => f.value)).toEqual([4e9, 7e9]);
    expect(figuresOf("The vote was 30 to 2 million.").map((f) => f.value)).toEqual([30, 2e6]);
  });

  it("counts one where it stands before a singular noun, never as a pronoun or in a phrase", () => {
    expect(figuresOf("At least one policeman was killed.").map((f) => f.value)).toEqual([1]);
    expect(figuresOf("He was charged with one count of murder.").map((f) => f.value)).toEqual([1]);
    expect(figuresOf("Teachers held a one-day strike.").map((f) => f.value)).toEqual([1]);
    expect(figuresOf("She was convicted of one similar offence.").map((f) => f.value)).toEqual([1]);
    for (const text of ["One protester declared unity with all groups.", "It was a one-time deal.", "One of the men fled.", "No one was hurt.", "At one point the talks stalled.", "According to one critic, it may fail.", "One analyst said the bid was low.", "Day one motions were filed.", "They rose as one men.", "Not one person has claimed the attack.", "He spoke during one morning-show interview."]) {
      expect(figuresOf(text), text).toEqual([]);
    }
  });

  it("reads no count in 'one' before a speaker of a noun of two words or set apart before the verb ('One mountain guide, who asked not to be named, told')", () => {
    for (const text of ["One mountain guide, who asked not to be named because he works for the lift company, told the Courier: “Everyone was talking.”", "That was how one security guard described the main stage.", "“It is like a game,” one fish vendor at the town market told DZRT Radio.", "One woman, a rubber tapper who asked not to be named, told the paper that her husband was arrested."]) {
      expect(figuresOf(text), text).toEqual([]);
    }
    expect(figuresOf("One plant operator was killed, a spokesman said.").map((f) => f.value)).toEqual([1]);
  });

  it("reads cents in a named currency and each number of a score or a record, and leaves tie-breaks, codes, phone numbers and model variants out", () => {
    expect(figuresOf("Crude climbed 41 U.S. cents to $38.").map((f) => f.value)).toEqual([0.41, 38]);
    expect(figuresOf("He scored twice to snatch a 2-1 win.").map((f) => f.value)).toEqual([2, 1]);
    expect(figuresOf("United were 1-0 down at the break.").map((f) => f.value)).toEqual([1, 0]);
    expect(figuresOf("She beat the champion 7-6 (1), 6-7 (10), 6-4 on Sunday.").map((f) => f.value)).toEqual([7, 6, 6, 7, 6, 4]);
    expect(figuresOf("Ashby Vale beat Calderbrook 3-2 on Saturday. He has lost nine finals (17-9 record).").map((f) => f.value)).toEqual([3, 2, 9, 17, 9]);
    expect(figuresOf("Harlan (24-3-1, 15 KOs) lost.").map((f) => f.value)).toEqual([24, 3, 1, 15]);
    expect(figuresOf("It was a Type 09-1 submarine.").map((f) => f.value)).toEqual([]);
    expect(figuresOf("Match ends, Millbrook Rovers 1, Stanford Athletic 4.").map((f) => f.value)).toEqual([1, 4]);
    expect(figuresOf("Rathmore 16 Ballyconnell 13").map((f) => f.value)).toEqual([16, 13]);
    expect(figuresOf("Flight 370, a Boeing 777, vanished.").map((f) => f.value)).toEqual([]);
    expect(figuresOf("Tasmania 312 and 1 for 38 lead Queensland 164 (Brandon 52, Kerrigan 7-54) by 186 runs").map((f) => f.value)).toEqual([312, 1, 38, 164, 52, 7, 54, 186]);
    expect(figuresOf("Flight 370 vanished. Windows 10 (Home edition) shipped.").map((f) => f.value)).toEqual([]);
    expect(figuresOf("Villanueva landed 84 punches to Harlan's 39. Couple Give 1,200 Quilts to Museum").map((f) => f.value)).toEqual([84, 39, 1200]);
    expect(figuresOf("Boeing's 787 flew.").map((f) => f.value)).toEqual([]);
    expect(figuresOf("The vote was 6-3, with two abstentions.").map((f) => f.value)).toEqual([6, 3, 2]);
    expect(figuresOf("Helpline numbers: Secunderabad: 040-27700968, Kalyan: 0251-2311499.").map((f) => f.value)).toEqual([]);
    expect(figuresOf("Boeing trumpeted its upcoming 747-8 passenger jet.").map((f) => f.value)).toEqual([]);
    expect(figuresOf("Between 100-200 people gathered.").map((f) => f.value)).toEqual([100, 200]);
    expect(figuresOf("Call the hotline on 0800-789321 or write in.").map((f) => f.value)).toEqual([]);
    expect(figuresOf("They now have only a 50-50 chance of winning the title, with 6 games left.").map((f) => f.value)).toEqual([6]);
  });

  it("reads seconds glued to a time ('49.88s', '24sec'), and no race named by its distance ('the women’s 200m', 'the 400m hurdles') as a figure", () => {
    expect(figuresOf("He won the 400m hurdles in 49.88s. Ancy Mathew (23.48s) was second. He leads by 24sec.").map((f) => [f.value, f.unit])).toEqual([[49.88, "s"], [23.48, "s"], [24, "sec"]]);
    expect(figuresOf("Bhoi breaks 200m meet record").map((f) => f.value)).toEqual([]);
    expect(figuresOf("She won the women’s 200m. She pulled up in the 5,000m with two laps left. The wall is 200m long. It cost £200m. In the 1990s, people in their 20s left.").map((f) => f.value)).toEqual([2, 200, 200000000]);
  });

  it("reads pence as pounds, thousands set apart by spaces, a decimal comma before a scale, and a glued 'kms'", () => {
    expect(figuresOf("The price fell by 0.8p to 23.01p a litre.").map((f) => [f.value, f.unit])).toEqual([[0.008, "£"], [0.2301, "£"]]);
    expect(figuresOf("About 200 000 have been killed and 2,5-million driven from their homes.").map((f) => f.value)).toEqual([200000, 2500000]);
    expect(figuresOf("Operators want pay raised to R9 000 from about R5 600. Talks resume.").map((f) => f.value)).toEqual([9000, 5600]);
    expect(figuresOf("Wimberley lies about 30 miles (50kms) from Austin.").map((f) => f.value)).toEqual([30, 50]);
  });

  it("counts 'the 900 Hull trawlermen': names that say which, then the things counted", () => {
    expect(figuresOf("He wants a memorial to the 900 Hull trawlermen lost at sea.").map((f) => f.value)).toEqual([900]);
  });

  it("leaves out street numbers and titles that open with a number, but counts 'the 21 million who'", () => {
    expect(figuresOf("The plant at 777 W. Chicago Ave. prints 300 papers.").map((f) => f.value)).toEqual([300]);
    expect(figuresOf("The hole opened on 12 Calle in Colonia Villa Linda, a neighbourhood in zona 7, swallowing 3 cars.").map((f) => f.value)).toEqual([3]);
    expect(figuresOf("The film 12 Years a Slave won 3 awards.").map((f) => f.value)).toEqual([3]);
    expect(figuresOf("He thanked “the 21 million who still endure slavery today.”").map((f) => f.value)).toEqual([21000000]);
  });

  it("reads a number word inside a name as part of the name", () => {
    expect(figuresOf("Erik ten Hag urged him to score. Ten Hag was pleased.").map((f) => f.value)).toEqual([]);
    expect(figuresOf("Only ten Republicans joined them.").map((f) => f.value)).toEqual([10]);
    // A day before a number word is no name around it.
    expect(figuresOf("On Monday two French aid workers were injured.").map((f) => f.value)).toEqual([2]);
  });

  it("reads a currency glued to its amount, and dozens", () => {
    expect(figuresOf("The allowance rose from Sh5,000 to Sh12,000, an extra Sh640 million a year.").map((f) => [f.value, f.text])).toEqual([
      [5000, "Sh5,000"],
      [12000, "Sh12,000"],
      [640000000, "Sh640 million"],
    ]);
    expect(figuresOf("More than two dozen ballots were rejected. The A380 flew.").map((f) => f.value)).toEqual([24]);
    // (Sri Lankan rupees by their code before the amount.)
    expect(figuresOf("Premiums grew to LKR 158bn in 2016.").map((f) => [f.value, f.unit])).toEqual([[158000000000, "LKR"]]);
    // (A code glued to its amount; not COP26, the climate summit.)
    expect(figuresOf("The loss reached PHP38bn and LKR8bn, and MYR1.2bn was set aside before COP26.").map((f) => [f.value, f.unit])).toEqual([[38000000000, "PHP"], [8000000000, "LKR"], [1200000000, "MYR"]]);
    // (Icelandic krónur by their code.)
    expect(figuresOf("The spa lost about ISK 14 million and the fleet ISK 3.2 billion.").map((f) => [f.value, f.unit])).toEqual([[14000000, "ISK"], [3200000000, "ISK"]]);
    // (Ugandan and Tanzanian shillings, in each of the ways papers write them.)
    expect(figuresOf("Transfers were worth Shs300 billion, UGX 41 trillion and USh67.2-trillion; an agent earns USh5,000 and a trader TSh2 billion.").map((f) => f.value)).toEqual([300000000000, 41000000000000, 67200000000000, 5000, 2000000000]);
    // (Rwandan francs, as Kigali's papers write them.)
    expect(figuresOf("Auditors found more than Rwf312 million missing; a member had Rwf740,000 and her sister FRw 2,000.").map((f) => [f.value, f.unit])).toEqual([[312e6, "Rwf"], [740000, "Rwf"], [2000, "FRw"]]);
  });

  it("reads volts, hertz, grams and millilitres glued to a number, but no network's generation", () => {
    expect(figuresOf("The 220kV grid station tripped and frequency fell to 48.9Hz. A 700g loaf, 20 mg doses and 330ml cans rose in price on the 5G network.").map((f) => [f.value, f.unit])).toEqual([[220, "kV"], [48.9, "Hz"], [700, "g"], [20, "mg"], [330, "ml"]]);
  });

  it("reads rupees glued to an amount, a lead's opening capitals, a rough count after 'the' and the low end of a range", () => {
    expect(figuresOf("Each side has deposited Rs5 million as surety, and the province will pay Rs300,000 to each family.").map((f) => [f.value, f.text])).toEqual([
      [5000000, "Rs5 million"],
      [300000, "Rs300,000"],
    ]);
    expect(figuresOf("MORE THAN 200 parents protested on Tuesday.").map((f) => f.value)).toEqual([200]);
    expect(figuresOf("She co-ordinates the 60 or so volunteers who read at Mass.").map((f) => f.value)).toEqual([60]);
    expect(figuresOf("Most cases were in children aged between one and nine.").map((f) => f.value)).toEqual([1, 9]);
  });

  it("reads a decimal comma before a unit, and square metres written short", () => {
    expect(figuresOf("Each dish measures 13,5 metres across and inflation was 5,2% in May.").map((f) => [f.value, f.unit])).toEqual([
      [13.5, "metres"],
      [5.2, "%"],
    ]);
    expect(figuresOf("The buildings have a combined floor area of 62,000sq m; the flat is 85sqm.").map((f) => [f.value, f.unit])).toEqual([
      [62000, "sq m"],
      [85, "sqm"],
    ]);
    // (Not a list of small numbers: "sections 3,4 and 5".)
    expect(figuresOf("Sections 3,4 and 5 were repealed.").map((f) => f.value)).not.toContain(3.4);
  });

  it("reads degrees glued to a reading after a place's name as a temperature, not a name's number", () => {
    expect(figuresOf("Penrith has reached 45.8C and Richmond 44.9C, while the city sits at 39.1C.").map((f) => [f.value, f.unit])).toEqual([
      [45.8, "°C"],
      [44.9, "°C"],
      [39.1, "°C"],
    ]);
    expect(figuresOf("The airline sold its Boeing 737C last year.")).toEqual([]);
  });

  it("reads a lone capital glued to a plain amount as money where it is paid, Gulf currencies, cents of other dollars, 'and a half', and 'one' after 'said that'", () => {
    expect(figuresOf("The union wants a minimum wage of R180 a week, up from R124. I paid R9 and earn R60 a day.").map((f) => [f.value, f.text])).toEqual([
      [180, "R180"],
      [124, "R124"],
      [9, "R9"],
      [60, "R60"],
    ]);
    // A code stays a code: "his P45", "N95 masks".
    expect(figuresOf("He got his P45 and they paid for N95 masks.")).toEqual([]);
    // ("borrow R200 from a neighbour", "buy water at R10": what is borrowed or bought is money too; not the code of the thing bought.)
    expect(figuresOf("Families borrow R200 from a neighbour and buy water at R10 a container.").map((f) => [f.value, f.text])).toEqual([
      [200, "R200"],
      [10, "R10"],
    ]);
    expect(figuresOf("He bought the R2 model last year.")).toEqual([]);
    // ("rise from R18 to R20", "a P1 increase", "brings home P300": a change between two amounts with the same capital, a
    // noun for a change of price after it, or what is taken home.)
    expect(figuresOf("Fares will rise from R18 to R20. The board approved a P1 increase; a driver now brings home P300.").map((f) => [f.value, f.text])).toEqual([
      [18, "R18"],
      [20, "R20"],
      [1, "P1 increase"],
      [300, "P300"],
    ]);
    expect(figuresOf("He traded the R2 model for an R5 one.")).toEqual([]);
    expect(figuresOf("Najd Solar signed a SR4.1bn deal for a Dh900 million plant.").map((f) => f.value)).toEqual([4.1e9, 9e8]);
    expect(figuresOf("Farmers are paid about 32 Australian cents a litre.").map((f) => f.value)).toEqual([0.32]);
    expect(figuresOf("He was jailed for three and a half years; the fund holds two and a half million dollars.").map((f) => f.value)).toEqual([3.5, 2.5e6]);
    expect(figuresOf("The operator said in a statement that one crane had been repaired. He liked that one best.").map((f) => f.value)).toEqual([1]);
  });

  it("reads Malaysian and Korean amounts with their scale glued on, and sen as hundredths of a ringgit", () => {
    expect(figuresOf("The peso closed weaker by 15 centavos.").map((f) => [f.value, f.unit])).toEqual([[0.15, "pesos"]]);
    expect(figuresOf("Intelek Maju will invest RM120mil after a net profit of RM18.6mil. Daewon plans a W1.2tr battery plant. Its shares rose 35 sen to RM1.42.").map((f) => f.value)).toEqual([120e6, 18.6e6, 1.2e12, 0.35, 1.42]);
    // A lone W with no scale is no currency: "the W3C", "a W2 form".
    expect(figuresOf("The W3C and a W2 form were cited.")).toEqual([]);
  });

  it("leaves out a time by the clock and a number a noun for a part of a series names", () => {
    expect(figuresOf("We come here at 3 o'clock. The council issued a section 114 notice on route 9 under alert level 2. About 40 people came.").map((f) => f.value)).toEqual([40]);
    // A percentage after such a noun is still a figure.
    expect(figuresOf("Turnout in round 2 fell to 44%.").map((f) => f.value)).toEqual([44]);
  });

  it("counts half of a scale, and a count a possessive owns, but not a name after one", () => {
    expect(figuresOf("Aid reached half a million people. Half a dozen boats sank.").map((f) => f.value)).toEqual([500000, 6]);
    expect(figuresOf("The closure would send Hillcrest’s 240 pupils elsewhere. She won 14,212 votes to Dombrowski's 13,118.").map((f) => f.value)).toEqual([240, 14212, 13118]);
    expect(figuresOf("Boeing's 787 flew. Standard & Poor's 500 index fell.").map((f) => f.value)).toEqual([]);
    // ("The CMA's 400-page decision": a measure hyphened to its unit is a count too.)
    expect(figuresOf("The CMA's 400-page decision fined them. He made the Springboks' 45-man squad.").map((f) => f.value)).toEqual([400, 45]);
  });

  it("reads the end of a named range as a name, and a number with a thousands comma after 'the' as a count", () => {
    expect(figuresOf("In Morbidity Weeks 12 to 17, the reported 11,435 cases fell.").map((f) => f.value)).toEqual([11435]);
    expect(figuresOf("Cases reached 25,268, down from the 27,010 in the first half.").map((f) => f.value)).toEqual([25268, 27010]);
  });

  it("reads a title-case headline's capitals as its style, a duration counted from another happening as a figure, and a time in GMT as none", () => {
    const text = "Bomber Strikes Crowded Market, Killing at Least 19\n\nA bomber struck a market on Wednesday, killing at least 19 and wounding 38.";
    expect(figuresOf(text).map((f) => f.value)).toEqual([19, 19, 38]);
    expect(figuresOf("Malaysia Airlines Flight 370 Vanished Without Trace\n\nThe flight carried 239 people.").map((f) => f.value)).toEqual([239]);
    // A span of time in such a headline is no film's title ("127 Hours" is, inside a sentence).
    expect(figuresOf("Ecuador Extends Blackouts to 12 Hours as Drought Drains Dam\n\nCuts last 12 hours. He starred in 127 Hours.").map((f) => f.value)).toEqual([12, 12]);
    expect(figuresOf("The trial began more than two years after the tribunal was set up.").map((f) => f.value)).toEqual([2]);
    expect(figuresOf("Polls were open from 0130 GMT to 1030 GMT at 11,098 stations.").map((f) => f.value)).toEqual([11098]);
    expect(figuresOf("Fri 9 June 2017 21.45 BST. Polls closed at 22:00 CEST with 812 stations reporting.").map((f) => f.value)).toEqual([812]);
    expect(figuresOf("Nadir said he had tried to reach Spain 14 times.").map((f) => f.value)).toEqual([14]);
  });

  it("reads a headline's capitalised verb before a count as a verb, not a name", () => {
    expect(figuresOf("Tornado Kills 3, Injures 41 in Oklahoma\n\nThe storm struck on Tuesday.").map((f) => f.value)).toEqual([3, 41]);
    expect(figuresOf("Steel Mill to Close, Idling 2,300 in Valley\n\nApollo 11 Lands on the Moon").map((f) => f.value)).toEqual([2300]);
  });

  it("reads power, area and other currencies as units, a bare glued 'm' as metres, and leaves out life dates and emergency numbers", () => {
    expect(figuresOf("Demand reached about 1,600MW. The temple sits on a 0.6ha site. The fine was 500 million rupiah.").map((f) => [f.value, f.unit])).toEqual([
      [1600, "MW"],
      [0.6, "ha"],
      [500000000, "rupiah"],
    ]);
    expect(figuresOf("It will be a very short, 30-to-60-day bankruptcy process. The MP-3 player sold.").map((f) => f.value)).toEqual([30, 60]);
    expect(figuresOf("The fighting has displaced tens of thousands of people and cost hundreds of millions of dollars; 2,000 fled on Monday.").map((f) => f.value)).toEqual([2000]);
    expect(figuresOf("The pilot flew below the 400m minimum. Police set up a 20m cordon.").map((f) => [f.value, f.unit])).toEqual([[400, "m"], [20, "m"]]);
    // ("pumps water more than 1,000m uphill": a word for which way.)
    expect(figuresOf("The city pumps water more than 1,000m uphill.").map((f) => [f.value, f.unit])).toEqual([[1000, "m"]]);
    expect(figuresOf("Water was 4ft (1.2m) deep; the river had risen by 2.3m in two hours. The club paid £2.3m for 1.5m shares.").map((f) => [f.value, f.unit])).toEqual([
      [4, "ft"],
      [1.2, "m"],
      [2.3, "m"],
      [2, "hours"],
      [2300000, "£"],
      [1500000, null],
    ]);
    expect(figuresOf("Maurel (1702-1761) wrote operas. She called 911 at once. Police took 911 calls.").map((f) => f.value)).toEqual([911]);
    expect(figuresOf("Jurors heard her final call to a 911 dispatcher. The 999 call lasted 3 minutes.").map((f) => f.value)).toEqual([3]);
    expect(figuresOf("At least 8,600 calls to 911 failed during the 911 outage. Ports count twenty-foot equivalent units.").map((f) => f.value)).toEqual([8600]);
    expect(figuresOf("The collection, some 1,200 quilts made between about 1790 and 1960, went to the museum. Some 1500 to 2000 people came.").map((f) => f.value)).toEqual([1200, 1500, 2000]);
  });

  it("reads the FT's Y for yen, a price a share, and a headline's B after money as billions", () => {
    expect(figuresOf("Pretax profit fell to Y18.6bn; the dividend was cut to Y3.5 a share. Buyers will pay P60 a share.").map((f) => [f.value, f.unit])).toEqual([
      [18.6e9, "Y"],
      [3.5, "Y"],
      [60, "P"],
    ]);
    expect(figuresOf("Acme to buy Widget for $2.9B; Cordillera to buy Mindanao Flour for P4.1 B").map((f) => f.value)).toEqual([2.9e9, 4.1e9]);
    // An amount beside one written as money with the same capital, and a share's price, are money too.
    expect(figuresOf("It cut its dividend to Y4.5 a share from Y9. The shares fell Y31 to Y702 in Osaka.").map((f) => f.value)).toEqual([4.5, 9, 31, 702]);
    expect(figuresOf("Wear an N95 mask; the fine was N3.5 million.").map((f) => f.value)).toEqual([3.5e6]);
    // A letter after a number that is no money stays a letter: "Y2K", "Apartment 4B".
    expect(figuresOf("She fixed the Y2K bug in Apartment 4B.")).toEqual([]);
  });

  it("reads a lone capital glued to an amount as its currency, degrees glued to a reading, and paise as hundredths", () => {
    expect(figuresOf("The league fined the club N3 million. It cost at least P12 million, a P1.2-million truck. The $US220,000 event began.").map((f) => [f.value, f.unit])).toEqual([
      [3000000, "N"],
      [12000000, "P"],
      [1200000, "P"],
      [220000, "$US"],
    ]);
    expect(figuresOf("Wear an N95 mask. The P45 form came. R2 is a droid.").map((f) => f.value)).toEqual([]);
    expect(figuresOf("Sydney reached 43.6C on Sunday. Leeds fell to minus 12C. Water costs two paise a litre.").map((f) => [f.value, f.unit])).toEqual([
      [43.6, "°C"],
      [-12, "°C"],
      [0.02, "₹"],
    ]);
  });

  it("reads a lower-case c glued to an amount as cents, not a clause's letter or Celsius", () => {
    expect(figuresOf("The co-op will pay 28.5c/l, down from 30.5c/l in April. Losses ran between 9c and 14c in the rand.").map((f) => [f.value, f.unit])).toEqual([
      [0.285, "$"],
      [0.305, "$"],
      [0.09, "$"],
      [0.14, "$"],
    ]);
    expect(figuresOf("Read clause 4c of the deal. Sydney reached 40C.").map((f) => [f.value, f.unit])).toEqual([[40, "°C"]]);
  });

  it("reads a glued m as metres where what it measures is long, high or deep, and as millions elsewhere", () => {
    expect(figuresOf("Corrosion caused the 84m central span to fail. There was a drop of about 4m beyond the barrier. A 30m-high wall stands.").map((f) => [f.value, f.unit])).toEqual([
      [84, "m"],
      [4, "m"],
      [30, "m"],
    ]);
    expect(figuresOf("Turkey has 84m people. The club paid £84m for him.").map((f) => f.value)).toEqual([84000000, 84000000]);
    expect(figuresOf("A further 0.5m rise by 2050 could flood the coast. Forecasters expect up to 3.5m flooding.").map((f) => [f.value, f.unit])).toEqual([
      [0.5, "m"],
      [3.5, "m"],
    ]);
    expect(figuresOf("The 1,584m stratovolcano on Flores erupted again. Climbers left the 2,300m peak.").map((f) => [f.value, f.unit])).toEqual([
      [1584, "m"],
      [2300, "m"],
    ]);
  });

  it("counts the months of a span from a year's start as a figure, as it counts a duration 'ago'", () => {
    expect(figuresOf("Ralstedt reported a net loss of €318 million for the first nine months of the year.").map((f) => [f.value, f.unit])).toEqual([
      [318000000, "€"],
      [9, "months"],
    ]);
  });

  it("reads Macau's patacas glued to an amount", () => {
    expect(figuresOf("The junket paid about MOP40 million. Gaming revenue reached MOP230.8 billion.").map((f) => [f.value, f.unit])).toEqual([
      [40000000, "MOP"],
      [230800000000, "MOP"],
    ]);
  });

  it("treats a number that names a thing once as a name everywhere in the article", () => {
    const text = "Boeing rolled out the 787 Dreamliner. The 787 will carry 250 passengers. The 787-8 is the first model.";
    expect(figuresOf(text).map((f) => f.value)).toEqual([250]);
  });

  it("keeps a count whose number a code elsewhere holds, and one a possessive owns before a described plural", () => {
    expect(figuresOf("Hospitals cleared beds for COVID-19 patients. The software flagged 312 cancers, 19 of which had been missed.").map((f) => f.value)).toEqual([312, 19]);
    expect(figuresOf("Farmer's Doorstop Turns Out to Be 74-Pound Meteorite\n\nThe 74-pound rock sat by the door.").map((f) => f.value)).toEqual([74]);
    expect(figuresOf("Two of Britain’s 25 native bumblebee species have vanished.").map((f) => f.value)).toEqual([2, 25]);
  });

  it("reads 'pc' as per cent, a reading on the pH scale, and a speaker's age after 'I'm'", () => {
    expect(figuresOf("The council cut the budget by 18pc, to less than 60pc of what it was.").map((f) => [f.value, f.unit])).toEqual([[18, "%"], [60, "%"]]);
    expect(figuresOf("The lakes had an average acidity of pH 4.3.").map((f) => [f.value, f.unit])).toEqual([[4.3, "pH"]]);
    expect(figuresOf("“I'm 59, so I don't sleep much,” he said.").map((f) => f.value)).toEqual([59]);
  });

  it("reads escudos, shekels and lira before an amount, rand with thousands set apart by a space, and a headline's count in title case", () => {
    expect(figuresOf("The state hoped to raise about Es28bn. Kinneret paid NIS 48 million. Losses reached TL 5 billion.").map((f) => [f.value, f.unit])).toEqual([[28e9, "Es"], [48e6, "NIS"], [5e9, "TL"]]);
    expect(figuresOf("The hackers demanded 4.5 mln euros ($1 = 0.8610 euros). The firm lost 2.3 bln yen.").map((f) => [f.value, f.unit])).toEqual([[4.5e6, "euros"], [0.861, "euros"], [2.3e9, "yen"]]);
    expect(figuresOf("The wind farm cost more than Hr 640 million. Workers earned Hr 15,000 a month.").map((f) => [f.value, f.unit])).toEqual([[640e6, "Hr"], [15000, "Hr"]]);
    expect(figuresOf("The accused were granted bail of R50 000 each.").map((f) => f.value)).toEqual([50000]);
    expect(figuresOf("Al Sahra Halts Two Dubai Towers as Credit Dries Up").map((f) => f.value)).toEqual([2]);
    expect(figuresOf("It is a hard time for Uruguay’s 21 million sheep.").map((f) => f.value)).toEqual([21e6]);
    expect(figuresOf("Rwanda’s 416 Umurenge SACCOs were set up from 2009. Britain's 650 MPs voted.").map((f) => f.value)).toEqual([416, 650]);
    expect(figuresOf("Troopers began detouring vehicles onto U.S. 70 for 9 miles.").map((f) => f.value)).toEqual([9]);
  });

  it("reads Lebanese pounds, and no figure in a telephone number written in groups", () => {
    expect(figuresOf("Bread rose from LL1,500 to LL2,000 a bundle.").map((f) => [f.value, f.unit])).toEqual([[1500, "LL"], [2000, "LL"]]);
    expect(figuresOf("--Anna Lindgren in the Stockholm newsroom (46-8-5058-4210)").map((f) => f.value)).toEqual([]);
  });

  it("reads tonnes glued on as 't', 'kt', 'Mt' and 't/y', and both ends of a range written with thousands commas", () => {
    const figures = figuresOf("The 140,000t/y mine stockpiled 9,000t. Guidance of 130,000-140,000t held. It shipped 20kt.");
    expect(figures.map((f) => f.value)).toEqual([140000, 9000, 130000, 140000, 20]);
    expect(figures.filter((f) => f.value !== 130000).map((f) => f.unit)).toEqual(["t/y", "t", "t", "kt"]);
  });

  it("reads no name in a count after 'I’ve', and no figure in calls to 911, a court's case number or a telephone number's groups", () => {
    expect(figuresOf("“I’ve 40 cows calved and no grass,” he said. “We’ve 12 staff.”").map((f) => f.value)).toEqual([40, 12]);
    expect(figuresOf("At least 300 calls to 911 failed, said a 911 supervisor. The case is Orbitalis Networks Inc., 19-10733, U.S. Bankruptcy Court. Call 525 728 9560 for 2 000 tickets.").map((f) => f.value)).toEqual([300, 2000]);
  });

  it("counts 'the 24 remaining crew' and an age set off by commas where the number names a school year, but no hour 'at four every morning'", () => {
    expect(figuresOf("The hull held and the 24 remaining crew would leave. He woke up at four every morning to drive.").map((f) => f.value)).toEqual([24]);
    expect(figuresOf("Only pupils in Years 7 and 11 will be taught on site. Leanne Carter, 38, whose daughter, 11, is due to start, said so.").map((f) => f.value)).toEqual([38, 11]);
  });

  it("reads a lone capital before an exchange rate or a closing price as its currency, not a code", () => {
    expect(figuresOf("The naira was pegged at about N199 to the dollar but closed at N320 on the parallel market. Wear an N95 mask.").map((f) => [f.value, f.unit])).toEqual([[199, "N"], [320, "N"]]);
  });

  it("joins a unit only to a ten before it: 'two four-day matches' are two matches of four days", () => {
    expect(figuresOf("Kenya play two four-day matches and twenty-five one-day games.").map((f) => [f.value, f.text])).toEqual([[2, "two four-day"], [4, "four-day"], [25, "twenty-five one-day games"], [1, "one-day games"]]);
  });

  it("joins the tens to the hundreds with 'and', reads rand paid each, and a capitalised number word inside a name", () => {
    expect(figuresOf("One hundred and fifty buses were withdrawn.").map((f) => f.value)).toEqual([150]);
    expect(figuresOf("Water was sold at R10 each.").map((f) => [f.value, f.unit])).toEqual([[10, "R"]]);
    expect(figuresOf("Cases were found in the Four Corners region.").map((f) => f.value)).toEqual([]);
  });

  it("reads a reading below zero, a unit and a half, a count after an opening -ing verb, and no number one calls on", () => {
    expect(figuresOf("Temperatures dropped to 14 below zero. It was 5 degrees below zero by dawn.").map((f) => [f.value, f.text])).toEqual([
      [-14, "14 below zero"],
      [-5, "5 degrees below zero"],
    ]);
    expect(figuresOf("Water came from a hydrant a mile and a half away.").map((f) => [f.value, f.unit, f.text])).toEqual([[1.5, "miles", "a mile and a half"]]);
    expect(figuresOf('The club has about 90 members. "Moving 90 kids to another town just isn\'t realistic," he said.').map((f) => f.text)).toEqual(["about 90 members", "90 kids"]);
    expect(figuresOf("Anyone with information is asked to call Humberside Police on 101.").map((f) => f.value)).toEqual([]);
    expect(figuresOf("Call the hotline on 0800 555 0111 or visit the website. Police counted 101 cars on the road.").map((f) => f.value)).toEqual([101]);
  });

  it("counts what a headline's number counts wherever the body counts it, and reads Egyptian pounds and someone's age after 'he's'", () => {
    expect(figuresOf("Georgia, Abkhazia Swap 34 Prisoners On Inguri Bridge\n\nGeorgia and Abkhazia exchanged 34 prisoners on the bridge.").map((f) => f.text)).toEqual(["34", "34 prisoners"]);
    // (A number that names something still names it where it stands bare.)
    expect(figuresOf("The Boeing 787 is late. Airlines ordered the 787 anyway.").map((f) => f.value)).toEqual([]);
    expect(figuresOf("He paid LE60,000 in 2012.").map((f) => [f.value, f.unit])).toEqual([[60000, "LE"]]);
    expect(figuresOf('"He’s 23. He should be at home," she said.').map((f) => f.value)).toEqual([23]);
  });

  it("leaves out a fraction in words, and 'the two sides' or 'the two countries' the text has named", () => {
    expect(figuresOf("Rents rose by about two-thirds last year.").map((f) => f.value)).toEqual([]);
    expect(figuresOf("The two sides signed a deal. The two Pacific neighbours agreed. Rebels attacked from two sides. The two sides of the river flooded.").map((f) => f.text)).toEqual(["two sides", "two sides"]);
  });

  it("reads a half written with a hyphen, baht glued to a capital B, and a currency's code glued on", () => {
    expect(figuresOf("He was sentenced to 6-1/2 years in prison.").map((f) => [f.value, f.text])).toEqual([[6.5, "6-1/2 years"]]);
    expect(figuresOf("The B13.4bn patrol ship deal was signed.").map((f) => [f.value, f.unit])).toEqual([[13400000000, "B"]]);
    expect(figuresOf("The contract is worth USD410 million.").map((f) => [f.value, f.unit])).toEqual([[410000000, "USD"]]);
    expect(figuresOf("The B-52 and B2 bombers flew over.").map((f) => f.value)).toEqual([]);
  });

  it("reads a count after a dateline's dash, a range of a measure after 'the', and gives the first of a range the second's unit", () => {
    expect(figuresOf("SPRINGVALE, Ill. — Between 300 and 400 students occupied the lobby.").map((f) => f.value)).toEqual([300, 400]);
    expect(figuresOf("Fees rose above the 15 to 20 per cent benchmark.").map((f) => [f.value, f.unit])).toEqual([[15, "%"], [20, "%"]]);
  });

  it("reads 'a hundred thousand' as one number, and no count in a route's number before its bus", () => {
    expect(figuresOf("If a hundred thousand teachers leave at once, who will teach?").map((f) => [f.value, f.text])).toEqual([[100000, "a hundred thousand teachers"]]);
    expect(figuresOf("She catches the 610 bus to Westmead. The 40 buses were late.").map((f) => f.text)).toEqual(["40 buses"]);
  });

  it("reads 'lakh crore' as Indian English's trillion", () => {
    expect(figuresOf("The company is valued at more than Rs 1.18 lakh crore. It raised Rs 5,000 crore.").map((f) => f.value)).toEqual([1180000000000, 50000000000]);
  });

  it("reads a lone capital before a price a share traded above as its currency, and no count in an example picked out with 'In one'", () => {
    expect(figuresOf("The shares had traded above R22 as recently as October. Drivers took the R61 to Durban.").map((f) => [f.value, f.unit])).toEqual([[22, "R"]]);
    expect(figuresOf("In one exchange in April, he wrote to her. Two people died in one night. But in one case the police came.").map((f) => f.text)).toEqual(["Two people", "one night"]);
  });

  it("reads a race's time and a span of time told in hours, minutes and seconds as one figure in seconds, not a clock's time", () => {
    expect(figuresOf("Rotich won in 2:08:51, beating the record of 2:10:44 set in 2009. She went out in 4:17.9 and finished 2:56 down.").map((f) => [f.value, f.unit, f.text])).toEqual([
      [7731, "seconds", "2:08:51"],
      [7844, "seconds", "2:10:44"],
      [257.9, "seconds", "4:17.9"],
      [176, "seconds", "2:56"],
    ]);
    expect(figuresOf("The final lasted two hours and 51 minutes. His time was 35 hours 41 minutes 09 seconds, 1 minute 12 seconds ahead.").map((f) => [f.value, f.text])).toEqual([
      [10260, "two hours and 51 minutes"],
      [128469, "35 hours 41 minutes 09 seconds"],
      [72, "1 minute 12 seconds"],
    ]);
    expect(figuresOf("The meeting began at 10:30 and the ferry left at 2:15 p.m.").map((f) => f.value)).toEqual([]);
  });

  it("reads a race the sentence is about as no figure, more currencies by their codes, a lone capital's amount for each thing, and no count in a fixed phrase or an ordinal in words", () => {
    expect(figuresOf("The 1500m is not on the women's programme.").map((f) => f.value)).toEqual([]);
    expect(figuresOf("The firm could face fines of up to VND200 million. Rates rose to INR 5,000.").map((f) => [f.value, f.unit])).toEqual([[200000000, "VND"], [5000, "INR"]]);
    expect(figuresOf("The department will give P80 for every chicken culled. Eggs rose by as much as P1 per piece.").map((f) => [f.value, f.unit])).toEqual([[80, "P"], [1, "P"]]);
    expect(figuresOf("This is a two-horse race. We lost to four-wheel-drives and a two-way street. Three-wheeler drivers protested.").map((f) => f.value)).toEqual([]);
    expect(figuresOf("This is a nineteenth-century answer to a twenty-first-century problem, he said on his forty-second birthday.").map((f) => f.value)).toEqual([]);
    expect(figuresOf("The ceremony cost about E4.2 million. The pardon fund holds around JD3.4 million.").map((f) => [f.value, f.unit])).toEqual([[4200000, "E"], [3400000, "JD"]]);
  });

  it("reads no figure in a kind named by its number ('type 2 diabetes') or in the parts of a mixture ('a 20:10:10 fertiliser')", () => {
    expect(figuresOf("Rates of type 2 diabetes have doubled in a decade, and 340 children now have Type 1 diabetes.").map((f) => f.value)).toEqual([340]);
    expect(figuresOf("Farmers switched to a 20:10:10 fertiliser and a mix in the ratio 12:6:1, though the marathon was won in 2:08:51.").map((f) => [f.value, f.unit])).toEqual([[7731, "seconds"]]);
  });

  it("reads no figure in a race that names an athlete ('the 400m medallist') or a maturity that names a debt ('91-day Treasury bills'), and basis points as a unit", () => {
    expect(figuresOf("The 5,000m runner and the 400m medallist were banned. The company raised £400m.").map((f) => f.value)).toEqual([400000000]);
    expect(figuresOf("Rates on 91-day Treasury bills rose, one-year Treasury bill rates fell and the 10-year yield hit 5%. A one-year contract was signed.").map((f) => [f.value, f.unit])).toEqual([[5, "%"], [1, "year"]]);
    expect(figuresOf("The bank had considered a 100bp cut, taking reductions to 1,150bp, after raising rates by 250 basis points.").map((f) => [f.value, f.unit])).toEqual([[100, "bp"], [1150, "bp"], [250, "basis points"]]);
  });

  it("reads hours and minutes set apart by a point as a time where the day's time follows, not a figure", () => {
    expect(figuresOf("Police appealed to anyone on the highway between 8.30 and 9.30 on Tuesday night. The bus left at 7.45 this morning.").map((f) => f.value)).toEqual([]);
    // A price that moved on a day, and a market that closed at a level, are figures.
    expect(figuresOf("Shares rose 2.50 on Tuesday and the index closed at 12.45 on Friday.").map((f) => f.value)).toEqual([2.5, 12.45]);
  });

  it("reads Indian English digit groups, and no figure in a day after a month's name, an hour of the morning or a live blog's time stamp", () => {
    expect(figuresOf("Headcount stood at 2,18,450 at the end of September, and revenue at Rs 1,23,45,678.").map((f) => f.value)).toEqual([218450, 12345678]);
    const article = testArticle("In a filing on Tuesday (Feb 11), the companies said 40 jobs would go.", "2025-02-12");
    expect(extractArticle(article).figures.map((f) => f.value)).toEqual([40]);
    expect(figuresOf("16.47 MOSS WINS!\n\nMoss hit 38 winners. “I've been here since 5 this morning,” she said.").map((f) => f.value)).toEqual([38]);
  });

  it("keeps each figure's excerpt verbatim at its offsets", () => {
    const article = testArticle("Officials said 1,200 people fled, and more than 40,000 fighters remain.");
    for (const figure of extractArticle(article, { only: ["figures"] }).figures) {
      for (const s of figure.sources) expect(article.text.slice(s.start, s.end)).toBe(s.excerpt);
      expect(article.text).toContain(figure.context);
    }
  });
});
