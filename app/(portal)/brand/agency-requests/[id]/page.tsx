import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ObjectHistory } from '@/components/audit/object-history';
import { AttachedDocument } from '@/components/brand/attached-document';
import { RequestAgencyAuthorizationForm } from '@/components/brand/brand-forms';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/authz/guards';
import { getAgencyRequest } from '@/lib/data/agency-authorizations';
import { agencyMayAct } from '@/lib/domain/standing';
import { agencyRequestViolation } from '@/lib/domain/verification';
import { isExpired } from '@/lib/domain/rights';
import { VERIFICATION_TONE } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { firstParam, type SearchParams } from '@/lib/validations/list-filters';
import { requestAgencyAuthorizationAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('brand.agencyRequest.title') };
}

export default async function AgencyRequestPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const user = await requirePermission('agencyAuthorization.request', `/brand/agency-requests/${encodeURIComponent(id)}`);
  const request = await getAgencyRequest(user.organisationId, id);
  if (!request) notFound();
  const [t, locale, query] = await Promise.all([getServerTranslator(), getLocale(), searchParams]);
  const now = new Date();
  const format = makeFormat(locale, now);
  const lapsed = request.status === 'VERIFIED' && isExpired(request.validUntil, now);
  const mayAct = agencyMayAct(request, now);
  const mayResubmit = agencyRequestViolation(request, now) === null;

  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <Link href="/brand#agency-requests" className="text-sm text-brand-700 hover:underline">
          ← {t('brand.detail.back')}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-slate-900">{t('brand.agencyRequest.heading', { brand: request.brand.name })}</h1>
          {lapsed ? (
            <Badge tone="neutral">{t('brand.agencyRequest.expired')}</Badge>
          ) : (
            <Badge tone={VERIFICATION_TONE[request.status]}>{t(`brand.verification.${request.status}`)}</Badge>
          )}
        </div>
      </div>

      {firstParam(query, 'requested') ? <Alert tone="success">{t('brand.agencyRequest.requested')}</Alert> : null}
      {request.status === 'REJECTED' && request.statusReason ? (
        <Alert tone="error">{t('brand.agencyRequest.rejectedBecause', { reason: request.statusReason })}</Alert>
      ) : null}

      <Card>
        <CardBody>
          <dl className="grid gap-x-8 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-500">{t('brand.agencyRequest.brand')}</dt>
            <dd className="text-slate-800">
              {mayAct ? (
                <Link href={`/brand/brands/${request.brand.id}`} className="text-brand-700 hover:underline">
                  {request.brand.name}
                </Link>
              ) : (
                request.brand.name
              )}
              {request.brand.category ? <span className="text-slate-500"> · {request.brand.category}</span> : null}
            </dd>
            <dt className="text-slate-500">{t('brand.agencyRequest.owner')}</dt>
            <dd className="text-slate-800">
              {request.brand.ownerOrganisation.name}
              {request.brand.ownerOrganisation.country ? ` (${request.brand.ownerOrganisation.country})` : null}
            </dd>
            <dt className="text-slate-500">{t('brand.agencyRequest.brandStatus')}</dt>
            <dd>
              <Badge tone={VERIFICATION_TONE[request.brand.verificationStatus]}>{t(`brand.verification.${request.brand.verificationStatus}`)}</Badge>
            </dd>
            <dt className="text-slate-500">{t('brand.agencyRequest.validUntil')}</dt>
            <dd className="text-slate-800">{request.validUntil ? format.date(request.validUntil) : t('brand.detail.agencies.noEnd')}</dd>
            <dt className="text-slate-500">{t('brand.agencyRequest.submitted')}</dt>
            <dd className="text-slate-800">{format.dateTime(request.updatedAt)}</dd>
          </dl>
          <p className="mt-4 text-sm text-slate-600">{t(mayAct ? 'brand.agencyRequest.mayAct' : request.status === 'PENDING' ? 'brand.agencyRequest.waiting' : 'brand.agencyRequest.mayNotAct')}</p>
        </CardBody>
      </Card>

      <Card aria-labelledby="document-title">
        <CardHeader title={<span id="document-title">{t('brand.agencyRequest.document')}</span>} />
        <CardBody>
          <AttachedDocument viewer={user} documentId={request.powerOfAttorneyDocument?.id ?? null} missing={t('brand.agencyRequest.noDocument')} />
        </CardBody>
      </Card>

      {mayResubmit ? (
        <Card aria-labelledby="resubmit-title">
          <CardHeader
            title={<span id="resubmit-title">{t(lapsed ? 'brand.agencyRequest.renewTitle' : 'brand.agencyRequest.resubmitTitle')}</span>}
            description={t('brand.agencyRequest.resubmitDescription')}
          />
          <CardBody>
            <RequestAgencyAuthorizationForm
              action={requestAgencyAuthorizationAction}
              brandId={request.brand.id}
              submitLabel={t(lapsed ? 'brand.agencyForm.submitRenewal' : 'brand.agencyForm.submitResubmission')}
            />
          </CardBody>
        </Card>
      ) : null}

      <ObjectHistory objectType="agencyAuthorization" objectId={request.id} viewer={user} />
    </div>
  );
}
