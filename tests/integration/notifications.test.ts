// notify() (lib/notifications.ts) writes in the caller's transaction, to the right people,
// in each one's language; the data layer (lib/data/notifications.ts) shows each user only
// their own.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  openNotification,
  unreadNotificationCount,
} from '@/lib/data/notifications';
import { publicUrl } from '@/lib/env';
import { createOrganisation, createUser } from '@/lib/factories';
import { notify } from '@/lib/notifications';
import { testDb } from '../helpers/db';

let prisma: Db;
beforeAll(async () => {
  prisma = await testDb();
});

const brandVerified = (brandName: string) => ({ type: 'brandVerified' as const, params: { brandName }, link: '/brand' });

describe('notify', () => {
  it('writes nothing when the transaction rolls back', async () => {
    const { user } = await createUser(prisma, { role: 'BRAND_AGENT' });
    await expect(
      prisma.$transaction(async (tx) => {
        const written = await notify(tx, { ...brandVerified('Rollback Brand'), recipients: { userIds: [user.id] } });
        expect(written.notificationIds).toHaveLength(1);
        expect(written.emailIds).toHaveLength(1);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await prisma.notification.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.emailOutbox.count({ where: { toAddress: user.email } })).toBe(0);
  });

  it('reaches every active member of an organisation once, skipping disabled users', async () => {
    const organisation = await createOrganisation(prisma, { kind: 'SELLER' });
    const { user: active } = await createUser(prisma, { role: 'SELLER', organisationId: organisation.id });
    const { user: alsoActive } = await createUser(prisma, { role: 'SELLER', organisationId: organisation.id });
    const { user: disabled } = await createUser(prisma, { role: 'SELLER', organisationId: organisation.id, status: 'DISABLED' });
    const { user: outsider } = await createUser(prisma, { role: 'SELLER' });

    const written = await prisma.$transaction((tx) =>
      notify(tx, {
        type: 'claimItemWithdrawn',
        params: { listingTitle: 'Canvas tote', brandName: 'Maison Test' },
        link: '/seller',
        // The active member is also named directly: still one notification.
        recipients: { organisationIds: [organisation.id], userIds: [active.id, disabled.id] },
      }),
    );
    expect(written.notificationIds).toHaveLength(2);
    const rows = await prisma.notification.findMany({ where: { id: { in: written.notificationIds } } });
    expect(rows.map((n) => n.userId).sort()).toEqual([active.id, alsoActive.id].sort());
    for (const row of rows) {
      expect(row).toMatchObject({ type: 'claimItemWithdrawn', link: '/seller', organisationId: organisation.id, readAt: null });
      expect(row.params).toEqual({ listingTitle: 'Canvas tote', brandName: 'Maison Test' });
    }
    expect(await prisma.notification.count({ where: { userId: { in: [disabled.id, outsider.id] } } })).toBe(0);
    const emails = await prisma.emailOutbox.findMany({ where: { notificationId: { in: written.notificationIds } } });
    expect(emails.map((e) => e.toAddress).sort()).toEqual([active.email, alsoActive.email].sort());
  });

  it('writes each e-mail in its recipient’s language, linking to the notification', async () => {
    const organisation = await createOrganisation(prisma, { kind: 'BRAND_OWNER' });
    const { user: english } = await createUser(prisma, { role: 'BRAND_AGENT', organisationId: organisation.id, locale: 'en', name: 'Ada English' });
    const { user: chinese } = await createUser(prisma, { role: 'BRAND_AGENT', organisationId: organisation.id, locale: 'zh-CN', name: '李华' });
    const respondBy = new Date('2026-12-07T08:00:00.000Z');
    const written = await prisma.$transaction((tx) =>
      notify(tx, {
        type: 'counterNoticeFiled',
        params: { listingTitle: 'Leather wallet', claimReference: 'CLM-TEST-1', respondBy },
        link: '/brand',
        recipients: { organisationIds: [organisation.id] },
      }),
    );
    const emails = await prisma.emailOutbox.findMany({ where: { id: { in: written.emailIds } }, include: { notification: true } });
    expect(emails).toHaveLength(2);
    const toEnglish = emails.find((e) => e.toAddress === english.email)!;
    const toChinese = emails.find((e) => e.toAddress === chinese.email)!;

    expect(toEnglish.subject).toBe('Counter-notice filed: Leather wallet');
    expect(toEnglish.bodyText).toContain('Hello Ada English,');
    expect(toEnglish.bodyText).toContain('respond by Dec 7, 2026');
    expect(toEnglish.bodyText).toContain(`Open it in Assay: ${publicUrl()}/notifications/${toEnglish.notificationId}/open`);

    expect(toChinese.subject).toBe('已提交反通知：Leather wallet');
    expect(toChinese.bodyText).toContain('李华，您好：');
    expect(toChinese.bodyText).toContain('2026年12月7日');
    expect(toChinese.bodyText).toContain(`在 Assay 中查看：${publicUrl()}/notifications/${toChinese.notificationId}/open`);

    for (const email of emails) {
      expect(email).toMatchObject({ status: 'PENDING', attempts: 0, lastError: null, sentAt: null });
      expect(email.notification?.userId).toBe(email.toAddress === english.email ? english.id : chinese.id);
    }
    // The date survives the JSON column as a date.
    expect(emails[0]!.notification!.params).toMatchObject({ respondBy: { $date: respondBy.toISOString() } });
  });

  it('writes no e-mail when asked not to', async () => {
    const { user } = await createUser(prisma, { role: 'REVIEWER' });
    const written = await prisma.$transaction((tx) =>
      notify(tx, {
        type: 'infoProvided',
        params: { listingTitle: 'Scarf', claimReference: 'CLM-2', brandName: 'Brand' },
        link: null,
        email: false,
        recipients: { userIds: [user.id] },
      }),
    );
    expect(written.notificationIds).toHaveLength(1);
    expect(written.emailIds).toEqual([]);
    expect(await prisma.emailOutbox.count({ where: { toAddress: user.email } })).toBe(0);
  });

  it('writes nothing for nobody, and refuses a link that leaves the portal', async () => {
    expect(await prisma.$transaction((tx) => notify(tx, { ...brandVerified('X'), recipients: {} }))).toEqual({ notificationIds: [], emailIds: [] });
    const { user } = await createUser(prisma);
    await expect(
      prisma.$transaction((tx) => notify(tx, { ...brandVerified('X'), link: '//evil.example/phish', recipients: { userIds: [user.id] } })),
    ).rejects.toThrow(/link must be a path inside the portal/);
    expect(await prisma.notification.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe('a user’s notifications', () => {
  it('lists only their own, newest first, with the unread count', async () => {
    const { user } = await createUser(prisma);
    const { user: other } = await createUser(prisma);
    for (const name of ['First', 'Second', 'Third']) {
      await prisma.$transaction((tx) => notify(tx, { ...brandVerified(name), recipients: { userIds: [user.id, other.id] } }));
    }
    const list = await listNotifications(user.id, 1);
    expect(list.total).toBe(3);
    expect(list.unread).toBe(3);
    expect(list.rows.map((n) => n.params.brandName)).toEqual(['Third', 'Second', 'First']);
    expect(await unreadNotificationCount(user.id)).toBe(3);
  });

  it('paginates', async () => {
    const { user } = await createUser(prisma);
    await prisma.$transaction(async (tx) => {
      for (let i = 0; i < 23; i++) await notify(tx, { ...brandVerified(`Brand ${i}`), email: false, recipients: { userIds: [user.id] } });
    });
    const second = await listNotifications(user.id, 2);
    expect(second).toMatchObject({ total: 23, page: 2, pageCount: 2 });
    expect(second.rows).toHaveLength(3);
    expect((await listNotifications(user.id, 99)).page).toBe(2);
  });

  it('marks one read, only for its owner, and keeps the first reading time', async () => {
    const { user } = await createUser(prisma);
    const { user: stranger } = await createUser(prisma);
    const { notificationIds } = await prisma.$transaction((tx) => notify(tx, { ...brandVerified('Mine'), recipients: { userIds: [user.id] } }));
    const id = notificationIds[0]!;
    expect(await markNotificationRead(stranger.id, id)).toBe(false);
    expect(await unreadNotificationCount(user.id)).toBe(1);
    const firstRead = new Date('2026-11-22T12:00:00.000Z');
    expect(await markNotificationRead(user.id, id, firstRead)).toBe(true);
    expect(await markNotificationRead(user.id, id, new Date('2026-11-23T12:00:00.000Z'))).toBe(true);
    expect((await prisma.notification.findUniqueOrThrow({ where: { id } })).readAt).toEqual(firstRead);
    expect(await unreadNotificationCount(user.id)).toBe(0);
  });

  it('marks all of the user’s read, nobody else’s', async () => {
    const { user } = await createUser(prisma);
    const { user: other } = await createUser(prisma);
    await prisma.$transaction(async (tx) => {
      await notify(tx, { ...brandVerified('A'), recipients: { userIds: [user.id, other.id] } });
      await notify(tx, { ...brandVerified('B'), recipients: { userIds: [user.id, other.id] } });
    });
    expect(await markAllNotificationsRead(user.id)).toBe(2);
    expect(await unreadNotificationCount(user.id)).toBe(0);
    expect(await unreadNotificationCount(other.id)).toBe(2);
  });

  it('opening one marks it read and leads to its link; someone else’s leads nowhere', async () => {
    const { user } = await createUser(prisma);
    const { user: stranger } = await createUser(prisma);
    const { notificationIds } = await prisma.$transaction((tx) =>
      notify(tx, { type: 'brandRejected', params: { brandName: 'Z', reason: 'No certificate' }, link: '/brand/brands/123?tab=rights', recipients: { userIds: [user.id] } }),
    );
    const id = notificationIds[0]!;
    expect(await openNotification(stranger.id, id)).toBeNull();
    expect(await openNotification(user.id, 'not-an-id')).toBeNull();
    expect(await openNotification(user.id, id)).toEqual({ target: '/brand/brands/123?tab=rights' });
    expect(await unreadNotificationCount(user.id)).toBe(0);
  });

  it('opening one whose stored link is not a portal path goes to the list instead', async () => {
    const { user } = await createUser(prisma);
    // Written past notify() (a bad row from an old release, or by hand).
    const row = await prisma.notification.create({ data: { userId: user.id, type: 'brandVerified', params: { brandName: 'X' }, link: 'https://evil.example' } });
    expect(await openNotification(user.id, row.id)).toEqual({ target: '/notifications' });
  });
});
