import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SubmitVerificationForm } from '@/components/store-verification/submit-verification-form';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { getStoreVerificationForSeller } from '@/lib/data/store-verification';
import { VERIFICATION_TONE } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { firstParam, type SearchParams } from '@/lib/validations/list-filters';
import { submitStoreVerificationAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('storeVerification.seller.title') };
}

/**
 * A store's verification as its seller sees it: where it stands, the form while it may
 * submit (never verified, or rejected), and every submission with the reviewer's reason.
 * Of the identity document the seller sees only that it was submitted.
 */
export default async function StoreVerificationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requirePermission('store.viewOwn', `/seller/stores/${encodeURIComponent(id)}/verification`);
  const verification = await getStoreVerificationForSeller(user.organisationId, id);
  if (!verification) notFound();
  const [t, locale] = await Promise.all([getServerTranslator(), getLocale()]);
  const format = makeFormat(locale, new Date());
  const { store, submissions, refusal } = verification;
  const mayFile = refusal === null && can(user.role, 'storeVerification.submit');
  const latest = submissions[0];

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <Link href={`/seller/stores/${store.id}`} className="text-sm text-brand-700 hover:underline">
          ← {store.name}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold break-words text-slate-900">{t('storeVerification.seller.heading', { store: store.name })}</h1>
          <Badge tone={VERIFICATION_TONE[store.verificationStatus]}>{t(`storeVerification.status.${store.verificationStatus}`)}</Badge>
        </div>
        <p className="mt-1 text-sm text-slate-600">{t('storeVerification.seller.intro')}</p>
      </div>

      {firstParam(query, 'submitted') === '1' ? <Alert tone="success">{t('storeVerification.seller.submitted')}</Alert> : null}
      {store.verificationStatus === 'REJECTED' && latest?.reason ? (
        <Alert tone="error">{t('storeVerification.seller.rejectedBecause', { reason: latest.reason })}</Alert>
      ) : null}

      <Card aria-labelledby="submit-title">
        <CardHeader title={<span id="submit-title">{t('storeVerification.seller.formTitle')}</span>} />
        <CardBody>
          {mayFile ? (
            <SubmitVerificationForm
              action={submitStoreVerificationAction}
              storeId={store.id}
              previous={{
                licenceNumber: latest?.licenceNumber ?? store.businessLicenceNumber,
                ownerName: latest?.ownerName ?? null,
                ownerPhone: latest?.ownerPhone ?? null,
              }}
            />
          ) : (
            <p className="text-sm text-slate-700">{t(`storeVerification.seller.refusal.${refusal ?? 'verified'}`)}</p>
          )}
        </CardBody>
      </Card>

      <Card aria-labelledby="submissions-title">
        <CardHeader title={<span id="submissions-title">{t('storeVerification.seller.submissionsTitle')}</span>} />
        <CardBody>
          {submissions.length ? (
            <Table>
              <caption className="sr-only">{t('storeVerification.seller.submissionsTitle')}</caption>
              <thead>
                <tr>
                  <Th>{t('storeVerification.columns.submitted')}</Th>
                  <Th>{t('storeVerification.columns.status')}</Th>
                  <Th>{t('storeVerification.columns.facts')}</Th>
                  <Th>{t('storeVerification.columns.documents')}</Th>
                  <Th>{t('storeVerification.columns.reason')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {submissions.map((row) => (
                  <tr key={row.id}>
                    <Td className="whitespace-nowrap">{row.submittedAt ? format.dateTime(row.submittedAt) : '—'}</Td>
                    <Td>
                      <Badge tone={VERIFICATION_TONE[row.status]}>{t(`storeVerification.status.${row.status}`)}</Badge>
                    </Td>
                    <Td className="text-xs text-slate-700">
                      <div>{t('storeVerification.facts.licenceNumber', { value: row.licenceNumber ?? '—' })}</div>
                      <div>{t('storeVerification.facts.owner', { name: row.ownerName ?? '—', phone: row.ownerPhone ?? '—' })}</div>
                    </Td>
                    <Td className="text-xs text-slate-700">
                      {row.businessLicence ? (
                        <div>
                          {t('storeVerification.seller.licenceFile')}{' '}
                          <a href={`/api/documents/${row.businessLicence.id}`} className="text-brand-700 underline">
                            {row.businessLicence.fileName}
                          </a>
                        </div>
                      ) : null}
                      {row.identityDocument ? (
                        <div>
                          {t('storeVerification.seller.identityFile', {
                            fileName: row.identityDocument.fileName,
                            when: format.dateTime(row.identityDocument.createdAt),
                          })}
                        </div>
                      ) : null}
                    </Td>
                    <Td className="max-w-xs text-sm break-words">{row.reason ?? '—'}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={t('storeVerification.seller.noSubmissions')} />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
