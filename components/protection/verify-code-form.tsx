import type { Translator } from '@/lib/i18n/server';

/** A plain GET form to /verify: works without JavaScript, the page normalises the code. */
export function VerifyCodeForm({ t, defaultValue, error }: { t: Translator; defaultValue?: string; error?: string | null }) {
  return (
    <form action="/verify" method="get" className="space-y-3">
      <div className="space-y-1">
        <label htmlFor="code" className="block text-sm font-medium text-slate-800">
          {t('protection.verify.code')}
        </label>
        <input
          id="code"
          name="code"
          defaultValue={defaultValue}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'code-error code-hint' : 'code-hint'}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm uppercase shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-500"
        />
        <p id="code-hint" className="text-xs text-slate-500">
          {t('protection.verify.codeHint')}
        </p>
        {error ? (
          <p id="code-error" className="text-sm text-red-700" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="inline-flex h-10 items-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">
        {t('protection.verify.submit')}
      </button>
    </form>
  );
}
