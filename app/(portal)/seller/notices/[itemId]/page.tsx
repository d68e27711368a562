import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CounterNoticeForm } from '@/components/counter-notices/counter-notice-form';
import { CounterNoticeSummary } from '@/components/counter-notices/counter-notice-summary';
import { DocumentCard } from '@/components/documents/document-card';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { getSessionUser } from '@/lib/auth/session';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { getNoticeForSeller, type SellerNotice } from '@/lib/data/counter-notices';
import { getDocumentForViewer } from '@/lib/data/documents';
import { CLAIM_ITEM_STATUS_TONE, LISTING_STATUS_TONE } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import type { ListingStatus } from '@/lib/generated/prisma/enums';
import { getLocale, getServerTranslator, type Translator } from '@/lib/i18n/server';
import { fileCounterNoticeAction } from './actions';

const requestNow = cache(() => new Date());
const loadNotice = cache((organisationId: string, itemId: string) => getNoticeForSeller(organisationId, itemId, requestNow()));

export async function generateMetadata({ params }: { params: Promise<{ itemId: string }> }): Promise<Metadata> {
  const [{ itemId }, user, t] = await Promise.all([params, getSessionUser(), getServerTranslator()]);
  const notice = user && can(user.role, 'notice.viewOwn') ? await loadNotice(user.organisationId, itemId) : null;
  return { title: notice ? t('counterNotices.notice.pageTitle', { title: notice.listing.title }) : t('counterNotices.notice.notFoundTitle') };
}

function reasonOf(notice: SellerNotice, t: Translator): string {
  if (notice.status === 'REMOVED' && notice.removalReason) return t(`review.removalReason.${notice.removalReason}`);
  if (notice.status === 'REJECTED' && notice.rejectionReason) return t(`review.rejectionReason.${notice.rejectionReason}`);
  if (notice.status === 'RESTORED') return t('counterNotices.notice.restoredNote');
  return '—';
}

/**
 * One notice to the seller: the claim against its listing, the decision and its reasons, the
 * evidence relied on (the brand's confidential documents redacted), and the counter-notice —
 * its form while the removal may be contested, then the counter-notice as it stands.
 */
export default async function SellerNoticePage({ params }: { params: Promise<{ itemId: string }> }) {
  const { itemId } = await params;
  const user = await requirePermission('notice.viewOwn', `/seller/notices/${encodeURIComponent(itemId)}`);
  const notice = await loadNotice(user.organisationId, itemId);
  if (!notice) notFound();
  const [t, locale, evidenceViews, counterNoticeViews] = await Promise.all([
    getServerTranslator(),
    getLocale(),
    Promise.all(notice.evidence.map((e) => getDocumentForViewer(user, e.documentId))),
    Promise.all(notice.counterNotices.map((c) => Promise.all(c.evidence.map((e) => getDocumentForViewer(user, e.documentId))))),
  ]);
  const format = makeFormat(locale, requestNow());
  const mayFile = can(user.role, 'counterNotice.file') && notice.filingRefusal === null;
  const refusal = notice.filingRefusal;

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <div>
        <Link href="/seller#notices" className="text-sm text-brand-700 hover:underline">
          ← {t('counterNotices.notice.back')}
        </Link>
        <p className="mt-2 font-mono text-xs text-slate-500">{notice.claim.reference}</p>
        <h1 className="text-2xl font-semibold break-words text-slate-900">{notice.listing.title}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('counterNotices.notice.intro')}</p>
        <div className="mt-2 flex flex-wrap gap-2">
          <Badge tone={CLAIM_ITEM_STATUS_TONE[notice.status]}>{t(`seller.noticeStatus.${notice.status}`)}</Badge>
          {notice.expedited ? <Badge tone="warn">{t('seller.notices.expedited')}</Badge> : null}
        </div>
      </div>

      <Card aria-labelledby="decision-title">
        <CardHeader title={<span id="decision-title">{t('counterNotices.notice.details')}</span>} />
        <CardBody>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-500">{t('counterNotices.common.listing')}</dt>
            <dd className="text-slate-900">
              {notice.listing.title} · <span className="font-mono text-xs">{notice.listing.externalId}</span>
            </dd>
            <dt className="text-slate-500">{t('counterNotices.notice.listingStatus')}</dt>
            <dd>
              <Badge tone={LISTING_STATUS_TONE[notice.listing.status as ListingStatus]}>
                {t(`seller.listingStatus.${notice.listing.status as ListingStatus}`)}
              </Badge>
            </dd>
            <dt className="text-slate-500">{t('counterNotices.notice.store')}</dt>
            <dd>
              <Link href={`/seller/stores/${notice.listing.store.id}`} className="font-medium text-brand-700 underline">
                {notice.listing.store.name}
              </Link>
            </dd>
            <dt className="text-slate-500">{t('counterNotices.notice.brand')}</dt>
            <dd className="text-slate-900">{notice.claim.brand.name}</dd>
            <dt className="text-slate-500">{t('counterNotices.notice.filer')}</dt>
            <dd className="text-slate-900">{notice.claim.filerOrganisation.name}</dd>
            <dt className="text-slate-500">{t('counterNotices.notice.claim')}</dt>
            <dd className="font-mono text-xs text-slate-900">{notice.claim.reference}</dd>
            <dt className="text-slate-500">{t('counterNotices.notice.type')}</dt>
            <dd className="text-slate-900">{t(`review.infringementType.${notice.infringementType}`)}</dd>
            <dt className="text-slate-500">{t('counterNotices.notice.outcome')}</dt>
            <dd className="text-slate-900">{t(`seller.noticeStatus.${notice.status}`)}</dd>
            <dt className="text-slate-500">{t('counterNotices.notice.reason')}</dt>
            <dd className="text-slate-900">{reasonOf(notice, t)}</dd>
            <dt className="text-slate-500">{t('counterNotices.notice.decided')}</dt>
            <dd className="text-slate-900">{notice.decidedAt ? format.dateTime(notice.decidedAt) : '—'}</dd>
            {notice.contestUntil && notice.status === 'REMOVED' ? (
              <>
                <dt className="text-slate-500">{t('counterNotices.notice.contestUntil')}</dt>
                <dd className="text-slate-900">{format.dateTime(notice.contestUntil)}</dd>
              </>
            ) : null}
            <dt className="text-slate-500">{t('counterNotices.notice.statement')}</dt>
            <dd>
              {notice.statement ? (
                <Link href={`/seller/statements/${notice.statement.id}`} className="font-medium text-brand-700 underline">
                  {t('counterNotices.notice.statementLink')}
                </Link>
              ) : (
                <span className="text-slate-600">{t('counterNotices.notice.noStatement')}</span>
              )}
            </dd>
          </dl>
        </CardBody>
      </Card>

      <Card aria-labelledby="evidence-title">
        <CardHeader title={<span id="evidence-title">{t('counterNotices.notice.evidenceTitle')}</span>} description={t('counterNotices.notice.evidenceDescription')} />
        <CardBody>
          {evidenceViews.some(Boolean) ? (
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {notice.evidence.map((e, i) => {
                const view = evidenceViews[i];
                return view ? (
                  <div key={e.id} className="space-y-1">
                    <DocumentCard view={view} />
                    <p className="text-xs text-slate-600">
                      {t(`documents.kinds.${e.kind}`)}
                      {e.description && view.access === 'full' ? ` · ${e.description}` : null}
                    </p>
                  </div>
                ) : null;
              })}
            </div>
          ) : (
            <EmptyState title={t('counterNotices.notice.evidenceEmpty')} />
          )}
        </CardBody>
      </Card>

      <Card id="counter-notice" aria-labelledby="counter-notice-title">
        <CardHeader title={<span id="counter-notice-title">{t('counterNotices.notice.counterNoticesTitle')}</span>} />
        <CardBody className="space-y-6">
          {notice.counterNotices.map((c, i) => (
            <CounterNoticeSummary
              key={c.id}
              notice={c}
              t={t}
              format={format}
              showAddress={false}
              documents={c.evidence.flatMap((e, j) => {
                const view = counterNoticeViews[i]?.[j];
                return view ? [<DocumentCard key={e.documentId} view={view} />] : [];
              })}
            />
          ))}
          {mayFile ? (
            <>
              {notice.contestUntil ? <Alert tone="info">{t('counterNotices.notice.windowOpen', { date: format.dateTime(notice.contestUntil) })}</Alert> : null}
              <CounterNoticeForm action={fileCounterNoticeAction} itemId={notice.id} brandResponseDays={notice.brandResponseBusinessDays} />
            </>
          ) : refusal === 'windowClosed' ? (
            <p className="text-sm text-slate-700">
              {notice.contestUntil
                ? t('counterNotices.notice.refusal.windowClosed', { date: format.dateTime(notice.contestUntil) })
                : t('counterNotices.notice.refusal.windowClosedUnknown')}
            </p>
          ) : refusal === 'notRemoved' && notice.counterNotices.length === 0 ? (
            <p className="text-sm text-slate-700">{t('counterNotices.notice.refusal.notRemoved')}</p>
          ) : refusal === 'alreadyDecided' ? (
            <p className="text-sm text-slate-700">{t('counterNotices.notice.refusal.alreadyDecided')}</p>
          ) : refusal === 'alreadyOpen' ? (
            <p className="text-sm text-slate-700">{t('counterNotices.notice.refusal.alreadyOpen')}</p>
          ) : null}
        </CardBody>
      </Card>
    </div>
  );
}
