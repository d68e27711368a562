'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { getSessionUser } from '@/lib/auth/session';
import { setUserLocale } from '@/lib/data/users';
import { LOCALE_COOKIE, isLocale } from '@/lib/i18n/locales';

// Kept per user (on the user row) once signed in, and in a cookie before sign-in.
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get('locale');
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 365 * 24 * 3600 });
  const user = await getSessionUser();
  if (user) await setUserLocale(user.id, locale);
  revalidatePath('/', 'layout');
}
