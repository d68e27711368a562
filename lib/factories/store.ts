import type { Prisma } from '../generated/prisma/client';
import { createOrganisation } from './organisation';
import type { FactoryDb } from './types';
import { uniqueToken } from './unique';

export type CreateStoreInput = Partial<Prisma.StoreUncheckedCreateInput>;

/** An active store; its seller organisation is made if not given. */
export async function createStore(db: FactoryDb, input: CreateStoreInput = {}) {
  const { sellerOrganisationId: givenSeller, ...fields } = input;
  const sellerOrganisationId =
    givenSeller === undefined ? (await createOrganisation(db, { kind: 'SELLER' })).id : givenSeller;
  const token = uniqueToken();
  return db.store.create({
    data: {
      name: `Store ${token.toUpperCase()}`,
      slug: `store-${token}`,
      status: 'ACTIVE',
      verificationStatus: 'VERIFIED',
      country: 'CN',
      ...fields,
      sellerOrganisationId,
    },
  });
}
