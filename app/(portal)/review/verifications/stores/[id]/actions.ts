'use server';

import { revalidatePath } from 'next/cache';
import { ActionError, defineAction } from '@/lib/actions/action';
import { recordStoreVerificationDecision } from '@/lib/data/store-verification';
import { StoreDecisionSchema } from '@/lib/validations/store-verification';

export const decideStoreVerificationAction = defineAction({
  permission: 'store.verify',
  schema: StoreDecisionSchema,
  revalidate: ['/review', '/review/verifications', '/seller'],
  run: async (input, { user, meta }) => {
    const result = await recordStoreVerificationDecision(user, input, meta);
    revalidatePath(`/review/verifications/stores/${input.id}`);
    if (!result.ok) {
      switch (result.violation) {
        case 'reasonRequired':
          throw new ActionError('storeVerification.errors.reasonRequired', 'reason');
        case 'stale':
          throw new ActionError('storeVerification.errors.stale');
        case 'alreadyDecided':
        case 'expired':
          throw new ActionError('storeVerification.errors.alreadyDecided');
        default:
          throw new ActionError(result.violation);
      }
    }
    return { redirectTo: `/review/verifications?storeDecided=${result.status}#stores` };
  },
});
