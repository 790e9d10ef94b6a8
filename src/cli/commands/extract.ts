import { defineCommand } from "citty";
import { stringify } from "yaml";
import { printJson, printWarnings } from "../output.js";

export default defineCommand({
  meta: { name: "extract", description: "Extract the facts of a briefing folder and print them (JSON or YAML)" },
  args: {
    dir: { type: "positional", description: "Briefing folder", required: true },
    format: { type: "enum", options: ["json", "yaml", "text"], default: "json", description: "Output format: json or yaml for scripts, text for a reviewer (each fact's ID, score and why)" },
  },
  async run({ args }) {
    const { assembleFacts } = await import("../../pipeline/assemble.js");
    const { loadBriefing } = await import("../../pipeline/load.js");
    const loaded = await loadBriefing(args.dir);
    const facts = await assembleFacts(loaded);
    printWarnings(facts.warnings);
    if (args.format === "yaml") process.stdout.write(stringify(facts, { lineWidth: 0 }));
    else if (args.format === "text") process.stdout.write((await import("../fact-list.js")).formatFactList(facts));
    else printJson(facts);
  },
});
