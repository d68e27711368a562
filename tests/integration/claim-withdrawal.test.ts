// The brand withdraws a claim item or a whole claim, against a real database: who may, what
// a withdrawal undoes (a removal's listing and strike), who is told, and what happens when a
// reviewer decides the same item at the same moment. Assertions are on this file's own rows.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { testDb } from '@/tests/helpers/db';
import { createBrand, createClaim, createListings, createOrganisation, createRight, createStore, createUser, uniqueToken } from '@/lib/factories';
import { rejectClaimItem, removeClaimItem, requestClaimItemInfo, takeClaimItem, type ItemActor } from '@/lib/data/claim-items';
import { withdrawClaim, withdrawClaimItem } from '@/lib/data/claim-withdrawal';
import type { Role } from '@/lib/generated/prisma/enums';

let prisma: Db;
let marketplaceId: string;
let reviewer: ItemActor;
let reviewer2: ItemActor;
const others = {} as Record<'SELLER' | 'BRAND_AGENT' | 'ADMIN', ItemActor>;

async function actor(role: Role, organisationId?: string): Promise<ItemActor> {
  const made = await createUser(prisma, { role, ...(organisationId ? { organisationId } : {}) });
  return { id: made.user.id, role, organisationId: made.organisationId, name: made.user.name };
}

/** A brand owner, an agency filing for it, a store with `count` listings, and a claim on them. */
async function scenario(count = 1, options: { byAgency?: boolean } = {}) {
  const brandOwner = await createOrganisation(prisma, { kind: 'BRAND_OWNER' });
  const ownerAgent = await actor('BRAND_AGENT', brandOwner.id);
  const agency = await createOrganisation(prisma, { kind: 'AGENCY' });
  const agencyAgent = await actor('BRAND_AGENT', agency.id);
  const brand = await createBrand(prisma, { ownerOrganisationId: brandOwner.id, name: `Withdrawal Brand ${uniqueToken()}` });
  const right = await createRight(prisma, { brandId: brand.id });
  const sellerOrg = await createOrganisation(prisma, { kind: 'SELLER' });
  const store = await createStore(prisma, { sellerOrganisationId: sellerOrg.id });
  const seller = await actor('SELLER', sellerOrg.id);
  const listings = await createListings(prisma, {
    storeId: store.id,
    listings: Array.from({ length: count }, (_, i) => ({ title: `Replica tote ${i} ${uniqueToken()}`, priceCents: 1_500, brandId: brand.id })),
  });
  const filer = options.byAgency ? agencyAgent : ownerAgent;
  const claim = await createClaim(prisma, {
    brandId: brand.id,
    filerOrganisationId: filer.organisationId,
    filedById: filer.id,
    rightIds: [right.id],
    items: listings.map((l) => ({ listingId: l.id })),
  });
  return { brandOwner, ownerAgent, agency, agencyAgent, filer, brand, right, sellerOrg, store, seller, listings, claim, items: claim.items };
}

const removal = (itemId: string, rightId: string, version = 0) => ({ itemId, version, removalReason: 'COUNTERFEIT' as const, rightId, note: null });
const itemOf = (id: string) => prisma.claimItem.findUniqueOrThrow({ where: { id } });
const listingOf = (id: string) => prisma.listing.findUniqueOrThrow({ where: { id } });
const notificationsOf = (userId: string) => prisma.notification.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });
const auditOf = (objectType: string, objectId: string) => prisma.auditEvent.findMany({ where: { objectType, objectId }, orderBy: { id: 'asc' } });

beforeAll(async () => {
  prisma = await testDb();
  marketplaceId = (await createOrganisation(prisma, { kind: 'MARKETPLACE', name: `Withdrawal Marketplace ${uniqueToken()}` })).id;
  reviewer = await actor('REVIEWER', marketplaceId);
  reviewer2 = await actor('REVIEWER', marketplaceId);
  others.SELLER = await actor('SELLER');
  others.BRAND_AGENT = await actor('BRAND_AGENT');
  others.ADMIN = await actor('ADMIN', marketplaceId);
});

describe('who may withdraw', () => {
  it.each([
    ['a reviewer', () => reviewer, 'forbidden'],
    ['a seller', () => others.SELLER, 'forbidden'],
    ['an admin', () => others.ADMIN, 'forbidden'],
    ['a brand agent of another organisation', () => others.BRAND_AGENT, 'notFound'],
  ] as const)('refuses %s, item and claim, and changes nothing', async (_label, who, violation) => {
    const s = await scenario(2, { byAgency: true });
    const item = s.items[0]!;
    expect(await withdrawClaimItem(who(), { itemId: item.id, version: 0, reason: 'Settled.' })).toEqual({ ok: false, violation });
    expect(await withdrawClaim(who(), { claimId: s.claim.id, reason: 'Settled.' })).toEqual({ ok: false, violation });
    expect(await itemOf(item.id)).toMatchObject({ status: 'PENDING', version: 0 });
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: s.claim.id } })).withdrawnAt).toBeNull();
    expect(await auditOf('claimItem', item.id)).toHaveLength(0);
    expect(await auditOf('claim', s.claim.id)).toHaveLength(0);
  });

  it('lets the filing agency and the brand owner it filed for withdraw', async () => {
    const s = await scenario(2, { byAgency: true });
    const [a, b] = s.items;
    expect(await withdrawClaimItem(s.agencyAgent, { itemId: a!.id, version: 0, reason: 'Wrong listing.' })).toMatchObject({ ok: true, from: 'PENDING' });
    expect(await withdrawClaimItem(s.ownerAgent, { itemId: b!.id, version: 0, reason: 'Licensed after all.' })).toMatchObject({ ok: true, from: 'PENDING' });
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: s.claim.id } })).status).toBe('WITHDRAWN');
  });

  it('reads a draft as not found', async () => {
    const s = await scenario(1);
    await prisma.claim.update({ where: { id: s.claim.id }, data: { status: 'DRAFT' } });
    expect(await withdrawClaimItem(s.ownerAgent, { itemId: s.items[0]!.id, version: 0, reason: 'x' })).toEqual({ ok: false, violation: 'notFound' });
    expect(await withdrawClaim(s.ownerAgent, { claimId: s.claim.id, reason: 'x' })).toEqual({ ok: false, violation: 'notFound' });
  });

  it('needs a reason', async () => {
    const s = await scenario(1);
    const result = await withdrawClaimItem(s.ownerAgent, { itemId: s.items[0]!.id, version: 0, reason: '   ' });
    expect(result).toMatchObject({ ok: false, violation: 'invalid' });
    expect(await withdrawClaim(s.ownerAgent, { claimId: s.claim.id, reason: '' })).toMatchObject({ ok: false, violation: 'invalid' });
    expect(await itemOf(s.items[0]!.id)).toMatchObject({ status: 'PENDING', version: 0 });
  });
});

describe('withdrawing one item', () => {
  it('withdraws an open item, tells the reviewer who held it, and records it', async () => {
    const s = await scenario(2);
    const [item] = s.items;
    await takeClaimItem(reviewer, item!.id, 0);
    const result = await withdrawClaimItem(s.ownerAgent, { itemId: item!.id, version: 1, reason: 'Settled with the seller.' });
    expect(result).toMatchObject({ ok: true, from: 'IN_REVIEW', listingRestored: false, strikeIdsWithdrawn: [] });
    expect(await itemOf(item!.id)).toMatchObject({ status: 'WITHDRAWN', version: 2 });
    // One item still pending, one taken and then withdrawn: the claim is in review.
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: s.claim.id } })).status).toBe('IN_REVIEW');
    const audit = await auditOf('claimItem', item!.id);
    expect(audit.at(-1)).toMatchObject({
      action: 'claimItem.withdraw',
      actorId: s.ownerAgent.id,
      before: { status: 'IN_REVIEW', version: 1 },
      after: { status: 'WITHDRAWN', version: 2, reason: 'Settled with the seller.' },
    });
    expect(await notificationsOf(reviewer.id)).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'claimItemWithdrawnReviewer', link: `/review/items/${item!.id}` })]),
    );
    expect(await notificationsOf(s.seller.id)).toHaveLength(0);
    // A reviewer's later decision on it is refused with "withdrawn".
    expect(await removeClaimItem(reviewer, removal(item!.id, s.right.id, 2))).toEqual({ ok: false, violation: 'withdrawn' });
  });

  it('withdraws an item waiting for the brand', async () => {
    const s = await scenario(1);
    const item = s.items[0]!;
    await requestClaimItemInfo(reviewer, { itemId: item.id, version: 0, message: 'Which product line?' });
    expect(await withdrawClaimItem(s.ownerAgent, { itemId: item.id, version: 1, reason: 'Cannot substantiate.' })).toMatchObject({ ok: true, from: 'INFO_REQUESTED' });
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: s.claim.id } })).status).toBe('WITHDRAWN');
  });

  it('brings back a removed listing, withdraws its strike and tells the seller', async () => {
    const s = await scenario(1);
    const item = s.items[0]!;
    expect(await removeClaimItem(reviewer, removal(item.id, s.right.id))).toMatchObject({ ok: true });
    expect((await listingOf(s.listings[0]!.id)).status).toBe('REMOVED');
    const strike = await prisma.strike.findFirstOrThrow({ where: { claimItemId: item.id } });
    expect(strike.status).toBe('ACTIVE');

    const result = await withdrawClaimItem(s.ownerAgent, { itemId: item.id, version: 1, reason: 'Test purchase was genuine.' });
    expect(result).toMatchObject({ ok: true, from: 'REMOVED', listingRestored: true, strikeIdsWithdrawn: [strike.id] });
    const listing = await listingOf(s.listings[0]!.id);
    expect(listing.status).toBe('RESTORED');
    expect(listing.restoredAt).toBeInstanceOf(Date);
    expect(await prisma.strike.findUniqueOrThrow({ where: { id: strike.id } })).toMatchObject({ status: 'WITHDRAWN' });
    expect(await itemOf(item.id)).toMatchObject({ status: 'WITHDRAWN', version: 2, removalReason: 'COUNTERFEIT' });
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: s.claim.id } })).status).toBe('WITHDRAWN');

    const sellerNotes = await notificationsOf(s.seller.id);
    expect(sellerNotes.at(-1)).toMatchObject({ type: 'claimItemWithdrawn', link: '/seller', params: { listingTitle: s.listings[0]!.title, brandName: s.brand.name } });
    // The reviewer who removed it is told too (it was theirs).
    expect((await notificationsOf(reviewer.id)).some((n) => n.type === 'claimItemWithdrawnReviewer' && n.link === `/review/items/${item.id}`)).toBe(true);
    expect((await auditOf('claimItem', item.id)).at(-1)).toMatchObject({
      action: 'claimItem.withdraw',
      before: { status: 'REMOVED', listingStatus: 'REMOVED' },
      after: { status: 'WITHDRAWN', listingStatus: 'RESTORED', listingRestored: true, strikeIds: [strike.id] },
    });
  });

  it('closes the removal’s open counter-notice with it', async () => {
    const s = await scenario(1);
    const item = s.items[0]!;
    await removeClaimItem(reviewer, removal(item.id, s.right.id));
    const notice = await prisma.counterNotice.create({
      data: { claimItemId: item.id, storeId: s.store.id, filedById: s.seller.id, ground: 'GENUINE_GOODS', statement: 'Bought from the distributor.', signatureName: 'S', signedAt: new Date(), status: 'AWAITING_BRAND' },
    });
    expect(await withdrawClaimItem(s.ownerAgent, { itemId: item.id, version: 1, reason: 'We accept the seller’s invoice.' })).toMatchObject({ ok: true, listingRestored: true });
    expect(await prisma.counterNotice.findUniqueOrThrow({ where: { id: notice.id } })).toMatchObject({ status: 'WITHDRAWN', version: 1 });
    expect((await auditOf('claimItem', item.id)).at(-1)).toMatchObject({ after: { counterNoticesClosed: 1 } });
  });

  it('leaves a listing down while another removal still holds it', async () => {
    const a = await scenario(1);
    const listing = a.listings[0]!;
    // A second brand's claim on the same listing, also removed.
    const otherOwner = await createOrganisation(prisma, { kind: 'BRAND_OWNER' });
    const otherAgent = await actor('BRAND_AGENT', otherOwner.id);
    const otherBrand = await createBrand(prisma, { ownerOrganisationId: otherOwner.id });
    const otherRight = await createRight(prisma, { brandId: otherBrand.id });
    const other = await createClaim(prisma, { brandId: otherBrand.id, filerOrganisationId: otherOwner.id, filedById: otherAgent.id, rightIds: [otherRight.id], items: [{ listingId: listing.id }] });
    await removeClaimItem(reviewer, removal(a.items[0]!.id, a.right.id));
    await removeClaimItem(reviewer, removal(other.items[0]!.id, otherRight.id));

    const result = await withdrawClaimItem(a.ownerAgent, { itemId: a.items[0]!.id, version: 1, reason: 'Our mistake.' });
    expect(result).toMatchObject({ ok: true, from: 'REMOVED', listingRestored: false });
    expect((await listingOf(listing.id)).status).toBe('REMOVED');
    // Its own strike goes; the other removal's strike stays.
    expect((await prisma.strike.findFirstOrThrow({ where: { claimItemId: a.items[0]!.id } })).status).toBe('WITHDRAWN');
    expect((await prisma.strike.findFirstOrThrow({ where: { claimItemId: other.items[0]!.id } })).status).toBe('ACTIVE');
    expect((await notificationsOf(a.seller.id)).at(-1)).toMatchObject({ type: 'claimItemWithdrawnListingHeld' });

    // When the other brand withdraws too, the listing comes back.
    expect(await withdrawClaimItem(otherAgent, { itemId: other.items[0]!.id, version: 1, reason: 'Settled.' })).toMatchObject({ ok: true, listingRestored: true });
    expect((await listingOf(listing.id)).status).toBe('RESTORED');
  });

  it('refuses a final item and a second withdrawal with a clear reason', async () => {
    const s = await scenario(2);
    const [a, b] = s.items;
    await rejectClaimItem(reviewer, { itemId: a!.id, version: 0, rejectionReason: 'GENUINE_GOODS', note: null });
    expect(await withdrawClaimItem(s.ownerAgent, { itemId: a!.id, version: 1, reason: 'x' })).toEqual({ ok: false, violation: 'alreadyDecided', status: 'REJECTED', by: reviewer.name });
    expect(await withdrawClaimItem(s.ownerAgent, { itemId: b!.id, version: 0, reason: 'x' })).toMatchObject({ ok: true });
    expect(await withdrawClaimItem(s.ownerAgent, { itemId: b!.id, version: 1, reason: 'x' })).toEqual({ ok: false, violation: 'withdrawn' });
  });

  it('refuses a withdrawal from a page rendered before a reviewer removed the item, naming the decision', async () => {
    const s = await scenario(1);
    const item = s.items[0]!;
    await removeClaimItem(reviewer, removal(item.id, s.right.id));
    expect(await withdrawClaimItem(s.ownerAgent, { itemId: item.id, version: 0, reason: 'x' })).toEqual({ ok: false, violation: 'alreadyDecided', status: 'REMOVED', by: reviewer.name });
    expect((await itemOf(item.id)).status).toBe('REMOVED');
  });
});

describe('a withdrawal racing a reviewer', () => {
  it('leaves exactly one outcome when a removal and a withdrawal meet', async () => {
    for (let round = 0; round < 3; round++) {
      const s = await scenario(1);
      const item = s.items[0]!;
      const [removed, withdrawn] = await Promise.all([
        removeClaimItem(reviewer, removal(item.id, s.right.id)),
        withdrawClaimItem(s.ownerAgent, { itemId: item.id, version: 0, reason: 'Settled.' }),
      ]);
      expect([removed.ok, withdrawn.ok].filter(Boolean)).toHaveLength(1);
      const row = await itemOf(item.id);
      const listing = await listingOf(s.listings[0]!.id);
      const strikes = await prisma.strike.findMany({ where: { claimItemId: item.id } });
      if (removed.ok) {
        expect(withdrawn).toEqual({ ok: false, violation: 'alreadyDecided', status: 'REMOVED', by: reviewer.name });
        expect(row).toMatchObject({ status: 'REMOVED', version: 1 });
        expect(listing.status).toBe('REMOVED');
        expect(strikes.map((x) => x.status)).toEqual(['ACTIVE']);
      } else {
        expect(removed).toEqual({ ok: false, violation: 'withdrawn' });
        expect(row).toMatchObject({ status: 'WITHDRAWN', version: 1 });
        expect(listing.status).toBe('ACTIVE');
        expect(strikes).toHaveLength(0);
      }
      expect((await auditOf('claimItem', item.id)).map((e) => e.action)).toHaveLength(1);
    }
  });

  it('leaves exactly one outcome when a whole-claim withdrawal meets a rejection', async () => {
    const s = await scenario(3);
    const item = s.items[1]!;
    const [rejected, withdrawn] = await Promise.all([
      rejectClaimItem(reviewer2, { itemId: item.id, version: 0, rejectionReason: 'INSUFFICIENT_EVIDENCE', note: null }),
      withdrawClaim(s.ownerAgent, { claimId: s.claim.id, reason: 'Settled.' }),
    ]);
    expect(withdrawn.ok).toBe(true);
    const row = await itemOf(item.id);
    if (rejected.ok) {
      expect(row.status).toBe('REJECTED');
      expect(withdrawn).toMatchObject({ withdrawn: { PENDING: 2 } });
      expect((await prisma.claim.findUniqueOrThrow({ where: { id: s.claim.id } })).status).toBe('DECIDED');
    } else {
      expect(rejected).toEqual({ ok: false, violation: 'withdrawn' });
      expect(row.status).toBe('WITHDRAWN');
      expect((await prisma.claim.findUniqueOrThrow({ where: { id: s.claim.id } })).status).toBe('WITHDRAWN');
    }
  });
});

describe('withdrawing a whole claim', () => {
  it('withdraws every open item in bulk, undoes each removal, keeps final outcomes, and tells each party once', async () => {
    const s = await scenario(60);
    const [removedA, removedB, rejected, taken, asked] = s.items;
    await removeClaimItem(reviewer, removal(removedA!.id, s.right.id));
    await removeClaimItem(reviewer2, removal(removedB!.id, s.right.id));
    await rejectClaimItem(reviewer, { itemId: rejected!.id, version: 0, rejectionReason: 'GENUINE_GOODS', note: null });
    await takeClaimItem(reviewer2, taken!.id, 0);
    await requestClaimItemInfo(reviewer, { itemId: asked!.id, version: 0, message: 'Invoice?' });
    const reviewerNotesBefore = (await notificationsOf(reviewer.id)).length;

    const result = await withdrawClaim(s.ownerAgent, { claimId: s.claim.id, reason: 'Settled with the seller <script>x</script>' });
    expect(result).toEqual({
      ok: true,
      claimId: s.claim.id,
      withdrawn: { PENDING: 55, IN_REVIEW: 1, INFO_REQUESTED: 1, REMOVED: 2 },
      listingsRestored: 2,
      strikesWithdrawn: 2,
    });
    const claim = await prisma.claim.findUniqueOrThrow({ where: { id: s.claim.id } });
    expect(claim.withdrawnAt).toBeInstanceOf(Date);
    expect(claim.withdrawalReason).toBe('Settled with the seller <script>x</script>');
    // One rejected item keeps its outcome: nothing waits for anyone, so the claim is decided.
    expect(claim.status).toBe('DECIDED');
    const statuses = await prisma.claimItem.groupBy({ by: ['status'], where: { claimId: s.claim.id }, _count: { _all: true } });
    expect(Object.fromEntries(statuses.map((g) => [g.status, g._count._all]))).toEqual({ WITHDRAWN: 59, REJECTED: 1 });
    expect((await itemOf(taken!.id)).version).toBe(2);
    for (const listing of [s.listings[0]!, s.listings[1]!]) expect((await listingOf(listing.id)).status).toBe('RESTORED');
    expect(await prisma.strike.count({ where: { storeId: s.store.id, status: 'ACTIVE' } })).toBe(0);

    // Audit: one claim event with the counts; a per-item event only for each removal undone.
    expect(await auditOf('claim', s.claim.id)).toMatchObject([
      { action: 'claim.withdraw', actorId: s.ownerAgent.id, before: { withdrawnAt: null }, after: { status: 'DECIDED', itemsWithdrawn: { PENDING: 55, REMOVED: 2 }, listingsRestored: 2 } },
    ]);
    expect((await auditOf('claimItem', removedA!.id)).at(-1)).toMatchObject({ action: 'claimItem.withdraw', after: { wholeClaim: true, listingRestored: true } });
    expect((await auditOf('claimItem', s.items[10]!.id)).filter((e) => e.action === 'claimItem.withdraw')).toHaveLength(0);

    // The seller once for its store; each reviewer once, with their own count.
    const sellerNotes = (await notificationsOf(s.seller.id)).filter((n) => n.type === 'claimWithdrawn');
    expect(sellerNotes).toHaveLength(1);
    expect(sellerNotes[0]!.params).toMatchObject({ claimReference: s.claim.reference, storeName: s.store.name });
    const reviewerNotes = (await notificationsOf(reviewer.id)).slice(reviewerNotesBefore);
    expect(reviewerNotes).toMatchObject([{ type: 'claimWithdrawnReviewer', params: { itemCount: 2 } }]); // removedA and asked
    expect((await notificationsOf(reviewer2.id)).filter((n) => n.type === 'claimWithdrawnReviewer')).toMatchObject([{ params: { itemCount: 2 } }]); // removedB and taken

    // Nothing is left to withdraw, and the claim says it was withdrawn.
    expect(await withdrawClaim(s.ownerAgent, { claimId: s.claim.id, reason: 'Again.' })).toEqual({ ok: false, violation: 'withdrawn' });
    expect(await withdrawClaimItem(s.ownerAgent, { itemId: taken!.id, version: 2, reason: 'Again.' })).toEqual({ ok: false, violation: 'withdrawn' });
  });

  it('refuses a claim whose every item already has a final outcome', async () => {
    const s = await scenario(1);
    await rejectClaimItem(reviewer, { itemId: s.items[0]!.id, version: 0, rejectionReason: 'GENUINE_GOODS', note: null });
    expect(await withdrawClaim(s.ownerAgent, { claimId: s.claim.id, reason: 'x' })).toEqual({ ok: false, violation: 'nothingToWithdraw' });
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: s.claim.id } })).withdrawnAt).toBeNull();
  });

  it('withdraws a claim of 2,000 listings in one transaction', async () => {
    const s = await scenario(2000);
    const started = Date.now();
    const result = await withdrawClaim(s.ownerAgent, { claimId: s.claim.id, reason: 'Bulk filing error.' });
    expect(result).toMatchObject({ ok: true, withdrawn: { PENDING: 2000 } });
    expect(await prisma.claimItem.count({ where: { claimId: s.claim.id, status: 'WITHDRAWN' } })).toBe(2000);
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: s.claim.id } })).status).toBe('WITHDRAWN');
    // Set-based: a few statements, not one per item.
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 120_000);
});
