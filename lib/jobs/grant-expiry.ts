// Right-to-sell grants: tell the seller once before a grant expires (grantExpiryNoticeDays),
// and end grants past their expiry — their listings of the brand are flagged with the grace
// period. Safe to run twice (lib/data/grant-expiry.ts claims each grant with a guarded update).
import { endExpiredGrants, sendGrantExpiryNotices } from '../data/grant-expiry';
import type { Job } from './job';

export const grantExpiryJob: Job = {
  name: 'grant-expiry',
  description: 'Tell sellers before their grants to sell a protected brand expire, and end expired grants (their listings are flagged)',
  run: async ({ db, now }) => {
    const noticed = await sendGrantExpiryNotices(db, now);
    const ended = await endExpiredGrants(db, now);
    return noticed + ended > 0 ? `${noticed} grant expiry notice(s), ${ended} grant(s) ended` : null;
  },
};
