// Sanctions filers who abuse the notice system (DSA Art 23): warns a filing organisation whose
// rejected and restored share passes the policy's ceiling, and suspends it from filing if the
// share is still above the ceiling once the warning's grace period is over. Safe to run twice
// and beside itself: lib/data/filing-sanctions.ts decides each organisation under a row lock,
// after re-reading its sanctions.
import { applyAbuseSanctions } from '../data/filing-sanctions';
import type { Job } from './job';

export const filingAbuseJob: Job = {
  name: 'filing-abuse',
  description: 'Warn, then suspend from filing, organisations whose rejected and restored share of decided claim items passes the ceiling',
  run: async ({ db, now }) => {
    const { warned, suspended } = await applyAbuseSanctions(db, now);
    return warned + suspended > 0 ? `${warned} filer(s) warned, ${suspended} suspended from filing` : null;
  },
};
