// `npm run restore -- <archive> [--force]`: brings a backup archive back into the configured database
// (DATABASE_URL, or the embedded PostgreSQL in DATA_DIR, created when missing) and UPLOAD_DIR. Both must be empty
// unless --force, which replaces what they hold. Exit code 0 when restored, 1 when it failed, 2 when refused.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { formatBytes } from '../modules/operations/backup-format.ts';
import { RestoreRefused, restoreBackup } from '../modules/operations/backup-restore.ts';
import { databaseToRestoreInto } from './tool-database.ts';

const USAGE = 'Usage: npm run restore -- <archive.tar.gz> [--force]';

export async function runRestoreCommand(argv: string[], env: NodeJS.ProcessEnv, print: (line: string) => void): Promise<number> {
  let config;
  let archive: string;
  let force: boolean;
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
    if (positionals.length !== 1) return (print(USAGE), 2);
    archive = path.resolve(positionals[0]!);
    force = values.force;
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) return (print(`${(err as Error).message}\n${USAGE}`), 2);
    throw err;
  }
  let db;
  try {
    db = await databaseToRestoreInto(config);
  } catch (err) {
    return (print(`Cannot open the database to restore into: ${(err as Error).message}`), 2);
  }
  try {
    const started = performance.now();
    const result = await restoreBackup({ archive, databaseUrl: db.url, uploadDir: config.UPLOAD_DIR, force });
    print(`Restored ${path.basename(archive)} (taken ${result.manifest.createdAt}, app ${result.manifest.appVersion}, ${formatBytes(result.manifest.database.bytes)} of database) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    print(`  ${result.tables} tables, ${result.rows} rows, ${result.files} files into ${db.embedded ? `the embedded PostgreSQL in ${config.DATA_DIR}` : 'DATABASE_URL'} and ${config.UPLOAD_DIR}; every count and checksum matches the manifest`);
    for (const w of result.warnings) print(`  Warning: ${w}`);
    return 0;
  } catch (err) {
    print(`${err instanceof RestoreRefused ? 'Refused' : 'Restore failed'}: ${(err as Error).message}`);
    return err instanceof RestoreRefused ? 2 : 1;
  } finally {
    await db.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  process.exit(await runRestoreCommand(process.argv.slice(2), process.env, (line) => console.log(line)));
}
