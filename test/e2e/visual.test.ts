import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { afterAll, expect, it } from "vitest";
import { buildBriefing } from "../../src/index.js";
import { withSourceDateEpoch } from "../support/epoch.js";
import { pageImages } from "../support/pages.js";

// The example briefing's pages against committed reference images (test/visual/). A layout change
// that was not meant shows up here; one that was meant is accepted with `npm run visual:update`.
const REFERENCES = "test/visual";
/** Share of a page's pixels that may differ (anti-aliasing, a poppler update) before it counts as a change. */
const TOLERANCE = 0.004;
let dir: string | undefined;

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it("prints the example briefing as the reference pages show it", async () => {
  const out = await mkdtemp(join(tmpdir(), "briefing-visual-"));
  dir = out;
  const { output } = await withSourceDateEpoch("1496966400", () => buildBriefing("briefings/raqqa", { out: join(out, "raqqa.pdf") }));
  const pages = await pageImages(output);
  if (process.env.UPDATE_VISUAL) {
    for (const [index, png] of pages.entries()) await writeFile(join(REFERENCES, `raqqa-page-${index + 1}.png`), png);
  }
  const references = await Promise.all(pages.map((_, index) => readFile(join(REFERENCES, `raqqa-page-${index + 1}.png`)).catch(() => null)));
  expect(references.every(Boolean), "a page has no reference image: run npm run visual:update and look at the images").toBe(true);
  await expect(readFile(join(REFERENCES, `raqqa-page-${pages.length + 1}.png`)), "the reference has more pages than the PDF").rejects.toThrow();
  for (const [index, png] of pages.entries()) {
    const actual = PNG.sync.read(png);
    const expected = PNG.sync.read(references[index]!);
    expect([actual.width, actual.height], `page ${index + 1} size`).toEqual([expected.width, expected.height]);
    const diff = new PNG({ width: actual.width, height: actual.height });
    const changed = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
    const share = changed / (actual.width * actual.height);
    if (share > TOLERANCE) await writeFile(join(out, `page-${index + 1}-diff.png`), PNG.sync.write(diff));
    expect(share, `page ${index + 1}: ${(share * 100).toFixed(2)}% of pixels differ (diff image in ${out})`).toBeLessThanOrEqual(TOLERANCE);
  }
}, 60_000);
