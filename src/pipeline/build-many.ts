import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { BriefingError } from "../errors.js";
import { BrowserSession } from "../print/index.js";
import { buildBriefing, type BuildOptions, type BuildResult } from "./build.js";

export interface ManyResult {
  dir: string;
  ok: boolean;
  result?: BuildResult;
  error?: BriefingError | Error;
  ms: number;
}

/** The briefing folders directly under `root`: those holding a briefing.yaml or an articles/ folder. */
export async function findBriefingFolders(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.filter((e) => e.isDirectory() && !e.name.startsWith(".")).sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = join(root, entry.name);
    const marker = await Promise.any([stat(join(dir, "briefing.yaml")), stat(join(dir, "articles"))]).catch(() => null);
    if (marker) found.push(dir);
  }
  return found;
}

/**
 * Builds many briefings with one browser and a pool of `concurrency` builds at a time. One failing
 * briefing does not stop the others; each result says how it went.
 */
export async function buildMany(
  dirs: string[],
  options: Omit<BuildOptions, "browser" | "out"> & { outDir?: string; concurrency: number; onDone?: (r: ManyResult, done: number, total: number) => void },
): Promise<ManyResult[]> {
  const needsBrowser = (options.format ?? "pdf") === "pdf";
  const browser = needsBrowser ? await BrowserSession.start(options.session) : undefined;
  const results: ManyResult[] = new Array(dirs.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < dirs.length) {
      const index = next++;
      const dir = dirs[index]!;
      const started = performance.now();
      try {
        const result = await buildBriefing(dir, { ...options, ...(options.outDir ? { out: options.outDir } : {}), ...(browser ? { browser } : {}) });
        results[index] = { dir, ok: true, result, ms: performance.now() - started };
      } catch (error) {
        results[index] = { dir, ok: false, error: error as Error, ms: performance.now() - started };
      }
      options.onDone?.(results[index]!, ++done, dirs.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, dirs.length)) }, worker));
  } finally {
    await browser?.close();
  }
  return results;
}
