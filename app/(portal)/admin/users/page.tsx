import type { Metadata } from 'next';
import Link from 'next/link';
import { UserStatusBadge } from '@/components/admin/status-badges';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Pager } from '@/components/ui/pager';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { listUsers } from '@/lib/data/users';
import { Role, UserStatus } from '@/lib/generated/prisma/enums';
import { DATE_FORMAT, DATE_TIME_FORMAT, getServerFormatter, getServerTranslator } from '@/lib/i18n/server';
import { SEARCH_MAX_LENGTH, parseUserListFilters } from '@/lib/validations/users';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('admin.users.title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const CONTROL = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600';

export default async function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('user.list', '/admin/users');
  const filters = parseUserListFilters(await searchParams);
  const [t, format, result] = await Promise.all([getServerTranslator(), getServerFormatter(), listUsers(filters)]);
  const filtered = Boolean(filters.role || filters.status || filters.q || filters.organisationId);
  const organisationName = filters.organisationId ? (result.rows[0]?.organisation?.name ?? null) : null;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t('admin.users.title')}</h1>
          <p className="mt-1 text-sm text-slate-600">{t('admin.users.intro')}</p>
        </div>
        <Button asChild>
          <Link href="/admin/users/new">{t('admin.users.createStaff')}</Link>
        </Button>
      </div>

      {/* A GET form: the filters live in the address, so a filtered view can be bookmarked and shared. */}
      <form method="get" role="search" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_12rem_12rem_auto] sm:items-end">
        <div className="space-y-1">
          <label htmlFor="q" className="block text-sm font-medium text-slate-800">
            {t('admin.users.filters.search')}
          </label>
          <input id="q" name="q" type="search" defaultValue={filters.q ?? ''} maxLength={SEARCH_MAX_LENGTH} placeholder={t('admin.users.filters.searchPlaceholder')} className={CONTROL} />
        </div>
        <div className="space-y-1">
          <label htmlFor="role" className="block text-sm font-medium text-slate-800">
            {t('admin.users.filters.role')}
          </label>
          <select id="role" name="role" defaultValue={filters.role ?? ''} className={CONTROL}>
            <option value="">{t('admin.users.filters.anyRole')}</option>
            {Object.values(Role).map((role) => (
              <option key={role} value={role}>
                {t(`shell.roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="status" className="block text-sm font-medium text-slate-800">
            {t('admin.users.filters.status')}
          </label>
          <select id="status" name="status" defaultValue={filters.status ?? ''} className={CONTROL}>
            <option value="">{t('admin.users.filters.anyStatus')}</option>
            {Object.values(UserStatus).map((status) => (
              <option key={status} value={status}>
                {t(`admin.userStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
        {filters.organisationId ? <input type="hidden" name="organisation" value={filters.organisationId} /> : null}
        <div className="flex gap-2">
          <Button type="submit">{t('admin.users.filters.apply')}</Button>
          {filtered ? (
            <Button asChild variant="ghost">
              <Link href="/admin/users">{t('admin.users.filters.clear')}</Link>
            </Button>
          ) : null}
        </div>
      </form>

      {filters.organisationId ? (
        <p className="text-sm text-slate-600">
          {organisationName ? t('admin.users.membersOf', { organisation: organisationName }) : t('admin.users.membersOfOne')}
        </p>
      ) : null}

      <Card>
        {result.rows.length === 0 ? (
          <div className="p-5">
            <EmptyState title={filtered ? t('admin.users.emptyFiltered') : t('admin.users.empty')}>
              {filtered ? (
                <Link href="/admin/users" className="text-brand-700 underline">
                  {t('admin.users.filters.clear')}
                </Link>
              ) : (
                t('admin.users.emptyHint')
              )}
            </EmptyState>
          </div>
        ) : (
          <>
            <Table>
              <caption className="sr-only">{t('admin.users.title')}</caption>
              <thead>
                <tr>
                  <Th>{t('admin.users.columns.name')}</Th>
                  <Th>{t('admin.users.columns.email')}</Th>
                  <Th>{t('admin.users.columns.role')}</Th>
                  <Th>{t('admin.users.columns.organisation')}</Th>
                  <Th>{t('admin.users.columns.status')}</Th>
                  <Th>{t('admin.users.columns.lastSignIn')}</Th>
                  <Th>{t('admin.users.columns.created')}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {result.rows.map((user) => (
                  <tr key={user.id}>
                    <Td>
                      <Link href={`/admin/users/${user.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                        {user.name}
                      </Link>
                    </Td>
                    <Td className="break-all">{user.email}</Td>
                    <Td>{user.role ? t(`shell.roles.${user.role}`) : t('common.none')}</Td>
                    <Td>{user.organisation?.name ?? t('common.none')}</Td>
                    <Td>
                      <UserStatusBadge status={user.status} label={t(`admin.userStatus.${user.status}`)} />
                    </Td>
                    <Td className="whitespace-nowrap">{user.lastSignInAt ? format.dateTime(user.lastSignInAt, DATE_TIME_FORMAT) : t('admin.users.neverSignedIn')}</Td>
                    <Td className="whitespace-nowrap">{format.dateTime(user.createdAt, DATE_FORMAT)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pager
              page={result.page}
              pageCount={result.pageCount}
              total={result.total}
              basePath="/admin/users"
              params={{ q: filters.q, role: filters.role, status: filters.status, organisation: filters.organisationId }}
            />
          </>
        )}
      </Card>
    </div>
  );
}
