import type { ArticleFacts } from "../extract/index.js";
import { assembleExtracted } from "../pipeline/assemble.js";
import { extractNaming } from "../pipeline/extract-many.js";
import { layerDirs } from "../pipeline/layers.js";
import { loadBriefing } from "../pipeline/load.js";
import { builtinDirs, renderBriefing } from "../render/index.js";
import type { Article, BriefingConfig, BriefingFacts, Warning } from "../schema/index.js";

export interface Rendered {
  html: string;
  config: BriefingConfig;
  facts: BriefingFacts;
  warnings: Warning[];
  ms: number;
}

/**
 * Rebuilds a briefing's HTML as files change, redoing only what changed: an article is extracted
 * again only when its text or metadata differ from the last run, templates are recompiled only when
 * a template file changed (the renderer's cache), and a style or briefing.yaml edit costs a render.
 */
export class IncrementalBuild {
  private readonly extracted = new Map<string, { key: string; facts: ArticleFacts }>();
  readonly templateDirs: string[];
  readonly styleDirs: string[];

  constructor(
    readonly dir: string,
    options: { templates?: string | undefined; styles?: string | undefined } = {},
  ) {
    this.templateDirs = layerDirs(dir, "templates", options.templates, builtinDirs.templates);
    this.styleDirs = layerDirs(dir, "styles", options.styles, builtinDirs.styles);
  }

  async render(): Promise<Rendered> {
    const started = performance.now();
    const loaded = await loadBriefing(this.dir);
    const perArticle = loaded.articles.map((article) => this.extract(article));
    const seen = new Set(loaded.articles.map((a) => a.id));
    for (const id of this.extracted.keys()) if (!seen.has(id)) this.extracted.delete(id);
    const facts = assembleExtracted(perArticle, loaded);
    const html = renderBriefing({ config: loaded.config, facts }, { templateDirs: this.templateDirs, styleDirs: this.styleDirs });
    return { html, config: loaded.config, facts, warnings: facts.warnings, ms: performance.now() - started };
  }

  private extract(article: Article): ArticleFacts {
    const { path: _path, ...content } = article;
    const key = JSON.stringify(content);
    const hit = this.extracted.get(article.id);
    if (hit?.key === key) return hit.facts;
    const facts = extractNaming(article);
    this.extracted.set(article.id, { key, facts });
    return facts;
  }
}
