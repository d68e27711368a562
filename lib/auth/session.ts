// Who is asking. Reads the JWT, then the user row, on every request (cached for the
// request): a disabled user, a changed role or a bumped token version ends the session
// at once, whatever the cookie still says.
import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { getToken } from 'next-auth/jwt';
import { db, type Db } from '../db';
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
  return loadSessionUser(await db(), token.sub, token.tokenVersion);
});

/** The user, first membership and organisation of a session, as one row. */
interface SessionRecord {
  id: string;
  email: string;
  name: string;
  status: string;
  locale: string;
  tokenVersion: number;
  role: Role;
  organisationId: string;
  organisationName: string;
  organisationKind: string;
}

/**
 * The session's user if it may still act: active, with a membership, and the token's version
 * still current. One statement, because every page waits for it before its own queries: the
 * same lookup as a findUnique with its membership and organisation included was three round
 * trips one after the other (user, then memberships, then organisation).
 */
export async function loadSessionUser(prisma: Db, userId: string, tokenVersion: unknown): Promise<SessionUser | null> {
  const [record] = await prisma.$queryRaw<SessionRecord[]>`
    SELECT u.id, u.email, u.name, u.status::text AS status, u.locale, u."tokenVersion",
           m.role::text AS role, m."organisationId", o.name AS "organisationName", o.kind::text AS "organisationKind"
      FROM "User" u
      JOIN LATERAL (
             SELECT role, "organisationId" FROM "Membership"
              WHERE "userId" = u.id
              ORDER BY "createdAt" ASC, id ASC
              LIMIT 1
           ) m ON true
      JOIN "Organisation" o ON o.id = m."organisationId"
     WHERE u.id = ${userId}`;
  if (!record || record.status !== 'ACTIVE' || record.tokenVersion !== tokenVersion) return null;
  return {
    id: record.id,
    email: record.email,
    name: record.name,
    role: record.role,
    organisationId: record.organisationId,
    organisationName: record.organisationName,
    organisationKind: record.organisationKind,
    locale: record.locale,
  };
}
