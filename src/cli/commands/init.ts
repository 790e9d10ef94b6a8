import { mkdir, readdir, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { defineCommand } from "citty";
import { UsageError } from "../../errors.js";
import { say, style } from "../output.js";

const EXAMPLE_CONFIG = (title: string, today: string) => `# briefing.yaml — every field is described in the README ("briefing.yaml").
title: ${JSON.stringify(title)}
# subtitle: One line under the title
# report_number: SB-001
as_of: ${today}
# period: { from: 2024-01-01, to: ${today} }
# handling: TLP:AMBER          # or free text such as "FOR TRAINING USE"
# author: Your desk
paper: a4                     # a4 or letter
locale: en-GB                 # dates and numbers: en-GB, en-US, fr-FR …

takeaways:
  - The one thing the reader must know, in a line of Markdown.

summary: |
  **Bottom line up front.** Two or three sentences, in Markdown, written by you.

timeline:
  order: oldest-first         # or newest-first
  # max: 12

# Metadata the article files lack, keyed by file name without extension:
# sources:
#   2024-05-01-some-article:
#     outlet: Reuters
#     published: 2024-05-01
#     url: https://example.org/story
#     grade: B2               # Admiralty grade: reliability A–F, credibility 1–6
`;

const EXAMPLE_ARTICLE = (today: string) => `---
title: Replace this with a real article
outlet: Example Outlet
published: ${today}
---
Put the article text here, one paragraph after another. Any .txt, .md or .html file in this
folder is read; Markdown files may start with front matter like the lines above.
`;

export default defineCommand({
  meta: { name: "init", description: "Create a new briefing folder with an example briefing.yaml and an articles/ folder" },
  args: {
    dir: { type: "positional", description: "Folder to create", required: true },
    force: { type: "boolean", description: "Write into a folder that already has files" },
  },
  async run({ args }) {
    const dir = resolve(args.dir);
    const existing = await readdir(dir).catch(() => [] as string[]);
    if (existing.length > 0 && !args.force) throw new UsageError(`${args.dir} is not empty (use --force to write into it anyway)`);
    const today = new Date().toISOString().slice(0, 10);
    await mkdir(join(dir, "articles"), { recursive: true });
    const title = basename(dir).replace(/[-_]+/g, " ").replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    await writeFile(join(dir, "briefing.yaml"), EXAMPLE_CONFIG(title, today), { flag: args.force ? "w" : "wx" });
    await writeFile(join(dir, "articles", "example-article.md"), EXAMPLE_ARTICLE(today), { flag: args.force ? "w" : "wx" });
    say(`${style.ok("created")} ${args.dir}/briefing.yaml and ${args.dir}/articles/`);
    say(`next: put articles in ${args.dir}/articles/, then run: npx briefing build ${args.dir}`);
  },
});
