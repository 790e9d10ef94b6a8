import { createRequire } from "node:module";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import type { Browser, Page } from "puppeteer";
import { PrintError } from "../errors.js";
import { findBrowser } from "./browser-path.js";

/** Flags for a headless Chromium that prints and does nothing else (and runs as root in CI). */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
  "--no-first-run",
  "--no-default-browser-check",
  "--mute-audio",
  // Pages print side by side (`build --all`); the paged-media layout runs on timers and animation
  // frames, which Chromium all but stops in pages it considers in the background.
  "--disable-background-timer-throttling",
  "--disable-renderer-backgrounding",
  "--disable-backgrounding-occluded-windows",
];

export interface SessionOptions {
  /** Connect to a running Chrome (`ws://…`, e.g. browserless) instead of launching one. */
  browserWSEndpoint?: string | undefined;
  /** How long one print may take before the browser is judged hung. */
  timeoutMs?: number;
  /** How long the browser may take to start. */
  launchTimeoutMs?: number;
  /**
   * Leave Ctrl-C and termination signals to the caller (who must then close the session), rather
   * than letting Puppeteer close the browser and exit with 130. `briefing watch` stops cleanly itself.
   */
  callerHandlesSignals?: boolean;
}

export interface PageOptions {
  paper: "a4" | "letter";
}

/**
 * One browser that prints many documents, one fresh page each, so `build --all` pays the start-up
 * once. A print that hangs or crashes restarts the browser and is tried once more.
 */
export class BrowserSession {
  private browser: Browser | undefined;
  /** Pages that printed and wait for the next document. */
  private idle: Page[] = [];
  private userDataDir: string | undefined;
  private readonly timeoutMs: number;
  /** Every browser process this session started, restarts included: none may outlive `close()`. */
  readonly pids: number[] = [];

  private constructor(private readonly options: SessionOptions) {
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  /**
   * Starts a browser, or connects to a running one: `browserWSEndpoint`, else `$BRIEFING_BROWSER_ENDPOINT`.
   * @example const session = await BrowserSession.start();
   */
  static async start(options: SessionOptions = {}): Promise<BrowserSession> {
    const session = new BrowserSession({ ...options, browserWSEndpoint: options.browserWSEndpoint ?? process.env.BRIEFING_BROWSER_ENDPOINT });
    await session.open();
    return session;
  }

  private async open(): Promise<Browser> {
    const puppeteer = (await import("puppeteer")).default;
    if (this.options.browserWSEndpoint) {
      try {
        this.browser = await puppeteer.connect({ browserWSEndpoint: this.options.browserWSEndpoint });
      } catch (error) {
        throw new PrintError(`cannot connect to the browser at ${this.options.browserWSEndpoint}: ${(error as Error).message}`, { cause: error });
      }
      return this.browser;
    }
    const executablePath = await findBrowser();
    this.userDataDir = await mkdtemp(join(tmpdir(), "briefing-chromium-"));
    try {
      this.browser = await puppeteer.launch({
        executablePath,
        headless: true,
        // Not `pipe: true`: over a pipe Puppeteer waits forever for a browser that never answers;
        // it honours the launch timeout only while waiting for the DevTools address.
        args: CHROMIUM_ARGS,
        userDataDir: this.userDataDir,
        timeout: this.options.launchTimeoutMs ?? 30_000,
        ...(this.options.callerHandlesSignals ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
      });
      const pid = this.browser.process()?.pid;
      if (pid) this.pids.push(pid);
    } catch (error) {
      await this.cleanUp();
      throw new PrintError(`the browser at ${executablePath} would not start: ${(error as Error).message.split("\n")[0]}`, { file: executablePath, cause: error });
    }
    return this.browser;
  }

  /** HTML → PDF bytes. Loads nothing but the document itself: every other request is refused. */
  async print(html: string, options: PageOptions): Promise<Uint8Array> {
    try {
      return await this.withTimeout(this.printOnce(html, options));
    } catch (first) {
      if (first instanceof PrintError && first.message.startsWith("cannot connect")) throw first;
      // A hung or crashed browser gets one fresh start; a second failure is the real answer.
      await this.restart();
      try {
        return await this.withTimeout(this.printOnce(html, options));
      } catch (second) {
        throw second instanceof PrintError ? second : new PrintError(`printing failed twice: ${(second as Error).message}`, { cause: second });
      }
    }
  }

  private async printOnce(html: string, options: PageOptions): Promise<Uint8Array> {
    const browser = this.browser ?? (await this.open());
    const page = this.idle.pop() ?? (await this.newPage(browser));
    // Footnotes need a paged-media layout that Chromium lacks: the polyfill, from disk, is the one
    // script a page ever runs. Article text is escaped into the document and never runs.
    const paged = html.includes('<meta name="briefing-pagination" content="paged-media">');
    try {
      await page.setJavaScriptEnabled(paged);
      await page.setContent(html, { waitUntil: "load", timeout: this.timeoutMs });
      if (paged) await paginate(page);
      // Faces used only in the page margins (running header, page numbers) are never requested by
      // the layout, and would print as blank: load every declared face first. This runs in
      // Puppeteer's own context; the page's scripts stay disabled.
      await page.evaluate(() => Promise.all([...document.fonts].map((face) => face.load().catch(() => undefined))));
      const pdf = await page.pdf({
        format: options.paper === "letter" ? "letter" : "a4",
        preferCSSPageSize: true,
        printBackground: true,
        outline: true,
        tagged: true,
        timeout: this.timeoutMs,
      });
      // A page is reused for the next print: a fresh one costs more than half of a print, and the
      // fonts it has decoded stay decoded.
      if (this.browser === browser) this.idle.push(page);
      else await page.close().catch(() => undefined);
      return pdf;
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    }
  }

  /** A page that runs no scripts (but the paged-media polyfill) and loads nothing but the document itself: every other request is refused. */
  private async newPage(browser: Browser): Promise<Page> {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      const url = request.url();
      if (url.startsWith("data:") || url === "about:blank") void request.continue();
      else void request.abort("blockedbyclient");
    });
    return page;
  }

  private withTimeout<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PrintError(`the browser did not finish printing within ${Math.round(this.timeoutMs / 1000)} s`)), this.timeoutMs);
    });
    return Promise.race([work, limit]).finally(() => clearTimeout(timer));
  }

  private async restart(): Promise<void> {
    await this.close();
    await this.open();
  }

  /** Closes the browser (or disconnects from a remote one) and removes its profile folder. */
  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    const idle = this.idle;
    this.idle = [];
    if (browser) {
      // A remote browser outlives the session: leave none of our pages open in it.
      if (this.options.browserWSEndpoint) await Promise.all(idle.map((page) => page.close().catch(() => undefined)));
      if (this.options.browserWSEndpoint) await browser.disconnect().catch(() => undefined);
      else {
        const closed = browser.close().catch(() => undefined);
        // A hung browser may never answer close(): kill its process so nothing is left behind.
        const killed = new Promise<void>((done) => setTimeout(() => {
          browser.process()?.kill("SIGKILL");
          done();
        }, 5_000).unref());
        await Promise.race([closed, killed]);
        browser.process()?.kill("SIGKILL");
      }
    }
    await this.cleanUp();
  }

  private async cleanUp(): Promise<void> {
    if (this.userDataDir) await rm(this.userDataDir, { recursive: true, force: true }).catch(() => undefined);
    this.userDataDir = undefined;
  }
}

/** The browser build of Paged.js, found beside the package's entry point (its exports hide dist/). */
function pagedScript(): string {
  const entry = createRequire(import.meta.url).resolve("pagedjs");
  return join(entry.slice(0, entry.lastIndexOf(`${sep}pagedjs${sep}`) + `${sep}pagedjs${sep}`.length), "dist", "paged.js");
}

// Runs in the page, so it is plain JavaScript text: a compiled function would carry the bundler's
// helpers, which the page does not have. Notes arrive in the order of their calls; a reader looks
// them up by number, so each page's notes are put in order afterwards (same heights, new order).
const LAY_OUT_PAGES = `(async () => {
  // Keep each heading with what follows it: a heading and a short block (or a table's first rows,
  // by making the heading the table's caption) go together onto the next page when they do not fit.
  for (const heading of document.querySelectorAll("main h2, main h3")) {
    const next = heading.nextElementSibling;
    if (!next) continue;
    if (next.tagName === "TABLE" && next.rows.length > 5) {
      const caption = document.createElement("caption");
      caption.className = "heading-caption";
      next.prepend(caption);
      caption.append(heading);
    } else {
      const keep = document.createElement("div");
      keep.className = "keep-with-next";
      heading.before(keep);
      keep.append(heading, next);
    }
  }
  await new window.Paged.Previewer().preview();
  const numberOf = (note) => Number(note.querySelector(".footnote-number")?.textContent ?? 0);
  for (const area of document.querySelectorAll(".pagedjs_footnote_inner_content")) {
    for (const note of [...area.children].sort((a, b) => numberOf(a) - numberOf(b))) area.appendChild(note);
  }
})()`;

/** Lays the document out in pages with Paged.js (CSS footnotes, margin boxes), ready to print. */
async function paginate(page: Page): Promise<void> {
  // Chromium gives animation frames only to the page in front; with several pages printing at once
  // the others would wait forever. Every measurement the layout takes forces layout anyway.
  await page.evaluate("window.requestAnimationFrame = (callback) => setTimeout(() => callback(performance.now()), 0)");
  // A reused page keeps its window across documents: the polyfill is parsed once per page.
  if (!(await page.evaluate("typeof window.Paged !== 'undefined'"))) await page.addScriptTag({ path: pagedScript() });
  await page.evaluate(LAY_OUT_PAGES);
}
