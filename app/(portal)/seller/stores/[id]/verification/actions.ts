'use server';

import { revalidatePath } from 'next/cache';
import { ActionError, defineAction } from '@/lib/actions/action';
import { submitStoreVerification, type SubmitVerificationResult } from '@/lib/data/store-verification';
import type { BanKey } from '@/lib/domain/store-verification';
import { SubmitStoreVerificationSchema } from '@/lib/validations/store-verification';

/** The form field each ban key comes from. */
const BAN_FIELD: Record<BanKey, string | undefined> = {
  email: undefined, // the signed-in seller's own address: above the form
  phone: 'ownerPhone',
  licenceNumber: 'licenceNumber',
  identityDocument: 'identityDocumentId',
};

function refusal(result: Extract<SubmitVerificationResult, { ok: false }>): ActionError {
  switch (result.violation) {
    case 'banned':
      return new ActionError(`storeVerification.banned.${result.key}`, BAN_FIELD[result.key]);
    case 'businessLicenceInvalid':
      return new ActionError('storeVerification.errors.documentInvalid', 'businessLicenceDocumentId');
    case 'identityDocumentInvalid':
      return new ActionError('storeVerification.errors.documentInvalid', 'identityDocumentId');
    case 'pending':
    case 'verified':
    case 'storeClosed':
      return new ActionError(`storeVerification.errors.${result.violation}`);
    case 'notFound':
      return new ActionError('notFound');
    default:
      return new ActionError('forbidden');
  }
}

export const submitStoreVerificationAction = defineAction({
  permission: 'storeVerification.submit',
  schema: SubmitStoreVerificationSchema,
  revalidate: ['/seller'],
  run: async (input, { user, meta }) => {
    const result = await submitStoreVerification(user, input, meta);
    if (!result.ok) throw refusal(result);
    revalidatePath(`/seller/stores/${input.storeId}`);
    return { redirectTo: `/seller/stores/${input.storeId}/verification?submitted=1` };
  },
});
