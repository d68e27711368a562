'use server';

import { ActionError, defineAction } from '@/lib/actions/action';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/data/notifications';
import { getServerTranslator } from '@/lib/i18n/server';
import { MarkAllNotificationsReadSchema, MarkNotificationReadSchema } from '@/lib/validations/notifications';

// Revalidating re-renders the page after the action, the header's unread count with it.
const REVALIDATE = ['/notifications'];

export const markNotificationReadAction = defineAction({
  permission: 'notification.viewOwn',
  schema: MarkNotificationReadSchema,
  revalidate: REVALIDATE,
  run: async ({ notificationId }, { user }) => {
    if (!(await markNotificationRead(user.id, notificationId))) throw new ActionError('notFound');
    const t = await getServerTranslator();
    return { success: t('notifications.markedRead') };
  },
});

export const markAllNotificationsReadAction = defineAction({
  permission: 'notification.viewOwn',
  schema: MarkAllNotificationsReadSchema,
  revalidate: REVALIDATE,
  run: async (_input, { user }) => {
    await markAllNotificationsRead(user.id);
    const t = await getServerTranslator();
    return { success: t('notifications.allMarkedRead') };
  },
});
