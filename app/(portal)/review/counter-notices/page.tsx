import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { listCounterNoticesForReview } from '@/lib/data/counter-notices';
import type { CounterNoticeReadiness } from '@/lib/domain/counter-notice';
import type { Tone } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('counterNotices.review.listTitle') };
}

const READINESS_TONE: Record<CounterNoticeReadiness, Tone> = { brandResponded: 'warn', windowPassed: 'warn', awaitingBrand: 'info', closed: 'neutral' };

/** The reviewers' counter-notices: ready for a decision first, then waiting for the brand, then the latest decided. */
export default async function ReviewCounterNoticesPage() {
  const user = await requirePermission('counterNotice.decide', '/review/counter-notices');
  const now = new Date();
  const [t, locale, list] = await Promise.all([getServerTranslator(), getLocale(), listCounterNoticesForReview(user, now)]);
  const format = makeFormat(locale, now);
  const { rows, counts } = list!;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('counterNotices.review.listTitle')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('counterNotices.review.listIntro')}</p>
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label={t('counterNotices.review.listTitle')}>
        {(['ready', 'awaitingBrand', 'restored', 'upheld'] as const).map((key) => (
          <div key={key} className="rounded-md border border-slate-200 bg-white px-4 py-3">
            <dt className="text-xs text-slate-600">{t(`counterNotices.review.counts.${key}`)}</dt>
            <dd className="text-2xl font-semibold text-slate-900">{format.number(counts[key])}</dd>
          </div>
        ))}
      </dl>
      <Card>
        <CardHeader title={t('counterNotices.review.listTitle')} />
        <CardBody>
          {rows.length ? (
            <Table>
              <caption className="sr-only">{t('counterNotices.review.listTitle')}</caption>
              <thead>
                <tr>
                  <Th>{t('counterNotices.review.columns.listing')}</Th>
                  <Th>{t('counterNotices.review.columns.brand')}</Th>
                  <Th>{t('counterNotices.review.columns.store')}</Th>
                  <Th>{t('counterNotices.review.columns.ground')}</Th>
                  <Th>{t('counterNotices.review.columns.readiness')}</Th>
                  <Th>{t('counterNotices.review.columns.due')}</Th>
                  <Th>{t('counterNotices.review.columns.filed')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((row) => (
                  <tr key={row.id}>
                    <Td className="max-w-xs">
                      <Link href={`/review/counter-notices/${row.id}`} className="font-medium text-brand-700 underline">
                        {row.listingTitle}
                      </Link>
                      <div className="font-mono text-xs text-slate-500">{row.claimReference}</div>
                    </Td>
                    <Td>{row.brandName}</Td>
                    <Td>{row.storeName}</Td>
                    <Td>{t(`counterNotices.ground.${row.ground}`)}</Td>
                    <Td>
                      <Badge tone={READINESS_TONE[row.readiness]}>
                        {row.readiness === 'closed' ? t(`counterNotices.status.${row.status}`) : t(`counterNotices.readiness.${row.readiness}`)}
                      </Badge>
                    </Td>
                    <Td className="whitespace-nowrap">{row.brandResponseDueAt ? format.dateTime(row.brandResponseDueAt) : '—'}</Td>
                    <Td className="whitespace-nowrap">{format.date(row.createdAt)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={t('counterNotices.review.empty')} />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
