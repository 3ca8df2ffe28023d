import { Prisma } from "@/lib/generated/prisma/client";
import type { ScopeCondition } from "@/lib/auth/policy";

import type { HistorySort, THistoryFilter } from "./filter";

/*
 * The history as SQL over its read model "HistoryRow" (lib/history/refresh.ts keeps it current): one row per lot of
 * an announced competition and its approved award (a lot without one yet is a row without a supplier). Built with
 * Prisma.sql so every value is a bind parameter; column names are literals here. The sort expressions are plain
 * columns so the composite indexes (sort key, row key) of schema.prisma serve the ORDER BY … LIMIT.
 */

/** The awarded value: the signed contract's, else the winning bid's evaluated price (computed at refresh). */
export const VALUE = Prisma.sql`h."valueOre"`;
/** One key per row, the last tie-break of every sort so pages and CSV batches are stable. */
export const ROW_KEY = Prisma.sql`h."rowKey"`;

export const FROM = Prisma.sql`FROM "HistoryRow" h`;

export const SORT_EXPRESSIONS: Record<HistorySort, Prisma.Sql> = {
  decidedAt: Prisma.sql`h."decidedAt"`,
  announcedAt: Prisma.sql`h."announcedAt"`,
  value: VALUE,
  reference: Prisma.sql`h."reference"`,
  supplier: Prisma.sql`h."supplierName"`,
  region: Prisma.sql`h."regionName"`,
};

const like = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** The policy's read scope on the competition's region: `{}` (national) is every row, nothing is no row. */
export function scopeSql(scope: readonly ScopeCondition[]): Prisma.Sql {
  if (scope.some((condition) => Object.keys(condition).length === 0)) return Prisma.sql`TRUE`;
  const regions = scope.flatMap((condition) => condition.regionId?.in ?? []);
  if (scope.some((condition) => !condition.regionId)) throw new Error("history: a scope without a region cannot be expressed");
  if (regions.length === 0) return Prisma.sql`FALSE`;
  // One region as `=`, so the (regionId, sort key) indexes give the order too (`= ANY` does not).
  return regions.length === 1 ? Prisma.sql`h."regionId" = ${regions[0]}` : Prisma.sql`h."regionId" = ANY(${regions}::text[])`;
}

/** WHERE for the filter inside the scope. */
export function whereSql(filter: THistoryFilter, scope: readonly ScopeCondition[]): Prisma.Sql {
  const conditions: Prisma.Sql[] = [scopeSql(scope)];
  // By the region's id (looked up once), so the (regionId, sort key) indexes serve the filter and the order.
  if (filter.region) conditions.push(Prisma.sql`h."regionId" = (SELECT r."id" FROM "Region" r WHERE r."code" = ${filter.region})`);
  if (filter.measureType) conditions.push(Prisma.sql`h."measureTypeCode" = ${filter.measureType}`);
  if (filter.supplier) {
    const orgnr = filter.supplier.replace(/\s/g, "");
    conditions.push(/^\d{9}$/.test(orgnr) ? Prisma.sql`h."supplierOrgnr" = ${orgnr}` : Prisma.sql`h."supplierName" ILIKE ${like(filter.supplier)}`);
  }
  if (filter.supplierKind) conditions.push(Prisma.sql`h."supplierKind" = ${filter.supplierKind}::"SupplierKind"`);
  if (filter.procedure) conditions.push(Prisma.sql`h."procedure" = ${filter.procedure}::"Procedure"`);
  if (filter.reserved) conditions.push(filter.reserved === "true" ? Prisma.sql`h."reservation" <> 'NONE'` : Prisma.sql`h."reservation" = 'NONE'`);
  if (filter.status) conditions.push(Prisma.sql`h."status" = ${filter.status}::"TenderStatus"`);
  if (filter.from) conditions.push(Prisma.sql`h."decidedAt" >= ${filter.from}`);
  if (filter.to) conditions.push(Prisma.sql`h."decidedAt" <= ${filter.to}`);
  if (filter.minValue !== undefined) conditions.push(Prisma.sql`${VALUE} >= ${filter.minValue}`);
  if (filter.maxValue !== undefined) conditions.push(Prisma.sql`${VALUE} <= ${filter.maxValue}`);
  // searchText is lower-cased at refresh; lower() here too, so the trigram index serves a plain LIKE.
  if (filter.q) conditions.push(Prisma.sql`h."searchText" LIKE lower(${like(filter.q)})`);
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}

/** ORDER BY the chosen column (empty values last either way), then the row key in the same direction. */
export function orderSql(sort: HistorySort, dir: "asc" | "desc"): Prisma.Sql {
  const direction = Prisma.raw(dir === "asc" ? "ASC" : "DESC");
  return Prisma.sql`ORDER BY ${SORT_EXPRESSIONS[sort]} ${direction} NULLS LAST, ${ROW_KEY} ${direction}`;
}

/** The columns of a history row. */
export const SELECT = Prisma.sql`
  SELECT h."lotId", h."awardId", h."tenderId", h."reference", h."title", h."lotNumber", h."lotTitle", h."regionId", h."regionName",
         h."measureTypeCode", h."measureTypeNb", h."measureTypeEn", h."procedure"::text AS "procedure", h."reservation"::text AS "reservation",
         h."status"::text AS "status", h."supplierId", h."supplierName", h."supplierOrgnr", h."supplierKind"::text AS "supplierKind",
         h."announcedAt", h."decidedAt", h."valueOre", h."bids", h."rowKey"`;
