// A reviewer's changes to claim items against a real database: who may make them, what
// each one writes (and that a failure writes nothing), the claim's status after each, the
// SLA pause, and what happens when two reviewers act on the same item at the same moment.
// Every row belongs to organisations this file makes; assertions are on those rows only.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { testDb } from '@/tests/helpers/db';
import {
  createBrand,
  createClaim,
  createListings,
  createOrganisation,
  createRight,
  createStore,
  createUser,
  uniqueToken,
} from '@/lib/factories';
import {
  getClaimItemForReview,
  provideClaimItemInfo,
  rejectClaimItem,
  releaseClaimItem,
  removeClaimItem,
  requestClaimItemInfo,
  takeClaimItem,
  takeNextClaimItem,
  type ItemActor,
} from '@/lib/data/claim-items';
import { listNoticesForOrganisation } from '@/lib/data/notices';
import { getStatementForSeller } from '@/lib/data/statements';
import { decodeLocalizedText } from '@/lib/domain/localized-text';
import { STATEMENT_TEXT_FIELDS } from '@/lib/domain/statement-of-reasons';
import type { Role } from '@/lib/generated/prisma/enums';

const DAY = 86_400_000;
let prisma: Db;
let marketplaceId: string;
let reviewer: ItemActor;
let reviewer2: ItemActor;
const others = {} as Record<'SELLER' | 'BRAND_AGENT' | 'ADMIN', ItemActor>;

async function actor(role: Role, organisationId?: string): Promise<ItemActor> {
  const made = await createUser(prisma, { role, ...(organisationId ? { organisationId } : {}) });
  return { id: made.user.id, role, organisationId: made.organisationId, name: made.user.name };
}

/** A fresh brand, store and claim with `count` pending items; rights: one usable, one expired, one pending. */
async function scenario(count = 1, claimOverrides: { priority?: number } = {}) {
  const brandOwner = await createOrganisation(prisma, { kind: 'BRAND_OWNER' });
  const brand = await createBrand(prisma, { ownerOrganisationId: brandOwner.id, referencePrices: [{ productLine: 'Jacket', amountCents: 40_000 }] });
  const agent = await actor('BRAND_AGENT', brandOwner.id);
  const usable = await createRight(prisma, { brandId: brand.id, office: 'CNIPA', jurisdiction: 'CN', classes: [25], ownerName: 'Owner SA' });
  const expired = await createRight(prisma, { brandId: brand.id, expiresAt: new Date(Date.now() - DAY) });
  const pending = await createRight(prisma, { brandId: brand.id, status: 'PENDING' });
  const sellerOrg = await createOrganisation(prisma, { kind: 'SELLER' });
  const store = await createStore(prisma, { sellerOrganisationId: sellerOrg.id });
  const seller = await actor('SELLER', sellerOrg.id);
  const listings = await createListings(prisma, {
    storeId: store.id,
    listings: Array.from({ length: count }, (_, i) => ({ title: `Down Jacket replica ${i} ${uniqueToken()}`, priceCents: 2_000, brandId: brand.id })),
  });
  const claim = await createClaim(prisma, {
    brandId: brand.id,
    filerOrganisationId: brandOwner.id,
    filedById: agent.id,
    rightIds: [usable.id, expired.id, pending.id],
    items: listings.map((l) => ({ listingId: l.id, note: 'Sold at 5% of retail.', ...(claimOverrides.priority !== undefined ? { priority: claimOverrides.priority } : {}) })),
  });
  return { brand, brandOwner, agent, usable, expired, pending, sellerOrg, seller, store, listings, claim, items: claim.items };
}

const removal = (itemId: string, rightId: string, version = 0) => ({ itemId, version, removalReason: 'COUNTERFEIT' as const, rightId, note: 'Wrong hardware stamp.' });
const itemOf = (id: string) => prisma.claimItem.findUniqueOrThrow({ where: { id } });
const claimStatusOf = async (id: string) => (await prisma.claim.findUniqueOrThrow({ where: { id } })).status;
const notificationsOf = (userId: string) => prisma.notification.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });
const auditOf = (objectId: string) => prisma.auditEvent.findMany({ where: { objectType: 'claimItem', objectId }, orderBy: { id: 'asc' } });

beforeAll(async () => {
  prisma = await testDb();
  marketplaceId = (await createOrganisation(prisma, { kind: 'MARKETPLACE', name: `Test Marketplace ${uniqueToken()}` })).id;
  reviewer = await actor('REVIEWER', marketplaceId);
  reviewer2 = await actor('REVIEWER', marketplaceId);
  others.SELLER = await actor('SELLER');
  others.BRAND_AGENT = await actor('BRAND_AGENT');
  others.ADMIN = await actor('ADMIN', marketplaceId);
});

describe('authorization', () => {
  it.each(['SELLER', 'BRAND_AGENT', 'ADMIN'] as const)('refuses every reviewer action to a %s and changes nothing', async (role) => {
    const s = await scenario(1);
    const item = s.items[0]!;
    const who = others[role];
    const results = [
      await takeClaimItem(who, item.id, 0),
      await releaseClaimItem(who, item.id, 0),
      await takeNextClaimItem(who),
      await removeClaimItem(who, removal(item.id, s.usable.id)),
      await rejectClaimItem(who, { itemId: item.id, version: 0, rejectionReason: 'GENUINE_GOODS', note: null }),
      await requestClaimItemInfo(who, { itemId: item.id, version: 0, message: 'Send the invoice.' }),
    ];
    for (const result of results) expect(result).toEqual({ ok: false, violation: 'forbidden' });
    const after = await itemOf(item.id);
    expect(after.status).toBe('PENDING');
    expect(after.version).toBe(0);
    expect(await auditOf(item.id)).toHaveLength(0);
    await expect(getClaimItemForReview(who, item.id)).rejects.toThrow();
  });

  it('lets only the brand that sees the claim answer a request for information', async () => {
    const s = await scenario(1);
    const item = s.items[0]!;
    await requestClaimItemInfo(reviewer, { itemId: item.id, version: 0, message: 'Which product line?' });
    for (const who of [reviewer, others.SELLER, others.ADMIN]) {
      expect(await provideClaimItemInfo(who, item.id, 'Handbags')).toEqual({ ok: false, violation: 'forbidden' });
    }
    // A brand agent of another organisation: the claim does not exist for them.
    expect(await provideClaimItemInfo(others.BRAND_AGENT, item.id, 'Handbags')).toEqual({ ok: false, violation: 'notFound' });
    expect((await itemOf(item.id)).status).toBe('INFO_REQUESTED');
    expect(await provideClaimItemInfo(s.agent, item.id, 'Handbags')).toMatchObject({ ok: true, status: 'PENDING' });
  });

  it('reads an unknown item as not found', async () => {
    const missing = '01900000-0000-7000-8000-000000000000';
    expect(await takeClaimItem(reviewer, missing, 0)).toEqual({ ok: false, violation: 'notFound' });
    expect(await removeClaimItem(reviewer, removal(missing, missing))).toEqual({ ok: false, violation: 'notFound' });
    expect(await getClaimItemForReview(reviewer, missing)).toBeNull();
  });
});

describe('taking and releasing', () => {
  it('takes an item for one reviewer, keeps others off it, and lets anyone release it', async () => {
    const s = await scenario(2);
    const [item] = s.items;
    expect(await takeClaimItem(reviewer, item!.id, 0)).toEqual({ ok: true, itemId: item!.id, status: 'IN_REVIEW' });
    let row = await itemOf(item!.id);
    expect(row).toMatchObject({ status: 'IN_REVIEW', assignedReviewerId: reviewer.id, version: 1 });
    expect(row.assignedAt).toBeInstanceOf(Date);
    expect(await claimStatusOf(s.claim.id)).toBe('IN_REVIEW');
    // Taking it again changes nothing; another reviewer cannot take or decide it.
    expect(await takeClaimItem(reviewer, item!.id, 1)).toMatchObject({ ok: true });
    expect(await takeClaimItem(reviewer2, item!.id, 1)).toEqual({ ok: false, violation: 'takenByOther', by: reviewer.name });
    expect(await removeClaimItem(reviewer2, removal(item!.id, s.usable.id, 1))).toEqual({ ok: false, violation: 'takenByOther', by: reviewer.name });
    // Anyone may release it (a forgotten item never stays locked).
    expect(await releaseClaimItem(reviewer2, item!.id, 1)).toMatchObject({ ok: true, status: 'PENDING' });
    row = await itemOf(item!.id);
    expect(row).toMatchObject({ status: 'PENDING', assignedReviewerId: null, assignedAt: null, version: 2 });
    expect(await claimStatusOf(s.claim.id)).toBe('SUBMITTED');
    expect(await releaseClaimItem(reviewer, item!.id, 2)).toEqual({ ok: false, violation: 'notTaken' });
    const audit = await auditOf(item!.id);
    expect(audit.map((e) => e.action)).toEqual(['claimItem.take', 'claimItem.release']);
    expect(audit[0]).toMatchObject({ actorId: reviewer.id, actorRole: 'REVIEWER', before: { status: 'PENDING' }, after: { status: 'IN_REVIEW', assignedReviewerId: reviewer.id } });
    expect(audit[1]).toMatchObject({ actorId: reviewer2.id, before: { status: 'IN_REVIEW', assignedReviewerId: reviewer.id }, after: { status: 'PENDING' } });
  });

  it('refuses a change from a form rendered before the item changed', async () => {
    const s = await scenario(1);
    const item = s.items[0]!;
    await takeClaimItem(reviewer, item.id, 0);
    expect(await removeClaimItem(reviewer, removal(item.id, s.usable.id, 0))).toEqual({ ok: false, violation: 'changed' });
    expect((await itemOf(item.id)).status).toBe('IN_REVIEW');
  });

  it('gives two reviewers pressing "take next" at the same moment two different items, front of the queue first', async () => {
    // Far above any other item in this database, so these two are the front of the queue.
    const s = await scenario(2, { priority: 1_000_000 });
    const [a, b] = await Promise.all([takeNextClaimItem(reviewer), takeNextClaimItem(reviewer2)]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.itemId).not.toBe(b.itemId);
    expect([a.itemId, b.itemId].sort()).toEqual(s.items.map((i) => i.id).sort());
    const rows = await prisma.claimItem.findMany({ where: { id: { in: [a.itemId, b.itemId] } } });
    expect(rows.map((r) => r.status)).toEqual(['IN_REVIEW', 'IN_REVIEW']);
    expect(new Set(rows.map((r) => r.assignedReviewerId))).toEqual(new Set([reviewer.id, reviewer2.id]));
    const audit = await prisma.auditEvent.findMany({ where: { objectId: { in: [a.itemId, b.itemId] }, action: 'claimItem.take' } });
    expect(audit).toHaveLength(2);
    expect(audit.every((e) => (e.after as { takeNext?: boolean }).takeNext === true)).toBe(true);
  });
});

describe('removal', () => {
  it('removes the listing, strikes the store and issues the statement of reasons, in one go', async () => {
    const s = await scenario(2);
    const [item] = s.items;
    await prisma.claimEvidence.createMany({
      data: [
        { claimId: s.claim.id, kind: 'TEST_PURCHASE', documentId: (await document(s.brandOwner.id, s.agent.id, 'test-buy.pdf', false)).id },
        { claimId: s.claim.id, claimItemId: item!.id, kind: 'COMPARISON', documentId: (await document(s.brandOwner.id, s.agent.id, 'secret-sheet.pdf', true)).id },
      ],
    });
    const before = Date.now();
    const result = await removeClaimItem(reviewer, removal(item!.id, s.usable.id));
    expect(result).toMatchObject({ ok: true, status: 'REMOVED' });
    if (!result.ok) return;

    const row = await itemOf(item!.id);
    expect(row).toMatchObject({
      status: 'REMOVED',
      removalReason: 'COUNTERFEIT',
      removalRightId: s.usable.id,
      decisionNote: 'Wrong hardware stamp.',
      decidedById: reviewer.id,
      assignedReviewerId: reviewer.id,
      version: 1,
    });
    const decidedAt = row.decidedAt!.getTime();
    expect(decidedAt).toBeGreaterThanOrEqual(before);

    const listing = await prisma.listing.findUniqueOrThrow({ where: { id: s.listings[0]!.id } });
    expect(listing.status).toBe('REMOVED');
    expect(listing.removedAt!.getTime()).toBe(decidedAt);

    const strikes = await prisma.strike.findMany({ where: { storeId: s.store.id } });
    expect(strikes).toHaveLength(1);
    expect(strikes[0]).toMatchObject({ source: 'CLAIM_ITEM', claimItemId: item!.id, issuedById: reviewer.id, status: 'ACTIVE' });
    expect(strikes[0]!.expiresAt.getTime()).toBe(decidedAt + 90 * DAY);
    expect(decodeLocalizedText(strikes[0]!.reason).text.en).toContain(s.claim.reference);

    const statements = await prisma.statementOfReasons.findMany({ where: { claimItemId: item!.id } });
    expect(statements).toHaveLength(1);
    const statement = statements[0]!;
    expect(statement).toMatchObject({ id: result.statementId, storeId: s.store.id, listingId: s.listings[0]!.id, restriction: 'LISTING_REMOVAL', automated: false });
    expect(statement.contestUntil!.getTime()).toBe(decidedAt + 14 * DAY);
    for (const field of STATEMENT_TEXT_FIELDS) {
      const read = decodeLocalizedText(statement[field]!);
      expect(read.plain, field).toBe(false);
      expect(read.text.en.trim(), field).not.toBe('');
      expect(read.text['zh-CN'].trim(), field).not.toBe('');
    }
    const evidence = decodeLocalizedText(statement.evidenceSummary!).text.en;
    expect(evidence).toContain('test-buy.pdf');
    expect(evidence).toContain('a confidential document');
    expect(evidence).not.toContain('secret-sheet');
    expect(decodeLocalizedText(statement.legalGround!).text.en).toContain(`CNIPA ${s.usable.registrationNumber}`);

    // One item of two decided: the claim is in review.
    expect(await claimStatusOf(s.claim.id)).toBe('IN_REVIEW');
    const audit = await auditOf(item!.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'claimItem.remove',
      actorId: reviewer.id,
      before: { status: 'PENDING', listingStatus: 'ACTIVE' },
      after: { status: 'REMOVED', removalRightId: s.usable.id, strikeId: strikes[0]!.id, statementId: statement.id, listingStatus: 'REMOVED' },
    });

    // Told in the same transaction: the seller, with the statement; the brand, with the outcome (and an e-mail each).
    const sellerNotes = await notificationsOf(s.seller.id);
    expect(sellerNotes).toHaveLength(1);
    expect(sellerNotes[0]).toMatchObject({ type: 'claimItemRemoved', link: `/seller/statements/${statement.id}` });
    expect(sellerNotes[0]!.params).toMatchObject({ listingTitle: s.listings[0]!.title, claimReference: s.claim.reference, contestBy: { $date: statement.contestUntil!.toISOString() } });
    const brandNotes = await notificationsOf(s.agent.id);
    expect(brandNotes).toHaveLength(1);
    expect(brandNotes[0]).toMatchObject({ type: 'claimItemDecided', link: `/brand/claims/${s.claim.id}`, params: { outcome: 'removed', reason: 'COUNTERFEIT' } });
    expect(await prisma.emailOutbox.count({ where: { notificationId: { in: [sellerNotes[0]!.id, brandNotes[0]!.id] } } })).toBe(2);

    // The seller sees the notice with its statement; another seller sees neither.
    const notices = await listNoticesForOrganisation(s.sellerOrg.id, 1);
    expect(notices.rows.find((n) => n.id === item!.id)?.statementId).toBe(statement.id);
    expect(await getStatementForSeller(s.sellerOrg.id, statement.id)).toMatchObject({ id: statement.id, store: { id: s.store.id } });
    expect(await getStatementForSeller(others.SELLER.organisationId, statement.id)).toBeNull();
  });

  it('uses the policy in force for the strike window and the counter-notice deadline', async () => {
    const s = await scenario(1);
    await prisma.policySetting.createMany({ data: [{ key: 'counterNoticeWindowDays', value: 21 }, { key: 'strikeWindowDays', value: 90 }] });
    try {
      const result = await removeClaimItem(reviewer, removal(s.items[0]!.id, s.usable.id));
      expect(result.ok).toBe(true);
      const decidedAt = (await itemOf(s.items[0]!.id)).decidedAt!.getTime();
      const statement = await prisma.statementOfReasons.findFirstOrThrow({ where: { claimItemId: s.items[0]!.id } });
      expect(statement.contestUntil!.getTime()).toBe(decidedAt + 21 * DAY);
      const strike = await prisma.strike.findFirstOrThrow({ where: { claimItemId: s.items[0]!.id } });
      expect(strike.expiresAt.getTime()).toBe(decidedAt + 90 * DAY);
    } finally {
      await prisma.policySetting.deleteMany({ where: { key: { in: ['counterNoticeWindowDays', 'strikeWindowDays'] } } });
    }
  });

  it('rests only on a usable right of the claim, and needs words for "other"', async () => {
    const s = await scenario(1);
    const item = s.items[0]!;
    const stranger = await createRight(prisma, { brandId: (await createBrand(prisma)).id });
    for (const rightId of [s.expired.id, s.pending.id, stranger.id]) {
      expect(await removeClaimItem(reviewer, removal(item.id, rightId))).toEqual({
        ok: false,
        violation: 'invalid',
        problems: [{ field: 'rightId', key: 'rightNotUsable' }],
      });
    }
    expect(await removeClaimItem(reviewer, { ...removal(item.id, s.usable.id), removalReason: 'OTHER', note: null })).toEqual({
      ok: false,
      violation: 'invalid',
      problems: [{ field: 'note', key: 'otherNeedsText' }],
    });
    expect((await itemOf(item.id)).status).toBe('PENDING');
    expect(await prisma.strike.count({ where: { storeId: s.store.id } })).toBe(0);
  });

  it('writes nothing at all when any part of the removal fails', async () => {
    const s = await scenario(1);
    const item = s.items[0]!;
    // A real failure inside the transaction, at its last write but one: the database
    // refuses this item's statement of reasons.
    const trigger = `fail_statement_${uniqueToken().replace(/[^a-z0-9]/gi, '')}`;
    await prisma.$executeRawUnsafe(`
      CREATE FUNCTION ${trigger}() RETURNS trigger AS $$
      BEGIN
        IF NEW."claimItemId" = '${item.id}' THEN RAISE EXCEPTION 'statement refused for the test'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER ${trigger} BEFORE INSERT ON "StatementOfReasons" FOR EACH ROW EXECUTE FUNCTION ${trigger}()`);
    try {
      await expect(removeClaimItem(reviewer, removal(item.id, s.usable.id))).rejects.toThrow();
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER ${trigger} ON "StatementOfReasons"`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION ${trigger}()`);
    }
    expect(await itemOf(item.id)).toMatchObject({ status: 'PENDING', version: 0, decidedById: null, removalReason: null });
    expect((await prisma.listing.findUniqueOrThrow({ where: { id: s.listings[0]!.id } })).status).toBe('ACTIVE');
    expect(await prisma.strike.count({ where: { storeId: s.store.id } })).toBe(0);
    expect(await prisma.statementOfReasons.count({ where: { storeId: s.store.id } })).toBe(0);
    expect(await auditOf(item.id)).toHaveLength(0);
    expect(await notificationsOf(s.seller.id)).toHaveLength(0);
    expect(await notificationsOf(s.agent.id)).toHaveLength(0);
    expect(await claimStatusOf(s.claim.id)).toBe('SUBMITTED');
    // …and the same removal goes through once nothing refuses it.
    expect(await removeClaimItem(reviewer, removal(item.id, s.usable.id))).toMatchObject({ ok: true });
  });
});

describe('two reviewers deciding the same item at once', () => {
  it('lets exactly one removal stand; the other is told who decided', async () => {
    const s = await scenario(1);
    const item = s.items[0]!;
    const results = await Promise.all([removeClaimItem(reviewer, removal(item.id, s.usable.id)), removeClaimItem(reviewer2, removal(item.id, s.usable.id))]);
    const won = results.filter((r) => r.ok);
    const lost = results.filter((r) => !r.ok);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = results[0]!.ok ? reviewer : reviewer2;
    expect(lost[0]).toEqual({ ok: false, violation: 'alreadyDecided', status: 'REMOVED', by: winner.name });
    expect(await itemOf(item.id)).toMatchObject({ status: 'REMOVED', decidedById: winner.id, version: 1 });
    expect(await prisma.strike.count({ where: { claimItemId: item.id } })).toBe(1);
    expect(await prisma.statementOfReasons.count({ where: { claimItemId: item.id } })).toBe(1);
    expect(await auditOf(item.id)).toHaveLength(1);
    expect(await notificationsOf(s.seller.id)).toHaveLength(1);
    expect(await notificationsOf(s.agent.id)).toHaveLength(1);
  });

  it('lets exactly one of a removal and a rejection stand', async () => {
    const s = await scenario(1);
    const item = s.items[0]!;
    const results = await Promise.all([
      rejectClaimItem(reviewer2, { itemId: item.id, version: 0, rejectionReason: 'GENUINE_GOODS', note: 'Invoice from the distributor.' }),
      removeClaimItem(reviewer, removal(item.id, s.usable.id)),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const row = await itemOf(item.id);
    const loser = results.find((r) => !r.ok)!;
    expect(loser).toMatchObject({ ok: false, violation: 'alreadyDecided', status: row.status });
    if (row.status === 'REJECTED') {
      expect(await prisma.strike.count({ where: { claimItemId: item.id } })).toBe(0);
      expect((await prisma.listing.findUniqueOrThrow({ where: { id: s.listings[0]!.id } })).status).toBe('ACTIVE');
    } else {
      expect(row.status).toBe('REMOVED');
      expect(await prisma.strike.count({ where: { claimItemId: item.id } })).toBe(1);
    }
  });

  it('tells a reviewer deciding afterwards who decided first', async () => {
    const s = await scenario(1);
    const item = s.items[0]!;
    await rejectClaimItem(reviewer, { itemId: item.id, version: 0, rejectionReason: 'PARODY_OR_COMMENT', note: null });
    expect(await removeClaimItem(reviewer2, removal(item.id, s.usable.id))).toEqual({ ok: false, violation: 'alreadyDecided', status: 'REJECTED', by: reviewer.name });
    expect(await requestClaimItemInfo(reviewer2, { itemId: item.id, version: 0, message: 'x' })).toEqual({
      ok: false,
      violation: 'alreadyDecided',
      status: 'REJECTED',
      by: reviewer.name,
    });
  });
});

describe('rejection and requests for information', () => {
  it('rejects with a reason and leaves the listing and the store alone', async () => {
    const s = await scenario(1);
    const item = s.items[0]!;
    expect(await rejectClaimItem(reviewer, { itemId: item.id, version: 0, rejectionReason: 'OTHER', note: null })).toEqual({
      ok: false,
      violation: 'invalid',
      problems: [{ field: 'note', key: 'otherNeedsText' }],
    });
    expect(await rejectClaimItem(reviewer, { itemId: item.id, version: 0, rejectionReason: 'INSUFFICIENT_EVIDENCE', note: null })).toMatchObject({ ok: true, status: 'REJECTED' });
    expect(await itemOf(item.id)).toMatchObject({ status: 'REJECTED', rejectionReason: 'INSUFFICIENT_EVIDENCE', decidedById: reviewer.id });
    expect((await prisma.listing.findUniqueOrThrow({ where: { id: s.listings[0]!.id } })).status).toBe('ACTIVE');
    expect(await prisma.strike.count({ where: { storeId: s.store.id } })).toBe(0);
    expect(await claimStatusOf(s.claim.id)).toBe('DECIDED');
    expect((await auditOf(item.id)).map((e) => e.action)).toEqual(['claimItem.reject']);
    // The brand is told, with the reason; the seller hears nothing of a claim that failed.
    expect(await notificationsOf(s.agent.id)).toMatchObject([{ type: 'claimItemDecided', link: `/brand/claims/${s.claim.id}`, params: { outcome: 'rejected', reason: 'INSUFFICIENT_EVIDENCE' } }]);
    expect(await notificationsOf(s.seller.id)).toHaveLength(0);
  });

  it('pauses the SLA clock while the brand owes information and resumes it when the brand answers', async () => {
    const s = await scenario(1);
    const item = s.items[0]!;
    const dueAt = item.dueAt!;
    expect(await requestClaimItemInfo(reviewer, { itemId: item.id, version: 0, message: 'Please attach the test purchase.' })).toMatchObject({ ok: true });
    const asked = await itemOf(item.id);
    expect(asked).toMatchObject({ status: 'INFO_REQUESTED', infoRequest: 'Please attach the test purchase.', assignedReviewerId: reviewer.id, dueAt });
    expect(await claimStatusOf(s.claim.id)).toBe('INFO_REQUESTED');
    expect(await notificationsOf(s.agent.id)).toMatchObject([{ type: 'infoRequested', link: `/brand/claims/${s.claim.id}`, params: { claimReference: s.claim.reference } }]);
    // Still waiting: nobody can decide it meanwhile.
    expect(await removeClaimItem(reviewer2, removal(item.id, s.usable.id, 1))).toEqual({ ok: false, violation: 'infoRequested', by: reviewer.name });

    const answeredAt = new Date(asked.infoRequestedAt!.getTime() + 2 * 3_600_000 + 30_000);
    expect(await provideClaimItemInfo(s.agent, item.id, '  Attached: test purchase of 3 November.  ', undefined, answeredAt)).toMatchObject({ ok: true, status: 'PENDING' });
    const answered = await itemOf(item.id);
    expect(answered).toMatchObject({
      status: 'PENDING',
      infoResponse: 'Attached: test purchase of 3 November.',
      infoRespondedAt: answeredAt,
      slaPausedSeconds: 2 * 3600 + 30,
      assignedReviewerId: null,
      version: 2,
    });
    expect(answered.dueAt!.getTime()).toBe(dueAt.getTime() + (2 * 3600 + 30) * 1000);
    expect(await claimStatusOf(s.claim.id)).toBe('SUBMITTED');
    expect(await notificationsOf(reviewer.id)).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'infoProvided', link: `/review/items/${item.id}` })]),
    );
    expect(await provideClaimItemInfo(s.agent, item.id, 'again')).toEqual({ ok: false, violation: 'notAllowed', status: 'PENDING' });
    expect((await auditOf(item.id)).map((e) => e.action)).toEqual(['claimItem.requestInfo', 'claimItem.provideInfo']);
  });
});

describe("the claim's status after each decision", () => {
  it('follows its items from submitted to decided', async () => {
    const s = await scenario(3);
    const [a, b, c] = s.items;
    expect(await claimStatusOf(s.claim.id)).toBe('SUBMITTED');
    await takeClaimItem(reviewer, a!.id, 0);
    expect(await claimStatusOf(s.claim.id)).toBe('IN_REVIEW');
    await removeClaimItem(reviewer, removal(a!.id, s.usable.id, 1));
    expect(await claimStatusOf(s.claim.id)).toBe('IN_REVIEW');
    await requestClaimItemInfo(reviewer, { itemId: b!.id, version: 0, message: 'Which size?' });
    expect(await claimStatusOf(s.claim.id)).toBe('INFO_REQUESTED');
    await rejectClaimItem(reviewer2, { itemId: c!.id, version: 0, rejectionReason: 'NO_RIGHT_COVERS', note: null });
    expect(await claimStatusOf(s.claim.id)).toBe('INFO_REQUESTED');
    await provideClaimItemInfo(s.agent, b!.id, 'Size M.');
    expect(await claimStatusOf(s.claim.id)).toBe('IN_REVIEW');
    await rejectClaimItem(reviewer, { itemId: b!.id, version: 2, rejectionReason: 'INSUFFICIENT_EVIDENCE', note: null });
    expect(await claimStatusOf(s.claim.id)).toBe('DECIDED');
  });
});

describe('the item page', () => {
  it('shows the listing, the claim, its rights with their standing, the evidence and the other items', async () => {
    const s = await scenario(2);
    const [item, sibling] = s.items;
    await prisma.claimEvidence.create({
      data: { claimId: s.claim.id, kind: 'SCREENSHOT', documentId: (await document(s.brandOwner.id, s.agent.id, 'listing.png', false)).id },
    });
    await prisma.strike.create({ data: { storeId: s.store.id, source: 'OTHER', reason: 'r', expiresAt: new Date(Date.now() + DAY) } });
    const review = await getClaimItemForReview(reviewer, item!.id);
    expect(review).not.toBeNull();
    expect(review!.listing.title).toBe(s.listings[0]!.title);
    expect(review!.referencePrice).toMatchObject({ productLine: 'Jacket', amountCents: 40_000 });
    expect(review!.priceShare).toBe(5);
    expect(review!.store.activeStrikes).toBe(1);
    expect(review!.claim.rights.map((r) => [r.id, r.standing, r.usable])).toEqual(
      expect.arrayContaining([
        [s.usable.id, 'VERIFIED', true],
        [s.expired.id, 'EXPIRED', false],
        [s.pending.id, 'PENDING', false],
      ]),
    );
    expect(review!.evidence.map((e) => e.document.fileName)).toEqual(['listing.png']);
    expect(review!.siblings.map((i) => i.id)).toEqual([sibling!.id]);
  });

  it('does not show the items of a draft', async () => {
    const s = await scenario(1);
    await prisma.claim.update({ where: { id: s.claim.id }, data: { status: 'DRAFT' } });
    expect(await getClaimItemForReview(reviewer, s.items[0]!.id)).toBeNull();
    expect(await takeClaimItem(reviewer, s.items[0]!.id, 0)).toEqual({ ok: false, violation: 'notFound' });
  });
});

let documents = 0;
function document(organisationId: string, uploadedById: string, fileName: string, confidential: boolean) {
  documents += 1;
  return prisma.document.create({
    data: {
      kind: 'OTHER',
      fileName,
      mimeType: 'application/pdf',
      sizeBytes: 1000,
      sha256: `${uniqueToken()}${documents}`.padEnd(64, '0').slice(0, 64),
      storageKey: `test/${uniqueToken()}`,
      confidential,
      uploadedById,
      organisationId,
    },
  });
}

afterEach(() => {
  documents = 0;
});
