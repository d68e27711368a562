// The HTTP side of the evidence store, shared by the route handlers under app/api/documents:
// JSON errors in the user's language, and serving a document (download or inline preview)
// after authentication, the policy table and the per-document rule.
import 'server-only';
import { getSessionUser } from '../auth/session';
import { can } from '../authz/policy';
import { getDocumentContentForViewer } from '../data/documents';
import { getServerTranslator } from '../i18n/server';
import { DocumentIntegrityError, documentHeaders, openVerifiedContent } from './serve';
import type { UploadErrorKey } from './store-upload';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** `{ error: { message } }` with the message from documents.errors.<key> in the user's language. */
export async function jsonError(status: number, key: UploadErrorKey | 'notFound' | 'integrity', params: Record<string, string | number> = {}): Promise<Response> {
  const t = await getServerTranslator();
  const message = t(`documents.errors.${key}` as never, params as never);
  return Response.json({ error: { message } }, { status, headers: NO_STORE });
}

/**
 * GET of a document's bytes: 401 without a session, 404 for a document this user may not
 * have (or that does not exist, or has no preview), 500 with a clear message when the
 * stored bytes fail their hash check, otherwise the bytes, streamed.
 */
export async function serveDocument(request: Request, documentId: string, disposition: 'attachment' | 'inline'): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return jsonError(401, 'signedOut');
  if (!can(user.role, 'document.view')) return jsonError(403, 'forbidden');
  const found = await getDocumentContentForViewer(user, documentId);
  if (!found || (disposition === 'inline' && !found.view.preview)) return jsonError(404, 'notFound');
  const headers = documentHeaders(found.view.document, disposition);
  if (request.headers.get('if-none-match') === headers.get('ETag')) {
    return new Response(null, { status: 304, headers: { ETag: headers.get('ETag')!, 'Cache-Control': headers.get('Cache-Control')! } });
  }
  let body: ReadableStream<Uint8Array>;
  try {
    body = await openVerifiedContent(found.content);
  } catch (error) {
    if (error instanceof DocumentIntegrityError) return jsonError(500, 'integrity');
    throw error;
  }
  return new Response(body, { status: 200, headers });
}
