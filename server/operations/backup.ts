// `npm run backup`: writes one archive of the database and the uploaded files into BACKUP_DIR (see
// server/modules/operations/backup-archive.ts) and prints where, how large, and what it holds. It does not prune
// (the daily job does) and works whether the platform is running or not.
import path from 'node:path';
import { ConfigError, loadConfig } from '../config.ts';
import { createBackup } from '../modules/operations/backup-archive.ts';
import { formatBytes } from '../modules/operations/backup-format.ts';
import { databaseToBackUp } from './tool-database.ts';

export async function runBackupCommand(env: NodeJS.ProcessEnv, print: (line: string) => void): Promise<number> {
  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return (print(err.message), 2);
    throw err;
  }
  const db = await databaseToBackUp(config);
  try {
    const started = performance.now();
    const result = await createBackup({ databaseUrl: db.url, uploadDir: config.UPLOAD_DIR, backupDir: config.BACKUP_DIR });
    const rows = Object.values(result.manifest.tables).reduce((a, b) => a + b, 0);
    print(`Wrote ${result.path} (${formatBytes(result.sizeBytes)}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    print(`  ${Object.keys(result.manifest.tables).length} tables, ${rows} rows, ${result.manifest.fileCount} files; schema ${result.manifest.schemaMigration ?? '(none)'}, app ${result.manifest.appVersion}`);
    return 0;
  } catch (err) {
    print(`Backup failed: ${(err as Error).message}`);
    return 1;
  } finally {
    await db.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  process.exit(await runBackupCommand(process.env, (line) => console.log(line)));
}
