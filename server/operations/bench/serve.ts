// The server `npm run bench` measures: the platform's app as deployed (API and web app in one process, production
// mode, no background jobs), plus a few routes of the bench's own under /__bench/:
//   POST /__bench/record   start recording: SQL statements counted from zero, the page's API operations captured
//   GET  /__bench/record   what was recorded since: { statements, operations: [{ query, variables, headers }] }
//   GET  /__bench/bare/... the root reads of a page's GraphQL query called on the services directly, as JSON
//   GET  /__bench/engine/:i the search engine alone on query i of bench:search's mix (search/bench-queries.ts)
// Started by bench.ts through server-process.ts, with the configuration in its environment.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { loadConfig } from '../../config.ts';
import { createPrisma } from '../../lib/prisma.ts';
import { requestContext } from '../../plugins/request-context.ts';
import { MIX } from '../../../search/bench-queries.ts';
import { countStatements } from './statements.ts';

const statements = countStatements();
const { buildApp } = await import('../../app.ts');
const config = loadConfig();
const prisma = createPrisma(config.DATABASE_URL!, config.DB_POOL_SIZE, config.DB_STATEMENT_TIMEOUT_MS);
const app = await buildApp({ config, prisma, databaseUrl: config.DATABASE_URL!, web: true, jobs: false });

interface Operation {
  query: string;
  variables?: Record<string, unknown>;
  headers: Record<string, string>;
}
let operations: Operation[] = [];
// Only between POST and GET /__bench/record: a load run sends thousands of pages whose operations nobody reads.
let recording = false;
const bridge = globalThis.__exchangeApi;
if (!bridge) throw new Error('no web build: run `npm run build:web` first');
const graphql = bridge.graphql.bind(bridge);
bridge.graphql = (request) => {
  // What a client of the API would send for the same page: the browser's cookies and language.
  const headers: Record<string, string> = {};
  for (const name of ['cookie', 'accept-language']) if (request.headers[name]) headers[name] = request.headers[name]!;
  if (recording) operations.push({ query: request.query, variables: request.variables, headers });
  return graphql(request);
};

app.post('/__bench/record', async () => {
  statements.reset();
  operations = [];
  recording = true;
  return { ok: true };
});
app.get('/__bench/record', async () => {
  recording = false;
  return { statements: statements.count, operations };
});

/** The caller as GraphQL would see them, and the page size asked for (`?first=`). */
async function caller(request: FastifyRequest, reply: FastifyReply) {
  const ctx = await requestContext(request, reply, config);
  const first = Number((request.query as Record<string, string>).first ?? 20);
  return { ctx, first, query: request.query as Record<string, string> };
}

// Rows carry bigint columns (prices in VND), which JSON.stringify refuses; GraphQL's scalars turn them into strings.
const json = (reply: FastifyReply, value: unknown) =>
  reply.type('application/json').send(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));

function bareRoutes(api: FastifyInstance) {
  const { services } = api;
  api.get('/__bench/bare/home', async (request, reply) => {
    const { ctx, first } = await caller(request, reply);
    return json(reply, await services.listing.latest(ctx, first, null));
  });
  api.get('/__bench/bare/listing/:slug', async (request, reply) => {
    const { ctx } = await caller(request, reply);
    return json(reply, await services.listing.bySlug(ctx, (request.params as { slug: string }).slug));
  });
  api.get('/__bench/bare/organisation/:slug', async (request, reply) => {
    const { ctx } = await caller(request, reply);
    return json(reply, await services.organisation.bySlug(ctx, (request.params as { slug: string }).slug));
  });
  api.get('/__bench/bare/directory', async (request, reply) => {
    const { ctx, first } = await caller(request, reply);
    return json(reply, await services.organisation.directory(ctx, {}, { first }));
  });
  api.get('/__bench/bare/search', async (request, reply) => {
    const { ctx, first, query } = await caller(request, reply);
    const result = await services.search.search(ctx, {
      query: query.q,
      kinds: query.kind ? [query.kind as never] : null,
      filters: query.trlMin ? { trlMin: Number(query.trlMin) } : null,
      first,
    });
    return json(reply, result);
  });
  api.get('/__bench/engine/:i', async (request, reply) => {
    const q = MIX[Number((request.params as { i: string }).i) % MIX.length]!;
    return json(reply, await api.searchEngine.search({ text: q.text, kinds: q.kinds ?? [], filters: q.filters ?? {}, sort: q.sort ?? 'RELEVANCE', limit: 20, offset: 0 }));
  });
}
bareRoutes(app);

await app.listen({ host: '127.0.0.1', port: config.PORT });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.removeAllListeners(signal);
  process.once(signal, () => void app.close().then(() => prisma.$disconnect()).then(() => process.exit(0)));
}
