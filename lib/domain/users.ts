// Rules for an admin changing another account's status or role. Pure: the data layer
// reads the facts (inside the transaction that makes the change) and asks these.
import { ORGANISATION_KIND_BY_ROLE } from '../authz/policy';
import type { OrganisationKind, Role, UserStatus } from '../generated/prisma/enums';

export type UserRuleViolation = 'cannotChangeOwnAccount' | 'lastAdmin' | 'roleNeedsOrganisationKind';

/** The account being changed, as it is now. */
export interface AccountFacts {
  id: string;
  role: Role;
  status: UserStatus;
  organisationKind: OrganisationKind;
}

export interface AdminChangeContext {
  /** The admin making the change. */
  actorId: string;
  /** Active admins right now, the account being changed included if it is one. */
  activeAdminCount: number;
}

/** Whether a role may live in an organisation of this kind (a seller cannot review). */
export function roleFitsOrganisation(role: Role, kind: OrganisationKind): boolean {
  return (ORGANISATION_KIND_BY_ROLE[role] as readonly OrganisationKind[]).includes(kind);
}

/** The roles an account in an organisation of this kind may hold. */
export function rolesForOrganisationKind(kind: OrganisationKind): Role[] {
  return (Object.keys(ORGANISATION_KIND_BY_ROLE) as Role[]).filter((role) => roleFitsOrganisation(role, kind));
}

function isLastActiveAdmin(account: AccountFacts, activeAdminCount: number): boolean {
  return account.role === 'ADMIN' && account.status === 'ACTIVE' && activeAdminCount <= 1;
}

/** Why this status change is refused, or null if it may go ahead. */
export function statusChangeViolation(
  ctx: AdminChangeContext,
  account: AccountFacts,
  next: UserStatus,
): UserRuleViolation | null {
  // An admin locking themselves out (or in) by mistake is not recoverable from the UI.
  if (account.id === ctx.actorId) return 'cannotChangeOwnAccount';
  if (next === 'DISABLED' && isLastActiveAdmin(account, ctx.activeAdminCount)) return 'lastAdmin';
  return null;
}

/** Why this role change is refused, or null if it may go ahead. */
export function roleChangeViolation(ctx: AdminChangeContext, account: AccountFacts, next: Role): UserRuleViolation | null {
  if (account.id === ctx.actorId) return 'cannotChangeOwnAccount';
  if (!roleFitsOrganisation(next, account.organisationKind)) return 'roleNeedsOrganisationKind';
  if (next !== 'ADMIN' && isLastActiveAdmin(account, ctx.activeAdminCount)) return 'lastAdmin';
  return null;
}
