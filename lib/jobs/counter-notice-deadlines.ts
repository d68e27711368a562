// Enforces the brand's response window on counter-notices: once it passes without a
// response, the counter-notice is ready for a reviewer's decision and the reviewers, the
// seller and the brand are told — once (lib/data/counter-notices.ts closeLapsedBrandWindows
// claims each counter-notice by setting brandWindowClosedAt where it is still null).
// The seller's own window needs no job: it is read against the clock when filing.
import { closeLapsedBrandWindows } from '../data/counter-notices';
import type { Job } from './job';

export const counterNoticeDeadlinesJob: Job = {
  name: 'counter-notice-deadlines',
  description: "Close brands' response windows on counter-notices that passed without a response, and tell reviewers and both parties",
  run: async ({ db, now }) => {
    const closed = await closeLapsedBrandWindows(db, now);
    return closed > 0 ? `${closed} counter-notice response window(s) closed` : null;
  },
};
