// npm run docs: regenerates docs/template-data.md from the view model's schema.
import { writeFileSync } from "node:fs";
import { templateDataMarkdown } from "../src/render/template-docs.js";

writeFileSync("docs/template-data.md", templateDataMarkdown());
console.log("wrote docs/template-data.md");
