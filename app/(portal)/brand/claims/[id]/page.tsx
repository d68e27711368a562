import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { cache, type ReactNode } from 'react';
import { ObjectHistory } from '@/components/audit/object-history';
import { AnswerInfoForm } from '@/components/claims/answer-info-form';
import { ClaimItemCard } from '@/components/claims/claim-item-card';
import { WithdrawForm } from '@/components/claims/withdraw-form';
import { DocumentCard } from '@/components/documents/document-card';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { getSessionUser } from '@/lib/auth/session';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { getClaimForBrand, listClaimItemsForBrand } from '@/lib/data/claim-page';
import { getDocumentForViewer } from '@/lib/data/documents';
import { isWithdrawable } from '@/lib/domain/claim-withdrawal';
import { pageRange } from '@/lib/domain/pagination';
import { CLAIM_STATUS_TONE } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import { ClaimItemStatus } from '@/lib/generated/prisma/enums';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { firstParam, parsePage, type SearchParams } from '@/lib/validations/list-filters';
import { answerInfoAction, withdrawClaimAction, withdrawClaimItemAction } from './actions';

const loadClaim = cache((organisationId: string, id: string) => getClaimForBrand(organisationId, id));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [{ id }, user, t] = await Promise.all([params, getSessionUser(), getServerTranslator()]);
  const claim = user && can(user.role, 'claim.viewOwn') ? await loadClaim(user.organisationId, id) : null;
  return { title: claim ? t('claims.page.title', { reference: claim.reference }) : t('claims.page.notFoundTitle') };
}

const NOTICES = ['answered', 'itemWithdrawn', 'itemWithdrawnRestored', 'itemWithdrawnHeld', 'claimWithdrawn'] as const;
type Notice = (typeof NOTICES)[number];

function itemStatusFilter(params: SearchParams): ClaimItemStatus | undefined {
  const value = firstParam(params, 'itemStatus');
  return value && (Object.values(ClaimItemStatus) as string[]).includes(value) ? (value as ClaimItemStatus) : undefined;
}

function count(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

export default async function ClaimPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const query = await searchParams;
  const user = await requirePermission('claim.viewOwn', `/brand/claims/${encodeURIComponent(id)}`);
  const claim = await loadClaim(user.organisationId, id);
  if (!claim) notFound();
  // A draft is the filing form's business (only its filer sees it at all).
  if (claim.status === 'DRAFT') redirect(`/brand/claims/${claim.id}/edit`);

  const status = itemStatusFilter(query);
  const now = new Date();
  const [t, locale, items] = await Promise.all([
    getServerTranslator(),
    getLocale(),
    listClaimItemsForBrand(user.organisationId, claim.id, { status, page: parsePage(query, 'page') }),
  ]);
  if (!items) notFound();
  const format = makeFormat(locale, now);

  const documentIds = [...new Set([...claim.evidence.map((e) => e.documentId), ...items.rows.flatMap((i) => i.evidence.map((e) => e.documentId))])];
  const views = await Promise.all(documentIds.map((documentId) => getDocumentForViewer(user, documentId)));
  const documents = new Map<string, ReactNode>(
    documentIds.map((documentId, i) => {
      const view = views[i];
      return [
        documentId,
        view ? (
          <DocumentCard key={documentId} view={view} />
        ) : (
          <p key={documentId} className="text-sm text-slate-500">
            {t('claims.page.evidenceUnavailable')}
          </p>
        ),
      ];
    }),
  );

  const mayAnswer = can(user.role, 'claimItem.answerInfo');
  const mayWithdraw = can(user.role, 'claim.withdraw');
  const withdrawableCount = Object.entries(claim.itemCounts).reduce((sum, [s, n]) => sum + (isWithdrawable(s as ClaimItemStatus) ? (n ?? 0) : 0), 0);
  const notice = NOTICES.find((n) => n === firstParam(query, 'notice')) as Notice | undefined;
  const noticeText =
    notice === 'answered'
      ? t('claims.answer.done')
      : notice === 'itemWithdrawn'
        ? t('claims.withdraw.itemDone')
        : notice === 'itemWithdrawnRestored'
          ? t('claims.withdraw.itemDoneRestored')
          : notice === 'itemWithdrawnHeld'
            ? t('claims.withdraw.itemDoneHeld')
            : notice === 'claimWithdrawn'
              ? t('claims.withdraw.claimDone', { count: count(firstParam(query, 'count')), restored: count(firstParam(query, 'restored')) })
              : null;
  const pathname = `/brand/claims/${claim.id}`;
  const listParams = { itemStatus: status };

  return (
    <div className="space-y-6">
      <div>
        <Link href="/brand/claims" className="text-sm text-brand-700 hover:underline">
          ← {t('claims.page.back')}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-slate-900">{t('claims.page.title', { reference: claim.reference })}</h1>
          <Badge tone={CLAIM_STATUS_TONE[claim.status]}>{t(`brand.claimStatus.${claim.status}`)}</Badge>
        </div>
      </div>

      <Alert tone="success">{noticeText}</Alert>
      {claim.withdrawnAt ? (
        <Alert tone="info">{t('claims.page.withdrawnBanner', { when: format.dateTime(claim.withdrawnAt), reason: claim.withdrawalReason ?? '—' })}</Alert>
      ) : null}

      <Card aria-labelledby="claim-facts-title">
        <CardHeader title={<span id="claim-facts-title">{t('claims.page.summaryTitle')}</span>} />
        <CardBody className="space-y-4">
          <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
            <div>
              <dt className="text-xs text-slate-500">{t('claims.page.brand')}</dt>
              <dd className="text-sm text-slate-900">{claim.brand.name}</dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">{t('claims.page.filedBy')}</dt>
              <dd className="text-sm text-slate-900">{t('claims.page.filedByValue', { person: claim.filedBy.name, organisation: claim.filerOrganisation.name })}</dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">{t('claims.page.submitted')}</dt>
              <dd className="text-sm text-slate-900">{claim.submittedAt ? format.dateTime(claim.submittedAt) : '—'}</dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">{t('claims.page.due')}</dt>
              <dd className="text-sm text-slate-900">{claim.dueAt ? format.dateTime(claim.dueAt) : '—'}</dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">{t('claims.page.listings')}</dt>
              <dd className="text-sm text-slate-900">{t('brand.claims.listingCount', { count: claim.itemTotal })}</dd>
            </div>
          </dl>
          <p className="text-sm whitespace-pre-wrap break-words text-slate-800">{claim.summary || t('claims.page.noSummary')}</p>
        </CardBody>
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="claim-rights-title">
          <CardHeader title={<span id="claim-rights-title">{t('claims.page.rightsTitle')}</span>} />
          <CardBody>
            <ul className="space-y-2">
              {claim.rights.map((right) => (
                <li key={right.id}>
                  <p className="text-sm font-medium text-slate-900">
                    {t('claims.page.rightLabel', { type: t(`brand.rightType.${right.type}`), number: right.registrationNumber, office: right.office })}
                  </p>
                  <p className="text-xs text-slate-500">
                    {t('claims.page.rightDetail', {
                      jurisdiction: right.jurisdiction,
                      classes: right.classes.join(', ') || '—',
                      expires: right.expiresAt ? format.date(right.expiresAt) : t('claims.page.noExpiry'),
                    })}
                  </p>
                </li>
              ))}
            </ul>
          </CardBody>
        </Card>

        <Card aria-labelledby="claim-declarations-title">
          <CardHeader title={<span id="claim-declarations-title">{t('claims.page.declarationsTitle')}</span>} />
          <CardBody className="space-y-3 text-sm">
            <dl className="space-y-2">
              <div>
                <dt className="text-slate-700">{t('claims.page.goodFaith')}</dt>
                <dd className="font-medium">{claim.goodFaithDeclared ? t('claims.page.declared') : t('claims.page.notDeclared')}</dd>
              </div>
              <div>
                <dt className="text-slate-700">{t('claims.page.accuracy')}</dt>
                <dd className="font-medium">{claim.accuracyDeclared ? t('claims.page.declared') : t('claims.page.notDeclared')}</dd>
              </div>
            </dl>
            <p>
              {claim.signatureName && claim.signedAt
                ? t('claims.page.signature', { name: claim.signatureName, when: format.dateTime(claim.signedAt) })
                : t('claims.page.notSigned')}
            </p>
          </CardBody>
        </Card>
      </div>

      <Card aria-labelledby="claim-evidence-title">
        <CardHeader title={<span id="claim-evidence-title">{t('claims.page.evidenceTitle')}</span>} />
        <CardBody>
          {claim.evidence.length ? (
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">{claim.evidence.map((e) => documents.get(e.documentId))}</div>
          ) : (
            <p className="text-sm text-slate-600">{t('claims.page.noEvidence')}</p>
          )}
        </CardBody>
      </Card>

      <section id="items" aria-labelledby="items-title" className="space-y-4">
        <div>
          <h2 id="items-title" className="text-lg font-semibold text-slate-900">
            {t('claims.items.title')}
          </h2>
          <p className="text-sm text-slate-600">{t('claims.items.description')}</p>
        </div>
        <FilterForm action={pathname} anchor="items" submitLabel={t('claims.items.filter.apply')} clearLabel={t('claims.items.filter.clear')} showClear={!!status}>
          <SelectField
            name="itemStatus"
            label={t('claims.items.filter.status')}
            defaultValue={status ?? ''}
            className="w-64"
            options={[
              { value: '', label: t('claims.items.filter.allStatuses', { count: claim.itemTotal }) },
              ...Object.values(ClaimItemStatus).map((s) => ({
                value: s,
                label: t('claims.items.filter.statusOption', { status: t(`review.claimItemStatus.${s}`), count: claim.itemCounts[s] ?? 0 }),
              })),
            ]}
          />
        </FilterForm>
        {items.rows.length ? (
          <>
            <div className="space-y-4">
              {items.rows.map((item) => (
                <ClaimItemCard
                  key={item.id}
                  item={item}
                  t={t}
                  format={format}
                  documents={documents}
                  answerForm={mayAnswer ? <AnswerInfoForm action={answerInfoAction} claimId={claim.id} itemId={item.id} /> : null}
                  withdrawForm={
                    mayWithdraw && isWithdrawable(item.status) ? (
                      <WithdrawForm
                        action={withdrawClaimItemAction}
                        target={{ kind: 'item', itemId: item.id, version: item.version }}
                        warning={item.status === 'REMOVED' ? t('claims.withdraw.itemRemovedWarning') : t('claims.withdraw.itemOpenWarning')}
                      />
                    ) : null
                  }
                />
              ))}
            </div>
            <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
              <p>{t('claims.items.showing', { ...pageRange(items.page, items.pageSize, items.total), total: items.total })}</p>
              <Pagination
                page={items.page}
                pageCount={items.pageCount}
                pathname={pathname}
                params={listParams}
                anchor="items"
                labels={{ navigation: t('claims.items.pages'), previous: t('claims.items.previous'), next: t('claims.items.next') }}
              />
            </div>
          </>
        ) : (
          <EmptyState title={t('claims.items.empty')} />
        )}
      </section>

      {mayWithdraw && !claim.withdrawnAt && withdrawableCount > 0 ? (
        <Card aria-labelledby="withdraw-claim-title">
          <CardHeader title={<span id="withdraw-claim-title">{t('claims.withdraw.claimTitle')}</span>} />
          <CardBody>
            <WithdrawForm action={withdrawClaimAction} target={{ kind: 'claim', claimId: claim.id }} warning={t('claims.withdraw.claimDescription')} />
          </CardBody>
        </Card>
      ) : null}

      {/* The claim is this organisation's to see (getClaimForBrand above), and so is its record. */}
      <ObjectHistory objectType="claim" objectId={claim.id} viewer={user} title={t('claims.history.claimTitle')} />
      {items.rows.length ? (
        <ObjectHistory
          objectType="claimItem"
          objectId={items.rows.map((i) => i.id)}
          viewer={user}
          title={t('claims.history.itemsTitle')}
          objectLabels={Object.fromEntries(items.rows.map((i) => [i.id, i.listing.title]))}
        />
      ) : null}
    </div>
  );
}
