import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

/*
 * The award history's read model ("HistoryRow", see schema.prisma): one flat row per lot of an announced competition
 * and its approved award, so the history page, its totals and the CSV read one table with indexes on the sort keys
 * instead of joining lots, tenders, awards, bids and contracts and counting bids per row (issue 12, point 7).
 *
 * One SQL statement computes the rows from the facts, for some competitions or all of them: the commands that change
 * what a row shows call refreshHistoryRow in their own transaction (so the history is never behind a committed
 * command), the generator and the seed call refreshHistoryRows for everything at once (set-based).
 */

/** The rows as computed from the facts, for the competitions `which` selects (a condition on t). */
const rowsOf = (which: Prisma.Sql) => Prisma.sql`
  SELECT l."id" || COALESCE(a."id", '') AS "rowKey", t."id" AS "tenderId", l."id" AS "lotId", a."id" AS "awardId",
         t."reference", t."title", l."number" AS "lotNumber", l."title" AS "lotTitle",
         t."regionId", r."code" AS "regionCode", r."name" AS "regionName",
         m."code" AS "measureTypeCode", m."nameNb" AS "measureTypeNb", m."nameEn" AS "measureTypeEn",
         t."procedure", COALESCE(l."reservation", t."reservation") AS "reservation", t."status",
         s."id" AS "supplierId", s."name" AS "supplierName", s."orgnr" AS "supplierOrgnr", s."kind" AS "supplierKind",
         t."announcedAt", a."approvedAt" AS "decidedAt", COALESCE(c."valueOre", wb."priceOre") AS "valueOre",
         COALESCE(bc."bids", 0)::int AS "bids", c."startsOn" AS "contractStartsOn", c."endsOn" AS "contractEndsOn",
         -- A separator nobody types keeps a match from spanning two fields, as the OR of the fields did.
         lower(concat_ws(chr(1), t."title", t."reference", l."title", s."name")) AS "searchText"
  FROM "Lot" l
  JOIN "Tender" t ON t."id" = l."tenderId"
  JOIN "Region" r ON r."id" = t."regionId"
  JOIN "MeasureType" m ON m."id" = t."measureTypeId"
  LEFT JOIN "AwardDecision" a ON a."lotId" = l."id" AND a."status" = 'APPROVED'
  LEFT JOIN "Bid" wb ON wb."id" = a."winningBidId"
  LEFT JOIN "Supplier" s ON s."id" = wb."supplierId"
  LEFT JOIN "Contract" c ON c."awardDecisionId" = a."id"
  LEFT JOIN (
    SELECT b."lotId", count(*) AS "bids" FROM "Bid" b JOIN "Tender" t ON t."id" = b."tenderId"
    WHERE ${which} AND b."status" NOT IN ('DRAFT', 'WITHDRAWN', 'LATE_REJECTED') GROUP BY b."lotId"
  ) bc ON bc."lotId" = l."id"
  WHERE t."announcedAt" IS NOT NULL AND ${which}`;

const COLUMNS = Prisma.raw(`"rowKey", "tenderId", "lotId", "awardId", "reference", "title", "lotNumber", "lotTitle", "regionId", "regionCode", "regionName",
  "measureTypeCode", "measureTypeNb", "measureTypeEn", "procedure", "reservation", "status", "supplierId", "supplierName", "supplierOrgnr",
  "supplierKind", "announcedAt", "decidedAt", "valueOre", "bids", "contractStartsOn", "contractEndsOn", "searchText"`);

/** Replaces the history rows of the selected competitions with what the facts say now. */
async function replace(tx: Tx, which: Prisma.Sql, existing: Prisma.Sql): Promise<number> {
  await tx.$executeRaw`DELETE FROM "HistoryRow" h WHERE ${existing}`;
  return tx.$executeRaw`INSERT INTO "HistoryRow" (${COLUMNS}) ${rowsOf(which)}`;
}

/**
 * Brings one competition's history rows up to date, inside the caller's transaction. Called by every command that
 * changes what they show: each tender step (lib/tenders/guarded-transition.ts: announcement, amendment, opening —
 * when the bid count becomes final —, cancellation, …), the award approval, the revocation at a reopened evaluation,
 * the contract conclusion. A competition not announced yet has no rows (the statement then writes nothing).
 */
export function refreshHistoryRow(tx: Tx, tenderId: string): Promise<number> {
  return replace(tx, Prisma.sql`t."id" = ${tenderId}`, Prisma.sql`h."tenderId" = ${tenderId}`);
}

/** Rebuilds every history row (the seed and the generator, after writing facts directly): one set-based statement. */
export function refreshHistoryRows(tx: Tx): Promise<number> {
  return replace(tx, Prisma.sql`TRUE`, Prisma.sql`TRUE`);
}
