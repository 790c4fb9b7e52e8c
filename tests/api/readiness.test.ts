// /healthz and /readyz as a load balancer sees them: ready on a working app, not ready (naming the database) while
// its database refuses connections and ready again once it accepts them, not ready once shutdown has begun, while
// /healthz keeps answering: liveness never depends on the database. On SIGTERM the process drains first: not ready
// for SHUTDOWN_DRAIN_MS while it still answers, then closed.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { loadConfig, shutdownDrainMs } from '../../server/config.ts';
import { drainAndClose } from '../../server/plugins/health.ts';
import { freshDatabase } from '../support/database.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let api: ApiApp;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const get = (url: string, app = api.app) => app.inject({ method: 'GET', url }).then((r) => ({ status: r.statusCode, body: r.json() }));

describe('health and readiness', () => {
  it('is live and ready on a working app, with every check named', async () => {
    expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    const ready = await get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      status: 'ready',
      checks: { database: { ok: true }, migrations: { ok: true }, search: { ok: true }, workers: { ok: true } },
    });
  });

  it('is not ready while the database refuses connections, stays live, and is ready again once it accepts them', async () => {
    const name = new URL(api.db.url).pathname.slice(1);
    await admin(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    try {
      await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`);
      const down = await get('/readyz');
      expect(down.status).toBe(503);
      expect(down.body.status).toBe('not_ready');
      expect(down.body.checks.database).toEqual({ ok: false, reason: 'unreachable' });
      expect(down.body.checks.migrations.ok).toBe(false);
      expect(JSON.stringify(down.body)).not.toMatch(/exchange_test|127\.0\.0\.1|accepting connections/); // no names, addresses or driver messages
      expect((await get('/healthz')).status).toBe(200);
    } finally {
      await admin(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
    }
    const back = await get('/readyz');
    expect(back.status).toBe(200);
    expect(back.body.status).toBe('ready');
  });

  it('is not ready once shutdown has begun, before the server stops accepting', async () => {
    api.app.readiness.beginShutdown();
    const res = await get('/readyz');
    expect(res).toEqual({ status: 503, body: { status: 'not_ready', checks: { shutdown: { ok: false, reason: 'shutting down' } } } });
    expect((await get('/healthz')).status).toBe(200);
  });
});

/** Polls until `check` holds (a background connection settles in its own time). */
async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Jobs running, or due and not yet given up on. */
const busyJobs = async (db: { prisma: { $queryRaw: <T>(q: TemplateStringsArray) => Promise<T> } }) =>
  Number((await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE locked_at IS NOT NULL OR (run_at <= now() AND attempts < max_attempts)`)[0]!.n);

describe('readiness of a process that runs jobs', () => {
  it('checks that its job runner listens for jobs, and app.close() turns it not ready first', async () => {
    const db = await freshDatabase();
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const app = await buildApp({ config, prisma: db.prisma, databaseUrl: db.url, web: false, jobs: true });
    const workers = async () => (await get('/readyz', app)).body.checks.workers;
    const name = new URL(db.url).pathname.slice(1);
    try {
      await app.ready();
      await until(async () => (await workers()).ok);
      // The clock's jobs the runner starts with (a schedule missed within its backfill) are done first: cutting a
      // job's connection makes graphile-worker record its failure on a dead connection, a rejection nobody can catch.
      await until(async () => (await busyJobs(db)) === 0);
      // The runner's listening connection is cut and cannot come back while the database refuses connections.
      await admin(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`);
      await until(async () => !(await workers()).ok);
      expect(await workers()).toEqual({ ok: false, reason: 'job runner not listening' });
      await admin(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
      await until(async () => (await workers()).ok);
      expect(app.readiness.closing).toBe(false);
    } finally {
      await admin(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
      await app.close();
      // preClose ran before the server closed: the process says so to any probe still in flight.
      expect(app.readiness.closing).toBe(true);
      expect((await app.readiness.check()).status).toBe('not_ready');
    }
  });
});

describe('the shutdown drain', () => {
  it('is 5 s in production and none elsewhere unless SHUTDOWN_DRAIN_MS says', () => {
    expect(shutdownDrainMs(loadConfig({ NODE_ENV: 'production' }))).toBe(5_000);
    expect(shutdownDrainMs(loadConfig({ NODE_ENV: 'development' }))).toBe(0);
    expect(shutdownDrainMs(loadConfig({ NODE_ENV: 'test', SHUTDOWN_DRAIN_MS: '1500' }))).toBe(1_500);
    expect(shutdownDrainMs(loadConfig({ NODE_ENV: 'production', SHUTDOWN_DRAIN_MS: '0' }))).toBe(0);
  });

  it('answers 503 on /readyz while requests still succeed, then stops accepting connections', async () => {
    const db = await freshDatabase();
    const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), prisma: db.prisma, databaseUrl: db.url, web: false });
    try {
      const url = await app.listen({ host: '127.0.0.1', port: 0 });
      const started = performance.now();
      const closed = drainAndClose(app, 1_500);
      const readyz = await fetch(`${url}/readyz`);
      expect(readyz.status).toBe(503);
      expect((await readyz.json()).checks).toEqual({ shutdown: { ok: false, reason: 'shutting down' } });
      const ping = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ ping }"}' });
      expect(await ping.json()).toEqual({ data: { ping: 'pong' } });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      await closed;
      expect(performance.now() - started).toBeGreaterThanOrEqual(1_400);
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    } finally {
      if (!app.readiness.closing) await app.close();
      await db.drop();
    }
  });
});
