import { z } from "zod";
import { parseYaml } from "../config/yaml.js";
import { IsoDaySchema } from "../schema/index.js";

/** What an article file may say about itself in YAML front matter. */
export const FrontMatterSchema = z
  .object({
    title: z.string().min(1).optional(),
    outlet: z.string().min(1).optional(),
    published: IsoDaySchema.optional(),
    /** Accepted as another name for `published`, as many static-site generators write it. */
    date: IsoDaySchema.optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    author: z.string().min(1).optional(),
  })
  .strict();

export type FrontMatter = z.infer<typeof FrontMatterSchema>;

/** Splits `---\nyaml\n---\nbody` and validates the YAML; text without front matter is all body. */
export function splitFrontMatter(text: string, file: string): { meta: FrontMatter; body: string } {
  const match = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { meta: {}, body: text };
  // Lines in errors count from the file's first line: the YAML starts on line 2.
  const meta = match[1]!.trim() ? parseYaml(match[1]!, file, FrontMatterSchema, 1) : {};
  return { meta, body: text.slice(match[0].length) };
}
