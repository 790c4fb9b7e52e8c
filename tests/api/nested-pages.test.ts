// Nested lists page like top-level ones: each parent's own page, read for all parents of a request together, the
// next page from the parent's endCursor; ties in time broken by id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';

type Page<T> = { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

let api: ApiApp;
let moderator: GraphQLClient;
beforeAll(async () => {
  api = await startApi();
  moderator = await api.as((await createUser(api.db.prisma, { role: 'MODERATOR' })).email);
});
afterAll(() => api.close());

/** Every node of a nested list, page after page. */
async function walk<T>(read: (after: string | null) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  do {
    const page: Page<T> = await read(after);
    all.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return all;
}

describe('nested pages', () => {
  it('an organisation’s members: oldest first, each organisation its own page in one request', async () => {
    const prisma = api.db.prisma;
    const [a, b] = [await createOrganisation(prisma), await createOrganisation(prisma)];
    const people = [];
    for (let i = 0; i < 5; i++) {
      const person = await createUser(prisma);
      people.push(person);
      await addMember(prisma, person.id, a.id, i === 0 ? 'OWNER' : 'EDITOR');
    }
    await addMember(prisma, (await createUser(prisma)).id, b.id);
    const both = (
      await moderator.request(`query($a: String!, $b: String!) {
        a: organisation(slug: $a) { members(first: 2) { nodes { userId } pageInfo { hasNextPage } } }
        b: organisation(slug: $b) { members(first: 2) { nodes { userId } pageInfo { hasNextPage } } } }`, { a: a.slug, b: b.slug })
    ).data;
    expect(both.a.members).toMatchObject({ nodes: [{ userId: people[0]!.id }, { userId: people[1]!.id }], pageInfo: { hasNextPage: true } });
    expect(both.b.members.nodes).toHaveLength(1);
    expect(both.b.members.pageInfo.hasNextPage).toBe(false);
    const PAGE = `query($s: String!, $after: String) { organisation(slug: $s) { members(first: 2, after: $after) { nodes { userId } pageInfo { hasNextPage endCursor } } } }`;
    const all = await walk<{ userId: string }>(async (after) => (await moderator.request(PAGE, { s: a.slug, after })).data.organisation.members);
    expect(all.map((m) => m.userId)).toEqual(people.map((p) => p.id));
  });

  it('a listing’s decisions and audit trail: newest first, ties by id; the trail for the department only', async () => {
    const prisma = api.db.prisma;
    const org = await createOrganisation(prisma);
    const owner = await createUser(prisma);
    await addMember(prisma, owner.id, org.id);
    const listing = await createListing(prisma, org.id, { status: 'CHANGES_REQUESTED', publishedAt: null });
    const staff = await prisma.user.findFirstOrThrow({ where: { role: 'MODERATOR' } });
    const at = new Date(Date.now() - 60_000);
    for (let i = 0; i < 5; i++) {
      await prisma.moderationDecision.create({
        data: { entityType: 'listing', entityId: listing.id, moderatorId: staff.id, action: 'REQUEST_CHANGES', comment: `lần ${i}`, createdAt: i < 3 ? at : new Date() },
      });
      await prisma.auditEvent.create({ data: { actorId: staff.id, action: 'listing.review', entityType: 'listing', entityId: listing.id, data: { i }, createdAt: at } });
    }
    const stored = await prisma.moderationDecision.findMany({ where: { entityId: listing.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
    const DECISIONS = `query($id: ID!, $after: String) { listingById(id: $id) { decisions(first: 2, after: $after) { nodes { comment } pageInfo { hasNextPage endCursor } } } }`;
    const asOwner = await api.as(owner.email);
    const decisions = await walk<{ comment: string }>(async (after) => (await asOwner.request(DECISIONS, { id: listing.id, after })).data.listingById.decisions);
    expect(decisions.map((d) => d.comment)).toEqual(stored.map((d) => d.comment));

    const TRAIL = `query($id: ID!, $after: String) { listingById(id: $id) { auditTrail(first: 2, after: $after) { nodes { actorName data } pageInfo { hasNextPage endCursor } } } }`;
    const trail = await walk<{ actorName: string; data: string }>(async (after) => (await moderator.request(TRAIL, { id: listing.id, after })).data.listingById.auditTrail);
    expect(trail.map((e) => JSON.parse(e.data).i)).toEqual([4, 3, 2, 1, 0]);
    expect(new Set(trail.map((e) => e.actorName))).toEqual(new Set([staff.displayName]));
    expect((await asOwner.request(TRAIL, { id: listing.id, after: null })).data.listingById.auditTrail.nodes).toEqual([]);
  });
});
