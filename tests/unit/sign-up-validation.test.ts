import { describe, expect, it } from 'vitest';
import { SignUpSchema } from '@/lib/validations/auth';

const valid = {
  accountType: 'brand',
  name: 'Claire Counsel',
  email: '  Claire@Maison-Aurel.EXAMPLE ',
  password: 'correct horse battery',
  confirmPassword: 'correct horse battery',
  organisationName: 'Maison Aurel',
  country: 'fr',
};

/** field → catalogue keys, as the action wrapper will see them. */
function errorsOf(input: Record<string, unknown>): Record<string, string[]> {
  const result = SignUpSchema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (errors[String(issue.path[0])] ??= []).push(issue.message);
  return errors;
}

describe('SignUpSchema', () => {
  it('accepts a brand owner and normalises e-mail and country', () => {
    const data = SignUpSchema.parse(valid);
    expect(data).toMatchObject({ accountType: 'brand', isAgency: false, email: 'claire@maison-aurel.example', country: 'FR', registrationNumber: null });
    expect(data).not.toHaveProperty('confirmPassword');
  });

  it('reads the agency box for brands only', () => {
    expect(SignUpSchema.parse({ ...valid, isAgency: 'on' }).isAgency).toBe(true);
    expect(SignUpSchema.parse({ ...valid, accountType: 'seller', isAgency: 'on' }).isAgency).toBe(false);
  });

  it('keeps the registration number for sellers only, and makes country optional', () => {
    const seller = SignUpSchema.parse({ ...valid, accountType: 'seller', registrationNumber: ' 91310000MA1FL ', country: '' });
    expect(seller.registrationNumber).toBe('91310000MA1FL');
    expect(seller.country).toBeNull();
    expect(SignUpSchema.parse({ ...valid, registrationNumber: '123' }).registrationNumber).toBeNull();
  });

  it('requires a choice of account type', () => {
    expect(errorsOf({ ...valid, accountType: undefined }).accountType).toEqual(['validation.chooseAccountType']);
    expect(errorsOf({ ...valid, accountType: 'reviewer' }).accountType).toEqual(['validation.chooseAccountType']);
  });

  it('reports every missing field with a catalogue key', () => {
    const errors = errorsOf({ accountType: 'seller' });
    expect(errors.name).toEqual(['validation.required']);
    expect(errors.email).toEqual(['validation.required']);
    expect(errors.password).toEqual(['validation.required']);
    expect(errors.confirmPassword).toEqual(['validation.required']);
    expect(errors.organisationName).toEqual(['validation.required']);
    expect(errors.country).toBeUndefined();
  });

  it('says only "required" for an empty password', () => {
    expect(errorsOf({ ...valid, password: '', confirmPassword: '' }).password).toEqual(['validation.required']);
  });

  it('treats blank text as missing', () => {
    expect(errorsOf({ ...valid, name: '   ' }).name).toEqual(['validation.required']);
  });

  it('wants at least 12 characters of password, and the same twice', () => {
    expect(errorsOf({ ...valid, password: 'short', confirmPassword: 'short' }).password).toEqual(['validation.passwordTooShort']);
    expect(errorsOf({ ...valid, confirmPassword: 'correct horse battery!' }).confirmPassword).toEqual(['validation.passwordsDiffer']);
  });

  it('reports a password mismatch together with other errors, not after them', () => {
    const errors = errorsOf({ ...valid, name: '', confirmPassword: 'something else entirely' });
    expect(errors.name).toEqual(['validation.required']);
    expect(errors.confirmPassword).toEqual(['validation.passwordsDiffer']);
  });

  it('rejects a malformed e-mail and a malformed country', () => {
    expect(errorsOf({ ...valid, email: 'not-an-address' }).email).toEqual(['validation.email']);
    expect(errorsOf({ ...valid, country: 'France' }).country).toEqual(['validation.country']);
  });

  it('limits lengths', () => {
    expect(errorsOf({ ...valid, name: 'x'.repeat(121) }).name).toEqual(['validation.nameTooLong']);
    expect(errorsOf({ ...valid, organisationName: 'x'.repeat(161) }).organisationName).toEqual(['validation.organisationTooLong']);
    expect(errorsOf({ ...valid, password: 'x'.repeat(201), confirmPassword: 'x'.repeat(201) }).password).toEqual(['validation.passwordTooLong']);
  });
});
