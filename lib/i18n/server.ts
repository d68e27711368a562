// The locale of this request and a translator for it. A signed-in user's saved locale
// wins; before sign-in, the locale cookie, then the browser's Accept-Language.
import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { createFormatter, createTranslator } from 'use-intl/core';
import { getSessionUser } from '../auth/session';
import { LOCALE_COOKIE, isLocale, localeFromAcceptLanguage, type Locale } from './locales';
import { MESSAGES } from './messages';

export const DISPLAY_TIME_ZONE = 'UTC';

export const getLocale = cache(async (): Promise<Locale> => {
  const user = await getSessionUser();
  if (user && isLocale(user.locale)) return user.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage((await headers()).get('accept-language'));
});

export async function getServerTranslator() {
  const locale = await getLocale();
  return createTranslator({ locale, messages: MESSAGES[locale] });
}

export type Translator = Awaited<ReturnType<typeof getServerTranslator>>;

/**
 * Dates and numbers in the request's locale. Times are shown in UTC, like the client
 * provider (components/i18n/intl-provider.tsx), so server and client render the same text.
 */
export async function getServerFormatter() {
  const locale = await getLocale();
  return createFormatter({ locale, timeZone: DISPLAY_TIME_ZONE });
}

export type Formatter = Awaited<ReturnType<typeof getServerFormatter>>;

/** Date and time, with the zone named (times are UTC). */
export const DATE_TIME_FORMAT = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
} as const satisfies Intl.DateTimeFormatOptions;

export const DATE_FORMAT = { year: 'numeric', month: 'short', day: 'numeric' } as const satisfies Intl.DateTimeFormatOptions;
