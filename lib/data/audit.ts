// Reading the audit log. Which objects' history a caller may read is the calling page's
// decision (it has already checked the object is the caller's to see); these functions
// only read.
import 'server-only';
import { db } from '../db';
import type { Role } from '../generated/prisma/enums';

export interface HistoryEvent {
  id: string;
  action: string;
  objectId: string;
  /** Null: the system acted (a scheduled job) or nobody was signed in (a sign-up). */
  actor: { id: string; name: string; role: Role | null } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ipAddress: string | null;
  createdAt: Date;
}

export const HISTORY_DEFAULT_LIMIT = 50;

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/** The latest events about one object, newest first, and whether older ones exist. */
export async function listObjectHistory(
  objectType: string,
  objectId: string | readonly string[],
  options: { limit?: number } = {},
): Promise<{ events: HistoryEvent[]; hasMore: boolean }> {
  const limit = Math.max(1, Math.min(options.limit ?? HISTORY_DEFAULT_LIMIT, 500));
  const ids = typeof objectId === 'string' ? [objectId] : [...objectId];
  if (ids.length === 0) return { events: [], hasMore: false };
  const prisma = await db();
  const rows = await prisma.auditEvent.findMany({
    // Several objects of one type at once (e.g. the items shown on one page of a claim).
    where: { objectType, objectId: ids.length === 1 ? ids[0]! : { in: ids } },
    orderBy: { id: 'desc' },
    take: limit + 1,
    select: {
      id: true,
      action: true,
      objectId: true,
      actorId: true,
      actorRole: true,
      before: true,
      after: true,
      ipAddress: true,
      createdAt: true,
      actor: { select: { name: true } },
    },
  });
  return {
    hasMore: rows.length > limit,
    events: rows.slice(0, limit).map((e) => ({
      id: e.id.toString(),
      action: e.action,
      objectId: e.objectId,
      // The role recorded with the event: what the actor was when they acted.
      actor: e.actorId && e.actor ? { id: e.actorId, name: e.actor.name, role: e.actorRole } : null,
      before: asRecord(e.before),
      after: asRecord(e.after),
      ipAddress: e.ipAddress,
      createdAt: e.createdAt,
    })),
  };
}
