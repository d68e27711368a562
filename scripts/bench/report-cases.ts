// The pages the reports case (scripts/bench/reports.ts) times: each entry makes the data
// calls its page.tsx makes on the server, in the same order, with the page's
// arguments (the default period and the longest one).
import type { GeneratedIds } from './generate';
import type { ReportCase } from './reports';

export async function reportCases(ids: GeneratedIds, now: Date): Promise<ReportCase[]> {
  const { db } = await import('../../lib/db');
  const { REVIEW_CHARTS, brandDashboard, brandScopeOf, dashboardBrands, loadCharts, sellerDashboard } = await import('../../lib/data/dashboards');
  const { transparencyReport } = await import('../../lib/data/transparency');
  const { periodRange } = await import('../../lib/domain/dashboards');
  const { periodFromToken } = await import('../../lib/domain/transparency');

  // app/(portal)/brand/dashboard/page.tsx for the first bench brand's owner, all its brands.
  const brandDashboardOf = (period: 30 | 365) => async () => {
    const prisma = await db();
    const brands = await dashboardBrands(prisma, ids.brandOwnerOrganisationId, now);
    const scope = brandScopeOf(ids.brandOwnerOrganisationId, brands);
    return brandDashboard(prisma, scope, periodRange(now, period), now);
  };
  // app/(portal)/review/dashboard/page.tsx: the whole platform.
  const reviewDashboard = (period: 30 | 365) => async () => loadCharts(REVIEW_CHARTS, await db(), null, periodRange(now, period), now);
  // app/(portal)/seller/dashboard/page.tsx for the first bench seller (10 stores).
  const sellerDashboardOf = (period: 30 | 365) => async () =>
    sellerDashboard(await db(), { organisationId: ids.sellerOrganisationId }, periodRange(now, period), now);
  // app/transparency/page.tsx (public) and /admin/transparency (staff: every filer).
  const report = (token: 'last-30' | 'last-365', audience: 'public' | 'staff') => async () => {
    const period = periodFromToken(token, now)!;
    return transparencyReport(await db(), { from: period.from, to: period.to }, audience);
  };

  return [
    { name: 'brand dashboard, 30 days', run: brandDashboardOf(30) },
    { name: 'brand dashboard, 365 days', run: brandDashboardOf(365) },
    { name: 'review team dashboard, 30 days', run: reviewDashboard(30) },
    { name: 'review team dashboard, 365 days', run: reviewDashboard(365) },
    { name: 'seller dashboard, 30 days', run: sellerDashboardOf(30) },
    { name: 'seller dashboard, 365 days', run: sellerDashboardOf(365) },
    { name: 'transparency report, last 30 days', run: report('last-30', 'public') },
    { name: 'transparency report, last 365 days', run: report('last-365', 'public') },
    { name: 'transparency report (staff), last 365 days', run: report('last-365', 'staff') },
  ];
}
