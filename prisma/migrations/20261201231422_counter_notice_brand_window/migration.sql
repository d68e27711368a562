-- AlterTable
ALTER TABLE "CounterNotice" ADD COLUMN     "brandWindowClosedAt" TIMESTAMP(3);
