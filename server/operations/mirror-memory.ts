// The PostgreSQL search engine's in-memory mirror alone: how much memory it takes and how fast it answers.
//   npx tsx --expose-gc server/operations/mirror-memory.ts --data-dir /work/tmp/my-bulk [--rounds 20] [--snapshot FILE]
// opens a database kept by `npm run bench -- --data-dir …` (or DATABASE_URL), loads the mirror, prints the heap and
// resident set before and after (and at the peak of the load), the mirror's own account of its parts, then times
// bench:search's query mix on the engine (sequential calls: the engine's own cost, without HTTP or GraphQL).
import { writeHeapSnapshot } from 'node:v8';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MIX } from '../../search/bench-queries.ts';
import { PostgresSearchEngine } from '../../search/postgres-engine.ts';
import { openBenchDatabase } from './bench/database.ts';
import { percentile } from './bench/stats.ts';
import { mb, readHeapSnapshot, summarise } from './heap-snapshot.ts';

const { values: args } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    rounds: { type: 'string', default: '20' },
    snapshot: { type: 'string' },
  },
});

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc (npx tsx --expose-gc …)');

function memory(): { rss: number; peak: number; heap: number; heapTotal: number; external: number; buffers: number; malloc: number } {
  gc!();
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]) * 1024;
  // The C library's main heap ([heap], grown with brk): freed blocks below a live one stay resident.
  const brk = /\[heap\]\n(?:.*\n)*?Rss:\s+(\d+) kB/.exec(readFileSync('/proc/self/smaps', 'utf8'));
  const u = process.memoryUsage();
  return { rss: kb('VmRSS'), peak: kb('VmHWM'), heap: u.heapUsed, heapTotal: u.heapTotal, external: u.external, buffers: u.arrayBuffers, malloc: Number(brk?.[1] ?? 0) * 1024 };
}
const show = (m: ReturnType<typeof memory>) =>
  `RSS ${mb(m.rss)} MB (peak ${mb(m.peak)}), V8 heap ${mb(m.heap)} used of ${mb(m.heapTotal)}, external ${mb(m.external)} (array buffers ${mb(m.buffers)}), C heap [heap] ${mb(m.malloc)}`;

const db = args['data-dir']
  ? await openBenchDatabase({ listings: 0, organisations: 0, dataDir: args['data-dir'], name: 'mirror' })
  : null;
const url = db?.url ?? process.env.DATABASE_URL;
if (!url) throw new Error('--data-dir or DATABASE_URL');
const engine = new PostgresSearchEngine(url, 4);
try {
  const before = memory();
  console.log(`Before the mirror: ${show(before)}`);
  const started = performance.now();
  await engine.warm();
  const loadedIn = performance.now() - started;
  const after = memory();
  console.log(`Mirror loaded in ${(loadedIn / 1000).toFixed(1)} s: ${show(after)}`);
  console.log(`  the mirror: heap +${mb(after.heap - before.heap)} MB, external +${mb(after.external - before.external)} MB, RSS +${mb(after.rss - before.rss)} MB`);
  for (const [part, bytes] of Object.entries(engine.footprint())) console.log(`    ${part.padEnd(28)} ${mb(bytes).padStart(8)} MB`);

  const query = (q: (typeof MIX)[number]) =>
    engine.search({ text: q.text, kinds: q.kinds ?? [], filters: q.filters ?? {}, sort: q.sort ?? 'RELEVANCE', limit: 20, offset: 0 });
  for (const q of MIX) await query(q); // the compiler's first work
  const times: number[][] = MIX.map(() => []);
  for (let round = 0; round < Number(args.rounds); round++) {
    for (const [i, q] of MIX.entries()) {
      const t = performance.now();
      await query(q);
      times[i]!.push(performance.now() - t);
    }
  }
  const medians = times.map((t) => percentile(t, 0.5));
  console.log(`\nThe mix on the engine, ${args.rounds} rounds (median ms a query; the sum is one round):`);
  MIX.forEach((q, i) => console.log(`  ${medians[i]!.toFixed(2).padStart(7)}  ${q.text || '(no text)'}${q.kinds ? ` kinds ${q.kinds.join(',')}` : ''}${q.filters ? ` ${JSON.stringify(q.filters)}` : ''}${q.sort ? ` ${q.sort}` : ''}`));
  console.log(`  ${medians.reduce((a, b) => a + b, 0).toFixed(2).padStart(7)}  one round; after it: ${show(memory())}`);

  if (args.snapshot) {
    writeHeapSnapshot(args.snapshot);
    const summary = summarise(readHeapSnapshot(args.snapshot), { minBytes: 4 << 20, depth: 6, top: 15 });
    console.log(`\nHeap snapshot ${args.snapshot}, ${mb(summary.total)} MB; self size by constructor or type:`);
    for (const r of summary.byLabel) console.log(`  ${mb(r.self).padStart(8)} MB  ${String(r.count).padStart(9)}  ${r.label}`);
    console.log('What keeps it alive (retained ≥ 4 MB):');
    for (const line of summary.tree) console.log(`  ${line}`);
  }
} finally {
  await engine.close();
  await db?.close();
}
