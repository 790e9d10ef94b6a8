import * as chrono from "chrono-node";

/**
 * The calendar day a page or front matter gives as its date: "2021-12-07", "2021-12-07T14:30:00+11:00" (the day as written,
 * in its own time zone), or a date written out in full, "April 26, 2017", "26 April 2017". Null for anything else, and for a
 * date that leaves out its day or year.
 */
export function dayOf(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T ]\d)/.exec(text);
  if (iso) return iso[1]!;
  // ("04/05/2017": a day and a month in figures may be either way round; better asked for than guessed.)
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/.test(text)) return null;
  const [parsed] = chrono.strict.parse(text);
  if (!parsed || parsed.index !== 0) return null;
  // ("April 26, 2017 at 9:30 AM": a time of day after it is no part of the day.)
  if (text.slice(parsed.text.length).trim() && !/^(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\b|T\d)/i.test(text.slice(parsed.text.length).trim())) return null;
  return certainDay(parsed);
}

/** `YYYY-MM-DD` of a parsed date that names its day, month and year; null for one that leaves any out. */
function certainDay(parsed: chrono.ParsedResult): string | null {
  const { start } = parsed;
  if (!start.isCertain("day") || !start.isCertain("month") || !start.isCertain("year")) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${start.get("year")}-${pad(start.get("month")!)}-${pad(start.get("day")!)}`;
}

/**
 * The day a short line near the top of a plain text gives as its date: "March 22, 2021 — 9.14pm", "By Lerato Mokoena ·
 * 13 February 2023", "BENGALURU, Updated: August 17, 2022 07:45 IST", or a dateline. Not a sentence of the story (one that
 * ends with a full stop, or runs long), and only a date with its day, month and year.
 */
export function dayOfALine(line: string): string | null {
  // ("KHARTOUM, March 14, 2024 (Reuters) - Sudan's army …", "NAIROBI, Kenya, Sunday, January 21, 2024 — Residents …": the
  // dateline opening the story's first paragraph.)
  const dateline = /^(\p{Lu}[\p{Lu}\p{L}\/ .'’-]{1,40},[^()—–]{4,60}?)(?:\s*\(|\s+[-—–]{1,2}\s)/u.exec(line.trim())?.[1];
  const found = dateline ? dayWritten(dateline) : null;
  if (found) return found;
  const text = line.trim();
  if (text.length > 100 || (/[.!?]["”’]?$/.test(text) && !/\b(?:a\.m|p\.m)\.$/i.test(text))) return null;
  return dayWritten(text);
}

/** The first date with its day, month and year that a short text writes out. */
function dayWritten(text: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}(?:$|[T ]\d)/.test(text)) return dayOf(text);
  return chrono.strict.parse(text).map(certainDay).find((day) => day !== null) ?? null;
}
