import { LIST_MARKER } from "./list-items.js";

/**
 * Web-page debris: lines a copy of a news page carries that are not the article's prose. Each rule
 * names a kind of debris found across news sites, never the words of one article. A rule drops a
 * whole line; paragraphs that end up empty disappear.
 */
interface LineRule {
  name: string;
  test: (line: string, context: { first: boolean }) => boolean;
}

// (A straight single quote after a full stop closes a British quotation: "'… is on the table.'".)
const TERMINAL = /[.!?…:;"”’)\]]$|[.!?,]'$/;

const LINE_RULES: LineRule[] = [
  // "02:07 - Source: CNN": the length and source of an embedded video.
  { name: "video length", test: (l) => /^\d{1,2}:\d{2}(:\d{2})?\s*[-–—]\s*Source:/i.test(l) },
  // "turkey take raqqa back watson lklv_00004426.jpg": an image's file name left as text.
  { name: "image file name", test: (l) => /\S+\.(jpe?g|png|gif|webp|svg|tiff?)$/i.test(l) && !/\s(is|was|are|were|said)\s/.test(l) },
  // "CNN  — ", "By Jane Doe, Reuters": the dateline or byline above the text.
  // "By Wednesday, the fires had burned 50 square miles." is a sentence: a byline names a person, then at most an outlet or a role.
  // ("By Thandiwe Mokoena · Johannesburg", "By Sarah Nguyen and Josh Whitford": two writers, or a place after a separator.)
  { name: "dateline", test: (l) => isDatelineOrByline(l) },
  // "Posted Tue 8 Apr 2025 at 6:12pm", "Updated: 14 March 2024, 09:12 GMT": when the page was posted, a line of its own.
  { name: "time stamp", test: (l) => isTimeStamp(l) },
  { name: "story highlights", test: (l) => /^(story highlights|key points|what we know|advertisement|share this( article| story)?|follow us on \w+|sign up for .*newsletter.*|click here.*|watch:? .*video.*)$/i.test(l) || LINKS_LABEL.test(l) },
  { name: "copyright", test: (l) => /^(©|\(c\)|copyright\b)/i.test(l) && l.length < 160 },
  // "CNN's Jane Doe and John Roe contributed to this report."
  { name: "contributor line", test: (l) => /\bcontributed (reporting )?to this (report|story|article)\.?$/i.test(l) && l.length < 240 },
  // "map beirut raqqa": a caption fragment, all lower case, without punctuation.
  { name: "caption fragment", test: (l) => /^[\p{Ll}\d][\p{Ll}\d\s_-]*$/u.test(l) && l.split(/\s+/).length <= 6 },
  // "((Reporting by Ana Ruiz; Editing by Tom Hals))", "((Mexico City newsroom, 525 728 9560))": a wire's note to its clients.
  { name: "wire footer", test: (l) => /^\(\([^()]*\)\)$/.test(l) },
  // ("Andrew Kramer. "Russian markets to remain closed" — The New York Times, September 17, 2008": an entry in a list of
  // sources or related coverage, a headline in quotation marks and the outlet after a dash.)
  // ("* RTÉ News, "Cairn Mobile fined over data breach", 26 March 2024": or the outlet first, and the date.)
  { name: "source citation", test: (l) => SOURCE_CITATION.test(l) || OUTLET_TITLE_DATE.test(l) },
  // "NEW: US Defense Secretary welcomes announcement": a story-highlight bullet.
  { name: "highlight bullet", test: (l) => /^(NEW|UPDATE|UPDATED|BREAKING|LIVE):\s/.test(l) && !TERMINAL.test(l) },
];

/**
 * "Related coverage", "Read more:", "Sources", "Related Topics": the label over a list of other pages (stories, sources,
 * topic tags), never over the article's own facts ("Key findings", "The numbers").
 */
const LINKS_LABEL = /^(?:related(?:\s+(?:articles?|stories|content|coverage|topics|links|news|reading))?|(?:read|see) (?:more|also)|also read|more on this(?: story)?|more from [^.!?:]{1,30}|sources?|references|external links|further reading|topics|tags|you may also like|most (?:read|popular|viewed)|recommended(?: for you| reading)?|what to read next|in other news)\s*:?$/i;

const SOURCE_CITATION = /^(?:[*•·-]\s*)?(?:[^"“”]{1,80}?\.\s+)?["“][^"“”]{3,200}["”]\s*[—–-]{1,2}\s*[^"“”.!?]{2,100}$/u;
const OUTLET_TITLE_DATE = /^(?:[*•·-]\s*)?[^"“”]{2,80},\s*["“][^"“”]{3,200}["”],?\s*[^"“”.!?]{0,40}\b(?:19|20)\d{2}$/u;

/**
 * "CNN  — ", "KISUMU, Tuesday" (a place in capitals and the weekday, on a line of its own), or a byline: what stands above
 * the text, never its headline.
 */
/** "Posted Tue 8 Apr 2025 at 6:12pm", "Updated: 14 March 2024, 09:12 GMT": a line that only says when the page went up. */
function isTimeStamp(line: string): boolean {
  return /^(?:(?:First\s+)?(?:Posted|Published)|(?:Last\s+)?(?:Updated|Modified))\b(?:\s+on)?:?\s+[^.!?]{0,60}\d[^!?]{0,40}$/i.test(line) && !TERMINAL.test(line) && !/\b(?:said|says|was|were|is|are|has|have|had)\b/.test(line);
}

function isDatelineOrByline(line: string): boolean {
  return /^[\p{Lu}][\p{L}\s.,'’&]{0,40}\s*[—–-]+\s*$/u.test(line) || /^\p{Lu}{2,}[\p{Lu}\s.'’/-]*,\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u.test(line) || isByline(line);
}

/** "By Jane Doe, Reuters", "By Thandiwe Mokoena · Johannesburg", "By Sarah Nguyen and Josh Whitford": who wrote the article. */
export function isByline(line: string): boolean {
  return BYLINE.test(line) && !/^By (?:the|then|now|noon|midnight|[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(line);
}
const WRITER = String.raw`[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3}`;
const BYLINE = new RegExp(String.raw`^By ${WRITER}(?:(?:,| and) ${WRITER})*(?:(?:,|\s+[·|•–—-])\s*[^.!?]{0,60}\.?)?$`, "u");

/** The writers a byline names: "Thandiwe Mokoena" of "By Thandiwe Mokoena · Johannesburg". */
export function bylineWriters(line: string): string | null {
  if (!isByline(line)) return null;
  return WRITERS.exec(line)?.[1] ?? null;
}
/** "Rachel Whitford in Tingo María": a writer of two to four names and where they file from. */
const WRITER_IN_PLACE = /^[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){1,3} in [\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3}$/u;
const WRITERS = new RegExp(String.raw`^By (${WRITER}(?: and ${WRITER})*)`, "u");

/**
 * A one-line paragraph in the body with no sentence-final punctuation: a section heading or the
 * headline of a related story ("US general: Fight for Mosul will get tougher"). Real sentences end
 * with punctuation; the article's own headline (the first line) is kept.
 */
function isStrayHeading(line: string): boolean {
  if (TERMINAL.test(line)) return false;
  // ("4.45pm: Rahim jailed 10 years, fined RM14 million", "15.12 The LTA weighs in": a live blog's entry opens with the
  // time it was posted and tells that entry's news.)
  if (LIVE_ENTRY_TIME.test(line)) return false;
  // ("Margaret Ellery, theatre director, born 3 April 1932; died 15 June 2019": an obituary's closing line of life dates.)
  if (/\bborn\s+[^;]*\b(?:1[5-9]|20)\d\d\b/.test(line) && /\bdied\b/.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words <= 14;
}

const LIVE_ENTRY_TIME = /^\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+(?:GMT|BST|UTC|CET|EST|EDT|CST|PST|IST|SAST|EAT|WAT|AEST|AEDT|SGT|MYT|WIB|PHT|ET|PT|CT|MT|local time))?\s*[:—–-]?\s+\p{L}/iu;

/**
 * The standfirst under a headline ("Case receives 96 complaints in four days; some weddings just weeks
 * away") or a match's result: prose without a full stop, unlike a byline ("Martin Hale in Zagreb", "AOIFE BRENNAN, Consumer
 * Affairs Correspondent", "Jacob Lefebvre · CBC News") or a summary bullet.
 */
function isStandfirst(line: string): boolean {
  // ("Rathmore 16 Ballyconnell 13": a match report's result under its headline.)
  if (MATCH_RESULT.test(line)) return true;
  if (/^(?:By|From)\s|^[*•·-]|·|\b(?:Correspondent|Reporter|Staff|Writer|Editor|Updated|Posted)\b/i.test(line)) return false;
  const words = line.split(/\s+/);
  return words.length >= 7 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= 3;
}

const MATCH_RESULT = /^(?:\p{Lu}[\p{L}'’.&-]*\s+){1,4}\d{1,3}(?:\s*\(\d{1,3}\))?,?\s+(?:\p{Lu}[\p{L}'’.&-]*\s+){1,4}\d{1,3}(?:\s*\(\d{1,3}\))?$/u;

/** Removes debris lines and stray headings; returns the text and what was dropped (for `--verbose`). */
export function stripDebris(text: string, options: { keepFirstLine: boolean }): { text: string; dropped: Array<{ rule: string; line: string }> } {
  const dropped: Array<{ rule: string; line: string }> = [];
  const paragraphs = text.split(/\n{2,}/);
  const kept: string[] = [];
  // Whether the paragraphs just dropped were a label over a list of other pages, and maybe its first list.
  let underLinksLabel = false;
  paragraphs.forEach((paragraph, index) => {
    const lines = paragraph.split("\n");
    const first = index === 0 && options.keepFirstLine;
    const filled = lines.map((l) => l.trim()).filter(Boolean);
    // ("Read more:" and the list of headlines under it; "Sources" over the list of what the article drew on.)
    const labelled = !first && filled.length > 0 && LINKS_LABEL.test(filled[0]!) && filled.slice(1).every((l) => LIST_MARKER.test(l));
    if (labelled || (underLinksLabel && filled.length > 0 && LIST_MARKER.test(filled[0]!))) {
      for (const line of filled) dropped.push({ rule: "list of other pages", line });
      underLinksLabel = true;
      return;
    }
    underLinksLabel = false;
    const videoAt = lines.findIndex((l) => LINE_RULES[0]!.test(l.trim(), { first: false }));
    const keptLines = lines.filter((raw, lineIndex) => {
      const line = raw.trim();
      if (!line) return false;
      // (A byline or a dateline is no headline: "By Thandiwe Mokoena · Johannesburg" opening a page's text; nor the time it was
      // posted, "Posted Tue 8 Apr 2025 at 6:12pm".)
      if (first && lineIndex === 0 && !isDatelineOrByline(line) && !isTimeStamp(line)) return true;
      // The line right above a video length is the video's title.
      if (videoAt > 0 && lineIndex === videoAt - 1 && !TERMINAL.test(line)) {
        dropped.push({ rule: "video title", line });
        return false;
      }
      // ("Rachel Whitford in Tingo María" under the headline: a writer and where they file from, near the top only.)
      if (index <= 3 && WRITER_IN_PLACE.test(line)) {
        dropped.push({ rule: "dateline", line });
        return false;
      }
      const rule = LINE_RULES.find((r) => r.test(line, { first }));
      if (rule) {
        dropped.push({ rule: rule.name, line });
        return false;
      }
      return true;
    });
    if (keptLines.length === 0) return;
    // ("Staff Correspondent, Munshiganj" over "Published: 11:40 PM, April 06, 2021": near the top, a block of short lines
    // none of which is a sentence or a list's item is the page's masthead of writer and time.)
    const mastheadBlock = !first && index <= 3 && keptLines.length >= 2 && keptLines.every((l) => isStrayHeading(l.trim()) && !LIST_MARKER.test(l.trim()) && !isStandfirst(l.trim()));
    if (mastheadBlock) {
      for (const line of keptLines) dropped.push({ rule: "byline block", line: line.trim() });
      return;
    }
    const underHeadline = index === 1 && options.keepFirstLine;
    if (!first && keptLines.length === 1 && isStrayHeading(keptLines[0]!.trim()) && !(underHeadline && isStandfirst(keptLines[0]!.trim()))) {
      dropped.push({ rule: "heading or related link", line: keptLines[0]! });
      return;
    }
    kept.push(keptLines.join("\n"));
  });
  return { text: kept.join("\n\n"), dropped };
}
