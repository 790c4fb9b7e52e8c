// Matchmaking through the API: publishing a listing (the publication job's listeners) stores the offers that may answer
// a request and the requests an offer may answer, with their reasons in the reader's language; hidden listings and the
// listing's own organisation never appear; the other side is told once per pair, within a weekly cap per
// organisation, and a republication or a retry tells nobody twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '../../server/generated/prisma/client.ts';
import { runPublicationListeners } from '../../server/modules/matchmaking/publication.ts';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';

const MATCHES = `query($slug: String!, $first: Int, $after: String) { listing(slug: $slug) { matches(first: $first, after: $after) {
  pageInfo { hasNextPage endCursor } nodes { score request { slug } offer { slug } reasons { kind text } } } } }`;
const RELATED = `query($slug: String!) { listing(slug: $slug) { related(first: 5) { slug kind } } }`;
const FOR_MY_OFFERS = `query($org: ID, $first: Int, $after: String) { matchesForMyOffers(organisationId: $org, first: $first, after: $after) {
  pageInfo { hasNextPage endCursor } nodes { request { slug } offer { slug } reasons { kind text } } } }`;

let api: ApiApp;
let visitor: GraphQLClient;
let english: GraphQLClient;

beforeAll(async () => {
  api = await startApi({ MATCH_NOTICES_PER_WEEK: '2' });
  // A field of its own for each story below, so one story's listings do not match another's by field.
  await api.db.prisma.fieldOfScience.createMany({
    data: ['T2', 'T3', 'T4', 'T5'].map((code) => ({ code, nameVi: `Lĩnh vực ${code}`, nameEn: `Field ${code}`, reportField: 'AGRICULTURAL' as const })),
  });
  visitor = await api.as(null);
  english = await api.as(null);
  english.cookies.set('lang', 'en');
});
afterAll(() => api.close());

const publish = (id: string) => runPublicationListeners(api.app.services.publicationListeners, { kind: 'listing', id });

/** An organisation with one member (who signs in with the factories' password). */
async function organisation(name: string) {
  const org = await createOrganisation(api.db.prisma, { nameVi: name });
  const user = await createUser(api.db.prisma);
  await addMember(api.db.prisma, user.id, org.id);
  return { org, user };
}

const request = (organisationId: string, data: Partial<Prisma.ListingUncheckedCreateInput> = {}) =>
  createListing(api.db.prisma, organisationId, {
    kind: 'TECHNOLOGY_REQUEST',
    titleVi: 'Cần công nghệ sấy thanh long',
    keywords: ['sấy', 'thanh long'],
    commune: 'Tầm Vu',
    details: { minTrl: 6, budget: { min: null, max: 200_000_000 }, preferredForms: ['STANDALONE_CONTRACT'], preferredModes: ['TRAINING'] },
    ...data,
  });

const offer = (organisationId: string, data: Partial<Prisma.ListingUncheckedCreateInput> = {}) =>
  createListing(api.db.prisma, organisationId, {
    kind: 'TECHNOLOGY_OFFER',
    titleVi: 'Công nghệ sấy lạnh thanh long',
    trl: 7,
    priceType: 'FIXED',
    priceMin: 120_000_000n,
    keywords: ['Sấy', 'thanh long', 'nông sản'],
    commune: 'Tầm Vu',
    details: { transferForms: ['STANDALONE_CONTRACT'], transferModes: ['TRAINING', 'DOCUMENTS'] },
    ...data,
  });

const matchesOf = async (slug: string, client = visitor) => (await client.request(MATCHES, { slug })).data.listing.matches;
const noticesTo = (userId: string) => api.db.prisma.notification.findMany({ where: { userId, type: 'match.found' }, orderBy: { createdAt: 'asc' } });

describe('a published technology request', () => {
  let buyer: Awaited<ReturnType<typeof organisation>>;
  let seller: Awaited<ReturnType<typeof organisation>>;
  let other: Awaited<ReturnType<typeof organisation>>;
  let need: Awaited<ReturnType<typeof request>>;
  let dryer: Awaited<ReturnType<typeof offer>>;
  let equipment: Awaited<ReturnType<typeof offer>>;

  beforeAll(async () => {
    buyer = await organisation('HTX Thanh long Tầm Vu');
    seller = await organisation('Viện Cơ điện');
    other = await organisation('Công ty Cơ khí');
    need = await request(buyer.org.id);
    dryer = await offer(seller.org.id);
    equipment = await offer(other.org.id, {
      kind: 'EQUIPMENT_OFFER', titleVi: 'Máy sấy bơm nhiệt đã qua sử dụng', trl: null, keywords: ['thanh long'], commune: null,
      priceMin: 900_000_000n, details: {},
    });
    await offer(other.org.id, { titleVi: 'Sấy thanh long, TRL thấp', trl: 4 }); // below the minimum TRL
    await offer(buyer.org.id, { titleVi: 'Sấy thanh long của chính HTX' }); // the requester's own
    await offer(other.org.id, { titleVi: 'Sấy thanh long chờ duyệt', status: 'PENDING_REVIEW', publishedAt: null });
    await publish(need.id);
  });

  it('shows the offers that may answer it, best first, each with its reasons in the reader’s language', async () => {
    const matches = await matchesOf(need.slug);
    expect(matches.nodes.map((m: { offer: { slug: string } }) => m.offer.slug)).toEqual([dryer.slug, equipment.slug]);
    const [best, second] = matches.nodes;
    expect(best.reasons.map((r: { text: string }) => r.text).join(' · ')).toMatch(
      /^cùng lĩnh vực: Trồng trọt · 2 từ khóa chung \(sấy, thanh long\) · TRL 7 ≥ 6 · giá trong ngân sách \(.+\) · hình thức mong muốn: hợp đồng chuyển giao độc lập · phương thức mong muốn: đào tạo · cùng xã\/phường: Tầm Vu$/,
    );
    // Equipment has no TRL, and its price is over the budget: neither is given as a reason.
    expect(second.reasons.map((r: { kind: string }) => r.kind)).toEqual(['field', 'keywords', 'place']);
    expect(best.score).toBeGreaterThan(second.score);
    const inEnglish = await matchesOf(need.slug, english);
    expect(inEnglish.nodes[0].reasons.map((r: { text: string }) => r.text)).toContain('TRL 7 ≥ 6');
    expect(inEnglish.nodes[0].reasons[0].text).toBe('same field: Crop science');
  });

  it('records when a match was first shown', async () => {
    const rows = await api.db.prisma.listingMatch.findMany({ where: { requestId: need.id } });
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.firstShownAt).toBeInstanceOf(Date);
  });

  it('tells the owners of the offers that match well, once, and a retry tells nobody again', async () => {
    const notices = await noticesTo(seller.user.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.link).toBe(`/listings/${need.slug}`);
    const [email] = await api.db.prisma.emailOutbox.findMany({ where: { notificationId: notices[0]!.id } });
    expect(email!.subject).toBe('Nhu cầu phù hợp với chào bán “Công nghệ sấy lạnh thanh long”');
    expect(email!.text).toContain('“Cần công nghệ sấy thanh long” vừa được đăng trên sàn');
    expect(email!.text).toContain('TRL 7 ≥ 6');
    // The equipment matches less well: shown, not sent.
    expect(await noticesTo(other.user.id)).toHaveLength(0);
    await publish(need.id);
    expect(await noticesTo(seller.user.id)).toHaveLength(1);
  });

  it('is hidden from the offer’s side while unpublished, and its republication tells nobody twice', async () => {
    await api.db.prisma.listing.update({ where: { id: need.id }, data: { status: 'UNPUBLISHED' } });
    expect((await matchesOf(dryer.slug)).nodes).toEqual([]);
    const seen = await api.as(seller.user.email);
    expect((await seen.request(FOR_MY_OFFERS, {})).data.matchesForMyOffers.nodes).toEqual([]);
    await api.db.prisma.listing.update({ where: { id: need.id }, data: { status: 'PUBLISHED' } });
    await publish(need.id);
    expect((await matchesOf(dryer.slug)).nodes.map((m: { request: { slug: string } }) => m.request.slug)).toEqual([need.slug]);
    expect(await noticesTo(seller.user.id)).toHaveLength(1);
  });

  it('drops the matches nobody saw when the listing is found unpublished, and keeps those shown out of sight', async () => {
    // Less good than the first (no TRL, budget or forms wanted): stored and shown, never sent.
    const lone = await request(other.org.id, { titleVi: 'Cần máy sấy thanh long', commune: null, details: {} });
    await publish(lone.id);
    // The dryer and the buyer's own offer (another organisation to this requester); the equipment is its own.
    expect(await api.db.prisma.listingMatch.count({ where: { requestId: lone.id } })).toBe(2);
    await api.db.prisma.listing.update({ where: { id: lone.id }, data: { status: 'ARCHIVED' } });
    await publish(lone.id);
    expect(await api.db.prisma.listingMatch.count({ where: { requestId: lone.id } })).toBe(0);

    await api.db.prisma.listing.update({ where: { id: need.id }, data: { status: 'ARCHIVED' } });
    await publish(need.id);
    const kept = await api.db.prisma.listingMatch.findMany({ where: { requestId: need.id } });
    expect(kept.map((m) => m.score)).toEqual([0, 0]); // shown (and sent): the record stays, never shown again
    await api.db.prisma.listing.update({ where: { id: need.id }, data: { status: 'PUBLISHED' } });
    await publish(need.id);
  });

  it('lists related listings of the same kind, published ones only, never itself', async () => {
    const related = (await visitor.request(RELATED, { slug: dryer.slug })).data.listing.related as { slug: string; kind: string }[];
    expect(related.length).toBeGreaterThan(0);
    expect(related.every((l) => l.kind === 'TECHNOLOGY_OFFER')).toBe(true);
    expect(related.map((l) => l.slug)).not.toContain(dryer.slug);
    expect(related.map((l) => l.slug).some((s) => s.includes('cho-duyet'))).toBe(false);
  });
});

describe('a published offer', () => {
  it('finds the requests it may answer and tells their owners; the seller’s workspace lists them, for members only', async () => {
    const buyer = await organisation('Doanh nghiệp Chế biến');
    const seller = await organisation('Trung tâm Ứng dụng');
    const need = await request(buyer.org.id, { titleVi: 'Cần công nghệ chế phẩm vi sinh ủ phân', keywords: ['vi sinh', 'phân hữu cơ'], fieldCode: 'T2' });
    await publish(need.id); // nothing on offer yet
    expect((await matchesOf(need.slug)).nodes).toEqual([]);

    const product = await offer(seller.org.id, { titleVi: 'Chế phẩm vi sinh ủ phân hữu cơ', keywords: ['vi sinh', 'phân hữu cơ', 'phụ phẩm'], fieldCode: 'T2' });
    await publish(product.id);
    expect((await matchesOf(product.slug)).nodes.map((m: { request: { slug: string } }) => m.request.slug)).toEqual([need.slug]);
    expect((await matchesOf(need.slug)).nodes.map((m: { offer: { slug: string } }) => m.offer.slug)).toEqual([product.slug]);
    const notices = await noticesTo(buyer.user.id);
    expect(notices).toHaveLength(1);
    const [email] = await api.db.prisma.emailOutbox.findMany({ where: { notificationId: notices[0]!.id } });
    expect(email!.subject).toBe('Công nghệ có thể đáp ứng nhu cầu “Cần công nghệ chế phẩm vi sinh ủ phân”');
    expect(notices[0]!.link).toBe(`/listings/${product.slug}`);

    const member = await api.as(seller.user.email);
    const mine = await member.request(FOR_MY_OFFERS, { org: seller.org.id });
    expect(mine.data.matchesForMyOffers.nodes).toMatchObject([{ request: { slug: need.slug }, offer: { slug: product.slug } }]);
    const stranger = await api.as(buyer.user.email);
    expect((await stranger.request(FOR_MY_OFFERS, { org: seller.org.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await visitor.request(FOR_MY_OFFERS, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('pages the matches of a listing and of the workspace with the platform’s cursors', async () => {
    const seller = await organisation('Cơ điện Vàm Cỏ');
    const product = await offer(seller.org.id, { titleVi: 'Hệ thống tưới nhỏ giọt', keywords: ['tưới nhỏ giọt', 'nhà màng'], fieldCode: 'T3' });
    for (let i = 0; i < 3; i++) {
      const buyer = await organisation(`HTX Rau ${i}`);
      await request(buyer.org.id, { titleVi: `Cần hệ thống tưới ${i}`, keywords: ['tưới nhỏ giọt', 'nhà màng'], fieldCode: 'T3' });
    }
    await publish(product.id);
    const first = (await visitor.request(MATCHES, { slug: product.slug, first: 2 })).data.listing.matches;
    expect(first.nodes).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await visitor.request(MATCHES, { slug: product.slug, first: 2, after: first.pageInfo.endCursor })).data.listing.matches;
    expect(rest.nodes).toHaveLength(1);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    const member = await api.as(seller.user.email);
    const page1 = (await member.request(FOR_MY_OFFERS, { first: 2 })).data.matchesForMyOffers;
    const page2 = (await member.request(FOR_MY_OFFERS, { first: 2, after: page1.pageInfo.endCursor })).data.matchesForMyOffers;
    expect(new Set([...page1.nodes, ...page2.nodes].map((m: { request: { slug: string } }) => m.request.slug)).size).toBe(3);
    const bad = await member.request(FOR_MY_OFFERS, { first: 2, after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the weekly cap', () => {
  it('tells one organisation at most MATCH_NOTICES_PER_WEEK times in 7 days; the other matches are still stored and shown', async () => {
    const seller = await organisation('Công ty Cảm biến');
    const product = await offer(seller.org.id, { titleVi: 'Cảm biến độ mặn IoT', keywords: ['cảm biến độ mặn', 'xâm nhập mặn'], fieldCode: 'T4' });
    const needs = [];
    for (let i = 0; i < 3; i++) {
      const buyer = await organisation(`HTX Lúa ${i}`);
      needs.push(await request(buyer.org.id, { titleVi: `Cần cảm biến độ mặn ${i}`, keywords: ['cảm biến độ mặn', 'xâm nhập mặn'], fieldCode: 'T4' }));
    }
    for (const need of needs) await publish(need.id);
    expect(await noticesTo(seller.user.id)).toHaveLength(2);
    const pairs = await api.db.prisma.listingMatch.findMany({ where: { offerId: product.id } });
    expect(pairs).toHaveLength(3);
    expect(pairs.filter((p) => p.notifiedAt).length).toBe(2);
    // A week later the cap has room again, but a pair is told once at most: republishing the untold one tells it.
    const untold = pairs.find((p) => !p.notifiedAt)!;
    await api.db.prisma.listingMatch.updateMany({ where: { offerId: product.id, notifiedAt: { not: null } }, data: { notifiedAt: new Date(Date.now() - 8 * 86_400_000) } });
    await publish(untold.requestId);
    expect(await noticesTo(seller.user.id)).toHaveLength(3);
    for (const need of needs) await publish(need.id);
    expect(await noticesTo(seller.user.id)).toHaveLength(3);
  });
});

describe('one publication', () => {
  it('tells 10 organisations at most, the best pairs; an organisation published anew rematches its listings', async () => {
    const buyer = await organisation('HTX Nấm');
    const sellers = [];
    for (let i = 0; i < 11; i++) {
      const seller = await organisation(`Trại nấm ${i}`);
      await offer(seller.org.id, { titleVi: `Quy trình trồng nấm rơm ${i}`, keywords: ['nấm rơm', 'rơm cuộn'], fieldCode: 'T5' });
      sellers.push(seller);
    }
    const need = await request(buyer.org.id, { titleVi: 'Cần quy trình trồng nấm rơm', keywords: ['nấm rơm', 'rơm cuộn'], fieldCode: 'T5' });
    await publish(need.id);
    expect(await api.db.prisma.listingMatch.count({ where: { requestId: need.id } })).toBe(11);
    expect(await api.db.prisma.listingMatch.count({ where: { requestId: need.id, notifiedAt: { not: null } } })).toBe(10);
    const told = await api.db.prisma.notification.count({ where: { type: 'match.found', userId: { in: sellers.map((s) => s.user.id) } } });
    expect(told).toBe(10);

    const late = await organisation('Trại nấm mới');
    const product = await offer(late.org.id, { titleVi: 'Quy trình trồng nấm rơm trong nhà', keywords: ['nấm rơm'], fieldCode: 'T5' });
    await runPublicationListeners(api.app.services.publicationListeners, { kind: 'organisation', id: late.org.id });
    expect((await matchesOf(product.slug)).nodes.map((m: { request: { slug: string } }) => m.request.slug)).toEqual([need.slug]);
  });
});
