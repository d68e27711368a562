// POST /api/documents — one file into the evidence store.
//
// The body is the file itself, raw (not multipart): nothing is parsed into memory, the bytes
// stream from the socket through the type check into the storage, and the browser can show
// upload progress (XMLHttpRequest.upload). The rest travels beside it:
//   ?kind=<DocumentKind>&confidential=1     x-file-name: <URI-encoded original name>
// Answers 201 { document: { id, fileName, mimeType, sizeBytes, sha256, kind } } or
// 4xx { error: { message } } with the message in the user's language. Why a route handler and
// not a server action: docs/decisions/0005-uploads-through-a-route-handler.md.
import { getSessionUser } from '@/lib/auth/session';
import { can } from '@/lib/authz/policy';
import { isDocumentKind } from '@/lib/domain/file-types';
import { jsonError } from '@/lib/documents/http';
import { UploadError, storeUpload, tooLarge } from '@/lib/documents/store-upload';
import { env } from '@/lib/env';
import { requestMeta } from '@/lib/request-meta';

function decodeFileName(header: string): string {
  try {
    return decodeURIComponent(header);
  } catch {
    return header; // not URI-encoded after all: sanitised like any other name
  }
}

/**
 * A browser sends Origin with every cross-site POST; a request from another site is
 * refused even before its cookies would matter (they are SameSite=Lax anyway).
 */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function POST(request: Request): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return jsonError(401, 'signedOut');
  if (!can(user.role, 'document.upload')) return jsonError(403, 'forbidden');
  if (!sameOrigin(request)) return jsonError(403, 'badOrigin');
  // A custom header also means the request came from script (fetch/XHR), never from a
  // plain cross-site HTML form.
  const fileNameHeader = request.headers.get('x-file-name');
  if (fileNameHeader === null) return jsonError(400, 'missingFileName');
  const url = new URL(request.url);
  const kind = url.searchParams.get('kind');
  if (!isDocumentKind(kind)) return jsonError(400, 'unknownKind');
  const confidential = ['1', 'true'].includes(url.searchParams.get('confidential') ?? '');

  const maxBytes = env().maxUploadBytes;
  // Refuse early when the client says the file is too big; the storage counts the bytes
  // anyway, so a missing or lying Content-Length changes nothing.
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    const error = tooLarge(maxBytes);
    return jsonError(error.status, error.messageKey, error.params);
  }
  if (!request.body) return jsonError(400, 'empty');

  try {
    const document = await storeUpload({
      body: request.body,
      fileName: decodeFileName(fileNameHeader),
      kind,
      confidential,
      uploader: user,
      meta: await requestMeta(),
      maxBytes,
    });
    const { id, fileName, mimeType, sizeBytes, sha256 } = document;
    return Response.json(
      { document: { id, fileName, mimeType, sizeBytes, sha256, kind: document.kind, confidential: document.confidential } },
      { status: 201, headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    if (error instanceof UploadError) return jsonError(error.status, error.messageKey, error.params);
    if (request.signal.aborted) return new Response(null, { status: 499 }); // the client left; nobody reads this
    console.error('[assay] Upload failed', error);
    return jsonError(500, 'failed');
  }
}
