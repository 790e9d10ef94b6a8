import { createServer, type Server } from "node:http";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBriefing } from "../../src/index.js";
import { readPdf } from "../support/pdf.js";

/** Article text that would be markup, script or a fetch if it were ever trusted. */
function hostileArticle(port: number): string {
  const url = `http://127.0.0.1:${port}`;
  return [
    "---",
    `title: "<script>alert('title')</script> {{title}}"`,
    `outlet: "<img src=${url}/outlet.png>"`,
    "published: 2024-05-17",
    `url: ${url}/story`,
    "---",
    `Officials said on Friday that <script>fetch('${url}/script')</script> 1,200 people had fled <img src="${url}/img.png"> the town.`,
    "",
    `“We will not allow <b>anyone</b> to {{lookup this 'constructor'}} enter,” said Maria Lopez, the spokeswoman for <a href="javascript:alert(1)">the ministry</a>.`,
    "",
    `<style>@import url(${url}/style.css); body{background:url(${url}/bg.png)}</style> <link rel=stylesheet href="${url}/link.css"> <iframe src="${url}/frame"></iframe>`,
  ].join("\n");
}

describe("hostile article text", () => {
  let server: Server;
  let port: number;
  const requests: string[] = [];
  let dir: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? "");
      res.end("x");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as { port: number }).port;
    dir = await mkdtemp(join(tmpdir(), "briefing-hostile-"));
    await writeFile(join(dir, "briefing.yaml"), `title: Hostile input\nsummary: |\n  Raw <script>alert(1)</script> and [a link](javascript:alert(1)) and [ok](https://example.org).\n`);
    await mkdir(join(dir, "articles"));
    await writeFile(join(dir, "articles", "hostile.md"), hostileArticle(port));
  });

  afterAll(async () => {
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("escapes everything into text: no markup, no template expansion, no javascript: links", async () => {
    const result = await buildBriefing(dir, { format: "html", out: join(dir, "out.html") });
    const html = await readFile(result.output, "utf8");
    const body = html.slice(html.indexOf("<body"));
    expect(body).not.toMatch(/<script|<img|<iframe|<link|<b>|<a href="javascript/i);
    expect(body).toContain("&lt;script&gt;");
    expect(body).toContain("{{title}}");
    expect(body).not.toContain('href="javascript:');
    expect(body).toContain('href="https://example.org"');
  });

  it("prints a PDF while the network sees not a single request, with footnotes (Paged.js runs) and with endnotes", async () => {
    const result = await buildBriefing(dir, { out: join(dir, "out.pdf") });
    const pdf = await readPdf(result.output);
    expect(pdf.text).toContain("<script>");
    // The footnote at the page's foot carries the hostile outlet name as text too.
    expect(pdf.pages[0]).toMatch(/1 <img src=http/);
    const yaml = await readFile(join(dir, "briefing.yaml"), "utf8");
    await writeFile(join(dir, "briefing.yaml"), `${yaml}notes: endnotes\n`);
    const endnotes = await readPdf((await buildBriefing(dir, { out: join(dir, "endnotes.pdf") })).output);
    expect(endnotes.text).toContain("<script>");
    await writeFile(join(dir, "briefing.yaml"), yaml);
    expect(requests).toEqual([]);
  }, 60_000);
});
