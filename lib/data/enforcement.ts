// The two things every enforcement path shares: issuing a strike, and opening a closure
// proposal when the system sees cause (the strike threshold, a forged document). Both run
// inside the caller's transaction, so a strike exists exactly when the removal or the
// refusal that caused it was committed, and the proposal with it.
import 'server-only';
import { recordAudit, type Actor } from '../audit';
import type { Tx } from '../db';
import type { ClosureTrigger, StrikeSource } from '../generated/prisma/enums';
import { notify } from '../notifications';
import type { RequestMeta } from '../request-meta';
import { encodeLocalizedText, type LocalizedText } from '../domain/localized-text';
import type { Policy } from '../domain/policy';
import { strikeExpiresAt } from '../domain/policy';
import { inEveryLanguage } from '../domain/statement-of-reasons';
import { reachesClosureThreshold } from '../domain/strikes';
import { activeReviewerIds } from './reviewers';
import { countingStrikes } from './stores';

export interface IssueStrikeInput {
  storeId: string;
  source: StrikeSource;
  reason: LocalizedText;
  claimItemId?: string;
  applicationId?: string;
  /** The reviewer who decided, or null when the system issued it. */
  actor: Actor | null;
  now: Date;
  policy: Pick<Policy, 'strikeWindowDays' | 'strikeThreshold'>;
  meta?: RequestMeta;
  /** Tell the seller with a `strikeIssued` notification (off when the caller already sends its own notice, e.g. a removal's statement). */
  notifySeller?: boolean;
}

export interface IssuedStrike {
  id: string;
  expiresAt: Date;
  /** The closure proposal the strike opened (threshold reached), or null. */
  proposalId: string | null;
}

/**
 * Issues a strike, writes its audit event and, when it brings the store to the policy's
 * threshold, opens a closure proposal (unless one is already open).
 */
export async function issueStrike(tx: Tx, input: IssueStrikeInput): Promise<IssuedStrike> {
  // One store's strikes are counted one writer at a time, so two strikes landing together
  // cannot both see "below threshold" (or both open a proposal).
  await lockStore(tx, input.storeId);
  const strike = await tx.strike.create({
    data: {
      storeId: input.storeId,
      source: input.source,
      reason: encodeLocalizedText(input.reason),
      ...(input.claimItemId ? { claimItemId: input.claimItemId } : {}),
      ...(input.applicationId ? { applicationId: input.applicationId } : {}),
      issuedById: input.actor?.id ?? null,
      status: 'ACTIVE',
      expiresAt: strikeExpiresAt(input.now, input.policy),
      createdAt: input.now,
    },
    select: { id: true, expiresAt: true, store: { select: { name: true, sellerOrganisationId: true, status: true } } },
  });
  await recordAudit(tx, {
    actor: input.actor,
    action: 'strike.issue',
    objectType: 'store',
    objectId: input.storeId,
    after: {
      strikeId: strike.id,
      source: input.source,
      claimItemId: input.claimItemId ?? null,
      applicationId: input.applicationId ?? null,
      expiresAt: strike.expiresAt.toISOString(),
    },
    ...(input.meta ? { meta: input.meta } : {}),
  });
  if (input.notifySeller && strike.store.sellerOrganisationId) {
    await notify(tx, {
      type: 'strikeIssued',
      params: { storeName: strike.store.name, reason: input.reason.en },
      link: `/seller/stores/${input.storeId}`,
      recipients: { organisationIds: [strike.store.sellerOrganisationId] },
    });
  }

  let proposalId: string | null = null;
  const counting = await countStrikesAgainst(tx, input.storeId, input.now);
  if (strike.store.status !== 'CLOSED' && strike.store.status !== 'BANNED' && reachesClosureThreshold(counting, input.policy)) {
    const rationale = inEveryLanguage((t) =>
      t('enforcement.system.thresholdRationale', {
        storeName: strike.store.name,
        count: counting,
        windowDays: input.policy.strikeWindowDays,
        threshold: input.policy.strikeThreshold,
      }),
    );
    proposalId = (await openClosureProposal(tx, { storeId: input.storeId, trigger: 'STRIKE_THRESHOLD', rationale, now: input.now })).id;
  }
  return { id: strike.id, expiresAt: strike.expiresAt, proposalId };
}

/** How many strikes count against the store at `now` (active, not yet expired). */
export async function countStrikesAgainst(tx: Tx, storeId: string, now: Date): Promise<number> {
  return tx.strike.count({ where: { storeId, ...countingStrikes(now) } });
}

export interface OpenClosureInput {
  storeId: string;
  trigger: ClosureTrigger;
  rationale: LocalizedText;
  now: Date;
}

/**
 * Opens a closure proposal on the system's own motion (status OPEN: a reviewer has yet to
 * propose it, and a second reviewer to decide). A store with a proposal already open or
 * proposed gets no second one: the existing one is returned, so running a path twice
 * changes nothing.
 */
export async function openClosureProposal(tx: Tx, input: OpenClosureInput): Promise<{ id: string; opened: boolean }> {
  await lockStore(tx, input.storeId);
  const pending = await tx.closureProposal.findFirst({
    where: { storeId: input.storeId, status: { in: ['OPEN', 'PROPOSED'] } },
    select: { id: true },
  });
  if (pending) return { id: pending.id, opened: false };
  const proposal = await tx.closureProposal.create({
    data: {
      storeId: input.storeId,
      trigger: input.trigger,
      rationale: encodeLocalizedText(input.rationale),
      status: 'OPEN',
      createdAt: input.now,
    },
    select: { id: true, store: { select: { name: true } } },
  });
  await recordAudit(tx, {
    actor: null,
    action: 'closure.open',
    objectType: 'store',
    objectId: input.storeId,
    after: { proposalId: proposal.id, trigger: input.trigger, status: 'OPEN' },
  });
  await notify(tx, {
    type: 'closureOpened',
    params: { storeName: proposal.store.name, trigger: input.trigger },
    link: `/review/closures/${proposal.id}`,
    recipients: { userIds: await activeReviewerIds(tx) },
  });
  return { id: proposal.id, opened: true };
}

/** Serialises enforcement writes on one store until the transaction ends. */
async function lockStore(tx: Tx, storeId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`store-enforcement:${storeId}`}))`;
}
