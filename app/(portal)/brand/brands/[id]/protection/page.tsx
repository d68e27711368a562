import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ButtonForm, DistributorForm, ProtectionToggleForm, ReferencePriceForm } from '@/components/protection/protection-forms';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { getProtectionPage } from '@/lib/data/brand-protection';
import { makeFormat, minorUnitDigits } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { firstParam, type SearchParams } from '@/lib/validations/list-filters';
import {
  removeReferencePriceAction,
  saveDistributorAction,
  saveReferencePriceAction,
  setDistributorActiveAction,
  setProtectionAction,
} from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('protection.nav.protection') };
}

/** An amount in minor units as the form shows it back ("2450.00"). */
function amountText(minor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  return (minor / 10 ** digits).toFixed(digits);
}

export default async function BrandProtectionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const user = await requirePermission('brand.manageProtection', `/brand/brands/${encodeURIComponent(id)}/protection`);
  // The same answer for "no such brand" and "not a brand you act for".
  const view = await getProtectionPage(user, id);
  if (!view) notFound();
  const [t, locale, query] = await Promise.all([getServerTranslator(), getLocale(), searchParams]);
  const format = makeFormat(locale);
  const { brand } = view;
  const saved = firstParam(query, 'saved');
  const editPrice = view.referencePrices.find((p) => p.id === firstParam(query, 'editPrice'));
  const editDistributor = view.distributors.find((d) => d.id === firstParam(query, 'editDistributor'));
  const here = `/brand/brands/${brand.id}/protection`;

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/brand/brands/${brand.id}`} className="text-sm text-brand-700 hover:underline">
          ← {t('protection.protection.back', { brand: brand.name })}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t('protection.protection.title', { brand: brand.name })}</h1>
      </div>
      {saved ? <Alert tone="success">{t('protection.protection.saved')}</Alert> : null}

      <Card aria-labelledby="protection-title">
        <CardHeader title={<span id="protection-title">{t('protection.protection.sectionTitle')}</span>} description={t('protection.protection.sectionDescription')} />
        <CardBody className="space-y-3">
          <p className="text-sm text-slate-800">
            {t(brand.isProtected ? 'protection.protection.isProtected' : 'protection.protection.isNotProtected', { brand: brand.name })}
          </p>
          {brand.isProtected && view.protectionRequired ? (
            <Alert tone="info">{t('protection.protection.required', { category: brand.category ?? '' })}</Alert>
          ) : (
            <>
              {!brand.isProtected ? <p className="text-sm text-slate-600">{t('protection.protection.markNote')}</p> : null}
              <ProtectionToggleForm action={setProtectionAction} brandId={brand.id} version={brand.version} protect={!brand.isProtected} />
            </>
          )}
        </CardBody>
      </Card>

      <Card aria-labelledby="prices-title" id="prices">
        <CardHeader title={<span id="prices-title">{t('protection.prices.title')}</span>} description={t('protection.prices.description')} />
        <CardBody className="space-y-6">
          {view.referencePrices.length === 0 ? (
            <EmptyState title={t('protection.prices.empty')} />
          ) : (
            <Table>
              <thead>
                <tr>
                  <Th>{t('protection.prices.productLine')}</Th>
                  <Th>{t('protection.prices.currency')}</Th>
                  <Th className="text-right">{t('protection.prices.price')}</Th>
                  <Th>
                    <span className="sr-only">{t('protection.prices.actions')}</span>
                  </Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {view.referencePrices.map((price) => (
                  <tr key={price.id}>
                    <Td>{price.productLine}</Td>
                    <Td>{price.currency}</Td>
                    <Td className="text-right tabular-nums">{format.money(price.amountCents, price.currency)}</Td>
                    <Td className="space-x-2 text-right whitespace-nowrap">
                      <Link href={`${here}?editPrice=${price.id}#price-form`} className="text-sm text-brand-700 hover:underline">
                        {t('protection.prices.edit')}
                      </Link>
                      <ButtonForm action={removeReferencePriceAction} fields={{ brandId: brand.id, priceId: price.id }} label={t('protection.prices.remove')} />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <div id="price-form" className="space-y-3 border-t border-slate-100 pt-4">
            <h3 className="text-sm font-semibold text-slate-900">{t(editPrice ? 'protection.prices.editTitle' : 'protection.prices.addTitle')}</h3>
            <ReferencePriceForm
              key={editPrice?.id ?? 'new'}
              action={saveReferencePriceAction}
              brandId={brand.id}
              {...(editPrice
                ? { initial: { priceId: editPrice.id, productLine: editPrice.productLine, currency: editPrice.currency, amount: amountText(editPrice.amountCents, editPrice.currency) } }
                : {})}
            />
            {editPrice ? (
              <Link href={`${here}#prices`} className="text-sm text-brand-700 hover:underline">
                {t('protection.prices.cancel')}
              </Link>
            ) : null}
          </div>
        </CardBody>
      </Card>

      <Card aria-labelledby="distributors-title" id="distributors">
        <CardHeader title={<span id="distributors-title">{t('protection.distributors.title')}</span>} description={t('protection.distributors.description')} />
        <CardBody className="space-y-6">
          {view.distributors.length === 0 ? (
            <EmptyState title={t('protection.distributors.empty')} />
          ) : (
            <Table>
              <thead>
                <tr>
                  <Th>{t('protection.distributors.name')}</Th>
                  <Th>{t('protection.distributors.country')}</Th>
                  <Th>{t('protection.distributors.productLines')}</Th>
                  <Th>{t('protection.distributors.organisation')}</Th>
                  <Th>{t('protection.distributors.status')}</Th>
                  <Th>
                    <span className="sr-only">{t('protection.distributors.actions')}</span>
                  </Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {view.distributors.map((d) => (
                  <tr key={d.id}>
                    <Td className="font-medium text-slate-900">{d.name}</Td>
                    <Td>{d.country ?? '—'}</Td>
                    <Td>{d.productLines.length ? d.productLines.join(', ') : '—'}</Td>
                    <Td>{d.organisationName ?? '—'}</Td>
                    <Td>
                      <Badge tone={d.active ? 'good' : 'neutral'}>{t(d.active ? 'protection.distributors.active' : 'protection.distributors.inactive')}</Badge>
                    </Td>
                    <Td className="space-x-2 text-right whitespace-nowrap">
                      <Link href={`${here}?editDistributor=${d.id}#distributor-form`} className="text-sm text-brand-700 hover:underline">
                        {t('protection.distributors.edit')}
                      </Link>
                      <ButtonForm
                        action={setDistributorActiveAction}
                        fields={{ brandId: brand.id, distributorId: d.id, active: String(!d.active) }}
                        label={t(d.active ? 'protection.distributors.deactivate' : 'protection.distributors.reactivate')}
                      />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <div id="distributor-form" className="space-y-3 border-t border-slate-100 pt-4">
            <h3 className="text-sm font-semibold text-slate-900">
              {editDistributor ? t('protection.distributors.editTitle', { name: editDistributor.name }) : t('protection.distributors.addTitle')}
            </h3>
            <DistributorForm
              key={editDistributor?.id ?? `new-${firstParam(query, 'n') ?? ''}`}
              action={saveDistributorAction}
              brandId={brand.id}
              lines={view.productLines}
              {...(editDistributor
                ? {
                    initial: {
                      distributorId: editDistributor.id,
                      name: editDistributor.name,
                      country: editDistributor.country ?? '',
                      productLines: editDistributor.productLines,
                      organisationName: editDistributor.organisationName ?? '',
                    },
                  }
                : {})}
            />
            {editDistributor ? (
              <Link href={`${here}#distributors`} className="text-sm text-brand-700 hover:underline">
                {t('protection.distributors.cancel')}
              </Link>
            ) : null}
          </div>
        </CardBody>
      </Card>

      <p>
        <Button asChild variant="secondary">
          <Link href={`/brand/brands/${brand.id}/authorizations`}>{t('protection.nav.authorizations')}</Link>
        </Button>
      </p>
    </div>
  );
}
