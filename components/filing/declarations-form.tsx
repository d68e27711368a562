'use client';

// Step (e): the two declarations a notice needs, each its own required checkbox with the
// full wording as its label, and the typed signature. Time and address are recorded when
// the claim is submitted, not here.
import { useActionState, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { SIGNATURE_MAX } from '@/lib/validations/claim-filing';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

function Declaration({ name, label, checked, onChange, errors }: { name: string; label: string; checked: boolean; onChange: (on: boolean) => void; errors?: string[] | undefined }) {
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-3 rounded-md border border-slate-200 bg-slate-50 p-4">
        <input
          type="checkbox"
          id={name}
          name={name}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          required
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `${name}-error` : undefined}
          className="mt-1 h-4 w-4 shrink-0 rounded border-slate-300"
        />
        <label htmlFor={name} className="text-sm leading-relaxed text-slate-900">
          {label}
        </label>
      </div>
      {errors?.length ? (
        <p id={`${name}-error`} role="alert" className="text-sm text-red-700">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

export function DeclarationsForm({
  action,
  claimId,
  initial,
  organisation,
}: {
  action: FormAction;
  claimId: string;
  initial: { goodFaith: boolean; accuracy: boolean; signatureName: string };
  organisation: string;
}) {
  const t = useTranslations('filing.declarations');
  const editor = useTranslations('filing.editor');
  const [state, formAction] = useActionState(action, initialActionState);
  const [goodFaith, setGoodFaith] = useState(initial.goodFaith);
  const [accuracy, setAccuracy] = useState(initial.accuracy);
  return (
    <form action={formAction} noValidate className="space-y-5">
      <input type="hidden" name="claimId" value={claimId} />
      <Declaration name="goodFaith" label={t('goodFaith')} checked={goodFaith} onChange={setGoodFaith} errors={state.fieldErrors.goodFaith} />
      <Declaration name="accuracy" label={t('accuracy')} checked={accuracy} onChange={setAccuracy} errors={state.fieldErrors.accuracy} />
      <TextField
        name="signatureName"
        label={t('signature')}
        hint={`${t('signatureHint')} ${t('signedAs', { organisation })}`}
        autoComplete="name"
        maxLength={SIGNATURE_MAX + 20}
        defaultValue={state.values.signatureName ?? initial.signatureName}
        errors={state.fieldErrors.signatureName}
        className="max-w-md"
      />
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton pendingLabel={editor('saving')}>{editor('continue')}</SubmitButton>
    </form>
  );
}
