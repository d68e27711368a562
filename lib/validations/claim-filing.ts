// The draft editor's forms (journey 1, the brand's side). Messages are catalogue keys:
// shared ones under `validation.`, filing's own under `filing.validation.`.
import { z } from 'zod';
import { EVIDENCE_KINDS, INFRINGEMENT_TYPES, MAX_PASTED_LINES, MAX_REFERENCE_LENGTH, parsePastedLines } from '../domain/claim-filing';
import { checkboxField, idField, optionalText } from './fields';

export const SUMMARY_MAX = 4000;
export const ITEM_NOTE_MAX = 2000;
export const SIGNATURE_MAX = 200;
export const EVIDENCE_DESCRIPTION_MAX = 500;

/** Several values under one name arrive as an array, one as a string, none as undefined. */
const manyIds = (missing: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(64)).min(1, missing));

/** Step 0: the brand, with the idempotency key made when the page rendered. */
export const CreateDraftSchema = z.object({
  brandId: z.string({ message: 'filing.validation.chooseBrand' }).trim().min(1, 'filing.validation.chooseBrand').max(64),
  idempotencyKey: z.uuid('filing.validation.formExpired'),
});

/** Step (a): the rights the claim rests on, and its summary. */
export const SaveRightsSchema = z.object({
  claimId: idField,
  rightIds: manyIds('filing.validation.chooseRight'),
  summary: z
    .string({ message: 'filing.validation.summaryRequired' })
    .trim()
    .min(1, 'filing.validation.summaryRequired')
    .max(SUMMARY_MAX, 'validation.tooLong'),
});

/** Step (b): listings picked from the catalogue search. */
export const AddListingsSchema = z.object({
  claimId: idField,
  listingIds: manyIds('filing.validation.chooseListing'),
});

/** Step (b): pasted listing ids or URLs, one per line. */
export const PasteListingsSchema = z.object({
  claimId: idField,
  references: z
    .string({ message: 'filing.validation.pasteRequired' })
    .superRefine((text, ctx) => {
      const lines = parsePastedLines(text);
      if (lines.length === 0) ctx.addIssue({ code: 'custom', message: 'filing.validation.pasteRequired' });
      else if (lines.length > MAX_PASTED_LINES) ctx.addIssue({ code: 'custom', message: 'filing.validation.pasteTooMany' });
      else if (lines.some((l) => l.reference.length > MAX_REFERENCE_LENGTH)) ctx.addIssue({ code: 'custom', message: 'validation.tooLong' });
    })
    .transform((text) => parsePastedLines(text)),
});

export const RemoveItemSchema = z.object({ claimId: idField, itemId: idField });

/** Step (b) → (c): moving on needs at least one listing (checked in the data layer). */
export const ClaimIdSchema = z.object({ claimId: idField });

/**
 * Step (c): one infringement type and an optional note per item on the page. The form
 * names them `type.<itemId>` and `note.<itemId>`; items not on the page are untouched.
 */
export const SaveTypesSchema = z
  .object({
    claimId: idField,
    itemIds: manyIds('filing.validation.noItems'),
    // The page of items shown, and how many there are: saving a page moves to the next.
    page: z.coerce.number().int().min(1).catch(1),
    pageCount: z.coerce.number().int().min(1).catch(1),
  })
  .catchall(z.unknown())
  .transform((input, ctx) => {
    const items: { id: string; infringementType: (typeof INFRINGEMENT_TYPES)[number]; note: string | null }[] = [];
    for (const id of input.itemIds) {
      const type = input[`type.${id}`];
      const note = input[`note.${id}`];
      if (typeof type !== 'string' || !(INFRINGEMENT_TYPES as readonly string[]).includes(type)) {
        ctx.addIssue({ code: 'custom', path: [`type.${id}`], message: 'filing.validation.chooseType' });
        continue;
      }
      const noteText = typeof note === 'string' ? note.trim() : '';
      if (noteText.length > ITEM_NOTE_MAX) {
        ctx.addIssue({ code: 'custom', path: [`note.${id}`], message: 'validation.tooLong' });
        continue;
      }
      items.push({ id, infringementType: type as (typeof INFRINGEMENT_TYPES)[number], note: noteText || null });
    }
    return { claimId: input.claimId, items, page: input.page, pageCount: input.pageCount };
  });

/** Step (c): one type for every item of the claim at once (one updateMany). */
export const ApplyTypeToAllSchema = z.object({
  claimId: idField,
  infringementType: z.enum(INFRINGEMENT_TYPES, { message: 'filing.validation.chooseType' }),
});

/** Step (d): uploaded documents attached as one kind of evidence, to the claim or one item. */
export const AttachEvidenceSchema = z.object({
  claimId: idField,
  kind: z.enum(EVIDENCE_KINDS, { message: 'filing.validation.chooseKind' }),
  documentIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.uuid('filing.validation.uploadRequired')).min(1, 'filing.validation.uploadRequired')),
  // "" is the whole claim; otherwise one of its items.
  target: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => (v ? v : null)),
  description: optionalText(EVIDENCE_DESCRIPTION_MAX),
});

export const RemoveEvidenceSchema = z.object({ claimId: idField, evidenceId: idField });

/** Step (e): both declarations and the typed signature. */
export const SaveDeclarationsSchema = z
  .object({
    claimId: idField,
    goodFaith: checkboxField,
    accuracy: checkboxField,
    signatureName: z.string().trim().max(SIGNATURE_MAX, 'validation.tooLong').optional().default(''),
  })
  .superRefine((input, ctx) => {
    if (!input.goodFaith) ctx.addIssue({ code: 'custom', path: ['goodFaith'], message: 'filing.validation.goodFaithRequired' });
    if (!input.accuracy) ctx.addIssue({ code: 'custom', path: ['accuracy'], message: 'filing.validation.accuracyRequired' });
    if (!input.signatureName) ctx.addIssue({ code: 'custom', path: ['signatureName'], message: 'filing.validation.signatureRequired' });
  });

export const SubmitClaimSchema = ClaimIdSchema;
export const DeleteDraftSchema = ClaimIdSchema;

export type PasteListingsInput = z.output<typeof PasteListingsSchema>;
export type SaveTypesInput = z.output<typeof SaveTypesSchema>;
export type AttachEvidenceInput = z.output<typeof AttachEvidenceSchema>;
export type SaveDeclarationsInput = z.output<typeof SaveDeclarationsSchema>;
