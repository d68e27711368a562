import { describe, expect, it } from 'vitest';
import { ChangeUserRoleSchema, CreateStaffUserSchema, SetUserStatusSchema, parseUserListFilters } from '@/lib/validations/users';
import { parseOrganisationListFilters } from '@/lib/validations/organisations';

describe('CreateStaffUserSchema', () => {
  const valid = { name: 'Rosa Reviewer', email: 'Rosa@Assay.Example', role: 'REVIEWER', password: 'a long initial password' };

  it('accepts a reviewer or an admin', () => {
    expect(CreateStaffUserSchema.parse(valid)).toEqual({ ...valid, email: 'rosa@assay.example' });
    expect(CreateStaffUserSchema.parse({ ...valid, role: 'ADMIN' }).role).toBe('ADMIN');
  });

  it('refuses roles that sign themselves up', () => {
    for (const role of ['SELLER', 'BRAND_AGENT', '']) {
      const result = CreateStaffUserSchema.safeParse({ ...valid, role });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('validation.invalidChoice');
    }
  });

  it('wants a 12-character initial password', () => {
    const result = CreateStaffUserSchema.safeParse({ ...valid, password: 'elevenchars' });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['validation.passwordTooShort']);
  });
});

describe('status and role changes', () => {
  it('accept only known statuses and roles', () => {
    expect(SetUserStatusSchema.safeParse({ userId: 'u', status: 'DISABLED' }).success).toBe(true);
    expect(SetUserStatusSchema.safeParse({ userId: 'u', status: 'DELETED' }).success).toBe(false);
    expect(ChangeUserRoleSchema.safeParse({ userId: 'u', role: 'REVIEWER' }).success).toBe(true);
    expect(ChangeUserRoleSchema.safeParse({ userId: 'u', role: 'ROOT' }).success).toBe(false);
    expect(ChangeUserRoleSchema.safeParse({ role: 'ADMIN' }).success).toBe(false);
  });
});

describe('list filters from the query string', () => {
  it('reads known values', () => {
    expect(parseUserListFilters({ role: 'SELLER', status: 'DISABLED', q: '  li wei ', page: '3' })).toEqual({
      role: 'SELLER',
      status: 'DISABLED',
      q: 'li wei',
      organisationId: null,
    });
  });

  it('ignores unknown or malformed values instead of failing', () => {
    expect(parseUserListFilters({ role: 'ROOT', status: ['ACTIVE', 'DISABLED'], q: '   ', organisation: 'x' })).toEqual({
      role: null,
      status: 'ACTIVE',
      q: null,
      organisationId: null,
    });
  });

  it('accepts an organisation id', () => {
    const id = '0196a0b2-7c1e-7d2a-9f3b-1c2d3e4f5a6b';
    expect(parseUserListFilters({ organisation: id }).organisationId).toBe(id);
  });

  it('caps the search text', () => {
    expect(parseUserListFilters({ q: 'x'.repeat(500) }).q).toHaveLength(100);
  });

  it('reads organisation filters', () => {
    expect(parseOrganisationListFilters({ kind: 'AGENCY', verification: 'PENDING' })).toEqual({ kind: 'AGENCY', verification: 'PENDING' });
    expect(parseOrganisationListFilters({ kind: 'PIRATE', verification: 'MAYBE' })).toEqual({ kind: null, verification: null });
  });
});
