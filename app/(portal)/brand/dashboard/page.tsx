// The brand dashboard (issue 5): the organisation's claims over a period — submitted, decided,
// taken down, contested — and its brands' accuracy and distance to the trusted tier. The series
// come from one SQL statement and the accuracy table from another (lib/data/dashboards.ts), all
// scoped to the organisation.
import type { Metadata } from 'next';
import { ChartCard } from '@/components/dashboards/chart-card';
import { PeriodPicker, exportHref } from '@/components/dashboards/period-picker';
import { SelectField } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { requirePermission } from '@/lib/authz/guards';
import { brandDashboard, brandScopeOf, dashboardBrands } from '@/lib/data/dashboards';
import { formatShare } from '@/lib/domain/accuracy';
import { periodRange } from '@/lib/domain/dashboards';
import { db } from '@/lib/db';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { parseDashboardBrand, parsePeriod } from '@/lib/validations/dashboards';
import type { SearchParams } from '@/lib/validations/list-filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('dashboards.brand.title') };
}

export default async function BrandDashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('dashboard.brand', '/brand/dashboard');
  const params = await searchParams;
  const period = parsePeriod(params);
  const now = new Date();
  const prisma = await db();
  const brands = await dashboardBrands(prisma, user.organisationId, now);
  // A brand the organisation cannot see is dropped, not an error: the page shows all of its own.
  const requested = parseDashboardBrand(params);
  const brandId = requested && brands.some((b) => b.id === requested) ? requested : undefined;
  const scope = brandScopeOf(user.organisationId, brands, brandId);
  const range = periodRange(now, period);
  const [t, locale, { claims, decisions, takedowns, counterNotices, accuracy }] = await Promise.all([
    getServerTranslator(),
    getLocale(),
    brandDashboard(prisma, scope, range, now),
  ]);
  const format = makeFormat(locale, now);
  const count = (n: number | null | undefined) => format.number(n ?? 0);
  const hours = (n: number | null | undefined) => (n === null || n === undefined ? '–' : t('dashboards.brand.decisions.hours', { hours: format.number(n) }));
  const common = { t, format, unit: range.unit };
  const href = (chart: string) => exportHref('brand', chart, period, brandId);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('dashboards.brand.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('dashboards.brand.intro', { organisation: user.organisationName })}</p>
      </div>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PeriodPicker pathname="/brand/dashboard" period={period} keep={{ brand: brandId }} t={t} />
        {brands.length > 1 ? (
          <FilterForm
            action="/brand/dashboard"
            submitLabel={t('dashboards.brand.filter.apply')}
            clearLabel={t('dashboards.brand.filter.clear')}
            showClear={!!brandId}
            hidden={{ period: String(period) }}
          >
            <SelectField
              name="brand"
              label={t('dashboards.brand.filter.brand')}
              defaultValue={brandId ?? ''}
              className="w-56"
              options={[{ value: '', label: t('dashboards.brand.filter.all') }, ...brands.map((b) => ({ value: b.id, label: b.name }))]}
            />
          </FilterForm>
        ) : null}
      </div>
      <p className="text-xs text-slate-500">{t('dashboards.timesUtc')}</p>

      <ChartCard
        id="claims"
        title={t('dashboards.brand.claims.title')}
        description={t('dashboards.brand.claims.description')}
        table={claims}
        chartKeys={['items']}
        figures={[
          { label: t('dashboards.brand.claims.claims'), value: count(claims.summary?.claims) },
          { label: t('dashboards.brand.claims.items'), value: count(claims.summary?.items) },
        ]}
        exportHref={href('claims')}
        {...common}
      />
      <ChartCard
        id="decisions"
        title={t('dashboards.brand.decisions.title')}
        description={t('dashboards.brand.decisions.description')}
        table={decisions}
        chartKeys={['removed', 'rejected']}
        figures={[
          { label: t('dashboards.brand.decisions.decided'), value: count(decisions.summary?.decided) },
          { label: t('dashboards.brand.decisions.takedownRate'), value: formatShare(decisions.summary?.takedownRate ?? null) },
          { label: t('dashboards.brand.decisions.median'), value: hours(decisions.summary?.medianHours) },
          { label: t('dashboards.brand.decisions.p90'), value: hours(decisions.summary?.p90Hours) },
        ]}
        exportHref={href('decisions')}
        {...common}
      />
      <ChartCard
        id="takedowns"
        title={t('dashboards.brand.takedowns.title')}
        description={t('dashboards.brand.takedowns.description')}
        table={takedowns}
        chartKeys={['removedAfterReview', 'removedExpedited']}
        figures={[
          { label: t('dashboards.brand.takedowns.removed'), value: count(takedowns.summary?.removed) },
          { label: t('dashboards.brand.takedowns.restored'), value: count(takedowns.summary?.restored) },
        ]}
        exportHref={href('takedowns')}
        {...common}
      />
      <ChartCard
        id="counter-notices"
        title={t('dashboards.brand.counterNotices.title')}
        description={t('dashboards.brand.counterNotices.description')}
        table={counterNotices}
        chartKeys={['filed']}
        figures={[
          { label: t('dashboards.brand.counterNotices.filed'), value: count(counterNotices.summary?.filed) },
          { label: t('dashboards.brand.counterNotices.restored'), value: count(counterNotices.summary?.restored) },
          { label: t('dashboards.brand.counterNotices.upheld'), value: count(counterNotices.summary?.upheld) },
        ]}
        exportHref={href('counterNotices')}
        {...common}
      />
      <ChartCard
        id="accuracy"
        title={t('dashboards.brand.accuracy.title')}
        description={t('dashboards.brand.accuracy.description', { days: accuracy.summary?.windowDays ?? 90 })}
        table={accuracy}
        exportHref={href('accuracy')}
        {...common}
      />
    </div>
  );
}
