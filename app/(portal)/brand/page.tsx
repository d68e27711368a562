import type { Metadata } from 'next';
import Link from 'next/link';
import { AgencyRequestsTable } from '@/components/brand/agency-requests-table';
import { BrandCards } from '@/components/brand/brand-cards';
import { ClaimsTable } from '@/components/brand/claims-table';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { listAgencyRequests } from '@/lib/data/agency-authorizations';
import { listBrandsForOrganisation } from '@/lib/data/brands';
import { listClaimsForOrganisation } from '@/lib/data/claims';
import { pageRange } from '@/lib/domain/pagination';
import { makeFormat } from '@/lib/format';
import { ClaimStatus } from '@/lib/generated/prisma/enums';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { parseClaimFilters, parsePage, type SearchParams } from '@/lib/validations/list-filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('brand.home.title') };
}

export default async function BrandHomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('brand.viewOwn', '/brand');
  const params = await searchParams;
  const filters = parseClaimFilters(params);
  const claimsPage = parsePage(params, 'claimsPage');
  const now = new Date();
  const isAgency = user.organisationKind === 'AGENCY' && can(user.role, 'agencyAuthorization.request');
  const [t, locale, brands, claims, agencyRequests] = await Promise.all([
    getServerTranslator(),
    getLocale(),
    listBrandsForOrganisation(user.organisationId, now),
    can(user.role, 'claim.viewOwn') ? listClaimsForOrganisation(user.organisationId, { status: filters.status, page: claimsPage }) : null,
    isAgency ? listAgencyRequests(user.organisationId) : null,
  ]);
  const format = makeFormat(locale, now);
  const urlParams = { claimStatus: filters.status, claimsPage: claims && claims.page > 1 ? String(claims.page) : undefined };
  const allClaims = claims ? Object.values(claims.statusCounts).reduce((sum, n) => sum + n, 0) : 0;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('brand.home.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('brand.home.intro', { organisation: user.organisationName })}</p>
      </div>

      {claims ? (
        <Card id="claims" aria-labelledby="claims-title">
          <CardHeader
            title={<span id="claims-title">{t('brand.claims.title')}</span>}
            description={t('brand.claims.description')}
            action={
              can(user.role, 'claim.file') ? (
                <div className="flex flex-col items-end gap-1">
                  <Button asChild size="sm">
                    <Link href="/brand/claims/new">{t('filing.home.fileClaim')}</Link>
                  </Button>
                  {(claims.statusCounts.DRAFT ?? 0) > 0 ? (
                    <Link href="/brand/claims/new#drafts" className="text-xs text-brand-700 hover:underline">
                      {t('filing.home.draftsLink', { count: claims.statusCounts.DRAFT ?? 0 })}
                    </Link>
                  ) : null}
                </div>
              ) : null
            }
          />
          <CardBody className="space-y-4">
            {allClaims > 0 ? (
              <FilterForm
                action="/brand"
                anchor="claims"
                submitLabel={t('brand.claims.filter.apply')}
                clearLabel={t('brand.claims.filter.clear')}
                showClear={!!filters.status}
              >
                <SelectField
                  name="claimStatus"
                  label={t('brand.claims.filter.status')}
                  defaultValue={filters.status ?? ''}
                  className="w-56"
                  options={[
                    { value: '', label: t('brand.claims.filter.allStatuses', { count: allClaims }) },
                    ...Object.values(ClaimStatus).map((status) => ({
                      value: status,
                      label: t('brand.claims.filter.statusOption', {
                        status: t(`brand.claimStatus.${status}`),
                        count: claims.statusCounts[status] ?? 0,
                      }),
                    })),
                  ]}
                />
              </FilterForm>
            ) : null}
            {claims.rows.length > 0 ? (
              <>
                <ClaimsTable rows={claims.rows} t={t} format={format} caption={t('brand.claims.title')} />
                <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
                  <p>{t('brand.claims.showing', { ...pageRange(claims.page, claims.pageSize, claims.total), total: claims.total })}</p>
                  <Pagination
                    page={claims.page}
                    pageCount={claims.pageCount}
                    pathname="/brand"
                    params={urlParams}
                    param="claimsPage"
                    anchor="claims"
                    labels={{ navigation: t('brand.claims.pages'), previous: t('brand.pagination.previous'), next: t('brand.pagination.next') }}
                  />
                </div>
              </>
            ) : allClaims > 0 ? (
              <EmptyState title={t('brand.claims.emptyFiltered.title')}>{t('brand.claims.emptyFiltered.body')}</EmptyState>
            ) : (
              <EmptyState title={t('brand.claims.empty.title')}>{t('brand.claims.empty.body')}</EmptyState>
            )}
          </CardBody>
        </Card>
      ) : null}

      <Card id="brands" aria-labelledby="brands-title">
        <CardHeader
          title={<span id="brands-title">{t('brand.brands.title')}</span>}
          description={t('brand.brands.description')}
          action={
            can(user.role, 'brand.create') ? (
              <Button asChild size="sm">
                <Link href="/brand/brands/new">{t(isAgency ? 'brand.brands.addAgency' : 'brand.brands.add')}</Link>
              </Button>
            ) : null
          }
        />
        <CardBody>
          {brands.length > 0 ? (
            <BrandCards brands={brands} t={t} format={format} />
          ) : (
            <EmptyState title={t('brand.brands.empty.title')}>{t('brand.brands.empty.body')}</EmptyState>
          )}
        </CardBody>
      </Card>

      {agencyRequests ? (
        <Card id="agency-requests" aria-labelledby="agency-requests-title">
          <CardHeader
            title={<span id="agency-requests-title">{t('brand.agencyRequests.title')}</span>}
            description={t('brand.agencyRequests.description')}
          />
          <CardBody>
            {agencyRequests.length > 0 ? (
              <AgencyRequestsTable requests={agencyRequests} t={t} format={format} />
            ) : (
              <EmptyState title={t('brand.agencyRequests.empty.title')}>{t('brand.agencyRequests.empty.body')}</EmptyState>
            )}
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
