// Sends the e-mail outbox through SMTP. Rows are taken in batches with FOR UPDATE SKIP LOCKED (several processes
// share the queue without sending the same row), marked sent only after the SMTP server accepted the message,
// and retried with exponential backoff until `maxAttempts`, keeping the last error. A crash between the server's
// acceptance and the commit sends that message again: at least once, like the search outbox.
import pg from 'pg';
import { PollingLoop } from '../../lib/polling-loop.ts';
import type { MailSender } from './mail-sender.ts';
import { inTransaction } from '../../lib/pg-client.ts';

export interface MailWorkerOptions {
  batchSize?: number;
  idleMs?: number;
  /** Backoff after a failed send: base × 2^(attempts − 1), capped at `retryMaxMs`. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** After this many failed sends a message stays in the outbox with its last error and is not tried again. */
  maxAttempts?: number;
  log?: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
}

/** After this many failed sends a message is given up (kept with its error); the metrics count those as failed. */
export const MAIL_MAX_ATTEMPTS = 8;

interface OutboxRow {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attempts: number;
}

export interface BatchResult {
  /** Rows taken from the outbox. */
  taken: number;
  sent: number;
  failed: number;
}

export class MailWorker {
  private readonly loop: PollingLoop;

  constructor(
    private readonly pool: pg.Pool,
    private readonly sender: MailSender,
    private readonly options: MailWorkerOptions = {},
  ) {
    this.loop = new PollingLoop(
      async () => (await this.runOnce()).taken,
      options.idleMs ?? 2000,
      (err) => options.log?.error({ err }, 'mail outbox batch failed; it will be retried'),
    );
  }

  private get maxAttempts(): number {
    return this.options.maxAttempts ?? MAIL_MAX_ATTEMPTS;
  }

  /** Sends one batch of due messages. */
  async runOnce(): Promise<BatchResult> {
    return inTransaction(this.pool, async (client) => {
      const result: BatchResult = { taken: 0, sent: 0, failed: 0 };
      const { rows } = await client.query<OutboxRow>(
        `SELECT id::text, "to", subject, text, html, attempts FROM "EmailOutbox"
         WHERE "sentAt" IS NULL AND "availableAt" <= now() AND attempts < $2
         ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.options.batchSize ?? 10, this.maxAttempts],
      );
      result.taken = rows.length;
      for (const row of rows) {
        try {
          await this.sender.send(row);
          await client.query(`UPDATE "EmailOutbox" SET "sentAt" = now(), attempts = attempts + 1, "lastError" = NULL WHERE id = $1::bigint`, [row.id]);
          result.sent++;
        } catch (err) {
          result.failed++;
          await this.postpone(client, row, err as Error);
        }
      }
      return result;
    });
  }

  /** Sends everything that is due now (tests, and a last flush); returns how many messages went out. */
  async drain(): Promise<number> {
    let sent = 0;
    for (let r = await this.runOnce(); r.taken > 0; r = await this.runOnce()) sent += r.sent;
    return sent;
  }

  start(): void {
    this.loop.start();
  }

  get running(): boolean {
    return this.loop.active;
  }

  nudge(): void {
    this.loop.nudge();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  private async postpone(client: pg.PoolClient, row: OutboxRow, err: Error): Promise<void> {
    const attempts = row.attempts + 1;
    const delayMs = Math.min((this.options.retryBaseMs ?? 30_000) * 2 ** (attempts - 1), this.options.retryMaxMs ?? 6 * 3_600_000);
    await client.query(
      `UPDATE "EmailOutbox" SET attempts = $2, "lastError" = left($3, 1000), "availableAt" = now() + make_interval(secs => $4::float8 / 1000)
       WHERE id = $1::bigint`,
      [row.id, attempts, err.message, delayMs],
    );
    const gaveUp = attempts >= this.maxAttempts;
    this.options.log?.[gaveUp ? 'error' : 'warn'](
      { emailId: row.id, attempts, err: err.message },
      gaveUp ? 'e-mail not sent after the last attempt; it stays in the outbox with its error' : 'e-mail not sent; it will be retried',
    );
  }
}
