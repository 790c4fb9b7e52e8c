// The admin's dead letters over the API: failedJobs / failedEmails list what ran out of attempts, newest first, in
// pages; retryJob / retryEmail make it due again. Only admins: every other role is refused and nothing changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_MAX_ATTEMPTS } from '../../server/modules/notification/mail-delivery.ts';
import { notify } from '../../server/modules/notification/notify.ts';
import { createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { emailJob } from '../support/jobs.ts';

const FAILED_JOBS = `query($after: String) { failedJobs(first: 2, after: $after) { nodes { id task attempts maxAttempts lastError payloadSummary runAt createdAt } pageInfo { hasNextPage endCursor } } }`;
const FAILED_EMAILS = `{ failedEmails(first: 10) { nodes { id to subject attempts lastError createdAt } pageInfo { hasNextPage endCursor } } }`;
const RETRY_JOB = `mutation($id: ID!) { retryJob(id: $id) { id task attempts } }`;
const RETRY_EMAIL = `mutation($id: ID!) { retryEmail(id: $id) { id task attempts } }`;

let api: ApiApp;
let clients: Record<'visitor' | 'buyer' | 'moderator' | 'admin', GraphQLClient>;
let recipient: { id: string; email: string };

/** An e-mail whose every attempt failed: its row given up on, its job dead (as the queue leaves them). */
async function deadEmail(title: string): Promise<{ emailId: string; jobId: string }> {
  const { prisma } = api.db;
  await prisma.$transaction((tx) =>
    notify(tx, { userIds: [recipient.id], type: 'listing.expiring', data: { title, validUntil: '2031-03-01T00:00:00.000Z' }, link: '/workspace' }),
  );
  const row = await prisma.emailOutbox.findFirstOrThrow({ where: { subject: { contains: title } } });
  await prisma.emailOutbox.update({ where: { id: row.id }, data: { attempts: MAIL_MAX_ATTEMPTS, lastError: '451 mailbox busy' } });
  const job = (await emailJob(prisma, row.id))!;
  await prisma.$queryRaw`SELECT 1 FROM graphile_worker.permanently_fail_jobs(ARRAY[${job.id}::bigint], '451 mailbox busy')`;
  return { emailId: String(row.id), jobId: job.id };
}

let dead: { emailId: string; jobId: string }[];

beforeAll(async () => {
  api = await startApi();
  const { prisma } = api.db;
  recipient = await createUser(prisma, { locale: 'vi' });
  const [buyer, moderator, admin] = await Promise.all([createUser(prisma), createUser(prisma, { role: 'MODERATOR' }), createUser(prisma, { role: 'ADMIN' })]);
  const [v, b, m, a] = await Promise.all([api.as(null), api.as(buyer.email), api.as(moderator.email), api.as(admin.email)]);
  clients = { visitor: v, buyer: b, moderator: m, admin: a };
  dead = [];
  for (const title of ['Máy sấy thanh long', 'Giống lúa ST25', 'Hệ thống tưới nhỏ giọt']) dead.push(await deadEmail(title));
});
afterAll(() => api.close());

const deadJobCount = async () =>
  Number((await api.db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE attempts >= max_attempts`)[0].n);

describe('failed jobs and e-mails', () => {
  it('are refused to everyone but admins, and a refused retry changes nothing', async () => {
    const operations: [string, () => Record<string, unknown>][] = [
      [FAILED_JOBS, () => ({})],
      [FAILED_EMAILS, () => ({})],
      [RETRY_JOB, () => ({ id: dead[0].jobId })],
      [RETRY_EMAIL, () => ({ id: dead[0].emailId })],
    ];
    for (const role of ['visitor', 'buyer', 'moderator'] as const) {
      for (const [query, variables] of operations) {
        const res = await clients[role].request(query, variables());
        expect(res.errors?.[0]?.extensions?.code, `${query} as ${role}`).toBe(role === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        expect(res.data).toBeNull();
      }
    }
    expect(await deadJobCount()).toBe(3);
    expect(await api.db.prisma.emailOutbox.count({ where: { attempts: MAIL_MAX_ATTEMPTS } })).toBe(3);
  });

  it('list newest first in pages, with a payload summary and the last error', async () => {
    const first = await clients.admin.request(FAILED_JOBS);
    expect(first.errors).toBeUndefined();
    const { nodes, pageInfo } = first.data.failedJobs;
    expect(nodes.map((n: { id: string }) => n.id)).toEqual([dead[2].jobId, dead[1].jobId]);
    expect(nodes[0]).toMatchObject({ task: 'email.send', attempts: MAIL_MAX_ATTEMPTS, maxAttempts: MAIL_MAX_ATTEMPTS, lastError: '451 mailbox busy', payloadSummary: `id: ${dead[2].emailId}` });
    expect(pageInfo.hasNextPage).toBe(true);
    const second = await clients.admin.request(FAILED_JOBS, { after: pageInfo.endCursor });
    expect(second.data.failedJobs).toEqual({ nodes: [expect.objectContaining({ id: dead[0].jobId })], pageInfo: { hasNextPage: false, endCursor: expect.any(String) } });
    // A cursor of another list (or none of ours) is the caller's mistake, said so.
    const foreign = await clients.admin.request(FAILED_JOBS, { after: Buffer.from(JSON.stringify(['failedEmails', '1'])).toString('base64url') });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const emails = (await clients.admin.request(FAILED_EMAILS)).data.failedEmails;
    expect(emails.nodes.map((n: { id: string }) => n.id)).toEqual(dead.map((d) => d.emailId).reverse());
    expect(emails.nodes[0]).toMatchObject({ to: recipient.email, attempts: MAIL_MAX_ATTEMPTS, lastError: '451 mailbox busy', subject: expect.stringContaining('Hệ thống tưới nhỏ giọt') });
  });

  it('retryJob makes a dead job due again with fresh attempts, and its e-mail leaves the failed list', async () => {
    const res = await clients.admin.request(RETRY_JOB, { id: dead[0].jobId });
    expect(res.data.retryJob).toEqual({ id: dead[0].jobId, task: 'email.send', attempts: 0 });
    const job = (await emailJob(api.db.prisma, dead[0].emailId))!;
    expect(job.runAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect((await api.db.prisma.emailOutbox.findUniqueOrThrow({ where: { id: BigInt(dead[0].emailId) } })).attempts).toBe(0);
    const emails = (await clients.admin.request(FAILED_EMAILS)).data.failedEmails.nodes.map((n: { id: string }) => n.id);
    expect(emails).not.toContain(dead[0].emailId);
    // Retried already: it is no dead job any more.
    expect((await clients.admin.request(RETRY_JOB, { id: dead[0].jobId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('retryEmail revives the e-mail and its job', async () => {
    const res = await clients.admin.request(RETRY_EMAIL, { id: dead[1].emailId });
    expect(res.data.retryEmail).toEqual({ id: dead[1].jobId, task: 'email.send', attempts: 0 });
    expect(await deadJobCount()).toBe(1);
    expect((await clients.admin.request(RETRY_EMAIL, { id: dead[1].emailId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('name nothing with an unknown or malformed id', async () => {
    for (const id of ['999999', 'abc', '1; DROP TABLE x', '9'.repeat(30)]) {
      expect((await clients.admin.request(RETRY_JOB, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await clients.admin.request(RETRY_EMAIL, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect(await deadJobCount()).toBe(1);
  });
});
