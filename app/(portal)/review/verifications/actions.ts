'use server';

import { ActionError, defineAction } from '@/lib/actions/action';
import { recordAgencyDecision, recordBrandDecision, recordRightDecision, type DecideViolation } from '@/lib/data/verifications';
import { DecisionSchema } from '@/lib/validations/rights';

const REVALIDATE = ['/review', '/review/verifications', '/brand'];

/** A refused decision, shown where the reviewer can act on it. */
function refusal(violation: DecideViolation): ActionError {
  switch (violation) {
    case 'reasonRequired':
      return new ActionError('reasonRequired', 'reason');
    case 'stale':
      return new ActionError('changedSinceOpened');
    case 'expired':
      return new ActionError('verifyExpired');
    default:
      return new ActionError(violation);
  }
}

function decidedPath(kind: 'right' | 'brand' | 'agency', status: string): string {
  return `/review/verifications?decided=${kind}&outcome=${status}`;
}

export const decideRightAction = defineAction({
  permission: 'right.verify',
  schema: DecisionSchema,
  revalidate: REVALIDATE,
  run: async (input, { user, meta }) => {
    const result = await recordRightDecision(user, input, meta);
    if (!result.ok) throw refusal(result.violation);
    return { redirectTo: decidedPath('right', result.status) };
  },
});

export const decideBrandAction = defineAction({
  permission: 'brand.verify',
  schema: DecisionSchema,
  revalidate: REVALIDATE,
  run: async (input, { user, meta }) => {
    const result = await recordBrandDecision(user, input, meta);
    if (!result.ok) throw refusal(result.violation);
    return { redirectTo: decidedPath('brand', result.status) };
  },
});

export const decideAgencyAction = defineAction({
  permission: 'agencyAuthorization.verify',
  schema: DecisionSchema,
  revalidate: REVALIDATE,
  run: async (input, { user, meta }) => {
    const result = await recordAgencyDecision(user, input, meta);
    if (!result.ok) throw refusal(result.violation);
    return { redirectTo: decidedPath('agency', result.status) };
  },
});
