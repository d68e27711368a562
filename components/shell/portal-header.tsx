import Link from 'next/link';
import type { SessionUser } from '@/lib/auth/session';
import { can } from '@/lib/authz/policy';
import { unreadNotificationCount } from '@/lib/data/notifications';
import { getServerTranslator } from '@/lib/i18n/server';
import { NAV_ITEMS } from './nav-items';
import { SignOutButton } from './sign-out-button';
import { LocaleSwitch } from './locale-switch';
import { NotificationsLink } from './notifications-link';

export async function PortalHeader({ user }: { user: SessionUser }) {
  const t = await getServerTranslator();
  const items = NAV_ITEMS.filter((item) => can(user.role, item.permission));
  const showNotifications = can(user.role, 'notification.viewOwn');
  const unread = showNotifications ? await unreadNotificationCount(user.id) : 0;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="flex items-center gap-6">
          <Link href="/" className="text-lg font-semibold text-brand-700">
            {t('app.name')}
          </Link>
          <nav aria-label={t('shell.nav.label')}>
            <ul className="flex flex-wrap gap-1">
              {items.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
                    {t(`shell.nav.${item.labelKey}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <div className="flex items-center gap-3 text-sm text-slate-600">
          <span>
            {t('shell.signedInAs', { name: user.name, role: t(`shell.roles.${user.role}`), organisation: user.organisationName })}
          </span>
          {showNotifications ? (
            <NotificationsLink
              unread={unread}
              label={t('notifications.nav.label')}
              labelWithUnread={t('notifications.nav.labelWithUnread', { count: unread })}
            />
          ) : null}
          <LocaleSwitch />
          <SignOutButton label={t('shell.signOut')} hint={t('shell.signOutHint')} />
        </div>
      </div>
    </header>
  );
}
