import { mkdir } from "node:fs/promises";
import { PrintError } from "../errors.js";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { BriefingConfig, BriefingFacts, Paper, Warning } from "../schema/index.js";
import { writeFileAtomically, type BrowserSession, type SessionOptions } from "../print/index.js";
import { assembleFacts } from "./assemble.js";
import { layerDirs } from "./layers.js";
import { loadBriefing, type LoadedBriefing } from "./load.js";

export type OutputFormat = "pdf" | "html" | "json";

export interface BuildOptions {
  /** Output file, or a folder to put `<briefing>.<format>` in. Default: `<dir>/out/<briefing>.<format>`. */
  out?: string;
  format?: OutputFormat;
  /** Overrides briefing.yaml's paper size. */
  paper?: Paper;
  /** A folder of templates that shadow the built-ins (after the briefing folder's own `templates/`). */
  templates?: string;
  /** A folder of styles that shadow the built-ins (after the briefing folder's own `styles/`). */
  styles?: string;
  /** Print through this browser session instead of starting one (for many briefings in a row). */
  browser?: BrowserSession;
  /** How to start or reach a browser when no session is given (e.g. a remote Chrome's `ws://` endpoint). */
  session?: SessionOptions;
}

export interface BuildResult {
  dir: string;
  format: OutputFormat;
  output: string;
  config: BriefingConfig;
  facts: BriefingFacts;
  /** Pages of the PDF (null for HTML and JSON). */
  pages: number | null;
  warnings: Warning[];
  /** Milliseconds spent in each stage. */
  timings: { load: number; extract: number; render: number; print: number; total: number };
}

/**
 * Builds one briefing folder: read → extract and merge → render → print. The CLI's `build` and a
 * job-queue worker call the same function.
 *
 * @example const { output } = await buildBriefing("briefings/raqqa");
 */
export async function buildBriefing(dirInput: string, options: BuildOptions = {}): Promise<BuildResult> {
  const format = options.format ?? "pdf";
  if (format !== "pdf" || options.browser) return build(dirInput, options, format, options.browser);
  // Chromium takes most of a second to start: it starts while the articles are read, extracted and
  // rendered. A browser that fails to start is reported when printing, after any error in the input.
  const { BrowserSession } = await import("../print/session.js");
  const launching = BrowserSession.start({ browserWSEndpoint: process.env.BRIEFING_BROWSER_ENDPOINT, ...options.session });
  launching.catch(() => undefined);
  try {
    return await build(dirInput, options, format, launching);
  } finally {
    await launching.then((session) => session.close(), () => undefined);
  }
}

async function build(dirInput: string, options: BuildOptions, format: OutputFormat, browser: BrowserSession | Promise<BrowserSession> | undefined): Promise<BuildResult> {
  const started = performance.now();
  const loaded = await loadBriefing(dirInput);
  const config = options.paper ? { ...loaded.config, paper: options.paper } : loaded.config;
  const afterLoad = performance.now();
  const facts = assembleFacts({ ...loaded, config });
  const afterExtract = performance.now();
  const output = outputPath(loaded.dir, options.out, format);
  await mkdir(dirname(output), { recursive: true }).catch((error: Error) => {
    throw new PrintError(`cannot create the output folder: ${error.message}`, { file: dirname(output), cause: error });
  });

  let afterRender = afterExtract;
  let pages: number | null = null;
  const warnings = [...facts.warnings];
  if (format === "json") {
    await writeFileAtomically(output, `${JSON.stringify(facts, null, 2)}\n`);
  } else {
    const { renderBriefing, builtinDirs } = await import("../render/index.js");
    const html = renderBriefing(
      { config, facts },
      {
        templateDirs: layerDirs(loaded.dir, "templates", options.templates, builtinDirs.templates),
        styleDirs: layerDirs(loaded.dir, "styles", options.styles, builtinDirs.styles),
      },
    );
    afterRender = performance.now();
    if (format === "html") await writeFileAtomically(output, html);
    else {
      const { printPdf } = await import("../print/index.js");
      ({ pages } = await printPdf(html, {
        outFile: output,
        paper: config.paper,
        title: config.title,
        author: config.author,
        subject: config.subtitle,
        keywords: facts.actors.slice(0, 12).map((a) => a.name),
        lang: config.locale,
        browser: await browser,
      }));
      if (config.pages && pages > config.pages) warnings.push(overBudget(pages, config.pages, loaded));
    }
  }
  const finished = performance.now();
  return {
    dir: loaded.dir,
    format,
    output,
    config,
    facts,
    pages,
    warnings,
    timings: {
      load: afterLoad - started,
      extract: afterExtract - afterLoad,
      render: afterRender - afterExtract,
      print: finished - afterRender,
      total: finished - started,
    },
  };
}

function overBudget(pages: number, budget: number, loaded: LoadedBriefing): Warning {
  const line = loaded.configLines(["pages"]);
  return {
    code: "over-page-budget",
    message: `the PDF has ${pages} pages, over the budget of ${budget}: lower timeline.max, quotes.max or figures.max, or drop facts`,
    ...(loaded.configFile ? { file: loaded.configFile } : {}),
    ...(line ? { line } : {}),
  };
}

function outputPath(dir: string, out: string | undefined, format: OutputFormat): string {
  const name = `${basename(dir)}.${format}`;
  if (!out) return join(dir, "out", name);
  const target = resolve(out);
  // A path with no extension, or an existing folder, is a folder to write into.
  return extname(target) ? target : join(target, name);
}
