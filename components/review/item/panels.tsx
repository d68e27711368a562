// The facts beside the decision form on a reviewer's item page: the listing, the evidence,
// the claim with its declarations and rights, the other items of the claim, and — once
// there is one — the decision that stands. Server components; every string from the catalogue.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { cn } from '@/lib/cn';
import type { ClaimItemReview, ReviewRight } from '@/lib/data/claim-items';
import { SUSPICIOUS_PRICE_SHARE } from '@/lib/domain/review';
import {
  CLAIM_ITEM_STATUS_TONE,
  LISTING_STATUS_TONE,
  RIGHT_STANDING_TONE,
  STORE_STATUS_TONE,
  TIER_TONE,
  VERIFICATION_TONE,
  strikeTone,
} from '@/lib/domain/status-tones';
import type { Format } from '@/lib/format';
import type { Translator } from '@/lib/i18n/server';
import { DueBadge } from '../due-badge';

type Props = { item: ClaimItemReview; t: Translator; format: Format };

export function Facts({ children, className }: { children: ReactNode; className?: string }) {
  return <dl className={cn('grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[minmax(8rem,auto)_1fr]', className)}>{children}</dl>;
}

export function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <>
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 text-slate-900 break-words">{children}</dd>
    </>
  );
}

/** "Trademark CNIPA 46281937 (classes 18, 25) — Maison Aurel SA" */
export function rightLabel(right: Pick<ReviewRight, 'type' | 'office' | 'registrationNumber' | 'classes' | 'ownerName'>, t: Translator): string {
  return t('review.item.rights.label', {
    type: t(`brand.rightType.${right.type}`),
    office: right.office,
    number: right.registrationNumber,
    classCount: right.classes.length,
    classes: right.classes.join(', '),
    owner: right.ownerName,
  });
}

export function ListingPanel({ item, t, format }: Props) {
  const { listing } = item;
  const lowPrice = item.priceShare !== null && item.priceShare < SUSPICIOUS_PRICE_SHARE;
  return (
    <Card aria-labelledby="listing-title">
      <CardHeader
        title={<span id="listing-title">{t('review.item.listing.title')}</span>}
        action={<Badge tone={LISTING_STATUS_TONE[listing.status]}>{t(`seller.listingStatus.${listing.status}`)}</Badge>}
      />
      <CardBody className="space-y-4">
        <p className="text-base font-medium text-slate-900 break-words">{listing.title}</p>
        <Facts>
          <Fact label={t('review.item.listing.price')}>
            <span className="tabular-nums">{format.money(listing.priceCents, listing.currency)}</span>
            {item.referencePrice ? (
              <span className={cn('ml-2 text-xs', lowPrice ? 'font-semibold text-red-700' : 'text-slate-600')}>
                {t('review.item.listing.vsReference', {
                  share: item.priceShare ?? 0,
                  reference: format.money(item.referencePrice.amountCents, item.referencePrice.currency),
                  line: item.referencePrice.productLine,
                })}
              </span>
            ) : (
              <span className="ml-2 text-xs text-slate-500">{t('review.item.listing.noReference')}</span>
            )}
          </Fact>
          <Fact label={t('review.item.listing.externalId')}>
            <span className="font-mono text-xs">{listing.externalId}</span>
          </Fact>
          <Fact label={t('review.item.listing.brand')}>{listing.brand?.name ?? t('review.item.listing.noBrand')}</Fact>
          <Fact label={t('review.item.listing.stock')}>{format.number(listing.stockQuantity)}</Fact>
          <Fact label={t('review.item.listing.listed')}>{format.date(listing.createdAt)}</Fact>
          {listing.removedAt ? <Fact label={t('review.item.listing.removedAt')}>{format.dateTime(listing.removedAt)}</Fact> : null}
          <Fact label={t('review.item.listing.store')}>
            <span className="font-medium">{listing.store.name}</span>
            <span className="ml-2 inline-flex flex-wrap gap-1 align-middle">
              <Badge tone={STORE_STATUS_TONE[listing.store.status]}>{t(`seller.storeStatus.${listing.store.status}`)}</Badge>
              <Badge tone={VERIFICATION_TONE[listing.store.verificationStatus]}>{t(`seller.storeVerification.${listing.store.verificationStatus}`)}</Badge>
              <Badge tone={strikeTone(item.store.activeStrikes)}>{t('review.item.listing.strikes', { count: item.store.activeStrikes })}</Badge>
            </span>
          </Fact>
          {listing.url ? (
            <Fact label={t('review.item.listing.url')}>
              {/* The marketplace's own page of the listing, opened apart from Assay. */}
              <a href={listing.url} target="_blank" rel="noopener noreferrer" className="break-all text-brand-700 underline">
                {listing.url}
              </a>
            </Fact>
          ) : null}
        </Facts>
        {listing.description ? (
          <div>
            <h3 className="text-sm font-medium text-slate-700">{t('review.item.listing.description')}</h3>
            <p className="mt-1 text-sm whitespace-pre-line text-slate-800">{listing.description}</p>
          </div>
        ) : null}
        <div>
          <h3 className="text-sm font-medium text-slate-700">{t('review.item.listing.images')}</h3>
          {/* Listing images live on the seller's side of the internet: never loaded here (no
              tracking pixels, no mixed content); the reviewer opens them deliberately. */}
          {listing.imageUrls.length ? (
            <ul className="mt-1 space-y-1 text-sm">
              {listing.imageUrls.map((url, i) => (
                <li key={`${i}-${url}`} className="flex items-center gap-2">
                  <span aria-hidden="true" className="inline-block size-6 shrink-0 rounded border border-slate-200 bg-slate-100" />
                  <a href={url} target="_blank" rel="noopener noreferrer" className="break-all text-brand-700 underline">
                    {t('review.item.listing.image', { n: i + 1 })}
                  </a>
                  <span className="truncate text-xs text-slate-500">{url}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-500">{t('review.item.listing.noImages')}</p>
          )}
        </div>
      </CardBody>
    </Card>
  );
}

/**
 * The evidence beside the listing: each document as its card (preview, or a fallback, and
 * the download), or — when the viewer may not open it — its kind and name only.
 */
export function EvidencePanel({ item, t, format, documents }: Props & { documents: ReadonlyMap<string, ReactNode> }) {
  return (
    <Card aria-labelledby="evidence-title">
      <CardHeader title={<span id="evidence-title">{t('review.item.evidence.title')}</span>} description={t('review.item.evidence.description')} />
      <CardBody>
        {item.evidence.length ? (
          <ul className="space-y-3">
            {item.evidence.map((evidence) => (
              <li key={evidence.id} className="rounded-md border border-slate-200 p-3">
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-medium text-slate-900">{t(`documents.kinds.${evidence.kind}`)}</span>
                  <Badge tone={evidence.forThisItem ? 'info' : 'neutral'}>
                    {evidence.forThisItem ? t('review.item.evidence.forThisItem') : t('review.item.evidence.forClaim')}
                  </Badge>
                  {evidence.document.confidential ? <Badge tone="warn">{t('review.item.evidence.confidential')}</Badge> : null}
                </div>
                {evidence.description ? <p className="mt-1 text-sm text-slate-700">{evidence.description}</p> : null}
                {documents.get(evidence.document.id) ? (
                  <div className="mt-2">{documents.get(evidence.document.id)}</div>
                ) : (
                  <p className="mt-1 text-xs text-slate-500">
                    {t('review.item.evidence.file', { name: evidence.document.fileName, uploaded: format.dateTime(evidence.document.createdAt) })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t('review.item.evidence.empty.title')}>{t('review.item.evidence.empty.body')}</EmptyState>
        )}
      </CardBody>
    </Card>
  );
}

export function ClaimPanel({ item, t, format }: Props) {
  const { claim } = item;
  return (
    <Card aria-labelledby="claim-title">
      <CardHeader title={<span id="claim-title">{t('review.item.claim.title', { reference: claim.reference })}</span>} />
      <CardBody className="space-y-4">
        <Facts>
          <Fact label={t('review.item.claim.brand')}>
            <span className="font-medium">{claim.brand.name}</span>
            <span className="ml-2 inline-flex gap-1 align-middle">
              <Badge tone={TIER_TONE[claim.brand.tier]}>{t(`brand.tier.${claim.brand.tier}`)}</Badge>
              {claim.brand.verificationStatus !== 'VERIFIED' ? (
                <Badge tone={VERIFICATION_TONE[claim.brand.verificationStatus]}>{t(`brand.verification.${claim.brand.verificationStatus}`)}</Badge>
              ) : null}
            </span>
          </Fact>
          <Fact label={t('review.item.claim.filer')}>
            {t('review.item.claim.filerLine', { organisation: claim.filerOrganisation.name, person: claim.filedBy.name })}
          </Fact>
          <Fact label={t('review.item.claim.submitted')}>{claim.submittedAt ? format.dateTime(claim.submittedAt) : '—'}</Fact>
          <Fact label={t('review.item.claim.due')}>
            {item.decidedAt && item.status !== 'INFO_REQUESTED' && item.status !== 'PENDING' && item.status !== 'IN_REVIEW' ? (
              <span>{t('review.item.claim.decidedAt', { at: format.dateTime(item.decidedAt), due: item.dueAt ? format.dateTime(item.dueAt) : '—' })}</span>
            ) : (
              <>
                <DueBadge item={item} t={t} format={format} />
                {item.dueAt ? <span className="ml-2 text-xs text-slate-500">{format.dateTime(item.dueAt)}</span> : null}
              </>
            )}
            {item.slaPausedSeconds > 0 ? (
              <span className="ml-2 text-xs text-slate-500">
                {t('review.item.claim.paused', { duration: format.duration(pausedDuration(item.slaPausedSeconds)) })}
              </span>
            ) : null}
          </Fact>
          <Fact label={t('review.item.claim.infringement')}>
            <span className="font-medium">{t(`review.infringementType.${item.infringementType}`)}</span>
          </Fact>
          <Fact label={t('review.item.claim.brandNote')}>
            {item.note ? <q className="whitespace-pre-line">{item.note}</q> : <span className="text-slate-500">{t('review.item.claim.noNote')}</span>}
          </Fact>
          {claim.summary ? (
            <Fact label={t('review.item.claim.summary')}>
              <span className="whitespace-pre-line">{claim.summary}</span>
            </Fact>
          ) : null}
        </Facts>

        <div>
          <h3 className="text-sm font-medium text-slate-700">{t('review.item.claim.declarations')}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            <Declaration ok={claim.goodFaithDeclared} label={t('review.item.claim.goodFaith')} t={t} />
            <Declaration ok={claim.accuracyDeclared} label={t('review.item.claim.accuracy')} t={t} />
          </ul>
          <p className="mt-2 text-sm text-slate-800">
            {claim.signatureName && claim.signedAt
              ? t('review.item.claim.signature', {
                  name: claim.signatureName,
                  at: format.dateTime(claim.signedAt),
                  address: claim.signedFromIp ?? '—',
                })
              : t('review.item.claim.unsigned')}
          </p>
        </div>
      </CardBody>
    </Card>
  );
}

function pausedDuration(seconds: number) {
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 120) return { value: minutes, unit: 'minute' as const };
  const hours = Math.round(minutes / 60);
  return hours < 48 ? { value: hours, unit: 'hour' as const } : { value: Math.round(hours / 24), unit: 'day' as const };
}

function Declaration({ ok, label, t }: { ok: boolean; label: string; t: Translator }) {
  return (
    <li className="flex items-start gap-2">
      <Badge tone={ok ? 'good' : 'bad'}>{ok ? t('review.item.claim.declared') : t('review.item.claim.notDeclared')}</Badge>
      <span>{label}</span>
    </li>
  );
}

export function RightsPanel({ item, t, format }: Props) {
  return (
    <Card aria-labelledby="rights-title">
      <CardHeader title={<span id="rights-title">{t('review.item.rights.title')}</span>} description={t('review.item.rights.description')} />
      <CardBody>
        <ul className="space-y-2">
          {item.claim.rights.map((right) => (
            <li key={right.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">{rightLabel(right, t)}</p>
                <p className="text-xs text-slate-500">
                  {t('review.item.rights.detail', {
                    jurisdiction: right.jurisdiction,
                    expires: right.expiresAt ? format.date(right.expiresAt) : t('review.item.rights.noExpiry'),
                  })}
                </p>
              </div>
              <div className="flex gap-1">
                <Badge tone={RIGHT_STANDING_TONE[right.standing]}>{t(`brand.rightStanding.${right.standing}`)}</Badge>
                <Badge tone={right.usable ? 'good' : 'bad'}>{right.usable ? t('review.item.rights.usable') : t('review.item.rights.notUsable')}</Badge>
              </div>
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}

export function InfoExchange({ item, t, format }: Props) {
  if (!item.infoRequest) return null;
  return (
    <Card aria-labelledby="info-title">
      <CardHeader title={<span id="info-title">{t('review.item.info.title')}</span>} />
      <CardBody>
        <Facts>
          <Fact label={t('review.item.info.asked', { at: item.infoRequestedAt ? format.dateTime(item.infoRequestedAt) : '—' })}>
            <span className="whitespace-pre-line">{item.infoRequest}</span>
          </Fact>
          <Fact label={item.infoRespondedAt ? t('review.item.info.answered', { at: format.dateTime(item.infoRespondedAt) }) : t('review.item.info.waiting')}>
            {item.infoResponse ? <span className="whitespace-pre-line">{item.infoResponse}</span> : <span className="text-slate-500">{t('review.item.info.noAnswer')}</span>}
          </Fact>
        </Facts>
      </CardBody>
    </Card>
  );
}

export function SiblingItems({ item, t }: Omit<Props, 'format'>) {
  return (
    <Card aria-labelledby="siblings-title">
      <CardHeader title={<span id="siblings-title">{t('review.item.siblings.title')}</span>} />
      <CardBody>
        {item.siblings.length ? (
          <ul className="divide-y divide-slate-100 text-sm">
            {item.siblings.map((sibling) => (
              <li key={sibling.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <div className="min-w-0">
                  <Link href={`/review/items/${sibling.id}`} className="font-medium text-brand-700 hover:underline">
                    {sibling.listing.title}
                  </Link>
                  <p className="text-xs text-slate-500">
                    {sibling.listing.store.name} · <span className="font-mono">{sibling.listing.externalId}</span> · {t(`review.infringementType.${sibling.infringementType}`)}
                  </p>
                </div>
                <Badge tone={CLAIM_ITEM_STATUS_TONE[sibling.status]}>{t(`review.claimItemStatus.${sibling.status}`)}</Badge>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">{t('review.item.siblings.none')}</p>
        )}
      </CardBody>
    </Card>
  );
}

/** The decision that stands (or where the item is instead: with the brand, withdrawn). */
export function StandingDecision({ item, t, format, viewerId }: Props & { viewerId: string }) {
  const who = (user: { id: string; name: string } | null) => (user ? (user.id === viewerId ? t('review.item.standing.you') : user.name) : '—');
  const when = item.decidedAt ? format.dateTime(item.decidedAt) : '—';
  switch (item.status) {
    case 'REMOVED':
    case 'RESTORED':
      return (
        <div className="space-y-3 rounded-md border border-red-200 bg-red-50 p-4 text-sm">
          <p className="font-semibold text-red-900">
            {item.status === 'REMOVED' ? t('review.item.standing.removed', { name: who(item.decidedBy), at: when }) : t('review.item.standing.restored')}
          </p>
          <Facts>
            <Fact label={t('review.item.standing.reason')}>{item.removalReason ? t(`review.removalReason.${item.removalReason}`) : '—'}</Fact>
            <Fact label={t('review.item.standing.right')}>
              {item.removalRight ? `${t(`brand.rightType.${item.removalRight.type}`)} ${item.removalRight.office} ${item.removalRight.registrationNumber}` : '—'}
            </Fact>
            <Fact label={t('review.item.standing.note')}>{item.decisionNote ? <span className="whitespace-pre-line">{item.decisionNote}</span> : '—'}</Fact>
            {item.statement ? (
              <Fact label={t('review.item.standing.statement')}>
                {item.statement.contestUntil
                  ? t('review.item.standing.statementSent', { until: format.dateTime(item.statement.contestUntil) })
                  : t('review.item.standing.statementSentNoDeadline')}
              </Fact>
            ) : null}
          </Facts>
        </div>
      );
    case 'REJECTED':
      return (
        <div className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-4 text-sm">
          <p className="font-semibold text-slate-900">{t('review.item.standing.rejected', { name: who(item.decidedBy), at: when })}</p>
          <Facts>
            <Fact label={t('review.item.standing.reason')}>{item.rejectionReason ? t(`review.rejectionReason.${item.rejectionReason}`) : '—'}</Fact>
            <Fact label={t('review.item.standing.note')}>{item.decisionNote ? <span className="whitespace-pre-line">{item.decisionNote}</span> : '—'}</Fact>
          </Facts>
        </div>
      );
    case 'INFO_REQUESTED':
      return (
        <div className="space-y-2 rounded-md border border-amber-200 bg-amber-50 p-4 text-sm">
          <p className="font-semibold text-amber-900">
            {t('review.item.standing.infoRequested', {
              name: who(item.assignedReviewer),
              at: item.infoRequestedAt ? format.dateTime(item.infoRequestedAt) : '—',
            })}
          </p>
          <p className="text-amber-900">{t('review.item.standing.clockPaused')}</p>
        </div>
      );
    case 'WITHDRAWN':
      return (
        <div className="rounded-md border border-slate-200 bg-slate-50 p-4 text-sm">
          <p className="font-semibold text-slate-900">{t('review.item.standing.withdrawn')}</p>
        </div>
      );
    default:
      return null;
  }
}
