// A filer's track record and its sanctions (DSA Art 23), for the abuse tests and the seed:
// one submitted claim whose items a reviewer decided at given times, some removed (and still
// standing), some rejected, some restored after a counter-notice; and FilingSanction rows.
import type { Prisma } from '../generated/prisma/client';
import { createClaim } from './claim';
import { createListings } from './listing';
import type { FactoryDb } from './types';

export interface CreateDecidedRecordInput {
  brandId: string;
  filerOrganisationId: string;
  filedById: string;
  rightIds: string[];
  /** The store whose listings the claim names (one new listing per item). */
  storeId: string;
  decidedById: string;
  /** Items decided; the first `rejected` are rejected, the next `restored` restored, the rest removed. */
  decided: number;
  rejected: number;
  restored?: number;
  /** The decision time of item i (0-based). */
  decidedAt: (index: number) => Date;
  submittedAt?: Date;
  /** Listing titles, one per item (defaults from the factory). */
  title?: (index: number) => string;
}

/** One claim with `decided` decided items and their listings in the matching state. */
export async function createDecidedRecord(db: FactoryDb, input: CreateDecidedRecordInput) {
  const restored = input.restored ?? 0;
  const statusOf = (i: number): 'REJECTED' | 'RESTORED' | 'REMOVED' => (i < input.rejected ? 'REJECTED' : i < input.rejected + restored ? 'RESTORED' : 'REMOVED');
  const earliest = Math.min(...Array.from({ length: input.decided }, (_, i) => input.decidedAt(i).getTime()));
  const submittedAt = input.submittedAt ?? new Date(earliest - 86_400_000);
  const listings = await createListings(db, {
    storeId: input.storeId,
    listings: Array.from({ length: input.decided }, (_, i) => ({
      status: statusOf(i) === 'REMOVED' ? ('REMOVED' as const) : ('ACTIVE' as const),
      // Listed before the claim named them.
      createdAt: new Date(submittedAt.getTime() - 7 * 86_400_000),
      ...(input.title ? { title: input.title(i) } : {}),
    })),
  });
  return createClaim(db, {
    brandId: input.brandId,
    filerOrganisationId: input.filerOrganisationId,
    filedById: input.filedById,
    rightIds: input.rightIds,
    submittedAt,
    status: 'DECIDED',
    items: listings.map((listing, i) => {
      const status = statusOf(i);
      const decidedAt = input.decidedAt(i);
      return {
        listingId: listing.id,
        status,
        decidedAt,
        decidedById: input.decidedById,
        ...(status === 'RESTORED' ? { restoredAt: new Date(decidedAt.getTime() + 12 * 86_400_000) } : {}),
      };
    }),
  });
}

export type CreateFilingSanctionInput = Partial<Prisma.FilingSanctionUncheckedCreateInput> & { organisationId: string };

/** A warning (default) or suspension with plausible figures. */
export function createFilingSanction(db: FactoryDb, input: CreateFilingSanctionInput) {
  const kind = input.kind ?? 'WARNING';
  return db.filingSanction.create({
    data: {
      figures: { decided: 30, rejected: 15, restored: 0, badShare: 0.5, ceiling: 0.4, windowDays: 90 },
      reason: 'Half of the decided claim items filed over the last 90 days were rejected; the ceiling is 40%.',
      ...input,
      kind,
    },
  });
}
