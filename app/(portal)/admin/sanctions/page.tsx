import type { Metadata } from 'next';
import Link from 'next/link';
import { LiftWithReasonForm } from '@/components/ui/lift-with-reason-form';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { can } from '@/lib/authz/policy';
import { SANCTION_FILTERS, listSanctions, type SanctionFilter } from '@/lib/data/filing-sanctions';
import { formatShare } from '@/lib/domain/accuracy';
import { localizedIn } from '@/lib/domain/localized-text';
import { pageRange } from '@/lib/domain/pagination';
import { getLocale, getServerFormatter, getServerTranslator } from '@/lib/i18n/server';
import { cn } from '@/lib/cn';
import { firstParam, parsePage, type SearchParams } from '@/lib/validations/list-filters';
import { SANCTION_LIFT_REASON_MAX } from '@/lib/validations/filing-sanctions';
import { liftSanctionAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('sanctions.title') };
}

function parseFilter(params: SearchParams): SanctionFilter {
  const value = firstParam(params, 'show');
  return SANCTION_FILTERS.find((f) => f === value) ?? 'active';
}

/**
 * Warnings and suspensions of filers (DSA Art 23), in force first by default, with their
 * figures and reasons; admins lift one with a reason, reviewers see the list read-only.
 */
export default async function AdminSanctionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('sanction.view', '/admin/sanctions');
  const params = await searchParams;
  const filter = parseFilter(params);
  const [t, format, locale, result] = await Promise.all([getServerTranslator(), getServerFormatter(), getLocale(), listSanctions(user, filter, parsePage(params))]);
  const mayLift = can(user.role, 'sanction.lift');

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('sanctions.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('sanctions.admin.intro')}</p>
        {mayLift ? null : <p className="mt-1 text-sm text-slate-600">{t('sanctions.admin.readOnly')}</p>}
      </div>
      {firstParam(params, 'lifted') === '1' ? <Alert tone="success">{t('sanctions.admin.lifted')}</Alert> : null}

      <nav aria-label={t('sanctions.admin.filterLabel')} className="flex gap-2 text-sm">
        {SANCTION_FILTERS.map((f) => (
          <Link
            key={f}
            href={`/admin/sanctions?show=${f}`}
            aria-current={f === filter ? 'page' : undefined}
            className={cn('rounded-md border px-3 py-1.5', f === filter ? 'border-brand-600 bg-brand-50 font-medium text-brand-800' : 'border-slate-200 text-slate-700 hover:bg-slate-50')}
          >
            {t(`sanctions.admin.filters.${f}`)}
          </Link>
        ))}
      </nav>

      <Card>
        <CardBody className="space-y-4">
          {result.rows.length ? (
            <>
              <Table>
                <caption className="sr-only">{t('sanctions.title')}</caption>
                <thead>
                  <tr>
                    <Th>{t('sanctions.admin.columns.organisation')}</Th>
                    <Th>{t('sanctions.admin.columns.kind')}</Th>
                    <Th>{t('sanctions.admin.columns.figures')}</Th>
                    <Th>{t('sanctions.admin.columns.since')}</Th>
                    <Th>{t('sanctions.admin.columns.until')}</Th>
                    <Th>{t('sanctions.admin.columns.status')}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {result.rows.map((s) => (
                    <tr key={s.id}>
                      <Td className="font-medium text-slate-900">{s.organisation.name}</Td>
                      <Td>
                        <Badge tone={s.kind === 'SUSPENSION' ? 'bad' : 'warn'}>{t(`sanctions.admin.kind.${s.kind}`)}</Badge>
                      </Td>
                      <Td className="max-w-sm text-xs">
                        <div>
                          {s.figures
                            ? t('sanctions.admin.figures', {
                                badShare: formatShare(s.figures.badShare),
                                decided: s.figures.decided,
                                rejected: s.figures.rejected,
                                restored: s.figures.restored,
                                ceiling: formatShare(s.figures.ceiling),
                                windowDays: s.figures.windowDays,
                              })
                            : t('sanctions.admin.noFigures')}
                        </div>
                        <div className="mt-1 text-slate-500">{localizedIn(s.reason, locale)}</div>
                      </Td>
                      <Td className="text-xs whitespace-nowrap">{format.date(s.startsAt)}</Td>
                      <Td className="text-xs whitespace-nowrap">{s.endsAt ? format.date(s.endsAt) : t('sanctions.admin.noEnd')}</Td>
                      <Td>
                        {s.liftedAt ? (
                          <div className="space-y-1 text-xs">
                            <Badge tone="neutral">{t('sanctions.admin.liftedOn', { date: format.date(s.liftedAt) })}</Badge>
                            <div className="max-w-xs break-words text-slate-600">{t('sanctions.admin.liftedBy', { name: s.liftedBy ?? '—', reason: s.liftReason ?? '—' })}</div>
                          </div>
                        ) : (
                          <div className="space-y-2">
                            <Badge tone={s.active ? 'bad' : 'neutral'}>{s.active ? t('sanctions.admin.active') : t('sanctions.admin.ended')}</Badge>
                            {mayLift && s.active ? <LiftWithReasonForm
                                action={liftSanctionAction}
                                target={{ name: 'sanctionId', value: s.id }}
                                maxLength={SANCTION_LIFT_REASON_MAX}
                                labels={{ submit: t('sanctions.admin.lift'), pending: t('sanctions.admin.lifting'), reason: t('sanctions.admin.liftReason') }}
                                ariaLabel={`${t('sanctions.admin.lift')} · ${s.organisation.name}`}
                              /> : null}
                          </div>
                        )}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
                <p>{t('sanctions.admin.showing', { ...pageRange(result.page, result.pageSize, result.total), total: result.total })}</p>
                <Pagination
                  page={result.page}
                  pageCount={result.pageCount}
                  pathname="/admin/sanctions"
                  params={{ show: filter }}
                  labels={{ navigation: t('sanctions.admin.pages'), previous: t('sanctions.admin.previous'), next: t('sanctions.admin.next') }}
                />
              </div>
            </>
          ) : (
            <EmptyState title={t('sanctions.admin.empty')} />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
