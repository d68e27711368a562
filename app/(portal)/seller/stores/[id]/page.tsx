import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ObjectHistory } from '@/components/audit/object-history';
import { SellerClosurePanel } from '@/components/enforcement/seller-closure-panel';
import { NoticesTable } from '@/components/seller/notices-table';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { getSessionUser } from '@/lib/auth/session';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { getClosureForSeller } from '@/lib/data/closures';
import { listNoticesForOrganisation } from '@/lib/data/notices';
import { getStoreStandingForSeller, type StoreStrikeRow } from '@/lib/data/stores';
import { localizedIn } from '@/lib/domain/localized-text';
import { pageRange } from '@/lib/domain/pagination';
import { strikeCounts } from '@/lib/domain/standing';
import { STORE_STATUS_TONE, VERIFICATION_TONE, strikeTone, type Tone } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { parsePage, type SearchParams } from '@/lib/validations/list-filters';
import { fileAppealAction } from './actions';

const requestNow = cache(() => new Date());
const loadStore = cache((organisationId: string, id: string) => getStoreStandingForSeller(organisationId, id, requestNow()));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [{ id }, user, t] = await Promise.all([params, getSessionUser(), getServerTranslator()]);
  const store = user && can(user.role, 'store.viewOwn') ? await loadStore(user.organisationId, id) : null;
  return { title: store ? t('counterNotices.store.pageTitle', { name: store.name }) : t('counterNotices.store.notFoundTitle') };
}

type StrikeStanding = 'active' | 'expired' | 'withdrawn';

function standingOf(strike: StoreStrikeRow, now: Date): StrikeStanding {
  if (strikeCounts(strike, now)) return 'active';
  return strike.status === 'WITHDRAWN' ? 'withdrawn' : 'expired';
}

const STRIKE_TONE: Record<StrikeStanding, Tone> = { active: 'bad', expired: 'neutral', withdrawn: 'good' };

/**
 * A store's standing as its seller sees it: status and verification, its strikes (which count
 * now, why, and until when), the decided claims against it, the statements of reasons it
 * received and the store's audit history. Another organisation's store is not found.
 */
export default async function SellerStorePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requirePermission('store.viewOwn', `/seller/stores/${encodeURIComponent(id)}`);
  const store = await loadStore(user.organisationId, id);
  if (!store) notFound();
  const page = parsePage(query, 'page');
  const [t, locale, notices, closure] = await Promise.all([
    getServerTranslator(),
    getLocale(),
    can(user.role, 'notice.viewOwn') ? listNoticesForOrganisation(user.organisationId, page, undefined, store.id) : null,
    getClosureForSeller(user.organisationId, store.id, requestNow()),
  ]);
  const now = requestNow();
  const format = makeFormat(locale, now);

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <div>
        <Link href="/seller#stores" className="text-sm text-brand-700 hover:underline">
          ← {t('counterNotices.store.back')}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold break-words text-slate-900">{store.name}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('counterNotices.store.intro')}</p>
      </div>

      {closure ? <SellerClosurePanel closure={closure} t={t} format={format} locale={locale} appealAction={fileAppealAction} /> : null}

      <Card aria-labelledby="standing-title">
        <CardHeader title={<span id="standing-title">{t('counterNotices.store.standing')}</span>} />
        <CardBody className="space-y-3">
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-500">{t('counterNotices.store.status')}</dt>
            <dd>
              <Badge tone={STORE_STATUS_TONE[store.status]}>{t(`seller.storeStatus.${store.status}`)}</Badge>
            </dd>
            <dt className="text-slate-500">{t('counterNotices.store.verification')}</dt>
            <dd>
              <Badge tone={VERIFICATION_TONE[store.verificationStatus]}>{t(`seller.storeVerification.${store.verificationStatus}`)}</Badge>{' '}
              <Link href={`/seller/stores/${store.id}/verification`} className="ml-2 font-medium text-brand-700 underline">
                {t('storeVerification.seller.link')}
              </Link>
            </dd>
            <dt className="text-slate-500">{t('counterNotices.store.activeStrikes')}</dt>
            <dd>
              <Badge tone={strikeTone(store.activeStrikes)}>{format.number(store.activeStrikes)}</Badge>
            </dd>
            <dt className="text-slate-500">{t('seller.stores.activeListings')}</dt>
            <dd className="text-slate-900">{format.number(store.activeListings)}</dd>
          </dl>
          <p className="text-xs text-slate-600">{t('counterNotices.store.threshold', { count: store.strikeThreshold })}</p>
        </CardBody>
      </Card>

      <Card aria-labelledby="strikes-title">
        <CardHeader title={<span id="strikes-title">{t('counterNotices.store.strikesTitle')}</span>} />
        <CardBody>
          {store.strikes.length ? (
            <Table>
              <caption className="sr-only">{t('counterNotices.store.strikesTitle')}</caption>
              <thead>
                <tr>
                  <Th>{t('counterNotices.store.strikeColumns.reason')}</Th>
                  <Th>{t('counterNotices.store.strikeColumns.source')}</Th>
                  <Th>{t('counterNotices.store.strikeColumns.issued')}</Th>
                  <Th>{t('counterNotices.store.strikeColumns.expires')}</Th>
                  <Th>{t('counterNotices.store.strikeColumns.status')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {store.strikes.map((strike) => {
                  const standing = standingOf(strike, now);
                  return (
                    <tr key={strike.id}>
                      <Td className="max-w-md break-words">{localizedIn(strike.reason, locale)}</Td>
                      <Td>{t(`counterNotices.store.strikeSource.${strike.source}`)}</Td>
                      <Td className="whitespace-nowrap">{format.date(strike.createdAt)}</Td>
                      <Td className="whitespace-nowrap">{format.date(strike.expiresAt)}</Td>
                      <Td>
                        <Badge tone={STRIKE_TONE[standing]}>{t(`counterNotices.store.strikeStanding.${standing}`)}</Badge>
                      </Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={t('counterNotices.store.strikesEmpty')} />
          )}
        </CardBody>
      </Card>

      {notices ? (
        <Card id="claims" aria-labelledby="claims-title">
          <CardHeader title={<span id="claims-title">{t('counterNotices.store.claimsTitle')}</span>} />
          <CardBody className="space-y-4">
            {notices.rows.length ? (
              <>
                <NoticesTable rows={notices.rows} t={t} format={format} />
                <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
                  <p>{t('seller.showing', { ...pageRange(notices.page, notices.pageSize, notices.total), total: notices.total })}</p>
                  <Pagination
                    page={notices.page}
                    pageCount={notices.pageCount}
                    pathname={`/seller/stores/${store.id}`}
                    params={{}}
                    param="page"
                    anchor="claims"
                    labels={{ navigation: t('seller.notices.pages'), previous: t('seller.pagination.previous'), next: t('seller.pagination.next') }}
                  />
                </div>
              </>
            ) : (
              <EmptyState title={t('counterNotices.store.claimsEmpty')} />
            )}
          </CardBody>
        </Card>
      ) : null}

      <Card aria-labelledby="statements-title">
        <CardHeader title={<span id="statements-title">{t('counterNotices.store.statementsTitle')}</span>} />
        <CardBody>
          {store.statements.length ? (
            <Table>
              <caption className="sr-only">{t('counterNotices.store.statementsTitle')}</caption>
              <thead>
                <tr>
                  <Th>{t('counterNotices.store.statementColumns.issued')}</Th>
                  <Th>{t('counterNotices.store.statementColumns.restriction')}</Th>
                  <Th>{t('counterNotices.store.statementColumns.listing')}</Th>
                  <Th>{t('counterNotices.store.statementColumns.open')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {store.statements.map((statement) => (
                  <tr key={statement.id}>
                    <Td className="whitespace-nowrap">{format.date(statement.createdAt)}</Td>
                    <Td>{t(`seller.statement.restriction.${statement.restriction}`)}</Td>
                    <Td className="max-w-xs break-words">{statement.listing ? statement.listing.title : '—'}</Td>
                    <Td>
                      <Link href={`/seller/statements/${statement.id}`} className="font-medium text-brand-700 underline">
                        {t('counterNotices.store.openStatement')}
                      </Link>
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={t('counterNotices.store.statementsEmpty')} />
          )}
        </CardBody>
      </Card>

      {/* The seller's own store: its history is the seller's to see (addresses stay hidden: no audit.viewAddress). */}
      <ObjectHistory objectType="store" objectId={store.id} viewer={user} />
    </div>
  );
}
