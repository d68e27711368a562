'use client';

// Bulk filing by CSV, in the listings step of the draft editor: choose a file, and its
// listings are added to the draft claim. The file goes raw to
// POST /api/claims/<id>/items/import (XMLHttpRequest: upload progress while it is sent,
// then the route's NDJSON progress lines as they arrive), so the bar moves for real:
// uploading → checking the listings → adding them. The result says how many were added
// and offers the rejected rows as a CSV error report (row, listing, reason in the user's
// language), made here in the browser. Refusals of the whole file are shown at the field.
//
//   <BulkCsvImport claimId={claim.id} />
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'use-intl';
import { INFRINGEMENT_TYPES, MAX_BULK_ROWS, MAX_NOTE_LENGTH, toCsv } from '@/lib/domain/bulk-claim-csv';
import { acceptAttribute } from '@/lib/domain/file-types';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

type Phase = 'uploading' | 'reading' | 'checking' | 'importing';

/** A refused row as the route reports it (ImportRejection in lib/data/claim-bulk-import.ts). */
interface Rejection {
  row: number;
  listing: string;
  reason: 'empty' | 'missingType' | 'badType' | 'noteTooLong' | 'unknownListing' | 'duplicate' | 'listingNotActive' | 'alreadyOnClaim';
  value?: string;
  length?: number;
  max?: number;
  ofRow?: number;
}

interface ImportOutcome {
  imported: number;
  rows: number;
  rejected: Rejection[];
}

type Line =
  | { type: 'progress'; phase: Exclude<Phase, 'uploading'>; processed: number; total: number }
  | ({ type: 'result' } & ImportOutcome)
  | { type: 'error'; message: string };

interface Progress {
  phase: Phase;
  processed: number;
  total: number;
}

const PREVIEW_ROWS = 5;

type BulkImportTranslator = ReturnType<typeof useTranslations<'bulkImport'>>;

/** Why a row was refused, in the user's language. */
function reasonText(t: BulkImportTranslator, r: Rejection): string {
  switch (r.reason) {
    case 'badType':
      return t('reasons.badType', { value: r.value ?? '' });
    case 'noteTooLong':
      return t('reasons.noteTooLong', { length: r.length ?? 0, max: r.max ?? MAX_NOTE_LENGTH });
    case 'duplicate':
      return t('reasons.duplicate', { ofRow: r.ofRow ?? 0 });
    default:
      return t(`reasons.${r.reason}`);
  }
}

export function BulkCsvImport({ claimId }: { claimId: string }) {
  const t = useTranslations('bulkImport');
  const router = useRouter();
  const id = useId().replace(/:/g, '');
  const inputId = `bulk-csv-${id}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const progressId = `${inputId}-progress`;
  const inputRef = useRef<HTMLInputElement>(null);
  const request = useRef<XMLHttpRequest | null>(null);

  const [fileName, setFileName] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const running = progress !== null;

  // Leaving the page stops an upload nobody waits for (an import already running on the
  // server still finishes: it is one transaction).
  useEffect(() => () => request.current?.abort(), []);

  // The error report, as a Blob URL made here: the rows never go back to the server.
  const reportUrl = useMemo(() => {
    if (!outcome?.rejected.length) return null;
    const csv = toCsv([
      [t('report.row'), t('report.listing'), t('report.reason')],
      ...outcome.rejected.map((r) => [r.row, r.listing, reasonText(t, r)]),
    ]);
    // A byte-order mark, so spreadsheet programs read the UTF-8 (Chinese reasons) right.
    return URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  }, [outcome, t]);
  useEffect(() => () => void (reportUrl && URL.revokeObjectURL(reportUrl)), [reportUrl]);

  const templateUrl = useMemo(() => {
    const csv = toCsv([
      ['listing', 'infringement_type', 'note'],
      ['LST-000123', 'counterfeit', t('templateNote')],
      ['https://market.example/item/LST-000456', 'trademark_misuse', ''],
    ]);
    return `data:text/csv;charset=utf-8,${encodeURIComponent('\ufeff' + csv)}`;
  }, [t]);

  function start() {
    const file = inputRef.current?.files?.[0];
    setOutcome(null);
    if (!file) {
      setError(t('errors.noFile'));
      inputRef.current?.focus();
      return;
    }
    setError(null);
    setFileName(file.name);
    setProgress({ phase: 'uploading', processed: 0, total: file.size });

    const xhr = new XMLHttpRequest();
    request.current = xhr;
    let consumed = 0;
    let finished = false;
    const fail = (message: string) => {
      finished = true;
      setProgress(null);
      setError(message);
      inputRef.current?.focus();
    };
    const readLines = () => {
      const text = xhr.responseText;
      for (let end = text.indexOf('\n', consumed); end !== -1; end = text.indexOf('\n', consumed)) {
        const raw = text.slice(consumed, end);
        consumed = end + 1;
        if (!raw.trim()) continue;
        const line = JSON.parse(raw) as Line;
        if (line.type === 'progress') {
          setProgress({ phase: line.phase, processed: line.processed, total: line.total });
        } else if (line.type === 'result') {
          finished = true;
          setProgress(null);
          setOutcome({ imported: line.imported, rows: line.rows, rejected: line.rejected });
          if (inputRef.current) inputRef.current.value = '';
          // The listings step (a server component) shows the new items.
          if (line.imported > 0) router.refresh();
        } else {
          fail(line.message);
        }
      }
    };

    xhr.open('POST', `/api/claims/${encodeURIComponent(claimId)}/items/import`);
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.setRequestHeader('content-type', 'text/csv');
    xhr.upload.onprogress = (event) => {
      setProgress({ phase: 'uploading', processed: event.loaded, total: event.lengthComputable ? event.total : file.size });
    };
    xhr.onprogress = () => {
      if (xhr.status === 200) readLines();
    };
    xhr.onload = () => {
      request.current = null;
      if (xhr.status === 200) {
        try {
          readLines();
        } catch {
          return fail(t('errors.failed'));
        }
        if (!finished) fail(t('errors.network'));
        return;
      }
      let message = t('errors.failed');
      try {
        message = (JSON.parse(xhr.responseText) as { error?: { message?: string } }).error?.message ?? message;
      } catch {
        // not our JSON (a proxy's error page): the generic message
      }
      fail(message);
    };
    xhr.onerror = () => {
      request.current = null;
      fail(t('errors.network'));
    };
    xhr.send(file);
  }

  const percent = progress && progress.total > 0 ? Math.min(100, Math.round((progress.processed / progress.total) * 100)) : 0;
  const progressText = !progress
    ? ''
    : progress.phase === 'uploading'
      ? t('uploadProgress', { percent })
      : t('rowProgress', { processed: progress.processed, total: progress.total });

  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <p className="text-sm text-slate-600">{t('description', { max: MAX_BULK_ROWS, maxNote: MAX_NOTE_LENGTH })}</p>
        <a href={templateUrl} download={t('templateFileName')} className="inline-block text-sm font-medium text-brand-700 underline">
          {t('template')}
        </a>
      </div>

      <div className="space-y-1">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
          {t('fileLabel')}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          // No name: the file goes to the import route, never into a surrounding form's body.
          accept={acceptAttribute('BULK_CLAIM_CSV')}
          disabled={running}
          onChange={() => {
            setError(null);
            setOutcome(null);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? errorId : null, hintId].filter(Boolean).join(' ')}
          className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium aria-[invalid=true]:text-red-700"
        />
        <p id={hintId} className="text-xs text-slate-500">
          {t('fileHint', { types: INFRINGEMENT_TYPES.map((type) => type.toLowerCase()).join(', ') })}
        </p>
        {error ? (
          <p id={errorId} role="alert" className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>

      <Button type="button" onClick={start} disabled={running} aria-disabled={running}>
        {t('submit')}
      </Button>

      {progress ? (
        <div className="space-y-1" aria-live="polite">
          <p className="text-sm text-slate-700">
            {t('importing', { fileName: fileName ?? '' })} {t(`phases.${progress.phase}`)}
          </p>
          <progress
            id={progressId}
            aria-label={t('progressLabel')}
            aria-valuetext={progressText}
            value={progress.processed}
            max={Math.max(progress.total, 1)}
            className="h-2 w-full"
          />
          <p className="text-xs text-slate-600">{progressText}</p>
        </div>
      ) : null}

      {outcome ? (
        <Alert tone={outcome.rejected.length ? 'info' : 'success'}>
          <p>{t('result', { imported: outcome.imported, rejected: outcome.rejected.length })}</p>
          {outcome.rejected.length ? (
            <>
              <p className="mt-2 font-medium">{t('rejectedPreview')}</p>
              <ul className="mt-1 list-disc pl-5">
                {outcome.rejected.slice(0, PREVIEW_ROWS).map((r) => (
                  <li key={r.row}>
                    {t('rowLabel', { row: r.row })}: {r.listing ? <span className="break-all">{r.listing} — </span> : null}
                    {reasonText(t, r)}
                  </li>
                ))}
              </ul>
              {reportUrl ? (
                <a href={reportUrl} download={t('errorReportFileName')} className="mt-2 inline-block font-medium underline">
                  {t('downloadErrors')}
                </a>
              ) : null}
            </>
          ) : null}
        </Alert>
      ) : null}
    </div>
  );
}
