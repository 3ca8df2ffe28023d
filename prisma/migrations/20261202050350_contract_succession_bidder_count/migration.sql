-- AlterTable (filled from the tender before NOT NULL: its region and measure type are fixed since the announcement)
ALTER TABLE "Contract" ADD COLUMN     "changedHands" BOOLEAN,
ADD COLUMN     "measureTypeId" TEXT,
ADD COLUMN     "predecessorTenderId" TEXT,
ADD COLUMN     "regionId" TEXT;
UPDATE "Contract" c SET "regionId" = t."regionId", "measureTypeId" = t."measureTypeId" FROM "Tender" t WHERE t."id" = c."tenderId";
ALTER TABLE "Contract" ALTER COLUMN "measureTypeId" SET NOT NULL, ALTER COLUMN "regionId" SET NOT NULL;

-- AlterTable (the count at opening, for the tenders opened already: received bids never change after it)
ALTER TABLE "Tender" ADD COLUMN     "bidderCount" INTEGER;
UPDATE "Tender" t SET "bidderCount" = (
  SELECT COUNT(DISTINCT b."supplierId") FROM "Bid" b
  WHERE b."tenderId" = t."id" AND b."status" IN ('SUBMITTED', 'OPENED', 'REJECTED', 'QUALIFIED', 'EVALUATED', 'AWARDED', 'NOT_AWARDED')
) WHERE t."openedAt" IS NOT NULL;

-- CreateIndex
CREATE INDEX "Contract_regionId_measureTypeId_signedAt_idx" ON "Contract"("regionId", "measureTypeId", "signedAt");

-- CreateIndex
CREATE INDEX "Tender_openedAt_idx" ON "Tender"("openedAt");

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_measureTypeId_fkey" FOREIGN KEY ("measureTypeId") REFERENCES "MeasureType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_predecessorTenderId_fkey" FOREIGN KEY ("predecessorTenderId") REFERENCES "Tender"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The succession of the contracts concluded already, as lib/contracts/succession.ts fixes it for new ones (this copy
-- is frozen with the migration).
WITH cur AS (
  SELECT c."id", c."supplierId", c."lotId", c."tenderId", c."signedAt", c."regionId", c."measureTypeId" FROM "Contract" c
), succ AS (
  SELECT cur."id", p."tenderId" AS "predecessorTenderId",
    CASE WHEN p."tenderId" IS NULL THEN NULL ELSE NOT EXISTS (
      SELECT 1 FROM "Contract" inc WHERE inc."tenderId" = p."tenderId" AND inc."supplierId" = cur."supplierId" AND inc."signedAt" < cur."signedAt"
        AND (NOT EXISTS (SELECT 1 FROM "LotMunicipality" a WHERE a."lotId" = cur."lotId") OR NOT EXISTS (SELECT 1 FROM "LotMunicipality" b WHERE b."lotId" = inc."lotId")
          OR EXISTS (SELECT 1 FROM "LotMunicipality" a WHERE a."lotId" = cur."lotId" AND EXISTS (SELECT 1 FROM "LotMunicipality" b WHERE b."lotId" = inc."lotId" AND b."municipalityId" = a."municipalityId")))
    ) END AS "changedHands"
  FROM cur LEFT JOIN LATERAL (
    SELECT pc."tenderId" FROM "Contract" pc
    WHERE pc."regionId" = cur."regionId" AND pc."measureTypeId" = cur."measureTypeId" AND pc."signedAt" < cur."signedAt" AND pc."tenderId" <> cur."tenderId"
      AND (NOT EXISTS (SELECT 1 FROM "LotMunicipality" a WHERE a."lotId" = cur."lotId") OR NOT EXISTS (SELECT 1 FROM "LotMunicipality" b WHERE b."lotId" = pc."lotId")
        OR EXISTS (SELECT 1 FROM "LotMunicipality" a WHERE a."lotId" = cur."lotId" AND EXISTS (SELECT 1 FROM "LotMunicipality" b WHERE b."lotId" = pc."lotId" AND b."municipalityId" = a."municipalityId")))
    ORDER BY pc."signedAt" DESC, pc."id" DESC LIMIT 1
  ) p ON true
)
UPDATE "Contract" c SET "predecessorTenderId" = succ."predecessorTenderId", "changedHands" = succ."changedHands" FROM succ WHERE c."id" = succ."id";
