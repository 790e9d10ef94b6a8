import { existsSync } from "node:fs";
import { PrintError } from "../errors.js";

const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
];

/**
 * The browser to print with: `PUPPETEER_EXECUTABLE_PATH`, then the usual system locations, then a
 * browser Puppeteer downloaded into its own cache. A miss says how to get one.
 */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const given = env.PUPPETEER_EXECUTABLE_PATH;
  if (given) {
    if (existsSync(given)) return given;
    throw new PrintError(`PUPPETEER_EXECUTABLE_PATH points to ${given}, which does not exist`);
  }
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return system;
  try {
    const puppeteer = (await import("puppeteer")).default;
    const cached = puppeteer.executablePath();
    if (cached && existsSync(cached)) return cached;
  } catch {
    // Puppeteer without a downloaded browser throws here; the message below says what to do.
  }
  throw new PrintError(
    "no Chrome or Chromium found to print with. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; " +
      "or run `npm run setup`), or set PUPPETEER_EXECUTABLE_PATH to a Chrome/Chromium binary. Looked in: " +
      ["$PUPPETEER_EXECUTABLE_PATH", ...SYSTEM_BROWSERS.slice(0, 4), "Puppeteer's cache"].join(", "),
  );
}
