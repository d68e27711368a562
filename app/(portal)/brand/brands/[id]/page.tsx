import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ObjectHistory } from '@/components/audit/object-history';
import { ActingAsNote, BrandBadges } from '@/components/brand/brand-cards';
import {
  AgenciesSection,
  DistributorsSection,
  RecentClaimsSection,
  ReferencePricesSection,
  RightsSection,
} from '@/components/brand/brand-detail-sections';
import { TrustedStatusCard } from '@/components/trust/trusted-status-card';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { getSessionUser } from '@/lib/auth/session';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { brandTrustFor } from '@/lib/data/brand-trust';
import { getBrandForOrganisation } from '@/lib/data/brands';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { firstParam, type SearchParams } from '@/lib/validations/list-filters';

const SAVED = ['brand', 'unchanged'] as const;

// One clock for the whole request, so metadata and page agree on what has expired.
const requestNow = cache(() => new Date());

// Metadata and page share one load per request.
const loadBrand = cache((organisationId: string, brandId: string, now: Date) => getBrandForOrganisation(organisationId, brandId, now));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [{ id }, user, t] = await Promise.all([params, getSessionUser(), getServerTranslator()]);
  // The page itself refuses whoever may not see it; the title only has to reveal nothing.
  const brand = user && can(user.role, 'brand.viewOwn') ? await loadBrand(user.organisationId, id, requestNow()) : null;
  return { title: brand ? brand.name : t('brand.detail.notFoundTitle') };
}

export default async function BrandDetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const user = await requirePermission('brand.viewOwn', `/brand/brands/${encodeURIComponent(id)}`);
  const now = requestNow();
  // The same answer for "no such brand" and "not a brand you act for": nothing leaks.
  const brand = await loadBrand(user.organisationId, id, now);
  if (!brand) notFound();
  const [t, locale, query, trust] = await Promise.all([getServerTranslator(), getLocale(), searchParams, brandTrustFor(user, brand.id, now)]);
  const format = makeFormat(locale, now);
  const saved = firstParam(query, 'registered') ? 'registered' : SAVED.find((s) => s === firstParam(query, 'saved'));

  return (
    <div className="space-y-6">
      <div>
        <Link href="/brand#brands" className="text-sm text-brand-700 hover:underline">
          ← {t('brand.detail.back')}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-slate-900">{brand.name}</h1>
          <BrandBadges brand={brand} t={t} />
          {can(user.role, 'brand.update') ? (
            <Button asChild variant="secondary" size="sm" className="ml-auto">
              <Link href={`/brand/brands/${brand.id}/edit`}>{t(brand.verificationStatus === 'REJECTED' ? 'brand.detail.resubmit' : 'brand.detail.edit')}</Link>
            </Button>
          ) : null}
        </div>
        <dl className="mt-3 grid gap-x-8 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">{t('brand.detail.owner')}</dt>
          <dd className="text-slate-800">{brand.ownerOrganisation.name}</dd>
          <dt className="text-slate-500">{t('brand.detail.yourRole')}</dt>
          <dd className="text-slate-800">
            <ActingAsNote actingAs={brand.actingAs} t={t} format={format} />
          </dd>
          {brand.category ? (
            <>
              <dt className="text-slate-500">{t('brand.detail.category')}</dt>
              <dd className="text-slate-800">{brand.category}</dd>
            </>
          ) : null}
          {brand.website ? (
            <>
              <dt className="text-slate-500">{t('brand.detail.website')}</dt>
              <dd className="text-slate-800">
                <a href={brand.website} rel="noopener noreferrer nofollow" target="_blank" className="text-brand-700 hover:underline">
                  {brand.website}
                </a>
              </dd>
            </>
          ) : null}
          <dt className="text-slate-500">{t('brand.detail.protection')}</dt>
          <dd className="text-slate-800">{t(brand.isProtected ? 'brand.detail.protectedYes' : 'brand.detail.protectedNo')}</dd>
          <dt className="text-slate-500">{t('brand.detail.registered')}</dt>
          <dd className="text-slate-800">{format.date(brand.createdAt)}</dd>
        </dl>
      </div>

      {saved ? <Alert tone="success">{t(`brand.detail.saved.${saved}`)}</Alert> : null}

      {brand.verificationStatus !== 'VERIFIED' ? (
        <Alert tone={brand.verificationStatus === 'REJECTED' ? 'error' : 'info'}>
          <p>{t(`brand.detail.verificationNotice.${brand.verificationStatus}`)}</p>
          {brand.verificationNote ? <p className="mt-1">{t('brand.detail.reviewerNote', { note: brand.verificationNote })}</p> : null}
        </Alert>
      ) : null}

      <RightsSection
        brand={brand}
        t={t}
        format={format}
        action={
          can(user.role, 'right.create') ? (
            <Button asChild size="sm">
              <Link href={`/brand/brands/${brand.id}/rights/new`}>{t('brand.detail.rights.add')}</Link>
            </Button>
          ) : null
        }
      />
      {trust && brand.verificationStatus === 'VERIFIED' ? <TrustedStatusCard trust={trust} t={t} format={format} /> : null}
      <RecentClaimsSection brand={brand} t={t} format={format} />
      <div className="grid gap-6 lg:grid-cols-2">
        <ReferencePricesSection brand={brand} t={t} format={format} />
        <DistributorsSection brand={brand} t={t} />
      </div>
      {can(user.role, 'brand.manageProtection') ? (
        <div className="flex flex-wrap gap-3">
          <Button asChild variant="secondary" size="sm">
            <Link href={`/brand/brands/${brand.id}/protection`}>{t('protection.nav.protection')}</Link>
          </Button>
          <Button asChild variant="secondary" size="sm">
            <Link href={`/brand/brands/${brand.id}/authorizations`}>{t('protection.nav.authorizations')}</Link>
          </Button>
        </div>
      ) : null}
      <AgenciesSection brand={brand} t={t} format={format} />
      <ObjectHistory objectType="brand" objectId={brand.id} viewer={user} />
    </div>
  );
}
