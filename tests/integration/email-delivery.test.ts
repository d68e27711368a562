// The outbox delivered over real SMTP (nodemailer) to a sink on 127.0.0.1
// (tests/helpers/smtp-sink.ts): sent, refused and retried with backoff, given up, taken
// over after a crash, and never sent twice by two runners at once. Other test files in this
// worker write outbox rows too: every assertion is about this file's own rows.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { MAX_ATTEMPTS, SENDING_LEASE_MS } from '@/lib/domain/email-delivery';
import { createSmtpTransport, type MailTransport } from '@/lib/email/transport';
import { createUser, uniqueToken } from '@/lib/factories';
import { deliverDueEmails } from '@/lib/jobs/deliver-email';
import { notify } from '@/lib/notifications';
import { testDb } from '../helpers/db';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink';

let prisma: Db;
let sink: SmtpSink;
let transport: MailTransport;
const FROM = 'Assay <no-reply@assay.test>';

beforeAll(async () => {
  prisma = await testDb();
  sink = await startSmtpSink();
  transport = createSmtpTransport(sink.url, FROM);
});
afterAll(async () => {
  transport.close();
  await sink.close();
});
beforeEach(async () => {
  // The worker's database is shared with the files that ran before this one, and their
  // notifications left e-mails in the outbox, due earlier than this file's: a run takes at
  // most 200, oldest first, and would spend them on those. The files of a worker run one
  // after another, so while this one runs the outbox is its own.
  await prisma.emailOutbox.deleteMany({ where: { status: { in: ['PENDING', 'SENDING'] } } });
  sink.refuseWith = null;
});

/** An outbox row due at `at`, written directly (as notify() would). */
async function outboxEmail(at: Date, subject = `Subject ${uniqueToken()}`) {
  return prisma.emailOutbox.create({
    data: { toAddress: `to-${uniqueToken()}@example.test`, subject, bodyText: `Body of ${subject}\n.\nwith a lone dot line`, nextAttemptAt: at },
  });
}

const receivedFor = (id: string) => sink.messages.filter((m) => m.header('Message-ID')?.includes(id));
const minutes = (n: number) => n * 60_000;

describe('e-mail delivery', () => {
  it('sends a notification e-mail over SMTP and marks it SENT', async () => {
    const { user } = await createUser(prisma, { locale: 'en' });
    const { emailIds } = await prisma.$transaction((tx) =>
      notify(tx, { type: 'brandVerified', params: { brandName: 'Sink Brand' }, link: '/brand', recipients: { userIds: [user.id] } }),
    );
    // Other files of this worker leave due e-mail in the shared outbox, and one run takes at
    // most 200 rows, oldest first: put this one at the front so the run is sure to reach it.
    await prisma.emailOutbox.updateMany({ where: { id: { in: emailIds } }, data: { nextAttemptAt: new Date(0) } });
    const now = new Date(Date.now() + 1000);
    const report = await deliverDueEmails(prisma, { transport, now });
    expect(report.sent).toBeGreaterThanOrEqual(1);

    const email = await prisma.emailOutbox.findUniqueOrThrow({ where: { id: emailIds[0]! } });
    expect(email).toMatchObject({ status: 'SENT', attempts: 1, lastError: null, sentAt: now });
    const [message, ...more] = receivedFor(email.id);
    expect(more).toEqual([]);
    expect(message!.to).toEqual([user.email]);
    expect(message!.from).toBe('no-reply@assay.test');
    expect(message!.header('To')).toBe(user.email);
    expect(message!.header('Subject')).toBe('Brand verified: Sink Brand');
    expect(message!.text()).toContain('Sink Brand has been verified. You can file claims for it with its verified rights.');
    expect(message!.text()).toContain(`/notifications/${email.notificationId}/open`);
  });

  it('keeps the body intact, lone dot lines included', async () => {
    const email = await outboxEmail(new Date());
    await deliverDueEmails(prisma, { transport, now: new Date(Date.now() + 1000) });
    expect(receivedFor(email.id)[0]!.text()).toContain(`Body of ${email.subject}\r\n.\r\nwith a lone dot line`);
  });

  it('on a refusal, counts the attempt, keeps the error and tries again after the backoff', async () => {
    const now = new Date(Date.now() + 1000);
    const email = await outboxEmail(new Date(now.getTime() - 1000));
    sink.refuseWith = '550 5.1.1 Mailbox unavailable';
    const report = await deliverDueEmails(prisma, { transport, now });
    expect(report.retrying).toBeGreaterThanOrEqual(1);
    const after = await prisma.emailOutbox.findUniqueOrThrow({ where: { id: email.id } });
    expect(after).toMatchObject({ status: 'PENDING', attempts: 1, sentAt: null });
    expect(after.nextAttemptAt).toEqual(new Date(now.getTime() + minutes(1)));
    expect(after.lastError).toContain('550 5.1.1 Mailbox unavailable');
    expect(receivedFor(email.id)).toEqual([]);

    // Not before its time…
    await deliverDueEmails(prisma, { transport, now: new Date(now.getTime() + minutes(1) - 1) });
    expect((await prisma.emailOutbox.findUniqueOrThrow({ where: { id: email.id } })).attempts).toBe(1);
    // …then it goes through, and the error is cleared.
    sink.refuseWith = null;
    await deliverDueEmails(prisma, { transport, now: new Date(now.getTime() + minutes(1)) });
    expect(await prisma.emailOutbox.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
    expect(receivedFor(email.id)).toHaveLength(1);
  });

  it('gives up after the last attempt: FAILED with the last error', async () => {
    let now = new Date(Date.now() + 1000);
    const email = await outboxEmail(new Date(now.getTime() - 1000));
    sink.refuseWith = '554 5.7.1 Rejected by policy';
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await deliverDueEmails(prisma, { transport, now });
      const row = await prisma.emailOutbox.findUniqueOrThrow({ where: { id: email.id } });
      expect(row.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(row.status).toBe('PENDING');
        waits.push((row.nextAttemptAt.getTime() - now.getTime()) / 60_000);
        now = row.nextAttemptAt;
      }
    }
    expect(waits).toEqual([1, 5, 15, 60, 240]);
    const failed = await prisma.emailOutbox.findUniqueOrThrow({ where: { id: email.id } });
    expect(failed).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS, sentAt: null });
    expect(failed.lastError).toContain('554 5.7.1 Rejected by policy');
    // A FAILED e-mail is never tried again.
    sink.refuseWith = null;
    await deliverDueEmails(prisma, { transport, now: new Date(now.getTime() + minutes(24 * 60)) });
    expect(await prisma.emailOutbox.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS });
    expect(receivedFor(email.id)).toEqual([]);
  });

  it('takes over an e-mail whose sender died mid-send once its lease has passed, not before', async () => {
    const now = new Date(Date.now() + 1000);
    const email = await outboxEmail(now);
    // A runner claimed it at `now` and crashed: SENDING, one attempt, leased until now + lease.
    await prisma.emailOutbox.update({ where: { id: email.id }, data: { status: 'SENDING', attempts: 1, nextAttemptAt: new Date(now.getTime() + SENDING_LEASE_MS) } });
    await deliverDueEmails(prisma, { transport, now: new Date(now.getTime() + SENDING_LEASE_MS - 1) });
    expect(await prisma.emailOutbox.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: 'SENDING', attempts: 1 });
    await deliverDueEmails(prisma, { transport, now: new Date(now.getTime() + SENDING_LEASE_MS) });
    expect(await prisma.emailOutbox.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(receivedFor(email.id)).toHaveLength(1);
  });

  it('two runs at once send each e-mail exactly once', async () => {
    const now = new Date(Date.now() + 1000);
    const emails = await Promise.all(Array.from({ length: 12 }, () => outboxEmail(new Date(now.getTime() - 1000))));
    const second = createSmtpTransport(sink.url, FROM);
    try {
      const reports = await Promise.all([deliverDueEmails(prisma, { transport, now }), deliverDueEmails(prisma, { transport: second, now })]);
      expect(reports[0]!.sent + reports[1]!.sent).toBeGreaterThanOrEqual(emails.length);
    } finally {
      second.close();
    }
    for (const email of emails) {
      expect(receivedFor(email.id), email.id).toHaveLength(1);
      expect(await prisma.emailOutbox.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: 'SENT', attempts: 1 });
    }
  });

  it('without a transport claims nothing: e-mail stays PENDING for the dev mailbox', async () => {
    const email = await outboxEmail(new Date());
    const report = await deliverDueEmails(prisma, { transport: null, now: new Date(Date.now() + minutes(60)) });
    expect(report).toEqual({ sent: 0, retrying: 0, failed: 0, noTransport: true });
    expect(await prisma.emailOutbox.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: 'PENDING', attempts: 0 });
  });

  it('counts an unreachable server as a failed attempt', async () => {
    const now = new Date(Date.now() + 1000);
    const email = await outboxEmail(new Date(now.getTime() - 1000));
    const nowhere = createSmtpTransport('smtp://127.0.0.1:1', FROM);
    try {
      await deliverDueEmails(prisma, { transport: nowhere, now });
    } finally {
      nowhere.close();
    }
    const row = await prisma.emailOutbox.findUniqueOrThrow({ where: { id: email.id } });
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(row.lastError).toMatch(/ECONNREFUSED/);
  });
});
