// ASSAY_TEST_CLOCK (the movable clock of /admin/jobs) is for the end-to-end tests' embedded
// database only: a real deployment that sets it refuses to start.
import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv } from '@/lib/env';

const REAL = { DATABASE_URL: 'postgres://assay@db/assay', NEXTAUTH_SECRET: 'x'.repeat(40), NEXTAUTH_URL: 'https://assay.example.com' };

describe('ASSAY_TEST_CLOCK', () => {
  it('is off unless set', () => {
    expect(loadEnv({ ...REAL } as unknown as NodeJS.ProcessEnv).ASSAY_TEST_CLOCK).toBe(false);
  });
  it('is refused on a real database', () => {
    expect(() => loadEnv({ ...REAL, ASSAY_TEST_CLOCK: '1' } as unknown as NodeJS.ProcessEnv)).toThrow(EnvError);
  });
  it('rejects a value that is not a flag', () => {
    expect(() => loadEnv({ ...REAL, ASSAY_TEST_CLOCK: 'yes' } as unknown as NodeJS.ProcessEnv)).toThrow(EnvError);
  });
});
