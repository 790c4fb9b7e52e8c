// A followed listing's news reaches its followers, wherever the change is made: a price changed by an approved
// revision, a reservation by a paid deposit (Stripe is a local fake: no real Stripe API can run here), the clock's
// expiry. Each change is told once (a retried job tells nobody again), in each follower's language, in the app and
// by e-mail, and never to the listing's own organisation or to the buyer whose deposit reserved it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createListing, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import { FakeStripeApi } from '../support/fake-stripe-api.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { COMPLETE_TECHNOLOGY_OFFER, listingTeam, type ListingTeam } from '../support/listing-team.ts';
import { TASK } from '../../server/modules/jobs/tasks.ts';
import { renderNotification } from '../../server/modules/notification/notification-templates.ts';
import { systemContext } from '../../server/lib/request-context.ts';

const BOOKMARK = `mutation($l: ID) { bookmark(listingId: $l) { __typename } }`;
const RESULT = `__typename ... on Listing { id slug status } ... on InputError { code }`;
const CREATE = `mutation($org: ID!, $input: ListingInput!) { createListing(organisationId: $org, kind: TECHNOLOGY_OFFER, input: $input) { ${RESULT} } }`;
const UPDATE = `mutation($id: ID!, $input: ListingInput!) { updateListing(id: $id, input: $input) { ${RESULT} } }`;
const SUBMIT = `mutation($id: ID!) { submitListing(id: $id) { ${RESULT} } }`;
const REVIEW = `mutation($id: ID!) { reviewListing(id: $id, review: { action: APPROVE }) { ${RESULT} } }`;
const DEPOSIT = `mutation($id: ID!) { startEquipmentDeposit(listingId: $id) { __typename ... on Checkout { url } } }`;

let api: ApiApp;
let fake: FakeStripeApi;
let team: ListingTeam;
let sellerId: string;
type Follower = { id: string; email: string; client: GraphQLClient };
let vi: Follower;
let en: Follower;

async function follower(locale: 'vi' | 'en'): Promise<Follower> {
  const user = await createUser(api.db.prisma, { locale, displayName: locale === 'vi' ? 'Trần Thị Quan Tâm' : 'Jane Saver' });
  return { id: user.id, email: user.email, client: await api.as(user.email) };
}

beforeAll(async () => {
  fake = await FakeStripeApi.start();
  api = await startApi({ ...fake.env(), DEPOSIT_PERCENT: '10', DEPOSIT_HOLD_DAYS: '14' });
  fake.deliverTo(api.app);
  team = await listingTeam(api);
  sellerId = (await api.db.prisma.membership.findFirstOrThrow({ where: { organisationId: team.orgId } })).userId;
  [vi, en] = await Promise.all([follower('vi'), follower('en')]);
});
afterAll(async () => {
  await fake?.settled();
  await api?.close();
  await fake?.close();
});

const plain = (s: string) => s.replace(/\s/g, ' ');
const notices = (userId: string, type: string, listingSlugOrLink?: string) =>
  api.db.prisma.notification.findMany({ where: { userId, type, ...(listingSlugOrLink ? { link: listingSlugOrLink } : {}) } });
const emailsTo = (to: string, subject: string) => api.db.prisma.emailOutbox.findMany({ where: { to, subject: { contains: subject } } });
/** The queued news jobs about one listing (their payloads), before they run. */
const newsJobs = async (listingId: string) =>
  (await api.db.prisma.$queryRaw<{ payload: { listingId: string } }[]>`SELECT j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier = ${TASK.bookmarkNews}`)
    .map((r) => r.payload)
    .filter((p) => p.listingId === listingId);
const runNews = () => api.app.jobs.runDue([TASK.bookmarkNews]);

async function follow(listingId: string, ...who: GraphQLClient[]) {
  for (const client of who) expect((await client.request(BOOKMARK, { l: listingId })).data.bookmark.__typename).toBe('BookmarkState');
}

describe('a followed listing’s price changed by an approved edit', () => {
  it('is told once to each follower, old → new in their language, and not to the owner’s members', async () => {
    const created = await team.seller.request(CREATE, { org: team.orgId, input: { titleVi: 'Công nghệ chiết xuất tinh dầu Mù U', titleEn: 'Calophyllum oil extraction' } });
    const id = created.data.createListing.id;
    await team.seller.request(UPDATE, { id, input: COMPLETE_TECHNOLOGY_OFFER });
    await team.seller.request(SUBMIT, { id });
    const { slug } = (await team.moderator.request(REVIEW, { id })).data.reviewListing;
    await follow(id, vi.client, en.client, team.seller);

    // The edit waits for review: nothing is news yet.
    await team.seller.request(UPDATE, { id, input: { price: { type: 'RANGE', min: 380_000_000, max: 420_000_000 } } });
    await team.seller.request(SUBMIT, { id });
    expect(await newsJobs(id)).toEqual([]);
    expect((await team.moderator.request(REVIEW, { id })).data.reviewListing.status).toBe('PUBLISHED');
    const [job] = await newsJobs(id);
    expect(await newsJobs(id)).toHaveLength(1);
    expect(job).toMatchObject({ kind: 'priceChanged', old: { type: 'FIXED', min: '450000000', max: null }, new: { type: 'RANGE', min: '380000000', max: '420000000' } });

    await runNews();
    const [told] = await notices(vi.id, 'bookmark.priceChanged', `/listings/${slug}`);
    const said = renderNotification('vi', told!.type, told!.data);
    expect(said.title).toBe('Tin bạn quan tâm đã đổi giá: “Công nghệ chiết xuất tinh dầu Mù U”');
    expect(plain(said.body)).toBe('Giá: 450.000.000 ₫ → 380.000.000 ₫ – 420.000.000 ₫.');
    const [mail] = await emailsTo(en.email, 'A listing you saved has a new price');
    expect(mail!.subject).toBe('A listing you saved has a new price: “Calophyllum oil extraction”');
    expect(plain(mail!.text)).toContain('Price: ₫450,000,000 → ₫380,000,000 – ₫420,000,000.');
    expect(await notices(sellerId, 'bookmark.priceChanged')).toEqual([]);

    // The same change again (a retry of the job after its notifications were committed) tells nobody twice.
    await api.db.prisma.$executeRaw`SELECT graphile_worker.add_job(${TASK.bookmarkNews}, ${JSON.stringify(job)}::json)`;
    await runNews();
    expect(await notices(vi.id, 'bookmark.priceChanged', `/listings/${slug}`)).toHaveLength(1);
    expect(await emailsTo(en.email, 'A listing you saved has a new price')).toHaveLength(1);
    expect(await api.db.prisma.bookmarkNotice.findMany({ where: { listingId: id } })).toEqual([expect.objectContaining({ kind: 'priceChanged', followers: 2 })]);
  });
});

describe('a followed equipment offer reserved by a paid deposit', () => {
  it('is told to its followers with the end of the hold, but not to the buyer who paid', async () => {
    const listing = await createListing(api.db.prisma, team.orgId, {
      kind: 'EQUIPMENT_OFFER', titleVi: 'Máy sấy thanh long 500 kg/mẻ', titleEn: 'Dragon fruit dryer, 500 kg a batch', priceType: 'FIXED', priceMin: 450_000_000n,
      details: { make: 'Sấy Việt', model: 'SV-500' },
    });
    const payer = await follower('vi');
    await follow(listing.id, vi.client, en.client, payer.client);
    const started = await payer.client.request(DEPOSIT, { id: listing.id });
    expect((await fake.pay(started.data.startEquipmentDeposit.url.split('/').pop())).status).toBe(200);
    const { reservedUntil } = await api.db.prisma.listing.findUniqueOrThrow({ where: { id: listing.id } });
    expect(reservedUntil).not.toBeNull();

    await runNews();
    const [told] = await notices(vi.id, 'bookmark.reserved', `/listings/${listing.slug}`);
    const held = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' }).format(reservedUntil!);
    expect(renderNotification('vi', told!.type, told!.data)).toEqual({
      title: 'Thiết bị bạn quan tâm đã có người đặt cọc: “Máy sấy thanh long 500 kg/mẻ”',
      body: `Một người mua đã đặt cọc giữ thiết bị đến ngày ${held}. Nếu giao dịch không thành, thiết bị sẽ được chào bán lại.`,
    });
    expect(await emailsTo(en.email, 'Equipment you saved is reserved: “Dragon fruit dryer, 500 kg a batch”')).toHaveLength(1);
    expect(await notices(payer.id, 'bookmark.reserved')).toEqual([]);
    await runNews();
    expect(await notices(vi.id, 'bookmark.reserved', `/listings/${listing.slug}`)).toHaveLength(1);
  });
});

describe('a followed listing that expires', () => {
  it('is told to its followers, pointing to their saved page since its own page is gone', async () => {
    const listing = await createListing(api.db.prisma, team.orgId, { validUntil: new Date(Date.now() - 60_000) });
    await follow(listing.id, vi.client, en.client);
    expect(await api.app.services.listing.expireDue(systemContext())).toBeGreaterThanOrEqual(1);
    expect(await newsJobs(listing.id)).toEqual([expect.objectContaining({ kind: 'ended', status: 'EXPIRED' })]);

    await runNews();
    const [mail] = await emailsTo(en.email, `“${listing.titleEn}”`);
    expect(mail!.subject).toBe(`A listing you saved is no longer on the exchange: “${listing.titleEn}”`);
    expect(mail!.text).toContain('The listing has expired. It stays in your saved items until you remove it.');
    expect(mail!.text).toContain('/account/saved');
    const [told] = await notices(vi.id, 'bookmark.ended', '/account/saved');
    expect(renderNotification('vi', told!.type, told!.data).body).toBe('Tin đăng đã hết hiệu lực. Tin vẫn nằm trong danh sách quan tâm của bạn cho đến khi bạn bỏ.');
    await runNews();
    expect(await notices(vi.id, 'bookmark.ended')).toHaveLength(1);
  });
});

describe('what is not news', () => {
  it('queues nothing: edits that leave the price alone, and changes to listings nobody follows', async () => {
    const followed = await createListing(api.db.prisma, team.orgId);
    await follow(followed.id, vi.client);
    await api.db.prisma.listing.update({ where: { id: followed.id }, data: { titleVi: 'Tên mới', priceType: 'NEGOTIABLE', summaryVi: 'Tóm tắt mới' } });
    const lonely = await createListing(api.db.prisma, team.orgId);
    await api.db.prisma.listing.update({ where: { id: lonely.id }, data: { priceType: 'FIXED', priceMin: 1_000_000n } });
    await api.db.prisma.listing.update({ where: { id: lonely.id }, data: { status: 'UNPUBLISHED' } });
    expect(await newsJobs(followed.id)).toEqual([]);
    expect(await newsJobs(lonely.id)).toEqual([]);
  });

  it('leaves nothing to retry when the listing is gone before its news is told', async () => {
    const listing = await createListing(api.db.prisma, team.orgId);
    await follow(listing.id, vi.client);
    await api.db.prisma.listing.update({ where: { id: listing.id }, data: { status: 'ARCHIVED' } });
    expect(await newsJobs(listing.id)).toHaveLength(1);
    await api.db.prisma.listing.delete({ where: { id: listing.id } });
    await runNews();
    expect(await newsJobs(listing.id)).toEqual([]);
    expect(await api.db.prisma.bookmarkNotice.count({ where: { listingId: listing.id } })).toBe(0);
  });
});
