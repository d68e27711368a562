'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { initialActionState } from '@/lib/actions/action-state';
import { LOCALES, LOCALE_NAMES } from '@/lib/i18n/locales';
import { cn } from '@/lib/cn';
import { setLocaleAction } from './locale-action';

/**
 * One button per other language. A plain form, so it works before JavaScript loads too;
 * the server keeps the choice in a cookie and, when signed in, on the user.
 */
export function LocaleSwitch({ className }: { className?: string }) {
  const t = useTranslations('shell.localeSwitch');
  const current = useLocale();
  const [state, action, pending] = useActionState(setLocaleAction, initialActionState);
  return (
    <form action={action} className={cn('flex items-center gap-1', className)} aria-label={t('label')}>
      {LOCALES.filter((l) => l !== current).map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          disabled={pending}
          title={t('switchTo', { language: LOCALE_NAMES[locale] })}
          className="rounded-md px-2 py-1 text-sm text-brand-700 hover:bg-slate-100 disabled:opacity-60"
        >
          {LOCALE_NAMES[locale]}
        </button>
      ))}
      {state.formError ? (
        <span role="alert" className="text-xs text-red-700">
          {state.formError}
        </span>
      ) : null}
    </form>
  );
}
