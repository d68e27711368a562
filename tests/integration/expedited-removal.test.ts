// Expedited removal, end to end in the data layer: a trusted brand's counterfeit claim with a
// test purchase takes its listings down at submission (no strike, no decision), a standard
// brand's does not; a reviewer confirms (decision + strike) or overturns (listing back, item
// REJECTED, both parties told); two reviewers at once leave one decision; only reviewers may.
import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session';
import type { DocumentKind, Role } from '@/lib/generated/prisma/enums';
import { createBrand, createListings, createRight, createStore, uniqueToken } from '@/lib/factories';
import { addListings, attachEvidence, createDraft, finishListings, saveDeclarations, saveRights, submitClaim } from '@/lib/data/claim-filing';
import { confirmExpeditedRemoval, expeditedAwaitingReview, overturnExpeditedRemoval } from '@/lib/data/expedited-review';
import { testDb } from '@/tests/helpers/db';
import { makeSessionUser } from '@/tests/helpers/session-user';

const meta = { ip: '203.0.113.9', userAgent: 'vitest' };
let prisma: Db;
const sessionUser = (role: Role, organisationId?: string) => makeSessionUser(prisma, role, organisationId);

beforeAll(async () => {
  prisma = await testDb();
});

async function uploaded(user: SessionUser, kind: DocumentKind): Promise<string> {
  const document = await prisma.document.create({
    data: {
      kind,
      fileName: `${kind.toLowerCase()}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: 1234,
      sha256: randomBytes(32).toString('hex'),
      storageKey: `test/${uniqueToken()}`,
      uploadedById: user.id,
      organisationId: user.organisationId,
    },
  });
  return document.id;
}

/** A submitted claim on three listings; a test purchase on the first item only, unless `claimWide`. */
async function filed(tier: 'STANDARD' | 'TRUSTED', options: { claimWide?: boolean; secondType?: 'COPYRIGHT' } = {}) {
  const agent = await sessionUser('BRAND_AGENT');
  const brand = await createBrand(prisma, { ownerOrganisationId: agent.organisationId, tier });
  const right = await createRight(prisma, { brandId: brand.id });
  const seller = await sessionUser('SELLER');
  const store = await createStore(prisma, { sellerOrganisationId: seller.organisationId });
  const listings = await createListings(prisma, { storeId: store.id, count: 3 });
  const { claimId } = await createDraft(agent, { brandId: brand.id, idempotencyKey: randomUUID() }, meta);
  await saveRights(agent, { claimId, rightIds: [right.id], summary: 'Counterfeit jackets.' });
  await addListings(agent, claimId, listings.map((l) => l.id));
  await finishListings(agent, claimId);
  const items = await prisma.claimItem.findMany({ where: { claimId } });
  const byListing = (i: number) => items.find((it) => it.listingId === listings[i]!.id)!;
  const target = options.claimWide ? null : byListing(0).id;
  await attachEvidence(agent, { claimId, target, documentIds: [await uploaded(agent, 'TEST_PURCHASE')], kind: 'TEST_PURCHASE', description: 'Bought and inspected' });
  if (options.secondType) await prisma.claimItem.update({ where: { id: byListing(1).id }, data: { infringementType: options.secondType } });
  await saveDeclarations(agent, { claimId, goodFaith: true, accuracy: true, signatureName: 'Ada Lovelace' });
  const result = await submitClaim(agent, claimId, meta);
  expect(result.ok).toBe(true);
  return { agent, brand, right, seller, store, listings, claimId, items: [byListing(0), byListing(1), byListing(2)] };
}

const item = (id: string) => prisma.claimItem.findUniqueOrThrow({ where: { id }, include: { listing: true } });

describe('expedited removal at submission', () => {
  it('takes down at once the counterfeit items with a test purchase of a trusted brand: no decision, no strike, an automated statement', async () => {
    const w = await filed('TRUSTED');
    const first = await item(w.items[0]!.id);
    expect(first).toMatchObject({ status: 'REMOVED', expedited: true, decidedAt: null, decidedById: null });
    expect(first.expeditedAt).toBeInstanceOf(Date);
    expect(first.listing.status).toBe('REMOVED');
    // Items without the test purchase wait in the queue.
    expect((await item(w.items[1]!.id)).status).toBe('PENDING');
    expect((await item(w.items[1]!.id)).listing.status).toBe('ACTIVE');
    expect(await prisma.strike.count({ where: { claimItemId: first.id } })).toBe(0);
    const statement = await prisma.statementOfReasons.findFirstOrThrow({ where: { claimItemId: first.id } });
    expect(statement.automated).toBe(true);
    expect(statement.facts).toContain('expedited procedure');
    expect(await prisma.notification.count({ where: { userId: w.seller.id, type: 'claimItemRemoved' } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: 'claimItem.expedite', objectId: first.id } })).toBe(1);
  });

  it('a test purchase on the whole claim covers every counterfeit item, not the others', async () => {
    const w = await filed('TRUSTED', { claimWide: true, secondType: 'COPYRIGHT' });
    expect((await item(w.items[0]!.id)).status).toBe('REMOVED');
    expect((await item(w.items[1]!.id)).status).toBe('PENDING');
    expect((await item(w.items[2]!.id)).status).toBe('REMOVED');
  });

  it('does nothing for a standard brand', async () => {
    const w = await filed('STANDARD', { claimWide: true });
    for (const i of w.items) expect((await item(i.id)).status).toBe('PENDING');
  });
});

describe('reviewing an expedited removal', () => {
  it('lists it for reviewers, oldest first; nobody else sees the list', async () => {
    const w = await filed('TRUSTED');
    const reviewer = await sessionUser('REVIEWER');
    const list = await expeditedAwaitingReview(reviewer, 500);
    expect(list.rows.map((r) => r.id)).toContain(w.items[0]!.id);
    const times = list.rows.map((r) => r.expeditedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const role of ['BRAND_AGENT', 'SELLER', 'ADMIN'] as const) expect(await expeditedAwaitingReview(await sessionUser(role))).toEqual({ total: 0, rows: [] });
  });

  it('confirming makes the decision and issues the strike; the brand is told', async () => {
    const w = await filed('TRUSTED');
    const reviewer = await sessionUser('REVIEWER');
    const before = await item(w.items[0]!.id);
    const result = await confirmExpeditedRemoval(reviewer, { itemId: before.id, version: before.version, removalReason: 'COUNTERFEIT', rightId: w.right.id, note: null }, meta);
    expect(result).toMatchObject({ ok: true, status: 'REMOVED' });
    const after = await item(before.id);
    expect(after).toMatchObject({ status: 'REMOVED', decidedById: reviewer.id, removalReason: 'COUNTERFEIT', removalRightId: w.right.id, expedited: true });
    expect(await prisma.strike.count({ where: { claimItemId: before.id, status: 'ACTIVE' } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: w.agent.id, type: 'claimItemDecided' } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: 'claimItem.confirmExpedited', objectId: before.id } })).toBe(1);
    expect((await expeditedAwaitingReview(reviewer, 500)).rows.map((r) => r.id)).not.toContain(before.id);
  });

  it('overturning rejects the item, restores the listing and tells both parties', async () => {
    const w = await filed('TRUSTED');
    const reviewer = await sessionUser('REVIEWER');
    const before = await item(w.items[0]!.id);
    const result = await overturnExpeditedRemoval(reviewer, { itemId: before.id, version: before.version, rejectionReason: 'GENUINE_GOODS', note: 'Invoice from an authorised distributor.' }, meta);
    expect(result).toMatchObject({ ok: true, status: 'REJECTED' });
    const after = await item(before.id);
    expect(after).toMatchObject({ status: 'REJECTED', rejectionReason: 'GENUINE_GOODS', decidedById: reviewer.id, expedited: true });
    expect(after.listing.status).toBe('RESTORED');
    expect(await prisma.notification.count({ where: { userId: w.seller.id, type: 'listingRestoredAfterReview' } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: w.agent.id, type: 'expeditedRemovalOverturned' } })).toBe(1);
    expect(await prisma.strike.count({ where: { claimItemId: before.id } })).toBe(0);
  });

  it('needs words to overturn', async () => {
    const w = await filed('TRUSTED');
    const reviewer = await sessionUser('REVIEWER');
    const before = await item(w.items[0]!.id);
    const result = await overturnExpeditedRemoval(reviewer, { itemId: before.id, version: before.version, rejectionReason: 'GENUINE_GOODS', note: '  ' }, meta);
    expect(result).toMatchObject({ ok: false, violation: 'invalid' });
  });

  it('two reviewers at once: one decision stands, the other is told it was already decided', async () => {
    const w = await filed('TRUSTED');
    const [a, b] = [await sessionUser('REVIEWER'), await sessionUser('REVIEWER')];
    const before = await item(w.items[0]!.id);
    const results = await Promise.all([
      confirmExpeditedRemoval(a, { itemId: before.id, version: before.version, removalReason: 'COUNTERFEIT', rightId: w.right.id, note: null }, meta),
      overturnExpeditedRemoval(b, { itemId: before.id, version: before.version, rejectionReason: 'GENUINE_GOODS', note: 'Genuine.' }, meta),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok)!;
    expect(loser.ok ? null : loser.violation).toMatch(/alreadyDecided|changed/);
    // A later attempt on the decided item is "already decided".
    const again = await overturnExpeditedRemoval(b, { itemId: before.id, version: before.version + 1, rejectionReason: 'GENUINE_GOODS', note: 'Genuine.' }, meta);
    expect(again).toMatchObject({ ok: false, violation: 'alreadyDecided' });
  });

  it('only reviewers may decide, and a normal item is not an expedited one', async () => {
    const w = await filed('TRUSTED');
    const before = await item(w.items[0]!.id);
    for (const role of ['BRAND_AGENT', 'SELLER', 'ADMIN'] as const) {
      const who = await sessionUser(role);
      expect(await confirmExpeditedRemoval(who, { itemId: before.id, version: before.version, removalReason: 'COUNTERFEIT', rightId: w.right.id, note: null })).toMatchObject({ ok: false, violation: 'forbidden' });
      expect(await overturnExpeditedRemoval(who, { itemId: before.id, version: before.version, rejectionReason: 'GENUINE_GOODS', note: 'x' })).toMatchObject({ ok: false, violation: 'forbidden' });
    }
    const reviewer = await sessionUser('REVIEWER');
    const pending = await item(w.items[1]!.id);
    expect(await overturnExpeditedRemoval(reviewer, { itemId: pending.id, version: pending.version, rejectionReason: 'GENUINE_GOODS', note: 'x' })).toMatchObject({ ok: false, violation: 'notFound' });
  });
});
