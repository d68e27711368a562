// The brand's withdrawal of a claim item or a whole claim. Messages are catalogue keys.
import { z } from 'zod';
import { WITHDRAWAL_REASON_MAX } from '../domain/claim-withdrawal';
import { ProvideClaimItemInfoSchema } from './claim-items';

const id = z.string({ message: 'validation.required' }).trim().min(1, 'validation.required').max(64);
const reason = z
  .string({ message: 'validation.required' })
  .trim()
  .min(1, 'validation.required')
  .max(WITHDRAWAL_REASON_MAX, 'validation.textTooLong');

export const WithdrawClaimItemSchema = z.object({
  itemId: id,
  /** The item's version the page showed: a decision made since is not withdrawn blind. */
  version: z.coerce.number({ message: 'validation.required' }).int().min(0),
  reason,
});

export const WithdrawClaimSchema = z.object({ claimId: id, reason });

/** The brand's answer to a request for information, on the claim's page (which it returns to). */
export const AnswerInfoSchema = ProvideClaimItemInfoSchema.extend({ claimId: id });
