'use client';

import { useActionState, useRef } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { takeNextClaimItemAction } from '@/app/(portal)/review/actions';
import { useKeyboardReady, useKeyboardShortcut } from './keyboard';

/** "Take next": the front of the queue, taken atomically and opened (shortcut N). */
export function TakeNextButton({ variant = 'primary' }: { variant?: 'primary' | 'secondary' }) {
  const t = useTranslations('review.takeNext');
  const [state, action] = useActionState(takeNextClaimItemAction, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  useKeyboardShortcut('n', () => form.current?.requestSubmit());
  const keyboardReady = useKeyboardReady();
  return (
    <form ref={form} action={action} data-keyboard={keyboardReady ? 'ready' : undefined} className="flex flex-wrap items-center gap-3">
      <SubmitButton variant={variant} pendingLabel={t('pending')} aria-keyshortcuts="N">
        {t('label')}
      </SubmitButton>
      <Alert tone="error">{state.formError}</Alert>
    </form>
  );
}
