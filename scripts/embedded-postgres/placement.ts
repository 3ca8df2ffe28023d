import { createHash } from "node:crypto";
import { chown, lstat, mkdir, readFile, readlink, rm, stat, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { RunAs } from "./binaries";
import { clusterDir } from "./cluster";
import { isPostmasterFor, stopPid } from "./process-state";
import { blockingFolder, canReach, SHARED_ROOT, sharedFolder, UnreachableFolderError } from "./reach";

const CLUSTERS = path.join(SHARED_ROOT, "clusters");

/**
 * Where the cluster's files (PGDATA) live: `<dataDir>/cluster`. As root, when the postgres account cannot reach
 * the folder `dataDir` is in (a project under /root, or in a 0700 folder), they live in `/var/lib/tiltaksanbud/clusters/<hash of
 * dataDir>/cluster` instead and `<dataDir>/cluster` is a symlink to them. The password, the pid/port file and the
 * link stay in `dataDir`, so deleting it still means a fresh start (the files it linked to are replaced then).
 */
export async function placeCluster(dataDir: string, runAs: RunAs): Promise<string> {
  const link = clusterDir(dataDir);
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  const current = await lstat(link).catch(() => null);
  if (current?.isSymbolicLink()) return readlink(link);
  if (!runAs) return link;
  if (await canReach(runAs, path.dirname(dataDir))) {
    // Ours to open up: the account enters it to reach the cluster and the password file initdb reads.
    await chown(dataDir, runAs.uid, runAs.gid);
    return link;
  }
  if (await stat(path.join(link, "PG_VERSION")).catch(() => null)) {
    // A cluster made while the folder was reachable: moving someone's data is not ours to do silently.
    throw new UnreachableFolderError((await blockingFolder(runAs, dataDir)) ?? dataDir, `the database cluster ${link}`);
  }

  let home: string;
  try {
    home = path.join(await sharedFolder("clusters"), createHash("sha256").update(dataDir).digest("hex").slice(0, 16));
    // No link: a first start, or `.data` was deleted; either way whatever an earlier `.data` left here goes too
    // (stopping its postmaster first, should `.data` have been deleted under a running one).
    const postmaster = await livePostmaster(path.join(home, "cluster"));
    if (postmaster) await stopPid(postmaster);
    await rm(home, { recursive: true, force: true });
    await mkdir(home, { mode: 0o755 });
    await writeFile(path.join(home, "origin"), `${dataDir}\n`);
  } catch (error) {
    const detail = `Keeping the cluster in ${CLUSTERS} instead failed: ${error instanceof Error ? error.message : String(error)}.`;
    throw new UnreachableFolderError((await blockingFolder(runAs, dataDir)) ?? dataDir, "the data folder", detail);
  }
  await rm(link, { recursive: true, force: true });
  await symlink(path.join(home, "cluster"), link);
  return path.join(home, "cluster");
}

async function livePostmaster(pgdata: string): Promise<number | null> {
  const pidLine = await readFile(path.join(pgdata, "postmaster.pid"), "utf8").catch(() => "");
  const pid = Number(pidLine.split("\n")[0]);
  return pid > 0 && isPostmasterFor(pid, pgdata) ? pid : null;
}

/** The PGDATA of `dataDir` as PostgreSQL sees it (its command line names this path). */
export async function pgdataOf(dataDir: string): Promise<string> {
  return readlink(clusterDir(dataDir)).catch(() => clusterDir(dataDir));
}

/** Removes `dataDir` and, when its cluster was kept in /var/lib/tiltaksanbud, those files too. */
export async function removeDataDir(dataDir: string): Promise<void> {
  const pgdata = await pgdataOf(dataDir);
  const home = path.dirname(pgdata);
  if (path.dirname(home) === CLUSTERS) await rm(home, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}
