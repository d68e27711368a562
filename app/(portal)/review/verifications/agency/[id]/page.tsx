import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ObjectHistory } from '@/components/audit/object-history';
import { AttachedDocument } from '@/components/brand/attached-document';
import { ChecklistCard } from '@/components/review/checklist';
import { DecisionForm } from '@/components/review/decision-form';
import { verificationHref } from '@/components/review/verification-href';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/authz/guards';
import { getAgencyAuthorizationForReview } from '@/lib/data/verifications';
import { isExpired } from '@/lib/domain/rights';
import { VERIFICATION_TONE } from '@/lib/domain/status-tones';
import { AGENCY_CHECKS } from '@/lib/domain/verification';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { decideAgencyAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('review.agencyReview.title') };
}

export default async function AgencyReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission('agencyAuthorization.verify', `/review/verifications/agency/${encodeURIComponent(id)}`);
  const now = new Date();
  const authorization = await getAgencyAuthorizationForReview(user, id, now);
  if (!authorization) notFound();
  const [t, locale] = await Promise.all([getServerTranslator(), getLocale()]);
  const format = makeFormat(locale, now);
  const { agency, brand } = authorization;

  return (
    <div className="space-y-6">
      <div>
        <Link href="/review/verifications" className="text-sm text-brand-700 hover:underline">
          ← {t('review.verifications.title')}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-slate-900">{t('review.agencyReview.heading', { agency: agency.name, brand: brand.name })}</h1>
          <Badge tone={VERIFICATION_TONE[authorization.status]}>{t(`brand.verification.${authorization.status}`)}</Badge>
        </div>
        <p className="mt-1 text-sm text-slate-600">{t('review.agencyReview.intro')}</p>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <Card aria-labelledby="facts-title">
            <CardHeader title={<span id="facts-title">{t('review.agencyReview.facts')}</span>} />
            <CardBody>
              <dl className="grid gap-x-8 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-500">{t('review.agencyReview.agency')}</dt>
                <dd className="text-slate-800">
                  {agency.name}
                  {agency.country ? ` (${agency.country})` : null}{' '}
                  <Badge tone={VERIFICATION_TONE[agency.verificationStatus]}>{t(`brand.verification.${agency.verificationStatus}`)}</Badge>
                  {agency.registrationNumber ? (
                    <div className="text-xs text-slate-500">{t('review.brandReview.registrationNumber', { number: agency.registrationNumber })}</div>
                  ) : null}
                </dd>
                <dt className="text-slate-500">{t('review.agencyReview.brand')}</dt>
                <dd className="text-slate-800">
                  <Link href={verificationHref('brand', brand.id)} className="text-brand-700 hover:underline">
                    {brand.name}
                  </Link>{' '}
                  <Badge tone={VERIFICATION_TONE[brand.verificationStatus]}>{t(`brand.verification.${brand.verificationStatus}`)}</Badge>
                </dd>
                <dt className="text-slate-500">{t('review.agencyReview.owner')}</dt>
                <dd className="text-slate-800">
                  {brand.ownerOrganisation.name}
                  {brand.ownerOrganisation.country ? ` (${brand.ownerOrganisation.country})` : null}{' '}
                  <Badge tone={VERIFICATION_TONE[brand.ownerOrganisation.verificationStatus]}>
                    {t(`brand.verification.${brand.ownerOrganisation.verificationStatus}`)}
                  </Badge>
                </dd>
                <dt className="text-slate-500">{t('review.agencyReview.validUntil')}</dt>
                <dd className="flex flex-wrap items-center gap-2 text-slate-800">
                  {authorization.validUntil ? format.date(authorization.validUntil) : t('review.verifications.noEnd')}
                  {isExpired(authorization.validUntil, now) ? <Badge tone="bad">{t('review.verifications.expired')}</Badge> : null}
                </dd>
                <dt className="text-slate-500">{t('review.agencyReview.submitted')}</dt>
                <dd className="text-slate-800">{format.dateTime(authorization.updatedAt)}</dd>
              </dl>
            </CardBody>
          </Card>

          <ChecklistCard
            items={AGENCY_CHECKS.map((key) => ({ key, result: authorization.checklist[key], label: t(`review.checklist.agency.${key}`) }))}
          />

          <Card aria-labelledby="decision-title">
            <CardHeader title={<span id="decision-title">{t('review.decision.title')}</span>} />
            <CardBody>
              {authorization.status === 'PENDING' ? (
                <DecisionForm action={decideAgencyAction} id={authorization.id} version={authorization.version} verifyLabel={t('review.decision.verifyAgency')} />
              ) : (
                <p className="text-sm text-slate-700">
                  {t('review.decision.brandNotPending', { status: t(`brand.verification.${authorization.status}`) })}
                  {authorization.statusReason ? ` ${t('review.decision.reasonGiven', { reason: authorization.statusReason })}` : null}
                </p>
              )}
            </CardBody>
          </Card>
        </div>

        <div className="space-y-6">
          <Card aria-labelledby="document-title">
            <CardHeader title={<span id="document-title">{t('review.agencyReview.document')}</span>} />
            <CardBody>
              <AttachedDocument viewer={user} documentId={authorization.powerOfAttorneyDocumentId} missing={t('review.agencyReview.noDocument')} />
            </CardBody>
          </Card>
        </div>
      </div>

      <ObjectHistory objectType="agencyAuthorization" objectId={authorization.id} viewer={user} />
    </div>
  );
}
