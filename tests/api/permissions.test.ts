// Every operation × every role: each call a role may not make is refused with a clear code (UNAUTHENTICATED
// or FORBIDDEN) and changes nothing in the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';

type Role = 'visitor' | 'buyer' | 'otherSeller' | 'editor' | 'owner' | 'moderator' | 'admin';
const ROLES: Role[] = ['visitor', 'buyer', 'otherSeller', 'editor', 'owner', 'moderator', 'admin'];
const MEMBERS: Role[] = ['editor', 'owner'];
const STAFF: Role[] = ['moderator', 'admin'];
const SIGNED_IN: Role[] = ROLES.filter((r) => r !== 'visitor');

let api: ApiApp;
const clients = {} as Record<Role, GraphQLClient>;
const ids = {} as Record<'org' | 'editorUser' | 'draft' | 'pending' | 'published' | 'order' | 'equipment' | 'offer' | 'inquiry' | 'deal', string>;

interface Operation {
  name: string;
  allowed: Role[];
  query: string;
  variables: () => Record<string, unknown>;
}

const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
const REVIEW = { action: 'REJECT', reason: 'OTHER', comment: 'Không phù hợp.' };

const OPERATIONS: Operation[] = [
  { name: 'createListing', allowed: MEMBERS, query: `mutation($o: ID!) { createListing(organisationId: $o, kind: EQUIPMENT_OFFER, input: { titleVi: "Máy sấy thanh long" }) { __typename } }`, variables: () => ({ o: ids.org }) },
  { name: 'updateListing', allowed: MEMBERS, query: `mutation($id: ID!) { updateListing(id: $id, input: { trl: 5 }) { __typename } }`, variables: () => ({ id: ids.draft }) },
  { name: 'setListingIpTitles', allowed: MEMBERS, query: `mutation($id: ID!) { setListingIpTitles(id: $id, ipTitles: [{ type: PATENT, status: GRANTED, title: "Bằng", ownerName: "Cty" }]) { __typename } }`, variables: () => ({ id: ids.draft }) },
  { name: 'submitListing', allowed: MEMBERS, query: `mutation($id: ID!) { submitListing(id: $id) { __typename } }`, variables: () => ({ id: ids.draft }) },
  { name: 'withdrawListing', allowed: MEMBERS, query: `mutation($id: ID!) { withdrawListing(id: $id) { __typename } }`, variables: () => ({ id: ids.pending }) },
  { name: 'archiveListing', allowed: MEMBERS, query: `mutation($id: ID!) { archiveListing(id: $id) { __typename } }`, variables: () => ({ id: ids.published }) },
  { name: 'renewListing', allowed: MEMBERS, query: `mutation($id: ID!, $u: DateTime!) { renewListing(id: $id, validUntil: $u) { __typename } }`, variables: () => ({ id: ids.published, u: inAYear }) },
  { name: 'reviewListing', allowed: STAFF, query: `mutation($id: ID!, $r: ReviewInput!) { reviewListing(id: $id, review: $r) { __typename } }`, variables: () => ({ id: ids.pending, r: REVIEW }) },
  { name: 'unpublishListing', allowed: STAFF, query: `mutation($id: ID!, $r: ReviewInput!) { unpublishListing(id: $id, review: $r) { __typename } }`, variables: () => ({ id: ids.published, r: { ...REVIEW, action: 'UNPUBLISH' } }) },
  { name: 'verifyClaim', allowed: STAFF, query: `mutation($id: ID!) { verifyClaim(entityType: "listing", entityId: $id, claim: TRL_EVIDENCE) { __typename } }`, variables: () => ({ id: ids.published }) },
  { name: 'unverifyClaim', allowed: STAFF, query: `mutation($id: ID!) { unverifyClaim(entityType: "listing", entityId: $id, claim: TRL_EVIDENCE) }`, variables: () => ({ id: ids.published }) },
  { name: 'reviewQueue', allowed: STAFF, query: `{ reviewQueue { nodes { entityType } } }`, variables: () => ({}) },
  { name: 'myListings', allowed: SIGNED_IN, query: `{ myListings { nodes { id } } }`, variables: () => ({}) },
  { name: 'createOrganisation', allowed: SIGNED_IN, query: `mutation { createOrganisation(input: { nameVi: "Công ty TNHH Thử nghiệm", kind: ENTERPRISE }) { __typename } }`, variables: () => ({}) },
  { name: 'updateOrganisation', allowed: ['owner'], query: `mutation($id: ID!) { updateOrganisation(id: $id, input: { phone: "0272 3826 000" }) { __typename } }`, variables: () => ({ id: ids.org }) },
  { name: 'submitOrganisation', allowed: ['owner'], query: `mutation($id: ID!) { submitOrganisation(id: $id) { __typename } }`, variables: () => ({ id: ids.org }) },
  { name: 'withdrawOrganisation', allowed: ['owner'], query: `mutation($id: ID!) { withdrawOrganisation(id: $id) { __typename } }`, variables: () => ({ id: ids.org }) },
  // Before removeMember: the editor must still be a member here.
  { name: 'startFeaturedPlacement', allowed: MEMBERS, query: `mutation($id: ID!) { startFeaturedPlacement(listingId: $id) { __typename } }`, variables: () => ({ id: ids.published }) },
  { name: 'startEquipmentDeposit', allowed: SIGNED_IN, query: `mutation($id: ID!) { startEquipmentDeposit(listingId: $id) { __typename } }`, variables: () => ({ id: ids.equipment }) },
  { name: 'declineReservation', allowed: MEMBERS, query: `mutation($id: ID!) { declineReservation(orderId: $id, note: "Không bán") { __typename } }`, variables: () => ({ id: ids.order }) },
  { name: 'confirmReservation', allowed: MEMBERS, query: `mutation($id: ID!) { confirmReservation(orderId: $id) { __typename } }`, variables: () => ({ id: ids.order }) },
  { name: 'organisationOrders', allowed: [...MEMBERS, ...STAFF], query: `query($o: ID!) { organisationOrders(organisationId: $o) { nodes { id } } }`, variables: () => ({ o: ids.org }) },
  { name: 'myOrders', allowed: SIGNED_IN, query: `{ myOrders { nodes { id } } }`, variables: () => ({}) },
  // Before removeMember, which takes the editor out of the organisation.
  ...inquiryOperations(),
  { name: 'inviteMember', allowed: ['owner'], query: `mutation($id: ID!) { inviteMember(organisationId: $id, email: "moi@example.vn", role: EDITOR) { __typename } }`, variables: () => ({ id: ids.org }) },
  { name: 'removeMember', allowed: ['owner'], query: `mutation($id: ID!, $u: ID!) { removeMember(organisationId: $id, userId: $u) { __typename } }`, variables: () => ({ id: ids.org, u: ids.editorUser }) },
  { name: 'reviewOrganisation', allowed: STAFF, query: `mutation($id: ID!, $r: ReviewInput!) { reviewOrganisation(id: $id, review: $r) { __typename } }`, variables: () => ({ id: ids.org, r: REVIEW }) },
  { name: 'notifications', allowed: SIGNED_IN, query: `{ notifications { unreadCount nodes { id } } }`, variables: () => ({}) },
  { name: 'markNotificationsRead', allowed: SIGNED_IN, query: `mutation { markNotificationsRead(ids: ["00000000-0000-4000-8000-000000000000"]) { __typename } }`, variables: () => ({}) },
  { name: 'resendEmailVerification', allowed: SIGNED_IN, query: `mutation { resendEmailVerification { __typename } }`, variables: () => ({}) },
  { name: 'requestEmailChange', allowed: SIGNED_IN, query: `mutation { requestEmailChange(input: { newEmail: "moi-hon@example.vn", currentPassword: "sai" }) { __typename } }`, variables: () => ({}) },
  { name: 'markAllNotificationsRead', allowed: SIGNED_IN, query: `mutation { markAllNotificationsRead { marked } }`, variables: () => ({}) },
  { name: 'notificationPreferences', allowed: SIGNED_IN, query: `{ notificationPreferences { type email } }`, variables: () => ({}) },
  { name: 'setNotificationPreferences', allowed: SIGNED_IN, query: `mutation { setNotificationPreferences(emailOff: ["deal.survey"]) { __typename } }`, variables: () => ({}) },
  { name: 'searchDemand', allowed: STAFF, query: `query($f: DateTime!, $t: DateTime!) { searchDemand(from: $f, to: $t) { nodes { term } } }`, variables: () => ({ f: '2026-01-01T00:00:00Z', t: inAYear }) },
  { name: 'report', allowed: STAFF, query: `{ report(from: "2025-01-01T00:00:00+07:00", to: "2026-01-01T00:00:00+07:00") { from sections { id } } }`, variables: () => ({}) },
  { name: 'departmentFigures', allowed: STAFF, query: `{ departmentFigures(year: 2025) { year } }`, variables: () => ({}) },
  {
    name: 'setDepartmentFigures',
    allowed: STAFF,
    query: `mutation { setDepartmentFigures(input: { year: 2025, stTasksNational: 1, stTasksMinisterial: 0, stTasksProvincial: 27, stTasksGrassroots: 24,
      stTasksSource: "Báo cáo năm", appraisals: 40, appraisalsSource: "Sở", ipRegistrationsSupported: 60, ipSupportSource: "Sở", events: 8,
      eventParticipants: 900, eventsSource: "Sở", programmes: 2, programmesSource: "Sở" }) { __typename } }`,
    variables: () => ({}),
  },
  { name: 'bookmarks', allowed: SIGNED_IN, query: `{ bookmarks { nodes { id } } }`, variables: () => ({}) },
  { name: 'bookmark', allowed: SIGNED_IN, query: `mutation($l: ID!) { bookmark(listingId: $l) { __typename } }`, variables: () => ({ l: ids.published }) },
  { name: 'removeBookmark', allowed: SIGNED_IN, query: `mutation($l: ID!) { removeBookmark(listingId: $l) { __typename } }`, variables: () => ({ l: ids.published }) },
];

// Inquiries on the organisation's offer are the buyer's (requester side) and the organisation's (owner side).
function inquiryOperations(): Operation[] {
  const PARTIES: Role[] = ['buyer', ...MEMBERS];
  const ASK = `{ listingId: $l, message: "Xin thông tin chuyển giao và giá.", intendedUse: "Sản xuất thử", organisationName: "HTX Dương Xuân" }`;
  const DEAL = `{ transferObjects: [KNOW_HOW], transferForm: STANDALONE_CONTRACT, transferModes: [DOCUMENTS], valueVnd: 100000000, signedOn: "2024-05-02",
    rights: { kind: RIGHT_OF_USE, exclusive: false, territory: "Tây Ninh", sublicensing: false }, crossBorder: false, stateFunded: false }`;
  const inquiry = () => ({ id: ids.inquiry });
  return [
    { name: 'openInquiry', allowed: ['buyer', 'otherSeller', ...STAFF], query: `mutation($l: ID!) { openInquiry(input: ${ASK}) { __typename } }`, variables: () => ({ l: ids.offer }) },
    { name: 'replyToInquiry', allowed: PARTIES, query: `mutation($id: ID!) { replyToInquiry(id: $id, body: "Xin chào") { __typename } }`, variables: inquiry },
    { name: 'requestNda', allowed: PARTIES, query: `mutation($id: ID!) { requestNda(id: $id) { __typename } }`, variables: inquiry },
    { name: 'acceptNda', allowed: PARTIES, query: `mutation($id: ID!) { acceptNda(id: $id, version: 1) { __typename } }`, variables: inquiry },
    { name: 'declineInquiry', allowed: MEMBERS, query: `mutation($id: ID!) { declineInquiry(id: $id, input: { reason: PRICE }) { __typename } }`, variables: inquiry },
    { name: 'withdrawInquiry', allowed: ['buyer'], query: `mutation($id: ID!) { withdrawInquiry(id: $id) { __typename } }`, variables: inquiry },
    { name: 'recordDeal', allowed: MEMBERS, query: `mutation($id: ID!) { recordDeal(inquiryId: $id, input: ${DEAL}) { __typename } }`, variables: inquiry },
    { name: 'answerDealSurvey', allowed: PARTIES, query: `mutation($id: ID!) { answerDealSurvey(dealId: $id, input: { implemented: true, satisfaction: 4 }) { __typename } }`, variables: () => ({ id: ids.deal }) },
    { name: 'myInquiries', allowed: SIGNED_IN, query: `{ myInquiries { nodes { id } } }`, variables: () => ({}) },
    { name: 'organisationInquiries', allowed: [...MEMBERS, ...STAFF], query: `query($o: ID!) { organisationInquiries(organisationId: $o) { nodes { id } } }`, variables: () => ({ o: ids.org }) },
    { name: 'organisationDeals', allowed: [...MEMBERS, ...STAFF], query: `query($o: ID!) { organisationDeals(organisationId: $o) { nodes { id } } }`, variables: () => ({ o: ids.org }) },
    { name: 'dealStats', allowed: STAFF, query: `{ dealStats { deals } }`, variables: () => ({}) },
  ];
}

// Everything a refused call could have touched (sessions are left out: signing in is not the operation).
const TABLES = ['Listing', 'Organisation', 'Membership', 'Revision', 'ModerationDecision', 'ClaimVerification', 'OrganisationInvitation', 'IpTitle', 'Outbox', 'AuditEvent', 'Notification', 'EmailOutbox', 'Order', 'Payment', 'Deal', 'Inquiry', 'InquiryMessage', 'InquiryAttachment', 'NdaAcceptance', 'DealSurvey', 'Bookmark'];

async function snapshot(): Promise<string> {
  const parts = await Promise.all(
    TABLES.map((t) =>
      api.db.prisma.$queryRawUnsafe<{ h: string | null }[]>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${t}" t`),
    ),
  );
  return parts.map((p, i) => `${TABLES[i]}=${p[0].h}`).join(' ');
}

beforeAll(async () => {
  api = await startApi();
  const prisma = api.db.prisma;
  const org = await createOrganisation(prisma, { status: 'PENDING_REVIEW' });
  const other = await createOrganisation(prisma);
  const users = {
    buyer: await createUser(prisma),
    otherSeller: await createUser(prisma),
    editor: await createUser(prisma),
    owner: await createUser(prisma),
    moderator: await createUser(prisma, { role: 'MODERATOR' }),
    admin: await createUser(prisma, { role: 'ADMIN' }),
  };
  await addMember(prisma, users.owner.id, org.id, 'OWNER');
  await addMember(prisma, users.editor.id, org.id, 'EDITOR');
  await addMember(prisma, users.otherSeller.id, other.id, 'OWNER');
  ids.org = org.id;
  ids.editorUser = users.editor.id;
  ids.draft = (await createListing(prisma, org.id, { status: 'DRAFT', publishedAt: null })).id;
  ids.pending = (await createListing(prisma, org.id, { status: 'PENDING_REVIEW', publishedAt: null })).id;
  ids.published = (await createListing(prisma, org.id, { validUntil: new Date(Date.now() + 30 * 86_400_000) })).id;
  ids.equipment = (await createListing(prisma, org.id, { kind: 'EQUIPMENT_OFFER', priceType: 'FIXED', priceMin: 90_000_000n })).id;
  ids.order = (await prisma.order.create({
    data: { kind: 'EQUIPMENT_DEPOSIT', status: 'PAID', listingId: ids.published, userId: users.buyer.id, amountVnd: 9_000_000n, days: 14, startsAt: new Date(), endsAt: new Date(Date.now() + 86_400_000) },
  })).id;
  ids.offer = (await createListing(prisma, org.id)).id;
  // An inquiry in discussion, and an agreed one whose deal's survey has been sent.
  const asked = { direction: 'INQUIRY' as const, ownerOrganisationId: org.id, requesterId: users.buyer.id, message: 'Xin báo giá chuyển giao.' };
  ids.inquiry = (await prisma.inquiry.create({ data: { ...asked, listingId: ids.published, status: 'IN_DISCUSSION' } })).id;
  const agreed = await prisma.inquiry.create({ data: { ...asked, listingId: ids.equipment, status: 'AGREED' } });
  ids.deal = (await prisma.deal.create({
    data: {
      inquiryId: agreed.id, listingId: ids.equipment, sellerOrganisationId: org.id, buyerUserId: users.buyer.id, transferForm: 'STANDALONE_CONTRACT',
      valueVnd: 90_000_000n, signedOn: new Date('2024-05-02'), surveyDueAt: new Date('2024-11-02'), recordedById: users.owner.id,
      surveys: { create: [{ side: 'REQUESTER', sentAt: new Date() }, { side: 'OWNER', sentAt: new Date() }] },
    },
  })).id;
  clients.visitor = await api.as(null);
  for (const role of SIGNED_IN) clients[role] = await api.as(users[role as keyof typeof users].email);
});
afterAll(() => api.close());

describe('who may do what', () => {
  for (const op of OPERATIONS) {
    const refused = ROLES.filter((r) => !op.allowed.includes(r));
    it(`${op.name}: refused to ${refused.join(', ')}, changing nothing`, async () => {
      for (const role of refused) {
        const before = await snapshot();
        const res = await clients[role].request(op.query, op.variables());
        const code = res.errors?.[0]?.extensions?.code;
        expect(code, `${op.name} as ${role}`).toBe(role === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        expect(res.errors?.[0]?.message, `${op.name} as ${role}`).toMatch(/đăng nhập|không có quyền/);
        expect(await snapshot(), `${op.name} as ${role} changed data`).toBe(before);
      }
    });
  }

  it('lets each allowed role through the checks (the answer may still be a typed refusal of the state)', async () => {
    for (const op of OPERATIONS) {
      for (const role of op.allowed) {
        const res = await clients[role].request(op.query, op.variables());
        expect(res.errors, `${op.name} as ${role}: ${JSON.stringify(res.errors)}`).toBeUndefined();
      }
    }
  });

  it('hides unpublished listings from people outside the organisation without an error', async () => {
    for (const role of ['visitor', 'buyer', 'otherSeller'] as Role[]) {
      const res = await clients[role].request(`query($id: ID!) { listingById(id: $id) { id } }`, { id: ids.draft });
      expect(res.data.listingById, role).toBeNull();
    }
  });
});
