import type { Prisma } from '../generated/prisma/client';
import { POLICY_DEFAULTS, REVIEW_PRIORITY_BY_TIER, reviewDueAt, type Policy } from '../domain/policy';
import type { FactoryDb } from './types';
import { uniqueToken } from './unique';

export type ClaimItemInput = Partial<Omit<Prisma.ClaimItemUncheckedCreateWithoutClaimInput, 'listingId'>> & {
  listingId: string;
};

export interface CreateClaimInput
  extends Partial<Omit<Prisma.ClaimUncheckedCreateInput, 'items' | 'rights' | 'evidence' | 'brandId' | 'filerOrganisationId' | 'filedById' | 'submittedAt'>> {
  submittedAt?: Date;
  brandId: string;
  filerOrganisationId: string;
  filedById: string;
  /** The rights the claim rests on. */
  rightIds: string[];
  items: ClaimItemInput[];
  /** The policy the due times come from (defaults if not given). */
  policy?: Pick<Policy, 'reviewSlaHoursStandard' | 'reviewSlaHoursTrusted'>;
}

/** Human-facing claim reference, e.g. CLM-2026-000123. */
export function claimReference(year: number, sequence: number): string {
  return `CLM-${year}-${String(sequence).padStart(6, '0')}`;
}

/**
 * A claim with its items and rights. Unless told otherwise it is SUBMITTED just now, with
 * the declarations signed, and each item waits in the queue with the priority and due
 * time its brand's tier gives it (lib/domain/policy.ts).
 */
export async function createClaim(db: FactoryDb, input: CreateClaimInput) {
  const { rightIds, items, policy = POLICY_DEFAULTS, ...fields } = input;
  const status = fields.status ?? 'SUBMITTED';
  const submitted = status !== 'DRAFT';
  const submittedAt = fields.submittedAt ?? new Date();
  const brand = await db.brand.findUniqueOrThrow({ where: { id: input.brandId }, select: { tier: true } });
  const dueAt = reviewDueAt(submittedAt, brand.tier, policy);
  const priority = REVIEW_PRIORITY_BY_TIER[brand.tier];
  return db.claim.create({
    data: {
      reference: `CLM-T-${uniqueToken().toUpperCase()}`,
      summary: 'Counterfeit goods offered under the brand name at a fraction of the retail price.',
      ...(submitted
        ? {
            goodFaithDeclared: true,
            accuracyDeclared: true,
            signatureName: 'Authorised Signatory',
            signedAt: submittedAt,
            signedFromIp: '203.0.113.10',
            submittedAt,
            dueAt,
            trustedAtFiling: brand.tier === 'TRUSTED',
          }
        : {}),
      ...fields,
      status,
      rights: { create: rightIds.map((rightId) => ({ rightId })) },
      items: {
        create: items.map((item) => ({
          infringementType: 'COUNTERFEIT' as const,
          ...(submitted ? { priority, dueAt } : {}),
          ...item,
        })),
      },
    },
    include: { items: { orderBy: { id: 'asc' } }, rights: true },
  });
}
