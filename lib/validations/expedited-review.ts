// A reviewer's decision on an expedited takedown: confirm it (the reason and right a removal
// rests on) or overturn it (a rejection reason and the words the brand will read). Messages are
// catalogue keys; whether the right is usable is the domain's rule, checked in the data layer.
import { z } from 'zod';
import { RejectionReason, RemovalReason } from '../generated/prisma/enums';
import { DECISION_TEXT_MAX } from './claim-items';

const itemId = z.string({ message: 'validation.required' }).trim().min(1, 'validation.required').max(64);
const version = z.coerce.number({ message: 'validation.required' }).int().min(0);

export const ConfirmExpeditedSchema = z.object({
  itemId,
  version,
  removalReason: z.enum(RemovalReason, { message: 'validation.chooseReason' }),
  rightId: z.string({ message: 'validation.chooseRight' }).trim().min(1, 'validation.chooseRight').max(64),
  confirmNote: z
    .string()
    .max(DECISION_TEXT_MAX, 'validation.textTooLong')
    .optional()
    .transform((v) => (v && v.trim() ? v.trim() : null)),
});

export const OverturnExpeditedSchema = z.object({
  itemId,
  version,
  rejectionReason: z.enum(RejectionReason, { message: 'validation.chooseReason' }),
  // The brand and the seller are told why: an overturn always says it in words.
  overturnNote: z.string({ message: 'validation.required' }).trim().min(1, 'validation.required').max(DECISION_TEXT_MAX, 'validation.textTooLong'),
});
