// The job queue with real runners: two app instances on one database, as two processes or hosts would be. A cron
// entry runs once per schedule whichever runner gets there first (here: a schedule both find missed at start, so both
// try to run it at once); a failing job is retried with growing delays, then lands among the failed jobs, and an
// admin's retryJob brings it back and it succeeds; a change to the search index made by one drops the other's cached
// search answers at once; the hourly sweep of rate-limit counters runs as a job; closing an app waits for the job it
// is running.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createPrisma, type PrismaClient } from '../../server/lib/prisma.ts';
import { Prisma } from '../../server/generated/prisma/client.ts';
import { CLOCK_CRONTAB, CLOCK_EVERY_MINUTES, TASK } from '../../server/modules/jobs/tasks.ts';
import { notify } from '../../server/modules/notification/notify.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';
import { createListing, createOrganisation, createUser } from '../support/factories.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { emailJob, skipBackoff, type QueuedJob } from '../support/jobs.ts';
import { SmtpInbox } from '../support/smtp-inbox.ts';

const SCHEDULE_MS = CLOCK_EVERY_MINUTES * 60_000;
const CLOCK_TASKS = CLOCK_CRONTAB.map((c) => c.task);

let db: TestDatabase;
let inbox: SmtpInbox;
const prismas: PrismaClient[] = [];
const apps: FastifyInstance[] = [];
/** Clock jobs that succeeded, in either runner: task and the schedule they ran for. */
const clockRuns: { task: string; ts: string }[] = [];
/** The latest schedule, which both runners find missed at start. */
let schedule: Date;

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`not reached in ${ms} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  db = await freshDatabase();
  inbox = await SmtpInbox.start();
  // The clock last ran one schedule before the latest: the latest was missed (every process was down at that time).
  schedule = new Date(Math.floor(Date.now() / SCHEDULE_MS) * SCHEDULE_MS);
  const last = new Date(schedule.getTime() - SCHEDULE_MS);
  for (const task of CLOCK_TASKS) {
    await db.prisma.$executeRaw`INSERT INTO graphile_worker._private_known_crontabs (identifier, known_since, last_execution)
      VALUES (${task}, ${new Date(last.getTime() - 86_400_000)}, ${last})`;
  }
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SMTP_URL: inbox.url, JOB_CONCURRENCY: '2' });
  for (let i = 0; i < 2; i++) {
    const prisma = createPrisma(db.url, 5);
    const app = await buildApp({ config, prisma, databaseUrl: db.url, web: false, jobs: true });
    app.jobs.events.on('job:success', ({ job }) => {
      if (CLOCK_TASKS.includes(job.task_identifier)) clockRuns.push({ task: job.task_identifier, ts: (job.payload as { _cron: { ts: string } })._cron.ts });
    });
    prismas.push(prisma);
    apps.push(app);
  }
  await Promise.all(apps.map((a) => a.ready()));
});
let closed = false;
afterAll(async () => {
  if (!closed) await Promise.all(apps.map((a) => a.close()));
  await Promise.all(prismas.map((p) => p.$disconnect()));
  await db.drop();
  await inbox.close();
});

describe('two runners on one database', () => {
  it('run each cron entry once per schedule', async () => {
    await until(async () => new Set(clockRuns.map((r) => r.task)).size, (n) => n === CLOCK_TASKS.length);
    await new Promise((r) => setTimeout(r, 1500)); // room for a second run, if one were coming
    const perSchedule = new Map<string, number>();
    for (const r of clockRuns) perSchedule.set(`${r.task} ${r.ts}`, (perSchedule.get(`${r.task} ${r.ts}`) ?? 0) + 1);
    expect([...perSchedule.values()].every((n) => n === 1), JSON.stringify(clockRuns)).toBe(true);
    for (const task of CLOCK_TASKS) expect(perSchedule.get(`${task} ${schedule.toISOString()}`), task).toBe(1);
    const known = await db.prisma.$queryRaw<{ identifier: string; last_execution: Date }[]>`
      SELECT identifier, last_execution FROM graphile_worker._private_known_crontabs
      WHERE identifier IN (${Prisma.join(CLOCK_TASKS)}) ORDER BY identifier`;
    expect(known).toHaveLength(CLOCK_TASKS.length);
    for (const k of known) expect(k.last_execution.getTime()).toBeGreaterThanOrEqual(schedule.getTime());
  });

  it('retry a failing job with growing delays, keep it among the failed jobs after its last attempt, and run it again on retryJob', async () => {
    const user = await createUser(db.prisma, { locale: 'vi' });
    const admin = await createUser(db.prisma, { role: 'ADMIN' });
    const client = new GraphQLClient(apps[0]);
    await client.request(`mutation($e: String!) { signIn(input: { email: $e, password: "a long enough password" }) { __typename } }`, { e: admin.email });
    inbox.refuseNext = 1000;
    await db.prisma.$transaction((tx) =>
      notify(tx, { userIds: [user.id], type: 'listing.expiring', data: { title: 'Máy ép viên phân bón', validUntil: '2031-03-01T00:00:00.000Z' }, link: '/workspace' }),
    );
    const { id } = await db.prisma.emailOutbox.findFirstOrThrow({ where: { to: user.email } });
    const attempted = async (n: number): Promise<QueuedJob> =>
      (await until(() => emailJob(db.prisma, id), (j) => j !== undefined && j.attempts === n && j.runAt.getTime() > Date.now()))!;

    // Picked up at once (LISTEN/NOTIFY); each failure waits e^attempts seconds before the next attempt.
    let job = await attempted(1);
    const firstDelay = job.runAt.getTime() - Date.now();
    expect(firstDelay).toBeGreaterThan(1500);
    expect(firstDelay).toBeLessThanOrEqual(Math.exp(1) * 1000);
    // This job gets 3 attempts instead of 8, to reach its last one sooner; the backoff is skipped, not waited.
    await db.prisma.$queryRaw`SELECT 1 FROM graphile_worker.reschedule_jobs(ARRAY[${job.id}::bigint], max_attempts => 3)`;
    await skipBackoff(db.prisma, [job.id]);
    job = await attempted(2);
    expect(job.runAt.getTime() - Date.now()).toBeGreaterThan(firstDelay + 2000);
    await skipBackoff(db.prisma, [job.id]);
    job = await attempted(3);
    expect(job.lastError).toMatch(/451|busy/i);

    const FAILED = `{ failedJobs { nodes { id task attempts maxAttempts lastError } } }`;
    const failed = await client.request(FAILED);
    expect(failed.data.failedJobs.nodes).toEqual([{ id: job.id, task: 'email.send', attempts: 3, maxAttempts: 3, lastError: job.lastError }]);
    await new Promise((r) => setTimeout(r, 2500)); // a runner's poll would have taken it, were it not dead
    expect((await emailJob(db.prisma, id))!.attempts).toBe(3);
    expect(inbox.to(user.email)).toEqual([]);

    inbox.refuseNext = 0;
    const retried = await client.request(`mutation($id: ID!) { retryJob(id: $id) { attempts } }`, { id: job.id });
    expect(retried.data.retryJob).toEqual({ attempts: 0 });
    const row = await until(() => db.prisma.emailOutbox.findUniqueOrThrow({ where: { id } }), (r) => r.sentAt !== null);
    expect(row).toMatchObject({ attempts: 1, lastError: null });
    expect(inbox.to(user.email).map((m) => m.subject)).toEqual(['Tin đăng “Máy ép viên phân bón” sắp hết hiệu lực']);
    expect(await emailJob(db.prisma, id)).toBeUndefined();
    expect((await client.request(FAILED)).data.failedJobs.nodes).toEqual([]);
  }, 30_000);

  it('tell each other of a search index change, so neither answers from its cache what the index no longer says', async () => {
    const SEARCH = `{ search(query: "bóc vỏ hạt điều") { totalCount } }`;
    const total = async (app: FastifyInstance) =>
      (await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ query: SEARCH }) })).json().data.search.totalCount;
    expect(await total(apps[1])).toBe(0); // cached by the second process for SEARCH_CACHE_TTL_MS (15 s)
    const org = await createOrganisation(db.prisma);
    const listing = await createListing(db.prisma, org.id, { titleVi: 'Máy bóc vỏ hạt điều tự động' });
    // Its change is queued without its job (triggers off for this transaction), so the first process drains it, by hand.
    await db.prisma.$transaction([
      db.prisma.$executeRaw`SET LOCAL session_replication_role = replica`,
      db.prisma.outbox.create({ data: { entityType: 'listing', entityId: listing.id, op: 'UPSERT' } }),
    ]);
    expect(await apps[0].searchWorker.drain()).toBe(1);
    // The second process answers from the index well before its cache would expire.
    await until(() => total(apps[1]), (n) => n === 1, 3_000);
  });

  it('sweep rate-limit counters of windows that ended over an hour ago, and keep the others', async () => {
    const now = Date.now();
    await db.prisma.rateLimit.createMany({
      data: [
        { key: 'sign-in:old', points: 3, expire: BigInt(now - 2 * 3_600_000) },
        { key: 'sign-in:recent', points: 3, expire: BigInt(now - 60_000) },
        { key: 'sign-in:open', points: 1, expire: BigInt(now + 60_000) },
      ],
    });
    await db.prisma.$executeRaw`SELECT graphile_worker.add_job(${TASK.rateLimits}::text)`;
    const keys = async () => (await db.prisma.rateLimit.findMany({ where: { key: { startsWith: 'sign-in:' } }, orderBy: { key: 'asc' } })).map((r) => r.key);
    expect(await until(keys, (k) => !k.includes('sign-in:old'))).toEqual(['sign-in:open', 'sign-in:recent']);
  });

  it('stop on close only after the job in flight finished: the e-mail being sent is sent and marked so', async () => {
    const user = await createUser(db.prisma, { locale: 'vi' });
    inbox.refuseNext = 0;
    inbox.acceptDelayMs = 1500;
    await db.prisma.$transaction((tx) =>
      notify(tx, { userIds: [user.id], type: 'listing.expiring', data: { title: 'Lò sấy vải thiều', validUntil: '2031-03-01T00:00:00.000Z' }, link: '/workspace' }),
    );
    const { id } = await db.prisma.emailOutbox.findFirstOrThrow({ where: { to: user.email } });
    await until(
      () => db.prisma.$queryRaw<{ locked_at: Date | null }[]>`SELECT locked_at FROM graphile_worker.jobs WHERE key = ${`email:${id}`}`,
      (rows) => rows[0]?.locked_at != null,
    );
    const closing = Date.now();
    closed = true;
    await Promise.all(apps.map((a) => a.close()));
    expect(Date.now() - closing).toBeGreaterThan(500); // it waited for the server's answer
    expect((await db.prisma.emailOutbox.findUniqueOrThrow({ where: { id } })).sentAt).not.toBeNull();
    expect(await emailJob(db.prisma, id)).toBeUndefined();
    expect(inbox.to(user.email)).toHaveLength(1);
  });
});
