import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { listOutbox } from '@/lib/data/mailbox';
import { pageRange } from '@/lib/domain/pagination';
import { EMAIL_STATUS_TONE } from '@/lib/domain/status-tones';
import { env } from '@/lib/env';
import { EmailStatus } from '@/lib/generated/prisma/enums';
import { getServerFormatter, getServerTranslator } from '@/lib/i18n/server';
import { parsePage, type SearchParams } from '@/lib/validations/list-filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('notifications.mailbox.title') };
}

// Without SMTP_URL this is the dev mailbox: e-mail is kept in the outbox, never sent, and
// read here. With SMTP_URL it shows the same outbox as delivery status.
export default async function MailboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission('mailbox.view', '/dev/mailbox');
  const params = await searchParams;
  const smtp = Boolean(env().SMTP_URL);
  const [t, format, result] = await Promise.all([getServerTranslator(), getServerFormatter(), listOutbox(parsePage(params))]);
  const { first, last } = pageRange(result.page, result.pageSize, result.total);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('notifications.mailbox.title')}</h1>
      </div>
      <Alert tone="info">{smtp ? t('notifications.mailbox.smtpIntro') : t('notifications.mailbox.devIntro')}</Alert>

      {result.total === 0 ? (
        <EmptyState title={t('notifications.mailbox.empty')} />
      ) : (
        <Card>
          <CardBody className="space-y-4">
            <p className="text-sm text-slate-600">
              {t('notifications.mailbox.summary', { total: result.total })}
              {result.pageCount > 1 ? ` · ${t('common.pager.showing', { first, last, total: result.total })}` : null}
            </p>
            <ul className="flex flex-wrap gap-2" aria-label={t('notifications.mailbox.status')}>
              {Object.values(EmailStatus)
                .filter((status) => result.byStatus[status] > 0)
                .map((status) => (
                  <li key={status}>
                    <Badge tone={EMAIL_STATUS_TONE[status]}>
                      {t('notifications.mailbox.statusCount', {
                        status: !smtp && status === 'PENDING' ? t('notifications.mailbox.heldInDevMailbox') : t(`notifications.mailbox.statuses.${status}`),
                        count: format.number(result.byStatus[status]),
                      })}
                    </Badge>
                  </li>
                ))}
            </ul>
            <Table>
              <thead>
                <tr>
                  <Th>{t('notifications.mailbox.created')}</Th>
                  <Th>{t('notifications.mailbox.to')}</Th>
                  <Th>{t('notifications.mailbox.subject')}</Th>
                  <Th>{t('notifications.mailbox.status')}</Th>
                  <Th>{t('notifications.mailbox.attempts')}</Th>
                  <Th>{t('notifications.mailbox.lastError')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {result.rows.map((email) => (
                  <tr key={email.id} className="align-top">
                    <Td className="whitespace-nowrap">{format.dateTime(email.createdAt)}</Td>
                    <Td className="break-all">{email.toAddress}</Td>
                    <Td>
                      <details>
                        <summary className="cursor-pointer text-slate-900">{email.subject}</summary>
                        <pre className="mt-2 max-w-xl whitespace-pre-wrap rounded-md bg-slate-50 p-3 font-mono text-xs text-slate-800">{email.bodyText}</pre>
                      </details>
                    </Td>
                    <Td>
                      <Badge tone={EMAIL_STATUS_TONE[email.status]}>
                        {!smtp && email.status === 'PENDING' ? t('notifications.mailbox.heldInDevMailbox') : t(`notifications.mailbox.statuses.${email.status}`)}
                      </Badge>
                      {smtp && email.status === 'PENDING' && email.attempts > 0 ? (
                        <p className="mt-1 text-xs whitespace-nowrap text-slate-500">
                          {t('notifications.mailbox.nextAttempt')}: {format.dateTime(email.nextAttemptAt)}
                        </p>
                      ) : null}
                      {email.sentAt ? (
                        <p className="mt-1 text-xs whitespace-nowrap text-slate-500">
                          {t('notifications.mailbox.sentAt')}: {format.dateTime(email.sentAt)}
                        </p>
                      ) : null}
                    </Td>
                    <Td>{format.number(email.attempts)}</Td>
                    <Td className="max-w-xs text-xs break-words text-slate-600">
                      {email.lastError ?? '—'}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pagination
              page={result.page}
              pageCount={result.pageCount}
              pathname="/dev/mailbox"
              params={{}}
              labels={{ navigation: t('notifications.mailbox.pager'), previous: t('common.pager.previous'), next: t('common.pager.next') }}
            />
          </CardBody>
        </Card>
      )}
    </div>
  );
}
