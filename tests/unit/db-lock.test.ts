// One process owns an embedded database directory (lib/db/lock.ts). Exercised with a
// real second process: the fixture tests/fixtures/hold-db-lock.ts run through tsx.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseLockedError, acquireDirectoryLock, lockFilePath, type HeldLock } from '@/lib/db/lock';

const TSX = path.resolve('node_modules/.bin/tsx');
// Each test starts a second Node process through tsx: ~1 s on a quiet machine, several on a
// loaded one, so the unit project's 5 s default timed these out under load.
const CHILD_PROCESS_TIMEOUT = 30_000;
const FIXTURE = path.resolve('tests/fixtures/hold-db-lock.ts');

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function tempDatabaseDir(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'assay-lock-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  return path.join(root, 'pglite');
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts a process that takes the lock; resolves with the pid that holds it. */
async function holdLockInChild(directory: string, inheritToken?: string): Promise<{ child: ChildProcess; holderPid: number }> {
  const child = spawn(TSX, [FIXTURE, directory, ...(inheritToken ? [inheritToken] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
  let holderPid = 0;
  cleanups.push(() => {
    // tsx runs the script in a process of its own: stop both, by pid.
    for (const pid of [holderPid, child.pid]) {
      if (pid && isRunning(pid)) process.kill(pid, 'SIGKILL');
    }
  });
  holderPid = await new Promise<number>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`the lock holder did not start: ${err}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /locked (\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the lock holder exited (${code}): ${err}`));
    });
  });
  return { child, holderPid };
}

async function waitUntilGone(pid: number): Promise<void> {
  for (let i = 0; i < 200 && isRunning(pid); i++) await new Promise((r) => setTimeout(r, 25));
  expect(isRunning(pid)).toBe(false);
}

function take(directory: string, options?: { inheritToken?: string }): HeldLock {
  const lock = acquireDirectoryLock(directory, options);
  cleanups.push(() => lock.release());
  return lock;
}

describe('database directory lock', () => {
  it('refuses a second process, naming the process that holds the lock', async () => {
    const directory = tempDatabaseDir();
    const { holderPid } = await holdLockInChild(directory);
    let error: unknown;
    try {
      take(directory);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseLockedError);
    expect((error as DatabaseLockedError).holder.pid).toBe(holderPid);
    expect((error as DatabaseLockedError).message).toContain(`process ${holderPid}`);
    expect((error as DatabaseLockedError).message).toContain(directory);
    // The refused process wrote nothing: the lock file still names the holder.
    expect(JSON.parse(readFileSync(lockFilePath(directory), 'utf8')).pid).toBe(holderPid);
  }, CHILD_PROCESS_TIMEOUT);

  it('takes over a lock left behind by a process that no longer runs', async () => {
    const directory = tempDatabaseDir();
    const { holderPid } = await holdLockInChild(directory);
    process.kill(holderPid, 'SIGKILL'); // no exit hook runs: the lock file stays behind
    await waitUntilGone(holderPid);
    expect(existsSync(lockFilePath(directory))).toBe(true);

    const lock = take(directory);
    expect(lock.holder.pid).toBe(process.pid);
    expect(JSON.parse(readFileSync(lockFilePath(directory), 'utf8')).pid).toBe(process.pid);
  }, CHILD_PROCESS_TIMEOUT);

  it('takes over an unreadable, half-written lock file', () => {
    const directory = tempDatabaseDir();
    take(directory).release();
    writeFileSync(lockFilePath(directory), '{"pid":');
    expect(take(directory).holder.pid).toBe(process.pid);
  });

  it('adopts a live lock whose inherit token matches, and only then', async () => {
    const directory = tempDatabaseDir();
    const { holderPid } = await holdLockInChild(directory, 'handed-over-token');
    expect(() => take(directory, { inheritToken: 'some-other-token' })).toThrow(DatabaseLockedError);

    const lock = take(directory, { inheritToken: 'handed-over-token' });
    expect(isRunning(holderPid)).toBe(true);
    const recorded = JSON.parse(readFileSync(lockFilePath(directory), 'utf8'));
    expect(recorded).toMatchObject({ pid: process.pid, token: 'handed-over-token' });
    // Giving it up hands the directory back to the parent that still runs, never to nobody.
    lock.release();
    expect(JSON.parse(readFileSync(lockFilePath(directory), 'utf8'))).toMatchObject({ pid: holderPid, token: 'handed-over-token' });
  }, CHILD_PROCESS_TIMEOUT);

  it('releases on request, and a released lock can be taken again', () => {
    const directory = tempDatabaseDir();
    const first = take(directory);
    expect(() => take(directory)).toThrow(DatabaseLockedError); // the same process twice: still one owner
    first.release();
    expect(existsSync(lockFilePath(directory))).toBe(false);
    take(directory);
  });
});
