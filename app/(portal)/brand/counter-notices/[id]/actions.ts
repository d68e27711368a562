'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/action';
import { respondToCounterNotice } from '@/lib/data/counter-notices';
import { RespondToCounterNoticeSchema } from '@/lib/validations/counter-notices';
import { counterNoticeError } from '../../../counter-notice-outcome';

export const respondToCounterNoticeAction = defineAction({
  permission: 'counterNotice.respond',
  schema: RespondToCounterNoticeSchema,
  revalidate: ['/brand/counter-notices', '/review/counter-notices'],
  run: async (input, { user, meta }) => {
    const result = await respondToCounterNotice(user, input, meta);
    revalidatePath(`/brand/counter-notices/${input.counterNoticeId}`);
    if (!result.ok) throw await counterNoticeError(result);
  },
});
