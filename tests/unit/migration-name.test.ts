// Migration directory names in Prisma's standard layout.
import { describe, expect, it } from 'vitest';
import { migrationDirectoryName } from '@/lib/db/migration-name';

const at = new Date('2026-11-22T13:05:09.123Z');

describe('migrationDirectoryName', () => {
  it('is the UTC timestamp and the snake-cased name', () => {
    expect(migrationDirectoryName('add_store_notes', at)).toBe('20261122130509_add_store_notes');
    expect(migrationDirectoryName('Add Store Notes!', at)).toBe('20261122130509_add_store_notes');
    expect(migrationDirectoryName('  brand--tier   lockout ', at)).toBe('20261122130509_brand_tier_lockout');
  });

  it('sorts in creation order', () => {
    const earlier = migrationDirectoryName('b', new Date('2026-01-02T00:00:00Z'));
    const later = migrationDirectoryName('a', new Date('2026-01-10T00:00:00Z'));
    expect([later, earlier].sort()).toEqual([earlier, later]);
  });

  it('refuses a name without letters or digits', () => {
    expect(() => migrationDirectoryName('', at)).toThrow(/name/);
    expect(() => migrationDirectoryName(' -_- ', at)).toThrow(/name/);
  });
});
