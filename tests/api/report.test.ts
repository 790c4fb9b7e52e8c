// The department's report through the API, on a small data set whose every figure is known: listings, organisations,
// IP titles, moderation and negotiation for 2025 beside the same figures for 2024; staff only; a period that is not
// one is refused naming the argument; the public statistics hide small cells.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';

const TABLE = `id columns { key kind } rows { key label values previous } total { key values previous } denominator source sourceNote chart suppressed`;
const REPORT = `query($from: DateTime!, $to: DateTime!) { report(from: $from, to: $to) {
  from to previousFrom previousTo generatedAt sections { id tables { ${TABLE} } } } }`;
const PUBLIC = `query($year: Int) { publicStatistics(year: $year) { from to sections { id tables { ${TABLE} } } } }`;
const YEAR_2025 = { from: '2025-01-01T00:00:00+07:00', to: '2026-01-01T00:00:00+07:00' };

interface Row { key: string; label: string | null; values: (number | null)[]; previous: (number | null)[] }
interface Table { id: string; columns: { key: string; kind: string }[]; rows: Row[]; total: Row | null; denominator: number | null; source: string; sourceNote: string | null; suppressed: boolean }
interface Report { sections: { id: string; tables: Table[] }[] }

let api: ApiApp;
let moderator: GraphQLClient;
let seller: GraphQLClient;

const at = (iso: string) => new Date(iso);

/** The figures of a table as { key: [values, previous] }, so a test states them in one literal. */
function figures(report: Report, id: string): Record<string, [(number | null)[], (number | null)[]]> {
  const t = table(report, id);
  return Object.fromEntries(t.rows.map((r) => [r.key, [r.values, r.previous]]));
}

function table(report: Report, id: string): Table {
  const found = report.sections.flatMap((s) => s.tables).find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
}

async function report(client: GraphQLClient, period = YEAR_2025): Promise<Report> {
  const res = await client.request(REPORT, period);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.report;
}

beforeAll(async () => {
  api = await startApi();
  const { prisma } = api.db;
  await prisma.fieldOfScience.createMany({
    data: [
      { code: '2', nameVi: 'Khoa học kỹ thuật và công nghệ', nameEn: 'Engineering and technology', reportField: 'ENGINEERING_TECHNOLOGY' },
      { code: '201', parentCode: '2', nameVi: 'Kỹ thuật cơ khí', nameEn: 'Mechanical engineering', reportField: 'ENGINEERING_TECHNOLOGY' },
    ],
  });
  await createUser(prisma, { email: 'kiem-duyet@so-khcn.vn', role: 'MODERATOR' });
  const sellerUser = await createUser(prisma, { email: 'ban@htx.vn' });
  const buyer = await createUser(prisma, { email: 'mua@dn.vn' });

  const coop = await createOrganisation(prisma, { kind: 'COOPERATIVE', publishedAt: at('2024-06-01T00:00:00Z'), verifiedAt: at('2025-03-01T00:00:00Z') });
  const enterprise = await createOrganisation(prisma, { kind: 'ST_ENTERPRISE', publishedAt: at('2025-05-01T06:00:00Z') });
  await createOrganisation(prisma, { kind: 'ST_ORGANISATION', status: 'DRAFT' });
  await addMember(prisma, sellerUser.id, coop.id);

  const l1 = await createListing(prisma, coop.id, { kind: 'TECHNOLOGY_OFFER', fieldCode: '401', commune: 'Phường Long An', createdAt: at('2025-02-01T00:00:00Z'), publishedAt: at('2025-02-03T00:00:00Z') });
  const l2 = await createListing(prisma, enterprise.id, { kind: 'EQUIPMENT_OFFER', fieldCode: '201', commune: 'Phường Long An', createdAt: at('2025-07-01T00:00:00Z'), publishedAt: at('2025-07-06T00:00:00Z') });
  const l3 = await createListing(prisma, coop.id, { kind: 'TECHNOLOGY_REQUEST', fieldCode: null, createdAt: at('2024-04-01T00:00:00Z'), publishedAt: at('2024-04-02T00:00:00Z') });
  const l4 = await createListing(prisma, coop.id, { status: 'PENDING_REVIEW', publishedAt: null, createdAt: at('2025-09-01T00:00:00Z') });

  await prisma.ipTitle.createMany({
    data: [
      { type: 'PATENT', status: 'GRANTED', titleVi: 'Quy trình bảo quản', ownerName: 'HTX', listingId: l1.id },
      { type: 'TRADEMARK', status: 'APPLICATION_FILED', titleVi: 'Nhãn hiệu', ownerName: 'HTX', listingId: l3.id },
      { type: 'PATENT', status: 'GRANTED', titleVi: 'Không đăng kèm tin', ownerName: 'HTX' },
    ],
  });

  // Submissions and the department's decisions: listing hours to decision 48, 10, 24 (2025) and 24 (2024).
  const moderatorId = (await prisma.user.findUniqueOrThrow({ where: { email: 'kiem-duyet@so-khcn.vn' } })).id;
  const submit = (type: string, id: string, iso: string, action = 'submit') =>
    ({ action: `${type}.${action}`, entityType: type, entityId: id, createdAt: at(iso), actorId: sellerUser.id });
  await prisma.auditEvent.createMany({
    data: [
      submit('listing', l1.id, '2025-02-01T00:00:00Z'),
      submit('listing', l2.id, '2025-07-01T00:00:00Z'),
      submit('listing', l2.id, '2025-07-05T00:00:00Z'),
      submit('listing', l4.id, '2025-12-20T00:00:00Z'),
      submit('organisation', enterprise.id, '2025-05-01T00:00:00Z'),
      submit('listing', l3.id, '2024-04-01T00:00:00Z'),
      submit('listing', l4.id, '2024-12-30T00:00:00Z'),
      submit('listing', l4.id, '2024-12-31T00:00:00Z', 'withdraw'),
    ],
  });
  const decide = (entityType: string, entityId: string, action: 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT', iso: string) =>
    ({ entityType, entityId, action, moderatorId, createdAt: at(iso) });
  await prisma.moderationDecision.createMany({
    data: [
      decide('listing', l1.id, 'APPROVE', '2025-02-03T00:00:00Z'),
      decide('listing', l2.id, 'REQUEST_CHANGES', '2025-07-01T10:00:00Z'),
      decide('listing', l2.id, 'APPROVE', '2025-07-06T00:00:00Z'),
      decide('organisation', enterprise.id, 'APPROVE', '2025-05-01T06:00:00Z'),
      decide('listing', l3.id, 'APPROVE', '2024-04-02T00:00:00Z'),
    ],
  });

  // Inquiries: one answered after 5 hours with an NDA and a deal, one unanswered (2025); one answered after 10 hours (2024).
  await prisma.ndaVersion.create({ data: { version: 1, titleVi: 'Thỏa thuận', titleEn: 'Agreement', bodyVi: 'Nội dung', bodyEn: 'Text', textHash: 'h' } });
  const inquiry = async (listingId: string, owner: string, iso: string, answeredIso: string | null) => {
    const i = await prisma.inquiry.create({ data: { direction: 'INQUIRY', listingId, ownerOrganisationId: owner, requesterId: buyer.id, message: 'Xin báo giá', createdAt: at(iso) } });
    await prisma.inquiryMessage.create({ data: { inquiryId: i.id, side: 'REQUESTER', authorId: buyer.id, body: 'Xin báo giá', createdAt: at(iso) } });
    if (answeredIso) await prisma.inquiryMessage.create({ data: { inquiryId: i.id, side: 'OWNER', authorId: sellerUser.id, body: 'Đã nhận', createdAt: at(answeredIso) } });
    return i;
  };
  const i1 = await inquiry(l1.id, coop.id, '2025-03-01T00:00:00Z', '2025-03-01T05:00:00Z');
  await inquiry(l1.id, coop.id, '2025-04-10T00:00:00Z', null);
  await inquiry(l3.id, coop.id, '2024-11-01T00:00:00Z', '2024-11-01T10:00:00Z');
  for (const side of ['REQUESTER', 'OWNER'] as const) {
    await prisma.ndaAcceptance.create({ data: { inquiryId: i1.id, side, userId: buyer.id, version: 1, textHash: 'h', acceptedAt: at('2025-03-05T00:00:00Z') } });
  }
  const deal = (listingId: string, seller: string, signedOn: string, valueVnd: bigint, transferForm: string, more: object = {}) =>
    prisma.deal.create({ data: { listingId, sellerOrganisationId: seller, buyerUserId: buyer.id, transferForm, valueVnd, signedOn: at(signedOn), recordedById: sellerUser.id, surveyDueAt: at('2026-06-01T00:00:00Z'), ...more } });
  await deal(l1.id, coop.id, '2025-03-20', 500_000_000n, 'STANDALONE_CONTRACT', { inquiryId: i1.id, registrationRequired: true });
  await deal(l2.id, enterprise.id, '2025-11-15', 1_500_000_000n, 'MACHINERY_SALE_WITH_KNOW_HOW');
  await deal(l2.id, enterprise.id, '2025-06-15', 9_000_000_000n, 'STANDALONE_CONTRACT', { status: 'CANCELLED' });
  // The last day of 2024 in Tây Ninh: the previous period's, whatever the server's clock zone.
  await deal(l3.id, coop.id, '2024-12-31', 100_000_000n, 'STANDALONE_CONTRACT');

  moderator = await api.as('kiem-duyet@so-khcn.vn');
  seller = await api.as('ban@htx.vn');
});
afterAll(() => api?.close());

describe('the report of a year', () => {
  it('compares the year with the one before, in the order of the department’s report', async () => {
    const res = await moderator.request(REPORT, YEAR_2025);
    expect(res.errors).toBeUndefined();
    const r = res.data.report;
    expect(new Date(r.from).toISOString()).toBe('2024-12-31T17:00:00.000Z');
    expect(new Date(r.previousFrom).toISOString()).toBe('2023-12-31T17:00:00.000Z');
    expect(new Date(r.previousTo).toISOString()).toBe(new Date(r.from).toISOString());
    expect(r.sections.map((s: { id: string }) => s.id).slice(0, 5)).toEqual(['listings', 'organisations', 'ip', 'moderation', 'negotiation']);
  });

  it('counts listings by kind, status, field (shares of the published ones) and commune', async () => {
    const r = await report(moderator);
    expect(figures(r, 'listings.byKind')).toEqual({ TECHNOLOGY_OFFER: [[1], [0]], EQUIPMENT_OFFER: [[1], [0]], TECHNOLOGY_REQUEST: [[0], [1]] });
    expect(table(r, 'listings.byKind').total).toMatchObject({ values: [2], previous: [1] });
    expect(figures(r, 'listings.byStatus')).toMatchObject({ PUBLISHED: [[2], [1]], PENDING_REVIEW: [[1], [0]], DRAFT: [[0], [0]] });
    const byField = table(r, 'listings.byField');
    expect(byField.denominator).toBe(2);
    expect(byField.total).toBeNull();
    expect(byField.columns).toEqual([{ key: 'count', kind: 'COUNT' }, { key: 'share', kind: 'SHARE' }]);
    expect(figures(r, 'listings.byField')).toEqual({
      NATURAL_SCIENCES: [[0, 0], [0, 0]],
      ENGINEERING_TECHNOLOGY: [[1, 50], [0, 0]],
      MEDICAL_HEALTH: [[0, 0], [0, 0]],
      AGRICULTURAL: [[1, 50], [0, 0]],
      SOCIAL_HUMANITIES: [[0, 0], [0, 0]],
      UNCLASSIFIED: [[0, 0], [1, 100]],
    });
    const communes = table(r, 'listings.byCommune');
    expect(communes.rows).toEqual([
      { key: 'Phường Long An', label: 'Phường Long An', values: [2], previous: [0] },
      { key: 'UNKNOWN', label: null, values: [0], previous: [1] },
    ]);
  });

  it('counts organisations in the directory by kind and verification, and IP titles on offer by type', async () => {
    const r = await report(moderator);
    expect(figures(r, 'organisations.byKind')).toMatchObject({ COOPERATIVE: [[1, 0], [1, 1]], ST_ENTERPRISE: [[1, 1], [0, 0]], ST_ORGANISATION: [[0, 0], [0, 0]] });
    expect(figures(r, 'organisations.byVerification')).toEqual({ VERIFIED: [[1, 50], [0, 0]], NOT_VERIFIED: [[1, 50], [1, 100]] });
    expect(table(r, 'organisations.byVerification').denominator).toBe(2);
    expect(figures(r, 'ip.byType')).toMatchObject({ PATENT: [[1, 1], [0, 0]], TRADEMARK: [[1, 0], [1, 0]] });
  });

  it('tells the moderation throughput, what waits at the end and the time to a decision', async () => {
    const r = await report(moderator);
    expect(table(r, 'moderation.throughput').columns.map((c) => c.key)).toEqual(['listings', 'organisations']);
    expect(figures(r, 'moderation.throughput')).toEqual({
      SUBMITTED: [[4, 1], [2, 0]],
      WITHDRAWN: [[0, 0], [1, 0]],
      APPROVED: [[2, 1], [1, 0]],
      RETURNED: [[1, 0], [0, 0]],
      REJECTED: [[0, 0], [0, 0]],
      BACKLOG: [[1, 0], [0, 0]],
    });
    // Listings: 48, 10 and 24 hours; the 90th percentile interpolates between 24 and 48.
    expect(figures(r, 'moderation.timeToDecision')).toEqual({ LISTING: [[3, 24, 43.2], [1, 24, 24]], ORGANISATION: [[1, 6, 6], [0, null, null]] });
  });

  it('follows inquiries to deals: funnel, value by field, transfer form and quarter, registration, first answers', async () => {
    const r = await report(moderator);
    expect(figures(r, 'negotiation.funnel')).toEqual({ INQUIRIES: [[2, 100], [1, 100]], NDAS: [[1, 50], [0, 0]], DEALS: [[2, 100], [1, 100]] });
    expect(table(r, 'negotiation.funnel').denominator).toBe(2);
    const byField = table(r, 'negotiation.valueByField');
    expect(byField.denominator).toBe(2_000_000_000);
    expect(figures(r, 'negotiation.valueByField')).toMatchObject({
      AGRICULTURAL: [[1, 500_000_000, 25], [0, 0, 0]],
      ENGINEERING_TECHNOLOGY: [[1, 1_500_000_000, 75], [0, 0, 0]],
      UNCLASSIFIED: [[0, 0, 0], [1, 100_000_000, 100]],
    });
    expect(byField.total).toMatchObject({ values: [2, 2_000_000_000, null], previous: [1, 100_000_000, null] });
    expect(figures(r, 'negotiation.valueByTransferForm')).toMatchObject({
      STANDALONE_CONTRACT: [[1, 500_000_000, 25], [1, 100_000_000, 100]],
      MACHINERY_SALE_WITH_KNOW_HOW: [[1, 1_500_000_000, 75], [0, 0, 0]],
    });
    expect(figures(r, 'negotiation.byQuarter')).toEqual({
      '2025-Q1': [[1, 1, 500_000_000], [0, 0, 0]],
      '2025-Q2': [[1, 0, 0], [0, 0, 0]],
      '2025-Q3': [[0, 0, 0], [0, 0, 0]],
      '2025-Q4': [[0, 1, 1_500_000_000], [1, 1, 100_000_000]],
    });
    expect(figures(r, 'negotiation.registrationRequired')).toEqual({ REQUIRED: [[1, 500_000_000, 50], [0, 0, 0]], NOT_REQUIRED: [[1, 1_500_000_000, 50], [1, 100_000_000, 100]] });
    expect(figures(r, 'negotiation.timeToFirstAnswer')).toEqual({ INQUIRY: [[1, 5, 5, 1], [1, 10, 10, 0]], PROPOSAL: [[0, null, null, 0], [0, null, null, 0]] });
  });

  it('compares a period that is not whole months with the same number of days just before it', async () => {
    const res = await moderator.request(REPORT, { from: '2025-03-01T00:00:00Z', to: '2025-03-11T00:00:00Z' });
    expect(new Date(res.data.report.previousFrom).toISOString()).toBe('2025-02-19T00:00:00.000Z');
    expect(figures(res.data.report, 'negotiation.funnel').INQUIRIES).toEqual([[1, 100], [0, null]]);
  });
});

describe('who may read the report, and which periods', () => {
  it('refuses sellers (FORBIDDEN) and visitors (UNAUTHENTICATED)', async () => {
    expect((await seller.request(REPORT, YEAR_2025)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await (await api.as(null)).request(REPORT, YEAR_2025)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers 400 naming the argument when the period ends before it starts or is longer than five years', async () => {
    for (const [period, code] of [
      [{ from: '2025-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' }, 'PERIOD_ORDER'],
      [{ from: '2020-01-01T00:00:00Z', to: '2025-06-01T00:00:00Z' }, 'PERIOD_TOO_LONG'],
    ] as const) {
      const res = await moderator.request(REPORT, period);
      expect(res.status).toBe(400);
      const error = res.errors?.[0] as { message: string; extensions: Record<string, unknown> };
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
      expect(error.message).not.toBe(code);
    }
  });
});

describe('the public statistics', () => {
  it('show counts only, hide cells of 1 and 2 and the totals they would give away, for anyone', async () => {
    const res = await (await api.as(null)).request(PUBLIC, { year: 2025 });
    expect(res.errors).toBeUndefined();
    const r = res.data.publicStatistics as Report;
    const tables = r.sections.flatMap((s) => s.tables);
    expect(tables.map((t) => t.id)).toEqual(['listings.byKind', 'organisations.verifiedByKind', 'ip.byType', 'negotiation.countsByQuarter']);
    expect(tables.flatMap((t) => t.columns.map((c) => c.kind))).not.toContain('MONEY');
    const byKind = table(r, 'listings.byKind');
    expect(byKind.suppressed).toBe(true);
    expect(figures(r, 'listings.byKind')).toEqual({ TECHNOLOGY_OFFER: [[null], [0]], EQUIPMENT_OFFER: [[null], [0]], TECHNOLOGY_REQUEST: [[0], [null]] });
    expect(byKind.total).toMatchObject({ values: [null], previous: [null] });
    expect(figures(r, 'organisations.verifiedByKind')).not.toHaveProperty('INDIVIDUAL');
  });

  it('show cells of 3 and more as they are', async () => {
    const org = await createOrganisation(api.db.prisma, { publishedAt: at('2023-01-05T00:00:00Z') });
    for (let i = 0; i < 3; i++) await createListing(api.db.prisma, org.id, { kind: 'EQUIPMENT_OFFER', publishedAt: at('2023-05-01T00:00:00Z') });
    const r = (await (await api.as(null)).request(PUBLIC, { year: 2023 })).data.publicStatistics as Report;
    expect(figures(r, 'listings.byKind').EQUIPMENT_OFFER).toEqual([[3], [0]]);
    expect(table(r, 'listings.byKind').total).toMatchObject({ values: [3], previous: [0] });
  });

  it('answers 400 naming the year when it is out of range', async () => {
    const res = await (await api.as(null)).request(PUBLIC, { year: 1900 });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});

const SET_FIGURES = `mutation($input: DepartmentFiguresInput!) { setDepartmentFigures(input: $input) {
  __typename ... on DepartmentFigures { year stTasksProvincial eventsSource } ... on InputError { code fieldErrors { field code message } } } }`;
const FIGURES = `query($year: Int!) { departmentFigures(year: $year) { year stTasksNational stTasksSource programmes updatedAt } }`;

const figuresOf = (year: number, base: number) => ({
  year,
  stTasksNational: base,
  stTasksMinisterial: 0,
  stTasksProvincial: base + 26,
  stTasksGrassroots: base + 23,
  stTasksSource: `Báo cáo kết quả hoạt động KH&CN năm ${year}`,
  appraisals: base + 40,
  appraisalsSource: 'Văn bản số 836/UBND-KTTC',
  ipRegistrationsSupported: 60,
  ipSupportSource: 'Phòng Quản lý Công nghệ',
  events: 8,
  eventParticipants: 1200,
  eventsSource: 'Techfest Long An',
  programmes: 2,
  programmesSource: 'Quyết định số 1322/QĐ-TTg',
});

describe('the department’s figures', () => {
  it('are entered per year, replaced when entered again, audited, and shown with their source in that year’s report', async () => {
    for (const input of [figuresOf(2024, 1), figuresOf(2025, 5), figuresOf(2025, 2)]) {
      const res = await moderator.request(SET_FIGURES, { input });
      expect(res.data.setDepartmentFigures).toMatchObject({ __typename: 'DepartmentFigures', year: input.year, stTasksProvincial: input.stTasksProvincial });
    }
    expect((await moderator.request(FIGURES, { year: 2025 })).data.departmentFigures).toMatchObject({ year: 2025, stTasksNational: 2, programmes: 2 });
    expect((await moderator.request(FIGURES, { year: 2023 })).data.departmentFigures).toBeNull();
    const audit = await api.db.prisma.auditEvent.findMany({ where: { action: 'departmentFigures.set', entityId: '2025' }, orderBy: { id: 'asc' } });
    expect(audit).toHaveLength(2);
    expect(audit[1]!.data).toMatchObject({ before: { stTasksNational: 5 }, after: { stTasksNational: 2 } });

    const r = await report(moderator);
    expect(r.sections.at(-1)!.id).toBe('department');
    const tasks = table(r, 'department.stTasks');
    expect(tasks).toMatchObject({ source: 'DEPARTMENT', sourceNote: 'Báo cáo kết quả hoạt động KH&CN năm 2025' });
    expect(figures(r, 'department.stTasks')).toEqual({ NATIONAL: [[2], [1]], MINISTERIAL: [[0], [0]], PROVINCIAL: [[28], [27]], GRASSROOTS: [[25], [24]] });
    expect(tasks.total).toMatchObject({ values: [55], previous: [52] });
    expect(figures(r, 'department.events')).toEqual({ EVENTS: [[8], [8]], PARTICIPANTS: [[1200], [1200]] });
    expect(table(r, 'department.appraisals').sourceNote).toBe('Văn bản số 836/UBND-KTTC');
  });

  it('are unknown (null) in a report of a period that is not one whole calendar year', async () => {
    const res = await moderator.request(REPORT, { from: '2025-01-01T00:00:00+07:00', to: '2025-07-01T00:00:00+07:00' });
    const r = res.data.report as Report;
    for (const id of ['department.stTasks', 'department.appraisals', 'department.ipSupport', 'department.events', 'department.programmes']) {
      const t = table(r, id);
      expect(t.rows.every((row) => row.values[0] === null && row.previous[0] === null), id).toBe(true);
      expect(t.sourceNote).toBeNull();
    }
    expect(table(r, 'department.stTasks').total).toMatchObject({ values: [null], previous: [null] });
  });

  it('refuse negative figures, a missing or too long source and a future year, field by field, and keep what was there', async () => {
    const before = await api.db.prisma.departmentFigures.findUniqueOrThrow({ where: { year: 2025 } });
    const res = await moderator.request(SET_FIGURES, {
      input: { ...figuresOf(2025, 9), stTasksNational: -1, appraisals: null, stTasksSource: '   ', eventsSource: 'x'.repeat(301) },
    });
    const result = res.data.setDepartmentFigures;
    expect(result.__typename).toBe('InputError');
    expect(Object.fromEntries(result.fieldErrors.map((e: { field: string; code: string }) => [e.field, e.code]))).toEqual({
      stTasksNational: 'TOO_SMALL',
      appraisals: 'REQUIRED',
      stTasksSource: 'REQUIRED',
      eventsSource: 'TOO_LONG',
    });
    const future = await moderator.request(SET_FIGURES, { input: figuresOf(new Date().getFullYear() + 2, 1) });
    expect(future.data.setDepartmentFigures.fieldErrors.map((e: { field: string }) => e.field)).toEqual(['year']);
    expect(await api.db.prisma.departmentFigures.findUniqueOrThrow({ where: { year: 2025 } })).toEqual(before);
  });

  it('are the department’s: a seller may neither read nor enter them', async () => {
    expect((await seller.request(SET_FIGURES, { input: figuresOf(2025, 7) })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await seller.request(FIGURES, { year: 2025 })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.db.prisma.departmentFigures.findUniqueOrThrow({ where: { year: 2025 } })).stTasksNational).toBe(2);
  });
});

describe('the report kept between requests', () => {
  it('shows a change on the very next request: a listing added and removed, the department’s figures entered again', async () => {
    const offers = async () => figures(await report(moderator), 'listings.byKind').TECHNOLOGY_OFFER![0][0];
    const before = await offers();
    expect(await offers()).toBe(before);
    const coop = await api.db.prisma.organisation.findFirstOrThrow({ where: { kind: 'COOPERATIVE' } });
    const added = await createListing(api.db.prisma, coop.id, { kind: 'TECHNOLOGY_OFFER', createdAt: at('2025-08-01T00:00:00Z'), publishedAt: at('2025-08-02T00:00:00Z') });
    expect(await offers()).toBe(before! + 1);
    await api.db.prisma.listing.delete({ where: { id: added.id } });
    expect(await offers()).toBe(before);

    const national = async () => figures(await report(moderator), 'department.stTasks').NATIONAL![0][0];
    expect(await national()).toBe(2);
    await moderator.request(SET_FIGURES, { input: figuresOf(2025, 4) });
    expect(await national()).toBe(4);
    await moderator.request(SET_FIGURES, { input: figuresOf(2025, 2) });
    expect(await national()).toBe(2);
  });

  it('lets writers that wrote the tables in opposite orders commit at the same moment (no deadlock at commit)', async () => {
    const [one, two, holder] = [api.db.url, api.db.url, api.db.url].map((connectionString) => new pg.Client({ connectionString }));
    await Promise.all([one!.connect(), two!.connect(), holder!.connect()]);
    try {
      const [a, b] = await api.db.prisma.listing.findMany({ take: 2, orderBy: { id: 'asc' } });
      const audit = `INSERT INTO "AuditEvent" (action, "entityType", "entityId") VALUES ('report.test', 'listing', $1)`;
      const touch = `UPDATE "Listing" SET "updatedAt" = now() WHERE id = $1`;
      const versions = async () => new Map((await api.db.prisma.reportSourceVersion.findMany()).map((r) => [r.table, r.version]));
      const before = await versions();
      await one!.query('BEGIN');
      await one!.query(audit, [a!.id]);
      await one!.query(touch, [a!.id]);
      await two!.query('BEGIN');
      await two!.query(touch, [b!.id]);
      await two!.query(audit, [b!.id]);
      // Both commit while a third holds the page cache's version row: the second writer asks first, so it goes first.
      await holder!.query('BEGIN');
      await holder!.query('SELECT 1 FROM "PublicContentVersion" WHERE id = 1 FOR UPDATE');
      const pause = () => new Promise((r) => setTimeout(r, 150));
      const second = two!.query('COMMIT');
      await pause();
      const first = one!.query('COMMIT');
      await pause();
      await holder!.query('COMMIT');
      await Promise.all([first, second]);
      const after = await versions();
      for (const table of ['AuditEvent', 'Listing']) expect(after.get(table)! - before.get(table)!, table).toBe(2n);
    } finally {
      await Promise.all([one!.end(), two!.end(), holder!.end()]);
    }
  });
});
