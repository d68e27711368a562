// The top of the reviewer's queue page: expedited takedowns still waiting for a reviewer's
// decision, oldest first, with how many there are (journey 5).
import Link from 'next/link';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import type { ExpeditedRow } from '@/lib/data/expedited-review';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';

export function ExpeditedQueue({ total, rows, t, format }: { total: number; rows: ExpeditedRow[]; t: Translator; format: Format }) {
  if (total === 0) return null;
  return (
    <Card id="expedited" aria-labelledby="expedited-title">
      <CardHeader
        title={
          <span id="expedited-title">
            {t('trust.queue.title')} <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-sm text-amber-900">{t('trust.queue.count', { count: total })}</span>
          </span>
        }
        description={t('trust.queue.description')}
      />
      <CardBody className="space-y-3">
        <Table>
          <thead>
            <tr>
              <Th scope="col">{t('trust.queue.columns.listing')}</Th>
              <Th scope="col">{t('trust.queue.columns.brand')}</Th>
              <Th scope="col">{t('trust.queue.columns.claim')}</Th>
              <Th scope="col">{t('trust.queue.columns.takenDownAt')}</Th>
              <Th scope="col">
                <span className="sr-only">{t('trust.queue.open')}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <Td>
                  {row.listing.title}
                  <span className="block text-xs text-slate-500">
                    {row.listing.externalId} · {row.listing.store.name}
                  </span>
                </Td>
                <Td>{row.claim.brand.name}</Td>
                <Td className="font-mono text-xs">{row.claim.reference}</Td>
                <Td>{format.dateTime(row.expeditedAt)}</Td>
                <Td>
                  <Link href={`/review/items/${row.id}`} aria-label={t('trust.queue.openLabel', { title: row.listing.title })} className="text-brand-700 hover:underline">
                    {t('trust.queue.open')}
                  </Link>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
        {total > rows.length ? <p className="text-sm text-slate-600">{t('trust.queue.more', { shown: rows.length, total })}</p> : null}
      </CardBody>
    </Card>
  );
}
