import { z } from "zod";
import { ViewModelSchema } from "../schema/view-model.js";

interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  additionalProperties?: JsonSchema | boolean;
}

/**
 * docs/template-data.md, generated from `ViewModelSchema`: every field a template can use, its
 * type and what it holds. `npm run docs` writes it; a test checks it is current.
 */
export function templateDataMarkdown(): string {
  const schema = z.toJSONSchema(ViewModelSchema, { unrepresentable: "any" }) as JsonSchema;
  const rows: string[] = [];
  walk(schema, "", rows);
  return `# The data templates see

Generated from \`ViewModelSchema\` (src/schema/view-model.ts) by \`npm run docs\`: do not edit by hand.
Every template (\`templates/layout.hbs\`, \`templates/partials/*.hbs\`, or your own that shadow them)
is rendered with this object. Templates run in Handlebars' strict mode: a field not listed here is
an error naming the template file and line.

Helpers: \`{{formatDate value}}\` (a date in the briefing's locale), \`{{formatNumber value}}\`,
\`{{cite cites}}\` (footnote references, and the notes themselves with \`notes: footnotes\`),
\`{{pluralize count "source"}}\`, \`{{cssString text}}\` (a quoted CSS string, for \`@page\` margin boxes).
Partials: \`{{> source-note}}\` renders one entry of \`notes\`.

| field | type | what it holds |
|---|---|---|
${rows.join("\n")}
`;
}

function walk(schema: JsonSchema, path: string, rows: string[]): void {
  const { node, nullable } = unwrap(schema);
  if (path && !path.endsWith("[]")) rows.push(`| \`${path}\` | ${typeName(node)}${nullable ? " or null" : ""} | ${(schema.description ?? node.description ?? "").replace(/\|/g, "\\|")} |`);
  if (node.properties) for (const [key, child] of Object.entries(node.properties)) walk(child, path ? `${path}.${key}` : key, rows);
  if (node.items && unwrap(node.items).node.properties) walk(node.items, `${path}[]`, rows);
}

function unwrap(schema: JsonSchema): { node: JsonSchema; nullable: boolean } {
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((t) => t !== "null");
    return { node: { ...schema, type: types.length === 1 ? types[0]! : types }, nullable: types.length < schema.type.length };
  }
  if (!schema.anyOf) return { node: schema, nullable: false };
  const rest = schema.anyOf.filter((s) => s.type !== "null");
  return { node: { ...rest[0]!, description: schema.description ?? rest[0]!.description }, nullable: rest.length < schema.anyOf.length };
}

function typeName(node: JsonSchema): string {
  if (node.enum) return node.enum.map((v) => `\`${String(v)}\``).join(" \\| ");
  if (node.type === "array") return `list of ${node.items ? typeName(unwrap(node.items).node) : "values"}`;
  if (node.type === "integer") return "number";
  if (node.type === "object" && !node.properties) return "map";
  return String(node.type ?? "value");
}
