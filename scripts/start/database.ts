import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase, dropDatabase, withDatabase } from "@/lib/db/admin";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { sweepOrphanedClusters } from "@/lib/db/embedded/sweep";
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
    await sweepOrphanedClusters(tmpdir(), E2E_PREFIX);
    const dataDir = await mkdtemp(path.join(tmpdir(), E2E_PREFIX));
    log("starting a throwaway PostgreSQL 17");
    const pg = await startEmbeddedPostgres({ dataDir, database: "tiltaksanbud", ephemeral: true, detached: false, onLog });
    return { url: pg.url, embedded: true, release: async () => (await pg.stop(), await rm(dataDir, { recursive: true, force: true })) };
  }
  log("starting embedded PostgreSQL 17 (.data/pg)");
  const pg = await startEmbeddedPostgres({ database: "tiltaksanbud", onLog });
  return { url: pg.url, embedded: true, release: pg.stop };
}
