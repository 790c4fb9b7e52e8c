// The notification centre through the API: a moderator's decision (on a listing or an organisation profile) and
// the expiry warning reach the owners in-app and as e-mails waiting in the outbox (in each person's language, user
// text escaped), only the owner sees and marks their notifications, pages hold together, and e-mail preferences are
// validated and obeyed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from '../../server/modules/notification/notify.ts';
import { ADMIN_NOTIFICATION_TYPES, NOTIFICATION_TYPES } from '../../server/modules/notification/notification-types.ts';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { systemContext } from '../../server/lib/request-context.ts';

const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) { unreadCount pageInfo { hasNextPage endCursor } nodes { id type title body link readAt createdAt } } }`;
const COUNT = `{ notifications(first: 0) { unreadCount nodes { id } } }`;
const MARK = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) {
  __typename ... on NotificationsMarked { marked unreadCount } ... on InputError { code fieldErrors { field code message } } } }`;
const MARK_ALL = `mutation { markAllNotificationsRead { marked unreadCount } }`;
const PREFS = `{ notificationPreferences { type label email } }`;
const SET_PREFS = `mutation($off: [String!]!) { setNotificationPreferences(emailOff: $off) {
  __typename ... on NotificationPreferences { preferences { type label email } } ... on InputError { code fieldErrors { field code message } } } }`;
const REVIEW = `mutation($id: ID!, $review: ReviewInput!) { reviewListing(id: $id, review: $review) { __typename ... on Listing { status } } }`;
const REVIEW_ORG = `mutation($id: ID!, $review: ReviewInput!) { reviewOrganisation(id: $id, review: $review) { __typename ... on Organisation { status } } }`;

const PUBLIC_URL = 'https://san.example.vn';

let api: ApiApp;
let ownerEn: GraphQLClient; // an English-speaking owner of the organisation
let editorVi: GraphQLClient; // a Vietnamese-speaking editor of the same organisation
let stranger: GraphQLClient;
let moderator: GraphQLClient;
let orgId: string;
let ids: { ownerEn: string; editorVi: string; stranger: string; moderator: string };
let emails: { ownerEn: string; editorVi: string };

beforeAll(async () => {
  api = await startApi({ PUBLIC_URL });
  const { prisma } = api.db;
  const org = await createOrganisation(prisma);
  orgId = org.id;
  const o = await createUser(prisma, { locale: 'en', displayName: 'Jane Owner' });
  const e = await createUser(prisma, { locale: 'vi', displayName: 'Trần Văn Biên' });
  const s = await createUser(prisma);
  const m = await createUser(prisma, { role: 'MODERATOR' });
  await addMember(prisma, o.id, org.id, 'OWNER');
  await addMember(prisma, e.id, org.id, 'EDITOR');
  ids = { ownerEn: o.id, editorVi: e.id, stranger: s.id, moderator: m.id };
  emails = { ownerEn: o.email, editorVi: e.email };
  [ownerEn, editorVi, stranger, moderator] = await Promise.all([api.as(o.email), api.as(e.email), api.as(s.email), api.as(m.email)]);
});
afterAll(() => api.close());

async function pendingListing(titleVi: string, titleEn: string | null = null) {
  return createListing(api.db.prisma, orgId, { status: 'PENDING_REVIEW', publishedAt: null, titleVi, titleEn });
}

const outboxFor = (notificationIds: string[]) =>
  api.db.prisma.emailOutbox.findMany({ where: { notificationId: { in: notificationIds } }, orderBy: { id: 'asc' } });

describe('a moderator decision on a listing', () => {
  it('tells every member of the owner organisation, in the reader’s language, and queues an e-mail in each one’s language', async () => {
    const listing = await pendingListing('Quy trình sấy thanh long', 'Dragon fruit drying process');
    const before = (await ownerEn.request(COUNT)).data.notifications.unreadCount;
    const res = await moderator.request(REVIEW, {
      id: listing.id,
      review: { action: 'REQUEST_CHANGES', comment: 'Bổ sung số liệu hiệu suất sấy.' },
    });
    expect(res.data.reviewListing.status).toBe('CHANGES_REQUESTED');

    const mine = (await ownerEn.request(LIST, { first: 5 })).data.notifications;
    expect(mine.unreadCount).toBe(before + 1);
    const n = mine.nodes[0];
    expect(n).toMatchObject({
      type: 'listing.decision',
      title: 'Your listing “Dragon fruit drying process” needs changes',
      link: `/workspace/listings/${listing.id}`,
      readAt: null,
    });
    expect(n.body).toContain('Bổ sung số liệu hiệu suất sấy.');

    const theirs = (await editorVi.request(LIST, { first: 5 })).data.notifications.nodes[0];
    expect(theirs.title).toBe('Tin đăng “Quy trình sấy thanh long” cần chỉnh sửa');
    expect(theirs.body).toContain('Sở đề nghị chỉnh sửa trước khi công bố.');

    // The moderator made the decision and is no member: nothing for them, nor for a stranger.
    expect((await moderator.request(COUNT)).data.notifications.unreadCount).toBe(0);
    expect((await stranger.request(COUNT)).data.notifications.unreadCount).toBe(0);

    const mails = await outboxFor([n.id, theirs.id]);
    expect(mails.map((m) => m.to).sort()).toEqual([emails.ownerEn, emails.editorVi].sort());
    const en = mails.find((m) => m.to === emails.ownerEn)!;
    expect(en.subject).toBe('Your listing “Dragon fruit drying process” needs changes');
    expect(en.text).toContain('Hello Jane Owner,');
    expect(en.text).toContain(`${PUBLIC_URL}/workspace/listings/${listing.id}`);
    expect(en.text).toContain(`${PUBLIC_URL}/notifications/settings`);
    const vi = mails.find((m) => m.to === emails.editorVi)!;
    expect(vi.subject).toBe('Tin đăng “Quy trình sấy thanh long” cần chỉnh sửa');
    expect(vi.text).toContain('Xin chào Trần Văn Biên,');
    expect(vi.sentAt).toBeNull();
  });

  it('names the reason of a rejection and escapes the seller’s text in the e-mail’s HTML', async () => {
    const listing = await pendingListing('Máy ép <script>alert(1)</script> & "dầu"');
    await moderator.request(REVIEW, { id: listing.id, review: { action: 'REJECT', reason: 'DUPLICATE', comment: 'Trùng tin <b>cũ</b>.' } });
    const n = (await editorVi.request(LIST, { first: 1 })).data.notifications.nodes[0];
    expect(n.title).toBe('Tin đăng “Máy ép <script>alert(1)</script> & "dầu"” bị từ chối');
    expect(n.body).toContain('Lý do: Trùng với tin đã có.');
    const en = (await ownerEn.request(LIST, { first: 1 })).data.notifications.nodes[0];
    expect(en.body).toContain('Reason: Duplicates an existing listing.');

    const [mail] = await outboxFor([n.id]);
    expect(mail!.html).toContain('Máy ép &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;dầu&quot;');
    expect(mail!.html).toContain('Trùng tin &lt;b&gt;cũ&lt;/b&gt;.');
    expect(mail!.html).not.toContain('<script>');
    expect(mail!.html).not.toContain('<b>cũ');
    expect(mail!.html).toContain(`href="${PUBLIC_URL}/workspace/listings/${listing.id}"`);
  });

  it('says an approval and an unpublishing in both languages', async () => {
    const listing = await pendingListing('Giống lúa ST25 cải tiến', 'Improved ST25 rice');
    await moderator.request(REVIEW, { id: listing.id, review: { action: 'APPROVE' } });
    expect((await ownerEn.request(LIST, { first: 1 })).data.notifications.nodes[0].title).toBe('Your listing “Improved ST25 rice” was approved');
    await moderator.request(`mutation($id: ID!) { unpublishListing(id: $id, review: { action: UNPUBLISH, reason: OUT_OF_SCOPE, comment: "Ngoài phạm vi." }) { __typename } }`, { id: listing.id });
    const vi = (await editorVi.request(LIST, { first: 1 })).data.notifications.nodes[0];
    expect(vi.title).toBe('Tin đăng “Giống lúa ST25 cải tiến” đã bị gỡ khỏi sàn');
    expect(vi.body).toContain('Lý do: Ngoài phạm vi của sàn.');
  });
});

describe('a moderator decision on an organisation profile', () => {
  it('tells its members in their language, with the reason and comment of a request for changes, and tells an approval too', async () => {
    const { prisma } = api.db;
    const owner = await createUser(prisma, { locale: 'en', displayName: 'Minh Owner' });
    const editor = await createUser(prisma, { locale: 'vi' });
    const pending = (nameVi: string, nameEn: string) => createOrganisation(prisma, { status: 'PENDING_REVIEW', nameVi, nameEn });
    const first = await pending('Viện Nghiên cứu Nông nghiệp Tây Ninh', 'Tay Ninh Agricultural Research Institute');
    const second = await pending('Công ty Cơ khí Gò Dầu', 'Go Dau Engineering Company');
    for (const org of [first, second]) {
      await addMember(prisma, owner.id, org.id, 'OWNER');
      await addMember(prisma, editor.id, org.id, 'EDITOR');
    }
    const [asOwner, asEditor] = await Promise.all([api.as(owner.email), api.as(editor.email)]);
    const moderatorBefore = (await moderator.request(COUNT)).data.notifications.unreadCount;

    const asked = await moderator.request(REVIEW_ORG, {
      id: first.id,
      review: { action: 'REQUEST_CHANGES', reason: 'INCOMPLETE', comment: 'Bổ sung giấy phép hoạt động KH&CN.' },
    });
    expect(asked.data.reviewOrganisation.status).toBe('CHANGES_REQUESTED');
    const mine = (await asOwner.request(LIST, { first: 5 })).data.notifications;
    expect(mine.unreadCount).toBe(1);
    expect(mine.nodes[0]).toMatchObject({
      type: 'organisation.decision',
      title: 'Your organisation profile “Tay Ninh Agricultural Research Institute” needs changes',
      body: 'The department asks for changes before publishing. Reason: Information is incomplete. The department’s comment: Bổ sung giấy phép hoạt động KH&CN.',
      link: `/workspace/organisations/${first.id}`,
    });
    const theirs = (await asEditor.request(LIST, { first: 5 })).data.notifications.nodes[0];
    expect(theirs.title).toBe('Hồ sơ tổ chức “Viện Nghiên cứu Nông nghiệp Tây Ninh” cần chỉnh sửa');
    expect(theirs.body).toContain('Lý do: Thông tin chưa đầy đủ.');
    const [mail] = await outboxFor([mine.nodes[0].id]);
    expect(mail!.to).toBe(owner.email);
    expect(mail!.subject).toBe('Your organisation profile “Tay Ninh Agricultural Research Institute” needs changes');
    expect(mail!.text).toContain(`${PUBLIC_URL}/workspace/organisations/${first.id}`);

    const approved = await moderator.request(REVIEW_ORG, { id: second.id, review: { action: 'APPROVE' } });
    expect(approved.data.reviewOrganisation.status).toBe('PUBLISHED');
    const latest = (await asOwner.request(LIST, { first: 5 })).data.notifications;
    expect(latest.unreadCount).toBe(2);
    expect(latest.nodes[0]).toMatchObject({ type: 'organisation.decision', title: 'Your organisation profile “Go Dau Engineering Company” was approved', link: `/workspace/organisations/${second.id}` });
    expect((await asEditor.request(LIST, { first: 1 })).data.notifications.nodes[0].title).toBe('Hồ sơ tổ chức “Công ty Cơ khí Gò Dầu” đã được duyệt');

    // Nobody outside the organisation hears of it, the deciding moderator included.
    expect((await moderator.request(COUNT)).data.notifications.unreadCount).toBe(moderatorBefore);
    expect(await prisma.notification.count({ where: { type: 'organisation.decision', userId: { notIn: [owner.id, editor.id] } } })).toBe(0);
  });
});

describe('the expiry warning', () => {
  it('tells the owners once, with the date, in-app and by e-mail', async () => {
    const validUntil = new Date(Date.now() + 5 * 86_400_000);
    const listing = await createListing(api.db.prisma, orgId, { titleVi: 'Chế phẩm vi sinh xử lý rơm', validUntil });
    await api.app.services.listing.warnExpiring(systemContext());
    expect(await api.app.services.listing.warnExpiring(systemContext())).toBe(0);
    const rows = await api.db.prisma.notification.findMany({ where: { type: 'listing.expiring', link: `/workspace/listings/${listing.id}` } });
    expect(rows.map((r) => r.userId).sort()).toEqual([ids.ownerEn, ids.editorVi].sort());
    const vi = (await editorVi.request(LIST, { first: 1 })).data.notifications.nodes[0];
    expect(vi.title).toBe('Tin đăng “Chế phẩm vi sinh xử lý rơm” sắp hết hiệu lực');
    const date = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' }).format(validUntil);
    expect(vi.body).toContain(date);
    expect(await outboxFor(rows.map((r) => r.id))).toHaveLength(2);
  });
});

describe('who sees and marks notifications', () => {
  it('refuses visitors', async () => {
    const visitor = await api.as(null);
    const res = await visitor.request(COUNT);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const mark = await visitor.request(MARK_ALL);
    expect(mark.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets only the owner mark a notification read; others’ ids change nothing', async () => {
    const target = (await editorVi.request(LIST, { first: 1, unreadOnly: true })).data.notifications.nodes[0];
    const before = (await editorVi.request(COUNT)).data.notifications.unreadCount;
    const foreign = await stranger.request(MARK, { ids: [target.id] });
    expect(foreign.data.markNotificationsRead).toEqual({ __typename: 'NotificationsMarked', marked: 0, unreadCount: 0 });
    expect((await ownerEn.request(MARK, { ids: [target.id] })).data.markNotificationsRead.marked).toBe(0);
    expect((await editorVi.request(COUNT)).data.notifications.unreadCount).toBe(before);
    // Nobody else's list shows it either.
    const strangerList = (await stranger.request(LIST, { first: 100 })).data.notifications.nodes;
    expect(strangerList.map((x: { id: string }) => x.id)).not.toContain(target.id);

    const own = await editorVi.request(MARK, { ids: [target.id] });
    expect(own.data.markNotificationsRead).toEqual({ __typename: 'NotificationsMarked', marked: 1, unreadCount: before - 1 });
    const after = (await editorVi.request(LIST, { first: 100 })).data.notifications.nodes.find((x: { id: string }) => x.id === target.id);
    expect(after.readAt).not.toBeNull();
    const unread = (await editorVi.request(LIST, { first: 100, unreadOnly: true })).data.notifications.nodes;
    expect(unread.map((x: { id: string }) => x.id)).not.toContain(target.id);
  });

  it('refuses ids that are not notification ids, in the caller’s language', async () => {
    const res = await ownerEn.request(MARK, { ids: ['not-an-id'] });
    expect(res.data.markNotificationsRead).toEqual({
      __typename: 'InputError',
      code: 'VALIDATION',
      fieldErrors: [{ field: 'ids', code: 'INVALID_VALUE', message: 'The value of list of notifications is not valid.' }],
    });
  });

  it('marks all of the caller’s notifications read and leaves other people’s alone', async () => {
    const editorBefore = (await editorVi.request(COUNT)).data.notifications.unreadCount;
    expect(editorBefore).toBeGreaterThan(0);
    const res = await ownerEn.request(MARK_ALL);
    expect(res.data.markAllNotificationsRead.unreadCount).toBe(0);
    expect(res.data.markAllNotificationsRead.marked).toBeGreaterThan(0);
    expect((await ownerEn.request(COUNT)).data.notifications.unreadCount).toBe(0);
    expect((await editorVi.request(COUNT)).data.notifications.unreadCount).toBe(editorBefore);
  });
});

describe('pages', () => {
  it('walks all notifications newest first without gaps or repeats, and refuses a forged cursor', async () => {
    const user = await createUser(api.db.prisma);
    for (let i = 0; i < 7; i++) {
      await api.db.prisma.$transaction((tx) =>
        notify(tx, { userIds: [user.id], type: 'deal.survey', data: { listingTitle: `Tin số ${i}` }, link: '/account' }),
      );
    }
    const client = await api.as(user.email);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const res: { data: { notifications: { nodes: { title: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } } = await client.request(LIST, {
        first: 3,
        after,
      });
      seen.push(...res.data.notifications.nodes.map((n) => n.title));
      after = res.data.notifications.pageInfo.hasNextPage ? res.data.notifications.pageInfo.endCursor : null;
      if (!after) break;
    }
    expect(seen).toEqual([6, 5, 4, 3, 2, 1, 0].map((i) => `Khảo sát sau giao dịch về “Tin số ${i}”`));
    const forged = await client.request(LIST, { first: 3, after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(forged.data).toBeNull();
  });

  it('drops links to other sites', async () => {
    const user = await createUser(api.db.prisma);
    await api.db.prisma.$transaction((tx) =>
      notify(tx, { userIds: [user.id], type: 'deal.survey', data: {}, link: '//evil.example/phish' }),
    );
    const client = await api.as(user.email);
    expect((await client.request(LIST, { first: 1 })).data.notifications.nodes[0].link).toBeNull();
  });
});

describe('e-mail preferences', () => {
  it('lists every type with e-mail on by default, named in the caller’s language', async () => {
    const prefs = (await editorVi.request(PREFS)).data.notificationPreferences;
    // Every type but the admins' own.
    expect(prefs.length).toBe(NOTIFICATION_TYPES.length - ADMIN_NOTIFICATION_TYPES.length);
    expect(prefs.every((p: { email: boolean }) => p.email)).toBe(true);
    expect(prefs.find((p: { type: string }) => p.type === 'listing.decision').label).toBe('Kết quả kiểm duyệt tin đăng');
    const en = (await ownerEn.request(PREFS)).data.notificationPreferences;
    expect(en.find((p: { type: string }) => p.type === 'listing.decision').label).toBe('Moderation decisions on my listings');
    expect(en.find((p: { type: string }) => p.type === 'organisation.decision').label).toBe('Moderation decisions on my organisation’s profile');
  });

  it('refuses unknown types with a field message and keeps the previous choice', async () => {
    const res = await ownerEn.request(SET_PREFS, { off: ['listing.decision', 'marketing.spam'] });
    expect(res.data.setNotificationPreferences).toEqual({
      __typename: 'InputError',
      code: 'VALIDATION',
      fieldErrors: [{ field: 'emailOff', code: 'UNKNOWN_NOTIFICATION_TYPE', message: 'There is no notification type “marketing.spam”.' }],
    });
    const vi = await editorVi.request(SET_PREFS, { off: ['x'] });
    expect(vi.data.setNotificationPreferences.fieldErrors[0].message).toBe('Không có loại thông báo “x”.');
    const user = await api.db.prisma.user.findUniqueOrThrow({ where: { id: ids.ownerEn } });
    expect(user.emailOptOut).toEqual([]);
  });

  it('sends no e-mail for a type turned off, but still the in-app notification; the other members still get theirs', async () => {
    const res = await ownerEn.request(SET_PREFS, { off: ['listing.decision', 'listing.decision', 'payment.refunded'] });
    const prefs = res.data.setNotificationPreferences.preferences;
    expect(prefs.filter((p: { email: boolean }) => !p.email).map((p: { type: string }) => p.type)).toEqual(['listing.decision', 'payment.refunded']);
    expect((await ownerEn.request(PREFS)).data.notificationPreferences.find((p: { type: string }) => p.type === 'listing.decision').email).toBe(false);
    expect(await api.db.prisma.auditEvent.count({ where: { entityId: ids.ownerEn, action: 'account.emailPreferences' } })).toBe(1);

    const listing = await pendingListing('Hệ thống tưới nhỏ giọt', 'Drip irrigation system');
    await moderator.request(REVIEW, { id: listing.id, review: { action: 'APPROVE' } });
    const mine = (await ownerEn.request(LIST, { first: 1 })).data.notifications.nodes[0];
    expect(mine.title).toBe('Your listing “Drip irrigation system” was approved');
    const theirs = (await editorVi.request(LIST, { first: 1 })).data.notifications.nodes[0];
    const mails = await outboxFor([mine.id, theirs.id]);
    expect(mails.map((m) => m.to)).toEqual([emails.editorVi]);

    // Turning it back on brings the e-mails back.
    await ownerEn.request(SET_PREFS, { off: [] });
    await api.db.prisma.$transaction((tx) => notify(tx, { userIds: [ids.ownerEn], type: 'listing.decision', data: { decision: 'APPROVE' } }));
    expect(await api.db.prisma.emailOutbox.count({ where: { to: emails.ownerEn, subject: { contains: 'was approved' } } })).toBeGreaterThanOrEqual(2);
  });
});
