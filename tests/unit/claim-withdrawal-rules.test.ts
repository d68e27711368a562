import { describe, expect, it } from 'vitest';
import { isWithdrawable, OPEN_WITHDRAWABLE_STATUSES, WITHDRAWAL_REASON_MAX, withdrawalReasonProblem } from '@/lib/domain/claim-withdrawal';

describe('what the brand may withdraw', () => {
  it('follows the state machine: open items and removals, never a final outcome', () => {
    expect(['PENDING', 'IN_REVIEW', 'INFO_REQUESTED', 'REMOVED'].every((s) => isWithdrawable(s as never))).toBe(true);
    expect(['REJECTED', 'WITHDRAWN', 'RESTORED'].some((s) => isWithdrawable(s as never))).toBe(false);
  });

  it('withdraws in bulk only what has nothing to undo', () => {
    expect([...OPEN_WITHDRAWABLE_STATUSES].sort()).toEqual(['INFO_REQUESTED', 'IN_REVIEW', 'PENDING']);
  });
});

describe('the reason for a withdrawal', () => {
  it('is required, and bounded', () => {
    expect(withdrawalReasonProblem('')).toBe('required');
    expect(withdrawalReasonProblem('  \n ')).toBe('required');
    expect(withdrawalReasonProblem('Settled with the seller.')).toBeNull();
    expect(withdrawalReasonProblem('x'.repeat(WITHDRAWAL_REASON_MAX))).toBeNull();
    expect(withdrawalReasonProblem('x'.repeat(WITHDRAWAL_REASON_MAX + 1))).toBe('tooLong');
  });
});
