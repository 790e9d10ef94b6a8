import { readFile } from "node:fs/promises";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfText {
  pages: string[];
  /** Per page, the named destinations its internal links point to (`note-3` for a citation of source 3). */
  links: string[][];
  text: string;
  info: Record<string, unknown>;
  outline: string[];
}

/** A PDF's text page by page, its document information and its bookmark titles (pdfjs-dist, no browser). */
export async function readPdf(file: string): Promise<PdfText> {
  const data = new Uint8Array(await readFile(file));
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  const links: string[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const annotations = (await page.getAnnotations()) as Array<{ subtype: string; dest?: unknown }>;
    links.push(annotations.flatMap((a) => (a.subtype === "Link" && typeof a.dest === "string" ? [a.dest] : [])));
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
  }
  const { info } = await doc.getMetadata();
  const outline = ((await doc.getOutline()) ?? []).flatMap(function titles(o): string[] {
    return [o.title, ...(o.items ?? []).flatMap(titles)];
  });
  await doc.destroy();
  return { pages, links, text: pages.join("\n"), info: info as Record<string, unknown>, outline };
}
