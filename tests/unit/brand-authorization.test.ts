import { describe, expect, it } from 'vitest';
import {
  authorizationStanding,
  CODE_ALPHABET,
  generateAuthorizationCode,
  isWellFormedAuthorizationCode,
  issueProblems,
  linkStanding,
  maxValidUntil,
  normalizeAuthorizationCode,
  type ChainLink,
} from '../../lib/domain/brand-authorization';

const from = new Date('2026-01-01T00:00:00Z');
const until = new Date('2027-01-01T00:00:00Z');
const active = (over: Partial<ChainLink> = {}): ChainLink => ({ status: 'ACTIVE', validFrom: from, validUntil: until, revokedAt: null, ...over });
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

describe('linkStanding at the boundaries', () => {
  it('is not yet valid one millisecond before validFrom and valid exactly at validFrom', () => {
    expect(linkStanding(active(), ms(from, -1))).toBe('NOT_YET_VALID');
    expect(linkStanding(active(), from)).toBe('VALID');
  });
  it('is valid one millisecond before validUntil and expired exactly at validUntil', () => {
    expect(linkStanding(active(), ms(until, -1))).toBe('VALID');
    expect(linkStanding(active(), until)).toBe('EXPIRED');
  });
  it('is revoked whatever the dates say', () => {
    expect(linkStanding(active({ status: 'REVOKED', revokedAt: from }), ms(from, 1000))).toBe('REVOKED');
    expect(linkStanding(active({ status: 'REVOKED', revokedAt: from }), ms(from, -1000))).toBe('REVOKED');
  });
});

describe('authorizationStanding over a chain', () => {
  const now = ms(from, 86_400_000);
  it('is valid when every link is valid', () => {
    expect(authorizationStanding([active(), active()], now)).toBe('VALID');
  });
  it('reads a child of a revoked parent as revoked', () => {
    expect(authorizationStanding([active(), active({ status: 'REVOKED', revokedAt: from })], now)).toBe('REVOKED');
  });
  it('reads a child of an expired grandparent as expired', () => {
    expect(authorizationStanding([active(), active(), active({ validUntil: ms(now, -1) })], now)).toBe('EXPIRED');
  });
  it('reads a child of a not-yet-valid parent as not yet valid', () => {
    expect(authorizationStanding([active(), active({ validFrom: ms(now, 1) })], now)).toBe('NOT_YET_VALID');
  });
  it('lets the authorization’s own state decide first', () => {
    expect(authorizationStanding([active({ validUntil: ms(now, -1) }), active({ status: 'REVOKED', revokedAt: from })], now)).toBe('EXPIRED');
  });
  it('prefers revoked over expired among ancestors', () => {
    expect(authorizationStanding([active(), active({ validUntil: ms(now, -1) }), active({ status: 'REVOKED', revokedAt: from })], now)).toBe('REVOKED');
  });
  it('treats an empty chain as revoked', () => {
    expect(authorizationStanding([], now)).toBe('REVOKED');
  });
});

describe('verification codes', () => {
  it('generates well-formed codes from the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateAuthorizationCode();
      expect(code).toMatch(/^AUR-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(isWellFormedAuthorizationCode(code)).toBe(true);
      expect(code.slice(4).replace(/-/g, '')).not.toMatch(/[01OILU]/);
    }
    expect(CODE_ALPHABET).toHaveLength(30);
  });
  it('does not repeat itself', () => {
    const codes = new Set(Array.from({ length: 500 }, generateAuthorizationCode));
    expect(codes.size).toBe(500);
  });
  it('normalises case, spaces and dashes', () => {
    expect(normalizeAuthorizationCode('aur-abcd-efgh-jkmn')).toBe('AUR-ABCD-EFGH-JKMN');
    expect(normalizeAuthorizationCode('  AUR ABCD EFGH JKMN ')).toBe('AUR-ABCD-EFGH-JKMN');
    expect(normalizeAuthorizationCode('aurabcdefghjkmn')).toBe('AUR-ABCD-EFGH-JKMN');
    expect(normalizeAuthorizationCode('AUR--ABCD—EFGH_JKMN')).toBe('AUR-ABCD-EFGH-JKMN');
  });
  it('refuses malformed codes', () => {
    expect(normalizeAuthorizationCode('')).toBeNull();
    expect(normalizeAuthorizationCode('AUR-ABCD-EFGH')).toBeNull();
    expect(normalizeAuthorizationCode('AUR-ABCD-EFGH-JKMNP')).toBeNull();
    expect(normalizeAuthorizationCode('XYZ-ABCD-EFGH-JKMN')).toBeNull();
    expect(normalizeAuthorizationCode('AUR-ABCD-EFGH-JKM0')).toBeNull();
    expect(normalizeAuthorizationCode('AUR-ABCD-EFGH-JKMI')).toBeNull();
  });
});

describe('issueProblems', () => {
  const now = ms(from, 1000);
  const lines = ['Handbags', 'Scarves', 'Watches'];
  const ok = { productLines: ['Handbags'], validFrom: from, validUntil: until };
  it('accepts a valid authorization', () => {
    expect(issueProblems(ok, lines, null, now)).toEqual([]);
  });
  it('refuses an empty scope and lines the brand does not have', () => {
    expect(issueProblems({ ...ok, productLines: [] }, lines, null, now)).toEqual([{ field: 'productLines', code: 'empty' }]);
    expect(issueProblems({ ...ok, productLines: ['Shoes'] }, lines, null, now)).toEqual([{ field: 'productLines', code: 'unknownLine' }]);
  });
  it('refuses validUntil at or before validFrom, and beyond five years', () => {
    expect(issueProblems({ ...ok, validUntil: from }, lines, null, now)).toEqual([{ field: 'validUntil', code: 'notAfterFrom' }]);
    expect(issueProblems({ ...ok, validUntil: maxValidUntil(from) }, lines, null, now)).toEqual([]);
    expect(issueProblems({ ...ok, validUntil: ms(maxValidUntil(from), 1) }, lines, null, now)).toEqual([{ field: 'validUntil', code: 'tooLong' }]);
  });
  it('keeps a child inside its parent’s scope and validity', () => {
    const parent = { chain: [active()], productLines: ['Handbags'], validFrom: from, validUntil: until };
    expect(issueProblems(ok, lines, parent, now)).toEqual([]);
    expect(issueProblems({ ...ok, productLines: ['Scarves'] }, lines, parent, now)).toEqual([{ field: 'productLines', code: 'outsideParent' }]);
    expect(issueProblems({ ...ok, validUntil: ms(until, 1) }, lines, parent, now)).toEqual([{ field: 'validUntil', code: 'outsideParent' }]);
    expect(issueProblems({ ...ok, validFrom: ms(from, -1) }, lines, parent, now)).toEqual([{ field: 'validFrom', code: 'outsideParent' }]);
  });
  it('refuses a parent that is not valid now', () => {
    const revoked = { chain: [active({ status: 'REVOKED', revokedAt: from })], productLines: ['Handbags'], validFrom: from, validUntil: until };
    expect(issueProblems(ok, lines, revoked, now)).toEqual([{ field: 'parentId', code: 'parentNotActive' }]);
  });
});

describe('protection rules', async () => {
  const { protectionRequiredFor, brandProductLines } = await import('../../lib/domain/brand-protection');
  it('forces protection for a listed category, whatever the case and spacing', () => {
    expect(protectionRequiredFor('Leather goods  and Handbags', ['leather goods and handbags'])).toBe(true);
    expect(protectionRequiredFor('Sneakers', ['leather goods and handbags'])).toBe(false);
    expect(protectionRequiredFor(null, ['x'])).toBe(false);
  });
  it('lists each product line once, sorted', () => {
    expect(brandProductLines([{ productLine: 'Tote' }, { productLine: 'Belt' }, { productLine: 'Tote' }])).toEqual(['Belt', 'Tote']);
  });
});
