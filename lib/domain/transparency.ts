// The periods of the public transparency report (issue 5, journey 7). Every period is a
// half-open interval of UTC instants [from, to): from inclusive, to exclusive, so adjacent
// periods never count an event twice. Pure: no database.
import { z } from 'zod';

const DAY_MS = 86_400_000;

/** The rolling periods, in days; they end at the end of the current UTC day. */
export const ROLLING_DAYS = [30, 90, 365] as const;
export type RollingDays = (typeof ROLLING_DAYS)[number];

/** The period the report shows when none (or a bad one) is asked for. */
export const DEFAULT_PERIOD = 'last-365';

/** The longest period the JSON endpoint answers for (three years and a leap day). */
export const MAX_PERIOD_DAYS = 1096;

/** The first year the chooser and the endpoint accept. */
export const FIRST_YEAR = 2000;

export type PeriodKind = 'rolling' | 'year' | 'half' | 'quarter' | 'custom';

export interface ReportPeriod {
  kind: PeriodKind;
  /** The token that names it in a URL (`2026`, `2026-H1`, `2026-Q3`, `last-90`), or `custom`. */
  token: string;
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
  /** For a rolling period: its length in days. */
  days?: RollingDays;
  year?: number;
  /** Half (1–2) or quarter (1–4) of the year. */
  part?: number;
}

const TOKEN = /^(?:last-(30|90|365)|(\d{4})(?:-(H[12]|Q[1-4]))?)$/;

const utc = (year: number, monthIndex: number, day = 1) => new Date(Date.UTC(year, monthIndex, day));

function startOfNextUtcDay(now: Date): Date {
  return utc(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
}

/** The period a token names, or null when it names none (a bad token or a year out of range). */
export function periodFromToken(token: string, now: Date): ReportPeriod | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  if (match[1]) {
    const days = Number(match[1]) as RollingDays;
    // Up to the end of today (UTC): two requests on the same day see the same period.
    const to = startOfNextUtcDay(now);
    return { kind: 'rolling', token, days, from: new Date(to.getTime() - days * DAY_MS), to };
  }
  const year = Number(match[2]);
  if (year < FIRST_YEAR || year > now.getUTCFullYear()) return null;
  const part = match[3];
  if (!part) return { kind: 'year', token, year, from: utc(year, 0), to: utc(year + 1, 0) };
  const n = Number(part.slice(1));
  if (part.startsWith('H')) return { kind: 'half', token, year, part: n, from: utc(year, (n - 1) * 6), to: utc(year, n * 6) };
  return { kind: 'quarter', token, year, part: n, from: utc(year, (n - 1) * 3), to: utc(year, n * 3) };
}

/** The tokens the period chooser offers: the rolling periods, then this year and the two before it. */
export function periodChoices(now: Date): string[] {
  const year = now.getUTCFullYear();
  const tokens: string[] = ROLLING_DAYS.map((d) => `last-${d}`);
  for (let y = year; y > year - 3; y -= 1) {
    tokens.push(String(y), `${y}-H1`, `${y}-H2`, `${y}-Q1`, `${y}-Q2`, `${y}-Q3`, `${y}-Q4`);
  }
  return tokens;
}

export type PeriodProblem = 'period' | 'date' | 'order' | 'tooLong' | 'mixed';

export interface PeriodFieldError {
  field: 'period' | 'from' | 'to';
  problem: PeriodProblem;
}

export type PeriodParse = { ok: true; period: ReportPeriod } | { ok: false; error: PeriodFieldError; period: ReportPeriod };

const PeriodToken = z.string().trim().max(16).regex(TOKEN);
const IsoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((s) => new Date(`${s}T00:00:00Z`))
  // 2026-02-30 parses to March: reject any date that does not round-trip.
  .refine((d) => !Number.isNaN(d.getTime()));
const isoRoundTrips = (raw: string, d: Date) => d.toISOString().slice(0, 10) === raw.trim();

function defaultPeriod(now: Date): ReportPeriod {
  return periodFromToken(DEFAULT_PERIOD, now)!;
}

/**
 * The period the page and the endpoint were asked for: `period=<token>`, or (the endpoint)
 * `from=YYYY-MM-DD&to=YYYY-MM-DD` (from inclusive, to exclusive, midnight UTC). Nothing asked:
 * the default period. A bad value: the field at fault and the default period, so the page can
 * say what was wrong beside the field and still show figures.
 */
export function parseReportPeriod(params: { period?: string | undefined; from?: string | undefined; to?: string | undefined }, now: Date): PeriodParse {
  const fallback = defaultPeriod(now);
  const fail = (field: PeriodFieldError['field'], problem: PeriodProblem): PeriodParse => ({ ok: false, error: { field, problem }, period: fallback });
  const { period, from, to } = params;
  const hasRange = !!(from || to);
  if (period && hasRange) return fail('period', 'mixed');
  if (hasRange) {
    if (!from) return fail('from', 'date');
    if (!to) return fail('to', 'date');
    const f = IsoDate.safeParse(from);
    if (!f.success || !isoRoundTrips(from, f.data) || f.data.getUTCFullYear() < FIRST_YEAR) return fail('from', 'date');
    const t = IsoDate.safeParse(to);
    if (!t.success || !isoRoundTrips(to, t.data)) return fail('to', 'date');
    if (t.data.getTime() <= f.data.getTime()) return fail('to', 'order');
    if (t.data.getTime() - f.data.getTime() > MAX_PERIOD_DAYS * DAY_MS) return fail('to', 'tooLong');
    return { ok: true, period: { kind: 'custom', token: 'custom', from: f.data, to: t.data } };
  }
  if (!period) return { ok: true, period: fallback };
  const token = PeriodToken.safeParse(period);
  const resolved = token.success ? periodFromToken(token.data, now) : null;
  return resolved ? { ok: true, period: resolved } : fail('period', 'period');
}

/** The last day a period covers (to is exclusive), as YYYY-MM-DD: what a person reads as "until". */
export function lastDayOf(period: Pick<ReportPeriod, 'to'>): string {
  return new Date(period.to.getTime() - 1).toISOString().slice(0, 10);
}

export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
