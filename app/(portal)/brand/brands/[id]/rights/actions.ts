'use server';

import { revalidatePath } from 'next/cache';
import { ActionError, defineAction } from '@/lib/actions/action';
import { createRight, updateRight, type RightChangeViolation } from '@/lib/data/rights';
import { CreateRightSchema, UpdateRightSchema } from '@/lib/validations/rights';

/** Where each refusal is shown: at the field it concerns, or above the form. */
function refusal(violation: RightChangeViolation): ActionError {
  switch (violation) {
    case 'duplicateRegistration':
      return new ActionError(violation, 'registrationNumber');
    case 'certificateInvalid':
      return new ActionError(violation, 'certificateDocumentId');
    case 'stale':
      return new ActionError('staleRecord');
    case 'notFound':
      return new ActionError('notFound');
  }
}

export const createRightAction = defineAction({
  permission: 'right.create',
  schema: CreateRightSchema,
  revalidate: ['/brand'],
  run: async ({ brandId, ...input }, { user, meta }) => {
    const result = await createRight(user, brandId, input, meta);
    if (!result.ok) throw refusal(result.violation);
    revalidatePath(`/brand/brands/${brandId}`);
    return { redirectTo: `/brand/brands/${brandId}/rights/${result.rightId}?saved=added` };
  },
});

export const updateRightAction = defineAction({
  permission: 'right.update',
  schema: UpdateRightSchema,
  revalidate: ['/brand'],
  run: async ({ rightId, version, ...input }, { user, meta }) => {
    const result = await updateRight(user, rightId, version, input, meta);
    if (!result.ok) throw refusal(result.violation);
    revalidatePath(`/brand/brands/${result.brandId}`);
    const saved = !result.changed ? 'unchanged' : result.status === 'PENDING' ? 'resubmitted' : 'updated';
    return { redirectTo: `/brand/brands/${result.brandId}/rights/${rightId}?saved=${saved}` };
  },
});
