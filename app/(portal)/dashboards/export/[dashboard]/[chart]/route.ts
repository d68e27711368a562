// CSV export of one dashboard chart or table (issue 5: every chart has its CSV). The same
// session, permission and organisation checks as the page (lib/data/dashboards.ts
// loadDashboardExport), then the same query; cells that a spreadsheet would run as a formula
// are neutralised (lib/domain/dashboards.ts csvCell).
import { getSessionUser } from '@/lib/auth/session';
import { loadDashboardExport } from '@/lib/data/dashboards';
import { toCsv } from '@/lib/domain/dashboards';
import { db } from '@/lib/db';
import { getServerTranslator } from '@/lib/i18n/server';
import { parseDashboardBrand, parsePeriod } from '@/lib/validations/dashboards';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ dashboard: string; chart: string }> }) {
  const user = await getSessionUser();
  if (!user) return new Response(null, { status: 401 });
  const { dashboard, chart } = await params;
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const brandId = parseDashboardBrand(search);
  const result = await loadDashboardExport(await db(), user, { dashboard, chart, period: parsePeriod(search), ...(brandId ? { brandId } : {}) }, new Date());
  if (result.status !== 200) return new Response(null, { status: result.status });
  const t = await getServerTranslator();
  const header = result.table.columns.map((c) => t(`dashboards.columns.${c.key}` as never));
  // Shares to four decimals: the same figure as the page's "92.0%", without float noise.
  const rows = result.table.rows.map((row) =>
    row.map((cell, i) => (result.table.columns[i]?.kind === 'share' && typeof cell === 'number' ? Math.round(cell * 10_000) / 10_000 : cell)),
  );
  // A byte-order mark so spreadsheet programs read the UTF-8 (Chinese headings, brand names) right.
  return new Response(`\uFEFF${toCsv(header, rows)}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${result.fileName}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
