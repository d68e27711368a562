// A seller organisation's applications for the right to sell protected brands (journey 3),
// and the grants it holds. Both belong to its stores only: every read and write here is
// scoped by the seller's organisation, so a seller never sees or touches another store's
// application or its documents.
import 'server-only';
import type { SessionUser } from '../auth/session';
import { can } from '../authz/policy';
import { recordAudit, type Actor } from '../audit';
import { db, type Tx } from '../db';
import type { Db } from '../db/shared-client';
import type { ApplicationStatus, BrandConfirmation, DocumentKind, GrantStatus, VerificationStatus } from '../generated/prisma/enums';
import { notify } from '../notifications';
import type { RequestMeta } from '../request-meta';
import { applicationTransition, mayEditDocuments, mayRenewGrant } from '../domain/application';
import { normalizeAuthorizationCode } from '../domain/brand-authorization';
import { authorizationProblem, isFutureDate, submissionProblems, type AuthorizationLink } from '../domain/application-checklist';
import { grantStanding, type GrantStanding } from '../domain/standing';
import { activeReviewerIds } from './reviewers';
import { storesOwnedBy } from './stores';

export type ApplicationActor = Pick<SessionUser, 'id' | 'role' | 'organisationId' | 'name'>;
export const applicationActorOf = (user: ApplicationActor): Actor => ({ id: user.id, role: user.role, organisationId: user.organisationId });

/** A refusal the form shows: a catalogue key (applications.errors.…), at a field or above the form. */
export interface ApplicationRefusal {
  key: string;
  field?: string;
  params?: Record<string, string | number>;
}
export type ApplicationChange = { ok: true; applicationId: string; status: ApplicationStatus } | ({ ok: false } & ApplicationRefusal);

export class Refused extends Error {
  constructor(readonly refusal: ApplicationRefusal) {
    super(refusal.key);
  }
}

export const refusal = (key: string, field?: string, params?: Record<string, string | number>): Refused =>
  new Refused({ key: `applications.errors.${key}`, ...(field ? { field } : {}), ...(params ? { params } : {}) });

export async function inTransaction(run: (tx: Tx) => Promise<ApplicationChange>): Promise<ApplicationChange> {
  const prisma = await db();
  try {
    return await prisma.$transaction(run);
  } catch (error) {
    if (error instanceof Refused) return { ok: false, ...error.refusal };
    throw error;
  }
}

// ───────────────────────────── Shared reads ─────────────────────────────

/**
 * Units the store lists for the brand: the stock of its ACTIVE listings of the brand.
 * Listings carry no product line, so every active listing of the brand counts, whatever
 * product lines the application names (the stricter reading: the invoices must cover all
 * the brand's stock the store offers).
 */
export async function listedQuantityOf(tx: Tx | Db, storeId: string, brandId: string): Promise<number> {
  const sum = await tx.listing.aggregate({ where: { storeId, brandId, status: 'ACTIVE' }, _sum: { stockQuantity: true } });
  return sum._sum.stockQuantity ?? 0;
}

const CHAIN_DEPTH = 5; // brand → distributor → sub-distributor → store is three; more is not a real chain

const chainSelect = { id: true, parentId: true, brandId: true, holderName: true, holderStoreId: true, status: true, validFrom: true, validUntil: true, code: true } as const;

/** An authorization and the chain it was issued under, read link by link. */
export async function authorizationChain(tx: Tx | Db, where: { id: string } | { code: string }): Promise<(AuthorizationLink & { id: string; code: string }) | null> {
  const first = await tx.brandAuthorization.findUnique({ where, select: chainSelect });
  if (!first) return null;
  const links = [first];
  for (let parentId = first.parentId; parentId && links.length < CHAIN_DEPTH; ) {
    const parent = await tx.brandAuthorization.findUnique({ where: { id: parentId }, select: chainSelect });
    if (!parent) break;
    links.push(parent);
    parentId = parent.parentId;
  }
  let parent: AuthorizationLink | null = null;
  for (const l of links.reverse()) {
    parent = { brandId: l.brandId, holderName: l.holderName, holderStoreId: l.holderStoreId, status: l.status, validFrom: l.validFrom, validUntil: l.validUntil, parent };
  }
  return { ...parent!, id: first.id, code: first.code };
}

// ───────────────────────────── Lists ─────────────────────────────

export interface ApplicationRow {
  id: string;
  status: ApplicationStatus;
  productLines: string[];
  submittedAt: Date | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  infoRequest: string | null;
  createdAt: Date;
  brand: { id: string; name: string };
  store: { id: string; name: string };
  grant: { id: string; expiresAt: Date; status: GrantStatus } | null;
}

export async function listApplicationsForOrganisation(organisationId: string): Promise<ApplicationRow[]> {
  const prisma = await db();
  return prisma.authorizationApplication.findMany({
    where: { store: storesOwnedBy(organisationId) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      status: true,
      productLines: true,
      submittedAt: true,
      decidedAt: true,
      decisionReason: true,
      infoRequest: true,
      createdAt: true,
      brand: { select: { id: true, name: true } },
      store: { select: { id: true, name: true } },
      grant: { select: { id: true, expiresAt: true, status: true } },
    },
  });
}

export interface GrantRow {
  id: string;
  standing: GrantStanding;
  productLines: string[];
  validFrom: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  brand: { id: string; name: string };
  store: { id: string; name: string };
  /** The seller may renew it (active, or expired recently) and has no renewal open. */
  renewable: boolean;
}

export async function listGrantsForOrganisation(organisationId: string, now = new Date()): Promise<GrantRow[]> {
  const prisma = await db();
  const grants = await prisma.sellingGrant.findMany({
    where: { store: storesOwnedBy(organisationId) },
    orderBy: [{ expiresAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      status: true,
      productLines: true,
      validFrom: true,
      expiresAt: true,
      revokedAt: true,
      brand: { select: { id: true, name: true } },
      store: { select: { id: true, name: true } },
    },
  });
  const renewing = await prisma.authorizationApplication.findMany({
    where: { renewsGrantId: { in: grants.map((g) => g.id) }, status: { notIn: ['REJECTED', 'WITHDRAWN'] } },
    select: { renewsGrantId: true },
  });
  const renewed = new Set(renewing.map((r) => r.renewsGrantId));
  return grants.map(({ status, ...grant }) => {
    const standing = grantStanding({ status, expiresAt: grant.expiresAt }, now);
    return { ...grant, standing, renewable: !renewed.has(grant.id) && mayRenewGrant({ status: standing, expiresAt: grant.expiresAt }, now) };
  });
}

// ───────────────────────────── The new-application form ─────────────────────────────

export interface ApplicationFormOptions {
  stores: { id: string; name: string; verificationStatus: VerificationStatus }[];
  brands: { id: string; name: string }[];
  /** Set when renewing: the grant and what the new application starts from. */
  renewal: { grantId: string; storeId: string; brandId: string; productLines: string[] } | null;
}

export async function applicationFormOptions(organisationId: string, renewGrantId: string | null, now = new Date()): Promise<ApplicationFormOptions> {
  const prisma = await db();
  const [stores, brands, grant] = await Promise.all([
    prisma.store.findMany({ where: storesOwnedBy(organisationId), orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true, verificationStatus: true } }),
    prisma.brand.findMany({ where: { isProtected: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true } }),
    renewGrantId && UUID.test(renewGrantId)
      ? prisma.sellingGrant.findFirst({ where: { id: renewGrantId, store: storesOwnedBy(organisationId) }, select: { id: true, storeId: true, brandId: true, productLines: true, status: true, expiresAt: true } })
      : null,
  ]);
  const renewal =
    grant && mayRenewGrant({ status: grantStanding(grant, now), expiresAt: grant.expiresAt }, now)
      ? { grantId: grant.id, storeId: grant.storeId, brandId: grant.brandId, productLines: grant.productLines }
      : null;
  return { stores, brands, renewal };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// ───────────────────────────── Creating a draft ─────────────────────────────

export interface CreateApplicationData {
  storeId: string;
  brandId: string;
  productLines: string[];
  renewsGrantId?: string | null;
}

/**
 * A draft application of one of the seller's stores for a protected brand. Only a VERIFIED
 * store may apply; a renewal names an active or recently expired grant of the same store
 * and brand.
 */
export async function createApplication(actor: ApplicationActor, input: CreateApplicationData, meta?: RequestMeta, now = new Date()): Promise<ApplicationChange> {
  if (!can(actor.role, 'application.file')) return { ok: false, key: 'applications.errors.forbidden' };
  return inTransaction(async (tx) => {
    const store = await tx.store.findFirst({ where: { id: input.storeId, ...storesOwnedBy(actor.organisationId) }, select: { id: true, verificationStatus: true, status: true } });
    if (!store) throw refusal('storeUnknown', 'storeId');
    if (store.verificationStatus !== 'VERIFIED') throw refusal('storeNotVerified', 'storeId');
    if (store.status === 'CLOSED' || store.status === 'BANNED') throw refusal('storeClosed', 'storeId');
    const brand = await tx.brand.findUnique({ where: { id: input.brandId }, select: { id: true, isProtected: true } });
    if (!brand) throw refusal('brandUnknown', 'brandId');
    if (!brand.isProtected) throw refusal('brandNotProtected', 'brandId');
    if (input.renewsGrantId) {
      const grant = await tx.sellingGrant.findFirst({ where: { id: input.renewsGrantId, storeId: store.id, brandId: brand.id }, select: { status: true, expiresAt: true } });
      if (!grant || !mayRenewGrant({ status: grantStanding(grant, now), expiresAt: grant.expiresAt }, now)) throw refusal('grantNotRenewable', 'brandId');
    }
    const created = await tx.authorizationApplication.create({
      data: {
        storeId: store.id,
        brandId: brand.id,
        filedById: actor.id,
        status: 'DRAFT',
        productLines: input.productLines,
        ...(input.renewsGrantId ? { renewsGrantId: input.renewsGrantId } : {}),
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: applicationActorOf(actor),
      action: 'application.create',
      objectType: 'application',
      objectId: created.id,
      after: { status: 'DRAFT', storeId: store.id, brandId: brand.id, productLines: input.productLines, renewsGrantId: input.renewsGrantId ?? null },
      ...(meta ? { meta } : {}),
    });
    return { ok: true, applicationId: created.id, status: 'DRAFT' };
  });
}

// ───────────────────────────── One application, as its seller sees it ─────────────────────────────

export interface ApplicationDocumentRow {
  id: string;
  kind: DocumentKind;
  documentId: string | null;
  issuerName: string | null;
  issuedAt: Date | null;
  validUntil: Date | null;
  quantity: number | null;
  productLines: string[];
  code: string | null;
  brandConfirmation: BrandConfirmation;
  confirmationDueAt: Date | null;
  confirmationNote: string | null;
}

export const applicationDocumentSelect = {
  id: true,
  kind: true,
  documentId: true,
  issuerName: true,
  issuedAt: true,
  validUntil: true,
  quantity: true,
  productLines: true,
  brandConfirmation: true,
  confirmationDueAt: true,
  confirmationNote: true,
  brandAuthorization: { select: { code: true } },
} as const;

export function documentRow(d: {
  id: string;
  kind: DocumentKind;
  documentId: string | null;
  issuerName: string | null;
  issuedAt: Date | null;
  validUntil: Date | null;
  quantity: number | null;
  productLines: string[];
  brandConfirmation: BrandConfirmation;
  confirmationDueAt: Date | null;
  confirmationNote: string | null;
  brandAuthorization: { code: string } | null;
}): ApplicationDocumentRow {
  const { brandAuthorization, ...rest } = d;
  return { ...rest, code: brandAuthorization?.code ?? null };
}

export interface SellerApplication {
  id: string;
  status: ApplicationStatus;
  version: number;
  productLines: string[];
  infoRequest: string | null;
  decisionReason: string | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  createdAt: Date;
  renewsGrantId: string | null;
  store: { id: string; name: string };
  brand: { id: string; name: string };
  grant: { id: string; validFrom: Date; expiresAt: Date; status: GrantStatus; productLines: string[] } | null;
  documents: ApplicationDocumentRow[];
  listedQuantity: number;
  invoicedQuantity: number;
  mayEdit: boolean;
  mayWithdraw: boolean;
}

export async function getApplicationForSeller(organisationId: string, applicationId: string): Promise<SellerApplication | null> {
  if (!UUID.test(applicationId)) return null;
  const prisma = await db();
  const application = await prisma.authorizationApplication.findFirst({
    where: { id: applicationId, store: storesOwnedBy(organisationId) },
    select: {
      id: true,
      status: true,
      version: true,
      productLines: true,
      infoRequest: true,
      decisionReason: true,
      submittedAt: true,
      decidedAt: true,
      createdAt: true,
      renewsGrantId: true,
      store: { select: { id: true, name: true } },
      brand: { select: { id: true, name: true } },
      grant: { select: { id: true, validFrom: true, expiresAt: true, status: true, productLines: true } },
      documents: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: applicationDocumentSelect },
    },
  });
  if (!application) return null;
  const documents = application.documents.map(documentRow);
  return {
    ...application,
    documents,
    listedQuantity: await listedQuantityOf(prisma, application.store.id, application.brand.id),
    invoicedQuantity: documents.reduce((sum, d) => sum + (d.kind === 'INVOICE' ? (d.quantity ?? 0) : 0), 0),
    mayEdit: mayEditDocuments(application.status),
    mayWithdraw: applicationTransition(application.status, 'withdraw', 'SELLER').ok,
  };
}

// ───────────────────────────── Documents ─────────────────────────────

/** The application, locked for the change, when it is the seller's and open to new documents. */
async function editableApplication(tx: Tx, actor: ApplicationActor, applicationId: string) {
  const owned = await tx.authorizationApplication.findFirst({ where: { id: applicationId, store: storesOwnedBy(actor.organisationId) }, select: { id: true } });
  if (!owned) throw refusal('notFound');
  await tx.$queryRaw`SELECT "id" FROM "AuthorizationApplication" WHERE "id" = ${applicationId} FOR UPDATE`;
  const application = await tx.authorizationApplication.findUniqueOrThrow({
    where: { id: applicationId },
    select: { id: true, status: true, storeId: true, brandId: true, productLines: true },
  });
  if (!mayEditDocuments(application.status)) throw refusal('notEditable');
  return application;
}

/** The seller's own upload of the kind the field asks for. */
async function ownUpload(tx: Tx, actor: ApplicationActor, documentId: string, kind: DocumentKind, field: string): Promise<void> {
  const document = await tx.document.findFirst({ where: { id: documentId, organisationId: actor.organisationId }, select: { kind: true } });
  if (!document || document.kind !== kind) throw refusal('documentInvalid', field);
}

export interface AddInvoiceData {
  applicationId: string;
  documentId: string;
  issuerName: string;
  issuedAt: Date;
  productLines: string[];
  quantity: number;
}

/**
 * Attaches an invoice. A date in the future is refused at its field; an old one is stored
 * (the seller may have nothing newer) and the checklist marks it failing.
 */
export async function addInvoice(actor: ApplicationActor, input: AddInvoiceData, meta?: RequestMeta, now = new Date()): Promise<ApplicationChange> {
  if (!can(actor.role, 'application.file')) return { ok: false, key: 'applications.errors.forbidden' };
  if (isFutureDate(input.issuedAt, now)) return { ok: false, key: 'applications.errors.invoiceInFuture', field: 'issuedAt' };
  return inTransaction(async (tx) => {
    const application = await editableApplication(tx, actor, input.applicationId);
    await ownUpload(tx, actor, input.documentId, 'INVOICE', 'documentId');
    const created = await tx.applicationDocument.create({
      data: {
        applicationId: application.id,
        documentId: input.documentId,
        kind: 'INVOICE',
        issuerName: input.issuerName,
        issuedAt: input.issuedAt,
        quantity: input.quantity,
        productLines: input.productLines.length ? input.productLines : application.productLines,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: applicationActorOf(actor),
      action: 'application.addDocument',
      objectType: 'application',
      objectId: application.id,
      after: { applicationDocumentId: created.id, kind: 'INVOICE', documentId: input.documentId, issuerName: input.issuerName, issuedAt: input.issuedAt.toISOString(), quantity: input.quantity },
      ...(meta ? { meta } : {}),
    });
    return { ok: true, applicationId: application.id, status: application.status };
  });
}

export interface AddLetterData {
  applicationId: string;
  documentId: string;
  issuerName: string;
  validUntil: Date;
}

/** Attaches an uploaded letter of authorization (a brand not on Assay, or a distributor's letter). */
export async function addLetter(actor: ApplicationActor, input: AddLetterData, meta?: RequestMeta, now = new Date()): Promise<ApplicationChange> {
  if (!can(actor.role, 'application.file')) return { ok: false, key: 'applications.errors.forbidden' };
  return inTransaction(async (tx) => {
    const application = await editableApplication(tx, actor, input.applicationId);
    await ownUpload(tx, actor, input.documentId, 'AUTHORIZATION_LETTER', 'documentId');
    const created = await tx.applicationDocument.create({
      data: {
        applicationId: application.id,
        documentId: input.documentId,
        kind: 'AUTHORIZATION_LETTER',
        issuerName: input.issuerName,
        validUntil: input.validUntil,
        productLines: application.productLines,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: applicationActorOf(actor),
      action: 'application.addDocument',
      objectType: 'application',
      objectId: application.id,
      after: { applicationDocumentId: created.id, kind: 'AUTHORIZATION_LETTER', documentId: input.documentId, issuerName: input.issuerName, validUntil: input.validUntil.toISOString() },
      ...(meta ? { meta } : {}),
    });
    return { ok: true, applicationId: application.id, status: application.status };
  });
}

/**
 * Attaches an Assay authorization code. A code that does not exist, is revoked or expired
 * (anywhere along its chain), or is for another brand is refused at the field and nothing is
 * stored.
 */
export async function addAuthorizationCode(actor: ApplicationActor, input: { applicationId: string; code: string }, meta?: RequestMeta, now = new Date()): Promise<ApplicationChange> {
  if (!can(actor.role, 'application.file')) return { ok: false, key: 'applications.errors.forbidden' };
  return inTransaction(async (tx) => {
    const application = await editableApplication(tx, actor, input.applicationId);
    // Typed as the public verification page takes it (case, spaces and dashes do not
    // matter); a malformed code is an unknown one.
    const normalized = normalizeAuthorizationCode(input.code);
    const code = normalized ?? input.code.trim().toUpperCase();
    const authorization = normalized ? await authorizationChain(tx, { code: normalized }) : null;
    const problem = authorizationProblem(authorization, application.brandId, now);
    if (problem) throw refusal(`code_${problem}`, 'code', { code });
    const duplicate = await tx.applicationDocument.count({ where: { applicationId: application.id, brandAuthorizationId: authorization!.id } });
    if (duplicate > 0) throw refusal('codeAlreadyAttached', 'code', { code });
    const created = await tx.applicationDocument.create({
      data: { applicationId: application.id, kind: 'AUTHORIZATION_LETTER', brandAuthorizationId: authorization!.id, issuerName: authorization!.holderName, validUntil: authorization!.validUntil, productLines: application.productLines, createdAt: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: applicationActorOf(actor),
      action: 'application.addDocument',
      objectType: 'application',
      objectId: application.id,
      after: { applicationDocumentId: created.id, kind: 'AUTHORIZATION_LETTER', brandAuthorizationId: authorization!.id, code },
      ...(meta ? { meta } : {}),
    });
    return { ok: true, applicationId: application.id, status: application.status };
  });
}

/** Takes a document off a draft (or an answer to a request) before it is submitted. */
export async function removeApplicationDocument(actor: ApplicationActor, input: { applicationId: string; applicationDocumentId: string }, meta?: RequestMeta): Promise<ApplicationChange> {
  if (!can(actor.role, 'application.file')) return { ok: false, key: 'applications.errors.forbidden' };
  return inTransaction(async (tx) => {
    const application = await editableApplication(tx, actor, input.applicationId);
    // A letter the brand was asked about stays: its answer is part of the record.
    const removed = await tx.applicationDocument.deleteMany({ where: { id: input.applicationDocumentId, applicationId: application.id, brandConfirmation: 'NOT_REQUESTED' } });
    if (removed.count === 0) throw refusal('notFound');
    await recordAudit(tx, {
      actor: applicationActorOf(actor),
      action: 'application.removeDocument',
      objectType: 'application',
      objectId: application.id,
      after: { applicationDocumentId: input.applicationDocumentId },
      ...(meta ? { meta } : {}),
    });
    return { ok: true, applicationId: application.id, status: application.status };
  });
}

// ───────────────────────────── Submitting, withdrawing ─────────────────────────────

/**
 * Submits a draft, or resubmits after a request for more (with the seller's note). Needs an
 * invoice, a letter or code, and invoices covering the stock the store lists for the brand.
 * Tells the reviewers.
 */
export async function submitApplication(actor: ApplicationActor, input: { applicationId: string; note?: string | null }, meta?: RequestMeta, now = new Date()): Promise<ApplicationChange> {
  if (!can(actor.role, 'application.file')) return { ok: false, key: 'applications.errors.forbidden' };
  return inTransaction(async (tx) => {
    const application = await editableApplication(tx, actor, input.applicationId);
    const move = applicationTransition(application.status, 'submit', 'SELLER');
    if (!move.ok) throw refusal('notEditable');
    const documents = await tx.applicationDocument.findMany({ where: { applicationId: application.id }, select: { kind: true, quantity: true, brandAuthorizationId: true } });
    const invoices = documents.filter((d) => d.kind === 'INVOICE').map((d) => ({ quantity: d.quantity ?? 0 }));
    const letters = documents.filter((d) => d.kind === 'AUTHORIZATION_LETTER');
    const listedQuantity = await listedQuantityOf(tx, application.storeId, application.brandId);
    const [problem] = submissionProblems({
      invoices,
      letterCount: letters.filter((l) => !l.brandAuthorizationId).length,
      codeCount: letters.filter((l) => l.brandAuthorizationId).length,
      listedQuantity,
    });
    if (problem) throw refusal(problem.key, problem.field, problem.key === 'quantityShort' ? { invoiced: problem.invoiced, listed: problem.listed } : undefined);
    const resubmission = application.status === 'INFO_REQUESTED';
    await tx.authorizationApplication.update({
      where: { id: application.id },
      data: { status: 'SUBMITTED', submittedAt: now, version: { increment: 1 } },
    });
    const facts = await tx.authorizationApplication.findUniqueOrThrow({ where: { id: application.id }, select: { store: { select: { name: true } }, brand: { select: { name: true } } } });
    await recordAudit(tx, {
      actor: applicationActorOf(actor),
      action: resubmission ? 'application.resubmit' : 'application.submit',
      objectType: 'application',
      objectId: application.id,
      before: { status: application.status },
      after: { status: 'SUBMITTED', listedQuantity, invoicedQuantity: invoices.reduce((s, i) => s + i.quantity, 0), note: input.note?.trim() || null },
      ...(meta ? { meta } : {}),
    });
    await notify(tx, {
      type: 'applicationSubmitted',
      params: { storeName: facts.store.name, brandName: facts.brand.name },
      link: `/review/applications/${application.id}`,
      recipients: { userIds: await activeReviewerIds(tx) },
    });
    return { ok: true, applicationId: application.id, status: 'SUBMITTED' };
  });
}

export async function withdrawApplication(actor: ApplicationActor, input: { applicationId: string }, meta?: RequestMeta, now = new Date()): Promise<ApplicationChange> {
  if (!can(actor.role, 'application.file')) return { ok: false, key: 'applications.errors.forbidden' };
  return inTransaction(async (tx) => {
    const application = await tx.authorizationApplication.findFirst({
      where: { id: input.applicationId, store: storesOwnedBy(actor.organisationId) },
      select: { id: true, status: true, version: true },
    });
    if (!application) throw refusal('notFound');
    const move = applicationTransition(application.status, 'withdraw', 'SELLER');
    if (!move.ok) throw refusal('notWithdrawable');
    const { count } = await tx.authorizationApplication.updateMany({
      where: { id: application.id, version: application.version, status: application.status },
      data: { status: 'WITHDRAWN', decidedAt: now, version: { increment: 1 } },
    });
    if (count === 0) throw refusal('changed');
    await recordAudit(tx, {
      actor: applicationActorOf(actor),
      action: 'application.withdraw',
      objectType: 'application',
      objectId: application.id,
      before: { status: application.status },
      after: { status: 'WITHDRAWN' },
      ...(meta ? { meta } : {}),
    });
    return { ok: true, applicationId: application.id, status: 'WITHDRAWN' };
  });
}

