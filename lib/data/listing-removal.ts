// Taking a listing out of the catalogue for a claim item's removal — a reviewer's decision
// (lib/data/claim-items.ts) or an expedited takedown (lib/data/expedited-removal.ts) — the one
// effect both share, so a removed listing looks the same whichever way it went. Its undoing is
// lib/data/removal-reversal.ts.
import 'server-only';
import type { ListingStatus } from '../generated/prisma/enums';
import type { Tx } from '../db';

/**
 * The listing leaves the catalogue. One already down for another claim stays down as it was
 * (its removedAt is the first removal's). Returns whether this call took it down.
 */
export async function takeListingDown(tx: Tx, listing: { id: string; status: ListingStatus }, now: Date): Promise<boolean> {
  if (listing.status === 'REMOVED') return false;
  await tx.listing.update({ where: { id: listing.id }, data: { status: 'REMOVED', removedAt: now } });
  return true;
}
