import type { Metadata } from 'next';
import Link from 'next/link';
import { ApplicationsTable, GrantsTable } from '@/components/seller/authorization-tables';
import { ListingsTable } from '@/components/seller/listings-table';
import { NoticesTable } from '@/components/seller/notices-table';
import { StoreCards } from '@/components/seller/store-cards';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { listApplicationsForOrganisation, listGrantsForOrganisation } from '@/lib/data/applications';
import { listListingsForOrganisation } from '@/lib/data/listings';
import { listNoticesForOrganisation } from '@/lib/data/notices';
import { listStoresForOrganisation } from '@/lib/data/stores';
import { pageRange } from '@/lib/domain/pagination';
import { makeFormat } from '@/lib/format';
import { ListingStatus } from '@/lib/generated/prisma/enums';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { parseListingFilters, parsePage, type SearchParams } from '@/lib/validations/list-filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('seller.title') };
}

export default async function SellerHomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('store.viewOwn', '/seller');
  const params = await searchParams;
  const listingFilters = parseListingFilters(params);
  const listingsPage = parsePage(params, 'listingsPage');
  const noticesPage = parsePage(params, 'noticesPage');
  const now = new Date();
  const org = user.organisationId;
  const [t, locale, stores, notices, listings, applications, grants] = await Promise.all([
    getServerTranslator(),
    getLocale(),
    listStoresForOrganisation(org, now),
    can(user.role, 'notice.viewOwn') ? listNoticesForOrganisation(org, noticesPage) : null,
    can(user.role, 'listing.viewOwn') ? listListingsForOrganisation(org, listingFilters, listingsPage) : null,
    listApplicationsForOrganisation(org),
    listGrantsForOrganisation(org, now),
  ]);
  const format = makeFormat(locale, now);
  // Every list keeps the others' place when it pages or filters.
  const urlParams = {
    noticesPage: notices && notices.page > 1 ? String(notices.page) : undefined,
    listingStatus: listingFilters.status,
    listingBrand: listingFilters.brand,
    listingsPage: listings && listings.page > 1 ? String(listings.page) : undefined,
  };
  const pagination = { previous: t('seller.pagination.previous'), next: t('seller.pagination.next') };
  const allListings = listings ? Object.values(listings.statusCounts).reduce((sum, n) => sum + n, 0) : 0;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('seller.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('seller.intro', { organisation: user.organisationName })}</p>
        {can(user.role, 'dashboard.seller') ? (
          <p className="mt-2 text-sm">
            <Link href="/seller/dashboard" className="font-medium text-brand-700 hover:underline">
              {t('dashboards.seller.homeLink')}
            </Link>
          </p>
        ) : null}
      </div>

      <Card id="stores" aria-labelledby="stores-title">
        <CardHeader title={<span id="stores-title">{t('seller.stores.title')}</span>} description={t('seller.stores.description')} />
        <CardBody>
          {stores.length > 0 ? (
            <StoreCards stores={stores} t={t} format={format} />
          ) : (
            <EmptyState title={t('seller.stores.empty.title')}>{t('seller.stores.empty.body')}</EmptyState>
          )}
        </CardBody>
      </Card>

      {notices ? (
        <Card id="notices" aria-labelledby="notices-title">
          <CardHeader title={<span id="notices-title">{t('seller.notices.title')}</span>} description={t('seller.notices.description')} />
          <CardBody className="space-y-4">
            {notices.rows.length > 0 ? (
              <>
                <NoticesTable rows={notices.rows} t={t} format={format} />
                <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
                  <p>{t('seller.showing', { ...pageRange(notices.page, notices.pageSize, notices.total), total: notices.total })}</p>
                  <Pagination
                    page={notices.page}
                    pageCount={notices.pageCount}
                    pathname="/seller"
                    params={urlParams}
                    param="noticesPage"
                    anchor="notices"
                    labels={{ navigation: t('seller.notices.pages'), ...pagination }}
                  />
                </div>
              </>
            ) : (
              <EmptyState title={t('seller.notices.empty.title')}>{t('seller.notices.empty.body')}</EmptyState>
            )}
          </CardBody>
        </Card>
      ) : null}

      {listings ? (
        <Card id="listings" aria-labelledby="listings-title">
          <CardHeader title={<span id="listings-title">{t('seller.listings.title')}</span>} description={t('seller.listings.description')} />
          <CardBody className="space-y-4">
            {allListings > 0 ? (
              <FilterForm
                action="/seller"
                anchor="listings"
                submitLabel={t('seller.listings.filter.apply')}
                clearLabel={t('seller.listings.filter.clear')}
                showClear={!!(listingFilters.status || listingFilters.brand)}
                hidden={{ noticesPage: urlParams.noticesPage }}
              >
                <SelectField
                  name="listingStatus"
                  label={t('seller.listings.filter.status')}
                  defaultValue={listingFilters.status ?? ''}
                  className="w-48"
                  options={[
                    { value: '', label: t('seller.listings.filter.allStatuses', { count: allListings }) },
                    ...Object.values(ListingStatus).map((status) => ({
                      value: status,
                      label: t('seller.listings.filter.statusOption', {
                        status: t(`seller.listingStatus.${status}`),
                        count: listings.statusCounts[status] ?? 0,
                      }),
                    })),
                  ]}
                />
                <SelectField
                  name="listingBrand"
                  label={t('seller.listings.filter.brand')}
                  defaultValue={listingFilters.brand ?? ''}
                  className="w-48"
                  options={[{ value: '', label: t('seller.listings.filter.allBrands') }, ...listings.brandOptions.map((b) => ({ value: b.id, label: b.name }))]}
                />
              </FilterForm>
            ) : null}
            {listings.rows.length > 0 ? (
              <>
                <ListingsTable rows={listings.rows} t={t} format={format} />
                <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
                  <p>{t('seller.showing', { ...pageRange(listings.page, listings.pageSize, listings.total), total: listings.total })}</p>
                  <Pagination
                    page={listings.page}
                    pageCount={listings.pageCount}
                    pathname="/seller"
                    params={urlParams}
                    param="listingsPage"
                    anchor="listings"
                    labels={{ navigation: t('seller.listings.pages'), ...pagination }}
                  />
                </div>
              </>
            ) : allListings > 0 ? (
              <EmptyState title={t('seller.listings.emptyFiltered.title')}>{t('seller.listings.emptyFiltered.body')}</EmptyState>
            ) : (
              <EmptyState title={t('seller.listings.empty.title')}>{t('seller.listings.empty.body')}</EmptyState>
            )}
          </CardBody>
        </Card>
      ) : null}

      <Card id="applications" aria-labelledby="applications-title">
        <CardHeader
          title={<span id="applications-title">{t('seller.applications.title')}</span>}
          description={t('seller.applications.description')}
        />
        <CardBody>
          {applications.length > 0 ? (
            <ApplicationsTable rows={applications} t={t} format={format} />
          ) : (
            <EmptyState title={t('seller.applications.empty.title')}>{t('seller.applications.empty.body')}</EmptyState>
          )}
        </CardBody>
      </Card>
      <Card id="grants" aria-labelledby="grants-title">
        <CardHeader title={<span id="grants-title">{t('seller.grants.title')}</span>} description={t('seller.grants.description')} />
        <CardBody>
          {grants.length > 0 ? (
            <GrantsTable rows={grants} t={t} format={format} />
          ) : (
            <EmptyState title={t('seller.grants.empty.title')}>{t('seller.grants.empty.body')}</EmptyState>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
