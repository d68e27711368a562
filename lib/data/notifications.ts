// A user's own notifications. Every query is keyed by the signed-in user's id: a
// notification of someone else is indistinguishable from one that does not exist.
import 'server-only';
import { db } from '../db';
import { decodeParams, isPortalPath, type ParamValue } from '../domain/notifications';
import { clampPage, pageCountOf, pageSlice, type Paged } from '../domain/pagination';

export const NOTIFICATIONS_PAGE_SIZE = 20;

export interface NotificationRow {
  id: string;
  type: string;
  params: Record<string, ParamValue>;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
}

export async function unreadNotificationCount(userId: string): Promise<number> {
  const prisma = await db();
  return prisma.notification.count({ where: { userId, readAt: null } });
}

/** One page of the user's notifications, newest first, with the unread count. */
export async function listNotifications(userId: string, requestedPage: number): Promise<Paged<NotificationRow> & { unread: number }> {
  const prisma = await db();
  const where = { userId };
  const [total, unread] = await Promise.all([prisma.notification.count({ where }), prisma.notification.count({ where: { userId, readAt: null } })]);
  const pageCount = pageCountOf(total, NOTIFICATIONS_PAGE_SIZE);
  const page = clampPage(requestedPage, pageCount);
  const rows = await prisma.notification.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageSlice(page, NOTIFICATIONS_PAGE_SIZE),
    select: { id: true, type: true, params: true, link: true, readAt: true, createdAt: true },
  });
  return {
    rows: rows.map((n) => ({ ...n, params: decodeParams(n.params) })),
    total,
    unread,
    page,
    pageSize: NOTIFICATIONS_PAGE_SIZE,
    pageCount,
  };
}

/** Marks one of the user's notifications read (again: a no-op). False if it is not theirs. */
export async function markNotificationRead(userId: string, notificationId: string, now: Date = new Date()): Promise<boolean> {
  const prisma = await db();
  const notification = await prisma.notification.findFirst({ where: { id: notificationId, userId }, select: { id: true } });
  if (!notification) return false;
  // The first reading counts: readAt is not moved by a later one.
  await prisma.notification.updateMany({ where: { id: notificationId, userId, readAt: null }, data: { readAt: now } });
  return true;
}

/** Marks every unread notification of the user read; returns how many changed. */
export async function markAllNotificationsRead(userId: string, now: Date = new Date()): Promise<number> {
  const prisma = await db();
  const { count } = await prisma.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
  return count;
}

/**
 * Opening a notification (from the list or an e-mail): marks it read and says where to go.
 * Null when it is not the user's. The target is re-checked here even though notify()
 * refused bad links: a redirect target read from the database must never leave the site.
 */
export async function openNotification(userId: string, notificationId: string, now: Date = new Date()): Promise<{ target: string } | null> {
  const prisma = await db();
  const notification = await prisma.notification.findFirst({ where: { id: notificationId, userId }, select: { id: true, link: true } });
  if (!notification) return null;
  await prisma.notification.updateMany({ where: { id: notificationId, userId, readAt: null }, data: { readAt: now } });
  const target = notification.link && isPortalPath(notification.link) ? notification.link : '/notifications';
  return { target };
}
