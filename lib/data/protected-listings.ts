// Enforcement of protected brands (journey 3): listings of a protected brand by a store
// without a valid grant are flagged with a grace period, removed with a statement of reasons
// when it ends, and unflagged when a grant arrives. Run by the protected-listings job, for
// the whole marketplace or for one store (an operator re-checking a store).
//
// Set-based throughout: the candidates are found by SQL (a correlated NOT EXISTS on the
// grants, which Prisma's filters cannot express) in bounded batches, and each batch moves
// with one updateMany; nothing loads the marketplace's listings into memory. Every step is
// guarded on the state it expects (not yet flagged, still active and flagged), so a second
// run, or one cut off half-way, changes nothing that was already done.
import 'server-only';
import { recordAudit } from '../audit';
import type { Db, Tx } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { ListingFlagReason } from '../generated/prisma/enums';
import { notify } from '../notifications';
import { encodeLocalizedText } from '../domain/localized-text';
import type { Policy } from '../domain/policy';
import { inEveryLanguage } from '../domain/statement-of-reasons';
import { makeFormat } from '../format';
import { clearListingFlagsOfBrand, flagListingsOfBrand } from './listing-flags';
import { readPolicy } from './policy';

const DAY_MS = 86_400_000;
const PAIR_BATCH = 200;
const REMOVAL_BATCH = 200;
/** A run stops taking new batches after this long; the next run continues. */
const RUN_BUDGET_MS = 120_000;

export interface ProtectedListingsRun {
  unflaggedPairs: number;
  unflagged: number;
  removed: number;
  flaggedPairs: number;
  flagged: number;
}

interface Pair {
  storeId: string;
  brandId: string;
}

const storeFilter = (storeId: string | null) => (storeId ? Prisma.sql`AND l."storeId" = ${storeId}` : Prisma.empty);

/** A grant that lets the store sell the brand at `now`. */
const validGrant = (now: Date) => Prisma.sql`
  SELECT 1 FROM "SellingGrant" g
  WHERE g."storeId" = l."storeId" AND g."brandId" = l."brandId" AND g."status" = 'ACTIVE' AND g."expiresAt" > ${now}`;

export async function enforceProtectedListings(client: Db, now: Date, options: { storeId?: string | null } = {}): Promise<ProtectedListingsRun> {
  const storeId = options.storeId ?? null;
  const started = Date.now();
  const inBudget = () => Date.now() - started < RUN_BUDGET_MS;
  const policy = await readPolicy(client);
  const run: ProtectedListingsRun = { unflaggedPairs: 0, unflagged: 0, removed: 0, flaggedPairs: 0, flagged: 0 };

  // (c) First what a grant now covers: those flags simply end.
  for (let after: Pair | null = null; inBudget(); ) {
    const pairs: Pair[] = await client.$queryRaw<Pair[]>`
      SELECT DISTINCT l."storeId", l."brandId" FROM "Listing" l
      WHERE l."flaggedAt" IS NOT NULL AND l."brandId" IS NOT NULL ${storeFilter(storeId)}
        AND EXISTS (${validGrant(now)})
        ${after ? Prisma.sql`AND (l."storeId", l."brandId") > (${after.storeId}, ${after.brandId})` : Prisma.empty}
      ORDER BY l."storeId", l."brandId" LIMIT ${PAIR_BATCH}`;
    if (pairs.length === 0) break;
    for (const pair of pairs) {
      const cleared = await client.$transaction((tx) => clearListingFlagsOfBrand(tx, { ...pair, actor: null }));
      run.unflagged += cleared;
      run.unflaggedPairs += 1;
    }
    after = pairs[pairs.length - 1]!;
  }

  // (b) Then what the grace period has run out on.
  while (inBudget()) {
    const rows = await client.$queryRaw<{ id: string }[]>`
      SELECT l."id" FROM "Listing" l
      WHERE l."status" = 'ACTIVE' AND l."flaggedAt" IS NOT NULL AND l."graceEndsAt" <= ${now} AND l."brandId" IS NOT NULL ${storeFilter(storeId)}
        AND NOT EXISTS (${validGrant(now)})
      ORDER BY l."id" LIMIT ${REMOVAL_BATCH}`;
    if (rows.length === 0) break;
    run.removed += await client.$transaction((tx) => removeUnauthorizedListings(tx, rows.map((r) => r.id), now, policy), { timeout: 60_000, maxWait: 30_000 });
  }

  // (a) Last, new listings without a grant: flagged, with the grace period from now.
  while (inBudget()) {
    const pairs = await client.$queryRaw<Pair[]>`
      SELECT DISTINCT l."storeId", l."brandId" FROM "Listing" l
      JOIN "Brand" b ON b."id" = l."brandId"
      WHERE b."isProtected" AND l."status" = 'ACTIVE' AND l."flaggedAt" IS NULL ${storeFilter(storeId)}
        AND NOT EXISTS (${validGrant(now)})
      ORDER BY l."storeId", l."brandId" LIMIT ${PAIR_BATCH}`;
    if (pairs.length === 0) break;
    for (const pair of pairs) {
      const flagged = await client.$transaction(async (tx) => {
        const reason = await flagReasonFor(tx, pair, now);
        return flagListingsOfBrand(tx, { ...pair, reason, now, policy, actor: null });
      });
      run.flagged += flagged;
      run.flaggedPairs += 1;
    }
  }
  return run;
}

/** NO_GRANT, unless the store held a grant for the brand that expired or was revoked. */
async function flagReasonFor(tx: Tx, pair: Pair, now: Date): Promise<ListingFlagReason> {
  const last = await tx.sellingGrant.findFirst({
    where: { storeId: pair.storeId, brandId: pair.brandId },
    orderBy: [{ expiresAt: 'desc' }, { id: 'desc' }],
    select: { status: true, expiresAt: true },
  });
  if (!last) return 'NO_GRANT';
  if (last.status === 'REVOKED') return 'GRANT_REVOKED';
  return last.status === 'EXPIRED' || last.expiresAt.getTime() <= now.getTime() ? 'GRANT_EXPIRED' : 'NO_GRANT';
}

/**
 * Removes one batch of listings whose grace period ended: the listings in one updateMany
 * (guarded: still active and flagged), one statement of reasons each, the seller told per
 * listing, one audit event per store. Returns how many were removed.
 */
async function removeUnauthorizedListings(tx: Tx, ids: string[], now: Date, policy: Policy): Promise<number> {
  const listings = await tx.listing.findMany({
    where: { id: { in: ids }, status: 'ACTIVE', flaggedAt: { not: null } },
    select: {
      id: true,
      externalId: true,
      title: true,
      storeId: true,
      flaggedAt: true,
      graceEndsAt: true,
      brand: { select: { name: true } },
      store: { select: { name: true, sellerOrganisationId: true } },
    },
  });
  if (listings.length === 0) return 0;
  const { count } = await tx.listing.updateMany({
    where: { id: { in: listings.map((l) => l.id) }, status: 'ACTIVE', flaggedAt: { not: null } },
    data: { status: 'REMOVED', removedAt: now },
  });
  const contestUntil = new Date(now.getTime() + policy.counterNoticeWindowDays * DAY_MS);
  await tx.statementOfReasons.createMany({
    data: listings.map((l) => {
      const brandName = l.brand?.name ?? '';
      return {
        storeId: l.storeId,
        listingId: l.id,
        restriction: 'LISTING_REMOVAL' as const,
        scope: encodeLocalizedText(
          inEveryLanguage((t, locale) =>
            t('enforcement.unauthorized.scope', { externalId: l.externalId, title: l.title, storeName: l.store.name, removedAt: makeFormat(locale).dateTime(now) }),
          ),
        ),
        facts: encodeLocalizedText(
          inEveryLanguage((t, locale) =>
            t('enforcement.unauthorized.facts', {
              brandName,
              flaggedAt: makeFormat(locale).date(l.flaggedAt ?? now),
              graceEndsAt: makeFormat(locale).dateTime(l.graceEndsAt ?? now),
            }),
          ),
        ),
        evidenceSummary: encodeLocalizedText(inEveryLanguage((t) => t('enforcement.unauthorized.evidence', { brandName }))),
        legalGround: encodeLocalizedText(inEveryLanguage((t) => t('enforcement.unauthorized.legalGround', { brandName }))),
        contractualGround: encodeLocalizedText(inEveryLanguage((t) => t('enforcement.unauthorized.contractualGround'))),
        automated: true,
        redress: encodeLocalizedText(
          inEveryLanguage((t, locale) => t('enforcement.unauthorized.redress', { brandName, contestUntil: makeFormat(locale).dateTime(contestUntil) })),
        ),
        contestUntil,
        createdAt: now,
      };
    }),
  });
  const byStore = new Map<string, typeof listings>();
  for (const l of listings) byStore.set(l.storeId, [...(byStore.get(l.storeId) ?? []), l]);
  for (const [storeId, removed] of byStore) {
    await recordAudit(tx, {
      actor: null,
      action: 'listing.removeUnauthorized',
      objectType: 'store',
      objectId: storeId,
      after: { listingIds: removed.map((l) => l.id), removedAt: now.toISOString() },
    });
    const sellerOrganisationId = removed[0]!.store.sellerOrganisationId;
    if (!sellerOrganisationId) continue;
    for (const l of removed) {
      await notify(tx, {
        type: 'listingRemovedUnauthorized',
        params: { listingTitle: l.title, brandName: l.brand?.name ?? '' },
        link: `/seller/stores/${storeId}`,
        recipients: { organisationIds: [sellerOrganisationId] },
      });
    }
  }
  return count;
}
