// The strikes of a store with their state at `now` (counting, expired, withdrawn), shared by
// the closure page and the store standing page.
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import { localizedIn } from '@/lib/domain/localized-text';
import type { Tone } from '@/lib/domain/status-tones';
import { strikeStateAt } from '@/lib/domain/strikes';
import type { Format } from '@/lib/format';
import type { StrikeSource, StrikeStatus } from '@/lib/generated/prisma/enums';
import type { Locale } from '@/lib/i18n/locales';
import type { Translator } from '@/lib/i18n/server';

export interface StrikeRowData {
  id: string;
  source: StrikeSource;
  reason: string;
  status: StrikeStatus;
  createdAt: Date;
  expiresAt: Date;
}

const STATE: Record<StrikeStatus, { key: 'active' | 'expired' | 'withdrawn'; tone: Tone }> = {
  ACTIVE: { key: 'active', tone: 'bad' },
  EXPIRED: { key: 'expired', tone: 'neutral' },
  WITHDRAWN: { key: 'withdrawn', tone: 'good' },
};

export function StrikesTable({ strikes, now, t, format, locale, caption }: { strikes: StrikeRowData[]; now: Date; t: Translator; format: Format; locale: Locale; caption: string }) {
  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <Th>{t('enforcement.closure.strikeColumns.reason')}</Th>
          <Th>{t('enforcement.closure.strikeColumns.source')}</Th>
          <Th>{t('enforcement.closure.strikeColumns.issued')}</Th>
          <Th>{t('enforcement.closure.strikeColumns.expires')}</Th>
          <Th>{t('enforcement.closure.strikeColumns.status')}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {strikes.map((strike) => {
          const state = STATE[strikeStateAt(strike, now)];
          return (
            <tr key={strike.id}>
              <Td className="max-w-md break-words">{localizedIn(strike.reason, locale)}</Td>
              <Td>{t(`enforcement.strikeSource.${strike.source}`)}</Td>
              <Td className="whitespace-nowrap">{format.date(strike.createdAt)}</Td>
              <Td className="whitespace-nowrap">{format.date(strike.expiresAt)}</Td>
              <Td>
                <Badge tone={state.tone}>{t(`enforcement.standing.strikeState.${state.key}`)}</Badge>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
