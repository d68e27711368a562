'use client';

// The brand shows it is pursuing the matter, within its window. `version` is the one the
// page was rendered from: a response over a changed counter-notice is refused.
import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { RESPONSE_MAX } from '@/lib/domain/counter-notice';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function BrandResponseForm({ action, counterNoticeId, version }: { action: FormAction; counterNoticeId: string; version: number }) {
  const t = useTranslations('counterNotices.brand');
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="counterNoticeId" value={counterNoticeId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField
        name="response"
        label={t('response')}
        hint={t('responseHint')}
        rows={6}
        maxLength={RESPONSE_MAX}
        defaultValue={state.values.response}
        errors={state.fieldErrors.response}
      />
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
    </form>
  );
}
