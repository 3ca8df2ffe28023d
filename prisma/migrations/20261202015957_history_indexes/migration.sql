-- CreateIndex
CREATE INDEX "AwardDecision_lotId_status_idx" ON "AwardDecision"("lotId", "status");

-- CreateIndex
CREATE INDEX "AwardDecision_approvedAt_idx" ON "AwardDecision"("approvedAt");

-- CreateIndex
CREATE INDEX "Tender_announcedAt_idx" ON "Tender"("announcedAt");
