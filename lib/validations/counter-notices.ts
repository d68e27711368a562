// The counter-notice forms: the seller's filing, the brand's response, the reviewer's
// decision. Messages are catalogue keys (translated by the action wrapper). What needs the
// database — the window, one open counter-notice per item, the documents being the seller's
// own — is checked in lib/data/counter-notices.ts; the ground's evidence rule is the
// domain's (lib/domain/counter-notice.ts filingProblems), applied here too so the field shows it.
import { z } from 'zod';
import { CounterNoticeGround } from '../generated/prisma/enums';
import { DECISION_REASON_MAX, RESPONSE_MAX, STATEMENT_MAX, STATEMENT_MIN, filingProblems } from '../domain/counter-notice';
import { checkboxField, idField, versionField } from './fields';

/** The three evidence fields of the filing form, by the kind their uploads carry. */
export const EVIDENCE_FIELDS = {
  invoiceDocumentIds: 'INVOICE',
  authorizationDocumentIds: 'AUTHORIZATION_LETTER',
  otherDocumentIds: 'OTHER',
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Hidden inputs named alike arrive as one string or an array; none is an empty list. */
const documentIds = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v, ctx) => {
    const ids = (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean);
    if (ids.some((id) => !UUID.test(id))) {
      ctx.addIssue({ code: 'custom', message: 'validation.counterNotice.evidenceInvalid' });
      return z.NEVER;
    }
    return [...new Set(ids)];
  });

export const FileCounterNoticeSchema = z
  .object({
    itemId: idField,
    ground: z.enum(CounterNoticeGround, { message: 'validation.counterNotice.groundRequired' }),
    statement: z
      .string({ message: 'validation.required' })
      .trim()
      // abort: an empty statement is "required", not also "too short"
      .min(1, { message: 'validation.required', abort: true })
      .min(STATEMENT_MIN, 'validation.counterNotice.statementTooShort')
      .max(STATEMENT_MAX, 'validation.tooLong'),
    invoiceDocumentIds: documentIds,
    authorizationDocumentIds: documentIds,
    otherDocumentIds: documentIds,
    perjuryDeclared: checkboxField.refine((v) => v, 'validation.counterNotice.perjuryRequired'),
    jurisdictionConsent: checkboxField.refine((v) => v, 'validation.counterNotice.jurisdictionRequired'),
    signatureName: z
      .string({ message: 'validation.counterNotice.signatureRequired' })
      .trim()
      .min(1, 'validation.counterNotice.signatureRequired')
      .max(120, 'validation.nameTooLong'),
  })
  .superRefine((input, ctx) => {
    const evidenceCount = input.invoiceDocumentIds.length + input.authorizationDocumentIds.length + input.otherDocumentIds.length;
    for (const problem of filingProblems({ ground: input.ground, evidenceCount })) {
      // Shown at the first upload field, where the seller adds the proof.
      ctx.addIssue({ code: 'custom', path: ['invoiceDocumentIds'], message: `validation.counterNotice.${problem.key}` });
    }
  });
export type FileCounterNoticeInput = z.output<typeof FileCounterNoticeSchema>;

export const RespondToCounterNoticeSchema = z.object({
  counterNoticeId: idField,
  version: versionField,
  response: z
    .string({ message: 'validation.counterNotice.responseRequired' })
    .trim()
    .min(1, 'validation.counterNotice.responseRequired')
    .max(RESPONSE_MAX, 'validation.tooLong'),
});
export type RespondToCounterNoticeInput = z.output<typeof RespondToCounterNoticeSchema>;

export const DecideCounterNoticeSchema = z.object({
  counterNoticeId: idField,
  version: versionField,
  decision: z.enum(['restore', 'uphold'], { message: 'validation.counterNotice.decisionRequired' }),
  reason: z
    .string({ message: 'validation.counterNotice.decisionReasonRequired' })
    .trim()
    .min(1, 'validation.counterNotice.decisionReasonRequired')
    .max(DECISION_REASON_MAX, 'validation.textTooLong'),
});
export type DecideCounterNoticeInput = z.output<typeof DecideCounterNoticeSchema>;
