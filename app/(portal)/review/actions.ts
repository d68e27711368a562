'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/action';
import { takeNextClaimItem } from '@/lib/data/claim-items';
import { refusalError } from './claim-item-outcome';

/** Takes the front of the queue and opens it. */
export const takeNextClaimItemAction = defineAction({
  permission: 'claimItem.decide',
  schema: z.object({}),
  revalidate: ['/review'],
  run: async (_input, { user, meta }) => {
    const result = await takeNextClaimItem(user, meta);
    if (!result.ok) throw await refusalError(result);
    return { redirectTo: `/review/items/${result.itemId}` };
  },
});
