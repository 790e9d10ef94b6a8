import type { Warning } from "../schema/index.js";

/** Colours only on a terminal, and never with NO_COLOR (https://no-color.org). */
export function useColour(stream: NodeJS.WriteStream = process.stderr): boolean {
  return Boolean(stream.isTTY) && !("NO_COLOR" in process.env) && process.env.TERM !== "dumb";
}

function paint(code: string, text: string): string {
  return useColour() ? `\u001b[${code}m${text}\u001b[0m` : text;
}

export const style = {
  error: (t: string) => paint("31;1", t),
  warn: (t: string) => paint("33", t),
  ok: (t: string) => paint("32", t),
  dim: (t: string) => paint("2", t),
};

/** Messages go to stderr; stdout is for data a script may read. */
export function say(message: string): void {
  process.stderr.write(`${message}\n`);
}

export function printWarnings(warnings: Warning[]): void {
  for (const w of warnings) {
    const where = w.file ? `${w.file}${w.line ? `:${w.line}` : ""}: ` : "";
    say(`${style.warn("warning")} ${where}${w.message}`);
  }
}

/** Data for scripts, on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
