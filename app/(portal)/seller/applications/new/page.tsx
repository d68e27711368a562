import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/applications/action-form';
import { Card, CardBody } from '@/components/ui/card';
import { requirePermission } from '@/lib/authz/guards';
import { applicationFormOptions } from '@/lib/data/applications';
import { getServerTranslator } from '@/lib/i18n/server';
import { createApplicationAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('applications.new.pageTitle') };
}

/**
 * A new application: the store and the protected brand (renewing: prefilled from the grant).
 * Unverified stores are listed (marked) so the seller learns why it cannot apply yet.
 */
export default async function NewApplicationPage({ searchParams }: { searchParams: Promise<{ renew?: string | string[] }> }) {
  const user = await requirePermission('application.file', '/seller/applications/new');
  const { renew } = await searchParams;
  const [t, options] = await Promise.all([getServerTranslator(), applicationFormOptions(user.organisationId, typeof renew === 'string' ? renew : null)]);
  const renewal = options.renewal;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <Link href="/seller/applications" className="text-sm text-brand-700 hover:underline">
          ← {t('applications.detail.back')}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t('applications.new.pageTitle')}</h1>
        <p className="mt-1 text-sm text-slate-600">{renewal ? t('applications.new.renewIntro') : t('applications.new.intro')}</p>
      </div>
      <Card>
        <CardBody>
          <ActionForm
            id="new-application"
            action={createApplicationAction}
            hidden={renewal ? { renewsGrantId: renewal.grantId } : {}}
            fields={[
              {
                type: 'select',
                name: 'storeId',
                label: t('applications.new.store'),
                defaultValue: renewal?.storeId ?? (options.stores.length === 1 ? options.stores[0]!.id : ''),
                options: [
                  { value: '', label: t('applications.new.storePlaceholder') },
                  ...options.stores.map((s) => ({ value: s.id, label: s.verificationStatus === 'VERIFIED' ? s.name : t('applications.new.storeUnverified', { name: s.name }) })),
                ],
              },
              {
                type: 'select',
                name: 'brandId',
                label: t('applications.new.brand'),
                defaultValue: renewal?.brandId ?? '',
                options: [{ value: '', label: t('applications.new.brandPlaceholder') }, ...options.brands.map((b) => ({ value: b.id, label: b.name }))],
              },
              { type: 'text', name: 'productLines', label: t('applications.new.productLines'), hint: t('applications.new.productLinesHint'), defaultValue: renewal?.productLines.join(', ') ?? '' },
            ]}
            submitLabel={t('applications.new.submit')}
            pendingLabel={t('applications.new.pending')}
          />
        </CardBody>
      </Card>
    </div>
  );
}
