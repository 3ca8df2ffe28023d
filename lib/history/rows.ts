import { Prisma } from "@/lib/generated/prisma/client";
import type { ScopeCondition } from "@/lib/auth/policy";
import type { DbOrTx } from "@/lib/db";

import type { HistorySort, THistoryFilter } from "./filter";
import { FROM, ROW_KEY, SELECT, SORT_EXPRESSIONS, orderSql, whereSql } from "./sql";

/** One row of the history: a lot of an announced competition with its approved award, if any. */
export interface HistoryRow {
  lotId: string;
  awardId: string | null;
  tenderId: string;
  reference: string;
  title: string;
  lotNumber: number;
  lotTitle: string;
  regionId: string;
  regionName: string;
  measureTypeCode: string;
  measureTypeNb: string;
  measureTypeEn: string;
  procedure: string;
  reservation: string;
  status: string;
  supplierId: string | null;
  supplierName: string | null;
  supplierOrgnr: string | null;
  supplierKind: string | null;
  announcedAt: Date;
  decidedAt: Date | null;
  valueOre: bigint | null;
  bids: number;
  rowKey: string;
}

/** The SQL of one page (also for EXPLAIN in bench/history.ts). */
export function historyPageSql(filter: THistoryFilter, scope: readonly ScopeCondition[]): Prisma.Sql {
  // A deferred join: the page's row keys first — skipping the offset's rows on the (sort key, row key) index alone,
  // index-only where the filter allows — then the 50 full rows by primary key, so a deep page reads 50 rows, not 50,000.
  const order = orderSql(filter.sort, filter.dir);
  return Prisma.sql`WITH page AS (SELECT h."rowKey" ${FROM} ${whereSql(filter, scope)} ${order} LIMIT ${filter.size} OFFSET ${(filter.page - 1) * filter.size})
    ${SELECT} FROM page JOIN "HistoryRow" h ON h."rowKey" = page."rowKey" ${order}`;
}

/** The filtered rows of one page. */
export function historyPage(db: DbOrTx, filter: THistoryFilter, scope: readonly ScopeCondition[]): Promise<HistoryRow[]> {
  return db.$queryRaw<HistoryRow[]>(historyPageSql(filter, scope));
}

/** Count and awarded value of the filtered rows, per region (so the policy can check each, and the page sums them). */
export interface HistoryTotal {
  regionId: string;
  count: number;
  valueOre: bigint;
}

export function historyTotalsSql(filter: THistoryFilter, scope: readonly ScopeCondition[]): Prisma.Sql {
  return Prisma.sql`SELECT h."regionId", count(*)::int AS "count", COALESCE(sum(${SORT_EXPRESSIONS.value}), 0)::bigint AS "valueOre"
    ${FROM} ${whereSql(filter, scope)} GROUP BY h."regionId"`;
}

export function historyTotals(db: DbOrTx, filter: THistoryFilter, scope: readonly ScopeCondition[]): Promise<HistoryTotal[]> {
  return db.$queryRaw<HistoryTotal[]>(historyTotalsSql(filter, scope));
}

const SORT_VALUE: Record<HistorySort, (row: HistoryRow) => unknown> = {
  decidedAt: (row) => row.decidedAt,
  announcedAt: (row) => row.announcedAt,
  value: (row) => row.valueOre,
  reference: (row) => row.reference,
  supplier: (row) => row.supplierName,
  region: (row) => row.regionName,
};

/** Rows after `last` in the sort order (empty values last, then the row key), for keyset batches. */
function after(last: HistoryRow, sort: HistorySort, dir: "asc" | "desc"): Prisma.Sql {
  const expression = SORT_EXPRESSIONS[sort];
  const beyond = Prisma.raw(dir === "asc" ? ">" : "<");
  const value = SORT_VALUE[sort](last);
  if (value === null) return Prisma.sql`(${expression} IS NULL AND ${ROW_KEY} ${beyond} ${last.rowKey})`;
  return Prisma.sql`(${expression} IS NULL OR ${expression} ${beyond} ${value} OR (${expression} = ${value} AND ${ROW_KEY} ${beyond} ${last.rowKey}))`;
}

/**
 * Every filtered row in the table's order, `batchSize` at a time by keyset (each batch continues after the last row
 * of the one before, so no batch re-reads what was skipped and memory holds one batch): for the CSV export.
 */
export async function* historyBatches(db: DbOrTx, filter: THistoryFilter, scope: readonly ScopeCondition[], batchSize = 1000): AsyncGenerator<HistoryRow[]> {
  let last: HistoryRow | undefined;
  for (;;) {
    const where = whereSql(filter, scope);
    const continued = last ? Prisma.sql`${where} AND ${after(last, filter.sort, filter.dir)}` : where;
    const rows = await db.$queryRaw<HistoryRow[]>`${SELECT} ${FROM} ${continued} ${orderSql(filter.sort, filter.dir)} LIMIT ${batchSize}`;
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    last = rows.at(-1);
  }
}
