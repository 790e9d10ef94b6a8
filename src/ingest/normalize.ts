/**
 * Spacing a reader never sees but a parser trips on: line endings, Unicode spaces, runs of spaces,
 * and the stray space before a hyphen that copy-pasted web text leaves ("US -backed" → "US-backed").
 */
export function normalizeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, "\n")
      .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g, " ")
      .replace(/[\u200b\ufeff]/g, "")
      // A hyphen glued to the next lowercase word but spaced from the previous one is a broken compound.
      .replace(/(\S) +-(?=\p{Ll})/gu, "$1-")
      .replace(/ {2,}/g, " ")
      .replace(/ +\n/g, "\n")
      .replace(/\n +/g, "\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}
