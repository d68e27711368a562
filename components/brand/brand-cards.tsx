import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { BrandSummary } from '@/lib/data/brands';
import { RIGHT_STANDINGS } from '@/lib/domain/rights';
import { RIGHT_STANDING_TONE, TIER_TONE, VERIFICATION_TONE } from '@/lib/domain/status-tones';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';

export function BrandBadges({ brand, t }: { brand: Pick<BrandSummary, 'verificationStatus' | 'tier' | 'isProtected'>; t: Translator }) {
  return (
    <div className="flex flex-wrap gap-1">
      <Badge tone={VERIFICATION_TONE[brand.verificationStatus]}>{t(`brand.verification.${brand.verificationStatus}`)}</Badge>
      <Badge tone={TIER_TONE[brand.tier]}>{t(`brand.tier.${brand.tier}`)}</Badge>
      {brand.isProtected ? <Badge tone="info">{t('brand.brands.protected')}</Badge> : null}
    </div>
  );
}

export function ActingAsNote({ actingAs, t, format }: { actingAs: BrandSummary['actingAs']; t: Translator; format: Format }) {
  if (actingAs.kind === 'OWNER') return <>{t('brand.brands.owned')}</>;
  return (
    <>
      {t('brand.brands.actingFor', { owner: actingAs.ownerName })}
      {actingAs.validUntil ? ` · ${t('brand.brands.powerOfAttorneyUntil', { date: format.date(actingAs.validUntil) })}` : null}
    </>
  );
}

export function BrandCards({ brands, t, format }: { brands: BrandSummary[]; t: Translator; format: Format }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {brands.map((brand) => (
        <li key={brand.id} className="flex flex-col gap-3 rounded-md border border-slate-200 p-4">
          <div>
            <h3 className="font-semibold text-slate-900">
              <Link href={`/brand/brands/${brand.id}`} className="text-brand-700 hover:underline">
                {brand.name}
              </Link>
            </h3>
            <p className="mt-0.5 text-xs text-slate-500">
              <ActingAsNote actingAs={brand.actingAs} t={t} format={format} />
              {brand.category ? ` · ${brand.category}` : null}
            </p>
          </div>
          <BrandBadges brand={brand} t={t} />
          <div>
            <p className="text-xs font-medium text-slate-500">{t('brand.brands.rights')}</p>
            <dl className="mt-1 grid grid-cols-4 gap-2 text-center">
              {RIGHT_STANDINGS.map((standing) => (
                <div key={standing} className="rounded bg-slate-50 px-1 py-1.5">
                  <dt className="text-xs">
                    <Badge tone={brand.rights[standing] > 0 ? RIGHT_STANDING_TONE[standing] : 'neutral'}>{t(`brand.rightStanding.${standing}`)}</Badge>
                  </dt>
                  <dd className="mt-1 text-base font-semibold text-slate-900">{format.number(brand.rights[standing])}</dd>
                </div>
              ))}
            </dl>
          </div>
        </li>
      ))}
    </ul>
  );
}
