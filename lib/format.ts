// Formatting of numbers, money, dates and durations in the reader's locale, through
// use-intl's formatter (the same Intl data as the message catalogue). Pure: pages pass the
// request's locale (lib/i18n/server.ts getLocale). Times are shown in UTC, like the client
// provider (components/i18n/intl-provider.tsx), and say so.
import { createFormatter } from 'use-intl/core';
import type { Locale } from './i18n/locales';
import type { DurationUnit } from './domain/queue';

export const DISPLAY_TIME_ZONE = 'UTC';

/** Digits after the decimal point in a currency's minor unit (USD 2, JPY 0, BHD 3). */
export function minorUnitDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2; // not an ISO 4217 code; formatMoney shows it beside a plain number
  }
}

export function makeFormat(locale: Locale, now: Date = new Date()) {
  const format = createFormatter({ locale, timeZone: DISPLAY_TIME_ZONE, now });
  return {
    locale,
    now,
    number: (value: number) => format.number(value),
    /** An amount held in minor units (`...Cents`) with its ISO currency code. */
    money(minorUnits: number, currency: string): string {
      const amount = minorUnits / 10 ** minorUnitDigits(currency);
      try {
        return format.number(amount, { style: 'currency', currency });
      } catch {
        return `${format.number(amount, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
      }
    },
    date: (value: Date) => format.dateTime(value, { dateStyle: 'medium' }),
    // dateStyle/timeStyle cannot carry timeZoneName, hence the spelled-out fields.
    dateTime: (value: Date) =>
      format.dateTime(value, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }),
    /** "5 hr" / "5小时": a rounded duration (lib/domain/queue.ts roundDuration). */
    duration: ({ value, unit }: { value: number; unit: DurationUnit }) =>
      format.number(value, { style: 'unit', unit, unitDisplay: 'short' }),
    /** "in 3 days" / "2 hours ago", relative to `now`. */
    relative: (value: Date) => format.relativeTime(value, now),
  };
}

export type Format = ReturnType<typeof makeFormat>;
