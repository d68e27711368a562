import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ObjectHistory } from '@/components/audit/object-history';
import { AttachedDocument } from '@/components/brand/attached-document';
import { StoreDecisionForm } from '@/components/store-verification/store-decision-form';
import { storeVerificationHref } from '@/components/store-verification/pending-stores-card';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { getStoreVerificationForReview } from '@/lib/data/store-verification';
import { STORE_STATUS_TONE, VERIFICATION_TONE } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { decideStoreVerificationAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('storeVerification.review.title') };
}

/**
 * One store's submission for the reviewer: both documents (previews through the evidence
 * store) beside the declared facts, the store's standing and earlier submissions, the
 * decision, and the store's history.
 */
export default async function StoreVerificationReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission('store.verify', `/review/verifications/stores/${encodeURIComponent(id)}`);
  const verification = await getStoreVerificationForReview(user, id);
  if (!verification) notFound();
  const [t, locale] = await Promise.all([getServerTranslator(), getLocale()]);
  const format = makeFormat(locale, new Date());
  const { store } = verification;
  const seller = store.sellerOrganisation;

  return (
    <div className="space-y-6">
      <div>
        <Link href="/review/verifications#stores" className="text-sm text-brand-700 hover:underline">
          ← {t('review.verifications.title')}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold break-words text-slate-900">{t('storeVerification.review.heading', { store: store.name })}</h1>
          <Badge tone={VERIFICATION_TONE[verification.status]}>{t(`storeVerification.status.${verification.status}`)}</Badge>
        </div>
        <p className="mt-1 text-sm text-slate-600">
          {t('storeVerification.review.submittedBy', {
            name: verification.submitter?.name ?? '—',
            when: verification.submittedAt ? format.dateTime(verification.submittedAt) : '—',
          })}
        </p>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <Card aria-labelledby="facts-title">
            <CardHeader title={<span id="facts-title">{t('storeVerification.review.facts')}</span>} />
            <CardBody>
              <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-500">{t('storeVerification.form.licenceNumber')}</dt>
                <dd className="font-mono text-slate-900">{verification.licenceNumber ?? '—'}</dd>
                <dt className="text-slate-500">{t('storeVerification.form.ownerName')}</dt>
                <dd className="text-slate-900">{verification.ownerName ?? '—'}</dd>
                <dt className="text-slate-500">{t('storeVerification.form.ownerPhone')}</dt>
                <dd className="font-mono text-slate-900">{verification.ownerPhone ?? '—'}</dd>
                <dt className="text-slate-500">{t('storeVerification.review.submitterEmail')}</dt>
                <dd className="text-slate-900">{verification.submitter?.email ?? '—'}</dd>
                <dt className="text-slate-500">{t('storeVerification.review.seller')}</dt>
                <dd className="text-slate-900">
                  {seller ? (
                    <>
                      {seller.name}
                      {seller.country ? ` (${seller.country})` : null}{' '}
                      <Badge tone={VERIFICATION_TONE[seller.verificationStatus]}>{t(`storeVerification.status.${seller.verificationStatus}`)}</Badge>
                    </>
                  ) : (
                    '—'
                  )}
                </dd>
                <dt className="text-slate-500">{t('storeVerification.review.registeredNumber')}</dt>
                <dd className="font-mono text-slate-900">{seller?.registrationNumber ?? '—'}</dd>
              </dl>
              {verification.otherStoresWithLicence > 0 ? (
                <p className="mt-3 text-sm text-amber-800">{t('storeVerification.review.licenceElsewhere', { count: verification.otherStoresWithLicence })}</p>
              ) : null}
            </CardBody>
          </Card>

          <Card aria-labelledby="decision-title">
            <CardHeader title={<span id="decision-title">{t('storeVerification.decision.title')}</span>} />
            <CardBody>
              {verification.status === 'PENDING' ? (
                <StoreDecisionForm action={decideStoreVerificationAction} id={verification.id} version={verification.version} />
              ) : (
                <p className="text-sm text-slate-700">
                  {t('storeVerification.decision.alreadyDecided', {
                    status: t(`storeVerification.status.${verification.status}`),
                    reviewer: verification.reviewer?.name ?? '—',
                  })}
                  {verification.reason ? ` ${t('storeVerification.decision.reasonGiven', { reason: verification.reason })}` : null}
                </p>
              )}
            </CardBody>
          </Card>

          <Card aria-labelledby="store-title">
            <CardHeader title={<span id="store-title">{t('storeVerification.review.store')}</span>} />
            <CardBody className="space-y-3 text-sm">
              <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-500">{t('storeVerification.columns.status')}</dt>
                <dd>
                  <Badge tone={STORE_STATUS_TONE[store.status]}>{t(`seller.storeStatus.${store.status}`)}</Badge>{' '}
                  <Badge tone={VERIFICATION_TONE[store.verificationStatus]}>{t(`storeVerification.status.${store.verificationStatus}`)}</Badge>
                </dd>
                <dt className="text-slate-500">{t('storeVerification.review.opened')}</dt>
                <dd className="text-slate-900">{format.date(store.openedAt)}</dd>
              </dl>
              <h3 className="pt-2 font-medium text-slate-800">{t('storeVerification.review.earlier')}</h3>
              {verification.history.length ? (
                <Table>
                  <caption className="sr-only">{t('storeVerification.review.earlier')}</caption>
                  <thead>
                    <tr>
                      <Th>{t('storeVerification.columns.submitted')}</Th>
                      <Th>{t('storeVerification.columns.status')}</Th>
                      <Th>{t('storeVerification.columns.reason')}</Th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {verification.history.map((row) => (
                      <tr key={row.id}>
                        <Td className="whitespace-nowrap">
                          <Link href={storeVerificationHref(row.id)} className="text-brand-700 hover:underline">
                            {row.submittedAt ? format.dateTime(row.submittedAt) : '—'}
                          </Link>
                        </Td>
                        <Td>
                          <Badge tone={VERIFICATION_TONE[row.status]}>{t(`storeVerification.status.${row.status}`)}</Badge>
                        </Td>
                        <Td className="max-w-xs break-words">{row.reason ?? '—'}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              ) : (
                <p className="text-slate-600">{t('storeVerification.review.noEarlier')}</p>
              )}
            </CardBody>
          </Card>
        </div>

        <div className="space-y-6">
          <Card aria-labelledby="licence-title">
            <CardHeader title={<span id="licence-title">{t('storeVerification.form.businessLicence')}</span>} />
            <CardBody>
              <AttachedDocument viewer={user} documentId={verification.businessLicenceDocumentId} missing={t('storeVerification.review.noDocument')} />
            </CardBody>
          </Card>
          <Card aria-labelledby="identity-title">
            <CardHeader
              title={<span id="identity-title">{t('storeVerification.form.identityDocument')}</span>}
              description={t('storeVerification.review.identityStaffOnly')}
            />
            <CardBody>
              <AttachedDocument viewer={user} documentId={verification.identityDocumentId} missing={t('storeVerification.review.noDocument')} />
            </CardBody>
          </Card>
        </div>
      </div>

      <ObjectHistory objectType="store" objectId={store.id} viewer={user} />
    </div>
  );
}
