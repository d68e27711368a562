import type { Prisma } from '../generated/prisma/client';
import { createOrganisation } from './organisation';
import type { FactoryDb } from './types';
import { uniqueToken } from './unique';

export interface ReferencePriceInput {
  productLine: string;
  amountCents: number;
  currency?: string;
}

export interface DistributorInput {
  name: string;
  country?: string;
  productLines?: string[];
  organisationId?: string;
}

export interface CreateBrandInput
  extends Partial<Omit<Prisma.BrandUncheckedCreateInput, 'referencePrices' | 'distributors'>> {
  referencePrices?: ReferencePriceInput[];
  distributors?: DistributorInput[];
}

/** A brand (verified, standard tier unless overridden); its owner organisation is made if not given. */
export async function createBrand(db: FactoryDb, input: CreateBrandInput = {}) {
  const { referencePrices, distributors, ownerOrganisationId: givenOwner, ...fields } = input;
  const ownerOrganisationId = givenOwner ?? (await createOrganisation(db, { kind: 'BRAND_OWNER' })).id;
  const token = uniqueToken();
  return db.brand.create({
    data: {
      name: `Brand ${token.toUpperCase()}`,
      slug: `brand-${token}`,
      verificationStatus: 'VERIFIED',
      category: 'Apparel',
      ...fields,
      ownerOrganisationId,
      referencePrices: {
        create: (referencePrices ?? [{ productLine: 'Jacket', amountCents: 32_000 }]).map((p) => ({
          productLine: p.productLine,
          amountCents: p.amountCents,
          currency: p.currency ?? 'USD',
        })),
      },
      ...(distributors?.length
        ? {
            distributors: {
              create: distributors.map((d) => ({
                name: d.name,
                productLines: d.productLines ?? [],
                ...(d.country ? { country: d.country } : {}),
                ...(d.organisationId ? { organisationId: d.organisationId } : {}),
              })),
            },
          }
        : {}),
    },
    include: { referencePrices: true },
  });
}
