'use client';

import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { markAllNotificationsReadAction, markNotificationReadAction } from './actions';

/** "Mark as read" for one notification; its accessible name says which one. */
export function MarkReadForm({ notificationId, subject }: { notificationId: string; subject: string }) {
  const t = useTranslations('notifications');
  const [state, action] = useActionState(markNotificationReadAction, initialActionState);
  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="notificationId" value={notificationId} />
      <SubmitButton variant="secondary" size="sm" pendingLabel={t('markingRead')} aria-label={`${t('markRead')}: ${subject}`}>
        {t('markRead')}
      </SubmitButton>
      <Alert tone="error">{state.formError}</Alert>
    </form>
  );
}

export function MarkAllReadForm({ hasUnread }: { hasUnread: boolean }) {
  const t = useTranslations('notifications');
  const [state, action] = useActionState(markAllNotificationsReadAction, initialActionState);
  return (
    <form action={action} className="flex flex-col items-end gap-2">
      <SubmitButton variant="secondary" pendingLabel={t('markingRead')} disabled={!hasUnread}>
        {t('markAllRead')}
      </SubmitButton>
      <Alert tone="error">{state.formError}</Alert>
      <Alert tone="success">{state.success}</Alert>
    </form>
  );
}
