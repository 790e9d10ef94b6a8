import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { buildBriefing } from "../../src/index.js";
import { BrowserSession } from "../../src/print/index.js";

let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it("builds byte-identical PDFs under SOURCE_DATE_EPOCH, wherever they are written", async () => {
  dir = await mkdtemp(join(tmpdir(), "briefing-repro-"));
  const previous = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = "1496966400";
  const browser = await BrowserSession.start();
  try {
    const a = await buildBriefing("briefings/raqqa", { out: join(dir, "a.pdf"), browser });
    const b = await buildBriefing("briefings/raqqa", { out: join(dir, "sub", "b.pdf"), browser });
    const [x, y] = await Promise.all([readFile(a.output), readFile(b.output)]);
    expect(x.equals(y)).toBe(true);
    expect(x.toString("latin1")).toContain("/CreationDate (D:20170609000000Z)");
  } finally {
    await browser.close();
    if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = previous;
  }
}, 120_000);
