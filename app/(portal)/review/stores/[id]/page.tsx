import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ObjectHistory } from '@/components/audit/object-history';
import { ProposeClosureForm } from '@/components/enforcement/closure-forms';
import { StrikesTable } from '@/components/enforcement/strikes-table';
import { APPEAL_STATUS_TONE, CLOSURE_STATUS_TONE } from '@/components/enforcement/tones';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, Td, Th } from '@/components/ui/table';
import { getSessionUser } from '@/lib/auth/session';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { getStoreStandingForReview } from '@/lib/data/store-standing';
import { grantStanding } from '@/lib/domain/standing';
import { CLAIM_ITEM_STATUS_TONE, GRANT_STANDING_TONE, LISTING_STATUS_TONE, STORE_STATUS_TONE, VERIFICATION_TONE, strikeTone } from '@/lib/domain/status-tones';
import { makeFormat } from '@/lib/format';
import type { Role } from '@/lib/generated/prisma/enums';
import { getLocale, getServerTranslator } from '@/lib/i18n/server';
import { proposeStoreClosureAction } from './actions';

const requestNow = cache(() => new Date());
const loadStanding = cache((role: Role, id: string) => getStoreStandingForReview({ role }, id, requestNow()));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [{ id }, user, t] = await Promise.all([params, getSessionUser(), getServerTranslator()]);
  const store = user && can(user.role, 'store.viewAny') ? await loadStanding(user.role, id) : null;
  return { title: store ? t('enforcement.standing.pageTitle', { storeName: store.name }) : t('enforcement.standing.notFoundTitle') };
}

const banKeyOf = (ban: { email: string | null; phone: string | null; registrationNumber: string | null; identityDocumentHash: string | null }) =>
  ban.email !== null
    ? (['email', ban.email] as const)
    : ban.phone !== null
      ? (['phone', ban.phone] as const)
      : ban.registrationNumber !== null
        ? (['registrationNumber', ban.registrationNumber] as const)
        : (['identityDocumentHash', `${(ban.identityDocumentHash ?? '').slice(0, 12)}…`] as const);

/**
 * A store's full standing for reviewers and admins: verification and its history, grants,
 * strikes (counting against the threshold), claims against its listings, flagged listings,
 * closure proposals, appeals, bans and its audit history; reviewers may propose a closure here.
 */
export default async function ReviewStorePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission('store.viewAny', `/review/stores/${encodeURIComponent(id)}`);
  const store = await loadStanding(user.role, id);
  if (!store) notFound();
  const [t, locale] = await Promise.all([getServerTranslator(), getLocale()]);
  const now = requestNow();
  const format = makeFormat(locale, now);
  const closed = store.status === 'CLOSED' || store.status === 'BANNED';

  return (
    <div className="space-y-6">
      <div>
        <Link href="/review/stores" className="text-sm text-brand-700 hover:underline">
          ← {t('enforcement.standing.back')}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold break-words text-slate-900">{t('enforcement.standing.pageTitle', { storeName: store.name })}</h1>
        <p className="font-mono text-xs text-slate-500">{store.slug}</p>
      </div>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          <Card aria-labelledby="summary-title">
            <CardHeader title={<span id="summary-title">{t('enforcement.standing.summaryTitle')}</span>} />
            <CardBody>
              <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-500">{t('enforcement.standing.status')}</dt>
                <dd>
                  <Badge tone={STORE_STATUS_TONE[store.status]}>{t(`seller.storeStatus.${store.status}`)}</Badge>
                </dd>
                <dt className="text-slate-500">{t('enforcement.standing.verification')}</dt>
                <dd>
                  <Badge tone={VERIFICATION_TONE[store.verificationStatus]}>{t(`seller.storeVerification.${store.verificationStatus}`)}</Badge>
                </dd>
                <dt className="text-slate-500">{t('enforcement.standing.seller')}</dt>
                <dd>{store.sellerOrganisation?.name ?? '—'}</dd>
                <dt className="text-slate-500">{t('enforcement.standing.opened')}</dt>
                <dd>{format.date(store.openedAt)}</dd>
                {store.closedAt ? (
                  <>
                    <dt className="text-slate-500">{t('enforcement.standing.closedAt')}</dt>
                    <dd>{format.dateTime(store.closedAt)}</dd>
                  </>
                ) : null}
                <dt className="text-slate-500">{t('enforcement.closure.countingStrikes')}</dt>
                <dd>
                  <Badge tone={strikeTone(store.countingStrikes)}>
                    {t('enforcement.standing.strikesCounting', { count: store.countingStrikes, threshold: store.strikeThreshold })}
                  </Badge>
                </dd>
                <dt className="text-slate-500">{t('enforcement.closure.activeListings')}</dt>
                <dd>{format.number(store.activeListings)}</dd>
              </dl>
              <p className="mt-3 text-xs text-slate-600">{t('enforcement.standing.statementsOnRecord', { count: store.statements })}</p>
            </CardBody>
          </Card>

          <Card aria-labelledby="verification-title">
            <CardHeader title={<span id="verification-title">{t('enforcement.standing.verificationTitle')}</span>} />
            <CardBody>
              {store.verifications.length ? (
                <Table>
                  <thead>
                    <tr>
                      <Th>{t('enforcement.standing.verificationColumns.submitted')}</Th>
                      <Th>{t('enforcement.standing.verificationColumns.status')}</Th>
                      <Th>{t('enforcement.standing.verificationColumns.licence')}</Th>
                      <Th>{t('enforcement.standing.verificationColumns.reviewer')}</Th>
                      <Th>{t('enforcement.standing.verificationColumns.reason')}</Th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {store.verifications.map((v) => (
                      <tr key={v.id}>
                        <Td className="whitespace-nowrap">{format.date(v.submittedAt ?? v.createdAt)}</Td>
                        <Td>
                          <Badge tone={VERIFICATION_TONE[v.status]}>{t(`seller.storeVerification.${v.status}`)}</Badge>
                        </Td>
                        <Td className="font-mono text-xs">{v.licenceNumber ?? '—'}</Td>
                        <Td>{v.reviewer?.name ?? '—'}</Td>
                        <Td className="max-w-xs break-words">{v.reason ?? '—'}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              ) : (
                <EmptyState title={t('enforcement.standing.verificationEmpty')} />
              )}
            </CardBody>
          </Card>

          <Card aria-labelledby="grants-title">
            <CardHeader title={<span id="grants-title">{t('enforcement.standing.grantsTitle')}</span>} />
            <CardBody>
              {store.grants.length ? (
                <Table>
                  <thead>
                    <tr>
                      <Th>{t('enforcement.standing.grantColumns.brand')}</Th>
                      <Th>{t('enforcement.standing.grantColumns.validFrom')}</Th>
                      <Th>{t('enforcement.standing.grantColumns.expires')}</Th>
                      <Th>{t('enforcement.standing.grantColumns.status')}</Th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {store.grants.map((g) => {
                      const standing = grantStanding(g, now);
                      return (
                        <tr key={g.id}>
                          <Td>{g.brand.name}</Td>
                          <Td className="whitespace-nowrap">{format.date(g.validFrom)}</Td>
                          <Td className="whitespace-nowrap">{format.date(g.expiresAt)}</Td>
                          <Td>
                            <Badge tone={GRANT_STANDING_TONE[standing]}>{t(`enforcement.standing.grantStatus.${standing}`)}</Badge>
                          </Td>
                        </tr>
                      );
                    })}
                  </tbody>
                </Table>
              ) : (
                <EmptyState title={t('enforcement.standing.grantsEmpty')} />
              )}
            </CardBody>
          </Card>

          <Card aria-labelledby="strikes-title">
            <CardHeader title={<span id="strikes-title">{t('enforcement.standing.strikesTitle')}</span>} />
            <CardBody>
              {store.strikes.length ? (
                <StrikesTable strikes={store.strikes} now={now} t={t} format={format} locale={locale} caption={t('enforcement.standing.strikesTitle')} />
              ) : (
                <EmptyState title={t('enforcement.standing.strikesEmpty')} />
              )}
            </CardBody>
          </Card>

          <Card aria-labelledby="claims-title">
            <CardHeader title={<span id="claims-title">{t('enforcement.standing.claimsTitle')}</span>} />
            <CardBody className="space-y-4">
              {store.claimItems.length ? (
                <>
                  <ul aria-label={t('enforcement.standing.claimCounts')} className="flex flex-wrap gap-2">
                    {store.claimCounts.map((c) => (
                      <li key={c.status}>
                        <Badge tone={CLAIM_ITEM_STATUS_TONE[c.status]}>
                          {t(`review.claimItemStatus.${c.status}`)}: {format.number(c.count)}
                        </Badge>
                      </li>
                    ))}
                  </ul>
                  <Table>
                    <thead>
                      <tr>
                        <Th>{t('enforcement.standing.claimColumns.listing')}</Th>
                        <Th>{t('enforcement.standing.claimColumns.claim')}</Th>
                        <Th>{t('enforcement.standing.claimColumns.status')}</Th>
                        <Th>{t('enforcement.standing.claimColumns.filed')}</Th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-slate-100">
                      {store.claimItems.map((item) => (
                        <tr key={item.id}>
                          <Td className="max-w-xs break-words">
                            <Link href={`/review/items/${item.id}`} className="font-medium text-brand-700 underline">
                              {item.listing.title}
                            </Link>
                          </Td>
                          <Td className="whitespace-nowrap">
                            <span className="font-mono text-xs">{item.claim.reference}</span> · {item.claim.brand.name}
                          </Td>
                          <Td>
                            <Badge tone={CLAIM_ITEM_STATUS_TONE[item.status]}>{t(`review.claimItemStatus.${item.status}`)}</Badge>
                          </Td>
                          <Td className="whitespace-nowrap">{format.date(item.createdAt)}</Td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                </>
              ) : (
                <EmptyState title={t('enforcement.standing.claimsEmpty')} />
              )}
            </CardBody>
          </Card>

          <Card aria-labelledby="flagged-title">
            <CardHeader title={<span id="flagged-title">{t('enforcement.standing.flaggedTitle')}</span>} />
            <CardBody>
              {store.flagged.length ? (
                <Table>
                  <caption className="sr-only">{t('enforcement.standing.flaggedTitle')}</caption>
                  <thead>
                    <tr>
                      <Th>{t('enforcement.standing.flaggedColumns.listing')}</Th>
                      <Th>{t('enforcement.standing.flaggedColumns.brand')}</Th>
                      <Th>{t('enforcement.standing.flaggedColumns.reason')}</Th>
                      <Th>{t('enforcement.standing.flaggedColumns.graceEnds')}</Th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {store.flagged.map((l) => (
                      <tr key={l.id}>
                        <Td className="max-w-xs break-words">{l.title}</Td>
                        <Td>{l.brand?.name ?? '—'}</Td>
                        <Td>{l.flagReason ? t(`enforcement.standing.flagReason.${l.flagReason}`) : '—'}</Td>
                        <Td className="whitespace-nowrap">{l.graceEndsAt ? format.dateTime(l.graceEndsAt) : '—'}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              ) : (
                <EmptyState title={t('enforcement.standing.flaggedEmpty')} />
              )}
            </CardBody>
          </Card>

          <Card aria-labelledby="removed-title">
            <CardHeader title={<span id="removed-title">{t('enforcement.standing.removedTitle')}</span>} />
            <CardBody>
              {store.unauthorizedRemoved.length ? (
                <Table>
                  <caption className="sr-only">{t('enforcement.standing.removedTitle')}</caption>
                  <thead>
                    <tr>
                      <Th>{t('enforcement.standing.flaggedColumns.listing')}</Th>
                      <Th>{t('enforcement.standing.flaggedColumns.brand')}</Th>
                      <Th>{t('enforcement.standing.flaggedColumns.status')}</Th>
                      <Th>{t('enforcement.standing.statementsColumn')}</Th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {store.unauthorizedRemoved.map((l) => (
                      <tr key={l.id}>
                        <Td className="max-w-xs break-words">{l.title}</Td>
                        <Td>{l.brand?.name ?? '—'}</Td>
                        <Td>
                          <Badge tone={LISTING_STATUS_TONE[l.status]}>{t(`enforcement.standing.listingStatus.${l.status}`)}</Badge>
                        </Td>
                        <Td>{t('enforcement.standing.statementsOnRecord', { count: l._count.statements })}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              ) : (
                <EmptyState title={t('enforcement.standing.removedEmpty')} />
              )}
            </CardBody>
          </Card>

          <Card aria-labelledby="closures-title">
            <CardHeader title={<span id="closures-title">{t('enforcement.standing.closuresTitle')}</span>} />
            <CardBody>
              {store.closures.length ? (
                <Table>
                  <thead>
                    <tr>
                      <Th>{t('enforcement.closures.columns.opened')}</Th>
                      <Th>{t('enforcement.closures.columns.trigger')}</Th>
                      <Th>{t('enforcement.closures.columns.status')}</Th>
                      <Th>{t('enforcement.closures.columns.proposedBy')}</Th>
                      <Th>{t('enforcement.closures.columns.decidedBy')}</Th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {store.closures.map((c) => (
                      <tr key={c.id}>
                        <Td className="whitespace-nowrap">
                          {can(user.role, 'closure.propose') ? (
                            <Link href={`/review/closures/${c.id}`} className="font-medium text-brand-700 underline">
                              {format.dateTime(c.createdAt)}
                            </Link>
                          ) : (
                            format.dateTime(c.createdAt)
                          )}
                        </Td>
                        <Td>{t(`enforcement.trigger.${c.trigger}`)}</Td>
                        <Td>
                          <Badge tone={CLOSURE_STATUS_TONE[c.status]}>{t(`enforcement.status.${c.status}`)}</Badge>
                        </Td>
                        <Td>{c.proposedBy?.name ?? '—'}</Td>
                        <Td>{c.decidedBy?.name ?? '—'}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              ) : (
                <EmptyState title={t('enforcement.standing.closuresEmpty')} />
              )}
            </CardBody>
          </Card>

          <Card aria-labelledby="appeals-title">
            <CardHeader title={<span id="appeals-title">{t('enforcement.standing.appealsTitle')}</span>} />
            <CardBody>
              {store.appeals.length ? (
                <ul className="space-y-2 text-sm">
                  {store.appeals.map((a) => (
                    <li key={a.id} className="flex flex-wrap items-center gap-3">
                      <span>{format.dateTime(a.createdAt)}</span>
                      <Badge tone={APPEAL_STATUS_TONE[a.status]}>{t(`enforcement.appealStatus.${a.status}`)}</Badge>
                      {can(user.role, 'appeal.decide') ? (
                        <Link href={`/review/appeals/${a.id}`} className="font-medium text-brand-700 underline">
                          {t('enforcement.closures.openAppeal')}
                        </Link>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : (
                <EmptyState title={t('enforcement.standing.appealsEmpty')} />
              )}
            </CardBody>
          </Card>

          <Card aria-labelledby="bans-title">
            <CardHeader title={<span id="bans-title">{t('enforcement.standing.bansTitle')}</span>} />
            <CardBody>
              {store.bans.length ? (
                <Table>
                  <thead>
                    <tr>
                      <Th>{t('enforcement.standing.banColumns.key')}</Th>
                      <Th>{t('enforcement.standing.banColumns.value')}</Th>
                      <Th>{t('enforcement.standing.banColumns.recorded')}</Th>
                      <Th>{t('enforcement.standing.banColumns.lifted')}</Th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {store.bans.map((ban) => {
                      const [key, value] = banKeyOf(ban);
                      return (
                        <tr key={ban.id}>
                          <Td>{t(`enforcement.standing.banKey.${key}`)}</Td>
                          <Td className="font-mono text-xs break-all">{value}</Td>
                          <Td className="whitespace-nowrap">{format.dateTime(ban.createdAt)}</Td>
                          <Td className="whitespace-nowrap">{ban.liftedAt ? format.dateTime(ban.liftedAt) : t('enforcement.standing.notLifted')}</Td>
                        </tr>
                      );
                    })}
                  </tbody>
                </Table>
              ) : (
                <EmptyState title={t('enforcement.standing.bansEmpty')} />
              )}
            </CardBody>
          </Card>

          <ObjectHistory objectType="store" objectId={store.id} viewer={user} />
        </div>

        {can(user.role, 'closure.propose') ? (
          <aside className="space-y-4 lg:sticky lg:top-4 lg:self-start">
            <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <h2 className="text-sm font-semibold text-slate-900">{t('enforcement.standing.proposeTitle')}</h2>
              {closed ? (
                <p className="mt-2 text-sm text-slate-700">{t('enforcement.standing.storeClosed')}</p>
              ) : store.pendingClosureId ? (
                <div className="mt-2 space-y-2">
                  <Alert tone="info">{t('enforcement.standing.pendingExists')}</Alert>
                  <Link href={`/review/closures/${store.pendingClosureId}`} className="text-sm font-medium text-brand-700 underline">
                    {t('enforcement.standing.openPending')}
                  </Link>
                </div>
              ) : (
                <>
                  <p className="mt-1 mb-3 text-xs text-slate-600">{t('enforcement.standing.proposeIntro')}</p>
                  <ProposeClosureForm action={proposeStoreClosureAction} storeId={store.id} />
                </>
              )}
            </div>
          </aside>
        ) : null}
      </div>
    </div>
  );
}
