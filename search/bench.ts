// `npm run bench:search`: loads the bulk data (100,000 listings, 20,000 organisations by default) into a fresh
// embedded PostgreSQL, indexes it with the PostgreSQL engine, then runs a fixed mix of realistic searches from
// 16 concurrent clients through the GraphQL endpoint (real HTTP on loopback) and as bare engine calls, and
// prints p50/p95/p99 latency and throughput for each.
import { mkdtemp, rm, chmod } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from '../prisma/embedded-postgres.ts';
import { applyMigrations } from '../prisma/migrate.ts';
import { runBulkSeed } from '../prisma/seed/bulk.ts';
import { loadConfig } from '../server/config.ts';
import { createPrisma } from '../server/lib/prisma.ts';
import { rebuildIndex } from './indexer.ts';
import { PostgresSearchEngine } from './postgres-engine.ts';
import { SearchSource } from './source.ts';
import { GRAPHQL, MIX } from './bench-queries.ts';

// As deployed (the Dockerfile sets it): GraphQL and the web framework skip their development-time checks. Set
// before the server's modules load (graphql reads it once, at import).
process.env.NODE_ENV ??= 'production';
const { buildApp } = await import('../server/app.ts');

const { values: args } = parseArgs({
  options: {
    listings: { type: 'string', default: '100000' },
    organisations: { type: 'string', default: '20000' },
    requests: { type: 'string', default: '4000' },
    concurrency: { type: 'string', default: '16' },
  },
});

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(label: string, total: number, concurrency: number, call: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < total; i = next++) {
        const t = performance.now();
        await call(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(
    `${label.padEnd(28)} p50 ${ms(percentile(latencies, 50)).padStart(9)}  p95 ${ms(percentile(latencies, 95)).padStart(9)}  ` +
      `p99 ${ms(percentile(latencies, 99)).padStart(9)}  ${(total / seconds).toFixed(0).padStart(5)} req/s  (${total} requests, ${concurrency} clients)`,
  );
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'exchange-bench-'));
await chmod(dataDir, 0o755);
const pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), persistent: false });
try {
  await pg.createDatabase('bench');
  const url = pg.url('bench');
  await applyMigrations(url);
  await runBulkSeed({ listings: Number(args.listings), organisations: Number(args.organisations), seed: 1, batchSize: 2000, databaseUrl: url });

  const prisma = createPrisma(url, 10);
  const engine = new PostgresSearchEngine(url, 16);
  await engine.prepare();
  const started = performance.now();
  const indexed = await rebuildIndex(new SearchSource(prisma), engine);
  console.log(`Indexed ${indexed} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await engine.close();

  const total = Number(args.requests);
  const concurrency = Number(args.concurrency);
  const start = async (cacheTtlMs: number) => {
    const config = loadConfig({
      NODE_ENV: 'production', LOG_LEVEL: 'warn', UPLOAD_DIR: path.join(dataDir, 'uploads'), DB_POOL_SIZE: '10',
      SEARCH_CACHE_TTL_MS: String(cacheTtlMs),
    });
    const app = await buildApp({ config, prisma, databaseUrl: url, web: false, jobs: false });
    return { app, base: await app.listen({ host: '127.0.0.1', port: 0 }) };
  };
  let { app, base } = await start(0);

  const viaGraphQL = async (i: number) => {
    const q = MIX[i % MIX.length];
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: GRAPHQL, variables: { q: q.text, kinds: q.kinds, filters: q.filters, sort: q.sort } }),
    });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const bare = (i: number) => {
    const q = MIX[i % MIX.length];
    return app.searchEngine
      .search({ text: q.text, kinds: q.kinds ?? [], filters: q.filters ?? {}, sort: q.sort ?? 'RELEVANCE', limit: 20, offset: 0 })
      .then(() => undefined);
  };

  const load = () => `load average ${loadavg().map((l) => l.toFixed(2)).join(' / ')} (1 / 5 / 15 min, ${availableParallelism()} cores)`;
  await measure('warm-up (not counted)', 300, concurrency, viaGraphQL);
  console.log(`\nBefore: ${load()}`);
  console.log(`\nSearch over ${args.listings} listings and ${args.organisations} organisations, ${MIX.length} queries in the mix:`);
  await measure('GraphQL, no result cache', total, concurrency, viaGraphQL);
  await measure('bare engine calls', total, concurrency, bare);
  await app.close();
  // As deployed: recent answers cached for 15 s (dropped whenever the index changes).
  ({ app, base } = await start(15_000));
  await measure('GraphQL, result cache 15 s', total, concurrency, viaGraphQL);
  console.log(`After: ${load()}`);
  await app.close();
  await prisma.$disconnect();
} finally {
  await pg.stop();
  await rm(dataDir, { recursive: true, force: true });
}
