'use client';

import { IntlProvider } from 'use-intl';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { ClientMessages } from '@/lib/i18n/client-messages';

/** Gives client components `useTranslations()` with the request's locale and their part of the catalogue (lib/i18n/client-messages.ts). */
export function ClientIntlProvider({ locale, messages, children }: { locale: Locale; messages: ClientMessages; children: ReactNode }) {
  return (
    <IntlProvider locale={locale} messages={messages} timeZone="UTC">
      {children}
    </IntlProvider>
  );
}
