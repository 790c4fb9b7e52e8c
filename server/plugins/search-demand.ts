// The search demand counts (server/modules/search/search-demand.service.ts): the clicks on hits, and the flush of the
// counts buffered in this process, every minute and at close.
import fp from 'fastify-plugin';
import { HIT_PATH } from '../modules/search/search-demand.service.ts';

export const DEMAND_FLUSH_MS = 60_000;

export default fp(
  async (app) => {
    const demand = app.services.searchDemand;
    // A hit's link is its own page with `?ref=<demandRef>`: the click is counted and the browser sent (303) to the
    // same page without the ref, so it is not bookmarked, shared or counted again. Only that page, so no open redirect.
    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' || !request.url.includes('ref=')) return;
      const at = request.url.indexOf('?');
      const path = request.url.slice(0, at);
      if (at < 0 || !HIT_PATH.test(path)) return;
      const params = new URLSearchParams(request.url.slice(at + 1));
      const ref = params.get('ref');
      if (ref === null) return;
      demand.click(ref);
      params.delete('ref');
      const rest = params.toString();
      return reply.header('cache-control', 'no-store').redirect(rest ? `${path}?${rest}` : path, 303);
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
