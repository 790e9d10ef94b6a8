import { BriefingError } from "../errors.js";
import { assembleFacts } from "./assemble.js";
import { layerDirs } from "./layers.js";
import { loadBriefing } from "./load.js";

export interface CheckProblem {
  severity: "error" | "warning";
  message: string;
  file?: string;
  line?: number;
}

export interface CheckResult {
  ok: boolean;
  articles: number;
  facts: number;
  problems: CheckProblem[];
}

/**
 * Validates a briefing folder the way `build` would use it — configuration, articles, extraction,
 * templates — without starting a browser. Problems come back as data; nothing is thrown for them.
 */
export async function checkBriefing(dir: string, options: { templates?: string; styles?: string } = {}): Promise<CheckResult> {
  const problems: CheckProblem[] = [];
  let articles = 0;
  let facts = 0;
  try {
    const loaded = await loadBriefing(dir);
    articles = loaded.articles.length;
    const assembled = await assembleFacts(loaded);
    facts = assembled.quotes.length + assembled.events.length + assembled.figures.length;
    for (const w of assembled.warnings) problems.push({ severity: "warning", message: w.message, ...(w.file ? { file: w.file } : {}), ...(w.line ? { line: w.line } : {}) });
    const { renderBriefing, builtinDirs } = await import("../render/index.js");
    // Rendering for real is the only complete check of a template: it fails on unknown partials, helpers and fields.
    renderBriefing(
      { config: loaded.config, facts: assembled },
      {
        templateDirs: layerDirs(loaded.dir, "templates", options.templates, builtinDirs.templates),
        styleDirs: layerDirs(loaded.dir, "styles", options.styles, builtinDirs.styles),
      },
    );
  } catch (error) {
    if (!(error instanceof BriefingError)) throw error;
    problems.push({ severity: "error", message: error.message, ...(error.file ? { file: error.file } : {}), ...(error.line ? { line: error.line } : {}) });
  }
  return { ok: !problems.some((p) => p.severity === "error"), articles, facts, problems };
}
