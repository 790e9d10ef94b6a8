import { defineCommand, runCommand, showUsage, type CommandDef } from "citty";
import { BriefingError, UsageError } from "../errors.js";
import { keepHeapNearLiveSize } from "./heap.js";
import { say, style } from "./output.js";

// Commands load lazily: `--help` and `check` never pay for the browser or the NLP model.
export const main = defineCommand({
  meta: { name: "briefing", version: "0.1.0", description: "Turn a folder of news articles into a printed situation briefing" },
  subCommands: {
    build: () => import("./commands/build.js").then((m) => m.default),
    extract: () => import("./commands/extract.js").then((m) => m.default),
    check: () => import("./commands/check.js").then((m) => m.default),
    init: () => import("./commands/init.js").then((m) => m.default),
    templates: () => import("./commands/templates.js").then((m) => m.default),
    eval: () => import("./commands/eval.js").then((m) => m.default),
    watch: () => import("./commands/watch.js").then((m) => m.default),
  },
});

/** Runs the CLI and returns the exit code: 0 ok, 1 failed, 2 bad usage. */
export async function runCli(rawArgs: string[]): Promise<number> {
  const [sub, target] = await findCommand(main, rawArgs);
  if (rawArgs.includes("--help") || rawArgs.includes("-h") || rawArgs.length === 0) {
    await showUsage(sub, target);
    return rawArgs.length === 0 ? 2 : 0;
  }
  if (rawArgs.length === 1 && (rawArgs[0] === "--version" || rawArgs[0] === "-v")) {
    process.stdout.write("0.1.0\n");
    return 0;
  }
  try {
    await runCommand(main, { rawArgs });
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    return report(error);
  }
}

function report(error: unknown): number {
  if (error instanceof UsageError || (error instanceof Error && error.name === "CLIError")) {
    say(`${style.error("error")} ${(error as Error).message}`);
    say(style.dim("(run with --help for usage)"));
    return 2;
  }
  if (error instanceof BriefingError) {
    say(`${style.error("error")} ${error.located}`);
    if (process.env.BRIEFING_DEBUG && error.cause) say(String((error.cause as Error).stack ?? error.cause));
    return 1;
  }
  say(`${style.error("error")} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return 1;
}

async function findCommand(root: CommandDef, rawArgs: string[]): Promise<[CommandDef, CommandDef | undefined]> {
  const name = rawArgs.find((a) => !a.startsWith("-"));
  const subs = (typeof root.subCommands === "function" ? await root.subCommands() : root.subCommands) as Record<string, () => Promise<CommandDef>> | undefined;
  const loader = name ? subs?.[name] : undefined;
  return loader ? [await loader(), root] : [root, undefined];
}

const isEntry = process.argv[1] && /briefing(\.js)?$|main\.ts$/.test(process.argv[1]);
if (isEntry) {
  keepHeapNearLiveSize();
  // `briefing extract … | head`: a reader that stops early is no error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await runCli(process.argv.slice(2));
}
