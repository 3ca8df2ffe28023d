import { readFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** Who runs the cluster in a data dir: the supervising Node process and its postmaster. */
export type State = { ownerPid: number; postgresPid: number; port: number };

const stateFile = (dataDir: string) => path.join(dataDir, "embedded.json");

export async function readState(dataDir: string): Promise<State | null> {
  try {
    return JSON.parse(await readFile(stateFile(dataDir), "utf8")) as State;
  } catch {
    return null;
  }
}

export async function writeState(dataDir: string, state: State): Promise<void> {
  await writeFile(stateFile(dataDir), JSON.stringify(state), { mode: 0o644 });
}

export async function clearState(dataDir: string): Promise<void> {
  await rm(stateFile(dataDir), { force: true });
}

/** Alive and not a zombie (in a container, pid 1 may never reap an orphan that has exited). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

/** Whether `pid` is a postmaster serving `pgdata` (guards against a recycled pid). */
export function isPostmasterFor(pid: number, pgdata: string): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return isAlive(pid) && cmdline.includes(pgdata);
  } catch {
    return isAlive(pid);
  }
}

/** Fast shutdown (SIGINT), escalating to immediate shutdown (SIGQUIT) if it takes longer than `graceMs`. */
export async function stopPid(pid: number, graceMs = 15_000): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, "SIGINT");
  const until = Date.now() + graceMs;
  while (isAlive(pid)) {
    if (Date.now() > until) {
      process.kill(pid, "SIGQUIT");
      break;
    }
    await sleep(50);
  }
  while (isAlive(pid)) await sleep(50);
}

/** A port the OS says is free right now (bind to port 0 and read it back). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
