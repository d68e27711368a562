// Grants nearing and passing their expiry (journey 3): the seller is told once, ahead of
// time (grantExpiryNoticeDays), and when a grant ends its listings of the brand are flagged
// with the grace period. Both halves claim each grant with a guarded update in the same
// transaction as their notice, so a run twice (or two runners) writes nothing twice.
import 'server-only';
import { recordAudit } from '../audit';
import type { Db } from '../db/shared-client';
import { notify } from '../notifications';
import { inEveryLanguage } from '../domain/statement-of-reasons';
import { flagListingsOfBrand } from './listing-flags';
import { readPolicy } from './policy';

const DAY_MS = 86_400_000;
const BATCH = 200;

const grantSelect = { id: true, storeId: true, brandId: true, expiresAt: true, store: { select: { name: true, sellerOrganisationId: true } }, brand: { select: { name: true } } } as const;

export async function sendGrantExpiryNotices(client: Db, now: Date): Promise<number> {
  const policy = await readPolicy(client);
  const horizon = new Date(now.getTime() + policy.grantExpiryNoticeDays * DAY_MS);
  const due = await client.sellingGrant.findMany({
    where: { status: 'ACTIVE', expiryNotifiedAt: null, expiresAt: { gt: now, lte: horizon } },
    orderBy: [{ expiresAt: 'asc' }, { id: 'asc' }],
    take: BATCH,
    select: grantSelect,
  });
  let sent = 0;
  for (const grant of due) {
    const written = await client.$transaction(async (tx) => {
      const { count } = await tx.sellingGrant.updateMany({ where: { id: grant.id, status: 'ACTIVE', expiryNotifiedAt: null }, data: { expiryNotifiedAt: now } });
      if (count === 0) return false;
      if (grant.store.sellerOrganisationId) {
        await notify(tx, {
          type: 'grantExpiring',
          params: { storeName: grant.store.name, brandName: grant.brand.name, expiresAt: grant.expiresAt },
          link: '/seller/applications',
          recipients: { organisationIds: [grant.store.sellerOrganisationId] },
        });
      }
      return true;
    });
    if (written) sent += 1;
  }
  return sent;
}

export async function endExpiredGrants(client: Db, now: Date): Promise<number> {
  const policy = await readPolicy(client);
  const due = await client.sellingGrant.findMany({
    where: { status: 'ACTIVE', expiresAt: { lte: now } },
    orderBy: [{ expiresAt: 'asc' }, { id: 'asc' }],
    take: BATCH,
    select: grantSelect,
  });
  let ended = 0;
  for (const grant of due) {
    const written = await client.$transaction(async (tx) => {
      const { count } = await tx.sellingGrant.updateMany({ where: { id: grant.id, status: 'ACTIVE', expiresAt: { lte: now } }, data: { status: 'EXPIRED' } });
      if (count === 0) return false;
      await recordAudit(tx, { actor: null, action: 'grant.expire', objectType: 'store', objectId: grant.storeId, after: { grantId: grant.id, brandId: grant.brandId, status: 'EXPIRED' } });
      // A newer active grant of the same store and brand (a renewal) still covers the listings.
      const covered = await tx.sellingGrant.count({ where: { storeId: grant.storeId, brandId: grant.brandId, status: 'ACTIVE', expiresAt: { gt: now } } });
      if (covered === 0) {
        await flagListingsOfBrand(tx, { storeId: grant.storeId, brandId: grant.brandId, reason: 'GRANT_EXPIRED', now, policy, actor: null });
        if (grant.store.sellerOrganisationId) {
          const reason = inEveryLanguage((t) => t('applications.system.grantExpiredReason', { expiresAt: grant.expiresAt.toISOString().slice(0, 10) }));
          await notify(tx, {
            type: 'grantEnded',
            params: { storeName: grant.store.name, brandName: grant.brand.name, reason: reason.en },
            link: '/seller/applications',
            recipients: { organisationIds: [grant.store.sellerOrganisationId] },
          });
        }
      }
      return true;
    });
    if (written) ended += 1;
  }
  return ended;
}
