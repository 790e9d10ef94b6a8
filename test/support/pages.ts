import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A PDF's pages as PNG images, rendered by poppler's pdftoppm at `dpi` (installed by `npm run setup`). */
export async function pageImages(pdf: string, dpi = 40): Promise<Buffer[]> {
  const dir = await mkdtemp(join(tmpdir(), "briefing-pages-"));
  try {
    await run("pdftoppm", ["-png", "-r", String(dpi), pdf, join(dir, "page")]).catch((error: Error) => {
      throw new Error(`pdftoppm failed (apt-get install -y poppler-utils, or npm run setup): ${error.message}`);
    });
    const files = (await readdir(dir)).filter((f) => f.endsWith(".png")).sort();
    return Promise.all(files.map((f) => readFile(join(dir, f))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
