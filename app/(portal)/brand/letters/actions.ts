'use server';

import { defineAction } from '@/lib/actions/action';
import { throwIfRefused } from '@/lib/actions/application-refusal';
import { answerLetter } from '@/lib/data/application-letters';
import { AnswerLetterSchema } from '@/lib/validations/applications';

export const answerLetterAction = defineAction({
  permission: 'authorizationLetter.confirm',
  schema: AnswerLetterSchema,
  revalidate: ['/brand/letters', '/review/applications', '/seller/applications'],
  run: async (input, { user, meta }) => {
    const change = await answerLetter(user, input, meta);
    throwIfRefused(change);
    return { redirectTo: `/brand/letters/${encodeURIComponent(input.letterId)}?notice=${input.answer === 'confirm' ? 'confirmed' : 'denied'}` };
  },
});
