import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { listOrganisations } from '@/lib/data/organisations';
import { pageRange } from '@/lib/domain/pagination';
import { VERIFICATION_TONE } from '@/lib/domain/status-tones';
import { OrganisationKind, VerificationStatus } from '@/lib/generated/prisma/enums';
import { getServerFormatter, getServerTranslator } from '@/lib/i18n/server';
import { parsePage, type SearchParams } from '@/lib/validations/list-filters';
import { parseOrganisationListFilters } from '@/lib/validations/organisations';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('admin.organisations.title') };
}

export default async function AdminOrganisationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission('organisation.list', '/admin/organisations');
  const params = await searchParams;
  const filters = parseOrganisationListFilters(params);
  const [t, format, result] = await Promise.all([getServerTranslator(), getServerFormatter(), listOrganisations(filters, parsePage(params))]);
  const filtered = Boolean(filters.kind || filters.verification);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('admin.organisations.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('admin.organisations.intro')}</p>
      </div>

      <Card>
        <CardBody className="space-y-4">
          <FilterForm
            action="/admin/organisations"
            submitLabel={t('admin.organisations.filters.apply')}
            clearLabel={t('admin.organisations.filters.clear')}
            showClear={filtered}
          >
            <SelectField
              name="kind"
              label={t('admin.organisations.filters.kind')}
              defaultValue={filters.kind ?? ''}
              className="w-48"
              options={[
                { value: '', label: t('admin.organisations.filters.anyKind') },
                ...Object.values(OrganisationKind).map((kind) => ({ value: kind, label: t(`admin.organisationKinds.${kind}`) })),
              ]}
            />
            <SelectField
              name="verification"
              label={t('admin.organisations.filters.verification')}
              defaultValue={filters.verification ?? ''}
              className="w-48"
              options={[
                { value: '', label: t('admin.organisations.filters.anyVerification') },
                ...Object.values(VerificationStatus).map((status) => ({ value: status, label: t(`admin.verificationStatus.${status}`) })),
              ]}
            />
          </FilterForm>

          {result.rows.length === 0 ? (
            <EmptyState title={filtered ? t('admin.organisations.emptyFiltered') : t('admin.organisations.empty')}>
              {filtered ? (
                <Link href="/admin/organisations" className="text-brand-700 underline">
                  {t('admin.organisations.filters.clear')}
                </Link>
              ) : (
                t('admin.organisations.emptyHint')
              )}
            </EmptyState>
          ) : (
            <>
              <Table>
                <caption className="sr-only">{t('admin.organisations.title')}</caption>
                <thead>
                  <tr>
                    <Th>{t('admin.organisations.columns.name')}</Th>
                    <Th>{t('admin.organisations.columns.kind')}</Th>
                    <Th>{t('admin.organisations.columns.verification')}</Th>
                    <Th className="whitespace-nowrap text-right">{t('admin.organisations.columns.members')}</Th>
                    <Th className="whitespace-nowrap text-right">{t('admin.organisations.columns.brands')}</Th>
                    <Th className="whitespace-nowrap text-right">{t('admin.organisations.columns.stores')}</Th>
                    <Th>{t('admin.organisations.columns.created')}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {result.rows.map((org) => (
                    <tr key={org.id}>
                      <Td>
                        <span className="font-medium text-slate-900">{org.name}</span>
                        {org.country ? <span className="ml-2 text-xs text-slate-500">{org.country}</span> : null}
                      </Td>
                      <Td className="whitespace-nowrap">{t(`admin.organisationKinds.${org.kind}`)}</Td>
                      <Td>
                        <Badge tone={VERIFICATION_TONE[org.verificationStatus]}>{t(`admin.verificationStatus.${org.verificationStatus}`)}</Badge>
                      </Td>
                      <Td className="text-right tabular-nums">
                        {org.members > 0 ? (
                          <Link href={`/admin/users?organisation=${org.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                            {format.number(org.members)}
                          </Link>
                        ) : (
                          format.number(0)
                        )}
                      </Td>
                      <Td className="text-right tabular-nums">{format.number(org.brandsOwned)}</Td>
                      <Td className="text-right tabular-nums">{format.number(org.stores)}</Td>
                      <Td className="whitespace-nowrap">{format.date(org.createdAt)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
                <p>{t('common.pager.showing', { ...pageRange(result.page, result.pageSize, result.total), total: result.total })}</p>
                <Pagination
                  page={result.page}
                  pageCount={result.pageCount}
                  pathname="/admin/organisations"
                  params={{ kind: filters.kind ?? undefined, verification: filters.verification ?? undefined }}
                  labels={{ navigation: t('common.pager.label'), previous: t('common.pager.previous'), next: t('common.pager.next') }}
                />
              </div>
            </>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
