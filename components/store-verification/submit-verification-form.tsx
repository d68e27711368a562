'use client';

// The seller's store verification: the business licence and the owner's identity document
// (each uploaded as it is chosen, through the evidence store) and the facts they prove. A
// ban on any of the keys is shown at the field it came from.
import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { FileUpload } from '@/components/documents/file-upload';
import { Alert } from '@/components/ui/alert';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** `previous`: what the last (rejected) submission declared, so a resubmission starts from it. */
export function SubmitVerificationForm({
  action,
  storeId,
  previous,
}: {
  action: FormAction;
  storeId: string;
  previous: { licenceNumber: string | null; ownerName: string | null; ownerPhone: string | null };
}) {
  const t = useTranslations('storeVerification.form');
  const [state, formAction] = useActionState(action, initialActionState);
  const { values, fieldErrors: errors } = state;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <input type="hidden" name="storeId" value={storeId} />
      <FileUpload
        name="businessLicenceDocumentId"
        kind="BUSINESS_LICENCE"
        label={t('businessLicence')}
        hint={t('businessLicenceHint')}
        errors={errors.businessLicenceDocumentId}
      />
      <FileUpload
        name="identityDocumentId"
        kind="IDENTITY_DOCUMENT"
        label={t('identityDocument')}
        hint={t('identityDocumentHint')}
        errors={errors.identityDocumentId}
      />
      <TextField
        name="licenceNumber"
        label={t('licenceNumber')}
        hint={t('licenceNumberHint')}
        defaultValue={values.licenceNumber ?? previous.licenceNumber ?? ''}
        errors={errors.licenceNumber}
        className="sm:max-w-md"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="ownerName"
          label={t('ownerName')}
          autoComplete="name"
          defaultValue={values.ownerName ?? previous.ownerName ?? ''}
          errors={errors.ownerName}
        />
        <TextField
          name="ownerPhone"
          type="tel"
          label={t('ownerPhone')}
          hint={t('ownerPhoneHint')}
          autoComplete="tel"
          inputMode="tel"
          defaultValue={values.ownerPhone ?? previous.ownerPhone ?? ''}
          errors={errors.ownerPhone}
        />
      </div>
      <Alert tone="info">{t('privacy')}</Alert>
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
    </form>
  );
}
