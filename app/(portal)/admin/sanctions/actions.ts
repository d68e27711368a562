'use server';

import { ActionError, defineAction } from '@/lib/actions/action';
import { liftSanction } from '@/lib/data/filing-sanctions';
import { LiftSanctionSchema } from '@/lib/validations/filing-sanctions';

export const liftSanctionAction = defineAction({
  permission: 'sanction.lift',
  schema: LiftSanctionSchema,
  revalidate: ['/admin/sanctions', '/brand'],
  run: async (input, { user, meta }) => {
    const result = await liftSanction(user, input, meta);
    if (!result.ok) throw new ActionError(result.violation === 'forbidden' ? 'forbidden' : `sanctions.admin.errors.${result.violation}`);
    return { redirectTo: '/admin/sanctions?lifted=1' };
  },
});
