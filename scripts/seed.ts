// The demo marketplace, loaded into an empty database by `npm start` and `npm run db:seed`:
// the operator with its admin and reviewers, four brands (one protected luxury brand), an
// agency acting for two brands, a dozen stores with several hundred listings (a minority
// plainly counterfeit), claims at every stage, a strike, authorization applications, and
// every demo account of lib/factories/demo-users.ts. Who and what is in it:
// lib/factories/demo-marketplace.ts. Generated parts are deterministic (seeded PRNG); dates
// are relative to now, so the demo always looks current.
//
// This is data loading, not user activity: no audit events are written, and the audit
// chain starts with the first real action.
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { hashPassword } from '../lib/auth/password';
import { POLICY_DEFAULTS, strikeExpiresAt } from '../lib/domain/policy';
import { PrismaClient } from '../lib/generated/prisma/client';
import type { InfringementType } from '../lib/generated/prisma/enums';
import {
  claimReference,
  createAgencyAuthorization,
  createAuthorizationApplication,
  createBrand,
  createClaim,
  createListings,
  createOrganisation,
  createRight,
  createStatementOfReasons,
  createStore,
  createStrike,
  createUser,
  seededRandom,
  type FactoryDb,
  type ListingInput,
  type Random,
} from '../lib/factories';
import {
  DEMO_BRANDS,
  DEMO_ORGANISATIONS,
  DEMO_STORES,
  UNBRANDED_PRODUCTS,
  jurisdictionOf,
  type DemoBrand,
  type DemoBrandKey,
  type DemoProductLine,
  type DemoStore,
  type DemoStoreKey,
} from '../lib/factories/demo-marketplace';
import { DEMO_PASSWORD, DEMO_USERS } from '../lib/factories/demo-users';
import { seedStoreVerification } from './seed-store-verification';
import { seedApplications } from './seed-applications';
import { seedProtection } from './seed-protection';
import { seedSanctions } from './seed-sanctions';
import { seedEnforcement } from './seed-enforcement';
import { seedTrust } from './seed-trust';

const SEED_LOCK = 7_042_002; // fixed advisory-lock id: two seeders never both load the demo
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

/**
 * Loads the demo marketplace when the database has no users yet; otherwise changes
 * nothing. Everything is written in one transaction, so a failed seed leaves the database
 * empty and the next start tries again.
 */
export async function seedIfEmpty(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<{ seeded: boolean }> {
  const prisma = new PrismaClient({ adapter: adapterFactory, omit: { user: { passwordHash: true } } });
  try {
    if ((await prisma.user.count()) > 0) return { seeded: false };
    // One argon2id hash (tens of milliseconds by design) for every demo account.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const seeded = await prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
        if ((await tx.user.count()) > 0) return false;
        await loadDemoMarketplace(tx, { passwordHash, now: new Date() });
        return true;
      },
      { maxWait: 60_000, timeout: 300_000 },
    );
    return { seeded };
  } finally {
    await prisma.$disconnect();
  }
}

interface SeedContext {
  passwordHash: string;
  now: Date;
}

interface SeededListing {
  id: string;
  store: DemoStoreKey;
  brand: DemoBrandKey | null;
  counterfeit: boolean;
  createdAt: Date;
}

export async function loadDemoMarketplace(db: FactoryDb, { passwordHash, now }: SeedContext): Promise<void> {
  const random = seededRandom(20_261_122);
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const ahead = (ms: number) => new Date(now.getTime() + ms);

  // ── Organisations ────────────────────────────────────────────────────────────────
  const organisationIds = new Map<string, string>();
  for (const [key, org] of Object.entries(DEMO_ORGANISATIONS)) {
    const created = await createOrganisation(db, {
      registrationNumber: null,
      ...org,
      createdAt: ago(400 * DAY),
    });
    organisationIds.set(key, created.id);
  }
  for (const [key, store] of Object.entries(DEMO_STORES) as [DemoStoreKey, DemoStore][]) {
    const created = await createOrganisation(db, {
      name: store.organisationName,
      kind: 'SELLER',
      verificationStatus: store.verificationStatus,
      country: store.country,
      registrationNumber: store.businessLicenceNumber,
      createdAt: ago(random.int(200, 700) * DAY),
    });
    organisationIds.set(key, created.id);
  }
  const orgId = (key: string) => {
    const id = organisationIds.get(key);
    if (!id) throw new Error(`The demo has no organisation "${key}"`);
    return id;
  };

  // ── Demo accounts ────────────────────────────────────────────────────────────────
  const userIds = new Map<string, string>();
  for (const demo of DEMO_USERS) {
    const { user } = await createUser(db, {
      email: demo.email,
      name: demo.name,
      role: demo.role,
      organisationId: orgId(demo.organisation),
      passwordHash,
      createdAt: ago(300 * DAY),
    });
    userIds.set(demo.key, user.id);
  }
  const userId = (key: string) => userIds.get(key)!;
  const reviewer = userId('reviewer');
  const reviewer2 = userId('reviewer2');

  // ── Brands, rights, agencies ─────────────────────────────────────────────────────
  const brandIds = new Map<DemoBrandKey, string>();
  const rightIds = new Map<string, string>(); // "<office> <number>" → id
  for (const [key, brand] of Object.entries(DEMO_BRANDS) as [DemoBrandKey, (typeof DEMO_BRANDS)[DemoBrandKey]][]) {
    const verified = brand.verificationStatus === 'VERIFIED';
    const created = await createBrand(db, {
      name: brand.name,
      slug: brand.slug,
      ownerOrganisationId: orgId(brand.owner),
      category: brand.category,
      isProtected: brand.isProtected,
      tier: brand.tier,
      verificationStatus: brand.verificationStatus,
      ...(brand.tier === 'TRUSTED' ? { tierChangedAt: ago(120 * DAY) } : {}),
      referencePrices: brand.productLines.map((p) => ({ productLine: p.line, amountCents: p.referenceCents })),
      distributors: brand.distributors.map((d) => ({
        name: d.name,
        country: d.country,
        productLines: brand.productLines.map((p) => p.line),
      })),
      createdAt: ago((verified ? 380 : 3) * DAY),
    });
    brandIds.set(key, created.id);
    for (const right of brand.rights) {
      const registeredAt = ago(right.registeredYearsAgo * YEAR + random.int(0, 200) * DAY);
      const expiresAt = new Date(registeredAt.getTime() + 10 * YEAR);
      const createdRight = await createRight(db, {
        brandId: created.id,
        registrationNumber: right.registrationNumber,
        office: right.office,
        jurisdiction: jurisdictionOf(right.office),
        classes: [...right.classes],
        ownerName: DEMO_ORGANISATIONS[brand.owner].name,
        registeredAt,
        expiresAt,
        status: right.status,
        ...(right.status === 'VERIFIED'
          ? { verifiedById: reviewer, verifiedAt: ago(random.int(300, 365) * DAY) }
          : { verifiedAt: null }),
        createdAt: ago((right.status === 'VERIFIED' ? 370 : random.int(2, 9)) * DAY),
      });
      rightIds.set(`${right.office} ${right.registrationNumber}`, createdRight.id);
    }
    for (const agency of brand.agencies) {
      await createAgencyAuthorization(db, {
        agencyOrganisationId: orgId(agency),
        brandId: created.id,
        status: 'VERIFIED',
        validUntil: ahead(random.int(180, 330) * DAY),
        createdAt: ago(200 * DAY),
      });
    }
  }
  const brandId = (key: DemoBrandKey) => brandIds.get(key)!;
  const rightId = (office: string, number: string) => rightIds.get(`${office} ${number}`)!;

  // ── Stores and their listings ───────────────────────────────────────────────────
  const storeIds = new Map<DemoStoreKey, string>();
  const listings: SeededListing[] = [];
  let listingSequence = 0;
  for (const [key, store] of Object.entries(DEMO_STORES) as [DemoStoreKey, DemoStore][]) {
    const created = await createStore(db, {
      name: store.name,
      slug: key,
      sellerOrganisationId: orgId(key),
      status: store.status,
      verificationStatus: store.verificationStatus,
      country: store.country,
      businessLicenceNumber: store.businessLicenceNumber,
      openedAt: ago(random.int(150, 900) * DAY),
    });
    storeIds.set(key, created.id);

    const planned: { brand: DemoBrandKey | null; counterfeit: boolean }[] = [];
    for (const line of store.stock) {
      for (let i = 0; i < line.genuine; i++) planned.push({ brand: line.brand, counterfeit: false });
      for (let i = 0; i < (line.counterfeit ?? 0); i++) planned.push({ brand: line.brand, counterfeit: true });
    }
    const ordered = random.shuffle(planned);
    const inputs = ordered.map((plan): ListingInput => {
      listingSequence += 1;
      // Marketplace item ids: twelve digits, increasing, never repeated.
      const externalId = String(652_817_400_000 + listingSequence * 1_373 + random.int(0, 999));
      return {
        externalId,
        url: `https://market.example/item/${externalId}`,
        createdAt: ago(random.int(1, 120) * DAY + random.int(0, 23) * HOUR),
        ...(plan.brand ? { brandId: brandId(plan.brand) } : {}),
        ...describeListing(random, store, key, plan.brand, plan.counterfeit),
      };
    });
    const rows = await createListings(db, { storeId: created.id, listings: inputs });
    rows.forEach((row, i) => listings.push({ id: row.id, store: key, createdAt: row.createdAt, ...ordered[i]! }));
  }
  const storeId = (key: DemoStoreKey) => storeIds.get(key)!;

  // Claims take listings in order; none is claimed twice, and each was listed before the
  // claim against it was filed.
  const claimed = new Set<string>();
  const take = (store: DemoStoreKey, brand: DemoBrandKey, count: number, filedAt: Date, counterfeit = true) => {
    const found = listings
      .filter((l) => l.store === store && l.brand === brand && l.counterfeit === counterfeit && !claimed.has(l.id) && l.createdAt < filedAt)
      .slice(0, count);
    if (found.length < count) throw new Error(`The demo stock of ${store} has too few ${brand} listings for its claims`);
    for (const l of found) claimed.add(l.id);
    return found.map((l) => l.id);
  };
  const items = (ids: string[], infringementType: InfringementType = 'COUNTERFEIT', note?: string) =>
    ids.map((listingId) => ({ listingId, infringementType, ...(note ? { note } : {}) }));

  // ── Claims ───────────────────────────────────────────────────────────────────────
  const brandAgent = { id: userId('brand'), name: 'Claire Counsel', org: orgId('maison-aurel') };
  const northpeakAgent = { id: userId('brand2'), name: 'Nora Legal', org: orgId('northpeak') };
  const agencyAgent = { id: userId('agency'), name: 'Victor Agent', org: orgId('vigil-ip') };
  const aurelRights = [rightId('USPTO', '5812447'), rightId('EUIPO', '018234561'), rightId('CNIPA', '46281937')];
  const northpeakRights = [rightId('USPTO', '6104823')];
  const stridewellRights = [rightId('USPTO', '5533019'), rightId('EUIPO', '018402215')];

  // Maison Aurel, partly decided: one removal (with its strike and statement of reasons),
  // one item open on a reviewer's desk, one still in the queue.
  {
    const submittedAt = ago(18 * HOUR);
    const decidedAt = ago(6 * HOUR);
    const [removedId, inReviewId] = take('lucky-star-trading', 'maison-aurel', 2, submittedAt);
    const [queuedId] = take('golden-phoenix-leather', 'maison-aurel', 1, submittedAt);
    const claim = await createClaim(db, {
      reference: claimReference(2026, 98),
      brandId: brandId('maison-aurel'),
      filerOrganisationId: brandAgent.org,
      filedById: brandAgent.id,
      signatureName: brandAgent.name,
      status: 'IN_REVIEW',
      submittedAt,
      summary: 'Counterfeit Maison Aurel leather goods sold with copied product photos and the registered monogram.',
      rightIds: aurelRights,
      items: [
        {
          listingId: removedId!,
          infringementType: 'COUNTERFEIT',
          status: 'REMOVED',
          removalReason: 'COUNTERFEIT',
          removalRightId: aurelRights[2]!,
          decisionNote: 'The title advertises a copy, the price is under 10% of retail, and the brand’s test purchase shows a wrong hardware stamp.',
          decidedById: reviewer,
          decidedAt,
          assignedReviewerId: reviewer,
          assignedAt: ago(7 * HOUR),
        },
        { listingId: inReviewId!, infringementType: 'COUNTERFEIT', status: 'IN_REVIEW', assignedReviewerId: reviewer, assignedAt: ago(2 * HOUR) },
        { listingId: queuedId!, infringementType: 'COUNTERFEIT' },
      ],
    });
    const removedItem = claim.items.find((i) => i.listingId === removedId)!;
    await db.listing.update({ where: { id: removedId! }, data: { status: 'REMOVED', removedAt: decidedAt } });
    await createStrike(db, {
      storeId: storeId('lucky-star-trading'),
      source: 'CLAIM_ITEM',
      reason: 'Listing removed for counterfeit Maison Aurel goods (claim CLM-2026-000098).',
      claimItemId: removedItem.id,
      issuedById: reviewer,
      createdAt: decidedAt,
      expiresAt: strikeExpiresAt(decidedAt, POLICY_DEFAULTS),
    });
    await createStatementOfReasons(db, {
      storeId: storeId('lucky-star-trading'),
      listingId: removedId!,
      claimItemId: removedItem.id,
      restriction: 'LISTING_REMOVAL',
      scope: 'This listing only; the rest of the store is unaffected.',
      facts: 'Maison Aurel reported the listing as counterfeit. The title advertises a copy of the brand’s product and the price is under 10% of the brand’s reference price for it.',
      evidenceSummary: 'Test purchase photographs and the brand’s product comparison.',
      legalGround: 'Trademark CNIPA 46281937 (class 18), owned by Maison Aurel SA',
      contractualGround: 'Marketplace listing policy §4.2: counterfeit goods',
      redress: 'You may file a counter-notice with evidence from the notice page.',
      createdAt: decidedAt,
    });
  }

  // Maison Aurel, trusted tier: due within 24 hours, at the front of the queue.
  {
    const submittedAt = ago(3 * HOUR);
    await createClaim(db, {
      reference: claimReference(2026, 101),
      brandId: brandId('maison-aurel'),
      filerOrganisationId: brandAgent.org,
      filedById: brandAgent.id,
      signatureName: brandAgent.name,
      submittedAt,
      summary: 'Store-wide counterfeit Maison Aurel goods, offered as "1:1" and "AAA" copies.',
      rightIds: aurelRights,
      items: items([
        ...take('golden-phoenix-leather', 'maison-aurel', 5, submittedAt),
        ...take('lucky-star-trading', 'maison-aurel', 1, submittedAt),
      ]),
    });
  }
  {
    const submittedAt = ago(21 * HOUR);
    await createClaim(db, {
      reference: claimReference(2026, 102),
      brandId: brandId('maison-aurel'),
      filerOrganisationId: brandAgent.org,
      filedById: brandAgent.id,
      signatureName: brandAgent.name,
      submittedAt,
      summary: 'Replica Maison Aurel goods listed by two stores with the brand’s own campaign images.',
      rightIds: aurelRights.slice(0, 2),
      items: items([
        ...take('guangzhou-top-fashion', 'maison-aurel', 4, submittedAt),
        ...take('yiwu-everyday-outlet', 'maison-aurel', 2, submittedAt),
      ]),
    });
  }

  // Northpeak, standard tier (72 hours).
  {
    const submittedAt = ago(30 * HOUR);
    await createClaim(db, {
      reference: claimReference(2026, 103),
      brandId: brandId('northpeak'),
      filerOrganisationId: northpeakAgent.org,
      filedById: northpeakAgent.id,
      signatureName: northpeakAgent.name,
      submittedAt,
      summary: 'Fake Northpeak outdoor wear and packs carrying the registered mountain logo.',
      rightIds: northpeakRights,
      items: items([
        ...take('guangzhou-top-fashion', 'northpeak', 4, submittedAt),
        ...take('yiwu-everyday-outlet', 'northpeak', 2, submittedAt),
        ...take('eastwind-sports', 'northpeak', 1, submittedAt),
      ]),
    });
  }

  // Northpeak, decided last week: one removal upheld, one rejected (the goods were genuine).
  {
    const submittedAt = ago(12 * DAY);
    const decidedAt = ago(9 * DAY);
    const [genuineId] = take('harbour-goods', 'northpeak', 1, submittedAt, false);
    const [fakeId] = take('eastwind-sports', 'northpeak', 1, submittedAt);
    const claim = await createClaim(db, {
      reference: claimReference(2026, 97),
      brandId: brandId('northpeak'),
      filerOrganisationId: northpeakAgent.org,
      filedById: northpeakAgent.id,
      signatureName: northpeakAgent.name,
      status: 'DECIDED',
      submittedAt,
      summary: 'Suspected counterfeit Northpeak products priced far below cost.',
      rightIds: northpeakRights,
      items: [
        {
          listingId: genuineId!,
          infringementType: 'COUNTERFEIT',
          status: 'REJECTED',
          rejectionReason: 'GENUINE_GOODS',
          decisionNote: 'The seller’s invoice from Northpeak Asia Pacific covers this product; the price is a clearance discount.',
          decidedById: reviewer2,
          decidedAt,
        },
        {
          listingId: fakeId!,
          infringementType: 'COUNTERFEIT',
          status: 'REMOVED',
          removalReason: 'COUNTERFEIT',
          removalRightId: northpeakRights[0]!,
          decisionNote: 'Logo placement and label differ from the brand’s comparison sheet; priced at a fraction of retail.',
          decidedById: reviewer2,
          decidedAt,
        },
      ],
    });
    const removedItem = claim.items.find((i) => i.listingId === fakeId)!;
    await db.listing.update({ where: { id: fakeId! }, data: { status: 'REMOVED', removedAt: decidedAt } });
    await createStrike(db, {
      storeId: storeId('eastwind-sports'),
      reason: 'Listing removed for counterfeit Northpeak goods (claim CLM-2026-000097).',
      claimItemId: removedItem.id,
      issuedById: reviewer2,
      createdAt: decidedAt,
    });
    await createStatementOfReasons(db, {
      storeId: storeId('eastwind-sports'),
      listingId: fakeId!,
      claimItemId: removedItem.id,
      legalGround: 'Trademark USPTO 6104823 (class 25), owned by Northpeak Outdoor Inc.',
      contractualGround: 'Marketplace listing policy §4.2: counterfeit goods',
      createdAt: decidedAt,
    });
  }

  // The agency, for Stridewell.
  {
    const submittedAt = ago(8 * HOUR);
    await createClaim(db, {
      reference: claimReference(2026, 104),
      brandId: brandId('stridewell'),
      filerOrganisationId: agencyAgent.org,
      filedById: agencyAgent.id,
      signatureName: agencyAgent.name,
      submittedAt,
      summary: 'On behalf of Stridewell Footwear Co.: "super fake" and "1:1" Stridewell footwear.',
      rightIds: stridewellRights,
      items: items([
        ...take('panda-bargain-house', 'stridewell', 3, submittedAt),
        ...take('lucky-star-trading', 'stridewell', 2, submittedAt),
        ...take('yiwu-everyday-outlet', 'stridewell', 2, submittedAt),
      ]),
    });
  }

  // Claims filed in the portal are numbered from claim_reference_seq (lib/data/claim-filing.ts):
  // move it past the demo's own numbers, or the 97th filing would collide with CLM-2026-000097.
  await db.$executeRaw`SELECT setval('claim_reference_seq', 104)`;

  // ── Authorization applications (the right to sell the protected brand) ──────────
  const aurelLines = ['Handbag', 'Wallet'];
  await createAuthorizationApplication(db, {
    storeId: storeId('lucky-star-trading'),
    brandId: brandId('maison-aurel'),
    filedById: userId('seller'),
    status: 'SUBMITTED',
    productLines: aurelLines,
    submittedAt: ago(2 * DAY),
    createdAt: ago(3 * DAY),
    documents: [
      {
        kind: 'INVOICE',
        issuerName: 'Aurel Distribution Asia Ltd',
        issuedAt: ago(40 * DAY),
        quantity: 60,
      },
      {
        kind: 'AUTHORIZATION_LETTER',
        issuerName: 'Aurel Distribution Asia Ltd',
        issuedAt: ago(35 * DAY),
        validUntil: ahead(330 * DAY),
      },
    ],
  });
  await createAuthorizationApplication(db, {
    storeId: storeId('harbour-goods'),
    brandId: brandId('maison-aurel'),
    filedById: userId('seller2'),
    status: 'INFO_REQUESTED',
    productLines: ['Scarf'],
    submittedAt: ago(6 * DAY),
    reviewerId: reviewer2,
    infoRequest: 'The invoice shows no quantities or product references. Please upload the full invoice with its line items.',
    createdAt: ago(6 * DAY),
    documents: [{ kind: 'INVOICE', issuerName: 'Maison Aurel Europe SAS', issuedAt: ago(90 * DAY) }],
  });

  await seedStoreVerification(db, now); // store verifications (Harbour Goods waits) and the banned Panda Bargain House
  await seedApplications(db, { now });
  await seedProtection(db, { now });
  await seedEnforcement(db, { now, storeId, userId });
  await seedTrust(db, { now, maisonAurelId: brandId('maison-aurel'), organisationId: orgId, userId }); // trusted-tier history, Kestrel one decision short
  await seedSanctions(db, { now, orgId, userId, brandId, storeId }); // filers warned and suspended for abusing claims (DSA Art 23)
}

// ── Listing text ─────────────────────────────────────────────────────────────────────

const COUNTERFEIT_TITLES: readonly ((brand: string, product: string, variant: string) => string)[] = [
  (b, p, v) => `${b} ${p} Replica ${v} AAA Quality`,
  (b, p, v) => `1:1 Mirror Quality ${b} ${p}, ${v}`,
  (b, p, v) => `Super Fake ${b} ${p} Top Grade ${v}`,
  (b, p, v) => `AAA ${b} ${p} ${v}, factory direct`,
  (b, p, v) => `${b} ${p} 1:1 高仿 ${v}`,
  (b, p) => `Replica ${b} ${p}, mirror quality, with box and dust bag`,
];

const COUNTERFEIT_DESCRIPTIONS = [
  'Top quality, same as original. Comes with box, dust bag and cards. 顶级品质，与正品一致。',
  'Mirror quality from our own factory. Wholesale welcome, ships worldwide in 7–15 days.',
  '1:1 copy, all logos and tags included. Not original, but nobody can tell. 支持批发。',
  'AAA grade, original packaging. Please contact us for more colours and sizes.',
];

const GENUINE_SUFFIXES = ['', '', '', ' | Authentic', ' | 2026 new season', ' | Free shipping', ' | Boxed with receipt'];
const PRELOVED_CONDITIONS = ['excellent condition', 'very good condition', 'like new, with dust bag', 'good condition, light wear'];

/** Whole dollars above $100, otherwise .99 endings, as real shops price. */
function shopPrice(cents: number): number {
  if (cents >= 10_000) return Math.max(100, Math.round(cents / 100) * 100);
  return Math.max(99, Math.round(cents / 100) * 100 - 1);
}

function describeListing(
  random: Random,
  store: DemoStore,
  storeKey: DemoStoreKey,
  brandKey: DemoBrandKey | null,
  counterfeit: boolean,
): Pick<ListingInput, 'title' | 'description' | 'priceCents' | 'stockQuantity'> {
  if (brandKey === null) {
    const product = random.pick(UNBRANDED_PRODUCTS);
    return {
      title: product.title,
      description: `${product.title}. Sold by ${store.name}.`,
      priceCents: shopPrice(product.priceCents * random.between(0.85, 1.2)),
      stockQuantity: random.int(10, 500),
    };
  }
  const brand: DemoBrand = DEMO_BRANDS[brandKey];
  const line: DemoProductLine = random.pick(brand.productLines);
  const product = random.pick(line.products);
  const variant = random.pick(line.variants ?? brand.variants);
  if (counterfeit) {
    return {
      title: random.pick(COUNTERFEIT_TITLES)(brand.name, product, variant),
      description: random.pick(COUNTERFEIT_DESCRIPTIONS),
      // Plainly fake: a small fraction of what the brand sells the product for.
      priceCents: shopPrice(line.referenceCents * random.between(0.04, 0.1)),
      stockQuantity: random.int(80, 999),
    };
  }
  const preloved = storeKey === 'le-carre-vintage';
  return {
    title: preloved
      ? `Pre-owned ${brand.name} ${product}, ${variant}, ${random.pick(PRELOVED_CONDITIONS)}`
      : `${brand.name} ${product} – ${variant}${random.pick(GENUINE_SUFFIXES)}`,
    description: preloved
      ? `Authenticated pre-owned ${brand.name} ${line.line.toLowerCase()}. Photos show the actual item.`
      : `${brand.name} ${line.line.toLowerCase()} from ${store.name}. Ships within 48 hours.`,
    priceCents: shopPrice(line.referenceCents * random.between(store.genuinePriceShare[0], store.genuinePriceShare[1])),
    stockQuantity: preloved ? 1 : random.int(1, 40),
  };
}
