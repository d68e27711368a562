'use server';

import { defineAction } from '@/lib/actions/action';
import { provideClaimItemInfo } from '@/lib/data/claim-items';
import { withdrawClaim, withdrawClaimItem } from '@/lib/data/claim-withdrawal';
import { AnswerInfoSchema, WithdrawClaimItemSchema, WithdrawClaimSchema } from '@/lib/validations/claim-withdrawal';
import { brandRefusalError } from './outcome';

const claimPage = (claimId: string, notice: Record<string, string>, anchor?: string) =>
  `/brand/claims/${encodeURIComponent(claimId)}?${new URLSearchParams(notice).toString()}${anchor ? `#${anchor}` : ''}`;

export const answerInfoAction = defineAction({
  permission: 'claimItem.answerInfo',
  schema: AnswerInfoSchema,
  revalidate: ['/brand/claims', '/review'],
  run: async ({ itemId, claimId, answer }, { user, meta }) => {
    const result = await provideClaimItemInfo(user, itemId, answer, meta);
    if (!result.ok) throw await brandRefusalError(result.violation === 'queueEmpty' ? { violation: 'changed' } : result, 'answer', 'item');
    return { redirectTo: claimPage(claimId, { notice: 'answered' }, `item-${itemId}`) };
  },
});

export const withdrawClaimItemAction = defineAction({
  permission: 'claim.withdraw',
  schema: WithdrawClaimItemSchema,
  revalidate: ['/brand/claims', '/review', '/seller'],
  run: async ({ itemId, version, reason }, { user, meta }) => {
    const result = await withdrawClaimItem(user, { itemId, version, reason }, meta);
    if (!result.ok) throw await brandRefusalError(result, 'reason', 'item');
    const notice = result.from === 'REMOVED' ? (result.listingRestored ? 'itemWithdrawnRestored' : 'itemWithdrawnHeld') : 'itemWithdrawn';
    return { redirectTo: claimPage(result.claimId, { notice }, `item-${itemId}`) };
  },
});

export const withdrawClaimAction = defineAction({
  permission: 'claim.withdraw',
  schema: WithdrawClaimSchema,
  revalidate: ['/brand/claims', '/review', '/seller'],
  run: async ({ claimId, reason }, { user, meta }) => {
    const result = await withdrawClaim(user, { claimId, reason }, meta);
    if (!result.ok) throw await brandRefusalError(result, 'reason', 'claim');
    const count = Object.values(result.withdrawn).reduce((sum, n) => sum + (n ?? 0), 0);
    return { redirectTo: claimPage(claimId, { notice: 'claimWithdrawn', count: String(count), restored: String(result.listingsRestored) }) };
  },
});
