import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { z } from "zod";
import { ConfigError } from "../errors.js";

/**
 * Parses YAML text and validates it against a zod schema, once, at the boundary. Every problem
 * becomes a `ConfigError` located at `file:line` from the YAML node the problem is in.
 *
 * @example parseYaml("title: 3\n", "briefing.yaml", BriefingConfigSchema)
 */
export function parseYaml<S extends z.ZodType>(text: string, file: string, schema: S, lineOffset = 0): z.infer<S> {
  return parseYamlWithLines(text, file, schema, lineOffset).data;
}

/** As `parseYaml`, and a way to find the line of any value in the file (for warnings about it). */
export function parseYamlWithLines<S extends z.ZodType>(text: string, file: string, schema: S, lineOffset = 0): { data: z.infer<S>; lineOf: (path: Array<string | number>) => number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line + lineOffset;
    throw new ConfigError(`malformed YAML: ${firstError.message.split("\n")[0]}`, { file, line });
  }
  // Dates stay strings ("2016-11-06"): the schemas validate them as calendar days.
  const data: unknown = doc.toJS({ maxAliasCount: 50 }) ?? {};
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data as z.infer<S>, lineOf: (path) => lineOf(doc, path.map(String), lineCounter) + lineOffset };
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String);
  const linePath = issue.code === "unrecognized_keys" ? [...path, issue.keys[0] ?? ""] : path;
  const line = lineOf(doc, linePath, lineCounter) + lineOffset;
  const where = path.length ? `${path.join(".")}: ` : "";
  const message = issue.code === "unrecognized_keys" ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}` : issue.message;
  throw new ConfigError(`${where}${message}`, { file, line, cause: result.error });
}

/** The line of the deepest node along `path` that exists (the key itself for unknown keys). */
function lineOf(doc: Document, path: string[], lineCounter: LineCounter): number {
  let node: unknown = doc.contents;
  let at = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === key);
      if (!pair) break;
      const keyNode = pair.key as Node | null;
      at = keyNode?.range?.[0] ?? at;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(key)] as Node | undefined;
      if (!item) break;
      at = item.range?.[0] ?? at;
      node = item;
    } else break;
  }
  return lineCounter.linePos(at).line;
}
