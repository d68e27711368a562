// Pure helpers of the dashboards (issue 5): the periods a dashboard shows, the time buckets of
// its series (filled with zeros where nothing happened, so every chart has the same bars as its
// table), and CSV encoding for the exports. No database; the aggregates are SQL
// (lib/data/dashboards.ts).

export const PERIODS = [7, 30, 90, 365] as const;
export type Period = (typeof PERIODS)[number];
export const DEFAULT_PERIOD: Period = 30;

export type BucketUnit = 'day' | 'week';

const DAY = 86_400_000;

/** Short periods are read day by day; long ones week by week (13 or 53 bars, not 365). */
export function bucketUnitOf(period: Period): BucketUnit {
  return period <= 30 ? 'day' : 'week';
}

export interface PeriodRange {
  /** Inclusive: midnight UTC, `period - 1` days before today, so the period is `period` whole days with today. */
  from: Date;
  /** Exclusive: just after now, so an event at this very millisecond counts. */
  to: Date;
  unit: BucketUnit;
}

export function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

/** Monday 00:00 UTC of the ISO week holding `at` (what PostgreSQL's date_trunc('week') returns). */
export function startOfUtcWeek(at: Date): Date {
  const day = startOfUtcDay(at);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY);
}

export function periodRange(now: Date, period: Period): PeriodRange {
  return {
    from: new Date(startOfUtcDay(now).getTime() - (period - 1) * DAY),
    to: new Date(now.getTime() + 1),
    unit: bucketUnitOf(period),
  };
}

/**
 * The start of every bucket from `from` to `to`, as date_trunc(unit, …) returns them for
 * events in [from, to): days, or Mondays (the first week may begin before `from`).
 */
export function bucketStarts(range: PeriodRange): Date[] {
  const step = range.unit === 'day' ? DAY : 7 * DAY;
  const first = range.unit === 'day' ? startOfUtcDay(range.from) : startOfUtcWeek(range.from);
  const starts: Date[] = [];
  for (let at = first.getTime(); at < range.to.getTime(); at += step) starts.push(new Date(at));
  return starts;
}

/**
 * One row per bucket, in order: the query's row for that bucket, or zeros when it had none
 * (GROUP BY returns no row for an empty day). Rows outside the buckets are dropped.
 */
export function fillBuckets<K extends string>(
  starts: readonly Date[],
  rows: readonly ({ bucket: Date } & Record<K, number>)[],
  keys: readonly K[],
): ({ bucket: Date } & Record<K, number>)[] {
  const byStart = new Map(rows.map((row) => [row.bucket.getTime(), row]));
  return starts.map((bucket) => {
    const row = byStart.get(bucket.getTime());
    const values = Object.fromEntries(keys.map((key) => [key, row ? row[key] : 0])) as Record<K, number>;
    return { bucket, ...values };
  });
}

/** A bucket's label: its first day, ISO (2026-11-30), the same in every language and in the CSV. */
export function bucketLabel(bucket: Date): string {
  return bucket.toISOString().slice(0, 10);
}

/**
 * A percentile as SQL's percentile_cont returns it (null over no rows) rounded to a tenth of
 * an hour for display; a bigint or numeric string from the driver becomes a number.
 */
export function hoursOrNull(value: number | string | bigint | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? Math.round(n * 10) / 10 : null;
}

/** part / whole, or null when there is nothing to divide (no "0%" for an empty period). */
export function shareOrNull(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

// ─── CSV (RFC 4180, with CSV-injection defence) ───

export type CsvCell = string | number | null;

// A spreadsheet treats a cell starting with one of these as a formula (OWASP "CSV injection");
// tab and carriage return are on OWASP's list too.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: text that could run as a formula is prefixed with a quote; quoted when it holds , " or a line break. */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  // Numbers are our own figures: a negative number stays a number.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV file: a header line, then one line per row, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A file name for the export: only letters, digits and dashes, e.g. brand-claims-30d-2026-11-30.csv. */
export function csvFileName(dashboard: string, chart: string, period: Period, now: Date): string {
  const clean = (s: string) => s.replace(/[^A-Za-z0-9-]/g, '-');
  return `${clean(dashboard)}-${clean(chart)}-${period}d-${bucketLabel(now)}.csv`;
}
