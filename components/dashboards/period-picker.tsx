// The period of a dashboard, as links (?period=7|30|90|365): works without JavaScript, and
// the chosen period is in the URL to bookmark or share. Other params (the brand filter) are kept.
import Link from 'next/link';
import { PERIODS, type Period } from '@/lib/domain/dashboards';
import type { Translator } from '@/lib/i18n/server';
import { cn } from '@/lib/cn';

export function PeriodPicker({ pathname, period, keep = {}, t }: { pathname: string; period: Period; keep?: Record<string, string | undefined>; t: Translator }) {
  return (
    <nav aria-label={t('dashboards.period.label')}>
      <ul className="inline-flex overflow-hidden rounded-md border border-slate-300 text-sm">
        {PERIODS.map((p) => {
          const params = new URLSearchParams(Object.entries({ ...keep, period: String(p) }).filter((e): e is [string, string] => !!e[1]));
          return (
            <li key={p} className="border-l border-slate-300 first:border-l-0">
              <Link
                href={`${pathname}?${params.toString()}`}
                aria-current={p === period ? 'page' : undefined}
                className={cn('block px-3 py-1.5', p === period ? 'bg-brand-700 font-medium text-white' : 'bg-white text-slate-700 hover:bg-slate-50')}
              >
                {t('dashboards.period.option', { days: p })}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** The export URL of one chart, with the page's period and filter. */
export function exportHref(dashboard: string, chart: string, period: Period, brand?: string): string {
  const params = new URLSearchParams({ period: String(period), ...(brand ? { brand } : {}) });
  return `/dashboards/export/${dashboard}/${chart}?${params.toString()}`;
}
