// One JSON line per HTTP request, written when its response has gone (pages too: SvelteKit answers them past
// Fastify's hooks, so the raw response is watched), under the request's id. The id is a random uuid, sent back in
// X-Request-Id and quoted by every error shown to a person, so a report leads to its line and to the error's.
// Requests the web app makes to the API in-process for a page carry that page's id as `parentReqId`.
import { randomUUID } from 'node:crypto';
import fp from 'fastify-plugin';

/** The header the web app's API bridge names its page's request in; believed only for a request in flight here. */
export const PARENT_REQUEST_HEADER = 'x-exchange-parent-request';

export const newRequestId = () => randomUUID();

export default fp(
  async (app) => {
    const inFlight = new Set<string>();
    app.addHook('onRequest', async (request, reply) => {
      const started = performance.now();
      const id = String(request.id);
      // On the raw response, so a page (hijacked) carries it too.
      reply.raw.setHeader('x-request-id', id);
      const parent = request.headers[PARENT_REQUEST_HEADER];
      // An id nobody could guess, of a request this process is answering now: a client cannot tie its request to
      // another's.
      const parentReqId = typeof parent === 'string' && inFlight.has(parent) ? parent : undefined;
      inFlight.add(id);
      reply.raw.once('close', () => {
        inFlight.delete(id);
        const res = { statusCode: reply.raw.statusCode, ...(reply.raw.writableFinished ? {} : { aborted: true }) };
        request.log.info({ req: request, res, responseTime: Math.round((performance.now() - started) * 10) / 10, parentReqId }, 'request completed');
      });
    });
  },
  { name: 'request-log' },
);
