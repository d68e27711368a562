// GET /api/transparency?period=<token> or ?from=YYYY-MM-DD&to=YYYY-MM-DD: the public
// transparency report as JSON, for anyone (no session), the same figures as /transparency.
// Shape and definitions: docs/transparency-api.md. The figures move slowly and every request
// runs the report's queries, so shared caches may keep an answer for five minutes.
import { NextResponse, type NextRequest } from 'next/server';
import { db } from '@/lib/db';
import { transparencyJson, transparencyReport } from '@/lib/data/transparency';
import { MAX_PERIOD_DAYS, parseReportPeriod } from '@/lib/domain/transparency';
import { getServerTranslator } from '@/lib/i18n/server';

const CACHED = { 'Cache-Control': 'public, max-age=300, s-maxage=300, stale-while-revalidate=60' };

export async function GET(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const now = new Date();
  const param = (key: string) => search.get(key)?.slice(0, 32) || undefined;
  const parsed = parseReportPeriod({ period: param('period'), from: param('from'), to: param('to') }, now);
  if (!parsed.ok) {
    const t = await getServerTranslator();
    const { field, problem } = parsed.error;
    const message =
      problem === 'tooLong'
        ? t('transparency.api.tooLong', { days: MAX_PERIOD_DAYS })
        : problem === 'order'
          ? t('transparency.api.order')
          : problem === 'mixed'
            ? t('transparency.api.mixed')
            : problem === 'date'
              ? t('transparency.api.date')
              : t('transparency.api.badPeriod');
    return NextResponse.json({ error: { field, problem, message } }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  }
  const report = await transparencyReport(await db(), parsed.period, 'public');
  return NextResponse.json(transparencyJson(report, parsed.period, now), { headers: CACHED });
}
