// The audit log is a hash chain: each event's hash covers its own content and the hash of
// the event before it, so changing or deleting any past event breaks every hash after it.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  actorId: string | null;
  actorRole: string | null;
  organisationId: string | null;
  action: string;
  objectType: string;
  objectId: string;
  before: unknown;
  after: unknown;
  ipAddress: string | null;
  userAgent: string | null;
  createdAt: Date;
}

/** JSON with object keys sorted, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return typeof v === 'bigint' ? v.toString() : v;
  });
}

export function auditHash(prevHash: string, content: AuditContent): string {
  // Exactly the content fields, picked by name: a stored row also carries its id and
  // hashes, which must not enter its own hash (the row is hashed before it has them).
  const body = canonicalJson({
    actorId: content.actorId,
    actorRole: content.actorRole,
    organisationId: content.organisationId,
    action: content.action,
    objectType: content.objectType,
    objectId: content.objectId,
    before: content.before ?? null,
    after: content.after ?? null,
    ipAddress: content.ipAddress,
    userAgent: content.userAgent,
    createdAt: content.createdAt.toISOString(),
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** The first event whose hash does not follow from its predecessor, or null if intact. */
export function findChainBreak<T extends AuditContent & { id: bigint | number; prevHash: string; hash: string }>(
  events: Iterable<T>,
  startPrevHash = GENESIS_HASH,
): T | null {
  let prev = startPrevHash;
  for (const event of events) {
    if (event.prevHash !== prev || auditHash(prev, event) !== event.hash) return event;
    prev = event.hash;
  }
  return null;
}
