// A listing's life through the API: drafting with field-level errors, submission with what is missing,
// review with comments, publication, edits of the published version, archiving, unpublishing and expiry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiApp } from '../support/api-app.ts';
import { COMPLETE_TECHNOLOGY_OFFER, inDays, listingTeam } from '../support/listing-team.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { systemContext } from '../../server/lib/request-context.ts';

const LISTING = `id slug status title titleVi summaryVi trl missingForSubmission price { type min max }
    technology { problemSolved advantages transferForms rights { kind exclusive territory } }
    pendingRevision { status changes { field before after } }
    decisions { nodes { action reason comment fieldComments { field comment } onRevision } }`;
const RESULT = `__typename
  ... on Listing { ${LISTING} }
  ... on InputError { code message fieldErrors { field code message } }`;
const CREATE = `mutation($org: ID!, $input: ListingInput!) { createListing(organisationId: $org, kind: TECHNOLOGY_OFFER, input: $input) { ${RESULT} } }`;
const UPDATE = `mutation($id: ID!, $input: ListingInput!) { updateListing(id: $id, input: $input) { ${RESULT} } }`;
const SUBMIT = `mutation($id: ID!) { submitListing(id: $id) { ${RESULT} } }`;
const REVIEW = `mutation($id: ID!, $review: ReviewInput!) { reviewListing(id: $id, review: $review) { ${RESULT} } }`;
const UNPUBLISH = `mutation($id: ID!, $review: ReviewInput!) { unpublishListing(id: $id, review: $review) { ${RESULT} } }`;
const ARCHIVE = `mutation($id: ID!) { archiveListing(id: $id) { ${RESULT} } }`;
const RENEW = `mutation($id: ID!, $until: DateTime!) { renewListing(id: $id, validUntil: $until) { ${RESULT} } }`;
const BY_ID = `query($id: ID!) { listingById(id: $id) { ${LISTING} } }`;
const PUBLIC = `query($slug: String!) { listing(slug: $slug) { status title summaryVi } }`;

const COMPLETE = COMPLETE_TECHNOLOGY_OFFER;

let api: ApiApp;
let seller: GraphQLClient;
let moderator: GraphQLClient;
let visitor: GraphQLClient;
let orgId: string;

beforeAll(async () => {
  api = await startApi();
  ({ orgId, seller, moderator, visitor } = await listingTeam(api));
});
afterAll(() => api.close());

async function draft(): Promise<string> {
  const res = await seller.request(CREATE, { org: orgId, input: { titleVi: 'Công nghệ chiết xuất tinh dầu Mù U' } });
  expect(res.data.createListing).toMatchObject({ __typename: 'Listing', status: 'DRAFT' });
  return res.data.createListing.id;
}

async function published(): Promise<{ id: string; slug: string }> {
  const id = await draft();
  await seller.request(UPDATE, { id, input: COMPLETE });
  expect((await seller.request(SUBMIT, { id })).data.submitListing.status).toBe('PENDING_REVIEW');
  const res = await moderator.request(REVIEW, { id, review: { action: 'APPROVE' } });
  expect(res.data.reviewListing.status).toBe('PUBLISHED');
  return { id, slug: res.data.reviewListing.slug };
}

describe('drafting', () => {
  it('answers bad values field by field and saves none of them', async () => {
    const id = await draft();
    const res = await seller.request(UPDATE, {
      id,
      input: {
        trl: 12,
        price: { type: 'RANGE', min: 500_000_000, max: 100_000_000 },
        validUntil: inDays(-1),
        fieldCode: '4',
        keywords: ['x'],
        technology: { royaltyPercent: 140 },
      },
    });
    const errors = res.data.updateListing.fieldErrors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
    expect(errors).toEqual(
      expect.arrayContaining(['trl:TOO_LARGE', 'fieldCode:INVALID_VALUE', 'keywords.0:TOO_SHORT', 'technology.royaltyPercent:TOO_LARGE']),
    );
    expect(res.data.updateListing.fieldErrors.find((e: { field: string }) => e.field === 'trl').message).toBe(
      'Mức sẵn sàng công nghệ (TRL) tối đa là 9.',
    );
    const again = await seller.request(UPDATE, { id, input: { price: { type: 'RANGE', min: 500_000_000, max: 100_000_000 }, validUntil: inDays(-1) } });
    expect(again.data.updateListing.fieldErrors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual(
      expect.arrayContaining(['price.max:PRICE_RANGE', 'validUntil:PAST_DATE']),
    );
    const stored = await api.db.prisma.listing.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ trl: null, priceType: 'NEGOTIABLE', fieldCode: null, validUntil: null });
  });

  it('refuses to submit an incomplete draft, naming what is missing, and submits once complete', async () => {
    const id = await draft();
    const refused = await seller.request(SUBMIT, { id });
    expect(refused.data.submitListing.code).toBe('INCOMPLETE');
    const missing = refused.data.submitListing.fieldErrors.map((e: { field: string }) => e.field);
    expect(missing).toEqual(expect.arrayContaining(['summaryVi', 'fieldCode', 'trl', 'validUntil', 'technology.problemSolved', 'technology.trlEvidence']));

    const saved = await seller.request(UPDATE, { id, input: COMPLETE });
    expect(saved.data.updateListing.missingForSubmission).toEqual([]);
    expect(saved.data.updateListing.technology.rights).toEqual({ kind: 'RIGHT_OF_USE', exclusive: false, territory: 'Đồng bằng sông Cửu Long' });
    expect((await seller.request(SUBMIT, { id })).data.submitListing.status).toBe('PENDING_REVIEW');
    expect((await seller.request(UPDATE, { id, input: { trl: 6 } })).data.updateListing.code).toBe('INVALID_TRANSITION');
  });
});

describe('review', () => {
  it('goes back to the seller with comments per field, then is published and indexed', async () => {
    const id = await draft();
    await seller.request(UPDATE, { id, input: COMPLETE });
    await seller.request(SUBMIT, { id });

    const bare = await moderator.request(REVIEW, { id, review: { action: 'REQUEST_CHANGES' } });
    expect(bare.data.reviewListing.fieldErrors).toEqual([expect.objectContaining({ field: 'comment', code: 'REQUIRED' })]);

    const asked = await moderator.request(REVIEW, {
      id,
      review: { action: 'REQUEST_CHANGES', comment: 'Cần nêu rõ số liệu.', fieldComments: [{ field: 'technology.advantages', comment: 'Thêm năng suất/ngày.' }] },
    });
    expect(asked.data.reviewListing.status).toBe('CHANGES_REQUESTED');
    const seen = (await seller.request(BY_ID, { id })).data.listingById;
    expect(seen.decisions.nodes[0]).toMatchObject({
      action: 'REQUEST_CHANGES',
      comment: 'Cần nêu rõ số liệu.',
      fieldComments: [{ field: 'technology.advantages', comment: 'Thêm năng suất/ngày.' }],
      onRevision: false,
    });

    await seller.request(UPDATE, { id, input: { technology: { advantages: [...COMPLETE.technology.advantages, 'Công suất 200 kg nhân/ngày'] } } });
    await seller.request(SUBMIT, { id });
    expect((await visitor.request(BY_ID, { id })).data.listingById).toBeNull();
    const approved = await moderator.request(REVIEW, { id, review: { action: 'APPROVE' } });
    expect(approved.data.reviewListing.status).toBe('PUBLISHED');
    expect((await visitor.request(BY_ID, { id })).data.listingById.technology.advantages).toContain('Công suất 200 kg nhân/ngày');

    const outbox = await api.db.prisma.outbox.findMany({ where: { entityId: id } });
    expect(outbox.map((o) => o.op)).toEqual(['UPSERT']);
    const audit = await api.db.prisma.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual([
      'listing.create', 'listing.update', 'listing.submit', 'listing.requestChanges', 'listing.update', 'listing.submit', 'listing.approve',
    ]);
  });

  it('needs a reason and a comment to reject; a rejected listing stays out of view', async () => {
    const id = await draft();
    await seller.request(UPDATE, { id, input: COMPLETE });
    await seller.request(SUBMIT, { id });
    const bare = await moderator.request(REVIEW, { id, review: { action: 'REJECT' } });
    expect(bare.data.reviewListing.fieldErrors.map((e: { field: string }) => e.field).sort()).toEqual(['comment', 'reason']);
    const rejected = await moderator.request(REVIEW, { id, review: { action: 'REJECT', reason: 'DUPLICATE', comment: 'Trùng tin đã đăng.' } });
    expect(rejected.data.reviewListing.status).toBe('REJECTED');
    expect((await visitor.request(BY_ID, { id })).data.listingById).toBeNull();
  });

  it('waits for the organisation’s own approval before a listing goes public under its name', async () => {
    const id = await draft();
    await seller.request(UPDATE, { id, input: COMPLETE });
    await seller.request(SUBMIT, { id });
    await api.db.prisma.organisation.update({ where: { id: orgId }, data: { status: 'PENDING_REVIEW' } });
    try {
      const refused = await moderator.request(REVIEW, { id, review: { action: 'APPROVE' } });
      expect(refused.data.reviewListing).toMatchObject({ code: 'ORGANISATION_NOT_PUBLISHED' });
      expect((await api.db.prisma.listing.findUniqueOrThrow({ where: { id } })).status).toBe('PENDING_REVIEW');
    } finally {
      await api.db.prisma.organisation.update({ where: { id: orgId }, data: { status: 'PUBLISHED' } });
    }
    expect((await moderator.request(REVIEW, { id, review: { action: 'APPROVE' } })).data.reviewListing.status).toBe('PUBLISHED');
  });

  it('lets only one of two simultaneous decisions win', async () => {
    const id = await draft();
    await seller.request(UPDATE, { id, input: COMPLETE });
    await seller.request(SUBMIT, { id });
    const [a, b] = await Promise.all([
      moderator.request(REVIEW, { id, review: { action: 'APPROVE' } }),
      moderator.request(REVIEW, { id, review: { action: 'REJECT', reason: 'OTHER', comment: 'x' } }),
    ]);
    const outcomes = [a.data.reviewListing, b.data.reviewListing].map((r) => r.status ?? r.code).sort();
    expect(outcomes.filter((o) => o === 'INVALID_TRANSITION')).toHaveLength(1);
    expect(await api.db.prisma.moderationDecision.count({ where: { entityId: id } })).toBe(1);
  });
});

describe('published listings', () => {
  it('are edited through a revision: the public version stays until the department approves the edit', async () => {
    const { id, slug } = await published();
    const edited = await seller.request(UPDATE, { id, input: { summaryVi: `${COMPLETE.summaryVi} Đã có khách hàng tại Bến Lức.` } });
    expect(edited.data.updateListing.status).toBe('PUBLISHED');
    expect((await visitor.request(PUBLIC, { slug })).data.listing.summaryVi).toBe(COMPLETE.summaryVi);

    const mine = (await seller.request(BY_ID, { id })).data.listingById;
    expect(mine.pendingRevision.status).toBe('DRAFT');
    expect(mine.pendingRevision.changes).toEqual([
      { field: 'summaryVi', before: COMPLETE.summaryVi, after: `${COMPLETE.summaryVi} Đã có khách hàng tại Bến Lức.` },
    ]);
    expect((await visitor.request(BY_ID, { id })).data.listingById.pendingRevision).toBeNull();

    await seller.request(SUBMIT, { id });
    const approved = await moderator.request(REVIEW, { id, review: { action: 'APPROVE' } });
    expect(approved.data.reviewListing.decisions.nodes[0].onRevision).toBe(true);
    expect((await visitor.request(PUBLIC, { slug })).data.listing.summaryVi).toContain('Bến Lức');
  });

  it('are archived by the owner and unpublished by the department with a reason, leaving the index', async () => {
    const first = await published();
    expect((await seller.request(ARCHIVE, { id: first.id })).data.archiveListing.status).toBe('ARCHIVED');
    const second = await published();
    const bare = await moderator.request(UNPUBLISH, { id: second.id, review: { action: 'UNPUBLISH' } });
    expect(bare.data.unpublishListing.code).toBe('VALIDATION');
    const down = await moderator.request(UNPUBLISH, {
      id: second.id,
      review: { action: 'UNPUBLISH', reason: 'IP_DISPUTE', comment: 'Có khiếu nại về quyền sở hữu.' },
    });
    expect(down.data.unpublishListing.status).toBe('UNPUBLISHED');
    for (const { id } of [first, second]) {
      const ops = (await api.db.prisma.outbox.findMany({ where: { entityId: id }, orderBy: { id: 'asc' } })).map((o) => o.op);
      expect(ops).toEqual(['UPSERT', 'DELETE']);
      expect((await visitor.request(BY_ID, { id })).data.listingById).toBeNull();
    }
  });

  it('expire when their validity passes, and renewing unchanged content republishes without review', async () => {
    const { id } = await published();
    await api.db.prisma.listing.update({ where: { id }, data: { validUntil: new Date(Date.now() - 1000) } });
    expect(await api.app.services.listing.expireDue(systemContext())).toBeGreaterThanOrEqual(1);
    expect((await seller.request(BY_ID, { id })).data.listingById.status).toBe('EXPIRED');
    const renewed = await seller.request(RENEW, { id, until: inDays(90) });
    expect(renewed.data.renewListing.status).toBe('PUBLISHED');
  });

  it('go back to review when renewed after their content changed', async () => {
    const { id } = await published();
    await api.db.prisma.listing.update({ where: { id }, data: { validUntil: new Date(Date.now() - 1000) } });
    await api.app.services.listing.expireDue(systemContext());
    await seller.request(UPDATE, { id, input: { trl: 8 } });
    const renewed = await seller.request(RENEW, { id, until: inDays(90) });
    expect(renewed.data.renewListing.status).toBe('PENDING_REVIEW');
  });

  it('warn their owners once, two weeks before they expire', async () => {
    const { id } = await published();
    await api.db.prisma.listing.update({ where: { id }, data: { validUntil: new Date(Date.now() + 5 * 86_400_000) } });
    expect(await api.app.services.listing.warnExpiring(systemContext())).toBeGreaterThanOrEqual(1);
    expect(await api.app.services.listing.warnExpiring(systemContext())).toBe(0);
    expect(await api.db.prisma.auditEvent.count({ where: { entityId: id, action: 'listing.expiryWarning' } })).toBe(1);
  });
});

describe('demo listings', () => {
  it('renew without a new review when unchanged, as listings approved through the exchange do', async () => {
    const { seedDemo } = await import('../../prisma/seed/demo.ts');
    await seedDemo(api.db.prisma);
    const demo = await api.db.prisma.listing.findFirstOrThrow({ where: { status: 'PUBLISHED', organisation: { memberships: { some: { user: { email: 'seller@demo.sangiaodich.vn' } } } } } });
    const demoSeller = await api.as(null);
    const signIn = await demoSeller.request(`mutation { signIn(input: { email: "seller@demo.sangiaodich.vn", password: "demo-password-2023" }) { __typename } }`);
    expect(signIn.data.signIn.__typename).toBe('AuthSuccess');
    const renewed = await demoSeller.request(RENEW, { id: demo.id, until: inDays(300) });
    expect(renewed.data.renewListing.status).toBe('PUBLISHED');
  });
});
