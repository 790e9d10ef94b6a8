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

let cached: string | undefined;

/**
 * `@font-face` rules with the font files inlined as data: URLs — nothing is fetched while printing,
 * from the network or from disk. Built once per process.
 */
export function fontFaceCss(): string {
  if (cached !== undefined) return cached;
  const rules: string[] = [];
  for (const face of FACES) {
    const dir = join(dirname(require.resolve(`${face.pkg}/package.json`)), "files");
    const variants = [...face.weights.map((w) => [w, "normal"] as const), ...face.italic.map((w) => [w, "italic"] as const)];
    for (const [weight, style] of variants) {
      for (const [subset, range] of Object.entries(SUBSETS)) {
        const data = readFileSync(join(dir, `${face.file}-${subset}-${weight}-${style}.woff2`)).toString("base64");
        rules.push(
          `@font-face{font-family:"${face.family}";font-style:${style};font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${range}}`,
        );
      }
    }
  }
  cached = rules.join("\n");
  return cached;
}
