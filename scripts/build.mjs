// Transpiles src/ to dist/ (ESM, one file per module) so the CLI starts without compiling TypeScript.
// bin/briefing.js uses dist/ only while it is newer than every source file; otherwise it runs src/ through tsx.
import { build } from "esbuild";
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") && e.name !== "test-article.ts" ? [path] : [];
  });
}

rmSync("dist", { recursive: true, force: true });
await build({ entryPoints: sources("src"), outdir: "dist", format: "esm", platform: "node", target: "es2023", sourcemap: "linked", logLevel: "warning" });
writeFileSync("dist/.built", new Date().toISOString());
