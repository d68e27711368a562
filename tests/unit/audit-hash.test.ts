// The audit chain's hashing (lib/domain/audit-chain.ts).
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, auditHash, canonicalJson, findChainBreak, type AuditContent } from '@/lib/domain/audit-chain';

const content = (overrides: Partial<AuditContent> = {}): AuditContent => ({
  actorId: 'u1',
  actorRole: 'ADMIN',
  organisationId: 'o1',
  action: 'user.disable',
  objectType: 'User',
  objectId: 'u2',
  before: { status: 'ACTIVE' },
  after: { status: 'DISABLED' },
  ipAddress: '198.51.100.1',
  userAgent: 'test',
  createdAt: new Date('2026-02-03T04:05:06.007Z'),
  ...overrides,
});

function buildChain(contents: AuditContent[]) {
  let prevHash = GENESIS_HASH;
  return contents.map((c, i) => {
    const hash = auditHash(prevHash, c);
    const event = { ...c, id: BigInt(i + 1), prevHash, hash };
    prevHash = hash;
    return event;
  });
}

describe('canonical JSON', () => {
  it('does not depend on key order, at any depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 2 } })).toBe(canonicalJson({ a: { c: 2, d: [1, { y: 2, z: 1 }] }, b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('keeps array order, which is meaningful', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('writes dates as ISO strings and bigints as digits', () => {
    expect(canonicalJson({ at: new Date('2026-01-01T00:00:00Z'), n: 10n })).toBe('{"at":"2026-01-01T00:00:00.000Z","n":"10"}');
  });
});

describe('audit hash', () => {
  it('is the same for the same content in any key order', () => {
    const a = content({ before: { x: 1, y: { q: 1, p: 2 } } });
    const b = content({ before: { y: { p: 2, q: 1 }, x: 1 } });
    expect(auditHash(GENESIS_HASH, a)).toBe(auditHash(GENESIS_HASH, b));
    expect(auditHash(GENESIS_HASH, a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with the content, the time and the predecessor', () => {
    const base = auditHash(GENESIS_HASH, content());
    expect(auditHash(GENESIS_HASH, content({ after: { status: 'ACTIVE' } }))).not.toBe(base);
    expect(auditHash(GENESIS_HASH, content({ createdAt: new Date('2026-02-03T04:05:06.008Z') }))).not.toBe(base);
    expect(auditHash('1'.repeat(64), content())).not.toBe(base);
  });

  it('treats a missing before/after as null', () => {
    expect(auditHash(GENESIS_HASH, content({ before: undefined }))).toBe(auditHash(GENESIS_HASH, content({ before: null })));
  });

  it('hashes a stored row (with its id and hashes) the same as the content it was made from', () => {
    const [event] = buildChain([content()]);
    expect(auditHash(GENESIS_HASH, event!)).toBe(event!.hash);
  });
});

describe('findChainBreak', () => {
  const events = buildChain([content(), content({ objectId: 'u3' }), content({ objectId: 'u4' })]);

  it('accepts an intact chain', () => {
    expect(findChainBreak(events)).toBeNull();
    expect(findChainBreak([])).toBeNull();
  });

  it('finds an edited event', () => {
    const tampered = events.map((e, i) => (i === 1 ? { ...e, after: { status: 'ACTIVE' } } : e));
    expect(findChainBreak(tampered)?.id).toBe(2n);
  });

  it('finds a deleted event at its successor, and a reordering', () => {
    expect(findChainBreak([events[0]!, events[2]!])?.id).toBe(3n);
    expect(findChainBreak([events[1]!, events[0]!])?.id).toBe(2n);
  });

  it('can check a tail of the chain from a known hash', () => {
    expect(findChainBreak(events.slice(1), events[0]!.hash)).toBeNull();
    expect(findChainBreak(events.slice(1))?.id).toBe(2n);
  });
});
