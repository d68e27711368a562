import type { Metadata } from 'next';
import Link from 'next/link';
import { AgencyRequestsTable } from '@/components/brand/agency-requests-table';
import { BrandCards } from '@/components/brand/brand-cards';
import { ClaimsTable } from '@/components/brand/claims-table';
import { FilingSanctionBanner } from '@/components/sanctions/filing-sanction-banner';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { listAgencyRequests } from '@/lib/data/agency-authorizations';
import { listBrandsForOrganisation } from '@/lib/data/brands';
import { listClaimsForOrganisation } from '@/lib/data/claims';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('brand.home.title') };
}

/** The brand's home shows the latest few; /brand/claims has them all, with filters. */
const RECENT_CLAIMS = 5;

export default async function BrandHomePage() {
  const user = await requirePermission('brand.viewOwn', '/brand');
  const now = new Date();
  const isAgency = user.organisationKind === 'AGENCY' && can(user.role, 'agencyAuthorization.request');
  const [t, locale, brands, claims, agencyRequests] = await Promise.all([
    getServerTranslator(),
    getLocale(),
    listBrandsForOrganisation(user.organisationId, now),
    can(user.role, 'claim.viewOwn') ? listClaimsForOrganisation(user.organisationId, { page: 1, pageSize: RECENT_CLAIMS }) : null,
    isAgency ? listAgencyRequests(user.organisationId) : null,
  ]);
  const format = makeFormat(locale, now);
  const allClaims = claims ? Object.values(claims.statusCounts).reduce((sum, n) => sum + n, 0) : 0;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('brand.home.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('brand.home.intro', { organisation: user.organisationName })}</p>
        {can(user.role, 'dashboard.brand') ? (
          <p className="mt-2 text-sm">
            <Link href="/brand/dashboard" className="font-medium text-brand-700 hover:underline">
              {t('dashboards.brand.homeLink')}
            </Link>
          </p>
        ) : null}
      </div>
      {can(user.role, 'claim.file') ? <FilingSanctionBanner organisationId={user.organisationId} /> : null}

      {claims ? (
        <Card id="claims" aria-labelledby="claims-title">
          <CardHeader
            title={<span id="claims-title">{t('claims.home.recentTitle')}</span>}
            description={t('claims.home.recentDescription')}
            action={
              <div className="flex flex-wrap items-center justify-end gap-2">
                {allClaims > 0 ? (
                  <Button asChild size="sm" variant="secondary">
                    <Link href="/brand/claims">{t('claims.home.viewAll', { count: allClaims })}</Link>
                  </Button>
                ) : null}
                {can(user.role, 'claim.file') ? (
                  <Button asChild size="sm">
                    <Link href="/brand/claims/new">{t('filing.home.fileClaim')}</Link>
                  </Button>
                ) : null}
                {can(user.role, 'claim.file') && (claims.statusCounts.DRAFT ?? 0) > 0 ? (
                  <Link href="/brand/claims/new#drafts" className="w-full text-right text-xs text-brand-700 hover:underline">
                    {t('filing.home.draftsLink', { count: claims.statusCounts.DRAFT ?? 0 })}
                  </Link>
                ) : null}
              </div>
            }
          />
          <CardBody>
            {claims.rows.length > 0 ? (
              <ClaimsTable rows={claims.rows} t={t} format={format} caption={t('claims.home.recentTitle')} />
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
