-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('PENDING', 'UPHELD', 'REJECTED');

-- AlterEnum
ALTER TYPE "AwardStatus" ADD VALUE 'REVOKED';

-- AlterTable
ALTER TABLE "AwardDecision" ADD COLUMN     "returnComment" TEXT,
ADD COLUMN     "returnedAt" TIMESTAMPTZ(3),
ADD COLUMN     "returnedById" TEXT;

-- AlterTable
ALTER TABLE "Contract" ADD COLUMN     "contractDate" DATE,
ADD COLUMN     "optionModel" TEXT,
ADD COLUMN     "signedById" TEXT;

-- CreateTable
CREATE TABLE "Complaint" (
    "id" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "supplierId" TEXT NOT NULL,
    "lodgedById" TEXT NOT NULL,
    "lodgedAt" TIMESTAMPTZ(3) NOT NULL,
    "text" TEXT NOT NULL,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionReason" TEXT,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintDocument" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ComplaintDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Injunction" (
    "id" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "registeredById" TEXT NOT NULL,
    "registeredAt" TIMESTAMPTZ(3) NOT NULL,
    "note" TEXT NOT NULL,
    "liftedById" TEXT,
    "liftedAt" TIMESTAMPTZ(3),
    "liftReason" TEXT,

    CONSTRAINT "Injunction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Complaint_tenderId_status_idx" ON "Complaint"("tenderId", "status");

-- CreateIndex
CREATE INDEX "ComplaintDocument_complaintId_idx" ON "ComplaintDocument"("complaintId");

-- CreateIndex
CREATE INDEX "Injunction_tenderId_idx" ON "Injunction"("tenderId");

-- AddForeignKey
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_returnedById_fkey" FOREIGN KEY ("returnedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_signedById_fkey" FOREIGN KEY ("signedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_lodgedById_fkey" FOREIGN KEY ("lodgedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintDocument" ADD CONSTRAINT "ComplaintDocument_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Injunction" ADD CONSTRAINT "Injunction_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Injunction" ADD CONSTRAINT "Injunction_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Injunction" ADD CONSTRAINT "Injunction_liftedById_fkey" FOREIGN KEY ("liftedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
