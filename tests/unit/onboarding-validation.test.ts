// The onboarding forms' validation: every error lands at its field with a catalogue key,
// several at once, and what passes comes out normalised.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { parseIsoDate } from '@/lib/validations/fields';
import { RegisterBrandForOwnerSchema, RegisterBrandSchema, RequestAgencyAuthorizationSchema, parseBrandSearch } from '@/lib/validations/brands';
import { DecisionSchema, rightFieldsSchema } from '@/lib/validations/rights';
import { parseVerificationFilters } from '@/lib/validations/verifications';

const now = new Date('2026-06-01T12:00:00Z');
const rights = rightFieldsSchema(() => now);
const DOC = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

function fieldErrors(result: z.ZodSafeParseResult<unknown>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) (errors[String(issue.path[0] ?? '_form')] ??= []).push(issue.message);
  return errors;
}

const validRight = {
  type: 'TRADEMARK',
  registrationNumber: ' 5,812,447 ',
  office: 'USPTO',
  officeOther: '',
  jurisdiction: 'us',
  classes: '25, 18',
  ownerName: 'Maison Aurel SA',
  registeredAt: '2019-03-04',
  expiresAt: '2029-03-04',
  certificateDocumentId: DOC,
};

describe('the right form', () => {
  it('normalises what it accepts', () => {
    const parsed = rights.parse(validRight);
    expect(parsed).toEqual({
      type: 'TRADEMARK',
      registrationNumber: '5812447',
      office: 'USPTO',
      jurisdiction: 'US',
      classes: [18, 25],
      ownerName: 'Maison Aurel SA',
      registeredAt: new Date('2019-03-04T00:00:00Z'),
      expiresAt: new Date('2029-03-04T00:00:00Z'),
      certificateDocumentId: DOC,
    });
  });

  it('puts every problem of an empty form at its field', () => {
    expect(fieldErrors(rights.safeParse({}))).toEqual({
      type: ['validation.invalidChoice'],
      registrationNumber: ['validation.required'],
      office: ['validation.invalidChoice'],
      jurisdiction: ['validation.required'],
      ownerName: ['validation.required'],
      registeredAt: ['validation.required'],
      certificateDocumentId: ['validation.certificateRequired'],
    });
    const blank = Object.fromEntries(Object.keys(validRight).map((k) => [k, '']));
    const errors = fieldErrors(rights.safeParse({ ...blank, type: 'TRADEMARK', office: 'USPTO' }));
    expect(errors).toMatchObject({
      registrationNumber: ['validation.required'],
      jurisdiction: ['validation.required'],
      classes: ['validation.niceClassesRequired'],
      ownerName: ['validation.required'],
      registeredAt: ['validation.required'],
      expiresAt: ['validation.required'],
      certificateDocumentId: ['validation.certificateRequired'],
    });
  });

  it('refuses an expiry in the past (today included), or before registration', () => {
    expect(fieldErrors(rights.safeParse({ ...validRight, expiresAt: '2026-05-31' }))).toEqual({ expiresAt: ['validation.expiryPast'] });
    expect(fieldErrors(rights.safeParse({ ...validRight, expiresAt: '2026-06-01' }))).toEqual({ expiresAt: ['validation.expiryPast'] });
    expect(rights.safeParse({ ...validRight, expiresAt: '2026-06-02' }).success).toBe(true);
    expect(fieldErrors(rights.safeParse({ ...validRight, registeredAt: '2026-06-10', expiresAt: '2026-06-09' }))).toEqual({
      registeredAt: ['validation.registeredInFuture'],
      expiresAt: ['validation.expiryBeforeRegistration'],
    });
  });

  it('refuses Nice class 99, and words among the classes', () => {
    expect(fieldErrors(rights.safeParse({ ...validRight, classes: '99' }))).toEqual({ classes: ['validation.niceClasses'] });
    expect(fieldErrors(rights.safeParse({ ...validRight, classes: '25, bags' }))).toEqual({ classes: ['validation.niceClasses'] });
  });

  it('needs no classes or expiry for a copyright', () => {
    const parsed = rights.parse({ ...validRight, type: 'COPYRIGHT', classes: '', expiresAt: '' });
    expect(parsed).toMatchObject({ classes: [], expiresAt: null });
  });

  it('takes another office by name, and recognises a common one typed by hand', () => {
    expect(fieldErrors(rights.safeParse({ ...validRight, office: 'OTHER' }))).toEqual({ officeOther: ['validation.required'] });
    expect(rights.parse({ ...validRight, office: 'OTHER', officeOther: 'INPI', jurisdiction: 'FR' }).office).toBe('INPI');
    expect(rights.parse({ ...validRight, office: 'OTHER', officeOther: 'euipo' }).office).toBe('EUIPO');
    expect(fieldErrors(rights.safeParse({ ...validRight, office: 'XYZ' }))).toEqual({ office: ['validation.invalidChoice'] });
  });

  it('refuses impossible dates, odd characters and a tampered document id', () => {
    expect(fieldErrors(rights.safeParse({ ...validRight, registeredAt: '2019-02-30' }))).toEqual({ registeredAt: ['validation.date'] });
    expect(fieldErrors(rights.safeParse({ ...validRight, registrationNumber: '58<12>' }))).toEqual({ registrationNumber: ['validation.registrationNumberChars'] });
    expect(fieldErrors(rights.safeParse({ ...validRight, jurisdiction: 'USA' }))).toEqual({ jurisdiction: ['validation.jurisdiction'] });
    expect(fieldErrors(rights.safeParse({ ...validRight, certificateDocumentId: 'not-an-id' }))).toEqual({ certificateDocumentId: ['validation.certificateRequired'] });
  });

  it('reads calendar dates in UTC', () => {
    expect(parseIsoDate('2031-05-01')?.toISOString()).toBe('2031-05-01T00:00:00.000Z');
    expect(parseIsoDate('2031-13-01')).toBeNull();
    expect(parseIsoDate('01/05/2031')).toBeNull();
  });
});

describe('the brand forms', () => {
  it('keeps a script tag in a brand name as text (React escapes it on screen)', () => {
    const parsed = RegisterBrandSchema.parse({ name: '<script>alert(1)</script>', category: 'Toys', website: '', ownsBrand: 'on' });
    expect(parsed).toEqual({ name: '<script>alert(1)</script>', category: 'Toys', website: null, ownsBrand: true });
  });

  it('needs the owner’s confirmation, and only http(s) web addresses', () => {
    expect(fieldErrors(RegisterBrandSchema.safeParse({ name: 'A', category: 'B', website: 'javascript:alert(1)' }))).toEqual({
      website: ['validation.website'],
      ownsBrand: ['validation.ownsBrandRequired'],
    });
    expect(RegisterBrandSchema.parse({ name: 'A', category: 'B', website: 'brand.example', ownsBrand: 'on' }).website).toBe('https://brand.example/');
  });

  it('needs a power of attorney valid into the future', () => {
    expect(fieldErrors(RequestAgencyAuthorizationSchema.safeParse({ brandId: 'b', validUntil: '2000-01-01' }))).toEqual({
      powerOfAttorneyDocumentId: ['validation.powerOfAttorneyRequired'],
      validUntil: ['validation.validUntilPast'],
    });
    expect(fieldErrors(RegisterBrandForOwnerSchema.safeParse({ name: 'N', category: 'C', ownerName: 'O', ownerCountry: 'Germany', powerOfAttorneyDocumentId: DOC, validUntil: '2999-01-01' }))).toEqual({
      ownerCountry: ['validation.country'],
    });
  });

  it('reads the agency’s search from the URL, dropping a malformed brand id', () => {
    expect(parseBrandSearch({ q: '  Aurel ', brand: 'x' })).toEqual({ q: 'Aurel', brandId: null });
    expect(parseBrandSearch({ brand: DOC })).toEqual({ q: null, brandId: DOC });
  });
});

describe('a reviewer’s decision', () => {
  it('needs a reason to reject, at the reason field', () => {
    expect(fieldErrors(DecisionSchema.safeParse({ id: 'r', version: '0', decision: 'reject', reason: '  ' }))).toEqual({ reason: ['validation.reasonRequired'] });
    expect(DecisionSchema.parse({ id: 'r', version: '2', decision: 'reject', reason: 'Owner differs' })).toEqual({
      id: 'r',
      version: 2,
      decision: { kind: 'reject', reason: 'Owner differs' },
    });
  });

  it('takes an optional note with a verification', () => {
    expect(DecisionSchema.parse({ id: 'r', version: '0', decision: 'verify' }).decision).toEqual({ kind: 'verify', note: null });
    expect(DecisionSchema.parse({ id: 'r', version: '0', decision: 'verify', reason: 'TSDR checked' }).decision).toEqual({ kind: 'verify', note: 'TSDR checked' });
    expect(fieldErrors(DecisionSchema.safeParse({ id: 'r', version: '0', decision: 'approve' }))).toEqual({ decision: ['validation.invalidChoice'] });
  });

  it('reads the verification list’s filters, dropping unknown values', () => {
    expect(parseVerificationFilters({ kind: 'right', q: ' Volt ', office: 'USPTO' })).toEqual({ kind: 'right', q: 'Volt', office: 'USPTO' });
    expect(parseVerificationFilters({ kind: 'store' })).toEqual({ kind: undefined, q: undefined, office: undefined });
  });
});
