/** Text to match as it is inside a pattern built from it: a name's "." or "(" stands for itself, not for any character or a group. */
export function literalPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
