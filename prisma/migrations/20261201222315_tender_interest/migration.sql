-- CreateTable
CREATE TABLE "TenderInterest" (
    "id" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "supplierId" TEXT NOT NULL,
    "registeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TenderInterest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TenderInterest_supplierId_idx" ON "TenderInterest"("supplierId");

-- CreateIndex
CREATE UNIQUE INDEX "TenderInterest_tenderId_supplierId_key" ON "TenderInterest"("tenderId", "supplierId");

-- AddForeignKey
ALTER TABLE "TenderInterest" ADD CONSTRAINT "TenderInterest_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenderInterest" ADD CONSTRAINT "TenderInterest_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
