// Which files the evidence store accepts, decided by their bytes: never by the name or the
// type the browser declares (both are whatever the uploader says). Pure, so the upload
// pipeline (lib/documents/store-upload.ts), the file field (a client component) and the
// tests share one set of rules.
import type { DocumentKind } from '../generated/prisma/enums';

export type SniffedType = 'application/pdf' | 'image/png' | 'image/jpeg' | 'image/webp';
/** CSV has no magic bytes: it is accepted only where the caller asks for a bulk-filing CSV. */
export type CsvType = 'text/csv';
export type DocumentMimeType = SniffedType | CsvType;

/** How many leading bytes sniffFileType needs to decide (a WebP header is 16). */
export const SNIFF_BYTES = 16;

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const WEBP_CHUNKS = [ascii('VP8 '), ascii('VP8L'), ascii('VP8X')];

/**
 * The type of a file from its first bytes (at least SNIFF_BYTES of them when the file is
 * that long), or null when it is none of the accepted binary types. A truncated header is
 * null: a PNG signature cut after four bytes is not a PNG.
 */
export function sniffFileType(firstBytes: Uint8Array): SniffedType | null {
  if (startsWith(firstBytes, PDF)) return 'application/pdf';
  if (startsWith(firstBytes, PNG)) return 'image/png';
  if (startsWith(firstBytes, JPEG)) return 'image/jpeg';
  if (startsWith(firstBytes, RIFF) && startsWith(firstBytes, WEBP, 8) && WEBP_CHUNKS.some((c) => startsWith(firstBytes, c, 12))) {
    return 'image/webp';
  }
  return null;
}

const IMAGES_AND_PDF = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'] as const;
const PDF_AND_IMAGES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;

/**
 * The types each kind of document may be. Photos and screenshots are usually images, papers
 * usually PDF scans, but either may come as the other. Only bulk filing takes CSV.
 */
export const ACCEPTED_TYPES: Record<DocumentKind, readonly DocumentMimeType[]> = {
  TEST_PURCHASE: IMAGES_AND_PDF,
  SCREENSHOT: IMAGES_AND_PDF,
  COMPARISON: IMAGES_AND_PDF,
  INVOICE: PDF_AND_IMAGES,
  AUTHORIZATION_LETTER: PDF_AND_IMAGES,
  TRADEMARK_CERTIFICATE: PDF_AND_IMAGES,
  POWER_OF_ATTORNEY: PDF_AND_IMAGES,
  BUSINESS_LICENCE: PDF_AND_IMAGES,
  IDENTITY_DOCUMENT: PDF_AND_IMAGES,
  OTHER: PDF_AND_IMAGES,
  BULK_CLAIM_CSV: ['text/csv'],
};

export const DOCUMENT_KINDS = Object.keys(ACCEPTED_TYPES) as DocumentKind[];

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && Object.hasOwn(ACCEPTED_TYPES, value);
}

export function acceptsType(kind: DocumentKind, type: DocumentMimeType): boolean {
  return ACCEPTED_TYPES[kind].includes(type);
}

export function isImageType(type: string): type is 'image/png' | 'image/jpeg' | 'image/webp' {
  return type === 'image/png' || type === 'image/jpeg' || type === 'image/webp';
}

/** The usual extensions of each type; the first is the one a file name gets if it lacks one. */
export const EXTENSIONS: Record<DocumentMimeType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/webp': ['webp'],
  'text/csv': ['csv'],
};

/** Short names of types for messages ("PDF, PNG, JPEG, WebP"). */
export const TYPE_LABELS: Record<DocumentMimeType, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'text/csv': 'CSV',
};

export function acceptedTypeLabels(kind: DocumentKind): string {
  return ACCEPTED_TYPES[kind].map((t) => TYPE_LABELS[t]).join(', ');
}

/**
 * The file input's `accept` attribute for a kind: only a hint to the browser's file
 * picker (the bytes decide on the server).
 */
export function acceptAttribute(kind: DocumentKind): string {
  return ACCEPTED_TYPES[kind].flatMap((t) => [t, ...EXTENSIONS[t].map((e) => `.${e}`)]).join(',');
}

// ───────────────────────────── CSV ─────────────────────────────

/**
 * Checks, chunk by chunk, that a stream is UTF-8 text without NUL bytes: what bulk filing
 * accepts as CSV. A chunk boundary may fall inside a multi-byte character; the decoder
 * carries it over. Throws nothing: `push` and `finish` answer whether the text is still
 * valid.
 */
export class Utf8TextCheck {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private valid = true;

  push(chunk: Uint8Array): boolean {
    if (!this.valid) return false;
    if (chunk.includes(0)) return (this.valid = false);
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      this.valid = false;
    }
    return this.valid;
  }

  /** True when everything pushed was valid and nothing is left half-decoded. */
  finish(): boolean {
    if (!this.valid) return false;
    try {
      this.decoder.decode();
    } catch {
      this.valid = false;
    }
    return this.valid;
  }
}

// ───────────────────────────── File names ─────────────────────────────

/** The longest name kept, in characters (extension included). */
export const MAX_FILE_NAME_LENGTH = 150;
const FALLBACK_NAME = 'document';
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * A file name that is safe to show and to put in a Content-Disposition header and on any
 * file system: no directories, no control or bidirectional-override characters (which
 * can make "evil‮fdp.exe" read as "evilexe.pdf"), none of the characters Windows forbids,
 * no leading or trailing dots or spaces, not a Windows device name, at most
 * MAX_FILE_NAME_LENGTH characters with the extension kept. Letters of every script stay.
 */
export function sanitiseFileName(raw: string | null | undefined): string {
  let name = (raw ?? '').normalize('NFC');
  // Only the last path segment: browsers send "C:\fakepath\x.pdf" or a bare name.
  name = name.split(/[/\\]/).pop() ?? '';
  name = name
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
    // other C0/C1 controls, DEL, zero-width and bidirectional formatting characters
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (!name) return FALLBACK_NAME;
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  const chars = [...name];
  if (chars.length > MAX_FILE_NAME_LENGTH) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 ? [...name.slice(dot)] : [];
    const keep = extension.length > 0 && extension.length <= 10 ? extension : [];
    name = chars.slice(0, MAX_FILE_NAME_LENGTH - keep.length).join('').replace(/[\s.]+$/, '') + keep.join('');
  }
  return name;
}

const KNOWN_EXTENSIONS = new Set(Object.values(EXTENSIONS).flat());

/**
 * The name with the extension its real type has: "scan.pdf" that is really a PNG becomes
 * "scan.png", so the file opens in the right program after download; an unknown
 * extension is kept and the right one added ("report.v2" → "report.v2.pdf").
 */
export function fileNameForType(name: string, type: DocumentMimeType): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (EXTENSIONS[type].includes(extension)) return name;
  const base = dot > 0 && KNOWN_EXTENSIONS.has(extension) ? name.slice(0, dot) : name;
  return `${base}.${EXTENSIONS[type][0]}`;
}

/**
 * A Content-Disposition header value for a (sanitised) name: an ASCII `filename` for old
 * clients and the exact name as RFC 5987 `filename*` (UTF-8, percent-encoded).
 */
export function contentDisposition(type: 'attachment' | 'inline', fileName: string): string {
  const safe = sanitiseFileName(fileName);
  const asciiName = safe.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${asciiName}"; filename*=UTF-8''${encoded}`;
}
