import { readFile } from "node:fs/promises";
import { stampMetadata } from "./src/print/metadata.js";
import { BrowserSession } from "./src/print/session.js";
import { loadBriefing } from "./src/pipeline/load.js";
import { assembleFacts } from "./src/pipeline/assemble.js";
import { renderBriefing, builtinDirs } from "./src/render/index.js";
const loaded = await loadBriefing("briefings/raqqa");
const html = renderBriefing({ config: loaded.config, facts: assembleFacts(loaded) }, { templateDirs: [builtinDirs.templates], styleDirs: [builtinDirs.styles] });
console.log("html KB", (html.length / 1024).toFixed(0));
const s = await BrowserSession.start();
for (let i = 0; i < 4; i++) {
  let t = performance.now();
  const pdf = await s.print(html, { paper: "a4" });
  const p = performance.now() - t;
  t = performance.now();
  await stampMetadata(pdf, { title: "x", author: "y", lang: "en-GB" });
  console.log("print", p.toFixed(0), "stamp", (performance.now() - t).toFixed(0), "pdf KB", (pdf.length / 1024).toFixed(0));
}
await s.close();
