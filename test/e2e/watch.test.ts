import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// `briefing watch` through the real CLI entry point: change files, read what the preview serves.
let dir: string;
let child: ChildProcess;
let url: string;
let stderr = "";
let reloads = 0;

async function fetchText(path: string): Promise<{ status: number; type: string; body: Buffer }> {
  const response = await fetch(new URL(path, url));
  return { status: response.status, type: response.headers.get("content-type") ?? "", body: Buffer.from(await response.arrayBuffer()) };
}

/** Waits for the next reload the preview announces over its event stream. */
function nextReload(): Promise<void> {
  const seen = reloads;
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(`no reload announced; stderr:\n${stderr}`)), 10_000);
    const poll = setInterval(() => {
      if (reloads > seen) {
        clearTimeout(deadline);
        clearInterval(poll);
        resolve();
      }
    }, 5);
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "briefing-watch-"));
  await cp("briefings/raqqa", dir, { recursive: true, filter: (src) => !src.includes("/out") });
  child = spawn("node", ["bin/briefing.js", "watch", dir, "--port", "0"], { env: { ...process.env, NO_COLOR: "1" } });
  url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /Preview: (http:\/\/\S+\/)/.exec(stderr);
      if (match) resolve(match[1]!);
    });
    child.on("exit", (code) => reject(new Error(`watch exited with ${code}: ${stderr}`)));
  });
  // Listen to the event stream the preview page listens to.
  get(new URL("events", url), (response) => {
    response.on("data", (chunk: Buffer) => {
      reloads += (chunk.toString().match(/^data: reload$/gm) ?? []).length;
    });
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
}, 30_000);

afterAll(async () => {
  if (child.exitCode === null) child.kill("SIGKILL");
  await rm(dir, { recursive: true, force: true });
});

describe("briefing watch", () => {
  it("serves the briefing's HTML with the live-reload hook on a loopback address", async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetchText("/");
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain("<title>The battle for Raqqa</title>");
    expect(page.body.toString()).toContain('new EventSource("/events")');
  });

  it("rebuilds when a template is added or changed, and the preview reloads with it", async () => {
    await mkdir(join(dir, "templates", "partials"), { recursive: true });
    const quotes = join(dir, "templates", "partials", "quotes.hbs");
    let reloaded = nextReload();
    await writeFile(quotes, '<section id="house-quotes">House quotes: {{quotes.length}}</section>\n');
    await reloaded;
    expect((await fetchText("/")).body.toString()).toMatch(/House quotes: \d+/);
    reloaded = nextReload();
    await writeFile(quotes, '<section id="house-quotes">Quotes, second draft</section>\n');
    await reloaded;
    expect((await fetchText("/")).body.toString()).toContain("Quotes, second draft");
  });

  it("rebuilds when briefing.yaml, a style or an article changes", async () => {
    let reloaded = nextReload();
    const yaml = await readFile(join(dir, "briefing.yaml"), "utf8");
    await writeFile(join(dir, "briefing.yaml"), yaml.replace(/^title: .*$/m, "title: Raqqa, as of this morning"));
    await reloaded;
    expect((await fetchText("/")).body.toString()).toContain("<title>Raqqa, as of this morning</title>");
    reloaded = nextReload();
    await mkdir(join(dir, "styles"), { recursive: true });
    await writeFile(join(dir, "styles", "briefing.css"), "body { --house-marker: 1; }\n");
    await reloaded;
    expect((await fetchText("/")).body.toString()).toContain("--house-marker: 1");
    reloaded = nextReload();
    await writeFile(join(dir, "articles", "2017-06-10-later.md"), "---\ntitle: Later report\noutlet: Test Wire\npublished: 2017-06-10\n---\n“The last district has fallen,” said Jane Roe, a spokeswoman for the coalition.\n");
    await reloaded;
    expect((await fetchText("/")).body.toString()).toContain("Test Wire");
  });

  it("shows a broken briefing.yaml with its file and line until it is fixed", async () => {
    const yaml = await readFile(join(dir, "briefing.yaml"), "utf8");
    let reloaded = nextReload();
    await writeFile(join(dir, "briefing.yaml"), "title: [unclosed\n");
    await reloaded;
    const broken = (await fetchText("/")).body.toString();
    expect(broken).toContain("The briefing did not build");
    expect(broken).toMatch(/briefing\.yaml:\d+: malformed YAML/);
    expect(stderr).toMatch(/error .*briefing\.yaml:\d+: malformed YAML/);
    reloaded = nextReload();
    await writeFile(join(dir, "briefing.yaml"), yaml);
    await reloaded;
    expect((await fetchText("/")).body.toString()).toContain("<title>Raqqa, as of this morning</title>");
  });

  it("prints the PDF on demand into the briefing's out/ folder", async () => {
    const pdf = await fetchText("/pdf");
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe("application/pdf");
    expect(pdf.body.subarray(0, 5).toString()).toBe("%PDF-");
    const written = await readFile(join(dir, "out", `${dir.split("/").pop()}.pdf`));
    expect(written.equals(pdf.body)).toBe(true);
  }, 30_000);

  it("stops cleanly on Ctrl-C", async () => {
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
  });
});
