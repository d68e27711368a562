import type { Prisma } from '../generated/prisma/client';
import type { FactoryDb } from './types';
import { uniqueToken } from './unique';

export type OrganisationOverrides = Partial<Prisma.OrganisationUncheckedCreateInput>;

const DEFAULT_NAMES: Record<Prisma.OrganisationUncheckedCreateInput['kind'], string> = {
  BRAND_OWNER: 'Halcyon Brands Ltd',
  AGENCY: 'Sentinel Brand Counsel LLP',
  MARKETPLACE: 'Marketplace Trust & Safety',
  SELLER: 'Evergreen Trading Co.',
};

export function createOrganisation(db: FactoryDb, overrides: OrganisationOverrides = {}) {
  const kind = overrides.kind ?? 'BRAND_OWNER';
  const token = uniqueToken();
  return db.organisation.create({
    data: {
      name: `${DEFAULT_NAMES[kind]} ${token.toUpperCase()}`,
      kind,
      verificationStatus: 'VERIFIED',
      country: kind === 'SELLER' ? 'CN' : 'US',
      registrationNumber: `REG-${token.toUpperCase()}`,
      ...overrides,
    },
  });
}
