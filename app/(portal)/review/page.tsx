import type { Metadata } from 'next';
import Link from 'next/link';
import { QueueSummary } from '@/components/review/queue-summary';
import { QueueTable } from '@/components/review/queue-table';
import { ShortcutLegend } from '@/components/review/shortcut-legend';
import { TakeNextButton } from '@/components/review/take-next-button';
import { VerificationPanel } from '@/components/review/verification-panel';
import { ExpeditedQueue } from '@/components/trust/expedited-queue';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { expeditedAwaitingReview } from '@/lib/data/expedited-review';
import { getReviewQueue, getVerificationBacklog } from '@/lib/data/queue';
import { pageRange } from '@/lib/domain/pagination';
import { DUE_FILTERS, QUEUE_STATUSES } from '@/lib/domain/queue';
import { makeFormat } from '@/lib/format';
import { InfringementType } from '@/lib/generated/prisma/enums';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { parsePage, parseQueueFilters, type SearchParams } from '@/lib/validations/list-filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('review.title') };
}

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('queue.view', '/review');
  const params = await searchParams;
  const filters = parseQueueFilters(params);
  const page = parsePage(params);
  const now = new Date();
  const mayVerify = can(user.role, 'brand.verify') || can(user.role, 'right.verify');
  const [t, locale, queue, backlog, expedited] = await Promise.all([
    getServerTranslator(),
    getLocale(),
    getReviewQueue(user, filters, page, now),
    mayVerify ? getVerificationBacklog(user) : null,
    expeditedAwaitingReview(user),
  ]);
  const format = makeFormat(locale, now);
  const filtered = Object.values(filters).some(Boolean);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t('review.title')}</h1>
          <p className="mt-1 text-sm text-slate-600">{t('review.intro')}</p>
          {can(user.role, 'dashboard.review') ? (
            <p className="mt-2 text-sm">
              <Link href="/review/dashboard" className="font-medium text-brand-700 hover:underline">
                {t('dashboards.review.homeLink')}
              </Link>
            </p>
          ) : null}
        </div>
        {can(user.role, 'claimItem.decide') ? (
          <div className="space-y-2">
            <TakeNextButton />
            <ShortcutLegend title={t('review.shortcuts.title')} shortcuts={[{ key: 'N', label: t('review.shortcuts.next') }]} />
          </div>
        ) : null}
      </div>

      <ExpeditedQueue total={expedited.total} rows={expedited.rows} t={t} format={format} />

      <QueueSummary queue={queue} filters={filters} t={t} format={format} />

      <Card id="queue" aria-labelledby="queue-title">
        <CardHeader title={<span id="queue-title">{t('review.queue.title')}</span>} description={t('review.queue.description')} />
        <CardBody className="space-y-4">
          <FilterForm action="/review" submitLabel={t('review.filters.apply')} clearLabel={t('review.filters.clear')} showClear={filtered}>
            <SelectField
              name="brand"
              label={t('review.filters.brand')}
              defaultValue={filters.brand ?? ''}
              className="w-48"
              options={[{ value: '', label: t('review.filters.allBrands') }, ...queue.brandOptions.map((b) => ({ value: b.id, label: b.name }))]}
            />
            <SelectField
              name="type"
              label={t('review.filters.type')}
              defaultValue={filters.type ?? ''}
              className="w-48"
              options={[
                { value: '', label: t('review.filters.allTypes') },
                ...Object.values(InfringementType).map((type) => ({ value: type, label: t(`review.infringementType.${type}`) })),
              ]}
            />
            <SelectField
              name="status"
              label={t('review.filters.status')}
              defaultValue={filters.status ?? ''}
              className="w-48"
              options={[
                { value: '', label: t('review.filters.allStatuses') },
                ...QUEUE_STATUSES.map((status) => ({ value: status, label: t(`review.claimItemStatus.${status}`) })),
              ]}
            />
            <SelectField
              name="due"
              label={t('review.filters.due')}
              defaultValue={filters.due ?? ''}
              className="w-48"
              options={[
                { value: '', label: t('review.filters.anyDue') },
                ...DUE_FILTERS.map((due) => ({ value: due, label: t(`review.filters.dueOptions.${due}`) })),
              ]}
            />
          </FilterForm>

          {queue.rows.length > 0 ? (
            <>
              <QueueTable rows={queue.rows} t={t} format={format} />
              <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
                <p>{t('review.queue.showing', { ...pageRange(queue.page, queue.pageSize, queue.total), total: queue.total })}</p>
                <Pagination
                  page={queue.page}
                  pageCount={queue.pageCount}
                  pathname="/review"
                  params={filters}
                  labels={{ navigation: t('review.queue.pages'), previous: t('review.pagination.previous'), next: t('review.pagination.next') }}
                />
              </div>
            </>
          ) : filtered ? (
            <EmptyState title={t('review.queue.emptyFiltered.title')}>{t('review.queue.emptyFiltered.body')}</EmptyState>
          ) : (
            <EmptyState title={t('review.queue.empty.title')}>{t('review.queue.empty.body')}</EmptyState>
          )}
        </CardBody>
      </Card>

      {backlog ? <VerificationPanel backlog={backlog} t={t} format={format} /> : null}
    </div>
  );
}
