import { existsSync, watch, type FSWatcher } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";
import { BriefingError, ConfigError } from "../errors.js";
import { BrowserSession, type SessionOptions } from "../print/session.js";
import type { Warning } from "../schema/index.js";
import { IncrementalBuild } from "./rebuild.js";
import { startPreviewServer, type PreviewState } from "./server.js";

export type WatchEvent =
  | { ok: true; ms: number; changed: string[]; warnings: Warning[] }
  | { ok: false; ms: number; changed: string[]; error: Error };

export interface WatchOptions {
  /** Port for the preview (0: any free port). Default 4321. */
  port?: number;
  /** Address to listen on. Default 127.0.0.1: the preview is for this machine only. */
  host?: string;
  templates?: string | undefined;
  styles?: string | undefined;
  /** How to start or reach a browser for PDFs on demand. */
  session?: SessionOptions;
  /** Quiet time after the last change before rebuilding: editors save in several writes. */
  debounceMs?: number;
  onBuild?: (event: WatchEvent) => void;
}

export interface Preview {
  url: string;
  /** Where `/pdf` writes the PDF it prints. */
  pdfFile: string;
  /** Rebuilds now (the watcher calls this on every change). */
  rebuild(changed?: string[]): Promise<WatchEvent>;
  /** Prints the current briefing to `pdfFile` and returns its bytes. */
  pdf(): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * `briefing watch`: builds the briefing's HTML, serves it with a live-reload hook, and rebuilds on
 * every change to an article, briefing.yaml, a template or a style — the briefing folder's own and
 * those it draws on. The browser is started only when a PDF is asked for.
 */
export async function watchBriefing(dirInput: string, options: WatchOptions = {}): Promise<Preview> {
  const dir = resolve(dirInput);
  // A folder that is not there will not appear by itself: that is an error, not something to watch.
  if (!(await stat(dir).catch(() => null))?.isDirectory()) throw new ConfigError("no such briefing folder", { file: dirInput });
  const build = new IncrementalBuild(dir, { templates: options.templates, styles: options.styles });
  const outDir = join(dir, "out");
  const pdfFile = join(outDir, `${basename(dir)}.pdf`);
  let state: PreviewState = { ok: false, message: "building…" };
  let current: Awaited<ReturnType<IncrementalBuild["render"]>> | null = null;
  let browser: Promise<BrowserSession> | null = null;

  const rebuild = async (changed: string[] = []): Promise<WatchEvent> => {
    const started = performance.now();
    let event: WatchEvent;
    try {
      current = await build.render();
      state = { ok: true, html: current.html };
      event = { ok: true, ms: performance.now() - started, changed, warnings: current.warnings };
    } catch (error) {
      const message = error instanceof BriefingError ? error.located : error instanceof Error ? error.message : String(error);
      state = { ok: false, message };
      event = { ok: false, ms: performance.now() - started, changed, error: error as Error };
    }
    options.onBuild?.(event);
    return event;
  };

  const pdf = async (): Promise<Uint8Array> => {
    if (!current) throw new BriefingError("the briefing has not built yet: fix the error shown in the preview");
    const { printPdf } = await import("../print/index.js");
    browser ??= BrowserSession.start({ ...options.session, callerHandlesSignals: true });
    const { config } = current;
    await printPdf(current.html, { outFile: pdfFile, paper: config.paper, title: config.title, author: config.author, subject: config.subtitle, lang: config.locale, browser: await browser });
    const { readFile } = await import("node:fs/promises");
    return new Uint8Array(await readFile(pdfFile));
  };

  await rebuild();
  const server = await startPreviewServer({ port: options.port ?? 4321, host: options.host ?? "127.0.0.1", state: () => state, pdf });

  // One build at a time; changes that arrive meanwhile are gathered into the next one.
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | null = null;
  let pending = new Set<string>();
  const schedule = (file: string) => {
    pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(flush, options.debounceMs ?? 20);
  };
  const flush = () => {
    if (running) return;
    const changed = [...pending];
    pending = new Set();
    running = rebuild(changed).then(() => {
      server.reload();
      running = null;
      if (pending.size > 0) flush();
    });
  };

  const watchers: FSWatcher[] = [];
  const watched = [dir, ...[...build.templateDirs, ...build.styleDirs].filter((d) => existsSync(d) && !isInside(d, dir))];
  for (const root of new Set(watched)) {
    const watcher = watch(root, { recursive: true }, (_type, name) => {
      const file = name ? join(root, name.toString()) : root;
      if (ignored(file, outDir)) return;
      schedule(relative(process.cwd(), file) || file);
    });
    watcher.on("error", () => undefined);
    watchers.push(watcher);
  }

  return {
    url: server.url,
    pdfFile,
    rebuild: async (changed) => {
      const event = await rebuild(changed);
      server.reload();
      return event;
    },
    pdf,
    async close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      await running;
      await server.close();
      if (browser) await (await browser.catch(() => null))?.close();
    },
  };
}

function isInside(child: string, parent: string): boolean {
  return child === parent || child.startsWith(parent + sep);
}

/** Our own output, temporary files and editors' swap files are not changes to the briefing. */
function ignored(file: string, outDir: string): boolean {
  const name = basename(file);
  return isInside(file, outDir) || name.startsWith(".") || name.endsWith("~") || name.endsWith(".tmp") || name.endsWith(".swp") || /^\d+$/.test(name);
}
