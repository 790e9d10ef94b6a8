import MarkdownIt from "markdown-it";
import { listParagraph } from "./list-items.js";

const md = new MarkdownIt({ html: false });
type Token = ReturnType<typeof md.parse>[number];

/**
 * Markdown → plain prose, one paragraph per block (headings, paragraphs, quotes), separated by blank lines; a list is one
 * paragraph of an item a line (see list-items.ts), nested lists flattened into it. Markup goes; link text, emphasis text
 * and code text stay. A block quotation a sentence introduces with a colon keeps its quotation marks (see quotedBlock).
 */
export function markdownToText(source: string): string {
  const blocks: string[] = [];
  let depth = 0;
  let items: Array<{ text: string; number?: string }> = [];
  let number: string | undefined;
  let opensItem = false;
  let quoting = 0;
  let introduced = false;
  for (const token of md.parse(source, {})) {
    if (token.type === "blockquote_open") {
      if (quoting++ === 0) introduced = /:\s*$/.test(blocks[blocks.length - 1] ?? "");
    } else if (token.type === "blockquote_close") quoting--;
    else if (token.type === "bullet_list_open" || token.type === "ordered_list_open") depth++;
    else if (token.type === "bullet_list_close" || token.type === "ordered_list_close") {
      depth--;
      if (depth === 0 && items.length > 0) {
        blocks.push(listParagraph(items));
        items = [];
      }
    } else if (token.type === "list_item_open") {
      opensItem = true;
      number = token.info || undefined;
    } else if (token.type === "inline") {
      const text = inlineText(token);
      if (!text.trim()) continue;
      if (depth === 0) blocks.push(quoting > 0 && introduced ? quotedBlock(text) : text);
      // (An item's second paragraph continues it, on a line of its own without a marker.)
      else if (opensItem || items.length === 0) items.push({ text, ...(number ? { number } : {}) });
      else items[items.length - 1]!.text += `\n${text}`;
      opensItem = false;
    }
  }
  return blocks.join("\n\n");
}

/**
 * A block quotation set off after "In her reasons, the judge wrote:" or "the account posted:" is quoted words, which the
 * block's indent, not quotation marks, shows: they are written in, as running text would have them. A line of a transcript
 * ("DPP Yeo: Did Mr Tan ever tell you to lie?") keeps its speaker's label outside them. A block that quotes already keeps
 * its own marks.
 */
function quotedBlock(text: string): string {
  if (/[“”"‘]/.test(text)) return text;
  const line = TRANSCRIPT_LINE.exec(text);
  return line ? `${line[1]}: “${line[2]}”` : `“${text}”`;
}
const TRANSCRIPT_LINE = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}):\s+(\S[^]*)$/u;

function inlineText(token: Token): string {
  return (token.children ?? [])
    .map((child) => (child.type === "softbreak" || child.type === "hardbreak" ? "\n" : child.type === "text" || child.type === "code_inline" ? child.content : ""))
    .join("");
}
