'use client';

// The seller's counter-notice: a ground, a statement, evidence (uploaded as it is chosen,
// one field per kind of document), the two declarations and a typed signature. The server
// records the time and the network address with the signature.
import { useActionState, useState, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { FileUpload } from '@/components/documents/file-upload';
import { Alert } from '@/components/ui/alert';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { STATEMENT_MAX } from '@/lib/domain/counter-notice';
import { CounterNoticeGround } from '@/lib/generated/prisma/enums';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

function Declaration({ name, label, errors, defaultChecked }: { name: string; label: ReactNode; errors?: string[] | undefined; defaultChecked: boolean }) {
  return (
    <div className="space-y-1">
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          id={name}
          name={name}
          defaultChecked={defaultChecked}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `${name}-error` : undefined}
          className="mt-0.5 accent-brand-600"
        />
        <span>{label}</span>
      </label>
      {errors?.length ? (
        <p id={`${name}-error`} className="text-sm text-red-700" role="alert">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

export function CounterNoticeForm({ action, itemId, brandResponseDays }: { action: FormAction; itemId: string; brandResponseDays: number }) {
  const t = useTranslations('counterNotices.form');
  const grounds = useTranslations('counterNotices.ground');
  const groundHints = useTranslations('counterNotices.groundHint');
  const [state, formAction] = useActionState(action, initialActionState);
  const { values, fieldErrors: errors } = state;
  const [ground, setGround] = useState(values.ground ?? '');
  const groundKey = (CounterNoticeGround as Record<string, string>)[ground] as CounterNoticeGround | undefined;

  return (
    <form action={formAction} noValidate className="space-y-5" aria-labelledby="counter-notice-form-title">
      <div>
        <h2 id="counter-notice-form-title" className="text-lg font-semibold text-slate-900">
          {t('title')}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t('intro', { days: brandResponseDays })}</p>
      </div>
      <input type="hidden" name="itemId" value={itemId} />
      <SelectField
        name="ground"
        label={t('ground')}
        defaultValue={values.ground ?? ''}
        onChange={(event) => setGround(event.target.value)}
        errors={errors.ground}
        hint={groundKey ? groundHints(groundKey) : undefined}
        options={[
          { value: '', label: t('groundPlaceholder') },
          ...Object.values(CounterNoticeGround).map((g) => ({ value: g, label: grounds(g) })),
        ]}
      />
      <TextAreaField
        name="statement"
        label={t('statement')}
        hint={t('statementHint')}
        rows={6}
        maxLength={STATEMENT_MAX}
        defaultValue={values.statement}
        errors={errors.statement}
      />
      <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t('evidenceTitle')}</legend>
        <p className="text-xs text-slate-600">{t('evidenceHint')}</p>
        <FileUpload name="invoiceDocumentIds" kind="INVOICE" label={t('invoices')} multiple errors={errors.invoiceDocumentIds} />
        <FileUpload
          name="authorizationDocumentIds"
          kind="AUTHORIZATION_LETTER"
          label={t('authorizations')}
          multiple
          errors={errors.authorizationDocumentIds}
        />
        <FileUpload name="otherDocumentIds" kind="OTHER" label={t('others')} multiple errors={errors.otherDocumentIds} />
      </fieldset>
      <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t('declarationsTitle')}</legend>
        <Declaration name="perjuryDeclared" label={t('perjury')} errors={errors.perjuryDeclared} defaultChecked={values.perjuryDeclared === 'on'} />
        <Declaration
          name="jurisdictionConsent"
          label={t('jurisdiction')}
          errors={errors.jurisdictionConsent}
          defaultChecked={values.jurisdictionConsent === 'on'}
        />
        <TextField
          name="signatureName"
          label={t('signature')}
          hint={t('signatureHint')}
          autoComplete="name"
          maxLength={120}
          defaultValue={values.signatureName}
          errors={errors.signatureName}
        />
      </fieldset>
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
    </form>
  );
}
