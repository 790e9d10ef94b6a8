import { join, resolve } from "node:path";

/**
 * Where templates and styles are looked up, first match wins (Eleventy's user-over-built-in order):
 * the briefing folder's own `templates/` (or `styles/`), then the folder given on the command line,
 * then the built-ins.
 */
export function layerDirs(briefingDir: string, kind: "templates" | "styles", given: string | undefined, builtin: string): string[] {
  return [join(briefingDir, kind), given, builtin].filter((d): d is string => Boolean(d)).map((d) => resolve(d));
}
