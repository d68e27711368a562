'use client';

// One button posting one small form (remove a listing, remove evidence, continue, submit):
// hidden ids, a submit that disables itself while pending, and the error beside it.
import { useActionState, useId } from 'react';
import { Alert } from '@/components/ui/alert';
import type { ButtonProps } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function ActionButton({
  action,
  hidden,
  label,
  pendingLabel,
  ariaLabel,
  variant,
  size,
  errorField,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  label: string;
  pendingLabel: string;
  ariaLabel?: string;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
  /** A field error to show here as well as the form error (e.g. "listings" for "add one first"). */
  errorField?: string;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  const errorId = useId();
  const message = state.formError ?? (errorField ? state.fieldErrors[errorField]?.join(' ') : undefined) ?? null;
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton
        variant={variant}
        size={size}
        pendingLabel={pendingLabel}
        aria-label={ariaLabel}
        aria-describedby={message ? errorId : undefined}
      >
        {label}
      </SubmitButton>
      {message ? (
        <div id={errorId}>
          <Alert tone="error">{message}</Alert>
        </div>
      ) : null}
    </form>
  );
}
