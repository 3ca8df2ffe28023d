import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { clusterDir } from "./cluster";
import { isAlive, isPostmasterFor, readState, stopPid } from "./process-state";

/**
 * Removes throwaway clusters `<parent>/<prefix>*` whose owner died without stopping them (a killed test run),
 * stopping their postmaster first. Clusters of live owners (other engineers' runs) are left alone.
 */
export async function sweepOrphanedClusters(parent: string, prefix: string): Promise<number> {
  const entries = await readdir(parent).catch(() => [] as string[]);
  let removed = 0;
  for (const name of entries.filter((entry) => entry.startsWith(prefix))) {
    const dir = path.join(parent, name);
    const state = await readState(dir);
    if (!state || isAlive(state.ownerPid)) continue;
    if (isPostmasterFor(state.postgresPid, clusterDir(dir))) await stopPid(state.postgresPid);
    await rm(dir, { recursive: true, force: true });
    removed++;
  }
  return removed;
}
