// The demo's abuse sanctions (DSA Art 23, issue 5): two brand-protection agencies that file
// for Stridewell and whose claims mostly fail, decided by the demo reviewers over the last
// two months, naming listings of Urban Cable Co. (a store no other e2e spec uses).
// - Rapid Takedown Services (ops@rapid-takedown.example): 30 decided items, 15 rejected, no
//   sanction yet: the filing-abuse job warns it when the server starts.
// - Swift Notice Partners (filings@swift-notice.example): 28 decided, 12 rejected and 2
//   restored after counter-notices, warned 20 days ago and suspended 3 days ago for 30 days;
//   it holds a draft ready to submit, which submission refuses until an admin lifts the
//   suspension (e2e/filing-sanctions.spec.ts). The job finds the suspension in force and
//   leaves it.
import { randomUUID } from 'node:crypto';
import { POLICY_DEFAULTS } from '../lib/domain/policy';
import { composeSanctionReason, figuresOf } from '../lib/domain/filing-sanctions';
import { createAgencyAuthorization, createClaim, createListings, type FactoryDb } from '../lib/factories';
import { createDecidedRecord, createFilingSanction } from '../lib/factories/filing-sanction';

const DAY = 86_400_000;

export interface SanctionsSeedContext {
  now: Date;
  orgId: (key: 'rapid-takedown' | 'swift-notice') => string;
  userId: (key: 'rapid' | 'swift' | 'reviewer' | 'reviewer2') => string;
  brandId: (key: 'stridewell') => string;
  storeId: (key: 'urban-cable-co') => string;
}

export async function seedSanctions(db: FactoryDb, { now, orgId, userId, brandId, storeId }: SanctionsSeedContext): Promise<void> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const stridewell = brandId('stridewell');
  const store = storeId('urban-cable-co');
  const right = await db.right.findFirstOrThrow({ where: { brandId: stridewell, status: 'VERIFIED' }, orderBy: { createdAt: 'asc' }, select: { id: true } });
  for (const agency of ['rapid-takedown', 'swift-notice'] as const) {
    await createAgencyAuthorization(db, { agencyOrganisationId: orgId(agency), brandId: stridewell, validUntil: new Date(now.getTime() + 300 * DAY), createdAt: ago(120) });
  }
  const title = (lot: string) => (i: number) => `USB-C charging cable, braided, 2 m (lot ${lot}-${String(i + 1).padStart(2, '0')})`;

  // Rapid Takedown: decisions spread over the last 60 days, half of them rejections.
  await createDecidedRecord(db, {
    brandId: stridewell,
    filerOrganisationId: orgId('rapid-takedown'),
    filedById: userId('rapid'),
    rightIds: [right.id],
    storeId: store,
    decidedById: userId('reviewer'),
    decided: 30,
    rejected: 15,
    decidedAt: (i) => ago(58 - i * 1.9),
    submittedAt: ago(61),
    title: title('RT'),
  });

  // Swift Notice: decided 25–55 days ago, so its figures were the same at the warning, at
  // the suspension and now.
  const swiftCounts = { decided: 28, rejected: 12, restored: 2 };
  await createDecidedRecord(db, {
    brandId: stridewell,
    filerOrganisationId: orgId('swift-notice'),
    filedById: userId('swift'),
    rightIds: [right.id],
    storeId: store,
    decidedById: userId('reviewer2'),
    ...swiftCounts,
    decidedAt: (i) => ago(55 - i),
    submittedAt: ago(57),
    title: title('SN'),
  });
  const figures = figuresOf({ ...swiftCounts, stood: 14, removed: 16, withdrawn: 0, expedited: 0, overturned: 0 }, POLICY_DEFAULTS);
  const warnedAt = ago(20);
  await createFilingSanction(db, {
    organisationId: orgId('swift-notice'),
    kind: 'WARNING',
    figures: { ...figures },
    reason: composeSanctionReason('WARNING', figures, new Date(warnedAt.getTime() + POLICY_DEFAULTS.abuseWarningGraceDays * DAY)),
    startsAt: warnedAt,
    createdAt: warnedAt,
  });
  const suspendedAt = ago(3);
  const endsAt = new Date(suspendedAt.getTime() + POLICY_DEFAULTS.filingSuspensionDays * DAY);
  await createFilingSanction(db, {
    organisationId: orgId('swift-notice'),
    kind: 'SUSPENSION',
    figures: { ...figures },
    reason: composeSanctionReason('SUSPENSION', figures, endsAt),
    startsAt: suspendedAt,
    endsAt,
    createdAt: suspendedAt,
  });

  // Its draft, complete and signed, waiting at the review step.
  const listings = await createListings(db, {
    storeId: store,
    listings: [0, 1].map((i) => ({ title: `Stridewell trail runner copy, size ${41 + i} (lot SN-D${i + 1})`, createdAt: ago(30) })),
  });
  await createClaim(db, {
    brandId: stridewell,
    filerOrganisationId: orgId('swift-notice'),
    filedById: userId('swift'),
    rightIds: [right.id],
    status: 'DRAFT',
    reference: `DRAFT-${randomUUID()}`,
    idempotencyKey: randomUUID(),
    summary: 'Trail runners sold under the Stridewell name without authorisation.',
    goodFaithDeclared: true,
    accuracyDeclared: true,
    signatureName: 'Sam Swift',
    draftStep: 5,
    createdAt: ago(1),
    items: listings.map((l) => ({ listingId: l.id, infringementType: 'COUNTERFEIT' as const })),
  });
}
