import { LOCALES, LOCALE_NAMES, type Locale } from '@/lib/i18n/locales';
import { setLocaleAction } from './locale-action';

/** A plain form: works without JavaScript, and the choice is saved on the user. */
export function LocaleSwitch({ current }: { current: Locale }) {
  const other = LOCALES.filter((l) => l !== current);
  return (
    <form action={setLocaleAction} className="flex items-center gap-1">
      {other.map((locale) => (
        <button key={locale} name="locale" value={locale} lang={locale} className="rounded-md px-2 py-1 text-sm text-brand-700 hover:bg-slate-100">
          {LOCALE_NAMES[locale]}
        </button>
      ))}
    </form>
  );
}
