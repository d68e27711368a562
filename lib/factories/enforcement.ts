import type { Prisma } from '../generated/prisma/client';
import { POLICY_DEFAULTS, strikeExpiresAt } from '../domain/policy';
import type { FactoryDb } from './types';

export type CreateStrikeInput = Partial<Omit<Prisma.StrikeUncheckedCreateInput, 'createdAt'>> & { storeId: string; createdAt?: Date };

/** An active strike on a store, counting for the policy's strike window. */
export function createStrike(db: FactoryDb, input: CreateStrikeInput) {
  const createdAt = input.createdAt ?? new Date();
  return db.strike.create({
    data: {
      source: 'CLAIM_ITEM',
      reason: 'Listing removed: counterfeit goods.',
      status: 'ACTIVE',
      expiresAt: strikeExpiresAt(createdAt, POLICY_DEFAULTS),
      ...input,
      createdAt,
    },
  });
}

export type CreateStatementInput = Partial<Omit<Prisma.StatementOfReasonsUncheckedCreateInput, 'createdAt'>> & {
  storeId: string;
  createdAt?: Date;
};

/** The statement of reasons a seller receives with a restriction. */
export function createStatementOfReasons(db: FactoryDb, input: CreateStatementInput) {
  const createdAt = input.createdAt ?? new Date();
  return db.statementOfReasons.create({
    data: {
      restriction: 'LISTING_REMOVAL',
      scope: 'The listing was removed from the marketplace.',
      facts: 'A rights holder reported the listing and a reviewer found it infringing.',
      redress: 'You may file a counter-notice with evidence from the notice page.',
      contestUntil: new Date(createdAt.getTime() + POLICY_DEFAULTS.counterNoticeWindowDays * 86_400_000),
      ...input,
      createdAt,
    },
  });
}
