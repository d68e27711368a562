// Bulk filing by CSV, the pure half: RFC 4180 reading (in chunks cut anywhere), the header,
// the row checks, the 10,000-row limit, type aliases, and which rows become items.
import { describe, expect, it } from 'vitest';
import {
  BulkClaimCsvReader,
  BulkCsvFileError,
  CsvRecordReader,
  MAX_BULK_ROWS,
  countByReason,
  csvField,
  decideRows,
  listingReferenceVariants,
  parseBulkClaimCsv,
  parseInfringementType,
  toCsv,
  type ParsedRow,
} from '@/lib/domain/bulk-claim-csv';

function records(text: string, chunk = text.length || 1) {
  const reader = new CsvRecordReader();
  const out: { number: number; fields: string[] }[] = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...reader.push(text.slice(i, i + chunk)));
  out.push(...reader.finish());
  return out.map((r) => r.fields);
}

function fileError(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof BulkCsvFileError) return error.problem;
    throw error;
  }
  throw new Error('expected a BulkCsvFileError');
}

describe('CsvRecordReader (RFC 4180)', () => {
  const tricky = '\ufeffa,b,c\r\n"x, y","say ""hi""","line1\r\nline2"\nplain,,last\rz';
  const expected = [
    ['a', 'b', 'c'],
    ['x, y', 'say "hi"', 'line1\r\nline2'],
    ['plain', '', 'last'],
    ['z'],
  ];

  it('reads quoted commas, doubled quotes, line breaks in quotes, CRLF, LF and CR, and drops a BOM', () => {
    expect(records(tricky)).toEqual(expected);
  });

  it('gives the same records whatever the chunk size (chunks cut inside quotes and CRLF)', () => {
    for (const size of [1, 2, 3, 5, 7, 13]) expect(records(tricky, size)).toEqual(expected);
  });

  it('ends the last record without a final line break, and adds none for a final one', () => {
    expect(records('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(records('a,b\n1,2\r\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(records('')).toEqual([]);
  });

  it('keeps a BOM that is not at the very start', () => {
    expect(records('a\n\ufeffb')).toEqual([['a'], ['\ufeffb']]);
  });

  it('refuses an unterminated quote, naming the row', () => {
    expect(fileError(() => records('a\n"open,b\n'))).toEqual({ code: 'unterminatedQuote', row: 2 });
  });
});

describe('parseInfringementType', () => {
  it.each([
    ['COUNTERFEIT', 'COUNTERFEIT'],
    ['counterfeit', 'COUNTERFEIT'],
    ['  Counterfeit ', 'COUNTERFEIT'],
    ['trademark_misuse', 'TRADEMARK_MISUSE'],
    ['Trademark misuse', 'TRADEMARK_MISUSE'],
    ['trademark-misuse', 'TRADEMARK_MISUSE'],
    ['IMAGE THEFT', 'IMAGE_THEFT'],
    ['Unauthorized sale', 'UNAUTHORIZED_SALE'],
    ['unauthorised sale', 'UNAUTHORIZED_SALE'],
    ['假冒商品', 'COUNTERFEIT'],
    ['other', 'OTHER'],
  ])('%s → %s', (text, type) => {
    expect(parseInfringementType(text)).toBe(type);
  });

  it('knows nothing else', () => {
    for (const text of ['', 'fake', 'counterfeits', 'COUNTER FEIT X', 'TRADEMARK']) expect(parseInfringementType(text)).toBeNull();
  });
});

describe('BulkClaimCsvReader', () => {
  it('finds the columns by name in any order and case, ignoring extra columns', () => {
    const rows = parseBulkClaimCsv('Note,Title,Infringement Type,LISTING\n"a note, with comma",Jacket,counterfeit,LST-1\n');
    expect(rows).toEqual([{ row: 2, listing: 'LST-1', infringementType: 'COUNTERFEIT', note: 'a note, with comma', problem: null }]);
  });

  it('makes the note optional', () => {
    expect(parseBulkClaimCsv('listing,infringement_type\nLST-1,design\n')[0]).toMatchObject({ note: null, infringementType: 'DESIGN', problem: null });
  });

  it('refuses a file without the required columns, naming the missing one', () => {
    expect(fileError(() => parseBulkClaimCsv('listing,note\nLST-1,x\n'))).toEqual({ code: 'missingColumn', column: 'infringement_type' });
    expect(fileError(() => parseBulkClaimCsv('LST-1,counterfeit\n'))).toEqual({ code: 'missingColumn', column: 'listing' });
    expect(fileError(() => parseBulkClaimCsv('listing,Listing,infringement_type\n'))).toEqual({ code: 'duplicateColumn', column: 'Listing' });
  });

  it('refuses an empty file and a header without rows', () => {
    expect(fileError(() => parseBulkClaimCsv(''))).toEqual({ code: 'noHeader' });
    expect(fileError(() => parseBulkClaimCsv('\ufeff\r\n\r\n'))).toEqual({ code: 'noHeader' });
    expect(fileError(() => parseBulkClaimCsv('listing,infringement_type\r\n,\r\n'))).toEqual({ code: 'noRows' });
  });

  it('numbers rows as a spreadsheet does: header = 1, blank rows skipped but counted, quoted line breaks inside one row', () => {
    const rows = parseBulkClaimCsv('listing,infringement_type,note\nA,counterfeit,"two\nlines"\n\n,,\nB,design,\n');
    expect(rows.map((r) => [r.row, r.listing])).toEqual([
      [2, 'A'],
      [5, 'B'],
    ]);
    expect(rows[0]!.note).toBe('two\nlines');
  });

  it('checks each row on its own: empty listing, missing or bad type, note too long', () => {
    const long = 'n'.repeat(1001);
    const rows = parseBulkClaimCsv(`listing,infringement_type,note\n,counterfeit,orphan note\nA,,\nB,fake,\nC,other,${long}\nD,other,${'字'.repeat(1000)}\n`);
    expect(rows.map((r) => r.problem)).toEqual([
      { reason: 'empty' },
      { reason: 'missingType' },
      { reason: 'badType', value: 'fake' },
      { reason: 'noteTooLong', length: 1001, max: 1000 },
      null,
    ]);
  });

  it(`takes ${MAX_BULK_ROWS.toLocaleString('en')} rows and refuses one more, saying how many the file has`, () => {
    const header = 'listing,infringement_type\n';
    const body = (n: number) => Array.from({ length: n }, (_, i) => `LST-${i},counterfeit`).join('\n');
    expect(parseBulkClaimCsv(header + body(MAX_BULK_ROWS))).toHaveLength(MAX_BULK_ROWS);
    expect(fileError(() => parseBulkClaimCsv(header + body(MAX_BULK_ROWS + 1)))).toEqual({ code: 'tooManyRows', max: 10_000, count: 10_001 });
  });

  it('keeps counting past the limit without keeping the rows', () => {
    const reader = new BulkClaimCsvReader(3);
    reader.push('listing,infringement_type\n');
    for (let i = 0; i < 50; i++) reader.push(`L${i},other\n`);
    expect(reader.rowCount).toBe(50);
    expect(fileError(() => reader.finish())).toEqual({ code: 'tooManyRows', max: 3, count: 50 });
  });
});

describe('listingReferenceVariants', () => {
  it('looks an id up as an id and a URL as a URL, with and without a trailing slash or fragment', () => {
    expect(listingReferenceVariants('LST-1')).toEqual({ externalIds: ['LST-1'], urls: [] });
    expect(listingReferenceVariants('https://market.example/item/LST-1/#photos')).toEqual({
      externalIds: [],
      urls: ['https://market.example/item/LST-1/#photos', 'https://market.example/item/LST-1/', 'https://market.example/item/LST-1'],
    });
  });
});

describe('decideRows', () => {
  const row = (n: number, listing: string, problem: ParsedRow['problem'] = null): ParsedRow => ({
    row: n,
    listing,
    infringementType: 'COUNTERFEIT',
    note: null,
    problem,
  });
  const listings: Record<string, { id: string; active: boolean }> = {
    'LST-1': { id: 'l1', active: true },
    'https://market.example/item/LST-1': { id: 'l1', active: true },
    'LST-2': { id: 'l2', active: false },
    'LST-3': { id: 'l3', active: true },
    'LST-4': { id: 'l4', active: true },
  };

  it('accepts good rows and gives every other row its reason, in file order', () => {
    const { accepted, rejected } = decideRows(
      [row(2, 'LST-1'), row(3, 'https://market.example/item/LST-1'), row(4, 'LST-2'), row(5, 'LST-3'), row(6, 'nope'), row(7, '', { reason: 'empty' }), row(8, 'LST-4')],
      (ref) => listings[ref] ?? null,
      new Set(['l3']),
    );
    expect(accepted.map((a) => [a.row, a.listingId])).toEqual([
      [2, 'l1'],
      [8, 'l4'],
    ]);
    expect(rejected.map((r) => [r.row, r.problem])).toEqual([
      [3, { reason: 'duplicate', ofRow: 2 }],
      [4, { reason: 'listingNotActive' }],
      [5, { reason: 'alreadyOnClaim' }],
      [6, { reason: 'unknownListing' }],
      [7, { reason: 'empty' }],
    ]);
    expect(countByReason(rejected)).toEqual({ duplicate: 1, listingNotActive: 1, alreadyOnClaim: 1, unknownListing: 1, empty: 1 });
  });
});

describe('writing CSV', () => {
  it('quotes what must be quoted and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-3)).toBe('-3');
    expect(toCsv([['row', 'listing'], [2, 'x\ny']])).toBe('row,listing\r\n2,"x\ny"\r\n');
  });

  it('round-trips through the reader', () => {
    const text = toCsv([['listing', 'infringement_type', 'note'], ['LST-1', 'counterfeit', 'a "quoted", multi\nline note']]);
    expect(parseBulkClaimCsv(text)[0]).toMatchObject({ listing: 'LST-1', note: 'a "quoted", multi\nline note' });
  });
});
