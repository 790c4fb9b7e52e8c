// The benches' database: a throw-away embedded PostgreSQL (or one kept in --data-dir and reused), migrated, with the
// bulk data loaded once, then vacuumed and analysed as autovacuum leaves a table that is read more than written.
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../../prisma/embedded-postgres.ts';
import { applyMigrations } from '../../../prisma/migrate.ts';
import { runBulkSeed } from '../../../prisma/seed/bulk.ts';

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
    await embedded.stop();
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
