import { describe, expect, it } from "vitest";
import { IngestError } from "../errors.js";
import { parseArticle } from "./index.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

function parse(text: string | Uint8Array, path = "a.txt", overrides = {}) {
  return parseArticle(typeof text === "string" ? utf8(text) : text, path, overrides);
}

describe("plain text", () => {
  it("takes a headline-like first line as the title and keeps it in the text", () => {
    const { article } = parse("Rebels take the bridge\n\nRebels took the bridge on Sunday.");
    expect(article).toMatchObject({ title: "Rebels take the bridge", format: "text", id: "a" });
    expect(article.text.startsWith("Rebels take the bridge\n\n")).toBe(true);
  });

  it("reads a leading ' date YYYY-MM-DD', with the text going on on the same line", () => {
    const { article, warnings } = parse(" date 2017-06-09 Since November, troops have tried to isolate the city.\n\nMore text.");
    expect(article.published).toBe("2017-06-09");
    expect(article.text.startsWith("Since November, troops")).toBe(true);
    expect(article.title).toBe("Since November, troops have tried to isolate the city.");
    expect(warnings).toEqual([]);
  });

  it("warns when there is no publication date, and names the file", () => {
    const { article, warnings } = parse("Headline\n\nSomething happened on Tuesday.", "b.txt");
    expect(article.published).toBeNull();
    expect(warnings).toEqual([expect.objectContaining({ code: "no-date", file: "b.txt" })]);
  });

  it("repairs stray spaces without touching real dashes", () => {
    const { article } = parse("Title\n\nThe USA -backed  troops and U.S. -led forces met - briefly - at noon.");
    expect(article.text).toContain("The USA-backed troops and U.S.-led forces met - briefly - at noon.");
  });
});

describe("front matter", () => {
  it("reads title, outlet, published (or date), url and author", () => {
    const { article } = parse("---\ntitle: A story\noutlet: CNN\ndate: 2016-11-06\nurl: https://example.org/a\nauthor: Jane Roe\n---\nBody text here.", "s.md");
    expect(article).toMatchObject({ title: "A story", outlet: "CNN", published: "2016-11-06", url: "https://example.org/a", author: "Jane Roe", format: "markdown" });
    expect(article.text).toBe("Body text here.");
  });

  it("reads a front matter date as site generators write it, the day in its own time zone, and refuses an ambiguous one", () => {
    expect(parse("---\ndate: 2021-12-07T23:30:00+11:00\n---\nBody.", "s.md").article.published).toBe("2021-12-07");
    expect(parse("---\npublished: April 26, 2017\n---\nBody.", "s.md").article.published).toBe("2017-04-26");
    expect(() => parse("---\ntitle: T\ndate: 04/05/2017\n---\nBody.", "s.md")).toThrow(expect.objectContaining({ line: 3, message: expect.stringMatching(/expected a date as YYYY-MM-DD/) }));
  });

  it("drops a dateline of a place and a weekday opening a Markdown body, and reads 'publication' as the outlet", () => {
    const { article } = parse("---\ntitle: Jet lands safely\npublication: The Lakeside Standard\n---\n\n**KISUMU, Tuesday**\n\nPassengers described scenes of panic.", "k.md");
    expect(article).toMatchObject({ outlet: "The Lakeside Standard", text: "Passengers described scenes of panic." });
  });

  it("reads 'source' or 'publisher' as the outlet, and ignores a field it does not read with a warning on its line", () => {
    const { article, warnings } = parse("---\ntitle: T\nsource: The Northern Ledger\ntags: [strikes, pensions]\ndate: 2019-11-20\n---\nBody.", "s.md");
    expect(article.outlet).toBe("The Northern Ledger");
    expect(warnings).toEqual([expect.objectContaining({ code: "front-matter-ignored", file: "s.md", line: 4, message: expect.stringContaining('"tags"') })]);
  });

  it("lets briefing.yaml's sources fill in and win, with a warning when they differ", () => {
    const { article, warnings } = parse("---\noutlet: CNN\n---\nBody.", "s.md", { outlet: "CNN International", published: "2016-11-06" });
    expect(article).toMatchObject({ outlet: "CNN International", published: "2016-11-06" });
    expect(warnings.map((w) => w.code)).toContain("metadata-differs");
  });

  it.each([
    ["malformed YAML", "---\ntitle: [oops\n---\nBody.", 2, /malformed YAML/],
    ["a misspelt field", "---\ntitle: T\npublised: 2017-06-09\n---\nBody.", 3, /unknown field "publised" \(did you mean "published"\?\)/],
    ["an impossible date", "---\npublished: 2017-02-30\n---\nBody.", 2, /not a real calendar day/],
  ])("reports %s with file and line", (_what, text, line, message) => {
    expect(() => parse(text, "s.md")).toThrow(expect.objectContaining({ file: "s.md", line, message: expect.stringMatching(message) }));
  });

  it("turns Markdown into plain paragraphs, a list into one paragraph of an item a line", () => {
    const { article } = parse("---\ntitle: T\n---\n# Heading\n\nSome **bold** and [a link](https://x.org).\n\n- The bridge was closed.", "m.md");
    expect(article.text).toBe("Heading\n\nSome bold and a link.\n\n• The bridge was closed.");
  });

  it("quotes a block quotation a colon brings in, a transcript's line with its label outside the marks, and leaves other blocks be", () => {
    const source = "---\ntitle: T\n---\nIn her reasons, the judge wrote:\n\n> The messages were not idle gossip. They were the means.\n\nThe exchange came on Thursday:\n\n> **DPP Yeo:** Did he tell you to lie?\n>\n> **Ong:** Not in those words.\n\nMore followed.\n\n> Key findings came later.\n\nHe wrote:\n\n> \"Already quoted.\"";
    expect(parse(source, "m.md").article.text.split("\n\n")).toEqual([
      "In her reasons, the judge wrote:",
      "“The messages were not idle gossip. They were the means.”",
      "The exchange came on Thursday:",
      "DPP Yeo: “Did he tell you to lie?”",
      "Ong: “Not in those words.”",
      "More followed.",
      "Key findings came later.",
      "He wrote:",
      '"Already quoted."',
    ]);
  });

  it("keeps a list of key facts, items without a full stop included, nested and numbered ones too", () => {
    const source = "---\ntitle: Floods\n---\nFloods hit the south.\n\n## Key facts\n\n- **146** confirmed deaths\n- 537,000 people affected\n  - 15 districts\n\n1. Roads closed\n2. Schools shut\n\nRescuers worked all night.";
    expect(parse(source, "m.md").article.text.split("\n\n")).toEqual([
      "Floods hit the south.",
      "• 146 confirmed deaths\n• 537,000 people affected\n• 15 districts",
      "1. Roads closed\n2. Schools shut",
      "Rescuers worked all night.",
    ]);
  });

  it("drops the list under a label of other pages ('Read more:', 'Related coverage', 'Sources'), and the label", () => {
    const source = [
      "---\ntitle: Floods\n---\nFloods hit the south.",
      "**Read more:**\n\n- [Dam breach inquiry opens](https://x.org/a)\n- [Why the rains came early](https://x.org/b)",
      "Rescuers worked all night.",
      "## Related coverage\n\n- Dam breach inquiry opens\n- Why the rains came early",
      "Related Topics\n- Weather\n- Sri Lanka",
    ].join("\n\n");
    expect(parse(source, "m.md").article.text.split("\n\n")).toEqual(["Floods hit the south.", "Rescuers worked all night."]);
  });
});

describe("HTML", () => {
  it("finds the article, its metadata, and never keeps scripts", () => {
    const html = `<!doctype html><html><head><title>Page title</title>
      <meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2024-05-17T10:00:00Z">
      <link rel="canonical" href="https://example.org/story"><script>alert(1)</script></head>
      <body><nav>Home | World</nav><article><h1>Floods hit the valley</h1>
      <p>Heavy rain flooded the valley on Friday, officials said, forcing 1,200 people from their homes.</p>
      <p>“The water rose faster than anyone expected,” said Ann Reed, the mayor. Rescue teams worked through the night to reach villages cut off by the water.</p>
      <p>Forecasters expect more rain over the weekend, and the regional government has opened three shelters in schools.</p>
      </article><footer>© Example News</footer></body></html>`;
    const { article } = parse(html, "page.html");
    expect(article).toMatchObject({ format: "html", outlet: "Example News", published: "2024-05-17", url: "https://example.org/story" });
    expect(article.text).toContain("forcing 1,200 people from their homes.");
    expect(article.text).not.toContain("alert(1)");
    expect(article.text).not.toContain("Home | World");
  });

  it("turns a list into one paragraph of an item a line, numbered where the list is ordered", () => {
    const html = `<html><body><article><p>Heavy rain flooded the valley on Friday, officials said, forcing 1,200 people from their homes and closing roads.</p>
      <h2>Key facts</h2><ul><li>1,200 people moved</li><li>Three shelters <ul><li>two in schools</li></ul></li></ul>
      <ol><li>Roads closed</li><li>Schools shut</li></ol><p>Forecasters expect more rain over the weekend in the valley.</p></article></body></html>`;
    expect(parse(html, "page.html").article.text.split("\n\n")).toEqual([
      "Heavy rain flooded the valley on Friday, officials said, forcing 1,200 people from their homes and closing roads.",
      "• 1,200 people moved\n• Three shelters two in schools",
      "1. Roads closed\n2. Schools shut",
      "Forecasters expect more rain over the weekend in the valley.",
    ]);
  });

  it("keeps the paragraphs of a block quotation apart, and a one-paragraph block quotation as one", () => {
    const html = `<html><body><article><p>The judge found the club negligent after an 11-day hearing in November, and awarded damages of €250,000.</p>
      <p>In his written judgment, the judge said:</p><blockquote><p>“I do not doubt the good faith of Mr Twomey.</p><p>“The warning signs were there to be seen. Nobody was looking.”</p></blockquote>
      <blockquote>“We will appeal,” the club said.</blockquote></article></body></html>`;
    expect(parse(html, "page.html").article.text.split("\n\n").slice(1)).toEqual([
      "In his written judgment, the judge said:",
      "“I do not doubt the good faith of Mr Twomey.",
      "“The warning signs were there to be seen. Nobody was looking.”",
      "“We will appeal,” the club said.",
    ]);
  });
});

describe("encodings and bad files", () => {
  it("reads UTF-16 with a byte-order mark", () => {
    const text = "Title\n\nCafé owners said on Monday.";
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(parse(le).article.text).toBe(text);
    const be = new Uint8Array([0xfe, 0xff, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    expect(parse(be).article.text).toBe(text);
  });

  it("reads Latin-1 with a warning", () => {
    const bytes = new Uint8Array([...utf8("Title\n\nCaf"), 0xe9, ...utf8(" owners spoke.")]);
    const { article, warnings } = parse(bytes);
    expect(article.text).toContain("Café owners spoke.");
    expect(warnings.map((w) => w.code)).toContain("not-utf8");
  });

  it.each([
    ["an empty file", utf8("")],
    ["only white space", utf8("  \n\n \t ")],
    ["a binary file", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])],
  ])("refuses %s with an IngestError naming the file", (_what, bytes) => {
    expect(() => parse(bytes, "bad.txt")).toThrow(IngestError);
    expect(() => parse(bytes, "bad.txt")).toThrow(expect.objectContaining({ file: "bad.txt" }));
  });

  it("reads a 20 MB article in linear time", () => {
    const paragraph = "Officials said on Monday that 1,200 people had fled the town. ".repeat(20) + "\n\n";
    const text = `Title\n\n${paragraph.repeat(Math.ceil(20e6 / paragraph.length))}`;
    const started = performance.now();
    expect(parse(text).article.text.length).toBeGreaterThan(19e6);
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 30_000);
});

describe("web-page debris", () => {
  const page = [
    "Syria: forces launch bid to seize Raqqa",
    "Story highlights",
    "NEW: Defense Secretary welcomes announcement",
    "CNN  — ",
    "Militias said Sunday they had launched an operation.",
    "map beirut raqqa",
    "US general: Fight for Mosul will get tougher",
    "The flag flutters over the church on September 28, 2013.\nUS commander: plotting attacks from Raqqa\n02:07 - Source: CNN",
    "turkey take raqqa back watson lklv_00004426.jpg\nTurkey to US: 'Let's take Raqqa back together'\n01:14 - Source: CNN",
    "“We are ready,” the spokesman said.",
    "By Wednesday, the fires had burned 50 square miles and were 0% contained.",
    "By Jane Roe, Reuters",
    "CNN’s Jane Roe and John Doe contributed to this report.",
  ].join("\n\n");

  it("drops highlights, datelines, captions, related links, video lengths and image names, keeping every real sentence", () => {
    const { text } = parse(page).article;
    expect(text.split("\n\n")).toEqual([
      "Syria: forces launch bid to seize Raqqa",
      "Militias said Sunday they had launched an operation.",
      "The flag flutters over the church on September 28, 2013.",
      "“We are ready,” the spokesman said.",
      "By Wednesday, the fires had burned 50 square miles and were 0% contained.",
    ]);
  });

  it("drops a list of sources or related coverage, a headline in quotation marks and its outlet after a dash", () => {
    const text = [
      "Peru declares emergency after landslide",
      "The landslide buried 14 homes, officials said.",
      "Sources",
      "\"Deslizamiento en Cusco deja al menos 14 muertos\" — EFE, March 9, 2015\nAndrew Kramer. “Peru declares emergency after deadly landslide” – Reuters, March 9, 2015\n* \"Rescuers search for survivors\" - BBC News Online",
      "“We heard a roar,” a resident said — the slope gave way at night.",
    ].join("\n\n");
    expect(parse(text).article.text.split("\n\n")).toEqual(["Peru declares emergency after landslide", "The landslide buried 14 homes, officials said.", "“We heard a roar,” a resident said — the slope gave way at night."]);
  });

  it("drops a list of sources whose entries give the outlet, then the headline in quotation marks, then the date", () => {
    const text = [
      "Telecom fined over data breach",
      "The regulator fined the company €17.5 million, it said on Tuesday.",
      "Sources\n* Data Protection Commission, \"Decision in the matter of Cairn Mobile Limited\", 26 March 2024\n* RTÉ News, “Cairn Mobile fined over data breach”, 26 March 2024",
    ].join("\n\n");
    expect(parse(text).article.text.split("\n\n")).toEqual(["Telecom fined over data breach", "The regulator fined the company €17.5 million, it said on Tuesday."]);
  });

  it("drops a writer and where they file from near the top ('Rachel Whitford in Tingo María'), and the date line beside it", () => {
    const text = ["'The river took everything': families still wait", "An official inquiry blamed years of neglect", "Rachel Whitford in Tingo María\nSun 11 Mar 2018 07.00 GMT", "Every morning, Marleni Huamán walks to the river."].join("\n\n");
    expect(parse(text).article.text).not.toMatch(/Rachel Whitford|GMT/);
    expect(parse(text).article.text).toContain("Every morning, Marleni Huamán walks to the river.");
  });

  it("keeps the standfirst under a headline, but not a byline there or a heading further down", () => {
    const withStandfirst = ["Couples left in the lurch as bridal studio shuts", "Case receives 96 complaints in four days; some weddings just weeks away", "By Ng Wei Ling", "The studio shut on Saturday.", "What happens to the deposits now"];
    expect(parse(withStandfirst.join("\n\n")).article.text.split("\n\n")).toEqual([withStandfirst[0], withStandfirst[1], withStandfirst[3]]);
    for (const byline of ["KISUMU, Tuesday", "AOIFE BRENNAN, Consumer Affairs Correspondent", "Martin Hale in Zagreb", "Jacob Lefebvre · CBC News · Posted: Apr 13, 2023 4:00 AM ET", "* Shares down 6.3 pct on the day in London"]) {
      expect(parse(["Hartwell to shut 40 stores", byline, "Hartwell said on Wednesday it would shut 40 stores."].join("\n\n")).article.text).not.toContain(byline);
    }
  });

  it("drops a line that only says when the page was posted or updated, even first, but not a sentence that opens so", () => {
    for (const stamp of ["Posted Tue 8 Apr 2025 at 6:12pm", "Updated: 14 March 2024, 09:12 GMT", "Last updated on April 6, 2021"]) {
      const parsed = parse([stamp, "Noor Begum left her village in Myanmar with four children.", "She arrived in Bangladesh with three."].join("\n\n"));
      expect(parsed.article.text).toBe("Noor Begum left her village in Myanmar with four children.\n\nShe arrived in Bangladesh with three.");
    }
    const sentence = "Published in 2019, the survey found that 40% of workers were underpaid.";
    expect(parse(["Pay survey", sentence].join("\n\n")).article.text).toContain(sentence);
  });

  it("drops a block of short lines near the top, the writer over the time it was published, and still reads the day from it", () => {
    for (const block of ["Staff Correspondent, Munshiganj\nPublished: 11:40 PM, April 06, 2021", "Carla Jimenez\nAsheville Mountain Courier\nPublished 6:02 a.m. ET April 6, 2021"]) {
      const parsed = parse(["Launch capsize toll rises to 27", block, "The death toll rose to 27 on Tuesday.", "Divers found five bodies.", "Rescue Work\nResumed Today"].join("\n\n"));
      // (Further down, such lines are the article's.)
      expect(parsed.article.text).toBe("Launch capsize toll rises to 27\n\nThe death toll rose to 27 on Tuesday.\n\nDivers found five bodies.\n\nRescue Work\nResumed Today");
      expect(parsed.article.published).toBe("2021-04-06");
    }
    // (A list's items, short and without full stops, are the article's own.)
    expect(parse(["Launch capsize toll rises to 27", "- 27 dead\n- 12 missing", "The toll rose on Tuesday."].join("\n\n"), "a.md").article.text).toContain("27 dead");
  });

  it("reads the publication day from a line near the top that is a date, or from a dateline, with a warning that it guessed", () => {
    const published = parse(["Council approves market overhaul", "By Helen Marsh, Local Democracy Reporter", "Published: Thursday 14 March 2019", "The council voted on Wednesday."].join("\n\n"));
    expect(published.article.published).toBe("2019-03-14");
    expect(published.warnings).toEqual([expect.objectContaining({ code: "date-guessed", message: expect.stringContaining("Published: Thursday 14 March 2019") })]);
    expect(parse("Sudan truce agreed\n\nKHARTOUM, March 14, 2024 (Reuters) - Sudan's army agreed on Thursday to a truce.").article.published).toBe("2024-03-14");
    // (Not a sentence of the story, nor a date without its year.)
    for (const text of ["Talks fail\n\nThe talks on March 3, 2021 failed.", "Truce agreed\n\nNAIROBI, March 3 (Reuters) - The truce held."]) expect(parse(text).article.published).toBeNull();
  });

  it("drops a byline with two writers or a place after a separator, even as a page's first line, and takes the writers as the author", () => {
    const text = parse(["Hartwell to shut 40 stores", "By Sarah Nguyen and Josh Whitford", "Hartwell said on Wednesday it would shut 40 stores."].join("\n\n"));
    expect(text.article).toMatchObject({ author: "Sarah Nguyen and Josh Whitford", text: "Hartwell to shut 40 stores\n\nHartwell said on Wednesday it would shut 40 stores." });
    const page = parse(`<html><head><title>Strike halted</title></head><body><article><p>By Thandiwe Mokoena · Johannesburg</p><p>The Labour Court on Monday interdicted a national strike by the teachers' union, ruling that it had not followed the rules.</p><p>The union said it would appeal against the ruling within the week.</p></article></body></html>`, "p.html");
    expect(page.article.author).toBe("Thandiwe Mokoena");
    expect(page.article.text).not.toContain("By Thandiwe");
  });

  it("keeps a one-line paragraph that closes a British quotation with a straight single quote", () => {
    const lines = ["Nurses strike", "'Our members are being asked to work without water.", "'We will not go back until something concrete is on the table.'"];
    expect(parse(lines.join("\n\n")).article.text.split("\n\n")).toEqual(lines);
  });

  it("drops a wire's notes to its clients in double brackets, but keeps a sentence that ends in brackets", () => {
    const lines = ["Train derails in Sonora", "The train left the tracks on Thursday.", "((Mexico City newsroom, 525 728 9560))", "((Reporting by Ana Ruiz; Editing by Tom Hals))", "The line reopened (after repairs)."];
    expect(parse(lines.join("\n\n")).article.text.split("\n\n")).toEqual([lines[0], lines[1], lines[4]]);
  });

  it("keeps a live blog's entry headings, which open with the time they were posted, and still drops a video's length", () => {
    const lines = ["LIVE: Court jails former councillor", "4.45pm: Rahim jailed 10 years, fined RM14 million", "The judge passed sentence.", "15.12 The LTA weighs in", "The association sent a statement.", "10:32 GMT - Protesters gather outside parliament", "Crowds grew through the morning."];
    expect(parse(lines.join("\n\n")).article.text.split("\n\n")).toEqual(lines);
    expect(parse(["Strike ends", "Union leaders on the deal\n02:07 - Source: CNN", "The strike ended."].join("\n\n")).article.text).toBe("Strike ends\n\nThe strike ended.");
  });

  it("keeps an obituary's closing line of life dates", () => {
    const lines = ["Margaret Ellery obituary", "She directed 40 plays.", "Margaret Ellery, theatre director, born 3 April 1932; died 15 June 2019"];
    expect(parse(lines.join("\n\n")).article.text.split("\n\n")).toEqual(lines);
  });

  it("keeps a match's result under its headline", () => {
    for (const result of ["Rathmore 16 Ballyconnell 13", "Millbrook Rovers 1, Stanford Athletic 4"]) {
      expect(parse(["Late try sinks Ballyconnell", result, "By Gerry Thornton", "Rathmore won the league."].join("\n\n")).article.text.split("\n\n")).toEqual(["Late try sinks Ballyconnell", result, "Rathmore won the league."]);
    }
  });
});
