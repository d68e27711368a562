import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ObjectHistory } from '@/components/audit/object-history';
import { CounterNoticeDecisionForm } from '@/components/counter-notices/counter-notice-decision-form';
import { CounterNoticeSummary } from '@/components/counter-notices/counter-notice-summary';
import { DocumentCard } from '@/components/documents/document-card';
import { ClaimPanel, EvidencePanel, ListingPanel, StandingDecision } from '@/components/review/item/panels';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { getSessionUser } from '@/lib/auth/session';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { getClaimItemForReview } from '@/lib/data/claim-items';
import { getCounterNoticeForReview } from '@/lib/data/counter-notices';
import { getDocumentForViewer } from '@/lib/data/documents';
import { CLAIM_ITEM_STATUS_TONE } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import type { Role } from '@/lib/generated/prisma/enums';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { decideCounterNoticeAction } from './actions';

const requestNow = cache(() => new Date());
const loadNotice = cache((role: Role, id: string) => getCounterNoticeForReview({ role }, id, requestNow()));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [{ id }, user, t] = await Promise.all([params, getSessionUser(), getServerTranslator()]);
  const notice = user && can(user.role, 'counterNotice.decide') ? await loadNotice(user.role, id) : null;
  return { title: notice ? t('counterNotices.review.pageTitle', { title: notice.claimItem.listing.title }) : t('counterNotices.review.notFoundTitle') };
}

/**
 * A counter-notice beside the removal it contests: the listing, the claim and its evidence,
 * the seller's counter-notice and evidence, the brand's response, and the decision form once
 * the counter-notice is ready (the brand responded, or its window passed).
 */
export default async function ReviewCounterNoticePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission('counterNotice.decide', `/review/counter-notices/${encodeURIComponent(id)}`);
  const notice = await loadNotice(user.role, id);
  if (!notice) notFound();
  const item = await getClaimItemForReview(user, notice.claimItem.id, requestNow());
  if (!item) notFound();
  const [t, locale, claimViews, sellerViews] = await Promise.all([
    getServerTranslator(),
    getLocale(),
    Promise.all(item.evidence.map((e) => getDocumentForViewer(user, e.document.id))),
    Promise.all(notice.evidence.map((e) => getDocumentForViewer(user, e.documentId))),
  ]);
  const format = makeFormat(locale, requestNow());
  const claimDocuments = new Map(
    item.evidence.flatMap((e, i) => {
      const view = claimViews[i];
      return view ? [[e.document.id, <DocumentCard key={e.document.id} view={view} />] as const] : [];
    }),
  );
  const open = notice.status === 'AWAITING_BRAND' || notice.status === 'BRAND_RESPONDED';

  return (
    <div className="space-y-6">
      <div>
        <Link href="/review/counter-notices" className="text-sm text-brand-700 hover:underline">
          ← {t('counterNotices.review.back')}
        </Link>
        <p className="mt-2 font-mono text-xs text-slate-500">{item.claim.reference}</p>
        <h1 className="text-2xl font-semibold break-words text-slate-900">{item.listing.title}</h1>
        <div className="mt-2 flex flex-wrap gap-2">
          <Badge tone={CLAIM_ITEM_STATUS_TONE[item.status]}>{t(`review.claimItemStatus.${item.status}`)}</Badge>
          <Badge tone={notice.readyForDecision ? 'warn' : 'neutral'}>{t(`counterNotices.readiness.${notice.readiness}`)}</Badge>
        </div>
      </div>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 space-y-6">
          <Card aria-labelledby="seller-counter-notice-title">
            <CardHeader title={<span id="seller-counter-notice-title">{t('counterNotices.review.counterNoticeTitle')}</span>} />
            <CardBody>
              <CounterNoticeSummary
                notice={notice}
                t={t}
                format={format}
                showAddress={can(user.role, 'audit.viewAddress')}
                documents={notice.evidence.flatMap((e, i) => {
                  const view = sellerViews[i];
                  return view ? [<DocumentCard key={e.documentId} view={view} />] : [];
                })}
              />
            </CardBody>
          </Card>
          <div className="grid gap-6 xl:grid-cols-2">
            <ListingPanel item={item} t={t} format={format} />
            <EvidencePanel item={item} t={t} format={format} documents={claimDocuments} />
          </div>
          <ClaimPanel item={item} t={t} format={format} />
          <ObjectHistory objectType="counterNotice" objectId={notice.id} viewer={user} />
        </div>

        <aside className="space-y-4 lg:sticky lg:top-4 lg:self-start">
          <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 className="text-sm font-semibold text-slate-900">{t('counterNotices.review.removalTitle')}</h2>
            <div className="mt-2">
              <StandingDecision item={item} t={t} format={format} viewerId={user.id} />
            </div>
            <p className="mt-2 text-sm">
              <Link href={`/review/items/${item.id}`} className="font-medium text-brand-700 underline">
                {t('counterNotices.review.openItem')}
              </Link>
            </p>
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 className="mb-3 text-sm font-semibold text-slate-900">{t('counterNotices.review.decisionTitle')}</h2>
            {open && notice.readyForDecision ? (
              <CounterNoticeDecisionForm action={decideCounterNoticeAction} counterNoticeId={notice.id} version={notice.version} />
            ) : open && notice.brandResponseDueAt ? (
              <Alert tone="info">{t('counterNotices.review.notReady', { date: format.dateTime(notice.brandResponseDueAt) })}</Alert>
            ) : (
              <p role="status" className="text-sm text-slate-700">
                {notice.decidedAt
                  ? t('counterNotices.common.decidedBy', {
                      outcome: t(`counterNotices.status.${notice.status}`),
                      name: notice.decidedBy?.name ?? '—',
                      date: format.dateTime(notice.decidedAt),
                    })
                  : t('counterNotices.review.closed')}
              </p>
            )}
          </div>
        </aside>
      </div>
    </div>
  );
}
