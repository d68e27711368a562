import type { Metadata } from 'next';
import { LiftWithReasonForm } from '@/components/ui/lift-with-reason-form';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { listBans } from '@/lib/data/bans';
import { pageRange } from '@/lib/domain/pagination';
import { BAN_KEYS } from '@/lib/domain/store-verification';
import { getServerFormatter, getServerTranslator } from '@/lib/i18n/server';
import { firstParam, parsePage, type SearchParams } from '@/lib/validations/list-filters';
import { LIFT_REASON_MAX } from '@/lib/validations/store-verification';
import { liftBanAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('storeVerification.bans.title') };
}

/**
 * Every ban with its identity keys (masked: enough to recognise, not to copy), why and by
 * whom it was issued, and whether it was lifted; a standing ban can be lifted with a reason.
 */
export default async function AdminBansPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('ban.view', '/admin/bans');
  const params = await searchParams;
  const [t, format, result] = await Promise.all([getServerTranslator(), getServerFormatter(), listBans(user, parsePage(params))]);
  const mayLift = can(user.role, 'ban.lift');

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('storeVerification.bans.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('storeVerification.bans.intro')}</p>
      </div>
      {firstParam(params, 'lifted') === '1' ? <Alert tone="success">{t('storeVerification.bans.lifted')}</Alert> : null}

      <Card>
        <CardBody className="space-y-4">
          {result.rows.length ? (
            <>
              <Table>
                <caption className="sr-only">{t('storeVerification.bans.title')}</caption>
                <thead>
                  <tr>
                    <Th>{t('storeVerification.bans.columns.store')}</Th>
                    <Th>{t('storeVerification.bans.columns.keys')}</Th>
                    <Th>{t('storeVerification.bans.columns.reason')}</Th>
                    <Th>{t('storeVerification.bans.columns.issued')}</Th>
                    <Th>{t('storeVerification.bans.columns.standing')}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {result.rows.map((ban) => (
                    <tr key={ban.id}>
                      <Td>
                        <div className="font-medium text-slate-900">{ban.store?.name ?? '—'}</div>
                        {ban.organisationName ? <div className="text-xs text-slate-500">{ban.organisationName}</div> : null}
                      </Td>
                      <Td className="text-xs">
                        <dl className="grid grid-cols-[auto_1fr] gap-x-2">
                          {BAN_KEYS.filter((key) => ban.keys[key]).map((key) => (
                            <div key={key} className="contents">
                              <dt className="text-slate-500">{t(`storeVerification.bans.key.${key}`)}</dt>
                              <dd className="font-mono text-slate-800">{ban.keys[key]}</dd>
                            </div>
                          ))}
                        </dl>
                      </Td>
                      <Td className="max-w-xs text-sm break-words">{ban.reason}</Td>
                      <Td className="text-xs whitespace-nowrap">
                        <div>{format.dateTime(ban.createdAt)}</div>
                        <div className="text-slate-500">{ban.issuedBy ?? t('storeVerification.bans.system')}</div>
                      </Td>
                      <Td>
                        {ban.liftedAt ? (
                          <Badge tone="neutral">{t('storeVerification.bans.liftedOn', { date: format.dateTime(ban.liftedAt) })}</Badge>
                        ) : (
                          <div className="space-y-2">
                            <Badge tone="bad">{t('storeVerification.bans.standing')}</Badge>
                            {mayLift ? <LiftWithReasonForm
                                action={liftBanAction}
                                target={{ name: 'banId', value: ban.id }}
                                maxLength={LIFT_REASON_MAX}
                                labels={{ submit: t('storeVerification.bans.lift'), pending: t('storeVerification.bans.lifting'), reason: t('storeVerification.bans.liftReason') }}
                              /> : null}
                          </div>
                        )}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
                <p>{t('storeVerification.bans.showing', { ...pageRange(result.page, result.pageSize, result.total), total: result.total })}</p>
                <Pagination
                  page={result.page}
                  pageCount={result.pageCount}
                  pathname="/admin/bans"
                  params={{}}
                  labels={{ navigation: t('storeVerification.bans.pages'), previous: t('storeVerification.bans.previous'), next: t('storeVerification.bans.next') }}
                />
              </div>
            </>
          ) : (
            <EmptyState title={t('storeVerification.bans.empty')} />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
