'use client';

// Step 0: which brand the claim is for. The idempotency key was made when the page
// rendered: posting this form twice (a double click, a retry) opens the same draft.
import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import type { FilingBrand } from '@/lib/data/claim-filing';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function NewClaimForm({ action, brands, idempotencyKey }: { action: FormAction; brands: FilingBrand[]; idempotencyKey: string }) {
  const t = useTranslations('filing.new');
  const [state, formAction] = useActionState(action, initialActionState);
  const errors = state.fieldErrors.brandId;
  const chosen = state.values.brandId ?? (brands.filter((b) => b.usableRights > 0).length === 1 ? brands.find((b) => b.usableRights > 0)!.id : '');
  return (
    <form action={formAction} noValidate className="space-y-5">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <fieldset aria-describedby={['brandId-hint', errors?.length ? 'brandId-error' : null].filter(Boolean).join(' ')} aria-invalid={errors?.length ? true : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t('brandLegend')}</legend>
        <p id="brandId-hint" className="mt-1 text-xs text-slate-500">
          {t('brandHint')}
        </p>
        <div className="mt-3 space-y-2">
          {brands.map((brand) => {
            const usable = brand.usableRights > 0;
            const id = `brand-${brand.id}`;
            return (
              <div key={brand.id} className="flex items-start gap-3 rounded-md border border-slate-200 p-3">
                <input
                  type="radio"
                  id={id}
                  name="brandId"
                  value={brand.id}
                  defaultChecked={chosen === brand.id}
                  disabled={!usable}
                  aria-describedby={`${id}-facts`}
                  className="mt-1 h-4 w-4"
                />
                <div>
                  <label htmlFor={id} className="text-sm font-medium text-slate-900">
                    {brand.name}
                  </label>
                  <p id={`${id}-facts`} className="text-xs text-slate-500">
                    {brand.verificationStatus === 'VERIFIED' ? t('usableRights', { count: brand.usableRights }) : t('unverified')}
                  </p>
                </div>
              </div>
            );
          })}
        </div>
        {errors?.length ? (
          <p id="brandId-error" role="alert" className="mt-2 text-sm text-red-700">
            {errors.join(' ')}
          </p>
        ) : null}
      </fieldset>
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
    </form>
  );
}
