import { describe, expect, it } from 'vitest';
import {
  DUE_FILTERS,
  DUE_SOON_MS,
  QUEUE_ORDER_BY,
  classifyDue,
  compareQueueItems,
  dueFilterWindow,
  dueLabel,
  roundDuration,
  type QueueOrderKey,
} from '@/lib/domain/queue';

const now = new Date('2026-03-10T12:00:00Z');
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);
const HOUR = 3_600_000;
// Queue priorities as filing sets them from the brand's tier.
const TRUSTED = 100;
const STANDARD = 0;

function item(id: string, priority: number, dueAt: Date | null, createdAt = now): QueueOrderKey {
  return { id, priority, dueAt, createdAt };
}

describe('queue order', () => {
  it('puts trusted brands first, then the earliest due, items without a due time last', () => {
    const items = [
      item('standard-early', STANDARD, at(1 * HOUR)),
      item('trusted-late', TRUSTED, at(40 * HOUR)),
      item('standard-none', STANDARD, null),
      item('trusted-early', TRUSTED, at(2 * HOUR)),
      item('standard-overdue', STANDARD, at(-3 * HOUR)),
    ];
    expect(items.sort(compareQueueItems).map((i) => i.id)).toEqual([
      'trusted-early',
      'trusted-late',
      'standard-overdue',
      'standard-early',
      'standard-none',
    ]);
  });

  it('breaks ties by age, then id, so pages never overlap', () => {
    const a = item('b', 0, at(HOUR), at(-2 * HOUR));
    const b = item('a', 0, at(HOUR), at(-1 * HOUR));
    const c = item('c', 0, at(HOUR), at(-1 * HOUR));
    expect([c, b, a].sort(compareQueueItems).map((i) => i.id)).toEqual(['b', 'a', 'c']);
  });

  it('orders the query the same way: priority, due (nulls last), age, id', () => {
    expect(QUEUE_ORDER_BY).toEqual([
      { priority: 'desc' },
      { dueAt: { sort: 'asc', nulls: 'last' } },
      { createdAt: 'asc' },
      { id: 'asc' },
    ]);
  });
});

describe('due state', () => {
  it('classifies running items by their due time', () => {
    expect(classifyDue({ status: 'PENDING', dueAt: at(-1) }, now)).toBe('overdue');
    expect(classifyDue({ status: 'IN_REVIEW', dueAt: at(0) }, now)).toBe('dueSoon');
    expect(classifyDue({ status: 'PENDING', dueAt: at(DUE_SOON_MS - 1) }, now)).toBe('dueSoon');
    expect(classifyDue({ status: 'PENDING', dueAt: at(DUE_SOON_MS) }, now)).toBe('later');
    expect(classifyDue({ status: 'PENDING', dueAt: null }, now)).toBe('none');
  });

  it('never calls an item waiting for the brand overdue: its clock is paused', () => {
    expect(classifyDue({ status: 'INFO_REQUESTED', dueAt: at(-10 * HOUR) }, now)).toBe('paused');
  });

  it('selects with each filter exactly the items classifyDue puts in that state', () => {
    const offsets = [-50 * HOUR, -1, 0, 1, 5 * HOUR, DUE_SOON_MS - 1, DUE_SOON_MS, DUE_SOON_MS + 1, 90 * HOUR];
    for (const filter of DUE_FILTERS) {
      const window = dueFilterWindow(filter, now);
      for (const offset of offsets) {
        const dueAt = at(offset);
        const inWindow =
          (!window.from || dueAt.getTime() >= window.from.getTime()) && (!window.before || dueAt.getTime() < window.before.getTime());
        expect(inWindow, `${filter} at ${offset}`).toBe(classifyDue({ status: 'PENDING', dueAt }, now) === filter);
      }
    }
  });
});

describe('due labels', () => {
  it('rounds down to the unit that reads naturally', () => {
    expect(roundDuration(30_000)).toEqual({ value: 1, unit: 'minute' });
    expect(roundDuration(59 * 60_000)).toEqual({ value: 59, unit: 'minute' });
    expect(roundDuration(5 * HOUR + 59 * 60_000)).toEqual({ value: 5, unit: 'hour' });
    expect(roundDuration(47 * HOUR)).toEqual({ value: 47, unit: 'hour' });
    expect(roundDuration(49 * HOUR)).toEqual({ value: 2, unit: 'day' });
    expect(roundDuration(-2 * HOUR)).toEqual({ value: 2, unit: 'hour' });
  });

  it('says "in 5 h" and "overdue by 2 h" as data', () => {
    expect(dueLabel({ status: 'PENDING', dueAt: at(5 * HOUR) }, now)).toEqual({ state: 'dueSoon', distance: { value: 5, unit: 'hour' } });
    expect(dueLabel({ status: 'PENDING', dueAt: at(-2 * HOUR) }, now)).toEqual({ state: 'overdue', distance: { value: 2, unit: 'hour' } });
    expect(dueLabel({ status: 'INFO_REQUESTED', dueAt: at(-2 * HOUR) }, now)).toEqual({ state: 'paused' });
    expect(dueLabel({ status: 'PENDING', dueAt: null }, now)).toEqual({ state: 'none' });
  });
});
