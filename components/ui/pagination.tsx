import Link from 'next/link';
import { cn } from '@/lib/cn';
import { pageLinks } from '@/lib/domain/pagination';

export interface PaginationLabels {
  /** The landmark's name, e.g. "Claims pages". */
  navigation: string;
  previous: string;
  next: string;
}

interface PaginationProps {
  page: number;
  pageCount: number;
  /** The path the links point at, e.g. "/review". */
  pathname: string;
  /** The current search params: filters and other lists' pages are kept on every link. */
  params: Record<string, string | undefined>;
  /** The search param that carries this list's page (several lists may share a URL). */
  param?: string;
  /** A fragment to jump back to the list after following a link. */
  anchor?: string;
  labels: PaginationLabels;
}

function hrefFor(pathname: string, params: Record<string, string | undefined>, param: string, page: number, anchor?: string) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value && key !== param) search.set(key, value);
  if (page > 1) search.set(param, String(page));
  const query = search.toString();
  return `${pathname}${query ? `?${query}` : ''}${anchor ? `#${anchor}` : ''}`;
}

const LINK = 'inline-flex h-8 min-w-8 items-center justify-center rounded-md px-2 text-sm';

/** Links between pages of a list; plain links, so it works without JavaScript. */
export function Pagination({ page, pageCount, pathname, params, param = 'page', anchor, labels }: PaginationProps) {
  if (pageCount <= 1) return null;
  const href = (p: number) => hrefFor(pathname, params, param, p, anchor);
  return (
    <nav aria-label={labels.navigation} className="flex flex-wrap items-center gap-1">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={cn(LINK, 'text-brand-700 hover:bg-slate-100')}>
          {labels.previous}
        </Link>
      ) : (
        <span className={cn(LINK, 'text-slate-400')} aria-disabled="true">
          {labels.previous}
        </span>
      )}
      {pageLinks(page, pageCount).map((p, i) =>
        p === null ? (
          <span key={`gap-${i}`} className={cn(LINK, 'text-slate-400')} aria-hidden="true">
            …
          </span>
        ) : p === page ? (
          <span key={p} aria-current="page" className={cn(LINK, 'bg-brand-600 font-medium text-white')}>
            {p}
          </span>
        ) : (
          <Link key={p} href={href(p)} className={cn(LINK, 'text-slate-700 hover:bg-slate-100')}>
            {p}
          </Link>
        ),
      )}
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={cn(LINK, 'text-brand-700 hover:bg-slate-100')}>
          {labels.next}
        </Link>
      ) : (
        <span className={cn(LINK, 'text-slate-400')} aria-disabled="true">
          {labels.next}
        </span>
      )}
    </nav>
  );
}
