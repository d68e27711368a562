import type { ReactNode } from 'react';
import Link from 'next/link';
import { getSessionUser } from '@/lib/auth/session';
import { getServerTranslator } from '@/lib/i18n/server';
import { LocaleSwitch } from './locale-switch';
import { PortalHeader } from './portal-header';

/**
 * The frame for pages rendered outside the portal layout (403, 404): the portal header
 * when someone is signed in, so they keep their navigation; otherwise the public header.
 */
export async function SignedInFrame({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  if (user) {
    return (
      <div className="min-h-screen">
        <PortalHeader user={user} />
        <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
      </div>
    );
  }
  const t = await getServerTranslator();
  return (
    <div className="min-h-screen">
      <header className="mx-auto flex w-full max-w-6xl items-center justify-between px-4 pt-6">
        <Link href="/" className="text-xl font-semibold text-brand-700">
          {t('app.name')}
        </Link>
        <LocaleSwitch />
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </div>
  );
}
