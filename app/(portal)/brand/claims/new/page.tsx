import type { Metadata } from 'next';
import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { DraftsTable } from '@/components/filing/drafts-table';
import { NewClaimForm } from '@/components/filing/new-claim-form';
import { FilingSanctionBanner } from '@/components/sanctions/filing-sanction-banner';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { brandsForFiling, listDrafts } from '@/lib/data/claim-filing';
import { getServerFormatter, getServerTranslator } from '@/lib/i18n/server';
import { deleteDraftAction } from '../[id]/edit/actions';
import { createDraftAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('filing.new.title') };
}

export default async function NewClaimPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { deleted } = await searchParams;
  const user = await requirePermission('claim.file', '/brand/claims/new');
  const [t, format, brands, drafts] = await Promise.all([getServerTranslator(), getServerFormatter(), brandsForFiling(user), listDrafts(user)]);
  // Made once per render of the form: every post of this rendering carries the same key,
  // so a double click, a retry or a resubmitted page makes exactly one draft.
  const idempotencyKey = randomUUID();
  return (
    <div className="max-w-4xl space-y-8">
      <div>
        <Link href="/brand" className="text-sm text-brand-700 hover:underline">
          ← {t('brand.home.title')}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t('filing.new.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('filing.new.intro')}</p>
      </div>

      <FilingSanctionBanner organisationId={user.organisationId} />
      {deleted === '1' ? <Alert tone="success">{t('filing.drafts.deleted')}</Alert> : null}

      <Card>
        <CardBody className="py-6">
          {brands.length > 0 ? (
            <NewClaimForm action={createDraftAction} brands={brands} idempotencyKey={idempotencyKey} />
          ) : (
            <EmptyState title={t('filing.new.noBrands.title')}>
              <p>{t('filing.new.noBrands.body')}</p>
              {can(user.role, 'brand.create') ? (
                <Button asChild size="sm" className="mt-3">
                  <Link href="/brand/brands/new">{t('filing.new.registerBrand')}</Link>
                </Button>
              ) : null}
            </EmptyState>
          )}
        </CardBody>
      </Card>

      <Card id="drafts" aria-labelledby="drafts-title">
        <CardHeader title={<span id="drafts-title">{t('filing.drafts.title')}</span>} description={t('filing.drafts.description')} />
        <CardBody>
          {drafts.length > 0 ? (
            <DraftsTable drafts={drafts} t={t} format={format} deleteAction={deleteDraftAction} />
          ) : (
            <p className="text-sm text-slate-600">{t('filing.drafts.empty')}</p>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
