// The verification list's filters from the URL (lib/data/verifications.ts). Unknown values
// are dropped, never an error page: the list renders for any URL a person can type.
import { z } from 'zod';
import { firstParam, type SearchParams } from './list-filters';

export const VERIFICATION_KINDS = ['brand', 'right', 'agency'] as const;
export type VerificationKind = (typeof VERIFICATION_KINDS)[number];

// A type, not an interface: the pager takes it as a plain record of URL params.
export type VerificationFilters = {
  kind?: VerificationKind | undefined;
  /** Part of the brand's name. */
  q?: string | undefined;
  /** A right's office (only rights have one, so this narrows the list to rights). */
  office?: string | undefined;
};

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const Filters = z.object({
  kind: optional(z.enum(VERIFICATION_KINDS)),
  q: optional(z.string().trim().min(1).max(80)),
  office: optional(z.string().trim().min(1).max(40)),
});

export function parseVerificationFilters(params: SearchParams): VerificationFilters {
  return Filters.parse({
    kind: firstParam(params, 'kind') || undefined,
    q: firstParam(params, 'q') || undefined,
    office: firstParam(params, 'office') || undefined,
  });
}
