// Organisations: registration, review before the profile is public, edits of a published profile, members
// and invitations, verified claims and the public directory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';

const ORG = `__typename
  ... on Organisation { id slug status name canEdit verifiedClaims missingForSubmission members { nodes { email role } }
    decisions { nodes { action comment } } }
  ... on InputError { code fieldErrors { field code message } }`;
const CREATE = `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { ${ORG} } }`;
const UPDATE = `mutation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { ${ORG} } }`;
const SUBMIT = `mutation($id: ID!) { submitOrganisation(id: $id) { ${ORG} } }`;
const REVIEW = `mutation($id: ID!, $r: ReviewInput!) { reviewOrganisation(id: $id, review: $r) { ${ORG} } }`;
const BY_SLUG = `query($s: String!) { organisation(slug: $s) { slug status name phone verifiedClaims } }`;
const INVITE = `mutation($id: ID!, $e: String!) { inviteMember(organisationId: $id, email: $e, role: EDITOR) {
  __typename ... on OrganisationInvitation { email role acceptPath } ... on InputError { code fieldErrors { field code } } } }`;
const ACCEPT = `mutation($t: String!) { acceptInvitation(token: $t) { ${ORG} } }`;
const REMOVE = `mutation($id: ID!, $u: ID!) { removeMember(organisationId: $id, userId: $u) { ${ORG} } }`;
const DIRECTORY = `query($k: [OrganisationKind!]) { organisations(kinds: $k) { totalCount nodes { slug } } }`;

const COMPLETE = {
  nameVi: 'Công ty Cổ phần Cơ khí Xây dựng Thử nghiệm',
  kind: 'ST_ENTERPRISE',
  taxCode: '1100123456',
  stCertificateNumber: '45/DNKHCN',
  descriptionVi: 'Thiết kế, chế tạo băng tải và thanh giằng băng tải cho nhà máy vật liệu xây dựng.',
  addressLine: 'Khu công nghiệp Long Hậu',
  commune: 'Cần Giuộc',
  province: 'Tây Ninh',
  phone: '0272 3826 000',
  fieldCodes: ['202'],
};

let api: ApiApp;
let owner: GraphQLClient;
let moderator: GraphQLClient;
let visitor: GraphQLClient;

beforeAll(async () => {
  api = await startApi();
  await api.db.prisma.fieldOfScience.create({
    data: { code: '2', nameVi: 'Khoa học kỹ thuật và công nghệ', nameEn: 'Engineering and technology', reportField: 'ENGINEERING_TECHNOLOGY' },
  });
  await api.db.prisma.fieldOfScience.create({
    data: { code: '202', parentCode: '2', nameVi: 'Kỹ thuật cơ khí', nameEn: 'Mechanical engineering', reportField: 'ENGINEERING_TECHNOLOGY' },
  });
  const o = await createUser(api.db.prisma);
  const m = await createUser(api.db.prisma, { role: 'MODERATOR' });
  [owner, moderator, visitor] = await Promise.all([api.as(o.email), api.as(m.email), api.as(null)]);
});
afterAll(() => api.close());

async function publishedOrganisation() {
  const created = (await owner.request(CREATE, { input: COMPLETE })).data.createOrganisation;
  expect(created).toMatchObject({ status: 'DRAFT', canEdit: true, missingForSubmission: [] });
  expect((await owner.request(SUBMIT, { id: created.id })).data.submitOrganisation.status).toBe('PENDING_REVIEW');
  expect((await moderator.request(REVIEW, { id: created.id, r: { action: 'APPROVE' } })).data.reviewOrganisation.status).toBe('PUBLISHED');
  return created as { id: string; slug: string };
}

describe('organisations', () => {
  it('are registered by a signed-in person, who becomes the owner, and are public only once approved', async () => {
    const res = await owner.request(CREATE, { input: { nameVi: 'HTX Nông nghiệp Thử nghiệm', kind: 'COOPERATIVE' } });
    const org = res.data.createOrganisation;
    expect(org).toMatchObject({ status: 'DRAFT', canEdit: true, members: { nodes: [{ role: 'OWNER' }] } });
    expect((await visitor.request(BY_SLUG, { s: org.slug })).data.organisation).toBeNull();
    const refused = await owner.request(SUBMIT, { id: org.id });
    expect(refused.data.submitOrganisation.code).toBe('INCOMPLETE');
    expect(refused.data.submitOrganisation.fieldErrors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['descriptionVi', 'addressLine', 'email', 'fieldCodes']),
    );

    const published = await publishedOrganisation();
    expect((await visitor.request(BY_SLUG, { s: published.slug })).data.organisation).toMatchObject({ status: 'PUBLISHED' });
    expect((await visitor.request(DIRECTORY, { k: ['ST_ENTERPRISE'] })).data.organisations.nodes).toEqual([{ slug: published.slug }]);
  });

  it('check each field: tax code format and uniqueness, e-mail, website', async () => {
    const bad = await owner.request(CREATE, { input: { nameVi: 'Công ty X', taxCode: '12345', email: 'khong-hop-le', website: 'javascript:alert(1)' } });
    expect(bad.data.createOrganisation.fieldErrors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
      'email:INVALID_EMAIL', 'taxCode:INVALID_VALUE', 'website:INVALID_VALUE',
    ]);
    const taken = await owner.request(CREATE, { input: { ...COMPLETE, nameVi: 'Công ty Y' } });
    expect(taken.data.createOrganisation.fieldErrors).toEqual([expect.objectContaining({ field: 'taxCode', code: 'TAKEN_TAX_CODE' })]);
  });

  it('keep the published profile while an edit waits for review', async () => {
    const org = await api.db.prisma.organisation.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
    await owner.request(UPDATE, { id: org.id, input: { phone: '0272 9999 999' } });
    expect((await visitor.request(BY_SLUG, { s: org.slug })).data.organisation.phone).toBe('0272 3826 000');
    const queue = await moderator.request(`{ reviewQueue(entityType: "organisation", first: 100) { nodes { organisation { id } revision { changes { field before after } } } } }`);
    expect(queue.errors).toBeUndefined();
    const item = queue.data.reviewQueue.nodes.find((i: { organisation: { id: string } }) => i.organisation.id === org.id);
    expect(item.revision.changes).toEqual([{ field: 'phone', before: '0272 3826 000', after: '0272 9999 999' }]);
    const PENDING = `query($s: String!) { organisation(slug: $s) { pendingRevision { status organisation { phone } } } }`;
    expect((await owner.request(PENDING, { s: org.slug })).data.organisation.pendingRevision).toEqual({
      status: 'PENDING_REVIEW',
      organisation: { phone: '0272 9999 999' },
    });
    expect((await visitor.request(PENDING, { s: org.slug })).data.organisation.pendingRevision).toBeNull();
    // The owner can take the edit back, change it again, and it goes to review again.
    const WITHDRAW = `mutation($id: ID!) { withdrawOrganisation(id: $id) { __typename } }`;
    expect((await owner.request(WITHDRAW, { id: org.id })).data.withdrawOrganisation.__typename).toBe('Organisation');
    expect((await owner.request(PENDING, { s: org.slug })).data.organisation.pendingRevision.status).toBe('DRAFT');
    await owner.request(UPDATE, { id: org.id, input: { phone: '0272 9999 999' } });
    expect((await owner.request(PENDING, { s: org.slug })).data.organisation.pendingRevision.status).toBe('PENDING_REVIEW');
    await moderator.request(REVIEW, { id: org.id, r: { action: 'APPROVE' } });
    expect((await visitor.request(BY_SLUG, { s: org.slug })).data.organisation.phone).toBe('0272 9999 999');
  });

  it('show the department’s verified claims as badges', async () => {
    const org = await api.db.prisma.organisation.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
    const res = await moderator.request(`mutation($id: ID!) { verifyClaim(entityType: "organisation", entityId: $id, claim: ST_CERTIFICATE, note: "Đã đối chiếu bản gốc") {
      __typename ... on ClaimVerification { claim note } } }`, { id: org.id });
    expect(res.data.verifyClaim).toEqual({ __typename: 'ClaimVerification', claim: 'ST_CERTIFICATE', note: 'Đã đối chiếu bản gốc' });
    expect((await visitor.request(BY_SLUG, { s: org.slug })).data.organisation.verifiedClaims).toEqual(['ST_CERTIFICATE']);
  });
});

describe('members', () => {
  it('join by an invitation sent to their own address, once', async () => {
    const org = await api.db.prisma.organisation.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
    const invitee = await createUser(api.db.prisma, { email: 'ky-su@example.vn' });
    const stranger = await createUser(api.db.prisma);
    const invited = await owner.request(INVITE, { id: org.id, e: 'Ky-Su@Example.vn' });
    expect(invited.data.inviteMember).toMatchObject({ email: 'ky-su@example.vn', role: 'EDITOR' });
    const token = invited.data.inviteMember.acceptPath.split('/').pop();
    expect(await api.db.prisma.organisationInvitation.count({ where: { tokenHash: token } })).toBe(0);

    const wrong = await (await api.as(stranger.email)).request(ACCEPT, { t: token });
    expect(wrong.data.acceptInvitation.code).toBe('INVITATION_OTHER_EMAIL');
    const joined = await (await api.as(invitee.email)).request(ACCEPT, { t: token });
    expect(joined.data.acceptInvitation).toMatchObject({ __typename: 'Organisation', id: org.id });
    const again = await (await api.as(invitee.email)).request(ACCEPT, { t: token });
    expect(again.data.acceptInvitation.code).toBe('INVITATION_INVALID');

    const members = (await owner.request(`query($s: String!) { organisation(slug: $s) { members { nodes { email role } } } }`, { s: org.slug })).data
      .organisation.members.nodes;
    expect(members.map((m: { email: string; role: string }) => `${m.email}:${m.role}`)).toContain('ky-su@example.vn:EDITOR');
    const dup = await owner.request(INVITE, { id: org.id, e: 'ky-su@example.vn' });
    expect(dup.data.inviteMember.fieldErrors).toEqual([{ field: 'email', code: 'ALREADY_MEMBER' }]);
  });

  it('cannot leave an organisation without an owner', async () => {
    const org = await api.db.prisma.organisation.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
    const ownerRow = await api.db.prisma.membership.findFirstOrThrow({ where: { organisationId: org.id, role: 'OWNER' } });
    const res = await owner.request(REMOVE, { id: org.id, u: ownerRow.userId });
    expect(res.data.removeMember.code).toBe('LAST_OWNER');
    expect(await api.db.prisma.membership.count({ where: { organisationId: org.id, role: 'OWNER' } })).toBe(1);
  });
});
