import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { buildBriefing } from "../../src/index.js";
import { BrowserSession } from "../../src/print/index.js";
import { withSourceDateEpoch } from "../support/epoch.js";

let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it("builds byte-identical PDFs under SOURCE_DATE_EPOCH, wherever they are written", async () => {
  dir = await mkdtemp(join(tmpdir(), "briefing-repro-"));
  const out = dir;
  const browser = await BrowserSession.start();
  try {
    const [a, b] = await withSourceDateEpoch("1496966400", async () => [
      await buildBriefing("briefings/raqqa", { out: join(out, "a.pdf"), browser }),
      await buildBriefing("briefings/raqqa", { out: join(out, "sub", "b.pdf"), browser }),
    ]);
    const [x, y] = await Promise.all([readFile(a!.output), readFile(b!.output)]);
    expect(x.equals(y)).toBe(true);
    expect(x.toString("latin1")).toContain("/CreationDate (D:20170609000000Z)");
  } finally {
    await browser.close();
  }
}, 120_000);
