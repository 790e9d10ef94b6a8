import { defineCommand } from "citty";
import { UsageError } from "../../errors.js";
import { printWarnings, say, style } from "../output.js";

export default defineCommand({
  meta: { name: "watch", description: "Rebuild a briefing on every change and serve a live preview that reloads itself; the PDF on demand" },
  args: {
    dir: { type: "positional", description: "Briefing folder", required: true },
    port: { type: "string", description: "Port for the preview (0: any free port)", default: "4321" },
    host: { type: "string", description: "Address to listen on", default: "127.0.0.1" },
    templates: { type: "string", description: "Folder of templates that shadow the built-ins" },
    styles: { type: "string", description: "Folder of styles that shadow the built-ins" },
    "browser-endpoint": { type: "string", description: "Print PDFs through a running Chrome (ws://…); also $BRIEFING_BROWSER_ENDPOINT" },
  },
  async run({ args }) {
    const port = Number(args.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError("--port must be a whole number from 0 to 65535");
    const { watchBriefing } = await import("../../watch/index.js");
    const preview = await watchBriefing(args.dir, {
      port,
      host: args.host,
      templates: args.templates,
      styles: args.styles,
      ...(args["browser-endpoint"] ? { session: { browserWSEndpoint: args["browser-endpoint"] } } : {}),
      onBuild: (event) => {
        const what = event.changed.length ? ` ${style.dim(`(${event.changed.slice(0, 3).join(", ")}${event.changed.length > 3 ? ", …" : ""})`)}` : "";
        if (event.ok) {
          printWarnings(event.warnings);
          say(`${style.ok("rebuilt")} in ${Math.round(event.ms)} ms${what}`);
        } else {
          say(`${style.error("error")} ${(event.error as { located?: string }).located ?? event.error.message}${what}`);
        }
      },
    });
    say(`Preview: ${preview.url}  ·  PDF: ${preview.url}pdf (writes ${preview.pdfFile})`);
    say(style.dim("Watching the articles, briefing.yaml, templates and styles. Ctrl-C to stop."));
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        void preview.close().then(resolve);
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
  },
});
