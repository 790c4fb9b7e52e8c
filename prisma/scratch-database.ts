// A throw-away database with every migration applied: the "shadow database" of the migration tooling.
// Uses DATABASE_URL's server when set, otherwise a temporary embedded PostgreSQL.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { applyMigrations } from './migrate.ts';

export async function withMigratedScratchDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const name = `scratch_${process.pid}_${Date.now()}`;
  if (process.env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    try {
      await applyMigrations(url.toString());
      return await fn(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'exchange-scratch-'));
  const db = await startEmbeddedPostgres({ dataDir, persistent: false });
  try {
    await db.createDatabase(name);
    await applyMigrations(db.url(name));
    return await fn(db.url(name));
  } finally {
    await db.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
