'use server';

import { revalidatePath } from 'next/cache';
import { ActionError, defineAction } from '@/lib/actions/action';
import { changeUserRole, setUserStatus, type AccountChangeResult } from '@/lib/data/users';
import type { Role } from '@/lib/generated/prisma/enums';
import { getServerTranslator } from '@/lib/i18n/server';
import { ChangeUserRoleSchema, SetUserStatusSchema } from '@/lib/validations/users';

/** Turns a refused change into the message shown in place (field: where it is shown). */
async function refusal(result: Extract<AccountChangeResult, { ok: false }>, requestedRole: Role | null, field?: string): Promise<ActionError> {
  if (result.violation === 'roleNeedsOrganisationKind' && result.account && requestedRole) {
    const t = await getServerTranslator();
    return new ActionError('roleNeedsOrganisationKind', field, {
      role: t(`shell.roles.${requestedRole}`),
      kind: t(`admin.organisationKinds.${result.account.organisationKind}`),
    });
  }
  return new ActionError(result.violation, field);
}

export const setUserStatusAction = defineAction({
  permission: 'user.disable',
  schema: SetUserStatusSchema,
  revalidate: ['/admin', '/admin/users'],
  run: async ({ userId, status }, { user, meta }) => {
    const result = await setUserStatus(user, userId, status, meta);
    if (!result.ok) throw await refusal(result, null);
    revalidatePath(`/admin/users/${userId}`);
    const t = await getServerTranslator();
    return { success: status === 'DISABLED' ? t('admin.user.disabled') : t('admin.user.enabled') };
  },
});

export const changeUserRoleAction = defineAction({
  permission: 'user.changeRole',
  schema: ChangeUserRoleSchema,
  revalidate: ['/admin', '/admin/users'],
  run: async ({ userId, role }, { user, meta }) => {
    const result = await changeUserRole(user, userId, role, meta);
    if (!result.ok) throw await refusal(result, role, result.violation === 'notFound' ? undefined : 'role');
    revalidatePath(`/admin/users/${userId}`);
    const t = await getServerTranslator();
    return { success: result.changed ? t('admin.user.roleChanged', { role: t(`shell.roles.${role}`) }) : t('admin.user.roleUnchanged') };
  },
});
