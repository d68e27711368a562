// The seller's dashboard (issue 5): strikes, removals and counter-notices on the organisation's
// stores over a period, and its selling grants with their expiry. One SQL aggregate per card
// (lib/data/dashboards.ts), all scoped to the organisation's stores.
import type { Metadata } from 'next';
import { ChartCard } from '@/components/dashboards/chart-card';
import { PeriodPicker, exportHref } from '@/components/dashboards/period-picker';
import { Card, CardBody } from '@/components/ui/card';
import { requirePermission } from '@/lib/authz/guards';
import { sellerDashboard, type SellerScope } from '@/lib/data/dashboards';
import { periodRange } from '@/lib/domain/dashboards';
import { db } from '@/lib/db';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { parsePeriod } from '@/lib/validations/dashboards';
import type { SearchParams } from '@/lib/validations/list-filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('dashboards.seller.title') };
}

export default async function SellerDashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('dashboard.seller', '/seller/dashboard');
  const period = parsePeriod(await searchParams);
  const now = new Date();
  const prisma = await db();
  const scope: SellerScope = { organisationId: user.organisationId };
  const range = periodRange(now, period);
  const [t, locale, { headline, charts }] = await Promise.all([getServerTranslator(), getLocale(), sellerDashboard(prisma, scope, range, now)]);
  const { strikes, takedowns, counterNotices, grants } = charts;
  const format = makeFormat(locale, now);
  const count = (n: number | null | undefined) => format.number(n ?? 0);
  const common = { t, format, unit: range.unit };
  const href = (chart: string) => exportHref('seller', chart, period);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('dashboards.seller.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('dashboards.seller.intro', { organisation: user.organisationName })}</p>
      </div>
      <Card>
        <CardBody>
          <dl className="flex flex-wrap gap-x-10 gap-y-2">
            {(['activeStrikes', 'liveGrants', 'expiringGrants'] as const).map((key) => (
              <div key={key}>
                <dt className="text-xs text-slate-500">{t(`dashboards.seller.headline.${key}`)}</dt>
                <dd className="text-lg font-semibold tabular-nums text-slate-900">{count(headline[key])}</dd>
              </div>
            ))}
          </dl>
        </CardBody>
      </Card>
      <PeriodPicker pathname="/seller/dashboard" period={period} t={t} />
      <p className="text-xs text-slate-500">{t('dashboards.timesUtc')}</p>

      <ChartCard
        id="strikes"
        title={t('dashboards.seller.strikes.title')}
        description={t('dashboards.seller.strikes.description')}
        table={strikes}
        chartKeys={['active', 'expired', 'withdrawn']}
        exportHref={href('strikes')}
        {...common}
      />
      <ChartCard
        id="takedowns"
        title={t('dashboards.seller.takedowns.title')}
        description={t('dashboards.seller.takedowns.description')}
        table={takedowns}
        chartKeys={['removedAfterReview', 'removedExpedited']}
        figures={[
          { label: t('dashboards.seller.takedowns.removed'), value: count(takedowns.summary?.removed) },
          { label: t('dashboards.seller.takedowns.restored'), value: count(takedowns.summary?.restored) },
        ]}
        exportHref={href('takedowns')}
        {...common}
      />
      <ChartCard
        id="counter-notices"
        title={t('dashboards.seller.counterNotices.title')}
        description={t('dashboards.seller.counterNotices.description')}
        table={counterNotices}
        chartKeys={['filed']}
        figures={[
          { label: t('dashboards.seller.counterNotices.filed'), value: count(counterNotices.summary?.filed) },
          { label: t('dashboards.seller.counterNotices.restored'), value: count(counterNotices.summary?.restored) },
          { label: t('dashboards.seller.counterNotices.upheld'), value: count(counterNotices.summary?.upheld) },
        ]}
        exportHref={href('counterNotices')}
        {...common}
      />
      <ChartCard
        id="grants"
        title={t('dashboards.seller.grants.title')}
        description={t('dashboards.seller.grants.description')}
        table={grants}
        exportHref={href('grants')}
        {...common}
      />
    </div>
  );
}
