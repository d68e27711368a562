// The closure, appeal and job-run forms. Messages are catalogue keys (translated by the
// action wrapper). Who may do what, and in which state, is lib/data/closures.ts's to check.
import { z } from 'zod';
import { APPEAL_STATEMENT_MAX, DECISION_REASON_MAX, RATIONALE_MAX } from '../domain/closure';
import { checkboxField, idField, requiredText, versionField } from './fields';

export const ProposeClosureSchema = z.object({
  proposalId: idField,
  version: versionField,
  rationale: requiredText(RATIONALE_MAX),
  includeBan: checkboxField,
});

export const ProposeStoreClosureSchema = z.object({
  storeId: idField,
  rationale: requiredText(RATIONALE_MAX),
  includeBan: checkboxField,
});

export const WithdrawClosureSchema = z.object({
  proposalId: idField,
  version: versionField,
  reason: requiredText(DECISION_REASON_MAX),
});

export const DecideClosureSchema = z.object({
  proposalId: idField,
  version: versionField,
  decision: z.enum(['approve', 'decline'], { message: 'validation.required' }),
  reason: requiredText(DECISION_REASON_MAX),
});

export const FileAppealSchema = z.object({
  proposalId: idField,
  statement: requiredText(APPEAL_STATEMENT_MAX),
});

export const DecideAppealSchema = z.object({
  appealId: idField,
  version: versionField,
  decision: z.enum(['grant', 'deny'], { message: 'validation.required' }),
  reason: requiredText(DECISION_REASON_MAX),
});

/** "2026-12-10T09:30" from a datetime-local input, read as UTC; empty means now. */
const asOfField = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const date = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'enforcement.errors.asOfInvalid' });
      return z.NEVER;
    }
    return date;
  });

export const RunJobSchema = z.object({
  job: idField,
  store: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((v) => (v ? v : null)),
  asOf: asOfField,
});
