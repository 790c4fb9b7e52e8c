// Bulk data for load and search tests:
//   npx tsx prisma/seed/bulk.ts --listings 100000 --organisations 20000 [--seed 1] [--database-url postgresql://…]
// Rows go in with multi-row INSERT … SELECT FROM unnest($1::uuid[], …): one statement per batch carries thousands of
// rows as a few array parameters, which is what makes 100k listings take seconds instead of minutes.
// Bulk rows write no Outbox rows on purpose: the search reindex rebuilds the index from PostgreSQL after a bulk load,
// and 120k outbox entries would only make the worker replay what the reindex already did.
// It keeps its direct SQL (no services, no audit events) on purpose: it is a benchmark loader, not history.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../../server/config.ts';
import { openDatabase } from '../../server/lib/database.ts';
import { createPrisma } from '../../server/lib/prisma.ts';
import { ModerationStatus } from '../../server/generated/prisma/enums.ts';
import { BulkRowGenerator, type ListingRow, type OrganisationRef, type OrganisationRow } from './bulk-rows.ts';
import { seedFieldsOfScience } from './fields-of-science.ts';
import { formatDuration, ProgressBar, type ProgressStream } from '../../server/lib/progress.ts';
import { Random } from './random.ts';

export interface BulkSeedOptions {
  listings: number;
  organisations: number;
  seed: number;
  batchSize: number;
  databaseUrl: string | undefined;
}

const USAGE = `Usage: npx tsx prisma/seed/bulk.ts [--listings N] [--organisations N] [--seed N] [--batch-size N] [--database-url URL]
  --listings       listings to add (default 100000)
  --organisations  organisations to add (default 20000); with 0, listings go to the organisations already there
  --seed           seed of the generator: the same seed gives the same data (default 1)
  --batch-size     rows per INSERT statement (default 2000)
  --database-url   PostgreSQL to fill; else DATABASE_URL; else the embedded database in DATA_DIR`;

/** Where the progress bars and the summary go; tests pass a silent one. */
export interface BulkSeedOutput {
  progress: ProgressStream;
  log: (line: string) => void;
}

const CONSOLE: BulkSeedOutput = { progress: process.stderr, log: (line) => console.log(line) };

/** Batches in flight at once: one connection each; generating the next batch overlaps with inserting. */
const CONCURRENCY = 3;

interface Column<R> {
  name: string;
  /** PostgreSQL type of one element of the array parameter. */
  type: string;
  value: (row: R) => unknown;
  /** How a row's element becomes the column value, when it is not inserted as is. */
  expr?: (ref: string) => string;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

const ORGANISATION_COLUMNS: Column<OrganisationRow>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'slug', type: 'text', value: (r) => r.slug },
  { name: 'kind', type: '"OrganisationKind"', value: (r) => r.kind },
  { name: 'nameVi', type: 'text', value: (r) => r.nameVi },
  { name: 'nameEn', type: 'text', value: (r) => r.nameEn },
  { name: 'shortName', type: 'text', value: (r) => r.shortName },
  { name: 'taxCode', type: 'text', value: (r) => r.taxCode },
  { name: 'stCertificateNumber', type: 'text', value: (r) => r.stCertificateNumber },
  { name: 'descriptionVi', type: 'text', value: (r) => r.descriptionVi },
  { name: 'descriptionEn', type: 'text', value: (r) => r.descriptionEn },
  { name: 'phone', type: 'text', value: (r) => r.phone },
  { name: 'addressLine', type: 'text', value: (r) => r.addressLine },
  { name: 'commune', type: 'text', value: (r) => r.commune },
  { name: 'province', type: 'text', value: (r) => r.province },
  { name: 'status', type: '"ModerationStatus"', value: (r) => r.status },
  { name: 'verifiedAt', type: 'timestamptz', value: (r) => iso(r.verifiedAt) },
  { name: 'publishedAt', type: 'timestamptz', value: (r) => iso(r.publishedAt) },
  { name: 'createdAt', type: 'timestamptz', value: (r) => iso(r.createdAt) },
  { name: 'updatedAt', type: 'timestamptz', value: (r) => iso(r.updatedAt) },
];

type OrganisationFieldRow = { organisationId: string; fieldCode: string };

const ORGANISATION_FIELD_COLUMNS: Column<OrganisationFieldRow>[] = [
  { name: 'organisationId', type: 'uuid', value: (r) => r.organisationId },
  { name: 'fieldCode', type: 'text', value: (r) => r.fieldCode },
];

// Keywords travel joined by "|" (no vocabulary word contains one): unnest cannot carry an array per row.
const KEYWORD_SEPARATOR = '|';

const LISTING_COLUMNS: Column<ListingRow>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'slug', type: 'text', value: (r) => r.slug },
  { name: 'kind', type: '"ListingKind"', value: (r) => r.kind },
  { name: 'status', type: '"ModerationStatus"', value: (r) => r.status },
  { name: 'organisationId', type: 'uuid', value: (r) => r.organisationId },
  { name: 'titleVi', type: 'text', value: (r) => r.titleVi },
  { name: 'titleEn', type: 'text', value: (r) => r.titleEn },
  { name: 'summaryVi', type: 'text', value: (r) => r.summaryVi },
  { name: 'summaryEn', type: 'text', value: (r) => r.summaryEn },
  { name: 'descriptionVi', type: 'text', value: (r) => r.descriptionVi },
  { name: 'fieldCode', type: 'text', value: (r) => r.fieldCode },
  { name: 'trl', type: 'int', value: (r) => r.trl },
  { name: 'appraisalLevel', type: '"TechnologyLevel"', value: (r) => r.appraisalLevel },
  {
    name: 'keywords',
    type: 'text',
    value: (r) => r.keywords.join(KEYWORD_SEPARATOR),
    expr: (ref) => `string_to_array(${ref}, '${KEYWORD_SEPARATOR}')`,
  },
  { name: 'priceType', type: '"PriceType"', value: (r) => r.priceType },
  { name: 'priceMin', type: 'bigint', value: (r) => r.priceMin },
  { name: 'priceMax', type: 'bigint', value: (r) => r.priceMax },
  { name: 'commune', type: 'text', value: (r) => r.commune },
  { name: 'province', type: 'text', value: (r) => r.province },
  { name: 'hideOrganisation', type: 'boolean', value: (r) => r.hideOrganisation },
  { name: 'details', type: 'jsonb', value: (r) => JSON.stringify(r.details) },
  { name: 'validUntil', type: 'timestamptz', value: (r) => iso(r.validUntil) },
  { name: 'publishedAt', type: 'timestamptz', value: (r) => iso(r.publishedAt) },
  { name: 'createdAt', type: 'timestamptz', value: (r) => iso(r.createdAt) },
  { name: 'updatedAt', type: 'timestamptz', value: (r) => iso(r.updatedAt) },
];

function insertSql<R>(table: string, columns: readonly Column<R>[]): string {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const values = columns.map((c, i) => (c.expr ? c.expr(`u.c${i}`) : `u.c${i}`)).join(', ');
  const params = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  return `INSERT INTO "${table}" (${names}) SELECT ${values} FROM unnest(${params}) AS u(${aliases})`;
}

function insertRows<R>(db: pg.Pool | pg.PoolClient, table: string, columns: readonly Column<R>[], rows: readonly R[]) {
  return db.query(insertSql(table, columns), columns.map((c) => rows.map(c.value)));
}

/** Runs at most `limit` tasks at once; the first failure stops new tasks and is rethrown by drain(). */
class TaskQueue {
  private readonly running = new Set<Promise<void>>();
  private failure: unknown;

  constructor(private readonly limit: number) {}

  async add(task: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.limit) await Promise.race(this.running);
    if (this.failure) throw this.failure;
    const p: Promise<void> = task()
      .catch((err) => {
        this.failure ??= err;
      })
      .finally(() => this.running.delete(p));
    this.running.add(p);
  }

  async drain(): Promise<void> {
    await Promise.all(this.running);
    if (this.failure) throw this.failure;
  }
}

async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await work(client);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

interface OrganisationPool {
  published: OrganisationRef[];
  all: OrganisationRef[];
}

async function insertOrganisations(
  pool: pg.Pool,
  generator: BulkRowGenerator,
  opts: BulkSeedOptions,
  firstSerial: number,
  out: BulkSeedOutput,
) {
  const orgs: OrganisationPool = { published: [], all: [] };
  const progress = new ProgressBar('organisations', opts.organisations, out.progress);
  const queue = new TaskQueue(CONCURRENCY);
  for (let start = 0; start < opts.organisations; start += opts.batchSize) {
    const rows: OrganisationRow[] = [];
    for (let i = start; i < Math.min(start + opts.batchSize, opts.organisations); i++) {
      const row = generator.organisation(firstSerial + i);
      rows.push(row);
      const ref = { id: row.id, commune: row.commune, province: row.province };
      orgs.all.push(ref);
      if (row.status === ModerationStatus.PUBLISHED) orgs.published.push(ref);
    }
    const fields = rows.flatMap((r) => r.fieldCodes.map((fieldCode) => ({ organisationId: r.id, fieldCode })));
    await queue.add(async () => {
      await inTransaction(pool, async (client) => {
        await insertRows(client, 'Organisation', ORGANISATION_COLUMNS, rows);
        await insertRows(client, 'OrganisationField', ORGANISATION_FIELD_COLUMNS, fields);
      });
      progress.tick(rows.length);
    });
  }
  await queue.drain();
  progress.finish();
  return orgs;
}

async function existingOrganisations(pool: pg.Pool): Promise<OrganisationPool> {
  const { rows } = await pool.query<OrganisationRef & { status: string }>(
    'SELECT id, commune, province, status FROM "Organisation"',
  );
  return { all: rows, published: rows.filter((r) => r.status === ModerationStatus.PUBLISHED) };
}

async function insertListings(
  pool: pg.Pool,
  generator: BulkRowGenerator,
  rng: Random,
  orgs: OrganisationPool,
  opts: BulkSeedOptions,
  firstSerial: number,
  out: BulkSeedOutput,
) {
  const progress = new ProgressBar('listings', opts.listings, out.progress);
  const queue = new TaskQueue(CONCURRENCY);
  // A published listing belongs to a published organisation, as moderation would have it.
  const publishedOwners = orgs.published.length ? orgs.published : orgs.all;
  for (let start = 0; start < opts.listings; start += opts.batchSize) {
    const rows: ListingRow[] = [];
    for (let i = start; i < Math.min(start + opts.batchSize, opts.listings); i++) {
      const status = generator.listingStatus();
      const owner = rng.pick(status === ModerationStatus.PUBLISHED ? publishedOwners : orgs.all);
      rows.push(generator.listing(firstSerial + i, owner, status));
    }
    await queue.add(async () => {
      await insertRows(pool, 'Listing', LISTING_COLUMNS, rows);
      progress.tick(rows.length);
    });
  }
  await queue.drain();
  progress.finish();
}

async function count(pool: pg.Pool, table: string): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
  return Number(rows[0].n);
}

async function printSummary(pool: pg.Pool, seconds: number, log: (line: string) => void): Promise<void> {
  const { rows } = await pool.query<{ kind: string; total: string; published: string }>(
    `SELECT kind, count(*) AS total, count(*) FILTER (WHERE status = 'PUBLISHED') AS published
       FROM "Listing" GROUP BY kind ORDER BY kind`,
  );
  const orgs = await pool.query<{ total: string; published: string }>(
    `SELECT count(*) AS total, count(*) FILTER (WHERE status = 'PUBLISHED') AS published FROM "Organisation"`,
  );
  const n = (s: string) => Number(s).toLocaleString('en-US');
  log('Database now holds:');
  log(`  organisations       ${n(orgs.rows[0].total).padStart(9)}  (${n(orgs.rows[0].published)} published)`);
  for (const r of rows) log(`  ${r.kind.padEnd(19)} ${n(r.total).padStart(9)}  (${n(r.published)} published)`);
  log(`Elapsed: ${formatDuration(seconds)}`);
}

function parseOptions(argv: string[]): BulkSeedOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      listings: { type: 'string', default: '100000' },
      organisations: { type: 'string', default: '20000' },
      seed: { type: 'string', default: '1' },
      'batch-size': { type: 'string', default: '2000' },
      'database-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const int = (name: string, raw: string, min: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min} (got "${raw}")\n${USAGE}`);
    return n;
  };
  return {
    listings: int('listings', values.listings, 0),
    organisations: int('organisations', values.organisations, 0),
    seed: int('seed', values.seed, 0),
    batchSize: int('batch-size', values['batch-size'], 1),
    databaseUrl: values['database-url'],
  };
}

export async function runBulkSeed(opts: BulkSeedOptions, out: BulkSeedOutput = CONSOLE): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  // openDatabase applies pending migrations first, whichever database it is.
  const db = await openDatabase({ ...config, DATABASE_URL: opts.databaseUrl ?? config.DATABASE_URL });
  const pool = new pg.Pool({ connectionString: db.url, max: CONCURRENCY });
  // An idle client can still be closing when the embedded server stops; any error that matters fails its query.
  pool.on('error', () => {});
  try {
    const prisma = createPrisma(db.url, 1);
    try {
      await seedFieldsOfScience(prisma); // listings and organisation fields point at it
    } finally {
      await prisma.$disconnect();
    }
    const rng = new Random(opts.seed);
    const generator = new BulkRowGenerator(rng, new Date());
    // Serials continue after the rows already there, so a second run adds rows instead of clashing on slugs.
    const orgSerial = (await count(pool, 'Organisation')) + 1;
    const listingSerial = (await count(pool, 'Listing')) + 1;
    out.progress.write(
      `Adding ${opts.organisations.toLocaleString('en-US')} organisations and ${opts.listings.toLocaleString('en-US')} listings (seed ${opts.seed})\n`,
    );
    const orgs = opts.organisations ? await insertOrganisations(pool, generator, opts, orgSerial, out) : await existingOrganisations(pool);
    if (opts.listings && !orgs.all.length) throw new Error('No organisations to own the listings: pass --organisations N');
    if (opts.listings) await insertListings(pool, generator, rng, orgs, opts, listingSerial, out);
    await pool.query('ANALYZE "Organisation", "OrganisationField", "Listing"'); // fresh statistics for the planner
    await printSummary(pool, (performance.now() - startedAt) / 1000, out.log);
  } finally {
    await pool.end();
    await db.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  Promise.resolve()
    .then(() => runBulkSeed(parseOptions(process.argv.slice(2))))
    .catch((err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
