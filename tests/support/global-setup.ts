// One PostgreSQL per test run (embedded unless DATABASE_URL is set) and one migrated template database;
// each test file then clones the template, which takes milliseconds, so tests never share data.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { dropExitHooks, startEmbeddedPostgres, type EmbeddedDb } from '../../prisma/embedded-postgres.ts';
import { applyMigrations } from '../../prisma/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

export const TEMPLATE = `exchange_test_template_${process.pid}`;

export default async function setup(project: TestProject) {
  let embedded: EmbeddedDb | null = null;
  let dataDir: string | null = null;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    dataDir = await mkdtemp(path.join(tmpdir(), 'exchange-test-pg-'));
    embedded = await startEmbeddedPostgres({ dataDir, persistent: false });
    adminUrl = embedded.url('postgres');
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE}"`);
  await admin.query(`CREATE DATABASE "${TEMPLATE}"`);
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE}`;
  await applyMigrations(templateUrl.toString());
  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('templateDatabase', TEMPLATE);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE}" WITH (FORCE)`).catch(() => {});
    await admin.end();
    if (embedded) await embedded.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    // A failed run must exit non-zero: embedded-postgres's exit hooks would end it with process.exit(0).
    dropExitHooks();
  };
}
