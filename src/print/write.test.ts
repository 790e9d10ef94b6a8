import { mkdtemp, readdir, readFile, rm, writeFile as realWriteFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

// A full disk shows up as ENOSPC after part of the file is on disk: the mock writes half the
// bytes for real, then fails the way the kernel would.
const diskFull = vi.hoisted(() => ({ on: false }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...fs,
    writeFile: async (...args: Parameters<typeof fs.writeFile>) => {
      if (!diskFull.on) return fs.writeFile(...args);
      const [path, data] = args;
      const bytes = typeof data === "string" ? Buffer.from(data) : Buffer.from(data as Uint8Array);
      await fs.writeFile(path, bytes.subarray(0, bytes.length >> 1));
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    },
  };
});

const { writeFileAtomically } = await import("./index.js");

describe("writeFileAtomically", () => {
  const scratchDirs: string[] = [];
  async function scratchDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "briefing-write-"));
    scratchDirs.push(dir);
    return dir;
  }

  afterEach(async () => {
    diskFull.on = false;
    await Promise.all(scratchDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it("replaces the file in one step", async () => {
    const dir = await scratchDir();
    const file = join(dir, "brief.pdf");
    await realWriteFile(file, "old");
    await writeFileAtomically(file, "new");
    expect(await readFile(file, "utf8")).toBe("new");
    expect(await readdir(dir)).toEqual(["brief.pdf"]);
  });

  it("on a full disk keeps the old PDF intact, removes the partial temporary file and says why", async () => {
    const dir = await scratchDir();
    const file = join(dir, "brief.pdf");
    await realWriteFile(file, "%PDF-old");
    diskFull.on = true;
    const failure = writeFileAtomically(file, new Uint8Array(4096).fill(65));
    await expect(failure).rejects.toThrow(/cannot write the output: ENOSPC: no space left on device/);
    await expect(failure).rejects.toMatchObject({ name: "PrintError", file });
    expect(await readFile(file, "utf8")).toBe("%PDF-old");
    expect(await readdir(dir)).toEqual(["brief.pdf"]);
  });

  it("on a full disk with no earlier PDF leaves nothing behind", async () => {
    const dir = await scratchDir();
    diskFull.on = true;
    await expect(writeFileAtomically(join(dir, "brief.pdf"), "x".repeat(100))).rejects.toThrow(/ENOSPC/);
    expect(await readdir(dir)).toEqual([]);
  });
});
