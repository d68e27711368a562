import type { DatabaseTarget } from './connection';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** db:reset wipes data: only the embedded database or a PostgreSQL server on this machine. */
export function assertResettable(target: DatabaseTarget): void {
  if (target.kind !== 'postgres') return;
  const host = new URL(target.url).hostname;
  if (!LOCAL_HOSTS.has(host) && !host.startsWith('127.')) {
    throw new Error(
      `Refusing to reset the database on ${host}: db:reset only runs against the embedded database or a local test database (localhost).`,
    );
  }
}
