// Opening a notification — from the list or from the link in its e-mail: mark it read,
// then go where it leads. A GET because e-mail links can only be GETs; marking one's own
// notification read is the whole side effect, and ids are unguessable.
import { redirect } from 'next/navigation';
import { getSessionUser } from '@/lib/auth/session';
import { can } from '@/lib/authz/policy';
import { openNotification } from '@/lib/data/notifications';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getSessionUser();
  // Signed out (an e-mail link on a new device): sign in first, then come back here.
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/notifications/${id}/open`)}`);
  if (!can(user.role, 'notification.viewOwn')) return new Response(null, { status: 403 });
  const opened = await openNotification(user.id, id);
  // Not this account's (someone signed in as another user follows an e-mail link): say so
  // on the list instead of revealing anything about it.
  redirect(opened ? opened.target : '/notifications?notice=notYours');
}
