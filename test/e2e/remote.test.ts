import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildBriefing } from "../../src/index.js";
import { findBrowser } from "../../src/print/index.js";
import { readPdf } from "../support/pdf.js";

// A Chrome already running elsewhere (browserless, a DevTools endpoint): briefing connects instead of launching.
let chrome: ChildProcess;
let endpoint: string;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "briefing-remote-"));
  chrome = spawn(await findBrowser(), ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", `--user-data-dir=${join(dir, "profile")}`]);
  endpoint = await new Promise<string>((resolve, reject) => {
    let seen = "";
    chrome.stderr!.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (m) resolve(m[1]!);
    });
    chrome.on("exit", () => reject(new Error(`Chromium exited: ${seen}`)));
  });
}, 30_000);

afterAll(async () => {
  if (chrome && chrome.exitCode === null) {
    const exited = new Promise((resolve) => chrome.once("exit", resolve));
    chrome.kill("SIGKILL");
    await exited;
  }
  // Chromium's helper processes may still be flushing the profile for a moment after the main one dies.
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

it("prints through a remote browser endpoint and leaves that browser running", async () => {
  const result = await buildBriefing("briefings/raqqa", { out: join(dir, "remote.pdf"), session: { browserWSEndpoint: endpoint } });
  expect((await readPdf(result.output)).text).toContain("The battle for Raqqa");
  expect(chrome.exitCode).toBeNull();
}, 60_000);
