// E-mail end to end over real SMTP: a real SMTP server (tests/support/smtp-inbox.ts) runs in the test process, the
// API sends the outbox to it through nodemailer, one job per message. A moderator's decision arrives in each owner's
// language; a server that refuses for a while is retried with growing delays until it accepts (and given up on after
// the last attempt); a type the person turned off sends no e-mail but still shows in the notification centre.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_MAX_ATTEMPTS } from '../../server/modules/notification/mail-delivery.ts';
import { notify } from '../../server/modules/notification/notify.ts';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { SmtpInbox } from '../support/smtp-inbox.ts';
import { emailJob, skipBackoff } from '../support/jobs.ts';

const PUBLIC_URL = 'https://san.example.vn';
const MAIL_FROM = 'Sàn giao dịch công nghệ <no-reply@san.example.vn>';
const REVIEW = `mutation($id: ID!, $review: ReviewInput!) { reviewListing(id: $id, review: $review) { __typename ... on Listing { status } } }`;
const LIST = `{ notifications(first: 1) { unreadCount nodes { type title } } }`;

let inbox: SmtpInbox;
let api: ApiApp;
let ownerEn: GraphQLClient;
let moderator: GraphQLClient;
let orgId: string;
let people: { ownerEn: { id: string; email: string }; editorVi: { id: string; email: string } };

beforeAll(async () => {
  inbox = await SmtpInbox.start();
  api = await startApi({ SMTP_URL: inbox.url, MAIL_FROM, PUBLIC_URL });
  const { prisma } = api.db;
  const org = await createOrganisation(prisma);
  orgId = org.id;
  const o = await createUser(prisma, { locale: 'en', displayName: 'Jane Owner' });
  const e = await createUser(prisma, { locale: 'vi', displayName: 'Lê Thị Hạnh' });
  const m = await createUser(prisma, { role: 'MODERATOR' });
  await addMember(prisma, o.id, org.id, 'OWNER');
  await addMember(prisma, e.id, org.id, 'EDITOR');
  people = { ownerEn: o, editorVi: e };
  [ownerEn, moderator] = await Promise.all([api.as(o.email), api.as(m.email)]);
});
afterAll(async () => {
  await api.close();
  await inbox.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mailTo = (email: string) => inbox.to(email);

describe('a moderator decision', () => {
  it('reaches every owner over SMTP, each in their own language, from MAIL_FROM, with links to the site', async () => {
    expect(api.app.mailWorker).not.toBeNull();
    const listing = await createListing(api.db.prisma, orgId, {
      status: 'PENDING_REVIEW', publishedAt: null, titleVi: 'Máy sấy <nông sản> năng lượng mặt trời', titleEn: 'Solar <crop> dryer',
    });
    await moderator.request(REVIEW, { id: listing.id, review: { action: 'REJECT', reason: 'UNVERIFIABLE_CLAIMS', comment: 'Thiếu kết quả đo.' } });
    const before = inbox.messages.length;
    expect(await api.app.mailWorker!.drain()).toBe(2);
    expect(inbox.messages.length).toBe(before + 2);

    const [en] = mailTo(people.ownerEn.email);
    expect(en!.subject).toBe('Your listing “Solar <crop> dryer” was rejected');
    expect(en!.headers.get('from')).toContain('no-reply@san.example.vn');
    expect(en!.from).toBe('no-reply@san.example.vn');
    expect(en!.text).toContain('Hello Jane Owner,');
    expect(en!.text).toContain('Reason: Claims cannot be verified.');
    expect(en!.text).toContain(`${PUBLIC_URL}/workspace/listings/${listing.id}`);
    expect(en!.html).toContain('Solar &lt;crop&gt; dryer');
    expect(en!.html).not.toContain('<crop>');

    const [vi] = mailTo(people.editorVi.email);
    expect(vi!.subject).toBe('Tin đăng “Máy sấy <nông sản> năng lượng mặt trời” bị từ chối');
    expect(vi!.text).toContain('Xin chào Lê Thị Hạnh,');
    expect(vi!.text).toContain('Lý do: Thông tin không kiểm chứng được.');
    expect(vi!.html).toContain('<html lang="vi">');

    const rows = await api.db.prisma.emailOutbox.findMany({ where: { to: { in: [people.ownerEn.email, people.editorVi.email] } } });
    expect(rows.every((r) => r.sentAt !== null && r.attempts === 1 && r.lastError === null)).toBe(true);
    // Sent is sent: nothing goes out twice.
    expect(await api.app.mailWorker!.drain()).toBe(0);
  });
});

describe('a server that refuses', () => {
  const drain = () => api.app.mailWorker!.drain();

  async function queue(title: string): Promise<bigint> {
    await api.db.prisma.$transaction((tx) =>
      notify(tx, { userIds: [people.editorVi.id], type: 'listing.expiring', data: { title, validUntil: '2031-03-01T00:00:00.000Z' }, link: '/workspace' }),
    );
    const row = await api.db.prisma.emailOutbox.findFirstOrThrow({ where: { subject: { contains: title } } });
    return row.id;
  }

  it('is retried with a growing delay and the e-mail goes out once it accepts', async () => {
    const id = await queue('Bộ kit chẩn đoán bệnh tôm');
    inbox.refuseNext = 2;

    // graphile-worker waits e^attempts seconds; the delay counts from the failure, between the two clock readings.
    const failOnce = async (attempts: number) => {
      const before = Date.now();
      expect(await drain()).toBe(0);
      const after = Date.now();
      const row = await api.db.prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ attempts, sentAt: null });
      expect(row.lastError).toMatch(/451|busy/i);
      const job = (await emailJob(api.db.prisma, id))!;
      const delayMs = Math.exp(attempts) * 1000;
      expect(job).toMatchObject({ attempts, maxAttempts: MAIL_MAX_ATTEMPTS });
      expect(job.runAt.getTime() - after).toBeLessThanOrEqual(delayMs + 50);
      expect(job.runAt.getTime() - before).toBeGreaterThanOrEqual(delayMs - 50);
      return job;
    };
    let job = await failOnce(1);
    // Not due yet: another pass leaves it alone.
    expect(await drain()).toBe(0);
    expect((await api.db.prisma.emailOutbox.findUniqueOrThrow({ where: { id } })).attempts).toBe(1);

    await skipBackoff(api.db.prisma, [job.id]);
    job = await failOnce(2);

    await skipBackoff(api.db.prisma, [job.id]);
    const before = mailTo(people.editorVi.email).length;
    expect(await drain()).toBe(1);
    const row = await api.db.prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ attempts: 3, lastError: null });
    expect(row.sentAt).not.toBeNull();
    expect(await emailJob(api.db.prisma, id)).toBeUndefined();
    const received = mailTo(people.editorVi.email);
    expect(received.length).toBe(before + 1);
    expect(received.at(-1)!.subject).toBe('Tin đăng “Bộ kit chẩn đoán bệnh tôm” sắp hết hiệu lực');
  });

  it('gives up after the last attempt and keeps the error', async () => {
    const id = await queue('Hệ thống lọc nước nhiễm mặn');
    inbox.refuseNext = 100;
    try {
      for (let attempt = 1; attempt <= MAIL_MAX_ATTEMPTS; attempt++) {
        await skipBackoff(api.db.prisma, [(await emailJob(api.db.prisma, id))!.id]);
        expect(await drain()).toBe(0);
      }
      const job = (await emailJob(api.db.prisma, id))!;
      expect(job).toMatchObject({ attempts: MAIL_MAX_ATTEMPTS, maxAttempts: MAIL_MAX_ATTEMPTS });
      // Given up: even due, nobody takes it again.
      await skipBackoff(api.db.prisma, [job.id]);
      expect(await drain()).toBe(0);
      const row = await api.db.prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ attempts: MAIL_MAX_ATTEMPTS, sentAt: null });
      expect(row.lastError).toMatch(/451|busy/i);
    } finally {
      inbox.refuseNext = 0;
      // This row and its dead job must not surface in the next test.
      await api.db.prisma.$queryRaw`SELECT graphile_worker.remove_job(${`email:${id}`})`;
      await api.db.prisma.emailOutbox.delete({ where: { id } });
    }
  });
});

describe('a type turned off', () => {
  it('sends no e-mail but still notifies in-app; the other owner still gets the e-mail', async () => {
    const res = await ownerEn.request(`mutation { setNotificationPreferences(emailOff: ["listing.decision"]) { __typename } }`);
    expect(res.data.setNotificationPreferences.__typename).toBe('NotificationPreferences');
    const listing = await createListing(api.db.prisma, orgId, { status: 'PENDING_REVIEW', publishedAt: null, titleVi: 'Giống dưa lưới', titleEn: 'Melon variety' });
    const enBefore = mailTo(people.ownerEn.email).length;
    const viBefore = mailTo(people.editorVi.email).length;
    await moderator.request(REVIEW, { id: listing.id, review: { action: 'APPROVE' } });
    expect(await api.app.mailWorker!.drain()).toBe(1);
    expect(mailTo(people.ownerEn.email).length).toBe(enBefore);
    expect(mailTo(people.editorVi.email).length).toBe(viBefore + 1);
    expect(mailTo(people.editorVi.email).at(-1)!.subject).toBe('Tin đăng “Giống dưa lưới” đã được duyệt');
    const inApp = (await ownerEn.request(LIST)).data.notifications;
    expect(inApp.nodes[0]).toEqual({ type: 'listing.decision', title: 'Your listing “Melon variety” was approved' });
  });
});
