import { spawn } from "node:child_process";

/**
 * Opens a file with the desktop's viewer (`$BRIEFING_OPEN` if set, else xdg-open, open or start),
 * without waiting for it. Returns an error message when no viewer could be started.
 */
export function openFile(file: string): Promise<string | null> {
  const custom = process.env.BRIEFING_OPEN;
  const [command, args]: [string, string[]] = custom
    ? [custom, [file]]
    : process.platform === "darwin"
      ? ["open", [file]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", file]]
        : ["xdg-open", [file]];
  return new Promise((resolve) => {
    const child = spawn(command, args, { detached: true, stdio: "ignore" });
    child.once("error", (error) => resolve(`could not open ${file} with ${command}: ${error.message}`));
    child.once("spawn", () => {
      child.unref();
      resolve(null);
    });
  });
}
