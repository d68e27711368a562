import { redirect } from 'next/navigation';
import { getSessionUser } from '@/lib/auth/session';
import { HOME_BY_ROLE } from '@/lib/authz/policy';

// The portal's front door: each role has its own home.
export default async function Home() {
  const user = await getSessionUser();
  redirect(user ? HOME_BY_ROLE[user.role] : '/sign-in');
}
