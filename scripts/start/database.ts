import { randomBytes } from "node:crypto";
import { createDatabase, dropDatabase, withDatabase } from "@/lib/db/admin";
import { DEFAULT_DATA_DIR, startEmbeddedPostgres } from "@/scripts/embedded-postgres";
import { clusterDir } from "@/scripts/embedded-postgres/cluster";
import { pgdataOf } from "@/scripts/embedded-postgres/placement";
import { startThrowawayPostgres } from "@/scripts/embedded-postgres/throwaway";
import { env } from "@/lib/env";

export type ProvidedDatabase = { url: string; embedded: boolean; release(): Promise<void> };

const E2E_PREFIX = "tiltaksanbud-e2e-pg-";
const onLog = (line: string) => {
  if (/\b(FATAL|PANIC)\b/.test(line)) console.error(`[postgres] ${line}`);
};

/**
 * Dev: DATABASE_URL as given, else the embedded cluster in .data/pg. Test: always a new, empty database — a
 * throwaway cluster in a temp dir, or a new database on DATABASE_URL's server — so e2e never touches dev data.
 */
export async function provideDatabase({ testMode, log }: { testMode: boolean; log(message: string): void }): Promise<ProvidedDatabase> {
  const given = env().DATABASE_URL;
  if (given && !testMode) return { url: given, embedded: false, release: async () => undefined };
  if (given) {
    const name = `tiltaksanbud_e2e_${randomBytes(4).toString("hex")}`;
    await createDatabase(given, name);
    log(`test database ${name}`);
    return { url: withDatabase(given, name), embedded: false, release: () => dropDatabase(given, name) };
  }
  if (testMode) {
    log("starting a throwaway PostgreSQL 17");
    const pg = await startThrowawayPostgres(E2E_PREFIX, { database: "tiltaksanbud", detached: false, onLog });
    return { url: pg.url, embedded: true, release: pg.stop };
  }
  log("starting embedded PostgreSQL 17 (.data/pg)");
  const pg = await startEmbeddedPostgres({ database: "tiltaksanbud", onLog });
  const pgdata = await pgdataOf(DEFAULT_DATA_DIR);
  if (pgdata !== clusterDir(DEFAULT_DATA_DIR)) log(`the postgres account cannot reach this folder: the cluster's files are in ${pgdata} (.data/pg/cluster links there)`);
  return { url: pg.url, embedded: true, release: pg.stop };
}
