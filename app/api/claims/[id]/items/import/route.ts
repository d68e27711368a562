// POST /api/claims/<id>/items/import — bulk filing: the listings of a CSV file added to a
// DRAFT claim (lib/data/claim-bulk-import.ts).
//
// The body is the CSV itself, raw (like POST /api/documents: nothing is buffered, the bytes
// stream through the evidence store's CSV check into the storage while they are parsed),
// with the URI-encoded original name in `x-file-name`. This route is outside the proxy
// matcher for the same reason as the upload route (proxy.ts, docs/decisions/0005).
//
// Answers:
//   - a refusal before the import runs — signed out 401, not a brand agent 403, another
//     site 403, no such draft of this organisation 404, too large 413, a file that is not
//     CSV text 415, a file wrong as a whole (a missing column, more than 10,000 rows…) 413
//     or 422, a claim that would pass 10,000 items 409 — as JSON { error: { message } } in
//     the user's language; nothing is stored;
//   - once the file is read and accepted, 200 with NDJSON (application/x-ndjson), one
//     object per line, as the import advances:
//       { "type": "progress", "phase": "reading" | "checking" | "importing", "processed": 1000, "total": 10000 }
//       …
//       { "type": "result", "imported": 9998, "rows": 10000, "rejected": [{ "row": 7, "listing": "…", "reason": "duplicate", "ofRow": 3 }, …] }
//     or, when it fails after all (e.g. the claim was submitted meanwhile), a last line
//       { "type": "error", "message": "…" }
//     — then nothing was added (the items are inserted in one transaction).
import { getSessionUser } from '@/lib/auth/session';
import { can } from '@/lib/authz/policy';
import { BulkImportError, assertCanImport, importClaimItemsCsv, type BulkImportRefusal, type ImportProgress } from '@/lib/data/claim-bulk-import';
import { tooLarge } from '@/lib/documents/store-upload';
import { env } from '@/lib/env';
import { getLocale, getServerTranslator, type Translator } from '@/lib/i18n/server';
import { requestMeta } from '@/lib/request-meta';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** The refusal in the user's language (numbers formatted for the locale: "10,001"). */
function refusalMessage(t: Translator, locale: string, refusal: BulkImportRefusal): string {
  const n = (value: number) => value.toLocaleString(locale);
  switch (refusal.code) {
    case 'upload':
      return t(`documents.errors.${refusal.key}` as never, refusal.params as never);
    case 'tooManyRows':
      return t('bulkImport.errors.tooManyRows', { max: n(refusal.max), count: n(refusal.count) });
    case 'claimFull':
      return t('bulkImport.errors.claimFull', { max: n(refusal.max), existing: n(refusal.existing), adding: n(refusal.adding) });
    case 'missingColumn':
    case 'duplicateColumn':
      return t(`bulkImport.errors.${refusal.code}`, { column: refusal.column });
    case 'unterminatedQuote':
      return t('bulkImport.errors.unterminatedQuote', { row: n(refusal.row) });
    default:
      return t(`bulkImport.errors.${refusal.code}`);
  }
}

type RouteRefusal = { code: 'signedOut' | 'badOrigin' | 'missingFileName' | 'failed' };

function isRouteRefusal(refusal: BulkImportRefusal | RouteRefusal): refusal is RouteRefusal {
  return ['signedOut', 'badOrigin', 'missingFileName', 'failed'].includes(refusal.code);
}

async function refuse(status: number, refusal: BulkImportRefusal | RouteRefusal) {
  const [t, locale] = await Promise.all([getServerTranslator(), getLocale()]);
  const message = isRouteRefusal(refusal) ? t(`bulkImport.errors.${refusal.code}`) : refusalMessage(t, locale, refusal);
  return Response.json({ error: { message, code: refusal.code } }, { status, headers: NO_STORE });
}

/** A browser sends Origin with every cross-site POST; such a request is refused. */
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

function decodeFileName(header: string): string {
  try {
    return decodeURIComponent(header);
  } catch {
    return header;
  }
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return refuse(401, { code: 'signedOut' });
  if (!can(user.role, 'claim.file')) return refuse(403, { code: 'forbidden' });
  if (!sameOrigin(request)) return refuse(403, { code: 'badOrigin' });
  // A custom header also means the request came from script, never from a plain form.
  const fileNameHeader = request.headers.get('x-file-name');
  if (fileNameHeader === null) return refuse(400, { code: 'missingFileName' });
  const { id: claimId } = await params;

  const maxBytes = env().maxUploadBytes;
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    const error = tooLarge(maxBytes);
    return refuse(error.status, { code: 'upload', key: error.messageKey, status: error.status, params: error.params });
  }
  if (!request.body) return refuse(400, { code: 'upload', key: 'empty', status: 400, params: {} });

  try {
    // Before a byte is read: another organisation's claim or a submitted one is a 404.
    await assertCanImport(user, claimId);
  } catch (error) {
    if (error instanceof BulkImportError) return refuse(error.status, error.refusal);
    throw error;
  }

  // Read now, inside the request's scope: the stream below outlives it.
  const [t, locale, meta] = await Promise.all([getServerTranslator(), getLocale(), requestMeta()]);
  const encoder = new TextEncoder();
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  // Lines are few (about eight for 10,000 rows: reading's end, checking's start and end,
  // importing's start and each 5,000-row batch): queued without waiting for the reader.
  // A client that went away makes writes fail; the import still finishes (and commits).
  const send = (line: object) => void writer.write(encoder.encode(`${JSON.stringify(line)}\n`)).catch(() => {});

  let fileAccepted!: () => void;
  const accepted = new Promise<'accepted'>((resolve) => (fileAccepted = () => resolve('accepted')));
  const onProgress = (progress: ImportProgress) => {
    // While the file streams in the browser shows its own upload progress; the answer
    // starts once the whole file has been read and accepted (total known).
    if (progress.total === null) return;
    fileAccepted();
    send({ type: 'progress', ...progress });
  };

  const job = importClaimItemsCsv(user, claimId, { body: request.body, fileName: decodeFileName(fileNameHeader) }, { onProgress, meta });
  const first = await Promise.race([accepted, job.then(() => 'settled' as const, () => 'settled' as const)]);
  if (first === 'settled') {
    const outcome = await job.then(
      (result) => ({ ok: true as const, result }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    if (!outcome.ok) {
      if (outcome.error instanceof BulkImportError) return refuse(outcome.error.status, outcome.error.refusal);
      if (request.signal.aborted) return new Response(null, { status: 499 });
      console.error('[assay] Bulk import failed', outcome.error);
      return refuse(500, { code: 'failed' });
    }
  }

  void job
    .then(
      (result) => send({ type: 'result', imported: result.imported, rows: result.rows, rejected: result.rejected }),
      (error: unknown) => {
        if (!(error instanceof BulkImportError)) console.error('[assay] Bulk import failed', error);
        const message = error instanceof BulkImportError ? refusalMessage(t, locale, error.refusal) : t('bulkImport.errors.failed');
        send({ type: 'error', message });
      },
    )
    .finally(() => void writer.close().catch(() => {}));

  return new Response(readable, {
    status: 200,
    headers: {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      // no-transform: a compressing proxy must not hold the lines back.
      'Cache-Control': 'no-store, no-transform',
      'X-Accel-Buffering': 'no',
    },
  });
}
