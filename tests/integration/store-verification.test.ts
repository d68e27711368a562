// Store verification against a real database: the seller's submission (own stores only,
// documents its own uploads of the right kind, not while pending or verified, again after a
// rejection with the history kept), the reviewer's decision (reason to reject, two reviewers
// at once: one wins), every role and a foreign seller organisation refused, identity
// documents for the staff only, and a banned identity refused with nothing stored.
// Every row is this file's own.
import { randomBytes, randomInt } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/session';
import type { Db } from '@/lib/db';
import { getDocumentForViewer } from '@/lib/data/documents';
import {
  getStoreVerificationForReview,
  getStoreVerificationForSeller,
  isStoreVerified,
  listPendingStoreVerifications,
  recordStoreVerificationDecision,
  submitStoreVerification,
  type SubmitVerificationInput,
} from '@/lib/data/store-verification';
import { createStore, uniqueToken } from '@/lib/factories';
import type { DocumentKind, Role } from '@/lib/generated/prisma/enums';
import { testDb } from '@/tests/helpers/db';
import { makeSessionUser } from '@/tests/helpers/session-user';

let prisma: Db;
const meta = { ip: '203.0.113.9', userAgent: 'vitest' };

const sessionUser = (role: Role, organisationId?: string) => makeSessionUser(prisma, role, organisationId);

/** A stored document of `owner`'s organisation (the bytes are not needed for these rules). */
async function documentOf(owner: SessionUser, kind: DocumentKind) {
  return prisma.document.create({
    data: {
      kind,
      fileName: `${kind.toLowerCase()}-${uniqueToken()}.png`,
      mimeType: 'image/png',
      sizeBytes: 2048,
      sha256: randomBytes(32).toString('hex'),
      storageKey: `test/${uniqueToken()}`,
      uploadedById: owner.id,
      organisationId: owner.organisationId,
    },
  });
}

const randomPhone = () => `+86138${randomInt(0, 1e8).toString().padStart(8, '0')}`;

async function sellerWithStore(status: 'ACTIVE' | 'CLOSED' = 'ACTIVE') {
  const seller = await sessionUser('SELLER');
  await prisma.organisation.update({ where: { id: seller.organisationId }, data: { verificationStatus: 'UNVERIFIED' } });
  const store = await createStore(prisma, { sellerOrganisationId: seller.organisationId, verificationStatus: 'UNVERIFIED', status });
  return { seller, store };
}

async function submission(seller: SessionUser, storeId: string, overrides: Partial<SubmitVerificationInput> = {}): Promise<SubmitVerificationInput> {
  const licence = await documentOf(seller, 'BUSINESS_LICENCE');
  const identity = await documentOf(seller, 'IDENTITY_DOCUMENT');
  return {
    storeId,
    businessLicenceDocumentId: licence.id,
    identityDocumentId: identity.id,
    licenceNumber: `91-4403-${uniqueToken().toUpperCase()}`,
    ownerName: 'Wang Fang',
    ownerPhone: randomPhone(),
    ...overrides,
  };
}

let reviewer: SessionUser;
let reviewer2: SessionUser;
let admin: SessionUser;
let brandAgent: SessionUser;

beforeAll(async () => {
  prisma = await testDb();
  reviewer = await sessionUser('REVIEWER');
  reviewer2 = await sessionUser('REVIEWER');
  admin = await sessionUser('ADMIN');
  brandAgent = await sessionUser('BRAND_AGENT');
});

describe('submitting a store for verification', () => {
  it('creates a PENDING submission, moves the store and the organisation to PENDING, audits and tells the reviewers', async () => {
    const { seller, store } = await sellerWithStore();
    // A number no other test uses: a ban on a shared one, written by another file, would refuse it.
    const phone = randomPhone();
    const input = await submission(seller, store.id, { ownerPhone: phone });
    const result = await submitStoreVerification(seller, input, meta);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await prisma.storeVerification.findUniqueOrThrow({ where: { id: result.verificationId } });
    expect(row).toMatchObject({
      storeId: store.id,
      status: 'PENDING',
      submittedById: seller.id,
      ownerName: 'Wang Fang',
      ownerPhone: phone,
      businessLicenceDocumentId: input.businessLicenceDocumentId,
      identityDocumentId: input.identityDocumentId,
    });
    expect(row.submittedAt).toBeInstanceOf(Date);
    expect((await prisma.store.findUniqueOrThrow({ where: { id: store.id } })).verificationStatus).toBe('PENDING');
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: seller.organisationId } })).verificationStatus).toBe('PENDING');
    const audit = await prisma.auditEvent.findFirst({ where: { objectType: 'store', objectId: store.id, action: 'store.submitVerification' } });
    expect(audit?.actorId).toBe(seller.id);
    const notices = await prisma.notification.findMany({ where: { type: 'storeVerificationSubmitted', link: `/review/verifications/stores/${row.id}` } });
    expect(notices.map((n) => n.userId)).toEqual(expect.arrayContaining([reviewer.id, reviewer2.id]));
    expect(await isStoreVerified(prisma, store.id)).toBe(false);
  });

  it('is refused while a submission is pending, and for a store that is closed', async () => {
    const { seller, store } = await sellerWithStore();
    expect((await submitStoreVerification(seller, await submission(seller, store.id), meta)).ok).toBe(true);
    expect(await submitStoreVerification(seller, await submission(seller, store.id), meta)).toEqual({ ok: false, violation: 'pending' });
    expect(await prisma.storeVerification.count({ where: { storeId: store.id } })).toBe(1);

    const closed = await sellerWithStore('CLOSED');
    expect(await submitStoreVerification(closed.seller, await submission(closed.seller, closed.store.id), meta)).toEqual({ ok: false, violation: 'storeClosed' });
  });

  it("refuses another seller organisation's store as not found, and every other role as forbidden", async () => {
    const { seller, store } = await sellerWithStore();
    const foreign = await sessionUser('SELLER');
    expect(await submitStoreVerification(foreign, await submission(foreign, store.id), meta)).toEqual({ ok: false, violation: 'notFound' });
    for (const other of [reviewer, admin, brandAgent]) {
      expect(await submitStoreVerification(other, await submission(seller, store.id), meta)).toEqual({ ok: false, violation: 'forbidden' });
    }
    expect(await prisma.storeVerification.count({ where: { storeId: store.id } })).toBe(0);
  });

  it("refuses documents that are not the seller's own uploads of the asked kind", async () => {
    const { seller, store } = await sellerWithStore();
    const foreign = await sessionUser('SELLER');
    const foreignLicence = await documentOf(foreign, 'BUSINESS_LICENCE');
    const invoice = await documentOf(seller, 'INVOICE');
    expect(await submitStoreVerification(seller, await submission(seller, store.id, { businessLicenceDocumentId: foreignLicence.id }), meta)).toEqual({
      ok: false,
      violation: 'businessLicenceInvalid',
    });
    expect(await submitStoreVerification(seller, await submission(seller, store.id, { identityDocumentId: invoice.id }), meta)).toEqual({
      ok: false,
      violation: 'identityDocumentInvalid',
    });
    expect(await prisma.storeVerification.count({ where: { storeId: store.id } })).toBe(0);
  });
});

describe('what each party sees', () => {
  let seller: SessionUser;
  let foreign: SessionUser;
  let storeId: string;
  let input: SubmitVerificationInput;

  beforeAll(async () => {
    const made = await sellerWithStore();
    seller = made.seller;
    storeId = made.store.id;
    foreign = await sessionUser('SELLER');
    await createStore(prisma, { sellerOrganisationId: foreign.organisationId });
    input = await submission(seller, storeId);
    expect((await submitStoreVerification(seller, input, meta)).ok).toBe(true);
  });

  it('the identity document opens for reviewers and admins only — not for the seller who uploaded it, another seller or a brand', async () => {
    const access = async (who: SessionUser) => (await getDocumentForViewer(who, input.identityDocumentId))?.access ?? null;
    expect(await access(reviewer)).toBe('full');
    expect(await access(admin)).toBe('full');
    expect(await access(seller)).toBeNull();
    expect(await access(foreign)).toBeNull();
    expect(await access(brandAgent)).toBeNull();
  });

  it("the business licence opens for the store's own seller and the staff; never for another seller or a brand", async () => {
    const access = async (who: SessionUser) => (await getDocumentForViewer(who, input.businessLicenceDocumentId))?.access ?? null;
    expect(await access(seller)).toBe('full');
    expect(await access(reviewer)).toBe('full');
    expect(await access(admin)).toBe('full');
    expect(await access(foreign)).toBeNull();
    expect(await access(brandAgent)).toBeNull();
  });

  it('the seller reads its own store’s submissions (the identity document as a file name and time only); another seller reads nothing', async () => {
    const own = await getStoreVerificationForSeller(seller.organisationId, storeId);
    expect(own?.store.verificationStatus).toBe('PENDING');
    expect(own?.refusal).toBe('pending');
    expect(own?.submissions).toHaveLength(1);
    expect(Object.keys(own!.submissions[0]!.identityDocument!).sort()).toEqual(['createdAt', 'fileName', 'id']);
    expect(await getStoreVerificationForSeller(foreign.organisationId, storeId)).toBeNull();
  });

  it('the pending list and the review page are for reviewers; sellers, brands and admins are refused', async () => {
    const list = await listPendingStoreVerifications(reviewer, 500);
    const row = list.rows.find((r) => r.store.id === storeId);
    expect(row).toBeDefined();
    const review = await getStoreVerificationForReview(reviewer, row!.id);
    expect(review?.store.id).toBe(storeId);
    expect(review?.submitter?.email).toBe(seller.email);
    await expect(listPendingStoreVerifications(seller)).rejects.toThrow();
    await expect(listPendingStoreVerifications(brandAgent)).rejects.toThrow();
    await expect(getStoreVerificationForReview(seller, row!.id)).rejects.toThrow();
    await expect(getStoreVerificationForReview(admin, row!.id)).rejects.toThrow();
  });
});

describe('the reviewer’s decision', () => {
  async function pending() {
    const { seller, store } = await sellerWithStore();
    const result = await submitStoreVerification(seller, await submission(seller, store.id), meta);
    if (!result.ok) throw new Error('submission refused');
    return { seller, store, verificationId: result.verificationId };
  }

  it('refuses every role but reviewer, and a rejection without a reason', async () => {
    const { seller, verificationId } = await pending();
    const foreign = await sessionUser('SELLER');
    for (const who of [seller, foreign, admin, brandAgent]) {
      expect(await recordStoreVerificationDecision(who, { id: verificationId, version: 0, decision: { kind: 'verify', note: null } }, meta)).toEqual({
        ok: false,
        violation: 'forbidden',
      });
    }
    expect(await recordStoreVerificationDecision(reviewer, { id: verificationId, version: 0, decision: { kind: 'reject', reason: '  ' } }, meta)).toEqual({
      ok: false,
      violation: 'reasonRequired',
    });
    expect((await prisma.storeVerification.findUniqueOrThrow({ where: { id: verificationId } })).status).toBe('PENDING');
  });

  it('two reviewers at once: exactly one decision stands, the other is told it was already decided', async () => {
    const { store, verificationId } = await pending();
    const results = await Promise.all([
      recordStoreVerificationDecision(reviewer, { id: verificationId, version: 0, decision: { kind: 'verify', note: null } }, meta),
      recordStoreVerificationDecision(reviewer2, { id: verificationId, version: 0, decision: { kind: 'reject', reason: 'Licence expired.' } }, meta),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, violation: 'alreadyDecided' }]);
    const row = await prisma.storeVerification.findUniqueOrThrow({ where: { id: verificationId } });
    expect((await prisma.store.findUniqueOrThrow({ where: { id: store.id } })).verificationStatus).toBe(row.status);
    expect(await prisma.auditEvent.count({ where: { objectType: 'store', objectId: store.id, action: { in: ['store.verify', 'store.reject'] } } })).toBe(1);
  });

  it('a page rendered from an older version is refused as stale', async () => {
    const { verificationId } = await pending();
    await prisma.storeVerification.update({ where: { id: verificationId }, data: { version: 3 } });
    expect(await recordStoreVerificationDecision(reviewer, { id: verificationId, version: 0, decision: { kind: 'verify', note: null } }, meta)).toEqual({
      ok: false,
      violation: 'stale',
    });
  });

  it('reject → the seller is told why and may submit again (a new row; the old one kept) → verify: store and organisation verified', async () => {
    const { seller, store, verificationId } = await pending();
    expect(await recordStoreVerificationDecision(reviewer, { id: verificationId, version: 0, decision: { kind: 'reject', reason: 'The licence scan is unreadable.' } }, meta)).toEqual({
      ok: true,
      status: 'REJECTED',
    });
    expect(await prisma.store.findUniqueOrThrow({ where: { id: store.id } })).toMatchObject({ verificationStatus: 'REJECTED' });
    const rejected = await prisma.storeVerification.findUniqueOrThrow({ where: { id: verificationId } });
    expect(rejected).toMatchObject({ status: 'REJECTED', reason: 'The licence scan is unreadable.', reviewerId: reviewer.id, version: 1 });
    const notice = await prisma.notification.findFirst({ where: { userId: seller.id, type: 'storeVerificationRejected' } });
    expect(notice?.link).toBe(`/seller/stores/${store.id}/verification`);

    const again = await submitStoreVerification(seller, await submission(seller, store.id), meta);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(await prisma.storeVerification.count({ where: { storeId: store.id } })).toBe(2);
    expect(await recordStoreVerificationDecision(reviewer2, { id: again.verificationId, version: 0, decision: { kind: 'verify', note: null } }, meta)).toEqual({
      ok: true,
      status: 'VERIFIED',
    });
    expect(await isStoreVerified(prisma, store.id)).toBe(true);
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: seller.organisationId } })).verificationStatus).toBe('VERIFIED');
    expect(await prisma.notification.count({ where: { userId: seller.id, type: 'storeVerified' } })).toBe(1);
    // Verified: nothing more to submit; the history keeps both submissions.
    expect(await submitStoreVerification(seller, await submission(seller, store.id), meta)).toEqual({ ok: false, violation: 'verified' });
    const view = await getStoreVerificationForSeller(seller.organisationId, store.id);
    expect(view?.submissions.map((s) => s.status)).toEqual(['VERIFIED', 'REJECTED']);
    const review = await getStoreVerificationForReview(reviewer, again.verificationId);
    expect(review?.history.map((h) => h.id)).toEqual([verificationId]);
  });
});

describe('a banned identity', () => {
  async function ban(keys: { email?: string; phone?: string; registrationNumber?: string; identityDocumentHash?: string }) {
    return prisma.ban.create({ data: { reason: 'Closed permanently (test).', ...keys } });
  }

  it('is refused at verification on any key — licence number, owner phone, identity document, e-mail — and nothing is stored', async () => {
    const token = uniqueToken().toUpperCase().replace(/[^A-Z0-9]/g, '');
    const bannedPhone = randomPhone();
    await ban({ registrationNumber: `BANLIC${token}` });
    await ban({ phone: bannedPhone });

    const { seller, store } = await sellerWithStore();
    const licenceRefused = await submitStoreVerification(seller, await submission(seller, store.id, { licenceNumber: `ban-lic ${token.toLowerCase()}` }), meta);
    expect(licenceRefused).toEqual({ ok: false, violation: 'banned', key: 'licenceNumber' });
    const phoneRefused = await submitStoreVerification(seller, await submission(seller, store.id, { ownerPhone: bannedPhone }), meta);
    expect(phoneRefused).toEqual({ ok: false, violation: 'banned', key: 'phone' });

    const input = await submission(seller, store.id);
    const identity = await prisma.document.findUniqueOrThrow({ where: { id: input.identityDocumentId } });
    const hashBan = await ban({ identityDocumentHash: identity.sha256 });
    expect(await submitStoreVerification(seller, input, meta)).toEqual({ ok: false, violation: 'banned', key: 'identityDocument' });
    await prisma.ban.update({ where: { id: hashBan.id }, data: { liftedAt: new Date() } });

    const emailBan = await ban({ email: seller.email });
    expect(await submitStoreVerification(seller, await submission(seller, store.id), meta)).toEqual({ ok: false, violation: 'banned', key: 'email' });
    await prisma.ban.update({ where: { id: emailBan.id }, data: { liftedAt: new Date() } });

    expect(await prisma.storeVerification.count({ where: { storeId: store.id } })).toBe(0);
    expect((await prisma.store.findUniqueOrThrow({ where: { id: store.id } })).verificationStatus).toBe('UNVERIFIED');
    expect(await prisma.auditEvent.count({ where: { objectType: 'store', objectId: store.id } })).toBe(0);

    // Lifted bans bar nobody: the same submission now goes through.
    expect((await submitStoreVerification(seller, input, meta)).ok).toBe(true);
  });
});
