import type { ReactNode } from 'react';
import Link from 'next/link';
import { LocaleSwitch } from '@/components/shell/locale-switch';
import { getServerTranslator } from '@/lib/i18n/server';

// The public transparency report: open to anyone, signed in or not (proxy.ts lets
// /transparency through), outside the portal's shell.
export default async function TransparencyLayout({ children }: { children: ReactNode }) {
  const t = await getServerTranslator();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="mx-auto flex w-full max-w-5xl items-center justify-between px-4 pt-8">
        <Link href="/" className="text-xl font-semibold text-brand-700">
          {t('app.name')}
        </Link>
        <LocaleSwitch />
      </header>
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">{children}</main>
      <footer className="mx-auto w-full max-w-5xl px-4 pb-8 text-center text-xs text-slate-500">{t('app.tagline')}</footer>
    </div>
  );
}
