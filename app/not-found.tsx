import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusMessage } from '@/components/shell/status-page';
import { Button } from '@/components/ui/button';
import { getSessionUser } from '@/lib/auth/session';
import { HOME_BY_ROLE } from '@/lib/authz/policy';
import { getServerTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('pages.notFound.title') };
}

// 404 — also what someone sees for another organisation's object: the data layer answers
// "not yours" exactly like "does not exist". Rendered inside the nearest layout: under
// (portal) the signed-in header stays; for an unknown address only the root layout is there.
export default async function NotFound() {
  const [t, user] = await Promise.all([getServerTranslator(), getSessionUser()]);
  return (
    <StatusMessage
      code="404"
      title={t('pages.notFound.title')}
      actions={
        <Button asChild>
          <Link href={user ? HOME_BY_ROLE[user.role] : '/'}>{user ? t('pages.notFound.home') : t('pages.notFound.signIn')}</Link>
        </Button>
      }
    >
      <p>{t('pages.notFound.body')}</p>
    </StatusMessage>
  );
}
