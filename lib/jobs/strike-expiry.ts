// Marks strikes EXPIRED once their window has passed (lib/data/strike-expiry.ts). Safe to
// run twice: only ACTIVE strikes past their expiry move, and they move once.
import { expireDueStrikes } from '../data/strike-expiry';
import type { Job } from './job';

export const strikeExpiryJob: Job = {
  name: 'strike-expiry',
  description: 'Mark strikes whose policy window has passed as expired',
  run: async ({ db, now }) => {
    const expired = await expireDueStrikes(db, now);
    return expired > 0 ? `${expired} strike(s) expired` : null;
  },
};
