import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ObjectHistory } from '@/components/audit/object-history';
import { AttachedDocument } from '@/components/brand/attached-document';
import { RightFacts } from '@/components/brand/right-facts';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { getRightForOrganisation } from '@/lib/data/rights';
import { canCarryClaim, rightStanding } from '@/lib/domain/rights';
import { RIGHT_STANDING_TONE } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { firstParam, type SearchParams } from '@/lib/validations/list-filters';

const SAVED = ['added', 'updated', 'resubmitted', 'unchanged'] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('brand.rightPage.title') };
}

export default async function RightPage({ params, searchParams }: { params: Promise<{ id: string; rightId: string }>; searchParams: Promise<SearchParams> }) {
  const { id, rightId } = await params;
  const user = await requirePermission('brand.viewOwn', `/brand/brands/${encodeURIComponent(id)}/rights/${encodeURIComponent(rightId)}`);
  const now = new Date();
  const right = await getRightForOrganisation(user.organisationId, id, rightId, now);
  if (!right) notFound();
  const [t, locale, query] = await Promise.all([getServerTranslator(), getLocale(), searchParams]);
  const format = makeFormat(locale, now);
  const standing = rightStanding(right, now);
  const saved = SAVED.find((s) => s === firstParam(query, 'saved'));

  return (
    <div className="max-w-4xl space-y-6">
      <div>
        <Link href={`/brand/brands/${right.brandId}`} className="text-sm text-brand-700 hover:underline">
          ← {right.brand.name}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-slate-900">{t('brand.rightPage.heading', { office: right.office, number: right.registrationNumber })}</h1>
          <Badge tone={RIGHT_STANDING_TONE[standing]}>{t(`brand.rightStanding.${standing}`)}</Badge>
        </div>
        <p className="mt-1 text-sm text-slate-600">
          {t(`brand.rightType.${right.type}`)} · {right.brand.name}
        </p>
      </div>

      {saved ? <Alert tone="success">{t(`brand.rightPage.saved.${saved}`)}</Alert> : null}
      {right.status === 'REJECTED' ? (
        <Alert tone="error">
          <p className="font-medium">{t('brand.rightPage.rejected')}</p>
          {right.statusReason ? <p className="mt-1">{t('brand.rightPage.reason', { reason: right.statusReason })}</p> : null}
        </Alert>
      ) : (
        <Alert tone={canCarryClaim(right, now) ? 'success' : 'info'}>
          <p>{t(`brand.rightPage.standing.${standing}`, { date: right.expiresAt ? format.date(right.expiresAt) : '—' })}</p>
          {right.status === 'VERIFIED' && right.statusReason ? <p className="mt-1">{t('brand.rightPage.note', { note: right.statusReason })}</p> : null}
        </Alert>
      )}

      <Card>
        <CardHeader
          title={t('brand.rightPage.facts')}
          action={
            can(user.role, 'right.update') ? (
              <Button asChild variant={right.status === 'REJECTED' ? 'primary' : 'secondary'} size="sm">
                <Link href={`/brand/brands/${right.brandId}/rights/${right.id}/edit`}>
                  {t(right.status === 'REJECTED' ? 'brand.rightPage.resubmit' : 'brand.rightPage.edit')}
                </Link>
              </Button>
            ) : null
          }
        />
        <CardBody>
          <RightFacts right={right} t={t} format={format} />
        </CardBody>
      </Card>

      <Card>
        <CardHeader title={t('brand.rightPage.certificate')} />
        <CardBody>
          <AttachedDocument viewer={user} documentId={right.certificateDocumentId} missing={t('brand.rightPage.noCertificate')} />
        </CardBody>
      </Card>

      <ObjectHistory objectType="right" objectId={right.id} viewer={user} />
    </div>
  );
}
