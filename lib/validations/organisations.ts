// The organisations table's filters, read from the query string.
import { z } from 'zod';
import { OrganisationKind, VerificationStatus } from '../generated/prisma/enums';
import { pageParam } from './users';

export const ORGANISATIONS_PAGE_SIZE = 25;

export interface OrganisationListFilters {
  kind: OrganisationKind | null;
  verification: VerificationStatus | null;
  page: number;
}

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Unknown values are ignored (the unfiltered table), never an error page. */
export function parseOrganisationListFilters(params: SearchParams): OrganisationListFilters {
  const kind = z.enum(OrganisationKind).safeParse(first(params.kind));
  const verification = z.enum(VerificationStatus).safeParse(first(params.verification));
  return {
    kind: kind.success ? kind.data : null,
    verification: verification.success ? verification.data : null,
    page: pageParam(params.page),
  };
}
