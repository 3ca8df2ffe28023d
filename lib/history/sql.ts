import { Prisma } from "@/lib/generated/prisma/client";
import type { ScopeCondition } from "@/lib/auth/policy";

import type { HistorySort, THistoryFilter } from "./filter";

/*
 * The history as SQL: one row per lot of an announced competition and its approved award (a lot without one yet is a
 * row without a supplier). Built with Prisma.sql so every value is a bind parameter; column names are literals here.
 */

/** The awarded value: the signed contract's, else the winning bid's evaluated price (revealed at opening). */
export const VALUE = Prisma.sql`COALESCE(c."valueOre", wb."priceOre")`;
/** A lot's own reservation, else the competition's. */
const RESERVATION = Prisma.sql`COALESCE(l."reservation", t."reservation")`;
/** One key per row, the last tie-break of every sort so pages and CSV batches are stable. */
export const ROW_KEY = Prisma.sql`(l."id" || COALESCE(a."id", ''))`;

export const FROM = Prisma.sql`
  FROM "Lot" l
  JOIN "Tender" t ON t."id" = l."tenderId"
  JOIN "Region" r ON r."id" = t."regionId"
  JOIN "MeasureType" m ON m."id" = t."measureTypeId"
  LEFT JOIN "AwardDecision" a ON a."lotId" = l."id" AND a."status" = 'APPROVED'
  LEFT JOIN "Bid" wb ON wb."id" = a."winningBidId"
  LEFT JOIN "Supplier" s ON s."id" = wb."supplierId"
  LEFT JOIN "Contract" c ON c."awardDecisionId" = a."id"`;

export const SORT_EXPRESSIONS: Record<HistorySort, Prisma.Sql> = {
  decidedAt: Prisma.sql`a."approvedAt"`,
  announcedAt: Prisma.sql`t."announcedAt"`,
  value: VALUE,
  reference: Prisma.sql`t."reference"`,
  supplier: Prisma.sql`s."name"`,
  region: Prisma.sql`r."name"`,
};

const like = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** The policy's read scope on the competition's region: `{}` (national) is every row, nothing is no row. */
export function scopeSql(scope: readonly ScopeCondition[]): Prisma.Sql {
  if (scope.some((condition) => Object.keys(condition).length === 0)) return Prisma.sql`TRUE`;
  const regions = scope.flatMap((condition) => condition.regionId?.in ?? []);
  if (scope.some((condition) => !condition.regionId)) throw new Error("history: a scope without a region cannot be expressed");
  return regions.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`t."regionId" = ANY(${regions}::text[])`;
}

/** WHERE for the filter inside the scope. */
export function whereSql(filter: THistoryFilter, scope: readonly ScopeCondition[]): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`t."announcedAt" IS NOT NULL`, scopeSql(scope)];
  if (filter.region) conditions.push(Prisma.sql`r."code" = ${filter.region}`);
  if (filter.measureType) conditions.push(Prisma.sql`m."code" = ${filter.measureType}`);
  if (filter.supplier) {
    const orgnr = filter.supplier.replace(/\s/g, "");
    conditions.push(/^\d{9}$/.test(orgnr) ? Prisma.sql`s."orgnr" = ${orgnr}` : Prisma.sql`s."name" ILIKE ${like(filter.supplier)}`);
  }
  if (filter.supplierKind) conditions.push(Prisma.sql`s."kind" = ${filter.supplierKind}::"SupplierKind"`);
  if (filter.procedure) conditions.push(Prisma.sql`t."procedure" = ${filter.procedure}::"Procedure"`);
  if (filter.reserved) conditions.push(filter.reserved === "true" ? Prisma.sql`${RESERVATION} <> 'NONE'` : Prisma.sql`${RESERVATION} = 'NONE'`);
  if (filter.status) conditions.push(Prisma.sql`t."status" = ${filter.status}::"TenderStatus"`);
  if (filter.from) conditions.push(Prisma.sql`a."approvedAt" >= ${filter.from}`);
  if (filter.to) conditions.push(Prisma.sql`a."approvedAt" <= ${filter.to}`);
  if (filter.minValue !== undefined) conditions.push(Prisma.sql`${VALUE} >= ${filter.minValue}`);
  if (filter.maxValue !== undefined) conditions.push(Prisma.sql`${VALUE} <= ${filter.maxValue}`);
  if (filter.q) {
    const pattern = like(filter.q);
    conditions.push(Prisma.sql`(t."title" ILIKE ${pattern} OR t."reference" ILIKE ${pattern} OR l."title" ILIKE ${pattern} OR s."name" ILIKE ${pattern})`);
  }
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}

/** ORDER BY the chosen column (empty values last either way), then the row key in the same direction. */
export function orderSql(sort: HistorySort, dir: "asc" | "desc"): Prisma.Sql {
  const direction = Prisma.raw(dir === "asc" ? "ASC" : "DESC");
  return Prisma.sql`ORDER BY ${SORT_EXPRESSIONS[sort]} ${direction} NULLS LAST, ${ROW_KEY} ${direction}`;
}

/** The columns of a history row. */
export const SELECT = Prisma.sql`
  SELECT l."id" AS "lotId", a."id" AS "awardId", t."id" AS "tenderId", t."reference", t."title", l."number" AS "lotNumber",
         l."title" AS "lotTitle", t."regionId", r."name" AS "regionName", m."code" AS "measureTypeCode", m."nameNb" AS "measureTypeNb",
         m."nameEn" AS "measureTypeEn", t."procedure"::text AS "procedure", ${RESERVATION}::text AS "reservation",
         t."status"::text AS "status", s."id" AS "supplierId", s."name" AS "supplierName", s."orgnr" AS "supplierOrgnr",
         s."kind"::text AS "supplierKind", t."announcedAt", a."approvedAt" AS "decidedAt", ${VALUE} AS "valueOre",
         (SELECT count(*)::int FROM "Bid" b WHERE b."tenderId" = t."id" AND b."lotId" = l."id"
            AND b."status" NOT IN ('DRAFT', 'WITHDRAWN', 'LATE_REJECTED')) AS "bids",
         ${ROW_KEY} AS "rowKey"`;
