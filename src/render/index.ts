import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BriefingConfig, BriefingFacts } from "../schema/index.js";
import { fontFaceCss } from "./fonts.js";
import { buildViewModel } from "./model.js";
import { listLayered, resolveFile } from "./resolve.js";
import { loadTemplates } from "./templates.js";

/** The built-in templates and styles, shipped at the repository's top level. */
export const builtinDirs = {
  templates: fileURLToPath(new URL("../../templates/", import.meta.url)),
  styles: fileURLToPath(new URL("../../styles/", import.meta.url)),
};

export interface RenderOptions {
  /** Template folders, first match wins; the last is normally `builtinDirs.templates`. */
  templateDirs: readonly string[];
  /** Style folders, first match wins; the last is normally `builtinDirs.styles`. */
  styleDirs: readonly string[];
}

/**
 * Facts and briefing.yaml → one self-contained HTML document (styles and fonts inlined), ready to
 * print. Article text only ever reaches the page through Handlebars' escaping.
 *
 * @example renderBriefing({ config, facts }, { templateDirs: [builtinDirs.templates], styleDirs: [builtinDirs.styles] })
 */
export function renderBriefing(input: { config: BriefingConfig; facts: BriefingFacts }, options: RenderOptions): string {
  const { layout } = loadTemplates(options.templateDirs, input.config.locale);
  // Every look starts from briefing.css; a style adds its own sheet on top (styles/flash.css).
  const base = readFileSync(resolveFile(options.styleDirs, "briefing.css"), "utf8");
  const css = input.config.style === "standard" ? base : `${base}\n${readFileSync(resolveFile(options.styleDirs, `${input.config.style}.css`), "utf8")}`;
  const model = buildViewModel(input);
  // Rendered once without fonts to learn which characters the document uses, then with the faces
  // those need (templates are compiled and cached: a second run costs a few milliseconds).
  const text = layout({ ...model, fontStyles: "", styles: css });
  return layout({ ...model, fontStyles: fontFaceCss(text), styles: css });
}

/** Which file wins for each template and style name, and which it shadows (`briefing templates list`). */
export function listTemplateFiles(options: RenderOptions) {
  return { templates: listLayered(options.templateDirs, ".hbs"), styles: listLayered(options.styleDirs, ".css") };
}

export { buildViewModel, type ViewModel } from "./model.js";
export { formatDate } from "./helpers.js";
