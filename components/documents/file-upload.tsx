'use client';

// A file field for server-action forms. Files never travel with the form: each one is sent
// on its own to POST /api/documents the moment it is chosen (with a progress bar), and the
// form carries only the Document ids, in hidden inputs named `name`. The surrounding form
// cannot be submitted while an upload runs (the file input reports itself invalid).
//
//   <FileUpload name="certificateDocumentId" kind="TRADEMARK_CERTIFICATE"
//               label={t('certificate')} errors={state.fieldErrors.certificateDocumentId} />
import { useEffect, useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { acceptAttribute, acceptedTypeLabels, isImageType } from '@/lib/domain/file-types';
import type { DocumentKind } from '@/lib/generated/prisma/enums';
import { formatFileSize } from '@/lib/format';
import { cn } from '@/lib/cn';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';

/** What the upload route answers with, and what a form may hand back to show again. */
export interface UploadedDocument {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  confidential?: boolean;
}

export interface FileUploadProps {
  /** Name of the hidden input(s) carrying the Document id(s) to the server action. */
  name: string;
  kind: DocumentKind;
  label: ReactNode;
  /** The form's field errors for `name` (state.fieldErrors[name]). */
  errors?: string[] | undefined;
  hint?: ReactNode;
  multiple?: boolean;
  /** Offer a "confidential" checkbox; files uploaded while it is ticked are marked so. */
  confidentialOption?: boolean;
  /** Documents already uploaded (a draft, or the form coming back with an error). */
  defaultDocuments?: UploadedDocument[];
  className?: string;
}

interface RunningUpload {
  key: string;
  fileName: string;
  loaded: number;
  total: number;
}

class UploadFailure extends Error {}

function sendFile(
  file: File,
  query: URLSearchParams,
  onProgress: (loaded: number, total: number) => void,
  messages: { network: string; unexpected: string },
  register: (xhr: XMLHttpRequest) => void,
): Promise<UploadedDocument> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    register(xhr);
    xhr.open('POST', `/api/documents?${query}`);
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    // Only for the wire: the server decides the type from the bytes.
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onload = () => {
      const body = xhr.response as { document?: UploadedDocument; error?: { message?: string } } | null;
      if (xhr.status === 201 && body?.document) resolve(body.document);
      else reject(new UploadFailure(body?.error?.message ?? messages.unexpected));
    };
    xhr.onerror = () => reject(new UploadFailure(messages.network));
    xhr.onabort = () => reject(new UploadFailure(messages.network));
    xhr.send(file);
  });
}

function FileIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 text-slate-400" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path strokeLinecap="round" strokeLinejoin="round" d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8l-5-5Z" />
      <path strokeLinecap="round" strokeLinejoin="round" d="M14 3v5h5M9 13h6M9 17h6" />
    </svg>
  );
}

export function FileUpload({
  name,
  kind,
  label,
  errors,
  hint,
  multiple = false,
  confidentialOption = false,
  defaultDocuments = [],
  className,
}: FileUploadProps) {
  const t = useTranslations('documents.upload');
  const locale = useLocale();
  const inputId = `${name}-file-${useId().replace(/:/g, '')}`;
  const inputRef = useRef<HTMLInputElement>(null);
  const requests = useRef(new Set<XMLHttpRequest>());
  const [documents, setDocuments] = useState<UploadedDocument[]>(defaultDocuments);
  const [running, setRunning] = useState<RunningUpload[]>([]);
  const [uploadErrors, setUploadErrors] = useState<string[]>([]);
  const [confidential, setConfidential] = useState(false);

  const busy = running.length > 0;
  const waitMessage = t('waitForUpload');

  // While a file is on its way the form must not be submitted without its id: the file
  // input reports itself invalid, so the browser stops the submit and says why.
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    input.setCustomValidity(busy ? waitMessage : '');
    const form = input.form;
    if (form) {
      if (busy) form.dataset.uploading = 'true';
      else delete form.dataset.uploading;
    }
  }, [busy, waitMessage]);

  // Leaving the page (or the form) stops uploads nobody will use.
  useEffect(() => {
    const pending = requests.current;
    return () => {
      for (const xhr of pending) xhr.abort();
    };
  }, []);

  async function uploadOne(file: File) {
    const key = `${file.name}-${file.size}-${Math.random().toString(36).slice(2)}`;
    setRunning((list) => [...list, { key, fileName: file.name, loaded: 0, total: file.size }]);
    const query = new URLSearchParams({ kind });
    if (confidential) query.set('confidential', '1');
    let xhrOf: XMLHttpRequest | undefined;
    try {
      const document = await sendFile(
        file,
        query,
        (loaded, total) => setRunning((list) => list.map((u) => (u.key === key ? { ...u, loaded, total } : u))),
        { network: t('networkError'), unexpected: t('unexpectedResponse') },
        (xhr) => {
          xhrOf = xhr;
          requests.current.add(xhr);
        },
      );
      setDocuments((list) => (multiple ? [...list, document] : [document]));
    } catch (error) {
      const message = error instanceof UploadFailure ? error.message : t('unexpectedResponse');
      setUploadErrors((list) => [...list, multiple ? t('failedFile', { fileName: file.name, message }) : message]);
    } finally {
      if (xhrOf) requests.current.delete(xhrOf);
      setRunning((list) => list.filter((u) => u.key !== key));
    }
  }

  function onFilesChosen(event: ChangeEvent<HTMLInputElement>) {
    const chosen = Array.from(event.target.files ?? []);
    // Clear the input: its files are already on their way, and choosing the same file
    // again must fire another change.
    event.target.value = '';
    if (chosen.length === 0) return;
    setUploadErrors([]);
    for (const file of multiple ? chosen : chosen.slice(0, 1)) void uploadOne(file);
  }

  const allErrors = [...uploadErrors, ...(errors ?? [])];
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  const listId = `${name}-files`;
  const describedBy = [allErrors.length ? errorId : null, hintId, listId].filter(Boolean).join(' ');
  const chooseLabel = documents.length === 0 ? (multiple ? t('chooseMany') : t('choose')) : multiple ? t('addMore') : t('replace');

  return (
    <div className={cn('space-y-2', className)} aria-busy={busy || undefined}>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>

      <div className="flex flex-wrap items-center gap-3">
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          // No name: the bytes go to the upload route, never into the form's body.
          accept={acceptAttribute(kind)}
          multiple={multiple}
          onChange={onFilesChosen}
          aria-invalid={allErrors.length ? true : undefined}
          aria-describedby={describedBy}
          className="peer sr-only"
        />
        <label
          htmlFor={inputId}
          className={cn(
            'inline-flex h-10 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-100',
            'peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600',
            allErrors.length ? 'border-red-500' : null,
          )}
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
            <path d="M10 3a1 1 0 0 1 .7.3l4 4a1 1 0 0 1-1.4 1.4L11 6.4V13a1 1 0 1 1-2 0V6.4L6.7 8.7a1 1 0 0 1-1.4-1.4l4-4A1 1 0 0 1 10 3Zm-6 12a1 1 0 0 1 1 1v1h10v-1a1 1 0 1 1 2 0v2a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1v-2a1 1 0 0 1 1-1Z" />
          </svg>
          {chooseLabel}
        </label>
        {confidentialOption ? (
          <label className="inline-flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              checked={confidential}
              onChange={(e) => setConfidential(e.target.checked)}
              className="h-4 w-4 rounded border-slate-300"
            />
            {t('confidential')}
          </label>
        ) : null}
      </div>

      <p id={hintId} className="text-xs text-slate-500">
        {hint ? <>{hint} </> : null}
        {t('accepted', { allowed: acceptedTypeLabels(kind) })}
      </p>

      {running.map((upload) => {
        const percent = upload.total > 0 ? Math.min(100, Math.round((upload.loaded / upload.total) * 100)) : 0;
        return (
          <div key={upload.key} className="space-y-1">
            <p className="truncate text-sm text-slate-700">{t('uploading', { fileName: upload.fileName })}</p>
            <div
              role="progressbar"
              aria-label={t('progressLabel', { fileName: upload.fileName })}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
              aria-valuetext={`${percent}%`}
              className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
            >
              <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
            </div>
          </div>
        );
      })}

      <ul id={listId} className="space-y-2">
        {documents.map((document) => (
          <li key={document.id} className="flex items-center gap-3 rounded-md border border-slate-200 bg-white p-2">
            <input type="hidden" name={name} value={document.id} />
            {isImageType(document.mimeType) ? (
              // The preview route serves the stored image itself (authorized, sandboxed);
              // next/image would need an image optimizer in front of an authenticated route.
              // eslint-disable-next-line @next/next/no-img-element
              <img src={`/api/documents/${document.id}/preview`} alt="" className="h-12 w-12 rounded bg-slate-100 object-cover" />
            ) : (
              <span className="flex h-12 w-12 items-center justify-center rounded bg-slate-100">
                <FileIcon />
              </span>
            )}
            <div className="min-w-0 flex-1">
              <p className="truncate text-sm font-medium text-slate-900">{document.fileName}</p>
              <p className="text-xs text-slate-500">
                {t('uploaded')} · {formatFileSize(locale, document.sizeBytes)}
                {document.confidential ? (
                  <>
                    {' '}
                    <Badge tone="warn">{t('confidentialBadge')}</Badge>
                  </>
                ) : null}
              </p>
            </div>
            <Button
              type="button"
              variant="ghost"
              size="sm"
              aria-label={t('removeFile', { fileName: document.fileName })}
              onClick={() => setDocuments((list) => list.filter((d) => d.id !== document.id))}
            >
              {t('remove')}
            </Button>
          </li>
        ))}
      </ul>

      {allErrors.length ? (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {allErrors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
