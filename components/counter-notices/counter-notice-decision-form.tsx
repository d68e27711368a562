'use client';

// A reviewer restores the listing or upholds the removal, with the reasons both parties
// read. `version` is the one the page was rendered from: of two reviewers deciding at once,
// one decision stands and the other is told which.
import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { DECISION_REASON_MAX } from '@/lib/domain/counter-notice';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function CounterNoticeDecisionForm({ action, counterNoticeId, version }: { action: FormAction; counterNoticeId: string; version: number }) {
  const t = useTranslations('counterNotices.review');
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="counterNoticeId" value={counterNoticeId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField
        name="reason"
        label={t('reason')}
        hint={t('reasonHint')}
        rows={5}
        maxLength={DECISION_REASON_MAX}
        defaultValue={state.values.reason}
        errors={state.fieldErrors.reason}
      />
      <Alert tone="error">{state.formError ?? (state.fieldErrors.decision ? state.fieldErrors.decision.join(' ') : null)}</Alert>
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="decision" value="restore" pendingLabel={t('pending')}>
          {t('restore')}
        </SubmitButton>
        <SubmitButton name="decision" value="uphold" variant="danger" pendingLabel={t('pending')}>
          {t('uphold')}
        </SubmitButton>
      </div>
    </form>
  );
}
