import { hashPassword } from '../auth/password';
import { ORGANISATION_KIND_BY_ROLE } from '../authz/policy';
import type { Prisma } from '../generated/prisma/client';
import type { Role } from '../generated/prisma/enums';
import { createOrganisation } from './organisation';
import type { FactoryDb } from './types';
import { uniqueToken } from './unique';

/** The password of every factory-made user unless a test asks for another. */
export const FACTORY_PASSWORD = 'factory-password-2026';

// argon2id costs ~25 ms a hash by design; tests make many users, so the default
// password is hashed once per process.
let factoryPasswordHash: Promise<string> | undefined;
function defaultPasswordHash(): Promise<string> {
  factoryPasswordHash ??= hashPassword(FACTORY_PASSWORD);
  return factoryPasswordHash;
}

export interface CreateUserInput
  extends Partial<Omit<Prisma.UserUncheckedCreateInput, 'passwordHash' | 'memberships'>> {
  role?: Role;
  /** The user's organisation; by default a new one of the kind the role belongs in. */
  organisationId?: string;
  /** Plain password to hash (default FACTORY_PASSWORD, hashed once per process). */
  password?: string;
  /** A hash computed beforehand (the seed hashes the demo password once for all users). */
  passwordHash?: string;
}

/** A user with their one membership. Returns the user (without the hash), role and organisation id. */
export async function createUser(db: FactoryDb, input: CreateUserInput = {}) {
  const { role = 'BRAND_AGENT', organisationId: givenOrganisationId, password, passwordHash: givenHash, ...fields } = input;
  const passwordHash =
    givenHash ?? (password === undefined || password === FACTORY_PASSWORD ? await defaultPasswordHash() : await hashPassword(password));
  const organisationId =
    givenOrganisationId ?? (await createOrganisation(db, { kind: ORGANISATION_KIND_BY_ROLE[role][0] })).id;
  const token = uniqueToken();
  const user = await db.user.create({
    data: {
      email: `user-${token}@assay.test`,
      name: `Test User ${token.toUpperCase()}`,
      ...fields,
      ...(fields.email ? { email: fields.email.toLowerCase() } : {}),
      passwordHash,
      memberships: { create: { organisationId, role } },
    },
    omit: { passwordHash: true },
  });
  return { user, role, organisationId, password: password ?? (givenHash ? undefined : FACTORY_PASSWORD) };
}
