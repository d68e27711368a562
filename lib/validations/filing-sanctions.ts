import { z } from 'zod';
import { idField, requiredText } from './fields';

export const SANCTION_LIFT_REASON_MAX = 1000;

/** An admin lifts a warning or suspension, always saying why (the filer is told). */
export const LiftSanctionSchema = z.object({
  sanctionId: idField,
  reason: requiredText(SANCTION_LIFT_REASON_MAX),
});
