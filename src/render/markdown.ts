import MarkdownIt from "markdown-it";

// briefing.yaml is the analyst's text, not article text, but it is still never trusted with raw HTML.
const md = new MarkdownIt({ html: false, linkify: false, typographer: true });
const defaultValidate = md.validateLink.bind(md);
md.validateLink = (url: string) => /^(https?:|mailto:)/i.test(url.trim()) && defaultValidate(url);

/** Markdown blocks → HTML; raw HTML is shown as text, links only to http(s) and mailto. */
export function markdownBlock(source: string | undefined): string {
  return source ? md.render(source) : "";
}

/** One line of Markdown → inline HTML (no wrapping paragraph). */
export function markdownInline(source: string): string {
  return md.renderInline(source);
}
