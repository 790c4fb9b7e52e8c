// Brokered introductions through the API: only department staff introduce and see the matches to introduce; the
// request and the offer are checked (field errors in both languages); both organisations' members are told in-app and
// by e-mail in their own language; the first answer opens exactly one inquiry thread (a proposal when the seller
// answers, an inquiry when the buyer does) and records the response time, a later answer joins that thread; a side
// may decline instead; strangers are refused. Then the report's matchmaking figures on a small known data set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import type { MatchReason } from '../../server/modules/matching/match-reasons.ts';

const INTRO = `id status note mySide inquiryId answeredBySide firstAnsweredAt responseHours declineNote
  request { id title } offer { id title } match { score reasons { kind text } }`;
const RESULT = `__typename ... on Introduction { ${INTRO} } ... on InputError { code message fieldErrors { field code message } }`;
const INTRODUCE = `mutation($input: IntroduceInput!) { introduce(input: $input) { ${RESULT} } }`;
const ANSWER = `mutation($id: ID!, $body: String!) { answerIntroduction(id: $id, body: $body) { ${RESULT} } }`;
const DECLINE = `mutation($id: ID!, $note: String) { declineIntroduction(id: $id, note: $note) { ${RESULT} } }`;
const GET = `query($id: ID!) { introduction(id: $id) { ${INTRO} } }`;
const LIST = `query($status: IntroductionStatus) { introductions(status: $status, first: 50) { nodes { id status } pageInfo { hasNextPage } } }`;
const MATCHES = `query($fieldCode: String, $offerKind: ListingKind, $reason: String, $first: Int, $after: String) {
  departmentMatches(fieldCode: $fieldCode, offerKind: $offerKind, reason: $reason, first: $first, after: $after) {
    nodes { id firstShownAt notifiedAt match { score request { id } offer { id } reasons { kind text } } } pageInfo { hasNextPage endCursor } } }`;
const INQUIRY = `query($id: ID!) { inquiry(id: $id) { id direction status message mySide listingTitle messages { nodes { side body } } } }`;
const TABLE = `id columns { key kind } rows { key values previous } total { key } denominator`;
const REPORT = `query($from: DateTime!, $to: DateTime!) { report(from: $from, to: $to) { sections { id tables { ${TABLE} } } } }`;

const NOTE = 'Hợp tác xã đang cần công nghệ sấy thanh long; viện có quy trình sấy lạnh đã chuyển giao cho 3 cơ sở.';
const REASONS: MatchReason[] = [
  { kind: 'field', fieldCode: '401', same: 'field' },
  { kind: 'trl', offerTrl: 7, minTrl: 6 },
];

let api: ApiApp;
let moderator: GraphQLClient;
let buyer: GraphQLClient;
let buyerColleague: GraphQLClient;
let seller: GraphQLClient;
let stranger: GraphQLClient;
let visitor: GraphQLClient;
const ids = {} as Record<'buyerOrg' | 'sellerOrg' | 'request' | 'offer' | 'equipment' | 'draftOffer' | 'otherRequest' | 'ownOffer' | 'moderator' | 'buyer' | 'buyerColleague' | 'seller', string>;

beforeAll(async () => {
  api = await startApi();
  const { prisma } = api.db;
  const buyerOrg = await createOrganisation(prisma, { nameVi: 'Hợp tác xã Thanh long Châu Thành' });
  const sellerOrg = await createOrganisation(prisma, { nameVi: 'Viện Cây ăn quả miền Nam' });
  const users = {
    moderator: await createUser(prisma, { role: 'MODERATOR' }),
    buyer: await createUser(prisma, { displayName: 'Nguyễn Thị Lan' }),
    buyerColleague: await createUser(prisma, { displayName: 'Võ Văn Kiệt', locale: 'en' }),
    seller: await createUser(prisma, { displayName: 'Trần Quốc Huy', locale: 'en' }),
    stranger: await createUser(prisma),
  };
  await addMember(prisma, users.buyer.id, buyerOrg.id, 'OWNER');
  await addMember(prisma, users.buyerColleague.id, buyerOrg.id, 'EDITOR');
  await addMember(prisma, users.seller.id, sellerOrg.id, 'OWNER');
  Object.assign(ids, {
    buyerOrg: buyerOrg.id, sellerOrg: sellerOrg.id, moderator: users.moderator.id, buyer: users.buyer.id, buyerColleague: users.buyerColleague.id, seller: users.seller.id,
    request: (await createListing(prisma, buyerOrg.id, { kind: 'TECHNOLOGY_REQUEST', titleVi: 'Cần công nghệ sấy thanh long', titleEn: 'Dragon fruit drying wanted' })).id,
    otherRequest: (await createListing(prisma, buyerOrg.id, { kind: 'TECHNOLOGY_REQUEST', titleVi: 'Cần máy rửa trái cây' })).id,
    offer: (await createListing(prisma, sellerOrg.id, { titleVi: 'Quy trình sấy lạnh thanh long', trl: 7 })).id,
    equipment: (await createListing(prisma, sellerOrg.id, { kind: 'EQUIPMENT_OFFER', titleVi: 'Máy rửa trái cây băng chuyền' })).id,
    draftOffer: (await createListing(prisma, sellerOrg.id, { status: 'DRAFT', publishedAt: null })).id,
    ownOffer: (await createListing(prisma, buyerOrg.id)).id,
  });
  await prisma.listingMatch.create({ data: { requestId: ids.request, offerId: ids.offer, score: 0.82, reasons: REASONS as object[], firstShownAt: new Date() } });
  await prisma.listingMatch.create({ data: { requestId: ids.otherRequest, offerId: ids.equipment, score: 0.64, reasons: [{ kind: 'keywords', shared: ['máy rửa'] }] } });
  await prisma.listingMatch.create({ data: { requestId: ids.otherRequest, offerId: ids.offer, score: 0.31, reasons: [{ kind: 'text', score: 0.3 }] } });
  [moderator, buyer, buyerColleague, seller, stranger, visitor] = await Promise.all([
    api.as(users.moderator.email), api.as(users.buyer.email), api.as(users.buyerColleague.email), api.as(users.seller.email), api.as(users.stranger.email), api.as(null),
  ]);
});
afterAll(() => api.close());

async function introduce(input: Record<string, unknown>, client = moderator) {
  const res = await client.request(INTRODUCE, { input: { request: ids.request, offer: ids.offer, note: NOTE, ...input } });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.introduce;
}

const fieldCodes = (result: { fieldErrors: { field: string; code: string }[] }) => result.fieldErrors.map((e) => `${e.field}:${e.code}`);

describe('who may broker and see introductions', () => {
  it('refuses visitors and everyone but department staff, and changes nothing', async () => {
    const before = await api.db.prisma.introduction.count();
    expect((await visitor.request(INTRODUCE, { input: { request: ids.request, offer: ids.offer, note: NOTE } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const client of [buyer, seller]) {
      expect((await client.request(INTRODUCE, { input: { request: ids.request, offer: ids.offer, note: NOTE } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await client.request(LIST, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await client.request(MATCHES, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await api.db.prisma.introduction.count()).toBe(before);
  });
});

describe('introducing', () => {
  it('checks the request, the offer and the note, field by field, in the caller language', async () => {
    const short = await introduce({ note: 'Hai bên' });
    expect(short.__typename).toBe('InputError');
    expect(fieldCodes(short)).toEqual(['note:TOO_SHORT']);
    expect(fieldCodes(await introduce({ note: 'x'.repeat(2001) }))).toEqual(['note:TOO_LONG']);
    expect(fieldCodes(await introduce({ request: ids.offer, offer: ids.request }))).toEqual(['request:NOT_A_REQUEST', 'offer:NOT_AN_OFFER']);
    expect(fieldCodes(await introduce({ offer: ids.draftOffer }))).toEqual(['offer:NOT_AN_OFFER']);
    expect(fieldCodes(await introduce({ offer: ids.ownOffer }))).toEqual(['offer:SAME_ORGANISATION']);
    expect(fieldCodes(await introduce({ request: 'no-such-listing' }))).toEqual(['request:NOT_A_REQUEST']);
    expect(short.fieldErrors[0].message).toMatch(/cần ít nhất 10 ký tự/);
    await api.db.prisma.user.update({ where: { id: ids.moderator }, data: { locale: 'en' } });
    try {
      const english = await introduce({ note: 'short' });
      expect(english.fieldErrors[0].message).toMatch(/needs at least 10 characters/);
    } finally {
      await api.db.prisma.user.update({ where: { id: ids.moderator }, data: { locale: 'vi' } });
    }
    expect(await api.db.prisma.introduction.count()).toBe(0);
  });

  it('tells every member of both organisations, in-app and by e-mail in each one language, once per pair', async () => {
    const intro = await introduce({});
    expect(intro).toMatchObject({ __typename: 'Introduction', status: 'SENT', note: NOTE, mySide: null, inquiryId: null, responseHours: null });
    expect(intro.match.reasons.map((r: { kind: string }) => r.kind)).toEqual(['field', 'trl']);
    const notes = await api.db.prisma.notification.findMany({ where: { type: 'introduction.received' } });
    expect(notes.map((n) => n.userId).sort()).toEqual([ids.buyer, ids.buyerColleague, ids.seller].sort());
    expect(notes.every((n) => n.link === `/introductions/${intro.id}`)).toBe(true);
    const mails = await api.db.prisma.emailOutbox.findMany({ where: { notificationId: { in: notes.map((n) => n.id) } } });
    expect(mails).toHaveLength(3);
    const sellerEmail = (await api.db.prisma.user.findUniqueOrThrow({ where: { id: ids.seller } })).email;
    const buyerEmail = (await api.db.prisma.user.findUniqueOrThrow({ where: { id: ids.buyer } })).email;
    expect(mails.find((m) => m.to === sellerEmail)!.subject).toMatch(/^The department introduces “Dragon fruit drying wanted” and/);
    expect(mails.find((m) => m.to === buyerEmail)!.subject).toMatch(/^Sở KH&CN giới thiệu/);
    expect(mails.find((m) => m.to === buyerEmail)!.text).toContain('sấy lạnh đã chuyển giao cho 3 cơ sở');
    // The same pair again, by slug this time: refused while the first is open.
    const slugs = await api.db.prisma.listing.findMany({ where: { id: { in: [ids.request, ids.offer] } }, select: { id: true, slug: true } });
    const again = await introduce({ request: slugs.find((l) => l.id === ids.request)!.slug, offer: slugs.find((l) => l.id === ids.offer)!.slug });
    expect(fieldCodes(again)).toEqual(['offer:INTRODUCTION_EXISTS']);
  });

  it('lists the best matches nobody introduced yet, with filters, for the department only', async () => {
    const res = await moderator.request(MATCHES, {});
    expect(res.errors).toBeUndefined();
    const nodes = res.data.departmentMatches.nodes;
    // The introduced pair is gone; best score first.
    expect(nodes.map((n: { match: { score: number } }) => n.match.score)).toEqual([0.64, 0.31]);
    expect(nodes[0].match.offer.id).toBe(ids.equipment);
    const page = (await moderator.request(MATCHES, { first: 1 })).data.departmentMatches;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = (await moderator.request(MATCHES, { first: 1, after: page.pageInfo.endCursor })).data.departmentMatches;
    expect(next.nodes.map((n: { match: { score: number } }) => n.match.score)).toEqual([0.31]);
    expect((await moderator.request(MATCHES, { offerKind: 'EQUIPMENT_OFFER' })).data.departmentMatches.nodes).toHaveLength(1);
    expect((await moderator.request(MATCHES, { reason: 'text' })).data.departmentMatches.nodes.map((n: { match: { score: number } }) => n.match.score)).toEqual([0.31]);
    expect((await moderator.request(MATCHES, { reason: 'nonsense' })).data.departmentMatches.nodes).toEqual([]);
    expect((await moderator.request(MATCHES, { fieldCode: '4' })).data.departmentMatches.nodes).toHaveLength(2);
    expect((await moderator.request(MATCHES, { fieldCode: '1' })).data.departmentMatches.nodes).toHaveLength(0);
  });
});

describe('answering', () => {
  let introId: string;

  beforeAll(async () => {
    introId = (await api.db.prisma.introduction.findFirstOrThrow({ where: { requestId: ids.request, offerId: ids.offer } })).id;
    // Sent five hours ago, so the response time is known.
    await api.db.prisma.introduction.update({ where: { id: introId }, data: { createdAt: new Date(Date.now() - 5 * 3_600_000) } });
  });

  it('shows the introduction to both sides and the department, and to nobody else', async () => {
    expect((await buyer.request(GET, { id: introId })).data.introduction).toMatchObject({ mySide: 'REQUEST', note: NOTE });
    expect((await seller.request(GET, { id: introId })).data.introduction).toMatchObject({ mySide: 'OFFER', request: { id: ids.request }, offer: { id: ids.offer } });
    expect((await moderator.request(GET, { id: introId })).data.introduction.mySide).toBeNull();
    expect((await stranger.request(GET, { id: introId })).data.introduction).toBeNull();
    expect((await stranger.request(ANSWER, { id: introId, body: 'Tôi muốn tham gia' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await moderator.request(ANSWER, { id: introId, body: 'Sở trả lời thay' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stranger.request(DECLINE, { id: introId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the seller answer opens one proposal on the request, with the answer as its first message, and records the response time', async () => {
    expect(fieldCodes((await seller.request(ANSWER, { id: introId, body: '   ' })).data.answerIntroduction)).toEqual(['body:REQUIRED']);
    const res = await seller.request(ANSWER, { id: introId, body: 'Viện sẵn sàng giới thiệu quy trình sấy lạnh và chuyển giao tại chỗ.' });
    expect(res.errors).toBeUndefined();
    const answered = res.data.answerIntroduction;
    expect(answered).toMatchObject({ __typename: 'Introduction', status: 'ANSWERED', answeredBySide: 'OFFER' });
    expect(answered.responseHours).toBeGreaterThanOrEqual(4.9);
    expect(answered.responseHours).toBeLessThan(5.2);
    const inquiries = await api.db.prisma.inquiry.findMany({ where: { listingId: { in: [ids.request, ids.offer] } } });
    expect(inquiries).toHaveLength(1);
    expect(inquiries[0]).toMatchObject({ id: answered.inquiryId, direction: 'PROPOSAL', listingId: ids.request, ownerOrganisationId: ids.buyerOrg, requesterId: ids.seller, requesterOrganisationId: ids.sellerOrg });
    // The buyer reads the answer in the thread, and was told of it.
    const thread = (await buyer.request(INQUIRY, { id: answered.inquiryId })).data.inquiry;
    expect(thread).toMatchObject({ direction: 'PROPOSAL', mySide: 'OWNER', message: 'Viện sẵn sàng giới thiệu quy trình sấy lạnh và chuyển giao tại chỗ.' });
    expect(await api.db.prisma.notification.count({ where: { userId: ids.buyer, type: 'inquiry.new' } })).toBe(1);
  });

  it('a later answer from the other side joins the same thread; declining is too late', async () => {
    const res = await buyerColleague.request(ANSWER, { id: introId, body: 'Cảm ơn viện, hợp tác xã muốn hẹn khảo sát kho sấy.' });
    expect(res.errors).toBeUndefined();
    const intro = res.data.answerIntroduction;
    expect(intro).toMatchObject({ status: 'ANSWERED', answeredBySide: 'OFFER' });
    expect(await api.db.prisma.inquiry.count({ where: { listingId: { in: [ids.request, ids.offer] } } })).toBe(1);
    const thread = (await buyer.request(INQUIRY, { id: intro.inquiryId })).data.inquiry;
    expect(thread.status).toBe('IN_DISCUSSION');
    expect(thread.messages.nodes.map((m: { side: string; body: string }) => [m.side, m.body])).toEqual([['OWNER', 'Cảm ơn viện, hợp tác xã muốn hẹn khảo sát kho sấy.']]);
    expect((await buyer.request(DECLINE, { id: introId })).data.declineIntroduction.code).toBe('INVALID_TRANSITION');
  });

  it('two first answers at the same moment open one thread that holds both', async () => {
    const intro = await introduce({ request: ids.otherRequest, offer: ids.offer, note: 'Quy trình sấy có thể dùng cho trái cây sau khi rửa.' });
    const [a, b] = await Promise.all([
      seller.request(ANSWER, { id: intro.id, body: 'Viện có thể tư vấn cả khâu rửa.' }),
      buyer.request(ANSWER, { id: intro.id, body: 'Hợp tác xã muốn nghe thêm.' }),
    ]);
    expect([a.errors, b.errors]).toEqual([undefined, undefined]);
    const inquiries = await api.db.prisma.inquiry.findMany({ where: { OR: [{ listingId: ids.otherRequest }, { listingId: ids.offer, requesterOrganisationId: ids.buyerOrg }] }, include: { messages: true } });
    expect(inquiries).toHaveLength(1);
    expect([inquiries[0]!.message, ...inquiries[0]!.messages.map((m) => m.body)].sort()).toEqual(['Hợp tác xã muốn nghe thêm.', 'Viện có thể tư vấn cả khâu rửa.'].sort());
    expect(a.data.answerIntroduction.inquiryId).toBe(inquiries[0]!.id);
    expect(b.data.answerIntroduction.inquiryId).toBe(inquiries[0]!.id);
  });

  it('a side may decline politely; the other side and the department are told; the pair may be introduced again', async () => {
    const intro = await introduce({ request: ids.otherRequest, offer: ids.equipment, note: 'Máy rửa băng chuyền phù hợp quy mô hợp tác xã.' });
    const declined = (await buyer.request(DECLINE, { id: intro.id, note: 'Hợp tác xã đã mua máy khác.' })).data.declineIntroduction;
    expect(declined).toMatchObject({ status: 'DECLINED', answeredBySide: 'REQUEST', declineNote: 'Hợp tác xã đã mua máy khác.' });
    const told = await api.db.prisma.notification.findMany({ where: { type: 'introduction.declined' } });
    expect(told.map((n) => n.userId).sort()).toEqual([ids.moderator, ids.seller].sort());
    expect((await seller.request(ANSWER, { id: intro.id, body: 'Vẫn muốn trao đổi' })).data.answerIntroduction.code).toBe('INTRODUCTION_CLOSED');
    expect(await api.db.prisma.inquiry.count({ where: { listingId: ids.equipment } })).toBe(0);
    const list = (await moderator.request(LIST, { status: 'DECLINED' })).data.introductions.nodes;
    expect(list.map((i: { id: string }) => i.id)).toEqual([intro.id]);
    expect((await introduce({ request: ids.otherRequest, offer: ids.equipment })).__typename).toBe('Introduction');
  });
});

describe('the report: matchmaking figures', () => {
  const YEAR = { from: '2025-01-01T00:00:00+07:00', to: '2026-01-01T00:00:00+07:00' };
  const at = (iso: string) => new Date(iso);

  it('counts matches, introductions, response time and conversion by reason on a known data set', async () => {
    const { prisma } = api.db;
    const org = async (name: string) => (await createOrganisation(prisma, { nameVi: name })).id;
    const [buyerA, buyerB, sellerA, sellerB] = [await org('Mua A'), await org('Mua B'), await org('Bán A'), await org('Bán B')];
    const someone = (await createUser(prisma)).id;
    const req = async (o: string) => (await createListing(prisma, o, { kind: 'TECHNOLOGY_REQUEST' })).id;
    const off = async (o: string) => (await createListing(prisma, o)).id;
    const [rA, rB, oA, oB, oC] = [await req(buyerA), await req(buyerB), await off(sellerA), await off(sellerB), await off(sellerA)];
    const match = (requestId: string, offerId: string, reasons: MatchReason[], data: Record<string, Date | null>) =>
      prisma.listingMatch.create({ data: { requestId, offerId, score: 0.5, reasons: reasons as object[], createdAt: at('2025-02-01T00:00:00Z'), ...data } });
    const field: MatchReason = { kind: 'field', fieldCode: '401', same: 'field' };
    const trl: MatchReason = { kind: 'trl', offerTrl: 7, minTrl: 5 };
    const price: MatchReason = { kind: 'price', priceVnd: 1, budgetMaxVnd: 2 };
    // m1: shown in March 2025, then buyer A inquired on offer A and a deal followed: inquiry and deal.
    await match(rA, oA, [field, trl], { firstShownAt: at('2025-03-01T00:00:00Z') });
    const q1 = await prisma.inquiry.create({ data: { direction: 'INQUIRY', listingId: oA, ownerOrganisationId: sellerA, requesterId: someone, requesterOrganisationId: buyerA, message: 'Hỏi', createdAt: at('2025-03-05T00:00:00Z') } });
    await prisma.deal.create({ data: { inquiryId: q1.id, listingId: oA, sellerOrganisationId: sellerA, buyerUserId: someone, buyerOrganisationId: buyerA, transferForm: 'STANDALONE_CONTRACT', valueVnd: 1000n, signedOn: at('2025-04-01'), recordedById: someone, surveyDueAt: at('2026-04-01T00:00:00Z'), createdAt: at('2025-04-01T00:00:00Z') } });
    // m2: sent in June 2025; seller B proposed on request A afterwards: inquiry, no deal.
    await match(rA, oB, [field], { notifiedAt: at('2025-06-01T00:00:00Z') });
    await prisma.inquiry.create({ data: { direction: 'PROPOSAL', listingId: rA, ownerOrganisationId: buyerA, requesterId: someone, requesterOrganisationId: sellerB, message: 'Đề xuất', createdAt: at('2025-06-02T00:00:00Z') } });
    // m3: shown in July 2025; buyer B had inquired on offer A BEFORE it was shown: does not count.
    await prisma.inquiry.create({ data: { direction: 'INQUIRY', listingId: oA, ownerOrganisationId: sellerA, requesterId: someone, requesterOrganisationId: buyerB, message: 'Hỏi trước', createdAt: at('2025-06-30T00:00:00Z') } });
    await match(rB, oA, [price], { firstShownAt: at('2025-07-01T00:00:00Z') });
    // m4: never shown nor sent: not in the conversion. m5: shown in 2024: the previous period's.
    await match(rA, oC, [price], {});
    await match(rB, oB, [trl], {});
    await prisma.listingMatch.update({ where: { requestId_offerId: { requestId: rB, offerId: oB } }, data: { createdAt: at('2024-05-01T00:00:00Z'), firstShownAt: at('2024-05-02T00:00:00Z') } });
    // Introductions in 2025: one answered after 4 h, one declined after 10 h, one still waiting.
    const intro = (requestId: string, offerId: string, data: Record<string, unknown>) =>
      prisma.introduction.create({ data: { requestId, offerId, note: 'Giới thiệu hai bên', brokeredById: someone, createdAt: at('2025-08-01T00:00:00Z'), ...data } });
    await intro(rA, oA, { status: 'ANSWERED', firstAnsweredAt: at('2025-08-01T04:00:00Z'), answeredBySide: 'OFFER' });
    await intro(rA, oB, { status: 'DECLINED', firstAnsweredAt: at('2025-08-01T10:00:00Z'), answeredBySide: 'REQUEST' });
    await intro(rB, oB, { openPair: `${rB}:${oB}` });

    const res = await moderator.request(REPORT, YEAR);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const section = res.data.report.sections.find((s: { id: string }) => s.id === 'matchmaking');
    const tables = Object.fromEntries(section.tables.map((t: { id: string }) => [t.id, t]));
    const figures = (id: string) => Object.fromEntries(tables[id].rows.map((r: { key: string; values: unknown[]; previous: unknown[] }) => [r.key, [r.values, r.previous]]));
    expect(figures('matchmaking.activity')).toEqual({
      MATCHES_FOUND: [[4], [1]],
      MATCHES_SHOWN: [[2], [1]],
      MATCHES_SENT: [[1], [0]],
      INTRODUCTIONS: [[3], [0]],
      INTRODUCTIONS_ANSWERED: [[1], [0]],
      INTRODUCTIONS_DECLINED: [[1], [0]],
    });
    expect(figures('matchmaking.responseTime')).toEqual({ INTRODUCTIONS: [[7, 9.4], [null, null]] });
    const conversion = figures('matchmaking.conversionByReason');
    // Columns: matches, inquiries, inquiry share, deals, deal share. m1, m2, m3 were shown or sent in 2025.
    expect(conversion.ALL).toEqual([[3, 2, 66.7, 1, 33.3], [1, 0, 0, 0, 0]]);
    expect(conversion.field).toEqual([[2, 2, 100, 1, 50], [0, 0, null, 0, null]]);
    expect(conversion.trl).toEqual([[1, 1, 100, 1, 100], [1, 0, 0, 0, 0]]);
    expect(conversion.price).toEqual([[1, 0, 0, 0, 0], [0, 0, null, 0, null]]);
    expect(conversion.keywords).toEqual([[0, 0, null, 0, null], [0, 0, null, 0, null]]);
    expect(tables['matchmaking.conversionByReason'].denominator).toBe(3);
    expect(tables['matchmaking.conversionByReason'].total).toBeNull();
  });
});
