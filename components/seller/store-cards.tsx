import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { StoreSummary } from '@/lib/data/stores';
import { STORE_STATUS_TONE, VERIFICATION_TONE, strikeTone } from '@/lib/domain/status-tones';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';

export function StoreCards({ stores, t, format }: { stores: StoreSummary[]; t: Translator; format: Format }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {stores.map((store) => (
        <li key={store.id} className="space-y-3 rounded-md border border-slate-200 p-4">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div>
              <h3 className="font-semibold text-slate-900">
                <Link href={`/seller/stores/${store.id}`} aria-label={t('counterNotices.store.openStore', { name: store.name })} className="text-brand-700 underline">
                  {store.name}
                </Link>
              </h3>
              <p className="text-xs text-slate-500">
                {t('seller.stores.openedOn', { date: format.date(store.openedAt) })}
                {store.closedAt ? ` · ${t('seller.stores.closedOn', { date: format.date(store.closedAt) })}` : null}
              </p>
            </div>
            <div className="flex flex-wrap gap-1">
              <Badge tone={STORE_STATUS_TONE[store.status]}>{t(`seller.storeStatus.${store.status}`)}</Badge>
              <Badge tone={VERIFICATION_TONE[store.verificationStatus]}>{t(`seller.storeVerification.${store.verificationStatus}`)}</Badge>
            </div>
          </div>
          <dl className="grid grid-cols-3 gap-2 text-center">
            <div className="rounded bg-slate-50 px-2 py-2">
              <dt className="text-xs text-slate-600">{t('seller.stores.activeListings')}</dt>
              <dd className="text-lg font-semibold text-slate-900">{format.number(store.activeListings)}</dd>
            </div>
            <div className="rounded bg-slate-50 px-2 py-2">
              <dt className="text-xs text-slate-600">{t('seller.stores.activeStrikes')}</dt>
              <dd className="mt-0.5">
                <Badge tone={strikeTone(store.activeStrikes)}>{format.number(store.activeStrikes)}</Badge>
              </dd>
            </div>
            <div className="rounded bg-slate-50 px-2 py-2">
              <dt className="text-xs text-slate-600">{t('seller.stores.flaggedListings')}</dt>
              <dd className="mt-0.5">
                <Badge tone={store.flaggedListings > 0 ? 'warn' : 'good'}>{format.number(store.flaggedListings)}</Badge>
              </dd>
            </div>
          </dl>
          {store.flaggedListings > 0 ? <p className="text-xs text-amber-900">{t('seller.stores.flaggedHint')}</p> : null}
        </li>
      ))}
    </ul>
  );
}
