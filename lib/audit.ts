// Writes audit events inside the caller's transaction, so an event exists exactly when the
// change it records was committed. Inserts are serialised with a transaction-scoped
// advisory lock so two concurrent writers can never both chain onto the same predecessor.
import 'server-only';
import { Prisma } from './generated/prisma/client';
import type { Role } from './generated/prisma/enums';
import type { Tx } from './db';
import { GENESIS_HASH, auditHash } from './domain/audit-chain';
import type { RequestMeta } from './request-meta';

const AUDIT_CHAIN_LOCK = 7_042_001; // arbitrary, fixed: the one lock id for the audit chain

export interface Actor {
  id: string;
  role: Role;
  organisationId: string | null;
}

export interface AuditInput {
  actor: Actor | null; // null: the system (a scheduled job, a sign-up)
  action: string;
  objectType: string;
  objectId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  meta?: RequestMeta;
}

export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { id: 'desc' }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content = {
    actorId: input.actor?.id ?? null,
    actorRole: input.actor?.role ?? null,
    organisationId: input.actor?.organisationId ?? null,
    action: input.action,
    objectType: input.objectType,
    objectId: input.objectId,
    before: input.before ?? null,
    after: input.after ?? null,
    ipAddress: input.meta?.ip ?? null,
    userAgent: input.meta?.userAgent ?? null,
    createdAt: new Date(),
  };
  const hash = auditHash(prevHash, content);
  await tx.auditEvent.create({
    data: {
      ...content,
      actorRole: input.actor?.role ?? null,
      before: content.before === null ? Prisma.DbNull : (content.before as Prisma.InputJsonValue),
      after: content.after === null ? Prisma.DbNull : (content.after as Prisma.InputJsonValue),
      prevHash,
      hash,
    },
  });
}
