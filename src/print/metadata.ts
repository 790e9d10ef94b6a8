import { createHash } from "node:crypto";

export interface PdfMetadata {
  title: string;
  author?: string | undefined;
  subject?: string | undefined;
  keywords?: string[] | undefined;
  /** BCP 47 language tag, e.g. `en-GB`. */
  lang?: string | undefined;
}

/**
 * Sets the document information Chromium leaves out (author, subject, keywords, language) and,
 * when `SOURCE_DATE_EPOCH` is set (the reproducible-builds convention), fixed dates and a document
 * ID derived from the content, so two builds of the same briefing are identical byte for byte.
 */
export async function stampMetadata(pdf: Uint8Array, meta: PdfMetadata, env: NodeJS.ProcessEnv = process.env): Promise<{ pdf: Uint8Array; pages: number }> {
  const { PDFArray, PDFDocument, PDFHexString, ParseSpeeds } = await import("pdf-lib");
  pdf = renumberStructureIds(pdf);
  // pdf-lib yields to the event loop every 100 objects by default; a tagged PDF has thousands.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const epoch = env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH) ? new Date(Number(env.SOURCE_DATE_EPOCH) * 1000) : undefined;
  const when = epoch ?? new Date();
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.keywords?.length) doc.setKeywords(meta.keywords);
  if (meta.lang) doc.setLanguage(meta.lang);
  doc.setCreator("briefing");
  doc.setProducer("briefing (Chromium, pdf-lib)");
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  // The ID is a hash of what Chromium printed (less its own timestamps) plus the metadata: same input, same ID.
  const printed = Buffer.from(pdf).toString("latin1").replace(/\/(CreationDate|ModDate)\s*\(D:[^)]*\)/g, "");
  const id = createHash("sha256").update(printed, "latin1").update(JSON.stringify([meta.title, meta.author, meta.subject, meta.keywords, meta.lang])).update(String(when.getTime())).digest("hex").slice(0, 32);
  const ids = PDFArray.withContext(doc.context);
  ids.push(PDFHexString.of(id));
  ids.push(PDFHexString.of(id));
  doc.context.trailerInfo.ID = ids;
  return { pdf: await doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY }), pages: doc.getPageCount() };
}

/**
 * Chromium names each tagged element after its DOM node (`/ID (node00000894)`), and node numbers
 * grow with every document a reused page has shown: the same briefing printed twice would differ.
 * Renumber them by rank, which keeps their order (the ID tree is sorted by them) and their width.
 */
export function renumberStructureIds(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString("latin1");
  const pattern = /\(node(\d+)\)/g;
  const numbers = [...new Set([...text.matchAll(pattern)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  if (numbers.length === 0) return pdf;
  const rank = new Map(numbers.map((n, i) => [n, i + 1]));
  const renumbered = text.replace(pattern, (_, digits: string) => `(node${String(rank.get(Number(digits))).padStart(digits.length, "0")})`);
  return new Uint8Array(Buffer.from(renumbered, "latin1"));
}
