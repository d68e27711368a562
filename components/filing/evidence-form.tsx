'use client';

// Step (d): evidence. The kind is chosen first (it decides which file types the upload
// takes), the files go to the evidence store as they are chosen, and the form attaches
// them to the whole claim or to one listing. Confidential files are marked at upload.
import { useActionState, useState } from 'react';
import { useTranslations } from 'use-intl';
import { FileUpload } from '@/components/documents/file-upload';
import { Alert } from '@/components/ui/alert';
import { SelectField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { EVIDENCE_KINDS, type EvidenceKind } from '@/lib/domain/claim-filing';
import { EVIDENCE_DESCRIPTION_MAX } from '@/lib/validations/claim-filing';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function EvidenceForm({ action, claimId, targets }: { action: FormAction; claimId: string; targets: { value: string; label: string }[] }) {
  const t = useTranslations('filing.evidence');
  const [state, formAction] = useActionState(action, initialActionState);
  const [kind, setKind] = useState<EvidenceKind>(
    (EVIDENCE_KINDS as readonly string[]).includes(state.values.kind ?? '') ? (state.values.kind as EvidenceKind) : 'TEST_PURCHASE',
  );
  // A fresh upload field after each attach (and when the kind changes: files are stored as a kind).
  const [round, setRound] = useState(0);
  const [lastSuccess, setLastSuccess] = useState<string | null | undefined>(null);
  if (state.success !== lastSuccess) {
    setLastSuccess(state.success);
    if (state.success) setRound((n) => n + 1);
  }
  return (
    <form action={formAction} noValidate className="space-y-5">
      <input type="hidden" name="claimId" value={claimId} />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          name="kind"
          label={t('kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as EvidenceKind)}
          errors={state.fieldErrors.kind}
          options={EVIDENCE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <SelectField
          name="target"
          label={t('target')}
          defaultValue={state.values.target ?? ''}
          errors={state.fieldErrors.target}
          options={[{ value: '', label: t('wholeClaim') }, ...targets]}
        />
      </div>
      <FileUpload
        key={`${kind}-${round}`}
        name="documentIds"
        kind={kind}
        multiple
        confidentialOption
        label={t('file')}
        errors={state.fieldErrors.documentIds}
      />
      <TextField
        name="description"
        label={t('description')}
        hint={t('descriptionHint')}
        maxLength={EVIDENCE_DESCRIPTION_MAX + 50}
        defaultValue={state.values.description ?? ''}
        errors={state.fieldErrors.description}
      />
      <Alert tone="error">{state.formError}</Alert>
      <Alert tone="success">{state.success}</Alert>
      <SubmitButton variant="secondary" pendingLabel={t('attaching')}>
        {t('attach')}
      </SubmitButton>
    </form>
  );
}
