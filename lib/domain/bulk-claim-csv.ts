// Bulk filing by CSV: the pure half. A brand agent adds up to 10,000 listings to a draft
// claim from a file with the columns
//
//   listing            a listing's marketplace id (externalId) or its URL      (required)
//   infringement_type  an InfringementType, as the enum value or its label     (required)
//   note               free text, at most 1,000 characters                     (optional)
//
// This module reads the file (RFC 4180, incrementally: chunks of text in, records out),
// checks each row on its own, and — once the data layer has looked the listings up —
// decides which rows become claim items and why every other row is refused. It touches
// neither the database nor the request, so every rule here is a plain, unit-tested function.
// The data side is lib/data/claim-bulk-import.ts.
import type { InfringementType } from '../generated/prisma/enums';
import { MAX_CLAIM_ITEMS } from './claim-filing';
import enReview from '../../messages/en/review.json';
import zhReview from '../../messages/zh-CN/review.json';

/** The most data rows one file may carry; a longer file is refused whole. */
export const MAX_BULK_ROWS = 10_000;
/** The most items one claim may hold, however they were added (the filing rules' limit). */
export { MAX_CLAIM_ITEMS };
/** The longest note, in characters. */
export const MAX_NOTE_LENGTH = 1_000;
/**
 * How many rows the data layer inserts per statement (the listings are looked up in one
 * statement per file). Bigger batches cost less per row; each batch also reports progress,
 * so the bar keeps moving while the transaction runs.
 */
export const BULK_INSERT_BATCH_SIZE = 5_000;

export const BULK_COLUMNS = ['listing', 'infringement_type', 'note'] as const;
export type BulkColumn = (typeof BULK_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly BulkColumn[] = ['listing', 'infringement_type'];

export const INFRINGEMENT_TYPES: readonly InfringementType[] = [
  'COUNTERFEIT',
  'TRADEMARK_MISUSE',
  'COPYRIGHT',
  'DESIGN',
  'IMAGE_THEFT',
  'UNAUTHORIZED_SALE',
  'OTHER',
];

// ───────────────────────────── File-level refusals ─────────────────────────────

/** Why a whole file is refused (nothing is stored). Keys of bulkImport.fileErrors. */
export type BulkFileProblem =
  | { code: 'noHeader' }
  | { code: 'missingColumn'; column: BulkColumn }
  | { code: 'duplicateColumn'; column: string }
  | { code: 'noRows' }
  | { code: 'tooManyRows'; max: number; count: number }
  | { code: 'unterminatedQuote'; row: number };

export class BulkCsvFileError extends Error {
  constructor(readonly problem: BulkFileProblem) {
    super(`Bulk CSV refused: ${problem.code}`);
    this.name = 'BulkCsvFileError';
  }
}

// ───────────────────────────── RFC 4180 records ─────────────────────────────

/**
 * An incremental RFC 4180 reader: `push` text as it arrives (a chunk may end anywhere,
 * even inside a quoted field or between CR and LF), get the completed records back.
 * Fields are separated by commas; a field in double quotes may hold commas, line breaks
 * and doubled quotes; records end with CRLF, LF or a lone CR. A UTF-8 byte-order mark at
 * the very start is dropped. Each record carries its number (1 = the first record), the
 * number a spreadsheet shows beside it.
 */
export class CsvRecordReader {
  private field = '';
  private fields: string[] = [];
  private inQuotes = false;
  /** The previous character closed a quoted section (a quote now means a literal quote). */
  private quoteClosed = false;
  private afterCr = false;
  private started = false;
  private recordNumber = 0;
  private recordHasContent = false;

  push(text: string): { number: number; fields: string[] }[] {
    const out: { number: number; fields: string[] }[] = [];
    let i = 0;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (this.afterCr) {
        this.afterCr = false;
        if (c === '\n') continue; // CRLF: the record already ended at the CR
      }
      if (this.inQuotes) {
        if (c === '"') {
          this.inQuotes = false;
          this.quoteClosed = true;
        } else {
          // Everything up to the next quote belongs to the field: take it in one slice
          // (a character at a time costs ~3× more on a 10,000-row file).
          const close = text.indexOf('"', i);
          const end = close === -1 ? text.length : close;
          this.field += text.slice(i, end);
          i = end - 1;
        }
        continue;
      }
      if (c === '"') {
        if (this.quoteClosed) {
          // "" inside a quoted field: one literal quote, and the field goes on quoted.
          this.field += '"';
          this.inQuotes = true;
          this.quoteClosed = false;
        } else {
          // A quote opens a quoted section (leniently, also in mid-field: a"b" → ab).
          this.inQuotes = true;
        }
        this.recordHasContent = true;
        continue;
      }
      this.quoteClosed = false;
      if (c === ',') {
        this.fields.push(this.field);
        this.field = '';
        this.recordHasContent = true;
      } else if (c === '\n' || c === '\r') {
        out.push(this.endRecord());
        if (c === '\r') this.afterCr = true;
      } else {
        // An unquoted run: up to the next comma, line break or quote, in one slice.
        let end = i + 1;
        while (end < text.length) {
          const code = text.charCodeAt(end);
          if (code === 44 || code === 10 || code === 13 || code === 34) break;
          end++;
        }
        this.field += text.slice(i, end);
        i = end - 1;
        this.recordHasContent = true;
      }
    }
    return out;
  }

  /** The last record when the text does not end with a line break; throws on an open quote. */
  finish(): { number: number; fields: string[] }[] {
    if (this.inQuotes) throw new BulkCsvFileError({ code: 'unterminatedQuote', row: this.recordNumber + 1 });
    if (!this.recordHasContent && this.field === '' && this.fields.length === 0) return [];
    return [this.endRecord()];
  }

  private endRecord(): { number: number; fields: string[] } {
    this.fields.push(this.field);
    const record = { number: ++this.recordNumber, fields: this.fields };
    this.fields = [];
    this.field = '';
    this.quoteClosed = false;
    this.recordHasContent = false;
    return record;
  }
}

// ───────────────────────────── Values ─────────────────────────────

/** "Infringement type", "INFRINGEMENT-TYPE " → "infringement_type". */
export function normaliseHeader(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function typeKey(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/**
 * What a person may write for each type: the enum value in any case with spaces or
 * hyphens for underscores ("trademark misuse", "Image-Theft"), and the labels the portal
 * itself shows, in English and Chinese ("Unauthorized sale", "假冒商品").
 */
const TYPE_ALIASES: ReadonlyMap<string, InfringementType> = (() => {
  const aliases = new Map<string, InfringementType>();
  for (const type of INFRINGEMENT_TYPES) {
    aliases.set(typeKey(type), type);
    aliases.set(typeKey(enReview.infringementType[type]), type);
    aliases.set(typeKey(zhReview.infringementType[type]), type);
  }
  // British spelling of the one label that has another.
  aliases.set(typeKey('unauthorised sale'), 'UNAUTHORIZED_SALE');
  return aliases;
})();

// A file repeats a handful of spellings thousands of times: each is normalised once.
const typeOfCell = new Map<string, InfringementType | null>();

/** The InfringementType a cell names, or null. */
export function parseInfringementType(text: string): InfringementType | null {
  const known = typeOfCell.get(text);
  if (known !== undefined) return known;
  const type = TYPE_ALIASES.get(typeKey(text)) ?? null;
  if (typeOfCell.size < 1_000) typeOfCell.set(text, type);
  return type;
}

/** A cell that names a listing by its address rather than its id. */
export function isListingUrl(reference: string): boolean {
  return /^https?:\/\//i.test(reference);
}

/**
 * The forms of one listing reference the data layer looks for: the id as written, or the
 * URL as written and without its fragment or a trailing slash (what browsers add when
 * a link is copied).
 */
export function listingReferenceVariants(reference: string): { externalIds: string[]; urls: string[] } {
  if (!isListingUrl(reference)) return { externalIds: [reference], urls: [] };
  const withoutFragment = reference.replace(/#.*$/, '');
  const variants = new Set([reference, withoutFragment, withoutFragment.replace(/\/+$/, '')]);
  return { externalIds: [], urls: [...variants].filter(Boolean) };
}

// ───────────────────────────── Rows ─────────────────────────────

/** Why one row is refused. Keys of bulkImport.reasons. */
export type RowProblem =
  | { reason: 'empty' }
  | { reason: 'missingType' }
  | { reason: 'badType'; value: string }
  | { reason: 'noteTooLong'; length: number; max: number }
  | { reason: 'unknownListing' }
  | { reason: 'duplicate'; ofRow: number }
  | { reason: 'listingNotActive' }
  | { reason: 'alreadyOnClaim' };

export type RowReason = RowProblem['reason'];

/** A row as read: its spreadsheet row number, the cells, and what is wrong with it on its own. */
export interface ParsedRow {
  row: number;
  listing: string;
  infringementType: InfringementType | null;
  note: string | null;
  problem: RowProblem | null;
}

export interface RejectedRow {
  row: number;
  listing: string;
  problem: RowProblem;
}

function cell(fields: string[], index: number | undefined): string {
  return index === undefined ? '' : (fields[index] ?? '').trim();
}

/** Checks one data row on its own (its listing is looked up later). */
export function parseRow(row: number, listingText: string, typeText: string, noteText: string): ParsedRow {
  const note = noteText === '' ? null : noteText;
  const infringementType = typeText === '' ? null : parseInfringementType(typeText);
  const base = { row, listing: listingText, infringementType, note };
  let problem: RowProblem | null = null;
  if (listingText === '') problem = { reason: 'empty' };
  else if (typeText === '') problem = { reason: 'missingType' };
  else if (!infringementType) problem = { reason: 'badType', value: typeText };
  else if (note !== null && [...note].length > MAX_NOTE_LENGTH) problem = { reason: 'noteTooLong', length: [...note].length, max: MAX_NOTE_LENGTH };
  return { ...base, problem };
}

/**
 * Reads a bulk-filing CSV chunk by chunk: the header first (which columns are where), then
 * each data row checked on its own. Rows whose cells are all blank are skipped (spreadsheets
 * export them) but keep their number, so row numbers match what the user's spreadsheet
 * shows. Past MAX_BULK_ROWS data rows the reader keeps counting (to say how many the file
 * has) but keeps no more rows; `finish` then refuses the file.
 */
export class BulkClaimCsvReader {
  private readonly records = new CsvRecordReader();
  private columns: Partial<Record<BulkColumn, number>> | null = null;
  private readonly kept: ParsedRow[] = [];
  private count = 0;

  constructor(private readonly maxRows = MAX_BULK_ROWS) {}

  /** Data rows seen so far (blank ones not counted). */
  get rowCount(): number {
    return this.count;
  }

  push(text: string): void {
    for (const record of this.records.push(text)) this.take(record);
  }

  /** All data rows in file order, or a BulkCsvFileError for the file as a whole. */
  finish(): ParsedRow[] {
    for (const record of this.records.finish()) this.take(record);
    if (!this.columns) throw new BulkCsvFileError({ code: 'noHeader' });
    if (this.count === 0) throw new BulkCsvFileError({ code: 'noRows' });
    if (this.count > this.maxRows) throw new BulkCsvFileError({ code: 'tooManyRows', max: this.maxRows, count: this.count });
    return this.kept;
  }

  private take({ number, fields }: { number: number; fields: string[] }): void {
    if (fields.every((f) => f.trim() === '')) return;
    if (!this.columns) {
      this.columns = readHeader(fields);
      return;
    }
    this.count++;
    if (this.count > this.maxRows) return;
    const { listing, infringement_type: type, note } = this.columns;
    // The note keeps its inner spacing and line breaks; only the ends are trimmed.
    this.kept.push(parseRow(number, cell(fields, listing), cell(fields, type), cell(fields, note)));
  }
}

function readHeader(fields: string[]): Partial<Record<BulkColumn, number>> {
  const columns: Partial<Record<BulkColumn, number>> = {};
  fields.forEach((raw, index) => {
    const name = normaliseHeader(raw);
    if (!(BULK_COLUMNS as readonly string[]).includes(name)) return; // other columns are the user's own notes
    const column = name as BulkColumn;
    if (columns[column] !== undefined) throw new BulkCsvFileError({ code: 'duplicateColumn', column: raw.trim() });
    columns[column] = index;
  });
  for (const column of REQUIRED_COLUMNS) {
    if (columns[column] === undefined) throw new BulkCsvFileError({ code: 'missingColumn', column });
  }
  return columns;
}

/** Reads a whole CSV text at once (tests, small files). */
export function parseBulkClaimCsv(text: string, maxRows = MAX_BULK_ROWS): ParsedRow[] {
  const reader = new BulkClaimCsvReader(maxRows);
  reader.push(text);
  return reader.finish();
}

// ───────────────────────────── Deciding rows ─────────────────────────────

/** What the data layer found for a row's listing reference. */
export interface ResolvedListing {
  id: string;
  active: boolean;
}

export interface AcceptedRow {
  row: number;
  /** The reference as written in the file. */
  listing: string;
  listingId: string;
  infringementType: InfringementType;
  note: string | null;
}

/**
 * Which rows become claim items: a row must be fine on its own, name a listing that exists
 * and is live, not be on the claim already, and not repeat a listing an earlier row of the
 * file named (by id or by URL: the same listing either way). Every other row is refused
 * with its reason; results are in file order.
 */
export function decideRows(
  rows: readonly ParsedRow[],
  resolve: (reference: string) => ResolvedListing | null,
  alreadyOnClaim: ReadonlySet<string>,
): { accepted: AcceptedRow[]; rejected: RejectedRow[] } {
  const accepted: AcceptedRow[] = [];
  const rejected: RejectedRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of rows) {
    const refuse = (problem: RowProblem) => rejected.push({ row: row.row, listing: row.listing, problem });
    if (row.problem) {
      refuse(row.problem);
      continue;
    }
    const listing = resolve(row.listing);
    if (!listing) {
      refuse({ reason: 'unknownListing' });
      continue;
    }
    const first = firstRowOf.get(listing.id);
    if (first !== undefined) {
      refuse({ reason: 'duplicate', ofRow: first });
      continue;
    }
    firstRowOf.set(listing.id, row.row);
    if (!listing.active) refuse({ reason: 'listingNotActive' });
    else if (alreadyOnClaim.has(listing.id)) refuse({ reason: 'alreadyOnClaim' });
    else accepted.push({ row: row.row, listing: row.listing, listingId: listing.id, infringementType: row.infringementType!, note: row.note });
  }
  return { accepted, rejected };
}

/** How many refused rows there are of each reason (for the audit event). */
export function countByReason(rejected: readonly { problem: RowProblem }[]): Partial<Record<RowReason, number>> {
  const counts: Partial<Record<RowReason, number>> = {};
  for (const { problem } of rejected) counts[problem.reason] = (counts[problem.reason] ?? 0) + 1;
  return counts;
}

// ───────────────────────────── Writing CSV ─────────────────────────────

/** One CSV field, quoted when it must be (RFC 4180), with formula injection defused. */
export function csvField(value: string | number): string {
  let text = String(value);
  // A cell starting with = + - @ is a formula to spreadsheet programs: a listing reference
  // or note typed by someone else must not run in the user's spreadsheet.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document (CRLF line ends, as RFC 4180 and spreadsheet programs expect). */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
