// Demo authorizations Maison Aurel issued inside Assay, with the fixed codes of
// lib/factories/demo-authorizations.ts so the public page /verify can be tried at once:
// one valid (to its Hong Kong distributor), one revoked, one expired. The brand's reference
// prices and distributors come from the main seed (DEMO_BRANDS).
import type { FactoryDb } from '../lib/factories';
import {
  DEMO_AUTHORIZATION_EXPIRED_CODE,
  DEMO_AUTHORIZATION_REVOKED_CODE,
  DEMO_AUTHORIZATION_VALID_CODE,
} from '../lib/factories/demo-authorizations';

const DAY = 86_400_000;

export async function seedProtection(db: FactoryDb, { now }: { now: Date }): Promise<void> {
  const brand = await db.brand.findUniqueOrThrow({ where: { slug: 'maison-aurel' }, select: { id: true } });
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const ahead = (days: number) => new Date(now.getTime() + days * DAY);
  const asia = await db.authorizedDistributor.findFirst({
    where: { brandId: brand.id, name: 'Aurel Distribution Asia Ltd' },
    select: { organisationId: true },
  });
  await db.brandAuthorization.create({
    data: {
      brandId: brand.id,
      holderName: 'Aurel Distribution Asia Ltd',
      holderOrganisationId: asia?.organisationId ?? null,
      productLines: ['Handbag', 'Tote', 'Wallet', 'Belt', 'Scarf', 'Card Holder'],
      validFrom: ago(30),
      validUntil: ahead(335),
      code: DEMO_AUTHORIZATION_VALID_CODE,
      createdAt: ago(30),
    },
  });
  await db.brandAuthorization.create({
    data: {
      brandId: brand.id,
      holderName: 'Golden Harbour Trading Co.',
      productLines: ['Handbag', 'Wallet'],
      validFrom: ago(200),
      validUntil: ahead(165),
      code: DEMO_AUTHORIZATION_REVOKED_CODE,
      status: 'REVOKED',
      revokedAt: ago(20),
      revocationReason: 'The distribution agreement was terminated for selling outside the agreed territory.',
      createdAt: ago(200),
    },
  });
  await db.brandAuthorization.create({
    data: {
      brandId: brand.id,
      holderName: 'Aurel Boutique Macau Ltd',
      productLines: ['Scarf'],
      validFrom: ago(500),
      validUntil: ago(135),
      code: DEMO_AUTHORIZATION_EXPIRED_CODE,
      createdAt: ago(500),
    },
  });
}
