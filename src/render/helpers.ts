import Handlebars from "handlebars";
import type { ResolvedDate } from "../schema/index.js";

const WEEK_OF: Record<string, string> = { en: "week of", fr: "semaine du", de: "Woche vom", es: "semana del", it: "settimana del", nl: "week van", pt: "semana de" };
const ABOUT: Record<string, string> = { en: "c.", fr: "vers", de: "ca.", es: "hacia", it: "circa", nl: "ca.", pt: "cerca de" };

/**
 * A resolved date in the briefing's locale, at its own precision:
 * `2016-11-05` → "5 November 2016" (en-GB), `2016-11` → "November 2016", `2017-W22` → "week of 29 May 2017".
 */
export function formatDate(date: Pick<ResolvedDate, "value" | "precision" | "approximate"> | string, locale: string): string {
  const value = typeof date === "string" ? date : date.value;
  const approximate = typeof date === "string" ? false : date.approximate;
  const lang = locale.split("-")[0]!.toLowerCase();
  let text: string;
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    text = `${WEEK_OF[lang] ?? WEEK_OF.en} ${dayFormat(locale).format(mondayOfIsoWeek(Number(week[1]), Number(week[2])))}`;
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    text = dayFormat(locale).format(new Date(`${value}T00:00:00Z`));
  } else if (/^\d{4}-\d{2}$/.test(value)) {
    text = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${value}-01T00:00:00Z`));
  } else {
    text = value;
  }
  return approximate ? `${ABOUT[lang] ?? ABOUT.en} ${text}` : text;
}

/** A date short enough for an axis label: "5 Nov 2016", "Nov 2016", "2014". */
export function formatShortDate(date: Pick<ResolvedDate, "value" | "precision">, locale: string): string {
  const v = date.value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${v}T00:00:00Z`));
  if (/^\d{4}-\d{2}$/.test(v)) return new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${v}-01T00:00:00Z`));
  if (/^\d{4}-W\d{2}$/.test(v)) return formatShortDate({ value: isoWeekMonday(v), precision: "day" }, locale);
  return v;
}

function isoWeekMonday(week: string): string {
  return mondayOfIsoWeek(Number(week.slice(0, 4)), Number(week.slice(6))).toISOString().slice(0, 10);
}

function dayFormat(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

function mondayOfIsoWeek(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() || 7) - 1) + (week - 1) * 7);
  return monday;
}

/** The helpers every template may use; few, named plainly. */
export function registerHelpers(hbs: typeof Handlebars, locale: string): void {
  hbs.registerHelper("formatDate", (date: ResolvedDate | string | null) => (date ? formatDate(date, locale) : ""));
  hbs.registerHelper("formatNumber", (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value));
  /**
   * `{{cite cites}}` → superscript links to the numbered source notes, and "+N" when more sources
   * report the fact than it cites. Takes `{ numbers, more }` as the view model gives it, or a list of numbers.
   */
  hbs.registerHelper("cite", (cites: { numbers: number[]; more: number } | number[], options: Handlebars.HelperOptions) => {
    const { numbers, more } = Array.isArray(cites) ? { numbers: cites, more: 0 } : (cites ?? { numbers: [], more: 0 });
    if (!Array.isArray(numbers) || numbers.length === 0) return "";
    const links = numbers.map((n) => `<a href="#note-${Number(n)}">${Number(n)}</a>`).join(",");
    const rest = more > 0 ? `<span class="cite-more" title="${Number(more)} more ${more === 1 ? "source reports" : "sources report"} this">+${Number(more)}</span>` : "";
    return new hbs.SafeString(`<sup class="cite">${links}${rest ? `,${rest}` : ""}</sup>${footnotesFor(numbers, options)}`);
  });
  /**
   * With `notes: footnotes`, each citation carries its notes, which the paged-media layout floats to
   * the foot of the page. Every copy of one source's note shares a reference, so a page shows it once.
   */
  const footnotesFor = (numbers: number[], options: Handlebars.HelperOptions): string => {
    const root = options.data?.root as { footnotes?: boolean; notes?: Array<{ number: number }> } | undefined;
    const render = hbs.partials["source-note"] as ((context: unknown) => string) | undefined;
    if (!root?.footnotes || !root.notes || typeof render !== "function") return "";
    return numbers
      .map((n) => {
        const note = root.notes!.find((candidate) => candidate.number === n);
        return note ? `<span class="footnote" data-ref="source-note-${Number(n)}"><span class="footnote-number">${Number(n)}</span> ${render(note)}</span>` : "";
      })
      .join("");
  };
  /** `{{cssString title}}` → a quoted CSS string, safe inside a <style> block (for @page margin boxes). */
  hbs.registerHelper("cssString", (value: unknown) => new hbs.SafeString(cssString(String(value ?? ""))));
  /** `{{pluralize 3 "source"}}` → "3 sources"; `{{pluralize 1 "entry" "entries"}}` → "1 entry". */
  hbs.registerHelper("pluralize", (count: number, singular: string, plural: unknown) => {
    const many = typeof plural === "string" ? plural : `${singular}s`;
    return `${new Intl.NumberFormat(locale).format(count)} ${count === 1 ? singular : many}`;
  });
}

/** A CSS string literal that cannot end the string, the rule or the <style> element it sits in. */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"<>&\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase()} `)}"`;
}
