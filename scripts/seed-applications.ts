// Demo data of the right to sell (journey 3), beside the two applications scripts/seed.ts
// already loads: Maison Aurel's authorization codes (lib/factories/demo-applications.ts), an
// application in review relying on the valid code, and an approved application whose grant
// expires within the notice window. Nothing for Le Carré Vintage or Shenzhen Bright Digital:
// the e2e spec applies for them from scratch.
import { createAuthorizationApplication, type FactoryDb } from '../lib/factories';
import { DEMO_APPLICATION_CODES } from '../lib/factories/demo-applications';

const DAY = 86_400_000;

export async function seedApplications(db: FactoryDb, { now }: { now: Date }): Promise<void> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const ahead = (days: number) => new Date(now.getTime() + days * DAY);
  const brand = await db.brand.findUniqueOrThrow({ where: { slug: 'maison-aurel' }, select: { id: true } });
  const reviewer = await db.user.findUniqueOrThrow({ where: { email: 'reviewer@assay.example' }, select: { id: true } });
  const fallbackFiler = await db.user.findUnique({ where: { email: 'owner@lucky-star-trading.example' }, select: { id: true } });

  /** The store and someone of its seller organisation to have filed for it. */
  async function store(name: string) {
    const found = await db.store.findFirstOrThrow({ where: { name }, select: { id: true, name: true, sellerOrganisationId: true } });
    const member = found.sellerOrganisationId
      ? await db.membership.findFirst({ where: { organisationId: found.sellerOrganisationId }, select: { userId: true } })
      : null;
    const filer = member?.userId ?? fallbackFiler?.id ?? reviewer.id;
    return { ...found, filer };
  }

  const distributor = await db.brandAuthorization.create({
    data: {
      brandId: brand.id,
      holderName: 'Aurel Distribution Asia Ltd',
      productLines: ['Handbag', 'Wallet', 'Scarf'],
      validFrom: ago(60),
      validUntil: ahead(305),
      code: DEMO_APPLICATION_CODES.distributor,
    },
  });
  const urban = await store('Urban Cable Co.');
  const valid = await db.brandAuthorization.create({
    data: {
      brandId: brand.id,
      parentId: distributor.id,
      holderName: urban.name,
      holderStoreId: urban.id,
      productLines: ['Wallet'],
      validFrom: ago(20),
      validUntil: ahead(200),
      code: DEMO_APPLICATION_CODES.valid,
    },
  });
  await db.brandAuthorization.create({
    data: {
      brandId: brand.id,
      parentId: distributor.id,
      holderName: 'Golden Phoenix Leather Co.',
      productLines: ['Handbag'],
      validFrom: ago(100),
      validUntil: ahead(200),
      code: DEMO_APPLICATION_CODES.revoked,
      status: 'REVOKED',
      revokedAt: ago(10),
      revocationReason: 'The store sold counterfeit goods alongside genuine ones.',
    },
  });
  await db.brandAuthorization.create({
    data: {
      brandId: brand.id,
      parentId: distributor.id,
      holderName: 'Harbour Goods',
      productLines: ['Scarf'],
      validFrom: ago(400),
      validUntil: ago(30),
      code: DEMO_APPLICATION_CODES.expired,
    },
  });

  // In review: an invoice from the distributor and the valid code.
  await createAuthorizationApplication(db, {
    storeId: urban.id,
    brandId: brand.id,
    filedById: urban.filer,
    status: 'IN_REVIEW',
    reviewerId: reviewer.id,
    productLines: ['Wallet'],
    submittedAt: ago(4),
    createdAt: ago(5),
    documents: [
      { kind: 'INVOICE', issuerName: 'Aurel Distribution Asia Ltd', issuedAt: ago(50), quantity: 40, productLines: ['Wallet'] },
      { kind: 'AUTHORIZATION_LETTER', brandAuthorizationId: valid.id, issuerName: urban.name, validUntil: valid.validUntil },
    ],
  });

  // Approved last year: the grant expires within the notice window (the seller sees "renew").
  const alpine = await store('Alpine Trail Outfitters');
  await createAuthorizationApplication(db, {
    storeId: alpine.id,
    brandId: brand.id,
    filedById: alpine.filer,
    status: 'APPROVED',
    reviewerId: reviewer.id,
    productLines: ['Scarf'],
    submittedAt: ago(350),
    decidedAt: ago(345),
    createdAt: ago(352),
    documents: [
      { kind: 'INVOICE', issuerName: 'Maison Aurel Europe SAS', issuedAt: ago(380), quantity: 12, productLines: ['Scarf'] },
      { kind: 'AUTHORIZATION_LETTER', issuerName: 'Maison Aurel Europe SAS', validUntil: ahead(100), brandConfirmation: 'CONFIRMED' },
    ],
    grant: { validFrom: ago(345), expiresAt: ahead(20), productLines: ['Scarf'] },
  });
}
