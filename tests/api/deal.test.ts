// Deals through the API: the listing's organisation agrees an inquiry and records the deal in one step, with the
// registration duty of the Law on Technology Transfer 2017 (art. 31) worked out by the service; who may read
// deals; the follow-up survey sent once per side when due and answered by that side; the department's figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { systemContext } from '../../server/lib/request-context.ts';

const DEAL_FIELDS = `id status listingTitle buyerName buyerOrganisationName sellerOrganisation { name } buyerOrganisation { name }
  transferObjects transferForm transferModes rights { kind exclusive territory sublicensing } valueVnd signedOn
  registrationRequired registrationReason registrationNote surveyDueAt mySide
  mySurvey { side sentAt answeredAt implemented satisfaction comment } surveys { side sentAt answeredAt }
  inquiry { id status }`;
const DEAL_RESULT = `__typename ... on Deal { ${DEAL_FIELDS} } ... on InputError { code message fieldErrors { field code message } }`;
const OPEN = `mutation($input: OpenInquiryInput!) { openInquiry(input: $input) { __typename ... on Inquiry { id status } ... on InputError { code fieldErrors { field code } } } }`;
const REPLY = `mutation($id: ID!, $body: String!) { replyToInquiry(id: $id, body: $body) { __typename ... on Inquiry { status } } }`;
const RECORD = `mutation($id: ID!, $input: DealInput!) { recordDeal(inquiryId: $id, input: $input) { ${DEAL_RESULT} } }`;
const ANSWER = `mutation($id: ID!, $input: DealSurveyInput!) { answerDealSurvey(dealId: $id, input: $input) { ${DEAL_RESULT} } }`;
const GET = `query($id: ID!) { deal(id: $id) { ${DEAL_FIELDS} } }`;
const DECLINE = `mutation($id: ID!, $input: DeclineInput!) { declineInquiry(id: $id, input: $input) { __typename ... on Inquiry { status decline { reason side } } } }`;
const INQUIRY = `query($id: ID!) { inquiry(id: $id) { status direction mySide ownerOrganisation { name } messages { nodes { side authorName } } deal { id } } }`;

const TERMS = {
  transferObjects: ['KNOW_HOW', 'PROCESS_DESIGN_SOFTWARE'],
  transferForm: 'STANDALONE_CONTRACT',
  transferModes: ['DOCUMENTS', 'TRAINING'],
  rights: { kind: 'RIGHT_OF_USE', exclusive: true, territory: 'Các tỉnh Đông Nam Bộ', sublicensing: false },
  valueVnd: 450_000_000,
  signedOn: '2024-08-31',
  crossBorder: false,
  stateFunded: false,
};

let api: ApiApp;
const c = {} as Record<'owner' | 'editor' | 'buyer' | 'stranger' | 'moderator' | 'visitor' | 'requester' | 'proposer' | 'proposerColleague' | 'loner', GraphQLClient>;
const ids = {} as Record<'org' | 'listing' | 'owner' | 'editor' | 'buyer' | 'request' | 'hiddenRequest' | 'requestOrg' | 'proposerOrg' | 'requester' | 'proposer', string>;

beforeAll(async () => {
  api = await startApi({ DEAL_SURVEY_MONTHS: '6' });
  const prisma = api.db.prisma;
  const org = await createOrganisation(prisma, { nameVi: 'Công ty Cổ phần Cơ khí Xây dựng Long An' });
  const requestOrg = await createOrganisation(prisma, { nameVi: 'Hợp tác xã Thanh long Tầm Vu' });
  const proposerOrg = await createOrganisation(prisma, { nameVi: 'Trường Đại học Tân Tạo' });
  const u = {
    owner: await createUser(prisma, { displayName: 'Trần Văn Minh' }),
    editor: await createUser(prisma),
    buyer: await createUser(prisma, { displayName: 'Phạm Quốc Bảo' }),
    stranger: await createUser(prisma),
    moderator: await createUser(prisma, { role: 'MODERATOR' }),
    requester: await createUser(prisma, { displayName: 'Võ Thị Lan' }),
    proposer: await createUser(prisma, { displayName: 'TS. Đỗ Minh Khoa' }),
    proposerColleague: await createUser(prisma),
    loner: await createUser(prisma),
  };
  await addMember(prisma, u.owner.id, org.id, 'OWNER');
  await addMember(prisma, u.editor.id, org.id, 'EDITOR');
  await addMember(prisma, u.requester.id, requestOrg.id, 'OWNER');
  await addMember(prisma, u.proposer.id, proposerOrg.id, 'EDITOR');
  await addMember(prisma, u.proposerColleague.id, proposerOrg.id, 'OWNER');
  Object.assign(ids, {
    org: org.id, requestOrg: requestOrg.id, proposerOrg: proposerOrg.id, owner: u.owner.id, editor: u.editor.id, buyer: u.buyer.id,
    requester: u.requester.id, proposer: u.proposer.id,
    listing: (await createListing(prisma, org.id, { titleVi: 'Thanh giằng băng tải lắp ghép', titleEn: 'Bolted conveyor brace' })).id,
    request: (await createListing(prisma, requestOrg.id, { kind: 'TECHNOLOGY_REQUEST', titleVi: 'Cần công nghệ bảo quản thanh long 40 ngày' })).id,
    hiddenRequest: (await createListing(prisma, requestOrg.id, { kind: 'TECHNOLOGY_REQUEST', hideOrganisation: true, titleVi: 'Tìm hệ thống tưới tự động cho 20 ha' })).id,
  });
  for (const [key, user] of Object.entries(u)) c[key as keyof typeof c] = await api.as(user.email);
  c.visitor = await api.as(null);
});
afterAll(() => api.close());

async function discussing(): Promise<string> {
  const res = await c.buyer.request(OPEN, {
    input: { listingId: ids.listing, message: 'Chúng tôi cần thanh giằng cho 3 tuyến băng tải ở bến Long An.', intendedUse: 'Lắp đặt băng tải bến bãi', organisationName: 'Công ty TNHH Vật liệu Xây dựng Bến Lức' },
  });
  expect(res.data.openInquiry.__typename).toBe('Inquiry');
  const id = res.data.openInquiry.id;
  expect((await c.owner.request(REPLY, { id, body: 'Chúng tôi gửi bản vẽ tham khảo.' })).data.replyToInquiry.status).toBe('IN_DISCUSSION');
  return id;
}

async function recorded(terms: Record<string, unknown> = {}) {
  const id = await discussing();
  const deal = (await c.owner.request(RECORD, { id, input: { ...TERMS, ...terms } })).data.recordDeal;
  expect(deal.__typename).toBe('Deal');
  return deal;
}

describe('recording a deal', () => {
  it('checks the terms field by field, in Vietnamese and English, and changes nothing when they are wrong', async () => {
    const id = await discussing();
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const bad = { ...TERMS, transferObjects: [], rights: { ...TERMS.rights, territory: ' ' }, signedOn: tomorrow };
    const vi = (await c.owner.request(RECORD, { id, input: bad })).data.recordDeal;
    expect(vi.fieldErrors).toEqual([
      { field: 'transferObjects', code: 'REQUIRED', message: 'Vui lòng nhập đối tượng chuyển giao.' },
      { field: 'rights.territory', code: 'REQUIRED', message: 'Vui lòng nhập phạm vi lãnh thổ.' },
    ]);
    const future = (await c.owner.request(RECORD, { id, input: { ...TERMS, signedOn: tomorrow } })).data.recordDeal;
    expect(future.fieldErrors).toEqual([{ field: 'signedOn', code: 'FUTURE_DATE', message: 'Ngày ký hợp đồng không được là một ngày trong tương lai.' }]);
    c.owner.cookies.set('lang', 'en');
    const en = (await c.owner.request(RECORD, { id, input: { ...TERMS, signedOn: tomorrow, valueVnd: 2_000_000_000_000_000 } })).data.recordDeal;
    c.owner.cookies.delete('lang');
    expect(en.fieldErrors.map((e: { message: string }) => e.message)).toEqual(['Contract value can be at most 1000000000000000.']);
    expect(await api.db.prisma.deal.count()).toBe(0);
    expect((await api.db.prisma.inquiry.findUniqueOrThrow({ where: { id } })).status).toBe('IN_DISCUSSION');
    await c.buyer.request(`mutation($id: ID!) { withdrawInquiry(id: $id) { __typename } }`, { id });
  });

  it('agrees the inquiry and records the deal in one step, with a survey per side, and tells both sides', async () => {
    const id = await discussing();
    const deal = (await c.editor.request(RECORD, { id, input: TERMS })).data.recordDeal;
    expect(deal).toMatchObject({
      __typename: 'Deal', status: 'RECORDED', listingTitle: 'Thanh giằng băng tải lắp ghép', buyerName: 'Phạm Quốc Bảo',
      buyerOrganisationName: 'Công ty TNHH Vật liệu Xây dựng Bến Lức', buyerOrganisation: null,
      sellerOrganisation: { name: 'Công ty Cổ phần Cơ khí Xây dựng Long An' },
      transferObjects: ['KNOW_HOW', 'PROCESS_DESIGN_SOFTWARE'], transferForm: 'STANDALONE_CONTRACT', transferModes: ['DOCUMENTS', 'TRAINING'],
      rights: TERMS.rights, valueVnd: 450_000_000, signedOn: '2024-08-31',
      registrationRequired: false, registrationReason: null, registrationNote: null,
      // six calendar months after 31 August is the last day of February
      surveyDueAt: '2025-02-28T00:00:00.000Z',
      mySide: 'OWNER', mySurvey: { side: 'OWNER', sentAt: null, answeredAt: null },
      inquiry: { id, status: 'AGREED' },
    });
    expect(deal.surveys.map((s: { side: string }) => s.side).sort()).toEqual(['OWNER', 'REQUESTER']);
    const [note] = await api.db.prisma.notification.findMany({ where: { userId: ids.buyer, type: 'deal.recorded' } });
    expect(note).toMatchObject({ link: `/deals/${deal.id}`, data: expect.objectContaining({ dealId: deal.id, inquiryId: id, status: 'AGREED', amountVnd: 450_000_000 }) });
    expect(await api.db.prisma.notification.count({ where: { userId: ids.owner, type: 'deal.recorded' } })).toBe(1);
    expect(await api.db.prisma.notification.count({ where: { userId: ids.editor, type: 'deal.recorded' } })).toBe(0);
    const audit = await api.db.prisma.auditEvent.findMany({ where: { entityId: { in: [id, deal.id] }, action: { in: ['inquiry.agree', 'deal.record'] } } });
    expect(audit.map((a) => a.action).sort()).toEqual(['deal.record', 'inquiry.agree']);
    const again = (await c.owner.request(RECORD, { id, input: TERMS })).data.recordDeal;
    expect(again.code).toBe('INVALID_TRANSITION');
    expect(await api.db.prisma.deal.count({ where: { inquiryId: id } })).toBe(1);
  });

  it('requires registration for cross-border transfers and domestic ones paid from the state budget (art. 31)', async () => {
    const abroad = await recorded({ crossBorder: true });
    expect(abroad).toMatchObject({ registrationRequired: true, registrationReason: 'CROSS_BORDER' });
    expect(abroad.registrationNote).toContain('Điều 31');
    const funded = await recorded({ stateFunded: true });
    expect(funded).toMatchObject({ registrationRequired: true, registrationReason: 'STATE_FUNDED' });
    c.buyer.cookies.set('lang', 'en');
    expect((await c.buyer.request(GET, { id: funded.id })).data.deal.registrationNote).toBe(
      'The transfer must be registered because it is a domestic transfer using state budget funds (Law on Technology Transfer 2017, art. 31.1 c).',
    );
    c.buyer.cookies.delete('lang');
    const stored = await api.db.prisma.deal.findUniqueOrThrow({ where: { id: funded.id } });
    expect([stored.registrationRequired, stored.registrationReason]).toEqual([true, 'STATE_FUNDED']);
  });

  it('shows a deal to its two sides and the department only, and lists an organisation’s deals to its members', async () => {
    const deal = await recorded();
    expect((await c.buyer.request(GET, { id: deal.id })).data.deal).toMatchObject({ mySide: 'REQUESTER', mySurvey: { side: 'REQUESTER' } });
    expect((await c.moderator.request(GET, { id: deal.id })).data.deal).toMatchObject({ mySide: null, mySurvey: null });
    expect((await c.stranger.request(GET, { id: deal.id })).data.deal).toBeNull();
    expect((await c.visitor.request(GET, { id: deal.id })).data.deal).toBeNull();
    const LIST = `query($org: ID!, $after: String) { organisationDeals(organisationId: $org, first: 2, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = (await c.editor.request(LIST, { org: ids.org, after }))
        .data.organisationDeals;
      seen.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(await api.db.prisma.deal.count({ where: { sellerOrganisationId: ids.org } }));
    expect(seen).toContain(deal.id);
    expect((await c.buyer.request(LIST, { org: ids.org })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('follow-up survey', () => {
  it('is sent to each side once when due, answered once by that side, and refused to anyone else', async () => {
    const deal = await recorded({ signedOn: '2024-01-15' });
    const prisma = api.db.prisma;
    const deals = api.app.services.deal;
    const early = (await c.buyer.request(ANSWER, { id: deal.id, input: { implemented: true, satisfaction: 4 } })).data.answerDealSurvey;
    expect(early.code).toBe('INVALID_TRANSITION');
    await prisma.dealSurvey.updateMany({ data: { sentAt: new Date() }, where: { dealId: { not: deal.id }, sentAt: null } });
    expect(await deals.sendDueSurveys(systemContext(), new Date('2024-07-14T12:00:00Z'))).toBe(0);
    expect(await deals.sendDueSurveys(systemContext(), new Date('2024-07-15T00:00:00Z'))).toBe(2);
    expect(await deals.sendDueSurveys(systemContext(), new Date('2024-07-16T00:00:00Z'))).toBe(0);
    const surveyNotes = await prisma.notification.findMany({ where: { type: 'deal.survey' } });
    expect(surveyNotes.map((n) => n.userId).sort()).toEqual([ids.buyer, ids.owner, ids.editor].sort());
    expect(surveyNotes[0]).toMatchObject({ link: `/deals/${deal.id}`, data: expect.objectContaining({ dealId: deal.id, listingTitle: 'Thanh giằng băng tải lắp ghép' }) });

    const invalid = (await c.buyer.request(ANSWER, { id: deal.id, input: { implemented: true, satisfaction: 6 } })).data.answerDealSurvey;
    expect(invalid.fieldErrors).toEqual([{ field: 'satisfaction', code: 'TOO_LARGE', message: 'Mức độ hài lòng tối đa là 5.' }]);
    expect((await c.stranger.request(ANSWER, { id: deal.id, input: { implemented: true, satisfaction: 4 } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await c.moderator.request(ANSWER, { id: deal.id, input: { implemented: true, satisfaction: 4 } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const answered = (await c.buyer.request(ANSWER, { id: deal.id, input: { implemented: true, satisfaction: 4, comment: 'Đã lắp cho 2 tuyến.' } })).data.answerDealSurvey;
    expect(answered.mySurvey).toMatchObject({ side: 'REQUESTER', implemented: true, satisfaction: 4, comment: 'Đã lắp cho 2 tuyến.' });
    expect(answered.mySurvey.answeredAt).not.toBeNull();
    expect((await c.buyer.request(ANSWER, { id: deal.id, input: { implemented: false, satisfaction: 1 } })).data.answerDealSurvey.code).toBe('INVALID_TRANSITION');
    const owners = (await c.owner.request(GET, { id: deal.id })).data.deal;
    expect(owners.mySurvey).toMatchObject({ side: 'OWNER', answeredAt: null });
    expect((await prisma.dealSurvey.findFirstOrThrow({ where: { dealId: deal.id, side: 'REQUESTER' } })).answeredById).toBe(ids.buyer);
  });

  it('follows up deals recorded without surveys too (a deposit the seller confirmed)', async () => {
    const prisma = api.db.prisma;
    await prisma.dealSurvey.updateMany({ where: { sentAt: null }, data: { sentAt: new Date() } });
    const deal = await prisma.deal.create({
      data: {
        listingId: ids.listing, sellerOrganisationId: ids.org, buyerUserId: ids.buyer, transferForm: 'STANDALONE_CONTRACT', transferModes: ['MACHINERY'],
        valueVnd: 120_000_000n, signedOn: new Date('2024-02-01'), surveyDueAt: new Date('2024-08-01'), recordedById: ids.owner,
      },
    });
    expect(await api.app.services.deal.sendDueSurveys(systemContext(), new Date('2024-08-02'))).toBe(2);
    expect(await prisma.dealSurvey.count({ where: { dealId: deal.id, sentAt: { not: null } } })).toBe(2);
    const view = (await c.buyer.request(GET, { id: deal.id })).data.deal;
    expect(view).toMatchObject({ mySide: 'REQUESTER', rights: null, inquiry: null });
  });
});

describe('proposals on technology requests', () => {
  it('need an organisation of the proposer’s, go to the request’s organisation, and are shared with the proposer’s colleagues', async () => {
    const input = { listingId: ids.request, message: 'Trường có quy trình chiếu xạ và bảo quản lạnh thanh long đạt 35 ngày.' };
    expect((await c.proposer.request(OPEN, { input })).data.openInquiry.fieldErrors).toEqual([{ field: 'organisationId', code: 'REQUIRED' }]);
    const CAN = `query($id: ID!) { listingById(id: $id) { canInquire } }`;
    expect((await c.loner.request(CAN, { id: ids.request })).data.listingById.canInquire).toBe(false);
    expect((await c.proposer.request(CAN, { id: ids.request })).data.listingById.canInquire).toBe(true);
    const opened = (await c.proposer.request(OPEN, { input: { ...input, organisationId: ids.proposerOrg } })).data.openInquiry;
    expect(opened.status).toBe('OPEN');
    const inquiry = (await c.proposerColleague.request(INQUIRY, { id: opened.id })).data.inquiry;
    expect(inquiry).toMatchObject({ direction: 'PROPOSAL', mySide: 'REQUESTER', ownerOrganisation: { name: 'Hợp tác xã Thanh long Tầm Vu' } });
    const [note] = await api.db.prisma.notification.findMany({ where: { userId: ids.requester, type: 'inquiry.new' } });
    expect(note.data).toMatchObject({ kind: 'proposal', inquiryId: opened.id, fromOrganisation: 'Trường Đại học Tân Tạo' });
    // The request's organisation agrees and records: the proposer's organisation is the seller.
    await c.requester.request(REPLY, { id: opened.id, body: 'Mời trường gửi số liệu thử nghiệm.' });
    const deal = (await c.requester.request(RECORD, { id: opened.id, input: TERMS })).data.recordDeal;
    expect(deal).toMatchObject({
      sellerOrganisation: { name: 'Trường Đại học Tân Tạo' }, buyerOrganisation: { name: 'Hợp tác xã Thanh long Tầm Vu' }, buyerName: 'Võ Thị Lan', mySide: 'OWNER',
    });
    expect((await c.proposer.request(GET, { id: deal.id })).data.deal.mySide).toBe('REQUESTER');
  });

  it('may be turned down by either side, each with its reason', async () => {
    const open = async () =>
      (await c.proposer.request(OPEN, { input: { listingId: ids.request, message: 'Đề xuất giải pháp bảo quản bằng màng bao ăn được.', organisationId: ids.proposerOrg } })).data.openInquiry.id;
    const first = await open();
    const byProposer = (await c.proposerColleague.request(DECLINE, { id: first, input: { reason: 'NOT_A_FIT' } })).data.declineInquiry;
    expect(byProposer).toMatchObject({ status: 'DECLINED', decline: { reason: 'NOT_A_FIT', side: 'REQUESTER' } });
    const second = await open();
    const byRequester = (await c.requester.request(DECLINE, { id: second, input: { reason: 'TOO_EARLY' } })).data.declineInquiry;
    expect(byRequester).toMatchObject({ status: 'DECLINED', decline: { reason: 'TOO_EARLY', side: 'OWNER' } });
  });

  it('keep an anonymous request’s organisation and its people hidden from the proposer until agreed', async () => {
    const opened = (await c.proposer.request(OPEN, {
      input: { listingId: ids.hiddenRequest, message: 'Chúng tôi lắp hệ thống tưới nhỏ giọt điều khiển qua điện thoại.', organisationId: ids.proposerOrg },
    })).data.openInquiry;
    await c.requester.request(REPLY, { id: opened.id, body: 'Xin báo giá cho 20 ha.' });
    const hidden = (await c.proposer.request(INQUIRY, { id: opened.id })).data.inquiry;
    expect(hidden).toMatchObject({ ownerOrganisation: null, messages: { nodes: [{ side: 'OWNER', authorName: null }] } });
    const [note] = await api.db.prisma.notification.findMany({ where: { userId: ids.proposer, type: 'inquiry.reply', data: { path: ['inquiryId'], equals: opened.id } } });
    expect((note.data as { fromName: string | null }).fromName).toBeNull();
    expect((await c.requester.request(INQUIRY, { id: opened.id })).data.inquiry.messages.nodes[0].authorName).toBe('Võ Thị Lan');
    await c.requester.request(RECORD, { id: opened.id, input: TERMS });
    const agreed = (await c.proposer.request(INQUIRY, { id: opened.id })).data.inquiry;
    expect(agreed).toMatchObject({ status: 'AGREED', ownerOrganisation: { name: 'Hợp tác xã Thanh long Tầm Vu' }, messages: { nodes: [{ authorName: 'Võ Thị Lan' }] } });
  });
});

describe('figures for the department', () => {
  it('counts inquiries by state, declines by reason, deals and their value, for staff only', async () => {
    const STATS = `{ dealStats { inquiriesByStatus { status count } declinesByReason { reason count } deals totalValueVnd registrationRequired } }`;
    expect((await c.visitor.request(STATS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await c.owner.request(STATS)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const stats = (await c.moderator.request(STATS)).data.dealStats;
    const prisma = api.db.prisma;
    const recorded = await prisma.deal.findMany({ where: { status: 'RECORDED' } });
    expect(stats.deals).toBe(recorded.length);
    expect(stats.totalValueVnd).toBe(recorded.reduce((sum, d) => sum + Number(d.valueVnd), 0));
    expect(stats.registrationRequired).toBe(recorded.filter((d) => d.registrationRequired).length);
    const count = (status: string) => stats.inquiriesByStatus.find((s: { status: string }) => s.status === status)?.count ?? 0;
    expect(count('AGREED')).toBe(await prisma.inquiry.count({ where: { status: 'AGREED' } }));
    expect(count('IN_DISCUSSION')).toBe(await prisma.inquiry.count({ where: { status: 'IN_DISCUSSION' } }));
    expect(stats.declinesByReason.sort((a: { reason: string }, b: { reason: string }) => a.reason.localeCompare(b.reason))).toEqual([
      { reason: 'NOT_A_FIT', count: 1 },
      { reason: 'TOO_EARLY', count: 1 },
    ]);
    const future = (await c.moderator.request(`{ dealStats(from: "2100-01-01T00:00:00Z") { deals totalValueVnd inquiriesByStatus { count } } }`)).data.dealStats;
    expect(future).toEqual({ deals: 0, totalValueVnd: 0, inquiriesByStatus: [] });
  });
});
