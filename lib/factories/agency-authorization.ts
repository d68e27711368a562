import type { Prisma } from '../generated/prisma/client';
import type { FactoryDb } from './types';

export type CreateAgencyAuthorizationInput = Partial<Prisma.AgencyAuthorizationUncheckedCreateInput> & {
  agencyOrganisationId: string;
  brandId: string;
};

/** An agency's verified power to act for a brand, valid for a year unless overridden. */
export function createAgencyAuthorization(db: FactoryDb, input: CreateAgencyAuthorizationInput) {
  return db.agencyAuthorization.create({
    data: {
      status: 'VERIFIED',
      validUntil: new Date(Date.now() + 365 * 86_400_000),
      ...input,
    },
  });
}
