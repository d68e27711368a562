// Sanctions on filers who abuse the notice system (DSA Art 23): the abuse job warns a filing
// organisation whose rejected and restored share passes the policy's ceiling, then suspends
// it from submitting claims if the share is still above it after the warning's grace period
// (lib/domain/accuracy.ts abuseStep decides; this file stores, audits and notifies). Claim
// submission asks assertMayFileClaims inside its transaction; admins lift a sanction here.
import 'server-only';
import type { FilingSanctionKind, Role } from '../generated/prisma/enums';
import { db, type Db, type Tx } from '../db';
import type { SessionUser } from '../auth/session';
import { can } from '../authz/policy';
import { recordAudit } from '../audit';
import { notify } from '../notifications';
import type { RequestMeta } from '../request-meta';
import { abuseStep, activeSuspension, formatShare, type FilingCounts } from '../domain/accuracy';
import { composeSanctionReason, figuresOf, readFigures, type SanctionFigures } from '../domain/filing-sanctions';
import type { Policy } from '../domain/policy';
import { clampPage, pageCountOf, pageSlice, type Paged } from '../domain/pagination';
import { accuracyWindow, filingCounts } from './accuracy';
import { readPolicy } from './policy';

const DAY = 86_400_000;

// ───────────────────────────── The abuse job ─────────────────────────────

export interface AbuseRunResult {
  warned: number;
  suspended: number;
}

/**
 * Applies abuseStep to every filer with decisions in the window: one transaction per
 * organisation, which locks the Organisation row (SELECT … FOR NO KEY UPDATE) and re-reads its
 * sanctions before deciding, so two runs at once, or a run beside an admin's lift, write
 * one warning or suspension, never two. Safe to run twice: the second run finds the warning
 * (in its grace period) or the suspension in force and does nothing.
 */
export async function applyAbuseSanctions(client: Db, now: Date): Promise<AbuseRunResult> {
  const policy = await readPolicy(client);
  const { from, to } = accuracyWindow(now, policy.accuracyWindowDays);
  const counts = await filingCounts(client, { by: 'filer', from, to });
  const result: AbuseRunResult = { warned: 0, suspended: 0 };
  for (const [organisationId, figures] of counts) {
    if (figures.decided < policy.abuseMinDecidedItems) continue; // cannot pass the ceiling: skip the transaction
    const done = await client.$transaction((tx) => sanctionOne(tx, organisationId, figures, policy, now), { timeout: 30_000, maxWait: 30_000 });
    if (done === 'warn') result.warned += 1;
    if (done === 'suspend') result.suspended += 1;
  }
  return result;
}

async function sanctionOne(tx: Tx, organisationId: string, counts: FilingCounts, policy: Policy, now: Date): Promise<'warn' | 'suspend' | null> {
  // FOR NO KEY UPDATE, not FOR UPDATE: it still excludes a second run and a submission (FOR
  // SHARE), but not the key-share locks of rows that merely reference the organisation (a
  // notification written after some other transaction's audit event), which would otherwise
  // wait on this lock while this transaction waits on theirs for the audit chain.
  const locked = await tx.$queryRaw<{ id: string; name: string }[]>`
    SELECT id, name FROM "Organisation" WHERE id = ${organisationId} FOR NO KEY UPDATE`;
  const organisation = locked[0];
  if (!organisation) return null;
  const sanctions = await tx.filingSanction.findMany({
    where: { organisationId },
    select: { id: true, kind: true, startsAt: true, endsAt: true, liftedAt: true },
  });
  const step = abuseStep(counts, sanctions, policy, now);
  if (step.action === null) return null;
  const figures = figuresOf(counts, policy);
  const params = {
    organisationName: organisation.name,
    windowDays: figures.windowDays,
    badShare: formatShare(figures.badShare),
    decided: figures.decided,
    ceiling: formatShare(figures.ceiling),
  };
  if (step.action === 'warn') {
    const graceEndsAt = new Date(now.getTime() + policy.abuseWarningGraceDays * DAY);
    const warning = await tx.filingSanction.create({
      data: {
        organisationId,
        kind: 'WARNING',
        figures: { ...figures },
        reason: composeSanctionReason('WARNING', figures, graceEndsAt),
        startsAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: null,
      action: 'filingSanction.warn',
      objectType: 'organisation',
      objectId: organisationId,
      after: { sanctionId: warning.id, kind: 'WARNING', ...figures, graceEndsAt: graceEndsAt.toISOString() },
    });
    await notify(tx, { type: 'filingWarning', params: { ...params, graceEndsAt }, link: '/brand', recipients: { organisationIds: [organisationId] } });
    return 'warn';
  }
  const suspension = await tx.filingSanction.create({
    data: {
      organisationId,
      kind: 'SUSPENSION',
      figures: { ...figures },
      reason: composeSanctionReason('SUSPENSION', figures, step.endsAt),
      startsAt: now,
      endsAt: step.endsAt,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actor: null,
    action: 'filingSanction.suspend',
    objectType: 'organisation',
    objectId: organisationId,
    after: { sanctionId: suspension.id, kind: 'SUSPENSION', ...figures, endsAt: step.endsAt.toISOString() },
  });
  await notify(tx, { type: 'filingSuspended', params: { ...params, endsAt: step.endsAt }, link: '/brand', recipients: { organisationIds: [organisationId] } });
  return 'suspend';
}

// ───────────────────────────── Enforcement at submission ─────────────────────────────

/** Submission refused: the organisation is suspended from filing until `endsAt`. */
export class FilingSuspendedError extends Error {
  constructor(
    readonly endsAt: Date | null,
    /** The suspension's stored reason (localized text). */
    readonly reason: string,
  ) {
    super('filingSuspended');
    this.name = 'FilingSuspendedError';
  }
}

/**
 * Throws FilingSuspendedError when a suspension is in force for the organisation. Called
 * inside the submit transaction, after the draft row is locked; it takes a share lock on
 * the organisation row, so a submission and the abuse job's suspension (which holds the row
 * FOR NO KEY UPDATE) do not pass each other.
 */
export async function assertMayFileClaims(tx: Tx, organisationId: string, now: Date): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId} FOR SHARE`;
  const sanctions = await tx.filingSanction.findMany({
    where: { organisationId, kind: 'SUSPENSION', liftedAt: null, startsAt: { lte: now } },
    select: { kind: true, startsAt: true, endsAt: true, liftedAt: true, reason: true },
  });
  const suspension = activeSuspension(sanctions, now);
  if (suspension) throw new FilingSuspendedError(suspension.endsAt, suspension.reason);
}

export interface FilingStanding {
  /** The suspension in force, if any. */
  suspension: { id: string; reason: string; startsAt: Date; endsAt: Date | null } | null;
  /** The latest warning still in its grace period (not lifted), if any and not suspended. */
  warning: { id: string; reason: string; startsAt: Date; graceEndsAt: Date } | null;
}

/** For the banner on the brand home and the filing pages: what stands against the organisation now. */
export async function filingStandingOf(organisationId: string, now = new Date()): Promise<FilingStanding> {
  const prisma = await db();
  const [policy, sanctions] = await Promise.all([
    readPolicy(prisma),
    prisma.filingSanction.findMany({
      where: { organisationId, liftedAt: null, startsAt: { lte: now } },
      orderBy: { startsAt: 'desc' },
      select: { id: true, kind: true, reason: true, startsAt: true, endsAt: true, liftedAt: true },
    }),
  ]);
  const suspension = activeSuspension(sanctions, now);
  if (suspension) return { suspension: { id: suspension.id, reason: suspension.reason, startsAt: suspension.startsAt, endsAt: suspension.endsAt }, warning: null };
  const graceMs = policy.abuseWarningGraceDays * DAY;
  const warning = sanctions.find((s) => s.kind === 'WARNING' && now.getTime() - s.startsAt.getTime() < graceMs);
  return {
    suspension: null,
    warning: warning ? { id: warning.id, reason: warning.reason, startsAt: warning.startsAt, graceEndsAt: new Date(warning.startsAt.getTime() + graceMs) } : null,
  };
}

// ───────────────────────────── Staff: the list ─────────────────────────────

export const SANCTION_FILTERS = ['active', 'all'] as const;
export type SanctionFilter = (typeof SANCTION_FILTERS)[number];
export const SANCTIONS_PAGE_SIZE = 25;

export interface SanctionRow {
  id: string;
  organisation: { id: string; name: string };
  kind: FilingSanctionKind;
  figures: SanctionFigures | null;
  reason: string;
  startsAt: Date;
  endsAt: Date | null;
  liftedAt: Date | null;
  liftedBy: string | null;
  liftReason: string | null;
  /** In force now: a suspension not ended, or a warning in its grace period; neither lifted. */
  active: boolean;
}

function assertMay(viewer: { role: Role }, action: 'sanction.view' | 'sanction.lift'): void {
  if (!can(viewer.role, action)) throw new Error(`${viewer.role} may not ${action}`);
}

/** Where a sanction is in force now (see SanctionRow.active). */
function activeWhere(now: Date, graceDays: number) {
  return {
    liftedAt: null,
    startsAt: { lte: now },
    OR: [
      { kind: 'SUSPENSION' as const, OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
      { kind: 'WARNING' as const, startsAt: { gt: new Date(now.getTime() - graceDays * DAY) } },
    ],
  };
}

/** Warnings and suspensions, newest first; `active` keeps those in force now. Reviewers and admins. */
export async function listSanctions(viewer: { role: Role }, filter: SanctionFilter, requestedPage: number, now = new Date()): Promise<Paged<SanctionRow>> {
  assertMay(viewer, 'sanction.view');
  const prisma = await db();
  const policy = await readPolicy(prisma);
  const active = activeWhere(now, policy.abuseWarningGraceDays);
  const where = filter === 'active' ? active : {};
  const total = await prisma.filingSanction.count({ where });
  const pageCount = pageCountOf(total, SANCTIONS_PAGE_SIZE);
  const page = clampPage(requestedPage, pageCount);
  const rows = await prisma.filingSanction.findMany({
    where,
    orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
    ...pageSlice(page, SANCTIONS_PAGE_SIZE),
    select: {
      id: true,
      kind: true,
      figures: true,
      reason: true,
      startsAt: true,
      endsAt: true,
      liftedAt: true,
      liftReason: true,
      organisation: { select: { id: true, name: true } },
      liftedBy: { select: { name: true } },
    },
  });
  const graceMs = policy.abuseWarningGraceDays * DAY;
  return {
    rows: rows.map((s) => ({
      id: s.id,
      organisation: s.organisation,
      kind: s.kind,
      figures: readFigures(s.figures),
      reason: s.reason,
      startsAt: s.startsAt,
      // A warning's "until" is the end of its grace period.
      endsAt: s.kind === 'WARNING' ? new Date(s.startsAt.getTime() + graceMs) : s.endsAt,
      liftedAt: s.liftedAt,
      liftedBy: s.liftedBy?.name ?? null,
      liftReason: s.liftReason,
      active:
        s.liftedAt === null &&
        s.startsAt.getTime() <= now.getTime() &&
        (s.kind === 'SUSPENSION' ? s.endsAt === null || s.endsAt.getTime() > now.getTime() : now.getTime() - s.startsAt.getTime() < graceMs),
    })),
    total,
    page,
    pageSize: SANCTIONS_PAGE_SIZE,
    pageCount,
  };
}

// ───────────────────────────── Admin: lifting ─────────────────────────────

export type LiftSanctionResult = { ok: true } | { ok: false; violation: 'forbidden' | 'notFound' | 'alreadyLifted' };

/**
 * Lifts a warning or a suspension, with the admin's reason; the organisation is told. Guarded
 * on liftedAt: two admins lifting at once leave one lift (the second is told it is already
 * lifted). A suspension that has already ended can still be lifted (the record then says why
 * it should not count), which also keeps it from counting as the last suspension's end.
 */
export async function liftSanction(admin: SessionUser, input: { sanctionId: string; reason: string }, meta: RequestMeta, now = new Date()): Promise<LiftSanctionResult> {
  if (!can(admin.role, 'sanction.lift')) return { ok: false, violation: 'forbidden' };
  const prisma = await db();
  return prisma.$transaction(async (tx): Promise<LiftSanctionResult> => {
    const sanction = await tx.filingSanction.findUnique({
      where: { id: input.sanctionId },
      select: { id: true, kind: true, organisationId: true, liftedAt: true, organisation: { select: { name: true } } },
    });
    if (!sanction) return { ok: false, violation: 'notFound' };
    const reason = input.reason.trim();
    const { count } = await tx.filingSanction.updateMany({
      where: { id: sanction.id, liftedAt: null },
      data: { liftedAt: now, liftedById: admin.id, liftReason: reason },
    });
    if (count === 0) return { ok: false, violation: 'alreadyLifted' };
    await recordAudit(tx, {
      actor: { id: admin.id, role: admin.role, organisationId: admin.organisationId },
      action: 'filingSanction.lift',
      objectType: 'organisation',
      objectId: sanction.organisationId,
      before: { sanctionId: sanction.id, kind: sanction.kind, liftedAt: null },
      after: { sanctionId: sanction.id, kind: sanction.kind, liftedAt: now.toISOString(), reason },
      meta,
    });
    // The catalogue's notice speaks of a suspension; a lifted warning shows on the brand home.
    if (sanction.kind === 'SUSPENSION') {
      await notify(tx, {
        type: 'filingSuspensionLifted',
        params: { organisationName: sanction.organisation.name, reason },
        link: '/brand',
        recipients: { organisationIds: [sanction.organisationId] },
      });
    }
    return { ok: true };
  });
}
