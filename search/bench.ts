// `npm run bench:search`: loads the bulk data (100,000 listings, 20,000 organisations by default) into a fresh
// embedded PostgreSQL, indexes it with the PostgreSQL engine, then runs a fixed mix of realistic searches from
// 16 concurrent clients through the GraphQL endpoint (real HTTP on loopback, the clients on their own thread): one
// server process, `npm start`'s server with two processes (WEB_CONCURRENCY=2), and bare engine calls; it prints
// p50/p95/p99 latency and throughput for each.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { loadConfig } from '../server/config.ts';
import { createPrisma } from '../server/lib/prisma.ts';
import { indexForSearch, openBenchDatabase } from '../server/operations/bench/database.ts';
import { startServerProcess } from '../server/operations/bench/server-process.ts';
import { machineLoad, percentile } from '../server/operations/bench/stats.ts';
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
    warmup: { type: 'string', default: '4000' },
    rounds: { type: 'string', default: '3' },
    // Small data and few requests: checks that the bench works (`npm run bench -- --with-specialised` uses it).
    quick: { type: 'boolean', default: false },
  },
});
if (args.quick) Object.assign(args, { listings: '2000', organisations: '400', requests: '400', warmup: '200', rounds: '1' });

// The HTTP clients run on their own thread, as browsers do on their own machines: sharing the server's event loop
// would add the clients' own work (building requests, parsing answers) to every measured server latency. They use
// node:http with keep-alive rather than fetch, whose streams cost several times more CPU per request on the two
// cores the server also runs on.
const HTTP_CLIENTS = `
const { parentPort, workerData: { url, bodies, total, concurrency } } = require('node:worker_threads');
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const post = (body) => new Promise((resolve, reject) => {
  const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
  });
  req.on('error', reject);
  req.end(body);
});
(async () => {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    for (let i = next++; i < total; i = next++) {
      const t = performance.now();
      const body = await post(bodies[i % bodies.length]);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      latencies.push(performance.now() - t);
    }
  }));
  agent.destroy();
  parentPort.postMessage({ latencies, seconds: (performance.now() - started) / 1000 });
})().catch((err) => { throw err; });
`;

function overHttp(url: string, bodies: string[], total: number, concurrency: number): Promise<{ latencies: number[]; seconds: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(HTTP_CLIENTS, { eval: true, workerData: { url, bodies, total, concurrency } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

async function inProcess(total: number, concurrency: number, call: (i: number) => Promise<void>) {
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
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

async function measure(label: string, total: number, concurrency: number, run: Promise<{ latencies: number[]; seconds: number }>) {
  const { latencies, seconds } = await run;
  latencies.sort((a, b) => a - b);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(
    `${label.padEnd(36)} p50 ${ms(percentile(latencies, 50)).padStart(9)}  p95 ${ms(percentile(latencies, 95)).padStart(9)}  ` +
      `p99 ${ms(percentile(latencies, 99)).padStart(9)}  ${(total / seconds).toFixed(0).padStart(5)} req/s  (${total} requests, ${concurrency} clients)`,
  );
}

const db = await openBenchDatabase({
  listings: Number(args.listings),
  organisations: Number(args.organisations),
  name: 'bench-search',
  fill: indexForSearch,
});
const dataDir = db.work;
try {
  const url = db.url;
  const prisma = createPrisma(url, 10);
  const total = Number(args.requests);
  const concurrency = Number(args.concurrency);
  const start = async (cacheTtlMs: number) => {
    const config = loadConfig({
      NODE_ENV: 'production', LOG_LEVEL: 'warn', UPLOAD_DIR: path.join(dataDir, 'uploads'), DB_POOL_SIZE: '10',
      SEARCH_CACHE_TTL_MS: String(cacheTtlMs), RATE_LIMIT_ENABLED: 'false',
    });
    const app = await buildApp({ config, prisma, databaseUrl: url, web: false, jobs: false });
    return { app, base: await app.listen({ host: '127.0.0.1', port: 0 }) };
  };
  let { app, base } = await start(0);

  const bodies = MIX.map((q) => JSON.stringify({ query: GRAPHQL, variables: { q: q.text, kinds: q.kinds, filters: q.filters, sort: q.sort } }));
  const viaGraphQL = (n: number) => overHttp(`${base}/graphql`, bodies, n, concurrency);
  const bare = (i: number) => {
    const q = MIX[i % MIX.length];
    return app.searchEngine
      .search({ text: q.text, kinds: q.kinds ?? [], filters: q.filters ?? {}, sort: q.sort ?? 'RELEVANCE', limit: 20, offset: 0 })
      .then(() => undefined);
  };

  const load = machineLoad;
  // A server answers for hours: measured once warm (the search mirror loaded, query shapes compiled, V8's
  // optimising compiler done with the hot paths, PostgreSQL's buffers filled), which takes some thousands of
  // requests (rounds kept getting faster after 2,000).
  const warmup = Number(args.warmup);
  await measure('warm-up (not counted)', warmup, concurrency, viaGraphQL(warmup));
  console.log(`\nBefore: ${load()}`);
  console.log(`\nSearch over ${args.listings} listings and ${args.organisations} organisations, ${MIX.length} queries in the mix:`);
  // Several rounds: on a shared virtual machine one round can run a quarter slower than the next.
  for (let round = 1; round <= Number(args.rounds); round++) {
    await measure(`GraphQL, no result cache (${round})`, total, concurrency, viaGraphQL(total));
  }
  await measure('bare engine calls', total, concurrency, inProcess(total, concurrency, bare));
  await app.close();
  // As `npm start` runs with WEB_CONCURRENCY=2: two server processes sharing the port, one per core.
  const cluster = await startServerProcess({ DATABASE_URL: url, UPLOAD_DIR: path.join(dataDir, 'uploads'), WEB_CONCURRENCY: '2', SEARCH_CACHE_TTL_MS: '0' });
  base = cluster.base;
  await measure('warm-up (not counted)', 2 * warmup, concurrency, viaGraphQL(2 * warmup)); // each process warms up
  for (let round = 1; round <= Number(args.rounds); round++) {
    await measure(`GraphQL, 2 processes, no cache (${round})`, total, concurrency, viaGraphQL(total));
  }
  await cluster.stop();
  // As deployed: recent answers cached for 15 s (dropped whenever the index changes).
  ({ app, base } = await start(15_000));
  await measure('warm-up (not counted)', warmup, concurrency, viaGraphQL(warmup));
  await measure('GraphQL, result cache 15 s', total, concurrency, viaGraphQL(total));
  console.log(`After: ${load()}`);
  await app.close();
  await prisma.$disconnect();
} finally {
  await db.close();
}
