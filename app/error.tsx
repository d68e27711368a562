'use client';

import { useEffect } from 'react';
import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { StatusMessage } from '@/components/shell/status-page';
import { Button } from '@/components/ui/button';

// Unexpected failures below the root layout. Never shows the error's text or stack: in
// production the server sends only a digest, which is what we show (it matches the log).
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('pages.error');
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;
  return (
    <StatusMessage
      title={t('title')}
      actions={
        <>
          <Button onClick={() => retry()}>{t('retry')}</Button>
          <Button asChild variant="secondary">
            <Link href="/">{t('home')}</Link>
          </Button>
        </>
      }
    >
      <p>{t('body')}</p>
      {digest ? <p className="mt-4 font-mono text-xs text-slate-400">{t('reference', { digest })}</p> : null}
    </StatusMessage>
  );
}
