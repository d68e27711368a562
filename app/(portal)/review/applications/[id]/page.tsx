import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ActionForm } from '@/components/applications/action-form';
import { documentLine } from '@/components/applications/document-line';
import { DocumentCard } from '@/components/documents/document-card';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { getSessionUser } from '@/lib/auth/session';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { getApplicationForReview } from '@/lib/data/application-review';
import { getDocumentForViewer } from '@/lib/data/documents';
import type { CheckResult } from '@/lib/domain/application-checklist';
import { APPLICATION_STATUS_TONE, type Tone } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { approveApplicationAction, askBrandAction, rejectApplicationAction, requestInfoAction, takeApplicationAction } from '../actions';

const requestNow = cache(() => new Date());
const load = cache((id: string) => getApplicationForReview(id, requestNow()));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [{ id }, user, t] = await Promise.all([params, getSessionUser(), getServerTranslator()]);
  const application = user && can(user.role, 'application.review') ? await load(id) : null;
  return { title: application ? t('applications.review.pageTitle', { storeName: application.store.name, brandName: application.brand.name }) : t('applications.detail.notFoundTitle') };
}

const RESULT_TONE: Record<CheckResult, Tone> = { pass: 'good', fail: 'bad', human: 'warn' };
const NOTICES = ['taken', 'approved', 'rejected', 'infoRequested', 'askedBrand'] as const;

/**
 * One application for the reviewer: the documents (with previews) beside the checklist the
 * system pre-filled, and the decisions open in its status.
 */
export default async function ReviewApplicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> }) {
  const { id } = await params;
  const { notice } = await searchParams;
  const user = await requirePermission('application.review', `/review/applications/${encodeURIComponent(id)}`);
  const application = await load(id);
  if (!application) notFound();
  const [t, locale, views] = await Promise.all([
    getServerTranslator(),
    getLocale(),
    Promise.all(application.documents.map((d) => (d.documentId ? getDocumentForViewer(user, d.documentId) : null))),
  ]);
  const format = makeFormat(locale, requestNow());
  const shownNotice = NOTICES.find((n) => n === notice);
  const guarded = { applicationId: application.id, version: application.version };
  const inReview = application.status === 'IN_REVIEW';
  const decided = application.checklist.decidedAt !== '';
  const factText = (key: string, params: Record<string, string | number>) =>
    // Fact keys come from the pure checklist (lib/domain/application-checklist.ts); the catalogue holds each.
    t(`applications.review.fact.${key}` as never, params as never);

  return (
    <div className="space-y-6">
      <div>
        <Link href="/review/applications" className="text-sm text-brand-700 hover:underline">
          ← {t('applications.review.back')}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t('applications.review.pageTitle', { storeName: application.store.name, brandName: application.brand.name })}</h1>
        <div className="mt-2 flex flex-wrap gap-2">
          <Badge tone={APPLICATION_STATUS_TONE[application.status]}>{t(`applications.status.${application.status}`)}</Badge>
          {application.renewsGrantId ? <Badge tone="info">{t('applications.review.renewal')}</Badge> : null}
        </div>
      </div>
      {shownNotice ? <Alert tone="success">{t(`applications.review.notice.${shownNotice}`)}</Alert> : null}
      {application.status === 'AWAITING_BRAND' ? <Alert tone="info">{t('applications.review.waitingForBrand')}</Alert> : null}
      {application.infoRequest ? (
        <Alert tone="info">
          <strong>{t('applications.review.infoRequest')}:</strong> {application.infoRequest}
        </Alert>
      ) : null}
      {application.sellerNotes.length ? (
        <Card>
          <CardHeader title={t('applications.review.sellerNotes')} />
          <CardBody>
            <ul className="space-y-2 text-sm">
              {application.sellerNotes.map((n) => (
                <li key={n.at.toISOString()}>
                  <span className="text-slate-500">{format.dateTime(n.at)}</span> · <span className="whitespace-pre-wrap text-slate-900">{n.note}</span>
                </li>
              ))}
            </ul>
          </CardBody>
        </Card>
      ) : null}
      {application.decisionReason && (application.status === 'REJECTED' || application.status === 'APPROVED') ? (
        <Alert tone={application.status === 'REJECTED' ? 'error' : 'success'}>
          <strong>{t('applications.review.decisionReason')}:</strong> {application.decisionReason}
        </Alert>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="documents-title">
          <CardHeader title={<span id="documents-title">{t('applications.review.documentsTitle')}</span>} />
          <CardBody>
            <ul className="space-y-4">
              {application.documents.map((d, i) => {
                const view = views[i];
                const askable = inReview && d.kind === 'AUTHORIZATION_LETTER' && !d.code && d.documentId && d.brandConfirmation === 'NOT_REQUESTED';
                return (
                  <li key={d.id} className="space-y-2 rounded-md border border-slate-200 p-3">
                    <p className="text-sm text-slate-900">{documentLine(d, t, format)}</p>
                    {d.kind === 'AUTHORIZATION_LETTER' && !d.code ? (
                      <p className="text-xs text-slate-600">
                        {t(`applications.confirmation.${d.brandConfirmation}`)}
                        {d.confirmationDueAt && d.brandConfirmation === 'REQUESTED' ? ` · ${format.dateTime(d.confirmationDueAt)}` : null}
                        {d.confirmationNote ? ` · ${d.confirmationNote}` : null}
                      </p>
                    ) : null}
                    {view ? <DocumentCard view={view} /> : null}
                    {askable ? (
                      <ActionForm
                        id={`ask-${d.id}`}
                        action={askBrandAction}
                        hidden={{ ...guarded, applicationDocumentId: d.id }}
                        fields={[{ type: 'errors', name: 'applicationDocumentId' }]}
                        submitLabel={t('applications.review.askBrand')}
                        pendingLabel={t('applications.review.askBrandPending')}
                        variant="secondary"
                      />
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </CardBody>
        </Card>

        <Card aria-labelledby="checklist-title">
          <CardHeader
            title={<span id="checklist-title">{t('applications.review.checklistTitle')}</span>}
            description={decided ? t('applications.review.checklistStored') : t('applications.review.checklistIntro')}
          />
          <CardBody className="space-y-4">
            <ul className="space-y-3">
              {application.checklist.checks.map((check) => (
                <li key={check.key} className="rounded-md border border-slate-200 p-3" aria-label={t(`applications.review.check.${check.key}`)}>
                  <div className="flex items-start justify-between gap-2">
                    <p className="text-sm font-medium text-slate-900">{t(`applications.review.check.${check.key}`)}</p>
                    <Badge tone={RESULT_TONE[check.result]}>{t(`applications.review.result.${check.result}`)}</Badge>
                  </div>
                  <ul className="mt-1 list-disc space-y-0.5 pl-5 text-xs text-slate-700">
                    {check.facts.map((f, i) => (
                      <li key={i} className={f.ok ? undefined : 'text-red-700'}>
                        {factText(f.key, f.params)}
                      </li>
                    ))}
                  </ul>
                  {decided && application.checklist.confirmed.includes(check.key) ? <p className="mt-1 text-xs text-slate-600">✓ {t('applications.review.confirmCheck')}</p> : null}
                </li>
              ))}
            </ul>
            {decided && application.checklist.note ? <p className="text-sm text-slate-700">{application.checklist.note}</p> : null}
            {application.status === 'SUBMITTED' ? (
              <ActionForm id="take" action={takeApplicationAction} hidden={guarded} submitLabel={t('applications.review.take')} pendingLabel={t('applications.review.takePending')} />
            ) : null}
            {inReview ? (
              <ActionForm
                id="approve"
                action={approveApplicationAction}
                hidden={guarded}
                fields={[
                  {
                    type: 'checkboxes',
                    name: 'confirmed',
                    label: t('applications.review.confirmCheck'),
                    options: application.checklist.checks
                      .filter((c) => c.result !== 'pass')
                      .map((c) => ({ value: c.key, label: `${t('applications.review.confirmCheck')}: ${t(`applications.review.check.${c.key}`)}` })),
                  },
                  { type: 'textarea', name: 'note', label: t('applications.review.note') },
                ]}
                submitLabel={t('applications.review.approve')}
                pendingLabel={t('applications.review.approvePending')}
              />
            ) : null}
          </CardBody>
        </Card>
      </div>

      {inReview ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <CardBody>
              <ActionForm
                id="request-info"
                action={requestInfoAction}
                title={t('applications.review.requestTitle')}
                hidden={guarded}
                fields={[{ type: 'textarea', name: 'request', label: t('applications.review.request') }]}
                submitLabel={t('applications.review.requestSubmit')}
                pendingLabel={t('applications.review.requestPending')}
                variant="secondary"
              />
            </CardBody>
          </Card>
          <Card>
            <CardBody>
              <ActionForm
                id="reject"
                action={rejectApplicationAction}
                title={t('applications.review.rejectTitle')}
                hidden={guarded}
                fields={[{ type: 'textarea', name: 'reason', label: t('applications.review.reason') }]}
                submitLabel={t('applications.review.reject')}
                pendingLabel={t('applications.review.rejectPending')}
                variant="danger"
              />
            </CardBody>
          </Card>
        </div>
      ) : null}
    </div>
  );
}
