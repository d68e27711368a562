// How an e-mail leaves Assay: SMTP through nodemailer when SMTP_URL is set. Behind a small
// interface so the delivery job can be tested against any sink and another transport can
// be added without touching it.
import nodemailer from 'nodemailer';

export interface OutgoingEmail {
  /** The outbox row's id: also the Message-ID, so a receiver can spot a repeated delivery. */
  id: string;
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  /** Resolves once the server accepted the message; rejects with the server's answer otherwise. */
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

export function createSmtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    // One connection reused for every message of a job run.
    pool: true,
    maxConnections: 1,
    // Bounded, so a hung server ends an attempt well within the outbox's sending lease
    // (lib/domain/email-delivery.ts SENDING_LEASE_MS).
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'assay.local';
  return {
    async send(email) {
      await transporter.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        messageId: `<${email.id}@${domain}>`,
      });
    },
    close() {
      transporter.close();
    },
  };
}
