'use client';

// The reviewer's decision on an expedited takedown (journey 5): confirm it (a removal's reason
// and right; the strike follows) or overturn it (a rejection reason and words; the listing comes
// back). Each form carries the item's version, so of two reviewers deciding at once one is told
// it was already decided. Keyboard: C and O open the forms; Enter in a field submits.
import { useActionState, useEffect, useState, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { cn } from '@/lib/cn';
import { RejectionReason, RemovalReason } from '@/lib/generated/prisma/enums';
import { confirmExpeditedAction, overturnExpeditedAction } from '@/app/(portal)/review/items/[id]/expedited-actions';
import { submitOnEnter, useKeyboardReady, useKeyboardShortcut } from '@/components/review/keyboard';

type Tab = 'confirm' | 'overturn';
const FIRST_FIELD: Record<Tab, string> = { confirm: 'removalReason', overturn: 'rejectionReason' };
const TAB_KEY: Record<Tab, string> = { confirm: 'C', overturn: 'O' };

export interface ExpeditedDecisionProps {
  itemId: string;
  version: number;
  usableRights: { id: string; label: string }[];
  /** Still waiting for a reviewer (REMOVED, undecided): the forms are shown. */
  awaiting: boolean;
  /** What the takedown is (when, for which brand), shown above the forms. */
  summary: ReactNode;
  /** The decision that stands, once made. */
  children?: ReactNode;
}

export function ExpeditedDecision({ itemId, version, usableRights, awaiting, summary, children }: ExpeditedDecisionProps) {
  const t = useTranslations('trust.review');
  const removalReasons = useTranslations('review.removalReason');
  const rejectionReasons = useTranslations('review.rejectionReason');
  const [confirmState, confirmAction] = useActionState(confirmExpeditedAction, initialActionState);
  const [overturnState, overturnAction] = useActionState(overturnExpeditedAction, initialActionState);
  const [tab, setTab] = useState<Tab>('confirm');
  const [focusRequest, setFocusRequest] = useState<{ tab: Tab; n: number } | null>(null);
  const keyboardReady = useKeyboardReady();
  const open = (next: Tab) => {
    setTab(next);
    setFocusRequest((r) => ({ tab: next, n: (r?.n ?? 0) + 1 }));
  };
  useEffect(() => {
    if (focusRequest) document.getElementById(FIRST_FIELD[focusRequest.tab])?.focus();
  }, [focusRequest]);
  useKeyboardShortcut('c', () => open('confirm'), awaiting);
  useKeyboardShortcut('o', () => open('overturn'), awaiting);
  // Once decided (here or by someone else), the forms go; a refusal stays above what now stands.
  const errors = [confirmState.formError, overturnState.formError].filter((m): m is string => !!m);

  const hidden = (
    <>
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="version" value={version} />
    </>
  );

  return (
    <section aria-labelledby="expedited-decision-title" data-keyboard={keyboardReady ? 'ready' : undefined} className="space-y-4">
      <h2 id="expedited-decision-title" className="text-lg font-semibold text-slate-900">
        {t('decisionTitle')}
      </h2>
      <div className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">{summary}</div>
      {awaiting ? null : (
        <>
          {errors.map((message) => (
            <Alert key={message} tone="error">
              {message}
            </Alert>
          ))}
          <div role="status">{children}</div>
        </>
      )}
      {awaiting ? (
        <>
      <div role="tablist" aria-label={t('decisionKinds')} className="flex gap-1 border-b border-slate-200">
        {(['confirm', 'overturn'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            role="tab"
            id={`tab-${kind}`}
            aria-selected={tab === kind}
            aria-controls={`panel-${kind}`}
            aria-keyshortcuts={TAB_KEY[kind]}
            onClick={() => setTab(kind)}
            className={cn(
              '-mb-px inline-flex items-center gap-1.5 rounded-t-md border px-3 py-2 text-sm font-medium',
              tab === kind ? 'border-slate-200 border-b-white bg-white text-slate-900' : 'border-transparent text-slate-600 hover:text-slate-900',
            )}
          >
            {t(`tabs.${kind}`)}
            <kbd aria-hidden="true" className="rounded border border-current/30 px-1 font-mono text-[0.7rem] leading-4 opacity-70">
              {TAB_KEY[kind]}
            </kbd>
          </button>
        ))}
      </div>

      <div role="tabpanel" id="panel-confirm" aria-labelledby="tab-confirm" hidden={tab !== 'confirm'}>
        <form action={confirmAction} className="space-y-3">
          {hidden}
          <Alert tone="error">{confirmState.formError}</Alert>
          <SelectField
            name="removalReason"
            label={t('confirm.reason')}
            defaultValue={confirmState.values.removalReason ?? 'COUNTERFEIT'}
            errors={confirmState.fieldErrors.removalReason}
            onKeyDown={submitOnEnter}
            options={Object.values(RemovalReason).map((r) => ({ value: r, label: removalReasons(r) }))}
          />
          {usableRights.length ? (
            <SelectField
              name="rightId"
              label={t('confirm.right')}
              defaultValue={confirmState.values.rightId ?? (usableRights.length === 1 ? usableRights[0]!.id : '')}
              errors={confirmState.fieldErrors.rightId}
              onKeyDown={submitOnEnter}
              options={[{ value: '', label: t('confirm.chooseRight') }, ...usableRights.map((r) => ({ value: r.id, label: r.label }))]}
            />
          ) : (
            <Alert tone="error">{t('confirm.noUsableRight')}</Alert>
          )}
          <TextAreaField
            name="confirmNote"
            label={t('confirm.note')}
            hint={t('confirm.noteHint')}
            rows={3}
            defaultValue={confirmState.values.confirmNote ?? ''}
            errors={confirmState.fieldErrors.confirmNote}
            onKeyDown={submitOnEnter}
          />
          <SubmitButton variant="danger" disabled={!usableRights.length} pendingLabel={t('pending')}>
            {t('confirm.submit')}
          </SubmitButton>
        </form>
      </div>

      <div role="tabpanel" id="panel-overturn" aria-labelledby="tab-overturn" hidden={tab !== 'overturn'}>
        <form action={overturnAction} className="space-y-3">
          {hidden}
          <Alert tone="error">{overturnState.formError}</Alert>
          <SelectField
            name="rejectionReason"
            label={t('overturn.reason')}
            defaultValue={overturnState.values.rejectionReason ?? ''}
            errors={overturnState.fieldErrors.rejectionReason}
            onKeyDown={submitOnEnter}
            options={[
              { value: '', label: t('overturn.chooseReason') },
              ...Object.values(RejectionReason).map((r) => ({ value: r, label: rejectionReasons(r) })),
            ]}
          />
          <TextAreaField
            name="overturnNote"
            label={t('overturn.note')}
            hint={t('overturn.noteHint')}
            rows={3}
            defaultValue={overturnState.values.overturnNote ?? ''}
            errors={overturnState.fieldErrors.overturnNote}
            onKeyDown={submitOnEnter}
          />
          <SubmitButton pendingLabel={t('pending')}>{t('overturn.submit')}</SubmitButton>
        </form>
      </div>
        </>
      ) : null}
    </section>
  );
}
