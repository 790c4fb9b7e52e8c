// The open data's plain routes (robots.txt, the sitemap, the Atom feed, the datasets and their catalogue): public,
// read-only, answered by the opendata module (server/modules/opendata/).
import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { publicUrl } from '../modules/payment/payment.module.ts';
import { OpenDataRepository } from '../modules/opendata/opendata.repository.ts';
import { DATASET_NAMES, OpenDataService, type OpenResponse, type Query } from '../modules/opendata/opendata.service.ts';
import { requestLocale } from './error-handler.ts';

function send(reply: FastifyReply, answer: OpenResponse) {
  return reply.code(answer.status).headers(answer.headers ?? {}).type(answer.type).send(answer.body);
}

export default fp(
  async (app, opts: { config: Config }) => {
    const open = new OpenDataService(new OpenDataRepository(app.prisma), publicUrl(opts.config));
    const query = (request: FastifyRequest) => request.query as Query;
    app.get('/robots.txt', async (_, reply) => send(reply, open.robots()));
    app.get('/sitemap.xml', async (request, reply) => send(reply, await open.sitemap(requestLocale(request), query(request))));
    app.get('/feeds/listings.atom', async (request, reply) => send(reply, await open.listingsFeed(requestLocale(request), query(request))));
    app.get('/open-data/catalog.json', async (_, reply) => send(reply, await open.catalog()));
    for (const dataset of DATASET_NAMES) {
      for (const format of ['json', 'csv'] as const) {
        app.get(`/open-data/${dataset}.${format}`, async (request, reply) => send(reply, await open.dataset(requestLocale(request), dataset, format, query(request))));
      }
    }
  },
  { name: 'opendata', dependencies: ['services'] },
);
