-- CreateIndex
CREATE INDEX "Amendment_publishedAt_idx" ON "Amendment"("publishedAt");

-- CreateIndex
CREATE INDEX "AwardDecision_sentAt_idx" ON "AwardDecision"("sentAt");

-- CreateIndex
CREATE INDEX "MarketDialogue_publishedAt_idx" ON "MarketDialogue"("publishedAt");

-- CreateIndex
CREATE INDEX "Tender_cancelledAt_idx" ON "Tender"("cancelledAt");
