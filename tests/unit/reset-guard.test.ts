// db:reset wipes data, so it only runs on the embedded database or a local server.
import { describe, expect, it } from 'vitest';
import { assertResettable } from '@/lib/db/reset-guard';

const postgres = (url: string) => ({ kind: 'postgres' as const, url });

describe('assertResettable', () => {
  it('allows the embedded and in-memory databases', () => {
    expect(() => assertResettable({ kind: 'pglite', directory: '/srv/assay/data/pglite' })).not.toThrow();
    expect(() => assertResettable({ kind: 'pglite-memory' })).not.toThrow();
  });

  it.each(['postgres://u:p@localhost:5432/assay_test', 'postgres://127.0.0.1:55432/x', 'postgresql://127.0.1.1/x', 'postgres://[::1]:5432/x'])(
    'allows a local server: %s',
    (url) => {
      expect(() => assertResettable(postgres(url))).not.toThrow();
    },
  );

  it.each([
    'postgres://u:p@db.example.com:5432/assay',
    'postgres://10.0.0.12/assay',
    'postgres://localhost.evil.example/assay',
    'postgres://prod-db/assay',
    'postgres://127.attacker.example/assay',
  ])('refuses a non-local host: %s', (url) => {
    expect(() => assertResettable(postgres(url))).toThrow(/Refusing to reset/);
  });

  it('names the host it refused', () => {
    expect(() => assertResettable(postgres('postgres://db.example.com/assay'))).toThrow(/db\.example\.com/);
  });
});
