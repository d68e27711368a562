// Filters and page numbers read from a URL's search params. A list page must render for
// any URL a person can type or an old bookmark holds: unknown values are dropped rather
// than reported, and the page number is clamped later, once the total is known.
import { z } from 'zod';
import { ClaimStatus, InfringementType, ListingStatus } from '../generated/prisma/enums';
import { DUE_FILTERS, QUEUE_STATUSES } from '../domain/queue';

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a search param (a repeated `?a=1&a=2` keeps the first). */
export function firstParam(params: SearchParams, key: string): string | undefined {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

const page = z.coerce.number().int().min(1).max(100_000).catch(1);
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
// Ids are UUIDs; anything else cannot match a row, so it is dropped.
const id = z.string().uuid();

export function parsePage(params: SearchParams, key = 'page'): number {
  return page.parse(firstParam(params, key) ?? 1);
}

const QueueFilters = z.object({
  brand: optional(id),
  type: optional(z.enum(InfringementType)),
  status: optional(z.enum(QUEUE_STATUSES)),
  due: optional(z.enum(DUE_FILTERS)),
});
export type QueueFilters = z.infer<typeof QueueFilters>;

export function parseQueueFilters(params: SearchParams): QueueFilters {
  return QueueFilters.parse({
    brand: firstParam(params, 'brand') || undefined,
    type: firstParam(params, 'type') || undefined,
    status: firstParam(params, 'status') || undefined,
    due: firstParam(params, 'due') || undefined,
  });
}

const ClaimFilters = z.object({ status: optional(z.enum(ClaimStatus)), brand: optional(id) });
export type ClaimFilters = z.infer<typeof ClaimFilters>;

export function parseClaimFilters(params: SearchParams): ClaimFilters {
  return ClaimFilters.parse({ status: firstParam(params, 'claimStatus') || undefined, brand: firstParam(params, 'claimBrand') || undefined });
}

const ListingFilters = z.object({
  status: optional(z.enum(ListingStatus)),
  brand: optional(id),
});
export type ListingFilters = z.infer<typeof ListingFilters>;

export function parseListingFilters(params: SearchParams): ListingFilters {
  return ListingFilters.parse({
    status: firstParam(params, 'listingStatus') || undefined,
    brand: firstParam(params, 'listingBrand') || undefined,
  });
}
