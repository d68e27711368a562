'use client';

// The brand's answer to a reviewer's request for information about one listing. One form
// per waiting item on the claim's page, so every control's id carries the item's id.
import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { DECISION_TEXT_MAX } from '@/lib/validations/claim-items';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function AnswerInfoForm({ action, claimId, itemId }: { action: FormAction; claimId: string; itemId: string }) {
  const t = useTranslations('claims.answer');
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="itemId" value={itemId} />
      <TextAreaField
        name="answer"
        id={`answer-${itemId}`}
        label={t('label')}
        hint={t('hint')}
        rows={4}
        maxLength={DECISION_TEXT_MAX}
        required
        defaultValue={state.values.answer}
        errors={state.fieldErrors.answer}
      />
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
    </form>
  );
}
