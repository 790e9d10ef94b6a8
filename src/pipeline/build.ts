import { mkdir } from "node:fs/promises";
import { PrintError } from "../errors.js";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { BriefingConfig, BriefingFacts, Paper, Warning } from "../schema/index.js";
import { writeFileAtomically, type BrowserSession, type SessionOptions } from "../print/index.js";
import { budgetsOf, tighter, withBudgets, type SectionBudgets } from "../facts/fit.js";
import { extractMany } from "./extract-many.js";
import { assembleExtracted } from "./assemble.js";
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
  const launching = BrowserSession.start(options.session);
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
  // Extracted once: fitting the brief to its page budget selects again from the same facts.
  const perArticle = await extractMany(loaded.articles);
  let facts = assembleExtracted(perArticle, { ...loaded, config });
  let printed = config;
  const afterExtract = performance.now();
  const output = outputPath(loaded.dir, options.out, format);
  await mkdir(dirname(output), { recursive: true }).catch((error: Error) => {
    throw new PrintError(`cannot create the output folder: ${error.message}`, { file: dirname(output), cause: error });
  });

  let afterRender = afterExtract;
  let pages: number | null = null;
  const warnings: Warning[] = [];
  if (format === "json") {
    await writeFileAtomically(output, `${JSON.stringify(facts, null, 2)}\n`);
  } else {
    const { renderBriefing, builtinDirs } = await import("../render/index.js");
    const dirs = {
      templateDirs: layerDirs(loaded.dir, "templates", options.templates, builtinDirs.templates),
      styleDirs: layerDirs(loaded.dir, "styles", options.styles, builtinDirs.styles),
    };
    const html = renderBriefing({ config, facts }, dirs);
    afterRender = performance.now();
    if (format === "html") await writeFileAtomically(output, html);
    else {
      const { printPdf } = await import("../print/index.js");
      const session = await browser;
      const print = (document: string, current: BriefingFacts) =>
        printPdf(document, {
          outFile: output,
          paper: config.paper,
          title: config.title,
          author: config.author,
          subject: config.subtitle,
          keywords: current.actors.slice(0, 12).map((a) => a.name),
          lang: config.locale,
          browser: session,
        });
      ({ pages } = await print(html, facts));
      // A flash update is one page by definition; otherwise briefing.yaml's `pages`, if set.
      const budget = config.pages ?? (config.style === "flash" ? 1 : undefined);
      if (budget && pages > budget) {
        // Over the budget: print again with each section a little shorter, until the brief fits.
        let budgets: SectionBudgets | null = budgetsOf(config);
        // Each try is a print; eight cover shortening every section of a standard brief by half.
        for (let tries = 0; tries < 8 && pages > budget && (budgets = tighter(budgets)); tries++) {
          printed = withBudgets(config, budgets);
          facts = assembleExtracted(perArticle, { ...loaded, config: printed });
          ({ pages } = await print(renderBriefing({ config: printed, facts }, dirs), facts));
        }
        if (pages > budget) warnings.push(overBudget(pages, budget, loaded));
        else warnings.push(fittedNote(budget, budgetsOf(printed), loaded));
      }
    }
  }
  const finished = performance.now();
  return {
    dir: loaded.dir,
    format,
    output,
    config: printed,
    facts,
    pages,
    warnings: [...facts.warnings, ...warnings],
    timings: {
      load: afterLoad - started,
      extract: afterExtract - afterLoad,
      render: afterRender - afterExtract,
      print: finished - afterRender,
      total: finished - started,
    },
  };
}

/** Where the page budget was set: briefing.yaml at `pages`, or at `style: flash`, whose budget is one page. */
function budgetPlace(loaded: LoadedBriefing): { file?: string; line?: number } {
  const line = loaded.config.pages !== undefined ? loaded.configLines(["pages"]) : loaded.configLines(["style"]);
  return { ...(loaded.configFile ? { file: loaded.configFile } : {}), ...(line ? { line } : {}) };
}

function fittedNote(budget: number, fitted: SectionBudgets, loaded: LoadedBriefing): Warning {
  return {
    code: "fitted-to-page-budget",
    message: `to keep to ${budget} page${budget === 1 ? "" : "s"}, the brief prints the top ${fitted.timeline} timeline entries, ${fitted.quotes} quotes and ${fitted.figures} figures (set timeline.max, quotes.max and figures.max to choose; \`briefing extract --format text\` shows what was left out)`,
    ...budgetPlace(loaded),
  };
}

function overBudget(pages: number, budget: number, loaded: LoadedBriefing): Warning {
  return {
    code: "over-page-budget",
    message: `the PDF has ${pages} pages, over the budget of ${budget}: lower timeline.max, quotes.max or figures.max, or drop facts`,
    ...budgetPlace(loaded),
  };
}

function outputPath(dir: string, out: string | undefined, format: OutputFormat): string {
  const name = `${basename(dir)}.${format}`;
  if (!out) return join(dir, "out", name);
  const target = resolve(out);
  // A path with no extension, or an existing folder, is a folder to write into.
  return extname(target) ? target : join(target, name);
}
