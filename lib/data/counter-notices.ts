// Counter-notices: the seller's filing, the brand's response, the reviewer's decision and
// the lapse of the brand's window (the counter-notice-deadlines job). Each change is one
// transaction: the state machine and the windows (lib/domain/counter-notice.ts) are asked
// first, the update matches `{ id, version }`, and the audit event and the notifications are
// written in the same transaction or not at all. Reads are scoped: a seller sees only its
// own stores' counter-notices, a brand only those on claims its organisation sees.
import 'server-only';
import type { SessionUser } from '../auth/session';
import { can } from '../authz/policy';
import { recordAudit, type Actor } from '../audit';
import { db, type Tx } from '../db';
import type { Db } from '../db/shared-client';
import type { Prisma } from '../generated/prisma/client';
import type { ClaimItemStatus, CounterNoticeGround, CounterNoticeStatus, DocumentKind, Role } from '../generated/prisma/enums';
import { notify } from '../notifications';
import type { RequestMeta } from '../request-meta';
import { claimItemTransition } from '../domain/claim-item';
import {
  OPEN_COUNTER_NOTICE_STATUSES,
  brandMayRespond,
  brandWindowLapseDue,
  counterNoticeFilingRefusal,
  counterNoticeReadiness,
  counterNoticeTransition,
  filingProblems,
  readinessRank,
  readyForDecision,
  type CounterNoticeReadiness,
  type FilingRefusal,
} from '../domain/counter-notice';
import { brandResponseDeadline, counterNoticeDeadline } from '../domain/deadlines';
import { claimsVisibleTo } from './claims';
import { noticesFor } from './notices';
import { readPolicy } from './policy';
import { activeReviewerIds } from './reviewers';
import { reverseRemovalEffects } from './removal-reversal';
import { storesOwnedBy } from './stores';

export type CounterNoticeActor = Pick<SessionUser, 'id' | 'role' | 'organisationId' | 'name'>;

const actorOf = (user: CounterNoticeActor): Actor => ({ id: user.id, role: user.role, organisationId: user.organisationId });

export type CounterNoticeRefusal =
  | { violation: 'forbidden' }
  | { violation: 'notFound' }
  | { violation: FilingRefusal }
  | { violation: 'evidenceInvalid' }
  | { violation: 'evidenceRequired' }
  | { violation: 'brandWindowClosed' }
  | { violation: 'notReady' }
  | { violation: 'alreadyDecided'; status: CounterNoticeStatus; by: string | null }
  | { violation: 'notAllowed'; status: CounterNoticeStatus }
  | { violation: 'itemNotRemoved'; status: ClaimItemStatus }
  | { violation: 'changed' };

export type CounterNoticeChange =
  | { ok: true; counterNoticeId: string; status: CounterNoticeStatus; listingRestored?: boolean }
  | ({ ok: false } & CounterNoticeRefusal);

class Refused extends Error {
  constructor(readonly refusal: CounterNoticeRefusal) {
    super(refusal.violation);
  }
}

async function inTransaction(run: (tx: Tx) => Promise<CounterNoticeChange>): Promise<CounterNoticeChange> {
  const prisma = await db();
  try {
    return await prisma.$transaction(run);
  } catch (error) {
    if (error instanceof Refused) return { ok: false, ...error.refusal };
    throw error;
  }
}

/** The brand side of a claim: the organisation that filed it and, when an agency did, the brand's owner. */
function brandOrganisations(claim: { filerOrganisationId: string; brand: { ownerOrganisationId: string } }): string[] {
  return [...new Set([claim.filerOrganisationId, claim.brand.ownerOrganisationId])];
}

/** Until when a removal may be contested: the statement's date, or (a statement without one) the policy's window from the decision. */
async function contestUntilOf(tx: Tx | Db, item: { decidedAt: Date | null; statements: { contestUntil: Date | null }[] }): Promise<Date | null> {
  const stated = item.statements[0]?.contestUntil;
  if (stated) return stated;
  if (!item.decidedAt) return null;
  return counterNoticeDeadline(item.decidedAt, await readPolicy(tx));
}

// ───────────────────────────── The seller's notice page ─────────────────────────────

export interface NoticeEvidence {
  id: string;
  kind: DocumentKind;
  description: string | null;
  documentId: string;
}

export interface SellerCounterNotice {
  id: string;
  status: CounterNoticeStatus;
  ground: CounterNoticeGround;
  statement: string;
  signatureName: string;
  signedAt: Date;
  brandResponseDueAt: Date | null;
  brandResponse: string | null;
  brandRespondedAt: Date | null;
  brandWindowClosedAt: Date | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  createdAt: Date;
  evidence: { documentId: string }[];
}

export interface SellerNotice {
  id: string;
  status: ClaimItemStatus;
  infringementType: Prisma.ClaimItemGetPayload<{ select: { infringementType: true } }>['infringementType'];
  removalReason: Prisma.ClaimItemGetPayload<{ select: { removalReason: true } }>['removalReason'];
  rejectionReason: Prisma.ClaimItemGetPayload<{ select: { rejectionReason: true } }>['rejectionReason'];
  decidedAt: Date | null;
  expedited: boolean;
  listing: { id: string; externalId: string; title: string; status: string; removedAt: Date | null; restoredAt: Date | null; store: { id: string; name: string } };
  claim: { reference: string; submittedAt: Date | null; brand: { name: string }; filerOrganisation: { name: string } };
  statement: { id: string; contestUntil: Date | null } | null;
  contestUntil: Date | null;
  evidence: NoticeEvidence[];
  counterNotices: SellerCounterNotice[];
  /** Why no counter-notice may be filed now, or null when one may. */
  filingRefusal: FilingRefusal | null;
  /** The brand's window after a filing, for the form's explanation. */
  brandResponseBusinessDays: number;
}

/**
 * One notice as its seller sees it: a decided claim item against one of the organisation's
 * stores (lib/domain/notices.ts), the claim's evidence that concerns it (the caller renders
 * each document through getDocumentForViewer, which redacts the brand's confidential ones),
 * and the store's own counter-notices. Anything else — another store's item, an undecided
 * one — is null.
 */
export async function getNoticeForSeller(organisationId: string, itemId: string, now = new Date()): Promise<SellerNotice | null> {
  const prisma = await db();
  const item = await prisma.claimItem.findFirst({
    where: { id: itemId, ...noticesFor(organisationId) },
    select: {
      id: true,
      status: true,
      infringementType: true,
      removalReason: true,
      rejectionReason: true,
      decidedAt: true,
      expedited: true,
      claimId: true,
      listing: {
        select: {
          id: true,
          externalId: true,
          title: true,
          status: true,
          removedAt: true,
          restoredAt: true,
          store: { select: { id: true, name: true } },
        },
      },
      claim: {
        select: {
          reference: true,
          submittedAt: true,
          brand: { select: { name: true } },
          filerOrganisation: { select: { name: true } },
        },
      },
      statements: {
        where: { store: storesOwnedBy(organisationId) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 1,
        select: { id: true, contestUntil: true },
      },
      counterNotices: {
        where: { store: storesOwnedBy(organisationId) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        select: {
          id: true,
          status: true,
          ground: true,
          statement: true,
          signatureName: true,
          signedAt: true,
          brandResponseDueAt: true,
          brandResponse: true,
          brandRespondedAt: true,
          brandWindowClosedAt: true,
          decisionReason: true,
          decidedAt: true,
          createdAt: true,
          evidence: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { documentId: true } },
        },
      },
    },
  });
  if (!item) return null;
  const evidence = await prisma.claimEvidence.findMany({
    where: { claimId: item.claimId, OR: [{ claimItemId: null }, { claimItemId: item.id }] },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, kind: true, description: true, documentId: true },
  });
  const policy = await readPolicy(prisma);
  const contestUntil = item.statements[0]?.contestUntil ?? (item.decidedAt ? counterNoticeDeadline(item.decidedAt, policy) : null);
  const { statements, claimId: _claimId, ...rest } = item;
  return {
    ...rest,
    brandResponseBusinessDays: policy.brandResponseBusinessDays,
    statement: statements[0] ?? null,
    contestUntil,
    evidence,
    filingRefusal: counterNoticeFilingRefusal(
      {
        itemStatus: item.status,
        contestUntil,
        hasOpenCounterNotice: item.counterNotices.some((c) => (OPEN_COUNTER_NOTICE_STATUSES as readonly string[]).includes(c.status)),
        hasUpheldCounterNotice: item.counterNotices.some((c) => c.status === 'UPHELD'),
      },
      now,
    ),
  };
}

// ───────────────────────────── Filing ─────────────────────────────

export interface FileCounterNoticeData {
  itemId: string;
  ground: CounterNoticeGround;
  statement: string;
  /** Document ids by the kind each must have been uploaded as. */
  evidence: { documentId: string; kind: DocumentKind }[];
  perjuryDeclared: boolean;
  jurisdictionConsent: boolean;
  signatureName: string;
}

/**
 * The seller contests a removal. The claim item's row is locked first, so of two filings at
 * the same moment (a double click, two tabs) the second waits, then finds the first open and
 * is refused: one open counter-notice per item. Opens the brand's window
 * (brandResponseDeadline) and tells the brand side.
 */
export async function fileCounterNotice(actor: CounterNoticeActor, input: FileCounterNoticeData, meta?: RequestMeta, now = new Date()): Promise<CounterNoticeChange> {
  if (!can(actor.role, 'counterNotice.file')) return { ok: false, violation: 'forbidden' };
  if (!input.perjuryDeclared || !input.jurisdictionConsent || !input.signatureName.trim() || !input.statement.trim()) {
    return { ok: false, violation: 'notAllowed', status: 'SUBMITTED' };
  }
  if (filingProblems({ ground: input.ground, evidenceCount: input.evidence.length }).length) return { ok: false, violation: 'evidenceRequired' };
  return inTransaction(async (tx) => {
    const visible = await tx.claimItem.findFirst({ where: { id: input.itemId, ...noticesFor(actor.organisationId) }, select: { id: true } });
    if (!visible) throw new Refused({ violation: 'notFound' });
    await tx.$queryRaw`SELECT "id" FROM "ClaimItem" WHERE "id" = ${input.itemId} FOR UPDATE`;
    const item = await tx.claimItem.findUniqueOrThrow({
      where: { id: input.itemId },
      select: {
        id: true,
        status: true,
        decidedAt: true,
        listing: { select: { id: true, title: true, storeId: true, store: { select: { name: true } } } },
        claim: { select: { reference: true, filerOrganisationId: true, brand: { select: { name: true, ownerOrganisationId: true } } } },
        statements: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1, select: { contestUntil: true } },
      },
    });
    const open = await tx.counterNotice.count({ where: { claimItemId: item.id, status: { in: [...OPEN_COUNTER_NOTICE_STATUSES] } } });
    const upheld = await tx.counterNotice.count({ where: { claimItemId: item.id, status: 'UPHELD' } });
    const contestUntil = await contestUntilOf(tx, item);
    const refusal = counterNoticeFilingRefusal({ itemStatus: item.status, contestUntil, hasOpenCounterNotice: open > 0, hasUpheldCounterNotice: upheld > 0 }, now);
    if (refusal) throw new Refused({ violation: refusal });

    // Evidence: the seller's own organisation's uploads, each of the kind its field asked for.
    const ids = [...new Set(input.evidence.map((e) => e.documentId))];
    if (ids.length) {
      const documents = await tx.document.findMany({
        where: { id: { in: ids }, organisationId: actor.organisationId },
        select: { id: true, kind: true },
      });
      const kinds = new Map(documents.map((d) => [d.id, d.kind]));
      if (documents.length !== ids.length || input.evidence.some((e) => kinds.get(e.documentId) !== e.kind)) {
        throw new Refused({ violation: 'evidenceInvalid' });
      }
    }

    const policy = await readPolicy(tx);
    const dueAt = brandResponseDeadline(now, policy);
    const created = await tx.counterNotice.create({
      data: {
        claimItemId: item.id,
        storeId: item.listing.storeId,
        filedById: actor.id,
        ground: input.ground,
        statement: input.statement.trim(),
        perjuryDeclared: true,
        jurisdictionConsent: true,
        signatureName: input.signatureName.trim(),
        signedAt: now,
        signedFromIp: meta?.ip ?? null,
        status: 'AWAITING_BRAND',
        brandResponseDueAt: dueAt,
        createdAt: now,
        evidence: { create: ids.map((documentId) => ({ documentId, createdAt: now })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: 'counterNotice.file',
      objectType: 'counterNotice',
      objectId: created.id,
      before: null,
      after: {
        status: 'AWAITING_BRAND',
        claimItemId: item.id,
        storeId: item.listing.storeId,
        ground: input.ground,
        documentIds: ids,
        signatureName: input.signatureName.trim(),
        signedAt: now.toISOString(),
        dueAt: dueAt.toISOString(),
      },
      ...(meta ? { meta } : {}),
    });
    await notify(tx, {
      type: 'counterNoticeFiled',
      params: { listingTitle: item.listing.title, claimReference: item.claim.reference, respondBy: dueAt },
      link: `/brand/counter-notices/${created.id}`,
      recipients: { organisationIds: brandOrganisations(item.claim) },
    });
    return { ok: true, counterNoticeId: created.id, status: 'AWAITING_BRAND' };
  });
}

// ───────────────────────────── The brand's side ─────────────────────────────

const counterNoticeSelect = {
  id: true,
  status: true,
  version: true,
  ground: true,
  statement: true,
  perjuryDeclared: true,
  jurisdictionConsent: true,
  signatureName: true,
  signedAt: true,
  signedFromIp: true,
  brandResponseDueAt: true,
  brandResponse: true,
  brandRespondedAt: true,
  brandWindowClosedAt: true,
  decisionReason: true,
  decidedAt: true,
  createdAt: true,
  decidedBy: { select: { id: true, name: true } },
  filedBy: { select: { id: true, name: true } },
  store: { select: { id: true, name: true } },
  evidence: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { documentId: true, document: { select: { kind: true } } } },
  claimItem: {
    select: {
      id: true,
      status: true,
      infringementType: true,
      removalReason: true,
      decidedAt: true,
      listing: { select: { id: true, externalId: true, title: true, status: true, url: true } },
      claim: { select: { id: true, reference: true, brand: { select: { name: true } }, filerOrganisation: { select: { name: true } } } },
    },
  },
} satisfies Prisma.CounterNoticeSelect;

export type CounterNoticeDetail = Prisma.CounterNoticeGetPayload<{ select: typeof counterNoticeSelect }> & {
  readiness: CounterNoticeReadiness;
  brandMayRespond: boolean;
};

function withWindow(row: Prisma.CounterNoticeGetPayload<{ select: typeof counterNoticeSelect }>, now: Date): CounterNoticeDetail {
  return { ...row, readiness: counterNoticeReadiness(row, now), brandMayRespond: brandMayRespond(row, now) };
}

/** A counter-notice on a claim the brand agent's organisation sees (filer or brand owner); null for anyone else's. */
export async function getCounterNoticeForBrand(viewer: { role: Role; organisationId: string }, id: string, now = new Date()): Promise<CounterNoticeDetail | null> {
  if (!can(viewer.role, 'counterNotice.respond')) return null;
  const prisma = await db();
  const row = await prisma.counterNotice.findFirst({
    where: { id, claimItem: { claim: claimsVisibleTo(viewer.organisationId) } },
    select: counterNoticeSelect,
  });
  return row ? withWindow(row, now) : null;
}

export interface BrandCounterNoticeRow {
  id: string;
  status: CounterNoticeStatus;
  readiness: CounterNoticeReadiness;
  brandResponseDueAt: Date | null;
  createdAt: Date;
  listingTitle: string;
  claimReference: string;
  brandName: string;
  storeName: string;
}

/** The counter-notices on the organisation's claims, the ones still awaiting its response first. */
export async function listCounterNoticesForBrand(organisationId: string, now = new Date()): Promise<BrandCounterNoticeRow[]> {
  const prisma = await db();
  const rows = await prisma.counterNotice.findMany({
    where: { claimItem: { claim: claimsVisibleTo(organisationId) } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 100,
    select: {
      id: true,
      status: true,
      brandResponseDueAt: true,
      brandWindowClosedAt: true,
      createdAt: true,
      store: { select: { name: true } },
      claimItem: { select: { listing: { select: { title: true } }, claim: { select: { reference: true, brand: { select: { name: true } } } } } },
    },
  });
  return rows
    .map((r) => ({
      id: r.id,
      status: r.status,
      readiness: counterNoticeReadiness(r, now),
      brandResponseDueAt: r.brandResponseDueAt,
      createdAt: r.createdAt,
      listingTitle: r.claimItem.listing.title,
      claimReference: r.claimItem.claim.reference,
      brandName: r.claimItem.claim.brand.name,
      storeName: r.store.name,
      open: brandMayRespond(r, now),
    }))
    .sort((a, b) => Number(b.open) - Number(a.open))
    .map(({ open: _open, ...row }) => row);
}

export interface RespondData {
  counterNoticeId: string;
  version: number;
  response: string;
}

/** The brand shows it is pursuing the matter, within its window: BRAND_RESPONDED, and the reviewers are told. */
export async function respondToCounterNotice(actor: CounterNoticeActor, input: RespondData, meta?: RequestMeta, now = new Date()): Promise<CounterNoticeChange> {
  if (!can(actor.role, 'counterNotice.respond')) return { ok: false, violation: 'forbidden' };
  const response = input.response.trim();
  if (!response) return { ok: false, violation: 'notAllowed', status: 'AWAITING_BRAND' };
  return inTransaction(async (tx) => {
    const row = await tx.counterNotice.findFirst({
      where: { id: input.counterNoticeId, claimItem: { claim: claimsVisibleTo(actor.organisationId) } },
      select: {
        id: true,
        status: true,
        version: true,
        brandResponseDueAt: true,
        brandWindowClosedAt: true,
        claimItem: { select: { listing: { select: { title: true } }, claim: { select: { reference: true, brand: { select: { name: true } } } } } },
      },
    });
    if (!row) throw new Refused({ violation: 'notFound' });
    const step = counterNoticeTransition(row.status, 'respond', actor.role);
    if (!step.ok) throw new Refused({ violation: 'notAllowed', status: row.status });
    if (!brandMayRespond(row, now)) throw new Refused({ violation: 'brandWindowClosed' });
    const { count } = await tx.counterNotice.updateMany({
      where: { id: row.id, version: input.version, status: 'AWAITING_BRAND', brandWindowClosedAt: null },
      data: { status: 'BRAND_RESPONDED', brandResponse: response, brandRespondedAt: now, version: { increment: 1 } },
    });
    if (count !== 1) throw new Refused({ violation: 'changed' });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: 'counterNotice.respond',
      objectType: 'counterNotice',
      objectId: row.id,
      before: { status: row.status, version: row.version },
      after: { status: 'BRAND_RESPONDED', version: row.version + 1, response },
      ...(meta ? { meta } : {}),
    });
    await notify(tx, {
      type: 'counterNoticeBrandResponded',
      params: { listingTitle: row.claimItem.listing.title, claimReference: row.claimItem.claim.reference, brandName: row.claimItem.claim.brand.name },
      link: `/review/counter-notices/${row.id}`,
      recipients: { userIds: await activeReviewerIds(tx) },
    });
    return { ok: true, counterNoticeId: row.id, status: 'BRAND_RESPONDED' };
  });
}

// ───────────────────────────── The reviewer's side ─────────────────────────────

function assertReviewer(viewer: { role: Role }): boolean {
  return can(viewer.role, 'counterNotice.decide');
}

export interface ReviewCounterNoticeRow {
  id: string;
  status: CounterNoticeStatus;
  readiness: CounterNoticeReadiness;
  ground: CounterNoticeGround;
  brandResponseDueAt: Date | null;
  brandRespondedAt: Date | null;
  decidedAt: Date | null;
  createdAt: Date;
  listingTitle: string;
  claimReference: string;
  brandName: string;
  storeName: string;
}

export interface ReviewCounterNoticeList {
  rows: ReviewCounterNoticeRow[];
  counts: Record<'ready' | 'awaitingBrand' | 'restored' | 'upheld', number>;
}

const OPEN_LIST_LIMIT = 500;
const DECIDED_LIST_LIMIT = 20;

/**
 * The reviewers' list: open counter-notices ready for a decision first (the brand answered,
 * or its window passed; the oldest deadline first), then those still waiting for the brand
 * (soonest deadline first), then the latest decided ones.
 */
export async function listCounterNoticesForReview(viewer: { role: Role }, now = new Date()): Promise<ReviewCounterNoticeList | null> {
  if (!assertReviewer(viewer)) return null;
  const prisma = await db();
  const select = {
    id: true,
    status: true,
    ground: true,
    brandResponseDueAt: true,
    brandRespondedAt: true,
    brandWindowClosedAt: true,
    decidedAt: true,
    createdAt: true,
    store: { select: { name: true } },
    claimItem: { select: { listing: { select: { title: true } }, claim: { select: { reference: true, brand: { select: { name: true } } } } } },
  } satisfies Prisma.CounterNoticeSelect;
  const [open, decided, restored, upheld] = await Promise.all([
    prisma.counterNotice.findMany({
      where: { status: { in: [...OPEN_COUNTER_NOTICE_STATUSES] } },
      orderBy: [{ brandResponseDueAt: 'asc' }, { id: 'asc' }],
      take: OPEN_LIST_LIMIT,
      select,
    }),
    prisma.counterNotice.findMany({
      where: { status: { in: ['RESTORED', 'UPHELD'] } },
      orderBy: [{ decidedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
      take: DECIDED_LIST_LIMIT,
      select,
    }),
    prisma.counterNotice.count({ where: { status: 'RESTORED' } }),
    prisma.counterNotice.count({ where: { status: 'UPHELD' } }),
  ]);
  const toRow = (r: (typeof open)[number]): ReviewCounterNoticeRow => ({
    id: r.id,
    status: r.status,
    readiness: counterNoticeReadiness(r, now),
    ground: r.ground,
    brandResponseDueAt: r.brandResponseDueAt,
    brandRespondedAt: r.brandRespondedAt,
    decidedAt: r.decidedAt,
    createdAt: r.createdAt,
    listingTitle: r.claimItem.listing.title,
    claimReference: r.claimItem.claim.reference,
    brandName: r.claimItem.claim.brand.name,
    storeName: r.store.name,
  });
  // A stable sort keeps the deadline order inside each readiness group.
  const openRows = open.map(toRow).sort((a, b) => readinessRank(a.readiness) - readinessRank(b.readiness));
  const ready = openRows.filter((r) => readinessRank(r.readiness) === 0).length;
  return {
    rows: [...openRows, ...decided.map(toRow)],
    counts: { ready, awaitingBrand: openRows.length - ready, restored, upheld },
  };
}

export interface CounterNoticeForReview extends CounterNoticeDetail {
  readyForDecision: boolean;
}

/** One counter-notice for a reviewer (403 is the page's; anyone else gets null). */
export async function getCounterNoticeForReview(viewer: { role: Role }, id: string, now = new Date()): Promise<CounterNoticeForReview | null> {
  if (!assertReviewer(viewer)) return null;
  const prisma = await db();
  const row = await prisma.counterNotice.findUnique({ where: { id }, select: counterNoticeSelect }).catch(() => null);
  if (!row) return null;
  return { ...withWindow(row, now), readyForDecision: readyForDecision(row, now) };
}

export interface DecideData {
  counterNoticeId: string;
  version: number;
  decision: 'restore' | 'uphold';
  reason: string;
}

/**
 * Restore or uphold, with the reason both parties read. Restoring moves the claim item
 * REMOVED → RESTORED (what the brand's accuracy later counts), brings the listing back
 * unless another removal holds it and withdraws the removal's strike. Of two reviewers
 * deciding at once, the version guard lets exactly one decision stand.
 */
export async function decideCounterNotice(actor: CounterNoticeActor, input: DecideData, meta?: RequestMeta, now = new Date()): Promise<CounterNoticeChange> {
  if (!assertReviewer(actor)) return { ok: false, violation: 'forbidden' };
  const reason = input.reason.trim();
  if (!reason) return { ok: false, violation: 'notAllowed', status: 'AWAITING_BRAND' };
  return inTransaction(async (tx) => {
    const row = await tx.counterNotice.findUnique({
      where: { id: input.counterNoticeId },
      select: {
        id: true,
        status: true,
        version: true,
        brandResponseDueAt: true,
        brandWindowClosedAt: true,
        decidedBy: { select: { name: true } },
        store: { select: { name: true, sellerOrganisationId: true } },
        claimItem: {
          select: {
            id: true,
            status: true,
            version: true,
            listingId: true,
            listing: { select: { title: true } },
            claim: { select: { reference: true, filerOrganisationId: true, brand: { select: { name: true, ownerOrganisationId: true } } } },
          },
        },
      },
    });
    if (!row) throw new Refused({ violation: 'notFound' });
    const step = counterNoticeTransition(row.status, input.decision, actor.role);
    if (!step.ok) {
      if (row.status === 'RESTORED' || row.status === 'UPHELD') throw new Refused({ violation: 'alreadyDecided', status: row.status, by: row.decidedBy?.name ?? null });
      throw new Refused({ violation: 'notAllowed', status: row.status });
    }
    if (!readyForDecision(row, now)) throw new Refused({ violation: 'notReady' });
    const item = row.claimItem;
    if (input.decision === 'restore' && !claimItemTransition(item.status, 'restore', actor.role).ok) {
      throw new Refused({ violation: 'itemNotRemoved', status: item.status });
    }

    const { count } = await tx.counterNotice.updateMany({
      where: { id: row.id, version: input.version, status: row.status },
      data: { status: step.to, decidedById: actor.id, decisionReason: reason, decidedAt: now, version: { increment: 1 } },
    });
    if (count !== 1) {
      const winner = await tx.counterNotice.findUnique({ where: { id: row.id }, select: { status: true, decidedBy: { select: { name: true } } } });
      if (winner && (winner.status === 'RESTORED' || winner.status === 'UPHELD')) {
        throw new Refused({ violation: 'alreadyDecided', status: winner.status, by: winner.decidedBy?.name ?? null });
      }
      throw new Refused({ violation: 'changed' });
    }

    let listingRestored = false;
    if (input.decision === 'restore') {
      const moved = await tx.claimItem.updateMany({
        where: { id: item.id, version: item.version, status: 'REMOVED' },
        data: { status: 'RESTORED', restoredAt: now, version: { increment: 1 } },
      });
      if (moved.count !== 1) throw new Refused({ violation: 'changed' });
      const reversal = await reverseRemovalEffects(tx, { claimItemId: item.id, listingId: item.listingId, now });
      listingRestored = reversal.listingRestored;
      await recordAudit(tx, {
        actor: actorOf(actor),
        action: 'claimItem.restore',
        objectType: 'claimItem',
        objectId: item.id,
        before: { status: item.status, version: item.version },
        after: {
          status: 'RESTORED',
          version: item.version + 1,
          counterNoticeId: row.id,
          listingRestored,
          strikeIdsWithdrawn: reversal.strikeIdsWithdrawn,
          reason,
        },
        ...(meta ? { meta } : {}),
      });
    }
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: 'counterNotice.decide',
      objectType: 'counterNotice',
      objectId: row.id,
      before: { status: row.status, version: row.version },
      after: { status: step.to, version: row.version + 1, outcome: input.decision, reason, ...(input.decision === 'restore' ? { listingRestored } : {}) },
      ...(meta ? { meta } : {}),
    });
    const params = {
      listingTitle: item.listing.title,
      claimReference: item.claim.reference,
      outcome: input.decision === 'restore' ? 'restored' : 'upheld',
      reason,
    };
    if (row.store.sellerOrganisationId) {
      await notify(tx, {
        type: 'counterNoticeDecided',
        params,
        link: `/seller/notices/${item.id}`,
        recipients: { organisationIds: [row.store.sellerOrganisationId] },
      });
    }
    await notify(tx, {
      type: 'counterNoticeDecided',
      params,
      link: `/brand/counter-notices/${row.id}`,
      recipients: { organisationIds: brandOrganisations(item.claim) },
    });
    return { ok: true, counterNoticeId: row.id, status: step.to, listingRestored };
  });
}

// ───────────────────────────── The brand's window lapses (scheduled) ─────────────────────────────

const LAPSE_BATCH = 200;

/**
 * Records every brand window that passed without a response and tells the reviewers (the
 * counter-notice is now ready for them) and both parties. Each counter-notice is claimed by
 * setting brandWindowClosedAt where it is still null, in the same transaction as its audit
 * event and notifications, so a second run (or a concurrent one) changes nothing.
 */
export async function closeLapsedBrandWindows(client: Db, now: Date): Promise<number> {
  let closed = 0;
  for (;;) {
    const due = await client.counterNotice.findMany({
      where: { status: 'AWAITING_BRAND', brandWindowClosedAt: null, brandResponseDueAt: { lte: now } },
      orderBy: [{ brandResponseDueAt: 'asc' }, { id: 'asc' }],
      take: LAPSE_BATCH,
      select: {
        id: true,
        status: true,
        brandResponseDueAt: true,
        brandWindowClosedAt: true,
        store: { select: { sellerOrganisationId: true } },
        claimItem: {
          select: {
            id: true,
            listing: { select: { title: true } },
            claim: { select: { reference: true, filerOrganisationId: true, brand: { select: { name: true, ownerOrganisationId: true } } } },
          },
        },
      },
    });
    for (const notice of due) {
      if (!brandWindowLapseDue(notice, now)) continue;
      const written = await client.$transaction(async (tx) => {
        const { count } = await tx.counterNotice.updateMany({
          where: { id: notice.id, status: 'AWAITING_BRAND', brandWindowClosedAt: null },
          data: { brandWindowClosedAt: now },
        });
        if (count === 0) return false; // the brand answered meanwhile, or another run got it
        await recordAudit(tx, {
          actor: null,
          action: 'counterNotice.expire',
          objectType: 'counterNotice',
          objectId: notice.id,
          before: { status: notice.status, brandWindowClosedAt: null },
          after: { status: notice.status, brandWindowClosedAt: now.toISOString(), dueAt: notice.brandResponseDueAt?.toISOString() ?? null },
        });
        const params = { listingTitle: notice.claimItem.listing.title, claimReference: notice.claimItem.claim.reference };
        await notify(tx, {
          type: 'counterNoticeBrandWindowClosed',
          params,
          link: `/review/counter-notices/${notice.id}`,
          recipients: { userIds: await activeReviewerIds(tx) },
        });
        if (notice.store.sellerOrganisationId) {
          await notify(tx, {
            type: 'counterNoticeBrandWindowClosed',
            params,
            link: `/seller/notices/${notice.claimItem.id}`,
            recipients: { organisationIds: [notice.store.sellerOrganisationId] },
          });
        }
        await notify(tx, {
          type: 'counterNoticeBrandWindowClosed',
          params,
          link: `/brand/counter-notices/${notice.id}`,
          recipients: { organisationIds: brandOrganisations(notice.claimItem.claim) },
        });
        return true;
      });
      if (written) closed += 1;
    }
    if (due.length < LAPSE_BATCH) return closed;
  }
}

/**
 * For the brand's withdrawal of claim items (lib/data/claim-withdrawal.ts): the counter-notices
 * still open on them have nothing left to contest, so they end WITHDRAWN, in the caller's
 * transaction, with an audit event each. Returns their ids.
 */
export async function withdrawOpenCounterNotices(tx: Tx, input: { claimItemIds: string[]; actor: Actor | null; now: Date }): Promise<string[]> {
  if (input.claimItemIds.length === 0) return [];
  const open = await tx.counterNotice.findMany({
    where: { claimItemId: { in: input.claimItemIds }, status: { in: ['AWAITING_BRAND', 'BRAND_RESPONDED'] } },
    select: { id: true, status: true, version: true, claimItemId: true },
  });
  const withdrawn: string[] = [];
  for (const notice of open) {
    const { count } = await tx.counterNotice.updateMany({
      where: { id: notice.id, version: notice.version },
      data: { status: 'WITHDRAWN', decidedAt: input.now, version: { increment: 1 } },
    });
    if (count !== 1) continue;
    await recordAudit(tx, {
      actor: input.actor,
      action: 'counterNotice.withdraw',
      objectType: 'counterNotice',
      objectId: notice.id,
      before: { status: notice.status, version: notice.version },
      after: { status: 'WITHDRAWN', version: notice.version + 1, claimItemId: notice.claimItemId },
    });
    withdrawn.push(notice.id);
  }
  return withdrawn;
}
