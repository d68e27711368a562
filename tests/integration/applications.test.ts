// Applications for the right to sell against a real database (journey 3): every action and
// who may take it (the store's seller, another seller, reviewers, the brand side, another
// brand, admins), the code checks at the field, the quantity rule at submission, two
// reviewers racing, approval creating a grant and clearing flags, a renewal, the denied
// letter path (exactly one strike and one OPEN closure proposal), and the two jobs run twice
// with a controlled clock. Every row is this file's own.
import { generateAuthorizationCode } from '@/lib/domain/brand-authorization';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { testDb } from '@/tests/helpers/db';
import { createBrand, createListings, createOrganisation, createStore, createUser, uniqueToken } from '@/lib/factories';
import {
  addAuthorizationCode,
  addInvoice,
  addLetter,
  createApplication,
  getApplicationForSeller,
  listApplicationsForOrganisation,
  listGrantsForOrganisation,
  removeApplicationDocument,
  submitApplication,
  withdrawApplication,
  type ApplicationActor,
} from '@/lib/data/applications';
import {
  approveApplication,
  askBrandToConfirmLetter,
  getApplicationForReview,
  listApplicationsForReview,
  rejectApplication,
  requestApplicationInfo,
  takeApplication,
} from '@/lib/data/application-review';
import { answerLetter, getLetterRequestForBrand, listLetterRequestsForBrand, returnUnansweredLetters } from '@/lib/data/application-letters';
import { grantExpiryJob } from '@/lib/jobs/grant-expiry';
import { letterConfirmationsJob } from '@/lib/jobs/letter-confirmations';
import { findJob } from '@/lib/jobs/registry';
import { getDocumentForViewer } from '@/lib/data/documents';
import type { DocumentKind, Role } from '@/lib/generated/prisma/enums';

const DAY = 86_400_000;
let prisma: Db;
let reviewer: ApplicationActor;
let reviewer2: ApplicationActor;
let admin: ApplicationActor;
let otherSeller: ApplicationActor;
let otherBrandAgent: ApplicationActor;

async function actor(role: Role, organisationId?: string): Promise<ApplicationActor> {
  const made = await createUser(prisma, { role, ...(organisationId ? { organisationId } : {}) });
  return { id: made.user.id, role, organisationId: made.organisationId, name: made.user.name };
}

async function upload(owner: ApplicationActor, kind: DocumentKind) {
  return prisma.document.create({
    data: {
      kind,
      fileName: `${kind.toLowerCase()}-${uniqueToken()}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: 1234,
      sha256: uniqueToken().padEnd(64, '0').slice(0, 64),
      storageKey: `test/${uniqueToken()}`,
      uploadedById: owner.id,
      organisationId: owner.organisationId,
    },
  });
}

/** A protected brand with a distributor, a verified store of a seller listing 12 units of it. */
async function scenario() {
  const owner = await createOrganisation(prisma, { kind: 'BRAND_OWNER' });
  const brandAgent = await actor('BRAND_AGENT', owner.id);
  const distributor = `Distributor ${uniqueToken()} Ltd`;
  const brand = await createBrand(prisma, { ownerOrganisationId: owner.id, isProtected: true, distributors: [{ name: distributor }] });
  const sellerOrg = await createOrganisation(prisma, { kind: 'SELLER' });
  const seller = await actor('SELLER', sellerOrg.id);
  const store = await createStore(prisma, { sellerOrganisationId: sellerOrg.id });
  await createListings(prisma, {
    storeId: store.id,
    listings: [
      { brandId: brand.id, stockQuantity: 7 },
      { brandId: brand.id, stockQuantity: 5 },
      { brandId: brand.id, stockQuantity: 100, status: 'REMOVED' },
    ],
  });
  return { owner, brandAgent, distributor, brand, sellerOrg, seller, store };
}
type Scenario = Awaited<ReturnType<typeof scenario>>;

async function draft(s: Scenario) {
  const created = await createApplication(s.seller, { storeId: s.store.id, brandId: s.brand.id, productLines: ['Handbags'] });
  if (!created.ok) throw new Error(created.key);
  return created.applicationId;
}

async function withInvoice(s: Scenario, applicationId: string, quantity = 12, issuedAt = new Date(Date.now() - 30 * DAY)) {
  const doc = await upload(s.seller, 'INVOICE');
  const added = await addInvoice(s.seller, { applicationId, documentId: doc.id, issuerName: s.distributor, issuedAt, productLines: ['Handbags'], quantity });
  expect(added.ok).toBe(true);
  return doc;
}

async function withLetter(s: Scenario, applicationId: string) {
  const doc = await upload(s.seller, 'AUTHORIZATION_LETTER');
  const added = await addLetter(s.seller, { applicationId, documentId: doc.id, issuerName: s.distributor, validUntil: new Date(Date.now() + 200 * DAY) });
  expect(added.ok).toBe(true);
  return doc;
}

async function submitted(s: Scenario) {
  const id = await draft(s);
  await withInvoice(s, id);
  const letter = await withLetter(s, id);
  expect(await submitApplication(s.seller, { applicationId: id })).toMatchObject({ ok: true, status: 'SUBMITTED' });
  return { id, letter };
}

async function version(id: string) {
  return (await prisma.authorizationApplication.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

async function inReview(s: Scenario) {
  const made = await submitted(s);
  expect(await takeApplication(reviewer, { applicationId: made.id, version: await version(made.id) })).toMatchObject({ ok: true });
  return made;
}

async function authorization(brandId: string, overrides: { status?: 'ACTIVE' | 'REVOKED'; validUntil?: Date; parentId?: string; holderName?: string } = {}) {
  return prisma.brandAuthorization.create({
    data: {
      brandId,
      holderName: overrides.holderName ?? 'Holder',
      productLines: [],
      validFrom: new Date(Date.now() - 100 * DAY),
      validUntil: overrides.validUntil ?? new Date(Date.now() + 100 * DAY),
      code: generateAuthorizationCode(),
      status: overrides.status ?? 'ACTIVE',
      ...(overrides.parentId ? { parentId: overrides.parentId } : {}),
    },
  });
}

beforeAll(async () => {
  prisma = await testDb();
  const marketplace = await createOrganisation(prisma, { kind: 'MARKETPLACE' });
  reviewer = await actor('REVIEWER', marketplace.id);
  reviewer2 = await actor('REVIEWER', marketplace.id);
  admin = await actor('ADMIN', marketplace.id);
  otherSeller = await actor('SELLER');
  otherBrandAgent = await actor('BRAND_AGENT');
});

describe('creating a draft', () => {
  it('a verified store of the seller applies for a protected brand', async () => {
    const s = await scenario();
    const id = await draft(s);
    const rows = await listApplicationsForOrganisation(s.sellerOrg.id);
    expect(rows.map((r) => r.id)).toEqual([id]);
    expect(rows[0]!.status).toBe('DRAFT');
  });

  it('refuses an unverified store, an unprotected brand, another seller, and non-sellers', async () => {
    const s = await scenario();
    const unverified = await createStore(prisma, { sellerOrganisationId: s.sellerOrg.id, verificationStatus: 'PENDING' });
    expect(await createApplication(s.seller, { storeId: unverified.id, brandId: s.brand.id, productLines: [] })).toMatchObject({ ok: false, key: 'applications.errors.storeNotVerified', field: 'storeId' });
    const plain = await createBrand(prisma, { isProtected: false });
    expect(await createApplication(s.seller, { storeId: s.store.id, brandId: plain.id, productLines: [] })).toMatchObject({ ok: false, key: 'applications.errors.brandNotProtected', field: 'brandId' });
    expect(await createApplication(otherSeller, { storeId: s.store.id, brandId: s.brand.id, productLines: [] })).toMatchObject({ ok: false, key: 'applications.errors.storeUnknown' });
    for (const who of [reviewer, admin, s.brandAgent]) {
      expect(await createApplication(who, { storeId: s.store.id, brandId: s.brand.id, productLines: [] })).toMatchObject({ ok: false, key: 'applications.errors.forbidden' });
    }
  });
});

describe('documents', () => {
  it('an invoice dated tomorrow is refused at its field; today is fine; an old one is stored', async () => {
    const s = await scenario();
    const id = await draft(s);
    const doc = await upload(s.seller, 'INVOICE');
    const tomorrow = new Date(Date.now() + DAY);
    expect(await addInvoice(s.seller, { applicationId: id, documentId: doc.id, issuerName: 'X', issuedAt: tomorrow, productLines: [], quantity: 1 })).toMatchObject({
      ok: false,
      key: 'applications.errors.invoiceInFuture',
      field: 'issuedAt',
    });
    expect((await addInvoice(s.seller, { applicationId: id, documentId: doc.id, issuerName: 'X', issuedAt: new Date(), productLines: [], quantity: 1 })).ok).toBe(true);
    expect((await addInvoice(s.seller, { applicationId: id, documentId: doc.id, issuerName: 'X', issuedAt: new Date(Date.now() - 400 * DAY), productLines: [], quantity: 1 })).ok).toBe(true);
    expect((await getApplicationForSeller(s.sellerOrg.id, id))!.documents).toHaveLength(2);
  });

  it("refuses another organisation's upload, a wrong kind, and another seller's application", async () => {
    const s = await scenario();
    const id = await draft(s);
    const foreign = await upload(otherSeller, 'INVOICE');
    const letterDoc = await upload(s.seller, 'AUTHORIZATION_LETTER');
    const base = { applicationId: id, issuerName: 'X', issuedAt: new Date(), productLines: [], quantity: 1 };
    expect(await addInvoice(s.seller, { ...base, documentId: foreign.id })).toMatchObject({ ok: false, key: 'applications.errors.documentInvalid' });
    expect(await addInvoice(s.seller, { ...base, documentId: letterDoc.id })).toMatchObject({ ok: false, key: 'applications.errors.documentInvalid' });
    const own = await upload(otherSeller, 'INVOICE');
    expect(await addInvoice(otherSeller, { ...base, documentId: own.id })).toMatchObject({ ok: false, key: 'applications.errors.notFound' });
  });

  it('Assay codes: unknown, revoked, expired, revoked parent, other brand refused at the field; a valid one stored', async () => {
    const s = await scenario();
    const id = await draft(s);
    const code = async (c: string) => addAuthorizationCode(s.seller, { applicationId: id, code: c });
    expect(await code('NOPE-0000')).toMatchObject({ ok: false, key: 'applications.errors.code_unknown', field: 'code' });
    const revoked = await authorization(s.brand.id, { status: 'REVOKED' });
    expect(await code(revoked.code)).toMatchObject({ ok: false, key: 'applications.errors.code_revoked', field: 'code' });
    const expired = await authorization(s.brand.id, { validUntil: new Date(Date.now() - 1000) });
    expect(await code(expired.code)).toMatchObject({ ok: false, key: 'applications.errors.code_expired' });
    const revokedParent = await authorization(s.brand.id, { status: 'REVOKED' });
    const child = await authorization(s.brand.id, { parentId: revokedParent.id });
    expect(await code(child.code)).toMatchObject({ ok: false, key: 'applications.errors.code_revoked' });
    const other = await createBrand(prisma, { isProtected: true });
    const foreign = await authorization(other.id);
    expect(await code(foreign.code)).toMatchObject({ ok: false, key: 'applications.errors.code_otherBrand' });
    const valid = await authorization(s.brand.id, { holderName: s.store.name });
    expect(await code(` ${valid.code.toLowerCase()} `)).toMatchObject({ ok: true });
    const app = await getApplicationForSeller(s.sellerOrg.id, id);
    expect(app!.documents.map((d) => d.code)).toEqual([valid.code]);
  });

  it('a document can be removed from a draft', async () => {
    const s = await scenario();
    const id = await draft(s);
    await withInvoice(s, id);
    const [doc] = (await getApplicationForSeller(s.sellerOrg.id, id))!.documents;
    expect(await removeApplicationDocument(otherSeller, { applicationId: id, applicationDocumentId: doc!.id })).toMatchObject({ ok: false });
    expect(await removeApplicationDocument(s.seller, { applicationId: id, applicationDocumentId: doc!.id })).toMatchObject({ ok: true });
    expect((await getApplicationForSeller(s.sellerOrg.id, id))!.documents).toHaveLength(0);
  });
});

describe('submitting', () => {
  it('needs an invoice and a letter or code, and invoices covering the listed stock', async () => {
    const s = await scenario();
    const id = await draft(s);
    expect(await submitApplication(s.seller, { applicationId: id })).toMatchObject({ ok: false, key: 'applications.errors.invoiceRequired', field: 'invoices' });
    await withInvoice(s, id, 11);
    expect(await submitApplication(s.seller, { applicationId: id })).toMatchObject({ ok: false, key: 'applications.errors.letterRequired' });
    await withLetter(s, id);
    // 7 + 5 active units listed (the removed listing does not count); 11 is one short.
    expect(await submitApplication(s.seller, { applicationId: id })).toMatchObject({
      ok: false,
      key: 'applications.errors.quantityShort',
      field: 'invoices',
      params: { invoiced: 11, listed: 12 },
    });
    await withInvoice(s, id, 1);
    expect(await submitApplication(otherSeller, { applicationId: id })).toMatchObject({ ok: false, key: 'applications.errors.notFound' });
    expect(await submitApplication(s.seller, { applicationId: id })).toMatchObject({ ok: true, status: 'SUBMITTED' });
    const notified = await prisma.notification.count({ where: { type: 'applicationSubmitted', userId: reviewer.id, link: `/review/applications/${id}` } });
    expect(notified).toBe(1);
    // Submitted: documents are frozen.
    const doc = await upload(s.seller, 'INVOICE');
    expect(await addInvoice(s.seller, { applicationId: id, documentId: doc.id, issuerName: 'X', issuedAt: new Date(), productLines: [], quantity: 1 })).toMatchObject({
      ok: false,
      key: 'applications.errors.notEditable',
    });
  });

  it('withdraw: the seller, not others, and not while the brand is asked', async () => {
    const s = await scenario();
    const { id } = await submitted(s);
    expect(await withdrawApplication(otherSeller, { applicationId: id })).toMatchObject({ ok: false, key: 'applications.errors.notFound' });
    expect(await withdrawApplication(reviewer, { applicationId: id })).toMatchObject({ ok: false, key: 'applications.errors.forbidden' });
    expect(await withdrawApplication(s.seller, { applicationId: id })).toMatchObject({ ok: true, status: 'WITHDRAWN' });
    const t = await scenario();
    const made = await inReview(t);
    const letterRow = await prisma.applicationDocument.findFirstOrThrow({ where: { applicationId: made.id, documentId: made.letter.id } });
    await askBrandToConfirmLetter(reviewer, { applicationId: made.id, version: await version(made.id), applicationDocumentId: letterRow.id });
    expect(await withdrawApplication(t.seller, { applicationId: made.id })).toMatchObject({ ok: false, key: 'applications.errors.notWithdrawable' });
  });
});

describe('reviewing', () => {
  it('the queue lists submitted applications oldest first with counts; non-drafts only', async () => {
    const s = await scenario();
    const first = await submitted(s);
    const second = await submitted(s);
    const queue = await listApplicationsForReview('SUBMITTED');
    const ids = queue.rows.map((r) => r.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(queue.counts.SUBMITTED).toBeGreaterThanOrEqual(2);
    expect((await listApplicationsForReview('DRAFT')).rows).toEqual([]);
  });

  it('only reviewers act; two reviewers at once: one wins', async () => {
    const s = await scenario();
    const { id } = await submitted(s);
    const v = await version(id);
    for (const who of [s.seller, admin, s.brandAgent]) expect(await takeApplication(who, { applicationId: id, version: v })).toMatchObject({ ok: false, key: 'applications.errors.forbidden' });
    const [a, b] = await Promise.all([takeApplication(reviewer, { applicationId: id, version: v }), takeApplication(reviewer2, { applicationId: id, version: v })]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ key: 'applications.errors.changed' });
  });

  it('the checklist is pre-filled; approval needs every non-passing check confirmed, creates the grant and clears flags', async () => {
    const s = await scenario();
    const { id } = await inReview(s);
    await prisma.listing.updateMany({ where: { storeId: s.store.id, brandId: s.brand.id, status: 'ACTIVE' }, data: { flaggedAt: new Date(), flagReason: 'NO_GRANT', graceEndsAt: new Date(Date.now() + 7 * DAY) } });
    const view = await getApplicationForReview(id);
    expect(view!.checklist.checks.map((c) => [c.key, c.result])).toEqual([
      ['issuer', 'pass'],
      ['letters', 'human'],
      ['invoiceDates', 'pass'],
      ['quantities', 'pass'],
      ['codes', 'pass'],
    ]);
    const v = await version(id);
    expect(await approveApplication(reviewer, { applicationId: id, version: v, confirmed: [], note: null })).toMatchObject({ ok: false, key: 'applications.errors.checksUnconfirmed', field: 'confirmed' });
    expect(await approveApplication(s.seller, { applicationId: id, version: v, confirmed: ['letters'], note: null })).toMatchObject({ ok: false, key: 'applications.errors.forbidden' });
    const now = new Date();
    expect(await approveApplication(reviewer, { applicationId: id, version: v, confirmed: ['letters'], note: 'Letter checked by phone.' }, undefined, now)).toMatchObject({ ok: true, status: 'APPROVED' });
    const grant = await prisma.sellingGrant.findUniqueOrThrow({ where: { applicationId: id } });
    expect(grant.expiresAt).toEqual(new Date(now.getTime() + 365 * DAY));
    expect(await prisma.listing.count({ where: { storeId: s.store.id, flaggedAt: { not: null } } })).toBe(0);
    const stored = await prisma.authorizationApplication.findUniqueOrThrow({ where: { id }, select: { checklist: true } });
    expect(stored.checklist).toMatchObject({ confirmed: ['letters'], note: 'Letter checked by phone.' });
    expect((await listGrantsForOrganisation(s.sellerOrg.id)).map((g) => [g.id, g.standing])).toEqual([[grant.id, 'ACTIVE']]);
    expect(await prisma.notification.count({ where: { type: 'applicationApproved', link: `/seller/applications/${id}` } })).toBe(1);
  });

  it('request more → the seller adds and resubmits with a note; then a rejection with reasons', async () => {
    const s = await scenario();
    const { id } = await inReview(s);
    expect(await requestApplicationInfo(s.seller, { applicationId: id, version: await version(id), request: 'More' })).toMatchObject({ ok: false, key: 'applications.errors.forbidden' });
    expect(await requestApplicationInfo(reviewer, { applicationId: id, version: await version(id), request: 'Add the 2026 invoice.' })).toMatchObject({ ok: true, status: 'INFO_REQUESTED' });
    await withInvoice(s, id, 3);
    expect(await submitApplication(s.seller, { applicationId: id, note: 'Added it.' })).toMatchObject({ ok: true, status: 'SUBMITTED' });
    expect((await getApplicationForReview(id))!.sellerNotes.map((n) => n.note)).toEqual(['Added it.']);
    await takeApplication(reviewer, { applicationId: id, version: await version(id) });
    expect(await rejectApplication(reviewer, { applicationId: id, version: await version(id), confirmed: [], note: null, reason: 'Invoices do not match the listings.' })).toMatchObject({
      ok: true,
      status: 'REJECTED',
    });
    expect(await prisma.notification.count({ where: { type: 'applicationRejected', link: `/seller/applications/${id}` } })).toBe(1);
  });

  it('a renewal starts from the old grant expiry and replaces it', async () => {
    const s = await scenario();
    const first = await inReview(s);
    await approveApplication(reviewer, { applicationId: first.id, version: await version(first.id), confirmed: ['letters'], note: null });
    const old = await prisma.sellingGrant.findUniqueOrThrow({ where: { applicationId: first.id } });
    const renewal = await createApplication(s.seller, { storeId: s.store.id, brandId: s.brand.id, productLines: ['Handbags'], renewsGrantId: old.id });
    expect(renewal.ok).toBe(true);
    const id = (renewal as { applicationId: string }).applicationId;
    await withInvoice(s, id);
    await withLetter(s, id);
    await submitApplication(s.seller, { applicationId: id });
    await takeApplication(reviewer, { applicationId: id, version: await version(id) });
    await approveApplication(reviewer, { applicationId: id, version: await version(id), confirmed: ['letters'], note: null });
    const grant = await prisma.sellingGrant.findUniqueOrThrow({ where: { applicationId: id } });
    expect(grant.expiresAt).toEqual(new Date(old.expiresAt.getTime() + 365 * DAY));
    expect((await prisma.sellingGrant.findUniqueOrThrow({ where: { id: old.id } })).status).toBe('EXPIRED');
  });
});

describe('asking the brand about a letter', () => {
  async function asked() {
    const s = await scenario();
    const made = await inReview(s);
    const letterRow = await prisma.applicationDocument.findFirstOrThrow({ where: { applicationId: made.id, documentId: made.letter.id } });
    const now = new Date();
    expect(await askBrandToConfirmLetter(reviewer, { applicationId: made.id, version: await version(made.id), applicationDocumentId: letterRow.id }, undefined, now)).toMatchObject({
      ok: true,
      status: 'AWAITING_BRAND',
    });
    return { s, id: made.id, letterRow, documentId: made.letter.id, now };
  }

  it('the brand side sees the letter and its facts, not the seller’s other documents; others see nothing', async () => {
    const { s, letterRow, documentId, id } = await asked();
    const row = await prisma.applicationDocument.findUniqueOrThrow({ where: { id: letterRow.id } });
    expect(row.brandConfirmation).toBe('REQUESTED');
    expect(row.confirmationDueAt!.getTime() - Date.now()).toBeGreaterThan(9 * DAY);
    expect((await listLetterRequestsForBrand(s.owner.id)).map((l) => l.id)).toEqual([letterRow.id]);
    expect(await listLetterRequestsForBrand(otherBrandAgent.organisationId)).toEqual([]);
    expect(await getLetterRequestForBrand(otherBrandAgent.organisationId, letterRow.id)).toBeNull();
    expect((await getDocumentForViewer(s.brandAgent, documentId))?.access).toBe('full');
    const invoice = await prisma.applicationDocument.findFirstOrThrow({ where: { applicationId: id, kind: 'INVOICE' } });
    expect(await getDocumentForViewer(s.brandAgent, invoice.documentId!)).toBeNull();
    expect(await getDocumentForViewer(otherBrandAgent, documentId)).toBeNull();
    expect(await getDocumentForViewer(otherSeller, documentId)).toBeNull();
    expect(await getApplicationForSeller(otherSeller.organisationId, id)).toBeNull();
    expect(await prisma.notification.count({ where: { type: 'letterConfirmationRequested', link: `/brand/letters/${letterRow.id}` } })).toBeGreaterThan(0);
  });

  it('confirmed: back to the reviewer and the letters check passes', async () => {
    const { s, id, letterRow } = await asked();
    expect(await answerLetter(otherBrandAgent, { letterId: letterRow.id, answer: 'confirm', note: '' })).toMatchObject({ ok: false, key: 'applications.errors.notFound' });
    expect(await answerLetter(s.seller, { letterId: letterRow.id, answer: 'confirm', note: '' })).toMatchObject({ ok: false, key: 'applications.errors.forbidden' });
    expect(await answerLetter(s.brandAgent, { letterId: letterRow.id, answer: 'confirm', note: 'We issued it.' })).toMatchObject({ ok: true, status: 'IN_REVIEW' });
    expect((await getApplicationForReview(id))!.checklist.checks.find((c) => c.key === 'letters')!.result).toBe('pass');
    expect(await answerLetter(s.brandAgent, { letterId: letterRow.id, answer: 'deny', note: '' })).toMatchObject({ ok: false, key: 'applications.errors.letterAnswered' });
  });

  it('denied: refused as forged, exactly one strike and one OPEN closure proposal, in one go', async () => {
    const { s, id, letterRow } = await asked();
    expect(await answerLetter(s.brandAgent, { letterId: letterRow.id, answer: 'deny', note: 'Not our letter.' })).toMatchObject({ ok: true, status: 'REJECTED' });
    const application = await prisma.authorizationApplication.findUniqueOrThrow({ where: { id } });
    expect(application.status).toBe('REJECTED');
    const strikes = await prisma.strike.findMany({ where: { storeId: s.store.id } });
    expect(strikes).toHaveLength(1);
    expect(strikes[0]).toMatchObject({ source: 'FORGED_DOCUMENT', applicationId: id, status: 'ACTIVE' });
    const proposals = await prisma.closureProposal.findMany({ where: { storeId: s.store.id } });
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ status: 'OPEN', trigger: 'FORGED_DOCUMENT' });
    expect(await prisma.notification.count({ where: { type: 'applicationRejected', link: `/seller/applications/${id}` } })).toBe(1);
    expect(await prisma.notification.count({ where: { type: 'strikeIssued', link: `/seller/stores/${s.store.id}` } })).toBe(1);
    expect(await prisma.notification.count({ where: { type: 'letterAnswered', userId: reviewer.id, link: `/review/applications/${id}` } })).toBe(1);
  });

  it('the letter-confirmations job returns unanswered letters to the reviewer, once', async () => {
    const { id, letterRow, now } = await asked();
    expect(await returnUnansweredLetters(prisma, new Date(now.getTime() + 9 * DAY))).toBe(0);
    const later = new Date(now.getTime() + 10 * DAY + 1000);
    expect(findJob('letter-confirmations')).toBe(letterConfirmationsJob);
    const run = () => letterConfirmationsJob.run({ db: prisma, now: later, log: () => {} });
    expect(await run()).toMatch(/returned to reviewers/);
    expect(await returnUnansweredLetters(prisma, later)).toBe(0);
    expect((await prisma.authorizationApplication.findUniqueOrThrow({ where: { id } })).status).toBe('IN_REVIEW');
    expect((await prisma.applicationDocument.findUniqueOrThrow({ where: { id: letterRow.id } })).confirmationNote).toBe('brand did not answer');
    expect(await prisma.notification.count({ where: { type: 'letterAnswered', userId: reviewer.id, link: `/review/applications/${id}` } })).toBe(1);
  });
});

describe('the grant-expiry job', () => {
  it('tells the seller once before expiry, then ends the grant and flags the listings, once', async () => {
    const s = await scenario();
    const { id } = await inReview(s);
    const approvedAt = new Date();
    await approveApplication(reviewer, { applicationId: id, version: await version(id), confirmed: ['letters'], note: null }, undefined, approvedAt);
    const grant = await prisma.sellingGrant.findUniqueOrThrow({ where: { applicationId: id } });
    const before = new Date(grant.expiresAt.getTime() - 10 * DAY);
    // Other grants of the shared database may be due too: count only this one's effects.
    expect(findJob('grant-expiry')).toBe(grantExpiryJob);
    const run = (now: Date) => grantExpiryJob.run({ db: prisma, now, log: () => {} });
    await run(before);
    await run(before);
    expect((await prisma.sellingGrant.findUniqueOrThrow({ where: { id: grant.id } })).expiryNotifiedAt).toEqual(before);
    const expiring = await prisma.notification.count({ where: { type: 'grantExpiring', user: { memberships: { some: { organisationId: s.sellerOrg.id } } } } });
    expect(expiring).toBe(1);
    const after = new Date(grant.expiresAt.getTime() + 1000);
    await run(after);
    await run(after);
    expect((await prisma.sellingGrant.findUniqueOrThrow({ where: { id: grant.id } })).status).toBe('EXPIRED');
    const flagged = await prisma.listing.findMany({ where: { storeId: s.store.id, status: 'ACTIVE' } });
    expect(flagged.every((l) => l.flagReason === 'GRANT_EXPIRED' && l.flaggedAt !== null)).toBe(true);
    const ended = await prisma.notification.count({ where: { type: 'grantEnded', user: { memberships: { some: { organisationId: s.sellerOrg.id } } } } });
    expect(ended).toBe(1);
  });
});
