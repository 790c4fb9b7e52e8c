// Writes one backup archive (.tar.gz): manifest.json, the database as a pg_dump custom-format file, and a copy of
// UPLOAD_DIR (listing photos, inquiry attachments).
//
// Consistency. pg_dump reads one snapshot; the files live outside the database, so the copy has to be arranged
// around that snapshot. The platform writes a file before the row that names it is committed, and deletes a row
// before its file; files never change once written (random names, written once). Hence:
//   1. every file in UPLOAD_DIR is hard-linked (copied, across file systems) into a staging folder: a link keeps the
//      file even if the platform deletes it a moment later;
//   2. a read-only REPEATABLE READ transaction exports its snapshot, pg_dump dumps exactly that snapshot, and the
//      same transaction lists the files its rows name, with their sizes;
//   3. a named file that step 1 did not get (uploaded between 1 and 2), or got mid-write (size differs from the
//      row's), is taken now: its row was committed before the snapshot, so the file was complete on disk by then.
// The one case left is a file uploaded after step 1 and deleted again (row and file) between 2 and 3: the archive
// would lack a file its dump names, so the whole backup is taken again (up to 3 times) rather than written.
// Files no row names (an upload whose row was refused, a deleted photo) travel along; they are harmless.
import { link, copyFile, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { create } from 'tar';
import {
  appVersion, DUMP_FILE, latestMigration, MANIFEST_FILE, referencedFiles, sha256File, tableCounts, UPLOADS_DIR,
  type Manifest, type ManifestFile,
} from './backup-manifest.ts';
import { backupFileName } from './backup-retention.ts';
import { libpqTarget, runPgTool } from './pg-tools.ts';

export interface BackupTarget {
  databaseUrl: string;
  uploadDir: string;
  backupDir: string;
}

export interface BackupResult {
  fileName: string;
  path: string;
  sizeBytes: number;
  manifest: Manifest;
}

/** A file the database names vanished while the backup ran (see above); the backup is taken again. */
class MissingFileError extends Error {}

const ATTEMPTS = 3;

export async function createBackup(target: BackupTarget, now: () => Date = () => new Date()): Promise<BackupResult> {
  await mkdir(target.backupDir, { recursive: true });
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptBackup(target, now());
    } catch (err) {
      if (!(err instanceof MissingFileError) || attempt === ATTEMPTS) throw err;
    }
  }
}

async function attemptBackup(target: BackupTarget, at: Date): Promise<BackupResult> {
  const staging = await mkdtemp(path.join(target.backupDir, '.staging-'));
  try {
    const uploads = path.join(staging, UPLOADS_DIR);
    const staged = await stageTree(target.uploadDir, uploads);
    const snapshot = await dumpSnapshot(target.databaseUrl, path.join(staging, DUMP_FILE));
    for (const [file, bytes] of snapshot.files) {
      if (staged.get(file) === bytes) continue;
      const size = await stageFile(path.join(target.uploadDir, file), path.join(uploads, file), true).catch(() => null);
      if (size !== bytes) throw new MissingFileError(file);
      staged.set(file, size);
    }
    const files: ManifestFile[] = [];
    for (const [file, bytes] of [...staged].sort(([a], [b]) => a.localeCompare(b))) {
      files.push({ path: file, bytes, sha256: await sha256File(path.join(uploads, file)) });
    }
    const dump = path.join(staging, DUMP_FILE);
    const manifest: Manifest = {
      format: 1,
      createdAt: at.toISOString(),
      appVersion: await appVersion(),
      schemaMigration: snapshot.migration,
      postgresVersion: snapshot.serverVersion,
      database: { file: DUMP_FILE, bytes: (await stat(dump)).size, sha256: await sha256File(dump) },
      tables: snapshot.tables,
      fileCount: files.length,
      files,
    };
    await writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    const fileName = backupFileName(at);
    const final = path.join(target.backupDir, fileName);
    // Written under another name and renamed when complete: a half-written archive never looks like a backup.
    const partial = path.join(staging, `${fileName}.partial`);
    const entries = [MANIFEST_FILE, DUMP_FILE, ...(staged.size ? [UPLOADS_DIR] : [])];
    await create({ gzip: true, file: partial, cwd: staging, portable: true }, entries);
    await rename(partial, final);
    return { fileName, path: final, sizeBytes: (await stat(final)).size, manifest };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

interface Snapshot {
  files: Map<string, number>;
  tables: Record<string, number>;
  migration: string | null;
  serverVersion: string;
}

/** pg_dump of one exported snapshot, and what that snapshot holds (row counts, named files). */
async function dumpSnapshot(databaseUrl: string, file: string): Promise<Snapshot> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await client.query<{ id: string; version: string }>(`SELECT pg_export_snapshot() AS id, current_setting('server_version') AS version`);
    const { dbname, env } = libpqTarget(databaseUrl);
    // The exporting transaction stays open until pg_dump is done: the snapshot lives as long as it does.
    const [, snapshot] = await Promise.all([
      runPgTool('pg_dump', ['--format=custom', '--compress=0', `--snapshot=${rows[0]!.id}`, `--file=${file}`, `--dbname=${dbname}`], env),
      (async () => ({ tables: await tableCounts(client), files: await referencedFiles(client), migration: await latestMigration(client) }))(),
    ]);
    await client.query('COMMIT');
    return { ...snapshot, serverVersion: rows[0]!.version };
  } finally {
    await client.end();
  }
}

/** Links (or copies) every file under `from` into `to`; answers each file's size by its path relative to `from`. */
async function stageTree(from: string, to: string): Promise<Map<string, number>> {
  const staged = new Map<string, number>();
  const entries = await readdir(from, { recursive: true, withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
  for (const e of entries) {
    if (!e.isFile()) continue;
    const rel = path.relative(from, path.join(e.parentPath, e.name)).split(path.sep).join('/');
    // Deleted since the listing: no row of the snapshot to come can name it (rows go before their files).
    const size = await stageFile(path.join(from, rel), path.join(to, rel), false).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    });
    if (size !== null) staged.set(rel, size);
  }
  return staged;
}

async function stageFile(source: string, target: string, replace: boolean): Promise<number> {
  await mkdir(path.dirname(target), { recursive: true });
  if (replace) await rm(target, { force: true });
  await link(source, target).catch(async (err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') throw err;
    await copyFile(source, target); // another file system (EXDEV), or links not allowed
  });
  return (await stat(target)).size;
}
