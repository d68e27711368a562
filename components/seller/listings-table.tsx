import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { SellerListingRow } from '@/lib/data/listings';
import { LISTING_STATUS_TONE } from '@/lib/domain/status-tones';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';

export function ListingsTable({ rows, t, format }: { rows: SellerListingRow[]; t: Translator; format: Format }) {
  return (
    <Table>
      <caption className="sr-only">{t('seller.listings.title')}</caption>
      <thead>
        <tr>
          <Th>{t('seller.listings.columns.listing')}</Th>
          <Th>{t('seller.listings.columns.store')}</Th>
          <Th>{t('seller.listings.columns.brand')}</Th>
          <Th className="text-right">{t('seller.listings.columns.price')}</Th>
          <Th className="text-right">{t('seller.listings.columns.stock')}</Th>
          <Th>{t('seller.listings.columns.status')}</Th>
          <Th>{t('seller.listings.columns.listed')}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((listing) => (
          <tr key={listing.id}>
            <Td className="max-w-xs">
              <div className="font-medium text-slate-900">{listing.title}</div>
              <div className="font-mono text-xs text-slate-500">{listing.externalId}</div>
            </Td>
            <Td>{listing.store.name}</Td>
            <Td>
              {listing.brand ? (
                <>
                  <div>{listing.brand.name}</div>
                  {listing.brand.isProtected ? (
                    <div className="mt-1">
                      <Badge tone="info">{t('seller.listings.protectedBrand')}</Badge>
                    </div>
                  ) : null}
                </>
              ) : (
                <span className="text-slate-500">{t('seller.listings.noBrand')}</span>
              )}
            </Td>
            <Td className="text-right tabular-nums whitespace-nowrap">{format.money(listing.priceCents, listing.currency)}</Td>
            <Td className="text-right tabular-nums">{format.number(listing.stockQuantity)}</Td>
            <Td>
              <Badge tone={LISTING_STATUS_TONE[listing.status]}>{t(`seller.listingStatus.${listing.status}`)}</Badge>
              {listing.status === 'ACTIVE' && listing.flaggedAt ? (
                <p className="mt-1 text-xs text-amber-900">
                  {listing.graceEndsAt
                    ? t('seller.listings.flaggedUntil', { date: format.dateTime(listing.graceEndsAt) })
                    : t('seller.listings.flagged')}
                </p>
              ) : null}
            </Td>
            <Td className="whitespace-nowrap">{format.date(listing.createdAt)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
