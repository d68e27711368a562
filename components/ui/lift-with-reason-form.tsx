'use client';

// One row's "lift, saying why" form of an admin list (a ban, a filing sanction): the reason
// beside the button, errors at the field, the typed reason kept on error. The labels come
// from the server page, so no catalogue namespace has to be sent to the client for them.
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export interface LiftWithReasonFormProps {
  action: FormAction;
  /** The hidden field naming what is lifted, e.g. { name: 'banId', value: ban.id }. */
  target: { name: string; value: string };
  maxLength: number;
  labels: { submit: string; pending: string; reason: string };
  /** Names the form among the list's rows (e.g. "Lift · Swift Notice"). */
  ariaLabel?: string;
}

export function LiftWithReasonForm({ action, target, maxLength, labels, ariaLabel }: LiftWithReasonFormProps) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} noValidate className="flex flex-wrap items-end gap-2" {...(ariaLabel ? { 'aria-label': ariaLabel } : {})}>
      <input type="hidden" name={target.name} value={target.value} />
      <TextAreaField
        name="reason"
        id={`reason-${target.value}`}
        rows={2}
        label={labels.reason}
        maxLength={maxLength}
        defaultValue={state.values.reason}
        errors={state.fieldErrors.reason}
        className="w-56"
      />
      <SubmitButton variant="secondary" size="sm" pendingLabel={labels.pending}>
        {labels.submit}
      </SubmitButton>
      <Alert tone="error" className="w-full">
        {state.formError}
      </Alert>
    </form>
  );
}
