import type { Metadata } from 'next';
import { TransparencyReportPage } from '@/components/transparency/report-page';
import { getServerTranslator } from '@/lib/i18n/server';
import type { SearchParams } from '@/lib/validations/list-filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('transparency.title') };
}

/** The public transparency report (issue 5, journey 7): no sign-in, the same figures as the staff view and /api/transparency. */
export default async function PublicTransparencyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [t, params] = await Promise.all([getServerTranslator(), searchParams]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('transparency.title')}</h1>
        <p className="mt-2 text-sm text-slate-600">{t('transparency.intro')}</p>
      </div>
      <TransparencyReportPage params={params} audience="public" action="/transparency" />
    </div>
  );
}
