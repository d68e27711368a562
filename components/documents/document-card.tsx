// One document as its viewer may see it (lib/data/documents.ts getDocumentForViewer): an
// image shows its preview; a PDF (or CSV) a card with its name and size in place of a
// first-page preview; a confidential document of the other party only a placeholder.
// Downloads go through the authorized route, never a static path.
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/cn';
import type { DocumentView } from '@/lib/data/documents';
import { TYPE_LABELS, type DocumentMimeType } from '@/lib/domain/file-types';
import { getServerFormatter, getServerTranslator } from '@/lib/i18n/server';

function typeLabel(mimeType: string): string {
  return TYPE_LABELS[mimeType as DocumentMimeType] ?? mimeType;
}

function Icon({ kind }: { kind: 'file' | 'lock' }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-8 w-8 text-slate-400" fill="none" stroke="currentColor" strokeWidth="1.5">
      {kind === 'file' ? (
        <>
          <path strokeLinecap="round" strokeLinejoin="round" d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8l-5-5Z" />
          <path strokeLinecap="round" strokeLinejoin="round" d="M14 3v5h5M9 13h6M9 17h6" />
        </>
      ) : (
        <>
          <rect x="5" y="11" width="14" height="10" rx="2" />
          <path strokeLinecap="round" d="M8 11V8a4 4 0 0 1 8 0v3" />
        </>
      )}
    </svg>
  );
}

export async function DocumentCard({ view, className }: { view: DocumentView; className?: string }) {
  const t = await getServerTranslator();
  const format = await getServerFormatter();
  const frame = cn('overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm', className);

  if (view.access === 'redacted') {
    return (
      <article className={frame} aria-label={t('documents.card.redactedTitle')}>
        <div className="flex gap-3 p-4">
          <span className="flex h-14 w-14 shrink-0 items-center justify-center rounded bg-slate-100">
            <Icon kind="lock" />
          </span>
          <div className="space-y-1">
            <p className="text-sm font-semibold text-slate-900">{t('documents.card.redactedTitle')}</p>
            <p className="text-xs text-slate-500">{t(`documents.kinds.${view.document.kind}`)}</p>
            <p className="text-sm text-slate-600">{t('documents.card.redactedBody')}</p>
          </div>
        </div>
      </article>
    );
  }

  const { document } = view;
  const href = `/api/documents/${document.id}`;
  return (
    <article className={frame} aria-label={document.fileName}>
      {view.preview ? (
        <a href={`${href}/preview`} target="_blank" rel="noopener" className="block bg-slate-50">
          {/* The preview route serves the stored image itself, authorized and sandboxed. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={`${href}/preview`}
            alt={t('documents.card.previewAlt', { fileName: document.fileName })}
            className="mx-auto max-h-64 w-auto object-contain"
            loading="lazy"
          />
        </a>
      ) : (
        <div className="flex items-center gap-3 bg-slate-50 px-4 py-6">
          <Icon kind="file" />
          <p className="text-sm text-slate-600">{t('documents.card.noPreview')}</p>
        </div>
      )}
      <div className="space-y-2 border-t border-slate-100 p-4">
        <div className="flex flex-wrap items-center gap-2">
          <p className="min-w-0 flex-1 truncate text-sm font-semibold text-slate-900" title={document.fileName}>
            {document.fileName}
          </p>
          {document.confidential ? <Badge tone="warn">{t('documents.upload.confidentialBadge')}</Badge> : null}
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs text-slate-600">
          <dt className="text-slate-500">{t('documents.card.type')}</dt>
          <dd>
            {t(`documents.kinds.${document.kind}`)} · {typeLabel(document.mimeType)}
          </dd>
          <dt className="text-slate-500">{t('documents.card.size')}</dt>
          <dd>{format.fileSize(document.sizeBytes)}</dd>
          <dt className="text-slate-500">{t('documents.card.sha256')}</dt>
          <dd className="truncate font-mono" title={document.sha256}>
            {document.sha256}
          </dd>
        </dl>
        <p className="text-xs text-slate-500">
          {t('documents.card.uploaded', { date: format.dateTime(document.createdAt), organisation: document.organisation.name })}
        </p>
        <Button asChild variant="secondary" size="sm">
          <a href={href} download={document.fileName} aria-label={t('documents.card.downloadFile', { fileName: document.fileName })}>
            {t('documents.card.download')}
          </a>
        </Button>
      </div>
    </article>
  );
}
