import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/authz/guards';
import { cn } from '@/lib/cn';
import { listNotifications } from '@/lib/data/notifications';
import { renderNotification } from '@/lib/domain/notifications';
import { pageRange } from '@/lib/domain/pagination';
import { getLocale, getServerFormatter, getServerTranslator } from '@/lib/i18n/server';
import { firstParam, parsePage, type SearchParams } from '@/lib/validations/list-filters';
import { MarkAllReadForm, MarkReadForm, type MarkReadLabels } from './notification-forms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('notifications.title') };
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('notification.viewOwn', '/notifications');
  const params = await searchParams;
  const [t, format, locale, result] = await Promise.all([
    getServerTranslator(),
    getServerFormatter(),
    getLocale(),
    listNotifications(user.id, parsePage(params)),
  ]);
  const { first, last } = pageRange(result.page, result.pageSize, result.total);
  const markReadLabels: MarkReadLabels = { markRead: t('notifications.markRead'), markingRead: t('notifications.markingRead'), markAllRead: t('notifications.markAllRead') };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t('notifications.title')}</h1>
          <p className="mt-1 max-w-2xl text-sm text-slate-600">{t('notifications.intro')}</p>
        </div>
        {/* Kept mounted once everything is read, so its confirmation stays on screen. */}
        {result.total > 0 ? <MarkAllReadForm hasUnread={result.unread > 0} labels={markReadLabels} /> : null}
      </div>
      {firstParam(params, 'notice') === 'notYours' ? <Alert tone="info">{t('notifications.notYours', { email: user.email })}</Alert> : null}

      {result.total === 0 ? (
        <EmptyState title={t('notifications.empty.title')}>{t('notifications.empty.body')}</EmptyState>
      ) : (
        <Card>
          <CardBody className="space-y-4">
            <p className="text-sm text-slate-600">
              {t('notifications.summary', { unread: result.unread, total: result.total })}
              {result.pageCount > 1 ? ` · ${t('common.pager.showing', { first, last, total: result.total })}` : null}
            </p>
            <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
              {result.rows.map((n) => {
                const { subject, body } = renderNotification(locale, n.type, n.params);
                const unread = n.readAt === null;
                return (
                  <li key={n.id} className={cn('flex flex-wrap items-start justify-between gap-3 px-4 py-3', unread && 'bg-sky-50')}>
                    <div className="min-w-0 flex-1 space-y-1">
                      <p className="flex flex-wrap items-center gap-2">
                        {unread ? <Badge tone="info">{t('notifications.unread')}</Badge> : null}
                        {/* A plain link: the route handler marks it read and redirects (never prefetched). */}
                        <a
                          href={`/notifications/${n.id}/open`}
                          className={cn('text-brand-700 underline-offset-2 hover:underline', unread ? 'font-semibold' : 'font-medium')}
                        >
                          {subject}
                        </a>
                      </p>
                      {body ? <p className="text-sm text-slate-700">{body}</p> : null}
                      <p className="text-xs text-slate-500">
                        <time dateTime={n.createdAt.toISOString()}>{format.dateTime(n.createdAt)}</time>
                      </p>
                    </div>
                    {unread ? <MarkReadForm notificationId={n.id} subject={subject} labels={markReadLabels} /> : null}
                  </li>
                );
              })}
            </ul>
            <Pagination
              page={result.page}
              pageCount={result.pageCount}
              pathname="/notifications"
              params={{}}
              labels={{ navigation: t('notifications.pager'), previous: t('common.pager.previous'), next: t('common.pager.next') }}
            />
          </CardBody>
        </Card>
      )}
    </div>
  );
}
