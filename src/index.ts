/**
 * briefing as a library: the same functions the CLI uses, for a job-queue worker or a server.
 *
 * @example
 * import { buildBriefing } from "briefing";
 * const { output, timings } = await buildBriefing("briefings/raqqa", { format: "pdf" });
 */
export { buildBriefing, type BuildOptions, type BuildResult, type OutputFormat } from "./pipeline/build.js";
export { checkBriefing, type CheckProblem, type CheckResult } from "./pipeline/check.js";
export { assembleFacts } from "./pipeline/assemble.js";
export { loadBriefing, type LoadedBriefing } from "./pipeline/load.js";
export { extractArticle, extractors, type ArticleFacts } from "./extract/index.js";
export { BriefingError, ConfigError, IngestError, PrintError, TemplateError, UsageError } from "./errors.js";
export * from "./schema/index.js";
