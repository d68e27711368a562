import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ActionForm } from '@/components/applications/action-form';
import { DocumentCard } from '@/components/documents/document-card';
import { Alert } from '@/components/ui/alert';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { getSessionUser } from '@/lib/auth/session';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { getLetterRequestForBrand } from '@/lib/data/application-letters';
import { getDocumentForViewer } from '@/lib/data/documents';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { answerLetterAction } from '../actions';

const requestNow = cache(() => new Date());
const load = cache((organisationId: string, id: string) => getLetterRequestForBrand(organisationId, id, requestNow()));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [{ id }, user, t] = await Promise.all([params, getSessionUser(), getServerTranslator()]);
  const letter = user && can(user.role, 'authorizationLetter.confirm') ? await load(user.organisationId, id) : null;
  return { title: letter ? t('applications.letters.pageTitle', { storeName: letter.storeName }) : t('applications.letters.notFoundTitle') };
}

/**
 * One letter the brand is asked about: the letter itself and the facts of the application it
 * supports (never the seller's other documents), and the answer.
 */
export default async function BrandLetterPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> }) {
  const { id } = await params;
  const { notice } = await searchParams;
  const user = await requirePermission('authorizationLetter.confirm', `/brand/letters/${encodeURIComponent(id)}`);
  const letter = await load(user.organisationId, id);
  if (!letter) notFound();
  const [t, locale, view] = await Promise.all([getServerTranslator(), getLocale(), letter.documentId ? getDocumentForViewer(user, letter.documentId) : null]);
  const format = makeFormat(locale, requestNow());
  const shownNotice = notice === 'confirmed' || notice === 'denied' ? notice : null;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <Link href="/brand/letters" className="text-sm text-brand-700 hover:underline">
          ← {t('applications.letters.back')}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t('applications.letters.pageTitle', { storeName: letter.storeName })}</h1>
      </div>
      {shownNotice ? <Alert tone="success">{t(`applications.letters.notice.${shownNotice}`)}</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="facts-title">
          <CardHeader title={<span id="facts-title">{t('applications.letters.factsTitle')}</span>} />
          <CardBody>
            <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="text-slate-500">{t('applications.letters.facts.store')}</dt>
              <dd className="text-slate-900">{letter.storeName}</dd>
              <dt className="text-slate-500">{t('applications.letters.facts.brand')}</dt>
              <dd className="text-slate-900">{letter.brandName}</dd>
              <dt className="text-slate-500">{t('applications.letters.facts.issuer')}</dt>
              <dd className="text-slate-900">{letter.issuerName ?? '—'}</dd>
              <dt className="text-slate-500">{t('applications.letters.facts.validUntil')}</dt>
              <dd className="text-slate-900">{letter.validUntil ? format.date(letter.validUntil) : '—'}</dd>
              <dt className="text-slate-500">{t('applications.letters.facts.productLines')}</dt>
              <dd className="text-slate-900">{letter.productLines.join(', ') || '—'}</dd>
              <dt className="text-slate-500">{t('applications.letters.facts.status')}</dt>
              <dd className="text-slate-900">{t(`applications.confirmation.${letter.brandConfirmation}`)}</dd>
              {letter.brandConfirmation === 'REQUESTED' && letter.confirmationDueAt ? (
                <>
                  <dt className="text-slate-500">{t('applications.letters.facts.due')}</dt>
                  <dd className="text-slate-900">{format.dateTime(letter.confirmationDueAt)}</dd>
                </>
              ) : null}
              {letter.confirmationNote ? (
                <>
                  <dt className="text-slate-500">{t('applications.letters.facts.note')}</dt>
                  <dd className="whitespace-pre-wrap text-slate-900">{letter.confirmationNote}</dd>
                </>
              ) : null}
            </dl>
          </CardBody>
        </Card>
        <Card aria-labelledby="letter-title">
          <CardHeader title={<span id="letter-title">{t('applications.letters.letterTitle')}</span>} />
          <CardBody>{view ? <DocumentCard view={view} /> : null}</CardBody>
        </Card>
      </div>
      <Card>
        <CardBody>
          {letter.answerable ? (
            <ActionForm
              id="answer"
              action={answerLetterAction}
              title={t('applications.letters.answerTitle')}
              intro={t('applications.letters.answerIntro')}
              hidden={{ letterId: letter.id }}
              fields={[{ type: 'textarea', name: 'note', label: t('applications.letters.note') }]}
              submitLabel={t('applications.letters.confirm')}
              pendingLabel={t('applications.letters.pending')}
              choices={[
                { name: 'answer', value: 'confirm', label: t('applications.letters.confirm') },
                { name: 'answer', value: 'deny', label: t('applications.letters.deny'), variant: 'danger' },
              ]}
            />
          ) : (
            <p className="text-sm text-slate-600">{t('applications.letters.notAnswerable')}</p>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
