// How long the request ↔ offer matching listener takes for one newly published listing at bulk size:
//   npx tsx server/modules/matching/bench-listener.ts [--listings 100000] [--organisations 20000] [--runs 200]
// Loads the bulk data into a throw-away PostgreSQL, indexes it (the PostgreSQL engine), then runs the listener as the
// 'matchmaking.published' job does for `runs` published listings (requests and offers alike), notices included,
// and prints p50/p95/max with the CPU Node and PostgreSQL spent per publication (`npm run bench:matching` times every
// publication listener together).
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../../prisma/embedded-postgres.ts';
import { applyMigrations } from '../../../prisma/migrate.ts';
import { runBulkSeed } from '../../../prisma/seed/bulk.ts';
import { rebuildIndex } from '../../../search/indexer.ts';
import { PostgresSearchEngine } from '../../../search/postgres-engine.ts';
import { SearchSource } from '../../../search/source.ts';
import { loadConfig } from '../../config.ts';
import { createPrisma } from '../../lib/prisma.ts';
import { postgresCpu } from '../../operations/postgres-cpu.ts';

process.env.NODE_ENV ??= 'production';
const { buildApp } = await import('../../app.ts');

const { values: args } = parseArgs({
  options: {
    listings: { type: 'string', default: '100000' },
    organisations: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '200' },
  },
});

const dataDir = await mkdtemp(path.join(tmpdir(), 'exchange-bench-matching-'));
await chmod(dataDir, 0o755);
const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), persistent: false });
try {
  await embedded.createDatabase('bench');
  const url = embedded.url('bench');
  await applyMigrations(url);
  await runBulkSeed({ listings: Number(args.listings), organisations: Number(args.organisations), seed: 1, batchSize: 2000, databaseUrl: url });
  const prisma = createPrisma(url, 10);
  const indexer = new PostgresSearchEngine(url, 16);
  await indexer.prepare();
  await rebuildIndex(new SearchSource(prisma), indexer);
  await indexer.close();

  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', UPLOAD_DIR: path.join(dataDir, 'uploads'), RATE_LIMIT_ENABLED: 'false' });
  const app = await buildApp({ config, prisma, databaseUrl: url, web: false, jobs: false });
  await app.searchEngine.warm?.();
  const listener = app.services.publicationListeners.find((l) => l.name === 'requestMatching')!;
  const ids = (await prisma.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Listing" WHERE status = 'PUBLISHED' ORDER BY md5(id::text) LIMIT ${Number(args.runs) + 20}`).map((r) => r.id);
  // Warm-up: the first calls compile the query shapes and fill PostgreSQL's buffers.
  for (const id of ids.slice(0, 20)) await listener.onPublished({ kind: 'listing', id });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const pgCpu = await postgresCpu(client);
  const [pgBefore, nodeBefore] = [pgCpu(), process.cpuUsage()];
  const times: number[] = [];
  for (const id of ids.slice(20)) {
    const started = performance.now();
    await listener.onPublished({ kind: 'listing', id });
    times.push(performance.now() - started);
  }
  const node = process.cpuUsage(nodeBefore);
  const cpu = { postgres: (pgCpu() - pgBefore) / times.length, node: (node.user + node.system) / 1000 / times.length };
  await client.end();
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
  const matches = await prisma.listingMatch.count();
  const notices = await prisma.listingMatch.count({ where: { notifiedAt: { not: null } } });
  console.log(`requestMatching over ${args.listings} listings / ${args.organisations} organisations, ${times.length} publications:`);
  console.log(`  p50 ${at(0.5)} ms · p95 ${at(0.95)} ms · max ${at(1)} ms (${matches} pairs stored, ${notices} told)`);
  // On a shared machine the wall time is mostly waiting for a core; the CPU spent is what one publication costs.
  console.log(`  CPU per publication: Node ${cpu.node.toFixed(1)} ms, PostgreSQL ${cpu.postgres.toFixed(1)} ms`);
  console.log(`  load average ${loadavg().map((l) => l.toFixed(2)).join(' / ')} (1 / 5 / 15 min, ${availableParallelism()} cores)`);
  await app.close();
  await prisma.$disconnect();
} finally {
  await embedded.stop();
  await rm(dataDir, { recursive: true, force: true });
}
