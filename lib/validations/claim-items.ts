// A reviewer's input about one claim item, and the brand's answer to a request for
// information. Messages are catalogue keys (translated by the action wrapper). What a
// decision needs beyond its shape — a usable right, words for "other" — is the domain's
// rule (lib/domain/claim-item.ts decisionProblems), checked against the database.
import { z } from 'zod';
import { RejectionReason, RemovalReason } from '../generated/prisma/enums';

export const DECISION_TEXT_MAX = 4000;

const itemId = z.string({ message: 'validation.required' }).trim().min(1, 'validation.required').max(64);

/** The version of the item the form was rendered from: a decision on an older one is refused. */
const version = z.coerce.number({ message: 'validation.required' }).int().min(0);

const optionalNote = z
  .string()
  .max(DECISION_TEXT_MAX, 'validation.textTooLong')
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : null));

export const ClaimItemRefSchema = z.object({ itemId, version });

export const TakeClaimItemSchema = z.object({ itemId, version });
export const ReleaseClaimItemSchema = z.object({ itemId, version });

export const RemoveClaimItemSchema = z.object({
  itemId,
  version,
  removalReason: z.enum(RemovalReason, { message: 'validation.chooseReason' }),
  rightId: z.string({ message: 'validation.chooseRight' }).trim().min(1, 'validation.chooseRight').max(64),
  // Each form's fields have their own names: the three decision forms share one page.
  removalNote: optionalNote,
});
export type RemoveClaimItemInput = z.output<typeof RemoveClaimItemSchema>;

export const RejectClaimItemSchema = z.object({
  itemId,
  version,
  rejectionReason: z.enum(RejectionReason, { message: 'validation.chooseReason' }),
  rejectionNote: optionalNote,
});
export type RejectClaimItemInput = z.output<typeof RejectClaimItemSchema>;

export const RequestClaimItemInfoSchema = z.object({
  itemId,
  version,
  message: z.string({ message: 'validation.required' }).trim().min(1, 'validation.required').max(DECISION_TEXT_MAX, 'validation.textTooLong'),
});
export type RequestClaimItemInfoInput = z.output<typeof RequestClaimItemInfoSchema>;

export const ProvideClaimItemInfoSchema = z.object({
  itemId,
  answer: z.string({ message: 'validation.required' }).trim().min(1, 'validation.required').max(DECISION_TEXT_MAX, 'validation.textTooLong'),
});
