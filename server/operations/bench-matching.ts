// `npm run bench:matching [-- --listings 100000 --organisations 20000 --saved-searches 100000 --quick]`: loads the
// bulk data into a throw-away embedded PostgreSQL, adds people with saved searches made of the bulk generator's own
// words and filters (normalised as saveSearch does, with word counts from the indexed documents), then times what
// publishing costs: every registered publication listener (server/services.ts `publicationListeners`, by name) for
// one newly published listing, over `--runs` listings, and building all the daily digests after a day's
// publications (`--day`). Prints p50/p95, each listener's share, the process's memory and the load average.
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { Random } from '../../prisma/seed/random.ts';
import { AQUACULTURE, COMMUNES, CROPS, HERBS, INDUSTRIES, LIVESTOCK, PRODUCTS, SOFTWARE_DOMAINS, TECHNOLOGY_TEMPLATES, WASTES } from '../../prisma/seed/bulk-vocabulary.ts';
import { SearchSource } from '../../search/source.ts';
import { rebuildIndex } from '../../search/indexer.ts';
import { PostgresSearchEngine } from '../../search/postgres-engine.ts';
import { postgresCpu } from './postgres-cpu.ts';
import { documentTerms } from '../../search/postgres-terms.ts';
import { LISTING_KINDS, ORGANISATION_KINDS, PRICE_BANDS, type SearchKind } from '../../search/types.ts';
import { loadConfig } from '../config.ts';
import { createPrisma } from '../lib/prisma.ts';
import { openBenchDatabase } from './bench/database.ts';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';
import { createServices } from '../services.ts';
import { matchForm, type SearchCriteria } from '../modules/alerts/alerts-criteria.ts';
import { newUnsubscribeToken } from '../modules/notification/unsubscribe.ts';

const { values: args } = parseArgs({
  options: {
    listings: { type: 'string', default: '100000' },
    organisations: { type: 'string', default: '20000' },
    'saved-searches': { type: 'string', default: '100000' },
    runs: { type: 'string', default: '20' },
    day: { type: 'string', default: '300' },
    quick: { type: 'boolean', default: false },
    // Keep the loaded database there and reuse it (its saved searches too).
    'data-dir': { type: 'string' },
  },
});
if (args.quick) Object.assign(args, { listings: '5000', organisations: '1000', 'saved-searches': '5000', runs: '10', day: '50' });
const SEARCHES = Number(args['saved-searches']);
const PEOPLE = Math.max(1, Math.round(SEARCHES / 5)); // five saved searches a person on average

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const mb = (bytes: number) => `${Math.round(bytes / 1_048_576)} MB`;

/** How many published documents hold each folded word, as the search engine would count them. */
async function wordCounts(source: SearchSource): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for await (const page of source.publishedIds(4000)) {
    const built = page.entityType === 'listing' ? await source.listings(page.ids) : await source.organisations(page.ids);
    for (const doc of built.docs) for (const term of documentTerms(doc).all) if (/^[a-z0-9]/.test(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

const SUBJECTS = [CROPS, AQUACULTURE, LIVESTOCK, HERBS, WASTES, SOFTWARE_DOMAINS, PRODUCTS, INDUSTRIES].flat();
const KEYWORDS = [...new Set(TECHNOLOGY_TEMPLATES.flatMap((t) => t.keywords))];
const SUB_FIELDS = [...new Set(TECHNOLOGY_TEMPLATES.map((t) => t.field))];
const FIELDS = [...new Set(TECHNOLOGY_TEMPLATES.flatMap((t) => [t.field, t.field.slice(0, 1)]))];
const KINDS: SearchKind[] = [...LISTING_KINDS, ...ORGANISATION_KINDS];

/**
 * A search a buyer could have saved: words in Vietnamese (sometimes English) from the generator, and filters; a few
 * are filters alone, narrow ones (a sub-field of one kind, often in one commune: "every equipment offer for
 * aquaculture in Đức Hòa"), since nobody asks to hear of every listing of a whole field.
 */
function randomCriteria(rng: Random): SearchCriteria {
  const filterOnly = rng.chance(0.05);
  if (filterOnly) {
    const filters: SearchCriteria['filters'] = { fieldCodes: [rng.pick(SUB_FIELDS)], ...(rng.chance(0.6) ? { communes: [rng.pick(COMMUNES)] } : {}) };
    return { query: '', kinds: [rng.pick(LISTING_KINDS)], filters };
  }
  const words = [
        ...rng.sample(SUBJECTS, rng.chance(0.8) ? 1 : 2).map((t) => (rng.chance(0.85) ? t[0] : t[1])),
        ...(rng.chance(0.4) ? [rng.pick(KEYWORDS)] : []),
      ];
  const filters: SearchCriteria['filters'] = {};
  if (rng.chance(0.3)) filters.fieldCodes = [rng.pick(FIELDS)];
  if (rng.chance(0.1)) filters.trlMin = rng.int(4, 7);
  if (rng.chance(0.1)) filters.priceBands = rng.sample(PRICE_BANDS, 2).sort();
  if (rng.chance(0.12)) filters.communes = [rng.pick(COMMUNES)];
  if (rng.chance(0.05)) filters.verified = true;
  return { query: words.join(' '), kinds: rng.chance(0.6) ? rng.sample(KINDS, rng.chance(0.7) ? 1 : 2).sort() : [], filters };
}

async function addSavedSearches(client: pg.Client, counts: Map<string, number>, documents: number) {
  const rng = new Random(14);
  await client.query(`INSERT INTO "User" (id, email, "passwordHash", "displayName", "emailVerifiedAt", "updatedAt", locale)
    SELECT gen_random_uuid(), 'nguoi-theo-doi-' || g || '@bench.vn', 'x', 'Người theo dõi ' || g, now(), now(), CASE WHEN g % 5 = 0 THEN 'en' ELSE 'vi' END::"Locale"
    FROM generate_series(1, ${PEOPLE}) g`);
  const people = (await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email LIKE 'nguoi-theo-doi-%' ORDER BY email`)).rows.map((r) => r.id);
  const frequencies = ['IMMEDIATE', 'DAILY', 'DAILY', 'DAILY', 'WEEKLY'];
  for (let start = 0; start < SEARCHES; start += 5000) {
    const batch = Array.from({ length: Math.min(5000, SEARCHES - start) }, (_, i) => {
      const criteria = randomCriteria(rng);
      const form = matchForm(criteria, (w) => counts.get(w) ?? 0, documents);
      return [people[(start + i) % people.length], `Tìm kiếm ${start + i + 1}`, JSON.stringify(criteria), JSON.stringify(form.groups), form.required, form.anchors, rng.pick(frequencies), newUnsubscribeToken()];
    });
    const column = (i: number) => batch.map((row) => row[i]);
    await client.query(
      `INSERT INTO "SavedSearch" (id, "userId", name, criteria, groups, required, anchors, frequency, "unsubscribeToken", "updatedAt")
       SELECT gen_random_uuid(), u, n, c::jsonb, g::jsonb, r, a, f::"AlertFrequency", t, now()
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS x(u, n, c, g, r_, a_, f, t),
         LATERAL (SELECT string_to_array(r_, '|') AS r, string_to_array(a_, '|') AS a) arrays`,
      [column(0), column(1), column(2), column(3), column(4).map((r) => (r as string[]).join('|')), column(5).map((a) => (a as string[]).join('|')), column(6), column(7)],
    );
  }
}

// The bulk data and the saved searches are loaded once (kept with --data-dir); the database's own tools are shared
// with the other benches (bench/database.ts).
const db = await openBenchDatabase({
  listings: Number(args.listings),
  organisations: Number(args.organisations),
  dataDir: args['data-dir'],
  name: 'bench-matching',
  fill: async (url, client) => {
    const prisma = createPrisma(url, 4);
    try {
      const t = performance.now();
      const counts = await wordCounts(new SearchSource(prisma));
      const documents = Number((await client.query(`SELECT (SELECT count(*) FROM "Listing" WHERE status = 'PUBLISHED') + (SELECT count(*) FROM "Organisation" WHERE status = 'PUBLISHED') AS n`)).rows[0].n);
      await addSavedSearches(client, counts, documents);
      console.log(`${SEARCHES} saved searches of ${PEOPLE} people added (word counts of ${documents} documents) in ${seconds(t)} s`);
    } finally {
      await prisma.$disconnect();
    }
  },
});
try {
  const { url, client, work } = db;
  // The app's client, with the time PostgreSQL took for each statement (the statements of the timed runs are printed).
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }), log: [{ emit: 'event', level: 'query' }] });
  let statements: Map<string, number[]> | null = null;
  prisma.$on('query', (e) => {
    if (!statements) return;
    const sql = e.query.replace(/\s+/g, ' ').replace(/"public"\./g, '').slice(0, 100);
    statements.set(sql, [...(statements.get(sql) ?? []), e.duration]);
  });

  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', UPLOAD_DIR: path.join(work, 'uploads') });
  // The request ↔ offer matcher asks the search engine for text relevance: the PostgreSQL engine, indexed as deployed.
  let t = performance.now();
  const engine = new PostgresSearchEngine(url, 16);
  await engine.prepare();
  if (db.fresh) await rebuildIndex(new SearchSource(prisma), engine);
  await engine.warm?.();
  console.log(`Search index built in ${seconds(t)} s`);
  const services = createServices(prisma, config, { searchEngine: () => engine });
  const listeners = services.publicationListeners;

  // Published listings to publish again, as if new: a republish is news to the listeners (the trigger's rule), and
  // nothing was delivered for them yet.
  const runs = Number(args.runs);
  const day = Number(args.day);
  const picked = (await client.query<{ id: string }>(`SELECT id FROM "Listing" WHERE status = 'PUBLISHED' ORDER BY md5(id::text) LIMIT $1`, [runs + 3 + day])).rows.map((r) => r.id);
  const perListener = new Map<string, number[]>(listeners.map((l) => [l.name, []]));
  const totals: number[] = [];
  const publish = async (id: string, timed: boolean) => {
    const start = performance.now();
    for (const listener of listeners) {
      const s = performance.now();
      await listener.onPublished({ kind: 'listing', id });
      if (timed) perListener.get(listener.name)!.push(performance.now() - s);
    }
    if (timed) totals.push(performance.now() - start);
  };
  for (const id of picked.slice(0, 3)) await publish(id, false); // warm-up
  statements = new Map();
  // On a shared machine the wall time is mostly waiting for a core; the CPU spent is what one publication costs.
  const pgCpu = await postgresCpu(client);
  const [pgBefore, nodeBefore] = [pgCpu(), process.cpuUsage()];
  for (const id of picked.slice(3, 3 + runs)) await publish(id, true);
  const nodeCpu = process.cpuUsage(nodeBefore);
  const cpu = { postgres: (pgCpu() - pgBefore) / runs, node: (nodeCpu.user + nodeCpu.system) / 1000 / runs };
  const perStatement = statements;
  statements = null;
  totals.sort((a, b) => a - b);
  const delivered = Number((await client.query(`SELECT count(*) AS n FROM "SavedSearchDelivery"`)).rows[0].n);

  // A day of publications, then the morning's digests.
  t = performance.now();
  for (const [i, id] of picked.slice(3 + runs).entries()) {
    await publish(id, false);
    if ((i + 1) % 100 === 0) console.log(`  … ${i + 1} of ${day} publications`);
  }
  const dayMs = performance.now() - t;
  const pending = (await client.query(`SELECT count(*) AS items, count(DISTINCT s."userId") AS people FROM "SavedSearchDelivery" d JOIN "SavedSearch" s ON s.id = d."savedSearchId"
    WHERE d."digestedAt" IS NULL AND s.frequency = 'DAILY'`)).rows[0];
  t = performance.now();
  const digests = await services.alertDigests.build('DAILY');
  const digestMs = performance.now() - t;
  const usage = process.resourceUsage();

  console.log(`\nMatching one published listing against ${SEARCHES} saved searches (${runs} listings, one after another):`);
  console.log(`  all listeners   p50 ${percentile(totals, 50).toFixed(1)} ms  p95 ${percentile(totals, 95).toFixed(1)} ms  max ${totals.at(-1)!.toFixed(1)} ms`);
  const sum = totals.reduce((a, b) => a + b, 0);
  for (const [name, ms] of perListener) {
    const sorted = [...ms].sort((a, b) => a - b);
    const share = (100 * ms.reduce((a, b) => a + b, 0)) / sum;
    console.log(`  ${name.padEnd(15)} p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  share ${share.toFixed(0)} %`);
  }
  console.log(`  CPU per publication: Node ${cpu.node.toFixed(1)} ms, PostgreSQL ${cpu.postgres.toFixed(1)} ms`);
  console.log(`  deliveries recorded for them: ${delivered} (${(delivered / runs).toFixed(0)} saved searches matched per listing)`);
  console.log('  SQL time per listing, by statement (PostgreSQL\'s own time, mean):');
  const bySql = [...perStatement].map(([sql, ms]) => ({ sql, ms: ms.reduce((a, b) => a + b, 0) / runs })).sort((a, b) => b.ms - a.ms);
  for (const { sql, ms } of bySql.slice(0, 8)) console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${sql}`);
  console.log(`\nA day of ${day} more publications took ${(dayMs / 1000).toFixed(1)} s; then the daily digests:`);
  console.log(`  ${pending.items} new items for ${pending.people} people → ${digests.emails} e-mails with ${digests.items} items in ${(digestMs / 1000).toFixed(1)} s`);
  console.log(`\nMemory: RSS ${mb(process.memoryUsage().rss)} now, ${mb(usage.maxRSS * 1024)} at most (Node process; PostgreSQL apart)`);
  console.log(`Load average ${loadavg().map((l) => l.toFixed(2)).join(' / ')} (1 / 5 / 15 min, ${availableParallelism()} cores)`);
  await engine.close();
  await prisma.$disconnect();
} finally {
  await db.close();
}
process.exit(0);
