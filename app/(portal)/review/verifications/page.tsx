import type { Metadata } from 'next';
import Link from 'next/link';
import { verificationHref } from '@/components/review/verification-href';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField, TextField } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { listPendingVerifications, type VerificationRow } from '@/lib/data/verifications';
import { PendingStoresCard } from '@/components/store-verification/pending-stores-card';
import { listPendingStoreVerifications } from '@/lib/data/store-verification';
import { pageRange } from '@/lib/domain/pagination';
import { isExpired } from '@/lib/domain/rights';
import { makeFormat, type Format } from '@/lib/format';
import { getLocale, getServerTranslator, type Translator } from '@/lib/i18n/server';
import { firstParam, parsePage, type SearchParams } from '@/lib/validations/list-filters';
import { VERIFICATION_KINDS, parseVerificationFilters } from '@/lib/validations/verifications';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('review.verifications.title') };
}

const DECIDED = ['VERIFIED', 'REJECTED'] as const;

export default async function VerificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('verification.view', '/review/verifications');
  const params = await searchParams;
  const filters = parseVerificationFilters(params);
  const page = parsePage(params);
  const now = new Date();
  const [t, locale, list, stores] = await Promise.all([
    getServerTranslator(),
    getLocale(),
    listPendingVerifications(user, filters, page),
    listPendingStoreVerifications(user),
  ]);
  const format = makeFormat(locale, now);
  const filtered = Object.values(filters).some(Boolean);
  const decidedKind = VERIFICATION_KINDS.find((k) => k === firstParam(params, 'decided'));
  const decidedOutcome = DECIDED.find((o) => o === firstParam(params, 'outcome'));

  return (
    <div className="space-y-6">
      <div>
        <Link href="/review" className="text-sm text-brand-700 hover:underline">
          ← {t('review.title')}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t('review.verifications.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('review.verifications.intro')}</p>
      </div>

      {decidedKind && decidedOutcome ? <Alert tone="success">{t(`review.verifications.decided.${decidedKind}.${decidedOutcome}`)}</Alert> : null}
      {firstParam(params, 'storeDecided') === 'VERIFIED' || firstParam(params, 'storeDecided') === 'REJECTED' ? (
        <Alert tone="success">{t(`storeVerification.review.decided.${firstParam(params, 'storeDecided') as 'VERIFIED' | 'REJECTED'}`)}</Alert>
      ) : null}

      <Card aria-labelledby="verifications-title">
        <CardHeader
          title={<span id="verifications-title">{t('review.verifications.listTitle')}</span>}
          description={t('review.verifications.counts', { brands: list.counts.brand, rights: list.counts.right, agencies: list.counts.agency })}
        />
        <CardBody className="space-y-4">
          <FilterForm action="/review/verifications" submitLabel={t('review.filters.apply')} clearLabel={t('review.filters.clear')} showClear={filtered}>
            <SelectField
              name="kind"
              label={t('review.verifications.filters.kind')}
              defaultValue={filters.kind ?? ''}
              className="w-48"
              options={[
                { value: '', label: t('review.verifications.filters.allKinds') },
                ...VERIFICATION_KINDS.map((kind) => ({ value: kind, label: t(`review.verifications.kinds.${kind}`) })),
              ]}
            />
            <TextField name="q" type="search" label={t('review.verifications.filters.brand')} defaultValue={filters.q ?? ''} maxLength={80} className="w-56" />
            <SelectField
              name="office"
              label={t('review.verifications.filters.office')}
              defaultValue={filters.office ?? ''}
              className="w-40"
              options={[
                { value: '', label: t('review.verifications.filters.anyOffice') },
                ...[...new Set([...list.offices, ...(filters.office ? [filters.office] : [])])].map((office) => ({ value: office, label: office })),
              ]}
            />
          </FilterForm>

          {list.rows.length > 0 ? (
            <>
              <VerificationTable rows={list.rows} t={t} format={format} />
              <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
                <p>{t('review.queue.showing', { ...pageRange(list.page, list.pageSize, list.total), total: list.total })}</p>
                <Pagination
                  page={list.page}
                  pageCount={list.pageCount}
                  pathname="/review/verifications"
                  params={filters}
                  labels={{ navigation: t('review.verifications.pages'), previous: t('review.pagination.previous'), next: t('review.pagination.next') }}
                />
              </div>
            </>
          ) : filtered ? (
            <EmptyState title={t('review.verifications.emptyFiltered.title')}>{t('review.verifications.emptyFiltered.body')}</EmptyState>
          ) : (
            <EmptyState title={t('review.verifications.empty.title')}>{t('review.verifications.empty.body')}</EmptyState>
          )}
        </CardBody>
      </Card>

      <PendingStoresCard rows={stores.rows} total={stores.total} t={t} format={format} />
    </div>
  );
}

function VerificationTable({ rows, t, format }: { rows: VerificationRow[]; t: Translator; format: Format }) {
  return (
    <Table>
      <caption className="sr-only">{t('review.verifications.listTitle')}</caption>
      <thead>
        <tr>
          <Th>{t('review.verifications.columns.what')}</Th>
          <Th>{t('review.verifications.columns.brand')}</Th>
          <Th>{t('review.verifications.columns.details')}</Th>
          <Th>{t('review.verifications.columns.waiting')}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={`${row.kind}-${row.id}`}>
            <Td className="whitespace-nowrap">
              <Link href={verificationHref(row.kind, row.id)} className="font-medium text-brand-700 hover:underline">
                {row.kind === 'right'
                  ? t('review.verifications.rowTitle.right', { office: row.office, number: row.registrationNumber })
                  : row.kind === 'brand'
                    ? t('review.verifications.rowTitle.brand', { brand: row.brand.name })
                    : t('review.verifications.rowTitle.agency', { agency: row.agencyName })}
              </Link>
              <div className="mt-1">
                <Badge tone="info">{t(`review.verifications.kinds.${row.kind}`)}</Badge>
              </div>
            </Td>
            <Td>{row.brand.name}</Td>
            <Td className="text-xs text-slate-600">
              {row.kind === 'right' ? (
                <>
                  {t(`brand.rightType.${row.type as 'TRADEMARK'}`)} · {row.jurisdiction}
                  {row.expiresAt ? (
                    <>
                      {' · '}
                      {t('review.verifications.expires', { date: format.date(row.expiresAt) })}
                      {isExpired(row.expiresAt, format.now) ? (
                        <span className="ml-1">
                          <Badge tone="bad">{t('review.verifications.expired')}</Badge>
                        </span>
                      ) : null}
                    </>
                  ) : null}
                </>
              ) : row.kind === 'brand' ? (
                t('review.verifications.brandDetails', { owner: row.ownerName, rights: row.pendingRights })
              ) : (
                t('review.verifications.agencyDetails', { date: row.validUntil ? format.date(row.validUntil) : t('review.verifications.noEnd') })
              )}
            </Td>
            <Td className="whitespace-nowrap">
              <span title={format.dateTime(row.submittedAt)}>{format.relative(row.submittedAt)}</span>
              {row.resubmittedAt ? (
                <div className="mt-1 text-xs text-slate-600" title={format.dateTime(row.resubmittedAt)}>
                  <Badge tone="warn">{t('review.verifications.resubmitted', { when: format.relative(row.resubmittedAt) })}</Badge>
                </div>
              ) : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
