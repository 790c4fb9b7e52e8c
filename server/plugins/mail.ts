// E-mail: the public address links start with, and the worker that sends the outbox through SMTP_URL.
// Without SMTP_URL e-mails wait in the outbox (the log says so once), to be sent once it is set.
import fp from 'fastify-plugin';
import pg from 'pg';
import type { Config } from '../config.ts';
import { smtpSender } from '../modules/notification/mail-sender.ts';
import { MailWorker } from '../modules/notification/mail-worker.ts';
import { setPublicUrl } from '../modules/notification/notification-email.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Null when SMTP_URL is not set. */
    mailWorker: MailWorker | null;
  }
}

export function publicUrlOf(config: Pick<Config, 'PUBLIC_URL' | 'HOST' | 'PORT'>): string {
  return config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`;
}

export default fp(
  async (app, opts: { config: Config; databaseUrl: string; worker: boolean }) => {
    const { config } = opts;
    setPublicUrl(publicUrlOf(config));
    if (!config.SMTP_URL) {
      app.decorate('mailWorker', null);
      if (opts.worker) app.addHook('onReady', async () => app.log.info('SMTP_URL is not set: e-mails wait in the outbox until it is'));
      return;
    }
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 1 });
    pool.on('error', (err) => app.log.warn({ message: err.message }, 'mail worker lost an idle database connection'));
    const sender = smtpSender(config.SMTP_URL, config.MAIL_FROM);
    const worker = new MailWorker(pool, sender, { log: app.log });
    app.decorate('mailWorker', worker);
    if (opts.worker) app.addHook('onReady', async () => worker.start());
    app.addHook('onClose', async () => {
      await worker.stop();
      sender.close();
      await pool.end();
    });
  },
  { name: 'mail' },
);
