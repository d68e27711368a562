import { describe, expect, it } from 'vitest';
import { formatFileSize, makeFormat, minorUnitDigits } from '@/lib/format';

const now = new Date('2026-03-10T12:00:00Z');

describe('formatting', () => {
  it('knows each currency’s minor unit', () => {
    expect(minorUnitDigits('USD')).toBe(2);
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('BHD')).toBe(3);
    expect(minorUnitDigits('nonsense')).toBe(2);
  });

  it('formats money from minor units in the reader’s locale', () => {
    expect(makeFormat('en', now).money(129_900, 'USD')).toBe('$1,299.00');
    expect(makeFormat('zh-CN', now).money(8_800, 'CNY')).toBe('¥88.00');
    expect(makeFormat('en', now).money(5_000, 'JPY')).toBe('¥5,000');
  });

  it('formats durations and relative times in both languages', () => {
    expect(makeFormat('en', now).duration({ value: 5, unit: 'hour' })).toBe('5 hr');
    expect(makeFormat('zh-CN', now).duration({ value: 5, unit: 'hour' })).toBe('5小时');
    expect(makeFormat('en', now).relative(new Date('2026-03-07T12:00:00Z'))).toBe('3 days ago');
    expect(makeFormat('zh-CN', now).relative(new Date('2026-03-07T12:00:00Z'))).toBe('3天前');
  });

  it('shows dates in UTC and says so with times', () => {
    expect(makeFormat('en', now).date(new Date('2026-03-10T23:30:00Z'))).toBe('Mar 10, 2026');
    expect(makeFormat('en', now).dateTime(new Date('2026-03-10T23:30:00Z'))).toBe('Mar 10, 2026, 11:30 PM UTC');
    expect(makeFormat('zh-CN', now).dateTime(new Date('2026-03-10T09:05:00Z'))).toBe('2026年3月10日 UTC 09:05');
  });
});

describe('formatFileSize', () => {
  it('picks the unit and keeps one decimal only for small numbers, in both languages', () => {
    expect(formatFileSize('en', 0)).toBe('0 bytes');
    expect(formatFileSize('en', 900)).toBe('900 bytes');
    expect(formatFileSize('en', 1536)).toBe('1.5 kB');
    expect(formatFileSize('en', 25 * 1024 * 1024)).toBe('25 MB');
    expect(formatFileSize('en', 1.25 * 1024 * 1024)).toBe('1.3 MB');
    expect(formatFileSize('zh-CN', 900)).toBe('900字节');
    expect(makeFormat('zh-CN', now).fileSize(25 * 1024 * 1024)).toBe('25 MB');
  });
});
