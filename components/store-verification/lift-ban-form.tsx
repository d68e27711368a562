'use client';

// An admin lifts one ban, saying why (the reason goes into the audit chain).
import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { LIFT_REASON_MAX } from '@/lib/validations/store-verification';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function LiftBanForm({ action, banId }: { action: FormAction; banId: string }) {
  const t = useTranslations('storeVerification.bans');
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} noValidate className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="banId" value={banId} />
      <TextAreaField
        name="reason"
        id={`reason-${banId}`}
        rows={2}
        label={t('liftReason')}
        maxLength={LIFT_REASON_MAX}
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
