-- ClaimItem.slaPausedMs (int4 milliseconds overflows after ~24.8 days of waiting on a
-- brand) becomes slaPausedSeconds, existing values kept (converted).
ALTER TABLE "ClaimItem" RENAME COLUMN "slaPausedMs" TO "slaPausedSeconds";
UPDATE "ClaimItem" SET "slaPausedSeconds" = "slaPausedSeconds" / 1000;
