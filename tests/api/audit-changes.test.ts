// A content edit leaves its changes in the audit trail (field by field, before and after), so the moderator's trail
// can show what was edited instead of a bare "content updated": a draft saved in place and an edit of a published
// listing alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';

const UPDATE = `mutation($id: ID!, $input: ListingInput!) { updateListing(id: $id, input: $input) { __typename } }`;
const TRAIL = `query($id: ID!) { listingById(id: $id) { auditTrail { nodes { action actorName data } } } }`;

let api: ApiApp;
let owner: GraphQLClient;
let moderator: GraphQLClient;
let orgId: string;

beforeAll(async () => {
  api = await startApi();
  const prisma = api.db.prisma;
  orgId = (await createOrganisation(prisma)).id;
  const o = await createUser(prisma, { displayName: 'Trần Văn Minh' });
  const m = await createUser(prisma, { role: 'MODERATOR' });
  await addMember(prisma, o.id, orgId, 'OWNER');
  [owner, moderator] = await Promise.all([api.as(o.email), api.as(m.email)]);
});
afterAll(() => api.close());

async function latest(id: string) {
  const trail = (await moderator.request(TRAIL, { id })).data.listingById.auditTrail.nodes;
  return { ...trail[0], data: JSON.parse(trail[0].data) };
}

describe('the audit trail of a content edit', () => {
  it('records the changed fields of a draft saved in place', async () => {
    const draft = await createListing(api.db.prisma, orgId, { status: 'DRAFT', publishedAt: null, titleVi: 'Máy sấy lúa 5 tấn' });
    expect((await owner.request(UPDATE, { id: draft.id, input: { titleVi: 'Máy sấy lúa 8 tấn', trl: 6 } })).data.updateListing.__typename).toBe('Listing');
    expect(await latest(draft.id)).toEqual({
      action: 'listing.update',
      actorName: 'Trần Văn Minh',
      data: { changes: [{ field: 'titleVi', before: 'Máy sấy lúa 5 tấn', after: 'Máy sấy lúa 8 tấn' }, { field: 'trl', before: null, after: '6' }] },
    });
  });

  it('records what an edit of a published listing changes against the version before it', async () => {
    const published = await createListing(api.db.prisma, orgId, { summaryVi: 'Sấy 5 tấn mỗi mẻ.' });
    await owner.request(UPDATE, { id: published.id, input: { summaryVi: 'Sấy 8 tấn mỗi mẻ.' } });
    await owner.request(UPDATE, { id: published.id, input: { summaryVi: 'Sấy 8 tấn mỗi mẻ, đốt trấu.' } });
    expect(await latest(published.id)).toMatchObject({
      action: 'listing.revise',
      data: { changes: [{ field: 'summaryVi', before: 'Sấy 8 tấn mỗi mẻ.', after: 'Sấy 8 tấn mỗi mẻ, đốt trấu.' }] },
    });
  });
});
