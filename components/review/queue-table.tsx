import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import { cn } from '@/lib/cn';
import type { QueueRow } from '@/lib/data/queue';
import { classifyDue } from '@/lib/domain/queue';
import { CLAIM_ITEM_STATUS_TONE, TIER_TONE } from '@/lib/domain/status-tones';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';
import { DueBadge } from './due-badge';

export function QueueTable({ rows, t, format }: { rows: QueueRow[]; t: Translator; format: Format }) {
  return (
    <Table>
      <caption className="sr-only">{t('review.queue.caption')}</caption>
      <thead>
        <tr>
          <Th>{t('review.queue.columns.claim')}</Th>
          <Th>{t('review.queue.columns.listing')}</Th>
          <Th>{t('review.queue.columns.store')}</Th>
          <Th>{t('review.queue.columns.brand')}</Th>
          <Th>{t('review.queue.columns.type')}</Th>
          <Th>{t('review.queue.columns.status')}</Th>
          <Th>{t('review.queue.columns.due')}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((item) => {
          const overdue = classifyDue(item, format.now) === 'overdue';
          return (
            <tr key={item.id} className={cn(overdue && 'bg-red-50')}>
              <Td className="font-mono text-xs whitespace-nowrap">{item.claim.reference}</Td>
              <Td className="min-w-56">
                <Link href={`/review/items/${item.id}`} className="font-medium text-brand-700 hover:underline">
                  {item.listing.title}
                </Link>
                <div className="text-xs text-slate-500">
                  <span className="tabular-nums">{format.money(item.listing.priceCents, item.listing.currency)}</span>
                  {' · '}
                  <span className="font-mono">{item.listing.externalId}</span>
                </div>
              </Td>
              <Td className="min-w-28">{item.listing.store.name}</Td>
              <Td>
                <div>{item.claim.brand.name}</div>
                <div className="mt-1">
                  <Badge tone={TIER_TONE[item.claim.brand.tier]}>{t(`brand.tier.${item.claim.brand.tier}`)}</Badge>
                </div>
              </Td>
              <Td>{t(`review.infringementType.${item.infringementType}`)}</Td>
              <Td>
                <div className="flex flex-wrap gap-1">
                  <Badge tone={CLAIM_ITEM_STATUS_TONE[item.status]}>{t(`review.claimItemStatus.${item.status}`)}</Badge>
                  {item.expedited ? <Badge tone="warn">{t('review.queue.expedited')}</Badge> : null}
                </div>
              </Td>
              <Td className="whitespace-nowrap">
                <DueBadge item={item} t={t} format={format} />
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
