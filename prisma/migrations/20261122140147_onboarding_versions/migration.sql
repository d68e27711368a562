-- AlterTable
ALTER TABLE "AgencyAuthorization" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Brand" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "website" TEXT;

-- AlterTable
ALTER TABLE "Right" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;
