// Where to go after signing in. Only a path on this site is honoured: an absolute URL,
// a protocol-relative "//host" or a "/\host" (which browsers read as "//host") would turn
// the sign-in page into an open redirect.

const AUTH_PAGES = ['/sign-in', '/sign-up'];

export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // Control characters and backslashes have no business in our own paths; browsers strip
  // or reinterpret some of them, which is how "safe-looking" redirects escape.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return '/';
  // Returning to the sign-in page after signing in would only loop; "/" sends each role home.
  const path = value.split(/[?#]/)[0] ?? '';
  if (AUTH_PAGES.some((page) => path === page || path.startsWith(`${page}/`))) return '/';
  return value;
}
