// The bench's data generator (scripts/bench/generate.ts, run at full scale by npm run bench)
// at a tiny scale on the test database, so the bench cannot rot unnoticed: every statement
// must still fit the schema, and the rows must be what the bench relies on.
import { describe, expect, it } from 'vitest';
import { uniqueToken } from '@/lib/factories';
import { benchIds, generateBenchData, type BenchScale } from '@/scripts/bench/generate';
import { rawQueueQuery } from '@/scripts/bench/queue';
import { testDb } from '../helpers/db';

const SCALE: BenchScale = { brands: 3, stores: 5, listings: 120, claims: 40 };

async function generate(prefix: string) {
  const db = await testDb();
  await generateBenchData((sql) => db.$executeRawUnsafe(sql), {
    prefix,
    seed: 7,
    scale: SCALE,
    anchor: new Date('2026-12-01T12:00:00Z'),
    passwordHash: 'not-a-hash',
  });
  const count = async (sql: string) => Number(((await db.$queryRawUnsafe(sql)) as { n: bigint | number }[])[0]!.n);
  return {
    listings: await count(`SELECT count(*) AS n FROM "Listing" WHERE "externalId" LIKE '${prefix}-L%'`),
    stores: await count(`SELECT count(*) AS n FROM "Store" WHERE slug LIKE '${prefix}-store-%'`),
    brands: await count(`SELECT count(*) AS n FROM "Brand" WHERE slug LIKE '${prefix}-brand-%'`),
    claims: await count(`SELECT count(*) AS n FROM "Claim" WHERE reference LIKE '${prefix.toUpperCase()}-CLM-%'`),
    items: await count(`SELECT count(*) AS n FROM "ClaimItem" ci JOIN "Claim" c ON c.id = ci."claimId" WHERE c.reference LIKE '${prefix.toUpperCase()}-CLM-%'`),
    queue: await count(
      `SELECT count(*) AS n FROM "ClaimItem" ci JOIN "Claim" c ON c.id = ci."claimId"
        WHERE c.reference LIKE '${prefix.toUpperCase()}-CLM-%'
          AND ci.status IN ('PENDING', 'IN_REVIEW', 'INFO_REQUESTED') AND c.status NOT IN ('DRAFT', 'WITHDRAWN')`,
    ),
    // Every decided removal has its strike; counter-notices exist only for decided removals.
    strikesMatchRemovals:
      (await count(`SELECT count(*) AS n FROM "Strike" st JOIN "ClaimItem" ci ON ci.id = st."claimItemId" JOIN "Claim" c ON c.id = ci."claimId"
                     WHERE c.reference LIKE '${prefix.toUpperCase()}-CLM-%'`)) ===
      (await count(`SELECT count(*) AS n FROM "ClaimItem" ci JOIN "Claim" c ON c.id = ci."claimId"
                     WHERE c.reference LIKE '${prefix.toUpperCase()}-CLM-%' AND ci.status IN ('REMOVED', 'RESTORED')`)),
    counterNoticesOnUndecided: await count(
      `SELECT count(*) AS n FROM "CounterNotice" cn JOIN "ClaimItem" ci ON ci.id = cn."claimItemId" JOIN "Claim" c ON c.id = ci."claimId"
        WHERE c.reference LIKE '${prefix.toUpperCase()}-CLM-%' AND ci.status NOT IN ('REMOVED', 'RESTORED')`,
    ),
    statuses: ((await db.$queryRawUnsafe(
      `SELECT string_agg(c.status::text, ',' ORDER BY c.reference) AS s FROM "Claim" c WHERE c.reference LIKE '${prefix.toUpperCase()}-CLM-%'`,
    )) as { s: string }[])[0]!.s,
  };
}

describe('bench data generator', () => {
  it('writes the rows of its scale, 1–3 items per claim, an open queue, the same for the same seed', async () => {
    const first = await generate(`bench-${uniqueToken().toLowerCase()}`);
    expect(first).toMatchObject({ listings: 120, stores: 5, brands: 3, claims: 40 });
    expect(first.items).toBeGreaterThanOrEqual(40);
    expect(first.items).toBeLessThanOrEqual(120);
    expect(first.queue).toBeGreaterThan(0);
    expect(first.queue).toBeLessThan(first.items);
    expect(first.strikesMatchRemovals).toBe(true);
    expect(first.counterNoticesOnUndecided).toBe(0);

    // Same seed, another prefix: the same marketplace.
    const second = await generate(`bench-${uniqueToken().toLowerCase()}`);
    expect(second).toEqual(first);
  });

  it("gives the bench's reviewer a sign-in and the raw queue query the bench's first brand", async () => {
    const prefix = `bench-${uniqueToken().toLowerCase()}`;
    await generate(prefix);
    const db = await testDb();
    const ids = benchIds(prefix);
    const reviewer = await db.user.findUniqueOrThrow({ where: { email: ids.reviewerEmail }, include: { memberships: true } });
    expect(reviewer.id).toBe(ids.reviewerId);
    expect(reviewer.memberships).toMatchObject([{ role: 'REVIEWER', organisationId: ids.marketplaceOrganisationId }]);
    await expect(db.brand.findUniqueOrThrow({ where: { id: ids.brandId } })).resolves.toMatchObject({ ownerOrganisationId: ids.brandOwnerOrganisationId });

    const raw = rawQueueQuery({ brand: ids.brandId }, 1, 25);
    const rows = (await db.$queryRawUnsafe(raw.sql, ...raw.params)) as { brandId: string; status: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.brandId === ids.brandId && ['PENDING', 'IN_REVIEW', 'INFO_REQUESTED'].includes(r.status))).toBe(true);
  });
});
