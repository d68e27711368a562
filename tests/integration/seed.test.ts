// The demo marketplace (scripts/seed.ts) on a fresh database: what `npm start` shows a
// first-time user, and what the e2e tests sign in to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { ORGANISATION_KIND_BY_ROLE } from '@/lib/authz/policy';
import { POLICY_DEFAULTS } from '@/lib/domain/policy';
import { DEMO_BRANDS, DEMO_ORGANISATIONS, DEMO_STORES } from '@/lib/factories/demo-marketplace';
import { DEMO_USERS } from '@/lib/factories/demo-users';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { seedIfEmpty } from '@/scripts/seed';
import { createMigratedDatabase, type TestDatabase } from '../helpers/test-database';

const HOUR = 3_600_000;
const COUNTERFEIT_TITLE = /replica|\bAAA\b|1:1|mirror quality|super fake/i;

let database: TestDatabase;
let prisma: PrismaClient;
let firstRun: { seeded: boolean };

beforeAll(async () => {
  // Its own database: the worker's shared one already has users from other tests, and
  // the seed only ever loads into an empty database.
  database = await createMigratedDatabase();
  firstRun = await seedIfEmpty(database.adapterFactory);
  prisma = new PrismaClient({ adapter: database.adapterFactory });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.close();
});

async function tableCounts() {
  return {
    organisations: await prisma.organisation.count(),
    users: await prisma.user.count(),
    memberships: await prisma.membership.count(),
    brands: await prisma.brand.count(),
    referencePrices: await prisma.brandReferencePrice.count(),
    rights: await prisma.right.count(),
    agencyAuthorizations: await prisma.agencyAuthorization.count(),
    stores: await prisma.store.count(),
    listings: await prisma.listing.count(),
    claims: await prisma.claim.count(),
    claimItems: await prisma.claimItem.count(),
    strikes: await prisma.strike.count(),
    statements: await prisma.statementOfReasons.count(),
    applications: await prisma.authorizationApplication.count(),
    applicationDocuments: await prisma.applicationDocument.count(),
    auditEvents: await prisma.auditEvent.count(),
  };
}

describe('seedIfEmpty on an empty database', () => {
  it('loads the demo marketplace', () => {
    expect(firstRun).toEqual({ seeded: true });
  });

  it('has the four demo brands, exactly one of them protected', async () => {
    const brands = await prisma.brand.findMany({ include: { referencePrices: true, ownerOrganisation: true } });
    // Kestrel is journey 5's brand crossing into the trusted tier (scripts/seed-trust.ts).
    expect(brands.map((b) => b.name).sort()).toEqual([...Object.values(DEMO_BRANDS).map((b) => b.name), 'Kestrel'].sort());
    const protectedBrands = brands.filter((b) => b.isProtected);
    expect(protectedBrands.map((b) => b.name)).toEqual(['Maison Aurel']);
    const aurel = protectedBrands[0]!;
    expect(aurel.ownerOrganisation.kind).toBe('BRAND_OWNER');
    expect(aurel.referencePrices.find((p) => p.productLine === 'Handbag')).toMatchObject({ currency: 'USD', amountCents: 245_000 });
    expect(brands.every((b) => b.referencePrices.length > 0)).toBe(true);
    expect(brands.filter((b) => b.verificationStatus === 'VERIFIED').length).toBeGreaterThanOrEqual(3);
  });

  it('has twelve stores, each run by its own seller organisation', async () => {
    // The trusted-brand history's own stores (scripts/seed-trust.ts) are not the demo's twelve.
    const stores = (await prisma.store.findMany({ include: { sellerOrganisation: true } })).filter((s) => s.slug in DEMO_STORES);
    expect(stores).toHaveLength(12);
    expect(stores.every((s) => s.sellerOrganisation?.kind === 'SELLER')).toBe(true);
    expect(new Set(stores.map((s) => s.sellerOrganisationId)).size).toBe(12);
    expect(stores.filter((s) => s.status === 'RESTRICTED')).toHaveLength(1);
    expect(new Set(stores.map((s) => s.verificationStatus)).size).toBeGreaterThan(2);
    expect(stores.map((s) => s.slug).sort()).toEqual(Object.keys(DEMO_STORES).sort());
  });

  it('lists several hundred products; a clear minority plainly counterfeit, far below the reference price', async () => {
    const listings = await prisma.listing.findMany({ include: { brand: { include: { referencePrices: true } } } });
    expect(listings.length).toBeGreaterThanOrEqual(300);
    expect(new Set(listings.map((l) => l.brandId).filter(Boolean)).size).toBe(5);
    expect(listings.some((l) => l.brandId === null)).toBe(true);

    const counterfeit = listings.filter((l) => COUNTERFEIT_TITLE.test(l.title));
    expect(counterfeit.length).toBeGreaterThan(30);
    expect(counterfeit.length).toBeLessThan(listings.length / 3);
    for (const listing of counterfeit) {
      expect(listing.brand, listing.title).not.toBeNull();
      const lines = listing.brand!.referencePrices.filter((p) => listing.title.toLowerCase().includes(p.productLine.toLowerCase()));
      expect(lines.length, listing.title).toBeGreaterThan(0);
      const reference = Math.min(...lines.map((p) => p.amountCents));
      expect(listing.priceCents, listing.title).toBeLessThan(reference * 0.2);
    }
    // Each marker a brand would search for appears.
    for (const marker of ['replica', 'AAA', '1:1', 'mirror quality', 'super fake']) {
      expect(counterfeit.some((l) => l.title.toLowerCase().includes(marker.toLowerCase())), marker).toBe(true);
    }
  });

  it('creates every demo account with its role and organisation; the demo password signs in', async () => {
    for (const demo of DEMO_USERS) {
      const user = await prisma.user.findUnique({
        where: { email: demo.email },
        include: { memberships: { include: { organisation: true } } },
      });
      expect(user, demo.email).not.toBeNull();
      expect(user!.status).toBe('ACTIVE');
      expect(user!.memberships).toHaveLength(1);
      const [membership] = user!.memberships;
      expect(membership!.role).toBe(demo.role);
      const expectedName =
        demo.organisation in DEMO_ORGANISATIONS
          ? DEMO_ORGANISATIONS[demo.organisation as keyof typeof DEMO_ORGANISATIONS].name
          : DEMO_STORES[demo.organisation as keyof typeof DEMO_STORES].organisationName;
      expect(membership!.organisation.name).toBe(expectedName);
      expect(ORGANISATION_KIND_BY_ROLE[demo.role]).toContain(membership!.organisation.kind);
      expect(await verifyPassword(user!.passwordHash, demo.password)).toBe(true);
    }
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_USERS[0]!.email } });
    expect(await verifyPassword(admin.passwordHash, 'not-the-demo-password')).toBe(false);
    expect(await prisma.user.count()).toBe(DEMO_USERS.length);
  });

  it('the demo sellers run the named stores', async () => {
    for (const key of ['seller', 'seller2', 'seller3', 'seller4', 'seller5']) {
      const demo = DEMO_USERS.find((u) => u.key === key)!;
      const store = await prisma.store.findUniqueOrThrow({ where: { slug: demo.organisation }, include: { sellerOrganisation: { include: { memberships: { include: { user: true } } } } } });
      expect(store.sellerOrganisation!.memberships.map((m) => m.user.email)).toContain(demo.email);
    }
  });

  it('has an agency with verified powers of attorney for two brands it does not own', async () => {
    const agency = await prisma.organisation.findFirstOrThrow({
      where: { kind: 'AGENCY' },
      include: { agencyAuthorizations: { include: { brand: true } }, ownedBrands: true },
    });
    const valid = agency.agencyAuthorizations.filter((a) => a.status === 'VERIFIED' && a.validUntil && a.validUntil > new Date());
    expect(new Set(valid.map((a) => a.brandId)).size).toBe(2);
    expect(agency.ownedBrands).toHaveLength(0);
    const agent = DEMO_USERS.find((u) => u.key === 'agency')!;
    const membership = await prisma.membership.findFirstOrThrow({ where: { user: { email: agent.email } } });
    expect(membership.organisationId).toBe(agency.id);
  });

  it('has verified and unverified rights, and one that has expired', async () => {
    const rights = await prisma.right.findMany();
    const now = new Date();
    expect(rights.filter((r) => r.status === 'VERIFIED' && r.expiresAt! > now).length).toBeGreaterThan(0);
    expect(rights.filter((r) => r.status === 'PENDING').length).toBeGreaterThan(0);
    expect(rights.filter((r) => r.expiresAt! < now)).toHaveLength(1);
    expect(new Set(rights.map((r) => r.office))).toEqual(new Set(['USPTO', 'EUIPO', 'CNIPA']));
    for (const right of rights) {
      expect(right.classes.length).toBeGreaterThan(0);
      expect(right.ownerName).not.toBe('');
      if (right.status === 'VERIFIED') expect(right.verifiedById).not.toBeNull();
    }
  });

  it('gives every home real work: a queue ordered by tier, notices, a strike, an application', async () => {
    const queue = await prisma.claimItem.findMany({
      // A draft's items are PENDING too but not in the queue until it is submitted.
      where: { status: 'PENDING', claim: { status: { not: 'DRAFT' } } },
      include: { claim: { include: { brand: true } } },
      orderBy: [{ priority: 'desc' }, { dueAt: 'asc' }],
    });
    expect(queue.length).toBeGreaterThan(10);
    expect(queue[0]!.claim.brand.tier).toBe('TRUSTED');
    for (const item of queue) {
      const hours = item.claim.brand.tier === 'TRUSTED' ? POLICY_DEFAULTS.reviewSlaHoursTrusted : POLICY_DEFAULTS.reviewSlaHoursStandard;
      expect(item.dueAt!.getTime() - item.claim.submittedAt!.getTime()).toBe(hours * HOUR);
    }

    const agencyClaims = await prisma.claim.count({ where: { filerOrganisation: { kind: 'AGENCY' }, status: 'SUBMITTED' } });
    expect(agencyClaims).toBeGreaterThan(0);

    const removed = await prisma.claimItem.findFirstOrThrow({
      where: { status: 'REMOVED', listing: { store: { slug: 'lucky-star-trading' } } },
      include: { listing: true, strikes: true, decidedBy: { include: { memberships: true } } },
    });
    expect(removed.removalReason).not.toBeNull();
    expect(removed.listing.status).toBe('REMOVED');
    expect(removed.decidedBy!.memberships[0]!.role).toBe('REVIEWER');
    expect(removed.strikes).toHaveLength(1);
    expect(removed.strikes[0]!.status).toBe('ACTIVE');
    expect(removed.strikes[0]!.expiresAt.getTime()).toBeGreaterThan(Date.now());

    const notices = await prisma.claimItem.count({ where: { listing: { store: { slug: 'lucky-star-trading' } } } });
    expect(notices).toBeGreaterThan(2);
    const application = await prisma.authorizationApplication.findFirstOrThrow({
      where: { store: { slug: 'lucky-star-trading' } },
      include: { brand: true, documents: true },
    });
    expect(application.status).toBe('SUBMITTED');
    expect(application.brand.isProtected).toBe(true);
    expect(application.documents.some((d) => d.kind === 'INVOICE')).toBe(true);

    expect(await prisma.auditEvent.count()).toBe(0);
  });

  it('tells a consistent story in time', async () => {
    const now = Date.now();
    // Drafts have no submission time yet (the suspended agency's draft, scripts/seed-sanctions.ts).
    const items = await prisma.claimItem.findMany({ where: { claim: { status: { not: 'DRAFT' } } }, include: { claim: true, listing: true } });
    for (const item of items) {
      expect(item.listing.createdAt.getTime()).toBeLessThan(item.claim.submittedAt!.getTime());
      expect(item.claim.submittedAt!.getTime()).toBeLessThan(now);
      if (item.decidedAt) expect(item.decidedAt.getTime()).toBeGreaterThan(item.claim.submittedAt!.getTime());
    }
    const rights = await prisma.right.findMany({ where: { status: 'VERIFIED' } });
    for (const right of rights) expect(right.verifiedAt!.getTime()).toBeLessThan(right.expiresAt!.getTime());
  });

  it('a second call changes nothing', async () => {
    const before = await tableCounts();
    expect(await seedIfEmpty(database.adapterFactory)).toEqual({ seeded: false });
    expect(await tableCounts()).toEqual(before);
  });
});
