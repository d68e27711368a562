// Delivers the e-mail outbox (EmailOutbox) over SMTP.
//
// Each e-mail is CLAIMED before it is sent: one statement flips a due row to SENDING,
// counts the attempt and sets a lease (nextAttemptAt = now + SENDING_LEASE_MS), skipping
// rows another runner has locked (FOR UPDATE SKIP LOCKED) — so concurrent runners never
// send the same e-mail. A row left SENDING by a runner that died is due again once its
// lease has passed. The outcome is written only while the row is still this runner's claim
// (same attempts count), so a runner that overran its lease cannot overwrite a newer one.
//
// Without a transport (SMTP_URL unset) nothing is claimed: e-mail stays PENDING in the
// outbox, which the dev mailbox (/dev/mailbox) shows. See
// docs/decisions/0006-notifications-outbox-and-jobs.md.
import type { Db } from '../db/shared-client';
import { SENDING_LEASE_MS, afterFailedAttempt, describeDeliveryError } from '../domain/email-delivery';
import { createSmtpTransport, type MailTransport } from '../email/transport';
import { env } from '../env';
import type { Job } from './job';

export interface DeliveryReport {
  sent: number;
  /** Failed this time, to be retried later. */
  retrying: number;
  /** Failed for the last time: FAILED. */
  failed: number;
  /** True when no transport is configured: nothing was attempted. */
  noTransport: boolean;
}

export interface DeliverOptions {
  transport: MailTransport | null;
  now: Date;
  /** At most this many e-mails in one run; the rest wait for the next. */
  limit?: number;
  /** Stop claiming new e-mails after this long (real time), so a run holds its job lock briefly. */
  budgetMs?: number;
}

interface ClaimedEmail {
  id: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  attempts: number;
}

/** Takes the next due e-mail for this runner, or null when none is due (or all are taken). */
async function claimNext(db: Db, now: Date): Promise<ClaimedEmail | null> {
  const leaseUntil = new Date(now.getTime() + SENDING_LEASE_MS);
  const rows = await db.$queryRaw<ClaimedEmail[]>`
    UPDATE "EmailOutbox"
       SET "status" = 'SENDING', "attempts" = "attempts" + 1, "nextAttemptAt" = ${leaseUntil}, "updatedAt" = ${now}
     WHERE "id" = (
       SELECT "id" FROM "EmailOutbox"
        WHERE "status" IN ('PENDING', 'SENDING') AND "nextAttemptAt" <= ${now}
        ORDER BY "nextAttemptAt", "id"
        LIMIT 1
        FOR UPDATE SKIP LOCKED)
    RETURNING "id", "toAddress", "subject", "bodyText", "attempts"`;
  return rows[0] ?? null;
}

export async function deliverDueEmails(db: Db, options: DeliverOptions): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, noTransport: options.transport === null };
  const { transport, now } = options;
  if (!transport) return report;
  const limit = options.limit ?? 200;
  const deadline = Date.now() + (options.budgetMs ?? 120_000);
  for (let handled = 0; handled < limit && Date.now() < deadline; handled++) {
    const email = await claimNext(db, now);
    if (!email) break;
    const mine = { id: email.id, status: 'SENDING', attempts: email.attempts } as const;
    try {
      await transport.send({ id: email.id, to: email.toAddress, subject: email.subject, text: email.bodyText });
      await db.emailOutbox.updateMany({ where: mine, data: { status: 'SENT', sentAt: now, lastError: null } });
      report.sent++;
    } catch (error) {
      const outcome = afterFailedAttempt(email.attempts, now);
      const lastError = describeDeliveryError(error);
      if (outcome.status === 'FAILED') {
        await db.emailOutbox.updateMany({ where: mine, data: { status: 'FAILED', lastError } });
        report.failed++;
      } else {
        await db.emailOutbox.updateMany({ where: mine, data: { status: 'PENDING', nextAttemptAt: outcome.nextAttemptAt, lastError } });
        report.retrying++;
      }
    }
  }
  return report;
}

/** A one-line account of a run, or null when there was nothing to do. */
export function summariseDelivery(report: DeliveryReport): string | null {
  if (report.noTransport) return null; // by design: e-mail waits in the dev mailbox
  if (report.sent + report.retrying + report.failed === 0) return null;
  return `sent ${report.sent}, to retry ${report.retrying}, failed ${report.failed}`;
}

export const deliverEmailJob: Job = {
  name: 'deliver-email',
  description: 'Sends due e-mail from the outbox over SMTP (SMTP_URL), retrying with backoff',
  async run({ db, now }) {
    const { SMTP_URL, MAIL_FROM } = env();
    const transport = SMTP_URL ? createSmtpTransport(SMTP_URL, MAIL_FROM) : null;
    try {
      return summariseDelivery(await deliverDueEmails(db, { transport, now }));
    } finally {
      transport?.close();
    }
  },
};

