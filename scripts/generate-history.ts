/**
 * Fills the database at DATABASE_URL with the scale benchmark's award history: 100,000 competitions, about
 * 1,000,000 bids, 2,000 suppliers (prisma/seed/history.ts), on top of the demo seed (users, regions, measure types).
 * Run through `npm run db:history` (a separate database, tiltaksanbud_history, migrated first). Adds it once.
 *   tsx scripts/generate-history.ts [--tenders 100000] [--bids-per-tender 10] [--suppliers 2000]
 */
import "./throwaway-kek";

import { parseArgs } from "node:util";

import { createDb } from "@/lib/db";
import { env } from "@/lib/env";
import { BENCH_HISTORY, generateHistory, hasHistory } from "@/prisma/seed/history";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

const { values } = parseArgs({
  options: {
    tenders: { type: "string", default: String(BENCH_HISTORY.tenders) },
    "bids-per-tender": { type: "string", default: String(BENCH_HISTORY.bidsPerTender) },
    suppliers: { type: "string", default: String(BENCH_HISTORY.suppliers) },
  },
});

const url = env().DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set (run through npm run db:history)");
const db = createDb(url);
try {
  const started = performance.now();
  if (await seedIfEmpty(db, { base: FIXED_BASE })) console.log(`[history] demo seed loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (await hasHistory(db, BENCH_HISTORY.key)) {
    console.log("[history] the generated history is already there; drop the database for a new one");
  } else {
    const begun = performance.now();
    const size = { ...BENCH_HISTORY, tenders: Number(values.tenders), bidsPerTender: Number(values["bids-per-tender"]), suppliers: Number(values.suppliers) };
    const counts = await generateHistory(db, size, FIXED_BASE);
    // A fresh bulk load has no visibility map: until autovacuum gets round to it, every index-only scan (the history
    // pages') visits the heap. Vacuuming now is part of the load, and the benchmark measures the steady state.
    await db.$executeRawUnsafe(`VACUUM (ANALYZE) "Bid", "HistoryRow", "Tender", "Lot", "LotMunicipality", "AwardDecision", "AwardCriterion", "Contract"`);
    const seconds = (performance.now() - begun) / 1000;
    console.log(`[history] ${counts.tenders} competitions, ${counts.bids} bids, ${counts.suppliers} suppliers, ${counts.awards} awards in ${seconds.toFixed(1)} s`);
  }
} finally {
  await db.$disconnect();
}
