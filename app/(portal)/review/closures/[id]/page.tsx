import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ObjectHistory } from '@/components/audit/object-history';
import { DecideClosureForm, ProposeClosureForm, WithdrawClosureForm } from '@/components/enforcement/closure-forms';
import { StrikesTable } from '@/components/enforcement/strikes-table';
import { APPEAL_STATUS_TONE, CLOSURE_STATUS_TONE } from '@/components/enforcement/tones';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { getSessionUser } from '@/lib/auth/session';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { getClosureForReview } from '@/lib/data/closures';
import { availableClosureEvents } from '@/lib/domain/closure';
import { localizedIn } from '@/lib/domain/localized-text';
import { STORE_STATUS_TONE } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import type { Role } from '@/lib/generated/prisma/enums';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { decideClosureAction, proposeClosureAction, withdrawClosureAction } from './actions';

const requestNow = cache(() => new Date());
const loadClosure = cache((role: Role, id: string) => getClosureForReview({ role }, id, requestNow()));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [{ id }, user, t] = await Promise.all([params, getSessionUser(), getServerTranslator()]);
  const closure = user && can(user.role, 'closure.propose') ? await loadClosure(user.role, id) : null;
  return { title: closure ? t('enforcement.closure.pageTitle', { storeName: closure.store.name }) : t('enforcement.closure.notFoundTitle') };
}

/**
 * One closure proposal: the store's standing, what triggered it, the rationale, the strikes it
 * rests on, and what this reviewer may do with it now. The proposer sees why they cannot decide.
 */
export default async function ReviewClosurePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission('closure.propose', `/review/closures/${encodeURIComponent(id)}`);
  const closure = await loadClosure(user.role, id);
  if (!closure) notFound();
  const [t, locale] = await Promise.all([getServerTranslator(), getLocale()]);
  const now = requestNow();
  const format = makeFormat(locale, now);
  const events = availableClosureEvents(closure.status, { actorId: user.id, proposedById: closure.proposedBy?.id ?? null });
  const ownProposal = closure.status === 'PROPOSED' && closure.proposedBy?.id === user.id;

  return (
    <div className="space-y-6">
      <div>
        <Link href="/review/closures" className="text-sm text-brand-700 hover:underline">
          ← {t('enforcement.closure.back')}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold break-words text-slate-900">{t('enforcement.closure.pageTitle', { storeName: closure.store.name })}</h1>
        <div className="mt-2 flex flex-wrap gap-2">
          <Badge tone={CLOSURE_STATUS_TONE[closure.status]}>{t(`enforcement.status.${closure.status}`)}</Badge>
          <Badge tone="neutral">{t(`enforcement.trigger.${closure.trigger}`)}</Badge>
          {closure.includeBan ? <Badge tone="bad">{t('enforcement.closures.withBan')}</Badge> : null}
        </div>
      </div>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 space-y-6">
          <Card aria-labelledby="standing-title">
            <CardHeader title={<span id="standing-title">{t('enforcement.closure.standingTitle')}</span>} />
            <CardBody className="space-y-3">
              <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-500">{t('enforcement.closure.storeStatus')}</dt>
                <dd>
                  <Badge tone={STORE_STATUS_TONE[closure.store.status]}>{t(`seller.storeStatus.${closure.store.status}`)}</Badge>
                </dd>
                <dt className="text-slate-500">{t('enforcement.closure.activeListings')}</dt>
                <dd>{format.number(closure.store.activeListings)}</dd>
                <dt className="text-slate-500">{t('enforcement.closure.countingStrikes')}</dt>
                <dd>{format.number(closure.store.countingStrikes)}</dd>
              </dl>
              <p className="text-xs text-slate-600">{t('enforcement.closure.thresholdNote', { count: closure.strikeThreshold })}</p>
              <p className="text-sm">
                <Link href={`/review/stores/${closure.store.id}`} className="font-medium text-brand-700 underline">
                  {t('enforcement.closure.openStanding')}
                </Link>
              </p>
            </CardBody>
          </Card>

          <Card aria-labelledby="proposal-title">
            <CardHeader title={<span id="proposal-title">{t('enforcement.closure.proposalTitle')}</span>} />
            <CardBody>
              <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-500">{t('enforcement.closure.trigger')}</dt>
                <dd>{t(`enforcement.trigger.${closure.trigger}`)}</dd>
                <dt className="text-slate-500">{t('enforcement.closure.opened')}</dt>
                <dd>{format.dateTime(closure.createdAt)}</dd>
                <dt className="text-slate-500">{t('enforcement.closure.rationale')}</dt>
                <dd className="break-words whitespace-pre-line">{localizedIn(closure.rationale, locale)}</dd>
                <dt className="text-slate-500">{t('enforcement.closure.proposedBy')}</dt>
                <dd>
                  {closure.proposedBy && closure.proposedAt
                    ? t('enforcement.closure.decidedBy', { name: closure.proposedBy.name, date: format.dateTime(closure.proposedAt) })
                    : '—'}
                </dd>
                <dt className="text-slate-500">{t('enforcement.closure.includesBan')}</dt>
                <dd>{closure.includeBan ? t('enforcement.closure.yes') : t('enforcement.closure.no')}</dd>
                {closure.decidedAt ? (
                  <>
                    <dt className="text-slate-500">{t('enforcement.closure.decision')}</dt>
                    <dd className="break-words">
                      {t('enforcement.closure.decided', {
                        status: t(`enforcement.status.${closure.status}`),
                        name: closure.decidedBy?.name ?? '—',
                        date: format.dateTime(closure.decidedAt),
                      })}{' '}
                      {closure.decisionReason}
                    </dd>
                  </>
                ) : null}
              </dl>
              {closure.bans > 0 ? <p className="mt-3 text-sm text-slate-700">{t('enforcement.closure.bansRecorded', { count: closure.bans })}</p> : null}
              {closure.statementId ? <p className="mt-3 text-sm text-slate-700">{t('enforcement.closure.statementLinkReviewer')}</p> : null}
            </CardBody>
          </Card>

          <Card aria-labelledby="strikes-title">
            <CardHeader title={<span id="strikes-title">{t('enforcement.closure.strikesTitle')}</span>} />
            <CardBody>
              {closure.strikes.length ? (
                <StrikesTable strikes={closure.strikes} now={now} t={t} format={format} locale={locale} caption={t('enforcement.closure.strikesTitle')} />
              ) : (
                <EmptyState title={t('enforcement.closure.strikesEmpty')} />
              )}
            </CardBody>
          </Card>

          {closure.status === 'APPROVED' ? (
            <Card aria-labelledby="appeal-title">
              <CardHeader title={<span id="appeal-title">{t('enforcement.closure.appealTitle')}</span>} />
              <CardBody>
                {closure.appeal ? (
                  <p className="flex flex-wrap items-center gap-3 text-sm">
                    <Badge tone={APPEAL_STATUS_TONE[closure.appeal.status]}>{t(`enforcement.appealStatus.${closure.appeal.status}`)}</Badge>
                    <Link href={`/review/appeals/${closure.appeal.id}`} className="font-medium text-brand-700 underline">
                      {t('enforcement.closures.openAppeal')}
                    </Link>
                  </p>
                ) : (
                  <p className="text-sm text-slate-700">{t('enforcement.closure.appealNone')}</p>
                )}
              </CardBody>
            </Card>
          ) : null}

          <ObjectHistory objectType="store" objectId={closure.store.id} viewer={user} />
        </div>

        <aside className="space-y-4 lg:sticky lg:top-4 lg:self-start">
          {events.includes('propose') ? (
            <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <h2 className="mb-3 text-sm font-semibold text-slate-900">{t('enforcement.closure.proposeTitle')}</h2>
              <ProposeClosureForm action={proposeClosureAction} proposalId={closure.id} version={closure.version} />
            </div>
          ) : null}
          {events.includes('withdraw') ? (
            <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <h2 className="mb-3 text-sm font-semibold text-slate-900">{t('enforcement.closure.dismissTitle')}</h2>
              <WithdrawClosureForm action={withdrawClosureAction} proposalId={closure.id} version={closure.version} />
            </div>
          ) : null}
          {closure.status === 'PROPOSED' ? (
            <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <h2 className="mb-3 text-sm font-semibold text-slate-900">{t('enforcement.closure.decideTitle')}</h2>
              {ownProposal ? (
                <Alert tone="info">{t('enforcement.closure.ownProposal')}</Alert>
              ) : events.includes('approve') && can(user.role, 'closure.decide') ? (
                <DecideClosureForm action={decideClosureAction} proposalId={closure.id} version={closure.version} />
              ) : null}
            </div>
          ) : null}
          {closure.decidedAt ? (
            <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <p role="status" className="text-sm text-slate-700">
                {t('enforcement.closure.decided', {
                  status: t(`enforcement.status.${closure.status}`),
                  name: closure.decidedBy?.name ?? '—',
                  date: format.dateTime(closure.decidedAt),
                })}
              </p>
            </div>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
