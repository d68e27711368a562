import { describe, expect, it } from 'vitest';
import { identityKeys, normaliseDocumentHash, normaliseEmail, normaliseLicenceNumber, normalisePhone } from '@/lib/domain/identity';

describe('identity keys', () => {
  it('normalises e-mail: case, spaces and a +tag do not make a new identity', () => {
    expect(normaliseEmail('  Owner+shop2@Example.COM ')).toBe('owner@example.com');
    expect(normaliseEmail('owner@example.com')).toBe('owner@example.com');
    expect(normaliseEmail('not-an-address')).toBe('not-an-address');
  });

  it('normalises phones to digits, keeping the international form', () => {
    expect(normalisePhone('+86 138-0013-8000')).toBe('+8613800138000');
    expect(normalisePhone('0086 138 0013 8000')).toBe('+8613800138000');
    expect(normalisePhone('(021) 5555 0101')).toBe('02155550101');
    expect(normalisePhone('12-34')).toBeNull();
  });

  it('normalises licence numbers to letters and digits', () => {
    expect(normaliseLicenceNumber('91-4403 00x')).toBe('91440300X');
    expect(normaliseLicenceNumber('ＯＲ １４７３')).toBe('OR1473');
    expect(normaliseLicenceNumber(' - ')).toBeNull();
  });

  it('accepts only a SHA-256 as a document hash', () => {
    expect(normaliseDocumentHash('A'.repeat(64))).toBe('a'.repeat(64));
    expect(normaliseDocumentHash('abc')).toBeNull();
  });

  it('collects distinct usable keys', () => {
    expect(
      identityKeys({ emails: ['A@x.test', 'a+1@x.test', null], phones: ['+1 555 0100 22', ''], licenceNumbers: ['ab-12', 'AB12'], identityDocumentHashes: [undefined] }),
    ).toEqual({ emails: ['a@x.test'], phones: ['+1555010022'], licenceNumbers: ['AB12'], identityDocumentHashes: [] });
  });
});
