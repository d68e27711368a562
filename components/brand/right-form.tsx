'use client';

// A right (trademark, copyright or design registration) with its certificate: added to a
// brand, corrected, or resubmitted after a rejection. One form for both; the hidden ids
// say which. Nothing typed is lost on an error (state.values), errors sit at their fields.
import { useActionState, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { FileUpload, type UploadedDocument } from '@/components/documents/file-upload';
import { Alert } from '@/components/ui/alert';
import { SelectField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { OFFICE_JURISDICTION, isCommonOffice } from '@/lib/domain/rights';
import { OFFICE_CHOICES, REGISTRATION_NUMBER_MAX, RIGHT_TYPES } from '@/lib/validations/rights';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** A right's current values, as strings the inputs show (dates as YYYY-MM-DD). */
export interface RightFormInitial {
  type: string;
  registrationNumber: string;
  office: string;
  jurisdiction: string;
  classes: string;
  ownerName: string;
  registeredAt: string;
  expiresAt: string;
}

export function RightForm({
  action,
  hidden,
  initial,
  submitLabel,
  ownerHint,
  certificate,
}: {
  action: FormAction;
  /** brandId for a new right; rightId and version for an edit. */
  hidden: Record<string, string>;
  initial?: RightFormInitial;
  submitLabel: string;
  /** The brand owner's name, offered as the usual registered owner. */
  ownerHint: string;
  /** The certificate already on the right (an edit). */
  certificate?: UploadedDocument | null;
}) {
  const t = useTranslations('brand.rightForm');
  const [state, formAction] = useActionState(action, initialActionState);
  const { values, fieldErrors: errors } = state;

  // The office select keeps "other" for offices it does not list; the text beside it holds the name.
  const initialOffice = initial ? (isCommonOffice(initial.office) ? initial.office : 'OTHER') : 'USPTO';
  const office = values.office ?? initialOffice;
  const [chosenOffice, setChosenOffice] = useState(office);
  const jurisdiction = useRef<HTMLInputElement>(null);

  function officeChanged(next: string) {
    setChosenOffice(next);
    // Fill the jurisdiction the office registers for, unless the agent typed another one.
    const input = jurisdiction.current;
    if (!input) return;
    const known = Object.values(OFFICE_JURISDICTION);
    if (isCommonOffice(next) && (input.value === '' || known.includes(input.value.toUpperCase()))) input.value = OFFICE_JURISDICTION[next];
  }

  return (
    <form action={formAction} noValidate className="space-y-5">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          name="type"
          label={t('type')}
          defaultValue={values.type ?? initial?.type ?? 'TRADEMARK'}
          errors={errors.type}
          options={RIGHT_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
        />
        <TextField
          name="registrationNumber"
          label={t('registrationNumber')}
          hint={t('registrationNumberHint')}
          maxLength={REGISTRATION_NUMBER_MAX + 10}
          defaultValue={values.registrationNumber ?? initial?.registrationNumber}
          errors={errors.registrationNumber}
          autoComplete="off"
        />
        <SelectField
          name="office"
          label={t('office')}
          defaultValue={office}
          errors={errors.office}
          onChange={(event) => officeChanged(event.target.value)}
          options={OFFICE_CHOICES.map((choice) => ({ value: choice, label: t(`offices.${choice}`) }))}
        />
        {chosenOffice === 'OTHER' ? (
          <TextField
            name="officeOther"
            label={t('officeOther')}
            hint={t('officeOtherHint')}
            maxLength={40}
            defaultValue={values.officeOther ?? (initial && !isCommonOffice(initial.office) ? initial.office : '')}
            errors={errors.officeOther}
          />
        ) : (
          <div aria-hidden="true" className="hidden sm:block" />
        )}
        <TextField
          ref={jurisdiction}
          name="jurisdiction"
          label={t('jurisdiction')}
          hint={t('jurisdictionHint')}
          maxLength={2}
          defaultValue={values.jurisdiction ?? initial?.jurisdiction ?? (isCommonOffice(office) ? OFFICE_JURISDICTION[office] : '')}
          errors={errors.jurisdiction}
        />
        <TextField
          name="classes"
          label={t('classes')}
          hint={t('classesHint')}
          inputMode="numeric"
          defaultValue={values.classes ?? initial?.classes}
          errors={errors.classes}
        />
      </div>
      <TextField name="ownerName" label={t('ownerName')} hint={t('ownerNameHint', { owner: ownerHint })} defaultValue={values.ownerName ?? initial?.ownerName} errors={errors.ownerName} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="registeredAt" type="date" label={t('registeredAt')} defaultValue={values.registeredAt ?? initial?.registeredAt} errors={errors.registeredAt} />
        <TextField
          name="expiresAt"
          type="date"
          label={t('expiresAt')}
          hint={t('expiresAtHint')}
          defaultValue={values.expiresAt ?? initial?.expiresAt}
          errors={errors.expiresAt}
        />
      </div>
      <FileUpload
        name="certificateDocumentId"
        kind="TRADEMARK_CERTIFICATE"
        label={t('certificate')}
        hint={t('certificateHint')}
        errors={errors.certificateDocumentId}
        defaultDocuments={certificate ? [certificate] : []}
      />
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton pendingLabel={t('pending')}>{submitLabel}</SubmitButton>
    </form>
  );
}
