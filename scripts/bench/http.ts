// Case 4 (`--case http`, PostgreSQL only): the reviewer queue page over HTTP, as a reviewer's
// browser gets it — session check, layout, the page's queries and the React render — against
// the same raw SQL floor as the data-layer case (scripts/bench/queue.ts).
//
// Subject: GET /review (and its filtered and deep variants) from a production server
// (`scripts/start.ts`, the way `npm start` runs; it builds first when the sources changed) on
// the generated database, signed in as the generated reviewer through next-auth's credentials
// endpoint, timed to the last byte of the body. Floor: the page's main query as raw SQL on the
// bench's own connection; the two alternate, as in every case.
//
// PostgreSQL only: on the embedded database the server owns the data directory under an
// exclusive lock (decision 0001), so the floor could not run beside it.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { BenchDatabase } from './database';
import { QUEUE_BOUND, rawQueueQuery, type QueueResult } from './queue';
import { timePair } from './stats';

export { QUEUE_BOUND };

/** Requests per URL before timing starts (see benchQueueHttp). */
const HTTP_WARMUP = 50;

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

/** Cookies of a response as one Cookie header value, merged over earlier ones. */
function withCookies(jar: Map<string, string>, response: Response): Map<string, string> {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair!.indexOf('=');
    if (at > 0) jar.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
  }
  return jar;
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

async function waitForServer(base: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (code ${server.exitCode}) before it answered`);
    try {
      if ((await fetch(`${base}/api/auth/csrf`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`the server did not answer within ${timeoutMs / 1000} s`);
}

async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  withCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  withCookies(jar, response);
  if (![...jar.keys()].some((k) => k.endsWith('session-token'))) {
    throw new Error(`signing in as ${email} gave no session (HTTP ${response.status}, cookies ${[...jar.keys()].join(', ')}): ${(await response.text()).slice(0, 300)}`);
  }
  return cookieHeader(jar);
}

export async function benchQueueHttp(
  database: BenchDatabase,
  ids: { brandId: string; reviewerEmail: string },
  options: { warmup: number; runs: number; log: (line: string) => void },
): Promise<QueueResult[]> {
  if (database.kind !== 'pg' || !database.url) throw new Error('The HTTP case runs on PostgreSQL only');
  const { QUEUE_PAGE_SIZE, getReviewQueue } = await import('../../lib/data/queue');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'assay-bench-http-'));
  options.log(`  starting the portal on ${base} (scripts/start.ts; builds first if the sources changed)…`);
  const server = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/start.ts'], {
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      PORT: String(port),
      DATABASE_URL: database.url,
      ASSAY_DATA_DIR: dataDir,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: randomBytes(32).toString('hex'),
      // The jobs would sweep a million generated listings while the page is timed.
      ASSAY_DISABLE_SCHEDULER: '1',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  server.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  try {
    await waitForServer(base, server, 900_000).catch((error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr}`);
    });
    const cookie = await signIn(base, ids.reviewerEmail, 'assay-demo-2026');
    const now = new Date();
    const first = await getReviewQueue({ role: 'REVIEWER' }, {}, 1, now);
    const deepPage = Math.max(1, Math.floor(first.pageCount * 0.9));
    const cases = [
      { name: 'first page', filters: {}, page: 1, query: '' },
      { name: 'brand + type filter', filters: { brand: ids.brandId, type: 'COUNTERFEIT' as const }, page: 1, query: `?brand=${ids.brandId}&type=COUNTERFEIT` },
      { name: `deep page (${deepPage} of ${first.pageCount})`, filters: {}, page: deepPage, query: `?page=${deepPage}` },
    ];
    const results: QueueResult[] = [];
    for (const c of cases) {
      const url = `${base}/review${c.query}`;
      const get = async () => {
        const response = await fetch(url, { headers: { cookie }, redirect: 'manual' });
        const body = await response.text();
        if (response.status !== 200) throw new Error(`GET ${url}: HTTP ${response.status}`);
        return body;
      };
      // The page must be the queue, with the rows the floor returns.
      const html = await get();
      const raw = rawQueueQuery(c.filters, c.page, QUEUE_PAGE_SIZE);
      const rows = (await database.query(raw.sql, raw.params)).rows;
      const missing = rows.filter((r) => !html.includes(String(r.reference)));
      if (rows.length === 0 || missing.length > 0) throw new Error(`GET ${url} does not show the floor's rows (${missing.length} of ${rows.length} missing)`);
      // A production server is the subject, and a production server has been running: V8
      // optimises the render path only after some tens of requests (a page of the portal took
      // twice as long for its first ~50 requests as after ~150). Three warm-up requests timed
      // a server still compiling itself, so the HTTP case warms each URL with at least
      // HTTP_WARMUP requests first (the page is rendered every time: nothing is cached).
      const { subject, floor } = await timePair(get, () => database.query(raw.sql, raw.params), { ...options, warmup: Math.max(options.warmup, HTTP_WARMUP) });
      results.push({ name: `over HTTP: ${c.name}`, page: c.page, total: rows.length, subject, floor, ratio: subject.p95 / floor.p95 });
      options.log(`  HTTP ${c.name}: page p50 ${subject.p50.toFixed(1)} / p95 ${subject.p95.toFixed(1)} ms, raw p50 ${floor.p50.toFixed(1)} / p95 ${floor.p95.toFixed(1)} ms`);
    }
    return results;
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once('exit', resolve)));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
