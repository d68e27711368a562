'use client';

// The brand agent's forms for brands: register one the organisation owns, register one for
// its owner (an agency), edit one, and ask to act for one already on Assay (an agency).
// Everything typed comes back after an error (state.values); errors sit at their fields.
import { useActionState, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { FileUpload } from '@/components/documents/file-upload';
import { Alert } from '@/components/ui/alert';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { BRAND_CATEGORY_MAX, BRAND_NAME_MAX } from '@/lib/validations/brands';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

function CheckboxField({ name, label, hint, errors, defaultChecked }: { name: string; label: ReactNode; hint?: ReactNode; errors?: string[] | undefined; defaultChecked?: boolean }) {
  return (
    <div className="space-y-1">
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          id={name}
          name={name}
          defaultChecked={defaultChecked}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `${name}-error` : undefined}
          className="mt-0.5 accent-brand-600"
        />
        <span>
          {label}
          {hint ? <span className="block text-xs text-slate-500">{hint}</span> : null}
        </span>
      </label>
      {errors?.length ? (
        <p id={`${name}-error`} className="text-sm text-red-700" role="alert">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

function BrandFields({ state, initial }: { state: ActionState; initial?: { name: string; category: string; website: string } }) {
  const t = useTranslations('brand.brandForm');
  const { values, fieldErrors: errors } = state;
  return (
    <>
      <TextField name="name" label={t('name')} maxLength={BRAND_NAME_MAX} defaultValue={values.name ?? initial?.name} errors={errors.name} autoComplete="off" />
      <TextField
        name="category"
        label={t('category')}
        hint={t('categoryHint')}
        maxLength={BRAND_CATEGORY_MAX}
        defaultValue={values.category ?? initial?.category}
        errors={errors.category}
      />
      <TextField name="website" type="url" label={t('website')} hint={t('websiteHint')} defaultValue={values.website ?? initial?.website} errors={errors.website} />
    </>
  );
}

/** A brand owner registers a brand of its own. */
export function RegisterBrandForm({ action, organisationName }: { action: FormAction; organisationName: string }) {
  const t = useTranslations('brand.brandForm');
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} noValidate className="space-y-5">
      <BrandFields state={state} />
      <CheckboxField
        name="ownsBrand"
        label={t('ownsBrand', { organisation: organisationName })}
        hint={t('ownsBrandHint')}
        errors={state.fieldErrors.ownsBrand}
        defaultChecked={state.values.ownsBrand === 'on'}
      />
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
    </form>
  );
}

/** An agent edits a brand: the name change of a verified brand goes back to a reviewer. */
export function EditBrandForm({
  action,
  brandId,
  version,
  initial,
  renameWarning,
}: {
  action: FormAction;
  brandId: string;
  version: number;
  initial: { name: string; category: string; website: string };
  renameWarning: string | null;
}) {
  const t = useTranslations('brand.brandForm');
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} noValidate className="space-y-5">
      <input type="hidden" name="brandId" value={brandId} />
      <input type="hidden" name="version" value={version} />
      {renameWarning ? <Alert tone="info">{renameWarning}</Alert> : null}
      <BrandFields state={state} initial={initial} />
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton pendingLabel={t('pending')}>{t('save')}</SubmitButton>
    </form>
  );
}

/** The power of attorney of an agency: the document and its last valid day. */
function PowerOfAttorneyFields({ state }: { state: ActionState }) {
  const t = useTranslations('brand.agencyForm');
  return (
    <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-800">{t('powerOfAttorney')}</legend>
      <p className="text-sm text-slate-600">{t('powerOfAttorneyExplanation')}</p>
      <FileUpload
        name="powerOfAttorneyDocumentId"
        kind="POWER_OF_ATTORNEY"
        label={t('powerOfAttorneyFile')}
        errors={state.fieldErrors.powerOfAttorneyDocumentId}
      />
      <TextField name="validUntil" type="date" label={t('validUntil')} hint={t('validUntilHint')} defaultValue={state.values.validUntil} errors={state.fieldErrors.validUntil} className="max-w-xs" />
    </fieldset>
  );
}

/** An agency registers a brand that is not on Assay yet, for its owner. */
export function RegisterBrandForOwnerForm({ action }: { action: FormAction }) {
  const t = useTranslations('brand.agencyForm');
  const [state, formAction] = useActionState(action, initialActionState);
  const { values, fieldErrors: errors } = state;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <BrandFields state={state} />
      <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-800">{t('owner')}</legend>
        <TextField name="ownerName" label={t('ownerName')} hint={t('ownerNameHint')} defaultValue={values.ownerName} errors={errors.ownerName} />
        <TextField name="ownerCountry" label={t('ownerCountry')} hint={t('ownerCountryHint')} maxLength={2} defaultValue={values.ownerCountry} errors={errors.ownerCountry} className="max-w-xs" />
      </fieldset>
      <PowerOfAttorneyFields state={state} />
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton pendingLabel={t('pending')}>{t('submitNew')}</SubmitButton>
    </form>
  );
}

/** An agency asks to act for a brand already on Assay (or renews, or resubmits). */
export function RequestAgencyAuthorizationForm({ action, brandId, submitLabel }: { action: FormAction; brandId: string; submitLabel: string }) {
  const t = useTranslations('brand.agencyForm');
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} noValidate className="space-y-5">
      <input type="hidden" name="brandId" value={brandId} />
      <PowerOfAttorneyFields state={state} />
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton pendingLabel={t('pending')}>{submitLabel}</SubmitButton>
    </form>
  );
}
