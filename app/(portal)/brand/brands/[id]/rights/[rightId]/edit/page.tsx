import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RightForm } from '@/components/brand/right-form';
import { Alert } from '@/components/ui/alert';
import { Card, CardBody } from '@/components/ui/card';
import { requirePermission } from '@/lib/authz/guards';
import { getRightForOrganisation } from '@/lib/data/rights';
import { getServerTranslator } from '@/lib/i18n/server';
import { isoDate } from '@/lib/validations/fields';
import { updateRightAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('brand.editRight.title') };
}

export default async function EditRightPage({ params }: { params: Promise<{ id: string; rightId: string }> }) {
  const { id, rightId } = await params;
  const user = await requirePermission('right.update', `/brand/brands/${encodeURIComponent(id)}/rights/${encodeURIComponent(rightId)}/edit`);
  const right = await getRightForOrganisation(user.organisationId, id, rightId);
  if (!right) notFound();
  const t = await getServerTranslator();
  const notice = right.status === 'REJECTED' ? 'brand.editRight.rejectedNotice' : right.status === 'VERIFIED' ? 'brand.editRight.verifiedNotice' : null;
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <Link href={`/brand/brands/${right.brandId}/rights/${right.id}`} className="text-sm text-brand-700 hover:underline">
          ← {t('brand.rightPage.back', { number: right.registrationNumber })}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">
          {t(right.status === 'REJECTED' ? 'brand.editRight.headingResubmit' : 'brand.editRight.heading', { number: right.registrationNumber })}
        </h1>
        <p className="mt-1 text-sm text-slate-600">{right.brand.name}</p>
      </div>
      {notice ? (
        <Alert tone="info">
          {right.status === 'REJECTED' && right.statusReason ? <p className="mb-1">{t('brand.rightPage.reason', { reason: right.statusReason })}</p> : null}
          <p>{t(notice)}</p>
        </Alert>
      ) : null}
      <Card>
        <CardBody className="py-6">
          <RightForm
            action={updateRightAction}
            hidden={{ rightId: right.id, version: String(right.version) }}
            initial={{
              type: right.type,
              registrationNumber: right.registrationNumber,
              office: right.office,
              jurisdiction: right.jurisdiction,
              classes: right.classes.join(', '),
              ownerName: right.ownerName,
              registeredAt: isoDate(right.registeredAt),
              expiresAt: isoDate(right.expiresAt),
            }}
            certificate={right.certificateDocument}
            submitLabel={t(right.status === 'REJECTED' ? 'brand.rightForm.submitResubmit' : 'brand.rightForm.submitSave')}
            ownerHint={right.brand.ownerOrganisation.name}
          />
        </CardBody>
      </Card>
    </div>
  );
}
