import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";

import type { BidderCount, CoveredPair, PriceFact, QualityWeightFact, RetenderCandidate, SupplierAward, SupplierKind, WinnerScores } from "./compute";

/**
 * The dashboard's fact loaders: one SQL statement each, grouped in the database so what comes back is small (per
 * supplier, per quarter, …) whatever the number of tenders. Plain functions of (db, filter) — the queries in
 * ./queries wrap them in the policy, and bench/ can time each one alone.
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
    SELECT c."supplierId", s."kind"::text AS "kind", m."regionId" AS "supplierRegionId", t."regionId", t."measureTypeId",
           SUM(c."valueOre")::text AS "value", COUNT(*)::int AS "contracts"
    FROM "Contract" c
    JOIN "Tender" t ON t."id" = c."tenderId"
    JOIN "Supplier" s ON s."id" = c."supplierId"
    LEFT JOIN "Municipality" m ON m."id" = s."ownerMunicipalityId"
    WHERE c."signedAt" >= ${f.from} AND c."signedAt" < ${f.to} ${inRegions(f, Prisma.sql`t."regionId"`)}
    GROUP BY 1, 2, 3, 4, 5`;
  return rows.map(({ value, ...row }) => ({ ...row, valueOre: BigInt(value) }));
}

/** Bids received (submitted and not withdrawn or late) count once per supplier; drafts and withdrawn bids never. */
const RECEIVED = Prisma.sql`('SUBMITTED', 'OPENED', 'REJECTED', 'QUALIFIED', 'EVALUATED', 'AWARDED', 'NOT_AWARDED')`;

/** Tenders opened in the period, counted by how many suppliers bid (before opening nothing is counted). */
export async function loadBidderHistogram(db: Db, f: AnalyticsFilter): Promise<BidderCount[]> {
  return db.$queryRaw<BidderCount[]>`
    SELECT x."bidders"::int AS "bidders", COUNT(*)::int AS "tenders" FROM (
      SELECT t."id", COUNT(DISTINCT b."supplierId") AS "bidders"
      FROM "Tender" t
      LEFT JOIN "Bid" b ON b."tenderId" = t."id" AND b."status"::text IN ${RECEIVED}
      WHERE t."openedAt" >= ${f.from} AND t."openedAt" < ${f.to} ${inRegions(f, Prisma.sql`t."regionId"`)}
      GROUP BY t."id"
    ) x GROUP BY 1 ORDER BY 1`;
}

/**
 * The area of each contract in force during the period (not terminated): its lot's municipalities, or every
 * municipality of the region when the lot names none.
 */
const contractAreas = (f: AnalyticsFilter) => Prisma.sql`
  WITH inforce AS (
    SELECT c."id", c."supplierId", c."lotId", t."regionId", t."measureTypeId"
    FROM "Contract" c JOIN "Tender" t ON t."id" = c."tenderId"
    WHERE c."status" <> 'TERMINATED' AND c."startsOn" < ${f.to} AND c."endsOn" >= ${f.from} ${inRegions(f, Prisma.sql`t."regionId"`)}
  ), area AS (
    SELECT i.*, lm."municipalityId" FROM inforce i JOIN "LotMunicipality" lm ON lm."lotId" = i."lotId"
    UNION ALL
    SELECT i.*, m."id" AS "municipalityId" FROM inforce i JOIN "Municipality" m ON m."regionId" = i."regionId"
    WHERE NOT EXISTS (SELECT 1 FROM "LotMunicipality" x WHERE x."lotId" = i."lotId")
  )`;

export interface SupplierCoverage {
  supplierId: string;
  municipalities: number;
  places: number;
}

/** Per supplier: distinct municipalities its contracts in force cover, and their places (most municipalities first). */
export async function loadSupplierCoverage(db: Db, f: AnalyticsFilter, limit = 20): Promise<SupplierCoverage[]> {
  return db.$queryRaw<SupplierCoverage[]>`
    ${contractAreas(f)}
    SELECT a."supplierId", COUNT(DISTINCT a."municipalityId")::int AS "municipalities",
           (SELECT COALESCE(SUM(l."places"), 0)::int FROM inforce i JOIN "Lot" l ON l."id" = i."lotId" WHERE i."supplierId" = a."supplierId") AS "places"
    FROM area a GROUP BY a."supplierId" ORDER BY 2 DESC, 1 LIMIT ${limit}`;
}

/** The (measure type, municipality) pairs some contract in force covers. */
export async function loadCoveredPairs(db: Db, f: AnalyticsFilter): Promise<CoveredPair[]> {
  return db.$queryRaw<CoveredPair[]>`${contractAreas(f)} SELECT DISTINCT a."measureTypeId", a."municipalityId" FROM area a`;
}

/**
 * Contracts signed in the period with their possible predecessors: earlier-signed contracts of another tender in
 * the same region and measure type whose areas overlap (they share a municipality, or either covers the whole region).
 */
export async function loadRetenderCandidates(db: Db, f: AnalyticsFilter): Promise<RetenderCandidate[]> {
  const rows = await db.$queryRaw<{ contractId: string; supplierId: string; measureTypeId: string; tenderId: string | null; predecessorSupplierId: string | null; signedAt: Date | null }[]>`
    WITH cur AS (
      SELECT c."id", c."supplierId", c."lotId", c."tenderId", c."signedAt", t."regionId", t."measureTypeId"
      FROM "Contract" c JOIN "Tender" t ON t."id" = c."tenderId"
      WHERE c."signedAt" >= ${f.from} AND c."signedAt" < ${f.to} ${inRegions(f, Prisma.sql`t."regionId"`)}
    )
    SELECT cur."id" AS "contractId", cur."supplierId", cur."measureTypeId", p."tenderId", p."supplierId" AS "predecessorSupplierId", p."signedAt"
    FROM cur LEFT JOIN LATERAL (
      SELECT pc."tenderId", pc."supplierId", pc."signedAt"
      FROM "Contract" pc JOIN "Tender" pt ON pt."id" = pc."tenderId"
      WHERE pt."regionId" = cur."regionId" AND pt."measureTypeId" = cur."measureTypeId"
        AND pc."signedAt" < cur."signedAt" AND pc."tenderId" <> cur."tenderId"
        AND (NOT EXISTS (SELECT 1 FROM "LotMunicipality" a WHERE a."lotId" = cur."lotId")
          OR NOT EXISTS (SELECT 1 FROM "LotMunicipality" b WHERE b."lotId" = pc."lotId")
          OR EXISTS (SELECT 1 FROM "LotMunicipality" a JOIN "LotMunicipality" b ON b."municipalityId" = a."municipalityId"
                     WHERE a."lotId" = cur."lotId" AND b."lotId" = pc."lotId"))
    ) p ON true`;
  const byContract = new Map<string, RetenderCandidate>();
  for (const row of rows) {
    const candidate = byContract.get(row.contractId) ?? { contractId: row.contractId, supplierId: row.supplierId, measureTypeId: row.measureTypeId, predecessors: [] };
    if (row.tenderId !== null && row.predecessorSupplierId !== null && row.signedAt !== null) {
      candidate.predecessors.push({ tenderId: row.tenderId, supplierId: row.predecessorSupplierId, signedAt: row.signedAt });
    }
    byContract.set(row.contractId, candidate);
  }
  return [...byContract.values()];
}

/** Contract value and participant-months (places × contract months) per measure type and Oslo quarter of signing. */
export async function loadPriceFacts(db: Db, f: AnalyticsFilter): Promise<PriceFact[]> {
  const rows = await db.$queryRaw<{ measureTypeId: string; quarter: string; value: string; months: string }[]>`
    SELECT t."measureTypeId", ${quarterOf(Prisma.sql`c."signedAt"`)} AS "quarter",
           SUM(c."valueOre")::text AS "value", SUM(l."places"::bigint * t."contractMonths")::text AS "months"
    FROM "Contract" c JOIN "Tender" t ON t."id" = c."tenderId" JOIN "Lot" l ON l."id" = c."lotId"
    WHERE c."signedAt" >= ${f.from} AND c."signedAt" < ${f.to} ${inRegions(f, Prisma.sql`t."regionId"`)}
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
    WHERE c."signedAt" >= ${f.from} AND c."signedAt" < ${f.to} ${inRegions(f, Prisma.sql`t."regionId"`)}
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
