'use client';

// Withdrawing one listing of a claim, or the whole claim, with the reason the record keeps.
// The item form carries the item's version as the page showed it: if a reviewer decided in
// the meantime, the withdrawal is refused and the page shows what stands.
import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { WITHDRAWAL_REASON_MAX } from '@/lib/domain/claim-withdrawal';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

type Target = { kind: 'item'; itemId: string; version: number } | { kind: 'claim'; claimId: string };

export function WithdrawForm({ action, target, warning }: { action: FormAction; target: Target; warning: string }) {
  const t = useTranslations('claims.withdraw');
  const [state, formAction] = useActionState(action, initialActionState);
  const key = target.kind === 'item' ? target.itemId : target.claimId;
  return (
    <form action={formAction} noValidate className="space-y-3">
      {target.kind === 'item' ? (
        <>
          <input type="hidden" name="itemId" value={target.itemId} />
          <input type="hidden" name="version" value={target.version} />
        </>
      ) : (
        <input type="hidden" name="claimId" value={target.claimId} />
      )}
      <p className="text-sm text-slate-700">{warning}</p>
      <TextAreaField
        name="reason"
        id={`reason-${key}`}
        label={t('reason')}
        hint={t('reasonHint')}
        rows={3}
        maxLength={WITHDRAWAL_REASON_MAX}
        required
        defaultValue={state.values.reason}
        errors={state.fieldErrors.reason}
      />
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton variant="danger" pendingLabel={t('pending')}>
        {target.kind === 'item' ? t('submitItem') : t('submitClaim')}
      </SubmitButton>
    </form>
  );
}
