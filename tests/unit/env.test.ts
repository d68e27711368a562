// The environment module (lib/env.ts): a deployment with DATABASE_URL must bring its own
// secrets; the embedded default makes one secret and keeps it.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EnvError, loadEnv } from '@/lib/env';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'assay-env-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SECRET = 'x'.repeat(40);
/** An environment with exactly these variables (NODE_ENV as a test runner sets it). */
const vars = (values: Record<string, string>): NodeJS.ProcessEnv => ({ NODE_ENV: 'test', ...values });

describe('loadEnv', () => {
  it('refuses a PostgreSQL deployment without its secrets, naming both', () => {
    let error: unknown;
    try {
      loadEnv(vars({ DATABASE_URL: 'postgres://assay:pw@db.internal:5432/assay', ASSAY_DATA_DIR: tempDir() }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as EnvError).message;
    expect(message).toContain('NEXTAUTH_SECRET');
    expect(message).toContain('NEXTAUTH_URL');
    expect((error as EnvError).problems).toHaveLength(2);
  });

  it('names only what is missing', () => {
    const attempt = () => loadEnv(vars({ DATABASE_URL: 'postgres://db.internal/assay', NEXTAUTH_SECRET: SECRET, ASSAY_DATA_DIR: tempDir() }));
    expect(attempt).toThrow(EnvError);
    expect(attempt).toThrow(/NEXTAUTH_URL/);
    expect(attempt).not.toThrow(/NEXTAUTH_SECRET/);
  });

  it('accepts a complete deployment and never writes a secret to disk for it', () => {
    const dir = tempDir();
    const env = loadEnv(vars({
      DATABASE_URL: 'postgres://db.internal/assay',
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: 'https://assay.example.com',
      ASSAY_DATA_DIR: dir,
    }));
    expect(env.embedded).toBe(false);
    expect(env.authSecret).toBe(SECRET);
    expect(env.secureCookies).toBe(true);
    expect(env.database).toEqual({ kind: 'postgres', url: 'postgres://db.internal/assay' });
    expect(() => statSync(path.join(dir, 'auth-secret'))).toThrow();
  });

  it('rejects a secret that is too short and a DATABASE_URL that is not PostgreSQL', () => {
    expect(() => loadEnv(vars({ NEXTAUTH_SECRET: 'short', ASSAY_DATA_DIR: tempDir() }))).toThrow(EnvError);
    expect(() => loadEnv(vars({ DATABASE_URL: 'mysql://db/assay', ASSAY_DATA_DIR: tempDir() }))).toThrow(/DATABASE_URL/);
  });

  it('embedded: generates the secret once into the data directory and returns the same one after', () => {
    const dir = tempDir();
    const first = loadEnv(vars({ ASSAY_DATA_DIR: dir }));
    expect(first.embedded).toBe(true);
    expect(first.authSecret.length).toBeGreaterThanOrEqual(32);
    expect(first.database).toEqual({ kind: 'pglite', directory: path.join(dir, 'pglite') });
    const file = path.join(dir, 'auth-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first.authSecret);
    expect(statSync(file).mode & 0o077).toBe(0); // readable by the owner only

    const second = loadEnv(vars({ ASSAY_DATA_DIR: dir }));
    expect(second.authSecret).toBe(first.authSecret);
    // Another data directory gets its own secret.
    expect(loadEnv(vars({ ASSAY_DATA_DIR: tempDir() })).authSecret).not.toBe(first.authSecret);
  });

  it('caps uploads at 25 MB unless ASSAY_MAX_UPLOAD_MB says otherwise, and refuses nonsense', () => {
    expect(loadEnv(vars({ ASSAY_DATA_DIR: tempDir() })).maxUploadBytes).toBe(25 * 1024 * 1024);
    expect(loadEnv(vars({ ASSAY_DATA_DIR: tempDir(), ASSAY_MAX_UPLOAD_MB: '' })).maxUploadBytes).toBe(25 * 1024 * 1024);
    const env = loadEnv(vars({ ASSAY_DATA_DIR: tempDir(), ASSAY_MAX_UPLOAD_MB: '100' }));
    expect(env.ASSAY_MAX_UPLOAD_MB).toBe(100);
    expect(env.maxUploadBytes).toBe(100 * 1024 * 1024);
    for (const bad of ['0', '-5', '2.5', 'lots', '5000']) {
      expect(() => loadEnv(vars({ ASSAY_DATA_DIR: tempDir(), ASSAY_MAX_UPLOAD_MB: bad })), bad).toThrow(/ASSAY_MAX_UPLOAD_MB/);
    }
  });
});
