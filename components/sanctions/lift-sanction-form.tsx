'use client';

// An admin lifts one warning or suspension, saying why (the organisation is told the reason).
import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { SANCTION_LIFT_REASON_MAX } from '@/lib/validations/filing-sanctions';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function LiftSanctionForm({ action, sanctionId, organisationName }: { action: FormAction; sanctionId: string; organisationName: string }) {
  const t = useTranslations('sanctions.admin');
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} noValidate className="flex flex-wrap items-end gap-2" aria-label={`${t('lift')} · ${organisationName}`}>
      <input type="hidden" name="sanctionId" value={sanctionId} />
      <TextAreaField
        name="reason"
        id={`reason-${sanctionId}`}
        rows={2}
        label={t('liftReason')}
        maxLength={SANCTION_LIFT_REASON_MAX}
        defaultValue={state.values.reason}
        errors={state.fieldErrors.reason}
        className="w-56"
      />
      <SubmitButton variant="secondary" size="sm" pendingLabel={t('lifting')}>
        {t('lift')}
      </SubmitButton>
      <Alert tone="error" className="w-full">
        {state.formError}
      </Alert>
    </form>
  );
}
