// Every query about users. Admin operations take the acting admin, re-read the facts
// inside the transaction that makes the change, and audit in that same transaction.
import 'server-only';
import { db, type Tx } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { OrganisationKind, Role, UserStatus } from '../generated/prisma/enums';
import type { Locale } from '../i18n/locales';
import type { SessionUser } from '../auth/session';
import type { RequestMeta } from '../request-meta';
import { recordAudit, type Actor } from '../audit';
import { roleChangeViolation, statusChangeViolation, type AccountFacts, type UserRuleViolation } from '../domain/users';
import { firstFreeSlug, slugify } from '../domain/slug';
import { clampPage, pageCountOf, pageSlice, type Paged } from '../domain/pagination';
import { USERS_PAGE_SIZE, type UserListFilters } from '../validations/users';
import type { SignUpInput } from '../validations/auth';
import { isBannedIdentity, type BanKey } from './bans';
import { marketplaceOrganisationFor } from './organisations';

// One advisory lock for every admin change to accounts, so two admins disabling each
// other at the same moment cannot both pass the "last active admin" check.
const ACCOUNT_ADMIN_LOCK = 7_042_002;

const actorOf = (user: SessionUser): Actor => ({ id: user.id, role: user.role, organisationId: user.organisationId });

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

export async function setUserLocale(userId: string, locale: Locale): Promise<void> {
  const prisma = await db();
  await prisma.user.update({ where: { id: userId }, data: { locale } });
}

/** Ends every session of this user: tokens carrying the old version are refused (lib/auth/session.ts). */
export async function endAllSessions(userId: string, tokenVersion: number): Promise<void> {
  const prisma = await db();
  // Only a current token may end the sessions; a stale one has nothing left to end.
  await prisma.user.updateMany({ where: { id: userId, tokenVersion }, data: { tokenVersion: { increment: 1 } } });
}

// ───────────────────────────── Sign-up ─────────────────────────────

export type SignUpResult =
  | { ok: true; userId: string }
  | { ok: false; violation: 'emailTaken' }
  /** Which kind of key a standing ban matched (never whose ban it is). */
  | { ok: false; violation: 'banned'; key: BanKey };

/**
 * A brand agent or seller registers themselves: user, organisation (unverified), membership
 * and, for a seller, its first store — with the audit event, in one transaction.
 */
export async function signUpAccount(input: SignUpInput, passwordHash: string, locale: Locale, meta: RequestMeta): Promise<SignUpResult> {
  const prisma = await db();
  const role: Role = input.accountType === 'seller' ? 'SELLER' : 'BRAND_AGENT';
  const kind: OrganisationKind = input.accountType === 'seller' ? 'SELLER' : input.isAgency ? 'AGENCY' : 'BRAND_OWNER';
  try {
    return await prisma.$transaction(async (tx): Promise<SignUpResult> => {
      const banned = await isBannedIdentity(tx, {
        emails: [input.email],
        phones: [input.phone],
        licenceNumbers: [input.registrationNumber],
      });
      if (banned) return { ok: false, violation: 'banned', key: banned };
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        return { ok: false, violation: 'emailTaken' };
      }
      const organisation = await tx.organisation.create({
        data: {
          name: input.organisationName,
          kind,
          verificationStatus: 'UNVERIFIED',
          country: input.country,
          registrationNumber: input.registrationNumber,
          phone: input.phone,
        },
      });
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          locale, // the language they signed up in
          memberships: { create: { organisationId: organisation.id, role } },
        },
      });
      let storeId: string | null = null;
      if (role === 'SELLER') {
        const base = slugify(input.organisationName);
        // Two sellers with one name signing up at once would pick the same free slug:
        // serialise on the name until this transaction commits.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`store-slug:${base}`}))`;
        const taken = await tx.store.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
        const store = await tx.store.create({
          data: {
            name: input.organisationName,
            slug: firstFreeSlug(base, taken.map((s) => s.slug)),
            sellerOrganisationId: organisation.id,
            status: 'ACTIVE',
            verificationStatus: 'UNVERIFIED',
            country: input.country,
            businessLicenceNumber: input.registrationNumber,
          },
        });
        storeId = store.id;
      }
      await recordAudit(tx, {
        actor: null, // nobody is signed in yet: the system records the registration
        action: 'user.signUp',
        objectType: 'user',
        objectId: user.id,
        after: {
          email: user.email,
          name: user.name,
          role,
          organisationId: organisation.id,
          organisationName: organisation.name,
          organisationKind: kind,
          storeId,
        },
        meta,
      });
      return { ok: true, userId: user.id };
    });
  } catch (error) {
    // Two sign-ups with one address at the same moment: the unique index decides.
    if (isUniqueViolation(error) && (await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } }))) {
      return { ok: false, violation: 'emailTaken' };
    }
    throw error;
  }
}

// ───────────────────────────── Admin: reading ─────────────────────────────

export interface UserRow {
  id: string;
  name: string;
  email: string;
  status: UserStatus;
  role: Role | null;
  organisation: { id: string; name: string; kind: OrganisationKind } | null;
  lastSignInAt: Date | null;
  createdAt: Date;
}

const withFirstMembership = {
  memberships: {
    take: 1,
    orderBy: { createdAt: 'asc' },
    include: { organisation: { select: { id: true, name: true, kind: true } } },
  },
} as const satisfies Prisma.UserInclude;

function userListWhere(filters: UserListFilters): Prisma.UserWhereInput {
  const where: Prisma.UserWhereInput = {};
  if (filters.status) where.status = filters.status;
  if (filters.role || filters.organisationId) {
    where.memberships = {
      some: {
        ...(filters.role ? { role: filters.role } : {}),
        ...(filters.organisationId ? { organisationId: filters.organisationId } : {}),
      },
    };
  }
  if (filters.q) {
    where.OR = [
      { name: { contains: filters.q, mode: 'insensitive' } },
      { email: { contains: filters.q, mode: 'insensitive' } },
      { memberships: { some: { organisation: { name: { contains: filters.q, mode: 'insensitive' } } } } },
    ];
  }
  return where;
}

export async function listUsers(filters: UserListFilters, requestedPage: number): Promise<Paged<UserRow>> {
  const prisma = await db();
  const where = userListWhere(filters);
  const total = await prisma.user.count({ where });
  const pageCount = pageCountOf(total, USERS_PAGE_SIZE);
  const page = clampPage(requestedPage, pageCount);
  const users = await prisma.user.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageSlice(page, USERS_PAGE_SIZE),
    include: withFirstMembership,
  });
  const rows = users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    status: u.status,
    role: u.memberships[0]?.role ?? null,
    organisation: u.memberships[0]?.organisation ?? null,
    lastSignInAt: u.lastSignInAt,
    createdAt: u.createdAt,
  }));
  return { rows, total, page, pageSize: USERS_PAGE_SIZE, pageCount };
}

export interface UserCounts {
  total: number;
  byRole: Record<Role, number>;
  byStatus: Record<UserStatus, number>;
}

export async function userCounts(): Promise<UserCounts> {
  const prisma = await db();
  const [byRole, byStatus] = await Promise.all([
    prisma.membership.groupBy({ by: ['role'], _count: { _all: true } }),
    prisma.user.groupBy({ by: ['status'], _count: { _all: true } }),
  ]);
  const roles: Record<Role, number> = { BRAND_AGENT: 0, REVIEWER: 0, SELLER: 0, ADMIN: 0 };
  for (const row of byRole) roles[row.role] = row._count._all;
  const statuses: Record<UserStatus, number> = { ACTIVE: 0, DISABLED: 0 };
  for (const row of byStatus) statuses[row.status] = row._count._all;
  return { total: statuses.ACTIVE + statuses.DISABLED, byRole: roles, byStatus: statuses };
}

export interface UserDetail extends UserRow {
  locale: string;
  memberships: { id: string; role: Role; createdAt: Date; organisation: { id: string; name: string; kind: OrganisationKind } }[];
}

/** One user for the admin's detail page, or null if there is no such user. */
export async function getUserDetail(userId: string): Promise<UserDetail | null> {
  const prisma = await db();
  const user = await prisma.user.findUnique({
    where: { id: userId },
    include: {
      memberships: {
        orderBy: { createdAt: 'asc' },
        include: { organisation: { select: { id: true, name: true, kind: true } } },
      },
    },
  });
  if (!user) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    status: user.status,
    locale: user.locale,
    role: user.memberships[0]?.role ?? null,
    organisation: user.memberships[0]?.organisation ?? null,
    lastSignInAt: user.lastSignInAt,
    createdAt: user.createdAt,
    memberships: user.memberships.map((m) => ({ id: m.id, role: m.role, createdAt: m.createdAt, organisation: m.organisation })),
  };
}

// ───────────────────────────── Admin: changing ─────────────────────────────

export type CreateStaffResult = { ok: true; userId: string } | { ok: false; violation: 'emailTaken' | 'noMarketplace' };

/** A reviewer or admin account in the marketplace organisation. */
export async function createStaffUser(
  admin: SessionUser,
  input: { name: string; email: string; role: Role; passwordHash: string },
  meta: RequestMeta,
): Promise<CreateStaffResult> {
  const prisma = await db();
  try {
    return await prisma.$transaction(async (tx): Promise<CreateStaffResult> => {
      const marketplace = await marketplaceOrganisationFor(tx, admin);
      if (!marketplace) return { ok: false, violation: 'noMarketplace' };
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        return { ok: false, violation: 'emailTaken' };
      }
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash: input.passwordHash,
          memberships: { create: { organisationId: marketplace.id, role: input.role } },
        },
      });
      await recordAudit(tx, {
        actor: actorOf(admin),
        action: 'user.create',
        objectType: 'user',
        objectId: user.id,
        after: { email: user.email, name: user.name, role: input.role, organisationId: marketplace.id, organisationName: marketplace.name },
        meta,
      });
      return { ok: true, userId: user.id };
    });
  } catch (error) {
    if (isUniqueViolation(error) && (await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } }))) {
      return { ok: false, violation: 'emailTaken' };
    }
    throw error;
  }
}

export type AccountChangeResult =
  | { ok: true; changed: boolean }
  | { ok: false; violation: UserRuleViolation | 'notFound'; account?: AccountFacts };

/** Reads the account and the active-admin count under the account-admin lock. */
async function lockedFacts(tx: Tx, userId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ACCOUNT_ADMIN_LOCK})`;
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      status: true,
      memberships: { take: 1, orderBy: { createdAt: 'asc' }, select: { id: true, role: true, organisation: { select: { kind: true } } } },
    },
  });
  const membership = user?.memberships[0];
  if (!user || !membership) return null;
  const activeAdminCount = await tx.user.count({ where: { status: 'ACTIVE', memberships: { some: { role: 'ADMIN' } } } });
  const account: AccountFacts = { id: user.id, role: membership.role, status: user.status, organisationKind: membership.organisation.kind };
  return { account, membershipId: membership.id, activeAdminCount };
}

/** Disables or re-enables an account. Disabling ends its sessions on their next request. */
export async function setUserStatus(admin: SessionUser, userId: string, status: UserStatus, meta: RequestMeta): Promise<AccountChangeResult> {
  const prisma = await db();
  return prisma.$transaction(async (tx): Promise<AccountChangeResult> => {
    const facts = await lockedFacts(tx, userId);
    if (!facts) return { ok: false, violation: 'notFound' };
    const violation = statusChangeViolation({ actorId: admin.id, activeAdminCount: facts.activeAdminCount }, facts.account, status);
    if (violation) return { ok: false, violation, account: facts.account };
    if (facts.account.status === status) return { ok: true, changed: false };
    await tx.user.update({
      where: { id: userId },
      data: { status, ...(status === 'DISABLED' ? { tokenVersion: { increment: 1 } } : {}) },
    });
    await recordAudit(tx, {
      actor: actorOf(admin),
      action: status === 'DISABLED' ? 'user.disable' : 'user.enable',
      objectType: 'user',
      objectId: userId,
      before: { status: facts.account.status },
      after: { status },
      meta,
    });
    return { ok: true, changed: true };
  });
}

/** Changes an account's role within its organisation. Its sessions end on their next request. */
export async function changeUserRole(admin: SessionUser, userId: string, role: Role, meta: RequestMeta): Promise<AccountChangeResult> {
  const prisma = await db();
  return prisma.$transaction(async (tx): Promise<AccountChangeResult> => {
    const facts = await lockedFacts(tx, userId);
    if (!facts) return { ok: false, violation: 'notFound' };
    const violation = roleChangeViolation({ actorId: admin.id, activeAdminCount: facts.activeAdminCount }, facts.account, role);
    if (violation) return { ok: false, violation, account: facts.account };
    if (facts.account.role === role) return { ok: true, changed: false };
    await tx.membership.update({ where: { id: facts.membershipId }, data: { role } });
    // The session carries the role: make every existing one re-authenticate.
    await tx.user.update({ where: { id: userId }, data: { tokenVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actor: actorOf(admin),
      action: 'user.changeRole',
      objectType: 'user',
      objectId: userId,
      before: { role: facts.account.role },
      after: { role },
      meta,
    });
    return { ok: true, changed: true };
  });
}
