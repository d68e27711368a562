'use server';

import { ActionError, defineAction } from '@/lib/actions/action';
import { liftBan } from '@/lib/data/bans';
import { LiftBanSchema } from '@/lib/validations/store-verification';

export const liftBanAction = defineAction({
  permission: 'ban.lift',
  schema: LiftBanSchema,
  revalidate: ['/admin/bans'],
  run: async (input, { user, meta }) => {
    const result = await liftBan(user, input, meta);
    if (!result.ok) {
      throw new ActionError(result.violation === 'alreadyLifted' ? 'storeVerification.errors.alreadyLifted' : result.violation);
    }
    return { redirectTo: '/admin/bans?lifted=1' };
  },
});
