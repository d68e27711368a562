// One listing of a claim as the brand follows it: the listing, what was alleged, the status
// with its reasons (removal and the right it rests on, rejection, the reviewer's note, who
// decided and when), the due time, a request for information with the brand's answer form,
// any counter-notice, and the withdrawal form. Text typed by people is rendered as text.
import type { ReactNode } from 'react';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { ClaimItemForBrand } from '@/lib/data/claim-page';
import { isWithdrawable } from '@/lib/domain/claim-withdrawal';
import { CLAIM_ITEM_STATUS_TONE, LISTING_STATUS_TONE } from '@/lib/domain/status-tones';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';

const OPEN_COUNTER_NOTICE = new Set(['SUBMITTED', 'AWAITING_BRAND', 'BRAND_RESPONDED']);

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-sm break-words text-slate-900">{children}</dd>
    </div>
  );
}

function Quote({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <p className="text-xs font-medium text-slate-500">{label}</p>
      <p className="rounded border border-slate-200 bg-slate-50 px-3 py-2 text-sm whitespace-pre-wrap break-words text-slate-800">{children}</p>
    </div>
  );
}

export function ClaimItemCard({
  item,
  t,
  format,
  documents,
  answerForm,
  withdrawForm,
}: {
  item: ClaimItemForBrand;
  t: Translator;
  format: Format;
  /** Evidence cards for this item, by document id. */
  documents: Map<string, ReactNode>;
  /** The answer form, when the item waits for the brand and the viewer may answer. */
  answerForm: ReactNode;
  /** The withdrawal form, when the item can be withdrawn and the viewer may. */
  withdrawForm: ReactNode;
}) {
  const titleId = `item-${item.id}-title`;
  const removal = item.status === 'REMOVED' || (item.removalReason && (item.status === 'WITHDRAWN' || item.status === 'RESTORED'));
  const rejected = item.status === 'REJECTED';
  return (
    <article id={`item-${item.id}`} aria-labelledby={titleId} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={titleId} className="text-base font-semibold break-words text-slate-900">
            {item.listing.title}
          </h3>
          {item.listing.url ? (
            <a href={item.listing.url} className="text-xs text-brand-700 hover:underline" rel="noopener noreferrer" target="_blank">
              {t('claims.items.openListing')}
            </a>
          ) : null}
        </div>
        <Badge tone={CLAIM_ITEM_STATUS_TONE[item.status]}>{t(`review.claimItemStatus.${item.status}`)}</Badge>
      </header>

      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Fact label={t('claims.items.externalId')}>
          <span className="font-mono text-xs">{item.listing.externalId}</span>
        </Fact>
        <Fact label={t('claims.items.store')}>{item.listing.store.name}</Fact>
        <Fact label={t('claims.items.listingStatus')}>
          <Badge tone={LISTING_STATUS_TONE[item.listing.status]}>{t(`seller.listingStatus.${item.listing.status}`)}</Badge>
        </Fact>
        <Fact label={t('claims.items.infringement')}>{t(`review.infringementType.${item.infringementType}`)}</Fact>
      </dl>

      {item.note ? <Quote label={t('claims.items.brandNote')}>{item.note}</Quote> : null}

      <div className="space-y-2 text-sm text-slate-800">
        {(item.status === 'PENDING' || item.status === 'IN_REVIEW') && item.dueAt ? <p>{t('claims.items.due', { when: format.dateTime(item.dueAt) })}</p> : null}
        {removal && item.removalReason ? (
          <p>
            <span className="font-medium">{t('claims.items.removed', { reason: t(`review.removalReason.${item.removalReason}`) })}</span>
            {item.removalRight ? (
              <>
                {' '}
                {t('claims.items.restsOn', {
                  right: t('claims.page.rightLabel', {
                    type: t(`brand.rightType.${item.removalRight.type}`),
                    number: item.removalRight.registrationNumber,
                    office: item.removalRight.office,
                  }),
                })}
              </>
            ) : null}
          </p>
        ) : null}
        {rejected && item.rejectionReason ? (
          <p className="font-medium">{t('claims.items.rejected', { reason: t(`review.rejectionReason.${item.rejectionReason}`) })}</p>
        ) : null}
        {item.decidedAt ? (
          <p className="text-xs text-slate-500">
            {item.decidedBy
              ? t('claims.items.decidedBy', { name: item.decidedBy.name, when: format.dateTime(item.decidedAt) })
              : t('claims.items.decidedAt', { when: format.dateTime(item.decidedAt) })}
          </p>
        ) : null}
        {item.decisionNote ? <Quote label={t('claims.items.decisionNote')}>{item.decisionNote}</Quote> : null}
        {item.status === 'WITHDRAWN' ? <p>{t('claims.items.withdrawn')}</p> : null}
        {item.status === 'RESTORED' ? <p>{t('claims.items.restored')}</p> : null}
      </div>

      {item.infoRequest ? (
        <section aria-label={t('claims.items.infoTitle')} className="space-y-3 rounded-md border border-amber-200 bg-amber-50 p-4">
          <h4 className="text-sm font-semibold text-amber-900">{t('claims.items.infoTitle')}</h4>
          <p className="text-sm whitespace-pre-wrap break-words text-slate-900">{item.infoRequest}</p>
          {item.infoRequestedAt ? <p className="text-xs text-slate-600">{t('claims.items.infoAsked', { when: format.dateTime(item.infoRequestedAt) })}</p> : null}
          {item.infoResponse && item.status !== 'INFO_REQUESTED' ? (
            <>
              <Quote label={t('claims.items.yourAnswer')}>{item.infoResponse}</Quote>
              {item.infoRespondedAt ? <p className="text-xs text-slate-600">{t('claims.items.infoAnswered', { when: format.dateTime(item.infoRespondedAt) })}</p> : null}
            </>
          ) : null}
          {item.status === 'INFO_REQUESTED' ? answerForm : null}
        </section>
      ) : null}

      {item.counterNotices.length ? (
        <ul className="space-y-2">
          {item.counterNotices.map((notice) => (
            <li key={notice.id} className="flex flex-wrap items-center gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm">
              <span>{t('claims.items.counterNotice', { status: t(`seller.counterNoticeStatus.${notice.status}`) })}</span>
              {OPEN_COUNTER_NOTICE.has(notice.status) && notice.brandResponseDueAt ? (
                <span className="text-xs text-slate-600">{t('claims.items.counterNoticeRespondBy', { when: format.dateTime(notice.brandResponseDueAt) })}</span>
              ) : null}
              <Link href={`/brand/counter-notices/${notice.id}`} className="text-brand-700 hover:underline">
                {t('claims.items.counterNoticeOpen')}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}

      {item.evidence.length ? (
        <div className="space-y-2">
          <p className="text-xs font-medium text-slate-500">{t('claims.items.evidence')}</p>
          <div className="grid gap-3 sm:grid-cols-2">{item.evidence.map((e) => documents.get(e.documentId) ?? null)}</div>
        </div>
      ) : null}

      {withdrawForm && isWithdrawable(item.status) ? (
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-red-700">{t('claims.withdraw.itemButton')}</summary>
          <div className="mt-3">{withdrawForm}</div>
        </details>
      ) : null}
    </article>
  );
}
