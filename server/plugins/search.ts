// The search engine of the process and the outbox worker that keeps it equal to PostgreSQL.
import fp from 'fastify-plugin';
import pg from 'pg';
import type { Config } from '../config.ts';
import { createEngine } from '../../search/create-engine.ts';
import { OutboxWorker } from '../../search/indexer.ts';
import { SearchSource } from '../../search/source.ts';
import type { SearchEngine } from '../../search/types.ts';

declare module 'fastify' {
  interface FastifyInstance {
    searchEngine: SearchEngine;
    searchWorker: OutboxWorker;
  }
}

export default fp(
  async (app, opts: { config: Config; databaseUrl: string; worker: boolean }) => {
    const engine = createEngine(opts.config, opts.databaseUrl);
    await engine.prepare();
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 2 });
    pool.on('error', (err) => app.log.warn({ message: err.message }, 'search worker lost an idle database connection'));
    const worker = new OutboxWorker(pool, new SearchSource(app.prisma), engine, { log: app.log });
    app.decorate('searchEngine', engine);
    app.decorate('searchWorker', worker);
    if (opts.worker) app.addHook('onReady', async () => worker.start());
    app.addHook('onClose', async () => {
      await worker.stop();
      await engine.close();
      await pool.end();
    });
  },
  { name: 'search', dependencies: ['services'] },
);
