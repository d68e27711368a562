import type { Prisma } from '../generated/prisma/client';
import type { FactoryDb } from './types';
import { uniqueToken } from './unique';

const YEAR_MS = 365.25 * 86_400_000;

export type CreateRightInput = Partial<Prisma.RightUncheckedCreateInput> & { brandId: string };

/**
 * A trademark registration. Verified and valid for years unless overridden; pass
 * `status: 'PENDING'` for one awaiting a reviewer, or an `expiresAt` in the past for a
 * lapsed one.
 */
export function createRight(db: FactoryDb, input: CreateRightInput) {
  const now = Date.now();
  const status = input.status ?? 'VERIFIED';
  return db.right.create({
    data: {
      type: 'TRADEMARK',
      registrationNumber: uniqueToken().toUpperCase(),
      office: 'USPTO',
      jurisdiction: 'US',
      classes: [25],
      ownerName: 'Registered Owner Inc.',
      registeredAt: new Date(now - 4 * YEAR_MS),
      expiresAt: new Date(now + 6 * YEAR_MS),
      ...(status === 'VERIFIED' && !input.verifiedAt ? { verifiedAt: new Date(now) } : {}),
      ...input,
      status,
    },
  });
}
