-- A lot covers the tender's whole region or a set of its municipalities (LotMunicipality); the single
-- Lot.municipalityId is folded into the join table, keeping every existing lot's area.

-- CreateTable
CREATE TABLE "LotMunicipality" (
    "lotId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,

    CONSTRAINT "LotMunicipality_pkey" PRIMARY KEY ("lotId","municipalityId")
);

-- CreateIndex
CREATE INDEX "LotMunicipality_municipalityId_idx" ON "LotMunicipality"("municipalityId");

-- AddForeignKey
ALTER TABLE "LotMunicipality" ADD CONSTRAINT "LotMunicipality_lotId_fkey" FOREIGN KEY ("lotId") REFERENCES "Lot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LotMunicipality" ADD CONSTRAINT "LotMunicipality_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Data: the old single municipality becomes the lot's one covered municipality; every lot names its tender's region.
INSERT INTO "LotMunicipality" ("lotId", "municipalityId")
SELECT "id", "municipalityId" FROM "Lot" WHERE "municipalityId" IS NOT NULL;

UPDATE "Lot" SET "regionId" = "Tender"."regionId" FROM "Tender" WHERE "Lot"."tenderId" = "Tender"."id" AND "Lot"."regionId" IS NULL;

-- DropForeignKey
ALTER TABLE "Lot" DROP CONSTRAINT "Lot_municipalityId_fkey";

-- AlterTable
ALTER TABLE "Lot" DROP COLUMN "municipalityId",
ADD COLUMN     "reservation" "Reservation",
ADD COLUMN     "reservationBasis" TEXT;

-- AlterTable
ALTER TABLE "Tender" ADD COLUMN     "chosenRegime" "Regime",
ADD COLUMN     "chosenRegimeReason" TEXT,
ADD COLUMN     "paymentSplit" JSONB;
