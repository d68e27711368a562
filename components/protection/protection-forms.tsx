'use client';

// The brand agent's forms on the protection and authorization pages. Everything typed
// comes back after an error (state.values); errors sit at their fields.
import { useActionState, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { HOLDER_NAME_MAX, PRODUCT_LINE_MAX, REASON_MAX } from '@/lib/validations/protection';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * Checkboxes of product lines, one fieldset. A form action resets the form after an error
 * (to each field's default), and the action state keeps only one value per name: the ticks
 * are tracked here and written back as the defaults, so a reset restores them. (Controlled
 * checkboxes would be cleared by that reset without React noticing.)
 */
function LinesField({
  name,
  legend,
  hint,
  lines,
  initial,
  errors,
  idPrefix,
}: {
  name: string;
  legend: string;
  hint?: string;
  lines: readonly string[];
  initial: readonly string[];
  errors?: string[] | undefined;
  idPrefix: string;
}) {
  const [checked, setChecked] = useState<readonly string[]>(initial);
  return (
    <fieldset className="space-y-1" aria-describedby={errors?.length ? `${idPrefix}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {lines.map((line) => (
          <label key={line} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name={name}
              value={line}
              defaultChecked={checked.includes(line)}
              onChange={(event) => setChecked((now) => (event.target.checked ? [...now, line] : now.filter((l) => l !== line)))}
              className="accent-brand-600"
            />
            {line}
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id={`${idPrefix}-error`} className="text-sm text-red-700" role="alert">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

export function ProtectionToggleForm({ action, brandId, version, protect }: { action: FormAction; brandId: string; version: number; protect: boolean }) {
  const t = useTranslations('protection.protection');
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="brandId" value={brandId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="protect" value={String(protect)} />
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton variant={protect ? 'primary' : 'secondary'} pendingLabel={t('pending')}>
        {t(protect ? 'mark' : 'unmark')}
      </SubmitButton>
    </form>
  );
}

export function ReferencePriceForm({
  action,
  brandId,
  initial,
}: {
  action: FormAction;
  brandId: string;
  initial?: { priceId: string; productLine: string; currency: string; amount: string };
}) {
  const t = useTranslations('protection.prices');
  const [state, formAction] = useActionState(action, initialActionState);
  const { values, fieldErrors: errors } = state;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="brandId" value={brandId} />
      {initial ? <input type="hidden" name="priceId" value={initial.priceId} /> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="productLine" label={t('productLine')} maxLength={PRODUCT_LINE_MAX} defaultValue={values.productLine ?? initial?.productLine} errors={errors.productLine} />
        <TextField name="currency" label={t('currency')} hint={t('currencyHint')} maxLength={3} defaultValue={values.currency ?? initial?.currency ?? 'USD'} errors={errors.currency} />
        <TextField name="amount" label={t('amount')} inputMode="decimal" defaultValue={values.amount ?? initial?.amount} errors={errors.amount} />
      </div>
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton pendingLabel={t('save')}>{t('save')}</SubmitButton>
    </form>
  );
}

/** A one-button form (remove a price, deactivate a distributor) with its hidden fields. */
export function ButtonForm({
  action,
  fields,
  label,
  variant = 'secondary',
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  variant?: 'primary' | 'secondary' | 'danger';
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="inline">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton size="sm" variant={variant}>
        {label}
      </SubmitButton>
      {state.formError ? (
        <span className="ml-2 text-sm text-red-700" role="alert">
          {state.formError}
        </span>
      ) : null}
    </form>
  );
}

export function DistributorForm({
  action,
  brandId,
  lines,
  initial,
}: {
  action: FormAction;
  brandId: string;
  lines: readonly string[];
  initial?: { distributorId: string; name: string; country: string; productLines: string[]; organisationName: string };
}) {
  const t = useTranslations('protection.distributors');
  const [state, formAction] = useActionState(action, initialActionState);
  const { values, fieldErrors: errors } = state;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="brandId" value={brandId} />
      {initial ? <input type="hidden" name="distributorId" value={initial.distributorId} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="name" label={t('name')} maxLength={HOLDER_NAME_MAX} defaultValue={values.name ?? initial?.name} errors={errors.name} />
        <TextField name="country" label={t('country')} hint={t('countryHint')} maxLength={2} defaultValue={values.country ?? initial?.country} errors={errors.country} />
      </div>
      {lines.length > 0 ? (
        <LinesField
          name="productLines"
          idPrefix="distributor-lines"
          legend={t('productLines')}
          hint={t('productLinesHint')}
          lines={lines}
          initial={initial?.productLines ?? []}
          errors={errors.productLines}
        />
      ) : (
        <p className="text-sm text-slate-600">{t('noLines')}</p>
      )}
      <TextField
        name="organisationName"
        label={t('organisation')}
        hint={t('organisationHint')}
        maxLength={HOLDER_NAME_MAX}
        defaultValue={values.organisationName ?? initial?.organisationName}
        errors={errors.organisationName}
      />
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton pendingLabel={t('save')}>{t('save')}</SubmitButton>
    </form>
  );
}

export function IssueAuthorizationForm({
  action,
  brandId,
  lines,
  distributors,
  parents,
  defaults,
}: {
  action: FormAction;
  brandId: string;
  lines: readonly string[];
  distributors: readonly { id: string; name: string }[];
  parents: readonly { id: string; label: string }[];
  defaults: { validFrom: string; validUntil: string };
}) {
  const t = useTranslations('protection.issue');
  const [state, formAction] = useActionState(action, initialActionState);
  const { values, fieldErrors: errors } = state;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <input type="hidden" name="brandId" value={brandId} />
      <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-800">{t('holderLegend')}</legend>
        <p className="text-sm text-slate-600">{t('holderExplanation')}</p>
        <SelectField
          name="distributorId"
          label={t('distributor')}
          defaultValue={values.distributorId ?? ''}
          errors={errors.distributorId}
          options={[{ value: '', label: t('noDistributor') }, ...distributors.map((d) => ({ value: d.id, label: d.name }))]}
        />
        <TextField name="storeSlug" label={t('storeSlug')} hint={t('storeSlugHint')} defaultValue={values.storeSlug} errors={errors.storeSlug} autoComplete="off" />
        <TextField name="holderName" label={t('holderName')} hint={t('holderNameHint')} maxLength={HOLDER_NAME_MAX} defaultValue={values.holderName} errors={errors.holderName} />
      </fieldset>
      <SelectField
        name="parentId"
        label={t('parent')}
        hint={t('parentHint')}
        defaultValue={values.parentId ?? ''}
        errors={errors.parentId}
        options={[{ value: '', label: t('noParent') }, ...parents.map((p) => ({ value: p.id, label: p.label }))]}
      />
      {lines.length > 0 ? (
        <LinesField name="productLines" idPrefix="productLines" legend={t('productLines')} hint={t('productLinesHint')} lines={lines} initial={[]} errors={errors.productLines} />
      ) : (
        <p className="text-sm text-slate-600">{t('noLines')}</p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="validFrom" type="date" label={t('validFrom')} defaultValue={values.validFrom ?? defaults.validFrom} errors={errors.validFrom} />
        <TextField name="validUntil" type="date" label={t('validUntil')} hint={t('validUntilHint')} defaultValue={values.validUntil ?? defaults.validUntil} errors={errors.validUntil} />
      </div>
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
    </form>
  );
}

export function RevokeAuthorizationForm({ action, brandId, authorizationId }: { action: FormAction; brandId: string; authorizationId: string }) {
  const t = useTranslations('protection.authorizations');
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} noValidate className="mt-2 space-y-2">
      <input type="hidden" name="brandId" value={brandId} />
      <input type="hidden" name="authorizationId" value={authorizationId} />
      <p className="text-xs text-slate-600">{t('revokeWarning')}</p>
      <TextAreaField
        id={`reason-${authorizationId}`}
        name="reason"
        label={t('revokeReason')}
        hint={t('revokeReasonHint')}
        rows={2}
        maxLength={REASON_MAX}
        defaultValue={state.values.reason}
        errors={state.fieldErrors.reason}
      />
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton size="sm" variant="danger" pendingLabel={t('pending')}>
        {t('revokeConfirm')}
      </SubmitButton>
    </form>
  );
}
