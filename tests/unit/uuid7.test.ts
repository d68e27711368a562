// Ids for rows inserted with raw SQL: UUID version 7, ordered by creation time like the ids
// Prisma's @default(uuid(7)) makes.
import { describe, expect, it } from 'vitest';
import { uuid7 } from '@/lib/uuid7';

describe('uuid7', () => {
  it('is a version-7, variant-1 UUID carrying the time in its first 48 bits', () => {
    const at = Date.UTC(2026, 11, 1, 23, 0, 0, 123);
    const id = uuid7(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('sorts by time and never repeats', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => uuid7(1_700_000_000_000 + i));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(Array.from({ length: 1000 }, () => uuid7(1_700_000_000_000))).size).toBe(1000);
  });
});
