import { parseArgs } from "node:util";

import { tenderChain, verifyAuditChain, verifyAuditChains } from "@/lib/audit";
import { createDb } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Verifies every audit hash chain — or one: `--tender <id>` (the chain a procurement protocol cites) or
 * `--chain <name>` — exit 0 when intact, 1 on the first broken link, 2 when it could not check. Needs DATABASE_URL;
 * for the embedded database run it through the starter:
 *   tsx scripts/embedded-db.ts -- tsx scripts/audit-verify.ts [--tender <id> | --chain <name>]
 */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { tender: { type: "string" }, chain: { type: "string" } } });
  const url = env().DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set. Run: tsx scripts/embedded-db.ts -- tsx scripts/audit-verify.ts");
    return 2;
  }
  const db = createDb(url);
  try {
    const chain = values.tender ? tenderChain(values.tender) : values.chain;
    if (chain) {
      const one = await verifyAuditChain(db, chain);
      if (one.ok && one.events === 0) {
        console.error(`Audit chain ${chain} has no events (unknown competition?).`);
        return 2;
      }
      if (one.ok) {
        console.log(`Audit chain ${chain} intact: ${one.events} events.`);
        return 0;
      }
      console.error(`Audit chain BROKEN: chain ${one.chain}, seq ${one.seq}: ${one.reason}`);
      return 1;
    }
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
