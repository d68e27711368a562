import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField, TextField } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { listUsers } from '@/lib/data/users';
import { pageRange } from '@/lib/domain/pagination';
import { USER_STATUS_TONE } from '@/lib/domain/status-tones';
import { Role, UserStatus } from '@/lib/generated/prisma/enums';
import { getServerFormatter, getServerTranslator } from '@/lib/i18n/server';
import { parsePage, type SearchParams } from '@/lib/validations/list-filters';
import { SEARCH_MAX_LENGTH, parseUserListFilters } from '@/lib/validations/users';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('admin.users.title') };
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission('user.list', '/admin/users');
  const params = await searchParams;
  const filters = parseUserListFilters(params);
  const [t, format, result] = await Promise.all([getServerTranslator(), getServerFormatter(), listUsers(filters, parsePage(params))]);
  const filtered = Boolean(filters.role || filters.status || filters.q || filters.organisationId);
  const organisationName = filters.organisationId ? (result.rows[0]?.organisation?.name ?? null) : null;
  // The filters as they appear in the URL, kept on every page link.
  const linkParams = {
    q: filters.q ?? undefined,
    role: filters.role ?? undefined,
    status: filters.status ?? undefined,
    organisation: filters.organisationId ?? undefined,
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t('admin.users.title')}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {filters.organisationId
              ? organisationName
                ? t('admin.users.membersOf', { organisation: organisationName })
                : t('admin.users.membersOfOne')
              : t('admin.users.intro')}
          </p>
        </div>
        <Button asChild>
          <Link href="/admin/users/new">{t('admin.users.createStaff')}</Link>
        </Button>
      </div>

      <Card>
        <CardBody className="space-y-4">
          <FilterForm
            action="/admin/users"
            submitLabel={t('admin.users.filters.apply')}
            clearLabel={t('admin.users.filters.clear')}
            showClear={filtered}
            hidden={{ organisation: filters.organisationId ?? undefined }}
          >
            <TextField
              name="q"
              type="search"
              label={t('admin.users.filters.search')}
              placeholder={t('admin.users.filters.searchPlaceholder')}
              defaultValue={filters.q ?? ''}
              maxLength={SEARCH_MAX_LENGTH}
              className="w-72"
            />
            <SelectField
              name="role"
              label={t('admin.users.filters.role')}
              defaultValue={filters.role ?? ''}
              className="w-48"
              options={[
                { value: '', label: t('admin.users.filters.anyRole') },
                ...Object.values(Role).map((role) => ({ value: role, label: t(`shell.roles.${role}`) })),
              ]}
            />
            <SelectField
              name="status"
              label={t('admin.users.filters.status')}
              defaultValue={filters.status ?? ''}
              className="w-48"
              options={[
                { value: '', label: t('admin.users.filters.anyStatus') },
                ...Object.values(UserStatus).map((status) => ({ value: status, label: t(`admin.userStatus.${status}`) })),
              ]}
            />
          </FilterForm>

          {result.rows.length === 0 ? (
            <EmptyState title={filtered ? t('admin.users.emptyFiltered') : t('admin.users.empty')}>
              {filtered ? (
                <Link href="/admin/users" className="text-brand-700 underline">
                  {t('admin.users.filters.clear')}
                </Link>
              ) : (
                t('admin.users.emptyHint')
              )}
            </EmptyState>
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
                        <Badge tone={USER_STATUS_TONE[user.status]}>{t(`admin.userStatus.${user.status}`)}</Badge>
                      </Td>
                      <Td className="whitespace-nowrap">{user.lastSignInAt ? format.dateTime(user.lastSignInAt) : t('admin.users.neverSignedIn')}</Td>
                      <Td className="whitespace-nowrap">{format.date(user.createdAt)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
                <p>{t('common.pager.showing', { ...pageRange(result.page, result.pageSize, result.total), total: result.total })}</p>
                <Pagination
                  page={result.page}
                  pageCount={result.pageCount}
                  pathname="/admin/users"
                  params={linkParams}
                  labels={{ navigation: t('common.pager.label'), previous: t('common.pager.previous'), next: t('common.pager.next') }}
                />
              </div>
            </>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
