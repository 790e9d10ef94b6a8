import { relative } from "node:path";
import { defineCommand } from "citty";
import { UsageError } from "../../errors.js";
import type { BuildResult, OutputFormat } from "../../pipeline/build.js";
import { printJson, printWarnings, say, style } from "../output.js";

const FORMATS = ["pdf", "html", "json"] as const;
const PAPERS = ["a4", "letter"] as const;

export default defineCommand({
  meta: { name: "build", description: "Build a briefing folder into a PDF (or HTML, or JSON facts)" },
  args: {
    dir: { type: "positional", description: "Briefing folder (holds briefing.yaml and articles/)", required: true },
    out: { type: "string", description: "Output file or folder (default: <dir>/out/<name>.<format>)" },
    format: { type: "string", description: "pdf | html | json", default: "pdf" },
    paper: { type: "string", description: "a4 | letter (overrides briefing.yaml)" },
    templates: { type: "string", description: "Folder of templates that shadow the built-ins" },
    styles: { type: "string", description: "Folder of styles that shadow the built-ins" },
    json: { type: "boolean", description: "Print the result as JSON on stdout" },
  },
  async run({ args }) {
    const { buildBriefing } = await import("../../pipeline/build.js");
    const format = args.format as OutputFormat;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
    if (args.paper && !PAPERS.includes(args.paper as (typeof PAPERS)[number])) throw new UsageError(`--paper must be one of ${PAPERS.join(", ")}`);
    const result = await buildBriefing(args.dir, {
      format,
      ...(args.out ? { out: args.out } : {}),
      ...(args.paper ? { paper: args.paper as (typeof PAPERS)[number] } : {}),
      ...(args.templates ? { templates: args.templates } : {}),
      ...(args.styles ? { styles: args.styles } : {}),
    });
    printWarnings(result.warnings);
    if (args.json) {
      printJson({ ok: true, output: result.output, format: result.format, timings: result.timings, warnings: result.warnings });
      return;
    }
    const shown = relative(process.cwd(), result.output) || result.output;
    say(`${style.ok("built")} ${shown} in ${(result.timings.total / 1000).toFixed(2)} s ${style.dim(`(${counts(result)})`)}`);
  },
});

function counts(result: BuildResult): string {
  const f = result.facts;
  return `${f.sources.length} sources, ${f.events.length} events, ${f.quotes.length} quotes, ${f.figures.length} figures`;
}
