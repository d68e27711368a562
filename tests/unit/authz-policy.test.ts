// The one policy table (lib/authz/policy.ts): who may do what.
import { describe, expect, it } from 'vitest';
import { HOME_BY_ROLE, ORGANISATION_KIND_BY_ROLE, POLICY, STAFF_ROLES, can, type Action } from '@/lib/authz/policy';
import type { Role } from '@/lib/generated/prisma/enums';

const ROLES: Role[] = ['BRAND_AGENT', 'REVIEWER', 'SELLER', 'ADMIN'];
const actions = Object.keys(POLICY) as Action[];

describe('policy table', () => {
  it.each([
    ['SELLER', 'queue.view', false],
    ['BRAND_AGENT', 'queue.view', false],
    ['REVIEWER', 'queue.view', true],
    ['ADMIN', 'user.disable', true],
    ['REVIEWER', 'user.disable', false],
    ['SELLER', 'user.disable', false],
    ['BRAND_AGENT', 'claim.file', true],
    ['SELLER', 'claim.file', false],
    ['REVIEWER', 'claim.file', false],
    ['SELLER', 'counterNotice.file', true],
    ['BRAND_AGENT', 'counterNotice.file', false],
    ['REVIEWER', 'closure.decide', true],
    ['ADMIN', 'closure.decide', false],
    ['ADMIN', 'policy.manage', true],
    ['REVIEWER', 'policy.manage', false],
    ['BRAND_AGENT', 'document.upload', true],
    ['SELLER', 'document.upload', true],
    ['REVIEWER', 'document.upload', true],
    ['ADMIN', 'document.upload', false],
    ['ADMIN', 'document.view', true],
    ['SELLER', 'document.view', true],
  ] as const)('%s may %s: %s', (role, action, allowed) => {
    expect(can(role, action)).toBe(allowed);
  });

  it('refuses everything to someone without a role', () => {
    for (const action of actions) {
      expect(can(null, action)).toBe(false);
      expect(can(undefined, action)).toBe(false);
    }
  });

  it('names only real roles, and every action has at least one', () => {
    for (const action of actions) {
      expect(POLICY[action].length, action).toBeGreaterThan(0);
      for (const role of POLICY[action]) expect(ROLES).toContain(role);
    }
  });

  it('lets every signed-in role see its own profile', () => {
    for (const role of ROLES) expect(can(role, 'profile.view')).toBe(true);
  });

  it('gives every role a home and something to do beyond its profile', () => {
    const personal = new Set<Action>(['profile.view', 'profile.setLocale', 'notification.viewOwn']);
    for (const role of ROLES) {
      expect(HOME_BY_ROLE[role], role).toMatch(/^\/[a-z]/);
      expect(actions.filter((a) => !personal.has(a) && can(role, a)).length, role).toBeGreaterThan(0);
    }
    expect(new Set(Object.values(HOME_BY_ROLE)).size).toBe(ROLES.length);
  });

  it('keeps staff roles and brand or seller roles in the matching kinds of organisation', () => {
    expect([...STAFF_ROLES].sort()).toEqual(['ADMIN', 'REVIEWER']);
    for (const role of STAFF_ROLES) expect(ORGANISATION_KIND_BY_ROLE[role]).toEqual(['MARKETPLACE']);
    expect(ORGANISATION_KIND_BY_ROLE.SELLER).toEqual(['SELLER']);
    expect(ORGANISATION_KIND_BY_ROLE.BRAND_AGENT).toEqual(expect.arrayContaining(['BRAND_OWNER', 'AGENCY']));
  });
});
