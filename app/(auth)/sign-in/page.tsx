import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Card, CardBody } from '@/components/ui/card';
import { getSessionUser } from '@/lib/auth/session';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { HOME_BY_ROLE } from '@/lib/authz/policy';
import { getServerTranslator } from '@/lib/i18n/server';
import { SignInForm } from './sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('auth.signIn.title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  // Already signed in: nothing to do here.
  const user = await getSessionUser();
  if (user) redirect(callbackUrl === '/' ? HOME_BY_ROLE[user.role] : callbackUrl);

  const t = await getServerTranslator();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold text-slate-900">{t('auth.signIn.title')}</h1>
      {first(params.registered) === '1' ? <Alert tone="success">{t('auth.signIn.registered')}</Alert> : null}
      <Card>
        <CardBody className="py-6">
          {/* next-auth sends errors of a non-JavaScript round trip here as ?error= */}
          <SignInForm callbackUrl={callbackUrl} initialError={first(params.error) ?? null} />
        </CardBody>
      </Card>
      <p className="text-center text-sm text-slate-600">
        {t('auth.signIn.noAccount')}{' '}
        <Link href="/sign-up" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          {t('auth.signIn.signUpLink')}
        </Link>
      </p>
    </div>
  );
}
