import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { ConfigError } from "../errors.js";
import { BriefingConfigSchema, type BriefingConfig, type Warning } from "../schema/index.js";
import { parseYamlWithLines } from "./yaml.js";

export const CONFIG_FILE = "briefing.yaml";

export interface LoadedConfig {
  config: BriefingConfig;
  /** The file read, or null when the folder has none and defaults were used. */
  file: string | null;
  /** The line of a value in the file, for warnings that point at it. */
  lineOf: (path: Array<string | number>) => number | undefined;
  warnings: Warning[];
}

/**
 * Reads and validates `<dir>/briefing.yaml`. A folder without one still builds, titled after the
 * folder, with a warning; a file that is there but wrong is an error naming file and line.
 */
export async function loadBriefingConfig(dir: string): Promise<LoadedConfig> {
  const file = join(dir, CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw new ConfigError(`cannot read: ${(error as Error).message}`, { file, cause: error });
    const config = BriefingConfigSchema.parse({ title: titleFromFolder(dir) });
    return { config, file: null, lineOf: () => undefined, warnings: [{ code: "no-config", message: `no ${CONFIG_FILE} in ${dir}: using defaults (run \`briefing init\` to create one)`, file }] };
  }
  if (!text.trim()) throw new ConfigError("empty file: a briefing needs at least a title", { file, line: 1 });
  const { data, lineOf } = parseYamlWithLines(text, file, BriefingConfigSchema);
  return { config: data, file, lineOf, warnings: [] };
}

function titleFromFolder(dir: string): string {
  const name = basename(dir.replace(/[\\/]+$/, "")) || "Briefing";
  return name.replace(/[-_]+/g, " ").replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
