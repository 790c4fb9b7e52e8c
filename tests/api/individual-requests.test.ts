// A person without an organisation posts a technology request as an individual: their requester profile is made
// once, never public, never in the directory or the search; they may post requests only; the department reviews
// the request like any other, and proposals reach the person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';

const LISTING = `__typename
  ... on Listing { id kind status hideOrganisation postedByIndividual organisation { id slug kind name status } }
  ... on InputError { code message fieldErrors { field code message } }`;
const POST_PERSONAL = `mutation($input: ListingInput!) { createPersonalRequest(input: $input) { ${LISTING} } }`;
const CREATE = `mutation($org: ID!, $kind: ListingKind!, $input: ListingInput!) {
  createListing(organisationId: $org, kind: $kind, input: $input) { ${LISTING} } }`;
const UPDATE = `mutation($id: ID!, $input: ListingInput!) { updateListing(id: $id, input: $input) { ${LISTING} } }`;
const SUBMIT = `mutation($id: ID!) { submitListing(id: $id) { ${LISTING} } }`;
const REVIEW = `mutation($id: ID!, $r: ReviewInput!) { reviewListing(id: $id, review: $r) { ${LISTING} } }`;
const QUEUE = `{ reviewQueue(first: 100) { nodes { entityType listing { id organisation { kind name } } organisation { id kind } } } }`;
const BY_ID = `query($id: ID!) { listingById(id: $id) { id status postedByIndividual organisation { id name } } }`;
const ME = `{ me { isSeller memberships { role organisation { id slug kind name status } } } }`;
const ORG = `query($s: String!) { organisation(slug: $s) { id kind } }`;
const DIRECTORY = `query($k: [OrganisationKind!]) { organisations(kinds: $k) { totalCount nodes { id kind } } }`;
const SUBMIT_ORG = `mutation($id: ID!) { submitOrganisation(id: $id) { __typename ... on InputError { code message } } }`;
const CREATE_ORG = `mutation($input: OrganisationInput!) { createOrganisation(input: $input) {
  __typename ... on Organisation { id kind status } ... on InputError { code fieldErrors { field code } } } }`;
const SEARCH = `query($q: String) { search(query: $q) { totalCount matching { complete } nodes { entity { __typename ... on Listing { id } ... on Organisation { id } } } } }`;
const OPEN = `mutation($input: OpenInquiryInput!) { openInquiry(input: $input) {
  __typename ... on Inquiry { id status } ... on InputError { code fieldErrors { field code } } } }`;

const COMPLETE = {
  summaryVi: 'Cần công nghệ sấy chuối quy mô hộ gia đình, giữ màu vàng tự nhiên, công suất 50 kg/mẻ.',
  fieldCode: '401',
  keywords: ['sấy chuối', 'hộ gia đình'],
  validUntil: new Date(Date.now() + 180 * 86_400_000).toISOString(),
  request: {
    problem: 'Chuối sấy bằng nắng bị thâm và không đều, mất nhiều công đảo trở.',
    currentSolution: 'Phơi nắng trên giàn tre, 3 ngày mỗi mẻ.',
    requiredSpecs: ['Công suất 50 kg tươi/mẻ', 'Điện một pha'],
    responseDeadline: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
    partnerTypes: ['ANY'],
  },
};

let api: ApiApp;
let person: GraphQLClient;
let personName: string;
let moderator: GraphQLClient;
let visitor: GraphQLClient;
let seller: GraphQLClient;
let vendorOrgId: string;

beforeAll(async () => {
  api = await startApi();
  personName = 'Nguyễn Thị Sấy Chuối';
  const p = await createUser(api.db.prisma, { displayName: personName });
  const m = await createUser(api.db.prisma, { role: 'MODERATOR' });
  const s = await createUser(api.db.prisma);
  const vendor = await createOrganisation(api.db.prisma, { kind: 'ENTERPRISE' });
  vendorOrgId = vendor.id;
  await addMember(api.db.prisma, s.id, vendor.id);
  [person, moderator, visitor, seller] = await Promise.all([api.as(p.email), api.as(m.email), api.as(null), api.as(s.email)]);
});
afterAll(() => api.close());

describe('a technology request posted as an individual', () => {
  let requestId: string;
  let profileSlug: string;

  it('makes the person a requester profile of kind INDIVIDUAL, named after the account, once', async () => {
    const before = (await person.request(ME)).data.me;
    expect(before).toMatchObject({ isSeller: false, memberships: [] });

    const first = (await person.request(POST_PERSONAL, { input: { titleVi: 'Cần công nghệ sấy chuối giữ màu tự nhiên' } })).data.createPersonalRequest;
    expect(first).toMatchObject({ __typename: 'Listing', kind: 'TECHNOLOGY_REQUEST', status: 'DRAFT', hideOrganisation: true, postedByIndividual: true });
    expect(first.organisation).toMatchObject({ kind: 'INDIVIDUAL', name: personName, status: 'DRAFT' });
    requestId = first.id;
    profileSlug = first.organisation.slug;
    expect(profileSlug).not.toMatch(/nguyen|say-chuoi/); // the address of the profile does not spell the person's name

    const second = (await person.request(POST_PERSONAL, { input: { titleVi: 'Cần máy thái lát chuối đều' } })).data.createPersonalRequest;
    expect(second.organisation.id).toBe(first.organisation.id);
    const me = (await person.request(ME)).data.me;
    expect(me.memberships).toEqual([{ role: 'OWNER', organisation: expect.objectContaining({ kind: 'INDIVIDUAL' }) }]);
  });

  it('is for signed-in people only', async () => {
    const res = await visitor.request(POST_PERSONAL, { input: { titleVi: 'Cần công nghệ sấy chuối' } });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a blank title with a field error, and makes no profile for it', async () => {
    const someone = await createUser(api.db.prisma);
    const client = await api.as(someone.email);
    const res = (await client.request(POST_PERSONAL, { input: { titleVi: '' } })).data.createPersonalRequest;
    expect(res.__typename).toBe('InputError');
    expect(res.fieldErrors.map((e: { field: string }) => e.field)).toContain('titleVi');
    expect((await client.request(ME)).data.me.memberships).toEqual([]);
  });

  it('refuses an offer from an individual, with a message that says how to offer instead (vi and en)', async () => {
    const me = (await person.request(ME)).data.me;
    const profileId = me.memberships[0].organisation.id;
    for (const kind of ['TECHNOLOGY_OFFER', 'EQUIPMENT_OFFER']) {
      const res = (await person.request(CREATE, { org: profileId, kind, input: { titleVi: 'Máy sấy chuối đã qua sử dụng' } })).data.createListing;
      expect(res).toMatchObject({ __typename: 'InputError', code: 'INDIVIDUAL_REQUESTS_ONLY' });
      expect(res.fieldErrors[0]).toMatchObject({ field: 'kind', code: 'INDIVIDUAL_REQUESTS_ONLY' });
      expect(res.message).toContain('Cá nhân chỉ được đăng nhu cầu công nghệ');
    }
    person.cookies.set('lang', 'en');
    const en = (await person.request(CREATE, { org: profileId, kind: 'EQUIPMENT_OFFER', input: { titleVi: 'Máy sấy' } })).data.createListing;
    person.cookies.delete('lang');
    expect(en.message).toContain('Individuals can post technology requests only');
    // The refused offers left nothing behind.
    expect(await api.db.prisma.listing.count({ where: { organisationId: profileId, kind: { not: 'TECHNOLOGY_REQUEST' } } })).toBe(0);
  });

  it('keeps the profile personal: not editable, not submitted for review, not registrable by hand', async () => {
    const me = (await person.request(ME)).data.me;
    const refused = (await person.request(SUBMIT_ORG, { id: me.memberships[0].organisation.id })).data.submitOrganisation;
    expect(refused).toMatchObject({ __typename: 'InputError', code: 'PERSONAL_PROFILE' });
    const byHand = (await person.request(CREATE_ORG, { input: { nameVi: 'Tôi tự đăng ký', kind: 'INDIVIDUAL' } })).data.createOrganisation;
    expect(byHand).toMatchObject({ __typename: 'InputError', fieldErrors: [{ field: 'kind', code: 'INVALID_VALUE' }] });
  });

  it('goes to the department when submitted, and is published by its approval without the person’s name', async () => {
    const saved = (await person.request(UPDATE, { id: requestId, input: { ...COMPLETE, hideOrganisation: false } })).data.updateListing;
    expect(saved).toMatchObject({ __typename: 'Listing', hideOrganisation: true }); // the name stays hidden whatever is sent
    expect((await person.request(SUBMIT, { id: requestId })).data.submitListing.status).toBe('PENDING_REVIEW');

    const queue = (await moderator.request(QUEUE)).data.reviewQueue.nodes;
    const item = queue.find((i: { listing: { id: string } | null }) => i.listing?.id === requestId);
    expect(item).toMatchObject({ entityType: 'listing', listing: { organisation: { kind: 'INDIVIDUAL', name: personName } } });
    // The profile itself never waits in the queue.
    expect(queue.some((i: { organisation: { kind: string } | null }) => i.organisation?.kind === 'INDIVIDUAL')).toBe(false);

    const approved = (await moderator.request(REVIEW, { id: requestId, r: { action: 'APPROVE' } })).data.reviewListing;
    expect(approved).toMatchObject({ __typename: 'Listing', status: 'PUBLISHED' });

    const seen = (await visitor.request(BY_ID, { id: requestId })).data.listingById;
    expect(seen).toMatchObject({ status: 'PUBLISHED', postedByIndividual: true, organisation: null });
    // The person got the department's decision.
    const me = (await person.request(`{ notifications(first: 10) { nodes { type } } }`)).data;
    expect(JSON.stringify(me)).toContain('listing.decision');
  });

  it('is not in the directory, nor the search, and its profile page is the person’s alone', async () => {
    expect((await visitor.request(ORG, { s: profileSlug })).data.organisation).toBeNull();
    expect((await seller.request(ORG, { s: profileSlug })).data.organisation).toBeNull();
    expect((await person.request(ORG, { s: profileSlug })).data.organisation).toMatchObject({ kind: 'INDIVIDUAL' });
    // Even if the profile were ever marked published, the directory leaves it out.
    await api.db.prisma.organisation.update({ where: { slug: profileSlug }, data: { status: 'PUBLISHED' } });
    const all = (await visitor.request(DIRECTORY, {})).data.organisations.nodes.map((o: { kind: string }) => o.kind);
    expect(all).not.toContain('INDIVIDUAL');
    expect((await visitor.request(DIRECTORY, { k: ['INDIVIDUAL'] })).data.organisations.totalCount).toBe(0);
    expect((await visitor.request(ORG, { s: profileSlug })).data.organisation).toBeNull();
    await api.db.prisma.organisation.update({ where: { slug: profileSlug }, data: { status: 'DRAFT' } });

    await api.app.searchWorker.drain();
    // No item holds the person's name: at most items holding some of its words (partial matching).
    const byName = (await visitor.request(SEARCH, { q: 'Nguyễn Thị Sấy Chuối' })).data.search;
    expect(byName.matching.complete).toBe(false);
    const byTopic = (await visitor.request(SEARCH, { q: 'sấy chuối' })).data.search;
    expect(byTopic.nodes.map((h: { entity: { id: string } }) => h.entity.id)).toContain(requestId);
  });

  it('receives proposals from organisations; the person cannot propose as their requester profile', async () => {
    const proposal = (await seller.request(OPEN, {
      input: { listingId: requestId, organisationId: vendorOrgId, message: 'Chúng tôi có máy sấy bơm nhiệt 50 kg/mẻ phù hợp.' },
    })).data.openInquiry;
    expect(proposal).toMatchObject({ __typename: 'Inquiry', status: 'OPEN' });
    const told = (await person.request(`{ notifications(first: 10) { nodes { type } } }`)).data;
    expect(JSON.stringify(told)).toContain('inquiry.new');

    const other = await createOrganisation(api.db.prisma, { kind: 'ENTERPRISE' });
    const theirs = await api.db.prisma.listing.create({
      data: {
        slug: 'nhu-cau-khac', kind: 'TECHNOLOGY_REQUEST', status: 'PUBLISHED', publishedAt: new Date(), organisationId: other.id,
        titleVi: 'Cần công nghệ xử lý nước thải', summaryVi: 'Xử lý nước thải chế biến.', fieldCode: '401', province: 'Tây Ninh',
      },
    });
    const me = (await person.request(ME)).data.me;
    const asProfile = (await person.request(OPEN, {
      input: { listingId: theirs.id, organisationId: me.memberships[0].organisation.id, message: 'Tôi có giải pháp lọc sinh học.' },
    })).data.openInquiry;
    expect(asProfile).toMatchObject({ __typename: 'InputError', fieldErrors: [{ field: 'organisationId', code: 'INVALID_VALUE' }] });
  });

  it('lets a household business register like any organisation, reviewed by the department', async () => {
    const res = (await person.request(CREATE_ORG, { input: { nameVi: 'Hộ kinh doanh Chuối sấy Bà Năm', kind: 'HOUSEHOLD_BUSINESS' } })).data
      .createOrganisation;
    expect(res).toMatchObject({ __typename: 'Organisation', kind: 'HOUSEHOLD_BUSINESS', status: 'DRAFT' });
  });
});
