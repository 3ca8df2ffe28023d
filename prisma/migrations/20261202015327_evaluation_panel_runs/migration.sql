-- AlterTable
ALTER TABLE "AwardDecision" ADD COLUMN     "rank" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "EvaluationScore" ALTER COLUMN "score" SET DATA TYPE DECIMAL(24,20);

-- AlterTable
ALTER TABLE "Lot" ADD COLUMN     "winnerCount" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "PanelMember" ADD COLUMN     "appointedAt" TIMESTAMPTZ(3),
ADD COLUMN     "appointedById" TEXT,
ADD COLUMN     "conflictDetails" TEXT,
ADD COLUMN     "declaredBidders" JSONB,
ADD COLUMN     "isChair" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "scoresSubmittedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "EvaluationRun" (
    "id" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "cause" TEXT NOT NULL,
    "actorId" TEXT,
    "fingerprint" TEXT NOT NULL,
    "lots" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EvaluationRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EvaluationRun_tenderId_createdAt_idx" ON "EvaluationRun"("tenderId", "createdAt");

-- AddForeignKey
ALTER TABLE "EvaluationRun" ADD CONSTRAINT "EvaluationRun_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
