// Early redirect only: a request without a session cookie for a signed-in area goes to
// the sign-in page. Every page, route handler and action checks again on the server
// (lib/authz), so nothing relies on this.
import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from './lib/auth/cookie';

const PUBLIC_PREFIXES = ['/sign-in', '/sign-up', '/api/auth', '/verify', '/api/verify', '/transparency', '/api/transparency', '/_next', '/favicon', '/icon'];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === '/' || PUBLIC_PREFIXES.some((p) => pathname.startsWith(p))) return NextResponse.next();
  const hasSession = request.cookies.getAll().some((c) => c.name.endsWith(SESSION_COOKIE));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = '/sign-in';
  url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // Everything but static files, and but the upload route itself (POST /api/documents):
  // Next copies the body of every request the proxy sees into memory before the route gets
  // it, and cuts it off after experimental.proxyClientMaxBodySize (10 MB). Uploads must
  // stream (docs/decisions/0005-uploads-through-a-route-handler.md); the route handler
  // checks the session before it reads a byte. /api/documents/<id> (downloads) stays matched.
  // Bulk filing (POST /api/claims/<id>/items/import) uploads a CSV of up to 25 MB the same way.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|api/documents/?$|api/claims/[^/]+/items/import/?$).*)'],
};
