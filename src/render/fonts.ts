import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** The faces the built-in styles name. Shipped from npm (fontsource) so every machine prints the same. */
const FACES: ReadonlyArray<{ family: string; pkg: string; file: string; weights: number[]; italic: number[] }> = [
  { family: "Source Serif 4", pkg: "@fontsource/source-serif-4", file: "source-serif-4", weights: [400, 600, 700], italic: [400] },
  { family: "Source Sans 3", pkg: "@fontsource/source-sans-3", file: "source-sans-3", weights: [400, 600, 700], italic: [] },
];

// fontsource's own unicode-range split: the browser embeds only the subsets the text uses.
const SUBSETS = {
  latin: "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
  "latin-ext": "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF",
} as const;

const cache = new Map<string, string>();

/**
 * `@font-face` rules with the font files inlined as data: URLs — nothing is fetched while printing,
 * from the network or from disk. Only the subsets the document's text needs are included (an
 * English brief leaves out latin-ext): a smaller document is parsed, laid out and printed faster.
 * Built once per process for each choice of subsets.
 */
export function fontFaceCss(text = ""): string {
  const subsets = (Object.keys(SUBSETS) as Array<keyof typeof SUBSETS>).filter((subset) => subset === "latin" || usesRange(text, SUBSETS[subset]));
  const key = subsets.join(",");
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const rules: string[] = [];
  for (const face of FACES) {
    const dir = join(dirname(require.resolve(`${face.pkg}/package.json`)), "files");
    const variants = [...face.weights.map((w) => [w, "normal"] as const), ...face.italic.map((w) => [w, "italic"] as const)];
    for (const [weight, style] of variants) {
      for (const subset of subsets) {
        const data = readFileSync(join(dir, `${face.file}-${subset}-${weight}-${style}.woff2`)).toString("base64");
        rules.push(
          `@font-face{font-family:"${face.family}";font-style:${style};font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${SUBSETS[subset]}}`,
        );
      }
    }
  }
  const css = rules.join("\n");
  cache.set(key, css);
  return css;
}

/** Whether any character of `text` falls in a CSS unicode-range such as `U+0100-02BA,U+2113`. */
export function usesRange(text: string, range: string): boolean {
  const spans = range.split(",").map((part) => {
    const [from, to] = part.replace(/^U\+/i, "").split("-").map((hex) => parseInt(hex, 16)) as [number, number | undefined];
    return [from, to ?? from] as const;
  });
  for (const char of text) {
    const code = char.codePointAt(0)!;
    // Latin-1 is the latin subset's; most characters of an English brief stop here.
    if (code < 0x100) continue;
    if (spans.some(([from, to]) => code >= from && code <= to)) return true;
  }
  return false;
}
