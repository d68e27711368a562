// What the evidence store accepts (lib/domain/file-types.ts): types from magic bytes only,
// CSV as UTF-8 text, and file names made safe.
import { describe, expect, it } from 'vitest';
import {
  ACCEPTED_TYPES,
  DOCUMENT_KINDS,
  SNIFF_BYTES,
  Utf8TextCheck,
  acceptAttribute,
  acceptedTypeLabels,
  acceptsType,
  contentDisposition,
  fileNameForType,
  isDocumentKind,
  sanitiseFileName,
  sniffFileType,
} from '@/lib/domain/file-types';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const padded = (head: Uint8Array, length = 64) => {
  const out = new Uint8Array(Math.max(length, head.length));
  out.set(head);
  return out;
};

const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], 'IHDR');
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0]);
const PDF = bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
const WEBP = (chunk: string) => bytes('RIFF', [0x24, 0x00, 0x00, 0x00], 'WEBP', chunk, [0x18, 0, 0, 0]);
const ELF = bytes([0x7f], 'ELF', [2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
const MZ = bytes('MZ', [0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);

describe('sniffFileType', () => {
  it('knows PDF, PNG, JPEG and every WebP flavour by their first bytes', () => {
    expect(sniffFileType(padded(PDF))).toBe('application/pdf');
    expect(sniffFileType(padded(PNG))).toBe('image/png');
    expect(sniffFileType(padded(JPEG))).toBe('image/jpeg');
    expect(sniffFileType(bytes([0xff, 0xd8, 0xff, 0xe1]))).toBe('image/jpeg'); // EXIF JPEG
    for (const chunk of ['VP8 ', 'VP8L', 'VP8X']) expect(sniffFileType(padded(WEBP(chunk)))).toBe('image/webp');
  });

  it('refuses executables whatever they are called (an ELF or a Windows MZ "renamed .pdf")', () => {
    expect(sniffFileType(padded(ELF))).toBeNull();
    expect(sniffFileType(padded(MZ))).toBeNull();
  });

  it('decides by bytes only: a PNG named .pdf is a PNG (the name never reaches the sniffer)', () => {
    expect(sniffFileType(padded(PNG))).toBe('image/png');
  });

  it('refuses the empty file and truncated headers', () => {
    expect(sniffFileType(new Uint8Array(0))).toBeNull();
    expect(sniffFileType(bytes('%PDF'))).toBeNull(); // the dash is part of the signature
    expect(sniffFileType(PNG.slice(0, 7))).toBeNull();
    expect(sniffFileType(bytes([0xff, 0xd8]))).toBeNull();
    expect(sniffFileType(WEBP('VP8X').slice(0, 12))).toBeNull(); // RIFF…WEBP without its first chunk
    expect(sniffFileType(WEBP('VP8X').slice(0, 14))).toBeNull();
  });

  it('refuses look-alikes: other RIFF files, a PDF signature not at the start, text, HTML, SVG, ZIP', () => {
    expect(sniffFileType(padded(bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ')))).toBeNull();
    expect(sniffFileType(padded(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPABCD')))).toBeNull();
    expect(sniffFileType(padded(bytes(' %PDF-1.4')))).toBeNull();
    expect(sniffFileType(padded(bytes('listing,type\nA1,COUNTERFEIT\n')))).toBeNull();
    expect(sniffFileType(padded(bytes('<html><script>alert(1)</script>')))).toBeNull();
    expect(sniffFileType(padded(bytes('<svg xmlns="http://www.w3.org/2000/svg">')))).toBeNull();
    expect(sniffFileType(padded(bytes('PK', [3, 4, 20, 0])))).toBeNull();
  });

  it('needs no more than SNIFF_BYTES', () => {
    for (const head of [PDF, PNG, JPEG, WEBP('VP8L')]) {
      const first = padded(head).slice(0, SNIFF_BYTES);
      expect(sniffFileType(first)).not.toBeNull();
    }
  });
});

describe('accepted types per kind', () => {
  it('takes images and PDFs for every kind of evidence and paper, and only CSV for bulk filing', () => {
    for (const kind of DOCUMENT_KINDS) {
      const types = [...ACCEPTED_TYPES[kind]].sort();
      if (kind === 'BULK_CLAIM_CSV') expect(types).toEqual(['text/csv']);
      else expect(types).toEqual(['application/pdf', 'image/jpeg', 'image/png', 'image/webp']);
    }
    expect(acceptsType('SCREENSHOT', 'text/csv')).toBe(false);
    expect(acceptsType('BULK_CLAIM_CSV', 'application/pdf')).toBe(false);
    expect(acceptsType('TRADEMARK_CERTIFICATE', 'image/webp')).toBe(true);
  });

  it('covers every document kind of the schema', () => {
    expect([...DOCUMENT_KINDS].sort()).toEqual(
      [
        'INVOICE',
        'AUTHORIZATION_LETTER',
        'TRADEMARK_CERTIFICATE',
        'POWER_OF_ATTORNEY',
        'TEST_PURCHASE',
        'SCREENSHOT',
        'COMPARISON',
        'BUSINESS_LICENCE',
        'IDENTITY_DOCUMENT',
        'BULK_CLAIM_CSV',
        'OTHER',
      ].sort(),
    );
    expect(isDocumentKind('INVOICE')).toBe(true);
    expect(isDocumentKind('invoice')).toBe(false);
    expect(isDocumentKind('toString')).toBe(false);
    expect(isDocumentKind(null)).toBe(false);
  });

  it('labels and file-picker hints follow the rules', () => {
    expect(acceptedTypeLabels('TEST_PURCHASE')).toBe('PNG, JPEG, WebP, PDF');
    expect(acceptedTypeLabels('INVOICE')).toBe('PDF, PNG, JPEG, WebP');
    expect(acceptAttribute('BULK_CLAIM_CSV')).toBe('text/csv,.csv');
    expect(acceptAttribute('INVOICE').split(',')).toEqual(expect.arrayContaining(['application/pdf', '.pdf', 'image/jpeg', '.jpg', '.jpeg']));
  });
});

describe('Utf8TextCheck (bulk-filing CSV)', () => {
  const check = (...chunks: Uint8Array[]) => {
    const text = new Utf8TextCheck();
    for (const chunk of chunks) if (!text.push(chunk)) return false;
    return text.finish();
  };
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('accepts UTF-8 text, with or without a byte-order mark, in any chunking', () => {
    expect(check(utf8('listing,type,note\nLST-1,COUNTERFEIT,假货\n'))).toBe(true);
    expect(check(bytes([0xef, 0xbb, 0xbf]), utf8('a,b\n'))).toBe(true);
    const chinese = utf8('商标'); // 3 bytes a character: split one in the middle
    expect(check(chinese.slice(0, 2), chinese.slice(2))).toBe(true);
  });

  it('refuses NUL bytes, invalid sequences and a character cut off at the end', () => {
    expect(check(utf8('a,b'), bytes([0]), utf8('\n'))).toBe(false);
    expect(check(bytes([0x61, 0xff, 0x62]))).toBe(false); // 0xFF is never UTF-8
    expect(check(bytes([0xc3, 0x28]))).toBe(false);
    expect(check(utf8('商').slice(0, 2))).toBe(false);
    expect(check(padded(ELF))).toBe(false);
    expect(check(bytes('latin-1 caf', [0xe9]))).toBe(false);
  });

  it('stays invalid once it has seen an invalid chunk', () => {
    const text = new Utf8TextCheck();
    expect(text.push(bytes([0]))).toBe(false);
    expect(text.push(utf8('fine'))).toBe(false);
    expect(text.finish()).toBe(false);
  });
});

describe('sanitiseFileName', () => {
  it('keeps ordinary names in any script', () => {
    expect(sanitiseFileName('Test purchase 2026-03.jpg')).toBe('Test purchase 2026-03.jpg');
    expect(sanitiseFileName('商标注册证 第123号.pdf')).toBe('商标注册证 第123号.pdf');
  });

  it('drops directories, whichever separator the browser used', () => {
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('C:\\fakepath\\invoice.pdf')).toBe('invoice.pdf');
    expect(sanitiseFileName('/')).toBe('document');
  });

  it('removes control and bidirectional-override characters (no "evil‮fdp.exe" tricks)', () => {
    expect(sanitiseFileName('evil\u202efdp.exe')).toBe('evilfdp.exe');
    expect(sanitiseFileName('a\u0000b\r\nc\u007f.pdf')).toBe('ab c.pdf'); // line breaks become a space
    expect(sanitiseFileName('zero\u200bwidth.pdf')).toBe('zerowidth.pdf');
  });

  it('replaces characters file systems and headers choke on, and trims dots and spaces', () => {
    expect(sanitiseFileName('a<b>c:d"e|f?g*.pdf')).toBe('a_b_c_d_e_f_g_.pdf');
    expect(sanitiseFileName('  ..hidden.pdf.. ')).toBe('hidden.pdf');
    expect(sanitiseFileName('many    spaces\there.pdf')).toBe('many spaces here.pdf');
  });

  it('never yields an empty name or a Windows device name', () => {
    expect(sanitiseFileName('')).toBe('document');
    expect(sanitiseFileName(null)).toBe('document');
    expect(sanitiseFileName('...')).toBe('document');
    expect(sanitiseFileName('\u202e')).toBe('document');
    expect(sanitiseFileName('CON')).toBe('_CON');
    expect(sanitiseFileName('nul.pdf')).toBe('_nul.pdf');
    expect(sanitiseFileName('console.pdf')).toBe('console.pdf');
  });

  it('shortens long names but keeps the extension', () => {
    const name = sanitiseFileName(`${'x'.repeat(400)}.pdf`);
    expect([...name].length).toBeLessThanOrEqual(150);
    expect(name.endsWith('.pdf')).toBe(true);
    const chinese = sanitiseFileName(`${'证'.repeat(300)}.png`);
    expect([...chinese].length).toBeLessThanOrEqual(150);
    expect(chinese.endsWith('证.png')).toBe(true);
  });

  it('normalises to NFC (one spelling of "é")', () => {
    expect(sanitiseFileName('cafe\u0301.pdf')).toBe('caf\u00e9.pdf');
  });
});

describe('fileNameForType', () => {
  it('gives the file the extension of its real type', () => {
    expect(fileNameForType('scan.pdf', 'image/png')).toBe('scan.png');
    expect(fileNameForType('photo.JPEG', 'image/jpeg')).toBe('photo.JPEG');
    expect(fileNameForType('photo.jpg', 'image/jpeg')).toBe('photo.jpg');
    expect(fileNameForType('certificate', 'application/pdf')).toBe('certificate.pdf');
    expect(fileNameForType('report.v2', 'application/pdf')).toBe('report.v2.pdf');
    expect(fileNameForType('rows.txt', 'text/csv')).toBe('rows.txt.csv');
  });
});

describe('contentDisposition', () => {
  it('carries an ASCII fallback and the exact name per RFC 5987', () => {
    expect(contentDisposition('attachment', 'invoice 2026.pdf')).toBe(
      `attachment; filename="invoice 2026.pdf"; filename*=UTF-8''invoice%202026.pdf`,
    );
    expect(contentDisposition('inline', '商标.png')).toBe(`inline; filename="__.png"; filename*=UTF-8''%E5%95%86%E6%A0%87.png`);
  });

  it('cannot be broken out of: quotes, semicolons, newlines and percent signs never get through raw', () => {
    const header = contentDisposition('attachment', 'a";\r\nSet-Cookie: x=1; b%.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    const [, fallback] = /filename="([^"]*)"/.exec(header)!;
    expect(fallback).not.toMatch(/[";%\\]/);
    expect(header).toMatch(/filename\*=UTF-8''[A-Za-z0-9%._~!$&+,=@^`|{}#-]+$/);
  });
});
