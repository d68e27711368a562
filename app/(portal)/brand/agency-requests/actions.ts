'use server';

import { ActionError, defineAction } from '@/lib/actions/action';
import { requestAgencyAuthorization } from '@/lib/data/agency-authorizations';
import { RequestAgencyAuthorizationSchema } from '@/lib/validations/brands';

/** An agency asks to act for a brand on Assay: first time, after a rejection, or to renew. */
export const requestAgencyAuthorizationAction = defineAction({
  permission: 'agencyAuthorization.request',
  schema: RequestAgencyAuthorizationSchema,
  revalidate: ['/brand'],
  run: async (input, { user, meta }) => {
    const result = await requestAgencyAuthorization(user, input, meta);
    if (!result.ok) {
      throw result.violation === 'powerOfAttorneyInvalid'
        ? new ActionError(result.violation, 'powerOfAttorneyDocumentId')
        : new ActionError(result.violation);
    }
    return { redirectTo: `/brand/agency-requests/${result.authorizationId}?requested=1` };
  },
});
