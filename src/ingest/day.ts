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
  if (!parsed || parsed.index !== 0 || !parsed.start.isCertain("day") || !parsed.start.isCertain("month") || !parsed.start.isCertain("year")) return null;
  // ("April 26, 2017 at 9:30 AM": a time of day after it is no part of the day.)
  if (text.slice(parsed.text.length).trim() && !/^(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\b|T\d)/i.test(text.slice(parsed.text.length).trim())) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${parsed.start.get("year")}-${pad(parsed.start.get("month")!)}-${pad(parsed.start.get("day")!)}`;
}
