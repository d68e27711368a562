import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { BrandResponseForm } from '@/components/counter-notices/brand-response-form';
import { CounterNoticeSummary } from '@/components/counter-notices/counter-notice-summary';
import { DocumentCard } from '@/components/documents/document-card';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { getSessionUser } from '@/lib/auth/session';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { getCounterNoticeForBrand } from '@/lib/data/counter-notices';
import { getDocumentForViewer } from '@/lib/data/documents';
import { CLAIM_ITEM_STATUS_TONE } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { respondToCounterNoticeAction } from './actions';

const requestNow = cache(() => new Date());
const loadNotice = cache((role: Parameters<typeof getCounterNoticeForBrand>[0]['role'], organisationId: string, id: string) =>
  getCounterNoticeForBrand({ role, organisationId }, id, requestNow()),
);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [{ id }, user, t] = await Promise.all([params, getSessionUser(), getServerTranslator()]);
  const notice = user && can(user.role, 'counterNotice.respond') ? await loadNotice(user.role, user.organisationId, id) : null;
  return { title: notice ? t('counterNotices.brand.pageTitle', { title: notice.claimItem.listing.title }) : t('counterNotices.brand.notFoundTitle') };
}

/**
 * A counter-notice on one of the organisation's claims (it filed the claim, or owns the brand
 * an agency filed for): what the seller says and shows, and the form to respond while the
 * window is open. Anyone else's reads as not found.
 */
export default async function BrandCounterNoticePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission('counterNotice.respond', `/brand/counter-notices/${encodeURIComponent(id)}`);
  const notice = await loadNotice(user.role, user.organisationId, id);
  if (!notice) notFound();
  const [t, locale, views] = await Promise.all([
    getServerTranslator(),
    getLocale(),
    Promise.all(notice.evidence.map((e) => getDocumentForViewer(user, e.documentId))),
  ]);
  const format = makeFormat(locale, requestNow());
  const item = notice.claimItem;

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <Link href="/brand/counter-notices" className="text-sm text-brand-700 hover:underline">
          ← {t('counterNotices.brand.listTitle')}
        </Link>
        <p className="mt-2 font-mono text-xs text-slate-500">{item.claim.reference}</p>
        <h1 className="text-2xl font-semibold break-words text-slate-900">{item.listing.title}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('counterNotices.brand.intro')}</p>
        <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">{t('counterNotices.common.brand')}</dt>
          <dd className="text-slate-900">{item.claim.brand.name}</dd>
          <dt className="text-slate-500">{t('counterNotices.common.store')}</dt>
          <dd className="text-slate-900">{notice.store.name}</dd>
          <dt className="text-slate-500">{t('counterNotices.common.listing')}</dt>
          <dd className="text-slate-900">
            <span className="font-mono text-xs">{item.listing.externalId}</span>{' '}
            <Badge tone={CLAIM_ITEM_STATUS_TONE[item.status]}>{t(`review.claimItemStatus.${item.status}`)}</Badge>
          </dd>
        </dl>
      </div>

      <Card aria-labelledby="counter-notice-title">
        <CardHeader title={<span id="counter-notice-title">{t('counterNotices.review.counterNoticeTitle')}</span>} />
        <CardBody>
          <CounterNoticeSummary
            // The brand is told the outcome and the reasons, not which staff member decided.
            notice={{ ...notice, decidedBy: null }}
            t={t}
            format={format}
            documents={notice.evidence.flatMap((e, i) => {
              const view = views[i];
              return view ? [<DocumentCard key={e.documentId} view={view} />] : [];
            })}
          />
        </CardBody>
      </Card>

      <Card aria-labelledby="response-title">
        <CardHeader title={<span id="response-title">{t('counterNotices.brand.responseTitle')}</span>} />
        <CardBody className="space-y-4">
          {notice.brandMayRespond && notice.brandResponseDueAt ? (
            <>
              <Alert tone="info">{t('counterNotices.brand.respondBy', { date: format.dateTime(notice.brandResponseDueAt) })}</Alert>
              <BrandResponseForm action={respondToCounterNoticeAction} counterNoticeId={notice.id} version={notice.version} />
            </>
          ) : notice.status === 'BRAND_RESPONDED' ? (
            <p className="text-sm text-slate-700">{t('counterNotices.brand.responded')}</p>
          ) : notice.status === 'AWAITING_BRAND' && notice.brandResponseDueAt ? (
            <p className="text-sm text-slate-700">{t('counterNotices.brand.windowClosed', { date: format.dateTime(notice.brandResponseDueAt) })}</p>
          ) : (
            <p className="text-sm text-slate-700">{t('counterNotices.review.closed')}</p>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
