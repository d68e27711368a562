// The demo's enforcement work (journey 4): Yiwu Everyday Outlet (seller5) holds strikes at
// the policy's threshold and the closure proposal the system opened for it, waiting on
// /review/closures for a reviewer to propose; Eastwind Sports carries a closure proposal
// two reviewers declined last month, so the decided tab has history. Golden Phoenix Leather
// Co.'s listings are left unflagged on purpose: e2e/closures.spec.ts runs the
// protected-listings job on that store with its own clock.
import { POLICY_DEFAULTS, strikeExpiresAt } from '../lib/domain/policy';
import { createStrike, type FactoryDb } from '../lib/factories';

const DAY = 86_400_000;

export interface EnforcementSeedContext {
  now: Date;
  storeId: (key: 'yiwu-everyday-outlet' | 'eastwind-sports') => string;
  userId: (key: 'reviewer' | 'reviewer2') => string;
}

export async function seedEnforcement(db: FactoryDb, { now, storeId, userId }: EnforcementSeedContext): Promise<void> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const yiwu = storeId('yiwu-everyday-outlet');
  const reasons = [
    { days: 64, text: 'Listing removed for counterfeit Stridewell footwear (claim CLM-2026-000071).' },
    { days: 37, text: 'Listing removed for counterfeit Northpeak outerwear (claim CLM-2026-000083).' },
    { days: 11, text: 'Listing removed for counterfeit Maison Aurel goods (claim CLM-2026-000092).' },
  ];
  for (const strike of reasons) {
    const createdAt = ago(strike.days);
    await createStrike(db, {
      storeId: yiwu,
      source: 'CLAIM_ITEM',
      reason: strike.text,
      issuedById: userId('reviewer2'),
      createdAt,
      expiresAt: strikeExpiresAt(createdAt, POLICY_DEFAULTS),
    });
  }
  await db.closureProposal.create({
    data: {
      storeId: yiwu,
      trigger: 'STRIKE_THRESHOLD',
      rationale: JSON.stringify({
        en: `Yiwu Everyday Outlet holds ${reasons.length} active strikes within ${POLICY_DEFAULTS.strikeWindowDays} days; the policy's threshold is ${POLICY_DEFAULTS.strikeThreshold}.`,
        'zh-CN': `Yiwu Everyday Outlet 在 ${POLICY_DEFAULTS.strikeWindowDays} 天内有 ${reasons.length} 次有效违规，达到政策阈值 ${POLICY_DEFAULTS.strikeThreshold} 次。`,
      }),
      status: 'OPEN',
      createdAt: ago(11),
    },
  });

  await db.closureProposal.create({
    data: {
      storeId: storeId('eastwind-sports'),
      trigger: 'OTHER',
      rationale: 'Several counterfeit Northpeak listings in a short time; the store should be closed.',
      status: 'DECLINED',
      proposedById: userId('reviewer'),
      proposedAt: ago(41),
      decidedById: userId('reviewer2'),
      decidedAt: ago(40),
      decisionReason: 'One upheld removal is not a pattern; the store removed the other listings itself. Watch it instead.',
      version: 2,
      createdAt: ago(41),
    },
  });
}
