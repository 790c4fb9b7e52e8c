// How the operations commands reach the platform's database: DATABASE_URL; else the embedded PostgreSQL of a running
// platform (its port answers), else the embedded PostgreSQL in DATA_DIR, started for the command and stopped after.
import pg from 'pg';
import { embeddedDatabaseUrl } from '../../prisma/embedded-postgres.ts';
import type { Config } from '../config.ts';
import { openDatabase, type Database } from '../lib/database.ts';

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** The database to back up: the one the platform uses, running or not. */
export async function databaseToBackUp(config: Config): Promise<Database> {
  const running = embeddedDatabaseUrl(config.EMBEDDED_PG_PORT, 'exchange');
  if (!config.DATABASE_URL && (await answers(running))) return { url: running, embedded: true, migrationsApplied: [], stop: async () => {} };
  return openDatabase(config);
}

/**
 * The database to restore into, as it is (no migrations). The embedded one is started here, in DATA_DIR (created
 * when missing), which refuses while a platform is running on it: a restore under a running platform would mix.
 */
export function databaseToRestoreInto(config: Config): Promise<Database> {
  return openDatabase(config, () => {}, { migrate: false });
}
