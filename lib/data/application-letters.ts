// Letters of authorization the brand is asked to confirm (journey 3). The brand side (its
// owner organisation, and agencies acting for it) sees the letter and the facts of the
// application it supports — the store, the issuer, the validity — and never the seller's
// other documents. A denied letter is a forged document: the application is refused, the
// store gets a strike and a closure proposal opens, all in one transaction.
import 'server-only';
import { recordAudit } from '../audit';
import { can } from '../authz/policy';
import { db, type Tx } from '../db';
import type { Db } from '../db/shared-client';
import type { ApplicationStatus, BrandConfirmation, Prisma } from '../generated/prisma/client';
import { notify } from '../notifications';
import type { RequestMeta } from '../request-meta';
import { applicationTransition } from '../domain/application';
import { inEveryLanguage } from '../domain/statement-of-reasons';
import { applicationActorOf, inTransaction, refusal, type ApplicationActor, type ApplicationChange } from './applications';
import { brandsActableBy } from './brands';
import { issueStrike, openClosureProposal } from './enforcement';
import { readPolicy } from './policy';
import { activeReviewerIds } from './reviewers';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Letters the brand side was asked about, for brands the organisation may act for. */
function lettersAskedOf(organisationId: string, now: Date): Prisma.ApplicationDocumentWhereInput {
  return {
    kind: 'AUTHORIZATION_LETTER',
    brandConfirmation: { not: 'NOT_REQUESTED' },
    application: { brand: brandsActableBy(organisationId, now) },
  };
}

export interface LetterRequestRow {
  id: string;
  brandConfirmation: BrandConfirmation;
  confirmationDueAt: Date | null;
  issuerName: string | null;
  validUntil: Date | null;
  storeName: string;
  brandName: string;
}

export async function listLetterRequestsForBrand(organisationId: string, now = new Date()): Promise<LetterRequestRow[]> {
  const prisma = await db();
  const letters = await prisma.applicationDocument.findMany({
    where: lettersAskedOf(organisationId, now),
    orderBy: [{ confirmationDueAt: 'asc' }, { id: 'asc' }],
    take: 200,
    select: {
      id: true,
      brandConfirmation: true,
      confirmationDueAt: true,
      issuerName: true,
      validUntil: true,
      application: { select: { store: { select: { name: true } }, brand: { select: { name: true } } } },
    },
  });
  return letters.map(({ application, ...l }) => ({ ...l, storeName: application.store.name, brandName: application.brand.name }));
}

export interface LetterRequest extends LetterRequestRow {
  documentId: string | null;
  confirmationNote: string | null;
  productLines: string[];
  applicationStatus: ApplicationStatus;
  /** The brand may still answer: asked, not yet answered, and the application waits for it. */
  answerable: boolean;
}

export async function getLetterRequestForBrand(organisationId: string, letterId: string, now = new Date()): Promise<LetterRequest | null> {
  if (!UUID.test(letterId)) return null;
  const prisma = await db();
  const letter = await prisma.applicationDocument.findFirst({
    where: { id: letterId, ...lettersAskedOf(organisationId, now) },
    select: {
      id: true,
      documentId: true,
      brandConfirmation: true,
      confirmationDueAt: true,
      confirmationNote: true,
      issuerName: true,
      validUntil: true,
      productLines: true,
      application: { select: { status: true, store: { select: { name: true } }, brand: { select: { name: true } } } },
    },
  });
  if (!letter) return null;
  const { application, ...rest } = letter;
  return {
    ...rest,
    storeName: application.store.name,
    brandName: application.brand.name,
    applicationStatus: application.status,
    answerable: letter.brandConfirmation === 'REQUESTED' && application.status === 'AWAITING_BRAND',
  };
}

export interface AnswerLetterData {
  letterId: string;
  answer: 'confirm' | 'deny';
  note: string;
}

/**
 * The brand's answer. Confirmed: the application goes back to its reviewer. Denied: the
 * application is refused as resting on a forged letter, the store gets a strike, and a
 * closure proposal opens (or the open one stands).
 */
export async function answerLetter(actor: ApplicationActor, input: AnswerLetterData, meta?: RequestMeta, now = new Date()): Promise<ApplicationChange> {
  if (!can(actor.role, 'authorizationLetter.confirm')) return { ok: false, key: 'applications.errors.forbidden' };
  return inTransaction(async (tx) => {
    const visible = await tx.applicationDocument.findFirst({ where: { id: input.letterId, ...lettersAskedOf(actor.organisationId, now) }, select: { applicationId: true } });
    if (!visible) throw refusal('notFound');
    await tx.$queryRaw`SELECT "id" FROM "AuthorizationApplication" WHERE "id" = ${visible.applicationId} FOR UPDATE`;
    const letter = await tx.applicationDocument.findUniqueOrThrow({
      where: { id: input.letterId },
      select: {
        id: true,
        brandConfirmation: true,
        issuerName: true,
        application: {
          select: { id: true, status: true, version: true, storeId: true, brandId: true, store: { select: { name: true, sellerOrganisationId: true } }, brand: { select: { name: true } } },
        },
      },
    });
    const application = letter.application;
    if (letter.brandConfirmation !== 'REQUESTED') throw refusal('letterAnswered');
    const move = applicationTransition(application.status, input.answer === 'confirm' ? 'brandConfirmed' : 'brandDenied', 'BRAND_AGENT');
    if (!move.ok) throw refusal('letterAnswered');
    const reviewers = await activeReviewerIds(tx);
    const actorRef = applicationActorOf(actor);
    const storeName = application.store.name;
    const brandName = application.brand.name;

    if (input.answer === 'confirm') {
      await tx.applicationDocument.update({ where: { id: letter.id }, data: { brandConfirmation: 'CONFIRMED', confirmationNote: input.note } });
      await moveApplication(tx, application, 'IN_REVIEW', {});
      await recordAudit(tx, {
        actor: actorRef,
        action: 'application.letterConfirmed',
        objectType: 'application',
        objectId: application.id,
        before: { status: application.status },
        after: { status: 'IN_REVIEW', applicationDocumentId: letter.id, note: input.note },
        ...(meta ? { meta } : {}),
      });
      await notify(tx, {
        type: 'letterAnswered',
        params: { brandName, storeName, outcome: 'confirmed' },
        link: `/review/applications/${application.id}`,
        recipients: { userIds: reviewers },
      });
      return { ok: true, applicationId: application.id, status: 'IN_REVIEW' };
    }

    const policy = await readPolicy(tx);
    const reason = inEveryLanguage((t) => t('applications.system.forgedLetterReason', { storeName, brandName }));
    await tx.applicationDocument.update({ where: { id: letter.id }, data: { brandConfirmation: 'DENIED', confirmationNote: input.note } });
    await moveApplication(tx, application, 'REJECTED', { decidedAt: now, decisionReason: reason.en });
    await recordAudit(tx, {
      actor: actorRef,
      action: 'application.letterDenied',
      objectType: 'application',
      objectId: application.id,
      before: { status: application.status },
      after: { status: 'REJECTED', applicationDocumentId: letter.id, note: input.note },
      ...(meta ? { meta } : {}),
    });
    await issueStrike(tx, {
      storeId: application.storeId,
      source: 'FORGED_DOCUMENT',
      applicationId: application.id,
      reason,
      actor: actorRef,
      now,
      policy,
      notifySeller: true,
      ...(meta ? { meta } : {}),
    });
    await openClosureProposal(tx, {
      storeId: application.storeId,
      trigger: 'FORGED_DOCUMENT',
      rationale: inEveryLanguage((t) => t('enforcement.system.forgedRationale', { storeName, brandName })),
      now,
    });
    if (application.store.sellerOrganisationId) {
      await notify(tx, {
        type: 'applicationRejected',
        params: { storeName, brandName, reason: reason.en },
        link: `/seller/applications/${application.id}`,
        recipients: { organisationIds: [application.store.sellerOrganisationId] },
      });
    }
    await notify(tx, {
      type: 'letterAnswered',
      params: { brandName, storeName, outcome: 'denied' },
      link: `/review/applications/${application.id}`,
      recipients: { userIds: reviewers },
    });
    return { ok: true, applicationId: application.id, status: 'REJECTED' };
  });
}

async function moveApplication(
  tx: Tx,
  application: { id: string; status: ApplicationStatus; version: number },
  to: ApplicationStatus,
  data: Prisma.AuthorizationApplicationUncheckedUpdateManyInput,
): Promise<void> {
  const { count } = await tx.authorizationApplication.updateMany({
    where: { id: application.id, version: application.version, status: application.status },
    data: { ...data, status: to, version: { increment: 1 } },
  });
  if (count === 0) throw refusal('changed');
}

/**
 * The job's half: letters the brand did not answer by their due time go back to the
 * reviewer (the application IN_REVIEW, the letter marked unanswered). Each letter is claimed
 * by moving it off REQUESTED in the same transaction as its notice, so running twice
 * changes nothing more.
 */
export async function returnUnansweredLetters(client: Db, now: Date): Promise<number> {
  const due = await client.applicationDocument.findMany({
    where: { brandConfirmation: 'REQUESTED', confirmationDueAt: { lte: now } },
    orderBy: [{ confirmationDueAt: 'asc' }, { id: 'asc' }],
    take: 500,
    select: { id: true, applicationId: true },
  });
  let returned = 0;
  for (const letter of due) {
    const done = await client.$transaction(async (tx) => {
      const { count } = await tx.applicationDocument.updateMany({
        where: { id: letter.id, brandConfirmation: 'REQUESTED', confirmationDueAt: { lte: now } },
        // Back to NOT_REQUESTED: the reviewer may ask again or decide without the brand.
        data: { brandConfirmation: 'NOT_REQUESTED', confirmationDueAt: null, confirmationNote: 'brand did not answer' },
      });
      if (count === 0) return false;
      const application = await tx.authorizationApplication.findUniqueOrThrow({
        where: { id: letter.applicationId },
        select: { id: true, status: true, store: { select: { name: true } }, brand: { select: { name: true } } },
      });
      if (applicationTransition(application.status, 'brandLapsed', 'SYSTEM').ok) {
        await tx.authorizationApplication.update({ where: { id: application.id }, data: { status: 'IN_REVIEW', version: { increment: 1 } } });
      }
      await recordAudit(tx, {
        actor: null,
        action: 'application.letterLapsed',
        objectType: 'application',
        objectId: application.id,
        before: { status: application.status },
        after: { status: 'IN_REVIEW', applicationDocumentId: letter.id, note: 'brand did not answer' },
      });
      await notify(tx, {
        type: 'letterAnswered',
        params: { brandName: application.brand.name, storeName: application.store.name, outcome: 'other' },
        link: `/review/applications/${application.id}`,
        recipients: { userIds: await activeReviewerIds(tx) },
      });
      return true;
    });
    if (done) returned += 1;
  }
  return returned;
}
