'use client';

// Step (a): the rights the claim rests on (only verified, unexpired ones are offered) and
// the claim's summary. Saved to the draft; errors beside their fields; nothing typed lost.
import { useActionState, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { SUMMARY_MAX } from '@/lib/validations/claim-filing';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export interface RightOption {
  id: string;
  label: string;
  facts: string;
}

export function RightsStepForm({
  action,
  claimId,
  rights,
  chosen,
  summary,
}: {
  action: FormAction;
  claimId: string;
  rights: RightOption[];
  chosen: string[];
  summary: string;
}) {
  const t = useTranslations('filing.rights');
  const editor = useTranslations('filing.editor');
  const [state, formAction] = useActionState(action, initialActionState);
  const errors = state.fieldErrors.rightIds;
  // Controlled, so the ticks survive the form reset that follows an action with an error.
  const [selected, setSelected] = useState<string[]>(chosen);
  const toggle = (id: string, on: boolean) => setSelected((list) => (on ? [...list, id] : list.filter((x) => x !== id)));
  return (
    <form action={formAction} noValidate className="space-y-6">
      <input type="hidden" name="claimId" value={claimId} />
      <fieldset aria-describedby={errors?.length ? 'rightIds-error' : undefined} aria-invalid={errors?.length ? true : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t('legend')}</legend>
        <div className="mt-3 space-y-2">
          {rights.map((right) => {
            const id = `right-${right.id}`;
            return (
              <div key={right.id} className="flex items-start gap-3 rounded-md border border-slate-200 p-3">
                <input
                  type="checkbox"
                  id={id}
                  name="rightIds"
                  value={right.id}
                  checked={selected.includes(right.id)}
                  onChange={(event) => toggle(right.id, event.target.checked)}
                  aria-describedby={`${id}-facts`}
                  className="mt-1 h-4 w-4 rounded border-slate-300"
                />
                <div>
                  <label htmlFor={id} className="text-sm font-medium text-slate-900">
                    {right.label}
                  </label>
                  <p id={`${id}-facts`} className="text-xs text-slate-500">
                    {right.facts}
                  </p>
                </div>
              </div>
            );
          })}
        </div>
        {errors?.length ? (
          <p id="rightIds-error" role="alert" className="mt-2 text-sm text-red-700">
            {errors.join(' ')}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        name="summary"
        label={t('summary')}
        hint={t('summaryHint')}
        rows={5}
        maxLength={SUMMARY_MAX + 100}
        defaultValue={state.values.summary ?? summary}
        errors={state.fieldErrors.summary}
      />
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton pendingLabel={editor('saving')}>{editor('continue')}</SubmitButton>
    </form>
  );
}
