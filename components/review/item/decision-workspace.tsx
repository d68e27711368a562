'use client';

import { useActionState, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { cn } from '@/lib/cn';
import { RejectionReason, RemovalReason } from '@/lib/generated/prisma/enums';
import {
  rejectClaimItemAction,
  releaseClaimItemAction,
  removeClaimItemAction,
  requestClaimItemInfoAction,
  takeClaimItemAction,
} from '@/app/(portal)/review/items/[id]/actions';
import { submitOnEnter, useKeyboardReady, useKeyboardShortcut } from '../keyboard';

/** Who holds the item: nobody (anyone may decide), me, another reviewer, or nobody any more (decided). */
export type WorkspaceMode = 'open' | 'mine' | 'other' | 'closed';

type Tab = 'remove' | 'reject' | 'info';

const FIRST_FIELD: Record<Tab, string> = { remove: 'removalReason', reject: 'rejectionReason', info: 'message' };
const TAB_KEY: Record<Tab, string> = { remove: 'R', reject: 'J', info: 'I' };

export interface DecisionWorkspaceProps {
  itemId: string;
  version: number;
  mode: WorkspaceMode;
  /** "Ren Reviewer, since 14:02 UTC" — who took it, when (open: null). */
  holder: { name: string; since: string } | null;
  suggestedRemovalReason: RemovalReason | null;
  /** The claim's rights a removal may rest on now (verified, unexpired). */
  usableRights: { id: string; label: string }[];
  /** The decision that stands, shown once the item is no longer open. */
  children?: ReactNode;
}

/**
 * The reviewer's side of the item page: take or release it, then remove, reject or ask
 * the brand — each a form carrying the item's version, so a decision made on a page that
 * has gone stale is refused. Everything works from the keyboard (T, R, J, I; Enter submits).
 * It stays mounted when the item changes under it, so a refusal ("already decided by …")
 * is still shown beside the decision that won.
 */
export function DecisionWorkspace({ itemId, version, mode, holder, suggestedRemovalReason, usableRights, children }: DecisionWorkspaceProps) {
  const t = useTranslations('review.itemDecision');
  const removalReasons = useTranslations('review.removalReason');
  const rejectionReasons = useTranslations('review.rejectionReason');
  const [takeState, takeAction] = useActionState(takeClaimItemAction, initialActionState);
  const [releaseState, releaseAction] = useActionState(releaseClaimItemAction, initialActionState);
  const [removeState, removeAction] = useActionState(removeClaimItemAction, initialActionState);
  const [rejectState, rejectAction] = useActionState(rejectClaimItemAction, initialActionState);
  const [infoState, infoAction] = useActionState(requestClaimItemInfoAction, initialActionState);

  const [tab, setTab] = useState<Tab>('remove');
  const [focusRequest, setFocusRequest] = useState<{ tab: Tab; n: number } | null>(null);
  const holdForm = useRef<HTMLFormElement>(null);
  const standing = useRef<HTMLDivElement>(null);
  const previousMode = useRef(mode);
  const mayDecide = mode === 'open' || mode === 'mine';
  const keyboardReady = useKeyboardReady();

  const open = (next: Tab) => {
    setTab(next);
    setFocusRequest((r) => ({ tab: next, n: (r?.n ?? 0) + 1 }));
  };
  useEffect(() => {
    if (focusRequest) document.getElementById(FIRST_FIELD[focusRequest.tab])?.focus();
  }, [focusRequest]);
  // Once decided, the decision that stands takes the focus, so it is read out and Tab goes on from it.
  useEffect(() => {
    if (previousMode.current !== 'closed' && mode === 'closed') standing.current?.focus();
    previousMode.current = mode;
  }, [mode]);

  useKeyboardShortcut('r', () => open('remove'), mayDecide);
  useKeyboardShortcut('j', () => open('reject'), mayDecide);
  useKeyboardShortcut('i', () => open('info'), mayDecide);
  useKeyboardShortcut('t', () => holdForm.current?.requestSubmit(), mode !== 'closed');

  // While the forms are shown, each shows its own refusal; once they are gone (someone else
  // took or decided the item), every refusal is shown above what now stands.
  const holdErrors = [takeState, releaseState].map((s) => s.formError).filter((m): m is string => !!m);
  const allErrors = [...holdErrors, ...[removeState, rejectState, infoState].map((s) => s.formError).filter((m): m is string => !!m)];
  const hidden = (
    <>
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="version" value={version} />
    </>
  );

  return (
    <section aria-labelledby="decision-title" data-keyboard={keyboardReady ? 'ready' : undefined} className="space-y-4">
      <h2 id="decision-title" className="text-lg font-semibold text-slate-900">
        {t('title')}
      </h2>

      {!mayDecide
        ? allErrors.map((message) => (
            <Alert key={message} tone="error">
              {message}
            </Alert>
          ))
        : null}

      {mode === 'closed' ? (
        <>
          <div ref={standing} tabIndex={-1} role="status" className="outline-none focus-visible:ring-2 focus-visible:ring-brand-600 rounded-md">
            {children}
          </div>
        </>
      ) : (
        <form ref={holdForm} action={mode === 'open' ? takeAction : releaseAction} className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3">
          {hidden}
          <p className="text-sm text-slate-700">
            {mode === 'open' ? t('hold.open') : mode === 'mine' ? t('hold.mine', { since: holder?.since ?? '' }) : t('hold.other', { name: holder?.name ?? '', since: holder?.since ?? '' })}
          </p>
          {mayDecide
            ? holdErrors.map((message) => (
                <Alert key={message} tone="error">
                  {message}
                </Alert>
              ))
            : null}
          <SubmitButton variant="secondary" size="sm" aria-keyshortcuts="T" pendingLabel={t('pending')}>
            {mode === 'open' ? t('hold.take') : t('hold.release')}
            <Kbd>T</Kbd>
          </SubmitButton>
        </form>
      )}

      {mayDecide ? (
        <div className="space-y-3">
          <div role="tablist" aria-label={t('kinds')} className="flex gap-1 border-b border-slate-200">
            {(['remove', 'reject', 'info'] as const).map((kind) => (
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
                <Kbd>{TAB_KEY[kind]}</Kbd>
              </button>
            ))}
          </div>

          <div role="tabpanel" id="panel-remove" aria-labelledby="tab-remove" hidden={tab !== 'remove'}>
            <form action={removeAction} className="space-y-3">
              {hidden}
              <FormError state={removeState} />
              <SelectField
                name="removalReason"
                label={t('remove.reason')}
                defaultValue={removeState.values.removalReason ?? suggestedRemovalReason ?? ''}
                errors={removeState.fieldErrors.removalReason}
                onKeyDown={submitOnEnter}
                options={[
                  { value: '', label: t('remove.chooseReason') },
                  ...Object.values(RemovalReason).map((r) => ({ value: r, label: removalReasons(r) })),
                ]}
              />
              {usableRights.length ? (
                <SelectField
                  name="rightId"
                  label={t('remove.right')}
                  hint={t('remove.rightHint')}
                  defaultValue={removeState.values.rightId ?? (usableRights.length === 1 ? usableRights[0]!.id : '')}
                  errors={removeState.fieldErrors.rightId}
                  onKeyDown={submitOnEnter}
                  options={[{ value: '', label: t('remove.chooseRight') }, ...usableRights.map((r) => ({ value: r.id, label: r.label }))]}
                />
              ) : (
                <Alert tone="error">{t('remove.noUsableRight')}</Alert>
              )}
              <TextAreaField
                name="removalNote"
                label={t('remove.note')}
                hint={t('remove.noteHint')}
                rows={3}
                defaultValue={removeState.values.removalNote ?? ''}
                errors={removeState.fieldErrors.removalNote}
                onKeyDown={submitOnEnter}
              />
              <SubmitButton variant="danger" disabled={!usableRights.length} pendingLabel={t('pending')}>
                {t('remove.submit')}
              </SubmitButton>
            </form>
          </div>

          <div role="tabpanel" id="panel-reject" aria-labelledby="tab-reject" hidden={tab !== 'reject'}>
            <form action={rejectAction} className="space-y-3">
              {hidden}
              <FormError state={rejectState} />
              <SelectField
                name="rejectionReason"
                label={t('reject.reason')}
                defaultValue={rejectState.values.rejectionReason ?? ''}
                errors={rejectState.fieldErrors.rejectionReason}
                onKeyDown={submitOnEnter}
                options={[
                  { value: '', label: t('reject.chooseReason') },
                  ...Object.values(RejectionReason).map((r) => ({ value: r, label: rejectionReasons(r) })),
                ]}
              />
              <TextAreaField
                name="rejectionNote"
                label={t('reject.note')}
                hint={t('reject.noteHint')}
                rows={3}
                defaultValue={rejectState.values.rejectionNote ?? ''}
                errors={rejectState.fieldErrors.rejectionNote}
                onKeyDown={submitOnEnter}
              />
              <SubmitButton pendingLabel={t('pending')}>{t('reject.submit')}</SubmitButton>
            </form>
          </div>

          <div role="tabpanel" id="panel-info" aria-labelledby="tab-info" hidden={tab !== 'info'}>
            <form action={infoAction} className="space-y-3">
              {hidden}
              <FormError state={infoState} />
              <TextAreaField
                name="message"
                label={t('info.message')}
                hint={t('info.messageHint')}
                rows={4}
                defaultValue={infoState.values.message ?? ''}
                errors={infoState.fieldErrors.message}
                onKeyDown={submitOnEnter}
              />
              <SubmitButton variant="secondary" pendingLabel={t('pending')}>
                {t('info.submit')}
              </SubmitButton>
            </form>
          </div>
        </div>
      ) : null}
    </section>
  );
}

function FormError({ state }: { state: ActionState }) {
  return <Alert tone="error">{state.formError}</Alert>;
}

function Kbd({ children }: { children: ReactNode }) {
  return (
    <kbd aria-hidden="true" className="rounded border border-current/30 px-1 font-mono text-[0.7rem] leading-4 opacity-70">
      {children}
    </kbd>
  );
}
