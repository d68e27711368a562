// next-auth configuration: e-mail + password (argon2id), JWT sessions carrying the user's
// id, role, organisation and token version. The token is only a hint: every request
// re-reads the user (lib/auth/session.ts) and refuses a token whose version is stale, so
// disabling a user or changing a role takes effect on the next request.
import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { db } from '../db';
import { env } from '../env';
import { clearSignInFailures, recordSignInFailure, signInLockRemaining } from '../data/sign-in-throttle';
import { endAllSessions } from '../data/users';
import { dummyPasswordHash, verifyPassword } from './password';
import { sessionCookieName } from './cookie';
import { localeFromCookieHeader } from '../i18n/locales';
import type { Role } from '../generated/prisma/enums';

export const SESSION_MAX_AGE_S = 8 * 60 * 60; // a working day

/** Error codes the sign-in form turns into messages (next-auth passes them through). */
export const SIGN_IN_ERRORS = { invalid: 'CredentialsSignin', throttled: 'Throttled' } as const;

const CredentialsInput = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

function headerValue(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = headers?.[name];
  return typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
}

function clientIp(headers: Record<string, unknown> | undefined): string | undefined {
  return headerValue(headers, 'x-forwarded-for')?.split(',')[0]?.trim() || undefined;
}

export function authOptions(): NextAuthOptions {
  const { authSecret, secureCookies } = env();
  return {
    secret: authSecret,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    useSecureCookies: secureCookies,
    cookies: {
      sessionToken: {
        name: sessionCookieName(secureCookies),
        options: { httpOnly: true, sameSite: 'lax', path: '/', secure: secureCookies },
      },
    },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(credentials, req) {
          const parsed = CredentialsInput.safeParse(credentials);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          const headers = req?.headers as Record<string, unknown> | undefined;
          const ip = clientIp(headers);
          if ((await signInLockRemaining({ email, ip })) > 0) throw new Error(SIGN_IN_ERRORS.throttled);

          const prisma = await db();
          const user = await prisma.user.findUnique({
            where: { email },
            omit: { passwordHash: false },
            include: { memberships: { take: 1, orderBy: { createdAt: 'asc' } } },
          });
          const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
          const membership = user?.memberships[0];
          if (!user || !ok || user.status !== 'ACTIVE' || !membership) {
            await recordSignInFailure({ email, ip });
            return null;
          }
          await clearSignInFailures(email);
          // A language chosen on the sign-in page is the user's latest choice: keep it on the
          // user, or their saved one would switch the page back the moment they sign in.
          const chosenLocale = localeFromCookieHeader(headerValue(headers, 'cookie'));
          await prisma.user.update({
            where: { id: user.id },
            data: { lastSignInAt: new Date(), ...(chosenLocale ? { locale: chosenLocale } : {}) },
          });
          return {
            id: user.id,
            email: user.email,
            name: user.name,
            role: membership.role,
            organisationId: membership.organisationId,
            tokenVersion: user.tokenVersion,
          };
        },
      }),
    ],
    events: {
      // Signing out ends the session on the server, not just in this browser: the user's
      // token version is bumped, so every token issued before — a copied cookie, the same
      // account signed in on another device — is refused on its next request. Signing out
      // therefore signs the user out on every device.
      async signOut({ token }) {
        if (token?.sub && typeof token.tokenVersion === 'number') await endAllSessions(token.sub, token.tokenVersion);
      },
    },
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.role = user.role;
          token.organisationId = user.organisationId;
          token.tokenVersion = user.tokenVersion;
        }
        return token;
      },
      async session({ session, token }) {
        session.user = {
          ...session.user,
          id: token.sub ?? '',
          role: token.role,
          organisationId: token.organisationId,
        };
        return session;
      },
    },
  };
}

declare module 'next-auth' {
  interface User {
    role: Role;
    organisationId: string;
    tokenVersion: number;
  }
  interface Session {
    user: { id: string; role: Role; organisationId: string; name?: string | null; email?: string | null };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role: Role;
    organisationId: string;
    tokenVersion: number;
  }
}
