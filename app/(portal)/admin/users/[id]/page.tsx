import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ObjectHistory } from '@/components/audit/object-history';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/authz/guards';
import { getUserDetail } from '@/lib/data/users';
import { USER_STATUS_TONE } from '@/lib/domain/status-tones';
import { rolesForOrganisationKind } from '@/lib/domain/users';
import { isLocale, LOCALE_NAMES } from '@/lib/i18n/locales';
import { getServerFormatter, getServerTranslator } from '@/lib/i18n/server';
import { UserRoleForm, UserStatusForm } from './account-forms';

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getServerTranslator();
  const user = await getUserDetail((await params).id);
  return { title: user?.name ?? t('admin.user.title') };
}

export default async function AdminUserPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const admin = await requirePermission('user.list', `/admin/users/${id}`);
  const [t, format, user, query] = await Promise.all([getServerTranslator(), getServerFormatter(), getUserDetail(id), searchParams]);
  if (!user) notFound();
  const own = user.id === admin.id;
  const kind = user.organisation?.kind;

  const facts: [string, ReactNode][] = [
    [t('admin.user.facts.email'), <span key="email" className="break-all">{user.email}</span>],
    [t('admin.user.facts.role'), user.role ? t(`shell.roles.${user.role}`) : t('common.none')],
    [
      t('admin.user.facts.organisation'),
      user.organisation
        ? t('admin.user.organisationWithKind', { name: user.organisation.name, kind: t(`admin.organisationKinds.${user.organisation.kind}`) })
        : t('common.none'),
    ],
    [t('admin.user.facts.status'), <Badge key="status" tone={USER_STATUS_TONE[user.status]}>{t(`admin.userStatus.${user.status}`)}</Badge>],
    [t('admin.user.facts.language'), isLocale(user.locale) ? LOCALE_NAMES[user.locale] : user.locale],
    [t('admin.user.facts.lastSignIn'), user.lastSignInAt ? format.dateTime(user.lastSignInAt) : t('admin.users.neverSignedIn')],
    [t('admin.user.facts.created'), format.dateTime(user.createdAt)],
  ];

  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/users" className="text-sm text-brand-700 underline-offset-2 hover:underline">
          ← {t('admin.users.title')}
        </Link>
        <h1 className="mt-2 flex flex-wrap items-center gap-3 text-2xl font-semibold text-slate-900">
          {user.name}
          <Badge tone={USER_STATUS_TONE[user.status]}>{t(`admin.userStatus.${user.status}`)}</Badge>
        </h1>
      </div>
      {query.created === '1' ? <Alert tone="success">{t('admin.user.created')}</Alert> : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title={t('admin.user.account')} />
          <CardBody>
            <dl className="divide-y divide-slate-100 text-sm">
              {facts.map(([label, value]) => (
                <div key={label} className="grid grid-cols-3 gap-4 py-2">
                  <dt className="text-slate-500">{label}</dt>
                  <dd className="col-span-2 text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
          </CardBody>
        </Card>

        <Card>
          <CardHeader title={t('admin.user.manage')} />
          <CardBody className="space-y-6">
            {own ? (
              <Alert tone="info">{t('errors.cannotChangeOwnAccount')}</Alert>
            ) : (
              <>
                <section aria-labelledby="status-heading" className="space-y-2">
                  <h3 id="status-heading" className="text-sm font-semibold text-slate-900">
                    {t('admin.user.statusHeading')}
                  </h3>
                  <UserStatusForm userId={user.id} status={user.status} />
                </section>
                {user.role ? (
                  <section aria-labelledby="role-heading" className="space-y-2 border-t border-slate-100 pt-5">
                    <h3 id="role-heading" className="text-sm font-semibold text-slate-900">
                      {t('admin.user.roleHeading')}
                    </h3>
                    <UserRoleForm
                      userId={user.id}
                      role={user.role}
                      fittingRoles={kind ? rolesForOrganisationKind(kind).map((r) => t(`shell.roles.${r}`)).join(t('common.listSeparator')) : ''}
                    />
                  </section>
                ) : null}
              </>
            )}
          </CardBody>
        </Card>
      </div>

      <Card>
        <CardHeader title={t('admin.user.memberships')} />
        {user.memberships.length === 0 ? (
          <CardBody>
            <EmptyState title={t('admin.user.noMemberships')} />
          </CardBody>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t('admin.user.columns.organisation')}</Th>
                <Th>{t('admin.user.columns.kind')}</Th>
                <Th>{t('admin.user.columns.role')}</Th>
                <Th>{t('admin.user.columns.since')}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {user.memberships.map((m) => (
                <tr key={m.id}>
                  <Td>{m.organisation.name}</Td>
                  <Td>{t(`admin.organisationKinds.${m.organisation.kind}`)}</Td>
                  <Td>{t(`shell.roles.${m.role}`)}</Td>
                  <Td className="whitespace-nowrap">{format.dateTime(m.createdAt)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>

      <ObjectHistory objectType="user" objectId={user.id} viewer={admin} />
    </div>
  );
}
