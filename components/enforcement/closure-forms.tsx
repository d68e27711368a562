'use client';

// The reviewer's closure forms (propose with or without a ban, dismiss, approve or decline),
// the appeal decision, and the seller's appeal. Each carries the version its page was
// rendered from, so of two reviewers acting at once one wins and the other is told.
import { useActionState, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { APPEAL_STATEMENT_MAX, DECISION_REASON_MAX, RATIONALE_MAX } from '@/lib/domain/closure';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

function BanCheckbox({ id, label, defaultChecked }: { id: string; label: ReactNode; defaultChecked: boolean }) {
  return (
    <label htmlFor={id} className="flex items-start gap-2 text-sm text-slate-800">
      <input type="checkbox" id={id} name="includeBan" defaultChecked={defaultChecked} className="mt-0.5 accent-brand-600" />
      <span>{label}</span>
    </label>
  );
}

/** Propose: an OPEN proposal (proposalId + version) or a store directly (storeId). */
export function ProposeClosureForm({ action, proposalId, version, storeId }: { action: FormAction; proposalId?: string; version?: number; storeId?: string }) {
  const t = useTranslations('enforcement.closure');
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      {proposalId ? <input type="hidden" name="proposalId" value={proposalId} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {storeId ? <input type="hidden" name="storeId" value={storeId} /> : null}
      <TextAreaField
        name="rationale"
        id="propose-rationale"
        label={t('rationaleLabel')}
        hint={t('rationaleHint')}
        rows={4}
        maxLength={RATIONALE_MAX}
        defaultValue={state.values.rationale}
        errors={state.fieldErrors.rationale}
      />
      <BanCheckbox id="propose-include-ban" label={t('includeBanLabel')} defaultChecked={state.values.includeBan === 'on'} />
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton pendingLabel={t('pending')}>{t('propose')}</SubmitButton>
    </form>
  );
}

export function WithdrawClosureForm({ action, proposalId, version }: { action: FormAction; proposalId: string; version: number }) {
  const t = useTranslations('enforcement.closure');
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField
        name="reason"
        id="withdraw-reason"
        label={t('dismissReason')}
        rows={3}
        maxLength={DECISION_REASON_MAX}
        defaultValue={state.values.reason}
        errors={state.fieldErrors.reason}
      />
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton variant="secondary" pendingLabel={t('pending')}>
        {t('dismiss')}
      </SubmitButton>
    </form>
  );
}

interface DecisionButton {
  value: string;
  label: string;
  variant?: 'danger' | 'secondary';
}

/**
 * A decision with a required reason and two outcomes (the closure's approve/decline, the
 * appeal's grant/deny): the pressed button names the decision.
 */
function TwoWayDecisionForm(props: {
  action: FormAction;
  idField: { name: string; value: string };
  version: number;
  reason: { id: string; label: string; hint: string };
  pendingLabel: string;
  buttons: [DecisionButton, DecisionButton];
}) {
  const [state, formAction] = useActionState(props.action, initialActionState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name={props.idField.name} value={props.idField.value} />
      <input type="hidden" name="version" value={props.version} />
      <TextAreaField
        name="reason"
        id={props.reason.id}
        label={props.reason.label}
        hint={props.reason.hint}
        rows={4}
        maxLength={DECISION_REASON_MAX}
        defaultValue={state.values.reason}
        errors={state.fieldErrors.reason}
      />
      <Alert tone="error">{state.formError ?? (state.fieldErrors.decision ? state.fieldErrors.decision.join(' ') : null)}</Alert>
      <div className="flex flex-wrap gap-3">
        {props.buttons.map((b) => (
          <SubmitButton key={b.value} name="decision" value={b.value} {...(b.variant ? { variant: b.variant } : {})} pendingLabel={props.pendingLabel}>
            {b.label}
          </SubmitButton>
        ))}
      </div>
    </form>
  );
}

export function DecideClosureForm({ action, proposalId, version }: { action: FormAction; proposalId: string; version: number }) {
  const t = useTranslations('enforcement.closure');
  return (
    <TwoWayDecisionForm
      action={action}
      idField={{ name: 'proposalId', value: proposalId }}
      version={version}
      reason={{ id: 'decide-reason', label: t('decisionReason'), hint: t('decisionReasonHint') }}
      pendingLabel={t('pending')}
      buttons={[
        { value: 'approve', label: t('approve'), variant: 'danger' },
        { value: 'decline', label: t('decline'), variant: 'secondary' },
      ]}
    />
  );
}

export function DecideAppealForm({ action, appealId, version }: { action: FormAction; appealId: string; version: number }) {
  const t = useTranslations('enforcement.appeal');
  return (
    <TwoWayDecisionForm
      action={action}
      idField={{ name: 'appealId', value: appealId }}
      version={version}
      reason={{ id: 'appeal-reason', label: t('reason'), hint: t('reasonHint') }}
      pendingLabel={t('pending')}
      buttons={[
        { value: 'grant', label: t('grant') },
        { value: 'deny', label: t('deny'), variant: 'danger' },
      ]}
    />
  );
}

export function FileAppealForm({ action, proposalId }: { action: FormAction; proposalId: string }) {
  const t = useTranslations('enforcement.seller');
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="proposalId" value={proposalId} />
      <TextAreaField
        name="statement"
        id="appeal-statement"
        label={t('appealStatement')}
        hint={t('appealStatementHint')}
        rows={6}
        maxLength={APPEAL_STATEMENT_MAX}
        defaultValue={state.values.statement}
        errors={state.fieldErrors.statement}
      />
      <Alert tone="error">{state.formError}</Alert>
      <SubmitButton pendingLabel={t('pending')}>{t('fileAppeal')}</SubmitButton>
    </form>
  );
}
