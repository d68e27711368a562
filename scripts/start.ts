// `npm start` (production) and `npm run dev` (--dev): everything between a fresh clone and a
// running portal, in this order:
//   1. validate the environment (lib/env.ts), naming what is missing;
//   2. embedded database: take the data directory's lock FIRST, so a second `npm start` on the
//      same directory is refused before it builds or touches anything;
//   3. build when .next is missing or older than the sources (production only);
//   4. migrate, and load the demo data into an empty database;
//   5. run `next start` (or `next dev`), handing it the lock: the server adopts the same lock
//      token, so the directory has exactly one owner at every moment.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeTarget, openDatabase, type DatabaseTarget } from '../lib/db/connection';
import { DatabaseLockedError, acquireDirectoryLock, type HeldLock } from '../lib/db/lock';
import { applyMigrations, createSchemaEngine } from '../lib/db/schema-engine';
import { EnvError, loadEnv, type Env } from '../lib/env';
import { seedIfEmpty } from './seed';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NEXT_BIN = path.join(PROJECT_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const BUILD_DIR = path.join(PROJECT_ROOT, '.next');
const BUILD_STAMP = path.join(BUILD_DIR, 'assay-build-fingerprint');
// Outside .next, because `next build` empties .next when it starts.
const BUILD_LOCK_DIR = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'assay', 'next-build');

// Everything the production build is made from. A change to any of these rebuilds.
const BUILD_INPUT_DIRS = ['app', 'components', 'lib', 'messages', 'public'];
const BUILD_INPUT_FILES = [
  'prisma/schema.prisma',
  'next.config.ts',
  'package-lock.json',
  'postcss.config.mjs',
  'tsconfig.json',
  'proxy.ts',
  'instrumentation.ts',
];

const dev = process.argv.includes('--dev');

function log(message: string): void {
  console.log(`[assay] ${message}`);
}

class StartError extends Error {}

// ---------------------------------------------------------------------------------------------
// Child processes and signals

let child: ChildProcess | undefined;
let heldLock: HeldLock | undefined;
let stopping = false;

function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (osConstants.signals[signal] ?? 15);
}

function exitNow(code: number): never {
  heldLock?.release();
  process.exit(code);
}

function onSignal(signal: NodeJS.Signals): void {
  if (!child || child.exitCode !== null || child.signalCode !== null) {
    // Nothing running on our behalf (we are migrating, say): stop here. The lock goes
    // with us; committed database writes survive (PGlite, measured).
    exitNow(signalExitCode(signal));
  }
  // First signal: ask the child to stop (it shuts down gracefully). A second one: insist.
  child.kill(stopping ? 'SIGKILL' : signal);
  stopping = true;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);

/**
 * Runs a command to completion with inherited output. The child stays in our process
 * group, so a Ctrl-C or a kill of the whole group reaches it directly too.
 */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      child = undefined;
      resolve({ code, signal });
    });
  });
}

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  // next sets NODE_ENV itself (production for build/start, development for dev) and warns
  // about any other value inherited from the shell.
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extra };
  Reflect.deleteProperty(env, 'NODE_ENV'); // typed read-only by Next, but ours to drop here
  return env;
}

// ---------------------------------------------------------------------------------------------
// Build

function collectFiles(relativeDir: string, into: string[]): void {
  let entries;
  try {
    entries = readdirSync(path.join(PROJECT_ROOT, relativeDir), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    const relative = path.posix.join(relativeDir, entry.name);
    if (entry.isDirectory()) collectFiles(relative, into);
    else if (entry.isFile()) into.push(relative);
  }
}

/**
 * A hash of the build's inputs, by content (a fresh clone gives every file a new mtime, so
 * mtimes would rebuild needlessly), plus the NEXT_PUBLIC_* variables inlined at build time.
 */
function buildFingerprint(): string {
  const files: string[] = [];
  for (const dir of BUILD_INPUT_DIRS) collectFiles(dir, files);
  for (const file of BUILD_INPUT_FILES) if (existsSync(path.join(PROJECT_ROOT, file))) files.push(file);
  files.sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file).update('\0');
    hash.update(readFileSync(path.join(PROJECT_ROOT, file))).update('\0');
  }
  for (const name of Object.keys(process.env).filter((n) => n.startsWith('NEXT_PUBLIC_')).sort()) {
    hash.update(`${name}=${process.env[name]}\0`);
  }
  return hash.digest('hex');
}

function buildIsCurrent(fingerprint: string): boolean {
  if (!existsSync(path.join(BUILD_DIR, 'BUILD_ID'))) return false;
  try {
    return readFileSync(BUILD_STAMP, 'utf8').trim() === fingerprint;
  } catch {
    return false;
  }
}

/** Another `npm start` of this checkout (on another data directory) may be building. */
async function takeBuildLock(): Promise<HeldLock> {
  let told = false;
  for (;;) {
    try {
      return acquireDirectoryLock(BUILD_LOCK_DIR);
    } catch (error) {
      if (!(error instanceof DatabaseLockedError)) throw error;
      if (!told) log(`Waiting for the build run by process ${error.holder.pid} to finish…`);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

async function ensureBuild(): Promise<void> {
  if (buildIsCurrent(buildFingerprint())) {
    log('Build is up to date.');
    return;
  }
  const buildLock = await takeBuildLock();
  try {
    const fingerprint = buildFingerprint();
    if (buildIsCurrent(fingerprint)) {
      log('Build is up to date (built by another process meanwhile).');
      return;
    }
    log(existsSync(path.join(BUILD_DIR, 'BUILD_ID')) ? 'Sources changed since the last build: building…' : 'No build yet: building…');
    const started = Date.now();
    const { code, signal } = await run([NEXT_BIN, 'build'], childEnv({}));
    if (code !== 0) throw new StartError(`next build failed (${signal ?? `exit code ${code}`}).`);
    writeFileSync(BUILD_STAMP, fingerprint + '\n');
    log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    buildLock.release();
  }
}

// ---------------------------------------------------------------------------------------------
// Database

async function prepareDatabase(target: DatabaseTarget, lock: HeldLock | undefined): Promise<void> {
  log(`Database: ${describeTarget(target)}.`);
  // With the caller's lock, close() shuts PGlite but keeps the directory locked.
  const database = await openDatabase(target, lock ? { lock } : {});
  try {
    const engine = await createSchemaEngine(database.adapterFactory);
    try {
      const applied = await applyMigrations(engine);
      log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}.` : 'Migrations: up to date.');
    } finally {
      engine.free();
    }
    await seedIfEmpty(database.adapterFactory);
  } finally {
    await database.close();
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  process.chdir(PROJECT_ROOT);

  let env: Env;
  try {
    env = loadEnv();
  } catch (error) {
    if (error instanceof EnvError) throw new StartError(error.message);
    throw error;
  }

  if (env.database.kind === 'pglite') {
    try {
      heldLock = acquireDirectoryLock(env.database.directory);
    } catch (error) {
      if (error instanceof DatabaseLockedError) throw new StartError(error.message);
      throw error;
    }
  }

  if (!dev) await ensureBuild();
  await prepareDatabase(env.database, heldLock);

  const extra: Record<string, string> = { PORT: String(env.PORT) };
  if (heldLock) extra.ASSAY_DB_LOCK_TOKEN = heldLock.holder.token;
  // The embedded default generated (or read) its session secret above; hand it over so the
  // server never depends on finding the file itself.
  if (env.embedded) extra.NEXTAUTH_SECRET = env.authSecret;

  log(`Starting ${dev ? 'the development server' : 'the portal'} on http://localhost:${env.PORT}`);
  const { code, signal } = await run([NEXT_BIN, dev ? 'dev' : 'start', '-p', String(env.PORT)], childEnv(extra));
  // Stopped by our own forwarded signal: a normal end. Killed by someone else: say so.
  if (signal) return stopping ? 0 : signalExitCode(signal);
  return code ?? 1;
}

main().then(exitNow, (error: unknown) => {
  if (error instanceof StartError) {
    console.error(error.message);
  } else {
    console.error(error instanceof Error ? error.message : error);
    if (process.env.ASSAY_DEBUG) console.error(error);
  }
  exitNow(1);
});
