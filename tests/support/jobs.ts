// The job queue as tests see it: a job's state by its key, and skipping a retry's backoff (graphile-worker waits
// e^attempts seconds between attempts; a test moves the job's time instead of waiting).
import type { PrismaClient } from '../../server/lib/prisma.ts';

export interface QueuedJob {
  id: string;
  task: string;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  lastError: string | null;
}

export async function jobsWhere(prisma: PrismaClient, where: { key?: string; task?: string }): Promise<QueuedJob[]> {
  return prisma.$queryRaw<QueuedJob[]>`
    SELECT id::text, task_identifier AS task, attempts, max_attempts AS "maxAttempts", run_at AS "runAt", last_error AS "lastError"
    FROM graphile_worker.jobs
    WHERE (${where.key ?? null}::text IS NULL OR key = ${where.key ?? null}) AND (${where.task ?? null}::text IS NULL OR task_identifier = ${where.task ?? null})
    ORDER BY id`;
}

/** The job that sends e-mail `id` (the outbox trigger keys it by the message). */
export async function emailJob(prisma: PrismaClient, id: bigint | string): Promise<QueuedJob | undefined> {
  return (await jobsWhere(prisma, { key: `email:${id}` }))[0];
}

/** Makes the jobs due now, as if their backoff had passed. */
export async function skipBackoff(prisma: PrismaClient, ids: string[]): Promise<void> {
  await prisma.$queryRaw`SELECT 1 FROM graphile_worker.reschedule_jobs(${ids}::bigint[], run_at => now())`;
}
