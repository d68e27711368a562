// Who "the reviewers" are when the system has something for them to look at.
import 'server-only';
import type { Tx } from '../db';

/** Every active reviewer: the recipients of work the system opens (a counter-notice, a closure). */
export async function activeReviewerIds(tx: Tx): Promise<string[]> {
  const members = await tx.membership.findMany({
    where: { role: 'REVIEWER', user: { status: 'ACTIVE' } },
    select: { userId: true },
  });
  return [...new Set(members.map((m) => m.userId))];
}
