// The search engine of the process, and what keeps it equal to PostgreSQL: the outbox drain and the rebuild, run as
// jobs by any process (server/modules/jobs/tasks.ts).
import fp from 'fastify-plugin';
import pg from 'pg';
import type { Config } from '../config.ts';
import { createEngine } from '../../search/create-engine.ts';
import { OutboxWorker, rebuildIndex } from '../../search/indexer.ts';
import { SearchSource } from '../../search/source.ts';
import type { SearchEngine } from '../../search/types.ts';

export interface SearchIndexing {
  /** Drains the search outbox into the engine now; returns the rows settled. */
  drain(): Promise<number>;
  /** Refills the index from PostgreSQL. */
  rebuild(): Promise<number>;
  /**
   * Whether the index does not hold what is published (first start, a new index layout, a rebuild cut short by a
   * stop). A change still in the outbox also counts: rebuilding then is harmless, only not needed.
   */
  incomplete(): Promise<boolean>;
}

declare module 'fastify' {
  interface FastifyInstance {
    searchEngine: SearchEngine;
    searchWorker: SearchIndexing;
    /** Whether the engine has loaded what answers searches (readiness waits for it; `warm` retries a failed load). */
    searchWarmth: { readonly state: Warmth; warm(): void };
  }
}

/** Told after every change to the index, so each process drops its cached answers. */
export const SEARCH_CHANGED_CHANNEL = 'search_index_changed';

/** 'cold': nobody asked this process to warm (the tests' apps); the first search loads what it needs. */
export type Warmth = 'cold' | 'warming' | 'warm' | 'failed';

export default fp(
  async (app, opts: { config: Config; databaseUrl: string }) => {
    // Meilisearch's prepare waits for the server and retries (compose starts it beside the app).
    const engine = createEngine(opts.config, opts.databaseUrl, { info: (msg) => app.log.info(msg), warn: (msg) => app.log.warn(msg) });
    await engine.prepare();
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 2 });
    pool.on('error', (err) => app.log.warn({ message: err.message }, 'search outbox lost an idle database connection'));
    const source = new SearchSource(app.prisma);
    // This process's cached answers go at once; the other processes drop theirs when told (their job runner listens,
    // server/plugins/jobs.ts), or else within SEARCH_CACHE_TTL_MS.
    const invalidate = () => {
      app.services.search.invalidate();
      pool.query(`SELECT pg_notify('${SEARCH_CHANGED_CHANNEL}', '')`).catch((err) => app.log.warn({ err }, 'other processes not told of a search index change'));
    };
    const outbox = new OutboxWorker(pool, source, engine, { onApplied: invalidate });
    app.decorate('searchEngine', engine);
    app.decorate('searchWorker', {
      drain: () => outbox.drain(),
      rebuild: () => rebuildIndex(source, engine, null, invalidate),
      incomplete: async () => {
        const [indexed, published] = await Promise.all([engine.size(), source.countPublished()]);
        return indexed !== published;
      },
    });
    let state: Warmth = 'cold';
    const warm = () => {
      if (state === 'warming' || state === 'warm') return;
      if (!engine.warm) return void (state = 'warm');
      state = 'warming';
      const started = performance.now();
      engine
        .warm()
        .then(() => {
          state = 'warm';
          app.log.info({ ms: Math.round(performance.now() - started) }, 'search engine warmed');
        })
        .catch((err) => {
          state = 'failed';
          app.log.warn({ err }, 'search engine not warmed; the first search will load it');
        });
    };
    app.decorate('searchWarmth', { get state() { return state; }, warm });
    // Every serving process (not the tests' apps, which start by the hundred) loads its engine once ready.
    if (opts.config.NODE_ENV !== 'test') app.addHook('onReady', async () => warm());
    app.addHook('onClose', async () => {
      await engine.close();
      await pool.end();
    });
  },
  { name: 'search', dependencies: ['services'] },
);
