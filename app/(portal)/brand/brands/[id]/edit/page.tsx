import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EditBrandForm } from '@/components/brand/brand-forms';
import { Alert } from '@/components/ui/alert';
import { Card, CardBody } from '@/components/ui/card';
import { requirePermission } from '@/lib/authz/guards';
import { getBrandForOrganisation } from '@/lib/data/brands';
import { getServerTranslator } from '@/lib/i18n/server';
import { updateBrandAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('brand.editBrand.title') };
}

export default async function EditBrandPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission('brand.update', `/brand/brands/${encodeURIComponent(id)}/edit`);
  const brand = await getBrandForOrganisation(user.organisationId, id);
  if (!brand) notFound();
  const t = await getServerTranslator();
  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <Link href={`/brand/brands/${brand.id}`} className="text-sm text-brand-700 hover:underline">
          ← {brand.name}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">
          {t(brand.verificationStatus === 'REJECTED' ? 'brand.editBrand.headingResubmit' : 'brand.editBrand.heading', { brand: brand.name })}
        </h1>
      </div>
      {brand.verificationStatus === 'REJECTED' && brand.verificationNote ? (
        <Alert tone="error">{t('brand.detail.reviewerNote', { note: brand.verificationNote })}</Alert>
      ) : null}
      <Card>
        <CardBody className="py-6">
          <EditBrandForm
            action={updateBrandAction}
            brandId={brand.id}
            version={brand.version}
            initial={{ name: brand.name, category: brand.category ?? '', website: brand.website ?? '' }}
            renameWarning={
              brand.verificationStatus === 'VERIFIED'
                ? t('brand.editBrand.renameWarning')
                : brand.verificationStatus === 'REJECTED'
                  ? t('brand.editBrand.resubmitNotice')
                  : null
            }
          />
        </CardBody>
      </Card>
    </div>
  );
}
