-- AlterTable
ALTER TABLE "BidVersion" ADD COLUMN     "receiptId" TEXT;

-- AlterTable
ALTER TABLE "QualificationRequirement" ADD COLUMN     "espdCode" TEXT;

-- CreateTable
CREATE TABLE "BidDraft" (
    "id" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "supplierId" TEXT NOT NULL,
    "ciphertext" BYTEA NOT NULL,
    "iv" BYTEA NOT NULL,
    "authTag" BYTEA NOT NULL,
    "keyId" TEXT NOT NULL,
    "updatedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BidDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BidDraftDocument" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "ciphertext" BYTEA NOT NULL,
    "iv" BYTEA NOT NULL,
    "authTag" BYTEA NOT NULL,
    "keyId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BidDraftDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BidReceipt" (
    "id" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "supplierId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "lotIds" TEXT[],
    "contentHash" TEXT NOT NULL,
    "documents" JSONB NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedById" TEXT NOT NULL,

    CONSTRAINT "BidReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BidIdempotencyKey" (
    "supplierId" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "result" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BidIdempotencyKey_pkey" PRIMARY KEY ("supplierId","operation","key")
);

-- CreateIndex
CREATE UNIQUE INDEX "BidDraft_tenderId_supplierId_key" ON "BidDraft"("tenderId", "supplierId");

-- CreateIndex
CREATE UNIQUE INDEX "BidDraftDocument_draftId_sha256_key" ON "BidDraftDocument"("draftId", "sha256");

-- CreateIndex
CREATE INDEX "BidReceipt_supplierId_idx" ON "BidReceipt"("supplierId");

-- CreateIndex
CREATE UNIQUE INDEX "BidReceipt_tenderId_supplierId_number_key" ON "BidReceipt"("tenderId", "supplierId", "number");

-- AddForeignKey
ALTER TABLE "BidVersion" ADD CONSTRAINT "BidVersion_receiptId_fkey" FOREIGN KEY ("receiptId") REFERENCES "BidReceipt"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidDraft" ADD CONSTRAINT "BidDraft_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidDraft" ADD CONSTRAINT "BidDraft_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidDraftDocument" ADD CONSTRAINT "BidDraftDocument_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "BidDraft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidReceipt" ADD CONSTRAINT "BidReceipt_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidReceipt" ADD CONSTRAINT "BidReceipt_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
