// The one Prisma client of the server process (lib/db/shared-client.ts): one per process,
// on globalThis, opened lazily, secrets omitted from every result unless a query asks for
// them by name. Import it from here in server code; 'server-only' keeps it out of any
// client bundle.
import 'server-only';
import { openSharedClient } from './db/shared-client';

export { OMIT_SECRETS, type Db, type Tx } from './db/shared-client';

export function db() {
  return openSharedClient();
}
