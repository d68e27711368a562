import type { Metadata } from 'next';
import { TransparencyReportPage } from '@/components/transparency/report-page';
import { requirePermission } from '@/lib/authz/guards';
import { getServerTranslator } from '@/lib/i18n/server';
import type { SearchParams } from '@/lib/validations/list-filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('transparency.staffTitle') };
}

/** The public report for staff, plus per-filer accuracy for every filer (those below the public threshold marked). */
export default async function AdminTransparencyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission('dashboard.platform', '/admin/transparency');
  const [t, params] = await Promise.all([getServerTranslator(), searchParams]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('transparency.staffTitle')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('transparency.staffIntro')}</p>
      </div>
      <TransparencyReportPage params={params} audience="staff" action="/admin/transparency" />
    </div>
  );
}
