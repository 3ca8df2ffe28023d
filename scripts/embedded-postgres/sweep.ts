import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { pgdataOf, removeDataDir } from "./placement";
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
    // Without a state file the owner died while creating the cluster; give a slow initdb an hour.
    const abandoned = state ? !isAlive(state.ownerPid) : Date.now() - (await stat(dir)).mtimeMs > 60 * 60 * 1000;
    if (!abandoned) continue;
    if (state && isPostmasterFor(state.postgresPid, await pgdataOf(dir))) await stopPid(state.postgresPid);
    await removeDataDir(dir);
    removed++;
  }
  return removed;
}
