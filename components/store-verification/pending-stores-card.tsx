import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, Td, Th } from '@/components/ui/table';
import type { PendingStoreVerificationRow } from '@/lib/data/store-verification';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';

/** Where a store's pending submission is decided. */
export function storeVerificationHref(id: string): string {
  return `/review/verifications/stores/${id}`;
}

/** Stores waiting for verification, first submitted first (on the reviewer's verification backlog). */
export function PendingStoresCard({ rows, total, t, format }: { rows: PendingStoreVerificationRow[]; total: number; t: Translator; format: Format }) {
  return (
    <Card id="stores" aria-labelledby="pending-stores-title">
      <CardHeader
        title={<span id="pending-stores-title">{t('storeVerification.review.listTitle')}</span>}
        description={t('storeVerification.review.listCount', { count: total })}
      />
      <CardBody>
        {rows.length ? (
          <Table>
            <caption className="sr-only">{t('storeVerification.review.listTitle')}</caption>
            <thead>
              <tr>
                <Th>{t('storeVerification.columns.store')}</Th>
                <Th>{t('storeVerification.columns.seller')}</Th>
                <Th>{t('storeVerification.columns.facts')}</Th>
                <Th>{t('storeVerification.columns.waiting')}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.id}>
                  <Td className="whitespace-nowrap">
                    <Link href={storeVerificationHref(row.id)} className="font-medium text-brand-700 hover:underline">
                      {row.store.name}
                    </Link>
                    {row.previousRejections > 0 ? (
                      <div className="mt-1">
                        <Badge tone="warn">{t('storeVerification.review.resubmitted', { count: row.previousRejections })}</Badge>
                      </div>
                    ) : null}
                  </Td>
                  <Td>
                    {row.organisationName ?? '—'}
                    {row.store.country ? ` (${row.store.country})` : null}
                  </Td>
                  <Td className="text-xs text-slate-600">{t('storeVerification.facts.licenceNumber', { value: row.licenceNumber ?? '—' })}</Td>
                  <Td className="whitespace-nowrap">
                    <span title={format.dateTime(row.submittedAt)}>{format.relative(row.submittedAt)}</span>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <EmptyState title={t('storeVerification.review.empty')} />
        )}
      </CardBody>
    </Card>
  );
}
