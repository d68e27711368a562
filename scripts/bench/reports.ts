// Case 5 (`--case reports`): the dashboards and the transparency report against the slowest
// raw SQL each of them runs (issue 5: "each page's server time p95 ≤ 3× its slowest raw SQL").
//
// Subject: exactly the data-layer calls a page makes on the server (as its page.tsx does,
// including its Promise.all), through the application's Prisma client. Rendering and the
// session check are not in it (the HTTP case shows what they add to the queue page).
// Floor: the page's own statements. The subject runs once through a client whose driver
// adapter records every SQL statement and its arguments; each statement is then replayed
// straight to the driver (pg or PGlite, no Prisma), and the slowest one by its median is the
// floor the subject is timed against, interleaved as in every case. No hand-written SQL can
// drift from what the page really runs.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';
import { OMIT_SECRETS, type Db } from '../../lib/db/shared-client';
import { PrismaClient } from '../../lib/generated/prisma/client';
import { installAsApplicationClient, type BenchDatabase } from './database';
import { quantile, timePair, type Timing } from './stats';

export const REPORT_BOUND = 3;

export interface ReportCase {
  name: string;
  /** What the page's server code calls, with the page's arguments. */
  run: () => Promise<unknown>;
}

export interface ReportResult {
  name: string;
  statements: number;
  /** The slowest statement's first line, for the printout. */
  slowest: string;
  subject: Timing;
  floor: Timing;
  ratio: number;
}

interface Recorded {
  sql: string;
  args: unknown[];
}

function recordingTransaction(tx: Transaction, into: Recorded[]): Transaction {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property === 'queryRaw' || property === 'executeRaw') {
        return (query: SqlQuery) => {
          into.push({ sql: query.sql, args: query.args });
          return property === 'queryRaw' ? target.queryRaw(query) : target.executeRaw(query);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** A driver adapter factory that records every statement it is asked to run. */
function recordingFactory(factory: SqlDriverAdapterFactory, into: Recorded[]): SqlDriverAdapterFactory {
  const wrap = (adapter: SqlDriverAdapter): SqlDriverAdapter =>
    new Proxy(adapter, {
      get(target, property, receiver) {
        if (property === 'queryRaw' || property === 'executeRaw') {
          return (query: SqlQuery) => {
            into.push({ sql: query.sql, args: query.args });
            return property === 'queryRaw' ? target.queryRaw(query) : target.executeRaw(query);
          };
        }
        if (property === 'startTransaction') {
          return async (...args: Parameters<SqlDriverAdapter['startTransaction']>) => recordingTransaction(await target.startTransaction(...args), into);
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  return new Proxy(factory, {
    get(target, property, receiver) {
      if (property === 'connect') return async () => wrap(await target.connect());
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The statements one run of `run` sends to the database. */
async function statementsOf(database: BenchDatabase, run: () => Promise<unknown>): Promise<Recorded[]> {
  const recorded: Recorded[] = [];
  const client: Db = new PrismaClient({ adapter: recordingFactory(database.adapterFactory, recorded), omit: OMIT_SECRETS });
  try {
    (globalThis as unknown as { assayDb?: Promise<Db> }).assayDb = Promise.resolve(client);
    await run();
  } finally {
    installAsApplicationClient(database);
    await client.$disconnect();
  }
  // Transaction control is not a query of the page's.
  return recorded.filter((r) => !/^\s*(BEGIN|COMMIT|ROLLBACK|SET TRANSACTION|SAVEPOINT|RELEASE)/i.test(r.sql));
}

export async function benchReports(
  database: BenchDatabase,
  cases: readonly ReportCase[],
  options: { warmup: number; runs: number; explain?: boolean; log: (line: string) => void },
): Promise<ReportResult[]> {
  installAsApplicationClient(database);
  const results: ReportResult[] = [];
  for (const c of cases) {
    const statements = await statementsOf(database, c.run);
    if (statements.length === 0) throw new Error(`${c.name}: the page ran no SQL`);
    // The slowest statement, by its median over a few runs of each.
    let slowest = { statement: statements[0]!, median: -1 };
    const medians: { statement: Recorded; median: number }[] = [];
    for (const statement of statements) {
      const samples: number[] = [];
      for (let i = 0; i < Math.max(3, options.warmup); i++) {
        const started = performance.now();
        await database.query(statement.sql, statement.args);
        samples.push(performance.now() - started);
      }
      const median = quantile(samples, 0.5);
      medians.push({ statement, median });
      if (median > slowest.median) slowest = { statement, median };
    }
    // Where the page's time goes: a page of many statements is bound by their sum, not by the
    // slowest, wherever they cannot run at once (PGlite runs one at a time).
    const total = medians.reduce((sum, m) => sum + m.median, 0);
    options.log(`  ${c.name}: statements' medians sum to ${total.toFixed(1)} ms; the largest:`);
    for (const m of [...medians].sort((a, b) => b.median - a.median).slice(0, 4)) {
      options.log(`      ${m.median.toFixed(1).padStart(8)} ms  ${m.statement.sql.replace(/\s+/g, ' ').trim().slice(0, 110)}`);
      if (options.explain) {
        const plan = await database.query(`EXPLAIN (ANALYZE, BUFFERS) ${m.statement.sql}`, m.statement.args);
        for (const row of plan.rows) options.log(`                 ${String(Object.values(row)[0])}`);
      }
    }
    const floorStatement = slowest.statement;
    const { subject, floor } = await timePair(c.run, () => database.query(floorStatement.sql, floorStatement.args), options);
    const firstLine = floorStatement.sql.replace(/\s+/g, ' ').trim().slice(0, 90);
    results.push({ name: c.name, statements: statements.length, slowest: firstLine, subject, floor, ratio: subject.p95 / floor.p95 });
    options.log(
      `  ${c.name}: ${statements.length} statement(s); page p50 ${subject.p50.toFixed(1)} / p95 ${subject.p95.toFixed(1)} ms, slowest raw p50 ${floor.p50.toFixed(1)} / p95 ${floor.p95.toFixed(1)} ms (${firstLine}…)`,
    );
  }
  return results;
}
