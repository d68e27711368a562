// Guards for pages and route handlers. Server actions use the same checks through the
// action wrapper (lib/actions/action.ts).
import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { getSessionUser, type SessionUser } from '../auth/session';
import { can, type Action } from './policy';

/** The signed-in user, or a redirect to the sign-in page. */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : '/sign-in');
  return user;
}

/** The signed-in user if the policy table lets their role do `action`; otherwise 403. */
export async function requirePermission(action: Action, returnTo?: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!can(user.role, action)) forbidden();
  return user;
}
