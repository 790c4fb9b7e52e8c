// The search engine of the process and the outbox worker that keeps it equal to PostgreSQL.
import fp from 'fastify-plugin';
import pg from 'pg';
import type { Config } from '../config.ts';
import { createEngine } from '../../search/create-engine.ts';
import { OutboxWorker, rebuildIndex } from '../../search/indexer.ts';
import { SearchSource } from '../../search/source.ts';
import type { SearchEngine } from '../../search/types.ts';

declare module 'fastify' {
  interface FastifyInstance {
    searchEngine: SearchEngine;
    searchWorker: OutboxWorker;
    /** Whether the engine has loaded what answers searches (readiness waits for it; `warm` retries a failed load). */
    searchWarmth: { readonly state: Warmth; warm(): void };
  }
}

/** 'cold': nobody asked this process to warm (the tests' apps); the first search loads what it needs. */
export type Warmth = 'cold' | 'warming' | 'warm' | 'failed';

export default fp(
  async (app, opts: { config: Config; databaseUrl: string; worker: boolean }) => {
    const engine = createEngine(opts.config, opts.databaseUrl);
    await engine.prepare();
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 2 });
    pool.on('error', (err) => app.log.warn({ message: err.message }, 'search worker lost an idle database connection'));
    const source = new SearchSource(app.prisma);
    const invalidate = () => app.services.search.invalidate();
    const worker = new OutboxWorker(pool, source, engine, { log: app.log, onApplied: invalidate });
    app.decorate('searchEngine', engine);
    app.decorate('searchWorker', worker);
    if (opts.worker) {
      app.addHook('onReady', async () => {
        // An index that does not hold what is published (first start, a new index layout, a rebuild cut short by
        // a stop) is filled again, in the background; the outbox worker keeps it current from then on. (A change
        // still in the outbox also counts as a difference: rebuilding then is harmless, only not needed.)
        const [indexed, published] = await Promise.all([engine.size(), source.countPublished()]);
        if (indexed !== published) {
          rebuildIndex(source, engine, null, invalidate)
            .then((n) => app.log.info({ documents: n, engine: engine.name }, 'search index rebuilt'))
            .catch((err) => app.log.error({ err }, 'search index rebuild failed; run npm run search:reindex'));
        }
        worker.start();
      });
    }
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
      await worker.stop();
      await engine.close();
      await pool.end();
    });
  },
  { name: 'search', dependencies: ['services'] },
);
