'use client';

// Run a scheduled job now: which job, optionally one store (protected-listings), and, only in
// the test environment (ASSAY_TEST_CLOCK), the moment it runs as.
import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { SelectField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function RunJobForm({ action, jobs, testClock }: { action: FormAction; jobs: string[]; testClock: boolean }) {
  const t = useTranslations('enforcement.jobs');
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <SelectField name="job" label={t('job')} defaultValue={state.values.job ?? jobs[0]} errors={state.fieldErrors.job} options={jobs.map((j) => ({ value: j, label: j }))} />
      <TextField name="store" label={t('store')} hint={t('storeHint')} defaultValue={state.values.store ?? ''} errors={state.fieldErrors.store} />
      {testClock ? <TextField name="asOf" type="datetime-local" label={t('asOf')} hint={t('asOfHint')} defaultValue={state.values.asOf ?? ''} errors={state.fieldErrors.asOf} /> : null}
      <Alert tone="error">{state.formError}</Alert>
      <Alert tone="success">{state.success}</Alert>
      <SubmitButton pendingLabel={t('pending')}>{t('runNow')}</SubmitButton>
    </form>
  );
}
