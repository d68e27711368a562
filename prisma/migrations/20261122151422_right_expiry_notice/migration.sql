-- AlterTable
ALTER TABLE "Right" ADD COLUMN     "expiryNotifiedAt" TIMESTAMP(3);
