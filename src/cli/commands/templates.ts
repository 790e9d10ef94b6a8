import { cp, mkdir, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { defineCommand } from "citty";
import { UsageError } from "../../errors.js";
import { printJson, say, style } from "../output.js";

const list = defineCommand({
  meta: { name: "list", description: "Show which file wins for each template and style name, and what it shadows" },
  args: {
    dir: { type: "positional", description: "Briefing folder (its templates/ and styles/ shadow the built-ins)", required: false },
    templates: { type: "string", description: "Folder of templates that shadow the built-ins" },
    styles: { type: "string", description: "Folder of styles that shadow the built-ins" },
    json: { type: "boolean", description: "Print as JSON" },
  },
  async run({ args }) {
    const { builtinDirs, listTemplateFiles } = await import("../../render/index.js");
    const { layerDirs } = await import("../../pipeline/layers.js");
    const dir = resolve(args.dir ?? ".");
    const files = listTemplateFiles({
      templateDirs: layerDirs(dir, "templates", args.templates, builtinDirs.templates),
      styleDirs: layerDirs(dir, "styles", args.styles, builtinDirs.styles),
    });
    if (args.json) return printJson(files);
    const show = (path: string) => relative(process.cwd(), path) || path;
    for (const [kind, entries] of Object.entries(files)) {
      process.stdout.write(`${kind}\n`);
      for (const entry of entries) {
        const builtin = entry.file.startsWith(builtinDirs.templates) || entry.file.startsWith(builtinDirs.styles);
        const shadows = entry.shadows.length ? style.dim(`  (shadows ${entry.shadows.map(show).join(", ")})`) : "";
        process.stdout.write(`  ${entry.name.padEnd(28)} ${builtin ? style.dim("built-in") : show(entry.file)}${shadows}\n`);
      }
    }
  },
});

const eject = defineCommand({
  meta: { name: "eject", description: "Copy the built-in templates and styles into a folder for editing" },
  args: {
    dir: { type: "positional", description: "Where to put templates/ and styles/ (a briefing folder shadows the built-ins with them)", required: false },
    force: { type: "boolean", description: "Overwrite files that are already there" },
  },
  async run({ args }) {
    const { builtinDirs } = await import("../../render/index.js");
    const dir = resolve(args.dir ?? ".");
    for (const [kind, from] of [["templates", builtinDirs.templates], ["styles", builtinDirs.styles]] as const) {
      const to = join(dir, kind);
      if (!args.force && (await stat(to).catch(() => null))) throw new UsageError(`${relative(process.cwd(), to) || to} already exists (use --force to overwrite, or delete what you do not want to change)`);
      await mkdir(to, { recursive: true });
      await cp(from, to, { recursive: true, force: Boolean(args.force) });
    }
    say(`${style.ok("ejected")} templates/ and styles/ into ${relative(process.cwd(), dir) || "."}: delete the files you do not change, so they keep following the built-ins`);
  },
});

export default defineCommand({
  meta: { name: "templates", description: "List or eject the templates and styles" },
  subCommands: { list, eject },
});
