import { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";

/**
 * Re-tender succession (the dashboard's incumbent turnover), fixed once when a contract is concluded, in the
 * concluding transaction. A contract's predecessor is the latest earlier-signed contract of another tender in the same
 * region and measure type whose area overlaps its own (they share a municipality, or either covers the whole region);
 * that tender's overlapping contracts are the incumbents, and the contract changed hands when its supplier is none of
 * them. Only earlier contracts count, so the answer never changes afterwards — which is why it can be stored rather
 * than searched for on every dashboard load (the search per contract is a walk down one (region, measure type) by
 * signing time; over a whole history it was quadratic).
 */
// The shared-municipality test is nested on purpose: as a join, PostgreSQL hashes every lot sharing a municipality
// with `a` once per contract (30× slower over the generated history); nested, it is two primary-key probes per candidate.
const overlaps = (a: Prisma.Sql, b: Prisma.Sql) => Prisma.sql`(
  NOT EXISTS (SELECT 1 FROM "LotMunicipality" x WHERE x."lotId" = ${a})
  OR NOT EXISTS (SELECT 1 FROM "LotMunicipality" y WHERE y."lotId" = ${b})
  OR EXISTS (SELECT 1 FROM "LotMunicipality" x WHERE x."lotId" = ${a}
             AND EXISTS (SELECT 1 FROM "LotMunicipality" y WHERE y."lotId" = ${b} AND y."municipalityId" = x."municipalityId")))`;

/** Fixes the succession of the given contracts (already written, with their region, measure type and signing time). */
export async function recordSuccession(db: DbOrTx, contractIds: readonly string[]): Promise<void> {
  if (contractIds.length === 0) return;
  await db.$executeRaw`
    WITH cur AS (
      SELECT c."id", c."supplierId", c."lotId", c."tenderId", c."signedAt", c."regionId", c."measureTypeId"
      FROM "Contract" c WHERE c."id" = ANY(${[...contractIds]}::text[])
    ), succ AS (
      SELECT cur."id", p."tenderId" AS "predecessorTenderId",
             CASE WHEN p."tenderId" IS NULL THEN NULL ELSE NOT EXISTS (
               SELECT 1 FROM "Contract" inc
               WHERE inc."tenderId" = p."tenderId" AND inc."supplierId" = cur."supplierId" AND inc."signedAt" < cur."signedAt"
                 AND ${overlaps(Prisma.sql`cur."lotId"`, Prisma.sql`inc."lotId"`)}
             ) END AS "changedHands"
      FROM cur LEFT JOIN LATERAL (
        SELECT pc."tenderId" FROM "Contract" pc
        WHERE pc."regionId" = cur."regionId" AND pc."measureTypeId" = cur."measureTypeId" AND pc."signedAt" < cur."signedAt"
          AND pc."tenderId" <> cur."tenderId" AND ${overlaps(Prisma.sql`cur."lotId"`, Prisma.sql`pc."lotId"`)}
        ORDER BY pc."signedAt" DESC, pc."id" DESC LIMIT 1
      ) p ON true
    )
    UPDATE "Contract" c SET "predecessorTenderId" = succ."predecessorTenderId", "changedHands" = succ."changedHands"
    FROM succ WHERE c."id" = succ."id"`;
}
