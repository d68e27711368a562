'use client';

import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { SelectField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { STAFF_ROLES } from '@/lib/authz/policy';
import { PASSWORD_MIN_LENGTH } from '@/lib/validations/auth';
import { createStaffUserAction } from './actions';

export function CreateStaffUserForm() {
  const t = useTranslations('admin.newUser');
  const roles = useTranslations('shell.roles');
  const [state, action] = useActionState(createStaffUserAction, initialActionState);
  const { values, fieldErrors: errors } = state;
  return (
    <form action={action} noValidate className="space-y-5">
      <TextField name="name" label={t('name')} autoComplete="off" defaultValue={values.name} errors={errors.name} />
      <TextField name="email" type="email" label={t('email')} autoComplete="off" defaultValue={values.email} errors={errors.email} />
      <SelectField
        name="role"
        label={t('role')}
        hint={t('roleHint')}
        defaultValue={values.role ?? 'REVIEWER'}
        errors={errors.role}
        options={STAFF_ROLES.map((role) => ({ value: role, label: roles(role) }))}
      />
      {/* The password is never sent back to the browser: it is the one field to retype after an error. */}
      <TextField
        name="password"
        type="password"
        label={t('password')}
        autoComplete="new-password"
        hint={t('passwordHint', { min: PASSWORD_MIN_LENGTH })}
        errors={errors.password}
      />
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
    </form>
  );
}
