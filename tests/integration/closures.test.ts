// Closures and appeals against a real database: who may propose, dismiss, decide, appeal and
// decide an appeal (every role and a seller of a foreign organisation), the four-eyes rule
// and the uninvolved appeal decider in the data layer, two deciders at once, what approval
// does in one transaction (the store, every listing at once, applications, grants, the
// statement, the ban's normalised keys, the notices), and what a granted appeal undoes.
// Every row is this file's own.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { testDb } from '@/tests/helpers/db';
import {
  createAuthorizationApplication,
  createBrand,
  createClaim,
  createListings,
  createOrganisation,
  createRight,
  createStore,
  createStrike,
  createUser,
  uniqueToken,
} from '@/lib/factories';
import {
  decideAppeal,
  decideClosure,
  fileAppeal,
  getAppealForReview,
  getClosureForReview,
  getClosureForSeller,
  listClosuresForReview,
  proposeClosure,
  proposeStoreClosure,
  withdrawClosure,
  type ClosureActor,
} from '@/lib/data/closures';
import { openClosureProposal } from '@/lib/data/enforcement';
import { getStoreStandingForReview, listStoresForReview } from '@/lib/data/store-standing';
import { decodeLocalizedText } from '@/lib/domain/localized-text';
import type { Role } from '@/lib/generated/prisma/enums';

const DAY = 86_400_000;
let prisma: Db;
let r1: ClosureActor;
let r2: ClosureActor;
let r3: ClosureActor;
let admin: ClosureActor;
let brandAgent: ClosureActor;
let foreignSeller: ClosureActor;

async function actor(role: Role, organisationId?: string, email?: string): Promise<ClosureActor> {
  const made = await createUser(prisma, { role, ...(organisationId ? { organisationId } : {}), ...(email ? { email } : {}) });
  return { id: made.user.id, role, organisationId: made.organisationId, name: made.user.name };
}

interface Shop {
  storeId: string;
  seller: ClosureActor;
  listingIds: string[];
  proposalId: string;
}

/** A seller's store with listings, three strikes and the proposal the system opened for it. */
async function shop(options: { listings?: number } = {}): Promise<Shop> {
  const token = uniqueToken();
  const organisation = await createOrganisation(prisma, { kind: 'SELLER', phone: '+86 138-0013-8000', registrationNumber: `91-4403 ${token}x` });
  const seller = await actor('SELLER', organisation.id, `Owner+shop-${token}@Example.TEST`);
  const store = await createStore(prisma, { sellerOrganisationId: organisation.id, businessLicenceNumber: `bl ${token}` });
  const listings = await createListings(prisma, { storeId: store.id, count: options.listings ?? 5 });
  for (let i = 0; i < 3; i++) await createStrike(prisma, { storeId: store.id, createdAt: new Date(Date.now() - (i + 1) * DAY) });
  const { id: proposalId } = await prisma.$transaction((tx) =>
    openClosureProposal(tx, { storeId: store.id, trigger: 'STRIKE_THRESHOLD', rationale: { en: 'Threshold reached.', 'zh-CN': '达到阈值。' }, now: new Date() }),
  );
  return { storeId: store.id, seller, listingIds: listings.map((l) => l.id), proposalId };
}

async function version(proposalId: string): Promise<number> {
  return (await prisma.closureProposal.findUniqueOrThrow({ where: { id: proposalId }, select: { version: true } })).version;
}

async function proposed(s: Shop, includeBan = false, by: ClosureActor = r1): Promise<void> {
  const result = await proposeClosure(by, { proposalId: s.proposalId, version: await version(s.proposalId), rationale: 'Repeated counterfeits.', includeBan });
  expect(result).toMatchObject({ ok: true });
}

async function approved(s: Shop, now = new Date()): Promise<void> {
  const result = await decideClosure(r2, { proposalId: s.proposalId, version: await version(s.proposalId), decision: 'approve', reason: 'Agreed.' }, undefined, now);
  expect(result).toMatchObject({ ok: true });
}

beforeAll(async () => {
  prisma = await testDb();
  const marketplace = await createOrganisation(prisma, { kind: 'MARKETPLACE' });
  r1 = await actor('REVIEWER', marketplace.id);
  r2 = await actor('REVIEWER', marketplace.id);
  r3 = await actor('REVIEWER', marketplace.id);
  admin = await actor('ADMIN', marketplace.id);
  brandAgent = await actor('BRAND_AGENT');
  foreignSeller = await actor('SELLER');
});

describe('authorization', () => {
  it('lets only reviewers propose, dismiss and decide closures', async () => {
    const s = await shop();
    for (const who of [admin, brandAgent, s.seller, foreignSeller]) {
      const v = await version(s.proposalId);
      expect(await proposeClosure(who, { proposalId: s.proposalId, version: v, rationale: 'x', includeBan: false })).toEqual({ ok: false, violation: 'forbidden' });
      expect(await withdrawClosure(who, { proposalId: s.proposalId, version: v, reason: 'x' })).toEqual({ ok: false, violation: 'forbidden' });
      expect(await decideClosure(who, { proposalId: s.proposalId, version: v, decision: 'approve', reason: 'x' })).toEqual({ ok: false, violation: 'forbidden' });
      expect(await proposeStoreClosure(who, { storeId: s.storeId, rationale: 'x', includeBan: false })).toEqual({ ok: false, violation: 'forbidden' });
      expect(await listClosuresForReview(who, 'open')).toBeNull();
      expect(await getClosureForReview(who, s.proposalId)).toBeNull();
    }
    expect((await prisma.closureProposal.findUniqueOrThrow({ where: { id: s.proposalId } })).status).toBe('OPEN');
  });

  it('shows a store standing to reviewers and admins only', async () => {
    const s = await shop({ listings: 1 });
    expect(await getStoreStandingForReview(r1, s.storeId)).toMatchObject({ id: s.storeId, countingStrikes: 3, pendingClosureId: s.proposalId });
    expect(await getStoreStandingForReview(admin, s.storeId)).not.toBeNull();
    for (const who of [brandAgent, s.seller, foreignSeller]) {
      expect(await getStoreStandingForReview(who, s.storeId)).toBeNull();
      expect(await listStoresForReview(who, { q: null, status: null, page: 1 })).toBeNull();
    }
  });

  it('lets only the store’s own seller appeal, and only reviewers decide appeals', async () => {
    const s = await shop({ listings: 1 });
    await proposed(s);
    await approved(s);
    for (const who of [r3, admin, brandAgent]) expect(await fileAppeal(who, { proposalId: s.proposalId, statement: 'x' })).toEqual({ ok: false, violation: 'forbidden' });
    expect(await fileAppeal(foreignSeller, { proposalId: s.proposalId, statement: 'Not mine.' })).toEqual({ ok: false, violation: 'notFound' });
    expect(await getClosureForSeller(foreignSeller.organisationId, s.storeId)).toBeNull();
    const filed = await fileAppeal(s.seller, { proposalId: s.proposalId, statement: 'We changed suppliers.' });
    expect(filed.ok).toBe(true);
    const appealId = filed.ok ? filed.id : '';
    for (const who of [admin, brandAgent, s.seller, foreignSeller]) {
      expect(await decideAppeal(who, { appealId, version: 0, decision: 'grant', reason: 'x' })).toEqual({ ok: false, violation: 'forbidden' });
      expect(await getAppealForReview(who, appealId)).toBeNull();
    }
  });
});

describe('four eyes', () => {
  it('moves OPEN → PROPOSED with the reviewer’s rationale and refuses the proposer deciding', async () => {
    const s = await shop({ listings: 1 });
    await proposed(s, true);
    const row = await prisma.closureProposal.findUniqueOrThrow({ where: { id: s.proposalId } });
    expect(row).toMatchObject({ status: 'PROPOSED', proposedById: r1.id, includeBan: true, rationale: 'Repeated counterfeits.' });
    for (const decision of ['approve', 'decline'] as const) {
      expect(await decideClosure(r1, { proposalId: s.proposalId, version: row.version, decision, reason: 'Mine.' })).toEqual({ ok: false, violation: 'ownProposal' });
    }
    expect(await proposeClosure(r2, { proposalId: s.proposalId, version: row.version, rationale: 'again', includeBan: false })).toEqual({ ok: false, violation: 'notAllowed', status: 'PROPOSED' });
    expect((await prisma.store.findUniqueOrThrow({ where: { id: s.storeId } })).status).toBe('ACTIVE');
  });

  it('requires a decision reason and the current version', async () => {
    const s = await shop({ listings: 1 });
    await proposed(s);
    const v = await version(s.proposalId);
    expect(await decideClosure(r2, { proposalId: s.proposalId, version: v, decision: 'approve', reason: '  ' })).toEqual({ ok: false, violation: 'reasonRequired' });
    expect(await decideClosure(r2, { proposalId: s.proposalId, version: v - 1, decision: 'approve', reason: 'Stale.' })).toEqual({ ok: false, violation: 'changed' });
  });

  it('lets one of two deciders at once win', async () => {
    const s = await shop({ listings: 2 });
    await proposed(s);
    const v = await version(s.proposalId);
    const results = await Promise.all([
      decideClosure(r2, { proposalId: s.proposalId, version: v, decision: 'approve', reason: 'Close it.' }),
      decideClosure(r3, { proposalId: s.proposalId, version: v, decision: 'decline', reason: 'Keep it.' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, violation: 'alreadyDecided' });
  });

  it('dismisses an OPEN proposal with a reason, and declines leave the store as it was', async () => {
    const s = await shop({ listings: 1 });
    expect(await withdrawClosure(r1, { proposalId: s.proposalId, version: 0, reason: 'Strikes were from one old batch.' })).toMatchObject({ ok: true });
    expect(await prisma.closureProposal.findUniqueOrThrow({ where: { id: s.proposalId } })).toMatchObject({ status: 'WITHDRAWN', decidedById: r1.id });
    expect(await decideClosure(r2, { proposalId: s.proposalId, version: 1, decision: 'approve', reason: 'x' })).toMatchObject({ ok: false, violation: 'alreadyDecided' });

    const declined = await shop({ listings: 1 });
    await proposed(declined);
    expect(await decideClosure(r2, { proposalId: declined.proposalId, version: await version(declined.proposalId), decision: 'decline', reason: 'Not yet.' })).toMatchObject({ ok: true });
    expect((await prisma.store.findUniqueOrThrow({ where: { id: declined.storeId } })).status).toBe('ACTIVE');
    expect(await prisma.listing.count({ where: { storeId: declined.storeId, status: 'ACTIVE' } })).toBe(1);
  });

  it('proposes a store directly, once: a pending proposal is offered instead', async () => {
    const s = await shop({ listings: 1 });
    expect(await proposeStoreClosure(r1, { storeId: s.storeId, rationale: 'Direct.', includeBan: false })).toEqual({ ok: false, violation: 'pendingExists', proposalId: s.proposalId });
    await withdrawClosure(r1, { proposalId: s.proposalId, version: 0, reason: 'Dismissed.' });
    const direct = await proposeStoreClosure(r1, { storeId: s.storeId, rationale: 'Direct.', includeBan: false });
    expect(direct.ok).toBe(true);
    const id = direct.ok ? direct.id : '';
    expect(await prisma.closureProposal.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'PROPOSED', trigger: 'OTHER', proposedById: r1.id });
    expect(await decideClosure(r1, { proposalId: id, version: 0, decision: 'approve', reason: 'Mine.' })).toEqual({ ok: false, violation: 'ownProposal' });
    expect(await decideClosure(r2, { proposalId: id, version: 0, decision: 'approve', reason: 'Agreed.' })).toMatchObject({ ok: true });
    expect(await proposeStoreClosure(r1, { storeId: s.storeId, rationale: 'Again.', includeBan: false })).toEqual({ ok: false, violation: 'storeClosed', status: 'CLOSED' });
  });
});

describe('approval', () => {
  it('closes and bans the store in one transaction: every listing, applications, grants, statement, ban keys, notices', async () => {
    const s = await shop({ listings: 40 });
    const brand = await createBrand(prisma, { isProtected: true });
    const pending = await createAuthorizationApplication(prisma, { storeId: s.storeId, brandId: brand.id, filedById: s.seller.id, status: 'SUBMITTED' });
    const granted = await createAuthorizationApplication(prisma, {
      storeId: s.storeId,
      brandId: brand.id,
      filedById: s.seller.id,
      status: 'APPROVED',
      grant: { validFrom: new Date(Date.now() - DAY), expiresAt: new Date(Date.now() + 100 * DAY) },
    });
    const right = await createRight(prisma, { brandId: brand.id });
    const claim = await createClaim(prisma, { brandId: brand.id, filerOrganisationId: brandAgent.organisationId, filedById: brandAgent.id, rightIds: [right.id], items: [{ listingId: s.listingIds[0]! }] });
    const identityDocument = await prisma.document.create({
      data: { kind: 'OTHER', fileName: 'id.png', mimeType: 'image/png', sizeBytes: 10, sha256: 'AB'.repeat(32), storageKey: uniqueToken(), uploadedById: s.seller.id, organisationId: s.seller.organisationId },
    });
    await prisma.storeVerification.create({ data: { storeId: s.storeId, licenceNumber: 'bl-Extra 77', ownerPhone: '0086 21 5555 0101', identityDocumentId: identityDocument.id } });

    await proposed(s, true);
    const now = new Date(Date.now() + 1000);
    const before = await prisma.notification.count();
    await approved(s, now);

    const store = await prisma.store.findUniqueOrThrow({ where: { id: s.storeId } });
    expect(store).toMatchObject({ status: 'BANNED', closedAt: now });
    expect(await prisma.listing.count({ where: { storeId: s.storeId, status: 'ACTIVE' } })).toBe(0);
    expect(await prisma.listing.count({ where: { storeId: s.storeId, status: 'REMOVED', removedAt: now } })).toBe(40);
    expect((await prisma.authorizationApplication.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe('WITHDRAWN');
    expect((await prisma.sellingGrant.findUniqueOrThrow({ where: { id: granted.grant!.id } })).status).toBe('REVOKED');
    // Open claim items against its listings are left as they are.
    expect((await prisma.claimItem.findFirstOrThrow({ where: { claimId: claim.id } })).status).toBe('PENDING');

    const statement = await prisma.statementOfReasons.findFirstOrThrow({ where: { storeId: s.storeId, restriction: 'STORE_BAN' } });
    expect(statement).toMatchObject({ automated: false, listingId: null, contestUntil: new Date(now.getTime() + 30 * DAY), createdAt: now });
    for (const field of ['scope', 'facts', 'evidenceSummary', 'legalGround', 'contractualGround', 'redress'] as const) {
      const text = decodeLocalizedText(statement[field]!);
      expect(text.plain, field).toBe(false);
      expect(text.text.en.length, field).toBeGreaterThan(20);
      expect(text.text['zh-CN'].length, field).toBeGreaterThan(5);
    }
    expect(decodeLocalizedText(statement.scope).text.en).toContain('40 active listings were removed');
    expect(decodeLocalizedText(statement.evidenceSummary!).text.en).toContain('The strikes relied on');
    expect(decodeLocalizedText(statement.facts).text.en).toContain('Agreed');

    const bans = await prisma.ban.findMany({ where: { proposalId: s.proposalId } });
    const keys = (column: 'email' | 'phone' | 'registrationNumber' | 'identityDocumentHash') => bans.map((b) => b[column]).filter(Boolean).sort();
    // "Owner+shop-…@Example.TEST": lower-cased, the +tag dropped.
    expect(keys('email')).toEqual(['owner@example.test']);
    expect(keys('phone')).toEqual(['+8613800138000', '+862155550101']);
    expect(keys('registrationNumber')).toHaveLength(3);
    expect(keys('registrationNumber').every((k) => /^[A-Z0-9]+$/.test(k!))).toBe(true);
    expect(keys('identityDocumentHash')).toEqual(['ab'.repeat(32)]);
    expect(bans.every((b) => [b.email, b.phone, b.registrationNumber, b.identityDocumentHash].filter(Boolean).length === 1)).toBe(true);

    const notices = await prisma.notification.findMany({ where: { type: { in: ['storeClosed', 'closureDecided'] } }, orderBy: { createdAt: 'desc' }, take: 10 });
    expect(notices.some((n) => n.type === 'storeClosed' && n.userId === s.seller.id && n.link === `/seller/stores/${s.storeId}`)).toBe(true);
    expect(notices.some((n) => n.type === 'closureDecided' && n.userId === r1.id)).toBe(true);
    expect(await prisma.notification.count()).toBeGreaterThan(before);
    const audit = await prisma.auditEvent.findMany({ where: { objectType: 'store', objectId: s.storeId }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['closure.open', 'closure.propose', 'closure.approve', 'store.close', 'ban.record']));
  });
});

describe('appeal', () => {
  it('is filed once, decided only by an uninvolved reviewer, and a grant reopens the store and lifts the ban', async () => {
    const s = await shop({ listings: 3 });
    const brand = await createBrand(prisma, {});
    const right = await createRight(prisma, { brandId: brand.id });
    // One listing a claim removal already holds down: the appeal must not bring it back.
    const heldId = s.listingIds[0]!;
    await createClaim(prisma, {
      brandId: brand.id,
      filerOrganisationId: brandAgent.organisationId,
      filedById: brandAgent.id,
      rightIds: [right.id],
      items: [{ listingId: heldId, status: 'REMOVED', removalReason: 'COUNTERFEIT', decidedById: r3.id, decidedAt: new Date() }],
    });
    await proposed(s, true);
    const closedAt = new Date(Date.now() + 1000);
    await approved(s, closedAt);
    expect(await prisma.ban.count({ where: { proposalId: s.proposalId, liftedAt: null } })).toBeGreaterThan(0);

    expect(await fileAppeal(s.seller, { proposalId: s.proposalId, statement: '   ' })).toEqual({ ok: false, violation: 'reasonRequired' });
    const filed = await fileAppeal(s.seller, { proposalId: s.proposalId, statement: 'We changed suppliers.' }, undefined, new Date(closedAt.getTime() + DAY));
    expect(filed.ok).toBe(true);
    expect(await fileAppeal(s.seller, { proposalId: s.proposalId, statement: 'Again.' })).toEqual({ ok: false, violation: 'alreadyAppealed' });
    const appealId = filed.ok ? filed.id : '';

    expect(await decideAppeal(r1, { appealId, version: 0, decision: 'grant', reason: 'x' })).toEqual({ ok: false, violation: 'tookPart' });
    expect(await decideAppeal(r2, { appealId, version: 0, decision: 'deny', reason: 'x' })).toEqual({ ok: false, violation: 'tookPart' });
    const now = new Date(closedAt.getTime() + 2 * DAY);
    expect(await decideAppeal(r3, { appealId, version: 0, decision: 'grant', reason: 'Last chance.' }, undefined, now)).toMatchObject({ ok: true });
    expect(await decideAppeal(r3, { appealId, version: 1, decision: 'deny', reason: 'Again.' })).toEqual({ ok: false, violation: 'appealDecided', status: 'GRANTED' });

    expect(await prisma.store.findUniqueOrThrow({ where: { id: s.storeId } })).toMatchObject({ status: 'ACTIVE', closedAt: null });
    const listings = await prisma.listing.findMany({ where: { storeId: s.storeId }, select: { id: true, status: true } });
    expect(listings.find((l) => l.id === heldId)?.status).toBe('REMOVED');
    expect(listings.filter((l) => l.id !== heldId).every((l) => l.status === 'RESTORED')).toBe(true);
    expect(await prisma.ban.count({ where: { proposalId: s.proposalId, liftedAt: null } })).toBe(0);
    const seen = await getClosureForSeller(s.seller.organisationId, s.storeId);
    expect(seen?.appeal?.status).toBe('GRANTED');
  });

  it('is refused once the window has passed, and a denial is final', async () => {
    const s = await shop({ listings: 1 });
    await proposed(s);
    const closedAt = new Date();
    await approved(s, closedAt);
    expect(await fileAppeal(s.seller, { proposalId: s.proposalId, statement: 'Late.' }, undefined, new Date(closedAt.getTime() + 30 * DAY))).toEqual({ ok: false, violation: 'windowClosed' });
    const seen = await getClosureForSeller(s.seller.organisationId, s.storeId, new Date(closedAt.getTime() + 31 * DAY));
    expect(seen?.appealRefusal).toBe('windowClosed');

    const other = await shop({ listings: 1 });
    await proposed(other);
    await approved(other);
    const filed = await fileAppeal(other.seller, { proposalId: other.proposalId, statement: 'Please.' });
    const appealId = filed.ok ? filed.id : '';
    expect(await decideAppeal(r3, { appealId, version: 0, decision: 'deny', reason: 'The pattern is clear.' })).toMatchObject({ ok: true });
    expect((await prisma.store.findUniqueOrThrow({ where: { id: other.storeId } })).status).toBe('CLOSED');
    expect(await decideAppeal(r3, { appealId, version: 1, decision: 'grant', reason: 'x' })).toEqual({ ok: false, violation: 'appealDecided', status: 'DENIED' });
  });
});
