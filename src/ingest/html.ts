import { createRequire } from "node:module";
import type { Readability as ReadabilityClass } from "@mozilla/readability";
import type { parseHTML as ParseHTML } from "linkedom";
import { dayOf } from "./day.js";
import { listParagraph } from "./list-items.js";

const require = createRequire(import.meta.url);

// The DOM library takes a third of a second to load: only briefings with HTML articles pay for it.
let dom: { parseHTML: typeof ParseHTML; Readability: typeof ReadabilityClass } | undefined;
function loadDom() {
  dom ??= {
    parseHTML: (require("linkedom") as { parseHTML: typeof ParseHTML }).parseHTML,
    Readability: (require("@mozilla/readability") as { Readability: typeof ReadabilityClass }).Readability,
  };
  return dom;
}

export interface HtmlArticle {
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  author: string | null;
  text: string;
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt";

/**
 * A saved web page → the article's prose and metadata. Mozilla's Readability finds the article;
 * the page's metadata (Open Graph, JSON-LD, <time>) gives outlet, date and canonical URL.
 * Nothing in the page runs: linkedom parses, it does not execute.
 */
export function parseHtmlArticle(html: string): HtmlArticle {
  const { parseHTML, Readability } = loadDom();
  const { document } = parseHTML(html);
  const meta = (selector: string): string | null => document.querySelector(selector)?.getAttribute("content")?.trim() || null;
  const jsonLd = readJsonLd(document);
  const published =
    dayOf(meta('meta[property="article:published_time"]')) ??
    dayOf(meta('meta[name="date"]')) ??
    dayOf(meta('meta[itemprop="datePublished"]')) ??
    dayOf(jsonLd.datePublished) ??
    dayOf(document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() || meta('meta[property="og:url"]');
  const outlet = meta('meta[property="og:site_name"]') ?? jsonLd.publisher;

  // Readability mutates the document; it gets its own parse.
  const parsed = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 200 }).parse();
  const container = parsed?.content ? parseHTML(`<html><body>${parsed.content}</body></html>`).document.body : document.body;
  for (const el of container?.querySelectorAll("script, style, noscript, template, iframe, svg, nav, footer, aside, form, button") ?? []) el.remove();
  const text = blockText(container);

  return {
    title: parsed?.title?.trim() || meta('meta[property="og:title"]') || document.querySelector("title")?.textContent?.trim() || null,
    outlet: parsed?.siteName?.trim() || outlet || null,
    published: published ?? dayOf(parsed?.publishedTime ?? null),
    url: url && /^https?:\/\//i.test(url) ? url : null,
    author: parsed?.byline?.replace(/^by\s+/i, "").trim() || meta('meta[name="author"]') || jsonLd.author || null,
    text,
  };
}

/**
 * One paragraph per block element, in document order; text outside any block is kept too. A list (`ul`, `ol`) is one
 * paragraph of an item a line (see list-items.ts), nested lists flattened into it.
 */
function blockText(root: Element | null | undefined): string {
  if (!root) return "";
  // (A block quotation of several paragraphs, as a judgment or a letter is printed, keeps them apart: each is a paragraph.)
  const holdingParagraphs = new Set<Element>([...root.querySelectorAll("blockquote")].filter((el) => el.querySelector(BLOCKS) !== null));
  const outermost = (el: Element) => {
    for (let up = el.parentElement?.closest(BLOCKS); up; up = up.parentElement?.closest(BLOCKS)) if (!holdingParagraphs.has(up)) return false;
    return true;
  };
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !holdingParagraphs.has(el) && outermost(el));
  if (blocks.length === 0) return (root.textContent ?? "").trim();
  const paragraphs: string[] = [];
  let list: { element: Element; items: Array<{ text: string; number?: string }> } | undefined;
  for (const block of blocks) {
    const text = (block.textContent ?? "").replace(/\s+/g, " ").trim();
    if (!text) continue;
    const owner = block.tagName === "LI" ? outermostList(block) : null;
    if (list && owner !== list.element) {
      paragraphs.push(listParagraph(list.items));
      list = undefined;
    }
    if (!owner) {
      paragraphs.push(text);
      continue;
    }
    list ??= { element: owner, items: [] };
    const ordered = block.parentElement?.tagName === "OL";
    list.items.push({ text, ...(ordered ? { number: String(list.items.length + 1) } : {}) });
  }
  if (list) paragraphs.push(listParagraph(list.items));
  return paragraphs.join("\n\n");
}

/** The list an item belongs to, the outermost where lists nest. */
function outermostList(item: Element): Element | null {
  let list = item.parentElement?.closest("ul, ol") ?? null;
  for (let outer = list?.parentElement?.closest("ul, ol"); outer; outer = outer.parentElement?.closest("ul, ol")) list = outer;
  return list;
}

function readJsonLd(document: Document): { datePublished: string | null; publisher: string | null; author: string | null } {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? "");
      for (const item of Array.isArray(data) ? data : [data]) {
        if (!item || typeof item !== "object") continue;
        const record = item as Record<string, unknown>;
        const name = (v: unknown): string | null => (typeof v === "string" ? v : v && typeof v === "object" && typeof (v as { name?: unknown }).name === "string" ? (v as { name: string }).name : null);
        if (record.datePublished || record.publisher) {
          return { datePublished: typeof record.datePublished === "string" ? record.datePublished : null, publisher: name(record.publisher), author: name(Array.isArray(record.author) ? record.author[0] : record.author) };
        }
      }
    } catch {
      // A malformed JSON-LD block is the page's problem, not the article's: ignore it.
    }
  }
  return { datePublished: null, publisher: null, author: null };
}
