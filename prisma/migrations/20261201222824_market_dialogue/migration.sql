-- CreateEnum
CREATE TYPE "DialogueStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CONVERTED');

-- CreateTable
CREATE TABLE "MarketDialogue" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "measureTypeId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "status" "DialogueStatus" NOT NULL DEFAULT 'DRAFT',
    "meetingAt" TIMESTAMPTZ(3),
    "meetingPlace" TEXT,
    "responseDeadline" TIMESTAMPTZ(3) NOT NULL,
    "plannedAnnouncement" DATE,
    "publishedAt" TIMESTAMPTZ(3),
    "convertedAt" TIMESTAMPTZ(3),
    "tenderId" TEXT,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MarketDialogue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogueResponse" (
    "id" TEXT NOT NULL,
    "dialogueId" TEXT NOT NULL,
    "supplierId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "interested" BOOLEAN NOT NULL DEFAULT true,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DialogueResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MarketDialogue_reference_key" ON "MarketDialogue"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "MarketDialogue_tenderId_key" ON "MarketDialogue"("tenderId");

-- CreateIndex
CREATE INDEX "MarketDialogue_regionId_status_idx" ON "MarketDialogue"("regionId", "status");

-- CreateIndex
CREATE INDEX "MarketDialogue_status_responseDeadline_idx" ON "MarketDialogue"("status", "responseDeadline");

-- CreateIndex
CREATE INDEX "DialogueResponse_supplierId_idx" ON "DialogueResponse"("supplierId");

-- CreateIndex
CREATE UNIQUE INDEX "DialogueResponse_dialogueId_supplierId_key" ON "DialogueResponse"("dialogueId", "supplierId");

-- AddForeignKey
ALTER TABLE "MarketDialogue" ADD CONSTRAINT "MarketDialogue_measureTypeId_fkey" FOREIGN KEY ("measureTypeId") REFERENCES "MeasureType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketDialogue" ADD CONSTRAINT "MarketDialogue_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketDialogue" ADD CONSTRAINT "MarketDialogue_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketDialogue" ADD CONSTRAINT "MarketDialogue_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueResponse" ADD CONSTRAINT "DialogueResponse_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "MarketDialogue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueResponse" ADD CONSTRAINT "DialogueResponse_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueResponse" ADD CONSTRAINT "DialogueResponse_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
