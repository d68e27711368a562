import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField, TextField } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { listStoresForReview } from '@/lib/data/store-standing';
import { STORE_STATUS_TONE, VERIFICATION_TONE } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import { StoreStatus } from '@/lib/generated/prisma/enums';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { firstParam, parsePage, type SearchParams } from '@/lib/validations/list-filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('enforcement.standing.listTitle') };
}

const STATUSES = Object.values(StoreStatus);

/** Every store, searchable by name or address and filtered by status, for reviewers and admins. */
export default async function ReviewStoresPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('store.viewAny', '/review/stores');
  const query = await searchParams;
  const q = firstParam(query, 'q')?.trim().slice(0, 100) || null;
  const statusParam = firstParam(query, 'status');
  const status = STATUSES.includes(statusParam as StoreStatus) ? (statusParam as StoreStatus) : null;
  const [t, locale, list] = await Promise.all([getServerTranslator(), getLocale(), listStoresForReview(user, { q, status, page: parsePage(query, 'page') })]);
  const format = makeFormat(locale);
  const { rows, page, pageCount } = list!;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('enforcement.standing.listTitle')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('enforcement.standing.listIntro')}</p>
      </div>
      <FilterForm action="/review/stores" submitLabel={t('enforcement.standing.filter')} clearLabel={t('enforcement.standing.clear')} showClear={!!(q || status)}>
        <TextField name="q" type="search" label={t('enforcement.standing.search')} defaultValue={q ?? ''} className="w-64" />
        <SelectField
          name="status"
          label={t('enforcement.standing.statusFilter')}
          defaultValue={status ?? ''}
          options={[{ value: '', label: t('enforcement.standing.anyStatus') }, ...STATUSES.map((s) => ({ value: s, label: t(`seller.storeStatus.${s}`) }))]}
        />
      </FilterForm>
      <Card>
        <CardBody className="space-y-4">
          {rows.length ? (
            <Table>
              <caption className="sr-only">{t('enforcement.standing.listTitle')}</caption>
              <thead>
                <tr>
                  <Th>{t('enforcement.standing.columns.store')}</Th>
                  <Th>{t('enforcement.standing.columns.status')}</Th>
                  <Th>{t('enforcement.standing.columns.verification')}</Th>
                  <Th>{t('enforcement.standing.columns.strikes')}</Th>
                  <Th>{t('enforcement.standing.columns.listings')}</Th>
                  <Th>{t('enforcement.standing.columns.flagged')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((row) => (
                  <tr key={row.id}>
                    <Td>
                      <Link href={`/review/stores/${row.id}`} className="font-medium text-brand-700 underline">
                        {row.name}
                      </Link>
                      <span className="block font-mono text-xs text-slate-500">{row.slug}</span>
                    </Td>
                    <Td>
                      <Badge tone={STORE_STATUS_TONE[row.status]}>{t(`seller.storeStatus.${row.status}`)}</Badge>
                    </Td>
                    <Td>
                      <Badge tone={VERIFICATION_TONE[row.verificationStatus]}>{t(`seller.storeVerification.${row.verificationStatus}`)}</Badge>
                    </Td>
                    <Td>{format.number(row.countingStrikes)}</Td>
                    <Td>{format.number(row.activeListings)}</Td>
                    <Td>{format.number(row.flaggedListings)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={t('enforcement.standing.empty')} />
          )}
          <Pagination
            page={page}
            pageCount={pageCount}
            pathname="/review/stores"
            params={{ ...(q ? { q } : {}), ...(status ? { status } : {}) }}
            labels={{ navigation: t('enforcement.standing.listTitle'), previous: t('seller.pagination.previous'), next: t('seller.pagination.next') }}
          />
        </CardBody>
      </Card>
    </div>
  );
}
