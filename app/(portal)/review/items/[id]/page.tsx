import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { DecisionWorkspace, type WorkspaceMode } from '@/components/review/item/decision-workspace';
import {
  ClaimPanel,
  EvidencePanel,
  InfoExchange,
  ListingPanel,
  RightsPanel,
  SiblingItems,
  StandingDecision,
  rightLabel,
} from '@/components/review/item/panels';
import { ObjectHistory } from '@/components/audit/object-history';
import { DocumentCard } from '@/components/documents/document-card';
import { ShortcutLegend } from '@/components/review/shortcut-legend';
import { TakeNextButton } from '@/components/review/take-next-button';
import { ExpeditedDecision } from '@/components/trust/expedited-decision';
import { Badge } from '@/components/ui/badge';
import { getSessionUser } from '@/lib/auth/session';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { getClaimItemForReview, type ClaimItemReview } from '@/lib/data/claim-items';
import { getDocumentForViewer } from '@/lib/data/documents';
import { suggestedRemovalReason } from '@/lib/domain/review';
import { CLAIM_ITEM_STATUS_TONE } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';

const requestNow = cache(() => new Date());
const loadItem = cache((role: Parameters<typeof getClaimItemForReview>[0]['role'], id: string) => getClaimItemForReview({ role }, id, requestNow()));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [{ id }, user, t] = await Promise.all([params, getSessionUser(), getServerTranslator()]);
  // The page refuses whoever may not see it; the title only has to reveal nothing.
  const item = user && can(user.role, 'claimItem.decide') ? await loadItem(user.role, id) : null;
  return { title: item ? t('review.item.pageTitle', { reference: item.claim.reference, title: item.listing.title }) : t('review.item.notFoundTitle') };
}

function workspaceMode(item: ClaimItemReview, viewerId: string): WorkspaceMode {
  if (item.status === 'PENDING') return 'open';
  if (item.status === 'IN_REVIEW') return item.assignedReviewer?.id === viewerId ? 'mine' : 'other';
  return 'closed';
}

export default async function ReviewItemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission('claimItem.decide', `/review/items/${encodeURIComponent(id)}`);
  const item = await loadItem(user.role, id);
  if (!item) notFound();
  const [t, locale, views] = await Promise.all([
    getServerTranslator(),
    getLocale(),
    Promise.all(item.evidence.map((e) => getDocumentForViewer(user, e.document.id))),
  ]);
  const format = makeFormat(locale, requestNow());
  const documents = new Map(
    item.evidence.flatMap((e, i) => {
      const view = views[i];
      return view ? [[e.document.id, <DocumentCard key={e.document.id} view={view} />] as const] : [];
    }),
  );
  const mode = workspaceMode(item, user.id);
  const mayDecide = mode === 'open' || mode === 'mine';
  const shortcuts = [
    ...(mode !== 'closed' ? [{ key: 'T', label: mode === 'open' ? t('review.shortcuts.take') : t('review.shortcuts.release') }] : []),
    ...(mayDecide
      ? [
          { key: 'R', label: t('review.shortcuts.remove') },
          { key: 'J', label: t('review.shortcuts.reject') },
          { key: 'I', label: t('review.shortcuts.info') },
        ]
      : []),
    { key: 'N', label: t('review.shortcuts.next') },
  ];

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <Link href="/review" className="text-sm text-brand-700 hover:underline">
            ← {t('review.item.back')}
          </Link>
          <p className="mt-2 font-mono text-xs text-slate-500">{item.claim.reference}</p>
          <h1 className="text-2xl font-semibold break-words text-slate-900">{item.listing.title}</h1>
          <div className="mt-2 flex flex-wrap gap-2">
            <Badge tone={CLAIM_ITEM_STATUS_TONE[item.status]}>{t(`review.claimItemStatus.${item.status}`)}</Badge>
            {item.expedited ? <Badge tone="warn">{t('review.queue.expedited')}</Badge> : null}
          </div>
        </div>
        <TakeNextButton variant="secondary" />
      </div>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 space-y-6">
          <div className="grid gap-6 xl:grid-cols-2">
            <ListingPanel item={item} t={t} format={format} />
            <EvidencePanel item={item} t={t} format={format} documents={documents} />
          </div>
          <ClaimPanel item={item} t={t} format={format} />
          <InfoExchange item={item} t={t} format={format} />
          <RightsPanel item={item} t={t} format={format} />
          <SiblingItems item={item} t={t} />
          {/* Reviewers see every item in full (requirePermission above), and so its history. */}
          <ObjectHistory objectType="claimItem" objectId={item.id} viewer={user} />
        </div>

        <aside className="space-y-4 lg:sticky lg:top-4 lg:self-start">
          <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            {item.expedited && item.expeditedAt ? (
              <ExpeditedDecision
                itemId={item.id}
                version={item.version}
                awaiting={item.status === 'REMOVED' && item.decidedBy === null}
                usableRights={item.claim.rights.filter((r) => r.usable).map((r) => ({ id: r.id, label: rightLabel(r, t) }))}
                summary={t('trust.review.summary', { at: format.dateTime(item.expeditedAt), brand: item.claim.brand.name })}
              >
                <StandingDecision item={item} t={t} format={format} viewerId={user.id} />
              </ExpeditedDecision>
            ) : (
            <DecisionWorkspace
              itemId={item.id}
              version={item.version}
              mode={mode}
              holder={
                item.assignedReviewer && item.assignedAt
                  ? { name: item.assignedReviewer.name, since: format.dateTime(item.assignedAt) }
                  : null
              }
              suggestedRemovalReason={suggestedRemovalReason(item.infringementType)}
              usableRights={item.claim.rights.filter((r) => r.usable).map((r) => ({ id: r.id, label: rightLabel(r, t) }))}
            >
              <StandingDecision item={item} t={t} format={format} viewerId={user.id} />
            </DecisionWorkspace>
            )}
          </div>
          <ShortcutLegend title={t('review.shortcuts.title')} shortcuts={shortcuts} footnote={t('review.shortcuts.footnote')} />
        </aside>
      </div>
    </div>
  );
}
