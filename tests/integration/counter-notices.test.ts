// Counter-notices against a real database: who may file, respond and decide (the item's
// seller, another seller, the brand that filed, another brand, the brand's owner when an
// agency filed, reviewers, admins), the windows, one open counter-notice per item, what
// restoring and upholding do to the listing and the strike, the deadline job run twice, and
// what a seller may see of the evidence. Every row is this file's own.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { testDb } from '@/tests/helpers/db';
import {
  createBrand,
  createClaim,
  createCounterNotice,
  createListings,
  createOrganisation,
  createRight,
  createStore,
  createUser,
  uniqueToken,
} from '@/lib/factories';
import { removeClaimItem, rejectClaimItem, type ItemActor } from '@/lib/data/claim-items';
import {
  closeLapsedBrandWindows,
  decideCounterNotice,
  fileCounterNotice,
  getCounterNoticeForBrand,
  getCounterNoticeForReview,
  getNoticeForSeller,
  listCounterNoticesForReview,
  respondToCounterNotice,
  withdrawOpenCounterNotices,
  type FileCounterNoticeData,
} from '@/lib/data/counter-notices';
import { getDocumentContentForViewer, getDocumentForViewer } from '@/lib/data/documents';
import { getStoreStandingForSeller } from '@/lib/data/stores';
import { brandResponseDeadline } from '@/lib/domain/deadlines';
import { POLICY_DEFAULTS } from '@/lib/domain/policy';
import type { DocumentKind, Role } from '@/lib/generated/prisma/enums';

const DAY = 86_400_000;
let prisma: Db;
let marketplaceId: string;
let reviewer: ItemActor;
let reviewer2: ItemActor;
let admin: ItemActor;
let otherSeller: ItemActor;
let otherBrand: ItemActor;

async function actor(role: Role, organisationId?: string): Promise<ItemActor> {
  const made = await createUser(prisma, { role, ...(organisationId ? { organisationId } : {}) });
  return { id: made.user.id, role, organisationId: made.organisationId, name: made.user.name };
}

async function document(owner: ItemActor, kind: DocumentKind, confidential = false) {
  return prisma.document.create({
    data: {
      kind,
      fileName: `${kind.toLowerCase()}-${uniqueToken()}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: 1234,
      sha256: uniqueToken().padEnd(64, '0').slice(0, 64),
      storageKey: `test/${uniqueToken()}`,
      confidential,
      uploadedById: owner.id,
      organisationId: owner.organisationId,
    },
  });
}

/**
 * A removed listing: an agency files for a brand owner, a reviewer removes the item (the real
 * path: listing down, strike, statement of reasons). The claim carries one ordinary and one
 * confidential document; a second store of another seller has its own removed item.
 */
async function removedScenario() {
  const owner = await createOrganisation(prisma, { kind: 'BRAND_OWNER' });
  const agency = await createOrganisation(prisma, { kind: 'AGENCY' });
  const ownerAgent = await actor('BRAND_AGENT', owner.id);
  const agent = await actor('BRAND_AGENT', agency.id);
  const brand = await createBrand(prisma, { ownerOrganisationId: owner.id });
  const right = await createRight(prisma, { brandId: brand.id });
  const sellerOrg = await createOrganisation(prisma, { kind: 'SELLER' });
  const seller = await actor('SELLER', sellerOrg.id);
  const store = await createStore(prisma, { sellerOrganisationId: sellerOrg.id });
  const [listing] = await createListings(prisma, { storeId: store.id, listings: [{ title: `Handbag ${uniqueToken()}`, brandId: brand.id }] });
  const claim = await createClaim(prisma, {
    brandId: brand.id,
    filerOrganisationId: agency.id,
    filedById: agent.id,
    rightIds: [right.id],
    items: [{ listingId: listing!.id }],
  });
  const item = claim.items[0]!;
  const open = await document(agent, 'TEST_PURCHASE');
  const secret = await document(agent, 'TEST_PURCHASE', true);
  await prisma.claimEvidence.createMany({
    data: [
      { claimId: claim.id, documentId: open.id, kind: 'TEST_PURCHASE' },
      { claimId: claim.id, claimItemId: item.id, documentId: secret.id, kind: 'TEST_PURCHASE' },
    ],
  });
  const removed = await removeClaimItem(reviewer, { itemId: item.id, version: 0, removalReason: 'COUNTERFEIT', rightId: right.id, note: null });
  expect(removed.ok).toBe(true);
  const statement = await prisma.statementOfReasons.findFirstOrThrow({ where: { claimItemId: item.id } });
  return { owner, agency, ownerAgent, agent, brand, right, sellerOrg, seller, store, listing: listing!, claim, item, open, secret, statement };
}

type Scenario = Awaited<ReturnType<typeof removedScenario>>;

async function filing(s: Scenario, overrides: Partial<FileCounterNoticeData> = {}): Promise<FileCounterNoticeData> {
  const invoice = await document(s.seller, 'INVOICE');
  return {
    itemId: s.item.id,
    ground: 'GENUINE_GOODS',
    statement: 'Bought from the authorised distributor in Milan; the invoice is attached.',
    evidence: [{ documentId: invoice.id, kind: 'INVOICE' }],
    perjuryDeclared: true,
    jurisdictionConsent: true,
    signatureName: 'Li Wei <script>alert(1)</script>',
    ...overrides,
  };
}

const meta = { ip: '198.51.100.23', userAgent: 'vitest' };
const auditOf = (objectId: string) => prisma.auditEvent.findMany({ where: { objectId }, orderBy: { id: 'asc' } });
const notificationsOf = (userId: string, type?: string) =>
  prisma.notification.findMany({ where: { userId, ...(type ? { type } : {}) }, orderBy: { createdAt: 'asc' } });

beforeAll(async () => {
  prisma = await testDb();
  marketplaceId = (await createOrganisation(prisma, { kind: 'MARKETPLACE', name: `Test Marketplace ${uniqueToken()}` })).id;
  reviewer = await actor('REVIEWER', marketplaceId);
  reviewer2 = await actor('REVIEWER', marketplaceId);
  admin = await actor('ADMIN', marketplaceId);
  otherSeller = await actor('SELLER');
  otherBrand = await actor('BRAND_AGENT');
});

describe('filing', () => {
  it('is for the seller whose store the removal concerns; everyone else is refused and nothing is written', async () => {
    const s = await removedScenario();
    const input = await filing(s);
    expect(await fileCounterNotice(otherSeller, input)).toEqual({ ok: false, violation: 'notFound' });
    for (const who of [s.agent, s.ownerAgent, otherBrand, reviewer, admin]) {
      expect(await fileCounterNotice(who, input)).toEqual({ ok: false, violation: 'forbidden' });
    }
    expect(await prisma.counterNotice.count({ where: { claimItemId: s.item.id } })).toBe(0);
  });

  it("opens the brand's window, records the signature's time and address, attaches the evidence and tells both brand organisations", async () => {
    const s = await removedScenario();
    const now = new Date();
    const input = await filing(s);
    const result = await fileCounterNotice(s.seller, input, meta, now);
    expect(result).toMatchObject({ ok: true, status: 'AWAITING_BRAND' });
    const id = (result as { counterNoticeId: string }).counterNoticeId;
    const row = await prisma.counterNotice.findUniqueOrThrow({ where: { id }, include: { evidence: true } });
    expect(row).toMatchObject({
      status: 'AWAITING_BRAND',
      storeId: s.store.id,
      filedById: s.seller.id,
      signedFromIp: '198.51.100.23',
      perjuryDeclared: true,
      jurisdictionConsent: true,
      signatureName: 'Li Wei <script>alert(1)</script>',
    });
    expect(row.signedAt.getTime()).toBe(now.getTime());
    expect(row.brandResponseDueAt!.getTime()).toBe(brandResponseDeadline(now, POLICY_DEFAULTS).getTime());
    expect(row.evidence.map((e) => e.documentId)).toEqual([input.evidence[0]!.documentId]);
    expect((await auditOf(id)).map((e) => e.action)).toEqual(['counterNotice.file']);
    for (const brandSide of [s.agent, s.ownerAgent]) {
      const told = await notificationsOf(brandSide.id, 'counterNoticeFiled');
      expect(told).toHaveLength(1);
      expect(told[0]!.link).toBe(`/brand/counter-notices/${id}`);
    }
    expect(await notificationsOf(otherBrand.id, 'counterNoticeFiled')).toHaveLength(0);
  });

  it('is refused once the window has passed (at the deadline itself), and for an item that is not removed', async () => {
    const s = await removedScenario();
    const input = await filing(s);
    expect(await fileCounterNotice(s.seller, input, meta, s.statement.contestUntil!)).toEqual({ ok: false, violation: 'windowClosed' });
    expect(await fileCounterNotice(s.seller, input, meta, new Date(s.statement.contestUntil!.getTime() - 1))).toMatchObject({ ok: true });

    // A rejected claim item is a notice to the seller, but there is no removal to contest.
    const r = await removedScenario();
    const [other] = await createListings(prisma, { storeId: r.store.id, listings: [{ title: `Scarf ${uniqueToken()}` }] });
    const claim = await createClaim(prisma, { brandId: r.brand.id, filerOrganisationId: r.agency.id, filedById: r.agent.id, rightIds: [r.right.id], items: [{ listingId: other!.id }] });
    await rejectClaimItem(reviewer, { itemId: claim.items[0]!.id, version: 0, rejectionReason: 'GENUINE_GOODS', note: null });
    expect(await fileCounterNotice(r.seller, await filing(r, { itemId: claim.items[0]!.id }))).toEqual({ ok: false, violation: 'notRemoved' });
  });

  it('needs a document for genuine goods, and only the seller’s own uploads of the kind each field asks for', async () => {
    const s = await removedScenario();
    expect(await fileCounterNotice(s.seller, await filing(s, { evidence: [] }))).toEqual({ ok: false, violation: 'evidenceRequired' });
    const foreign = await document(otherSeller, 'INVOICE');
    expect(await fileCounterNotice(s.seller, await filing(s, { evidence: [{ documentId: foreign.id, kind: 'INVOICE' }] }))).toEqual({
      ok: false,
      violation: 'evidenceInvalid',
    });
    const letter = await document(s.seller, 'AUTHORIZATION_LETTER');
    expect(await fileCounterNotice(s.seller, await filing(s, { evidence: [{ documentId: letter.id, kind: 'INVOICE' }] }))).toEqual({
      ok: false,
      violation: 'evidenceInvalid',
    });
    // Other grounds may rest on the statement alone.
    expect(await fileCounterNotice(s.seller, await filing(s, { ground: 'MISTAKE', evidence: [] }))).toMatchObject({ ok: true });
    expect(await prisma.counterNotice.count({ where: { claimItemId: s.item.id } })).toBe(1);
  });

  it('keeps one open counter-notice per item: two filings at the same moment leave exactly one', async () => {
    const s = await removedScenario();
    const [a, b] = await Promise.all([fileCounterNotice(s.seller, await filing(s)), fileCounterNotice(s.seller, await filing(s))]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toEqual({ ok: false, violation: 'alreadyOpen' });
    expect(await prisma.counterNotice.count({ where: { claimItemId: s.item.id } })).toBe(1);
  });
});

describe("the brand's response", () => {
  it('is for the filer and the brand owner, within the window; the reviewers are told', async () => {
    const s = await removedScenario();
    const filed = await fileCounterNotice(s.seller, await filing(s));
    const id = (filed as { counterNoticeId: string }).counterNoticeId;
    const answer = { counterNoticeId: id, version: 0, response: 'We have filed suit in Milan (case 123/2026).' };

    for (const who of [s.seller, otherSeller, reviewer, admin]) expect(await respondToCounterNotice(who, answer)).toEqual({ ok: false, violation: 'forbidden' });
    expect(await respondToCounterNotice(otherBrand, answer)).toEqual({ ok: false, violation: 'notFound' });
    expect(await getCounterNoticeForBrand(otherBrand, id)).toBeNull();
    expect(await getCounterNoticeForBrand(s.seller, id)).toBeNull();
    expect(await getCounterNoticeForBrand(s.ownerAgent, id)).toMatchObject({ id, brandMayRespond: true });
    expect(await getCounterNoticeForBrand(s.agent, id)).toMatchObject({ id, brandMayRespond: true });

    // A reviewer may not decide while the brand's window is open and it has not answered.
    expect(await decideCounterNotice(reviewer, { counterNoticeId: id, version: 0, decision: 'restore', reason: 'Invoice checks out.' })).toEqual({
      ok: false,
      violation: 'notReady',
    });

    const before = await notificationsOf(reviewer.id, 'counterNoticeBrandResponded');
    expect(await respondToCounterNotice(s.ownerAgent, answer, meta)).toMatchObject({ ok: true, status: 'BRAND_RESPONDED' });
    const row = await prisma.counterNotice.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'BRAND_RESPONDED', brandResponse: answer.response, version: 1 });
    expect((await notificationsOf(reviewer.id, 'counterNoticeBrandResponded')).length).toBe(before.length + 1);
    // Answering twice is not possible.
    expect(await respondToCounterNotice(s.agent, { ...answer, version: 1 })).toEqual({ ok: false, violation: 'notAllowed', status: 'BRAND_RESPONDED' });
  });

  it('is refused once the window has passed', async () => {
    const s = await removedScenario();
    const filed = await fileCounterNotice(s.seller, await filing(s));
    const id = (filed as { counterNoticeId: string }).counterNoticeId;
    const due = (await prisma.counterNotice.findUniqueOrThrow({ where: { id } })).brandResponseDueAt!;
    expect(await respondToCounterNotice(s.agent, { counterNoticeId: id, version: 0, response: 'Late.' }, meta, due)).toEqual({
      ok: false,
      violation: 'brandWindowClosed',
    });
    expect((await prisma.counterNotice.findUniqueOrThrow({ where: { id } })).status).toBe('AWAITING_BRAND');
  });
});

describe("the reviewer's decision", () => {
  async function responded() {
    const s = await removedScenario();
    const filed = await fileCounterNotice(s.seller, await filing(s));
    const id = (filed as { counterNoticeId: string }).counterNoticeId;
    await respondToCounterNotice(s.agent, { counterNoticeId: id, version: 0, response: 'Pursuing it in court.' });
    return { ...s, id };
  }

  it('is for reviewers only', async () => {
    const s = await responded();
    const decision = { counterNoticeId: s.id, version: 1, decision: 'restore' as const, reason: 'The invoice is genuine.' };
    for (const who of [s.seller, otherSeller, s.agent, s.ownerAgent, otherBrand, admin]) {
      expect(await decideCounterNotice(who, decision)).toEqual({ ok: false, violation: 'forbidden' });
      expect(await getCounterNoticeForReview(who, s.id)).toBeNull();
    }
    expect(await getCounterNoticeForReview(reviewer, s.id)).toMatchObject({ id: s.id, readyForDecision: true });
    expect((await prisma.counterNotice.findUniqueOrThrow({ where: { id: s.id } })).status).toBe('BRAND_RESPONDED');
  });

  it('restore: the item RESTORED, the listing back, the strike withdrawn, both parties told the reasons', async () => {
    const s = await responded();
    const reason = 'The invoice from the authorised distributor matches the listing.';
    expect(await decideCounterNotice(reviewer, { counterNoticeId: s.id, version: 1, decision: 'restore', reason }, meta)).toMatchObject({
      ok: true,
      status: 'RESTORED',
      listingRestored: true,
    });
    expect((await prisma.claimItem.findUniqueOrThrow({ where: { id: s.item.id } })).status).toBe('RESTORED');
    expect((await prisma.listing.findUniqueOrThrow({ where: { id: s.listing.id } })).status).toBe('RESTORED');
    const strikes = await prisma.strike.findMany({ where: { claimItemId: s.item.id } });
    expect(strikes.map((x) => x.status)).toEqual(['WITHDRAWN']);
    expect((await prisma.counterNotice.findUniqueOrThrow({ where: { id: s.id } })).decisionReason).toBe(reason);
    for (const party of [s.seller, s.agent, s.ownerAgent]) {
      const told = await notificationsOf(party.id, 'counterNoticeDecided');
      expect(told).toHaveLength(1);
      expect(told[0]!.params).toMatchObject({ outcome: 'restored', reason });
    }
    expect((await auditOf(s.item.id)).map((e) => e.action)).toContain('claimItem.restore');
    // The seller's standing no longer counts the strike.
    expect((await getStoreStandingForSeller(s.sellerOrg.id, s.store.id))!.activeStrikes).toBe(0);
  });

  it('uphold: the listing stays removed and the strike stands; both parties told the reasons', async () => {
    const s = await responded();
    const reason = 'The invoice does not name this product line.';
    expect(await decideCounterNotice(reviewer, { counterNoticeId: s.id, version: 1, decision: 'uphold', reason })).toMatchObject({ ok: true, status: 'UPHELD' });
    expect((await prisma.claimItem.findUniqueOrThrow({ where: { id: s.item.id } })).status).toBe('REMOVED');
    expect((await prisma.listing.findUniqueOrThrow({ where: { id: s.listing.id } })).status).toBe('REMOVED');
    expect((await prisma.strike.findMany({ where: { claimItemId: s.item.id } })).map((x) => x.status)).toEqual(['ACTIVE']);
    for (const party of [s.seller, s.agent]) {
      expect((await notificationsOf(party.id, 'counterNoticeDecided'))[0]!.params).toMatchObject({ outcome: 'upheld', reason });
    }
    // Upheld, the seller's next step is outside Assay: no second counter-notice on the same removal.
    expect((await getNoticeForSeller(s.sellerOrg.id, s.item.id))!.filingRefusal).toBe('alreadyDecided');
    expect(await fileCounterNotice(s.seller, await filing(s))).toEqual({ ok: false, violation: 'alreadyDecided' });
  });

  it('two reviewers at once: exactly one decision stands', async () => {
    const s = await responded();
    const [a, b] = await Promise.all([
      decideCounterNotice(reviewer, { counterNoticeId: s.id, version: 1, decision: 'restore', reason: 'Genuine.' }),
      decideCounterNotice(reviewer2, { counterNoticeId: s.id, version: 1, decision: 'uphold', reason: 'Not genuine.' }),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ ok: false, violation: 'alreadyDecided' });
    const events = (await auditOf(s.id)).filter((e) => e.action === 'counterNotice.decide');
    expect(events).toHaveLength(1);
  });

  it('a stale version is refused', async () => {
    const s = await responded();
    expect(await decideCounterNotice(reviewer, { counterNoticeId: s.id, version: 0, decision: 'uphold', reason: 'x' })).toEqual({ ok: false, violation: 'changed' });
  });
});

describe('the counter-notice-deadlines job', () => {
  it("closes a lapsed brand window once, however often it runs, and tells the reviewers and both parties once", async () => {
    const s = await removedScenario();
    const filedAt = new Date(Date.now() - 30 * DAY);
    const notice = await createCounterNotice(prisma, { claimItemId: s.item.id, storeId: s.store.id, filedById: s.seller.id, createdAt: filedAt });
    const waiting = await createCounterNotice(prisma, {
      claimItemId: s.item.id,
      storeId: s.store.id,
      filedById: s.seller.id,
      status: 'BRAND_RESPONDED',
      createdAt: filedAt,
    });
    const now = new Date();
    await closeLapsedBrandWindows(prisma, now);
    await closeLapsedBrandWindows(prisma, new Date(now.getTime() + 60_000));
    const row = await prisma.counterNotice.findUniqueOrThrow({ where: { id: notice.id } });
    expect(row.brandWindowClosedAt!.getTime()).toBe(now.getTime());
    expect(row.status).toBe('AWAITING_BRAND');
    expect((await prisma.counterNotice.findUniqueOrThrow({ where: { id: waiting.id } })).brandWindowClosedAt).toBeNull();
    expect((await auditOf(notice.id)).map((e) => e.action)).toEqual(['counterNotice.expire']);
    for (const party of [s.seller, s.agent, s.ownerAgent, reviewer]) {
      const told = (await notificationsOf(party.id, 'counterNoticeBrandWindowClosed')).filter((n) => n.link?.includes(notice.id) || n.link?.includes(s.item.id));
      expect(told, party.role).toHaveLength(1);
    }
    // Now ready: listed among the ready ones, and the brand may no longer respond.
    const list = await listCounterNoticesForReview(reviewer, now);
    expect(list!.rows.find((r) => r.id === notice.id)?.readiness).toBe('windowPassed');
    expect(await respondToCounterNotice(s.agent, { counterNoticeId: notice.id, version: 0, response: 'Too late' })).toEqual({
      ok: false,
      violation: 'brandWindowClosed',
    });
    expect(await decideCounterNotice(reviewer, { counterNoticeId: notice.id, version: 0, decision: 'uphold', reason: 'No answer, but the evidence holds.' })).toMatchObject({
      ok: true,
    });
  });

  it('does nothing before the deadline', async () => {
    const s = await removedScenario();
    const notice = await createCounterNotice(prisma, { claimItemId: s.item.id, storeId: s.store.id, filedById: s.seller.id });
    await closeLapsedBrandWindows(prisma, new Date(notice.brandResponseDueAt!.getTime() - 1));
    expect((await prisma.counterNotice.findUniqueOrThrow({ where: { id: notice.id } })).brandWindowClosedAt).toBeNull();
  });
});

describe('what a seller sees', () => {
  it("its own notice with the brand's confidential evidence redacted; never another store's notice or documents", async () => {
    const s = await removedScenario();
    const notice = await getNoticeForSeller(s.sellerOrg.id, s.item.id);
    expect(notice).toMatchObject({ id: s.item.id, status: 'REMOVED', filingRefusal: null, statement: { id: s.statement.id } });
    expect(notice!.evidence.map((e) => e.documentId).sort()).toEqual([s.open.id, s.secret.id].sort());
    expect((await getDocumentForViewer(s.seller, s.open.id))?.access).toBe('full');
    const redacted = await getDocumentForViewer(s.seller, s.secret.id);
    expect(redacted).toMatchObject({ access: 'redacted', download: false });
    expect(JSON.stringify(redacted)).not.toContain(s.secret.fileName);
    // The download and preview routes serve bytes only on full access.
    expect(await getDocumentContentForViewer(s.seller, s.secret.id)).toBeNull();
    expect(await getDocumentContentForViewer(s.seller, s.open.id)).not.toBeNull();

    // Another seller: not the notice, not the claim's documents, not the counter-notice's.
    expect(await getNoticeForSeller(otherSeller.organisationId, s.item.id)).toBeNull();
    expect(await getDocumentForViewer(otherSeller, s.open.id)).toBeNull();
    expect(await getDocumentForViewer(otherSeller, s.secret.id)).toBeNull();
    const input = await filing(s);
    await fileCounterNotice(s.seller, input);
    expect(await getDocumentForViewer(otherSeller, input.evidence[0]!.documentId)).toBeNull();
    expect(await getDocumentContentForViewer(otherSeller, input.evidence[0]!.documentId)).toBeNull();
    // The brand sees the seller's (non-confidential) evidence in full; another brand nothing.
    expect((await getDocumentForViewer(s.agent, input.evidence[0]!.documentId))?.access).toBe('full');
    expect(await getDocumentForViewer(otherBrand, input.evidence[0]!.documentId)).toBeNull();

    // The store's standing: its own only.
    expect(await getStoreStandingForSeller(s.sellerOrg.id, s.store.id)).toMatchObject({ id: s.store.id, activeStrikes: 1 });
    expect(await getStoreStandingForSeller(otherSeller.organisationId, s.store.id)).toBeNull();
  });
});

describe('withdrawal of the claim item', () => {
  it('ends the open counter-notices on it as WITHDRAWN, leaves decided ones alone, once', async () => {
    const s = await removedScenario();
    const open = await createCounterNotice(prisma, { claimItemId: s.item.id, storeId: s.store.id, filedById: s.seller.id });
    const upheld = await createCounterNotice(prisma, { claimItemId: s.item.id, storeId: s.store.id, filedById: s.seller.id, status: 'UPHELD' });
    const now = new Date();
    const first = await prisma.$transaction((tx) => withdrawOpenCounterNotices(tx, { claimItemIds: [s.item.id], actor: { id: s.agent.id, role: 'BRAND_AGENT', organisationId: s.agent.organisationId }, now }));
    const second = await prisma.$transaction((tx) => withdrawOpenCounterNotices(tx, { claimItemIds: [s.item.id], actor: null, now }));
    expect(first).toEqual([open.id]);
    expect(second).toEqual([]);
    expect((await prisma.counterNotice.findUniqueOrThrow({ where: { id: open.id } })).status).toBe('WITHDRAWN');
    expect((await prisma.counterNotice.findUniqueOrThrow({ where: { id: upheld.id } })).status).toBe('UPHELD');
    expect((await auditOf(open.id)).map((e) => e.action)).toEqual(['counterNotice.withdraw']);
  });
});
