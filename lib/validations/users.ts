// Admin input about users: creating staff accounts, changing status and role, and the
// filters of the users table. Messages are catalogue keys.
import { z } from 'zod';
import { Role, UserStatus } from '../generated/prisma/enums';
import { STAFF_ROLES } from '../authz/policy';
import { emailField, newPasswordField, personNameField } from './auth';
import { firstParam, type SearchParams } from './list-filters';

const userId = z.string({ message: 'validation.required' }).trim().min(1, 'validation.required').max(64);

export const CreateStaffUserSchema = z.object({
  name: personNameField,
  email: emailField,
  role: z.enum(STAFF_ROLES, { message: 'validation.invalidChoice' }),
  password: newPasswordField,
});
export type CreateStaffUserInput = z.output<typeof CreateStaffUserSchema>;

export const SetUserStatusSchema = z.object({
  userId,
  status: z.enum(UserStatus, { message: 'validation.invalidChoice' }),
});

export const ChangeUserRoleSchema = z.object({
  userId,
  role: z.enum(Role, { message: 'validation.invalidChoice' }),
});

export const USERS_PAGE_SIZE = 25;
export const SEARCH_MAX_LENGTH = 100;

export interface UserListFilters {
  role: Role | null;
  status: UserStatus | null;
  q: string | null;
  /** Members of one organisation (from the organisations table). */
  organisationId: string | null;
}

/** The users table's filters from the query string. Unknown values are dropped, never an error page. */
export function parseUserListFilters(params: SearchParams): UserListFilters {
  const role = z.enum(Role).safeParse(firstParam(params, 'role'));
  const status = z.enum(UserStatus).safeParse(firstParam(params, 'status'));
  const organisationId = z.uuid().safeParse(firstParam(params, 'organisation'));
  const q = (firstParam(params, 'q') ?? '').trim().slice(0, SEARCH_MAX_LENGTH);
  return {
    role: role.success ? role.data : null,
    status: status.success ? status.data : null,
    q: q || null,
    organisationId: organisationId.success ? organisationId.data : null,
  };
}
