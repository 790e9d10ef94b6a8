import { readFileSync, statSync } from "node:fs";
import Handlebars from "handlebars";
import { TemplateError } from "../errors.js";
import { registerHelpers } from "./helpers.js";
import { listLayered, resolveFile } from "./resolve.js";

export type CompiledTemplate = (context: unknown) => string;

interface TemplateSet {
  layout: CompiledTemplate;
  files: string[];
}

// Compiling is the slow part of rendering: keep one compiled set per resolved file list and locale,
// invalidated when any file's modification time changes (watch mode edits templates in place).
const cache = new Map<string, { stamp: string; set: TemplateSet }>();

/**
 * Loads `layout.hbs` and every `partials/*.hbs`, each name from the first folder that has it, and
 * compiles them in strict mode: a misspelt field, an unknown partial or helper is an error that
 * names the template file and line.
 */
export function loadTemplates(dirs: readonly string[], locale: string): TemplateSet {
  const layoutFile = resolveFile(dirs, "layout.hbs");
  const partials = listLayered(dirs, ".hbs").filter((p) => p.name.startsWith("partials/"));
  const files = [layoutFile, ...partials.map((p) => p.file)];
  const key = `${locale}\u0000${files.join("\u0000")}`;
  const stamp = files.map((f) => {
    const info = statSync(f);
    return `${info.mtimeMs}:${info.size}`;
  }).join(",");
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.set;

  const hbs = Handlebars.create();
  registerHelpers(hbs, locale);
  for (const partial of partials) {
    const name = partial.name.slice("partials/".length, -".hbs".length);
    const run = compileFile(hbs, partial.file);
    hbs.registerPartial(name, run as unknown as Handlebars.Template);
  }
  const set = { layout: compileFile(hbs, layoutFile), files };
  cache.set(key, { stamp, set });
  return set;
}

function compileFile(hbs: typeof Handlebars, file: string): CompiledTemplate {
  const source = readFileSync(file, "utf8");
  try {
    // Parse now, so a syntax error is reported even in a partial this briefing never renders.
    hbs.parse(source);
  } catch (error) {
    throw asTemplateError(error, file);
  }
  const template = hbs.compile(source, { strict: true, preventIndent: true });
  return (context: unknown, options?: unknown) => {
    try {
      return template(context, options as Handlebars.RuntimeOptions);
    } catch (error) {
      throw asTemplateError(error, file);
    }
  };
}

function asTemplateError(error: unknown, file: string): TemplateError {
  // A partial's own error already names its file; the template that included it must not rename it.
  if (error instanceof TemplateError) return error;
  const err = error as Error & { lineNumber?: number };
  const line = err.lineNumber ?? Number(/on line (\d+)/.exec(err.message)?.[1] ?? /- (\d+):\d+$/.exec(err.message)?.[1] ?? NaN);
  const message = err.message.split("\n")[0]!.replace(/ - \d+:\d+$/, "").replace(/ in \[object Object\]/, "");
  return new TemplateError(`template error: ${message}`, { file, ...(Number.isFinite(line) ? { line } : {}), cause: error });
}
