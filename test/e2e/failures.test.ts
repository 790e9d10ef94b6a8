import { execFileSync } from "node:child_process";
import { chmod, cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrintError, TemplateError, buildBriefing, checkBriefing } from "../../src/index.js";
import { BrowserSession, findBrowser } from "../../src/print/index.js";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "briefing-failures-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function briefingWith(name: string, files: Record<string, string>): Promise<string> {
  const folder = join(dir, name);
  await cp("briefings/raqqa", folder, { recursive: true, filter: (src) => !src.includes("/out") });
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(folder, path, ".."), { recursive: true });
    await writeFile(join(folder, path), content);
  }
  return folder;
}

describe("broken templates", () => {
  it("a syntax error names the user's template file and line", async () => {
    const folder = await briefingWith("syntax", { "templates/partials/quotes.hbs": "<section>\n{{#each quotes}}\n{{text}\n{{/each}}\n</section>\n" });
    await expect(buildBriefing(folder, { format: "html" })).rejects.toMatchObject({ name: "TemplateError", file: join(folder, "templates/partials/quotes.hbs"), line: 3 });
    const check = await checkBriefing(folder);
    expect(check.ok).toBe(false);
    expect(check.problems[0]).toMatchObject({ severity: "error", file: join(folder, "templates/partials/quotes.hbs") });
  });

  it("an unknown partial or field names the template that asked for it", async () => {
    const folder = await briefingWith("partial", { "templates/partials/summary.hbs": "<p>ok</p>\n{{> nowhere}}\n" });
    await expect(buildBriefing(folder, { format: "html" })).rejects.toThrow(TemplateError);
    await expect(buildBriefing(folder, { format: "html" })).rejects.toMatchObject({ file: join(folder, "templates/partials/summary.hbs"), message: expect.stringContaining("nowhere") });
    const field = await briefingWith("field", { "templates/partials/summary.hbs": "<p>\n{{summaryHTML}}</p>\n" });
    await expect(buildBriefing(field, { format: "html" })).rejects.toMatchObject({ file: join(field, "templates/partials/summary.hbs"), line: 2 });
  });

  it("a user partial shadows only its own built-in", async () => {
    const folder = await briefingWith("shadow", { "templates/partials/summary.hbs": "<section id=\"summary\"><p>HOUSE SUMMARY</p></section>\n" });
    const { output } = await buildBriefing(folder, { format: "html" });
    const html = await readFile(output, "utf8");
    expect(html).toContain("HOUSE SUMMARY");
    expect(html).toContain('id="timeline"');
  });
});

describe("browsers that are missing, broken or hang", () => {
  it("a missing browser says how to install one", async () => {
    await expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: join(dir, "no-such-chrome") })).rejects.toThrow(/does not exist/);
  });

  it("a browser that will not start, or never answers, is a clear PrintError, with nothing left running", async () => {
    const broken = join(dir, "broken-chrome.sh");
    await writeFile(broken, "#!/bin/sh\nexit 3\n");
    await chmod(broken, 0o755);
    const hanging = join(dir, "hanging-chrome.sh");
    await writeFile(hanging, "#!/bin/sh\nexec sleep 600\n");
    await chmod(hanging, 0o755);
    const previous = process.env.PUPPETEER_EXECUTABLE_PATH;
    try {
      for (const fake of [broken, hanging]) {
        process.env.PUPPETEER_EXECUTABLE_PATH = fake;
        await expect(BrowserSession.start({ launchTimeoutMs: 2_000 })).rejects.toThrow(PrintError);
        await expect(BrowserSession.start({ launchTimeoutMs: 2_000 })).rejects.toThrow(/would not start/);
      }
    } finally {
      if (previous === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH;
      else process.env.PUPPETEER_EXECUTABLE_PATH = previous;
    }
    const left = execFileSync("ps", ["-eo", "args"], { encoding: "utf8" }).split("\n").filter((l) => l.includes("hanging-chrome"));
    expect(left).toEqual([]);
  }, 30_000);
});

describe("writing the output", () => {
  it("an output path that cannot be written is a PrintError naming it", async () => {
    const blocker = join(dir, "a-file");
    await writeFile(blocker, "not a folder");
    await expect(buildBriefing("briefings/raqqa", { format: "json", out: join(blocker, "x.json") })).rejects.toMatchObject({ name: "PrintError" });
  });

  it("a failed build leaves the previous output intact", async () => {
    const folder = await briefingWith("intact", {});
    const out = join(dir, "intact.html");
    await buildBriefing(folder, { format: "html", out });
    const before = await readFile(out, "utf8");
    await writeFile(join(folder, "briefing.yaml"), "title: [broken\n");
    await expect(buildBriefing(folder, { format: "html", out })).rejects.toThrow(/malformed YAML/);
    expect(await readFile(out, "utf8")).toBe(before);
    expect((await stat(out)).size).toBeGreaterThan(0);
  });
});

describe("a print that hangs", () => {
  it("times out, restarts the browser once, then fails clearly, leaving no Chromium behind", async () => {
    const session = await BrowserSession.start({ timeoutMs: 30 });
    const html = `<!doctype html><html><body>${"<p>A long page that takes longer than thirty milliseconds to print.</p>".repeat(3000)}</body></html>`;
    try {
      await expect(session.print(html, { paper: "a4" })).rejects.toThrow(/did not finish printing within/);
    } finally {
      await session.close();
    }
    expect(session.pids).toHaveLength(2);
    const alive = session.pids.filter((pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    });
    expect(alive).toEqual([]);
  }, 60_000);
});
