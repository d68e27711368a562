import type { Prisma } from '../generated/prisma/client';
import type { FactoryDb } from './types';
import { uniqueToken } from './unique';

export type ListingInput = Partial<Omit<Prisma.ListingCreateManyInput, 'storeId'>>;

/** The marketplace address of a listing, as brands paste it into claims. */
export function listingUrl(externalId: string): string {
  return `https://market.example/item/${externalId}`;
}

/**
 * Listings of one store in one statement (createMany), returned in input order. Each
 * entry overrides the defaults; `count` makes that many default listings when no entries
 * are given.
 */
export async function createListings(
  db: FactoryDb,
  input: { storeId: string; listings?: ListingInput[]; count?: number },
) {
  const entries: ListingInput[] = input.listings ?? Array.from({ length: input.count ?? 1 }, () => ({}));
  if (!entries.length) return [];
  const data = entries.map((entry): Prisma.ListingCreateManyInput => {
    const externalId = entry.externalId ?? `LST-${uniqueToken().toUpperCase()}`;
    return {
      title: 'Quilted down jacket, regular fit',
      priceCents: 29_900,
      currency: 'USD',
      stockQuantity: 20,
      imageUrls: [],
      url: listingUrl(externalId),
      ...entry,
      externalId,
      storeId: input.storeId,
    };
  });
  const created = await db.listing.createManyAndReturn({ data });
  // RETURNING does not promise input order; callers index the result by position.
  const byExternalId = new Map(created.map((l) => [l.externalId, l]));
  return data.map((d) => byExternalId.get(d.externalId)!);
}

export async function createListing(db: FactoryDb, input: { storeId: string } & ListingInput) {
  const { storeId, ...listing } = input;
  const [created] = await createListings(db, { storeId, listings: [listing] });
  return created!;
}
