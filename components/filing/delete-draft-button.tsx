'use client';

// Deleting a draft asks first, in place: the question and its two answers replace the
// button, and focus moves to the question's first answer (keyboard users stay oriented).
import { useActionState, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function DeleteDraftButton({ action, claimId, brandName }: { action: FormAction; claimId: string; brandName: string }) {
  const t = useTranslations('filing.delete');
  const [state, formAction] = useActionState(action, initialActionState);
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const questionId = `delete-${claimId}-question`;

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <Button type="button" variant="secondary" size="sm" aria-label={t('buttonLabel', { brand: brandName })} onClick={() => setAsking(true)}>
        {t('button')}
      </Button>
    );
  }
  return (
    <form action={formAction} role="group" aria-labelledby={questionId} className="max-w-sm space-y-2 rounded-md border border-red-200 bg-red-50 p-3">
      <input type="hidden" name="claimId" value={claimId} />
      <p id={questionId} className="text-sm text-red-900">
        {t('question')}
      </p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="danger" size="sm" pendingLabel={t('pending')}>
          {t('confirm')}
        </SubmitButton>
        <Button ref={cancelRef} type="button" variant="secondary" size="sm" onClick={() => setAsking(false)}>
          {t('cancel')}
        </Button>
      </div>
      <Alert tone="error">{state.formError}</Alert>
    </form>
  );
}
