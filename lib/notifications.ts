// Tells people what happened: one in-app notification per recipient and, unless asked not
// to, one e-mail per recipient in the transactional outbox. Written INSIDE the caller's
// transaction, so a notification exists exactly when the change it announces was
// committed, and an e-mail is sent only for a committed change (the delivery job,
// lib/jobs/deliver-email.ts, picks the outbox up after the commit).
import 'server-only';
import type { Tx } from './db';
import {
  encodeParams,
  isPortalPath,
  localeOrDefault,
  mergeRecipients,
  renderNotificationEmail,
  type NotificationParams,
  type NotificationType,
  type RecipientUser,
  type Recipients,
} from './domain/notifications';
import { publicUrl } from './env';

export type { NotificationType, NotificationParams, Recipients } from './domain/notifications';

export interface NotifyInput<T extends NotificationType> {
  type: T;
  /** The values of the type's messages (notifications.types.<type> in the catalogue). */
  params: NotificationParams<T>;
  /** Where the notification leads inside the portal: a path such as "/seller/notices/…". */
  link: string | null;
  /** Named users and/or every ACTIVE user of the named organisations; each user once. */
  recipients: Recipients;
  /** false: in-app only, no e-mail. */
  email?: boolean;
}

export interface NotifyResult {
  notificationIds: string[];
  emailIds: string[];
}

const recipientSelect = { id: true, email: true, name: true, locale: true } as const;

/** Active users the notification goes to (disabled accounts are skipped: they cannot sign in). */
async function resolveRecipients(tx: Tx, recipients: Recipients): Promise<RecipientUser[]> {
  const userIds = [...new Set(recipients.userIds ?? [])];
  const organisationIds = [...new Set(recipients.organisationIds ?? [])];
  const [direct, members] = await Promise.all([
    userIds.length
      ? tx.user.findMany({
          where: { id: { in: userIds }, status: 'ACTIVE' },
          select: { ...recipientSelect, memberships: { take: 1, orderBy: { createdAt: 'asc' }, select: { organisationId: true } } },
        })
      : [],
    organisationIds.length
      ? tx.membership.findMany({
          where: { organisationId: { in: organisationIds }, user: { status: 'ACTIVE' } },
          orderBy: { createdAt: 'asc' },
          select: { organisationId: true, user: { select: recipientSelect } },
        })
      : [],
  ]);
  return mergeRecipients(
    direct.map(({ memberships, ...user }) => ({ ...user, organisationId: memberships[0]?.organisationId ?? null })),
    members.map((m) => ({ ...m.user, organisationId: m.organisationId })),
  );
}

/**
 * Writes the notifications (and e-mails) of one event in the caller's transaction.
 * Rolled back with it, nothing remains. Returns what it wrote (nothing if every recipient
 * is disabled or none was named).
 */
export async function notify<T extends NotificationType>(tx: Tx, input: NotifyInput<T>): Promise<NotifyResult> {
  if (input.link !== null && !isPortalPath(input.link)) {
    throw new Error(`notify(${input.type}): link must be a path inside the portal, got ${JSON.stringify(input.link)}`);
  }
  const users = await resolveRecipients(tx, input.recipients);
  if (users.length === 0) return { notificationIds: [], emailIds: [] };

  const params = input.params as Record<string, string | number | Date>;
  const stored = encodeParams(params);
  const created = await tx.notification.createManyAndReturn({
    data: users.map((user) => ({
      userId: user.id,
      organisationId: user.organisationId,
      type: input.type,
      params: stored,
      link: input.link,
    })),
    select: { id: true, userId: true },
  });
  const notificationIds = created.map((n) => n.id);
  if (input.email === false) return { notificationIds, emailIds: [] };

  const origin = publicUrl();
  const idByUser = new Map(created.map((n) => [n.userId, n.id]));
  const emails = users.map((user) => {
    const notificationId = idByUser.get(user.id)!;
    // The link opens the notification (marking it read) and goes on to its target; it
    // passes through sign-in first when needed.
    const { subject, bodyText } = renderNotificationEmail({
      locale: localeOrDefault(user.locale),
      recipientName: user.name,
      type: input.type,
      params,
      url: `${origin}/notifications/${notificationId}/open`,
      portal: origin,
    });
    return { notificationId, toAddress: user.email, subject, bodyText };
  });
  const written = await tx.emailOutbox.createManyAndReturn({ data: emails, select: { id: true } });
  return { notificationIds, emailIds: written.map((e) => e.id) };
}
