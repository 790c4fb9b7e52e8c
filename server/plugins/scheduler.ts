// The clock's moves: listings past their validity leave the exchange, owners are warned two weeks before,
// expired sessions are purged, deal follow-up surveys go out when due.
// Each run is idempotent (conditional updates), so several processes may run it at once.
import fp from 'fastify-plugin';
import { systemContext } from '../lib/request-context.ts';

const EVERY_MS = 10 * 60_000;

declare module 'fastify' {
  interface FastifyInstance {
    /** Present only in the process that runs the jobs; readiness checks that it runs. */
    scheduler?: { readonly running: boolean };
  }
}

export default fp(
  async (app) => {
    const run = async () => {
      // Orders: featured placements end, deposits nobody decided on are refunded, unsent refunds are retried.
      try {
        const { completed, lapsed, refundsSent, refundErrors } = await app.services.paymentClock.runDue(systemContext());
        if (completed || lapsed || refundsSent) app.log.info({ completed, lapsed, refundsSent }, 'orders moved by the clock');
        for (const err of refundErrors) app.log.error({ err }, 'refund failed; it will be retried');
      } catch (err) {
        app.log.error({ err }, 'order clock failed');
      }
      try {
        const expired = await app.services.listing.expireDue(systemContext());
        const warned = await app.services.listing.warnExpiring(systemContext());
        await app.services.account.purgeExpiredSessions(systemContext());
        if (expired || warned) app.log.info({ expired, warned }, 'listing validity checked');
      } catch (err) {
        app.log.error({ err }, 'listing validity check failed');
      }
      try {
        const surveys = await app.services.deal.sendDueSurveys(systemContext());
        if (surveys) app.log.info({ surveys }, 'deal follow-up surveys sent');
      } catch (err) {
        app.log.error({ err }, 'sending deal follow-up surveys failed');
      }
    };
    let timer: NodeJS.Timeout | undefined;
    let running = false;
    app.decorate('scheduler', { get running() { return running; } });
    app.addHook('onReady', async () => {
      running = true;
      void run();
      timer = setInterval(run, EVERY_MS);
      timer.unref();
    });
    app.addHook('onClose', async () => {
      running = false;
      clearInterval(timer);
    });
  },
  { name: 'scheduler', dependencies: ['services'] },
);
