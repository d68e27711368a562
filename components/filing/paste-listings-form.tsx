'use client';

// Step (b): listing IDs or URLs pasted one per line. Lines that match no active listing
// come back named by line number at the field, with the text as typed; nothing is added.
import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function PasteListingsForm({ action, claimId }: { action: FormAction; claimId: string }) {
  const t = useTranslations('filing.listings.paste');
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="claimId" value={claimId} />
      <TextAreaField
        name="references"
        label={t('label')}
        hint={t('hint')}
        rows={5}
        className="font-mono"
        defaultValue={state.values.references ?? ''}
        errors={state.fieldErrors.references}
      />
      <Alert tone="error">{state.formError}</Alert>
      <Alert tone="success">{state.success}</Alert>
      <SubmitButton variant="secondary" pendingLabel={t('adding')}>
        {t('submit')}
      </SubmitButton>
    </form>
  );
}
