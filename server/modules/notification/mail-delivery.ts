// Sends one message of the e-mail outbox through SMTP: the job `email.send` (queued by a trigger when the row is
// written) calls it, and the job queue retries it with exponential backoff until MAIL_MAX_ATTEMPTS. The row is
// marked sent only after the SMTP server accepted the message; a crash between the two sends it again (at least
// once). Each attempt's outcome stays on the row (attempts, last error), which is what the admin and the metrics read.
import type pg from 'pg';
import type { EmailAttachment, MailSender } from './mail-sender.ts';
import { inTransaction } from '../../lib/pg-client.ts';

/** After this many failed sends a message is given up (its job dead, the row kept with its error); the metrics
 * count those as failed. The outbox trigger gives each job as many attempts (prisma/migrations/…_job_queue). */
export const MAIL_MAX_ATTEMPTS = 8;

interface OutboxRow {
  to: string;
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string> | null;
  attachments: EmailAttachment[] | null;
}

/**
 * Sends message `id` unless it went out already; `attempt` is the job's attempt (1 on the first). Resolves true when
 * sent now, false when there was nothing to send; rejects with the server's refusal once it is recorded on the row.
 */
export async function deliverEmail(pool: pg.Pool, sender: MailSender, id: string, attempt: number): Promise<boolean> {
  const refusal = await inTransaction(pool, async (client) => {
    const { rows } = await client.query<OutboxRow>(
      `SELECT "to", subject, text, html, headers, attachments FROM "EmailOutbox" WHERE id = $1::bigint AND "sentAt" IS NULL FOR UPDATE`,
      [id],
    );
    if (!rows.length) return null;
    try {
      await sender.send(rows[0]);
    } catch (err) {
      await client.query(`UPDATE "EmailOutbox" SET attempts = $2, "lastError" = left($3, 1000) WHERE id = $1::bigint`, [id, attempt, (err as Error).message]);
      return err as Error;
    }
    await client.query(`UPDATE "EmailOutbox" SET "sentAt" = now(), attempts = $2, "lastError" = NULL WHERE id = $1::bigint`, [id, attempt]);
    return false;
  });
  if (refusal) throw refusal;
  return refusal === false;
}
