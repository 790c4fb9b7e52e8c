// Prometheus metrics at /metrics, registered only when METRICS_TOKEN is set and answered only to a request that
// carries it (`Authorization: Bearer …`); anyone else gets the same 404 as any unknown path.
// Each process has its own registry: with WEB_CONCURRENCY > 1 a scrape reaches one process (see the README).
import { createHash, timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { getOperationAST } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { requestedOperationName } from '../graphql/over-http.ts';
import { poolOf } from '../lib/prisma.ts';
import { MAIL_MAX_ATTEMPTS } from '../modules/notification/mail-delivery.ts';
import { searchLag } from '../modules/operations/search-lag.ts';

/** Label values that come from clients (operation names, error codes) are kept to this many; the rest are 'other'. */
const MAX_LABEL_VALUES = 200;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** A bounded set of label values: a client inventing names cannot grow the series without end. */
function boundedLabel(fallback: string) {
  const seen = new Set<string>();
  return (value: string | null | undefined) => {
    if (!value || !NAME.test(value)) return fallback;
    if (seen.has(value)) return value;
    if (seen.size >= MAX_LABEL_VALUES) return 'other';
    seen.add(value);
    return value;
  };
}

const digest = (s: string) => createHash('sha256').update(s).digest();

export default fp(
  async (app, opts: { token: string }) => {
    const register = new Registry();
    collectDefaultMetrics({ register });
    const httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests by route pattern (pages: /*) and status class',
      labelNames: ['method', 'route', 'status'],
      registers: [register],
    });
    const graphqlDuration = new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'GraphQL requests by operation name (anonymous, or other past the first 200 names)',
      labelNames: ['operation'],
      registers: [register],
    });
    const errors = new Counter({
      name: 'app_errors_total',
      help: 'Errors answered, by their stable code (GraphQL extensions.code, or the plain routes\' code)',
      labelNames: ['source', 'code'],
      registers: [register],
    });
    const operationLabel = boundedLabel('anonymous');
    const codeLabel = boundedLabel('NONE');

    const pool = poolOf(app.prisma);
    if (pool) {
      new Gauge({
        name: 'db_pool_connections', help: 'Connections of the main database pool', labelNames: ['state'], registers: [register],
        collect() {
          this.set({ state: 'total' }, pool.totalCount);
          this.set({ state: 'idle' }, pool.idleCount);
          this.set({ state: 'waiting' }, pool.waitingCount);
        },
      });
    }
    const outboxPending = new Gauge({ name: 'search_outbox_pending', help: 'Changes waiting to reach the search index', registers: [register] });
    const outboxAge = new Gauge({ name: 'search_outbox_oldest_age_seconds', help: 'Age of the oldest change not yet in the search index (index lag)', registers: [register] });
    const mail = new Gauge({ name: 'email_outbox_messages', help: 'E-mails not sent: pending (to be tried) and failed (given up)', labelNames: ['state'], registers: [register] });
    const jobs = new Gauge({ name: 'job_queue_jobs', help: 'Background jobs: waiting (due), scheduled (later, retries included), running, failed (out of attempts)', labelNames: ['state'], registers: [register] });
    const jobAge = new Gauge({ name: 'job_queue_oldest_waiting_age_seconds', help: 'How long the oldest due job has waited for a runner', registers: [register] });
    // The queues, gathered when scraped with one cheap query each. A failed query leaves its series out (alert on
    // their absence) rather than repeating the last value.
    const queues: [Gauge[], () => Promise<void>][] = [
      [[outboxPending, outboxAge], async () => {
        const lag = await searchLag(app.prisma);
        outboxPending.set(lag.pending);
        outboxAge.set(lag.oldestAgeSeconds);
      }],
      [[mail], async () => {
        const [row] = await app.prisma.$queryRaw<{ pending: number; failed: number }[]>`
          SELECT count(*) FILTER (WHERE attempts < ${MAIL_MAX_ATTEMPTS})::int AS pending,
                 count(*) FILTER (WHERE attempts >= ${MAIL_MAX_ATTEMPTS})::int AS failed
          FROM "EmailOutbox" WHERE "sentAt" IS NULL`;
        mail.set({ state: 'pending' }, row.pending);
        mail.set({ state: 'failed' }, row.failed);
      }],
      [[jobs, jobAge], async () => {
        const [row] = await app.prisma.$queryRaw<{ waiting: number; scheduled: number; running: number; failed: number; age: number }[]>`
          SELECT count(*) FILTER (WHERE due)::int AS waiting,
                 count(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts AND NOT due)::int AS scheduled,
                 count(*) FILTER (WHERE locked_at IS NOT NULL)::int AS running,
                 count(*) FILTER (WHERE locked_at IS NULL AND attempts >= max_attempts)::int AS failed,
                 COALESCE(EXTRACT(EPOCH FROM now() - min(run_at) FILTER (WHERE due)), 0)::float8 AS age
          FROM (SELECT *, locked_at IS NULL AND attempts < max_attempts AND run_at <= now() AS due FROM graphile_worker.jobs) j`;
        for (const state of ['waiting', 'scheduled', 'running', 'failed'] as const) jobs.set({ state }, row[state]);
        jobAge.set(row.age);
      }],
    ];
    const gatherQueues = () =>
      Promise.all(
        queues.map(([gauges, query]) =>
          query().catch((err) => {
            for (const g of gauges) g.reset();
            app.log.warn({ err }, 'queue metrics not gathered');
          }),
        ),
      );

    // Timed on the raw response, so pages (answered past Fastify's hooks by SvelteKit) are measured too.
    const operations = new WeakMap<FastifyRequest, string | null>();
    const GRAPHQL = '/graphql';
    app.addHook('onRequest', async (request, reply) => {
      const started = performance.now();
      reply.raw.once('close', () => {
        const seconds = (performance.now() - started) / 1000;
        const route = request.routeOptions.url ?? 'unmatched';
        httpDuration.observe({ method: request.method, route, status: `${Math.floor(reply.raw.statusCode / 100)}xx` }, seconds);
        if (route === GRAPHQL) graphqlDuration.observe({ operation: operationLabel(operations.get(request)) }, seconds);
      });
    });
    // Error codes from the answer itself: GraphQL request errors (parse, validation, limits) never reach an
    // execution hook, and every answer goes through here. Only answers that can hold an error are parsed.
    app.addHook('onSend', async (request, reply, payload) => {
      if (typeof payload !== 'string' || payload[0] !== '{') return payload;
      const graphql = request.routeOptions.url === GRAPHQL;
      if (graphql ? !payload.includes('"errors"') : reply.statusCode < 400) return payload;
      try {
        const body = JSON.parse(payload) as { code?: string; errors?: { extensions?: { code?: string } }[] };
        if (graphql) for (const e of body.errors ?? []) errors.inc({ source: 'graphql', code: codeLabel(e.extensions?.code) });
        else errors.inc({ source: 'http', code: codeLabel(body.code) });
      } catch {
        // not JSON after all: nothing to count
      }
      return payload;
    });

    // The operation a request runs; one refused before execution (parse, validation, limits) is 'anonymous'.
    app.graphql.addHook('preExecution', async (_schema, document, context) => {
      const request = context.reply.request;
      operations.set(request, getOperationAST(document, requestedOperationName(request))?.name?.value ?? null);
    });

    // The route exists only for a request carrying the token (a router constraint): any other request falls through
    // to what answers unknown paths (the web's 404 page, or the API's), so the public port reveals nothing.
    const expected = digest(`Bearer ${opts.token}`);
    app.addConstraintStrategy({
      name: 'metricsToken',
      storage() {
        const handlers = new Map<string, unknown>();
        return { get: (k: string) => handlers.get(k) ?? null, set: (k: string, v: unknown) => void handlers.set(k, v) } as never;
      },
      deriveConstraint: (req: { url?: string; headers: Record<string, string | string[] | undefined> }) => {
        const given = req.headers.authorization;
        return typeof given === 'string' && req.url?.startsWith('/metrics') && timingSafeEqual(digest(given), expected) ? 'yes' : 'no';
      },
      mustMatchWhenDerived: false,
    });
    app.get('/metrics', { constraints: { metricsToken: 'yes' } }, async (_request, reply) => {
      await gatherQueues();
      return reply.header('content-type', register.contentType).header('cache-control', 'no-store').send(await register.metrics());
    });
  },
  { name: 'metrics', dependencies: ['graphql', 'services'] },
);
