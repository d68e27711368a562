-- CreateIndex
CREATE INDEX "Claim_status_id_idx" ON "Claim"("status", "id");

-- CreateIndex
CREATE INDEX "ClaimItem_status_claimId_dueAt_idx" ON "ClaimItem"("status", "claimId", "dueAt");
