import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ObjectHistory } from '@/components/audit/object-history';
import { AttachedDocument } from '@/components/brand/attached-document';
import { RightFacts } from '@/components/brand/right-facts';
import { ChecklistCard } from '@/components/review/checklist';
import { DecisionForm } from '@/components/review/decision-form';
import { verificationHref } from '@/components/review/verification-href';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/authz/guards';
import { getRightForReview } from '@/lib/data/verifications';
import { RIGHT_CHECKS, rightStanding } from '@/lib/domain/rights';
import { RIGHT_STANDING_TONE, VERIFICATION_TONE } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { decideRightAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('review.rightReview.title') };
}

export default async function RightReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission('right.verify', `/review/verifications/rights/${encodeURIComponent(id)}`);
  const now = new Date();
  const right = await getRightForReview(user, id, now);
  if (!right) notFound();
  const [t, locale] = await Promise.all([getServerTranslator(), getLocale()]);
  const format = makeFormat(locale, now);
  const standing = rightStanding(right, now);
  const owner = right.brand.ownerOrganisation;

  return (
    <div className="space-y-6">
      <div>
        <Link href="/review/verifications" className="text-sm text-brand-700 hover:underline">
          ← {t('review.verifications.title')}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-slate-900">{t('review.rightReview.heading', { office: right.office, number: right.registrationNumber })}</h1>
          <Badge tone={RIGHT_STANDING_TONE[standing]}>{t(`brand.rightStanding.${standing}`)}</Badge>
        </div>
        <p className="mt-1 text-sm text-slate-600">
          {t('review.rightReview.forBrand', { brand: right.brand.name, owner: owner.name })}{' '}
          <Link href={verificationHref('brand', right.brand.id)} className="text-brand-700 hover:underline">
            {t('review.rightReview.openBrand')}
          </Link>
        </p>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <Card aria-labelledby="facts-title">
            <CardHeader title={<span id="facts-title">{t('review.rightReview.facts')}</span>} />
            <CardBody>
              <RightFacts right={right} t={t} format={format} />
            </CardBody>
          </Card>

          <ChecklistCard
            items={RIGHT_CHECKS.map((key) => ({
              key,
              result: right.checklist[key],
              label: t(`review.checklist.right.${key}`, { office: right.office, owner: owner.name }),
            }))}
          />

          <Card aria-labelledby="decision-title">
            <CardHeader title={<span id="decision-title">{t('review.decision.title')}</span>} />
            <CardBody>
              {right.status === 'PENDING' ? (
                <DecisionForm action={decideRightAction} id={right.id} version={right.version} verifyLabel={t('review.decision.verifyRight')} />
              ) : (
                <p className="text-sm text-slate-700">
                  {t('review.decision.alreadyDecided', {
                    status: t(`brand.rightStanding.${right.status}`),
                    reviewer: right.verifiedBy?.name ?? '—',
                  })}
                  {right.statusReason ? ` ${t('review.decision.reasonGiven', { reason: right.statusReason })}` : null}
                </p>
              )}
            </CardBody>
          </Card>
        </div>

        <div className="space-y-6">
          <Card aria-labelledby="certificate-title">
            <CardHeader title={<span id="certificate-title">{t('review.rightReview.certificate')}</span>} />
            <CardBody>
              <AttachedDocument viewer={user} documentId={right.certificateDocumentId} missing={t('review.rightReview.noCertificate')} />
            </CardBody>
          </Card>

          <Card aria-labelledby="brand-title">
            <CardHeader title={<span id="brand-title">{t('review.rightReview.brand')}</span>} />
            <CardBody className="space-y-3 text-sm">
              <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-500">{t('review.rightReview.brandStatus')}</dt>
                <dd>
                  <Badge tone={VERIFICATION_TONE[right.brand.verificationStatus]}>{t(`brand.verification.${right.brand.verificationStatus}`)}</Badge>
                </dd>
                <dt className="text-slate-500">{t('review.rightReview.owner')}</dt>
                <dd className="text-slate-800">
                  {owner.name}
                  {owner.country ? ` (${owner.country})` : null} ·{' '}
                  <Badge tone={VERIFICATION_TONE[owner.verificationStatus]}>{t(`brand.verification.${owner.verificationStatus}`)}</Badge>
                </dd>
              </dl>
              <h3 className="pt-2 font-medium text-slate-800">{t('review.rightReview.otherRights')}</h3>
              {right.brand.rights.length === 0 ? (
                <p className="text-slate-600">{t('review.rightReview.noOtherRights')}</p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {right.brand.rights.map((other) => {
                    const otherStanding = rightStanding(other, now);
                    return (
                      <li key={other.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
                        <Link href={verificationHref('right', other.id)} className="font-mono text-xs text-brand-700 hover:underline">
                          {other.office} {other.registrationNumber}
                        </Link>
                        <Badge tone={RIGHT_STANDING_TONE[otherStanding]}>{t(`brand.rightStanding.${otherStanding}`)}</Badge>
                      </li>
                    );
                  })}
                </ul>
              )}
            </CardBody>
          </Card>
        </div>
      </div>

      <ObjectHistory objectType="right" objectId={right.id} viewer={user} />
    </div>
  );
}
