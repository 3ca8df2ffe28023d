import { verifyAuditChains } from "@/lib/audit";
import { createDb } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Verifies every audit hash chain; exit 0 when intact, 1 on the first broken link, 2 when it could
 * not check. Needs DATABASE_URL; for the embedded database run it through the starter:
 *   tsx scripts/embedded-db.ts -- tsx scripts/audit-verify.ts
 */
async function main(): Promise<number> {
  const url = env().DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set. Run: tsx scripts/embedded-db.ts -- tsx scripts/audit-verify.ts");
    return 2;
  }
  const db = createDb(url);
  try {
    const result = await verifyAuditChains(db);
    if (result.ok) {
      console.log(`Audit log intact: ${result.events} events in ${result.chains} chains.`);
      return 0;
    }
    console.error(`Audit chain BROKEN: chain ${result.chain}, seq ${result.seq}: ${result.reason}`);
    return 1;
  } catch (error) {
    console.error("Audit verification failed to run:", error instanceof Error ? error.message : error);
    return 2;
  } finally {
    await db.$disconnect();
  }
}

process.exitCode = await main();
