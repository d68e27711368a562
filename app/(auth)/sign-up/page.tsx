import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Card, CardBody } from '@/components/ui/card';
import { getSessionUser } from '@/lib/auth/session';
import { HOME_BY_ROLE } from '@/lib/authz/policy';
import { getServerTranslator } from '@/lib/i18n/server';
import { SignUpForm } from './sign-up-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('auth.signUp.title') };
}

// Brand agents and sellers register themselves; reviewers and admins are created by an admin.
export default async function SignUpPage() {
  const user = await getSessionUser();
  if (user) redirect(HOME_BY_ROLE[user.role]);
  const t = await getServerTranslator();
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('auth.signUp.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('auth.signUp.intro')}</p>
      </div>
      <Card>
        <CardBody className="py-6">
          <SignUpForm />
        </CardBody>
      </Card>
      <p className="text-center text-sm text-slate-600">
        {t('auth.signUp.haveAccount')}{' '}
        <Link href="/sign-in" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          {t('auth.signUp.signInLink')}
        </Link>
      </p>
    </div>
  );
}
