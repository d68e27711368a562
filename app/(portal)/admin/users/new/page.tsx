import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Card, CardBody } from '@/components/ui/card';
import { requirePermission } from '@/lib/authz/guards';
import { db } from '@/lib/db';
import { marketplaceOrganisationFor } from '@/lib/data/organisations';
import { getServerTranslator } from '@/lib/i18n/server';
import { CreateStaffUserForm } from './create-staff-user-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('admin.newUser.title') };
}

// Reviewers and admins are the marketplace's own staff: they never sign themselves up.
export default async function NewStaffUserPage() {
  const admin = await requirePermission('user.createStaff', '/admin/users/new');
  const [t, marketplace] = await Promise.all([getServerTranslator(), marketplaceOrganisationFor(await db(), admin)]);
  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <Link href="/admin/users" className="text-sm text-brand-700 underline-offset-2 hover:underline">
          ← {t('admin.users.title')}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t('admin.newUser.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {marketplace ? t('admin.newUser.intro', { organisation: marketplace.name }) : null}
        </p>
      </div>
      {marketplace ? (
        <Card>
          <CardBody className="py-6">
            <CreateStaffUserForm />
          </CardBody>
        </Card>
      ) : (
        <Alert tone="error">{t('errors.noMarketplace')}</Alert>
      )}
    </div>
  );
}
