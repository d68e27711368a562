// Tampering with the audit log the way only someone with owner/superuser rights on the
// database could: the append-only trigger (prisma/migrations/*_audit_append_only) refuses
// UPDATE and DELETE, so the tamper runs in a transaction that disables it and enables it
// again before committing — nobody else ever sees the table without its trigger.
import type { Db, Tx } from '@/lib/db/shared-client';

export async function tamperWithAuditLog<T>(db: Db, change: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"');
    const result = await change(tx);
    await tx.$executeRawUnsafe('ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"');
    return result;
  });
}
