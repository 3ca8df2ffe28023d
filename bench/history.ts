/**
 * Award history benchmark, server-side: run against the generated history (`npm run db:history` first), via
 * `npm run bench:history`. Prints p50/p95 per measured query and EXPLAIN ANALYZE of the slowest history query.
 * Targets on the 2-core box: history page (rows + totals) p95 < 80 ms, CSV of 10,000 rows < 2 s, each analytics
 * fact query, the whole dashboard and an OCDS page < 300 ms.
 *
 * Adding a measured query is one line in MEASURES: `measure("name", targetMs, () => somePromise)`.
 * Env: BENCH_RUNS (20), BENCH_ONLY (measure only the names containing it, e.g. "analytics"), BENCH_TIMEOUT_MS.
 */
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";

import type { ScopeCondition } from "@/lib/auth/policy";
import { createDb } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { historyCsv } from "@/lib/history/csv";
import { ZHistoryFilter, type THistoryFilterInput } from "@/lib/history/filter";
import { historyBatches, historyPage, historyPageSql, historyTotals } from "@/lib/history/rows";
import { buildDashboard } from "@/lib/analytics/dashboard";
import {
  loadBidderHistogram, loadCoveredPairs, loadPriceFacts, loadQualityWeights, loadSuccessionCounts, loadSupplierAwards, loadSupplierCoverage, loadWinnerScores,
  type AnalyticsFilter,
} from "@/lib/analytics/facts";
import { resolvePeriod } from "@/lib/analytics/period";
import { createTranslator } from "@/lib/i18n";
import { encodeReleaseCursor } from "@/lib/ocds/cursor";
import { listOcdsReleases } from "@/lib/ocds/queries/open-data";
import { runQuery } from "@/lib/query";
import { systemClock } from "@/lib/clock";
import { FIXED_BASE } from "@/prisma/seed/time";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARMUP = 3;

const url = env().DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set (run through npm run bench:history)");
// A query past the timeout is reported as such rather than waited for.
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 60_000);
const db = createDb(`${url}${url.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c statement_timeout=${TIMEOUT_MS}`)}`);
const t = createTranslator("nb");

const NATIONAL: ScopeCondition[] = [{}];
const [big] = await db.$queryRaw<{ id: string; code: string; name: string }[]>`
  SELECT r."id", r."code", r."name" FROM "Region" r JOIN "Tender" t ON t."regionId" = r."id" GROUP BY r."id" ORDER BY count(*) DESC LIMIT 1`;
if (!big) throw new Error("no competitions: run npm run db:history first");
const REGIONAL: ScopeCondition[] = [{ regionId: { in: [big.id] } }];
const filter = (input: THistoryFilterInput) => ZHistoryFilter.parse(input);

/** The history page as the page loads it: the rows and the totals, side by side (and its SQL, to EXPLAIN). */
const page = (input: THistoryFilterInput, scope: ScopeCondition[]) => ({
  run: () => Promise.all([historyPage(db, filter(input), scope), historyTotals(db, filter(input), scope)]),
  sql: historyPageSql(filter(input), scope),
});

async function csvRows(input: THistoryFilterInput, scope: ScopeCondition[]): Promise<number> {
  let lines = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const byte of chunk) if (byte === 10) lines++;
      done();
    },
  });
  await pipeline(historyCsv(historyBatches(db, filter(input), scope), { format: "nb", t, locale: "nb" }), sink);
  return lines - 1;
}

// A filter of about 10,000 rows for the export: the whole history up to a decision date chosen to hit that count.
const [cut] = await db.$queryRaw<{ to: Date }[]>`
  SELECT a."approvedAt" AS "to" FROM "AwardDecision" a WHERE a."status" = 'APPROVED' ORDER BY a."approvedAt" OFFSET 9999 LIMIT 1`;
const csvFilter: THistoryFilterInput = cut ? { to: cut.to.toISOString().slice(0, 10), sort: "decidedAt", dir: "asc" } : {};

// The dashboard's default period as of the generated history's base date (1 January of last year through today).
const period = resolvePeriod({ region: undefined, from: undefined, to: undefined }, FIXED_BASE);
const nationally: AnalyticsFilter = { regionIds: null, from: period.from, to: period.to };

/** An OCDS release page as /api/v1/ocds/releases loads it (the query: the page of events, their processes, the mapping). */
async function ocdsPage(after?: string) {
  const result = await runQuery(listOcdsReleases, { actor: null, rawInput: { pageSize: "100", ...(after ? { after } : {}) }, db, clock: systemClock });
  if (!result.ok || result.data === null) throw new Error("ocds: no release page");
  return result.data.releases.length;
}
// About halfway through the releases: the cursor of the history's middle announcement.
const [middle] = await db.$queryRaw<{ date: Date }[]>`SELECT "announcedAt" AS "date" FROM "Tender" WHERE "announcedAt" IS NOT NULL ORDER BY "announcedAt" OFFSET (SELECT count(*) / 2 FROM "Tender") LIMIT 1`;
const middleCursor = encodeReleaseCursor({ date: middle!.date, kind: "tender", entityId: "0" });

interface Measure { name: string; targetMs: number; run: () => Promise<unknown>; sql?: Prisma.Sql }
const measure = (name: string, targetMs: number, query: (() => Promise<unknown>) | { run: () => Promise<unknown>; sql: Prisma.Sql }): Measure =>
  typeof query === "function" ? { name, targetMs, run: query } : { name, targetMs, ...query };

const MEASURES: Measure[] = [
  measure("history: national, newest decisions first", 80, page({}, NATIONAL)),
  measure("history: national, one region, by value desc", 80, page({ region: big.code, sort: "value", dir: "desc" }, NATIONAL)),
  measure("history: regional manager, supplier kind IDEAL, by supplier", 80, page({ supplierKind: "IDEAL", sort: "supplier", dir: "asc" }, REGIONAL)),
  measure("history: national, reserved + date range, by announced", 80, page({ reserved: "true", from: "2022-01-01", to: "2024-12-31", sort: "announcedAt", dir: "desc" }, NATIONAL)),
  measure("history: national, free text 'oppfølging', value ≥ 10 MNOK", 80, page({ q: "oppfølging", minValue: "10000000", sort: "decidedAt", dir: "desc" }, NATIONAL)),
  measure("history: national, supplier name 'Jobb', by reference", 80, page({ supplier: "Jobb", sort: "reference", dir: "asc" }, NATIONAL)),
  measure("history: deep page 1,000 (national, 50 rows)", 80, page({ page: "1000" }, NATIONAL)),
  measure("history: deep page 200 (regional, by value)", 80, page({ page: "200", sort: "value", dir: "desc" }, REGIONAL)),
  measure("csv: ~10,000 rows streamed", 2000, () => csvRows(csvFilter, NATIONAL)),
  measure("analytics: supplier awards (national, default period)", 300, () => loadSupplierAwards(db, nationally)),
  measure("analytics: bidder histogram", 300, () => loadBidderHistogram(db, nationally)),
  measure("analytics: supplier coverage", 300, () => loadSupplierCoverage(db, nationally)),
  measure("analytics: covered pairs", 300, () => loadCoveredPairs(db, nationally)),
  measure("analytics: re-tender succession counts", 300, () => loadSuccessionCounts(db, nationally)),
  measure("analytics: price facts", 300, () => loadPriceFacts(db, nationally)),
  measure("analytics: winner scores", 300, () => loadWinnerScores(db, nationally)),
  measure("analytics: quality weights", 300, () => loadQualityWeights(db, nationally)),
  measure("analytics: whole dashboard, national", 300, () => buildDashboard(db, null, period)),
  measure("analytics: whole dashboard, biggest region", 300, () => buildDashboard(db, big.id, period)),
  measure("ocds: first release page (100 releases + their processes)", 300, () => ocdsPage()),
  measure("ocds: a release page halfway through (keyset cursor)", 300, () => ocdsPage(middleCursor)),
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function time(entry: Measure) {
  let runs = entry.targetMs >= 1000 ? Math.max(3, Math.ceil(RUNS / 4)) : RUNS;
  for (let i = 0; i < WARMUP; i++) {
    const started = performance.now();
    await entry.run();
    // Far over its target (seconds, not milliseconds): three runs tell as much, and the bench ends today.
    if (performance.now() - started > 10 * entry.targetMs) {
      runs = 3;
      break;
    }
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await entry.run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

try {
  const [counts] = await db.$queryRaw<{ tenders: number; bids: number; lots: number }[]>`
    SELECT (SELECT count(*)::int FROM "Tender") AS tenders, (SELECT count(*)::int FROM "Bid") AS bids, (SELECT count(*)::int FROM "Lot") AS lots`;
  console.log(`history bench: ${counts!.tenders} competitions, ${counts!.lots} lots, ${counts!.bids} bids; ${RUNS} runs after ${WARMUP} warm-ups; biggest region ${big.name}`);
  console.log(`csv filter: ${JSON.stringify(csvFilter)} → ${await csvRows(csvFilter, NATIONAL)} rows`);
  let slowest: { entry: Measure; p95: number } | undefined;
  let failed = 0;
  const only = process.env.BENCH_ONLY;
  for (const entry of MEASURES.filter((candidate) => !only || candidate.name.includes(only))) {
    const timed = await time(entry).catch((error: unknown) => {
      if (!String(error).includes("statement timeout")) throw error;
      return null;
    });
    if (!timed) {
      failed++;
      console.log(`SLOW ${entry.name.padEnd(64)} over the ${TIMEOUT_MS / 1000} s statement timeout  (target < ${entry.targetMs} ms)`);
      continue;
    }
    const { p50, p95 } = timed;
    const ok = p95 < entry.targetMs;
    if (!ok) failed++;
    if (entry.sql && (!slowest || p95 > slowest.p95)) slowest = { entry, p95 };
    console.log(`${ok ? "ok  " : "SLOW"} ${entry.name.padEnd(64)} p50 ${p50.toFixed(1).padStart(7)} ms  p95 ${p95.toFixed(1).padStart(7)} ms  (target < ${entry.targetMs} ms)`);
  }
  if (slowest?.entry.sql) {
    const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${slowest.entry.sql}`);
    console.log(`\nEXPLAIN ANALYZE of the slowest history page query (${slowest.entry.name}):`);
    console.log(plan.map((row) => row["QUERY PLAN"]).join("\n"));
  }
  process.exitCode = failed > 0 ? 1 : 0;
} finally {
  await db.$disconnect();
}
