// Saved searches and their alerts through the API: a person saves, lists, renames and deletes their own searches
// (others' are not found, bad input answers field messages); a newly published item that matches is delivered once
// per search even when republished, never when it is not public; digests group by search; every alert and
// notification e-mail carries a one-click List-Unsubscribe address that works signed out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPublicationListeners } from '../../server/modules/matchmaking/publication.ts';
import { notify } from '../../server/modules/notification/notify.ts';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';

const PUBLIC_URL = 'https://san.example.vn';
const SAVE = `mutation($input: SaveSearchInput!) { saveSearch(input: $input) {
  __typename ... on SavedSearch { id name query kinds frequency path filters { fieldCodes trlMin } } ... on InputError { code fieldErrors { field code message } } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateSavedSearchInput!) { updateSavedSearch(id: $id, input: $input) {
  __typename ... on SavedSearch { id name frequency } ... on InputError { fieldErrors { field message } } } }`;
const DELETE = `mutation($id: ID!) { deleteSavedSearch(id: $id) { id } }`;
const LIST = `{ savedSearches(first: 10) { totalCount nodes { id name } pageInfo { hasNextPage } } }`;
const TARGET = `query($t: String!) { unsubscribeTarget(token: $t) { kind label done } }`;

let api: ApiApp;
let buyer: GraphQLClient;
let other: GraphQLClient;
let buyerId: string;
let orgId: string;
let sellerId: string;

beforeAll(async () => {
  api = await startApi({ PUBLIC_URL });
  const { prisma } = api.db;
  const b = await createUser(prisma, { locale: 'vi', displayName: 'Người Mua' });
  const o = await createUser(prisma, { locale: 'en' });
  const s = await createUser(prisma);
  buyerId = b.id;
  sellerId = s.id;
  orgId = (await createOrganisation(prisma, { nameVi: 'Công ty Rạng Đông' })).id;
  await addMember(prisma, s.id, orgId);
  [buyer, other] = await Promise.all([api.as(b.email), api.as(o.email)]);
});
afterAll(() => api.close());

const save = async (client: GraphQLClient, input: Record<string, unknown>) => (await client.request(SAVE, { input })).data.saveSearch;
/** Publishes a listing through the real trigger's rule (a change of status) and runs the job's listeners. */
async function publish(data: Parameters<typeof createListing>[2] = {}) {
  const listing = await createListing(api.db.prisma, orgId, { status: 'PENDING_REVIEW', publishedAt: null, ...data });
  await api.db.prisma.listing.update({ where: { id: listing.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
  await runPublicationListeners(api.app.services.publicationListeners, { kind: 'listing', id: listing.id });
  return listing;
}
const alertsOf = (userId: string) => api.db.prisma.notification.findMany({ where: { userId, type: 'alert.match' }, orderBy: { createdAt: 'asc' } });
const clear = async () => {
  await api.db.prisma.savedSearch.deleteMany({});
  await api.db.prisma.notification.deleteMany({});
  await api.db.prisma.emailOutbox.deleteMany({});
};

describe('saving searches', () => {
  it('saves the search page’s search, normalised, and lists, renames and deletes it', async () => {
    await clear();
    const saved = await save(buyer, { name: '  Sấy thanh long ', query: 'máy  sấy', kinds: ['TECHNOLOGY_OFFER', 'EQUIPMENT_OFFER', 'TECHNOLOGY_OFFER'], filters: { trlMin: 7, trlMax: 5, fieldCodes: ['401'] }, frequency: 'DAILY' });
    expect(saved).toMatchObject({ __typename: 'SavedSearch', name: 'Sấy thanh long', query: 'máy sấy', kinds: ['EQUIPMENT_OFFER', 'TECHNOLOGY_OFFER'], filters: { fieldCodes: ['401'], trlMin: 5 } });
    expect(saved.path).toBe('/search?q=m%C3%A1y+s%E1%BA%A5y&kind=EQUIPMENT_OFFER&kind=TECHNOLOGY_OFFER&field=401&trlMin=5&trlMax=7');
    expect((await buyer.request(UPDATE, { id: saved.id, input: { name: 'Máy sấy', frequency: 'WEEKLY' } })).data.updateSavedSearch).toMatchObject({ name: 'Máy sấy', frequency: 'WEEKLY' });
    expect((await buyer.request(LIST)).data.savedSearches).toMatchObject({ totalCount: 1, nodes: [{ id: saved.id, name: 'Máy sấy' }] });
    // The person's own data, in the export of it.
    const exported = JSON.parse((await buyer.request(`mutation { exportMyData { json } }`)).data.exportMyData.json);
    expect(exported.savedSearches).toMatchObject([{ name: 'Máy sấy', frequency: 'WEEKLY', criteria: { query: 'máy sấy' } }]);
    expect((await buyer.request(DELETE, { id: saved.id })).data.deleteSavedSearch.id).toBe(saved.id);
    expect((await buyer.request(LIST)).data.savedSearches.totalCount).toBe(0);
  });

  it('answers field messages for a bad name, and at most 50 searches a person', async () => {
    await clear();
    const blank = await save(buyer, { name: ' ', query: 'sấy', frequency: 'DAILY' });
    expect(blank.fieldErrors).toEqual([{ field: 'name', code: 'REQUIRED', message: expect.any(String) }]);
    const long = await save(other, { name: 'x'.repeat(81), frequency: 'DAILY' });
    expect(long.fieldErrors[0]).toMatchObject({ field: 'name', code: 'TOO_LONG', message: expect.stringContaining('80') });
    await api.db.prisma.savedSearch.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({ userId: buyerId, name: `s${i}`, criteria: {}, groups: [], required: [], anchors: ['=*'], unsubscribeToken: `t${i}`.padEnd(32, 'x') })),
    });
    const tooMany = await save(buyer, { name: 'Một nữa', frequency: 'DAILY' });
    expect(tooMany.fieldErrors[0]).toMatchObject({ field: 'name', code: 'TOO_MANY_SAVED_SEARCHES', message: expect.stringContaining('50') });
  });

  it('refuses visitors, and another person’s search is not found', async () => {
    await clear();
    const saved = await save(buyer, { name: 'Của tôi', query: 'sấy', frequency: 'DAILY' });
    const visitor = await api.as(null);
    expect((await visitor.request(LIST)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await other.request(UPDATE, { id: saved.id, input: { name: 'Của tôi rồi' } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await other.request(DELETE, { id: saved.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await api.db.prisma.savedSearch.findUnique({ where: { id: saved.id } })).toMatchObject({ name: 'Của tôi' });
  });
});

describe('alerts on publication', () => {
  it('deliver a match once, in-app and by e-mail at once, saying why, with a one-click unsubscribe', async () => {
    await clear();
    const saved = await save(buyer, { name: 'Bảo quản trái cây', query: 'bảo quản thanh long', kinds: ['TECHNOLOGY_OFFER'], frequency: 'IMMEDIATE' });
    await save(buyer, { name: 'Thiết bị', query: 'thanh long', kinds: ['EQUIPMENT_OFFER'], frequency: 'IMMEDIATE' });
    const listing = await publish({ titleVi: 'Công nghệ bảo quản thanh long sau thu hoạch' });
    const alerts = await alertsOf(buyerId);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.link).toBe(`/listings/${listing.slug}`);
    const [mail] = await api.db.prisma.emailOutbox.findMany({ where: { notificationId: alerts[0]!.id } });
    expect(mail!.subject).toBe('Tin mới phù hợp tìm kiếm “Bảo quản trái cây”: Công nghệ bảo quản thanh long sau thu hoạch');
    expect(mail!.text).toContain('Phù hợp vì từ khóa: “bảo quản thanh long” · loại: chào bán công nghệ.');
    expect(mail!.text).toContain(`${PUBLIC_URL}/search?q=`);
    const unsubscribe = `${PUBLIC_URL}/unsubscribe/${(await api.db.prisma.savedSearch.findUnique({ where: { id: saved.id } }))!.unsubscribeToken}`;
    expect(mail!.headers).toEqual({ 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(mail!.text).toContain(unsubscribe);

    // Unpublished and published again: news for the job, not for the person.
    await api.db.prisma.listing.update({ where: { id: listing.id }, data: { status: 'UNPUBLISHED' } });
    await api.db.prisma.listing.update({ where: { id: listing.id }, data: { status: 'PUBLISHED' } });
    await runPublicationListeners(api.app.services.publicationListeners, { kind: 'listing', id: listing.id });
    await runPublicationListeners(api.app.services.publicationListeners, { kind: 'listing', id: listing.id });
    expect(await alertsOf(buyerId)).toHaveLength(1);
    expect(await api.db.prisma.emailOutbox.count()).toBe(1);
  });

  it('never deliver what the person cannot see: a request’s hidden owner, an item no longer public, one’s own listing', async () => {
    await clear();
    await save(buyer, { name: 'Rạng Đông', query: 'Rạng Đông', frequency: 'IMMEDIATE' });
    await publish({ kind: 'TECHNOLOGY_REQUEST', titleVi: 'Cần công nghệ xử lý nước thải', hideOrganisation: true });
    const gone = await createListing(api.db.prisma, orgId, { status: 'UNPUBLISHED', titleVi: 'Rạng Đông đã gỡ' });
    await runPublicationListeners(api.app.services.publicationListeners, { kind: 'listing', id: gone.id });
    expect(await alertsOf(buyerId)).toEqual([]);
    // The seller's own search does not tell them about their own listing.
    await api.db.prisma.savedSearch.create({ data: { userId: sellerId, name: 'Tôi', criteria: { query: '', kinds: [], filters: {} }, groups: [], required: [], anchors: ['=*'], frequency: 'IMMEDIATE', unsubscribeToken: 'o'.repeat(32) } });
    await publish({ titleVi: 'Rạng Đông: đèn LED' });
    expect(await alertsOf(sellerId)).toEqual([]);
    expect(await alertsOf(buyerId)).toHaveLength(1);
  });

  it('daily digests: one e-mail a person, grouped by search with links to the search page, sent once', async () => {
    await clear();
    await save(buyer, { name: 'Thanh long', query: 'thanh long', frequency: 'DAILY' });
    await save(buyer, { name: 'Sấy', query: 'sấy', frequency: 'DAILY' });
    await save(buyer, { name: 'Hằng tuần', query: 'sấy', frequency: 'WEEKLY' });
    const a = await publish({ titleVi: 'Bảo quản thanh long lạnh' });
    const b = await publish({ titleVi: 'Máy sấy thanh long' });
    // Unpublished before the morning: left out of the digest.
    const gone = await publish({ titleVi: 'Lò sấy đã gỡ' });
    await api.db.prisma.listing.update({ where: { id: gone.id }, data: { status: 'UNPUBLISHED' } });
    expect(await alertsOf(buyerId)).toEqual([]); // told in the digest
    expect(await api.db.prisma.emailOutbox.count()).toBe(0);
    expect(await api.app.services.alertDigests.build('DAILY')).toEqual({ emails: 1, items: 3 });
    const [digest] = await api.db.prisma.notification.findMany({ where: { userId: buyerId, type: 'alert.digest' } });
    expect(digest).toMatchObject({ link: '/account/alerts', data: { frequency: 'DAILY', items: 3, searches: 2 } });
    const [mail] = await api.db.prisma.emailOutbox.findMany({ where: { notificationId: digest!.id } });
    const text = mail!.text;
    expect(text.indexOf('“Thanh long” — 2 tin mới')).toBeLessThan(text.indexOf('“Sấy” — 1 tin mới'));
    expect(text).toContain(`${PUBLIC_URL}/listings/${a.slug}`);
    expect(text).toContain(`${PUBLIC_URL}/listings/${b.slug}`);
    expect(text).not.toContain(gone.slug);
    expect(text).toContain(`Xem tất cả kết quả: ${PUBLIC_URL}/search?q=thanh+long`);
    expect(mail!.headers).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(await api.app.services.alertDigests.build('DAILY')).toEqual({ emails: 0, items: 0 });
    expect(await api.app.services.alertDigests.build('WEEKLY')).toEqual({ emails: 1, items: 1 });
  });
});

describe('unsubscribe links', () => {
  const post = (url: string, payload: string) =>
    api.app.inject({ method: 'POST', url: new URL(url).pathname, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload });
  const headerUrl = (headers: unknown) => /^<(.+)>$/.exec((headers as Record<string, string>)['List-Unsubscribe'])![1]!;

  it('a one-click POST stops the saved search, signed out; the link then says it is done', async () => {
    await clear();
    const saved = await save(buyer, { name: 'Dừng', query: 'đèn', frequency: 'IMMEDIATE' });
    await publish({ titleVi: 'Đèn bắt côn trùng' });
    const [mail] = await api.db.prisma.emailOutbox.findMany();
    const url = headerUrl(mail!.headers);
    const token = url.split('/').pop()!;
    const visitor = await api.as(null);
    expect((await visitor.request(TARGET, { t: token })).data.unsubscribeTarget).toEqual({ kind: 'SAVED_SEARCH', label: 'Dừng', done: false });
    expect((await post(url, 'nothing')).statusCode).toBe(400);
    const res = await post(url, 'List-Unsubscribe=One-Click');
    expect(res.statusCode).toBe(200);
    expect(await api.db.prisma.savedSearch.findUnique({ where: { id: saved.id } })).toBeNull();
    expect((await post(url, 'List-Unsubscribe=One-Click')).statusCode).toBe(404);
    // The page's own button comes back to the page.
    const fromPage = await post(url.replace('/unsubscribe/', '/en/unsubscribe/'), 'List-Unsubscribe=One-Click&from=page');
    expect(fromPage.statusCode).toBe(303);
    expect(fromPage.headers.location).toBe(`/en/unsubscribe/${token}?done=0`);
  });

  it('every notification e-mail carries one, which turns that kind off by e-mail', async () => {
    await clear();
    await api.db.prisma.$transaction((tx) => notify(tx, { userIds: [buyerId], type: 'inquiry.reply', data: { listingTitle: 'Máy sấy' }, link: '/inquiries/x' }));
    const [mail] = await api.db.prisma.emailOutbox.findMany();
    expect(mail!.headers).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    const url = headerUrl(mail!.headers);
    expect(url).toMatch(new RegExp(`^${PUBLIC_URL}/unsubscribe/[A-Za-z0-9_-]{32}$`));
    expect(mail!.text).toContain(url);
    const visitor = await api.as(null);
    expect((await visitor.request(TARGET, { t: url.split('/').pop() })).data.unsubscribeTarget).toEqual({ kind: 'NOTIFICATION_TYPE', label: 'Tin nhắn mới trong các trao đổi', done: false });
    expect((await post(url, 'List-Unsubscribe=One-Click')).statusCode).toBe(200);
    expect((await api.db.prisma.user.findUnique({ where: { id: buyerId } }))!.emailOptOut).toEqual(['inquiry.reply']);
    // The same token again for the next e-mail of that kind, which is no longer sent.
    await api.db.prisma.$transaction((tx) => notify(tx, { userIds: [buyerId], type: 'inquiry.reply', data: {}, link: '/inquiries/x' }));
    expect(await api.db.prisma.emailOutbox.count()).toBe(1);
    await api.db.prisma.user.update({ where: { id: buyerId }, data: { emailOptOut: [] } });
  });
});
