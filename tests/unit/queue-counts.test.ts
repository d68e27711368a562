// queueCountsFrom: the queue page's counts from one tally per status (lib/data/queue.ts reads
// the tally in one pass). It must give what separate counts under queueWhere gave.
import { describe, expect, it } from 'vitest';
import { queueCountsFrom, type QueueStatusTally } from '@/lib/domain/queue';

const tallies: QueueStatusTally[] = [
  { status: 'PENDING', all: 10, overdue: 3, dueSoon: 4, later: 2 }, // one without a due time
  { status: 'IN_REVIEW', all: 5, overdue: 1, dueSoon: 1, later: 3 },
  { status: 'INFO_REQUESTED', all: 4, overdue: 2, dueSoon: 1, later: 1 }, // paused clock
];

describe('queueCountsFrom', () => {
  it('without filters: every waiting item, overdue only where the clock runs', () => {
    expect(queueCountsFrom(tallies, {})).toEqual({
      total: 19,
      statusCounts: { PENDING: 10, IN_REVIEW: 5, INFO_REQUESTED: 4 },
      overdueCount: 4,
    });
  });

  it('a status filter narrows the total and the overdue count, not the per-status counts', () => {
    expect(queueCountsFrom(tallies, { status: 'IN_REVIEW' })).toEqual({
      total: 5,
      statusCounts: { PENDING: 10, IN_REVIEW: 5, INFO_REQUESTED: 4 },
      overdueCount: 1,
    });
    expect(queueCountsFrom(tallies, { status: 'INFO_REQUESTED' })).toMatchObject({ total: 4, overdueCount: 0 });
  });

  it('a due filter counts only items whose clock runs, in that window', () => {
    expect(queueCountsFrom(tallies, { due: 'dueSoon' })).toEqual({
      total: 5,
      statusCounts: { PENDING: 4, IN_REVIEW: 1, INFO_REQUESTED: 0 },
      overdueCount: 4,
    });
    expect(queueCountsFrom(tallies, { due: 'overdue', status: 'INFO_REQUESTED' })).toMatchObject({ total: 0, overdueCount: 0 });
  });

  it('a status with no items reads 0', () => {
    expect(queueCountsFrom([tallies[1]!], {})).toEqual({
      total: 5,
      statusCounts: { PENDING: 0, IN_REVIEW: 5, INFO_REQUESTED: 0 },
      overdueCount: 1,
    });
  });
});
