-- CreateEnum
CREATE TYPE "ListingFlagReason" AS ENUM ('NO_GRANT', 'GRANT_EXPIRED', 'GRANT_REVOKED', 'AUTHORIZATION_REVOKED');

-- AlterEnum
ALTER TYPE "ClosureStatus" ADD VALUE 'OPEN';

-- DropIndex
DROP INDEX "ClosureAppeal_proposalId_idx";

-- DropIndex
DROP INDEX "StoreVerification_status_idx";

-- DropIndex
DROP INDEX "StoreVerification_storeId_idx";

-- AlterTable
ALTER TABLE "AuthorizationApplication" ADD COLUMN     "renewsGrantId" TEXT;

-- AlterTable
ALTER TABLE "Ban" ADD COLUMN     "phone" TEXT;

-- AlterTable
ALTER TABLE "ClosureProposal" ADD COLUMN     "proposedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Listing" ADD COLUMN     "flagReason" "ListingFlagReason";

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "phone" TEXT;

-- AlterTable
ALTER TABLE "SellingGrant" ADD COLUMN     "revocationReason" TEXT;

-- AlterTable
ALTER TABLE "StoreVerification" ADD COLUMN     "licenceNumber" TEXT,
ADD COLUMN     "ownerName" TEXT,
ADD COLUMN     "ownerPhone" TEXT,
ADD COLUMN     "submittedAt" TIMESTAMP(3),
ADD COLUMN     "submittedById" TEXT;

-- CreateIndex
CREATE INDEX "Ban_phone_idx" ON "Ban"("phone");

-- CreateIndex
CREATE UNIQUE INDEX "ClosureAppeal_proposalId_key" ON "ClosureAppeal"("proposalId");

-- CreateIndex
CREATE INDEX "StoreVerification_storeId_createdAt_idx" ON "StoreVerification"("storeId", "createdAt");

-- CreateIndex
CREATE INDEX "StoreVerification_status_submittedAt_idx" ON "StoreVerification"("status", "submittedAt");
