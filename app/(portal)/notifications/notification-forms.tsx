'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { markAllNotificationsReadAction, markNotificationReadAction } from './actions';

// The labels come from the page, not useTranslations('notifications'): the client catalogue
// (lib/i18n/client-messages.ts) is sent with every page, and these three short strings do
// not justify shipping the whole notifications namespace (~15 KB) to every page.
export type MarkReadLabels = { markRead: string; markingRead: string; markAllRead: string };

/** "Mark as read" for one notification; its accessible name says which one. */
export function MarkReadForm({ notificationId, subject, labels }: { notificationId: string; subject: string; labels: MarkReadLabels }) {
  const [state, action] = useActionState(markNotificationReadAction, initialActionState);
  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="notificationId" value={notificationId} />
      <SubmitButton variant="secondary" size="sm" pendingLabel={labels.markingRead} aria-label={`${labels.markRead}: ${subject}`}>
        {labels.markRead}
      </SubmitButton>
      <Alert tone="error">{state.formError}</Alert>
    </form>
  );
}

export function MarkAllReadForm({ hasUnread, labels }: { hasUnread: boolean; labels: MarkReadLabels }) {
  const [state, action] = useActionState(markAllNotificationsReadAction, initialActionState);
  return (
    <form action={action} className="flex flex-col items-end gap-2">
      <SubmitButton variant="secondary" pendingLabel={labels.markingRead} disabled={!hasUnread}>
        {labels.markAllRead}
      </SubmitButton>
      <Alert tone="error">{state.formError}</Alert>
      <Alert tone="success">{state.success}</Alert>
    </form>
  );
}
