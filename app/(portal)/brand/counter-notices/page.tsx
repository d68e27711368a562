import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { listCounterNoticesForBrand } from '@/lib/data/counter-notices';
import { COUNTER_NOTICE_STATUS_TONE } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('counterNotices.brand.listTitle') };
}

/** The counter-notices on the organisation's claims, those still open to its response first. */
export default async function BrandCounterNoticesPage() {
  const user = await requirePermission('counterNotice.respond', '/brand/counter-notices');
  const now = new Date();
  const [t, locale, rows] = await Promise.all([getServerTranslator(), getLocale(), listCounterNoticesForBrand(user.organisationId, now)]);
  const format = makeFormat(locale, now);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/brand" className="text-sm text-brand-700 hover:underline">
          ← {t('counterNotices.brand.back')}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t('counterNotices.brand.listTitle')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('counterNotices.brand.listIntro')}</p>
      </div>
      <Card>
        <CardHeader title={t('counterNotices.brand.listTitle')} />
        <CardBody>
          {rows.length ? (
            <Table>
              <caption className="sr-only">{t('counterNotices.brand.listTitle')}</caption>
              <thead>
                <tr>
                  <Th>{t('counterNotices.brand.columns.listing')}</Th>
                  <Th>{t('counterNotices.brand.columns.claim')}</Th>
                  <Th>{t('counterNotices.brand.columns.store')}</Th>
                  <Th>{t('counterNotices.brand.columns.status')}</Th>
                  <Th>{t('counterNotices.brand.columns.due')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((row) => (
                  <tr key={row.id}>
                    <Td className="max-w-xs">
                      <Link href={`/brand/counter-notices/${row.id}`} className="font-medium text-brand-700 underline">
                        {row.listingTitle}
                      </Link>
                    </Td>
                    <Td className="font-mono text-xs whitespace-nowrap">
                      {row.claimReference} · {row.brandName}
                    </Td>
                    <Td>{row.storeName}</Td>
                    <Td>
                      <Badge tone={COUNTER_NOTICE_STATUS_TONE[row.status]}>{t(`counterNotices.status.${row.status}`)}</Badge>
                    </Td>
                    <Td className="whitespace-nowrap">{row.brandResponseDueAt && row.status === 'AWAITING_BRAND' ? format.dateTime(row.brandResponseDueAt) : '—'}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={t('counterNotices.brand.listEmpty')} />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
