-- CreateEnum
CREATE TYPE "FilingSanctionKind" AS ENUM ('WARNING', 'SUSPENSION');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "trustedAtFiling" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ClaimItem" ADD COLUMN     "expeditedAt" TIMESTAMP(3),
ADD COLUMN     "restoredAt" TIMESTAMP(3),
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "FilingSanction" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "kind" "FilingSanctionKind" NOT NULL,
    "figures" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endsAt" TIMESTAMP(3),
    "liftedAt" TIMESTAMP(3),
    "liftedById" TEXT,
    "liftReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FilingSanction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FilingSanction_organisationId_kind_startsAt_idx" ON "FilingSanction"("organisationId", "kind", "startsAt");

-- CreateIndex
CREATE INDEX "FilingSanction_kind_endsAt_idx" ON "FilingSanction"("kind", "endsAt");

-- CreateIndex
CREATE INDEX "FilingSanction_liftedById_idx" ON "FilingSanction"("liftedById");

-- CreateIndex
CREATE INDEX "ClaimItem_expeditedAt_idx" ON "ClaimItem"("expeditedAt");

-- CreateIndex
CREATE INDEX "ClaimItem_withdrawnAt_idx" ON "ClaimItem"("withdrawnAt");

-- CreateIndex
CREATE INDEX "ClaimItem_restoredAt_idx" ON "ClaimItem"("restoredAt");

-- AddForeignKey
ALTER TABLE "FilingSanction" ADD CONSTRAINT "FilingSanction_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FilingSanction" ADD CONSTRAINT "FilingSanction_liftedById_fkey" FOREIGN KEY ("liftedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill. The tier at filing: submission gave a trusted brand's items the trusted queue
-- priority (REVIEW_PRIORITY_BY_TIER). Event times: updatedAt, the best record older rows have.
UPDATE "Claim" c SET "trustedAtFiling" = true
 WHERE EXISTS (SELECT 1 FROM "ClaimItem" ci WHERE ci."claimId" = c.id AND ci.priority >= 100);
UPDATE "ClaimItem" SET "withdrawnAt" = "updatedAt" WHERE status = 'WITHDRAWN';
UPDATE "ClaimItem" SET "restoredAt" = "updatedAt" WHERE status = 'RESTORED';
