-- Human claim references (CLM-<year>-<6 digits>) are numbered from this sequence when a
-- draft is submitted (lib/data/claim-filing.ts). A sequence never hands the same number
-- out twice, even to concurrent transactions, and is outside the Prisma schema (Prisma
-- models no standalone sequences on PostgreSQL), so the drift check does not see it.
CREATE SEQUENCE IF NOT EXISTS "claim_reference_seq" AS BIGINT START WITH 1 INCREMENT BY 1 NO CYCLE;
