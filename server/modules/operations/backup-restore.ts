// Brings a backup archive back: checks it whole first (every checksum of its manifest), refuses a database or an
// upload folder that holds anything unless forced, restores the database in one transaction (all or nothing),
// then the files, and checks the result against the manifest (rows of every table, every file's checksum).
import { mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { extract } from 'tar';
import { readMigrations } from '../../../prisma/migrate.ts';
import { DUMP_FILE, MANIFEST_FILE, sha256File, tableCounts, UPLOADS_DIR, userTables, type Manifest } from './backup-manifest.ts';
import { libpqTarget, runPgTool } from './pg-tools.ts';

export interface RestoreTarget {
  archive: string;
  databaseUrl: string;
  uploadDir: string;
  /** Replace what the database and the upload folder hold. */
  force: boolean;
}

export interface RestoreResult {
  manifest: Manifest;
  tables: number;
  rows: number;
  files: number;
  /** Said to the operator: e.g. the archive comes from a newer version of the platform. */
  warnings: string[];
}

/** The restore was refused before anything was changed; the message says why and what to do. */
export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
}

export async function restoreBackup(target: RestoreTarget): Promise<RestoreResult> {
  await mkdir(path.dirname(path.resolve(target.uploadDir)), { recursive: true });
  // Beside UPLOAD_DIR, so that the files move into place by renaming (one file system).
  const staging = await mkdtemp(path.join(path.dirname(path.resolve(target.uploadDir)), '.restore-'));
  try {
    await extract({ file: target.archive, cwd: staging, strict: true }).catch((err: Error) => {
      throw new RestoreRefused(`${target.archive} is not a readable backup archive: ${err.message}`);
    });
    const manifest = await checkArchive(staging);
    const warnings = await migrationWarnings(manifest);
    const client = new pg.Client({ connectionString: target.databaseUrl });
    await client.connect();
    try {
      const tables = await userTables(client);
      const files = await listFiles(target.uploadDir);
      if (!target.force && (tables.length || files.length)) {
        throw new RestoreRefused(
          `The target is not empty (${tables.length} tables in the database, ${files.length} files in ${target.uploadDir}); ` +
            'restore into an empty database and upload folder, or pass --force to replace what they hold',
        );
      }
      if (tables.length) await emptyDatabase(client);
      const { dbname, env } = libpqTarget(target.databaseUrl);
      // Objects are owned by whoever restores, with no grants of the old server: its roles may not exist here.
      await runPgTool('pg_restore', ['--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', `--dbname=${dbname}`, path.join(staging, DUMP_FILE)], env);
      const counts = await tableCounts(client);
      const wrong = Object.entries(manifest.tables).filter(([table, rows]) => counts[table] !== rows);
      if (wrong.length) throw new Error(`restored rows differ from the manifest: ${wrong.map(([t, rows]) => `${t} ${counts[t] ?? 'missing'} ≠ ${rows}`).join(', ')}`);
    } finally {
      await client.end();
    }
    await rm(target.uploadDir, { recursive: true, force: true });
    await mkdir(target.uploadDir, { recursive: true });
    const uploads = path.join(staging, UPLOADS_DIR);
    for (const entry of await readdir(uploads).catch(() => [])) await rename(path.join(uploads, entry), path.join(target.uploadDir, entry));
    for (const f of manifest.files) {
      if ((await sha256File(path.join(target.uploadDir, f.path))) !== f.sha256) throw new Error(`restored file ${f.path} differs from the manifest`);
    }
    const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
    return { manifest, tables: Object.keys(manifest.tables).length, rows, files: manifest.files.length, warnings };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** The manifest, once the dump and every file match their checksums: a damaged archive changes nothing. */
async function checkArchive(dir: string): Promise<Manifest> {
  const manifest = JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8').catch(() => {
    throw new RestoreRefused(`the archive has no ${MANIFEST_FILE}: it is not a backup of this platform`);
  })) as Manifest;
  if (manifest.format !== 1) throw new RestoreRefused(`the archive's format ${manifest.format} is not one this version reads`);
  const damaged: string[] = [];
  if ((await sha256File(path.join(dir, DUMP_FILE)).catch(() => null)) !== manifest.database.sha256) damaged.push(DUMP_FILE);
  for (const f of manifest.files) {
    if ((await sha256File(path.join(dir, UPLOADS_DIR, f.path)).catch(() => null)) !== f.sha256) damaged.push(f.path);
  }
  if (damaged.length) throw new RestoreRefused(`the archive is damaged: ${damaged.slice(0, 5).join(', ')}${damaged.length > 5 ? ` and ${damaged.length - 5} more` : ''} do not match the manifest`);
  return manifest;
}

/** An archive from a newer platform has migrations this one does not know: it says so before anyone starts it. */
async function migrationWarnings(manifest: Manifest): Promise<string[]> {
  if (!manifest.schemaMigration) return [];
  const known = (await readMigrations()).map((m) => m.name);
  if (known.includes(manifest.schemaMigration)) return [];
  return [`the backup's schema (migration ${manifest.schemaMigration}) is newer than this version of the platform knows; run the version it came from (${manifest.appVersion}) or newer`];
}

/** Every schema but PostgreSQL's own goes (with what is in it, extensions too); `public` comes back empty. */
async function emptyDatabase(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT nspname AS name FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'`,
  );
  await client.query('BEGIN');
  for (const { name } of rows) await client.query(`DROP SCHEMA "${name.replaceAll('"', '""')}" CASCADE`);
  await client.query('CREATE SCHEMA public');
  await client.query('COMMIT');
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}
