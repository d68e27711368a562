import type { Metadata } from 'next';
import Link from 'next/link';
import { VerificationBadge } from '@/components/admin/status-badges';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Pager } from '@/components/ui/pager';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { listOrganisations } from '@/lib/data/organisations';
import { OrganisationKind, VerificationStatus } from '@/lib/generated/prisma/enums';
import { DATE_FORMAT, getServerFormatter, getServerTranslator } from '@/lib/i18n/server';
import { parseOrganisationListFilters } from '@/lib/validations/organisations';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('admin.organisations.title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const CONTROL = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600';

export default async function AdminOrganisationsPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('organisation.list', '/admin/organisations');
  const filters = parseOrganisationListFilters(await searchParams);
  const [t, format, result] = await Promise.all([getServerTranslator(), getServerFormatter(), listOrganisations(filters)]);
  const filtered = Boolean(filters.kind || filters.verification);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('admin.organisations.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('admin.organisations.intro')}</p>
      </div>

      <form method="get" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[14rem_14rem_auto] sm:items-end">
        <div className="space-y-1">
          <label htmlFor="kind" className="block text-sm font-medium text-slate-800">
            {t('admin.organisations.filters.kind')}
          </label>
          <select id="kind" name="kind" defaultValue={filters.kind ?? ''} className={CONTROL}>
            <option value="">{t('admin.organisations.filters.anyKind')}</option>
            {Object.values(OrganisationKind).map((kind) => (
              <option key={kind} value={kind}>
                {t(`admin.organisationKinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="verification" className="block text-sm font-medium text-slate-800">
            {t('admin.organisations.filters.verification')}
          </label>
          <select id="verification" name="verification" defaultValue={filters.verification ?? ''} className={CONTROL}>
            <option value="">{t('admin.organisations.filters.anyVerification')}</option>
            {Object.values(VerificationStatus).map((status) => (
              <option key={status} value={status}>
                {t(`admin.verificationStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2">
          <Button type="submit">{t('admin.organisations.filters.apply')}</Button>
          {filtered ? (
            <Button asChild variant="ghost">
              <Link href="/admin/organisations">{t('admin.organisations.filters.clear')}</Link>
            </Button>
          ) : null}
        </div>
      </form>

      <Card>
        {result.rows.length === 0 ? (
          <div className="p-5">
            <EmptyState title={filtered ? t('admin.organisations.emptyFiltered') : t('admin.organisations.empty')}>
              {filtered ? (
                <Link href="/admin/organisations" className="text-brand-700 underline">
                  {t('admin.organisations.filters.clear')}
                </Link>
              ) : (
                t('admin.organisations.emptyHint')
              )}
            </EmptyState>
          </div>
        ) : (
          <>
            <Table>
              <caption className="sr-only">{t('admin.organisations.title')}</caption>
              <thead>
                <tr>
                  <Th>{t('admin.organisations.columns.name')}</Th>
                  <Th>{t('admin.organisations.columns.kind')}</Th>
                  <Th>{t('admin.organisations.columns.verification')}</Th>
                  <Th className="text-right">{t('admin.organisations.columns.members')}</Th>
                  <Th className="text-right">{t('admin.organisations.columns.brands')}</Th>
                  <Th className="text-right">{t('admin.organisations.columns.stores')}</Th>
                  <Th>{t('admin.organisations.columns.created')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {result.rows.map((org) => (
                  <tr key={org.id}>
                    <Td>
                      <span className="font-medium text-slate-900">{org.name}</span>
                      {org.country ? <span className="ml-2 text-xs text-slate-500">{org.country}</span> : null}
                    </Td>
                    <Td>{t(`admin.organisationKinds.${org.kind}`)}</Td>
                    <Td>
                      <VerificationBadge status={org.verificationStatus} label={t(`admin.verificationStatus.${org.verificationStatus}`)} />
                    </Td>
                    <Td className="text-right tabular-nums">
                      {org.members > 0 ? (
                        <Link href={`/admin/users?organisation=${org.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                          {format.number(org.members)}
                        </Link>
                      ) : (
                        format.number(0)
                      )}
                    </Td>
                    <Td className="text-right tabular-nums">{format.number(org.brandsOwned)}</Td>
                    <Td className="text-right tabular-nums">{format.number(org.stores)}</Td>
                    <Td className="whitespace-nowrap">{format.dateTime(org.createdAt, DATE_FORMAT)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pager
              page={result.page}
              pageCount={result.pageCount}
              total={result.total}
              basePath="/admin/organisations"
              params={{ kind: filters.kind, verification: filters.verification }}
            />
          </>
        )}
      </Card>
    </div>
  );
}
