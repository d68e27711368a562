// A throwaway PostgreSQL 15 cluster for the bench, made the way .ci/run makes CI's: initdb
// into a fresh directory under /tmp (as user postgres when running as root: initdb refuses
// root), a free port, fsync off; stopped and removed by stop().
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export interface ThrowawayPostgres {
  url: string;
  stop(): void;
}

function postgresBinaries(): string {
  const preferred = '/usr/lib/postgresql/15/bin';
  if (existsSync(path.join(preferred, 'initdb'))) return preferred;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const bin = path.join(root, version, 'bin');
    if (existsSync(path.join(bin, 'initdb'))) return bin;
  }
  throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql: install postgresql, set BENCH_DATABASE_URL, or run with --only pglite');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinaries();
  // In /tmp, not $TMPDIR: user postgres must be able to reach it.
  const dir = mkdtempSync('/tmp/assay-bench-pg.');
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args]] : [path.join(bin, command), args];
    execFileSync(file, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
  };
  if (asRoot) {
    const { uid, gid } = userIds('postgres');
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  let started = false;
  const stop = () => {
    if (started) {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } catch {
        // already stopped
      }
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const port = await freePort();
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    run('pg_ctl', [
      '-D', data, '-l', path.join(dir, 'postgres.log'), '-w', '-t', '60',
      '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c shared_buffers=256MB -c max_wal_size=4GB`,
      'start',
    ]);
    started = true;
    return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

function userIds(name: string): { uid: number; gid: number } {
  const result = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const groups = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (result.status !== 0 || groups.status !== 0) throw new Error(`No user ${name} to run PostgreSQL as (initdb refuses root)`);
  return { uid: Number(result.stdout.trim()), gid: Number(groups.stdout.trim()) };
}
