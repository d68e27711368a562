-- CreateIndex
CREATE INDEX "ClosureProposal_proposedAt_idx" ON "ClosureProposal"("proposedAt");

-- CreateIndex
CREATE INDEX "ClosureProposal_status_decidedAt_idx" ON "ClosureProposal"("status", "decidedAt");

-- CreateIndex
CREATE INDEX "CounterNotice_createdAt_idx" ON "CounterNotice"("createdAt");

-- CreateIndex
CREATE INDEX "CounterNotice_decidedAt_idx" ON "CounterNotice"("decidedAt");

-- CreateIndex
CREATE INDEX "StatementOfReasons_restriction_createdAt_idx" ON "StatementOfReasons"("restriction", "createdAt");

-- CreateIndex
CREATE INDEX "Strike_storeId_createdAt_idx" ON "Strike"("storeId", "createdAt");
