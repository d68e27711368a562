// Formatting of numbers, money, dates and durations in the reader's locale, through
// use-intl's formatter (the same Intl data as the message catalogue). Pure: pages pass the
// request's locale (lib/i18n/server.ts getLocale). Times are shown in UTC, like the client
// provider (components/i18n/intl-provider.tsx), and say so.
import { createFormatter } from 'use-intl/core';
import { SHARED_INTL_CACHE } from './i18n/intl-cache';
import type { Locale } from './i18n/locales';
import type { DurationUnit } from './domain/queue';

export const DISPLAY_TIME_ZONE = 'UTC';

// Remembered per code: building an Intl.NumberFormat to ask is the costly part, and a queue
// page asks once per row. Only three-letter codes are kept, so the map stays small whatever
// a stored currency holds.
const MINOR_UNIT_DIGITS = new Map<string, number>();

/** Digits after the decimal point in a currency's minor unit (USD 2, JPY 0, BHD 3). */
export function minorUnitDigits(currency: string): number {
  const known = MINOR_UNIT_DIGITS.get(currency);
  if (known !== undefined) return known;
  let digits: number;
  try {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    digits = 2; // not an ISO 4217 code; formatMoney shows it beside a plain number
  }
  if (/^[A-Za-z]{3}$/.test(currency)) MINOR_UNIT_DIGITS.set(currency, digits);
  return digits;
}

/**
 * A file size in the reader's locale: "820 kB", "1.5 MB", "25 MB" (one decimal below 10,
 * none above; units of 1024 bytes, like the upload cap).
 */
export function formatFileSize(locale: string, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 || value >= 10 ? 0 : 1,
  }).format(value);
}

export function makeFormat(locale: Locale, now: Date = new Date()) {
  const format = createFormatter({ locale, timeZone: DISPLAY_TIME_ZONE, now, ...SHARED_INTL_CACHE });
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
    fileSize: (bytes: number) => formatFileSize(locale, bytes),
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
