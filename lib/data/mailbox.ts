// The e-mail outbox as admins see it (the dev mailbox, or delivery status under SMTP).
// Not scoped to an organisation: only the platform's admins may call it (mailbox.view).
import 'server-only';
import { db } from '../db';
import { EmailStatus } from '../generated/prisma/enums';
import { clampPage, pageCountOf, pageSlice, type Paged } from '../domain/pagination';

export const OUTBOX_PAGE_SIZE = 25;

export interface OutboxRow {
  id: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  status: EmailStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
}

export async function listOutbox(requestedPage: number): Promise<Paged<OutboxRow> & { byStatus: Record<EmailStatus, number> }> {
  const prisma = await db();
  const groups = await prisma.emailOutbox.groupBy({ by: ['status'], _count: { _all: true } });
  const byStatus = Object.fromEntries(Object.values(EmailStatus).map((s) => [s, 0])) as Record<EmailStatus, number>;
  for (const group of groups) byStatus[group.status] = group._count._all;
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const pageCount = pageCountOf(total, OUTBOX_PAGE_SIZE);
  const page = clampPage(requestedPage, pageCount);
  const rows = await prisma.emailOutbox.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageSlice(page, OUTBOX_PAGE_SIZE),
    select: {
      id: true,
      toAddress: true,
      subject: true,
      bodyText: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      lastError: true,
      sentAt: true,
      createdAt: true,
    },
  });
  return { rows, total, page, pageSize: OUTBOX_PAGE_SIZE, pageCount, byStatus };
}
