// Applications for the right to sell as reviewers work them (journey 3): the queue, one
// application with its documents and the checklist the system pre-fills, and the decisions.
// Every change is version-guarded (`where: { id, version }`): of two reviewers acting on
// one application at once, one wins and the other is told it changed.
import 'server-only';
import { recordAudit } from '../audit';
import { can } from '../authz/policy';
import { db, type Tx } from '../db';
import type { Db } from '../db/shared-client';
import type { ApplicationStatus, Prisma } from '../generated/prisma/client';
import { notify } from '../notifications';
import type { RequestMeta } from '../request-meta';
import { OPEN_APPLICATION_STATUSES, applicationTransition, grantPeriod, type ApplicationEvent } from '../domain/application';
import { buildChecklist, unconfirmedChecks, type Check, type CheckKey, type ChecklistFacts, type StoredChecklist } from '../domain/application-checklist';
import { agencyMayAct } from '../domain/standing';
import {
  applicationActorOf,
  applicationDocumentSelect,
  authorizationChain,
  documentRow,
  inTransaction,
  listedQuantityOf,
  refusal,
  type ApplicationActor,
  type ApplicationChange,
  type ApplicationDocumentRow,
} from './applications';
import { clearListingFlagsOfBrand } from './listing-flags';
import { readPolicy } from './policy';

const DAY_MS = 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// ───────────────────────────── The queue ─────────────────────────────

export interface ReviewApplicationRow {
  id: string;
  status: ApplicationStatus;
  submittedAt: Date | null;
  productLines: string[];
  store: { id: string; name: string };
  brand: { id: string; name: string };
  reviewer: { id: string; name: string } | null;
  renewsGrantId: string | null;
}

export interface ReviewQueue {
  rows: ReviewApplicationRow[];
  /** How many applications are in each status a reviewer sees (drafts are the seller's). */
  counts: Partial<Record<ApplicationStatus, number>>;
}

/** Oldest submission first: applications are worked in the order they came. */
export async function listApplicationsForReview(status: ApplicationStatus | null): Promise<ReviewQueue> {
  const prisma = await db();
  const where: Prisma.AuthorizationApplicationWhereInput = status ? { status } : { status: { in: [...OPEN_APPLICATION_STATUSES] } };
  const [rows, grouped] = await Promise.all([
    prisma.authorizationApplication.findMany({
      where,
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      take: 200,
      select: {
        id: true,
        status: true,
        submittedAt: true,
        productLines: true,
        renewsGrantId: true,
        store: { select: { id: true, name: true } },
        brand: { select: { id: true, name: true } },
        reviewer: { select: { id: true, name: true } },
      },
    }),
    prisma.authorizationApplication.groupBy({ by: ['status'], where: { status: { not: 'DRAFT' } }, _count: { _all: true } }),
  ]);
  return { rows: status === 'DRAFT' ? [] : rows, counts: Object.fromEntries(grouped.map((g) => [g.status, g._count._all])) };
}

// ───────────────────────────── One application ─────────────────────────────

/** Everything the checklist compares, read in one place for the page and for the decision. */
async function checklistFacts(client: Tx | Db, applicationId: string): Promise<ChecklistFacts> {
  const application = await client.authorizationApplication.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      store: { select: { id: true, name: true } },
      brand: { select: { id: true, name: true, ownerOrganisation: { select: { name: true } }, distributors: { select: { name: true, active: true } } } },
      documents: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, kind: true, issuerName: true, issuedAt: true, validUntil: true, quantity: true, brandConfirmation: true, brandAuthorizationId: true } },
    },
  });
  const codes: ChecklistFacts['codes'] = [];
  for (const d of application.documents) {
    if (!d.brandAuthorizationId) continue;
    const chain = await authorizationChain(client, { id: d.brandAuthorizationId });
    if (chain) codes.push({ id: d.id, code: chain.code, authorization: chain });
  }
  return {
    brand: { id: application.brand.id, name: application.brand.name, ownerName: application.brand.ownerOrganisation.name },
    distributors: application.brand.distributors,
    store: application.store,
    invoices: application.documents
      .filter((d) => d.kind === 'INVOICE')
      .map((d) => ({ id: d.id, issuerName: d.issuerName ?? '', issuedAt: d.issuedAt ?? new Date(0), quantity: d.quantity ?? 0 })),
    letters: application.documents
      .filter((d) => d.kind === 'AUTHORIZATION_LETTER' && !d.brandAuthorizationId)
      .map((d) => ({ id: d.id, issuerName: d.issuerName ?? '', validUntil: d.validUntil ?? new Date(0), brandConfirmation: d.brandConfirmation })),
    codes,
    listedQuantity: await listedQuantityOf(client, application.store.id, application.brand.id),
  };
}

export interface ReviewApplication {
  id: string;
  status: ApplicationStatus;
  version: number;
  productLines: string[];
  infoRequest: string | null;
  decisionReason: string | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  renewsGrantId: string | null;
  store: { id: string; name: string; verificationStatus: string };
  brand: { id: string; name: string };
  reviewer: { id: string; name: string } | null;
  grant: { id: string; expiresAt: Date; status: string } | null;
  documents: ApplicationDocumentRow[];
  /** Live while the application is open; as stored with the decision once decided. */
  checklist: StoredChecklist;
  /** The seller's notes when answering requests for more, newest first. */
  sellerNotes: { at: Date; note: string }[];
}

export async function getApplicationForReview(applicationId: string, now = new Date()): Promise<ReviewApplication | null> {
  if (!UUID.test(applicationId)) return null;
  const prisma = await db();
  const application = await prisma.authorizationApplication.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      status: true,
      version: true,
      productLines: true,
      infoRequest: true,
      decisionReason: true,
      submittedAt: true,
      decidedAt: true,
      renewsGrantId: true,
      checklist: true,
      store: { select: { id: true, name: true, verificationStatus: true } },
      brand: { select: { id: true, name: true } },
      reviewer: { select: { id: true, name: true } },
      grant: { select: { id: true, expiresAt: true, status: true } },
      documents: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: applicationDocumentSelect },
    },
  });
  if (!application || application.status === 'DRAFT') return null;
  const { checklist: stored, ...rest } = application;
  const policy = await readPolicy(prisma);
  const checklist: StoredChecklist =
    stored && typeof stored === 'object'
      ? (stored as unknown as StoredChecklist)
      : { checks: buildChecklist(await checklistFacts(prisma, application.id), now, policy), confirmed: [], note: null, decidedAt: '' };
  const resubmissions = await prisma.auditEvent.findMany({
    where: { objectType: 'application', objectId: application.id, action: 'application.resubmit' },
    orderBy: { id: 'desc' },
    select: { createdAt: true, after: true },
  });
  const sellerNotes = resubmissions.flatMap((e) => {
    const note = (e.after as { note?: unknown } | null)?.note;
    return typeof note === 'string' && note ? [{ at: e.createdAt, note }] : [];
  });
  return { ...rest, documents: application.documents.map(documentRow), checklist, sellerNotes };
}

// ───────────────────────────── Decisions ─────────────────────────────

interface Locked {
  id: string;
  status: ApplicationStatus;
  version: number;
  storeId: string;
  brandId: string;
  productLines: string[];
  renewsGrantId: string | null;
  store: { name: string; sellerOrganisationId: string | null };
  brand: { name: string };
}

async function guardedMove(
  tx: Tx,
  actor: ApplicationActor,
  input: { applicationId: string; version: number },
  event: ApplicationEvent,
  data: Prisma.AuthorizationApplicationUncheckedUpdateManyInput,
): Promise<Locked> {
  const application = await tx.authorizationApplication.findUnique({
    where: { id: input.applicationId },
    select: {
      id: true,
      status: true,
      version: true,
      storeId: true,
      brandId: true,
      productLines: true,
      renewsGrantId: true,
      store: { select: { name: true, sellerOrganisationId: true } },
      brand: { select: { name: true } },
    },
  });
  if (!application || application.status === 'DRAFT') throw refusal('notFound');
  if (application.version !== input.version) throw refusal('changed');
  const move = applicationTransition(application.status, event, 'REVIEWER');
  if (!move.ok) throw refusal('notAllowed', undefined, { status: application.status });
  const { count } = await tx.authorizationApplication.updateMany({
    where: { id: application.id, version: application.version, status: application.status },
    data: { ...data, status: move.to, version: { increment: 1 } },
  });
  if (count === 0) throw refusal('changed');
  return application;
}

function reviewerOnly(actor: ApplicationActor): ApplicationChange | null {
  return can(actor.role, 'application.review') ? null : { ok: false, key: 'applications.errors.forbidden' };
}

export async function takeApplication(actor: ApplicationActor, input: { applicationId: string; version: number }, meta?: RequestMeta): Promise<ApplicationChange> {
  const forbidden = reviewerOnly(actor);
  if (forbidden) return forbidden;
  return inTransaction(async (tx) => {
    const application = await guardedMove(tx, actor, input, 'take', { reviewerId: actor.id });
    await recordAudit(tx, {
      actor: applicationActorOf(actor),
      action: 'application.take',
      objectType: 'application',
      objectId: application.id,
      before: { status: application.status },
      after: { status: 'IN_REVIEW', reviewerId: actor.id },
      ...(meta ? { meta } : {}),
    });
    return { ok: true, applicationId: application.id, status: 'IN_REVIEW' };
  });
}

export async function requestApplicationInfo(actor: ApplicationActor, input: { applicationId: string; version: number; request: string }, meta?: RequestMeta): Promise<ApplicationChange> {
  const forbidden = reviewerOnly(actor);
  if (forbidden) return forbidden;
  return inTransaction(async (tx) => {
    const application = await guardedMove(tx, actor, input, 'requestInfo', { infoRequest: input.request, reviewerId: actor.id });
    await recordAudit(tx, {
      actor: applicationActorOf(actor),
      action: 'application.requestInfo',
      objectType: 'application',
      objectId: application.id,
      before: { status: application.status },
      after: { status: 'INFO_REQUESTED', request: input.request },
      ...(meta ? { meta } : {}),
    });
    if (application.store.sellerOrganisationId) {
      await notify(tx, {
        type: 'applicationInfoRequested',
        params: { storeName: application.store.name, brandName: application.brand.name, request: input.request },
        link: `/seller/applications/${application.id}`,
        recipients: { organisationIds: [application.store.sellerOrganisationId] },
      });
    }
    return { ok: true, applicationId: application.id, status: 'INFO_REQUESTED' };
  });
}

/** The brand's owner organisation and the agencies acting for it now: who answers about a letter. */
export async function brandSideOrganisations(tx: Tx | Db, brandId: string, now: Date): Promise<string[]> {
  const brand = await tx.brand.findUniqueOrThrow({
    where: { id: brandId },
    select: { ownerOrganisationId: true, agencyAuthorizations: { where: { status: 'VERIFIED' }, select: { status: true, validUntil: true, agencyOrganisationId: true } } },
  });
  return [...new Set([brand.ownerOrganisationId, ...brand.agencyAuthorizations.filter((a) => agencyMayAct(a, now)).map((a) => a.agencyOrganisationId)])];
}

/**
 * Asks the brand to confirm one uploaded letter: the letter's confirmation is REQUESTED with
 * a due time (letterConfirmationDays), the application waits for the brand.
 */
export async function askBrandToConfirmLetter(
  actor: ApplicationActor,
  input: { applicationId: string; version: number; applicationDocumentId: string },
  meta?: RequestMeta,
  now = new Date(),
): Promise<ApplicationChange> {
  const forbidden = reviewerOnly(actor);
  if (forbidden) return forbidden;
  return inTransaction(async (tx) => {
    const letter = await tx.applicationDocument.findFirst({
      where: { id: input.applicationDocumentId, applicationId: input.applicationId, kind: 'AUTHORIZATION_LETTER', brandAuthorizationId: null, documentId: { not: null } },
      select: { id: true, issuerName: true, brandConfirmation: true },
    });
    if (!letter) throw refusal('letterUnknown', 'applicationDocumentId');
    if (letter.brandConfirmation !== 'NOT_REQUESTED') throw refusal('letterAlreadyAsked', 'applicationDocumentId');
    const application = await guardedMove(tx, actor, input, 'askBrand', { reviewerId: actor.id });
    const policy = await readPolicy(tx);
    const dueAt = new Date(now.getTime() + policy.letterConfirmationDays * DAY_MS);
    await tx.applicationDocument.update({ where: { id: letter.id }, data: { brandConfirmation: 'REQUESTED', confirmationDueAt: dueAt } });
    await recordAudit(tx, {
      actor: applicationActorOf(actor),
      action: 'application.askBrand',
      objectType: 'application',
      objectId: application.id,
      before: { status: application.status },
      after: { status: 'AWAITING_BRAND', applicationDocumentId: letter.id, dueAt: dueAt.toISOString() },
      ...(meta ? { meta } : {}),
    });
    await notify(tx, {
      type: 'letterConfirmationRequested',
      params: { brandName: application.brand.name, storeName: application.store.name, issuerName: letter.issuerName ?? '', dueAt },
      link: `/brand/letters/${letter.id}`,
      recipients: { organisationIds: await brandSideOrganisations(tx, application.brandId, now) },
    });
    return { ok: true, applicationId: application.id, status: 'AWAITING_BRAND' };
  });
}

export interface DecisionData {
  applicationId: string;
  version: number;
  confirmed: CheckKey[];
  note: string | null;
}

/** The checklist as it stands at the decision, with the reviewer's ticks and note. */
async function checklistAtDecision(tx: Tx, applicationId: string, input: DecisionData, now: Date): Promise<{ checks: Check[]; stored: StoredChecklist }> {
  const policy = await readPolicy(tx);
  const checks = buildChecklist(await checklistFacts(tx, applicationId), now, policy);
  return { checks, stored: { checks, confirmed: input.confirmed, note: input.note, decidedAt: now.toISOString() } };
}

/**
 * Approves: every check passed or confirmed by the reviewer. Creates the grant (renewing:
 * from the old grant's expiry when later, and the old grant ends), clears the flags on the
 * store's listings of the brand, and tells the seller.
 */
export async function approveApplication(actor: ApplicationActor, input: DecisionData, meta?: RequestMeta, now = new Date()): Promise<ApplicationChange> {
  const forbidden = reviewerOnly(actor);
  if (forbidden) return forbidden;
  return inTransaction(async (tx) => {
    const { checks, stored } = await checklistAtDecision(tx, input.applicationId, input, now);
    const missing = unconfirmedChecks(checks, input.confirmed);
    if (missing.length) throw refusal('checksUnconfirmed', 'confirmed', { count: missing.length });
    const application = await guardedMove(tx, actor, input, 'approve', {
      reviewerId: actor.id,
      decidedAt: now,
      checklist: stored as unknown as Prisma.InputJsonValue,
      decisionReason: input.note,
    });
    const policy = await readPolicy(tx);
    const renewed = application.renewsGrantId
      ? await tx.sellingGrant.findFirst({ where: { id: application.renewsGrantId, storeId: application.storeId, brandId: application.brandId }, select: { id: true, expiresAt: true, status: true } })
      : null;
    const period = grantPeriod(now, policy, renewed?.status === 'ACTIVE' ? renewed : null);
    const grant = await tx.sellingGrant.create({
      data: { storeId: application.storeId, brandId: application.brandId, applicationId: application.id, productLines: application.productLines, ...period, createdAt: now },
      select: { id: true, expiresAt: true },
    });
    // The renewed grant is replaced: one active grant per store and brand.
    if (renewed && renewed.status === 'ACTIVE') await tx.sellingGrant.update({ where: { id: renewed.id }, data: { status: 'EXPIRED' } });
    await clearListingFlagsOfBrand(tx, { storeId: application.storeId, brandId: application.brandId, actor: applicationActorOf(actor) });
    await recordAudit(tx, {
      actor: applicationActorOf(actor),
      action: 'application.approve',
      objectType: 'application',
      objectId: application.id,
      before: { status: application.status },
      after: { status: 'APPROVED', grantId: grant.id, expiresAt: grant.expiresAt.toISOString(), confirmed: input.confirmed, replacedGrantId: renewed?.id ?? null },
      ...(meta ? { meta } : {}),
    });
    if (application.store.sellerOrganisationId) {
      await notify(tx, {
        type: 'applicationApproved',
        params: { storeName: application.store.name, brandName: application.brand.name, expiresAt: grant.expiresAt },
        link: `/seller/applications/${application.id}`,
        recipients: { organisationIds: [application.store.sellerOrganisationId] },
      });
    }
    return { ok: true, applicationId: application.id, status: 'APPROVED' };
  });
}

export async function rejectApplication(actor: ApplicationActor, input: DecisionData & { reason: string }, meta?: RequestMeta, now = new Date()): Promise<ApplicationChange> {
  const forbidden = reviewerOnly(actor);
  if (forbidden) return forbidden;
  return inTransaction(async (tx) => {
    const { stored } = await checklistAtDecision(tx, input.applicationId, input, now);
    const application = await guardedMove(tx, actor, input, 'reject', {
      reviewerId: actor.id,
      decidedAt: now,
      checklist: stored as unknown as Prisma.InputJsonValue,
      decisionReason: input.reason,
    });
    await recordAudit(tx, {
      actor: applicationActorOf(actor),
      action: 'application.reject',
      objectType: 'application',
      objectId: application.id,
      before: { status: application.status },
      after: { status: 'REJECTED', reason: input.reason },
      ...(meta ? { meta } : {}),
    });
    if (application.store.sellerOrganisationId) {
      await notify(tx, {
        type: 'applicationRejected',
        params: { storeName: application.store.name, brandName: application.brand.name, reason: input.reason },
        link: `/seller/applications/${application.id}`,
        recipients: { organisationIds: [application.store.sellerOrganisationId] },
      });
    }
    return { ok: true, applicationId: application.id, status: 'REJECTED' };
  });
}
