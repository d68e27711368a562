import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/authz/guards';
import { organisationOverview } from '@/lib/data/organisations';
import { userCounts } from '@/lib/data/users';
import { OrganisationKind, Role, UserStatus, VerificationStatus } from '@/lib/generated/prisma/enums';
import { getServerFormatter, getServerTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('admin.overview.title') };
}

const ROW = 'flex items-center justify-between gap-4 py-1.5 text-sm';
const LINK = 'text-brand-700 underline-offset-2 hover:underline';

export default async function AdminOverviewPage() {
  await requirePermission('user.list', '/admin');
  const [t, format, users, organisations] = await Promise.all([getServerTranslator(), getServerFormatter(), userCounts(), organisationOverview()]);
  const n = (value: number) => format.number(value);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('admin.overview.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('admin.overview.intro')}</p>
      </div>

      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <CardHeader
            title={t('admin.overview.users.title', { count: users.total })}
            action={
              <Button asChild size="sm" variant="secondary">
                <Link href="/admin/users/new">{t('admin.overview.users.createStaff')}</Link>
              </Button>
            }
          />
          <CardBody className="grid gap-6 sm:grid-cols-2">
            <section aria-labelledby="users-by-role">
              <h3 id="users-by-role" className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
                {t('admin.overview.users.byRole')}
              </h3>
              <ul className="divide-y divide-slate-100">
                {Object.values(Role).map((role) => (
                  <li key={role} className={ROW}>
                    <Link href={`/admin/users?role=${role}`} className={LINK}>
                      {t(`shell.roles.${role}`)}
                    </Link>
                    <span className="tabular-nums">{n(users.byRole[role])}</span>
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="users-by-status">
              <h3 id="users-by-status" className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
                {t('admin.overview.users.byStatus')}
              </h3>
              <ul className="divide-y divide-slate-100">
                {Object.values(UserStatus).map((status) => (
                  <li key={status} className={ROW}>
                    <Link href={`/admin/users?status=${status}`} className={LINK}>
                      {t(`admin.userStatus.${status}`)}
                    </Link>
                    <span className="tabular-nums">{n(users.byStatus[status])}</span>
                  </li>
                ))}
              </ul>
            </section>
          </CardBody>
        </Card>

        <Card>
          <CardHeader
            title={t('admin.overview.organisations.title', { count: organisations.total })}
            action={
              <Button asChild size="sm" variant="secondary">
                <Link href="/admin/organisations">{t('admin.overview.organisations.viewAll')}</Link>
              </Button>
            }
          />
          <CardBody className="grid gap-6 sm:grid-cols-2">
            <section aria-labelledby="orgs-by-kind">
              <h3 id="orgs-by-kind" className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
                {t('admin.overview.organisations.byKind')}
              </h3>
              <ul className="divide-y divide-slate-100">
                {Object.values(OrganisationKind).map((kind) => (
                  <li key={kind} className={ROW}>
                    <Link href={`/admin/organisations?kind=${kind}`} className={LINK}>
                      {t(`admin.organisationKinds.${kind}`)}
                    </Link>
                    <span className="tabular-nums">{n(organisations.byKind[kind])}</span>
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="orgs-by-verification">
              <h3 id="orgs-by-verification" className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
                {t('admin.overview.organisations.byVerification')}
              </h3>
              <ul className="divide-y divide-slate-100">
                {Object.values(VerificationStatus).map((status) => (
                  <li key={status} className={ROW}>
                    <Link href={`/admin/organisations?verification=${status}`} className={LINK}>
                      {t(`admin.verificationStatus.${status}`)}
                    </Link>
                    <span className="tabular-nums">{n(organisations.byVerificationStatus[status])}</span>
                  </li>
                ))}
              </ul>
            </section>
          </CardBody>
        </Card>
      </div>

      <Card>
        <CardHeader title={t('admin.overview.brandsPending.title')} description={t('admin.overview.brandsPending.description')} />
        <CardBody>
          <p className="text-3xl font-semibold tabular-nums text-slate-900">{n(organisations.brandsPendingVerification)}</p>
        </CardBody>
      </Card>
    </div>
  );
}
