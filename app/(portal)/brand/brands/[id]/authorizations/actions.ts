'use server';

import { ActionError, defineAction } from '@/lib/actions/action';
import { issueAuthorization, revokeAuthorization, type IssueViolation } from '@/lib/data/brand-authorizations';
import { IssueAuthorizationSchema, RevokeAuthorizationSchema } from '@/lib/validations/protection';

const list = (brandId: string) => `/brand/brands/${brandId}/authorizations`;

/** The catalogue key of each refusal, keyed by field and code. */
const ISSUE_MESSAGES: Record<string, string> = {
  'distributorId:distributorUnknown': 'protection.errors.distributorUnknown',
  'storeSlug:storeUnknown': 'protection.errors.storeUnknown',
  'storeSlug:holderTwice': 'protection.errors.holderTwice',
  'holderName:holderMissing': 'protection.errors.holderMissing',
  'parentId:parentUnknown': 'protection.errors.parentUnknown',
  'parentId:parentNotActive': 'protection.errors.parentNotActive',
  'productLines:empty': 'protection.errors.scopeEmpty',
  'productLines:unknownLine': 'protection.errors.scopeUnknown',
  'productLines:outsideParent': 'protection.errors.scopeOutsideParent',
  'validUntil:notAfterFrom': 'protection.errors.untilNotAfterFrom',
  'validUntil:tooLong': 'protection.errors.untilTooLong',
  'validUntil:outsideParent': 'protection.errors.untilOutsideParent',
  'validFrom:outsideParent': 'protection.errors.fromOutsideParent',
};

function issueMessageKey(problem: IssueViolation): string {
  return ISSUE_MESSAGES[`${problem.field}:${problem.code}`] ?? 'errors.checkFields';
}

export const issueAuthorizationAction = defineAction({
  permission: 'brandAuthorization.issue',
  schema: IssueAuthorizationSchema,
  revalidate: ['/brand'],
  run: async (input, { user, meta }) => {
    const result = await issueAuthorization(user, input, meta);
    if (!result.ok) {
      if (result.violation === 'notFound') throw new ActionError('notFound');
      // The action wrapper shows one refusal at a time; the first field in form order.
      const first = result.problems[0]!;
      throw new ActionError(issueMessageKey(first), first.field);
    }
    return { redirectTo: `${list(input.brandId)}?issued=${encodeURIComponent(result.code)}` };
  },
});

export const revokeAuthorizationAction = defineAction({
  permission: 'brandAuthorization.revoke',
  schema: RevokeAuthorizationSchema,
  revalidate: ['/brand'],
  run: async (input, { user, meta }) => {
    const result = await revokeAuthorization(user, input, meta);
    if (!result.ok) throw new ActionError(result.violation === 'alreadyRevoked' ? 'protection.errors.alreadyRevoked' : 'notFound');
    return { redirectTo: `${list(input.brandId)}?revoked=${result.revokedIds.length}&grants=${result.grantsEnded}` };
  },
});
