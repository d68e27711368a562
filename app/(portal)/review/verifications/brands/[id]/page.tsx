import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ObjectHistory } from '@/components/audit/object-history';
import { ChecklistCard } from '@/components/review/checklist';
import { DecisionForm } from '@/components/review/decision-form';
import { verificationHref } from '@/components/review/verification-href';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { getBrandForReview } from '@/lib/data/verifications';
import { rightStanding } from '@/lib/domain/rights';
import { agencyMayAct } from '@/lib/domain/standing';
import { RIGHT_STANDING_TONE, VERIFICATION_TONE } from '@/lib/domain/status-tones';
import { BRAND_CHECKS } from '@/lib/domain/verification';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { decideBrandAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('review.brandReview.title') };
}

export default async function BrandReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission('brand.verify', `/review/verifications/brands/${encodeURIComponent(id)}`);
  const brand = await getBrandForReview(user, id);
  if (!brand) notFound();
  const now = new Date();
  const [t, locale] = await Promise.all([getServerTranslator(), getLocale()]);
  const format = makeFormat(locale, now);
  const owner = brand.ownerOrganisation;

  return (
    <div className="space-y-6">
      <div>
        <Link href="/review/verifications" className="text-sm text-brand-700 hover:underline">
          ← {t('review.verifications.title')}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-slate-900">{brand.name}</h1>
          <Badge tone={VERIFICATION_TONE[brand.verificationStatus]}>{t(`brand.verification.${brand.verificationStatus}`)}</Badge>
        </div>
        <p className="mt-1 text-sm text-slate-600">{t('review.brandReview.intro')}</p>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <Card aria-labelledby="facts-title">
            <CardHeader title={<span id="facts-title">{t('review.brandReview.facts')}</span>} />
            <CardBody>
              <dl className="grid gap-x-8 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-500">{t('review.brandReview.name')}</dt>
                <dd className="text-slate-800">{brand.name}</dd>
                <dt className="text-slate-500">{t('review.brandReview.category')}</dt>
                <dd className="text-slate-800">{brand.category ?? '—'}</dd>
                <dt className="text-slate-500">{t('review.brandReview.website')}</dt>
                <dd className="break-all text-slate-800">{brand.website ?? '—'}</dd>
                <dt className="text-slate-500">{t('review.brandReview.owner')}</dt>
                <dd className="text-slate-800">
                  {owner.name}
                  {owner.country ? ` (${owner.country})` : null}{' '}
                  <Badge tone={VERIFICATION_TONE[owner.verificationStatus]}>{t(`brand.verification.${owner.verificationStatus}`)}</Badge>
                  <div className="text-xs text-slate-500">
                    {owner._count.memberships === 0 ? t('review.brandReview.ownerWithoutAccount') : t('review.brandReview.ownerMembers', { count: owner._count.memberships })}
                    {owner.registrationNumber ? ` · ${t('review.brandReview.registrationNumber', { number: owner.registrationNumber })}` : null}
                  </div>
                </dd>
                <dt className="text-slate-500">{t('review.brandReview.submitted')}</dt>
                <dd className="text-slate-800">{format.dateTime(brand.updatedAt)}</dd>
              </dl>
            </CardBody>
          </Card>

          <ChecklistCard
            items={BRAND_CHECKS.map((key) => ({ key, result: brand.checklist[key], label: t(`review.checklist.brand.${key}`, { count: brand.sameNameBrands }) }))}
          />

          <Card aria-labelledby="decision-title">
            <CardHeader title={<span id="decision-title">{t('review.decision.title')}</span>} />
            <CardBody>
              {brand.verificationStatus === 'PENDING' ? (
                <DecisionForm action={decideBrandAction} id={brand.id} version={brand.version} verifyLabel={t('review.decision.verifyBrand')} />
              ) : (
                <p className="text-sm text-slate-700">
                  {t('review.decision.brandNotPending', { status: t(`brand.verification.${brand.verificationStatus}`) })}
                  {brand.verificationNote ? ` ${t('review.decision.reasonGiven', { reason: brand.verificationNote })}` : null}
                </p>
              )}
            </CardBody>
          </Card>
        </div>

        <div className="space-y-6">
          <Card aria-labelledby="rights-title">
            <CardHeader title={<span id="rights-title">{t('review.brandReview.rights')}</span>} />
            <CardBody>
              {brand.rights.length === 0 ? (
                <EmptyState title={t('review.brandReview.noRights')} />
              ) : (
                <Table>
                  <thead>
                    <tr>
                      <Th>{t('review.brandReview.rightColumns.registration')}</Th>
                      <Th>{t('review.brandReview.rightColumns.expires')}</Th>
                      <Th>{t('review.brandReview.rightColumns.status')}</Th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {brand.rights.map((right) => {
                      const standing = rightStanding(right, now);
                      return (
                        <tr key={right.id}>
                          <Td>
                            <Link href={verificationHref('right', right.id)} className="font-mono text-xs text-brand-700 hover:underline">
                              {right.office} {right.registrationNumber}
                            </Link>
                          </Td>
                          <Td className="whitespace-nowrap">{right.expiresAt ? format.date(right.expiresAt) : '—'}</Td>
                          <Td>
                            <Badge tone={RIGHT_STANDING_TONE[standing]}>{t(`brand.rightStanding.${standing}`)}</Badge>
                          </Td>
                        </tr>
                      );
                    })}
                  </tbody>
                </Table>
              )}
            </CardBody>
          </Card>

          <Card aria-labelledby="agencies-title">
            <CardHeader title={<span id="agencies-title">{t('review.brandReview.agencies')}</span>} />
            <CardBody>
              {brand.agencyAuthorizations.length === 0 ? (
                <p className="text-sm text-slate-600">{t('review.brandReview.noAgencies')}</p>
              ) : (
                <ul className="divide-y divide-slate-100 text-sm">
                  {brand.agencyAuthorizations.map((auth) => (
                    <li key={auth.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
                      <Link href={verificationHref('agency', auth.id)} className="text-brand-700 hover:underline">
                        {auth.agency.name}
                      </Link>
                      <span className="flex items-center gap-2">
                        <Badge tone={VERIFICATION_TONE[auth.status]}>{t(`brand.verification.${auth.status}`)}</Badge>
                        {auth.status === 'VERIFIED' && !agencyMayAct(auth, now) ? <Badge tone="neutral">{t('review.verifications.expired')}</Badge> : null}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </CardBody>
          </Card>
        </div>
      </div>

      <ObjectHistory objectType="brand" objectId={brand.id} viewer={user} />
    </div>
  );
}
