// The command-line tools as an operator runs them, each in a process of its own, on an
// embedded database in a temporary data directory:
//   npm run jobs:run -- <job|all>   (scripts/jobs.ts)
//   npm run audit:verify            (scripts/audit-verify.ts)
// including the polite refusal while another process (the portal) owns the directory.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseTarget } from '@/lib/db/connection';
import { acquireDirectoryLock } from '@/lib/db/lock';
import { OMIT_SECRETS, type Db } from '@/lib/db/shared-client';
import { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink';

const TSX = path.resolve('node_modules/.bin/tsx');
let dataDir: string;
let sink: SmtpSink;

/** The environment of a portal on the temporary data directory (never a real database). */
function commandEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASSAY_DATA_DIR: dataDir, ...extra };
  for (const name of ['DATABASE_URL', 'ASSAY_PGLITE_DIR', 'SMTP_URL', 'NEXTAUTH_URL', 'NEXTAUTH_SECRET', 'ASSAY_DB_LOCK_TOKEN']) {
    if (!(name in extra)) Reflect.deleteProperty(env, name);
  }
  return env;
}

/** Runs a script the way its npm command does (tsx, react-server conditions). */
function run(script: string, args: string[], extra: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['--conditions=react-server', script, ...args], { env: commandEnv(extra), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The embedded database of the temporary data directory, as the commands resolve it. */
const embeddedTarget = (): Extract<DatabaseTarget, { kind: 'pglite' }> => ({ kind: 'pglite', directory: path.join(dataDir, 'pglite') });

/** Opens the temporary database in this process (taking its lock), runs `fn`, closes it again. */
async function withDatabase<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const database = await openDatabase(embeddedTarget());
  const db: Db = new PrismaClient({ adapter: database.adapterFactory, omit: OMIT_SECRETS });
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
    await database.close();
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'assay-commands-'));
  sink = await startSmtpSink();
  const migrated = await run('scripts/db.ts', ['migrate']);
  expect(migrated.code, migrated.stderr).toBe(0);
});
afterAll(async () => {
  await sink?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run jobs:run', () => {
  it('lists the jobs without an argument and refuses an unknown one', async () => {
    const bare = await run('scripts/jobs.ts', []);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toContain('deliver-email');
    const unknown = await run('scripts/jobs.ts', ['no-such-job']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No job named "no-such-job"');
  });

  it('without SMTP_URL leaves e-mail in the outbox and says so', async () => {
    const id = await withDatabase(async (db) => (await db.emailOutbox.create({ data: { toAddress: 'dev@example.test', subject: 'Kept', bodyText: 'Kept here' } })).id);
    const result = await run('scripts/jobs.ts', ['all']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('SMTP_URL is unset');
    expect(result.stdout).toMatch(/deliver-email: nothing due/);
    expect(await withDatabase((db) => db.emailOutbox.findUniqueOrThrow({ where: { id } }))).toMatchObject({ status: 'PENDING', attempts: 0 });
  });

  it('with SMTP_URL delivers the outbox', async () => {
    const id = await withDatabase(async (db) => (await db.emailOutbox.create({ data: { toAddress: 'ops@example.test', subject: 'Over SMTP', bodyText: 'Delivered' } })).id);
    const result = await run('scripts/jobs.ts', ['deliver-email'], { SMTP_URL: sink.url });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/deliver-email: sent [1-9]\d*, to retry 0, failed 0/);
    expect(await withDatabase((db) => db.emailOutbox.findUniqueOrThrow({ where: { id } }))).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(sink.messages.filter((m) => m.header('Message-ID')?.includes(id))).toHaveLength(1);
  });

  it('refuses politely, changing nothing, while the portal owns the embedded database', async () => {
    const lock = acquireDirectoryLock(embeddedTarget().directory);
    try {
      const result = await run('scripts/jobs.ts', ['all'], { SMTP_URL: sink.url });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`The portal (process ${process.pid}) is running on the embedded database`);
      expect(result.stderr).toContain('Nothing was run');
    } finally {
      lock.release();
    }
  });
});

describe('npm run audit:verify', () => {
  it('reports an intact chain and exits 0', async () => {
    const result = await run('scripts/audit-verify.ts', []);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Audit chain intact: 0 events');
  });

  it('names the broken event and exits 1', async () => {
    await withDatabase(async (db) => {
      // Two events with valid hashes, then the first one's content changed.
      const { GENESIS_HASH, auditHash } = await import('@/lib/domain/audit-chain');
      const content = (action: string) => ({
        actorId: null,
        actorRole: null,
        organisationId: null,
        action,
        objectType: 'user',
        objectId: 'u-cli',
        before: null,
        after: { status: 'ACTIVE' },
        ipAddress: null,
        userAgent: null,
        createdAt: new Date('2026-11-22T10:00:00.000Z'),
      });
      const first = content('user.signUp');
      const firstHash = auditHash(GENESIS_HASH, first);
      const second = content('user.disable');
      await db.auditEvent.create({ data: { ...first, before: Prisma.DbNull, prevHash: GENESIS_HASH, hash: firstHash } });
      await db.auditEvent.create({ data: { ...second, before: Prisma.DbNull, prevHash: firstHash, hash: auditHash(firstHash, second) } });
      await db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"');
        await tx.$executeRawUnsafe(`UPDATE "AuditEvent" SET "after" = '{"status":"DISABLED"}' WHERE "action" = 'user.signUp'`);
        await tx.$executeRawUnsafe('ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"');
      });
    });
    const result = await run('scripts/audit-verify.ts', []);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Audit chain BROKEN at event \d+ \(2026-11-22T10:00:00\.000Z, user\.signUp on user u-cli\)/);
  });
});
