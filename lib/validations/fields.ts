// Field schemas shared by the onboarding forms (brands, rights, powers of attorney, reviewer
// decisions). Messages are catalogue keys under `validation.` (the action wrapper translates).
import { z } from 'zod';
import { requiredText as requiredTextOf } from './auth';

/** Trimmed text; an empty string counts as missing. */
export const requiredText = (max: number, tooLong = 'validation.tooLong') => requiredTextOf(max, tooLong);

/** Trimmed optional text: empty or missing becomes null. */
export const optionalText = (max: number, tooLong = 'validation.tooLong') =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((v) => (v ? v : null));

/** An id from a hidden field; a tampered one simply matches nothing later. */
export const idField = z.string({ message: 'validation.required' }).trim().min(1, 'validation.required').max(64);

/** The row version a form was rendered from (optimistic concurrency). */
export const versionField = z.coerce.number({ message: 'validation.required' }).int().min(0);

/** An uploaded document's id, put in a hidden input by the upload field. */
export const documentIdField = (missing: string) =>
  z
    .string({ message: missing })
    .trim()
    .min(1, missing)
    .pipe(z.uuid(missing));

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2031-05-01" (an <input type="date">) → that day at 00:00 UTC; null if not a real date. */
export function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

/** The date as the form shows it back ("2031-05-01"), in UTC like every date on screen. */
export function isoDate(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : '';
}

/** A calendar date; empty is "required" unless `optional`, then null. */
export function dateField(options: { optional: true }): z.ZodType<Date | null, string | undefined>;
export function dateField(options?: { optional?: false }): z.ZodType<Date, string | undefined>;
export function dateField({ optional = false }: { optional?: boolean } = {}): z.ZodType<Date | null, string | undefined> {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value || value.trim() === '') {
        if (optional) return null;
        ctx.addIssue({ code: 'custom', message: 'validation.required' });
        return z.NEVER;
      }
      const date = parseIsoDate(value);
      if (!date) {
        ctx.addIssue({ code: 'custom', message: 'validation.date' });
        return z.NEVER;
      }
      return date;
    });
}

/** http(s) addresses only: a javascript: URL shown as a link would run. */
export const websiteField = z
  .string()
  .trim()
  .max(200, 'validation.tooLong')
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const candidate = /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`;
    try {
      const url = new URL(candidate);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')) return url.toString();
    } catch {
      // fall through to the error below
    }
    ctx.addIssue({ code: 'custom', message: 'validation.website' });
    return z.NEVER;
  });

export const countryField = z
  .string({ message: 'validation.required' })
  .trim()
  .min(1, 'validation.required')
  .transform((v) => v.toUpperCase())
  .refine((v) => /^[A-Z]{2}$/.test(v), 'validation.country');

// An unticked checkbox is simply absent from the form data.
export const checkboxField = z
  .union([z.literal('on'), z.literal('true'), z.literal('1')])
  .optional()
  .transform((v) => v !== undefined);
