import type { Metadata } from 'next';
import Link from 'next/link';
import { ClaimsTable } from '@/components/brand/claims-table';
import { Button } from '@/components/ui/button';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { listClaimsForOrganisation } from '@/lib/data/claims';
import { pageRange } from '@/lib/domain/pagination';
import { makeFormat } from '@/lib/format';
import { ClaimStatus } from '@/lib/generated/prisma/enums';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { parseClaimFilters, parsePage, type SearchParams } from '@/lib/validations/list-filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('claims.list.title') };
}

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('claim.viewOwn', '/brand/claims');
  const params = await searchParams;
  const filters = parseClaimFilters(params);
  const now = new Date();
  const [t, locale, claims] = await Promise.all([
    getServerTranslator(),
    getLocale(),
    listClaimsForOrganisation(user.organisationId, { status: filters.status, brandId: filters.brand, page: parsePage(params) }),
  ]);
  const format = makeFormat(locale, now);
  const inBrand = Object.values(claims.statusCounts).reduce((sum, n) => sum + n, 0);
  const inStatus = claims.brandCounts.reduce((sum, b) => sum + b.count, 0);
  const anyClaims = inBrand > 0 || inStatus > 0 || !!filters.status || !!filters.brand;
  const urlParams = { claimStatus: filters.status, claimBrand: filters.brand };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t('claims.list.title')}</h1>
          <p className="mt-1 text-sm text-slate-600">{t('claims.list.intro')}</p>
        </div>
        {can(user.role, 'claim.file') ? (
          <Button asChild>
            <Link href="/brand/claims/new">{t('filing.home.fileClaim')}</Link>
          </Button>
        ) : null}
      </div>
      <Card aria-label={t('claims.list.title')}>
        <CardBody className="space-y-4">
          {anyClaims ? (
            <FilterForm
              action="/brand/claims"
              submitLabel={t('brand.claims.filter.apply')}
              clearLabel={t('brand.claims.filter.clear')}
              showClear={!!filters.status || !!filters.brand}
            >
              <SelectField
                name="claimStatus"
                label={t('brand.claims.filter.status')}
                defaultValue={filters.status ?? ''}
                className="w-56"
                options={[
                  { value: '', label: t('brand.claims.filter.allStatuses', { count: inBrand }) },
                  ...Object.values(ClaimStatus).map((status) => ({
                    value: status,
                    label: t('brand.claims.filter.statusOption', { status: t(`brand.claimStatus.${status}`), count: claims.statusCounts[status] ?? 0 }),
                  })),
                ]}
              />
              <SelectField
                name="claimBrand"
                label={t('claims.list.filter.brand')}
                defaultValue={filters.brand ?? ''}
                className="w-56"
                options={[
                  { value: '', label: t('claims.list.filter.allBrands', { count: inStatus }) },
                  ...claims.brandCounts.map((brand) => ({ value: brand.id, label: t('brand.claims.filter.statusOption', { status: brand.name, count: brand.count }) })),
                ]}
              />
            </FilterForm>
          ) : null}
          {claims.rows.length > 0 ? (
            <>
              <ClaimsTable rows={claims.rows} t={t} format={format} caption={t('claims.list.title')} />
              <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
                <p>{t('brand.claims.showing', { ...pageRange(claims.page, claims.pageSize, claims.total), total: claims.total })}</p>
                <Pagination
                  page={claims.page}
                  pageCount={claims.pageCount}
                  pathname="/brand/claims"
                  params={urlParams}
                  labels={{ navigation: t('brand.claims.pages'), previous: t('brand.pagination.previous'), next: t('brand.pagination.next') }}
                />
              </div>
            </>
          ) : anyClaims ? (
            <EmptyState title={t('brand.claims.emptyFiltered.title')}>{t('brand.claims.emptyFiltered.body')}</EmptyState>
          ) : (
            <EmptyState title={t('brand.claims.empty.title')}>{t('brand.claims.empty.body')}</EmptyState>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
