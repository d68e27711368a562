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
import { getApplicationForSeller } from '@/lib/data/applications';
import { getDocumentForViewer } from '@/lib/data/documents';
import { APPLICATION_STATUS_TONE } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { addCodeAction, addInvoiceAction, addLetterAction, removeDocumentAction, submitApplicationAction, withdrawApplicationAction } from '../actions';

const load = cache((organisationId: string, id: string) => getApplicationForSeller(organisationId, id));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [{ id }, user, t] = await Promise.all([params, getSessionUser(), getServerTranslator()]);
  const application = user && can(user.role, 'application.file') ? await load(user.organisationId, id) : null;
  return { title: application ? t('applications.detail.pageTitle', { brandName: application.brand.name, storeName: application.store.name }) : t('applications.detail.notFoundTitle') };
}

const NOTICES = ['created', 'documentAdded', 'documentRemoved', 'submitted', 'withdrawn'] as const;

/** One application as its seller sees it: the facts, its documents, and what may be done next. */
export default async function SellerApplicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> }) {
  const { id } = await params;
  const { notice } = await searchParams;
  const user = await requirePermission('application.file', `/seller/applications/${encodeURIComponent(id)}`);
  const application = await load(user.organisationId, id);
  if (!application) notFound();
  const now = new Date();
  const [t, locale, views] = await Promise.all([
    getServerTranslator(),
    getLocale(),
    Promise.all(application.documents.map((d) => (d.documentId ? getDocumentForViewer(user, d.documentId) : null))),
  ]);
  const format = makeFormat(locale, now);
  const shownNotice = NOTICES.find((n) => n === notice);
  const resubmitting = application.status === 'INFO_REQUESTED';

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <div>
        <Link href="/seller/applications" className="text-sm text-brand-700 hover:underline">
          ← {t('applications.detail.back')}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t('applications.detail.pageTitle', { brandName: application.brand.name, storeName: application.store.name })}</h1>
        <div className="mt-2">
          <Badge tone={APPLICATION_STATUS_TONE[application.status]}>{t(`applications.status.${application.status}`)}</Badge>
        </div>
      </div>
      {shownNotice ? <Alert tone="success">{t(`applications.detail.notice.${shownNotice}`)}</Alert> : null}
      {application.infoRequest && resubmitting ? (
        <Alert tone="info">
          <strong>{t('applications.detail.infoRequestTitle')}:</strong> {application.infoRequest}
        </Alert>
      ) : null}
      {application.status === 'REJECTED' && application.decisionReason ? (
        <Alert tone="error">
          <strong>{t('applications.detail.decisionReasonTitle')}:</strong> {application.decisionReason}
        </Alert>
      ) : null}
      {application.grant ? (
        <Card aria-labelledby="grant-title">
          <CardHeader title={<span id="grant-title">{t('applications.detail.grantTitle')}</span>} />
          <CardBody>
            <p className="text-sm text-slate-800">
              {t('applications.detail.grantBody', {
                brandName: application.brand.name,
                productLines: application.grant.productLines.join(', ') || '—',
                expiresAt: format.date(application.grant.expiresAt),
              })}
            </p>
          </CardBody>
        </Card>
      ) : null}

      <Card aria-labelledby="facts-title">
        <CardHeader title={<span id="facts-title">{t('applications.detail.factsTitle')}</span>} />
        <CardBody>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-500">{t('applications.detail.facts.store')}</dt>
            <dd className="text-slate-900">{application.store.name}</dd>
            <dt className="text-slate-500">{t('applications.detail.facts.brand')}</dt>
            <dd className="text-slate-900">{application.brand.name}</dd>
            <dt className="text-slate-500">{t('applications.detail.facts.productLines')}</dt>
            <dd className="text-slate-900">{application.productLines.join(', ') || '—'}</dd>
            <dt className="text-slate-500">{t('applications.detail.facts.submitted')}</dt>
            <dd className="text-slate-900">{application.submittedAt ? format.dateTime(application.submittedAt) : '—'}</dd>
            <dt className="text-slate-500">{t('applications.detail.facts.listed')}</dt>
            <dd className="text-slate-900">{format.number(application.listedQuantity)}</dd>
            <dt className="text-slate-500">{t('applications.detail.facts.invoiced')}</dt>
            <dd className="text-slate-900">{format.number(application.invoicedQuantity)}</dd>
          </dl>
        </CardBody>
      </Card>

      <Card aria-labelledby="documents-title">
        <CardHeader title={<span id="documents-title">{t('applications.detail.documentsTitle')}</span>} />
        <CardBody className="space-y-4">
          {application.documents.length === 0 ? <p className="text-sm text-slate-600">{t('applications.detail.noDocuments')}</p> : null}
          <ul className="grid gap-3 sm:grid-cols-2">
            {application.documents.map((d, i) => {
              const view = views[i];
              return (
                <li key={d.id} className="space-y-2 rounded-md border border-slate-200 p-3">
                  <p className="text-sm text-slate-900">{documentLine(d, t, format)}</p>
                  {d.kind === 'AUTHORIZATION_LETTER' && !d.code && d.brandConfirmation !== 'NOT_REQUESTED' ? (
                    <Badge tone={d.brandConfirmation === 'DENIED' ? 'bad' : d.brandConfirmation === 'CONFIRMED' ? 'good' : 'warn'}>{t(`applications.confirmation.${d.brandConfirmation}`)}</Badge>
                  ) : null}
                  {view ? <DocumentCard view={view} /> : null}
                  {application.mayEdit && d.brandConfirmation === 'NOT_REQUESTED' ? (
                    <ActionForm
                      id={`remove-${d.id}`}
                      action={removeDocumentAction}
                      hidden={{ applicationId: application.id, applicationDocumentId: d.id }}
                      submitLabel={t('applications.detail.remove')}
                      pendingLabel={t('applications.detail.removePending')}
                      variant="secondary"
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        </CardBody>
      </Card>

      {application.mayEdit ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <CardBody>
              <ActionForm
                id="invoice"
                action={addInvoiceAction}
                title={t('applications.invoiceForm.title')}
                hidden={{ applicationId: application.id }}
                fields={[
                  { type: 'file', name: 'documentId', kind: 'INVOICE', label: t('applications.invoiceForm.document') },
                  { type: 'text', name: 'issuerName', label: t('applications.invoiceForm.issuerName'), hint: t('applications.invoiceForm.issuerHint') },
                  { type: 'date', name: 'issuedAt', label: t('applications.invoiceForm.issuedAt') },
                  { type: 'text', name: 'productLines', label: t('applications.invoiceForm.productLines'), defaultValue: application.productLines.join(', ') },
                  { type: 'number', name: 'quantity', label: t('applications.invoiceForm.quantity'), min: 1 },
                ]}
                submitLabel={t('applications.invoiceForm.submit')}
                pendingLabel={t('applications.invoiceForm.pending')}
              />
            </CardBody>
          </Card>
          <div className="space-y-6">
            <Card>
              <CardBody>
                <ActionForm
                  id="letter"
                  action={addLetterAction}
                  title={t('applications.letterForm.title')}
                  hidden={{ applicationId: application.id }}
                  fields={[
                    { type: 'file', name: 'documentId', kind: 'AUTHORIZATION_LETTER', label: t('applications.letterForm.document') },
                    { type: 'text', name: 'issuerName', label: t('applications.letterForm.issuerName') },
                    { type: 'date', name: 'validUntil', label: t('applications.letterForm.validUntil') },
                  ]}
                  submitLabel={t('applications.letterForm.submit')}
                  pendingLabel={t('applications.letterForm.pending')}
                />
              </CardBody>
            </Card>
            <Card>
              <CardBody>
                <ActionForm
                  id="code"
                  action={addCodeAction}
                  title={t('applications.codeForm.title')}
                  intro={t('applications.codeForm.intro')}
                  hidden={{ applicationId: application.id }}
                  fields={[{ type: 'text', name: 'code', label: t('applications.codeForm.code') }]}
                  submitLabel={t('applications.codeForm.submit')}
                  pendingLabel={t('applications.codeForm.pending')}
                />
              </CardBody>
            </Card>
          </div>
        </div>
      ) : null}

      {application.mayEdit || application.mayWithdraw ? (
        <Card>
          <CardBody className="space-y-6">
            {application.mayEdit ? (
              <ActionForm
                id="submit"
                action={submitApplicationAction}
                title={t('applications.submitForm.title')}
                intro={t('applications.submitForm.intro', { invoiced: application.invoicedQuantity, listed: application.listedQuantity })}
                hidden={{ applicationId: application.id }}
                fields={[
                  { type: 'errors', name: 'invoices' },
                  { type: 'errors', name: 'letters' },
                  ...(resubmitting ? [{ type: 'textarea' as const, name: 'note', label: t('applications.submitForm.note') }] : []),
                ]}
                submitLabel={resubmitting ? t('applications.submitForm.resubmit') : t('applications.submitForm.submit')}
                pendingLabel={t('applications.submitForm.pending')}
              />
            ) : null}
            {application.mayWithdraw ? (
              <ActionForm
                id="withdraw"
                action={withdrawApplicationAction}
                hidden={{ applicationId: application.id }}
                submitLabel={t('applications.withdrawForm.submit')}
                pendingLabel={t('applications.withdrawForm.pending')}
                variant="secondary"
              />
            ) : null}
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
