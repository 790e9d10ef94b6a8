import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function briefing(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile("node", ["bin/briefing.js", ...args], { env: { ...process.env, NO_COLOR: "1" } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe("the briefing command line", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "briefing-cli-"));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("shows help and exits 0; no command is bad usage (2)", async () => {
    const help = await briefing("--help");
    expect(help.code).toBe(0);
    expect(help.stdout + help.stderr).toMatch(/build|extract|eval/);
    expect((await briefing()).code).toBe(2);
    expect((await briefing("frobnicate")).code).toBe(2);
  });

  it("fails with 1 and names the folder when it does not exist", async () => {
    const run = await briefing("extract", join(dir, "nowhere"));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("nowhere: no such briefing folder");
  });

  it("watch: bad usage exits 2, a missing folder 1, and --help describes it", async () => {
    expect((await briefing("watch", "briefings/raqqa", "--port", "eighty")).code).toBe(2);
    const missing = await briefing("watch", join(dir, "nowhere"), "--port", "0");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nowhere: no such briefing folder");
    const help = await briefing("watch", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout + help.stderr).toMatch(/live preview/);
  });

  it("names the file and line of a malformed briefing.yaml", async () => {
    const folder = join(dir, "bad");
    await mkdir(join(folder, "articles"), { recursive: true });
    await writeFile(join(folder, "briefing.yaml"), "title: Bad\nhandling: TLP:AMBER\npaper: a5\n");
    await writeFile(join(folder, "articles", "a.txt"), "A headline\n\nOfficials said on Monday that 12 people were hurt.\n");
    const run = await briefing("check", folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/briefing\.yaml:3: paper:/);
  });

  it("init makes a folder that checks clean, and refuses to overwrite one", async () => {
    const folder = join(dir, "fresh");
    expect((await briefing("init", folder)).code).toBe(0);
    const check = await briefing("check", folder);
    expect(check.code).toBe(0);
    expect(check.stderr).toMatch(/ok .*1 articles/);
    expect((await briefing("init", folder)).code).toBe(2);
  });

  it("extract prints the facts as JSON on stdout and messages on stderr", async () => {
    const run = await briefing("extract", "briefings/raqqa");
    expect(run.code).toBe(0);
    const facts = JSON.parse(run.stdout);
    expect(facts.sources).toHaveLength(2);
    expect(facts.quotes.length).toBeGreaterThan(5);
    expect(facts.disagreements.length).toBeGreaterThan(0);
    for (const quote of facts.quotes) expect(quote.rank).toEqual({ score: expect.any(Number), selected: expect.any(Boolean), why: expect.any(Array) });
  });

  it("extract --format text lists each fact with its ID, score, place in the brief and why", async () => {
    const run = await briefing("extract", "briefings/raqqa", "--format", "text");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Timeline \(\d+ of \d+ in the brief\)/);
    expect(run.stdout).toMatch(/^Quotes \(8 of \d+ in the brief\)/m);
    expect(run.stdout).toMatch(/^ {2}✓ q-[0-9a-f]{8} +\d+\.\d\d {2}\S/m);
    expect(run.stdout).toMatch(/^ {2}· q-[0-9a-f]{8} .*\n {6}.*below the section's budget/m);
    expect(run.stdout).toMatch(/reported by 1 outlet; \d+ days before the as-of date/);
  });

  it("eval --json gives the totals a script can rely on", async () => {
    const run = await briefing("eval", "eval/dev", "--json");
    expect(run.code).toBe(0);
    const totals = JSON.parse(run.stdout);
    expect(totals).toMatchObject({
      quotes: { precision: expect.any(Number), recall: expect.any(Number), f1: expect.any(Number), speakerAccuracy: expect.any(Number) },
      events: { recall: expect.any(Number), dateAccuracy: expect.any(Number) },
      figures: { precision: expect.any(Number), recall: expect.any(Number) },
    });
  });

  it("build --format json writes the facts where --out says", async () => {
    const out = join(dir, "facts.json");
    const run = await briefing("build", "briefings/raqqa", "--format", "json", "--out", out);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/built .*facts\.json in \d+\.\d+ s/);
    expect(JSON.parse(await readFile(out, "utf8")).events.length).toBeGreaterThan(5);
  });

  it("build --open hands the result to the viewer ($BRIEFING_OPEN), and says so when there is none", async () => {
    const out = join(dir, "open.html");
    const viewer = join(dir, "viewer.sh");
    const opened = join(dir, "opened.txt");
    await writeFile(viewer, `#!/bin/sh\necho "$1" > "${opened}"\n`, { mode: 0o755 });
    const run = await new Promise<Run>((resolve) => {
      execFile("node", ["bin/briefing.js", "build", "briefings/raqqa", "--format", "html", "--out", out, "--open"], { env: { ...process.env, NO_COLOR: "1", BRIEFING_OPEN: viewer } }, (error, stdout, stderr) => resolve({ code: error ? 1 : 0, stdout, stderr }));
    });
    expect(run.code).toBe(0);
    for (let i = 0; i < 50 && !(await readFile(opened, "utf8").catch(() => "")); i++) await new Promise((r) => setTimeout(r, 50));
    expect((await readFile(opened, "utf8")).trim()).toBe(out);
    const missing = await new Promise<Run>((resolve) => {
      execFile("node", ["bin/briefing.js", "build", "briefings/raqqa", "--format", "html", "--out", out, "--open"], { env: { ...process.env, NO_COLOR: "1", BRIEFING_OPEN: join(dir, "no-such-viewer") } }, (error, stdout, stderr) => resolve({ code: error ? 1 : 0, stdout, stderr }));
    });
    expect(missing.code).toBe(0);
    expect(missing.stderr).toMatch(/warning could not open .*open\.html/);
  });
});

describe("briefing templates", () => {
  it("eject copies the built-ins out, and list shows the copies winning", async () => {
    const folder = await mkdtemp(join(tmpdir(), "briefing-eject-"));
    try {
      expect((await briefing("templates", "eject", folder)).code).toBe(0);
      const listed = JSON.parse((await briefing("templates", "list", folder, "--json")).stdout);
      const quotes = listed.templates.find((t: { name: string }) => t.name === "partials/quotes.hbs");
      expect(quotes.file).toBe(join(folder, "templates", "partials", "quotes.hbs"));
      expect(quotes.shadows).toHaveLength(1);
      expect((await briefing("templates", "eject", folder)).code).toBe(2);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe("briefing build --all", () => {
  it("builds every briefing folder, goes on past a broken one, and exits with the worst result", async () => {
    const root = await mkdtemp(join(tmpdir(), "briefing-all-"));
    try {
      for (const name of ["one", "two", "three"]) {
        await mkdir(join(root, name, "articles"), { recursive: true });
        await writeFile(join(root, name, "briefing.yaml"), name === "two" ? "title: [broken\n" : `title: Briefing ${name}\n`);
        await writeFile(join(root, name, "articles", "a.md"), "---\npublished: 2024-05-17\n---\nOfficials said on Friday that 1,200 people had fled.\n");
      }
      const run = await briefing("build", "--all", root, "--format", "html", "--out", join(root, "out"), "--json");
      expect(run.code).toBe(1);
      const results: Array<{ dir: string; ok: boolean; error: string | null }> = JSON.parse(run.stdout);
      const byName = Object.fromEntries(results.map((r) => [r.dir.split("/").pop(), r]));
      expect([byName.one?.ok, byName.two?.ok, byName.three?.ok]).toEqual([true, false, true]);
      expect(byName.two?.error).toMatch(/two\/briefing\.yaml:2: malformed YAML/);
      expect(await readFile(join(root, "out", "one.html"), "utf8")).toContain("Briefing one");
      expect(run.stderr).toMatch(/1 failed: 2 of 3 briefings/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
