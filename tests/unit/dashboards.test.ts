// The dashboards' pure helpers (lib/domain/dashboards.ts): periods and their buckets, zero
// filling, percentiles from SQL, CSV encoding with its formula-injection defence, and the
// ?period= param.
import { describe, expect, it } from 'vitest';
import {
  bucketLabel,
  bucketStarts,
  bucketUnitOf,
  csvCell,
  csvFileName,
  fillBuckets,
  hoursOrNull,
  periodRange,
  shareOrNull,
  startOfUtcWeek,
  toCsv,
} from '@/lib/domain/dashboards';
import { parseDashboardBrand, parsePeriod } from '@/lib/validations/dashboards';
import { niceMax } from '@/components/charts/bar-chart';

// A Wednesday, late in the day (UTC).
const now = new Date('2026-12-02T23:30:00Z');

describe('periods and buckets', () => {
  it('buckets by day up to 30 days and by week beyond', () => {
    expect([7, 30, 90, 365].map((p) => bucketUnitOf(p as 7))).toEqual(['day', 'day', 'week', 'week']);
  });

  it('starts a period at midnight UTC, period − 1 days before today, and ends just after now', () => {
    const range = periodRange(now, 7);
    expect(range.from.toISOString()).toBe('2026-11-26T00:00:00.000Z');
    expect(range.to.getTime()).toBe(now.getTime() + 1);
  });

  it('gives one bucket per day, today included', () => {
    const starts = bucketStarts(periodRange(now, 7)).map(bucketLabel);
    expect(starts).toEqual(['2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
    expect(bucketStarts(periodRange(now, 30))).toHaveLength(30);
  });

  it('gives weeks starting on Monday, as date_trunc(week) does, the first one partly before the period', () => {
    const starts = bucketStarts(periodRange(now, 90));
    // From Friday 2026-09-04: Mondays 2026-08-31 … 2026-11-30.
    expect(bucketLabel(starts[0]!)).toBe('2026-08-31');
    expect(bucketLabel(starts.at(-1)!)).toBe('2026-11-30');
    expect(starts).toHaveLength(14);
    expect(bucketStarts(periodRange(now, 365)).length).toBeGreaterThanOrEqual(53);
    expect(startOfUtcWeek(new Date('2026-11-30T00:00:00Z')).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(startOfUtcWeek(new Date('2026-12-06T23:59:59Z')).toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });

  it('fills the buckets without a row with zeros and drops rows outside them', () => {
    const starts = bucketStarts(periodRange(now, 7)).slice(0, 3);
    const rows = [
      { bucket: new Date('2026-11-27T00:00:00Z'), n: 4 },
      { bucket: new Date('2025-01-01T00:00:00Z'), n: 9 },
    ];
    expect(fillBuckets(starts, rows, ['n']).map((r) => [bucketLabel(r.bucket), r.n])).toEqual([
      ['2026-11-26', 0],
      ['2026-11-27', 4],
      ['2026-11-28', 0],
    ]);
  });
});

describe('figures', () => {
  it('keeps a missing percentile missing and rounds hours to a tenth', () => {
    expect(hoursOrNull(null)).toBeNull();
    expect(hoursOrNull(undefined)).toBeNull();
    expect(hoursOrNull(7.04)).toBe(7);
    expect(hoursOrNull('16.96')).toBe(17);
    expect(hoursOrNull(0)).toBe(0);
  });

  it('gives no share of nothing', () => {
    expect(shareOrNull(0, 0)).toBeNull();
    expect(shareOrNull(3, 4)).toBe(0.75);
  });

  it('rounds the chart axis up to 1, 2 or 5 × 10ⁿ', () => {
    expect([0, 1, 3, 7, 10, 11, 45, 260].map(niceMax)).toEqual([1, 1, 5, 10, 10, 20, 50, 500]);
  });
});

describe('CSV', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('Maison = Aurel')).toBe('Maison = Aurel');
  });

  it('leaves numbers as numbers, negative ones included, and empty for null', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(0.75)).toBe('0.75');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('Handbags; Wallets')).toBe('Handbags; Wallets');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['From', 'Claims'], [['2026-12-01', 2], ['2026-12-02', 0]])).toBe('From,Claims\r\n2026-12-01,2\r\n2026-12-02,0\r\n');
  });

  it('names the file from safe characters only', () => {
    expect(csvFileName('brand', 'counterNotices', 30, now)).toBe('brand-counterNotices-30d-2026-12-02.csv');
    expect(csvFileName('x"; rm', 'a/b', 7, now)).toBe('x---rm-a-b-7d-2026-12-02.csv');
  });
});

describe('search params', () => {
  it('reads the period, defaulting to 30 days for anything else', () => {
    expect(parsePeriod({ period: '7' })).toBe(7);
    expect(parsePeriod({ period: '365' })).toBe(365);
    expect(parsePeriod({})).toBe(30);
    expect(parsePeriod({ period: '14' })).toBe(30);
    expect(parsePeriod({ period: 'abc' })).toBe(30);
    expect(parsePeriod({ period: ['90', '7'] })).toBe(90);
  });

  it('keeps a brand filter only when it is an id', () => {
    expect(parseDashboardBrand({ brand: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' })).toBe('0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b');
    expect(parseDashboardBrand({ brand: "' OR 1=1" })).toBeUndefined();
    expect(parseDashboardBrand({})).toBeUndefined();
  });
});
