import { describe, expect, it } from 'vitest';
import { DEFAULT_PERIOD, MAX_PERIOD_DAYS, lastDayOf, parseReportPeriod, periodChoices, periodFromToken } from '@/lib/domain/transparency';

const NOW = new Date('2026-12-01T12:34:56Z');
const iso = (d: Date) => d.toISOString();

describe('periodFromToken', () => {
  it('names calendar years, halves and quarters as half-open UTC intervals', () => {
    expect(periodFromToken('2025', NOW)).toMatchObject({ kind: 'year', from: new Date('2025-01-01T00:00:00Z'), to: new Date('2026-01-01T00:00:00Z') });
    expect(periodFromToken('2025-H2', NOW)).toMatchObject({ kind: 'half', part: 2, from: new Date('2025-07-01T00:00:00Z'), to: new Date('2026-01-01T00:00:00Z') });
    expect(periodFromToken('2024-Q1', NOW)).toMatchObject({ kind: 'quarter', part: 1, from: new Date('2024-01-01T00:00:00Z'), to: new Date('2024-04-01T00:00:00Z') });
    expect(periodFromToken('2024-Q4', NOW)).toMatchObject({ from: new Date('2024-10-01T00:00:00Z'), to: new Date('2025-01-01T00:00:00Z') });
  });

  it('ends a rolling period at the end of the current UTC day', () => {
    const p = periodFromToken('last-30', NOW)!;
    expect(iso(p.to)).toBe('2026-12-02T00:00:00.000Z');
    expect(iso(p.from)).toBe('2026-11-02T00:00:00.000Z');
    // Later the same day: the same period.
    expect(periodFromToken('last-30', new Date('2026-12-01T23:59:59.999Z'))).toEqual(p);
    expect(periodFromToken('last-365', NOW)!.from.toISOString()).toBe('2025-12-02T00:00:00.000Z');
  });

  it('refuses other tokens and years outside 2000 to this year', () => {
    for (const bad of ['last-7', '2026-Q5', '2026-H3', '1999', '2027', '26', '2026-q1', ' 2026', 'x']) expect(periodFromToken(bad, NOW)).toBeNull();
    expect(periodFromToken('2000', NOW)).not.toBeNull();
    expect(periodFromToken('2026-Q4', NOW)).not.toBeNull();
  });

  it('offers the rolling periods and the last three years in the chooser', () => {
    const choices = periodChoices(NOW);
    expect(choices.slice(0, 4)).toEqual(['last-30', 'last-90', 'last-365', '2026']);
    expect(choices).toContain('2024-Q1');
    expect(choices).not.toContain('2023');
    for (const c of choices) expect(periodFromToken(c, NOW)).not.toBeNull();
  });
});

describe('parseReportPeriod', () => {
  it('gives the default period when nothing is asked', () => {
    const r = parseReportPeriod({}, NOW);
    expect(r).toMatchObject({ ok: true, period: { token: DEFAULT_PERIOD } });
  });

  it('reads a period token', () => {
    expect(parseReportPeriod({ period: '2025-Q3' }, NOW)).toMatchObject({ ok: true, period: { kind: 'quarter', year: 2025, part: 3 } });
  });

  it('names the field at fault and falls back to the default period', () => {
    expect(parseReportPeriod({ period: 'yesterday' }, NOW)).toMatchObject({ ok: false, error: { field: 'period', problem: 'period' }, period: { token: DEFAULT_PERIOD } });
    expect(parseReportPeriod({ period: '2025', from: '2025-01-01', to: '2025-02-01' }, NOW)).toMatchObject({ ok: false, error: { field: 'period', problem: 'mixed' } });
    expect(parseReportPeriod({ from: '2025-01-01' }, NOW)).toMatchObject({ ok: false, error: { field: 'to', problem: 'date' } });
    expect(parseReportPeriod({ to: '2025-01-01' }, NOW)).toMatchObject({ ok: false, error: { field: 'from', problem: 'date' } });
    expect(parseReportPeriod({ from: '2025-02-30', to: '2025-03-10' }, NOW)).toMatchObject({ ok: false, error: { field: 'from', problem: 'date' } });
    expect(parseReportPeriod({ from: '2025/01/01', to: '2025-03-10' }, NOW)).toMatchObject({ ok: false, error: { field: 'from', problem: 'date' } });
    expect(parseReportPeriod({ from: '2025-03-10', to: '2025-03-10' }, NOW)).toMatchObject({ ok: false, error: { field: 'to', problem: 'order' } });
  });

  it('reads a date range: from inclusive, to exclusive, at most three years', () => {
    const r = parseReportPeriod({ from: '2023-01-01', to: '2024-01-01' }, NOW);
    expect(r).toMatchObject({ ok: true, period: { kind: 'custom', from: new Date('2023-01-01T00:00:00Z'), to: new Date('2024-01-01T00:00:00Z') } });
    expect(lastDayOf(r.period)).toBe('2023-12-31');
    // 2021-01-01 → 2024-01-01 is 1095 days; one leap day more still fits, one more day does not.
    expect(MAX_PERIOD_DAYS).toBe(1096);
    expect(parseReportPeriod({ from: '2021-01-01', to: '2024-01-02' }, NOW).ok).toBe(true);
    expect(parseReportPeriod({ from: '2021-01-01', to: '2024-01-03' }, NOW)).toMatchObject({ ok: false, error: { field: 'to', problem: 'tooLong' } });
  });
});
