import { describe, expect, it } from 'vitest';
import {
  roleChangeViolation,
  roleFitsOrganisation,
  rolesForOrganisationKind,
  statusChangeViolation,
  type AccountFacts,
} from '@/lib/domain/users';

const admin = 'admin-1';
const reviewer: AccountFacts = { id: 'rev-1', role: 'REVIEWER', status: 'ACTIVE', organisationKind: 'MARKETPLACE' };
const otherAdmin: AccountFacts = { id: 'admin-2', role: 'ADMIN', status: 'ACTIVE', organisationKind: 'MARKETPLACE' };
const seller: AccountFacts = { id: 'sel-1', role: 'SELLER', status: 'ACTIVE', organisationKind: 'SELLER' };
const agent: AccountFacts = { id: 'agt-1', role: 'BRAND_AGENT', status: 'ACTIVE', organisationKind: 'AGENCY' };

describe('roles and organisation kinds', () => {
  it('keeps staff in the marketplace, sellers in seller companies, agents in brand owners and agencies', () => {
    expect(rolesForOrganisationKind('MARKETPLACE')).toEqual(['REVIEWER', 'ADMIN']);
    expect(rolesForOrganisationKind('SELLER')).toEqual(['SELLER']);
    expect(rolesForOrganisationKind('BRAND_OWNER')).toEqual(['BRAND_AGENT']);
    expect(rolesForOrganisationKind('AGENCY')).toEqual(['BRAND_AGENT']);
    expect(roleFitsOrganisation('REVIEWER', 'SELLER')).toBe(false);
  });
});

describe('statusChangeViolation', () => {
  it('lets an admin disable and enable another account', () => {
    expect(statusChangeViolation({ actorId: admin, activeAdminCount: 2 }, reviewer, 'DISABLED')).toBeNull();
    expect(statusChangeViolation({ actorId: admin, activeAdminCount: 2 }, { ...reviewer, status: 'DISABLED' }, 'ACTIVE')).toBeNull();
    expect(statusChangeViolation({ actorId: admin, activeAdminCount: 2 }, otherAdmin, 'DISABLED')).toBeNull();
  });

  it('refuses an admin disabling (or enabling) their own account', () => {
    const self: AccountFacts = { ...otherAdmin, id: admin };
    expect(statusChangeViolation({ actorId: admin, activeAdminCount: 5 }, self, 'DISABLED')).toBe('cannotChangeOwnAccount');
    expect(statusChangeViolation({ actorId: admin, activeAdminCount: 5 }, self, 'ACTIVE')).toBe('cannotChangeOwnAccount');
  });

  it('refuses disabling the last active admin', () => {
    expect(statusChangeViolation({ actorId: admin, activeAdminCount: 1 }, otherAdmin, 'DISABLED')).toBe('lastAdmin');
  });

  it('does not count a disabled admin as the last one, and lets it be enabled', () => {
    const disabledAdmin: AccountFacts = { ...otherAdmin, status: 'DISABLED' };
    expect(statusChangeViolation({ actorId: admin, activeAdminCount: 1 }, disabledAdmin, 'DISABLED')).toBeNull();
    expect(statusChangeViolation({ actorId: admin, activeAdminCount: 1 }, disabledAdmin, 'ACTIVE')).toBeNull();
  });
});

describe('roleChangeViolation', () => {
  it('allows reviewer ↔ admin within the marketplace', () => {
    expect(roleChangeViolation({ actorId: admin, activeAdminCount: 2 }, reviewer, 'ADMIN')).toBeNull();
    expect(roleChangeViolation({ actorId: admin, activeAdminCount: 2 }, otherAdmin, 'REVIEWER')).toBeNull();
  });

  it('refuses a role that does not fit the organisation kind', () => {
    expect(roleChangeViolation({ actorId: admin, activeAdminCount: 2 }, seller, 'REVIEWER')).toBe('roleNeedsOrganisationKind');
    expect(roleChangeViolation({ actorId: admin, activeAdminCount: 2 }, seller, 'ADMIN')).toBe('roleNeedsOrganisationKind');
    expect(roleChangeViolation({ actorId: admin, activeAdminCount: 2 }, reviewer, 'SELLER')).toBe('roleNeedsOrganisationKind');
    expect(roleChangeViolation({ actorId: admin, activeAdminCount: 2 }, agent, 'SELLER')).toBe('roleNeedsOrganisationKind');
  });

  it('refuses an admin changing their own role', () => {
    expect(roleChangeViolation({ actorId: admin, activeAdminCount: 3 }, { ...otherAdmin, id: admin }, 'REVIEWER')).toBe(
      'cannotChangeOwnAccount',
    );
  });

  it('refuses demoting the last active admin', () => {
    expect(roleChangeViolation({ actorId: admin, activeAdminCount: 1 }, otherAdmin, 'REVIEWER')).toBe('lastAdmin');
  });

  it('treats keeping the same role as allowed (a no-op for the data layer)', () => {
    expect(roleChangeViolation({ actorId: admin, activeAdminCount: 1 }, otherAdmin, 'ADMIN')).toBeNull();
    expect(roleChangeViolation({ actorId: admin, activeAdminCount: 2 }, seller, 'SELLER')).toBeNull();
  });
});
