'use client';

// Step (c): an infringement type and an optional note for each listing on this page.
// Fields are named `type.<itemId>` / `note.<itemId>`, so each error sits at its own field.
import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { INFRINGEMENT_TYPES } from '@/lib/domain/claim-filing';
import { ITEM_NOTE_MAX } from '@/lib/validations/claim-filing';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export interface TypedItem {
  id: string;
  title: string;
  externalId: string;
  infringementType: string;
  note: string;
}

export function TypesStepForm({
  action,
  claimId,
  items,
  page,
  pageCount,
}: {
  action: FormAction;
  claimId: string;
  items: TypedItem[];
  page: number;
  pageCount: number;
}) {
  const t = useTranslations('filing.types');
  const editor = useTranslations('filing.editor');
  const types = useTranslations('filing.infringementTypes');
  const [state, formAction] = useActionState(action, initialActionState);
  const options = INFRINGEMENT_TYPES.map((type) => ({ value: type, label: types(type) }));
  return (
    <form action={formAction} noValidate className="space-y-5">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="page" value={page} />
      <input type="hidden" name="pageCount" value={pageCount} />
      {items.map((item) => (
        <fieldset key={item.id} className="rounded-md border border-slate-200 p-4">
          <input type="hidden" name="itemIds" value={item.id} />
          <legend className="px-1 text-sm font-medium text-slate-900">{t('listingLegend', { title: item.title, id: item.externalId })}</legend>
          <div className="grid gap-4 sm:grid-cols-[16rem_1fr]">
            <SelectField
              name={`type.${item.id}`}
              label={t('type')}
              defaultValue={state.values[`type.${item.id}`] ?? item.infringementType}
              errors={state.fieldErrors[`type.${item.id}`]}
              options={options}
            />
            <TextAreaField
              name={`note.${item.id}`}
              label={t('note')}
              rows={2}
              maxLength={ITEM_NOTE_MAX + 100}
              defaultValue={state.values[`note.${item.id}`] ?? item.note}
              errors={state.fieldErrors[`note.${item.id}`]}
            />
          </div>
        </fieldset>
      ))}
      {state.fieldErrors.itemIds?.length ? (
        <p role="alert" className="text-sm text-red-700">
          {state.fieldErrors.itemIds.join(' ')}
        </p>
      ) : null}
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton pendingLabel={editor('saving')}>{editor('continue')}</SubmitButton>
    </form>
  );
}

export function ApplyTypeToAllForm({ action, claimId, count }: { action: FormAction; claimId: string; count: number }) {
  const t = useTranslations('filing.types');
  const types = useTranslations('filing.infringementTypes');
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} noValidate className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="claimId" value={claimId} />
      <SelectField
        name="infringementType"
        label={t('all.label', { count })}
        defaultValue={state.values.infringementType ?? 'COUNTERFEIT'}
        errors={state.fieldErrors.infringementType}
        className="w-72"
        options={INFRINGEMENT_TYPES.map((type) => ({ value: type, label: types(type) }))}
      />
      <SubmitButton variant="secondary" pendingLabel={t('all.pending')}>
        {t('all.submit')}
      </SubmitButton>
      <div className="w-full">
        <Alert tone="error">{state.formError}</Alert>
        <Alert tone="success">{state.success}</Alert>
      </div>
    </form>
  );
}
