// Who is asking. Reads the JWT, then the user row, on every request (cached for the
// request): a disabled user, a changed role or a bumped token version ends the session
// at once, whatever the cookie still says.
import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { getToken } from 'next-auth/jwt';
import { db } from '../db';
import { env } from '../env';
import type { Role } from '../generated/prisma/enums';
import { SESSION_COOKIE, sessionCookieName } from './cookie';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  organisationKind: string;
  locale: string;
}

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  // No session cookie, no work: in particular `next build` never reaches env() or the database.
  if (!cookieStore.getAll().some((c) => c.name.endsWith(SESSION_COOKIE))) return null;
  const { authSecret, secureCookies } = env();
  const token = await getToken({
    req: { cookies: Object.fromEntries(cookieStore.getAll().map((c) => [c.name, c.value])), headers: Object.fromEntries(headerList.entries()) } as never,
    secret: authSecret,
    cookieName: sessionCookieName(secureCookies),
    secureCookie: secureCookies,
  });
  if (!token?.sub) return null;
  const prisma = await db();
  const user = await prisma.user.findUnique({
    where: { id: token.sub },
    include: { memberships: { take: 1, orderBy: { createdAt: 'asc' }, include: { organisation: true } } },
  });
  const membership = user?.memberships[0];
  if (!user || !membership || user.status !== 'ACTIVE' || user.tokenVersion !== token.tokenVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: membership.role,
    organisationId: membership.organisationId,
    organisationName: membership.organisation.name,
    organisationKind: membership.organisation.kind,
    locale: user.locale,
  };
});
