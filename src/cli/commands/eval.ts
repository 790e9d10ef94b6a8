import { defineCommand } from "citty";
import { printJson } from "../output.js";

export default defineCommand({
  meta: { name: "eval", description: "Score extraction against gold answers (*.gold.yaml) and list every miss" },
  args: {
    goldDir: { type: "positional", description: "Folder(s) of *.gold.yaml files", required: true },
    articles: { type: "string", description: "Folder holding the articles (default: the gold folder)" },
    json: { type: "boolean", description: "Print the totals as JSON" },
    quiet: { type: "boolean", description: "Totals only, without the list of misses" },
  },
  async run({ args }) {
    const { formatEvalReport } = await import("../../eval/report.js");
    const { runEval, summarize } = await import("../../eval/run.js");
    const dirs = args._.length ? args._.map(String) : [args.goldDir];
    const report = await runEval(dirs.map((goldDir) => ({ goldDir, articlesDir: args.articles ?? goldDir })));
    if (args.json) {
      printJson({
        ...summarize(report.counts),
        counts: report.counts,
        sets: report.sets.map((s) => ({ goldDir: s.goldDir, ...summarize(s.counts), articles: s.articles })),
      });
      return;
    }
    process.stdout.write(`${formatEvalReport(report, { findings: !args.quiet })}\n`);
  },
});
