import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { VerifyCodeForm } from '@/components/protection/verify-code-form';
import { normalizeAuthorizationCode } from '@/lib/domain/brand-authorization';
import { getServerTranslator } from '@/lib/i18n/server';
import { firstParam, type SearchParams } from '@/lib/validations/list-filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('protection.verify.title'), robots: { index: false } };
}

export default async function VerifyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [t, query] = await Promise.all([getServerTranslator(), searchParams]);
  const typed = (firstParam(query, 'code') ?? '').trim().slice(0, 64);
  if (typed) {
    const code = normalizeAuthorizationCode(typed);
    if (code) redirect(`/verify/${code}`);
  }
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('protection.verify.title')}</h1>
        <p className="mt-2 text-sm text-slate-600">{t('protection.verify.intro')}</p>
      </div>
      <VerifyCodeForm t={t} defaultValue={typed} error={typed ? t('protection.verify.malformed', { code: typed }) : null} />
    </div>
  );
}
