import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { IngestError } from "../errors.js";
import type { Article, ArticleFormat, Warning } from "../schema/index.js";
import { bylineWriters, stripDebris } from "./debris.js";
import { dayOfALine } from "./day.js";
import { decodeArticle } from "./decode.js";
import { splitFrontMatter, type FrontMatter } from "./front-matter.js";
import { parseHtmlArticle } from "./html.js";
import { markdownToText } from "./markdown.js";
import { normalizeText } from "./normalize.js";

/** Metadata from briefing.yaml's `sources:` entry for this article. */
export interface ArticleOverrides {
  title?: string | undefined;
  outlet?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  author?: string | undefined;
}

export interface IngestResult {
  article: Article;
  warnings: Warning[];
}

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"] as const;

/** Reads one article file. @example const { article } = await readArticle("briefings/raqqa/articles/cnn.md") */
export async function readArticle(path: string, overrides: ArticleOverrides = {}): Promise<IngestResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new IngestError(code === "ENOENT" ? "no such article file" : `cannot read: ${(error as Error).message}`, { file: path, cause: error });
  }
  return parseArticle(bytes, path, overrides);
}

/** The article files of a folder, sorted by name; dotfiles and other extensions are skipped. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new IngestError((error as NodeJS.ErrnoException).code === "ENOENT" ? "no articles folder" : `cannot read: ${(error as Error).message}`, { file: dir, cause: error });
  }
  return names
    .filter((n) => !n.startsWith(".") && (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(n).toLowerCase()))
    .sort()
    .map((n) => join(dir, n));
}

/**
 * Bytes → Article, with no disk access. Metadata precedence: briefing.yaml (the analyst's word) over
 * the file's own front matter or page metadata, over what is guessed from the text (first line as
 * title, a leading ` date YYYY-MM-DD`). A disagreement between briefing.yaml and the file is a warning.
 */
export function parseArticle(bytes: Uint8Array, path: string, overrides: ArticleOverrides = {}): IngestResult {
  const { text: decoded, warnings } = decodeArticle(bytes, path);
  const raw = decoded.replace(/\r\n?/g, "\n");
  const format = formatOf(path, raw);
  let own: FrontMatter & { title?: string } = {};
  let body: string;

  if (format === "html") {
    const page = parseHtmlArticle(raw);
    own = { ...(page.title ? { title: page.title } : {}), ...(page.outlet ? { outlet: page.outlet } : {}), ...(page.published ? { published: page.published } : {}), ...(page.url ? { url: page.url } : {}), ...(page.author ? { author: page.author } : {}) };
    body = page.text;
  } else {
    const split = splitFrontMatter(raw, path);
    warnings.push(...split.warnings);
    own = { ...split.meta, ...(split.meta.date && !split.meta.published ? { published: split.meta.date } : {}) };
    body = format === "markdown" ? markdownToText(split.body) : split.body;
  }

  // " date 2017-06-09" opening a plain text: the date, then (maybe on the same line) the text itself.
  const dateLine = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/.exec(body);
  if (dateLine) body = body.slice(dateLine[0].length);

  const normalized = normalizeText(body);
  const { text: cleaned, dropped } = stripDebris(normalized, { keepFirstLine: true });
  if (!cleaned.trim()) throw new IngestError("empty article: no text left to read", { file: path });

  // ("By Thandiwe Mokoena · Johannesburg": the byline dropped from the text names the writer.)
  const byline = dropped.map((d) => bylineWriters(d.line)).find((w) => w !== null) ?? undefined;
  // ("March 22, 2021 — 9.14pm" under the headline: a line near the top that is nothing but a date, the day it was published.)
  // (Read only where nothing else gives the day: each line is parsed for a date.)
  const dated = dateLine || own.published || overrides.published ? undefined : normalized.split("\n").slice(0, 6).map((line) => ({ line: line.trim(), day: dayOfALine(line) })).find((l) => l.day !== null);
  const guessed = { title: headlineOf(cleaned), published: dateLine?.[1] ?? dated?.day ?? undefined, author: byline };
  const pick = <K extends keyof ArticleOverrides>(key: K): string | null => {
    const mine = own[key as keyof typeof own] as string | undefined;
    const theirs = overrides[key];
    if (theirs && mine && theirs !== mine) {
      warnings.push({ code: "metadata-differs", message: `briefing.yaml gives ${key} "${theirs}" but the article says "${mine}": using briefing.yaml's`, file: path });
    }
    return theirs ?? mine ?? (guessed as Record<string, string | undefined>)[key] ?? null;
  };

  const published = pick("published");
  if (published && dated && published === dated.day) {
    warnings.push({ code: "date-guessed", message: `publication date ${published} read from the line "${dated.line}" (set it in briefing.yaml's sources if that is wrong)`, file: path });
  }
  if (!published) {
    warnings.push({ code: "no-date", message: "no publication date (front matter, a leading ` date YYYY-MM-DD` line, or briefing.yaml sources): relative dates like \"Sunday\" stay unresolved", file: path });
  }
  const article: Article = {
    id: basename(path, extname(path)),
    path,
    format,
    title: pick("title") ?? basename(path, extname(path)),
    outlet: pick("outlet"),
    published,
    url: pick("url"),
    author: pick("author"),
    text: cleaned,
  };
  return { article, warnings };
}

function formatOf(path: string, text: string): ArticleFormat {
  const ext = extname(path).toLowerCase();
  if (ext === ".html" || ext === ".htm" || /^\s*(<!doctype html|<html[\s>])/i.test(text)) return "html";
  if (ext === ".md" || ext === ".markdown") return "markdown";
  return "text";
}

/**
 * The first line is the headline when it reads like one: short, without sentence-final punctuation.
 * Otherwise the title is the opening words of the first sentence.
 */
function headlineOf(text: string): string {
  const first = text.slice(0, text.search(/\n|$/)).trim();
  if (first.split(/\s+/).length <= 25 && !/[.!]$/.test(first)) return first;
  const sentence = /^.*?[.!?](?=\s|$)/.exec(first)?.[0] ?? first;
  if (sentence.length <= 90) return sentence;
  return `${sentence.slice(0, 90).replace(/\s+\S*$/, "")}…`;
}
