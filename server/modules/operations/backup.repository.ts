import type { BackupRun, PrismaClient } from '../../generated/prisma/client.ts';
import { notify } from '../notification/notify.ts';
import { keyset, keysetOrder, keysetWhere, type PageRequest } from '../../lib/pagination.ts';

export type BackupRunRow = BackupRun;

/** The System page lists runs newest first. */
export const BACKUP_ORDER = keyset('backups', ['startedAt', 'date', 'desc'], ['id', 'id', 'desc']);

const LOCK_KEY = 72_140_518; // arbitrary, constant: one backup at a time across every process
/** A run still RUNNING after this long died with its process; it no longer blocks the next one. */
const STALE_MS = 6 * 3_600_000;

export class BackupRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Records a new run, unless another is under way (null then). */
  start(startedById: string | null, now: Date): Promise<BackupRunRow | null> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_KEY})`;
      const running = await tx.backupRun.findFirst({ where: { status: 'RUNNING', startedAt: { gt: new Date(now.getTime() - STALE_MS) } } });
      if (running) return null;
      await tx.backupRun.updateMany({ where: { status: 'RUNNING' }, data: { status: 'FAILED', finishedAt: now, error: 'interrupted (the process ended while it ran)' } });
      return tx.backupRun.create({ data: { startedAt: now, startedById } });
    });
  }

  finished(id: string, at: Date, result: { fileName: string; sizeBytes: number }): Promise<BackupRunRow> {
    return this.prisma.backupRun.update({ where: { id }, data: { status: 'OK', finishedAt: at, fileName: result.fileName, sizeBytes: BigInt(result.sizeBytes) } });
  }

  /** The failure is recorded and every active admin told, in one transaction. */
  failed(id: string, at: Date, error: string): Promise<BackupRunRow> {
    return this.prisma.$transaction(async (tx) => {
      const run = await tx.backupRun.update({ where: { id }, data: { status: 'FAILED', finishedAt: at, error } });
      const admins = await tx.user.findMany({ where: { role: 'ADMIN', status: 'ACTIVE' }, select: { id: true } });
      await notify(tx, {
        userIds: admins.map((a) => a.id),
        type: 'backup.failed',
        data: { startedAt: run.startedAt.toISOString(), error: error.slice(0, 300) },
        link: '/admin/system',
      });
      return run;
    });
  }

  async markPruned(fileNames: readonly string[], at: Date): Promise<void> {
    if (fileNames.length) await this.prisma.backupRun.updateMany({ where: { fileName: { in: [...fileNames] }, prunedAt: null }, data: { prunedAt: at } });
  }

  page(page: PageRequest<typeof BACKUP_ORDER.columns>): Promise<BackupRunRow[]> {
    return this.prisma.backupRun.findMany({ where: keysetWhere(BACKUP_ORDER, page.after), orderBy: keysetOrder(BACKUP_ORDER), take: page.take });
  }

  latest(): Promise<BackupRunRow | null> {
    return this.prisma.backupRun.findFirst({ orderBy: [{ startedAt: 'desc' }, { id: 'desc' }] });
  }
}
