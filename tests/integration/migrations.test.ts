// The migrations are the only way the schema reaches a database, so they must build exactly what
// schema.prisma describes, apply once, and refuse to run over an edited history.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from '../../prisma/migrate.ts';
import { diffDatabaseToSchema } from '../../prisma/schema-engine.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';

const SCHEMA = path.join(path.dirname(MIGRATIONS_DIR), 'schema.prisma');

let db: TestDatabase;
beforeAll(async () => {
  db = await freshDatabase(); // cloned from the template, which the migrations built
});
afterAll(() => db.drop());

describe('migrations', () => {
  it('build exactly what schema.prisma describes (no drift)', async () => {
    const drift = await diffDatabaseToSchema(db.url, SCHEMA);
    expect(drift, `schema.prisma and prisma/migrations disagree; run npm run db:migration -- <name>:\n${drift}`).toBe('');
  });

  it('notice a schema change, and the generated migration applies and closes the drift (the whole cycle)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'drift-'));
    const scratch = await freshDatabase();
    try {
      const changed = (await readFile(SCHEMA, 'utf8')).replace(
        'model AuditEvent {',
        'model AuditEvent {\n  ipAddress String?',
      );
      const schemaCopy = path.join(dir, 'schema.prisma');
      await writeFile(schemaCopy, changed);
      const drift = await diffDatabaseToSchema(scratch.url, schemaCopy);
      expect(drift).toMatch(/ALTER TABLE "AuditEvent" ADD COLUMN\s+"ipAddress" TEXT/);

      const migrations = path.join(dir, 'migrations');
      await cp(MIGRATIONS_DIR, migrations, { recursive: true });
      await mkdir(path.join(migrations, '29990101000000_add_ip'));
      await writeFile(path.join(migrations, '29990101000000_add_ip', 'migration.sql'), drift);
      expect(await applyMigrations(scratch.url, migrations)).toEqual(['29990101000000_add_ip']);
      expect(await diffDatabaseToSchema(scratch.url, schemaCopy)).toBe('');
    } finally {
      await rm(dir, { recursive: true, force: true });
      await scratch.drop();
    }
  });

  it('apply once: a second run applies nothing and the history matches the folder', async () => {
    expect(await applyMigrations(db.url)).toEqual([]);
    const rows = await db.prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual((await readMigrations()).map((m) => m.name));
  });

  it('refuse to run when an applied migration was edited', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'migrations-'));
    try {
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      const [first] = await readMigrations(dir);
      await writeFile(path.join(dir, first.name, 'migration.sql'), `${first.sql}\n-- edited\n`);
      await expect(applyMigrations(db.url, dir)).rejects.toThrow(/was edited after it was applied/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('roll a failing migration back whole, leaving no half-applied change', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'migrations-'));
    try {
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      const bad = path.join(dir, '29991231000000_broken');
      await cp(path.join(dir, (await readMigrations(dir))[0].name), bad, { recursive: true });
      await writeFile(path.join(bad, 'migration.sql'), 'CREATE TABLE "HalfDone" (id int);\nSELECT no_such_function();\n');
      await expect(applyMigrations(db.url, dir)).rejects.toThrow(/29991231000000_broken failed/);
      const tables = await db.prisma.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'HalfDone'`;
      expect(Number(tables[0].n)).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
