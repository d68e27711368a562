// The organisations table's filters, read from the query string.
import { z } from 'zod';
import { OrganisationKind, VerificationStatus } from '../generated/prisma/enums';
import { firstParam, type SearchParams } from './list-filters';

export const ORGANISATIONS_PAGE_SIZE = 25;

export interface OrganisationListFilters {
  kind: OrganisationKind | null;
  verification: VerificationStatus | null;
}

/** Unknown values are dropped (the unfiltered table), never an error page. */
export function parseOrganisationListFilters(params: SearchParams): OrganisationListFilters {
  const kind = z.enum(OrganisationKind).safeParse(firstParam(params, 'kind'));
  const verification = z.enum(VerificationStatus).safeParse(firstParam(params, 'verification'));
  return {
    kind: kind.success ? kind.data : null,
    verification: verification.success ? verification.data : null,
  };
}
