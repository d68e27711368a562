'use server';

import { ActionError, definePublicAction } from '@/lib/actions/action';
import { hashPassword } from '@/lib/auth/password';
import { signUpAccount } from '@/lib/data/users';
import { getLocale } from '@/lib/i18n/server';
import { SignUpSchema } from '@/lib/validations/auth';

export const signUpAction = definePublicAction({
  schema: SignUpSchema,
  run: async (input, { meta }) => {
    // Hashed before the transaction opens, so the transaction stays short.
    const passwordHash = await hashPassword(input.password);
    const result = await signUpAccount(input, passwordHash, await getLocale(), meta);
    if (!result.ok) {
      // A ban is reported for the form as a whole: which part matched is not the applicant's business.
      throw result.violation === 'emailTaken' ? new ActionError('emailTaken', 'email') : new ActionError('banned');
    }
    return { redirectTo: '/sign-in?registered=1' };
  },
});
