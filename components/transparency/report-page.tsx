// The body both report pages share: the period chooser, the period shown, the tables and the
// methodology. The public page and the staff view differ only in the audience they pass.
import Link from 'next/link';
import { db } from '@/lib/db';
import { transparencyReport, type ReportAudience } from '@/lib/data/transparency';
import { isoDay, lastDayOf, parseReportPeriod } from '@/lib/domain/transparency';
import { getServerFormatter, getServerTranslator } from '@/lib/i18n/server';
import { firstParam, type SearchParams } from '@/lib/validations/list-filters';
import { PeriodChooser } from './period-chooser';
import { TransparencyMethodology, TransparencyReportView } from './transparency-report';

export async function TransparencyReportPage({ params, audience, action }: { params: SearchParams; audience: ReportAudience; action: string }) {
  const now = new Date();
  const parsed = parseReportPeriod({ period: firstParam(params, 'period') }, now);
  const { period } = parsed;
  const [t, format, prisma] = await Promise.all([getServerTranslator(), getServerFormatter(now), db()]);
  const report = await transparencyReport(prisma, period, audience);
  const query = period.kind === 'custom' ? `from=${isoDay(period.from)}&to=${isoDay(period.to)}` : `period=${period.token}`;
  return (
    <div className="space-y-6">
      <PeriodChooser action={action} period={period} now={now} t={t} error={parsed.ok ? null : t('transparency.period.invalid')} />
      <p className="text-sm text-slate-600">
        {t('transparency.period.shown', { from: isoDay(period.from), until: lastDayOf(period) })}{' '}
        <a href={`/api/transparency?${query}`} className="text-brand-700 hover:underline">
          {t('transparency.apiLink')}
        </a>
        {audience === 'staff' ? (
          <>
            {' · '}
            <Link href={`/transparency?${query}`} className="text-brand-700 hover:underline">
              {t('transparency.openPublic')}
            </Link>
          </>
        ) : null}
      </p>
      <TransparencyReportView report={report} audience={audience} t={t} format={format} />
      <TransparencyMethodology t={t} minFilerItems={report.filers.minDecidedItems} />
    </div>
  );
}
