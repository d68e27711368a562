import type { ReactNode } from 'react';
import Link from 'next/link';
import { Button } from './button';

/**
 * A GET form of filters: the filters live in the URL, so a filtered list can be bookmarked,
 * shared and paged, and the form works without JavaScript. Submitting starts at page 1.
 */
export function FilterForm({
  action,
  children,
  submitLabel,
  clearLabel,
  showClear,
  hidden,
  anchor,
}: {
  action: string;
  children: ReactNode;
  submitLabel: string;
  clearLabel: string;
  /** Show the "clear" link (when any filter is set). */
  showClear: boolean;
  /** Other params to keep, e.g. another list's page on the same URL. */
  hidden?: Record<string, string | undefined>;
  anchor?: string;
}) {
  const clearParams = new URLSearchParams(Object.entries(hidden ?? {}).filter((e): e is [string, string] => !!e[1]));
  const clearQuery = clearParams.toString();
  return (
    <form method="get" action={anchor ? `${action}#${anchor}` : action} className="flex flex-wrap items-end gap-3">
      {Object.entries(hidden ?? {}).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      {children}
      <div className="flex items-center gap-2">
        <Button type="submit" variant="secondary">
          {submitLabel}
        </Button>
        {showClear ? (
          <Link href={`${action}${clearQuery ? `?${clearQuery}` : ''}${anchor ? `#${anchor}` : ''}`} className="text-sm text-brand-700 hover:underline">
            {clearLabel}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
