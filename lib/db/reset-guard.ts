import type { DatabaseTarget } from './connection';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** db:reset wipes data: only the embedded database or a PostgreSQL server on this machine. */
export function assertResettable(target: DatabaseTarget): void {
  if (target.kind !== 'postgres') return;
  const host = new URL(target.url).hostname;
  // The whole 127.0.0.0/8 loopback range, as an address: a name such as 127.example.com is not local.
  if (!LOCAL_HOSTS.has(host) && !/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) {
    throw new Error(
      `Refusing to reset the database on ${host}: db:reset only runs against the embedded database or a local test database (localhost).`,
    );
  }
}
