-- CreateIndex
CREATE INDEX "Tender_regionId_measureTypeId_idx" ON "Tender"("regionId", "measureTypeId");

-- CreateIndex
CREATE INDEX "Contract_tenderId_idx" ON "Contract"("tenderId");

-- CreateIndex
CREATE INDEX "Contract_signedAt_idx" ON "Contract"("signedAt");
