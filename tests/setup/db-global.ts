// globalSetup of the `db` project, in the main Vitest process. Gives the run an id that
// names its PostgreSQL test databases, and at the end drops every database of this run
// still on the server (a worker's own database lives as long as the worker, which ends
// without a hook to drop it). Nothing to do on the in-memory PGlite.
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { runOnServer, testServerUrl } from '../helpers/test-database';

export default function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  project.provide('assayTestRunId', runId);
  const server = testServerUrl();
  if (!server) return;
  const prefix = `assay_test_${runId}_`;
  return async function teardown() {
    const [rows] = (await runOnServer(server, [
      `SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'`,
    ])) as [{ datname: string }[]];
    if (rows.length) await runOnServer(server, rows.map((r) => `DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`));
  };
}
