// What a backup archive holds, written into it as manifest.json: enough to check a restore against (rows of every
// table, every file with its checksum) and to know what it came from (schema migration, app version).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { ROOT_DIR } from '../../config.ts';

export const MANIFEST_FILE = 'manifest.json';
export const DUMP_FILE = 'database.dump';
/** The archive's copy of UPLOAD_DIR. */
export const UPLOADS_DIR = 'uploads';

/**
 * The rows that name a file under UPLOAD_DIR: listing photos (server/services.ts) and inquiry attachments
 * (inquiry.module.ts). Each row also says the file's size, which tells a complete copy from one taken mid-write.
 */
export const FILE_REFERENCES = [
  { table: 'ListingImage', dir: 'listing-images' },
  { table: 'InquiryAttachment', dir: 'inquiry-attachments' },
] as const;

export interface ManifestFile {
  /** Relative to UPLOAD_DIR, with forward slashes. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: 1;
  createdAt: string;
  appVersion: string;
  /** The latest migration applied to the database (prisma/migrations folder name). */
  schemaMigration: string | null;
  postgresVersion: string;
  database: { file: string; bytes: number; sha256: string };
  /** Rows of every table, by "schema.table". */
  tables: Record<string, number>;
  fileCount: number;
  files: ManifestFile[];
}

export async function appVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(ROOT_DIR, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

/** The tables of the database, outside PostgreSQL's own schemas, as "schema.table", sorted. */
export async function userTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT format('%s.%s', n.nspname, c.relname) AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
      ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

export const quoteTable = (name: string) => name.split('.').map((part) => `"${part.replaceAll('"', '""')}"`).join('.');

/** Rows of every table (one count each, in the client's snapshot). */
export async function tableCounts(client: pg.ClientBase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await userTables(client)) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteTable(table)}`);
    counts[table] = Number(rows[0]!.n);
  }
  return counts;
}

/** The latest migration recorded as finished (null: no migration table, e.g. a database the platform never used). */
export async function latestMigration(client: pg.ClientBase): Promise<string | null> {
  const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists`);
  if (!rows[0]!.exists) return null;
  const latest = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`,
  );
  return latest.rows[0]?.name ?? null;
}

/** Files the database names, with their size, as the client's snapshot sees them. */
export async function referencedFiles(client: pg.ClientBase): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  for (const { table, dir } of FILE_REFERENCES) {
    const { rows } = await client.query<{ fileName: string; bytes: number }>(`SELECT "fileName", bytes FROM "${table}"`);
    for (const r of rows) files.set(`${dir}/${r.fileName}`, r.bytes);
  }
  return files;
}
