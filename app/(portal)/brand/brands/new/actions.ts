'use server';

import { ActionError, defineAction } from '@/lib/actions/action';
import { registerBrand, registerBrandForOwner } from '@/lib/data/brands';
import { RegisterBrandForOwnerSchema, RegisterBrandSchema } from '@/lib/validations/brands';

export const registerBrandAction = defineAction({
  permission: 'brand.create',
  schema: RegisterBrandSchema,
  revalidate: ['/brand'],
  run: async (input, { user, meta }) => {
    const result = await registerBrand(user, input, meta);
    if (!result.ok) throw new ActionError(result.violation);
    return { redirectTo: `/brand/brands/${result.brandId}?registered=1` };
  },
});

/** An agency registers a brand not yet on Assay, for its owner, with its power of attorney. */
export const registerBrandForOwnerAction = defineAction({
  permission: 'agencyAuthorization.request',
  schema: RegisterBrandForOwnerSchema,
  revalidate: ['/brand'],
  run: async (input, { user, meta }) => {
    const result = await registerBrandForOwner(user, input, meta);
    if (!result.ok) {
      throw result.violation === 'powerOfAttorneyInvalid'
        ? new ActionError(result.violation, 'powerOfAttorneyDocumentId')
        : new ActionError(result.violation);
    }
    return { redirectTo: `/brand/agency-requests/${result.authorizationId}?requested=1` };
  },
});
