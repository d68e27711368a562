import type { Prisma } from '../generated/prisma/client';
import { POLICY_DEFAULTS } from '../domain/policy';
import { brandResponseDeadline } from '../domain/deadlines';
import type { FactoryDb } from './types';

export type CreateCounterNoticeInput = Partial<Omit<Prisma.CounterNoticeUncheckedCreateInput, 'evidence' | 'createdAt'>> & {
  createdAt?: Date;
  claimItemId: string;
  storeId: string;
  filedById: string;
  /** Documents attached as the seller's evidence. */
  documentIds?: string[];
};

/**
 * A filed counter-notice waiting for the brand (its window from the policy defaults), as the
 * seller's filing leaves it: declarations made, signed now.
 */
export function createCounterNotice(db: FactoryDb, input: CreateCounterNoticeInput) {
  const { documentIds = [], ...overrides } = input;
  const createdAt = overrides.createdAt ?? new Date();
  return db.counterNotice.create({
    data: {
      ground: 'GENUINE_GOODS',
      statement: 'These goods were bought from the brand’s authorised distributor; the invoice is attached.',
      perjuryDeclared: true,
      jurisdictionConsent: true,
      signatureName: 'Factory Seller',
      signedAt: createdAt,
      signedFromIp: '203.0.113.7',
      status: 'AWAITING_BRAND',
      brandResponseDueAt: brandResponseDeadline(createdAt, POLICY_DEFAULTS),
      ...overrides,
      createdAt,
      evidence: { create: documentIds.map((documentId) => ({ documentId })) },
    },
  });
}
