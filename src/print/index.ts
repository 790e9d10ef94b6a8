import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { PrintError } from "../errors.js";
import { stampMetadata, type PdfMetadata } from "./metadata.js";
import { BrowserSession, type SessionOptions } from "./session.js";

export interface PrintOptions extends PdfMetadata {
  outFile: string;
  paper: "a4" | "letter";
  /** Print through this session (and leave it open); otherwise a browser is started and closed. */
  browser?: BrowserSession | undefined;
  session?: SessionOptions;
}

/**
 * HTML → PDF file. The PDF is written to a temporary file beside the target and renamed into
 * place, so a failure never leaves half a PDF and an older PDF stays intact.
 *
 * @example await printPdf(html, { outFile: "out/raqqa.pdf", paper: "a4", title: "The battle for Raqqa" })
 */
export async function printPdf(html: string, options: PrintOptions): Promise<{ bytes: number; pages: number }> {
  const session = options.browser ?? (await BrowserSession.start(options.session));
  let pdf: Uint8Array;
  try {
    pdf = await session.print(html, { paper: options.paper });
  } finally {
    if (!options.browser) await session.close();
  }
  const stamped = await stampMetadata(pdf, options);
  await writeFileAtomically(options.outFile, stamped.pdf);
  return { bytes: stamped.pdf.length, pages: stamped.pages };
}

/** Write beside the target, then rename: readers see the old file or the new one, never half of one. */
export async function writeFileAtomically(file: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new PrintError(`cannot write the output: ${(error as Error).message}`, { file, cause: error });
  }
}

export { BrowserSession, type SessionOptions } from "./session.js";
export { findBrowser } from "./browser-path.js";
export { stampMetadata, type PdfMetadata } from "./metadata.js";
