// The session cookie: HttpOnly, SameSite=Lax, and Secure (with the __Secure- prefix)
// whenever the portal is served over https (lib/env.ts decides).
export const SESSION_COOKIE = 'assay.session-token';

export function sessionCookieName(secure: boolean): string {
  return `${secure ? '__Secure-' : ''}${SESSION_COOKIE}`;
}
