// npm run bench — how Assay's hot paths compare with the floor the database or the machine
// sets, measured in the same run, on PostgreSQL and on the embedded PGlite:
//
//   1. generation of a marketplace of realistic size (scripts/bench/generate.ts)
//   2. the reviewer queue page vs. the raw SQL of its main query   (bound: p95 ≤ 2×)
//   3. a 10,000-row bulk-filing CSV vs. a raw COPY of the same rows (bound: ≤ 3×)
//   4. a 25 MB upload: RSS growth (bound: ≤ 32 MB), time vs. sha256sum
//   5. the dashboards and the transparency report vs. the slowest raw SQL each runs (bound: p95 ≤ 3×)
//
// Figures are ratios: other processes on the machine slow subject and floor alike.
// Options: --scale <0–1> (default 1: 1,000,000 listings), --only pg|pglite, --runs <n>,
// --warmup <n>, --seed <n>, --explain (EXPLAIN ANALYZE of each raw queue query, and of each report page's four largest statements),
// --case queue|csv|upload|reports|http (only those cases, comma-separated or repeated; generation always runs).
// PostgreSQL: BENCH_DATABASE_URL (a fresh database is made on that server and dropped),
// else a throwaway PostgreSQL 15 cluster in /tmp, stopped at the end.
import os from 'node:os';
import { hashPassword } from '../../lib/auth/password';
import { benchCsvImport, CSV_BOUND, type CsvResult } from './csv';
import { installAsApplicationClient, openBenchPglite, openBenchPostgres, type BenchDatabase, type BenchDatabaseKind } from './database';
import { benchIds, generateBenchData, scaled, type GenerationStep } from './generate';
import { startThrowawayPostgres, type ThrowawayPostgres } from './postgres';
import { benchQueueHttp } from './http';
import { benchQueue, QUEUE_BOUND, type QueueResult } from './queue';
import { reportCases } from './report-cases';
import { benchReports, REPORT_BOUND, type ReportResult } from './reports';
import { seconds } from './stats';
import { benchUpload, UPLOAD_RSS_BOUND_MB, type UploadResult } from './upload';

interface Options {
  scale: number;
  only: BenchDatabaseKind | null;
  runs: number;
  warmup: number;
  seed: number;
  explain: boolean;
  /** The cases to run (all when not given). */
  cases: Set<BenchCase>;
}

const BENCH_CASES = ['queue', 'csv', 'upload', 'reports', 'http'] as const;
/** What runs without --case: the HTTP case needs a production build and runs only when asked. */
const DEFAULT_CASES: readonly BenchCase[] = ['queue', 'csv', 'upload', 'reports'];
type BenchCase = (typeof BENCH_CASES)[number];

function parseArgs(argv: string[]): Options {
  const options: Options = { scale: 1, only: null, runs: 20, warmup: 3, seed: 1, explain: false, cases: new Set<BenchCase>() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const number = (min: number, max: number) => {
      const n = Number(value());
      if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${arg} must be a number from ${min} to ${max}`);
      return n;
    };
    if (arg === '--scale') options.scale = number(0.0001, 10);
    else if (arg === '--only') {
      const v = value();
      if (v !== 'pg' && v !== 'pglite') throw new Error('--only takes pg or pglite');
      options.only = v;
    } else if (arg === '--runs') options.runs = Math.round(number(3, 1000));
    else if (arg === '--warmup') options.warmup = Math.round(number(0, 100));
    else if (arg === '--seed') options.seed = Math.round(number(0, 1e9));
    else if (arg === '--explain') options.explain = true;
    else if (arg === '--case') {
      for (const name of value().split(',')) {
        if (!(BENCH_CASES as readonly string[]).includes(name)) throw new Error(`--case takes ${BENCH_CASES.join(', ')}`);
        options.cases.add(name as BenchCase);
      }
    } else throw new Error(`Unknown option ${arg}. Options: --scale <0–1> --only pg|pglite --runs <n> --warmup <n> --seed <n> --explain --case ${BENCH_CASES.join('|')}`);
  }
  if (options.cases.size === 0) for (const name of DEFAULT_CASES) options.cases.add(name);
  return options;
}

interface DatabaseFigures {
  label: string;
  generationMs: number;
  steps: GenerationStep[];
  counts: Record<string, number>;
  queue: QueueResult[];
  csv: CsvResult | null;
  upload: UploadResult | null;
  reports: ReportResult[];
}

const log = (line: string) => console.log(line);
const PREFIX = 'bench';

async function countRows(database: BenchDatabase): Promise<Record<string, number>> {
  const tables = ['Listing', 'Claim', 'ClaimItem', 'Store', 'Brand', 'Organisation', 'User'];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await database.query(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = Number(rows[0]!.n);
  }
  const { rows } = await database.query(
    `SELECT count(*)::int AS n FROM "ClaimItem" ci JOIN "Claim" c ON c.id = ci."claimId"
      WHERE ci.status IN ('PENDING', 'IN_REVIEW', 'INFO_REQUESTED') AND c.status NOT IN ('DRAFT', 'WITHDRAWN')`,
  );
  counts['queue (open items)'] = Number(rows[0]!.n);
  return counts;
}

async function runOn(database: BenchDatabase, options: Options, passwordHash: string): Promise<DatabaseFigures> {
  const scale = scaled(options.scale);
  log(`\n── ${database.label} ──`);
  log(`Generating ${scale.listings.toLocaleString('en')} listings, ${scale.claims.toLocaleString('en')} claims, ${scale.stores.toLocaleString('en')} stores, ${scale.brands} brands (seed ${options.seed})…`);
  const started = performance.now();
  const steps = await generateBenchData((sql) => database.exec(sql), { prefix: PREFIX, seed: options.seed, scale, anchor: new Date(), passwordHash }, (step) =>
    log(`  ${step.table.padEnd(14)} ${seconds(step.ms)}`),
  );
  const generationMs = performance.now() - started;
  const counts = await countRows(database);
  log(`Generated in ${seconds(generationMs)}: ${Object.entries(counts).map(([t, n]) => `${t} ${n.toLocaleString('en')}`).join(', ')}`);

  installAsApplicationClient(database);
  const ids = benchIds(PREFIX);
  let queue: QueueResult[] = [];
  if (options.cases.has('queue')) {
    log('Reviewer queue (data-layer calls of app/(portal)/review/page.tsx vs. raw SQL of its main query):');
    queue = await benchQueue(database, { role: 'REVIEWER' }, ids.brandId, { warmup: options.warmup, runs: options.runs, explain: options.explain, log });
  }

  const agent = {
    id: ids.brandAgentId,
    email: ids.brandAgentEmail,
    name: 'Bench Agent 1',
    role: 'BRAND_AGENT' as const,
    organisationId: ids.brandOwnerOrganisationId,
    organisationName: 'Bench Brand Owner 1',
    organisationKind: 'BRAND_OWNER',
    locale: 'en',
  };
  if (options.cases.has('http')) {
    if (database.kind === 'pg') {
      log('Reviewer queue over HTTP (GET /review from a production server, signed in, vs. raw SQL of its main query):');
      queue = [...queue, ...(await benchQueueHttp(database, { brandId: ids.brandId, reviewerEmail: ids.reviewerEmail }, { warmup: options.warmup, runs: options.runs, log }))];
    } else {
      log('Reviewer queue over HTTP: skipped on PGlite (the server would own the data directory; the floor could not run beside it).');
    }
  }

  let reports: ReportResult[] = [];
  if (options.cases.has('reports')) {
    log('Dashboards and transparency report (data-layer calls of each page vs. the slowest raw SQL it runs):');
    reports = await benchReports(database, await reportCases(ids, new Date()), { warmup: options.warmup, runs: options.runs, explain: options.explain, log });
  }

  let csv: CsvResult | null = null;
  if (options.cases.has('csv')) {
    log('Bulk filing CSV (10,000 rows) vs. raw COPY of the same claim items:');
    csv = await benchCsvImport(database, agent, { brandId: ids.brandId, log });
  }

  let upload: UploadResult | null = null;
  if (options.cases.has('upload')) {
    log('Upload of 25 MB through storeUpload:');
    upload = await benchUpload(agent, { runs: 3, sizeMb: 25, log });
  }
  return { label: database.label, generationMs, steps, counts, queue, csv, upload, reports };
}

function verdict(pass: boolean): string {
  return pass ? 'PASS' : 'FAIL';
}

function printTable(figures: DatabaseFigures[]): boolean {
  const rows: string[][] = [['database', 'case', 'subject', 'floor', 'figure', 'bound', '']];
  let allPass = true;
  for (const f of figures) {
    rows.push([f.label, 'generation', seconds(f.generationMs), '', `${f.counts.Listing!.toLocaleString('en')} listings, ${f.counts.ClaimItem!.toLocaleString('en')} items`, '', '']);
    for (const q of f.queue) {
      const pass = q.ratio <= QUEUE_BOUND;
      allPass &&= pass;
      rows.push([f.label, `queue: ${q.name}`, `p95 ${q.subject.p95.toFixed(1)} ms (p50 ${q.subject.p50.toFixed(1)})`, `p95 ${q.floor.p95.toFixed(1)} ms (p50 ${q.floor.p50.toFixed(1)})`, `${q.ratio.toFixed(2)}×`, `≤ ${QUEUE_BOUND}×`, verdict(pass)]);
    }
    for (const r of f.reports) {
      const pass = r.ratio <= REPORT_BOUND;
      allPass &&= pass;
      rows.push([f.label, `report: ${r.name}`, `p95 ${r.subject.p95.toFixed(1)} ms (p50 ${r.subject.p50.toFixed(1)})`, `p95 ${r.floor.p95.toFixed(1)} ms (p50 ${r.floor.p50.toFixed(1)})`, `${r.ratio.toFixed(2)}×`, `≤ ${REPORT_BOUND}×`, verdict(pass)]);
    }
    if (f.csv) {
      const csvPass = f.csv.ratio <= CSV_BOUND;
      allPass &&= csvPass;
      rows.push([f.label, `bulk CSV ${f.csv.rows.toLocaleString('en')} rows`, `${f.csv.importMs.toFixed(0)} ms`, `${f.csv.floorMs.toFixed(0)} ms (${f.csv.floorKind})`, `${f.csv.ratio.toFixed(2)}×`, `≤ ${CSV_BOUND}×`, verdict(csvPass)]);
    }
    const u = f.upload;
    if (!u) continue;
    const pass = u.maxGrowthMb <= UPLOAD_RSS_BOUND_MB;
    allPass &&= pass;
    rows.push([f.label, `upload ${u.sizeMb} MB (${u.runs} runs)`, `${u.uploadMs.toFixed(0)} ms`, `${u.sha256sumMs.toFixed(0)} ms (sha256sum)`, `RSS +${u.maxGrowthMb.toFixed(1)} MB max; ${u.ratio.toFixed(1)}× time`, `≤ ${UPLOAD_RSS_BOUND_MB} MB`, verdict(pass)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  log('');
  for (const [n, row] of rows.entries()) {
    log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
    if (n === 0) log(widths.map((w) => '─'.repeat(w)).join('  '));
  }
  return allPass;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const cpus = os.cpus();
  log(`Assay bench — ${new Date().toISOString()} — ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, scale ${options.scale}, cases ${[...options.cases].join(', ')}`);
  log(`Load average at start: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  if (!(globalThis as { gc?: unknown }).gc) log('Note: run through npm run bench (node --expose-gc) to force GC before the upload baseline.');
  const passwordHash = await hashPassword('assay-demo-2026');
  const figures: DatabaseFigures[] = [];
  const kinds: BenchDatabaseKind[] = options.only ? [options.only] : ['pg', 'pglite'];
  let cluster: ThrowawayPostgres | undefined;
  const stopCluster = () => {
    cluster?.stop();
    cluster = undefined;
  };
  // The cluster must not outlive the bench, whatever ends it.
  process.once('exit', stopCluster);
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
  try {
    for (const kind of kinds) {
      let database: BenchDatabase;
      if (kind === 'pg') {
        const server = process.env.BENCH_DATABASE_URL?.trim();
        let label = 'PostgreSQL (BENCH_DATABASE_URL)';
        let url = server;
        if (!url) {
          cluster = await startThrowawayPostgres();
          url = cluster.url;
          label = 'PostgreSQL 15';
        }
        database = await openBenchPostgres(url, label);
      } else {
        database = await openBenchPglite();
      }
      try {
        figures.push(await runOn(database, options, passwordHash));
      } finally {
        await database.close();
        if (kind === 'pg') stopCluster();
      }
    }
  } finally {
    stopCluster();
  }
  log(`Load average at end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const allPass = printTable(figures);
  process.exitCode = allPass ? 0 : 1;
}

main()
  .then(() => process.exit(process.exitCode ?? 0))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (process.env.ASSAY_DEBUG ? error.stack : error.message) : error);
    process.exit(1);
  });
