import Link from 'next/link';
import { getServerTranslator } from '@/lib/i18n/server';

type Params = Record<string, string | null | undefined>;

function hrefFor(basePath: string, params: Params, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  if (page > 1) query.set('page', String(page));
  const qs = query.toString();
  return qs ? `${basePath}?${qs}` : basePath;
}

const LINK = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100';
const DISABLED = 'rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-400';

/** Previous / next links for a paginated table; keeps the table's filters in the links. */
export async function Pager({ page, pageCount, total, basePath, params }: { page: number; pageCount: number; total: number; basePath: string; params: Params }) {
  const t = await getServerTranslator();
  return (
    <nav aria-label={t('common.pager.label')} className="flex items-center justify-between gap-4 px-4 py-3 text-sm text-slate-600">
      <span>{t('common.pager.status', { page, pageCount, total })}</span>
      {pageCount > 1 ? (
        <span className="flex gap-2">
          {page > 1 ? (
            <Link href={hrefFor(basePath, params, page - 1)} className={LINK} rel="prev">
              {t('common.pager.previous')}
            </Link>
          ) : (
            <span className={DISABLED} aria-disabled="true">
              {t('common.pager.previous')}
            </span>
          )}
          {page < pageCount ? (
            <Link href={hrefFor(basePath, params, page + 1)} className={LINK} rel="next">
              {t('common.pager.next')}
            </Link>
          ) : (
            <span className={DISABLED} aria-disabled="true">
              {t('common.pager.next')}
            </span>
          )}
        </span>
      ) : null}
    </nav>
  );
}
