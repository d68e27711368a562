'use client';

// A reviewer's decision on a brand, a right or a power of attorney: verify (with an
// optional note) or reject (with the reason the brand agent will read). `version` is the
// one the page was rendered from, so a decision over someone else's is refused.
import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { REASON_MAX } from '@/lib/validations/rights';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function DecisionForm({ action, id, version, verifyLabel }: { action: FormAction; id: string; version: number; verifyLabel: string }) {
  const t = useTranslations('review.decision');
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField
        name="reason"
        label={t('reason')}
        hint={t('reasonHint')}
        rows={4}
        maxLength={REASON_MAX}
        defaultValue={state.values.reason}
        errors={state.fieldErrors.reason}
      />
      <Alert tone="error">{state.formError}</Alert>
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="decision" value="verify" pendingLabel={t('pending')}>
          {verifyLabel}
        </SubmitButton>
        <SubmitButton name="decision" value="reject" variant="danger" pendingLabel={t('pending')}>
          {t('reject')}
        </SubmitButton>
      </div>
    </form>
  );
}
