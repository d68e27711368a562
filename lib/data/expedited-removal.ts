// Expedited removal (journey 5): a trusted brand's counterfeit claim backed by a test purchase
// takes its listings down at the moment it is filed, before any reviewer sees it. Called from
// submitClaim inside its transaction, after the items became PENDING, so the claim, the
// takedowns, the statements and the notices commit together or not at all.
//
// The takedown is not a decision: decidedAt/decidedById stay NULL, no strike is issued and the
// item waits in the reviewers' "expedited removals to review" list (lib/data/expedited-review.ts)
// until a person confirms it (the strike follows then) or overturns it (the listing comes back
// and it counts against the brand).
import 'server-only';
import type { Tx } from '../db';
import { recordAudit } from '../audit';
import { notify } from '../notifications';
import type { RequestMeta } from '../request-meta';
import { claimItemTransition } from '../domain/claim-item';
import { canCarryClaim } from '../domain/rights';
import { composeRemovalStatement, statementRecord } from '../domain/statement-of-reasons';
import { takeListingDown } from './listing-removal';
import { marketplaceOrganisationFor } from './organisations';
import { readPolicy } from './policy';
import { refreshClaimStatus } from './claim-items';

/** The evidence kind that lets a counterfeit claim take a listing down at once. */
export const EXPEDITING_EVIDENCE = 'TEST_PURCHASE' as const;

/**
 * Takes down at once every PENDING counterfeit item of a just-submitted claim of a TRUSTED
 * brand that has a test purchase (on the item or on the whole claim). Returns the items taken
 * down (none for a standard brand).
 */
export async function expediteTrustedTakedowns(tx: Tx, input: { claimId: string; filerOrganisationId: string; now: Date; meta?: RequestMeta }): Promise<string[]> {
  const { claimId, now } = input;
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      id: true,
      reference: true,
      submittedAt: true,
      summary: true,
      brand: { select: { name: true, tier: true } },
      filerOrganisation: { select: { name: true } },
      rights: { select: { right: true } },
    },
  });
  if (claim.brand.tier !== 'TRUSTED') return [];
  const claimWide = await tx.claimEvidence.count({ where: { claimId, claimItemId: null, kind: EXPEDITING_EVIDENCE } });
  const items = await tx.claimItem.findMany({
    where: {
      claimId,
      status: 'PENDING',
      infringementType: 'COUNTERFEIT',
      ...(claimWide > 0 ? {} : { evidence: { some: { kind: EXPEDITING_EVIDENCE } } }),
    },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      version: true,
      status: true,
      note: true,
      infringementType: true,
      listing: { select: { id: true, externalId: true, title: true, status: true, store: { select: { id: true, name: true, sellerOrganisationId: true } } } },
    },
  });
  if (items.length === 0) return [];
  // The statement names the right the claim rests on; a submitted claim has at least one usable.
  const right = claim.rights.map((r) => r.right).find((r) => canCarryClaim(r, now));
  if (!right) return [];
  const policy = await readPolicy(tx);
  const marketplace = await marketplaceOrganisationFor(tx, { organisationId: input.filerOrganisationId });
  // The claim's evidence once, not once per item: a bulk claim can carry thousands of items.
  const claimEvidence = await tx.claimEvidence.findMany({
    where: { claimId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { claimItemId: true, kind: true, document: { select: { fileName: true, confidential: true } } },
  });
  const done: string[] = [];
  for (const item of items) {
    const transition = claimItemTransition(item.status, 'expedite', 'SYSTEM');
    if (!transition.ok) continue;
    const { count } = await tx.claimItem.updateMany({
      where: { id: item.id, version: item.version, status: 'PENDING' },
      data: { status: transition.to, expedited: true, expeditedAt: now, version: { increment: 1 } },
    });
    if (count === 0) continue;
    const listingRemovedNow = await takeListingDown(tx, item.listing, now);
    const evidence = claimEvidence.filter((e) => e.claimItemId === null || e.claimItemId === item.id);
    const statement = await tx.statementOfReasons.create({
      data: {
        storeId: item.listing.store.id,
        listingId: item.listing.id,
        claimItemId: item.id,
        ...statementRecord(
          composeRemovalStatement(
            {
              marketplaceName: marketplace?.name ?? '—',
              removedAt: now,
              automated: true,
              listing: { externalId: item.listing.externalId, title: item.listing.title },
              store: { name: item.listing.store.name },
              claim: {
                reference: claim.reference,
                submittedAt: claim.submittedAt,
                summary: claim.summary,
                brandName: claim.brand.name,
                filerName: claim.filerOrganisation.name,
              },
              item: { infringementType: item.infringementType, note: item.note },
              decision: { removalReason: 'COUNTERFEIT', note: null },
              right,
              evidence: evidence.map((e) => ({ kind: e.kind, fileName: e.document.fileName, confidential: e.document.confidential })),
            },
            policy,
          ),
        ),
        createdAt: now,
      },
      select: { id: true, contestUntil: true },
    });
    await recordAudit(tx, {
      actor: null,
      action: 'claimItem.expedite',
      objectType: 'claimItem',
      objectId: item.id,
      before: { status: item.status, version: item.version, listingStatus: item.listing.status },
      after: {
        status: transition.to,
        version: item.version + 1,
        expedited: true,
        expeditedAt: now.toISOString(),
        listingStatus: 'REMOVED',
        listingRemovedNow,
        statementId: statement.id,
        contestUntil: statement.contestUntil?.toISOString() ?? null,
        strike: 'awaitsReview',
      },
      ...(input.meta ? { meta: input.meta } : {}),
    });
    if (item.listing.store.sellerOrganisationId) {
      await notify(tx, {
        type: 'claimItemRemoved',
        params: { listingTitle: item.listing.title, storeName: item.listing.store.name, claimReference: claim.reference, contestBy: statement.contestUntil ?? now },
        link: `/seller/statements/${statement.id}`,
        recipients: { organisationIds: [item.listing.store.sellerOrganisationId] },
      });
    }
    done.push(item.id);
  }
  if (done.length > 0) await refreshClaimStatus(tx, claimId);
  return done;
}
