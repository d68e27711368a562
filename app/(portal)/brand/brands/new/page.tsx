import type { Metadata } from 'next';
import Link from 'next/link';
import { RegisterBrandForOwnerForm, RegisterBrandForm, RequestAgencyAuthorizationForm } from '@/components/brand/brand-forms';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { TextField } from '@/components/ui/field';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { getBrandForAgencyRequest, searchBrandsForAgency, type BrandSearchResult } from '@/lib/data/agency-authorizations';
import { agencyRequestViolation } from '@/lib/domain/verification';
import { VERIFICATION_TONE } from '@/lib/domain/status-tones';
import { getServerTranslator, type Translator } from '@/lib/i18n/server';
import { BRAND_SEARCH_MAX, parseBrandSearch } from '@/lib/validations/brands';
import type { SearchParams } from '@/lib/validations/list-filters';
import { requestAgencyAuthorizationAction } from '../../agency-requests/actions';
import { registerBrandAction, registerBrandForOwnerAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('brand.newBrand.title') };
}

export default async function NewBrandPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('brand.create', '/brand/brands/new');
  const t = await getServerTranslator();
  const isAgency = user.organisationKind === 'AGENCY' && can(user.role, 'agencyAuthorization.request');

  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <Link href="/brand#brands" className="text-sm text-brand-700 hover:underline">
          ← {t('brand.detail.back')}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t('brand.newBrand.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t(isAgency ? 'brand.newBrand.introAgency' : 'brand.newBrand.introOwner', { organisation: user.organisationName })}</p>
      </div>
      {isAgency ? (
        <AgencyOptions organisationId={user.organisationId} params={await searchParams} t={t} />
      ) : (
        <Card>
          <CardBody className="py-6">
            <RegisterBrandForm action={registerBrandAction} organisationName={user.organisationName} />
          </CardBody>
        </Card>
      )}
    </div>
  );
}

async function AgencyOptions({ organisationId, params, t }: { organisationId: string; params: SearchParams; t: Translator }) {
  const { q, brandId } = parseBrandSearch(params);
  const now = new Date();
  const [results, chosen] = await Promise.all([
    q ? searchBrandsForAgency(organisationId, q) : null,
    brandId ? getBrandForAgencyRequest(organisationId, brandId) : null,
  ]);
  const chosenViolation = chosen ? agencyRequestViolation(chosen.request, now) : null;
  return (
    <>
      <Card aria-labelledby="existing-title">
        <CardHeader title={<span id="existing-title">{t('brand.newBrand.existing.title')}</span>} description={t('brand.newBrand.existing.description')} />
        <CardBody className="space-y-4">
          <form method="get" action="/brand/brands/new" className="flex flex-wrap items-end gap-3" role="search">
            <TextField name="q" type="search" label={t('brand.newBrand.existing.search')} defaultValue={q ?? ''} maxLength={BRAND_SEARCH_MAX} className="w-72" />
            <Button type="submit" variant="secondary">
              {t('brand.newBrand.existing.searchButton')}
            </Button>
          </form>
          {results ? <SearchResults results={results} q={q!} t={t} /> : null}
        </CardBody>
      </Card>

      {chosen ? (
        <Card id="request" aria-labelledby="request-title">
          <CardHeader
            title={<span id="request-title">{t('brand.newBrand.request.title', { brand: chosen.name })}</span>}
            description={t('brand.newBrand.request.description', { owner: chosen.ownerName })}
          />
          <CardBody>
            {chosenViolation ? (
              <p className="text-sm text-slate-700">
                {t(`errors.${chosenViolation}`)}{' '}
                <Link href={`/brand/agency-requests/${chosen.request!.id}`} className="text-brand-700 hover:underline">
                  {t('brand.newBrand.request.open')}
                </Link>
              </p>
            ) : (
              <RequestAgencyAuthorizationForm action={requestAgencyAuthorizationAction} brandId={chosen.id} submitLabel={t('brand.agencyForm.submitRequest')} />
            )}
          </CardBody>
        </Card>
      ) : null}

      <Card aria-labelledby="on-behalf-title">
        <CardHeader title={<span id="on-behalf-title">{t('brand.newBrand.onBehalf.title')}</span>} description={t('brand.newBrand.onBehalf.description')} />
        <CardBody className="py-6">
          <RegisterBrandForOwnerForm action={registerBrandForOwnerAction} />
        </CardBody>
      </Card>
    </>
  );
}

function SearchResults({ results, q, t }: { results: BrandSearchResult[]; q: string; t: Translator }) {
  if (results.length === 0) {
    return <EmptyState title={t('brand.newBrand.existing.noResults.title', { q })}>{t('brand.newBrand.existing.noResults.body')}</EmptyState>;
  }
  return (
    <Table>
      <caption className="sr-only">{t('brand.newBrand.existing.caption', { q })}</caption>
      <thead>
        <tr>
          <Th>{t('brand.newBrand.existing.columns.brand')}</Th>
          <Th>{t('brand.newBrand.existing.columns.owner')}</Th>
          <Th>{t('brand.newBrand.existing.columns.status')}</Th>
          <Th>
            <span className="sr-only">{t('brand.newBrand.existing.columns.action')}</span>
          </Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {results.map((brand) => (
          <tr key={brand.id}>
            <Td>
              <div className="font-medium text-slate-900">{brand.name}</div>
              {brand.category ? <div className="text-xs text-slate-500">{brand.category}</div> : null}
            </Td>
            <Td>{brand.ownerName}</Td>
            <Td>
              <Badge tone={VERIFICATION_TONE[brand.verificationStatus]}>{t(`brand.verification.${brand.verificationStatus}`)}</Badge>
            </Td>
            <Td className="text-right whitespace-nowrap">
              {brand.request ? (
                <Link href={`/brand/agency-requests/${brand.request.id}`} className="text-brand-700 hover:underline">
                  {t('brand.newBrand.existing.yourRequest', { status: t(`brand.verification.${brand.request.status}`) })}
                </Link>
              ) : (
                <Link
                  href={`/brand/brands/new?${new URLSearchParams({ q, brand: brand.id }).toString()}#request`}
                  className="text-brand-700 hover:underline"
                  aria-label={t('brand.newBrand.existing.askFor', { brand: brand.name })}
                >
                  {t('brand.newBrand.existing.ask')}
                </Link>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
