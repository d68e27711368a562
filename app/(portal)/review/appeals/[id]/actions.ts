'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/action';
import { decideAppeal } from '@/lib/data/closures';
import { DecideAppealSchema } from '@/lib/validations/closures';
import { closureError } from '../../../closure-outcome';

export const decideAppealAction = defineAction({
  permission: 'appeal.decide',
  schema: DecideAppealSchema,
  revalidate: ['/review/closures', '/review/stores', '/seller'],
  run: async (input, { user, meta }) => {
    const result = await decideAppeal(user, input, meta);
    revalidatePath(`/review/appeals/${input.appealId}`);
    if (!result.ok) throw await closureError(result);
  },
});
