import { IngestError } from "../errors.js";
import type { Warning } from "../schema/index.js";

/**
 * Bytes → text. UTF-8 (BOM dropped) and UTF-16 with a BOM are read as such; bytes that are not
 * UTF-8 but look like text are read as Windows-1252 (a superset of Latin-1) with a warning;
 * anything that looks binary is refused rather than printed as garbage.
 */
export function decodeArticle(bytes: Uint8Array, file: string): { text: string; warnings: Warning[] } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), warnings: [] };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), warnings: [] };
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) throw new IngestError("looks like a binary file, not an article (expected UTF-8 text, Markdown or HTML)", { file });
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), warnings: [] };
  } catch {
    return {
      text: new TextDecoder("windows-1252").decode(body),
      warnings: [{ code: "not-utf8", message: "not valid UTF-8: read as Latin-1 (Windows-1252); save the file as UTF-8 to be sure of every character", file }],
    };
  }
}

/** NUL bytes, or many control characters in the first 8 KiB, mean this is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}
