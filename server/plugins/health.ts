// /healthz: the process lives and answers (liveness: no dependency is asked, so a database outage never gets every
// process restarted at once). /readyz: this process can serve now (readiness: a load balancer or Kubernetes sends
// it traffic only then): database reachable, migrations applied, search engine loaded, its workers running, and
// not shutting down. A failing check names a short reason; the details go to the log, not to the public port.
import { setTimeout as sleep } from 'node:timers/promises';
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { readMigrations } from '../../prisma/migrate.ts';

export interface Check {
  ok: boolean;
  reason?: string;
}

export interface Readiness {
  status: 'ready' | 'not_ready';
  checks: Record<string, Check>;
}

declare module 'fastify' {
  interface FastifyInstance {
    readiness: {
      check(): Promise<Readiness>;
      /** Reports not-ready from now on (app.close() calls it first, before the server stops accepting). */
      beginShutdown(): void;
      readonly closing: boolean;
    };
  }
}

/** A probe that waits longer than this counts as failed: a hung database must not hang the probe too. */
const CHECK_TIMEOUT_MS = 2_000;

class Timeout extends Error {}

function withTimeout<T>(work: Promise<T>, ms = CHECK_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Timeout(`timed out after ${ms} ms`)), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * How a serving process stops (SIGTERM): not ready from now on, still answering for `drainMs` so that load
 * balancers see the failing /readyz and stop sending traffic first, then closed (in-flight requests finish).
 */
export async function drainAndClose(app: FastifyInstance, drainMs: number): Promise<void> {
  app.readiness.beginShutdown();
  if (drainMs > 0) {
    app.log.info({ drainMs }, 'not ready; draining before closing');
    await sleep(drainMs);
  }
  await app.close();
}

export default fp(
  async (app) => {
    const expected = (await readMigrations()).map((m) => m.name);
    let closing = false;

    const failed = (name: string, err: unknown, reason: string): Check => {
      app.log.warn({ err, check: name }, 'readiness check failed');
      return { ok: false, reason: err instanceof Timeout ? err.message : reason };
    };

    const database = async (): Promise<Record<string, Check>> => {
      try {
        await withTimeout(app.prisma.$queryRaw`SELECT 1`);
      } catch (err) {
        return { database: failed('database', err, 'unreachable'), migrations: { ok: false, reason: 'database unreachable' } };
      }
      try {
        const rows = await withTimeout(
          app.prisma.$queryRaw<{ name: string }[]>`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        );
        const applied = new Set(rows.map((r) => r.name));
        const pending = expected.filter((name) => !applied.has(name));
        return { database: { ok: true }, migrations: pending.length ? { ok: false, reason: `pending: ${pending.join(', ')}` } : { ok: true } };
      } catch (err) {
        return { database: { ok: true }, migrations: failed('migrations', err, 'history unreadable') };
      }
    };

    const search = async (): Promise<Check> => {
      const { state } = app.searchWarmth;
      if (state === 'warming') return { ok: false, reason: 'index loading' };
      if (state === 'failed') {
        app.searchWarmth.warm(); // tried again; the next probe sees the outcome
        return { ok: false, reason: 'index not loaded; loading again' };
      }
      try {
        const health = await withTimeout(app.searchEngine.health());
        return health.ok ? { ok: true } : failed('search', new Error(health.detail), `${app.searchEngine.name} unreachable`);
      } catch (err) {
        return failed('search', err, `${app.searchEngine.name} unreachable`);
      }
    };

    // A process that runs jobs must have its runner up and listening for new ones; one that runs none has nothing
    // to check (another process runs them).
    const workers = (): Check => {
      const { state } = app.jobs;
      return state === 'off' || state === 'running' ? { ok: true } : { ok: false, reason: `job runner ${state}` };
    };

    const run = async (): Promise<Readiness> => {
      if (closing) return { status: 'not_ready', checks: { shutdown: { ok: false, reason: 'shutting down' } } };
      const [db, searchCheck] = await Promise.all([database(), search()]);
      const checks = { ...db, search: searchCheck, workers: workers() };
      return { status: Object.values(checks).every((c) => c.ok) ? 'ready' : 'not_ready', checks };
    };
    // Probes from several balancers at once share one run, so a slow database never piles up queries.
    let inFlight: Promise<Readiness> | null = null;
    const check = () => (inFlight ??= run().finally(() => (inFlight = null)));

    app.decorate('readiness', {
      check,
      beginShutdown: () => void (closing = true),
      get closing() {
        return closing;
      },
    });
    app.addHook('preClose', async () => {
      closing = true;
    });

    app.get('/healthz', async () => ({ status: 'ok' }));
    app.get('/readyz', async (_request, reply) => {
      const result = await check();
      return reply.code(result.status === 'ready' ? 200 : 503).header('cache-control', 'no-store').send(result);
    });
  },
  { name: 'health', dependencies: ['services', 'search', 'jobs'] },
);
