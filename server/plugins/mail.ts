// E-mail: the public address links start with, and the sending of the outbox through SMTP_URL (the job queue runs
// `email.send`, one job per message). Without SMTP_URL e-mails wait in the outbox (the log says so once), to be sent
// by a process that has it.
import fp from 'fastify-plugin';
import pg from 'pg';
import type { Config } from '../config.ts';
import { smtpSender } from '../modules/notification/mail-sender.ts';
import { deliverEmail } from '../modules/notification/mail-delivery.ts';
import { setPublicUrl } from '../modules/notification/notification-email.ts';
import { TASK } from '../modules/jobs/tasks.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Null when SMTP_URL is not set. */
    mailWorker: {
      /** Sends message `id` (the job's attempt `attempt`); false when it went out already. */
      send(id: string, attempt: number): Promise<boolean>;
      /** Sends every message due now, in this process (tests); returns how many went out. */
      drain(): Promise<number>;
    } | null;
  }
}

export function publicUrlOf(config: Pick<Config, 'PUBLIC_URL' | 'HOST' | 'PORT'>): string {
  return config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`;
}

export default fp(
  async (app, opts: { config: Config; databaseUrl: string; jobs: boolean }) => {
    const { config } = opts;
    setPublicUrl(publicUrlOf(config));
    if (!config.SMTP_URL) {
      app.decorate('mailWorker', null);
      if (opts.jobs) app.addHook('onReady', async () => app.log.info('SMTP_URL is not set: e-mails wait in the outbox until it is'));
      return;
    }
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 2 });
    pool.on('error', (err) => app.log.warn({ message: err.message }, 'mail delivery lost an idle database connection'));
    const sender = smtpSender(config.SMTP_URL, config.MAIL_FROM);
    app.decorate('mailWorker', {
      send: (id: string, attempt: number) => deliverEmail(pool, sender, id, attempt),
      // The jobs plugin is registered later; it is there by the time anyone drains.
      drain: () => app.jobs.runDue([TASK.emailSend]),
    });
    app.addHook('onClose', async () => {
      sender.close();
      await pool.end();
    });
  },
  { name: 'mail' },
);
