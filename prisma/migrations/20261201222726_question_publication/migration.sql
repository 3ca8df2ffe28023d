-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "publicNumber" INTEGER,
ADD COLUMN     "publicText" TEXT;

-- CreateIndex
CREATE INDEX "Question_supplierId_idx" ON "Question"("supplierId");

-- CreateIndex
CREATE UNIQUE INDEX "Question_tenderId_publicNumber_key" ON "Question"("tenderId", "publicNumber");
