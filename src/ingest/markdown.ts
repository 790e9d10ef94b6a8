import MarkdownIt from "markdown-it";
import { listParagraph } from "./list-items.js";

const md = new MarkdownIt({ html: false });
type Token = ReturnType<typeof md.parse>[number];

/**
 * Markdown → plain prose, one paragraph per block (headings, paragraphs, quotes), separated by blank lines; a list is one
 * paragraph of an item a line (see list-items.ts), nested lists flattened into it. Markup goes; link text, emphasis text
 * and code text stay.
 */
export function markdownToText(source: string): string {
  const blocks: string[] = [];
  let depth = 0;
  let items: Array<{ text: string; number?: string }> = [];
  let number: string | undefined;
  let opensItem = false;
  for (const token of md.parse(source, {})) {
    if (token.type === "bullet_list_open" || token.type === "ordered_list_open") depth++;
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
      if (depth === 0) blocks.push(text);
      // (An item's second paragraph continues it, on a line of its own without a marker.)
      else if (opensItem || items.length === 0) items.push({ text, ...(number ? { number } : {}) });
      else items[items.length - 1]!.text += `\n${text}`;
      opensItem = false;
    }
  }
  return blocks.join("\n\n");
}

function inlineText(token: Token): string {
  return (token.children ?? [])
    .map((child) => (child.type === "softbreak" || child.type === "hardbreak" ? "\n" : child.type === "text" || child.type === "code_inline" ? child.content : ""))
    .join("");
}
