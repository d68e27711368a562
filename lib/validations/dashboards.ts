// The dashboards' search params: ?period= (7, 30, 90, 365; anything else is the default) and,
// on the brand dashboard, ?brand= (a brand id; an id the organisation cannot see is dropped later).
import { z } from 'zod';
import { DEFAULT_PERIOD, PERIODS, type Period } from '../domain/dashboards';
import { firstParam, type SearchParams } from './list-filters';

const period = z.coerce
  .number()
  .int()
  .refine((n): n is Period => (PERIODS as readonly number[]).includes(n))
  .catch(DEFAULT_PERIOD);

export function parsePeriod(params: SearchParams): Period {
  return period.parse(firstParam(params, 'period') ?? DEFAULT_PERIOD) as Period;
}

const brand = z.string().uuid().optional().catch(undefined);

export function parseDashboardBrand(params: SearchParams): string | undefined {
  return brand.parse(firstParam(params, 'brand'));
}
