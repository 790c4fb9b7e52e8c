// Where the data lives: the PostgreSQL of DATABASE_URL, or else an embedded PostgreSQL kept in DATA_DIR.
// Either way pending migrations are applied before anything else touches it.
import path from 'node:path';
import { startEmbeddedPostgres } from '../../prisma/embedded-postgres.ts';
import { applyMigrations } from '../../prisma/migrate.ts';
import type { Config } from '../config.ts';

export interface Database {
  url: string;
  embedded: boolean;
  migrationsApplied: string[];
  stop: () => Promise<void>;
}

export async function openDatabase(
  config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR' | 'EMBEDDED_PG_PORT'>,
  log: (msg: string) => void = () => {},
  // A restore wants the database as it is (empty), not migrated.
  { migrate = true }: { migrate?: boolean } = {},
): Promise<Database> {
  if (config.DATABASE_URL) {
    const migrationsApplied = migrate ? await applyMigrations(config.DATABASE_URL) : [];
    return { url: config.DATABASE_URL, embedded: false, migrationsApplied, stop: async () => {} };
  }
  const pg = await startEmbeddedPostgres({
    dataDir: path.join(config.DATA_DIR, 'postgres'),
    port: config.EMBEDDED_PG_PORT,
    log,
  });
  try {
    await pg.createDatabase('exchange').catch((err: Error) => {
      if (!/already exists/.test(err.message)) throw err;
    });
    const url = pg.url('exchange');
    const migrationsApplied = migrate ? await applyMigrations(url) : [];
    return { url, embedded: true, migrationsApplied, stop: pg.stop };
  } catch (err) {
    await pg.stop();
    throw err;
  }
}
