'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/action';
import { decideCounterNotice } from '@/lib/data/counter-notices';
import { DecideCounterNoticeSchema } from '@/lib/validations/counter-notices';
import { counterNoticeError } from '../../../counter-notice-outcome';

export const decideCounterNoticeAction = defineAction({
  permission: 'counterNotice.decide',
  schema: DecideCounterNoticeSchema,
  revalidate: ['/review/counter-notices', '/seller', '/brand/counter-notices'],
  run: async (input, { user, meta }) => {
    const result = await decideCounterNotice(user, input, meta);
    revalidatePath(`/review/counter-notices/${input.counterNoticeId}`);
    if (!result.ok) throw await counterNoticeError(result);
  },
});
