import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";

import type { BidderCount, CoveredPair, PriceFact, QualityWeightFact, SuccessionCount, SupplierAward, SupplierKind, WinnerScores } from "./compute";

/**
 * The dashboard's fact loaders: one SQL statement each, grouped in the database so what comes back is small (per
 * supplier, per quarter, …) whatever the number of tenders. Plain functions of (db, filter) — the queries in
 * ./queries wrap them in the policy, and bench/ can time each one alone. What would need a search over the whole
 * history on every load is fixed once in the transaction that makes it final: Tender.bidderCount at opening
 * (lib/bids/received.ts), Contract.predecessorTenderId / changedHands at conclusion (lib/contracts/succession.ts).
 */
export interface AnalyticsFilter {
  /** The contracting regions; null = the whole country. */
  regionIds: readonly string[] | null;
  /** The period, [from, to): instants (start of the first Oslo day, start of the day after the last). */
  from: Date;
  to: Date;
}

const inRegions = (f: AnalyticsFilter, column: Prisma.Sql) => (f.regionIds === null ? Prisma.empty : Prisma.sql`AND ${column} = ANY(${[...f.regionIds]}::text[])`);
const quarterOf = (column: Prisma.Sql) => Prisma.sql`to_char(${column} AT TIME ZONE 'Europe/Oslo', 'YYYY-"Q"Q')`;

/** Contracts signed in the period, summed per supplier × contracting region × measure type. */
export async function loadSupplierAwards(db: Db, f: AnalyticsFilter): Promise<SupplierAward[]> {
  const rows = await db.$queryRaw<{ supplierId: string; kind: SupplierKind; supplierRegionId: string | null; regionId: string; measureTypeId: string; value: string; contracts: number }[]>`
    SELECT c."supplierId", s."kind"::text AS "kind", m."regionId" AS "supplierRegionId", c."regionId", c."measureTypeId",
           SUM(c."valueOre")::text AS "value", COUNT(*)::int AS "contracts"
    FROM "Contract" c
    JOIN "Supplier" s ON s."id" = c."supplierId"
    LEFT JOIN "Municipality" m ON m."id" = s."ownerMunicipalityId"
    WHERE c."signedAt" >= ${f.from} AND c."signedAt" < ${f.to} ${inRegions(f, Prisma.sql`c."regionId"`)}
    GROUP BY 1, 2, 3, 4, 5`;
  return rows.map(({ value, ...row }) => ({ ...row, valueOre: BigInt(value) }));
}

/**
 * Tenders opened in the period, counted by how many organisations' bids were received (fixed at opening: drafts,
 * withdrawn and late bids never count; before opening nothing is counted).
 */
export async function loadBidderHistogram(db: Db, f: AnalyticsFilter): Promise<BidderCount[]> {
  return db.$queryRaw<BidderCount[]>`
    SELECT COALESCE(t."bidderCount", 0)::int AS "bidders", COUNT(*)::int AS "tenders"
    FROM "Tender" t
    WHERE t."openedAt" >= ${f.from} AND t."openedAt" < ${f.to} ${inRegions(f, Prisma.sql`t."regionId"`)}
    GROUP BY 1 ORDER BY 1`;
}

/**
 * The contracts in force during the period (not terminated) and their areas, without spelling a region-wide area out
 * municipality by municipality (most lots cover the whole region; expanding them multiplied the rows by the region's
 * size): `named` holds the municipalities lots name, `whole` the (contract, region) pairs of lots that name none.
 */
/** Contract `c` is in force during the period (not terminated) in the filter's regions. */
const inForce = (f: AnalyticsFilter) => Prisma.sql`c."status" <> 'TERMINATED' AND c."startsOn" < ${f.to} AND c."endsOn" >= ${f.from} ${inRegions(f, Prisma.sql`c."regionId"`)}`;

const contractAreas = (f: AnalyticsFilter) => Prisma.sql`
  WITH inforce AS (
    SELECT c."id", c."supplierId", c."lotId", c."regionId", c."measureTypeId"
    FROM "Contract" c
    WHERE ${inForce(f)}
  ), named AS (
    SELECT i."supplierId", i."measureTypeId", lm."municipalityId", m."regionId"
    FROM inforce i JOIN "LotMunicipality" lm ON lm."lotId" = i."lotId" JOIN "Municipality" m ON m."id" = lm."municipalityId"
  ), whole AS (
    SELECT i."supplierId", i."measureTypeId", i."regionId" FROM inforce i
    WHERE NOT EXISTS (SELECT 1 FROM "LotMunicipality" x WHERE x."lotId" = i."lotId")
  )`;

export interface SupplierCoverage {
  supplierId: string;
  municipalities: number;
  places: number;
}

/**
 * Per supplier: distinct municipalities its contracts in force cover — every municipality of each region it serves
 * whole, plus the named ones outside those regions — and their places (most municipalities first).
 */
export async function loadSupplierCoverage(db: Db, f: AnalyticsFilter, limit = 20): Promise<SupplierCoverage[]> {
  return db.$queryRaw<SupplierCoverage[]>`
    ${contractAreas(f)}, regions AS (SELECT DISTINCT "supplierId", "regionId" FROM whole),
    covered AS (
      SELECT r."supplierId", COUNT(*) AS "municipalities" FROM regions r JOIN "Municipality" m ON m."regionId" = r."regionId" GROUP BY 1
      UNION ALL
      SELECT n."supplierId", COUNT(DISTINCT n."municipalityId") FROM named n
      WHERE NOT EXISTS (SELECT 1 FROM regions r WHERE r."supplierId" = n."supplierId" AND r."regionId" = n."regionId") GROUP BY 1
    ), top AS (
      SELECT c."supplierId", SUM(c."municipalities")::int AS "municipalities" FROM covered c GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${limit}
    )
    -- Places only for the suppliers shown (ranked by municipalities alone): summing them for every supplier cost more
    -- than the ranking.
    SELECT t."supplierId", t."municipalities", COALESCE((SELECT SUM(l."places") FROM "Contract" c JOIN "Lot" l ON l."id" = c."lotId" WHERE c."supplierId" = t."supplierId" AND ${inForce(f)}), 0)::int AS "places"
    FROM top t ORDER BY 2 DESC, 1`;
}

/** The (measure type, municipality) pairs some contract in force covers. */
export async function loadCoveredPairs(db: Db, f: AnalyticsFilter): Promise<CoveredPair[]> {
  return db.$queryRaw<CoveredPair[]>`
    ${contractAreas(f)}
    SELECT n."measureTypeId", n."municipalityId" FROM named n
    UNION
    SELECT w."measureTypeId", m."id" FROM (SELECT DISTINCT "measureTypeId", "regionId" FROM whole) w JOIN "Municipality" m ON m."regionId" = w."regionId"`;
}

/**
 * Contracts signed in the period that re-tendered an earlier one (their succession is fixed at conclusion: see
 * lib/contracts/succession.ts), per measure type, and how many of them changed hands.
 */
export async function loadSuccessionCounts(db: Db, f: AnalyticsFilter): Promise<SuccessionCount[]> {
  return db.$queryRaw<SuccessionCount[]>`
    SELECT c."measureTypeId", COUNT(*)::int AS "retenders", (COUNT(*) FILTER (WHERE c."changedHands"))::int AS "changedHands"
    FROM "Contract" c
    WHERE c."signedAt" >= ${f.from} AND c."signedAt" < ${f.to} AND c."changedHands" IS NOT NULL ${inRegions(f, Prisma.sql`c."regionId"`)}
    GROUP BY 1`;
}

/** Contract value and participant-months (places × contract months) per measure type and Oslo quarter of signing. */
export async function loadPriceFacts(db: Db, f: AnalyticsFilter): Promise<PriceFact[]> {
  const rows = await db.$queryRaw<{ measureTypeId: string; quarter: string; value: string; months: string }[]>`
    SELECT t."measureTypeId", ${quarterOf(Prisma.sql`c."signedAt"`)} AS "quarter",
           SUM(c."valueOre")::text AS "value", SUM(l."places"::bigint * t."contractMonths")::text AS "months"
    FROM "Contract" c JOIN "Tender" t ON t."id" = c."tenderId" JOIN "Lot" l ON l."id" = c."lotId"
    WHERE c."signedAt" >= ${f.from} AND c."signedAt" < ${f.to} ${inRegions(f, Prisma.sql`c."regionId"`)}
    GROUP BY 1, 2`;
  return rows.map((row) => ({ measureTypeId: row.measureTypeId, quarter: row.quarter, valueOre: BigInt(row.value), participantMonths: BigInt(row.months) }));
}

/**
 * The latest `limit` contracts signed in the period with the winner's consensus scores on the quality criteria that
 * carry scores (leaf criteria), and the contract's price per participant-month.
 */
export async function loadWinnerScores(db: Db, f: AnalyticsFilter, limit = 500): Promise<WinnerScores[]> {
  const rows = await db.$queryRaw<{ awardId: string; measureTypeId: string; maxPoints: number; value: string; months: string; scores: { weight: string; score: string }[] | null }[]>`
    SELECT c."awardDecisionId" AS "awardId", t."measureTypeId", t."maxPoints", c."valueOre"::text AS "value",
           (l."places"::bigint * t."contractMonths")::text AS "months",
           (SELECT json_agg(json_build_object('weight', s."weight"::text, 'score', s."score"::text)) FROM (
              SELECT ac."weight", AVG(es."score")::numeric(8, 4) AS "score"
              FROM "AwardDecision" ad
              JOIN "EvaluationScore" es ON es."bidId" = ad."winningBidId" AND es."stage" = 'CONSENSUS'
              JOIN "AwardCriterion" ac ON ac."id" = es."criterionId" AND ac."kind" = 'QUALITY'
              WHERE ad."id" = c."awardDecisionId" AND NOT EXISTS (SELECT 1 FROM "AwardCriterion" ch WHERE ch."parentId" = ac."id")
              GROUP BY ac."id", ac."weight") s) AS "scores"
    FROM "Contract" c JOIN "Tender" t ON t."id" = c."tenderId" JOIN "Lot" l ON l."id" = c."lotId"
    WHERE c."signedAt" >= ${f.from} AND c."signedAt" < ${f.to} ${inRegions(f, Prisma.sql`c."regionId"`)}
    ORDER BY c."signedAt" DESC, c."id" LIMIT ${limit}`;
  return rows.flatMap((row) => {
    const months = BigInt(row.months);
    if (months <= 0n) return [];
    const valueOre = BigInt(row.value);
    return [{ awardId: row.awardId, measureTypeId: row.measureTypeId, maxPoints: row.maxPoints, priceOre: (valueOre * 2n + months) / (months * 2n), scores: row.scores ?? [] }];
  });
}

/** Tenders announced in the period, counted per Oslo quarter and total top-level quality weight (percent). */
export async function loadQualityWeights(db: Db, f: AnalyticsFilter): Promise<QualityWeightFact[]> {
  return db.$queryRaw<QualityWeightFact[]>`
    SELECT x."quarter", x."qualityWeight", COUNT(*)::int AS "tenders" FROM (
      SELECT ${quarterOf(Prisma.sql`t."announcedAt"`)} AS "quarter",
             COALESCE(SUM(ac."weight") FILTER (WHERE ac."kind" = 'QUALITY'), 0)::text AS "qualityWeight"
      FROM "Tender" t LEFT JOIN "AwardCriterion" ac ON ac."tenderId" = t."id" AND ac."parentId" IS NULL
      WHERE t."announcedAt" >= ${f.from} AND t."announcedAt" < ${f.to} ${inRegions(f, Prisma.sql`t."regionId"`)}
      GROUP BY t."id", 1
    ) x GROUP BY 1, 2`;
}
