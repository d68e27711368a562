import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { GeistSans } from 'geist/font/sans';
import { GeistMono } from 'geist/font/mono';
import { ClientIntlProvider } from '@/components/i18n/intl-provider';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { getClientMessages } from '@/lib/i18n/client-messages';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: { default: t('app.name'), template: `%s · ${t('app.name')}` }, description: t('app.tagline') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale} className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen font-sans">
        <ClientIntlProvider locale={locale} messages={getClientMessages(locale)}>
          {children}
        </ClientIntlProvider>
      </body>
    </html>
  );
}
