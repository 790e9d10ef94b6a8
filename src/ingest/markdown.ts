import MarkdownIt from "markdown-it";

const md = new MarkdownIt({ html: false });

/**
 * Markdown → plain prose, one paragraph per block (headings, list items, quotes), separated by
 * blank lines. Markup goes; link text, emphasis text and code text stay.
 */
export function markdownToText(source: string): string {
  const blocks: string[] = [];
  for (const token of md.parse(source, {})) {
    if (token.type !== "inline") continue;
    const text = (token.children ?? [])
      .map((child) => (child.type === "softbreak" ? "\n" : child.type === "hardbreak" ? "\n" : child.type === "text" || child.type === "code_inline" ? child.content : ""))
      .join("");
    if (text.trim()) blocks.push(text);
  }
  return blocks.join("\n\n");
}
