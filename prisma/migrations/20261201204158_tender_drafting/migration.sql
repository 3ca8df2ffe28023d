-- CreateEnum
CREATE TYPE "DraftApproval" AS ENUM ('MANAGER', 'SECOND_OFFICER');

-- AlterTable
ALTER TABLE "Lot" ADD COLUMN     "continuousIntake" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "draftApproval" "DraftApproval" NOT NULL DEFAULT 'MANAGER';

-- AlterTable
ALTER TABLE "Tender" ADD COLUMN     "approvedAt" TIMESTAMPTZ(3),
ADD COLUMN     "approvedById" TEXT,
ADD COLUMN     "reservationBasis" TEXT,
ADD COLUMN     "returnComment" TEXT,
ADD COLUMN     "submittedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "QualificationRequirement" (
    "id" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "requirement" TEXT NOT NULL,
    "documentation" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "QualificationRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "QualificationRequirement_tenderId_position_key" ON "QualificationRequirement"("tenderId", "position");

-- AddForeignKey
ALTER TABLE "Tender" ADD CONSTRAINT "Tender_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualificationRequirement" ADD CONSTRAINT "QualificationRequirement_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
