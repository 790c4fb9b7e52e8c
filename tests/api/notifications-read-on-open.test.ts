// Reading an inquiry thread clears its notifications: the page calls markNotificationsReadForLink with the thread's
// path, which marks the caller's own unread notifications that lead there ("new inquiry", "reply") and nothing
// else — not their other notifications, not the same notifications of a colleague who has not read the thread yet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';

const OPEN = `mutation($input: OpenInquiryInput!) { openInquiry(input: $input) { __typename ... on Inquiry { id } } }`;
const REPLY = `mutation($id: ID!, $body: String!) { replyToInquiry(id: $id, body: $body) { __typename } }`;
const READ_FOR = `mutation($link: String!) { markNotificationsReadForLink(link: $link) {
  __typename ... on NotificationsMarked { marked unreadCount } ... on InputError { code fieldErrors { field code message } } } }`;
const COUNT = `{ notifications(first: 0) { unreadCount } }`;
const ASK = {
  message: 'Chúng tôi muốn tìm hiểu quy trình bảo quản thanh long cho kho lạnh 20 tấn của hợp tác xã.',
  intendedUse: 'Bảo quản thanh long xuất khẩu',
  organisationName: 'Hợp tác xã Nông nghiệp Châu Thành',
};

let api: ApiApp;
let owner: GraphQLClient;
let editor: GraphQLClient;
let buyer: GraphQLClient;
const ids = {} as Record<'owner' | 'editor' | 'listing' | 'otherListing', string>;

beforeAll(async () => {
  api = await startApi();
  const prisma = api.db.prisma;
  const org = await createOrganisation(prisma);
  const [o, e, b] = await Promise.all([createUser(prisma), createUser(prisma), createUser(prisma)]);
  await addMember(prisma, o.id, org.id, 'OWNER');
  await addMember(prisma, e.id, org.id, 'EDITOR');
  Object.assign(ids, {
    owner: o.id,
    editor: e.id,
    listing: (await createListing(prisma, org.id)).id,
    otherListing: (await createListing(prisma, org.id)).id,
  });
  [owner, editor, buyer] = await Promise.all([api.as(o.email), api.as(e.email), api.as(b.email)]);
});
afterAll(() => api.close());

async function openInquiry(listingId: string): Promise<string> {
  const res = await buyer.request(OPEN, { input: { listingId, ...ASK } });
  expect(res.data.openInquiry.__typename).toBe('Inquiry');
  return res.data.openInquiry.id;
}

const unread = (userId: string) => api.db.prisma.notification.findMany({ where: { userId, readAt: null }, select: { type: true, link: true } });

describe('opening an inquiry thread', () => {
  it('marks the reader’s notifications about that thread read and the bell count drops; others stay unread', async () => {
    const id = await openInquiry(ids.listing);
    const other = await openInquiry(ids.otherListing);
    await buyer.request(REPLY, { id, body: 'Bổ sung: chúng tôi cần thêm thông tin về chi phí vận hành.' });
    expect((await unread(ids.owner)).filter((n) => n.link === `/inquiries/${id}`).map((n) => n.type).sort()).toEqual(['inquiry.new', 'inquiry.reply']);
    const before = (await owner.request(COUNT)).data.notifications.unreadCount;

    const res = (await owner.request(READ_FOR, { link: `/inquiries/${id}` })).data.markNotificationsReadForLink;
    expect(res).toEqual({ __typename: 'NotificationsMarked', marked: 2, unreadCount: before - 2 });
    expect((await owner.request(COUNT)).data.notifications.unreadCount).toBe(before - 2);
    // The other thread's notification, and the colleague's copy of this one, wait until they are read.
    expect(await unread(ids.owner)).toEqual([{ type: 'inquiry.new', link: `/inquiries/${other}` }]);
    expect((await unread(ids.editor)).filter((n) => n.link === `/inquiries/${id}`)).toHaveLength(2);

    // Opening it again changes nothing.
    expect((await owner.request(READ_FOR, { link: `/inquiries/${id}` })).data.markNotificationsReadForLink.marked).toBe(0);
    // Someone else's thread path marks none of the owner's notifications but their own (there are none).
    expect((await buyer.request(READ_FOR, { link: `/inquiries/${other}` })).data.markNotificationsReadForLink.marked).toBe(0);
    expect((await unread(ids.owner)).length).toBe(1);
  });

  it('refuses a link that is not a path of the site, in the reader’s language', async () => {
    const vi = (await editor.request(READ_FOR, { link: 'https://evil.example/x' })).data.markNotificationsReadForLink;
    expect(vi).toMatchObject({ __typename: 'InputError', code: 'VALIDATION', fieldErrors: [{ field: 'link', code: 'INVALID_VALUE', message: 'Giá trị của đường dẫn của thông báo không hợp lệ.' }] });
    editor.cookies.set('lang', 'en');
    const en = (await editor.request(READ_FOR, { link: '//evil.example/x' })).data.markNotificationsReadForLink;
    expect(en.fieldErrors[0].message).toBe('The value of notification link is not valid.');
  });

  it('is for signed-in people only', async () => {
    const visitor = await api.as(null);
    const res = await visitor.request(READ_FOR, { link: '/inquiries/x' });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
