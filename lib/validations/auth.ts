// Sign-up input. Messages are catalogue keys (translated by the action wrapper).
import { z } from 'zod';
import { normalisePhone } from '../domain/identity';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** Trimmed text; an empty string counts as missing. */
export const requiredText = (max: number, tooLong: string) =>
  z.string({ message: 'validation.required' }).trim().min(1, 'validation.required').max(max, tooLong);

/** Trimmed optional text: empty or missing becomes null. */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((v) => (v ? v : null));

export const emailField = z
  .string({ message: 'validation.required' })
  .trim()
  .min(1, 'validation.required')
  .max(254, 'validation.email')
  .pipe(z.email('validation.email'))
  .transform((v) => v.toLowerCase());

export const newPasswordField = z
  .string({ message: 'validation.required' })
  // abort: an empty password is "required", not also "too short".
  .min(1, { message: 'validation.required', abort: true })
  .min(PASSWORD_MIN_LENGTH, 'validation.passwordTooShort')
  .max(PASSWORD_MAX_LENGTH, 'validation.passwordTooLong');

export const personNameField = requiredText(120, 'validation.nameTooLong');

const countryField = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v.toUpperCase() : null))
  .refine((v) => v === null || /^[A-Z]{2}$/.test(v), 'validation.country');

/** An optional phone number, normalised; one that normalises to nothing usable is an error. */
export const phoneField = z
  .string()
  .trim()
  .max(40, 'storeVerification.validation.phoneInvalid')
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const phone = normalisePhone(v);
    if (!phone) {
      ctx.addIssue({ code: 'custom', message: 'storeVerification.validation.phoneInvalid' });
      return z.NEVER;
    }
    return phone;
  });

/** "I protect a brand" or "I sell on the marketplace". */
export const SIGN_UP_ACCOUNT_TYPES = ['brand', 'seller'] as const;
export type SignUpAccountType = (typeof SIGN_UP_ACCOUNT_TYPES)[number];

// An unticked checkbox is simply absent from the form data.
const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal('1')])
  .optional()
  .transform((v) => v !== undefined);

export const SignUpSchema = z
  .object({
    accountType: z.enum(SIGN_UP_ACCOUNT_TYPES, { message: 'validation.chooseAccountType' }),
    isAgency: checkbox,
    name: personNameField,
    email: emailField,
    password: newPasswordField,
    confirmPassword: z.string({ message: 'validation.required' }).min(1, 'validation.required'),
    organisationName: requiredText(160, 'validation.organisationTooLong'),
    country: countryField,
    registrationNumber: optionalText(60, 'validation.registrationNumberTooLong'),
    // A seller's contact phone, stored normalised (lib/domain/identity.ts): one of the keys a ban matches.
    phone: phoneField,
  })
  // Checked even while other fields still have errors (a plain refine would wait for them),
  // so the user sees every problem at once.
  .refine((input) => input.password === input.confirmPassword, {
    path: ['confirmPassword'],
    message: 'validation.passwordsDiffer',
    when: ({ value }) => {
      const v = value as { password?: unknown; confirmPassword?: unknown } | undefined;
      return typeof v?.password === 'string' && typeof v.confirmPassword === 'string' && v.confirmPassword !== '';
    },
  })
  .transform(({ confirmPassword: _confirm, ...input }) => ({
    ...input,
    // Agency and registration number only mean something for the choice that shows them.
    isAgency: input.accountType === 'brand' && input.isAgency,
    registrationNumber: input.accountType === 'seller' ? input.registrationNumber : null,
    phone: input.accountType === 'seller' ? input.phone : null,
  }));

export type SignUpInput = z.output<typeof SignUpSchema>;
