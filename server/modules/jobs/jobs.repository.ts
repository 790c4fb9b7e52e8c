// The job queue's dead letters, read from graphile-worker's tables (its `jobs` view, and the payload from the table
// under it), and the e-mail outbox's given-up messages. A job is dead when it used all its attempts and is not
// running.
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import { MAIL_MAX_ATTEMPTS } from '../notification/mail-delivery.ts';
import { TASK } from './tasks.ts';
import { keyset, type PageRequest } from '../../lib/pagination.ts';

export interface JobRow {
  id: string;
  task: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  runAt: Date;
  createdAt: Date;
  payload: unknown;
}

export interface FailedEmailRow {
  id: string;
  to: string;
  subject: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
}

/** Both lists: newest first, keyset over the bigint id. */
export const FAILED_JOB_ORDER = keyset('failedJobs', ['id', 'serial', 'desc']);
export const FAILED_EMAIL_ORDER = keyset('failedEmails', ['id', 'serial', 'desc']);
type IdPage = PageRequest<readonly [readonly ['id', 'serial', 'desc']]>;

const JOB_COLUMNS = Prisma.sql`j.id::text, t.identifier AS task, j.attempts, j.max_attempts AS "maxAttempts", j.last_error AS "lastError",
  j.run_at AS "runAt", j.created_at AS "createdAt", j.payload`;
const JOBS = Prisma.sql`graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id`;
const DEAD = Prisma.sql`j.attempts >= j.max_attempts AND j.locked_at IS NULL`;

export class JobsRepository {
  constructor(private readonly prisma: PrismaClient) {}

  failedJobs(page: IdPage): Promise<JobRow[]> {
    const from = page.after?.[0];
    return this.prisma.$queryRaw<JobRow[]>`
      SELECT ${JOB_COLUMNS} FROM ${JOBS}
      WHERE ${DEAD} ${from ? Prisma.sql`AND j.id < ${from}::bigint` : Prisma.empty}
      ORDER BY j.id DESC LIMIT ${page.take}`;
  }

  failedEmails(page: IdPage): Promise<FailedEmailRow[]> {
    const from = page.after?.[0];
    return this.prisma.$queryRaw<FailedEmailRow[]>`
      SELECT id::text, "to", subject, attempts, "lastError", "createdAt" FROM "EmailOutbox"
      WHERE "sentAt" IS NULL AND attempts >= ${MAIL_MAX_ATTEMPTS} ${from ? Prisma.sql`AND id < ${from}::bigint` : Prisma.empty}
      ORDER BY id DESC LIMIT ${page.take}`;
  }

  /**
   * Makes a dead job due now with its attempts from zero; an e-mail's message gets its attempts back too, in the same
   * transaction. Null when `id` is no dead job (unknown, running, or retried already).
   */
  retryJob(id: string): Promise<JobRow | null> {
    return this.prisma.$transaction(async (tx) => {
      const [dead] = await tx.$queryRaw<JobRow[]>`SELECT ${JOB_COLUMNS} FROM ${JOBS} WHERE j.id = ${id}::bigint AND ${DEAD} FOR UPDATE OF j`;
      if (!dead) return null;
      await tx.$queryRaw`SELECT 1 FROM graphile_worker.reschedule_jobs(ARRAY[${id}::bigint], run_at => now(), attempts => 0)`;
      const emailId = dead.task === TASK.emailSend ? (dead.payload as { id?: unknown }).id : undefined;
      if (typeof emailId === 'string' && /^\d{1,19}$/.test(emailId)) {
        await tx.$executeRaw`UPDATE "EmailOutbox" SET attempts = 0 WHERE id = ${emailId}::bigint AND "sentAt" IS NULL`;
      }
      const [job] = await tx.$queryRaw<JobRow[]>`SELECT ${JOB_COLUMNS} FROM ${JOBS} WHERE j.id = ${id}::bigint`;
      return job;
    });
  }

  /**
   * Gives a given-up e-mail its attempts back and makes its job due again: the dead job the outbox trigger keyed by
   * the message, or a new one if that is gone (graphile-worker's add_job would leave a dead job dead and add another).
   * Null when `id` is no given-up e-mail.
   */
  retryEmail(id: string): Promise<JobRow | null> {
    return this.prisma.$transaction(async (tx) => {
      const revived = await tx.$executeRaw`
        UPDATE "EmailOutbox" SET attempts = 0 WHERE id = ${id}::bigint AND "sentAt" IS NULL AND attempts >= ${MAIL_MAX_ATTEMPTS}`;
      if (!revived) return null;
      const key = `email:${id}`;
      const [dead] = await tx.$queryRaw<{ id: string }[]>`SELECT j.id::text FROM ${JOBS} WHERE j.key = ${key} AND ${DEAD} FOR UPDATE OF j`;
      const [job] = dead
        ? await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM graphile_worker.reschedule_jobs(ARRAY[${dead.id}::bigint], run_at => now(), attempts => 0)`
        : await tx.$queryRaw<{ id: string }[]>`
            SELECT id::text FROM graphile_worker.add_job(${TASK.emailSend}, json_build_object('id', ${id}::text), max_attempts => ${MAIL_MAX_ATTEMPTS}::int, job_key => ${key})`;
      const [row] = await tx.$queryRaw<JobRow[]>`SELECT ${JOB_COLUMNS} FROM ${JOBS} WHERE j.id = ${job.id}::bigint`;
      return row;
    });
  }
}
