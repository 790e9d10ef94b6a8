import { distance } from "fastest-levenshtein";
import { z } from "zod";
import { parseYamlWithLines } from "../config/yaml.js";
import { ConfigError } from "../errors.js";
import { IsoDaySchema, type Warning } from "../schema/index.js";
import { dayOf } from "./day.js";

/** A day as site generators write it: "2019-11-20", "2021-12-07T14:30:00+11:00", "April 26, 2017". */
const DaySchema = z.preprocess((value) => (typeof value === "string" ? (dayOf(value) ?? value) : value), IsoDaySchema);

/** What an article file may say about itself in YAML front matter. */
const KnownFieldsSchema = z.object({
  title: z.string().min(1).optional(),
  outlet: z.string().min(1).optional(),
  published: DaySchema.optional(),
  /** Accepted as another name for `published`, as many static-site generators write it. */
  date: DaySchema.optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  author: z.string().min(1).optional(),
  /** Accepted as other names for `outlet` ("source", "publisher", "publication"), as feeds and site generators write it. */
  source: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  publication: z.string().min(1).optional(),
});

/** The fields briefing reads; any other ("tags", "layout") is left alone, with a warning. */
export const FrontMatterSchema = KnownFieldsSchema.loose();

export type FrontMatter = Pick<z.infer<typeof KnownFieldsSchema>, "title" | "outlet" | "published" | "date" | "url" | "author">;

const KNOWN_FIELDS: readonly string[] = Object.keys(KnownFieldsSchema.shape);

/**
 * Splits `---\nyaml\n---\nbody` and validates the YAML; text without front matter is all body. A field briefing does not
 * read is ignored with a warning, unless it looks like a misspelt one ("publised"), which is an error: a date silently
 * lost would leave every "Sunday" in the article unresolved.
 */
export function splitFrontMatter(text: string, file: string): { meta: FrontMatter; body: string; warnings: Warning[] } {
  const match = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { meta: {}, body: text, warnings: [] };
  const body = text.slice(match[0].length);
  if (!match[1]!.trim()) return { meta: {}, body, warnings: [] };
  // Lines in errors count from the file's first line: the YAML starts on line 2.
  const { data, lineOf } = parseYamlWithLines(match[1]!, file, FrontMatterSchema, 1);
  const warnings: Warning[] = [];
  for (const key of Object.keys(data).filter((k) => !KNOWN_FIELDS.includes(k))) {
    const meant = KNOWN_FIELDS.find((known) => isMisspelling(key, known));
    if (meant) throw new ConfigError(`unknown field "${key}" (did you mean "${meant}"?)`, { file, line: lineOf([key]) });
    warnings.push({ code: "front-matter-ignored", message: `front matter field "${key}" is not one briefing reads (${KNOWN_FIELDS.join(", ")}): ignored`, file, line: lineOf([key]) });
  }
  const { source, publisher, publication, ...meta } = data;
  const outlet = meta.outlet ?? source ?? publisher ?? publication;
  return { meta: { ...pickKnown(meta), ...(outlet ? { outlet } : {}) }, body, warnings };
}

function pickKnown(data: z.infer<typeof FrontMatterSchema>): FrontMatter {
  const { title, outlet, published, date, url, author } = data;
  return Object.fromEntries(Object.entries({ title, outlet, published, date, url, author }).filter(([, v]) => v !== undefined)) as FrontMatter;
}

/** "publised", "titel", "Date": a key one or two edits from a field briefing reads (for keys of four letters or more). */
function isMisspelling(key: string, known: string): boolean {
  const lower = key.toLowerCase();
  if (lower === known) return true;
  if (lower.length < 4 || Math.abs(lower.length - known.length) > 2) return false;
  return distance(lower, known) <= (known.length <= 5 ? 1 : 2);
}
