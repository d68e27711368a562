// The right-to-sell forms (journey 3): the seller's application and its documents, the
// reviewer's decisions, the brand's answer about a letter. Messages are catalogue keys
// (translated by the action wrapper). What needs the database — the store being verified,
// the brand protected, the code valid, the quantities covering the stock — is checked in
// lib/data/applications.ts and answered at the same fields.
import { z } from 'zod';
import { CHECK_KEYS } from '../domain/application-checklist';
import { dateField, documentIdField, idField, optionalText, versionField } from './fields';

/** "Handbags, Scarves" (either comma) → ['Handbags', 'Scarves']. */
export const productLinesField = z
  .string()
  .max(500, 'validation.tooLong')
  .optional()
  .transform((v) => [...new Set((v ?? '').split(/[,，]/).map((s) => s.trim()).filter(Boolean))].slice(0, 20));

export const CreateApplicationSchema = z.object({
  storeId: z.string({ message: 'applications.validation.storeRequired' }).trim().min(1, 'applications.validation.storeRequired'),
  brandId: z.string({ message: 'applications.validation.brandRequired' }).trim().min(1, 'applications.validation.brandRequired'),
  productLines: productLinesField,
  renewsGrantId: optionalText(64),
});

const issuerField = z.string({ message: 'applications.validation.issuerRequired' }).trim().min(1, 'applications.validation.issuerRequired').max(200, 'validation.tooLong');

export const AddInvoiceSchema = z.object({
  applicationId: idField,
  documentId: documentIdField('applications.validation.documentRequired'),
  issuerName: issuerField,
  issuedAt: dateField(),
  productLines: productLinesField,
  quantity: z.coerce.number({ message: 'applications.validation.quantityInvalid' }).int('applications.validation.quantityInvalid').min(1, 'applications.validation.quantityInvalid').max(1_000_000, 'applications.validation.quantityInvalid'),
});

export const AddLetterSchema = z.object({
  applicationId: idField,
  documentId: documentIdField('applications.validation.documentRequired'),
  issuerName: issuerField,
  validUntil: dateField(),
});

export const AddCodeSchema = z.object({
  applicationId: idField,
  code: z.string({ message: 'applications.validation.codeRequired' }).trim().min(1, 'applications.validation.codeRequired').max(64, 'validation.tooLong'),
});

export const RemoveDocumentSchema = z.object({ applicationId: idField, applicationDocumentId: idField });
export const SubmitApplicationSchema = z.object({ applicationId: idField, note: optionalText(2000) });
export const WithdrawApplicationSchema = z.object({ applicationId: idField });

// ── Reviewer ──

const guarded = { applicationId: idField, version: versionField };

/** Ticked checks arrive as one string or several; unknown keys are dropped. */
const confirmedField = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((k): k is (typeof CHECK_KEYS)[number] => (CHECK_KEYS as readonly string[]).includes(k)));

export const TakeApplicationSchema = z.object(guarded);
export const ApproveApplicationSchema = z.object({ ...guarded, confirmed: confirmedField, note: optionalText(2000) });
export const RejectApplicationSchema = z.object({
  ...guarded,
  confirmed: confirmedField,
  note: optionalText(2000),
  reason: z.string({ message: 'applications.validation.reasonRequired' }).trim().min(1, 'applications.validation.reasonRequired').max(2000, 'validation.tooLong'),
});
export const RequestInfoSchema = z.object({
  ...guarded,
  request: z.string({ message: 'applications.validation.requestRequired' }).trim().min(1, 'applications.validation.requestRequired').max(2000, 'validation.tooLong'),
});
export const AskBrandSchema = z.object({ ...guarded, applicationDocumentId: idField });

// ── Brand ──

export const AnswerLetterSchema = z.object({
  letterId: idField,
  answer: z.enum(['confirm', 'deny'], { message: 'validation.required' }),
  note: z.string().trim().max(2000, 'validation.tooLong').optional().transform((v) => v ?? ''),
});
