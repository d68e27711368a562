'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/action';
import { fileAppeal } from '@/lib/data/closures';
import { FileAppealSchema } from '@/lib/validations/closures';
import { closureError } from '../../../closure-outcome';

export const fileAppealAction = defineAction({
  permission: 'appeal.file',
  schema: FileAppealSchema,
  revalidate: ['/seller', '/review/closures'],
  run: async (input, { user, meta }) => {
    const result = await fileAppeal(user, input, meta);
    if (!result.ok) throw await closureError(result);
    revalidatePath('/seller/stores/[id]', 'page');
  },
});
