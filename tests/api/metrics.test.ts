// /metrics as Prometheus scrapes it: hidden (404) without METRICS_TOKEN or without the bearer token, and once
// scraped it shows the latency of a page (answered by SvelteKit past Fastify's hooks) and of a GraphQL operation by
// name, errors by code, and the queues' gauges gathered at scrape time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api-app.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const TOKEN = 'a-metrics-token-of-test';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ seed: false, env: { METRICS_TOKEN: TOKEN } });
});
afterAll(() => server.close());

const scrape = (authorization?: string) =>
  server.app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });
const graphql = (query: string, operationName?: string) =>
  server.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ query, operationName }) });

describe('metrics', () => {
  it('does not exist without METRICS_TOKEN, and the API alone hides it like any unknown path', async () => {
    for (const env of [{}, { METRICS_TOKEN: TOKEN }] as Record<string, string>[]) {
      const api = await startApi(env);
      try {
        const unknown = await api.app.inject({ method: 'GET', url: '/no-such-path-here' });
        const withToken = await api.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
        expect(withToken.statusCode).toBe(env.METRICS_TOKEN ? 200 : 404);
        for (const method of ['GET', 'POST'] as const) {
          const res = await api.app.inject({ method, url: '/metrics' });
          expect([res.statusCode, res.json().code]).toEqual([404, unknown.json().code]);
        }
      } finally {
        await api.close();
      }
    }
  });

  it('answers 404, like any unknown path, without the right bearer token', async () => {
    const unknown = await server.app.inject({ method: 'GET', url: '/no-such-path-here' });
    for (const auth of [undefined, 'Bearer wrong-token-of-the-same-size', TOKEN, `Basic ${TOKEN}`]) {
      const res = await scrape(auth);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe(unknown.headers['content-type']);
    }
  });

  it('shows the latency of a page and of a GraphQL operation by name, errors by code, and the queues', async () => {
    expect((await graphql('query Pinged { ping }')).statusCode).toBe(200);
    expect((await graphql('{ ping }')).statusCode).toBe(200);
    expect((await graphql('query Broken { noSuchField }')).json().errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const page = await server.app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect((await server.app.inject({ method: 'GET', url: '/media/listing-images/nothing.jpg' })).statusCode).toBe(404);

    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.body;
    const count = (series: string) => Number(text.match(new RegExp(`^${series.replace(/[{}()[\].*+?^$|\\]/g, '\\$&')} (\\S+)$`, 'm'))?.[1]);
    // The page by its route pattern; the GraphQL operations the page itself ran are counted too, hence ≥.
    expect(count('http_request_duration_seconds_count{method="GET",route="/*",status="2xx"}')).toBe(1);
    expect(count('http_request_duration_seconds_count{method="GET",route="/media/listing-images/:file",status="4xx"}')).toBe(1);
    expect(count('http_request_duration_seconds_count{method="POST",route="/graphql",status="2xx"}')).toBeGreaterThanOrEqual(3);
    expect(count('graphql_operation_duration_seconds_count{operation="Pinged"}')).toBe(1);
    expect(count('graphql_operation_duration_seconds_count{operation="anonymous"}')).toBeGreaterThanOrEqual(2); // `{ ping }`, Broken (refused before execution)
    expect(text).toMatch(/^graphql_operation_duration_seconds_bucket\{le="0\.005",operation="Pinged"\} \d+$/m);
    expect(count('app_errors_total{source="graphql",code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(count('app_errors_total{source="http",code="NOT_FOUND"}')).toBeGreaterThanOrEqual(1);
    expect(count('search_outbox_pending')).toBe(0);
    expect(count('search_outbox_oldest_age_seconds')).toBe(0);
    expect(count('email_outbox_messages{state="pending"}')).toBe(0);
    expect(count('email_outbox_messages{state="failed"}')).toBe(0);
    for (const state of ['waiting', 'scheduled', 'running', 'failed']) expect(count(`job_queue_jobs{state="${state}"}`), state).toBe(0);
    expect(count('job_queue_oldest_waiting_age_seconds')).toBe(0);
    expect(count('db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
    for (const name of ['nodejs_eventloop_lag_p99_seconds', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes']) expect(text).toContain(`\n${name} `);
    expect(text).not.toMatch(/nothing\.jpg/); // route patterns, never raw URLs
  });

  it('measures the age of the oldest change the search index has not taken yet', async () => {
    await server.db.prisma.outbox.create({ data: { entityType: 'listing', entityId: 'x', op: 'UPSERT', createdAt: new Date(Date.now() - 90_000) } });
    const text = (await scrape(`Bearer ${TOKEN}`)).body;
    expect(text).toMatch(/^search_outbox_pending 1$/m);
    expect(Number(text.match(/^search_outbox_oldest_age_seconds (\S+)$/m)?.[1])).toBeGreaterThanOrEqual(90);
  });

  it('counts the job queue and the age of the oldest job waiting for a runner', async () => {
    // The outbox row above queued its drain job (no runner takes it in this app); it has waited a minute.
    await server.db.prisma.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() - interval '60 seconds'`;
    const text = (await scrape(`Bearer ${TOKEN}`)).body;
    expect(text).toMatch(/^job_queue_jobs\{state="waiting"\} 1$/m);
    expect(text).toMatch(/^job_queue_jobs\{state="failed"\} 0$/m);
    expect(Number(text.match(/^job_queue_oldest_waiting_age_seconds (\S+)$/m)?.[1])).toBeGreaterThanOrEqual(60);
  });
});
