// The demo's trusted-brand work (journey 5). Maison Aurel is seeded TRUSTED; here it gets the
// history that keeps it so when the brand-tiers job runs at server start (60 items decided in
// the last 80 days: 57 standing, 1 restored after a counter-notice, 2 rejected) and one
// expedited takedown awaiting a reviewer, each on its own store's listings. Kestrel (Kestrel
// Outdoor, demo user brand3) is verified and standard with 49 decided items in the last 60
// days, all standing, one counterfeit item in the queue — the 50th decision makes it trusted —
// and active Kestrel listings in Summit Discount Gear for the e2e crossing to file against.
import { POLICY_DEFAULTS } from '../lib/domain/policy';
import { createBrand, createClaim, createListings, createRight, createStatementOfReasons, createStore, type FactoryDb } from '../lib/factories';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface TrustSeedContext {
  now: Date;
  maisonAurelId: string;
  organisationId: (key: 'maison-aurel' | 'kestrel-outdoor') => string;
  userId: (key: 'brand' | 'brand3' | 'reviewer' | 'reviewer2') => string;
}

export async function seedTrust(db: FactoryDb, { now, maisonAurelId, organisationId, userId }: TrustSeedContext): Promise<void> {
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const reviewer = userId('reviewer2');

  // ── Maison Aurel: a history that keeps it trusted ──
  const aurelRight = await db.right.findFirstOrThrow({ where: { brandId: maisonAurelId, status: 'VERIFIED' }, orderBy: { id: 'asc' }, select: { id: true } });
  const aurelOrg = organisationId('maison-aurel');
  const replicaStore = await createStore(db, { name: 'Golden Lane Replica Bags', slug: 'golden-lane-replica-bags', country: 'CN', createdAt: ago(200 * DAY) });
  const aurelListings = await createListings(db, {
    storeId: replicaStore.id,
    listings: Array.from({ length: 60 }, (_, i) => ({
      externalId: `GLR-${String(1001 + i)}`,
      title: `Maison Aurel Monogram Tote, lot ${i + 1}`,
      brandId: maisonAurelId,
      priceCents: 8_900,
      status: i < 57 ? ('REMOVED' as const) : i === 57 ? ('RESTORED' as const) : ('ACTIVE' as const),
      createdAt: ago(100 * DAY),
    })),
  });
  for (let batch = 0; batch < 6; batch++) {
    const submittedAt = ago((80 - batch * 12) * DAY);
    await createClaim(db, {
      brandId: maisonAurelId,
      filerOrganisationId: aurelOrg,
      filedById: userId('brand'),
      status: 'DECIDED',
      submittedAt,
      rightIds: [aurelRight.id],
      items: aurelListings.slice(batch * 10, batch * 10 + 10).map((listing, k) => {
        const i = batch * 10 + k;
        const decidedAt = new Date(submittedAt.getTime() + 20 * HOUR);
        if (i < 57) return { listingId: listing.id, status: 'REMOVED' as const, removalReason: 'COUNTERFEIT' as const, removalRightId: aurelRight.id, decidedById: reviewer, decidedAt };
        if (i === 57) return { listingId: listing.id, status: 'RESTORED' as const, removalReason: 'COUNTERFEIT' as const, removalRightId: aurelRight.id, decidedById: reviewer, decidedAt, restoredAt: new Date(decidedAt.getTime() + 10 * DAY) };
        return { listingId: listing.id, status: 'REJECTED' as const, rejectionReason: 'GENUINE_GOODS' as const, decidedById: reviewer, decidedAt };
      }),
    });
  }

  // One expedited takedown awaiting review, on its own store's listing (e2e/trusted-brands.spec.ts overturns it).
  const resaleStore = await createStore(db, { name: 'Rue Verte Resale', slug: 'rue-verte-resale', country: 'FR', createdAt: ago(300 * DAY) });
  const [expeditedListing] = await createListings(db, {
    storeId: resaleStore.id,
    listings: [{ externalId: 'RVR-2001', title: 'Maison Aurel Camille shoulder bag, pre-owned', brandId: maisonAurelId, priceCents: 95_000, status: 'REMOVED', removedAt: ago(3 * HOUR), createdAt: ago(40 * DAY) }],
  });
  const expeditedAt = ago(3 * HOUR);
  const expeditedClaim = await createClaim(db, {
    brandId: maisonAurelId,
    filerOrganisationId: aurelOrg,
    filedById: userId('brand'),
    status: 'DECIDED',
    submittedAt: expeditedAt,
    summary: 'Counterfeit Camille bag; our test purchase shows a wrong serial stamp.',
    rightIds: [aurelRight.id],
    items: [{ listingId: expeditedListing!.id, infringementType: 'COUNTERFEIT', status: 'REMOVED', expedited: true, expeditedAt }],
  });
  await createStatementOfReasons(db, {
    storeId: resaleStore.id,
    listingId: expeditedListing!.id,
    claimItemId: expeditedClaim.items[0]!.id,
    automated: true,
    facts:
      'Maison Aurel, a trusted brand, reported the listing as counterfeit with a test purchase. The listing was taken down at once under the expedited procedure; a reviewer will examine it afterwards.',
    createdAt: expeditedAt,
  });

  // ── Kestrel: one decision short of trusted ──
  const kestrelOrg = organisationId('kestrel-outdoor');
  const kestrel = await createBrand(db, {
    name: 'Kestrel',
    slug: 'kestrel',
    ownerOrganisationId: kestrelOrg,
    category: 'Outdoor equipment',
    verificationStatus: 'VERIFIED',
    tier: 'STANDARD',
    createdAt: ago(200 * DAY),
    referencePrices: [{ productLine: 'Backpack', amountCents: 24_000 }],
  });
  const kestrelRight = await createRight(db, {
    brandId: kestrel.id,
    office: 'USPTO',
    registrationNumber: '7098452',
    jurisdiction: 'US',
    ownerName: 'Kestrel Outdoor',
    verifiedById: reviewer,
    verifiedAt: ago(150 * DAY),
  });
  const ridgeline = await createStore(db, { name: 'Ridgeline Copy Gear', slug: 'ridgeline-copy-gear', country: 'CN', createdAt: ago(150 * DAY) });
  const kestrelDecided = await createListings(db, {
    storeId: ridgeline.id,
    listings: Array.from({ length: 50 }, (_, i) => ({
      externalId: `RCG-${String(3001 + i)}`,
      title: `Kestrel Alpine 45 backpack, lot ${i + 1}`,
      brandId: kestrel.id,
      priceCents: 3_900,
      status: i < 49 ? ('REMOVED' as const) : ('ACTIVE' as const),
      createdAt: ago(90 * DAY),
    })),
  });
  for (let batch = 0; batch < 5; batch++) {
    const submittedAt = ago((58 - batch * 11) * DAY);
    const slice = kestrelDecided.slice(batch * 10, Math.min(batch * 10 + 10, 49));
    await createClaim(db, {
      brandId: kestrel.id,
      filerOrganisationId: kestrelOrg,
      filedById: userId('brand3'),
      status: 'DECIDED',
      submittedAt,
      rightIds: [kestrelRight.id],
      items: slice.map((listing) => ({
        listingId: listing.id,
        status: 'REMOVED' as const,
        removalReason: 'COUNTERFEIT' as const,
        removalRightId: kestrelRight.id,
        decidedById: reviewer,
        decidedAt: new Date(submittedAt.getTime() + 30 * HOUR),
      })),
    });
  }
  // The 50th: waiting in the queue.
  await createClaim(db, {
    brandId: kestrel.id,
    filerOrganisationId: kestrelOrg,
    filedById: userId('brand3'),
    submittedAt: ago(20 * HOUR),
    summary: 'Counterfeit Kestrel Alpine 45 backpack with a copied logo patch.',
    rightIds: [kestrelRight.id],
    policy: POLICY_DEFAULTS,
    items: [{ listingId: kestrelDecided[49]!.id, infringementType: 'COUNTERFEIT' }],
  });
  // Active Kestrel listings for the crossing to file against.
  const summit = await createStore(db, { name: 'Summit Discount Gear', slug: 'summit-discount-gear', country: 'CN', createdAt: ago(120 * DAY) });
  await createListings(db, {
    storeId: summit.id,
    listings: ['Kestrel Alpine 45 backpack, factory seconds', 'Kestrel Ridge 30 daypack, unboxed', 'Kestrel Storm shell jacket, clearance'].map((title, i) => ({
      externalId: `SDG-${String(4001 + i)}`,
      title,
      brandId: kestrel.id,
      priceCents: 4_500,
      createdAt: ago(10 * DAY),
    })),
  });
}
