// The store-verification forms: the seller's submission and the admin's lifting of a ban.
// Messages are catalogue keys (translated by the action wrapper). What needs the database —
// the store being the seller's, the documents being its own uploads, the ban keys — is
// checked in lib/data/store-verification.ts.
import { z } from 'zod';
import { normaliseLicenceNumber, normalisePhone } from '../domain/identity';
import { documentIdField, idField, requiredText, versionField } from './fields';
import { REASON_MAX } from './rights';

export const LIFT_REASON_MAX = 1000;

export const SubmitStoreVerificationSchema = z.object({
  storeId: idField,
  businessLicenceDocumentId: documentIdField('storeVerification.validation.businessLicenceRequired'),
  identityDocumentId: documentIdField('storeVerification.validation.identityDocumentRequired'),
  licenceNumber: requiredText(60).refine((v) => normaliseLicenceNumber(v) !== null, 'storeVerification.validation.licenceNumberInvalid'),
  ownerName: requiredText(120, 'validation.nameTooLong'),
  ownerPhone: z
    .string({ message: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(40, 'storeVerification.validation.phoneInvalid')
    .transform((v, ctx) => {
      const phone = normalisePhone(v);
      if (!phone) {
        ctx.addIssue({ code: 'custom', message: 'storeVerification.validation.phoneInvalid' });
        return z.NEVER;
      }
      return phone;
    }),
});
export type SubmitStoreVerificationInput = z.output<typeof SubmitStoreVerificationSchema>;

export const LiftBanSchema = z.object({
  banId: idField,
  reason: requiredText(LIFT_REASON_MAX),
});

/** A reviewer's decision on a store: as for brands and rights, with the seller named as the reader of the reason. */
export const StoreDecisionSchema = z
  .object({
    id: idField,
    version: versionField,
    decision: z.enum(['verify', 'reject'], { message: 'validation.invalidChoice' }),
    reason: z.string().trim().max(REASON_MAX, 'validation.tooLong').optional().default(''),
  })
  .superRefine((input, ctx) => {
    if (input.decision === 'reject' && !input.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'storeVerification.errors.reasonRequired' });
    }
  })
  .transform(({ decision, reason, ...rest }) => ({
    ...rest,
    decision: decision === 'verify' ? ({ kind: 'verify', note: reason || null } as const) : ({ kind: 'reject', reason } as const),
  }));
