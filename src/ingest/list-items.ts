/**
 * How a list reads in an article's text, whatever it was written in: one paragraph, an item a line, each opening with a
 * marker ("• 537,000 people affected across 15 districts"). Markdown and HTML lists are written this way; plain text
 * already is. A line that opens with a marker starts a new item, so an item without a full stop never runs on into the
 * next one.
 */
export const BULLET = "• ";

/** A line's opening marker: "• ", "- ", "* ", "▪ ", or a number ("1. ", "2) ") of an ordered list. */
export const LIST_MARKER = /^[ \t]*(?:[•▪◦*-]|\d{1,2}[.)])[ \t]+(?=\S)/;

/** The items of one list as one paragraph: a line each, with a bullet or, in an ordered list, its number. */
export function listParagraph(items: ReadonlyArray<{ text: string; number?: string }>): string {
  return items.map((item) => `${item.number ? `${item.number}. ` : BULLET}${item.text}`).join("\n");
}
