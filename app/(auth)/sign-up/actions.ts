'use server';

import { ActionError, definePublicAction } from '@/lib/actions/action';
import { hashPassword } from '@/lib/auth/password';
import { signUpAccount } from '@/lib/data/users';
import { getLocale } from '@/lib/i18n/server';
import { SignUpSchema } from '@/lib/validations/auth';
import type { BanKey } from '@/lib/domain/store-verification';

/** The sign-up field each ban key comes from (no identity document is asked at sign-up). */
const SIGN_UP_BAN_FIELD: Record<BanKey, string | undefined> = {
  email: 'email',
  phone: 'phone',
  licenceNumber: 'registrationNumber',
  identityDocument: undefined,
};

export const signUpAction = definePublicAction({
  schema: SignUpSchema,
  run: async (input, { meta }) => {
    // Hashed before the transaction opens, so the transaction stays short.
    const passwordHash = await hashPassword(input.password);
    const result = await signUpAccount(input, passwordHash, await getLocale(), meta);
    if (!result.ok) {
      if (result.violation === 'emailTaken') throw new ActionError('emailTaken', 'email');
      // A ban is shown at the field whose key it matched, in general terms: which kind of key
      // is barred, never whose store it was.
      throw new ActionError(`storeVerification.banned.${result.key}`, SIGN_UP_BAN_FIELD[result.key]);
    }
    return { redirectTo: '/sign-in?registered=1' };
  },
});
