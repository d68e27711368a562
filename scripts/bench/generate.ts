// The bench data generator: a marketplace of realistic size (at scale 1: 1,000,000 listings,
// 200,000 claims with ~400,000 claim items, 20,000 stores, 200 brands) written by the
// database itself with INSERT … SELECT over generate_series, one statement per table, so
// it runs at the same speed through PostgreSQL and PGlite and needs no client-side rows.
//
// Deterministic: every "random" choice is hashint8 of the row number mixed with the seed,
// and every id is md5(prefix:kind:n) shaped as a UUID, so the same seed, prefix and anchor
// date always give the same rows. Every unique column carries the prefix, so a small run
// can share a database with other rows (the smoke test runs it on the shared test database).
//
// Not 'server-only' and free of Next imports: the bench script and a Vitest test both use it.
import { createHash } from 'node:crypto';

export interface BenchScale {
  brands: number;
  stores: number;
  listings: number;
  claims: number;
}

export const FULL_SCALE: BenchScale = { brands: 200, stores: 20_000, listings: 1_000_000, claims: 200_000 };

export function scaled(scale: number): BenchScale {
  const of = (n: number, min: number) => Math.max(min, Math.round(n * scale));
  const brands = of(FULL_SCALE.brands, 2);
  const claims = of(FULL_SCALE.claims, 10);
  // Claim items take listings 3c..3c+2 of claim c, so there must be at least 3 per claim.
  const listings = Math.max(of(FULL_SCALE.listings, 30), 3 * claims);
  return { brands, stores: of(FULL_SCALE.stores, 2), listings, claims };
}

export interface GenerateOptions {
  /** Lower-case letters, digits and '-': goes into every id and unique column. */
  prefix: string;
  seed: number;
  scale: BenchScale;
  /** Dates are laid out around this moment (open claims were submitted in the 5 days before it). */
  anchor: Date;
  /** The password hash every generated user gets (argon2id of a known password, or anything). */
  passwordHash: string;
}

export interface GeneratedIds {
  reviewerId: string;
  reviewerEmail: string;
  marketplaceOrganisationId: string;
  brandAgentEmail: string;
  brandAgentId: string;
  brandOwnerOrganisationId: string;
  brandId: string;
  /** The first seller organisation (stores 1–10): the seller dashboard's. */
  sellerOrganisationId: string;
}

/** Runs one SQL statement (no parameters). $executeRawUnsafe, pg's query or PGlite's exec. */
export type ExecSql = (sql: string) => Promise<unknown>;

export interface GenerationStep {
  table: string;
  ms: number;
}

// The claim statuses (per mille of claims) and the queue they make: about 18% of claims
// (SUBMITTED, most of IN_REVIEW, INFO_REQUESTED) have items waiting, ~70,000 at scale 1.
const CLAIM_STATUS_BUCKETS: [number, string][] = [
  [70, 'DRAFT'],
  [170, 'SUBMITTED'],
  [250, 'IN_REVIEW'],
  [280, 'INFO_REQUESTED'],
  [930, 'DECIDED'],
  [1000, 'WITHDRAWN'],
];
const OPEN_CLAIM_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED'];
const INFRINGEMENT_TYPES = ['COUNTERFEIT', 'TRADEMARK_MISUSE', 'COPYRIGHT', 'DESIGN', 'IMAGE_THEFT', 'UNAUTHORIZED_SALE', 'OTHER'];
const STANDARD_SLA_HOURS = 72;
const TRUSTED_SLA_HOURS = 24;
const TRUSTED_PRIORITY = 100;

function assertPrefix(prefix: string): void {
  if (!/^[a-z0-9-]{1,40}$/.test(prefix)) throw new Error(`Bench prefix must be lower-case letters, digits and '-': ${prefix}`);
}

/** The deterministic id of the n-th row of a kind (n may be an SQL expression). */
function idOf(prefix: string, kind: string, n: string): string {
  return `md5('${prefix}:${kind}:' || (${n}))::uuid::text`;
}

export function benchIds(prefix: string): GeneratedIds {
  assertPrefix(prefix);
  // Computed in JS exactly as idOf does in SQL, so the bench can find its reviewer.
  return {
    reviewerId: md5Uuid(`${prefix}:user:reviewer-1`),
    reviewerEmail: `${prefix}-reviewer-1@bench.example`,
    marketplaceOrganisationId: md5Uuid(`${prefix}:org:marketplace`),
    brandAgentEmail: `${prefix}-agent-1@bench.example`,
    brandAgentId: md5Uuid(`${prefix}:user:agent-1`),
    brandOwnerOrganisationId: md5Uuid(`${prefix}:org:brand-1`),
    brandId: md5Uuid(`${prefix}:brand:1`),
    sellerOrganisationId: md5Uuid(`${prefix}:org:seller-1`),
  };
}

function md5Uuid(text: string): string {
  const h = createHash('md5').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The statements that write the bench data, in order, each with the table it fills. */
export function generationStatements(options: GenerateOptions): { table: string; sql: string }[] {
  const { prefix, seed, scale, anchor } = options;
  assertPrefix(prefix);
  if (!Number.isInteger(seed) || seed < 0) throw new Error('Bench seed must be a non-negative integer');
  const { brands, stores, listings, claims } = scale;
  const at = `'${anchor.toISOString()}'::timestamp`;
  const hash = `'${options.passwordHash.replace(/'/g, "''")}'`;
  // A non-negative pseudo-random int of an SQL expression, per salt and seed.
  const rnd = (expr: string, salt: number) => `(hashint8(((${expr})::bigint * 1000003) + ${salt * 7_919 + seed * 104_729}) & 2147483647)`;
  const sellerOrgs = Math.max(1, Math.ceil(stores / 10));
  const agents = brands; // one brand agent per brand-owner organisation
  const pick = (values: string[], expr: string) => `(ARRAY[${values.map((v) => `'${v}'`).join(',')}])[1 + ${expr} % ${values.length}]`;

  // The claim status of claim c (0-based), shared by Claim and ClaimItem so they agree.
  const claimR = (c: string) => rnd(c, 11) + ' % 1000';
  const claimStatus = (c: string) =>
    `(CASE ${CLAIM_STATUS_BUCKETS.map(([upTo, s]) => `WHEN ${claimR(c)} < ${upTo} THEN '${s}'`).join(' ')} END)`;
  const trusted = (b: string) => `((${b}) % 10 = 0)`; // brand numbers are 1-based
  const brandOfClaim = (c: string) => `((${c}) % ${brands} + 1)`;
  // Open claims were submitted in the 5 days before the anchor (so some are overdue),
  // finished ones in the year before it (the dashboards' and the report's longest period).
  const submittedAt = (c: string, status: string) =>
    `(${at} - make_interval(mins => (CASE WHEN ${status} IN (${OPEN_CLAIM_STATUSES.map((s) => `'${s}'`).join(',')}) THEN ${rnd(c, 12)} % 7200 ELSE ${rnd(c, 12)} % 525600 END)::int))`;
  // The store of listing l (as the Listing statement picks it).
  const storeOfListing = (l: string) => `(${rnd(l, 31)} % ${stores} + 1)`;
  // Time from submission to decision: 1 to 96 hours, so medians and p90s are not constants.
  const decisionDelay = (r: string) => `make_interval(hours => 1 + (${r} / 7) % 96)`;
  // A fifth of a trusted brand's removals were expedited takedowns, confirmed after.
  const expedited = (b: string, ist: string, r: string) => `(${trusted(b)} AND ${ist} = 'REMOVED' AND (${r} / 11) % 5 = 0)`;

  return [
    {
      table: 'Organisation',
      sql: `INSERT INTO "Organisation" (id, name, kind, "verificationStatus", country, "createdAt", "updatedAt")
        SELECT ${idOf(prefix, 'org', "'marketplace'")}, 'Bench Marketplace ${prefix}', 'MARKETPLACE'::"OrganisationKind", 'VERIFIED'::"VerificationStatus", 'US', ${at}, ${at}
        UNION ALL
        SELECT ${idOf(prefix, 'org', "'brand-' || b")}, 'Bench Brand Owner ' || b, 'BRAND_OWNER'::"OrganisationKind", 'VERIFIED'::"VerificationStatus", 'US', ${at}, ${at}
          FROM generate_series(1, ${brands}) b
        UNION ALL
        SELECT ${idOf(prefix, 'org', "'seller-' || s")}, 'Bench Seller ' || s, 'SELLER'::"OrganisationKind", 'VERIFIED'::"VerificationStatus", 'CN', ${at}, ${at}
          FROM generate_series(1, ${sellerOrgs}) s`,
    },
    {
      table: 'User',
      sql: `INSERT INTO "User" (id, email, name, "passwordHash", "createdAt", "updatedAt")
        SELECT ${idOf(prefix, 'user', "'reviewer-' || r")}, '${prefix}-reviewer-' || r || '@bench.example', 'Bench Reviewer ' || r, ${hash}, ${at}, ${at}
          FROM generate_series(1, 2) r
        UNION ALL
        SELECT ${idOf(prefix, 'user', "'agent-' || a")}, '${prefix}-agent-' || a || '@bench.example', 'Bench Agent ' || a, ${hash}, ${at}, ${at}
          FROM generate_series(1, ${agents}) a
        UNION ALL
        SELECT ${idOf(prefix, 'user', "'seller-' || s")}, '${prefix}-seller-' || s || '@bench.example', 'Bench Seller ' || s, ${hash}, ${at}, ${at}
          FROM generate_series(1, ${sellerOrgs}) s`,
    },
    {
      table: 'Membership',
      sql: `INSERT INTO "Membership" (id, "userId", "organisationId", role, "createdAt", "updatedAt")
        SELECT ${idOf(prefix, 'membership', "'reviewer-' || r")}, ${idOf(prefix, 'user', "'reviewer-' || r")}, ${idOf(prefix, 'org', "'marketplace'")}, 'REVIEWER'::"Role", ${at}, ${at}
          FROM generate_series(1, 2) r
        UNION ALL
        SELECT ${idOf(prefix, 'membership', "'agent-' || a")}, ${idOf(prefix, 'user', "'agent-' || a")}, ${idOf(prefix, 'org', "'brand-' || a")}, 'BRAND_AGENT'::"Role", ${at}, ${at}
          FROM generate_series(1, ${agents}) a
        UNION ALL
        SELECT ${idOf(prefix, 'membership', "'seller-' || s")}, ${idOf(prefix, 'user', "'seller-' || s")}, ${idOf(prefix, 'org', "'seller-' || s")}, 'SELLER'::"Role", ${at}, ${at}
          FROM generate_series(1, ${sellerOrgs}) s`,
    },
    {
      table: 'Brand',
      // Every 25th brand waits for verification (the reviewer's backlog panel), every 10th
      // is TRUSTED (its items go to the front of the queue), every 5th is protected.
      sql: `INSERT INTO "Brand" (id, name, slug, "ownerOrganisationId", "verificationStatus", "isProtected", category, tier, "createdAt", "updatedAt")
        SELECT ${idOf(prefix, 'brand', 'b')}, 'Bench Brand ' || lpad(b::text, 4, '0'), '${prefix}-brand-' || b,
               ${idOf(prefix, 'org', "'brand-' || b")},
               (CASE WHEN b % 25 = 0 THEN 'PENDING' ELSE 'VERIFIED' END)::"VerificationStatus",
               b % 5 = 0, 'Fashion', (CASE WHEN ${trusted('b')} THEN 'TRUSTED' ELSE 'STANDARD' END)::"BrandTier",
               ${at} - make_interval(days => b), ${at}
          FROM generate_series(1, ${brands}) b`,
    },
    {
      table: 'Right',
      sql: `INSERT INTO "Right" (id, "brandId", type, "registrationNumber", office, jurisdiction, classes, "ownerName", "registeredAt", "expiresAt", status, "createdAt", "updatedAt")
        SELECT ${idOf(prefix, 'right', 'b')}, ${idOf(prefix, 'brand', 'b')}, 'TRADEMARK', '${prefix}-R' || b, 'USPTO', 'US', ARRAY[25, 18],
               'Bench Brand Owner ' || b, ${at} - interval '5 years', ${at} + interval '5 years',
               (CASE WHEN b % 25 = 0 THEN 'PENDING' ELSE 'VERIFIED' END)::"RightStatus", ${at}, ${at}
          FROM generate_series(1, ${brands}) b`,
    },
    {
      table: 'Store',
      sql: `INSERT INTO "Store" (id, name, slug, "sellerOrganisationId", status, "verificationStatus", country, "openedAt", "createdAt", "updatedAt")
        SELECT ${idOf(prefix, 'store', 's')}, 'Bench Store ' || s, '${prefix}-store-' || s,
               ${idOf(prefix, 'org', `'seller-' || ((s - 1) / 10 + 1)`)},
               (CASE WHEN ${rnd('s', 21)} % 100 < 2 THEN 'RESTRICTED' WHEN ${rnd('s', 21)} % 100 < 3 THEN 'SUSPENDED' ELSE 'ACTIVE' END)::"StoreStatus",
               'VERIFIED', 'CN', ${at} - make_interval(days => ${rnd('s', 22)} % 1000), ${at}, ${at}
          FROM generate_series(1, ${stores}) s`,
    },
    {
      table: 'Listing',
      // Listings 3c..3c+2 carry claim c's brand (claim items take them); the rest are 70%
      // branded at random, 30% unbranded.
      sql: `INSERT INTO "Listing" (id, "externalId", "storeId", "brandId", title, "priceCents", "stockQuantity", "imageUrls", status, "createdAt", "updatedAt")
        SELECT ${idOf(prefix, 'listing', 'l')}, '${prefix}-L' || l,
               ${idOf(prefix, 'store', storeOfListing('l'))},
               (CASE WHEN l < ${3 * claims} THEN ${idOf(prefix, 'brand', brandOfClaim('l / 3'))}
                     WHEN ${rnd('l', 32)} % 10 < 7 THEN ${idOf(prefix, 'brand', `${rnd('l', 33)} % ${brands} + 1`)}
                     ELSE NULL END),
               'Bench product ' || l || ' ' || ${pick(['leather handbag', 'running shoes', 'wrist watch', 'sunglasses', 'silk scarf', 'phone case', 'perfume 50 ml', 'wallet'], rnd('l', 34))},
               500 + ${rnd('l', 35)} % 50000, ${rnd('l', 36)} % 200, ARRAY['https://img.bench.example/' || l || '.jpg'],
               (CASE WHEN ${rnd('l', 37)} % 100 < 4 THEN 'REMOVED' WHEN ${rnd('l', 37)} % 100 < 5 THEN 'RESTORED' ELSE 'ACTIVE' END)::"ListingStatus",
               ${at} - make_interval(mins => ${rnd('l', 38)} % 525600), ${at}
          FROM generate_series(0, ${listings - 1}) l`,
    },
    {
      table: 'Claim',
      sql: `INSERT INTO "Claim" (id, reference, "brandId", "filerOrganisationId", "filedById", status, summary, "goodFaithDeclared", "accuracyDeclared",
                                 "signatureName", "signedAt", "submittedAt", "dueAt", "withdrawnAt", "trustedAtFiling", "createdAt", "updatedAt")
        SELECT ${idOf(prefix, 'claim', 'c')}, '${prefix.toUpperCase()}-CLM-' || lpad(c::text, 7, '0'),
               ${idOf(prefix, 'brand', 'b')}, ${idOf(prefix, 'org', "'brand-' || b")}, ${idOf(prefix, 'user', "'agent-' || b")},
               st::"ClaimStatus", 'Counterfeit listings found by the brand''s monitoring',
               st <> 'DRAFT', st <> 'DRAFT', CASE WHEN st <> 'DRAFT' THEN 'Bench Agent ' || b END,
               CASE WHEN st <> 'DRAFT' THEN sub END, CASE WHEN st <> 'DRAFT' THEN sub END,
               CASE WHEN st <> 'DRAFT' THEN sub + make_interval(hours => CASE WHEN ${trusted('b')} THEN ${TRUSTED_SLA_HOURS} ELSE ${STANDARD_SLA_HOURS} END) END,
               CASE WHEN st = 'WITHDRAWN' THEN sub + interval '1 day' END,
               st <> 'DRAFT' AND ${trusted('b')},
               sub - interval '1 hour', sub
          FROM (SELECT c, ${brandOfClaim('c')} AS b, ${claimStatus('c')} AS st, ${submittedAt('c', claimStatus('c'))} AS sub
                  FROM generate_series(0, ${claims - 1}) c) x`,
    },
    {
      table: 'ClaimRight',
      sql: `INSERT INTO "ClaimRight" ("claimId", "rightId")
        SELECT ${idOf(prefix, 'claim', 'c')}, ${idOf(prefix, 'right', brandOfClaim('c'))} FROM generate_series(0, ${claims - 1}) c`,
    },
    {
      table: 'ClaimItem',
      // 1–3 items per claim. Items of open claims are mostly waiting (PENDING, IN_REVIEW,
      // INFO_REQUESTED); decided claims' items are REMOVED, REJECTED or (rarely) RESTORED.
      sql: `INSERT INTO "ClaimItem" (id, "claimId", "listingId", "infringementType", status, priority, "dueAt", "assignedReviewerId", "assignedAt",
                                     "removalReason", "rejectionReason", "removalRightId", "decidedById", "decidedAt", "infoRequest", "infoRequestedAt",
                                     expedited, "expeditedAt", "withdrawnAt", "restoredAt", "createdAt", "updatedAt")
        SELECT ${idOf(prefix, 'item', "c || '-' || k")}, ${idOf(prefix, 'claim', 'c')}, ${idOf(prefix, 'listing', 'c * 3 + k')},
               ${pick(INFRINGEMENT_TYPES, rnd('c * 3 + k', 41))}::"InfringementType",
               ist::"ClaimItemStatus", CASE WHEN ${trusted('b')} THEN ${TRUSTED_PRIORITY} ELSE 0 END,
               CASE WHEN st <> 'DRAFT' THEN sub + make_interval(hours => CASE WHEN ${trusted('b')} THEN ${TRUSTED_SLA_HOURS} ELSE ${STANDARD_SLA_HOURS} END) END,
               CASE WHEN ist IN ('IN_REVIEW', 'REMOVED', 'REJECTED', 'RESTORED') THEN ${idOf(prefix, 'user', "'reviewer-' || (1 + c % 2)")} END,
               CASE WHEN ist IN ('IN_REVIEW', 'REMOVED', 'REJECTED', 'RESTORED') THEN sub + interval '2 hours' END,
               CASE WHEN ist IN ('REMOVED', 'RESTORED') THEN 'COUNTERFEIT'::"RemovalReason" END,
               CASE WHEN ist = 'REJECTED' THEN 'INSUFFICIENT_EVIDENCE'::"RejectionReason" END,
               CASE WHEN ist IN ('REMOVED', 'RESTORED') THEN ${idOf(prefix, 'right', 'b')} END,
               CASE WHEN ist IN ('REMOVED', 'REJECTED', 'RESTORED') THEN ${idOf(prefix, 'user', "'reviewer-' || (1 + c % 2)")} END,
               CASE WHEN ist IN ('REMOVED', 'REJECTED', 'RESTORED') THEN sub + ${decisionDelay('r')} END,
               CASE WHEN ist = 'INFO_REQUESTED' THEN 'Please add a test purchase' END,
               CASE WHEN ist = 'INFO_REQUESTED' THEN sub + interval '3 hours' END,
               ${expedited('b', 'ist', 'r')}, CASE WHEN ${expedited('b', 'ist', 'r')} THEN sub END,
               CASE WHEN ist = 'WITHDRAWN' THEN sub + interval '1 day' END,
               CASE WHEN ist = 'RESTORED' THEN sub + ${decisionDelay('r')} + interval '12 days' END,
               sub - interval '1 hour', sub
          FROM (SELECT c, k, b, st, sub, r,
                       (CASE st
                          WHEN 'DRAFT' THEN 'PENDING' WHEN 'SUBMITTED' THEN 'PENDING' WHEN 'WITHDRAWN' THEN 'WITHDRAWN'
                          WHEN 'IN_REVIEW' THEN (ARRAY['PENDING','PENDING','PENDING','PENDING','IN_REVIEW','IN_REVIEW','REMOVED','REMOVED','REJECTED','REJECTED'])[1 + r % 10]
                          WHEN 'INFO_REQUESTED' THEN (CASE WHEN r % 10 < 6 THEN 'INFO_REQUESTED' ELSE 'PENDING' END)
                          ELSE (CASE WHEN r % 100 < 70 THEN 'REMOVED' WHEN r % 100 < 97 THEN 'REJECTED' ELSE 'RESTORED' END)
                        END) AS ist
                  FROM (SELECT c, k, ${brandOfClaim('c')} AS b, ${claimStatus('c')} AS st, ${submittedAt('c', claimStatus('c'))} AS sub,
                               ${rnd('c * 3 + k', 42)} AS r
                          FROM generate_series(0, ${claims - 1}) c CROSS JOIN generate_series(0, 2) k
                         WHERE k < 1 + ${rnd('c', 43)} % 3) y) x`,
    },
    {
      table: 'Strike',
      // Every decided removal gave its store a strike: withdrawn when the removal was
      // restored, expired after the 90-day window, active otherwise.
      sql: `INSERT INTO "Strike" (id, "storeId", source, reason, "claimItemId", "issuedById", status, "expiresAt", "withdrawnAt", "createdAt", "updatedAt")
        SELECT ${idOf(prefix, 'strike', 'ci.id')}, l."storeId", 'CLAIM_ITEM'::"StrikeSource", 'Listing removed: counterfeit', ci.id, ci."decidedById",
               (CASE WHEN ci.status = 'RESTORED' THEN 'WITHDRAWN' WHEN ci."decidedAt" > ${at} - interval '90 days' THEN 'ACTIVE' ELSE 'EXPIRED' END)::"StrikeStatus",
               ci."decidedAt" + interval '90 days', ci."restoredAt", ci."decidedAt", ci."decidedAt"
          FROM "ClaimItem" ci
          JOIN "Claim" c ON c.id = ci."claimId"
          JOIN "Listing" l ON l.id = ci."listingId"
         WHERE c.reference LIKE '${prefix.toUpperCase()}-CLM-%' AND ci.status IN ('REMOVED', 'RESTORED') AND ci."decidedById" IS NOT NULL`,
    },
    {
      table: 'CounterNotice',
      // Every restored removal came back on a counter-notice; a tenth of the standing ones were
      // contested and upheld.
      sql: `INSERT INTO "CounterNotice" (id, "claimItemId", "storeId", "filedById", ground, statement, "perjuryDeclared", "jurisdictionConsent",
                                         "signatureName", "signedAt", status, "brandResponseDueAt", "decidedById", "decisionReason", "decidedAt", "createdAt", "updatedAt")
        SELECT ${idOf(prefix, 'counter-notice', 'ci.id')}, ci.id, l."storeId", m."userId", 'GENUINE_GOODS'::"CounterNoticeGround",
               'The goods are genuine; invoices attached.', true, true, 'Bench Seller', ci."decidedAt" + interval '3 days',
               (CASE WHEN ci.status = 'RESTORED' THEN 'RESTORED' ELSE 'UPHELD' END)::"CounterNoticeStatus",
               ci."decidedAt" + interval '17 days', ci."decidedById", 'Decided on the evidence.', ci."decidedAt" + interval '12 days',
               ci."decidedAt" + interval '3 days', ci."decidedAt" + interval '12 days'
          FROM "ClaimItem" ci
          JOIN "Claim" c ON c.id = ci."claimId"
          JOIN "Listing" l ON l.id = ci."listingId"
          JOIN "Store" s ON s.id = l."storeId"
          JOIN "Membership" m ON m."organisationId" = s."sellerOrganisationId" AND m.role = 'SELLER'
         WHERE c.reference LIKE '${prefix.toUpperCase()}-CLM-%' AND ci."decidedById" IS NOT NULL
           AND (ci.status = 'RESTORED' OR (ci.status = 'REMOVED' AND ${rnd('hashtext(ci.id)', 51)} % 10 = 0))`,
    },
  ];
}

// Secondary indexes of the big tables are dropped before the load and rebuilt after it from
// their own definitions (so they stay exactly what the migrations made): building an index
// by one sort is several times faster than a million single inserts into it. Primary keys
// and foreign keys stay.
const BULK_TABLES = ['Listing', 'Claim', 'ClaimRight', 'ClaimItem', 'Strike', 'CounterNotice'];
const SAVED_INDEXES = '_bench_saved_indexes';
const DROP_INDEXES = [
  `DROP TABLE IF EXISTS "${SAVED_INDEXES}"`,
  `CREATE TABLE "${SAVED_INDEXES}" AS
     SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename IN (${BULK_TABLES.map((t) => `'${t}'`).join(', ')})
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
  `DO $$ DECLARE r record; BEGIN
     FOR r IN SELECT indexname FROM "${SAVED_INDEXES}" LOOP EXECUTE format('DROP INDEX %I', r.indexname); END LOOP;
   END $$`,
];
const REBUILD_INDEXES = [
  `DO $$ DECLARE r record; BEGIN
     FOR r IN SELECT indexdef FROM "${SAVED_INDEXES}" LOOP EXECUTE r.indexdef; END LOOP;
   END $$`,
  `DROP TABLE "${SAVED_INDEXES}"`,
];

/**
 * Writes the bench data, one statement per table, rebuilds the big tables' indexes, then
 * vacuums and refreshes the planner's statistics. Run it on a database nobody else writes to meanwhile
 * (the big tables' secondary indexes, unique ones included, are missing during the load).
 */
export async function generateBenchData(exec: ExecSql, options: GenerateOptions, onStep?: (step: GenerationStep) => void): Promise<GenerationStep[]> {
  const steps: GenerationStep[] = [];
  const timed = async (table: string, statements: string[]) => {
    const started = performance.now();
    for (const sql of statements) await exec(sql);
    const step = { table, ms: performance.now() - started };
    steps.push(step);
    onStep?.(step);
  };
  await timed('(drop indexes)', DROP_INDEXES);
  for (const { table, sql } of generationStatements(options)) {
    const started = performance.now();
    await exec(sql);
    const step = { table, ms: performance.now() - started };
    steps.push(step);
    onStep?.(step);
  }
  await timed('(indexes)', REBUILD_INDEXES);
  // VACUUM as autovacuum would soon after such a load: it sets the visibility map that
  // index-only scans rely on, so the bench measures the steady state, not the first minutes.
  await timed('(VACUUM ANALYZE)', ['VACUUM ANALYZE']);
  return steps;
}
