// Runs once when the server process starts (never during `next build`). Opening the
// database here rather than on the first request means: the server adopts the embedded
// database's lock from `npm start` at once (so the lock names the process that really
// owns the directory), and a database that cannot be opened fails the start, not a user's
// first page. Then the scheduled jobs start (lib/jobs/server.ts) and the evidence store
// sweeps what interrupted uploads left behind.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { openSharedClient } = await import('./lib/db/shared-client');
  await openSharedClient();
  const { startUploadSweeps } = await import('./lib/documents/sweep');
  startUploadSweeps();
  (await import('./lib/jobs/server')).startBackgroundJobs();
}
