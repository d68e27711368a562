import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusMessage } from '@/components/shell/status-page';
import { Button } from '@/components/ui/button';
import { getSessionUser } from '@/lib/auth/session';
import { HOME_BY_ROLE } from '@/lib/authz/policy';
import { getServerTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerTranslator();
  return { title: t('pages.forbidden.title') };
}

// 403: requirePermission() calls forbidden() when the role may not do what the page does.
// Rendered inside the nearest layout, so under (portal) the signed-in header stays.
export default async function Forbidden() {
  const [t, user] = await Promise.all([getServerTranslator(), getSessionUser()]);
  return (
    <StatusMessage
      code="403"
      title={t('pages.forbidden.title')}
      actions={
        <Button asChild>
          <Link href={user ? HOME_BY_ROLE[user.role] : '/'}>{t('pages.forbidden.home')}</Link>
        </Button>
      }
    >
      <p>{t('pages.forbidden.body')}</p>
    </StatusMessage>
  );
}
