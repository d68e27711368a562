import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { IssueAuthorizationForm } from '@/components/protection/protection-forms';
import { Card, CardBody } from '@/components/ui/card';
import { requirePermission } from '@/lib/authz/guards';
import { getAuthorizationsPage } from '@/lib/data/brand-authorizations';
import { isoDate } from '@/lib/validations/fields';
import { getServerTranslator } from '@/lib/i18n/server';
import { issueAuthorizationAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('protection.authorizations.issue') };
}

export default async function IssueAuthorizationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission('brandAuthorization.issue', `/brand/brands/${encodeURIComponent(id)}/authorizations/new`);
  const now = new Date();
  const view = await getAuthorizationsPage(user, id, now);
  if (!view) notFound();
  const t = await getServerTranslator();
  // Only authorizations valid today can pass authority on.
  const parents = view.authorizations
    .filter((a) => a.standing === 'VALID')
    .map((a) => ({ id: a.id, label: `${a.code} · ${a.holderName} (${a.productLines.join(', ')})` }));
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const inAYear = new Date(today);
  inAYear.setUTCFullYear(inAYear.getUTCFullYear() + 1);

  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <Link href={`/brand/brands/${view.brand.id}/authorizations`} className="text-sm text-brand-700 hover:underline">
          ← {t('protection.nav.authorizations')}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t('protection.issue.title', { brand: view.brand.name })}</h1>
      </div>
      <Card>
        <CardBody className="py-6">
          <IssueAuthorizationForm
            action={issueAuthorizationAction}
            brandId={view.brand.id}
            lines={view.productLines}
            distributors={view.distributors}
            parents={parents}
            defaults={{ validFrom: isoDate(today), validUntil: isoDate(inAYear) }}
          />
        </CardBody>
      </Card>
    </div>
  );
}
