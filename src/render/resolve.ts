import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { TemplateError } from "../errors.js";

/**
 * User files shadow built-ins, one function for both (Eleventy's layout resolution): each name is
 * looked up in the folders in order and the first file found wins.
 */
export function resolveFile(dirs: readonly string[], name: string): string {
  for (const dir of dirs) {
    const candidate = join(dir, name);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new TemplateError(`cannot find "${name}"; looked in: ${dirs.map((d) => join(d, name)).join(", ")}`, { file: name });
}

/** Every file name under the folders (relative, with `/`), each with the folder whose copy wins. */
export function listLayered(dirs: readonly string[], extension: string): Array<{ name: string; file: string; shadows: string[] }> {
  const winners = new Map<string, { name: string; file: string; shadows: string[] }>();
  for (const dir of dirs) {
    for (const name of walk(dir).filter((n) => n.endsWith(extension))) {
      const file = join(dir, name);
      const existing = winners.get(name);
      if (existing) existing.shadows.push(file);
      else winners.set(name, { name, file, shadows: [] });
    }
  }
  return [...winners.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function walk(dir: string, root = dir): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.name.startsWith(".")) return [];
    return entry.isDirectory() ? walk(full, root) : [relative(root, full).split("\\").join("/")];
  });
}
