// The SMTP side of the mail outbox: one nodemailer transport from SMTP_URL, sending as MAIL_FROM.
import nodemailer from 'nodemailer';

// A type, not an interface, so that it is JSON a Prisma column takes (EmailOutbox.attachments).
export type EmailAttachment = {
  filename: string;
  contentType: string;
  content: string;
};

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string | null;
  /** Extra headers (List-Unsubscribe, List-Unsubscribe-Post). */
  headers?: Record<string, string> | null;
  attachments?: EmailAttachment[] | null;
}

export interface MailSender {
  /** Resolves once the SMTP server accepted the message; rejects with its answer otherwise. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export function smtpSender(url: string, from: string): MailSender {
  // Short timeouts: a stuck server must not hold the outbox batch (and its row locks) for minutes.
  const transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  return {
    async send(message) {
      const info = await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? undefined,
        headers: message.headers ?? undefined,
        attachments: message.attachments ?? undefined,
      });
      if (info.rejected.length) throw new Error(`SMTP server rejected ${message.to}: ${info.response}`);
    },
    close() {
      transport.close();
    },
  };
}
