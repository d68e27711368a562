// The database client of a `db` test worker: ONE database per worker (an in-memory PGlite
// costs ~3.5 s to start), migrated once, shared by every test file the worker runs. It is
// installed as the application's client (lib/db.ts reads globalThis.assayDb), so code in
// lib/data/* that calls db() talks to it. Tests never depend on each other's rows: the
// factories give every unique column a unique value.
import { OMIT_SECRETS, type Db } from '@/lib/db/shared-client';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { createMigratedDatabase, type TestDatabase } from './test-database';


interface WorkerDatabase {
  database: TestDatabase;
  client: Db;
}

const state = globalThis as unknown as { assayDb?: Promise<Db>; assayTestWorkerDb?: Promise<WorkerDatabase> };

async function openWorkerDatabase(): Promise<WorkerDatabase> {
  const database = await createMigratedDatabase();
  const client: Db = new PrismaClient({ adapter: database.adapterFactory, omit: OMIT_SECRETS });
  return { database, client };
}

/** Opens the worker's database once and installs its client as the application's. */
export async function installTestDatabase(): Promise<void> {
  state.assayTestWorkerDb ??= openWorkerDatabase();
  const { client } = await state.assayTestWorkerDb;
  state.assayDb = Promise.resolve(client);
}

/** The worker's client (the same one lib/db.ts's db() returns inside tests). */
export async function testDb(): Promise<Db> {
  await installTestDatabase();
  return (await state.assayTestWorkerDb!).client;
}

/** The driver adapter of the worker's database (for the schema engine). */
export async function testDatabaseAdapter() {
  await installTestDatabase();
  return (await state.assayTestWorkerDb!).database.adapterFactory;
}

/** Closes the worker's database (and drops it on PostgreSQL). */
export async function closeTestDatabase(): Promise<void> {
  const pending = state.assayTestWorkerDb;
  if (!pending) return;
  state.assayTestWorkerDb = undefined;
  state.assayDb = undefined;
  const { client, database } = await pending;
  await client.$disconnect();
  await database.close();
}
