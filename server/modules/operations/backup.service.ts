// Backups as the platform runs them: the daily job and an admin's "Back up now" each take one archive, record the
// run (BackupRun), prune old archives by retention, and on failure tell every admin and log it.
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { RequestContext } from '../../lib/request-context.ts';
import { inputError, type InputError } from '../../lib/validation.ts';
import { requireAdmin } from '../access.ts';
import { pageRequest, toConnection, type PageArgs } from '../../lib/pagination.ts';
import { createBackup, type BackupResult } from './backup-archive.ts';
import { BACKUP_ORDER, type BackupRepository, type BackupRunRow } from './backup.repository.ts';
import { backupsToPrune, type RetentionPolicy } from './backup-retention.ts';

export interface BackupSettings {
  /** The database behind the platform's Prisma client; null where the services run without one (no backups). */
  databaseUrl: string | null;
  uploadDir: string;
  backupDir: string;
  retention: RetentionPolicy;
}

/** Fastify's and pino's logger shape. */
export interface BackupLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export class BackupService {
  constructor(
    private readonly repo: BackupRepository,
    private readonly settings: BackupSettings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** One backup, then pruning; null when another run is under way. Never throws: a failure is its row's status. */
  async run(log: BackupLog, startedById: string | null = null): Promise<BackupRunRow | null> {
    const run = await this.repo.start(startedById, this.now());
    return run && this.complete(run, log);
  }

  /** Archives of BACKUP_DIR past retention are deleted, and their runs marked pruned; answers the names deleted. */
  async prune(): Promise<string[]> {
    const names = await readdir(this.settings.backupDir).catch(() => []);
    const doomed = backupsToPrune(names, this.now(), this.settings.retention);
    for (const name of doomed) await rm(path.join(this.settings.backupDir, name), { force: true });
    await this.repo.markPruned(doomed, this.now());
    return doomed;
  }

  // ── the System page (admins) ────────────────────────────────────────────────────────────────────────────────
  async list(ctx: RequestContext, args: PageArgs) {
    requireAdmin(ctx);
    const page = pageRequest(ctx.locale, BACKUP_ORDER, args);
    return toConnection(BACKUP_ORDER, await this.repo.page(page), page, (r) => [r.startedAt, r.id]);
  }

  async last(ctx: RequestContext): Promise<BackupRunRow | null> {
    requireAdmin(ctx);
    return this.repo.latest();
  }

  /** Starts a run and answers at once (a backup takes minutes); its row says how it went. */
  async start(ctx: RequestContext, log: BackupLog): Promise<BackupRunRow | InputError> {
    const admin = requireAdmin(ctx);
    const run = await this.repo.start(admin.id, this.now());
    if (!run) return inputError(ctx.locale, [], 'BACKUP_RUNNING');
    void this.complete(run, log).catch((err) => log.error({ err, backupRunId: run.id }, 'recording the backup run failed'));
    return run;
  }

  private async complete(run: BackupRunRow, log: BackupLog): Promise<BackupRunRow> {
    let written: BackupResult;
    try {
      const { databaseUrl, uploadDir, backupDir } = this.settings;
      if (!databaseUrl) throw new Error('no database address to back up');
      written = await createBackup({ databaseUrl, uploadDir, backupDir }, this.now);
    } catch (err) {
      log.error({ err, backupRunId: run.id }, 'backup failed');
      return this.repo.failed(run.id, this.now(), (err as Error).message || String(err));
    }
    const done = await this.repo.finished(run.id, this.now(), written);
    log.info({ backupRunId: run.id, file: written.fileName, sizeBytes: written.sizeBytes }, 'backup written');
    // A failed prune leaves old archives a day longer: logged, the backup itself stands.
    await this.prune().then(
      (pruned) => pruned.length && log.info({ pruned }, 'old backups removed by retention'),
      (err) => log.error({ err }, 'pruning old backups failed'),
    );
    return done;
  }
}
