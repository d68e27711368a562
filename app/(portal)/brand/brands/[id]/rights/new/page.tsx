import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RightForm } from '@/components/brand/right-form';
import { Card, CardBody } from '@/components/ui/card';
import { requirePermission } from '@/lib/authz/guards';
import { getBrandForOrganisation } from '@/lib/data/brands';
import { getServerTranslator } from '@/lib/i18n/server';
import { createRightAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('brand.newRight.title') };
}

export default async function NewRightPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission('right.create', `/brand/brands/${encodeURIComponent(id)}/rights/new`);
  const brand = await getBrandForOrganisation(user.organisationId, id);
  if (!brand) notFound();
  const t = await getServerTranslator();
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <Link href={`/brand/brands/${brand.id}`} className="text-sm text-brand-700 hover:underline">
          ← {brand.name}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t('brand.newRight.heading', { brand: brand.name })}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('brand.newRight.intro')}</p>
      </div>
      <Card>
        <CardBody className="py-6">
          <RightForm
            action={createRightAction}
            hidden={{ brandId: brand.id }}
            submitLabel={t('brand.rightForm.submitNew')}
            ownerHint={brand.ownerOrganisation.name}
          />
        </CardBody>
      </Card>
    </div>
  );
}
