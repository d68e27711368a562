// Store closures under four eyes and their appeals (journey 4). The rules are the state
// machines of lib/domain/closure.ts; here every change is one transaction: the proposal
// (or appeal) moves only where it still has the version the page was rendered from, and the
// store, its listings, grants, applications, the statement of reasons, the ban, the audit
// events and the notifications move with it or not at all. The data layer refuses what the
// rules forbid (a reviewer deciding their own proposal, an appeal decided by someone who took
// part), whatever a page offered.
import 'server-only';
import type { SessionUser } from '../auth/session';
import { can, type Action } from '../authz/policy';
import { recordAudit, type Actor } from '../audit';
import { db, type Tx } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { AppealStatus, ClosureStatus, ClosureTrigger, RestrictionKind, StoreStatus, StrikeSource, StrikeStatus } from '../generated/prisma/enums';
import { notify } from '../notifications';
import type { RequestMeta } from '../request-meta';
import {
  appealDeadline,
  appealFilingRefusal,
  appealTransition,
  closureRestriction,
  closureTransition,
  PENDING_CLOSURE_STATUSES,
  type AppealEvent,
  type AppealFilingRefusal,
} from '../domain/closure';
import { encodeLocalizedText, localizedIn } from '../domain/localized-text';
import { inEveryLanguage } from '../domain/statement-of-reasons';
import { makeFormat } from '../format';
import { liftBansOfProposal, recordBan } from './ban-records';
import { readPolicy } from './policy';
import { activeReviewerIds } from './reviewers';
import { storesOwnedBy } from './stores';

export type ClosureActor = Pick<SessionUser, 'id' | 'role' | 'organisationId' | 'name'>;

const actorOf = (user: ClosureActor): Actor => ({ id: user.id, role: user.role, organisationId: user.organisationId });

export type ClosureRefusal =
  | { violation: 'forbidden' }
  | { violation: 'notFound' }
  | { violation: 'reasonRequired' }
  | { violation: 'notAllowed'; status: ClosureStatus }
  | { violation: 'ownProposal' }
  | { violation: 'alreadyDecided'; status: ClosureStatus; by: string | null }
  | { violation: 'pendingExists'; proposalId: string }
  | { violation: 'storeClosed'; status: StoreStatus }
  | { violation: 'changed' }
  | { violation: AppealFilingRefusal }
  | { violation: 'appealDecided'; status: AppealStatus }
  | { violation: 'tookPart' };

export type ClosureChange = { ok: true; id: string } | ({ ok: false } & ClosureRefusal);

class Refused extends Error {
  constructor(readonly refusal: ClosureRefusal) {
    super(refusal.violation);
  }
}

async function inTransaction(run: (tx: Tx) => Promise<ClosureChange>): Promise<ClosureChange> {
  const prisma = await db();
  try {
    return await prisma.$transaction(run, { timeout: 60_000, maxWait: 30_000 });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, ...error.refusal };
    throw error;
  }
}

function allowed(actor: ClosureActor, action: Action): boolean {
  return can(actor.role, action);
}

/** The same per-store lock as lib/data/enforcement.ts: strikes, proposals and closures of one store one at a time. */
async function lockStore(tx: Tx, storeId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`store-enforcement:${storeId}`}))`;
}

/** Strikes that counted against a store at `at` (withdrawn or expired since then included). */
export function strikesCountingAt(at: Date): Prisma.StrikeWhereInput {
  return {
    createdAt: { lte: at },
    expiresAt: { gt: at },
    OR: [{ status: { in: ['ACTIVE', 'EXPIRED'] } }, { status: 'WITHDRAWN', withdrawnAt: { gt: at } }],
  };
}

const PENDING_APPLICATION_STATUSES = ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED', 'AWAITING_BRAND'] as const;

// ───────────────────────────── Reading (reviewers) ─────────────────────────────

export type ClosureTab = 'open' | 'proposed' | 'decided';

const TAB_STATUSES: Record<ClosureTab, ClosureStatus[]> = {
  open: ['OPEN'],
  proposed: ['PROPOSED'],
  decided: ['APPROVED', 'DECLINED', 'WITHDRAWN'],
};

export interface ClosureRow {
  id: string;
  status: ClosureStatus;
  trigger: ClosureTrigger;
  includeBan: boolean;
  createdAt: Date;
  proposedAt: Date | null;
  decidedAt: Date | null;
  store: { id: string; name: string; status: StoreStatus };
  proposedBy: { name: string } | null;
  decidedBy: { name: string } | null;
}

export interface AppealRow {
  id: string;
  status: AppealStatus;
  createdAt: Date;
  decidedAt: Date | null;
  proposalId: string;
  store: { id: string; name: string };
}

export interface ClosureList {
  tab: ClosureTab;
  counts: Record<ClosureTab, number>;
  rows: ClosureRow[];
  appeals: AppealRow[];
  pendingAppeals: number;
}

const LIST_LIMIT = 100;

export async function listClosuresForReview(viewer: Pick<ClosureActor, 'role'>, tab: ClosureTab): Promise<ClosureList | null> {
  if (!can(viewer.role, 'closure.propose') && !can(viewer.role, 'closure.decide')) return null;
  const prisma = await db();
  const [grouped, rows, appeals, pendingAppeals] = await Promise.all([
    prisma.closureProposal.groupBy({ by: ['status'], _count: { _all: true } }),
    prisma.closureProposal.findMany({
      where: { status: { in: TAB_STATUSES[tab] } },
      orderBy: tab === 'decided' ? [{ decidedAt: 'desc' }, { id: 'desc' }] : [{ createdAt: 'asc' }, { id: 'asc' }],
      take: LIST_LIMIT,
      select: {
        id: true,
        status: true,
        trigger: true,
        includeBan: true,
        createdAt: true,
        proposedAt: true,
        decidedAt: true,
        store: { select: { id: true, name: true, status: true } },
        proposedBy: { select: { name: true } },
        decidedBy: { select: { name: true } },
      },
    }),
    prisma.closureAppeal.findMany({
      orderBy: [{ status: 'asc' }, { createdAt: 'desc' }],
      take: LIST_LIMIT,
      select: { id: true, status: true, createdAt: true, decidedAt: true, proposalId: true, store: { select: { id: true, name: true } } },
    }),
    prisma.closureAppeal.count({ where: { status: 'SUBMITTED' } }),
  ]);
  const count = (statuses: ClosureStatus[]) => grouped.filter((g) => statuses.includes(g.status)).reduce((n, g) => n + g._count._all, 0);
  return {
    tab,
    counts: { open: count(TAB_STATUSES.open), proposed: count(TAB_STATUSES.proposed), decided: count(TAB_STATUSES.decided) },
    rows,
    appeals,
    pendingAppeals,
  };
}

export interface ClosureStrike {
  id: string;
  source: StrikeSource;
  reason: string;
  status: StrikeStatus;
  createdAt: Date;
  expiresAt: Date;
}

export interface ClosureDetail {
  id: string;
  status: ClosureStatus;
  trigger: ClosureTrigger;
  rationale: string;
  includeBan: boolean;
  version: number;
  createdAt: Date;
  proposedAt: Date | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  proposedBy: { id: string; name: string } | null;
  decidedBy: { id: string; name: string } | null;
  store: {
    id: string;
    name: string;
    slug: string;
    status: StoreStatus;
    verificationStatus: string;
    closedAt: Date | null;
    activeListings: number;
    countingStrikes: number;
  };
  strikeThreshold: number;
  /** The strikes the proposal rests on: those counting when it was decided (or now, while pending). */
  strikes: ClosureStrike[];
  appeal: { id: string; status: AppealStatus; createdAt: Date } | null;
  statementId: string | null;
  bans: number;
}

export async function getClosureForReview(viewer: Pick<ClosureActor, 'role'>, id: string, now = new Date()): Promise<ClosureDetail | null> {
  if (!can(viewer.role, 'closure.propose') && !can(viewer.role, 'closure.decide')) return null;
  const prisma = await db();
  const row = await prisma.closureProposal.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      trigger: true,
      rationale: true,
      includeBan: true,
      version: true,
      createdAt: true,
      proposedAt: true,
      decidedAt: true,
      decisionReason: true,
      proposedBy: { select: { id: true, name: true } },
      decidedBy: { select: { id: true, name: true } },
      store: {
        select: {
          id: true,
          name: true,
          slug: true,
          status: true,
          verificationStatus: true,
          closedAt: true,
          _count: { select: { listings: { where: { status: 'ACTIVE' } }, strikes: { where: { status: 'ACTIVE', expiresAt: { gt: now } } } } },
        },
      },
      appeals: { select: { id: true, status: true, createdAt: true } },
      _count: { select: { bans: true } },
    },
  });
  if (!row) return null;
  const at = row.decidedAt ?? now;
  const [strikes, statement, policy] = await Promise.all([
    prisma.strike.findMany({
      where: { storeId: row.store.id, ...strikesCountingAt(at) },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: LIST_LIMIT,
      select: { id: true, source: true, reason: true, status: true, createdAt: true, expiresAt: true },
    }),
    row.status === 'APPROVED' && row.decidedAt
      ? prisma.statementOfReasons.findFirst({
          where: { storeId: row.store.id, restriction: { in: ['STORE_CLOSURE', 'STORE_BAN'] }, createdAt: row.decidedAt },
          select: { id: true },
        })
      : null,
    readPolicy(prisma),
  ]);
  const { _count: storeCount, ...store } = row.store;
  return {
    ...row,
    store: { ...store, activeListings: storeCount.listings, countingStrikes: storeCount.strikes },
    strikeThreshold: policy.strikeThreshold,
    strikes,
    appeal: row.appeals[0] ?? null,
    statementId: statement?.id ?? null,
    bans: row._count.bans,
  };
}

export interface AppealDetail {
  id: string;
  status: AppealStatus;
  statement: string;
  version: number;
  createdAt: Date;
  decidedAt: Date | null;
  decisionReason: string | null;
  decidedBy: { id: string; name: string } | null;
  store: { id: string; name: string; status: StoreStatus; closedAt: Date | null };
  proposal: {
    id: string;
    trigger: ClosureTrigger;
    includeBan: boolean;
    rationale: string;
    decisionReason: string | null;
    decidedAt: Date | null;
    proposedBy: { id: string; name: string } | null;
    decidedBy: { id: string; name: string } | null;
  };
}

export async function getAppealForReview(viewer: Pick<ClosureActor, 'role'>, id: string): Promise<AppealDetail | null> {
  if (!can(viewer.role, 'appeal.decide')) return null;
  const prisma = await db();
  return prisma.closureAppeal.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      statement: true,
      version: true,
      createdAt: true,
      decidedAt: true,
      decisionReason: true,
      decidedBy: { select: { id: true, name: true } },
      store: { select: { id: true, name: true, status: true, closedAt: true } },
      proposal: {
        select: {
          id: true,
          trigger: true,
          includeBan: true,
          rationale: true,
          decisionReason: true,
          decidedAt: true,
          proposedBy: { select: { id: true, name: true } },
          decidedBy: { select: { id: true, name: true } },
        },
      },
    },
  });
}

// ───────────────────────────── Proposing ─────────────────────────────

export interface ProposeData {
  proposalId: string;
  version: number;
  rationale: string;
  includeBan: boolean;
}

async function loadProposal(tx: Tx, id: string) {
  const row = await tx.closureProposal.findUnique({
    where: { id },
    select: {
      id: true,
      storeId: true,
      status: true,
      version: true,
      trigger: true,
      rationale: true,
      includeBan: true,
      proposedById: true,
      proposedAt: true,
      decidedBy: { select: { name: true } },
      store: { select: { name: true, slug: true, status: true, sellerOrganisationId: true } },
    },
  });
  if (!row) throw new Refused({ violation: 'notFound' });
  return row;
}

type LoadedProposal = Awaited<ReturnType<typeof loadProposal>>;

function refuseTransition(row: LoadedProposal, reason: 'notAllowedFromStatus' | 'ownProposal'): never {
  if (reason === 'ownProposal') throw new Refused({ violation: 'ownProposal' });
  if (row.status === 'APPROVED' || row.status === 'DECLINED' || row.status === 'WITHDRAWN') {
    throw new Refused({ violation: 'alreadyDecided', status: row.status, by: row.decidedBy?.name ?? null });
  }
  throw new Refused({ violation: 'notAllowed', status: row.status });
}

/** Moves the proposal where it still has `version` and `status`; otherwise says who got there first. */
async function moveProposal(tx: Tx, row: LoadedProposal, version: number, data: Prisma.ClosureProposalUncheckedUpdateManyInput): Promise<void> {
  const { count } = await tx.closureProposal.updateMany({
    where: { id: row.id, version, status: row.status },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 1) return;
  const winner = await tx.closureProposal.findUnique({ where: { id: row.id }, select: { status: true, decidedBy: { select: { name: true } } } });
  if (winner && winner.status !== row.status && winner.status !== 'OPEN' && winner.status !== 'PROPOSED') {
    throw new Refused({ violation: 'alreadyDecided', status: winner.status, by: winner.decidedBy?.name ?? null });
  }
  throw new Refused({ violation: 'changed' });
}

async function tellOtherReviewers(tx: Tx, proposalId: string, storeName: string, proposer: ClosureActor): Promise<void> {
  const others = (await activeReviewerIds(tx)).filter((id) => id !== proposer.id);
  await notify(tx, {
    type: 'closureProposed',
    params: { storeName, proposerName: proposer.name },
    link: `/review/closures/${proposalId}`,
    recipients: { userIds: others },
  });
}

/** A reviewer takes up a proposal the system opened: OPEN → PROPOSED with their rationale (and whether it bans). */
export async function proposeClosure(actor: ClosureActor, input: ProposeData, meta?: RequestMeta, now = new Date()): Promise<ClosureChange> {
  if (!allowed(actor, 'closure.propose')) return { ok: false, violation: 'forbidden' };
  const rationale = input.rationale.trim();
  if (!rationale) return { ok: false, violation: 'reasonRequired' };
  return inTransaction(async (tx) => {
    const row = await loadProposal(tx, input.proposalId);
    await lockStore(tx, row.storeId);
    const step = closureTransition(row.status, 'propose', { actorId: actor.id, proposedById: row.proposedById });
    if (!step.ok) refuseTransition(row, step.reason);
    await moveProposal(tx, row, input.version, { status: step.to, rationale, includeBan: input.includeBan, proposedById: actor.id, proposedAt: now });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: 'closure.propose',
      objectType: 'store',
      objectId: row.storeId,
      before: { proposalId: row.id, status: row.status, rationale: localizedIn(row.rationale, 'en') },
      after: { proposalId: row.id, status: step.to, rationale, includeBan: input.includeBan },
      ...(meta ? { meta } : {}),
    });
    await tellOtherReviewers(tx, row.id, row.store.name, actor);
    return { ok: true, id: row.id };
  });
}

/** A reviewer proposes closing a store on their own motion (from its standing page). One pending proposal per store. */
export async function proposeStoreClosure(
  actor: ClosureActor,
  input: { storeId: string; rationale: string; includeBan: boolean },
  meta?: RequestMeta,
  now = new Date(),
): Promise<ClosureChange> {
  if (!allowed(actor, 'closure.propose')) return { ok: false, violation: 'forbidden' };
  const rationale = input.rationale.trim();
  if (!rationale) return { ok: false, violation: 'reasonRequired' };
  return inTransaction(async (tx) => {
    const store = await tx.store.findUnique({ where: { id: input.storeId }, select: { id: true, name: true, status: true } });
    if (!store) throw new Refused({ violation: 'notFound' });
    await lockStore(tx, store.id);
    if (store.status === 'CLOSED' || store.status === 'BANNED') throw new Refused({ violation: 'storeClosed', status: store.status });
    const pending = await tx.closureProposal.findFirst({
      where: { storeId: store.id, status: { in: [...PENDING_CLOSURE_STATUSES] } },
      select: { id: true },
    });
    if (pending) throw new Refused({ violation: 'pendingExists', proposalId: pending.id });
    const proposal = await tx.closureProposal.create({
      data: { storeId: store.id, trigger: 'OTHER', rationale, includeBan: input.includeBan, status: 'PROPOSED', proposedById: actor.id, proposedAt: now, createdAt: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: 'closure.propose',
      objectType: 'store',
      objectId: store.id,
      after: { proposalId: proposal.id, status: 'PROPOSED', trigger: 'OTHER', rationale, includeBan: input.includeBan },
      ...(meta ? { meta } : {}),
    });
    await tellOtherReviewers(tx, proposal.id, store.name, actor);
    return { ok: true, id: proposal.id };
  });
}

/** A reviewer dismisses a proposal the system opened: OPEN → WITHDRAWN, with the reason. */
export async function withdrawClosure(
  actor: ClosureActor,
  input: { proposalId: string; version: number; reason: string },
  meta?: RequestMeta,
  now = new Date(),
): Promise<ClosureChange> {
  if (!allowed(actor, 'closure.propose')) return { ok: false, violation: 'forbidden' };
  const reason = input.reason.trim();
  if (!reason) return { ok: false, violation: 'reasonRequired' };
  return inTransaction(async (tx) => {
    const row = await loadProposal(tx, input.proposalId);
    const step = closureTransition(row.status, 'withdraw', { actorId: actor.id, proposedById: row.proposedById });
    if (!step.ok) refuseTransition(row, step.reason);
    await moveProposal(tx, row, input.version, { status: step.to, decidedById: actor.id, decidedAt: now, decisionReason: reason });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: 'closure.withdraw',
      objectType: 'store',
      objectId: row.storeId,
      before: { proposalId: row.id, status: row.status },
      after: { proposalId: row.id, status: step.to, reason },
      ...(meta ? { meta } : {}),
    });
    return { ok: true, id: row.id };
  });
}

// ───────────────────────────── Deciding ─────────────────────────────

export interface DecideClosureData {
  proposalId: string;
  version: number;
  decision: 'approve' | 'decline';
  reason: string;
}

/**
 * The second reviewer approves or declines a proposal. Approval closes the store (BANNED
 * with a ban) in the same transaction as everything it entails: every active listing
 * removed in one statement, pending applications withdrawn, active grants revoked, the
 * statement of reasons, the ban's identity keys, the audit events and the notices.
 */
export async function decideClosure(actor: ClosureActor, input: DecideClosureData, meta?: RequestMeta, now = new Date()): Promise<ClosureChange> {
  if (!allowed(actor, 'closure.decide')) return { ok: false, violation: 'forbidden' };
  const reason = input.reason.trim();
  if (!reason) return { ok: false, violation: 'reasonRequired' };
  return inTransaction(async (tx) => {
    const row = await loadProposal(tx, input.proposalId);
    await lockStore(tx, row.storeId);
    const step = closureTransition(row.status, input.decision, { actorId: actor.id, proposedById: row.proposedById });
    if (!step.ok) refuseTransition(row, step.reason);
    await moveProposal(tx, row, input.version, { status: step.to, decidedById: actor.id, decidedAt: now, decisionReason: reason });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: input.decision === 'approve' ? 'closure.approve' : 'closure.decline',
      objectType: 'store',
      objectId: row.storeId,
      before: { proposalId: row.id, status: row.status, version: input.version },
      after: { proposalId: row.id, status: step.to, version: input.version + 1, reason, includeBan: row.includeBan },
      ...(meta ? { meta } : {}),
    });
    if (step.to === 'APPROVED') await closeStore(tx, { proposal: row, actor, reason, now, ...(meta ? { meta } : {}) });
    if (row.proposedById) {
      await notify(tx, {
        type: 'closureDecided',
        params: { storeName: row.store.name, outcome: input.decision === 'approve' ? 'approved' : 'declined', reason },
        link: `/review/closures/${row.id}`,
        recipients: { userIds: [row.proposedById] },
      });
    }
    return { ok: true, id: row.id };
  });
}

async function closeStore(tx: Tx, input: { proposal: LoadedProposal; actor: ClosureActor; reason: string; now: Date; meta?: RequestMeta }): Promise<void> {
  const { proposal, actor, reason, now } = input;
  const storeId = proposal.storeId;
  const policy = await readPolicy(tx);
  const restriction = closureRestriction(proposal.includeBan);
  const storeStatus: StoreStatus = proposal.includeBan ? 'BANNED' : 'CLOSED';

  await tx.store.update({ where: { id: storeId }, data: { status: storeStatus, closedAt: now } });
  // One statement for every listing, however many the store has.
  const removed = await tx.listing.updateMany({ where: { storeId, status: 'ACTIVE' }, data: { status: 'REMOVED', removedAt: now } });
  const applications = await tx.authorizationApplication.updateMany({
    where: { storeId, status: { in: [...PENDING_APPLICATION_STATUSES] } },
    data: { status: 'WITHDRAWN', version: { increment: 1 } },
  });
  const grants = await tx.sellingGrant.updateMany({
    where: { storeId, status: 'ACTIVE' },
    data: { status: 'REVOKED', revokedAt: now, revocationReason: 'Store closed' },
  });

  const strikes = await tx.strike.findMany({
    where: { storeId, ...strikesCountingAt(now) },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { source: true, reason: true, createdAt: true },
  });
  const marketplace = actor.organisationId
    ? ((await tx.organisation.findUnique({ where: { id: actor.organisationId }, select: { name: true } }))?.name ?? 'Assay')
    : 'Assay';
  const contestUntil = appealDeadline(now, policy);
  const proposedAt = proposal.proposedAt ?? now;
  const statement = await tx.statementOfReasons.create({
    data: {
      storeId,
      restriction,
      scope: encodeLocalizedText(
        inEveryLanguage((t, locale) =>
          t(`enforcement.statement.scope.${restriction}`, {
            storeName: proposal.store.name,
            slug: proposal.store.slug,
            marketplace,
            listingCount: removed.count,
            closedAt: makeFormat(locale).dateTime(now),
          }),
        ),
      ),
      facts: encodeLocalizedText(
        inEveryLanguage((t, locale) =>
          [
            t(`enforcement.statement.trigger.${proposal.trigger}`, { storeName: proposal.store.name, count: strikes.length, threshold: policy.strikeThreshold, windowDays: policy.strikeWindowDays }),
            t('enforcement.statement.proposed', { rationale: quoted(localizedIn(proposal.rationale, locale)), proposedAt: makeFormat(locale).date(proposedAt) }),
            t('enforcement.statement.approved', { reason: quoted(reason) }),
          ].join(locale === 'en' ? ' ' : ''),
        ),
      ),
      evidenceSummary: encodeLocalizedText(
        inEveryLanguage((t, locale) =>
          strikes.length
            ? t('enforcement.statement.strikesRelied', {
                items: strikes
                  .map((s) =>
                    t('enforcement.statement.strikeItem', {
                      date: makeFormat(locale).date(s.createdAt),
                      source: t(`enforcement.strikeSource.${s.source}`),
                      reason: quoted(localizedIn(s.reason, locale)),
                    }),
                  )
                  .join(t('enforcement.statement.separator')),
              })
            : t('enforcement.statement.noStrikes'),
        ),
      ),
      legalGround: encodeLocalizedText(inEveryLanguage((t) => t('enforcement.statement.legalGround'))),
      contractualGround: encodeLocalizedText(inEveryLanguage((t) => t(`enforcement.statement.contractualGround.${proposal.trigger}`))),
      automated: false,
      redress: encodeLocalizedText(
        inEveryLanguage((t, locale) => t('enforcement.statement.redress', { contestUntil: makeFormat(locale).dateTime(contestUntil), marketplace })),
      ),
      contestUntil,
      createdAt: now,
    },
    select: { id: true },
  });

  let bans = 0;
  if (proposal.includeBan) {
    bans = (await recordBan(tx, { storeId, proposalId: proposal.id, reason, actor: actorOf(actor), now, ...(input.meta ? { meta: input.meta } : {}) })).count;
  }
  await recordAudit(tx, {
    actor: actorOf(actor),
    action: 'store.close',
    objectType: 'store',
    objectId: storeId,
    before: { status: proposal.store.status },
    after: {
      status: storeStatus,
      proposalId: proposal.id,
      listingsRemoved: removed.count,
      applicationsWithdrawn: applications.count,
      grantsRevoked: grants.count,
      statementId: statement.id,
      banKeys: bans,
    },
    ...(input.meta ? { meta: input.meta } : {}),
  });
  if (proposal.store.sellerOrganisationId) {
    await notify(tx, {
      type: 'storeClosed',
      params: { storeName: proposal.store.name, reason, appealBy: contestUntil },
      link: `/seller/stores/${storeId}`,
      recipients: { organisationIds: [proposal.store.sellerOrganisationId] },
    });
  }
}

/** Free text quoted inside a sentence: the sentence gives the full stop. */
function quoted(text: string): string {
  return text.trim().replace(/[.。]+$/u, '');
}

// ───────────────────────────── The seller's appeal ─────────────────────────────

export interface SellerClosure {
  proposalId: string;
  restriction: RestrictionKind;
  closedAt: Date;
  appealBy: Date;
  decisionReason: string | null;
  statement: { id: string; scope: string; facts: string; evidenceSummary: string | null; legalGround: string | null; contractualGround: string | null; redress: string; automated: boolean; contestUntil: Date | null } | null;
  appeal: { id: string; status: AppealStatus; statement: string; createdAt: Date; decisionReason: string | null; decidedAt: Date | null } | null;
  /** Why the seller cannot appeal now, or null when it can. */
  appealRefusal: AppealFilingRefusal | null;
}

/** The latest approved closure of the seller's own store, its statement and its appeal; null for another organisation's store or none. */
export async function getClosureForSeller(organisationId: string, storeId: string, now = new Date()): Promise<SellerClosure | null> {
  const prisma = await db();
  const proposal = await prisma.closureProposal.findFirst({
    where: { storeId, store: storesOwnedBy(organisationId), status: 'APPROVED' },
    orderBy: [{ decidedAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      status: true,
      includeBan: true,
      decidedAt: true,
      decisionReason: true,
      appeals: { select: { id: true, status: true, statement: true, createdAt: true, decisionReason: true, decidedAt: true } },
    },
  });
  if (!proposal?.decidedAt) return null;
  const [statement, policy] = await Promise.all([
    prisma.statementOfReasons.findFirst({
      where: { storeId, store: storesOwnedBy(organisationId), restriction: { in: ['STORE_CLOSURE', 'STORE_BAN'] }, createdAt: proposal.decidedAt },
      select: { id: true, scope: true, facts: true, evidenceSummary: true, legalGround: true, contractualGround: true, redress: true, automated: true, contestUntil: true },
    }),
    readPolicy(prisma),
  ]);
  const appeal = proposal.appeals[0] ?? null;
  return {
    proposalId: proposal.id,
    restriction: closureRestriction(proposal.includeBan),
    closedAt: proposal.decidedAt,
    appealBy: statement?.contestUntil ?? appealDeadline(proposal.decidedAt, policy),
    decisionReason: proposal.decisionReason,
    statement,
    appeal,
    appealRefusal: appealFilingRefusal({ status: proposal.status, decidedAt: proposal.decidedAt, hasAppeal: appeal !== null }, now, policy),
  };
}

/** The seller appeals its store's closure: once, within the policy's window. */
export async function fileAppeal(actor: ClosureActor, input: { proposalId: string; statement: string }, meta?: RequestMeta, now = new Date()): Promise<ClosureChange> {
  if (!allowed(actor, 'appeal.file')) return { ok: false, violation: 'forbidden' };
  const statement = input.statement.trim();
  if (!statement) return { ok: false, violation: 'reasonRequired' };
  try {
    return await inTransaction(async (tx) => {
      const proposal = await tx.closureProposal.findFirst({
        where: { id: input.proposalId, store: storesOwnedBy(actor.organisationId) },
        select: { id: true, storeId: true, status: true, decidedAt: true, store: { select: { name: true } }, _count: { select: { appeals: true } } },
      });
      if (!proposal) throw new Refused({ violation: 'notFound' });
      const policy = await readPolicy(tx);
      const refusal = appealFilingRefusal({ status: proposal.status, decidedAt: proposal.decidedAt, hasAppeal: proposal._count.appeals > 0 }, now, policy);
      if (refusal) throw new Refused({ violation: refusal });
      const appeal = await tx.closureAppeal.create({
        data: { proposalId: proposal.id, storeId: proposal.storeId, statement, createdAt: now },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: actorOf(actor),
        action: 'appeal.file',
        objectType: 'store',
        objectId: proposal.storeId,
        after: { appealId: appeal.id, proposalId: proposal.id, status: 'SUBMITTED' },
        ...(meta ? { meta } : {}),
      });
      await notify(tx, {
        type: 'appealFiled',
        params: { storeName: proposal.store.name },
        link: `/review/appeals/${appeal.id}`,
        recipients: { userIds: await activeReviewerIds(tx) },
      });
      return { ok: true, id: appeal.id };
    });
  } catch (error) {
    // Two filings at once: the unique index on proposalId lets one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return { ok: false, violation: 'alreadyAppealed' };
    throw error;
  }
}

export interface DecideAppealData {
  appealId: string;
  version: number;
  decision: AppealEvent;
  reason: string;
}

/**
 * A reviewer who took no part in the closure decides its appeal. Granted: the store opens
 * again, the listings the closure removed come back (unless a claim removal still holds
 * them), and the closure's bans are lifted. Denied: the closure stands, finally.
 */
export async function decideAppeal(actor: ClosureActor, input: DecideAppealData, meta?: RequestMeta, now = new Date()): Promise<ClosureChange> {
  if (!allowed(actor, 'appeal.decide')) return { ok: false, violation: 'forbidden' };
  const reason = input.reason.trim();
  if (!reason) return { ok: false, violation: 'reasonRequired' };
  return inTransaction(async (tx) => {
    const appeal = await tx.closureAppeal.findUnique({
      where: { id: input.appealId },
      select: {
        id: true,
        status: true,
        storeId: true,
        store: { select: { name: true, status: true, sellerOrganisationId: true } },
        proposal: { select: { id: true, proposedById: true, decidedById: true, decidedAt: true } },
      },
    });
    if (!appeal) throw new Refused({ violation: 'notFound' });
    await lockStore(tx, appeal.storeId);
    const step = appealTransition(appeal.status, input.decision, {
      actorId: actor.id,
      proposedById: appeal.proposal.proposedById,
      closureDecidedById: appeal.proposal.decidedById,
    });
    if (!step.ok) {
      if (step.reason === 'tookPart') throw new Refused({ violation: 'tookPart' });
      throw new Refused({ violation: 'appealDecided', status: appeal.status });
    }
    const { count } = await tx.closureAppeal.updateMany({
      where: { id: appeal.id, version: input.version, status: 'SUBMITTED' },
      data: { status: step.to, decidedById: actor.id, decidedAt: now, decisionReason: reason, version: { increment: 1 } },
    });
    if (count !== 1) {
      const winner = await tx.closureAppeal.findUnique({ where: { id: appeal.id }, select: { status: true } });
      if (winner && winner.status !== 'SUBMITTED') throw new Refused({ violation: 'appealDecided', status: winner.status });
      throw new Refused({ violation: 'changed' });
    }
    let listingsRestored = 0;
    let bansLifted = 0;
    if (step.to === 'GRANTED') {
      await tx.store.update({ where: { id: appeal.storeId }, data: { status: 'ACTIVE', closedAt: null } });
      const closedAt = appeal.proposal.decidedAt;
      if (closedAt) {
        // Only what this closure removed (removed at its moment), and as in
        // lib/data/removal-reversal.ts, never a listing a claim removal still holds down.
        const restored = await tx.listing.updateMany({
          where: { storeId: appeal.storeId, status: 'REMOVED', removedAt: closedAt, claimItems: { none: { status: 'REMOVED' } } },
          data: { status: 'RESTORED', restoredAt: now },
        });
        listingsRestored = restored.count;
      }
      bansLifted = await liftBansOfProposal(tx, { storeId: appeal.storeId, proposalId: appeal.proposal.id, actor: actorOf(actor), now, ...(meta ? { meta } : {}) });
    }
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: input.decision === 'grant' ? 'appeal.grant' : 'appeal.deny',
      objectType: 'store',
      objectId: appeal.storeId,
      before: { appealId: appeal.id, status: appeal.status, storeStatus: appeal.store.status },
      after: {
        appealId: appeal.id,
        status: step.to,
        reason,
        ...(step.to === 'GRANTED' ? { storeStatus: 'ACTIVE', listingsRestored, bansLifted } : {}),
      },
      ...(meta ? { meta } : {}),
    });
    if (appeal.store.sellerOrganisationId) {
      await notify(tx, {
        type: 'appealDecided',
        params: { storeName: appeal.store.name, outcome: step.to === 'GRANTED' ? 'granted' : 'denied', reason },
        link: `/seller/stores/${appeal.storeId}`,
        recipients: { organisationIds: [appeal.store.sellerOrganisationId] },
      });
    }
    return { ok: true, id: appeal.id };
  });
}
