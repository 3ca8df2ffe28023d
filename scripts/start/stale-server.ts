import { readFileSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { isAlive, stopPid } from "@/scripts/embedded-postgres/process-state";

/**
 * A `next start` left behind when its supervisor was SIGKILLed still holds the port. Stop it, but only if the
 * recorded pid is still a Next.js server (pids are recycled).
 */
export async function stopStaleServer(pidFile: string): Promise<void> {
  const pid = Number((await readFile(pidFile, "utf8").catch(() => "")).trim());
  if (!pid || !isAlive(pid)) return;
  let cmdline = "";
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return;
  }
  if (cmdline.includes("next")) await stopPid(pid);
  await rm(pidFile, { force: true });
}

export async function recordServer(pidFile: string, pid: number | undefined): Promise<void> {
  if (!pid) return;
  await mkdir(path.dirname(pidFile), { recursive: true });
  await writeFile(pidFile, String(pid));
}
