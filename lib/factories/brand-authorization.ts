import type { Prisma } from '../generated/prisma/client';
import { generateAuthorizationCode } from '../domain/brand-authorization';
import type { FactoryDb } from './types';

export type CreateBrandAuthorizationInput = Partial<Prisma.BrandAuthorizationUncheckedCreateInput> & { brandId: string };

/** An active authorization the brand issued, valid from a day ago for a year, with a random code. */
export function createBrandAuthorization(db: FactoryDb, input: CreateBrandAuthorizationInput) {
  const now = Date.now();
  return db.brandAuthorization.create({
    data: {
      holderName: 'Authorized Distributor Ltd',
      productLines: ['Jacket'],
      validFrom: new Date(now - 86_400_000),
      validUntil: new Date(now + 365 * 86_400_000),
      code: generateAuthorizationCode(),
      ...input,
    },
  });
}
