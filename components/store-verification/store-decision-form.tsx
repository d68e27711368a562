'use client';

// A reviewer's decision on a store's verification: verify (with an optional note) or reject
// (with the reason the seller will read). `version` is the one the page was rendered from,
// so of two reviewers deciding at once the second is refused.
import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { REASON_MAX } from '@/lib/validations/rights';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function StoreDecisionForm({ action, id, version }: { action: FormAction; id: string; version: number }) {
  const t = useTranslations('storeVerification.decision');
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
          {t('verify')}
        </SubmitButton>
        <SubmitButton name="decision" value="reject" variant="danger" pendingLabel={t('pending')}>
          {t('reject')}
        </SubmitButton>
      </div>
    </form>
  );
}
