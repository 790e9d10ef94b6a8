import { readFileSync } from "node:fs";
import { extractArticle } from "./src/extract/index.js";
import { testArticle } from "./src/extract/test-article.js";
const text = readFileSync("eval/wikinews/wn-143480-automaker-gm-to-cut-10-000.txt", "utf8");
const f = extractArticle(testArticle(text, "2009-11-04"));
console.log(f.actors.filter((a) => /Westphalia|Woodley|Bruederle/.test(a.name)).map((a) => [a.name, a.type, a.mentions]));
console.log(f.quotes.map((q) => [q.text.slice(0, 30), q.speaker, q.role]));
