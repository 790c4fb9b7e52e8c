// The benches' database: a throw-away embedded PostgreSQL (or one kept in --data-dir and reused), migrated, with the
// bulk data loaded once, then vacuumed and analysed as autovacuum leaves a table that is read more than written.
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../../prisma/embedded-postgres.ts';
import { applyMigrations } from '../../../prisma/migrate.ts';
import { runBulkSeed } from '../../../prisma/seed/bulk.ts';
import { rebuildIndex } from '../../../search/indexer.ts';
import { PostgresSearchEngine } from '../../../search/postgres-engine.ts';
import { SearchSource } from '../../../search/source.ts';
import { createPrisma } from '../../lib/prisma.ts';

export interface BenchDatabaseOptions {
  listings: number;
  organisations: number;
  /** Keep the loaded database there and reuse it next time (pending migrations are applied to it first). */
  dataDir?: string;
  /** Name of the temporary folder otherwise. */
  name: string;
  /** What the bench adds to a freshly loaded database (users, activity, the search index). */
  fill?: (url: string, client: pg.Client) => Promise<void>;
}

export interface BenchDatabase {
  url: string;
  /** A connection of the bench's own, for setting up and inspecting. */
  client: pg.Client;
  /** The folder of the run (PostgreSQL's data and anything else the bench keeps). */
  work: string;
  fresh: boolean;
  close(): Promise<void>;
}

export async function openBenchDatabase({ listings, organisations, dataDir, name, fill }: BenchDatabaseOptions): Promise<BenchDatabase> {
  const kept = dataDir ? path.resolve(dataDir) : null;
  const work = kept ?? (await mkdtemp(path.join(tmpdir(), `exchange-${name}-`)));
  await mkdir(work, { recursive: true });
  await chmod(work, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its data folder
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(work, 'pg'), persistent: kept !== null });
  const close = async () => {
    // Idle connections of the app's pools may still be open when PostgreSQL stops: its goodbye to them (57P01,
    // "terminating connection due to administrator command") reaches a pool with nobody listening, and is no failure.
    const goodbye = (err: Error & { code?: string }) => {
      if (err.code !== '57P01') throw err;
    };
    process.on('uncaughtException', goodbye);
    await embedded.stop().finally(() => setTimeout(() => process.off('uncaughtException', goodbye), 1000));
    if (!kept) await rm(work, { recursive: true, force: true });
  };
  let own: pg.Client | null = null;
  try {
    const fresh = await embedded.createDatabase('bench').then(() => true, () => false);
    const url = embedded.url('bench');
    await applyMigrations(url);
    own = new pg.Client({ connectionString: url });
    await own.connect();
    if (fresh) {
      await runBulkSeed({ listings, organisations, seed: 1, batchSize: 2000, databaseUrl: url });
      await fill?.(url, own);
    } else console.log(`Reusing the database loaded in ${work}`);
    await own.query('VACUUM ANALYZE');
    return {
      url,
      client: own,
      work,
      fresh,
      close: async () => {
        await own!.end().catch(() => {});
        await close();
      },
    };
  } catch (err) {
    await own?.end().catch(() => {});
    await close();
    throw err;
  }
}

/** Builds the PostgreSQL search engine's index of the database, as `npm run search:reindex` does. */
export async function indexForSearch(url: string): Promise<void> {
  const prisma = createPrisma(url, 4);
  const engine = new PostgresSearchEngine(url, 8);
  try {
    await engine.prepare();
    const started = performance.now();
    const indexed = await rebuildIndex(new SearchSource(prisma), engine);
    console.log(`Indexed ${indexed} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await engine.close();
    await prisma.$disconnect();
  }
}
