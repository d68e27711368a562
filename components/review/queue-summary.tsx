import Link from 'next/link';
import { cn } from '@/lib/cn';
import type { ReviewQueue } from '@/lib/data/queue';
import { QUEUE_STATUSES } from '@/lib/domain/queue';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';
import type { QueueFilters } from '@/lib/validations/list-filters';

function hrefWith(filters: QueueFilters, change: Partial<QueueFilters>) {
  const next = { ...filters, ...change };
  const search = new URLSearchParams(Object.entries(next).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
  const query = search.toString();
  return `/review${query ? `?${query}` : ''}`;
}

/**
 * Counts per status and of overdue items under the other filters; each tile is a link
 * that narrows the queue to it (or widens it again when already chosen).
 */
export function QueueSummary({ queue, filters, t, format }: { queue: ReviewQueue; filters: QueueFilters; t: Translator; format: Format }) {
  const tiles = [
    ...QUEUE_STATUSES.map((status) => ({
      key: status,
      label: t(`review.claimItemStatus.${status}`),
      count: queue.statusCounts[status],
      active: filters.status === status,
      href: hrefWith(filters, { status: filters.status === status ? undefined : status }),
      alarm: false,
    })),
    {
      key: 'overdue',
      label: t('review.summary.overdue'),
      count: queue.overdueCount,
      active: filters.due === 'overdue',
      href: hrefWith(filters, { due: filters.due === 'overdue' ? undefined : 'overdue' }),
      alarm: queue.overdueCount > 0,
    },
  ];
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label={t('review.summary.label')}>
      {tiles.map((tile) => (
        <li key={tile.key}>
          <Link
            href={tile.href}
            aria-current={tile.active ? 'true' : undefined}
            className={cn(
              'block rounded-lg border bg-white px-4 py-3 shadow-sm hover:border-brand-600',
              tile.alarm ? 'border-red-300 bg-red-50' : 'border-slate-200',
              tile.active && 'ring-2 ring-brand-600',
            )}
          >
            <span className={cn('block text-2xl font-semibold tabular-nums', tile.alarm ? 'text-red-700' : 'text-slate-900')}>
              {format.number(tile.count)}
            </span>
            <span className={cn('block text-sm', tile.alarm ? 'text-red-800' : 'text-slate-600')}>{tile.label}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
