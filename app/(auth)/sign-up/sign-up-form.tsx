'use client';

import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { PASSWORD_MIN_LENGTH, SIGN_UP_ACCOUNT_TYPES } from '@/lib/validations/auth';
import { signUpAction } from './actions';

const CHOICE =
  'flex cursor-pointer gap-3 rounded-md border border-slate-300 bg-white p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50';

export function SignUpForm() {
  const t = useTranslations('auth.signUp');
  const tv = useTranslations('storeVerification.signUp');
  const [state, action] = useActionState(signUpAction, initialActionState);
  const { values, fieldErrors: errors } = state;
  const typeErrors = errors.accountType;

  return (
    // The agency box and the registration number show for the choice they belong to; pure
    // CSS (:has), so it works before JavaScript loads and survives the form's reset.
    <form action={action} noValidate className="group space-y-5">
      <fieldset aria-describedby={typeErrors?.length ? 'accountType-error' : undefined}>
        <legend className="mb-2 text-sm font-medium text-slate-800">{t('accountType')}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {SIGN_UP_ACCOUNT_TYPES.map((type) => (
            <label key={type} className={CHOICE}>
              <input
                type="radio"
                id={`accountType-${type}`}
                name="accountType"
                value={type}
                defaultChecked={values.accountType === type}
                className="mt-0.5 accent-brand-600"
              />
              <span>
                <span className="block font-medium text-slate-900">{t(`types.${type}.label`)}</span>
                <span className="block text-slate-500">{t(`types.${type}.hint`)}</span>
              </span>
            </label>
          ))}
        </div>
        {typeErrors?.length ? (
          <p id="accountType-error" role="alert" className="mt-1 text-sm text-red-700">
            {typeErrors.join(' ')}
          </p>
        ) : null}
      </fieldset>

      <label className="hidden items-start gap-2 text-sm text-slate-800 group-has-[#accountType-brand:checked]:flex">
        <input type="checkbox" name="isAgency" defaultChecked={values.isAgency === 'on'} className="mt-0.5 accent-brand-600" />
        <span>
          {t('isAgency')}
          <span className="block text-xs text-slate-500">{t('isAgencyHint')}</span>
        </span>
      </label>

      <TextField name="name" label={t('name')} autoComplete="name" defaultValue={values.name} errors={errors.name} />
      <TextField
        name="email"
        type="email"
        label={t('email')}
        autoComplete="email"
        inputMode="email"
        defaultValue={values.email}
        errors={errors.email}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="password"
          type="password"
          label={t('password')}
          autoComplete="new-password"
          hint={t('passwordHint', { min: PASSWORD_MIN_LENGTH })}
          errors={errors.password}
        />
        <TextField name="confirmPassword" type="password" label={t('confirmPassword')} autoComplete="new-password" errors={errors.confirmPassword} />
      </div>
      <TextField
        name="organisationName"
        label={t('organisationName')}
        autoComplete="organization"
        hint={t('organisationNameHint')}
        defaultValue={values.organisationName}
        errors={errors.organisationName}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="country"
          label={t('country')}
          autoComplete="country"
          maxLength={2}
          hint={t('countryHint')}
          defaultValue={values.country}
          errors={errors.country}
        />
        <div className="hidden group-has-[#accountType-seller:checked]:block">
          <TextField
            name="registrationNumber"
            label={t('registrationNumber')}
            defaultValue={values.registrationNumber}
            errors={errors.registrationNumber}
          />
        </div>
      </div>
      <div className="hidden group-has-[#accountType-seller:checked]:block">
        <TextField
          name="phone"
          type="tel"
          label={tv('signUpPhone')}
          autoComplete="tel"
          inputMode="tel"
          hint={tv('signUpPhoneHint')}
          defaultValue={values.phone}
          errors={errors.phone}
          className="sm:max-w-xs"
        />
      </div>

      <Alert tone="info">{t('unverifiedNote')}</Alert>
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton className="w-full" pendingLabel={t('pending')}>
        {t('submit')}
      </SubmitButton>
    </form>
  );
}
