// Input of the notification actions. Messages are catalogue keys.
import { z } from 'zod';

export const MarkNotificationReadSchema = z.object({
  notificationId: z.string({ message: 'validation.required' }).trim().min(1, 'validation.required').max(64),
});

export const MarkAllNotificationsReadSchema = z.object({});
