import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { startEmbeddedPostgres, type EmbeddedOptions, type EmbeddedPostgres } from "./index";
import { removeDataDir } from "./placement";
import { sweepOrphanedClusters } from "./sweep";

/**
 * A PostgreSQL 17 in a fresh temp dir `<tmp>/<prefix>*`, fsync off, removed again by `stop()`. Clusters with
 * the same prefix left behind by a killed run are swept first (live owners' clusters are left alone).
 */
export async function startThrowawayPostgres(
  prefix: string,
  options: Omit<EmbeddedOptions, "dataDir" | "ephemeral">,
): Promise<EmbeddedPostgres> {
  await sweepOrphanedClusters(tmpdir(), prefix);
  const dataDir = await mkdtemp(path.join(tmpdir(), prefix));
  const pg = await startEmbeddedPostgres({ ...options, dataDir, ephemeral: true });
  return {
    ...pg,
    async stop() {
      await pg.stop();
      await removeDataDir(dataDir);
    },
  };
}
