import { availableParallelism } from "node:os";
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
    dir: { type: "positional", description: "Briefing folder(s) (each holds briefing.yaml and articles/); with --all, a folder of them", required: true },
    all: { type: "boolean", description: "Build every briefing folder inside the given folder, sharing one browser" },
    concurrency: { type: "string", description: "Builds at a time with --all or several folders (default: the number of cores)" },
    out: { type: "string", description: "Output file or folder (default: <dir>/out/<name>.<format>)" },
    format: { type: "string", description: "pdf | html | json", default: "pdf" },
    paper: { type: "string", description: "a4 | letter (overrides briefing.yaml)" },
    templates: { type: "string", description: "Folder of templates that shadow the built-ins" },
    styles: { type: "string", description: "Folder of styles that shadow the built-ins" },
    "browser-endpoint": { type: "string", description: "Print through a running Chrome (ws://…) instead of starting one; also $BRIEFING_BROWSER_ENDPOINT" },
    json: { type: "boolean", description: "Print the result as JSON on stdout" },
    open: { type: "boolean", description: "Open the result with the desktop's viewer ($BRIEFING_OPEN to choose one)" },
  },
  async run({ args }) {
    const { buildBriefing } = await import("../../pipeline/build.js");
    const format = args.format as OutputFormat;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
    if (args.paper && !PAPERS.includes(args.paper as (typeof PAPERS)[number])) throw new UsageError(`--paper must be one of ${PAPERS.join(", ")}`);
    const dirs = args._.length ? args._.map(String) : [args.dir];
    if (args.all || dirs.length > 1) return buildSeveral(dirs, args, format);
    const result = await buildBriefing(args.dir, {
      format,
      ...(args.out ? { out: args.out } : {}),
      ...(args.paper ? { paper: args.paper as (typeof PAPERS)[number] } : {}),
      ...(args.templates ? { templates: args.templates } : {}),
      ...(args.styles ? { styles: args.styles } : {}),
      ...(args["browser-endpoint"] ? { session: { browserWSEndpoint: args["browser-endpoint"] } } : {}),
    });
    printWarnings(result.warnings);
    if (args.json) printJson({ ok: true, output: result.output, format: result.format, pages: result.pages, timings: result.timings, warnings: result.warnings });
    else {
      const shown = relative(process.cwd(), result.output) || result.output;
      say(`${style.ok("built")} ${shown} in ${(result.timings.total / 1000).toFixed(2)} s ${style.dim(`(${counts(result)})`)}`);
    }
    if (args.open) {
      const problem = await (await import("../open.js")).openFile(result.output);
      if (problem) say(`${style.warn("warning")} ${problem}`);
    }
  },
});

async function buildSeveral(dirs: string[], args: Record<string, unknown>, format: OutputFormat): Promise<void> {
  const { buildMany, findBriefingFolders } = await import("../../pipeline/build-many.js");
  if (args.all && dirs.length !== 1) throw new UsageError("--all takes one folder that holds briefing folders");
  const folders = args.all ? await findBriefingFolders(dirs[0]!) : dirs;
  if (folders.length === 0) throw new UsageError(`no briefing folders in ${dirs[0]}`);
  const concurrency = args.concurrency ? Number(args.concurrency) : availableParallelism();
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError("--concurrency must be a whole number of 1 or more");
  const live = process.stderr.isTTY && !args.json;
  const started = performance.now();
  const results = await buildMany(folders, {
    format,
    concurrency,
    ...(args["browser-endpoint"] ? { session: { browserWSEndpoint: String(args["browser-endpoint"]) } } : {}),
    ...(args.out ? { outDir: String(args.out) } : {}),
    ...(args.paper ? { paper: args.paper as (typeof PAPERS)[number] } : {}),
    ...(args.templates ? { templates: String(args.templates) } : {}),
    ...(args.styles ? { styles: String(args.styles) } : {}),
    onDone: (r, done, total) => {
      const line = `[${done}/${total}] ${r.ok ? style.ok("built") : style.error("failed")} ${relative(process.cwd(), r.dir) || r.dir} ${style.dim(`${(r.ms / 1000).toFixed(2)} s`)}${r.ok ? "" : ` — ${(r.error as { located?: string }).located ?? r.error?.message}`}`;
      if (live && r.ok) process.stderr.write(`\r\u001b[2K${line}`);
      else say(live ? `\r\u001b[2K${line}` : line);
    },
  });
  if (live) process.stderr.write("\n");
  const failed = results.filter((r) => !r.ok);
  if (args.json) printJson(results.map((r) => ({ dir: r.dir, ok: r.ok, output: r.result?.output ?? null, ms: Math.round(r.ms), error: r.error ? ((r.error as { located?: string }).located ?? r.error.message) : null })));
  say(`${failed.length ? style.error(`${failed.length} failed`) : style.ok("all built")}: ${results.length - failed.length} of ${results.length} briefings in ${((performance.now() - started) / 1000).toFixed(2)} s (concurrency ${concurrency})`);
  if (failed.length) process.exitCode = 1;
}

function counts(result: BuildResult): string {
  const f = result.facts;
  const inBrief = (list: Array<{ rank: { selected: boolean } }>) => `${list.filter((x) => x.rank.selected).length}/${list.length}`;
  const pages = result.pages ? `${result.pages} page${result.pages === 1 ? "" : "s"}; ` : "";
  return `${pages}${f.sources.length} sources; in the brief: ${inBrief(f.events)} events, ${inBrief(f.quotes)} quotes, ${inBrief(f.figures)} figures`;
}
