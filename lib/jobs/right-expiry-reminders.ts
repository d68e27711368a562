// Tells a brand's agents when one of its verified rights is about to expire
// (RIGHT_EXPIRY_NOTICE_DAYS ahead): after expiry no claim may rest on it (canCarryClaim),
// and renewing takes time. The expiry itself needs no job — it is read against the clock.
//
// Safe to run twice and to be cut off: each right is claimed by setting expiryNotifiedAt
// where it is still null, in the same transaction as its notification, so a reminder is
// written exactly once. Editing the expiry date clears the mark (lib/data/rights.ts).
import type { Db } from '../db/shared-client';
import { RIGHT_EXPIRY_NOTICE_DAYS, expiryReminderDue } from '../domain/rights';
import { agencyMayAct } from '../domain/standing';
import { notify } from '../notifications';
import type { Job } from './job';

const BATCH = 200;

export async function sendRightExpiryReminders(db: Db, now: Date): Promise<number> {
  const horizon = new Date(now.getTime() + RIGHT_EXPIRY_NOTICE_DAYS * 86_400_000);
  let sent = 0;
  for (;;) {
    const due = await db.right.findMany({
      where: { status: 'VERIFIED', expiryNotifiedAt: null, expiresAt: { gt: now, lte: horizon } },
      orderBy: [{ expiresAt: 'asc' }, { id: 'asc' }],
      take: BATCH,
      select: {
        id: true,
        status: true,
        expiresAt: true,
        expiryNotifiedAt: true,
        office: true,
        registrationNumber: true,
        brand: {
          select: {
            id: true,
            name: true,
            ownerOrganisationId: true,
            agencyAuthorizations: { where: { status: 'VERIFIED' }, select: { status: true, validUntil: true, agencyOrganisationId: true } },
          },
        },
      },
    });
    for (const right of due) {
      if (!expiryReminderDue(right, now)) continue;
      const written = await db.$transaction(async (tx) => {
        const { count } = await tx.right.updateMany({
          where: { id: right.id, status: 'VERIFIED', expiryNotifiedAt: null, expiresAt: right.expiresAt },
          data: { expiryNotifiedAt: now },
        });
        if (count === 0) return false; // another runner, or the agent changed it meanwhile
        const agencies = right.brand.agencyAuthorizations.filter((a) => agencyMayAct(a, now)).map((a) => a.agencyOrganisationId);
        await notify(tx, {
          type: 'rightExpiring',
          params: { rightName: `${right.office} ${right.registrationNumber}`, brandName: right.brand.name, expiresAt: right.expiresAt! },
          link: `/brand/brands/${right.brand.id}/rights/${right.id}`,
          recipients: { organisationIds: [right.brand.ownerOrganisationId, ...agencies] },
        });
        return true;
      });
      if (written) sent += 1;
    }
    if (due.length < BATCH) return sent;
  }
}

export const rightExpiryRemindersJob: Job = {
  name: 'right-expiry-reminders',
  description: `Tell brand agents ${RIGHT_EXPIRY_NOTICE_DAYS} days before a verified right expires`,
  run: async ({ db, now }) => {
    const sent = await sendRightExpiryReminders(db, now);
    return sent > 0 ? `${sent} right expiry reminder(s)` : null;
  },
};
