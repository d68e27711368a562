// The review team's dashboard (issue 5): the queue now by waiting time, decisions against the
// due time, and store closures over a period, platform-wide. One SQL aggregate per card
// (lib/data/dashboards.ts).
import type { Metadata } from 'next';
import { ChartCard } from '@/components/dashboards/chart-card';
import { PeriodPicker, exportHref } from '@/components/dashboards/period-picker';
import { requirePermission } from '@/lib/authz/guards';
import { REVIEW_CHARTS, loadCharts } from '@/lib/data/dashboards';
import { formatShare } from '@/lib/domain/accuracy';
import { periodRange } from '@/lib/domain/dashboards';
import { db } from '@/lib/db';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { parsePeriod } from '@/lib/validations/dashboards';
import type { SearchParams } from '@/lib/validations/list-filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('dashboards.review.title') };
}

export default async function ReviewDashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission('dashboard.review', '/review/dashboard');
  const period = parsePeriod(await searchParams);
  const now = new Date();
  const prisma = await db();
  const range = periodRange(now, period);
  const [t, locale, { queue, decisions, closures }] = await Promise.all([getServerTranslator(), getLocale(), loadCharts(REVIEW_CHARTS, prisma, null, range, now)]);
  const format = makeFormat(locale, now);
  const count = (n: number | null | undefined) => format.number(n ?? 0);
  const hours = (n: number | null | undefined) => (n === null || n === undefined ? '–' : t('dashboards.review.decisions.hours', { hours: format.number(n) }));
  const href = (chart: string) => exportHref('review', chart, period);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('dashboards.review.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('dashboards.review.intro')}</p>
      </div>
      <PeriodPicker pathname="/review/dashboard" period={period} t={t} />
      <p className="text-xs text-slate-500">{t('dashboards.timesUtc')}</p>

      <ChartCard
        id="queue"
        title={t('dashboards.review.queue.title')}
        description={t('dashboards.review.queue.description')}
        table={queue}
        chartKeys={['items']}
        figures={[
          { label: t('dashboards.review.queue.open'), value: count(queue.summary?.open) },
          { label: t('dashboards.review.queue.overdue'), value: count(queue.summary?.overdue) },
        ]}
        exportHref={href('queue')}
        t={t}
        format={format}
        unit="band"
      />
      <ChartCard
        id="decisions"
        title={t('dashboards.review.decisions.title')}
        description={t('dashboards.review.decisions.description')}
        table={decisions}
        chartKeys={['removed', 'rejected']}
        figures={[
          { label: t('dashboards.review.decisions.decided'), value: count(decisions.summary?.decided) },
          { label: t('dashboards.review.decisions.slaShare'), value: formatShare(decisions.summary?.slaShare ?? null) },
          { label: t('dashboards.review.decisions.median'), value: hours(decisions.summary?.medianHours) },
          { label: t('dashboards.review.decisions.p90'), value: hours(decisions.summary?.p90Hours) },
        ]}
        exportHref={href('decisions')}
        t={t}
        format={format}
        unit={range.unit}
      />
      <ChartCard
        id="closures"
        title={t('dashboards.review.closures.title')}
        description={t('dashboards.review.closures.description')}
        table={closures}
        chartKeys={['approved', 'declined']}
        figures={[
          { label: t('dashboards.review.closures.proposed'), value: count(closures.summary?.proposed) },
          { label: t('dashboards.review.closures.approved'), value: count(closures.summary?.approved) },
          { label: t('dashboards.review.closures.declined'), value: count(closures.summary?.declined) },
        ]}
        exportHref={href('closures')}
        t={t}
        format={format}
        unit={range.unit}
      />
    </div>
  );
}
