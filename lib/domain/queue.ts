// The reviewer queue's rules: which claim items are in it, in what order, and how their
// due time reads. The database does the ordering (index [status, priority, dueAt]); these
// pure rules say what that order is, so tests and the filing code agree with the query.
import type { Prisma } from '../generated/prisma/client';
import type { ClaimItemStatus, ClaimStatus } from '../generated/prisma/enums';

/** Claim items a reviewer still has to act on. */
export const QUEUE_STATUSES = ['PENDING', 'IN_REVIEW', 'INFO_REQUESTED'] as const satisfies readonly ClaimItemStatus[];
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/**
 * Statuses whose SLA clock runs. While the brand is asked for more information the clock
 * is paused (ClaimItem.slaPausedSeconds), so such an item is never "overdue".
 */
export const SLA_RUNNING_STATUSES = ['PENDING', 'IN_REVIEW'] as const satisfies readonly QueueStatus[];

export function isQueueStatus(status: string): status is QueueStatus {
  return (QUEUE_STATUSES as readonly string[]).includes(status);
}

export function slaRunning(status: string): boolean {
  return (SLA_RUNNING_STATUSES as readonly string[]).includes(status);
}

export interface QueueOrderKey {
  priority: number;
  dueAt: Date | null;
  createdAt: Date;
  id: string;
}

/**
 * The queue order: higher priority first (filing sets it from the brand's tier, so
 * trusted brands go to the front — journey 5), then the earliest due time (items without one
 * last), then the oldest, then id so that pages never overlap or skip an item.
 */
export function compareQueueItems(a: QueueOrderKey, b: QueueOrderKey): number {
  if (a.priority !== b.priority) return b.priority - a.priority;
  const aDue = a.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const bDue = b.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (aDue !== bDue) return aDue < bDue ? -1 : 1;
  if (a.createdAt.getTime() !== b.createdAt.getTime()) return a.createdAt.getTime() - b.createdAt.getTime();
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The same order in the shape of a Prisma `orderBy` for ClaimItem. */
export const QUEUE_ORDER_BY = [
  { priority: 'desc' },
  { dueAt: { sort: 'asc', nulls: 'last' } },
  { createdAt: 'asc' },
  { id: 'asc' },
] satisfies Prisma.ClaimItemOrderByWithRelationInput[];

export const DUE_SOON_MS = 24 * 60 * 60 * 1000;

/** What a reviewer may filter the queue by, as to due time. */
export const DUE_FILTERS = ['overdue', 'dueSoon', 'later'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

/** Where an item stands against its due time. */
export type DueState = 'overdue' | 'dueSoon' | 'later' | 'paused' | 'none';

export function classifyDue(item: { status: string; dueAt: Date | null }, now: Date): DueState {
  if (!slaRunning(item.status)) return 'paused';
  if (!item.dueAt) return 'none';
  const left = item.dueAt.getTime() - now.getTime();
  if (left < 0) return 'overdue';
  return left < DUE_SOON_MS ? 'dueSoon' : 'later';
}

/**
 * The due-time window a filter selects, for the query. Every window implies a running
 * SLA clock, so that the filter selects exactly the items classifyDue puts in that state.
 */
export function dueFilterWindow(filter: DueFilter, now: Date): { from?: Date; before?: Date } {
  const soon = new Date(now.getTime() + DUE_SOON_MS);
  switch (filter) {
    case 'overdue':
      return { before: now };
    case 'dueSoon':
      return { from: now, before: soon };
    case 'later':
      return { from: soon };
  }
}

export type DurationUnit = 'minute' | 'hour' | 'day';

/**
 * A distance in time, rounded down to the largest unit that reads naturally: minutes
 * below an hour (at least 1), hours below two days, days beyond.
 */
export function roundDuration(ms: number): { value: number; unit: DurationUnit } {
  const abs = Math.abs(ms);
  const minutes = Math.floor(abs / 60_000);
  if (minutes < 60) return { value: Math.max(1, minutes), unit: 'minute' };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { value: hours, unit: 'hour' };
  return { value: Math.floor(hours / 24), unit: 'day' };
}

export interface DueLabel {
  state: DueState;
  /** How far from the due time; absent when there is no running clock or no due time. */
  distance?: { value: number; unit: DurationUnit };
}

/** "in 5 h" / "overdue by 2 h" as data; the words come from the catalogue. */
export function dueLabel(item: { status: string; dueAt: Date | null }, now: Date): DueLabel {
  const state = classifyDue(item, now);
  if (state === 'paused' || state === 'none' || !item.dueAt) return { state };
  return { state, distance: roundDuration(item.dueAt.getTime() - now.getTime()) };
}

/** Items of claims never filed, or withdrawn, are not for a reviewer to decide. */
export const CLAIM_STATUSES_OUT_OF_QUEUE = ['DRAFT', 'WITHDRAWN'] as const satisfies readonly ClaimStatus[];

/**
 * Claims with at least one item in the queue, told by the claim's own (derived) status: a
 * submitted claim whose items are all waiting, one being reviewed, one waiting for the
 * brand's answer. DECIDED, DRAFT and WITHDRAWN claims have none.
 */
export const OPEN_CLAIM_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED'] as const satisfies readonly ClaimStatus[];

/** Items of one queue status under the brand and type filters, split by where their due time stands. */
export interface QueueStatusTally {
  status: QueueStatus;
  all: number;
  overdue: number;
  dueSoon: number;
  later: number;
}

export interface QueueCounts {
  /** Items the page lists, under every filter. */
  total: number;
  /** Items per queue status under the other filters (status left out). */
  statusCounts: Record<QueueStatus, number>;
  /** Overdue items under the other filters (due left out). */
  overdueCount: number;
}

/**
 * Every count the queue page shows, from one pass over the queue (per status, split by due
 * state) instead of one count per figure. Same rules as the query filters: a due filter
 * only selects items whose SLA clock runs (dueFilterWindow), and so does "overdue".
 */
export function queueCountsFrom(tallies: readonly QueueStatusTally[], filters: { status?: QueueStatus | undefined; due?: DueFilter | undefined }): QueueCounts {
  const byStatus = new Map(tallies.map((t) => [t.status, t]));
  const statusCounts = Object.fromEntries(
    QUEUE_STATUSES.map((status) => {
      const tally = byStatus.get(status);
      if (!tally) return [status, 0];
      if (!filters.due) return [status, tally.all];
      return [status, slaRunning(status) ? tally[filters.due] : 0];
    }),
  ) as Record<QueueStatus, number>;
  const listed: readonly QueueStatus[] = filters.status ? [filters.status] : QUEUE_STATUSES;
  const total = listed.reduce((sum, status) => sum + statusCounts[status], 0);
  const overdueCount = listed.filter(slaRunning).reduce((sum, status) => sum + (byStatus.get(status)?.overdue ?? 0), 0);
  return { total, statusCounts, overdueCount };
}
