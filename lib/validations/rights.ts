// A brand agent's right (trademark, copyright, design registration) and a reviewer's
// decision on a right, a brand or a power of attorney. Messages are catalogue keys.
import { z } from 'zod';
import { COMMON_OFFICES, isCommonOffice, normaliseRegistrationNumber, parseNiceClasses } from '../domain/rights';
import { dateField, documentIdField, idField, optionalText, requiredText, versionField } from './fields';

/** The right types an agent may register here (patents are not claims this portal takes). */
export const RIGHT_TYPES = ['TRADEMARK', 'COPYRIGHT', 'DESIGN'] as const;
export type FormRightType = (typeof RIGHT_TYPES)[number];

/** The office select: the common offices, then "other" with a text field. */
export const OFFICE_CHOICES = [...COMMON_OFFICES, 'OTHER'] as const;

export const REGISTRATION_NUMBER_MAX = 40;
export const REASON_MAX = 1000;

const registrationNumberField = z
  .string({ message: 'validation.required' })
  .transform(normaliseRegistrationNumber)
  .pipe(
    z
      .string()
      .min(1, 'validation.required')
      .max(REGISTRATION_NUMBER_MAX, 'validation.tooLong')
      // Empty passes here: it is "required" above, not also "bad characters".
      .regex(/^([A-Z0-9][A-Z0-9/-]*)?$/, 'validation.registrationNumberChars'),
  );

const classesField = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const classes = parseNiceClasses(value ?? '');
    if (classes === null) {
      ctx.addIssue({ code: 'custom', message: 'validation.niceClasses' });
      return z.NEVER;
    }
    return classes;
  });

const jurisdictionField = z
  .string({ message: 'validation.required' })
  .trim()
  .min(1, 'validation.required')
  .transform((v) => v.toUpperCase())
  .refine((v) => /^[A-Z]{2}$/.test(v), 'validation.jurisdiction');

/** The facts of the right form, checked against the clock given (tests pass their own). */
export function rightFieldsSchema(clock: () => Date = () => new Date()) {
  return z
    .object({
      type: z.enum(RIGHT_TYPES, { message: 'validation.invalidChoice' }),
      registrationNumber: registrationNumberField,
      office: z.enum(OFFICE_CHOICES, { message: 'validation.invalidChoice' }),
      officeOther: optionalText(40),
      jurisdiction: jurisdictionField,
      classes: classesField,
      ownerName: requiredText(200),
      registeredAt: dateField().refine((d) => d.getTime() <= clock().getTime(), 'validation.registeredInFuture'),
      // Required except for copyrights (below); a registration already past its expiry
      // could carry no claim, so it is refused here rather than verified in vain.
      expiresAt: dateField({ optional: true }).refine((d) => d === null || d.getTime() > clock().getTime(), 'validation.expiryPast'),
      certificateDocumentId: documentIdField('validation.certificateRequired'),
    })
    .superRefine((input, ctx) => {
      // These run even when other fields failed, so every problem shows at once; each
      // looks only at fields that parsed (a failed field still holds its raw string).
      if (input.office === 'OTHER' && !input.officeOther) {
        ctx.addIssue({ code: 'custom', path: ['officeOther'], message: 'validation.required' });
      }
      if (input.type === 'TRADEMARK' && Array.isArray(input.classes) && input.classes.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['classes'], message: 'validation.niceClassesRequired' });
      }
      if ((input.type === 'TRADEMARK' || input.type === 'DESIGN') && input.expiresAt === null) {
        ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'validation.required' });
      }
      if (input.registeredAt instanceof Date && input.expiresAt instanceof Date && input.expiresAt.getTime() <= input.registeredAt.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'validation.expiryBeforeRegistration' });
      }
    }, { when: () => true })
    .transform(({ office, officeOther, ...rest }) => {
      // "Other: euipo" is still the EUIPO.
      const other = officeOther?.toUpperCase() ?? '';
      return { ...rest, office: office === 'OTHER' ? (isCommonOffice(other) ? other : officeOther!) : office };
    });
}

export type RightFieldsInput = z.output<ReturnType<typeof rightFieldsSchema>>;

// The hidden ids beside the facts: the brand for a new right, the right and the version the
// form was rendered from for an edit.
export const CreateRightSchema = z.object({ brandId: idField }).and(rightFieldsSchema());
export const UpdateRightSchema = z.object({ rightId: idField, version: versionField }).and(rightFieldsSchema());

// ───────────────────────────── A reviewer's decision ─────────────────────────────

export const DECISIONS = ['verify', 'reject'] as const;

/** One form for verify and reject: the reason is required only to reject. */
export const DecisionSchema = z
  .object({
    id: idField,
    version: versionField,
    decision: z.enum(DECISIONS, { message: 'validation.invalidChoice' }),
    reason: z.string().trim().max(REASON_MAX, 'validation.tooLong').optional().default(''),
  })
  .superRefine((input, ctx) => {
    if (input.decision === 'reject' && !input.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.reasonRequired' });
    }
  })
  .transform(({ decision, reason, ...rest }) => ({
    ...rest,
    decision: decision === 'verify' ? ({ kind: 'verify', note: reason || null } as const) : ({ kind: 'reject', reason } as const),
  }));

export type DecisionInput = z.output<typeof DecisionSchema>;
