// Forms of the brand's protection pages: the protected flag, reference prices, authorized
// distributors, and the authorizations it issues. Messages are catalogue keys: shared ones
// under `validation.`, this feature's own under `protection.errors.` (the action wrapper
// translates both).
import { z } from 'zod';
import { minorUnitDigits } from '../format';
import { dateField, idField, optionalText, requiredText, versionField } from './fields';

export const PRODUCT_LINE_MAX = 80;
export const HOLDER_NAME_MAX = 160;
export const REASON_MAX = 1000;

/** ISO 4217: three letters the runtime knows as a currency. */
const KNOWN_CURRENCIES: ReadonlySet<string> | null = (() => {
  try {
    return new Set(Intl.supportedValuesOf('currency'));
  } catch {
    return null;
  }
})();

export function isIsoCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && (KNOWN_CURRENCIES === null || KNOWN_CURRENCIES.has(code));
}

const currencyField = z
  .string({ message: 'validation.required' })
  .trim()
  .min(1, 'validation.required')
  .transform((v) => v.toUpperCase())
  .refine(isIsoCurrency, 'protection.errors.currency');

/**
 * "2450", "2450.5", "2,450.00" in a currency with `digits` minor-unit digits (USD 2, JPY 0)
 * → minor units; null unless positive, below ten million, with no more decimals than the
 * currency has.
 */
export function parseAmountMinor(value: string, digits: number): number | null {
  const compact = value.trim().replace(/[,\s]/g, '');
  const match = /^(\d{1,7})(?:\.(\d{1,3}))?$/.exec(compact);
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  const minor = Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return minor > 0 ? minor : null;
}

/** Checkboxes named alike arrive as one string or several; none at all is an empty list. */
const stringList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean))]);

const optionalCountry = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v.toUpperCase() : null))
  .refine((v) => v === null || /^[A-Z]{2}$/.test(v), 'validation.country');

export const SetProtectionSchema = z.object({
  brandId: idField,
  version: versionField,
  protect: z.enum(['true', 'false']).transform((v) => v === 'true'),
});
export type SetProtectionInput = z.output<typeof SetProtectionSchema>;

export const ReferencePriceSchema = z
  .object({
    brandId: idField,
    /** Absent when adding. */
    priceId: z.string().trim().max(64).optional().transform((v) => v || null),
    productLine: requiredText(PRODUCT_LINE_MAX),
    currency: currencyField,
    amount: z.string({ message: 'validation.required' }).trim().min(1, 'validation.required'),
  })
  .transform(({ amount, ...rest }, ctx) => {
    const amountMinor = parseAmountMinor(amount, minorUnitDigits(rest.currency));
    if (amountMinor === null) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'protection.errors.amount' });
      return z.NEVER;
    }
    return { ...rest, amountMinor };
  });
export type ReferencePriceInput = z.output<typeof ReferencePriceSchema>;

export const RemoveReferencePriceSchema = z.object({ brandId: idField, priceId: idField });
export type RemoveReferencePriceInput = z.output<typeof RemoveReferencePriceSchema>;

export const DistributorSchema = z.object({
  brandId: idField,
  distributorId: z.string().trim().max(64).optional().transform((v) => v || null),
  name: requiredText(HOLDER_NAME_MAX),
  country: optionalCountry,
  productLines: stringList,
  /** The exact name of the distributor's organisation when it is on Assay. */
  organisationName: optionalText(HOLDER_NAME_MAX),
});
export type DistributorInput = z.output<typeof DistributorSchema>;

export const DistributorActiveSchema = z.object({
  brandId: idField,
  distributorId: idField,
  active: z.enum(['true', 'false']).transform((v) => v === 'true'),
});
export type DistributorActiveInput = z.output<typeof DistributorActiveSchema>;

export const IssueAuthorizationSchema = z.object({
  brandId: idField,
  /** One of the brand's distributors, or a store by slug, or neither (a holder named only). */
  distributorId: z.string().trim().max(64).optional().transform((v) => v || null),
  storeSlug: z.string().trim().max(120).optional().transform((v) => (v ? v.toLowerCase() : null)),
  holderName: optionalText(HOLDER_NAME_MAX),
  parentId: z.string().trim().max(64).optional().transform((v) => v || null),
  productLines: stringList,
  validFrom: dateField(),
  validUntil: dateField(),
});
export type IssueAuthorizationInput = z.output<typeof IssueAuthorizationSchema>;

export const RevokeAuthorizationSchema = z.object({
  brandId: idField,
  authorizationId: idField,
  reason: requiredText(REASON_MAX),
});
export type RevokeAuthorizationInput = z.output<typeof RevokeAuthorizationSchema>;

export const VerifyCodeSchema = z.object({ code: z.string().trim().max(64).optional().transform((v) => v ?? '') });
