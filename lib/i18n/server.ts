// The locale of this request and a translator for it. A signed-in user's saved locale
// wins; before sign-in, the locale cookie, then the browser's Accept-Language.
import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { createTranslator } from 'use-intl/core';
import { getSessionUser } from '../auth/session';
import { LOCALE_COOKIE, isLocale, localeFromAcceptLanguage, type Locale } from './locales';
import { SHARED_INTL_CACHE } from './intl-cache';
import { MESSAGES } from './messages';
import { makeFormat, type Format } from '../format';

export const getLocale = cache(async (): Promise<Locale> => {
  const user = await getSessionUser();
  if (user && isLocale(user.locale)) return user.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage((await headers()).get('accept-language'));
});

export async function getServerTranslator() {
  const locale = await getLocale();
  return createTranslator({ locale, messages: MESSAGES[locale], ...SHARED_INTL_CACHE });
}

export type Translator = Awaited<ReturnType<typeof getServerTranslator>>;

/** Numbers and dates in the request's locale (lib/format.ts; times in UTC, and say so). */
export async function getServerFormatter(now: Date = new Date()): Promise<Format> {
  return makeFormat(await getLocale(), now);
}
