import { defineCommand } from "citty";
import { printJson, say, style } from "../output.js";

export default defineCommand({
  meta: { name: "check", description: "Validate briefing.yaml, articles and templates without printing" },
  args: {
    dir: { type: "positional", description: "Briefing folder", required: true },
    templates: { type: "string", description: "Folder of templates that shadow the built-ins" },
    styles: { type: "string", description: "Folder of styles that shadow the built-ins" },
    json: { type: "boolean", description: "Print the problems as JSON on stdout" },
  },
  async run({ args }) {
    const { checkBriefing } = await import("../../pipeline/check.js");
    const result = await checkBriefing(args.dir, {
      ...(args.templates ? { templates: args.templates } : {}),
      ...(args.styles ? { styles: args.styles } : {}),
    });
    if (args.json) printJson(result);
    else {
      for (const p of result.problems) {
        const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ""}: ` : "";
        say(`${p.severity === "error" ? style.error("error") : style.warn("warning")} ${where}${p.message}`);
      }
      const errors = result.problems.filter((p) => p.severity === "error").length;
      say(errors ? style.error(`${errors} error${errors === 1 ? "" : "s"}`) : `${style.ok("ok")} ${args.dir}: ${result.articles} articles, ${result.facts} facts`);
    }
    if (result.problems.some((p) => p.severity === "error")) process.exitCode = 1;
  },
});

