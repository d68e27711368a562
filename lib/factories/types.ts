// What a factory writes through: the application's client or a transaction client, so a
// test (or the seed) can build its rows inside one transaction. Type-only import: lib/db.ts
// is 'server-only' and must not be loaded by the seed script or the tests.
import type { Db, Tx } from '../db';

export type FactoryDb = Db | Tx;
