// The search demand counts (server/modules/search/search-demand.service.ts): the hits' click route, and the flush of
// the counts buffered in this process, every minute and at close.
import fp from 'fastify-plugin';

export const DEMAND_FLUSH_MS = 60_000;

export default fp(
  async (app) => {
    const demand = app.services.searchDemand;
    // A plain GET link, so it works without script; 303 so the browser GETs the hit, and never another site.
    app.get('/search/go', async (request, reply) => {
      const { ref, to } = request.query as Record<string, unknown>;
      return reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex').redirect(demand.click(ref, to), 303);
    });
    const flush = () =>
      demand.flush().then(
        ({ written, droppedTerms }) => {
          if (droppedTerms) app.log.warn({ written, droppedTerms }, 'search demand: new terms dropped past the buffer cap');
        },
        (err) => app.log.error({ err }, 'search demand counts not written; kept for the next flush'),
      );
    const timer = setInterval(flush, DEMAND_FLUSH_MS).unref();
    app.addHook('onClose', async () => {
      clearInterval(timer);
      await flush();
    });
  },
  { name: 'search-demand', dependencies: ['services'] },
);
