import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { listApplicationsForReview } from '@/lib/data/application-review';
import { APPLICATION_STATUS_TONE } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import { ApplicationStatus } from '@/lib/generated/prisma/enums';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('applications.review.listTitle') };
}

const FILTERABLE = Object.values(ApplicationStatus).filter((s) => s !== 'DRAFT');

/** The reviewers' applications: open ones by default, oldest submission first, with counts per status. */
export default async function ReviewApplicationsPage({ searchParams }: { searchParams: Promise<{ status?: string | string[] }> }) {
  await requirePermission('application.review', '/review/applications');
  const { status: raw } = await searchParams;
  const status = FILTERABLE.find((s) => s === raw) ?? null;
  const now = new Date();
  const [t, locale, queue] = await Promise.all([getServerTranslator(), getLocale(), listApplicationsForReview(status)]);
  const format = makeFormat(locale, now);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('applications.review.listTitle')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('applications.review.listIntro')}</p>
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label={t('applications.review.listTitle')}>
        {(['SUBMITTED', 'IN_REVIEW', 'AWAITING_BRAND', 'INFO_REQUESTED'] as const).map((key) => (
          <div key={key} className="rounded-md border border-slate-200 bg-white px-4 py-3">
            <dt className="text-xs text-slate-600">{t(`applications.status.${key}`)}</dt>
            <dd className="text-2xl font-semibold text-slate-900">{format.number(queue.counts[key] ?? 0)}</dd>
          </div>
        ))}
      </dl>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="status" className="block text-sm font-medium text-slate-800">
            {t('applications.review.filterStatus')}
          </label>
          <select id="status" name="status" defaultValue={status ?? ''} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            <option value="">{t('applications.review.filterOpen')}</option>
            {FILTERABLE.map((s) => (
              <option key={s} value={s}>
                {t(`applications.status.${s}`)} ({format.number(queue.counts[s] ?? 0)})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="h-10 rounded-md border border-slate-300 bg-white px-4 text-sm text-slate-800 hover:bg-slate-100">
          {t('applications.review.filterSubmit')}
        </button>
      </form>
      <Card>
        <CardHeader title={status ? t(`applications.status.${status}`) : t('applications.review.filterOpen')} />
        <CardBody>
          {queue.rows.length ? (
            <Table>
              <caption className="sr-only">{t('applications.review.listTitle')}</caption>
              <thead>
                <tr>
                  <Th>{t('applications.review.columns.store')}</Th>
                  <Th>{t('applications.review.columns.brand')}</Th>
                  <Th>{t('applications.review.columns.status')}</Th>
                  <Th>{t('applications.review.columns.submitted')}</Th>
                  <Th>{t('applications.review.columns.reviewer')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {queue.rows.map((row) => (
                  <tr key={row.id}>
                    <Td>
                      <Link href={`/review/applications/${row.id}`} className="font-medium text-brand-700 underline">
                        {row.store.name}
                      </Link>
                      {row.renewsGrantId ? (
                        <span className="ml-2">
                          <Badge tone="info">{t('applications.review.renewal')}</Badge>
                        </span>
                      ) : null}
                    </Td>
                    <Td>{row.brand.name}</Td>
                    <Td>
                      <Badge tone={APPLICATION_STATUS_TONE[row.status]}>{t(`applications.status.${row.status}`)}</Badge>
                    </Td>
                    <Td>{row.submittedAt ? format.dateTime(row.submittedAt) : '—'}</Td>
                    <Td>{row.reviewer?.name ?? '—'}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={t('applications.review.empty')} />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
