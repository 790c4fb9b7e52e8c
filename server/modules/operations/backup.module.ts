// The operations module's part of the composition root, and the job the scheduler runs.
import type { Config } from '../../config.ts';
import type { PrismaClient } from '../../lib/prisma.ts';
import type { Services } from '../../services.ts';
import { BackupRepository } from './backup.repository.ts';
import { BackupService, type BackupLog } from './backup.service.ts';

export type BackupConfig = Pick<Config, 'UPLOAD_DIR' | 'BACKUP_DIR' | 'BACKUP_RETENTION_DAILY' | 'BACKUP_RETENTION_WEEKLY'>;

export function createBackupService(prisma: PrismaClient, config: BackupConfig, databaseUrl: string | null): BackupService {
  return new BackupService(new BackupRepository(prisma), {
    databaseUrl,
    uploadDir: config.UPLOAD_DIR,
    backupDir: config.BACKUP_DIR,
    retention: { daily: config.BACKUP_RETENTION_DAILY, weekly: config.BACKUP_RETENTION_WEEKLY },
  });
}

/** The daily backup job: one archive, then retention. A failure is recorded, logged and told to the admins. */
export async function runScheduledBackup(services: Pick<Services, 'backup'>, log: BackupLog): Promise<void> {
  const run = await services.backup.run(log);
  if (!run) log.info({}, 'backup skipped: another run is under way');
}
