'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { definePublicAction } from '@/lib/actions/action';
import { setUserLocale } from '@/lib/data/users';
import { LOCALES, LOCALE_COOKIE } from '@/lib/i18n/locales';

const LOCALE_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

// Public: the switch is on the sign-in page too. The cookie always keeps the choice (it is
// what the auth pages read); once signed in it is also saved on the user, so it follows
// them to any browser.
export const setLocaleAction = definePublicAction({
  schema: z.object({ locale: z.enum(LOCALES, { message: 'validation.invalidChoice' }) }),
  run: async ({ locale }, { user }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: LOCALE_COOKIE_MAX_AGE_S });
    if (user) await setUserLocale(user.id, locale);
    // Every page's text changes, layouts included.
    revalidatePath('/', 'layout');
  },
});
