'use client';

import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { SelectField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { Role, type UserStatus } from '@/lib/generated/prisma/enums';
import { changeUserRoleAction, setUserStatusAction } from './actions';

export function UserStatusForm({ userId, status }: { userId: string; status: UserStatus }) {
  const t = useTranslations('admin.user');
  const [state, action] = useActionState(setUserStatusAction, initialActionState);
  const disabling = status === 'ACTIVE';
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="status" value={disabling ? 'DISABLED' : 'ACTIVE'} />
      <p className="text-sm text-slate-600">{disabling ? t('disableExplanation') : t('enableExplanation')}</p>
      <Alert tone="error">{state.formError}</Alert>
      <Alert tone="success">{state.success}</Alert>
      <SubmitButton variant={disabling ? 'danger' : 'primary'} pendingLabel={t('pending')}>
        {disabling ? t('disable') : t('enable')}
      </SubmitButton>
    </form>
  );
}

export function UserRoleForm({ userId, role, fittingRoles }: { userId: string; role: Role; fittingRoles: string }) {
  const t = useTranslations('admin.user');
  const roles = useTranslations('shell.roles');
  const [state, action] = useActionState(changeUserRoleAction, initialActionState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <p className="text-sm text-slate-600">{t('roleExplanation')}</p>
      <SelectField
        name="role"
        label={t('newRole')}
        hint={t('fittingRoles', { roles: fittingRoles })}
        defaultValue={state.values.role ?? role}
        errors={state.fieldErrors.role}
        options={Object.values(Role).map((r) => ({ value: r, label: roles(r) }))}
        className="max-w-xs"
      />
      <Alert tone="error">{state.formError}</Alert>
      <Alert tone="success">{state.success}</Alert>
      <SubmitButton pendingLabel={t('pending')}>{t('changeRole')}</SubmitButton>
    </form>
  );
}
